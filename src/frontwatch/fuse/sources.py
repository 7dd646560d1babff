"""Who independently says something: sources after merging reprints.

A named source (``SOHR``, ``Russian Ministry of Defence``) is one source
wherever it is quoted. A source that is only described (``rebel official``,
``residents``: canonical names that start in lower case) or an outlet speaking
for itself is one source per wire copy: two outlets printing the same passage
count once, two outlets with their own reporting count twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Evidence
from ..resolve import claimant_key


@dataclass(frozen=True)
class Context:
    """What fusion knows around the records: each document's outlet and each passage's copy group."""

    outlet_of_doc: dict[str, str]
    group_of_ref: dict[str, str]
    published_of_doc: dict[str, str] = field(default_factory=dict)

    def stated_on(self, as_of: str | None, doc: str) -> str | None:
        """When a figure was stated: its own date, else its document's publication date."""
        return as_of or self.published_of_doc.get(doc)

    def copy_tag(self, evidence: list[Evidence], doc: str) -> str:
        """The copy group of a record's first shared passage, or its own document."""
        for ev in sorted(evidence, key=lambda e: (e.start, e.end)):
            gid = self.group_of_ref.get(ev.ref)
            if gid:
                return gid
        return f"doc:{doc}"

    def copy_group(self, evidence: list[Evidence]) -> str | None:
        for ev in sorted(evidence, key=lambda e: (e.start, e.end)):
            if ev.ref in self.group_of_ref:
                return self.group_of_ref[ev.ref]
        return None

    def source_key(self, source: str | None, doc: str, evidence: list[Evidence], outlets: list[str]) -> str:
        if is_named(source) and source not in outlets and source != self.outlet_of_doc.get(doc):
            return claimant_key(source)  # 'Yemeni health ministry' and 'Yemen's health ministry': one source
        tag = self.copy_tag(evidence, doc)
        return tag if tag.startswith("cg-") else f"{source or 'unnamed'}@{tag}"


def is_named(source: str | None) -> bool:
    return bool(source) and (source[:1].isupper() or source[:1].isdigit())  # type: ignore[index]
