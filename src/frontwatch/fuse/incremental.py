"""Incremental fusion: re-fuse only the blocks that new documents touch.

A block is an (event type, place block) for events and a (kind, subject) for
claims. The blocks re-fused are those holding a record of a new document, or
a record whose evidence passage changed copy group (a new reprint makes old
sources less independent). Copy groups come from the store's reprint index,
which hashes and compares the new passages only. Documents the index does not
hold yet, or that it marks unfused (a run killed between storing and fusing),
count as new. When the new documents touch most of the records, all of them
are fused again without reading the stored picture, which would cost more than
it saves. The control timeline is rebuilt from all fused events: it is one
linear pass.
"""
from __future__ import annotations

from .. import engine
from ..records import DocRecords, Picture
from ..store import can_reopen, open_store
from . import Fusion, assemble, reprints
from .claims import claim_block
from .events import DocEvent
from .sources import Context

# Above this share of the records in touched blocks, everything is fused again.
REFUSE_ALL_SHARE = 0.5
READ_BATCH = 500       # documents whose records are read at once to index their passages


def update(store, new_ids: set[str], fusion: Fusion) -> Picture:
    """Update the stored picture for newly stored documents, save it, and return it."""
    if new_ids and engine.worker_count(fusion.settings) > 1 and engine.can_fork() and can_reopen(store):
        found, records = _indexed_while_reading(store, new_ids, fusion)
    else:
        found = _index_new_passages(store, new_ids, fusion)
        records = None if found is None else store.doc_records()
    if found is None:
        return store.picture()          # nothing new, no copy changed: the stored picture stands
    picture = _refused(store, records, *found, fusion)
    store.replace_picture(picture)
    return picture


def _indexed_while_reading(store, new_ids: set[str], fusion: Fusion):
    """``_index_new_passages`` in a forked child, over a connection of its own, while this process
    reads every record fusion needs: the two are independent, and once the workers are done one core
    would otherwise sit idle. The index lives and dies in the child, so this process never holds it
    beside the records. The stats it counts come back with its result."""
    def in_child():
        with open_store(store.url) as own:
            return _index_new_passages(own, new_ids, fusion), fusion.stats

    with engine.forked(in_child) as indexed:
        records = store.doc_records()
        found, stats = indexed()
    if stats is not fusion.stats:                   # counted in the child: copy them here
        for name, value in vars(stats).items():
            setattr(fusion.stats, name, value)
    return found, records


def _index_new_passages(store, new_ids: set[str], fusion: Fusion):
    """Copy groups before and after adding the passages of documents not indexed yet to the store's
    reprint index, and the documents to fuse as new (None: nothing to do).

    Only those documents' evidence is read (a batch at a time), and the index is saved and let
    go before fusion reads every record: the two never take memory at once. The documents stay
    marked unfused until the picture is saved."""
    index = fusion.reprint_index(store)
    indexed, before = set(index.docs), index.groups()
    unindexed = sorted(set(store.known_hashes()) - indexed)
    batches = (unindexed[i:i + READ_BATCH] for i in range(0, len(unindexed), READ_BATCH))
    groups, changes = fusion.copy_groups((p for ids in batches for p in store.evidence_passages(ids)),
                                         index)
    holding = set(index.docs)              # documents with records: each record has its evidence
    new = (holding - indexed) | ((store.unfused_documents() | set(new_ids)) & holding)
    if not new and not changes and groups == before:
        return None
    store.save_reprints(changes, new)
    return groups, before, new, not indexed


def _refused(store, records: list[DocRecords], groups: dict[str, list[str]], before: dict[str, list[str]],
             new: set[str], first: bool, fusion: Fusion) -> Picture:
    """The picture with the blocks that new documents or changed copies touch fused again."""
    if first:
        return _all(store, records, groups, fusion)     # nothing fused before: no blocks to sort out
    group_of_ref = reprints.group_of_ref(groups)
    changed = _changed_refs(reprints.group_of_ref(before), group_of_ref)
    raw = [DocEvent(r.doc, e) for r in records for e in r.events]
    homed = fusion.doc_events(records, Context({}, group_of_ref))
    event_blocks, claim_blocks = _touched_blocks(records, raw, homed, new, changed, fusion)
    items = [h for h in homed if fusion.event_block(h.event) in event_blocks]
    touched_claims = [c for r in records for c in r.claims if claim_block(c) in claim_blocks]
    if len(items) + len(touched_claims) > REFUSE_ALL_SHARE * (len(raw) + sum(len(r.claims) for r in records)):
        return _all(store, records, groups, fusion)
    fusion.stats.refused_event_blocks, fusion.stats.refused_claim_blocks = len(event_blocks), len(claim_blocks)
    touched_docs = {h.doc for h in items} | {c.doc for c in touched_claims}
    touched = [r for r in records if r.doc in touched_docs]
    ctx = fusion.context(store.iter_documents(sorted(touched_docs)), touched, groups)

    events, event_disputes = fusion.events(items, ctx)
    claims, claim_disputes = fusion.claims(touched_claims, ctx)
    old = store.picture()
    refused_members = {item.event.event_id for item in items}
    kept_events = [e for e in old.events if fusion.event_block(e) not in event_blocks]
    if any(refused_members.intersection(e.members) for e in kept_events):
        # a stored event straddles a touched and an untouched block (a denial re-homed to
        # another place, a new reprint): only a full fusion keeps every member exactly once
        return _all(store, records, groups, fusion)
    kept_claims = [c for c in old.claims if claim_block(c) not in claim_blocks]
    kept_disputes = _kept_disputes(old, event_blocks, claim_blocks, fusion)
    all_events = kept_events + events
    all_disputes = kept_disputes + event_disputes + claim_disputes
    control, control_disputes = fusion.control(all_events, all_disputes)
    fusion.stats.event_blocks = len({fusion.event_block(e) for e in all_events})
    fusion.stats.claim_blocks = len({claim_block(c) for c in kept_claims + claims})
    return assemble(all_events, kept_claims + claims, all_disputes + control_disputes, control, groups)


def _all(store, records: list[DocRecords], groups: dict[str, list[str]], fusion: Fusion) -> Picture:
    """Every stored record fused again (with the copy groups already found)."""
    return fusion.picture(store.iter_documents(), records, groups)


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
