"""The exports: documents.jsonl, events.csv, events.geojson, claims.jsonl, disputes.jsonl, control.csv.

Formats follow the tools analysts use: ``events.csv`` starts with ACLED's
columns in ACLED's order (so ACLED tooling reads it), then frontwatch's own;
``events.geojson`` is an RFC 7946 FeatureCollection ([longitude, latitude]) that
QGIS opens. Output is sorted and written the same way every time, so two runs
on the same store give byte-identical files. Each file is written to a
temporary name and then renamed, so a killed run never leaves half a file.
CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at
the start) are prefixed with a single quote; plain numbers are left alone.
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

from .errors import EXPORTS_AGAIN, FrontwatchError, OutputError, output_error
from .records import Claim, ControlPeriod, Dispute, Document, Event, Evidence, Picture
from .resolve import Resolver
from .store.schema import control_id

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
FRONTWATCH_EVENT_COLUMNS = ("date_earliest", "date_latest", "stance", "sources", "outlets", "independent_sources",
                            "evidence")
EVENT_COLUMNS = ACLED_COLUMNS + FRONTWATCH_EVENT_COLUMNS
CONTROL_COLUMNS = ("place", "controller", "since", "until", "basis", "confidence", "share", "latitude",
                   "longitude", "control_id")
LIST_SEPARATOR = "; "
SCALE_ORDER = ("Local partner", "Subnational", "National", "Regional", "International")   # ACLED's order in a combination
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


# -- records as plain rows (lists stay lists; the CSV writer joins them) ------

def _number(value):
    """Whole floats print as integers, so SQLite REAL and PostgreSQL give the same text."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def evidence_refs(evidence: list[Evidence]) -> list[str]:
    return [e.ref for e in evidence]


def event_row(event: Event, resolver: Resolver | None = None) -> dict:
    resolver = resolver or Resolver.default()
    year = int(event.event_date[:4]) if event.event_date and event.event_date[:4].isdigit() else None
    row = {c: getattr(event, c, None) for c in ACLED_COLUMNS if hasattr(event, c)}
    row.update(event_id_cnty=event.event_id, year=year, source=list(event.sources),
               region=event.region or resolver.acled_region(event.country, event.iso),
               source_scale=source_scale(event, resolver), tags=None,
               timestamp=None, latitude=_number(event.latitude), longitude=_number(event.longitude),
               date_earliest=event.date_earliest, date_latest=event.date_latest, stance=event.stance,
               sources=list(event.sources), outlets=list(event.outlets),
               independent_sources=event.independent_sources, evidence=evidence_refs(event.evidence))
    return {c: row.get(c) for c in EVENT_COLUMNS}


def source_scale(event: Event, resolver: Resolver) -> str | None:
    """ACLED's source_scale over an event's outlets ('National-International'), from outlets.csv.

    An outlet of one country ('National', 'Subnational', 'Local partner') is that scale for an
    event in its own country and 'International' for an event abroad; a wire or broadcaster
    marked 'International' or 'Regional' is that everywhere. Outlets the table gives no scale
    (or whose home is unknown for an event in a known country) add nothing: never a guess.
    """
    event_country = resolver.countries.alpha2(event.country) if event.country else None
    scales = set()
    for outlet in (name for printed in event.outlets for name in _outlet_names(printed)):
        scope = resolver.outlet_scope(outlet)
        if scope is None:
            continue
        scale, home = scope
        if scale in ("International", "Regional"):
            scales.add(scale)
        elif home and event_country:
            scales.add(scale if home == event_country else "International")
    return "-".join(sorted(scales, key=_scale_rank)) or None


_REPRINT = re.compile(r"^(.*?)\s*\((?:via|from)\s+([^)]*)\)\s*$")


def _outlet_names(printed: str) -> list[str]:
    """'CNN (via FOX43)': the wire that wrote the copy and the outlet that printed it."""
    m = _REPRINT.match(printed or "")
    return [m.group(1).strip(), m.group(2).strip()] if m else [printed]


def _scale_rank(scale: str) -> tuple[int, str]:
    return (SCALE_ORDER.index(scale) if scale in SCALE_ORDER else len(SCALE_ORDER), scale)


def _evidence_dicts(evidence: list[Evidence]) -> list[dict]:
    return [{"ref": e.ref, "doc": e.doc, "start": e.start, "end": e.end, "text": e.text} for e in evidence]


def claim_dict(claim: Claim) -> dict:
    return {"claim_id": claim.claim_id, "kind": claim.kind, "subject": claim.subject, "low": _number(claim.low),
            "high": _number(claim.high), "qualifier": claim.qualifier, "place": claim.place,
            "period_start": claim.period_start, "period_end": claim.period_end, "as_of": claim.as_of,
            "claimant": claim.claimant, "outlet": claim.outlet, "stance": claim.stance, "group": claim.group,
            "independent_sources": claim.independent_sources, "doc": claim.doc, "copy_group": claim.copy_group,
            "evidence": _evidence_dicts(claim.evidence)}


