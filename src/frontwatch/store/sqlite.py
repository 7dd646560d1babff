"""The SQLite store: one file, plain tables (see schema.py), WAL and a busy timeout.

Every write is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``), so a run
killed at any point leaves either the whole batch or none of it, and two runs
writing at once wait for each other instead of corrupting the file.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from itertools import chain
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from ..records import DocRecords, Document, Picture
from . import schema
from .base import TableStore

BUSY_TIMEOUT_MS = 60_000


class SQLiteStore(TableStore):
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.url = str(self.path)
        if not self.path.parent.exists():
            raise StoreError(f"{self.path}: folder {self.path.parent} does not exist",
                             hint="create the folder or give another --db path")
        try:
            self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            with self._transaction():
                for statement in schema.create_statements():
                    self.conn.execute(statement)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable SQLite store ({exc})",
                             hint="give a new file name with --db, or remove the damaged file") from None

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _insert(self, table: schema.Table, rows: Iterable[dict], or_ignore: bool = True) -> int:
        cols = table.column_names
        verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
        sql = f"{verb} INTO {table.name} ({schema.quoted(cols)}) VALUES ({', '.join('?' * len(cols))})"
        # one executemany per table: sqlite3 sums the rows each insert added into rowcount
        return self.conn.executemany(sql, ([row.get(c) for c in cols] for row in rows)).rowcount

    def _select(self, table: schema.Table, where: str = "", params: Iterable = (),
                columns: tuple[str, ...] | None = None) -> Iterator[dict]:
        """Rows one at a time: a whole table of a large store is never held as rows and records at once."""
        sql = f"SELECT {schema.quoted(columns) if columns else '*'} FROM {table.name} {where} " \
              f"ORDER BY {schema.quoted(table.order_by)}"
        return (dict(r) for r in self.conn.execute(sql, list(params)))

    def _select_ids(self, table: schema.Table, column: str, ids: Iterable[str] | None,
                    columns: tuple[str, ...] | None = None) -> Iterable[dict]:
        if ids is None:
            return self._select(table, columns=columns)
        ids = sorted(set(ids))
        chunks = (self._select(table, f"WHERE {schema.quote(column)} IN ({', '.join('?' * len(chunk))})", chunk,
                               columns)
                  for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)))   # SQLite's variable limit
        if table.order_by[0] == column:
            return chain.from_iterable(chunks)    # chunks of sorted ids come out in order: stream them
        return sorted(chain.from_iterable(chunks), key=lambda r: [str(r[c]) for c in table.order_by])

    # -- Store interface ----------------------------------------------------

    def known_hashes(self) -> dict[str, str]:
        return {r["id"]: r["content_hash"] for r in self.conn.execute("SELECT id, content_hash FROM documents")}

    def add_batch(self, documents: Iterable[Document], records: Iterable[DocRecords]) -> int:
        by_doc = {r.doc: r for r in records}
        with self._transaction():
            new = self._not_stored(documents)
            # one statement per table for the whole batch, not three per document: each table's
            # rows go in in the same order as before (by document, then as extracted)
            self._insert(schema.DOCUMENTS, map(schema.document_row, new))
            self._insert(schema.DOC_EVENTS, (schema.event_row(e, doc.id) for doc in new
                                             for e in _records_of(by_doc, doc.id).events))
            self._insert(schema.DOC_CLAIMS, (schema.claim_row(_with_doc(c, doc.id)) for doc in new
                                             for c in _records_of(by_doc, doc.id).claims))
        return len(new)

    def _not_stored(self, documents: Iterable[Document]) -> list[Document]:
        """The documents whose id the store does not hold yet, each id once (the first one met):
        one already stored has its records stored too."""
        documents = list(documents)
        taken = self._stored_ids([d.id for d in documents])
        new = []
        for doc in documents:
            if doc.id not in taken:
                taken.add(doc.id)
                new.append(doc)
        return new

    def _stored_ids(self, ids: list[str]) -> set[str]:
        """Which of these document ids the store holds."""
        ids = sorted(set(ids))
        found: set[str] = set()
        for i in range(0, len(ids), 500):           # SQLite's variable limit
            chunk = ids[i:i + 500]
            found.update(r[0] for r in self.conn.execute(
                f"SELECT id FROM documents WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
        return found

    def replace_picture(self, picture: Picture) -> None:
        with self._transaction():
            for table in schema.PICTURE_TABLES + (schema.UNFUSED,):
                self.conn.execute(f"DELETE FROM {table.name}")
            for table, rows in schema.picture_rows(picture):
                self._insert(table, rows, or_ignore=table is schema.COPY_GROUPS)

    def save_reprints(self, changes, unfused: Iterable[str]) -> None:
        with self._transaction():
            self.conn.executemany("DELETE FROM reprint_passages WHERE ref = ?", [(ref,) for ref in changes.refs()])
            self._insert(schema.REPRINT_PASSAGES, changes.passage_rows(), or_ignore=False)
            self.conn.executemany("DELETE FROM reprint_pairs WHERE a = ? AND b = ?", changes.dropped_pairs)
            self._insert(schema.REPRINT_PAIRS, ({"a": a, "b": b} for a, b in changes.found_pairs))
            self._insert(schema.UNFUSED, ({"doc": doc} for doc in unfused))

    def counts(self) -> dict[str, int]:
        return {t.name: self.conn.execute(f"SELECT COUNT(*) FROM {t.name}").fetchone()[0] for t in schema.TABLES}

    def close(self) -> None:
        self.conn.close()


def _records_of(by_doc: dict[str, DocRecords], doc_id: str) -> DocRecords:
    return by_doc[doc_id] if doc_id in by_doc else DocRecords(doc_id)


def _with_doc(claim, doc_id: str):
    """A claim's ``doc`` is its document's id even when extraction left it empty."""
    if not claim.doc:
        from dataclasses import replace

        return replace(claim, doc=doc_id)
    return claim
