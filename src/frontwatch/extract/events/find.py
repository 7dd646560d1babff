"""``find_events``: a document's events, the stages in order (reading, per-trigger events, denials,
merging, fatalities, notes).

Decides nothing itself; it orders the other modules' decisions."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from ...records import Claim, Document, Event
from ..attribution import doc_text
from ..claims import narrator_of
from .vocab import load_vocabulary
from .setting import (TIMELINE_ENTRY, doc_places, is_dateline, line_of, main_city, not_where_speakers_are, story_country,
                      unlisted_towns_located, unlisted_towns_placed)
from .state import DocContext
from .merging import (captures_of_the_hosts_allies, drop_aggregates, drop_arrests_at_protests,
                      drop_clashes_inside_captures, drop_fire_inside_battles, drop_looting_inside_violence,
                      drop_parts_of_transfers, fold_entries_into_captures, fold_tolls_into_strikes,
                      fold_withdrawals_into_captures, merge_restatements, merge_retold_agreements)
from .fatalities import add_fatalities
from .notes import note_for
from .reading import attribution_requests, read_sources, sentence_attributions, sentence_reading
from .later_denials import denials_in_later_sentences, link_denials, repelled_attacks_deny_captures
from .triggers import events_for_trigger


def find_events(doc: Doc, document: Document, resolver, claims: list[Claim] | None = None,
                vocab: dict | None = None, attributor=None) -> list[Event]:
    """Every ACLED event the document reports, one per place, with evidence.

    ``attributor`` is the document's attributor after its one reading of the document, asked
    with ``attribution_requests`` (``extract_document``): what it said there, and the narrator it
    was made with; without it the document is read here."""
    vocab = vocab or load_vocabulary()
    reading = sentence_reading(doc, vocab)
    triggers = reading.triggers
    places = doc_places(doc, resolver)
    # a story naming no city but its dateline's ('LAHORE | ...' above a roundup item, 'GAO — ...') is that city's
    text = doc_text(doc)
    # read once: the story's city counts the unlisted towns the text places, and the events' places look them up
    placed = unlisted_towns_placed(text, places, vocab)
    main = main_city(not_where_speakers_are(doc, places, vocab), resolver, text, unlisted_towns_located(text, places, vocab, placed)) \
        or main_city([p for p in places if is_dateline(text, p[0], p[1])], resolver, text) \
        or story_country(doc)
    narrator = narrator_of(document, resolver) if attributor is None else attributor.outlet
    ctx = DocContext(doc, document, resolver, vocab, reading.units, triggers, places, main_place=main, text=doc_text(doc),
                     narrator=narrator, towns_placed=placed)
    groups = reading.groups
    ctx.active = {t["anchor"] for group in groups.values() for t in group}
    ctx.aims = reading.aims
    attended = read_sources(ctx, attribution_requests(ctx, groups)) if attributor is None else attributor.attended
    attribution = sentence_attributions(ctx, attended)
    events: list[Event] = []
    places_of: dict[str, Any] = {}
    for n, group in groups.items():
        if is_title(ctx, ctx.sents[n]):
            continue
        verb_of = subsumed_nouns(ctx.doc, group)
        produced: set[int] = set()
        for trig in sorted(group, key=lambda t: t["anchor"] in verb_of):   # verbs before their nouns
            if sets_the_scene(ctx, trig, group) or verb_of.get(trig["anchor"]) in produced:
                continue
            said_by = attribution.get(("trigger", trig["anchor"]), attribution.get(n))
            for event, place in events_for_trigger(ctx, n, trig, said_by, events):
                ctx.event_places.setdefault(n, place)
                events.append(event)
                places_of[event.event_id] = place
                ctx.rule_of[event.event_id] = trig["rule"]
                ctx.anchor_of[event.event_id] = trig["anchor"]
                produced.add(trig["anchor"])
    events = drop_clashes_inside_captures(events)
    events = captures_of_the_hosts_allies(events, vocab)
    repelled_attacks_deny_captures(ctx, events)
    events += denials_in_later_sentences(ctx, events, attribution)
    link_denials(events)
    events = drop_aggregates(ctx, events, places_of)
    events = fold_withdrawals_into_captures(events, ctx.rule_of, vocab)
    events = fold_entries_into_captures(events, ctx.rule_of, vocab)
    events = drop_parts_of_transfers(events, vocab)
    events = drop_looting_inside_violence(events, vocab)
    events = drop_arrests_at_protests(events, vocab)
    events = drop_fire_inside_battles(events, vocab)
    events = fold_tolls_into_strikes(ctx, events, places_of)
    events = merge_restatements(merge_retold_agreements(events, vocab, ctx.borrowed), ctx.counted)
    add_fatalities(events, claims or [])
    for event in events:
        event.notes = note_for(event, vocab, ctx.rule_of.get(event.event_id))
    return events


def sets_the_scene(ctx: DocContext, trig: dict, group: list[dict]) -> bool:
    """'was under army control by Monday after heavy overnight bombardment': a bare noun phrase
    after 'after/following' explains the capture the sentence reports; it is no event of its own
    (a full clause, 'after aircraft had struck the positions', still is)."""
    tok = ctx.doc[trig["anchor"]]
    if trig["territory"] or not trig["noun"] or not any(t["territory"] for t in group):
        return False
    return tok.dep_ == "pobj" and tok.head.lower_ in ctx.vocab["scene_preps"]


def subsumed_nouns(doc: Doc, group: list[dict]) -> dict[int, int]:
    """'rebel shells struck a school': the weapon noun is the subject of the verb that reports
    the same strike, so it only counts when the verb yields no event (else its place is read
    twice); so is its object ('helicopters fired rockets': the aircraft's strike). Maps the
    noun's anchor to the verb's."""
    verbs = {t["anchor"]: t for t in group if not t["noun"]}
    found = {}
    for trig in group:
        if not trig["noun"]:
            continue
        tok = doc[trig["anchor"]]
        if tok.dep_ == "compound" and tok.head.dep_ in ("nsubj", "nsubjpass", "conj"):
            tok = tok.head
        conjunct = False
        while tok.dep_ == "conj" and tok.head is not tok:
            tok, conjunct = tok.head, True   # 'mortar rounds and gunfire struck a convoy': one strike
        verb = verbs.get(tok.head.i) if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
        if verb is not None and (conjunct or verb["event_type"] == trig["event_type"]):
            found[trig["anchor"]] = verb["anchor"]
    return found


def is_title(ctx: DocContext, sent: Span) -> bool:
    """A headline or crosshead restates the body in telegram style ('Troops Capture 10
    Neighborhoods'); the body's own sentences carry the event."""
    title = (ctx.document.title or "").strip().lower()
    text = ctx.text[sent.start_char:sent.end_char].strip()
    if title and text.lower() == title:
        return True
    line = line_of(ctx.text, sent)
    return not line.endswith((".", "!", "?", '"', "”", "’", "'", ")", ":")) and not TIMELINE_ENTRY.match(line)
