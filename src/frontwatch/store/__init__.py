"""The store: SQLite by default, PostgreSQL for a server. Both implement Store."""
from __future__ import annotations

from .base import Store


def open_store(url: str) -> Store:
    """Open a store from a path or URL: ``postgresql://...`` or a SQLite file path."""
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    from .sqlite import SQLiteStore

    return SQLiteStore(url.removeprefix("sqlite:///"))


__all__ = ["Store", "open_store"]
