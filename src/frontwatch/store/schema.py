"""The store's tables, defined once for every backend (SQLite and PostgreSQL).

Each table is a name, its columns with a portable type (TEXT, INTEGER, REAL,
BLOB) and its primary key. Lists and nested records (sources, outlets, evidence,
removed lines, segments, sides, basis) are stored as JSON text, so Datasette
and sqlite-utils show them as they are and a record round-trips exactly:
``row_from(table, record)`` -> row dict -> ``record_from(table, row)``.

A backend only has to create the tables with ``create_statements(types)``
(its own type names for TEXT/INTEGER/REAL) and move row dicts in and out;
the conversion between records and rows lives here, so both backends store
byte-identical values.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import lru_cache
from collections.abc import Callable, Iterable
from typing import Any

from ..records import (ControlPeriod, Claim, Dispute, Document, Event, Evidence, Picture, RemovedLine,
                       Segment)


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]     # (column, TEXT | INTEGER | REAL)
    primary_key: tuple[str, ...]
    order_by: tuple[str, ...]               # deterministic read order

    @property
    def column_names(self) -> list[str]:
        return [c for c, _ in self.columns]


def _event_columns() -> tuple[tuple[str, str], ...]:
    return tuple((f.name, _type_of(f.type)) for f in fields(Event))


def _claim_columns() -> tuple[tuple[str, str], ...]:
    return tuple((f.name, _type_of(f.type)) for f in fields(Claim))


def _type_of(annotation: Any) -> str:
    text = str(annotation)
    if text.startswith(("int", "bool")):
        return "INTEGER"
    if text.startswith("float"):
        return "REAL"
    return "TEXT"          # str, and lists/dicts stored as JSON text


DOCUMENTS = Table(
    "documents",
    (("id", "TEXT"), ("content_hash", "TEXT"), ("source", "TEXT"), ("url", "TEXT"), ("outlet", "TEXT"),
     ("title", "TEXT"), ("published", "TEXT"), ("published_basis", "TEXT"), ("dateline", "TEXT"),
     ("chars", "INTEGER"), ("text", "TEXT"), ("clean_text", "TEXT"), ("removed", "TEXT"),
     ("segments", "TEXT")),
    ("id",), ("id",))
# Per-document extraction results; ``doc`` is the document's id.
DOC_EVENTS = Table("doc_events", (("doc", "TEXT"),) + _event_columns(), ("doc", "event_id"), ("doc", "event_id"))
DOC_CLAIMS = Table("doc_claims", tuple(c for c in _claim_columns()), ("doc", "claim_id"), ("doc", "claim_id"))
# The fused picture, replaced as a whole by each fusion.
EVENTS = Table("events", _event_columns(), ("event_id",), ("event_id",))
CLAIMS = Table("claims", _claim_columns(), ("claim_id",), ("claim_id",))
DISPUTES = Table(
    "disputes",
    tuple((f.name, _type_of(f.type)) for f in fields(Dispute)),
    ("dispute_id",), ("dispute_id",))
CONTROL = Table(
    "control",
    (("control_id", "TEXT"),) + tuple((f.name, _type_of(f.type)) for f in fields(ControlPeriod)),
    ("control_id",), ("place", "since", "controller", "control_id"))
COPY_GROUPS = Table("copy_groups", (("copy_group", "TEXT"), ("ref", "TEXT")), ("copy_group", "ref"),
                    ("copy_group", "ref"))

# The reprint index (fuse/reprints.py): every evidence passage's shingle hashes and MinHash
# signature, and the copy pairs found, so that fusing new documents hashes their passages only.
REPRINT_PASSAGES = Table("reprint_passages", (("ref", "TEXT"), ("doc", "TEXT"), ("shingles", "BLOB"),
                                              ("signature", "BLOB")), ("ref",), ("ref",))
REPRINT_PAIRS = Table("reprint_pairs", (("a", "TEXT"), ("b", "TEXT")), ("a", "b"), ("a", "b"))
# Documents indexed for reprints whose records the stored picture does not hold yet (the index is
# saved before fusing, to free its memory; the picture's transaction empties this table).
UNFUSED = Table("unfused_documents", (("doc", "TEXT"),), ("doc",), ("doc",))

TABLES: tuple[Table, ...] = (DOCUMENTS, DOC_EVENTS, DOC_CLAIMS, EVENTS, CLAIMS, DISPUTES, CONTROL, COPY_GROUPS,
                             REPRINT_PASSAGES, REPRINT_PAIRS, UNFUSED)
PICTURE_TABLES: tuple[Table, ...] = (EVENTS, CLAIMS, DISPUTES, CONTROL, COPY_GROUPS)
BY_NAME = {t.name: t for t in TABLES}

# Indexes that the store's look-ups need (name, table, columns).
INDEXES = (("doc_events_doc", "doc_events", ("doc",)), ("doc_claims_doc", "doc_claims", ("doc",)),
           ("documents_hash", "documents", ("content_hash",)))


def create_statements(types: dict[str, str] | None = None) -> list[str]:
    """CREATE TABLE / INDEX statements; ``types`` maps TEXT/INTEGER/REAL/BLOB to a backend's names."""
    types = types or {}
    statements = []
    for table in TABLES:
        cols = ", ".join(f"{quote(name)} {types.get(typ, typ)}" for name, typ in table.columns)
        statements.append(f"CREATE TABLE IF NOT EXISTS {table.name} ({cols}, "
                          f"PRIMARY KEY ({quoted(table.primary_key)}))")
    for name, table, cols in INDEXES:
        statements.append(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({quoted(cols)})")
    return statements


def quote(column: str) -> str:
    """A quoted identifier: some columns (``group``) are SQL keywords."""
    return f'"{column}"'


def quoted(columns) -> str:
    return ", ".join(quote(c) for c in columns)


# -- records <-> rows -------------------------------------------------------

# One encoder for every value written: ``json.dumps`` with an option builds a new JSONEncoder on
# each call, and a 10,000-report run writes half a million JSON cells (its text is the same).
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _dump(value: Any) -> str:
    # keys keep their order, so a record read back is exported byte for byte as it was written
    return _ENCODER.encode(value)


def _flat(record: Any) -> dict:
    """A flat dataclass as a dict in field order (dataclasses.asdict deep-copies every value,
    several times slower, and the store writes one per evidence span)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _evidence_dump(evidence: list[Evidence]) -> str:
    return _dump([_flat(e) for e in evidence])


# Strings read back, by value: every record read with the same table shares one object per
# value. Records repeat their outlets, types, places, names and sentences many times, and a
# store of 10,000 documents is read into memory whole for fusion. A reader makes one table
# for one read and lets it go after (not ``sys.intern``, whose table never shrinks and also
# holds the gazetteer's hundreds of thousands of names: growing it cost 16 MB at 10,000).
SharedStrings = dict


def evidence_from(text: str | None, strings: SharedStrings | None = None) -> list[Evidence]:
    strings = {} if strings is None else strings
    return [Evidence(_shared(e["doc"], strings), e["start"], e["end"], _shared(e.get("text", ""), strings))
            for e in json.loads(text or "[]")]


def _shared(value: Any, strings: SharedStrings) -> Any:
    if isinstance(value, str):
        return strings.setdefault(value, value)
    if isinstance(value, list):
        return [_shared(v, strings) for v in value]
    return value


_JSON_LISTS = {"sources", "outlets", "docs", "members", "records", "basis"}


def document_row(doc: Document) -> dict:
    return {"id": doc.id, "content_hash": doc.content_hash, "source": doc.source, "url": doc.url,
            "outlet": doc.outlet, "title": doc.title, "published": doc.published,
            "published_basis": doc.published_basis, "dateline": doc.dateline, "chars": doc.chars,
            "text": doc.text, "clean_text": doc.clean_text,
            "removed": _dump([_flat(r) for r in doc.removed]),
            "segments": _dump([_flat(s) for s in doc.segments])}


def document_from(row: dict) -> Document:
    return Document(id=row["id"], text=row["text"], clean_text=row["clean_text"],
                    content_hash=row["content_hash"], source=row["source"] or "", url=row["url"],
                    outlet=row["outlet"], title=row["title"], published=row["published"],
                    published_basis=row["published_basis"] or "", dateline=row["dateline"],
                    removed=[RemovedLine(**r) for r in json.loads(row["removed"] or "[]")],
                    segments=[Segment(**s) for s in json.loads(row["segments"] or "[]")])


def _record_row(record: Any) -> dict:
    row = {}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if name == "evidence":
            row[name] = _evidence_dump(value)
        elif name == "sides" or name in _JSON_LISTS:
            row[name] = _dump(value)
        else:
            row[name] = value
    return row


def _record_from(cls: type, row: dict, strings: SharedStrings | None) -> Any:
    strings = {} if strings is None else strings
    return cls(*[load(row[name], strings) for name, load in _loaders(cls)])


@lru_cache(maxsize=None)
def _loaders(cls: type) -> tuple[tuple[str, Callable[[Any, SharedStrings], Any]], ...]:
    """How each field of a record class is read back, decided once per class (a 10,000-report
    store holds 120,000 records to read for fusion)."""
    out = []
    for f in fields(cls):
        if f.name == "evidence":
            out.append((f.name, evidence_from))
        elif f.name == "sides":
            out.append((f.name, _json_list))
        elif f.name in _JSON_LISTS:
            out.append((f.name, _shared_json_list))
        elif str(f.type).startswith("str"):
            out.append((f.name, _shared_string))
        else:
            out.append((f.name, _as_is))
    return tuple(out)


def _json_list(text: str | None, strings: SharedStrings) -> list:
    return json.loads(text or "[]")


def _shared_json_list(text: str | None, strings: SharedStrings) -> list:
    return _shared(json.loads(text or "[]"), strings)


def _shared_string(value: Any, strings: SharedStrings) -> Any:
    return strings.setdefault(value, value) if isinstance(value, str) else value


def _as_is(value: Any, strings: SharedStrings) -> Any:
    return value


def event_row(event: Event, doc: str | None = None) -> dict:
    row = _record_row(event)
    if doc is not None:
        row["doc"] = doc
    return row


def event_from(row: dict, strings: SharedStrings | None = None) -> Event:
    return _record_from(Event, row, strings)


def claim_row(claim: Claim) -> dict:
    return _record_row(claim)


def claim_from(row: dict, strings: SharedStrings | None = None) -> Claim:
    return _record_from(Claim, row, strings)


def dispute_row(dispute: Dispute) -> dict:
    return _record_row(dispute)


def dispute_from(row: dict, strings: SharedStrings | None = None) -> Dispute:
    return _record_from(Dispute, row, strings)


def control_id(period: ControlPeriod) -> str:
    """A control row's stable id (disputes refer to control rows by it)."""
    from ..records import stable_id

    return stable_id("ctl", period.place, period.controller, period.since, period.share)


def control_row(period: ControlPeriod) -> dict:
    row = _record_row(period)
    row["control_id"] = control_id(period)
    return row


def control_from(row: dict, strings: SharedStrings | None = None) -> ControlPeriod:
    return _record_from(ControlPeriod, row, strings)


def picture_rows(picture: Picture) -> list[tuple[Table, Iterable[dict]]]:
    """The fused picture as (table, rows), in the order both backends write it."""
    groups = ({"copy_group": g, "ref": ref} for g, refs in picture.copy_groups.items() for ref in refs)
    return [(EVENTS, map(event_row, picture.events)), (CLAIMS, map(claim_row, picture.claims)),
            (DISPUTES, map(dispute_row, picture.disputes)), (CONTROL, map(control_row, picture.control)),
            (COPY_GROUPS, groups)]


def picture_from(select: Callable[[Table], Iterable[dict]]) -> Picture:
    """The fused picture read back through a backend's ``select(table)``."""
    groups: dict[str, list[str]] = {}
    for row in select(COPY_GROUPS):
        groups.setdefault(row["copy_group"], []).append(row["ref"])
    strings: SharedStrings = {}
    return Picture(events=[event_from(r, strings) for r in select(EVENTS)],
                   claims=[claim_from(r, strings) for r in select(CLAIMS)],
                   disputes=[dispute_from(r, strings) for r in select(DISPUTES)],
                   control=[control_from(r, strings) for r in select(CONTROL)],
                   copy_groups=groups)
