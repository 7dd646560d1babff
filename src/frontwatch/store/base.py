"""The store interface that every backend implements.

Tables are plain and well named so that Datasette or sqlite-utils open them as
they are: documents, doc_events, doc_claims (per-document extraction results),
events, claims, disputes, control, copy_groups (the fused picture), and
reprint_passages, reprint_pairs, unfused_documents (the index that finds reprints of
new passages).

For backend authors: the tables, columns, types and primary keys are defined
once in ``store/schema.py`` (``schema.TABLES``, ``schema.create_statements``),
together with the record <-> row conversion (``schema.event_row`` /
``schema.event_from`` and friends). A backend creates the tables from there,
moves row dicts in and out, and returns records in each table's
``order_by`` order, so every backend stores and returns identical values.
``add_batch`` and ``replace_picture`` are each one transaction.
``store/sqlite.py`` is the reference implementation; ``tests/test_store.py``
holds the contract tests a backend must pass.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Iterable, Iterator

from ..records import ControlPeriod, DocRecords, Document, Picture
from . import schema


class Store(ABC):
    url: str

    @abstractmethod
    def known_hashes(self) -> dict[str, str]:
        """document id -> content hash of everything stored."""

    @abstractmethod
    def add_batch(self, documents: Iterable[Document], records: Iterable[DocRecords]) -> int:
        """Store documents and their extraction results in one transaction; skip ones already stored
        with the same id and hash. Returns how many were new."""

    @abstractmethod
    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        """Stored documents (all, or those with the given ids), sorted by id."""

    @abstractmethod
    def doc_records(self, ids: Iterable[str] | None = None) -> list[DocRecords]:
        """Per-document extraction results (all, or for the given doc ids), sorted by doc id;
        a document with no events and no claims is left out."""

    @abstractmethod
    def evidence_passages(self, ids: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """(ref, doc, text) of every evidence span of these documents' records, in the order of
        ``fuse.evidence_passages(self.doc_records(ids))``."""

    @abstractmethod
    def replace_picture(self, picture: Picture) -> None:
        """Replace the fused tables (events, claims, disputes, control) in one transaction; no
        document is left unfused."""

    @abstractmethod
    def save_reprints(self, changes, unfused: Iterable[str]) -> None:
        """Apply ``changes`` (``fuse.reprints.Changes``: its ``refs()`` and ``passage_rows()``, and
        the pairs dropped and found) to the reprint index, and mark ``unfused`` as documents the
        picture does not cover yet, in one transaction."""

    @abstractmethod
    def reprint_rows(self) -> tuple[Iterable[dict], Iterable[dict]]:
        """The reprint index as rows: passages and pairs (see ``schema.REPRINT_PASSAGES``)."""

    def unfused_documents(self) -> set[str]:
        """Documents indexed for reprints but not fused yet (a run stopped between the two)."""
        return set()

    @abstractmethod
    def picture(self) -> Picture:
        """The stored fused picture; every list in its table's ``order_by`` order."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Row count of every table."""

    def close(self) -> None:  # pragma: no cover - trivial
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class TableStore(Store):
    """The reads both backends share, written once over the rows their ``_select`` and
    ``_select_ids`` return (same tables and columns, from ``schema``)."""

    @abstractmethod
    def _select(self, table: schema.Table, where: str = "", params: Iterable = (),
                columns: tuple[str, ...] | None = None) -> Iterator[dict]: ...

    @abstractmethod
    def _select_ids(self, table: schema.Table, column: str, ids: Iterable[str] | None,
                    columns: tuple[str, ...] | None = None) -> Iterable[dict]: ...

    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        return list(self.iter_documents(ids))

    def iter_documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Documents one at a time, for readers that need only a field or two of each."""
        return (schema.document_from(r) for r in self._select_ids(schema.DOCUMENTS, "id", ids))

    def document_text(self, doc_id: str) -> str | None:
        """The original text of one document (None if it is not stored)."""
        rows = list(self._select_ids(schema.DOCUMENTS, "id", [doc_id]))
        return rows[0]["text"] if rows else None

    def doc_records(self, ids: Iterable[str] | None = None) -> list[DocRecords]:
        out: dict[str, DocRecords] = {}
        strings: schema.SharedStrings = {}       # one object per string value, for this read only
        for row in self._select_ids(schema.DOC_EVENTS, "doc", ids):
            out.setdefault(row["doc"], DocRecords(row["doc"])).events.append(schema.event_from(row, strings))
        for row in self._select_ids(schema.DOC_CLAIMS, "doc", ids):
            out.setdefault(row["doc"], DocRecords(row["doc"])).claims.append(schema.claim_from(row, strings))
        return [out[d] for d in sorted(out)]

    def evidence_passages(self, ids: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        # Only the evidence column is read: the reprint index needs nothing else, and
        # building whole records is most of what reading them costs.
        by_doc: dict[str, list[str]] = {}
        for table in (schema.DOC_EVENTS, schema.DOC_CLAIMS):
            for row in self._select_ids(table, "doc", ids, columns=(*table.order_by, "evidence")):
                by_doc.setdefault(row["doc"], []).append(row["evidence"])
        strings: schema.SharedStrings = {}
        for doc in sorted(by_doc):
            for evidence in by_doc[doc]:
                yield from ((ev.ref, doc, ev.text) for ev in schema.evidence_from(evidence, strings))

    def picture(self) -> Picture:
        return schema.picture_from(self._select)

    def reprint_rows(self) -> tuple[Iterable[dict], Iterable[dict]]:
        return self._select(schema.REPRINT_PASSAGES), self._select(schema.REPRINT_PAIRS)

    def unfused_documents(self) -> set[str]:
        return {row["doc"] for row in self._select(schema.UNFUSED)}


class StoredDocuments:
    """A store's documents as a collection that is read, not held.

    Iterating streams them in id order; ``text(doc_id)`` reads one document's text, keeping
    the last few read. The exports and the briefing take it in place of a list, so a run
    over 10,000 reports never holds the corpus in memory (about 60 MB of text alone)."""

    in_id_order = True          # readers need not sort it (and sorting would read it all)

    def __init__(self, store: TableStore, keep: int = 32):
        self._store = store
        self._keep = keep
        self._recent: OrderedDict[str, str | None] = OrderedDict()

    def __iter__(self) -> Iterator[Document]:
        return self._store.iter_documents()

    def text(self, doc_id: str) -> str | None:
        if doc_id in self._recent:
            self._recent.move_to_end(doc_id)
            return self._recent[doc_id]
        text = self._recent[doc_id] = self._store.document_text(doc_id)
        if len(self._recent) > self._keep:
            self._recent.popitem(last=False)
        return text


__all__ = ["Store", "TableStore", "StoredDocuments", "Document", "DocRecords", "Picture", "ControlPeriod"]
