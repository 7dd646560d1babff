"""The records that flow between stages, defined once.

ingest -> RawDocument; clean -> Document; extract -> DocRecords (per-document
Event and Claim lists); fuse -> Picture (fused events, claim groups, disputes,
control periods). Every Event, Claim and Dispute carries Evidence spans whose
offsets refer to ``Document.text`` (the original text), never to the cleaned
text, so they stay valid whatever the cleaner does.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


def content_hash(text: str) -> str:
    """Stable hash of a document's original text (sha1 hex, 16 chars)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def stable_id(prefix: str, *parts: Any) -> str:
    """A deterministic id built from the parts that identify a record."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}-{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:12]}"


@dataclass(slots=True)
class Evidence:
    """A span of a document's original text: ``doc:start-end`` plus the sentence."""

    doc: str
    start: int
    end: int
    text: str = ""

    @property
    def ref(self) -> str:
        return f"{self.doc}:{self.start}-{self.end}"

    @classmethod
    def parse(cls, ref: str, text: str = "") -> "Evidence":
        doc, _, rng = ref.rpartition(":")
        start, _, end = rng.partition("-")
        return cls(doc=doc, start=int(start), end=int(end), text=text)


@dataclass
class RawDocument:
    """What ingest read from one file or JSON line, before cleaning.

    ``text`` is the original text: the file's text for .txt, the extracted
    main text for HTML (markup is not text an analyst can cite).
    """

    id: str
    text: str
    source: str                     # file path (and ":line" for JSONL)
    url: str | None = None
    outlet: str | None = None       # from the JSONL field, if any
    published: str | None = None    # from --published or the JSONL field
    published_basis: str | None = None
    title: str | None = None        # from HTML metadata, if any
    html: str | None = None         # raw HTML when the input was HTML
    sitename: str | None = None     # the page's own site name (HTML metadata), if any
    page_date: str | None = None    # the page's metadata date YYYY-MM-DD (HTML), if any


@dataclass(slots=True)
class RemovedLine:
    start: int
    end: int
    text: str
    reason: str = ""

    def as_dict(self) -> dict:
        # ``asdict`` deep-copies field by field: 0.28 s against 0.02 s for the 38,179 furniture
        # lines of 10,000 reports
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


@dataclass(slots=True)
class Segment:
    """clean_text[clean_start:clean_start+length] == text[orig_start:orig_start+length]."""

    clean_start: int
    orig_start: int
    length: int


@dataclass
class Document:
    id: str
    text: str                       # original text; evidence offsets point here
    clean_text: str
    content_hash: str
    source: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_basis: str = ""
    dateline: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)

    @property
    def chars(self) -> int:
        return len(self.clean_text)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of clean_text to offsets in text."""
        return (self._map(start, is_end=False), self._map(end, is_end=True))

    def _map(self, pos: int, is_end: bool) -> int:
        if not self.segments:
            return pos
        for seg in self.segments:
            lo, hi = seg.clean_start, seg.clean_start + seg.length
            if lo <= pos < hi or (is_end and lo < pos <= hi):
                return seg.orig_start + (pos - lo)
        last = self.segments[-1]
        if pos >= last.clean_start + last.length:
            return last.orig_start + last.length
        # pos falls in a gap (a joining character the cleaner inserted)
        for seg in self.segments:
            if pos < seg.clean_start:
                return seg.orig_start
        return pos

    def evidence(self, clean_start: int, clean_end: int) -> Evidence:
        """Evidence for a span of clean_text, with offsets in the original text."""
        s, e = self.to_original(clean_start, clean_end)
        return Evidence(doc=self.id, start=s, end=e, text=self.text[s:e])

    def export_dict(self) -> dict:
        """The documents.jsonl shape of SPEC.md, with the original ``text`` that evidence
        offsets point into, so the exports alone are enough to check every span."""
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "published_basis": self.published_basis,
            "dateline": self.dateline,
            "chars": self.chars,
            "text": self.text,
            "clean_text": self.clean_text,
            "removed": [r.as_dict() for r in self.removed],
        }


@dataclass(slots=True)
class Event:
    """One ACLED-compatible event. Per-document after extraction, fused after fusion."""

    event_id: str
    event_type: str
    sub_event_type: str
    event_date: str | None = None
    date_earliest: str | None = None
    date_latest: str | None = None
    time_precision: int | None = None       # 1 day, 2 week, 3 month
    date_basis: str = ""                    # the words the date was read from
    disorder_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    iso: int | None = None
    region: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    stance: str = "asserted"               # asserted, denied, disputed
    sources: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    independent_sources: int = 0
    notes: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)   # per-doc event ids merged into a fused event


@dataclass(slots=True)
class Claim:
    claim_id: str
    kind: str
    subject: str | None
    low: float | None
    high: float | None
    qualifier: str = "exact"
    place: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    as_of: str | None = None
    claimant: str | None = None
    outlet: str | None = None
    stance: str = "asserted"               # asserted, denied, hedged
    group: str | None = None
    independent_sources: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    doc: str = ""
    copy_group: str | None = None          # after fusion: the reprint group of its sentence


@dataclass(slots=True)
class Dispute:
    dispute_id: str
    kind: str                               # denial, numeric, control
    topic: str
    records: list[str]                      # ids of events / claims / control rows in conflict
    explanation: str
    outlets: list[str] = field(default_factory=list)
    sides: list[dict] = field(default_factory=list)   # [{"stance":..,"sources":[..],"records":[..]}]
    severity: str = "normal"                # normal, low
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class ControlPeriod:
    place: str
    controller: str
    since: str | None
    until: str | None = None
    share: str = "full"                      # full, partial
    basis: list[str] = field(default_factory=list)
    confidence: float = 0.5
    latitude: float | None = None
    longitude: float | None = None


@dataclass(slots=True)
class DocRecords:
    """What extraction found in one document."""

    doc: str
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Picture:
    """The fused situation picture."""

    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    control: list[ControlPeriod] = field(default_factory=list)
    copy_groups: dict[str, list[str]] = field(default_factory=dict)  # group id -> evidence refs
