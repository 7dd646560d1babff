"""Evidence for the briefing: every cited span with the document text around it.

The briefing opens a footnote by showing the original document around the
span, with the span marked. Shipping whole documents would make the file grow
with the corpus, so each span carries only a window of context, cut at word
boundaries.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..records import Document, Evidence

CONTEXT_CHARS = 360


@dataclass(frozen=True, slots=True)
class DocumentCard:
    """What the briefing shows of a document besides its text, and the text's length (to check spans)."""

    id: str
    outlet: str | None
    title: str | None
    published: str | None
    published_basis: str
    url: str | None
    length: int

    @classmethod
    def of(cls, doc: Document) -> "DocumentCard":
        return cls(doc.id, doc.outlet, doc.title, doc.published, doc.published_basis, doc.url, len(doc.text))

    def meta(self) -> dict:
        return {"id": self.id, "outlet": self.outlet, "title": self.title, "published": self.published,
                "published_basis": self.published_basis, "url": self.url}


@dataclass
class EvidenceIndex:
    """Span reference (``doc:start-end``) -> what the evidence panel shows.

    It keeps a card of every document but no document's text: ``text_of`` gives the text of
    one document when it is needed. A span is registered with its own text; the context
    around it is added by ``complete()``, for the spans still cited then, reading each
    document once. So a briefing over a store of 10,000 reports holds the windows it shows,
    not the corpus, nor the windows of spans it looked at and left out."""

    cards: dict[str, DocumentCard]
    text_of: Callable[[str], str | None]
    spans: dict[str, dict] = field(default_factory=dict)
    _pending: set[str] = field(default_factory=set)       # refs whose context is not added yet

    @classmethod
    def of(cls, documents: Iterable[Document]) -> "EvidenceIndex":
        """From a list of documents, or from a collection that reads a document's text on demand
        (``documents.text(doc_id)``, as ``store.StoredDocuments`` does): then it is iterated once."""
        cards, texts = {}, {}
        reader = getattr(documents, "text", None)
        for doc in documents:
            cards[doc.id] = DocumentCard.of(doc)
            if reader is None:
                texts[doc.id] = doc.text
        return cls(cards, reader or texts.get)

    def add(self, evidence: Evidence) -> str | None:
        """Register a record's evidence; returns its reference, or None if it has no text to show."""
        ref = evidence.ref
        if ref in self.spans:
            return ref
        card = self._document_of(evidence)
        if card is not None:
            text = evidence.text or (self.text_of(card.id) or "")[evidence.start:evidence.end]
            self.spans[ref] = {"doc": card.id, "start": evidence.start, "end": evidence.end,
                               "before": "", "text": text, "after": ""}
            self._pending.add(ref)
        elif evidence.text:
            self.spans[ref] = {"doc": evidence.doc, "start": evidence.start, "end": evidence.end,
                               "before": "", "text": evidence.text, "after": ""}
        else:
            return None
        return ref

    def complete(self) -> None:
        """Add the document text around every registered span still to be shown, one document at a time."""
        by_doc: dict[str, list[str]] = {}
        for ref in sorted(self._pending & self.spans.keys()):
            by_doc.setdefault(self.spans[ref]["doc"], []).append(ref)
        self._pending = set()
        for doc_id, refs in by_doc.items():
            text = self.text_of(doc_id)
            if text is None:
                continue
            for ref in refs:
                span = self.spans[ref]
                self.spans[ref] = _with_context(text, doc_id, span["start"], span["end"])

    def add_ref(self, ref: str) -> str | None:
        """Register a bare ``doc:start-end`` reference (copy groups carry only those)."""
        try:
            return self.add(Evidence.parse(ref))
        except ValueError:
            return None

    def showable(self, ref: str) -> DocumentCard | None:
        """The document a bare reference points into, if ``add_ref`` would register it (without registering)."""
        try:
            return self._document_of(Evidence.parse(ref))
        except ValueError:
            return None

    def _document_of(self, evidence: Evidence) -> DocumentCard | None:
        """The document whose text holds the span, if it is known and the span lies inside it."""
        card = self.cards.get(evidence.doc)
        return card if card is not None and 0 <= evidence.start < evidence.end <= card.length else None

    def add_all(self, evidence: list[Evidence]) -> list[str]:
        return [r for r in (self.add(e) for e in evidence) if r]

    def keep_only(self, refs: set[str]) -> None:
        self.spans = {ref: span for ref, span in self.spans.items() if ref in refs}
        self._pending &= self.spans.keys()

    def doc_meta(self) -> dict[str, dict]:
        """Metadata of every document a span points into."""
        cited = {span["doc"] for span in self.spans.values()}
        return {doc_id: self.cards[doc_id].meta() if doc_id in self.cards else {"id": doc_id}
                for doc_id in sorted(cited)}


def _with_context(text: str, doc_id: str, start: int, end: int) -> dict:
    lo = _word_boundary(text, max(0, start - CONTEXT_CHARS), forward=True)
    hi = _word_boundary(text, min(len(text), end + CONTEXT_CHARS), forward=False)
    lo, hi = min(lo, start), max(hi, end)
    return {"doc": doc_id, "start": start, "end": end,
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