def dispute_dict(dispute: Dispute) -> dict:
    return {"dispute_id": dispute.dispute_id, "kind": dispute.kind, "topic": dispute.topic,
            "records": list(dispute.records), "explanation": dispute.explanation, "severity": dispute.severity,
            "outlets": list(dispute.outlets), "sides": [dict(sorted(side.items())) for side in dispute.sides], "evidence": _evidence_dicts(dispute.evidence)}


def control_row(period: ControlPeriod) -> dict:
    return {"place": period.place, "controller": period.controller, "since": period.since, "until": period.until,
            "basis": list(period.basis), "confidence": period.confidence, "share": period.share,
            "latitude": _number(period.latitude), "longitude": _number(period.longitude),
            "control_id": control_id(period)}


# -- writers -----------------------------------------------------------------

def safe_cell(value) -> str:
    """One CSV cell: lists joined, None empty, formula-looking text made inert."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    text = str(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def _csv_lines(columns: Iterable[str], rows: Iterable[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    columns = list(columns)
    for values in chain([columns], ([safe_cell(row.get(c)) for c in columns] for row in rows)):
        writer.writerow(values)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _jsonl_lines(items: Iterable[dict]) -> Iterator[str]:
    return (json.dumps(item, ensure_ascii=False, sort_keys=False) + "\n" for item in items)


def output_folder(out_dir: str | Path, error: type[FrontwatchError] = OutputError) -> Path:
    """The folder the exports go into, made if needed. A file or an unmakeable folder is ``error``
    naming it: an ``OutputError`` when the exports are written, a ``SettingError`` from ``run``,
    which checks its --out before it reads anything."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise error(f"{out} is a file, not a folder", hint="give a folder for the exports")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise error(f"{out}: cannot create the folder ({exc.strerror or exc})",
                    hint="check the path and its permissions") from None
    return out


def write_pieces(path: Path, pieces: Iterable[str], hint: str = EXPORTS_AGAIN) -> Path:
    """Write through a temporary file and rename: a reader never sees half an export. Written
    piece by piece, so an export of 10,000 reports is never held whole in memory. A failed
    write is an ``OutputError`` naming the file, with ``hint``."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            fh.writelines(pieces)
        os.replace(tmp, path)
    except OSError as exc:
        raise output_error(path, exc, hint) from None
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass        # an unwritable folder: the error above already says so
    return path


def geojson(events: Iterable[Event], resolver: Resolver | None = None) -> dict:
    resolver = resolver or Resolver.default()
    features = []
    for event in sorted(events, key=lambda e: e.event_id):
        located = event.latitude is not None and event.longitude is not None
        geometry = {"type": "Point", "coordinates": [_number(event.longitude), _number(event.latitude)]} \
            if located else None
        props = {k: (LIST_SEPARATOR.join(map(str, v)) if isinstance(v, list) else v)
                 for k, v in event_row(event, resolver).items()}
        features.append({"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def _in_id_order(documents: Iterable[Document]) -> Iterable[Document]:
    return documents if getattr(documents, "in_id_order", False) else sorted(documents, key=lambda d: d.id)


def write_all(out_dir: str | Path, documents: Iterable[Document], picture: Picture,
              resolver: Resolver | None = None) -> list[Path]:
    """Write every export into out_dir; returns the paths written. ``documents`` is a list, or a
    store's ``StoredDocuments``, which streams them in id order without holding them. ``resolver``
    (default: the process's) gives the ACLED region and the outlets' source scale."""
    resolver = resolver or Resolver.default()
    out = output_folder(out_dir)
    events = sorted(picture.events, key=lambda e: e.event_id)
    control = sorted(picture.control, key=lambda p: (p.place, p.since or "", p.controller, control_id(p)))
    return [
        write_pieces(out / "documents.jsonl", _jsonl_lines(d.export_dict() for d in _in_id_order(documents))),
        write_pieces(out / "events.csv", _csv_lines(EVENT_COLUMNS, (event_row(e, resolver) for e in events))),
        write_pieces(out / "events.geojson",
                     [json.dumps(geojson(events, resolver), ensure_ascii=False, indent=1) + "\n"]),
        write_pieces(out / "claims.jsonl",
                     _jsonl_lines(claim_dict(c) for c in sorted(picture.claims, key=lambda c: c.claim_id))),
        write_pieces(out / "disputes.jsonl",
                     _jsonl_lines(dispute_dict(d) for d in sorted(picture.disputes, key=lambda d: d.dispute_id))),
        write_pieces(out / "control.csv", _csv_lines(CONTROL_COLUMNS, map(control_row, control))),
    ]
