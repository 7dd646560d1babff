"""Incremental fusion: re-fuse only the blocks that new documents touch.

A block is an (event type, place block) for events and a (kind, subject) for
claims. The blocks re-fused are those holding a record of a new document, or
a record whose evidence passage changed copy group (a new reprint makes old
sources less independent). Documents whose records the stored picture does
not cover yet (a run killed between storing and fusing) count as new. The
control timeline is rebuilt from all fused events: it is one linear pass.
"""
from __future__ import annotations

from ..records import DocRecords, Picture
from . import Fusion, assemble, reprints
from .claims import claim_block
from .events import DocEvent
from .sources import Context


def update(store, new_ids: set[str], fusion: Fusion) -> tuple[Picture, bool]:
    """The updated picture, and whether it differs from the stored one."""
    records = store.doc_records()
    old = store.picture()
    if not old.events and not old.claims and not old.disputes:
        return _full(store, records, fusion), True     # nothing stored to keep: no blocks to sort out
    record_docs = {r.doc for r in records}
    covered = {d for e in old.events for d in e.docs} | {c.doc for c in old.claims}
    new = (set(new_ids) | (record_docs - covered)) & record_docs
    groups = fusion.copy_groups(records)
    if not new and groups == old.copy_groups:
        return old, False
    changed = _changed_refs(reprints.group_of_ref(old.copy_groups), reprints.group_of_ref(groups))
    raw = [DocEvent(r.doc, e) for r in records for e in r.events]
    homed = fusion.doc_events(records, Context({}, reprints.group_of_ref(groups)))
    event_blocks, claim_blocks = _touched_blocks(records, raw, homed, new, changed, fusion)
    fusion.stats.refused_event_blocks, fusion.stats.refused_claim_blocks = len(event_blocks), len(claim_blocks)
    touched_docs = ({h.doc for h in homed if fusion.event_block(h.event) in event_blocks}
                    | {r.doc for r in records if any(claim_block(c) in claim_blocks for c in r.claims)})
    touched = [r for r in records if r.doc in touched_docs]
    ctx = fusion.context(store.iter_documents(sorted(touched_docs)), touched, groups)

    items = [h for h in homed if fusion.event_block(h.event) in event_blocks]
    events, event_disputes = fusion.events(items, ctx)
    claims, claim_disputes = fusion.claims([c for r in touched for c in r.claims if claim_block(c) in claim_blocks],
                                           ctx)
    refused_members = {item.event.event_id for item in items}
    kept_events = [e for e in old.events if fusion.event_block(e) not in event_blocks]
    if any(refused_members.intersection(e.members) for e in kept_events):
        # a stored event straddles a touched and an untouched block (a denial re-homed to
        # another place, a new reprint): only a full fusion keeps every member exactly once
        return _full(store, records, fusion), True
    kept_claims = [c for c in old.claims if claim_block(c) not in claim_blocks]
    kept_disputes = _kept_disputes(old, event_blocks, claim_blocks, fusion)
    all_events = kept_events + events
    all_disputes = kept_disputes + event_disputes + claim_disputes
    control, control_disputes = fusion.control(all_events, all_disputes)
    fusion.stats.event_blocks = len({fusion.event_block(e) for e in all_events})
    fusion.stats.claim_blocks = len({claim_block(c) for c in kept_claims + claims})
    return assemble(all_events, kept_claims + claims, all_disputes + control_disputes, control, groups), True


def _full(store, records: list[DocRecords], fusion: Fusion) -> Picture:
    from . import fuse

    return fuse(store.iter_documents(), records, fusion.settings, fusion.places._resolver, fusion.stats)


def _changed_refs(old: dict[str, str], new: dict[str, str]) -> set[str]:
    return {ref for ref in old.keys() | new.keys() if old.get(ref) != new.get(ref)}


def _touched_blocks(records: list[DocRecords], raw: list[DocEvent], homed: list[DocEvent], new: set[str],
                    changed: set[str], fusion: Fusion):
    """Blocks to re-fuse: those of new documents' records and of records whose passages changed copy group
    (for an event both the block it names and the block a reprinted denial was moved to)."""
    event_blocks, claim_blocks = set(), set()
    for before, after in zip(raw, homed):
        if before.doc in new or any(ev.ref in changed for ev in before.event.evidence):
            event_blocks.update({fusion.event_block(before.event), fusion.event_block(after.event)})
    for rec in records:
        for claim in rec.claims:
            if rec.doc in new or any(ev.ref in changed for ev in claim.evidence):
                claim_blocks.add(claim_block(claim))
    return event_blocks, claim_blocks


def _kept_disputes(old: Picture, event_blocks: set, claim_blocks: set, fusion: Fusion) -> list:
    """Stored denial and numeric disputes of untouched blocks (control disputes are rebuilt)."""
    block_of = {e.event_id: ("event", fusion.event_block(e)) for e in old.events}
    for claim in old.claims:
        block_of[claim.claim_id] = block_of[claim.group or ""] = ("claim", claim_block(claim))
    kept = []
    for dispute in old.disputes:
        if dispute.kind == "control" or not dispute.records:
            continue
        where, block = block_of.get(dispute.records[0], ("", None))
        if (where == "event" and block not in event_blocks) or (where == "claim" and block not in claim_blocks):
            kept.append(dispute)
    return kept
