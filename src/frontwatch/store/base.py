"""The store interface that every backend implements.

Tables are plain and well named so that Datasette or sqlite-utils open them as
they are: documents, doc_events, doc_claims (per-document extraction results),
events, claims, disputes, control (the fused picture).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable

from ..records import ControlPeriod, DocRecords, Document, Picture


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
    def documents(self, ids: Iterable[str] | None = None) -> list[Document]: ...

    @abstractmethod
    def doc_records(self, ids: Iterable[str] | None = None) -> list[DocRecords]: ...

    @abstractmethod
    def replace_picture(self, picture: Picture) -> None:
        """Replace the fused tables (events, claims, disputes, control) in one transaction."""

    @abstractmethod
    def picture(self) -> Picture: ...

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Row count of every table."""

    def close(self) -> None:  # pragma: no cover - trivial
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


__all__ = ["Store", "Document", "DocRecords", "Picture", "ControlPeriod"]
