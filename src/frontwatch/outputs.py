"""The run's outputs: the exports and brief.html, written from the store and the fused picture.

Neither reads the other, so with more than one worker process (``settings.workers``) brief.html is
written by a forked child, over a connection of its own to the store, while this process writes
the exports: after fusion a run is serial, and one core would otherwise sit idle. The files are
the same either way.
"""
from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from . import engine, export, report
from .records import Picture
from .resolve import Resolver
from .settings import Settings
from .store import StoredDocuments, can_reopen, open_store


def write_outputs(out_dir: Path, store, picture: Picture, resolver: Resolver, settings: Settings) -> list[Path]:
    """Write every export and brief.html into out_dir; returns the paths written (brief.html last)."""
    documents = StoredDocuments(store)
    with _brief_writer(out_dir, store, documents, picture, settings) as brief:
        return export.write_all(out_dir, documents, picture, resolver) + [brief()]


def _brief_writer(out_dir: Path, store, documents: StoredDocuments, picture: Picture, settings: Settings):
    """A callable giving brief.html's path: written by a forked child when there are cores to spare,
    else here, after the exports (as it always was)."""
    if engine.worker_count(settings) > 1 and can_reopen(store):
        return engine.forked(lambda: _brief_over_own_connection(out_dir, store.url, picture))
    return nullcontext(lambda: report.write_brief(out_dir, documents, picture))


def _brief_over_own_connection(out_dir: Path, url: str, picture: Picture) -> Path:
    # a forked child must not use its parent's connection (SQLite's and psycopg's are not fork-safe)
    with open_store(url) as store:
        return report.write_brief(out_dir, StoredDocuments(store), picture)
