"""The PostgreSQL store (psycopg 3): the same tables and values as the SQLite store.

Tables, columns and the record <-> row conversion come from ``schema.py``, so both
backends hold identical values. Each ``add_batch`` and ``replace_picture`` is one
transaction. Reads sort with ``COLLATE "C"`` and ``NULLS FIRST`` so that rows come
back in exactly SQLite's order (byte order, NULLs first) whatever the server's
locale is: exports from either backend are identical.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from ..errors import StoreError
from ..records import DocRecords, Document, Picture
from . import schema
from .base import TableStore

TYPES = {"TEXT": "TEXT", "INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "BLOB": "BYTEA"}


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the given postgresql:// URL"
    params.pop("password", None)
    host, port, db = params.get("host", ""), params.get("port", ""), params.get("dbname", "")
    user = f"{params['user']}@" if params.get("user") else ""
    return f"postgresql://{user}{host}{':' + str(port) if port else ''}/{db}"


class PostgresStore(TableStore):
    def __init__(self, url: str):
        self.url = url
        self.name = safe_url(url)
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{self.name}: cannot connect ({str(exc).strip().splitlines()[0]})",
                             hint="check that the server runs and the URL's host, port, user and database") from None
        self._create_tables()

    def _create_tables(self) -> None:
        """Create what is missing. One creator at a time (CREATE ... IF NOT EXISTS races between
        concurrent runs), and no DDL at all once everything exists: CREATE INDEX takes a lock that
        would deadlock with another run's inserts."""
        names = [t.name for t in schema.TABLES] + [name for name, _, _ in schema.INDEXES]
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(hashtext('frontwatch schema'))")
            found = self.conn.execute("SELECT count(*) AS n FROM pg_class WHERE relname = ANY(%s) "
                                      "AND relnamespace = current_schema()::regnamespace", [names]).fetchone()["n"]
            if found < len(names):
                for statement in schema.create_statements(TYPES):
                    self.conn.execute(statement)

    # -- SQL helpers --------------------------------------------------------

    @staticmethod
    def _order(table: schema.Table) -> str:
        text_columns = {c for c, t in table.columns if t == "TEXT"}
        collate = ' COLLATE "C"'
        return ", ".join(f"{schema.quote(c)}{collate if c in text_columns else ''} NULLS FIRST"
                         for c in table.order_by)

    @staticmethod
    def _insert_sql(table: schema.Table, or_ignore: bool = True) -> str:
        cols = table.column_names
        tail = " ON CONFLICT DO NOTHING" if or_ignore else ""
        return (f"INSERT INTO {table.name} ({schema.quoted(cols)}) "
                f"VALUES ({', '.join(['%s'] * len(cols))}){tail}")

    def _insert_many(self, table: schema.Table, rows: Iterable[dict], or_ignore: bool = True) -> None:
        values = [[_checked(row.get(c), table, c) for c in table.column_names] for row in rows]
        if values:
            with self.conn.cursor() as cur:
                cur.executemany(self._insert_sql(table, or_ignore), values)

    def _select(self, table: schema.Table, where: str = "", params: Iterable = (),
                columns: tuple[str, ...] | None = None) -> Iterator[dict]:
        sql = f"SELECT {schema.quoted(columns or table.column_names)} FROM {table.name} {where} " \
              f"ORDER BY {self._order(table)}"
        return iter(self.conn.execute(sql, list(params)))

    def _select_ids(self, table: schema.Table, column: str, ids: Iterable[str] | None,
                    columns: tuple[str, ...] | None = None) -> Iterable[dict]:
        if ids is None:
            return self._select(table, columns=columns)
        return self._select(table, f"WHERE {schema.quote(column)} = ANY(%s)", [sorted(set(ids))], columns)

    # -- Store interface ----------------------------------------------------

    def known_hashes(self) -> dict[str, str]:
        return {r["id"]: r["content_hash"] for r in self.conn.execute("SELECT id, content_hash FROM documents")}

    def add_batch(self, documents: Iterable[Document], records: Iterable[DocRecords]) -> int:
        by_doc = {r.doc: r for r in records}
        insert_doc = self._insert_sql(schema.DOCUMENTS)
        added = 0
        with self.conn.transaction():
            for doc in documents:
                row = schema.document_row(doc)
                cur = self.conn.execute(insert_doc, [_checked(row[c], schema.DOCUMENTS, c, doc.id)
                                                     for c in schema.DOCUMENTS.column_names])
                if not cur.rowcount:
                    continue            # already stored: its records are stored too
                added += 1
                recs = by_doc.get(doc.id, DocRecords(doc.id))
                self._insert_many(schema.DOC_EVENTS, (schema.event_row(e, doc.id) for e in recs.events))
                self._insert_many(schema.DOC_CLAIMS, (schema.claim_row(_with_doc(c, doc.id)) for c in recs.claims))
        return added

    def replace_picture(self, picture: Picture) -> None:
        with self.conn.transaction():
            for table in schema.PICTURE_TABLES + (schema.UNFUSED,):
                self.conn.execute(f"DELETE FROM {table.name}")
            for table, rows in schema.picture_rows(picture):
                self._insert_many(table, rows, or_ignore=table is schema.COPY_GROUPS)

    def save_reprints(self, changes, unfused: Iterable[str]) -> None:
        with self.conn.transaction():
            self.conn.execute("DELETE FROM reprint_passages WHERE ref = ANY(%s)", [changes.refs()])
            self._insert_many(schema.REPRINT_PASSAGES, changes.passage_rows())
            if changes.dropped_pairs:
                with self.conn.cursor() as cur:
                    cur.executemany("DELETE FROM reprint_pairs WHERE a = %s AND b = %s", changes.dropped_pairs)
            self._insert_many(schema.REPRINT_PAIRS, ({"a": a, "b": b} for a, b in changes.found_pairs))
            self._insert_many(schema.UNFUSED, ({"doc": doc} for doc in unfused))

    def counts(self) -> dict[str, int]:
        return {t.name: self.conn.execute(f"SELECT COUNT(*) AS n FROM {t.name}").fetchone()["n"]
                for t in schema.TABLES}

    def close(self) -> None:
        self.conn.close()


def _checked(value, table: schema.Table, column: str, doc_id: str = ""):
    """PostgreSQL text cannot hold NUL characters (SQLite can): refuse them with a clear message."""
    if isinstance(value, str) and "\x00" in value:
        where = f"document {doc_id!r}" if doc_id else f"table {table.name}"
        raise StoreError(f"{where}: column {column} contains a NUL character, which PostgreSQL cannot store",
                         hint="remove NUL bytes from the input, or use the SQLite store")
    return value


def _with_doc(claim, doc_id: str):
    """A claim's ``doc`` is its document's id even when extraction left it empty (as in SQLite)."""
    if not claim.doc:
        from dataclasses import replace

        return replace(claim, doc=doc_id)
    return claim

