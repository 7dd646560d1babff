"""The store: SQLite by default, PostgreSQL for a server. Both implement Store."""
from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import Store, StoredDocuments

SERVER_SCHEMES = ("postgresql://", "postgres://")


def open_store(url: str) -> Store:
    """Open (or create) a store from a path or URL: ``postgresql://...`` or a SQLite file path."""
    _check_scheme(url)
    if url.startswith(SERVER_SCHEMES):
        from .postgres import PostgresStore

        return PostgresStore(url)
    from .sqlite import SQLiteStore

    return SQLiteStore(url.removeprefix("sqlite:///"))


def _check_scheme(url: str) -> None:
    """A URL frontwatch cannot store into (mysql://, sqlite://x.db) is an error, not a folder named 'mysql:'."""
    if "://" in url and not url.startswith(SERVER_SCHEMES + ("sqlite:///",)):
        scheme = url.split("://", 1)[0]      # never echo the rest: it may hold a password
        raise StoreError(f"--db {scheme}://...: not a store frontwatch can use", code="FW302",
                         hint="give a SQLite file path (or sqlite:///PATH), a run's --out folder, "
                              "or postgresql://USER:PASSWORD@HOST:5432/DB")


def can_reopen(store: Store) -> bool:
    """Whether another connection opened from ``store.url`` sees this store (a forked child must
    open its own): every store but a SQLite database in memory."""
    return store.url != ":memory:"


def store_url(db_or_dir: str | Path) -> str:
    """A server URL as it is; a run's --out folder is the frontwatch.db inside it."""
    target = str(db_or_dir)
    _check_scheme(target)
    if target.startswith(SERVER_SCHEMES):
        return target
    path = Path(target.removeprefix("sqlite:///"))
    return str(path / "frontwatch.db") if path.is_dir() else target


def existing_store_url(db_or_dir: str | Path) -> str:
    """The URL of a store that must already exist: a run's --out folder, its .db file, or a server URL.

    Reading commands use it so that a typo never creates an empty store and reports nothing.
    """
    target = store_url(db_or_dir)
    if target.startswith(SERVER_SCHEMES):
        return target
    path = Path(target.removeprefix("sqlite:///"))
    if not path.is_file():
        raise StoreError(f"{path}: no frontwatch store here",
                         hint="give the --out folder of a run or its frontwatch.db file", code="FW301")
    return str(path)


__all__ = ["Store", "StoredDocuments", "can_reopen", "open_store", "existing_store_url", "store_url"]
