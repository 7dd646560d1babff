"""Fusion: one situation picture from many per-document records.

    reprints  -> copy groups of evidence passages shared across documents
    events    -> fused events (coreference by block), denial disputes
    claims    -> claim groups, numeric and denial disputes
    control   -> the per-place control timeline, control disputes

``fuse(documents, records, settings)`` fuses everything. ``fuse_store(store,
new_ids, settings)`` updates a stored picture: the store's reprint index finds
the copies of the new documents' passages (only those are hashed), then only
the blocks (event type and place; claim kind and subject) that hold records of
the new documents, or whose passages changed copy group, are fused again; the
rest of the stored picture is kept as it is. Every block's result depends on its
own records only, so the update equals a full ``fuse`` of everything.

Per-document records this expects from extraction: an event that a source
denies comes as its own event with stance ``denied`` (its sources are the
deniers); the asserted event comes separately with stance ``asserted``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..records import Claim, ControlPeriod, DocRecords, Document, Dispute, Event, Picture
from ..settings import Settings
from ..store.schema import control_id
from . import reprints
from .claims import ClaimFuser, claim_block
from .control import build_control
from .events import DocEvent, EventFuser, event_block, rehome_reprinted_denials
from .sources import Context
from .vocab import Places, Vocab


@dataclass
class FusionStats:
    """What a fusion did, for benchmarks: passages hashed, comparisons made, blocks re-fused."""

    passages: int = 0
    copy_groups: int = 0
    reprint_candidates: int = 0
    event_comparisons: int = 0
    claim_comparisons: int = 0
    event_blocks: int = 0
    claim_blocks: int = 0
    refused_event_blocks: int = 0
    refused_claim_blocks: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def candidate_pairs(self) -> int:
        """Every pair fusion looked at: LSH candidates, event comparisons, claim position checks."""
        return self.reprint_candidates + self.event_comparisons + self.claim_comparisons


class Fusion:
    """One fusion run: vocabulary, places and settings, with no state kept between runs."""

    def __init__(self, settings: Settings, resolver=None, stats: FusionStats | None = None):
        self.settings = settings
        self.vocab = Vocab.load()
        self.places = Places(self.vocab, resolver, settings)
        self.stats = stats if stats is not None else FusionStats()

    def reprint_index(self, store=None) -> reprints.ReprintIndex:
        """The store's reprint index, or an empty one."""
        rules = (self.settings.reprint_threshold, self.settings.reprint_shingle)
        if store is None:
            return reprints.ReprintIndex(*rules)
        return reprints.ReprintIndex.from_rows(rules, *store.reprint_rows())

    def copy_groups(self, passages: Iterable[tuple[str, str, str]], index: reprints.ReprintIndex | None = None
                    ) -> tuple[dict[str, list[str]], reprints.Changes]:
        """Copy groups of evidence passages (``evidence_passages``), adding to ``index`` those it lacks."""
        index = index if index is not None else self.reprint_index()
        found: dict = {}
        changes = index.add(passages, stats=found)
        groups = index.groups()
        self.stats.passages = found.get("passages", 0)
        self.stats.reprint_candidates = found.get("candidate_pairs", 0)
        self.stats.copy_groups = len(groups)
        return groups, changes

    def picture(self, documents: Iterable[Document], records: list[DocRecords],
                groups: dict[str, list[str]]) -> Picture:
        """Every record fused at once (records sorted by document)."""
        ctx = self.context(documents, records, groups)
        events, event_disputes = self.events(self.doc_events(records, ctx), ctx)
        claims, claim_disputes = self.claims(_doc_claims(records), ctx)
        control, control_disputes = self.control(events, event_disputes)
        self.stats.event_blocks = self.stats.refused_event_blocks = len({self.event_block(e) for e in events})
        self.stats.claim_blocks = self.stats.refused_claim_blocks = len({claim_block(c) for c in claims})
        return assemble(events, claims, event_disputes + claim_disputes + control_disputes, control, groups)

    def context(self, documents: Iterable[Document], records: list[DocRecords],
                groups: dict[str, list[str]]) -> Context:
        outlets: dict[str, str] = {}
        published: dict[str, str] = {}
        for d in documents:                   # read once: it may stream from the store
            if d.outlet:
                outlets[d.id] = d.outlet
            if d.published:
                published[d.id] = d.published
        for rec in records:                    # an outlet named only on the records
            for claim in rec.claims:
                if claim.outlet:
                    outlets.setdefault(rec.doc, claim.outlet)
            for event in rec.events:
                if event.outlets:
                    outlets.setdefault(rec.doc, event.outlets[0])
        return Context(outlet_of_doc=outlets, group_of_ref=reprints.group_of_ref(groups), published_of_doc=published)

    def doc_events(self, records: Iterable[DocRecords], ctx: Context) -> list[DocEvent]:
        """Every per-document event, ready for blocking (reprinted denials share one place)."""
        return rehome_reprinted_denials(_doc_events(records), ctx, self.places)

    def events(self, items: list[DocEvent], ctx: Context) -> tuple[list[Event], list[Dispute]]:
        fuser = EventFuser(ctx, self.places, self.vocab, self.settings.event_date_slack_days)
        out = fuser.fuse(items)
        self.stats.event_comparisons += fuser.comparisons
        return out

    def claims(self, claims: list[Claim], ctx: Context) -> tuple[list[Claim], list[Dispute]]:
        fuser = ClaimFuser(ctx, self.places, self.vocab, self.settings.numeric_dispute_gap)
        out = fuser.fuse(claims)
        self.stats.claim_comparisons += fuser.comparisons
        return out

    def control(self, events: list[Event], disputes: list[Dispute]) -> tuple[list[ControlPeriod], list[Dispute]]:
        denials = {d.records[0]: d for d in disputes if d.kind == "denial" and d.records}
        return build_control(events, self.places, self.vocab, self.settings.event_date_slack_days, denials)

    def event_block(self, event: Event) -> tuple[str, str]:
        return event_block(event, self.places)


