"""The Python API for notebooks: the stored picture as pandas DataFrames.

    >>> from frontwatch import api
    >>> frames = api.load("out/")                 # an output folder, a .db file or a postgresql:// URL
    >>> frames.events.query("stance == 'disputed'")[["event_date", "location", "sources"]]

The frames hold the same records as the exports (same columns, same order);
list fields (sources, outlets, evidence, basis, records) are Python lists.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .export import (CONTROL_COLUMNS, EVENT_COLUMNS, claim_dict, control_row, dispute_dict, event_row)
from .store import Store, existing_store_url, open_store

DOCUMENT_COLUMNS = ("id", "url", "outlet", "title", "published", "published_basis", "dateline", "chars",
                    "text", "clean_text", "removed")
DISPUTE_COLUMNS = ("dispute_id", "kind", "topic", "records", "explanation", "severity", "outlets", "sides",
                   "evidence")


@dataclass
class Frames:
    events: pd.DataFrame
    claims: pd.DataFrame
    disputes: pd.DataFrame
    control: pd.DataFrame
    documents: pd.DataFrame


def _claim_columns() -> list[str]:
    from .records import Claim

    return list(claim_dict(Claim("", "", None, None, None)).keys())


def frames_from(store: Store) -> Frames:
    picture = store.picture()
    documents = store.documents()
    return Frames(
        events=_frame([event_row(e) for e in picture.events], EVENT_COLUMNS),
        claims=_frame([claim_dict(c) for c in picture.claims], _claim_columns()),
        disputes=_frame([dispute_dict(d) for d in picture.disputes], DISPUTE_COLUMNS),
        control=_frame([control_row(p) for p in picture.control], CONTROL_COLUMNS),
        documents=_frame([d.export_dict() for d in documents], DOCUMENT_COLUMNS),
    )


def _frame(rows: list[dict], columns) -> pd.DataFrame:
    """Rows as a DataFrame whose whole-number columns stay whole numbers: pandas turns a column
    of ints with one empty value into floats (year 2016.0), so such columns get its nullable Int64."""
    frame = pd.DataFrame(rows, columns=list(columns))
    for column in frame.columns:
        values = [r.get(column) for r in rows if r.get(column) is not None]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            frame[column] = frame[column].astype("Int64")
    return frame


def load(db_or_path: str | Path | Store) -> Frames:
    """DataFrames of a store: a Store, an output folder (its frontwatch.db), a SQLite file or a URL."""
    if isinstance(db_or_path, Store):
        return frames_from(db_or_path)
    with open_store(existing_store_url(db_or_path)) as store:
        return frames_from(store)
