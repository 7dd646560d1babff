"""Evidence for the briefing: every cited span with the document text around it.

The briefing opens a footnote by showing the original document around the
span, with the span marked. Shipping whole documents would make the file grow
with the corpus, so each span carries only a window of context, cut at word
boundaries.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Document, Evidence

CONTEXT_CHARS = 360


@dataclass
class EvidenceIndex:
    """Span reference (``doc:start-end``) -> what the evidence panel shows."""

    documents: dict[str, Document]
    spans: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def of(cls, documents: list[Document]) -> "EvidenceIndex":
        return cls({d.id: d for d in documents})

    def add(self, evidence: Evidence) -> str | None:
        """Register a record's evidence; returns its reference, or None if it has no text to show."""
        ref = evidence.ref
        if ref in self.spans:
            return ref
        doc = self._document_of(evidence)
        if doc is not None:
            self.spans[ref] = _with_context(doc, evidence.start, evidence.end)
        elif evidence.text:
            self.spans[ref] = {"doc": evidence.doc, "start": evidence.start, "end": evidence.end,
                               "before": "", "text": evidence.text, "after": ""}
        else:
            return None
        return ref

    def add_ref(self, ref: str) -> str | None:
        """Register a bare ``doc:start-end`` reference (copy groups carry only those)."""
        try:
            return self.add(Evidence.parse(ref))
        except ValueError:
            return None

    def showable(self, ref: str) -> Document | None:
        """The document a bare reference points into, if ``add_ref`` would register it (without registering)."""
        try:
            return self._document_of(Evidence.parse(ref))
        except ValueError:
            return None

    def _document_of(self, evidence: Evidence) -> Document | None:
        """The document whose text holds the span, if it is known and the span lies inside it."""
        doc = self.documents.get(evidence.doc)
        return doc if doc is not None and 0 <= evidence.start < evidence.end <= len(doc.text) else None

    def add_all(self, evidence: list[Evidence]) -> list[str]:
        return [r for r in (self.add(e) for e in evidence) if r]

    def keep_only(self, refs: set[str]) -> None:
        self.spans = {ref: span for ref, span in self.spans.items() if ref in refs}

    def doc_meta(self) -> dict[str, dict]:
        """Metadata of every document a span points into."""
        cited = {span["doc"] for span in self.spans.values()}
        return {doc_id: document_meta(self.documents[doc_id]) if doc_id in self.documents
                else {"id": doc_id} for doc_id in sorted(cited)}


def document_meta(doc: Document) -> dict:
    return {"id": doc.id, "outlet": doc.outlet, "title": doc.title, "published": doc.published,
            "published_basis": doc.published_basis, "url": doc.url}


def _with_context(doc: Document, start: int, end: int) -> dict:
    text = doc.text
    lo = _word_boundary(text, max(0, start - CONTEXT_CHARS), forward=True)
    hi = _word_boundary(text, min(len(text), end + CONTEXT_CHARS), forward=False)
    lo, hi = min(lo, start), max(hi, end)
    return {"doc": doc.id, "start": start, "end": end,
            "before": ("…" if lo > 0 else "") + text[lo:start],
            "text": text[start:end],
            "after": text[end:hi] + ("…" if hi < len(text) else "")}


def _word_boundary(text: str, pos: int, forward: bool) -> int:
    """Move pos to the nearest whitespace so the context does not start or end mid-word."""
    if pos <= 0 or pos >= len(text):
        return pos
    step = 1 if forward else -1
    probe = pos
    for _ in range(40):
        if text[probe].isspace():
            return probe + 1 if forward else probe
        probe += step
        if probe <= 0 or probe >= len(text):
            break
    return pos