def evidence_passages(records: Iterable[DocRecords]) -> Iterator[tuple[str, str, str]]:
    """(ref, doc, text) of every evidence span of the records, streamed."""
    return ((ev.ref, rec.doc, ev.text) for rec in records for item in [*rec.events, *rec.claims]
            for ev in item.evidence)


def _doc_events(records: Iterable[DocRecords]) -> list[DocEvent]:
    return [DocEvent(rec.doc, e) for rec in records for e in rec.events]


def _doc_claims(records: Iterable[DocRecords]) -> list[Claim]:
    return [c if c.doc else _with_doc(c, rec.doc) for rec in records for c in rec.claims]


def _with_doc(claim: Claim, doc: str) -> Claim:
    from dataclasses import replace

    return replace(claim, doc=doc)


def assemble(events, claims, disputes, control, groups) -> Picture:
    """A picture in the store's read order, so a stored picture equals a fused one."""
    return Picture(events=sorted(events, key=lambda e: e.event_id),
                   claims=sorted(claims, key=lambda c: c.claim_id),
                   disputes=sorted(disputes, key=lambda d: d.dispute_id),
                   control=sorted(control, key=lambda p: (p.place, p.since or "", p.controller, control_id(p))),
                   copy_groups=dict(sorted(groups.items())))


def fuse(documents: Iterable[Document], records: Iterable[DocRecords], settings: Settings,
         resolver=None, stats: FusionStats | None = None) -> Picture:
    """Fuse every document's records into one picture."""
    fusion = Fusion(settings, resolver, stats)
    records = sorted(records, key=lambda r: r.doc)
    groups, _ = fusion.copy_groups(evidence_passages(records))
    return fusion.picture(documents, records, groups)


def fuse_store(store, new_ids: Iterable[str], settings: Settings, resolver=None,
               stats: FusionStats | None = None) -> Picture:
    """Update the stored picture for newly stored documents, save it, and return it."""
    from .incremental import update

    return update(store, set(new_ids), Fusion(settings, resolver, stats))


__all__ = ["fuse", "fuse_store", "Fusion", "FusionStats", "assemble"]
