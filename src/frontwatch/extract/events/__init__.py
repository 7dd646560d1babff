"""ACLED-compatible events from a parsed document.

Two steps, so that users can reuse the first in a pipeline of their own:

1. The spaCy component ``frontwatch_events`` marks event *trigger candidates*
   ("captured", "street battles", "air strikes", "surrendered") with
   the spaCy Matcher patterns of ``data/event_patterns.json`` and checks their
   grammar (a capture needs a territory as its object, "pushed" needs "from").
   It writes plain dicts to ``doc._.fw_event_triggers`` so they survive
   ``nlp.pipe(n_process=N)``.
2. ``find_events`` turns the triggers of one document into ``Event`` records:
   it drops hypothetical, negated, habitual and background mentions, finds the
   place (the most specific one the trigger governs, else the place the text
   last spoke of), the date (the date expression nearest the trigger, else the
   paragraph's, else the publication date with a wider interval), the actors
   and the sources; then it merges restatements and drops a city-level
   aggregate where the document names a neighbourhood for the same window.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...records import Claim, Document, Event, stable_id
from ...resolve import km_apart
from ..attribution import doc_text, span_text, tokens_where
from ..claims import document_attributor, narrator_of
from ..claims import vocabulary as claim_vocabulary
from .vocab import CONTEXT_SENTENCES, FINE_KINDS, PATTERNS_FILE, anchor_words, demonyms, load_vocabulary
from .grammar import (_of_object, acting_subject, behind_other_verb, clause_verb, conjoined, entity_of,
                      found_in_that_state, governing_chain, nearest_subject, owner_of, participle_doer, passive_agent,
                      proper_span, quoted_verb_read_as_a_modifier, reporting_subject, same_line, subject_of,
                      subject_of_the_clause_it_serves, theme_of)
from .nouns import is_armed, is_weapon
from .conditions import entered_after_a_withdrawal, scene_clauses, taken_without_fight
from .component import (EventTriggerMarker, TRIGGERS_ATTR, _matches, build_matcher, find_triggers,
                        make_event_trigger_marker)
from .mood import (gives_the_toll_of_an_act, held_since, in_background_clause, is_a_trend, is_cause_of_flight,
                   is_counted_in_a_series, is_cumulative_share, is_denied, is_earlier_history_of_place,
                   is_ground_held_so_far, is_habitual, is_irrealis, is_negated, is_ongoing, is_remembered,
                   is_running_count, is_setting_of_agreement, is_support, is_toll_since, is_yet_to_come,
                   tells_a_failed_agreement, tells_a_persons_past)
from .placenames import names_a_feature, same_words
from .setting import (TIMELINE_ENTRY, doc_places, is_dateline, line_of, main_city, not_where_speakers_are,
                      sentence_units, story_country, timeline_entry_start)
from .state import DateInfo, DocContext, PlaceMention, same_country
from .dates import day_gap, event_date, previous_in_paragraph, tells_what_befell_a_noun


CIVILIAN_INTER = 7                # ACLED's actor type for civilians
EXTERNAL_INTER = 8                # ACLED's actor type for external/other (foreign) forces
DISTRICT_KM = 15               # a place of the same province this close to a strike's city is one of its districts


LOCATING_PREPS = ("in", "inside", "within")   # 'X in Y province' locates X; 'X and across Y' adds ground


AGGREGATE_SLACK_DAYS = 1        # 'said on Tuesday they control the whole city' sums up Monday's last district


SENTENCE_GAP = 2                 # characters between two sentences of one paragraph (a space, or none)


def declarers_seat(tok: Token, trig: dict, mentions: list, vocab: dict) -> list:
    """A declaration is made where the body declaring it sits ('the Council of Ministers in Addis
    Ababa declared a state of emergency in Amhara': Addis Ababa); the region it covers is its
    scope, not its place."""
    verbs = vocab["_rules"][trig["rule"]].get("conditions", {}).get("declared_by")
    if not verbs:
        return []
    declarer = next((a for a in list(tok.ancestors)[:4] if a.lemma_.lower() in verbs and a.pos_ == "VERB"), None)
    if declarer is None:
        return []
    return located_doer(declarer, mentions, vocab) or where_its_instrument_was_signed(declarer, mentions)


def where_its_instrument_was_signed(declarer: Token, mentions: list) -> list:
    """'signed a decree in Kinshasa declaring a state of siege in North Kivu': the decree was
    signed, so the declaration made, in Kinshasa."""
    signing = declarer.head.head if declarer.dep_ in ("acl", "relcl") else declarer.head
    if declarer.dep_ not in ("acl", "relcl", "advcl") or signing.pos_ != "VERB":
        return []
    return [m for m in mentions if m.root.dep_ == "pobj" and m.root.head.lower_ == "in" and m.root.head.head.i == signing.i]


def find_events(doc: Doc, document: Document, resolver, claims: list[Claim] | None = None,
                vocab: dict | None = None, attended: dict | None = None) -> list[Event]:
    """Every ACLED event the document reports, one per place, with evidence.

    ``attended`` is what the document's attributor, asked with ``attribution_requests``, said
    on its one reading of the document (``extract_document``); without it the document is read
    here."""
    vocab = vocab or load_vocabulary()
    reading = sentence_reading(doc, vocab)
    triggers = reading.triggers
    places = doc_places(doc, resolver)
    # a story naming no city but its dateline's ('LAHORE | ...' above a roundup item, 'GAO — ...') is that city's
    text = doc_text(doc)
    main = main_city(not_where_speakers_are(doc, places, vocab), resolver, text) \
        or main_city([p for p in places if is_dateline(text, p[0], p[1])], resolver, text) \
        or story_country(doc)
    ctx = DocContext(doc, document, resolver, vocab, reading.units, triggers, places, main_place=main, text=doc_text(doc),
                     narrator=narrator_of(document, resolver))
    groups = reading.groups
    ctx.active = {t["anchor"] for group in groups.values() for t in group}
    if attended is None:
        attended = read_sources(ctx, attribution_requests(ctx, groups))
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


def counting_triggers(ctx: DocContext, triggers: list[dict]) -> dict[int, list[dict]]:
    """The triggers that count, by sentence index: a weak one gives way to a stronger one."""
    return {n: strong_triggers(without_targeted_gatherings(ctx, without_crowd_clashes(ctx, without_scene_details(ctx, group))),
                               aims_only(ctx, group) | weapons_described(ctx, group))
            for n, group in triggers_by_sentence(ctx, triggers).items()}


def without_crowd_clashes(ctx: DocContext, group: list[dict]) -> list[dict]:
    """'Clashes broke out near X, where rival crowds pelted each other with stones': a bare
    'clashes' naming no sides is the riot its sentence tells, not an armed clash beside it."""
    riot = next((t for t in group if t["event_type"] == "Riots"), None)
    if riot is None:
        return group
    return [{**t, "event_type": riot["event_type"], "sub_event_type": riot["sub_event_type"]}
            if t["sub_event_type"] == "Armed clash" and t["noun"] and names_no_sides(ctx.doc[t["anchor"]], ctx.vocab)
            else t for t in group]


def names_no_sides(clash: Token, vocab: dict) -> bool:
    """No 'between'/'with' partner, no possessor or modifier naming who fought."""
    return not any(c.dep_ in ("poss", "compound", "amod") and c.lower_ not in vocab["fighting_modifiers_of_no_side"]
                   or c.dep_ == "prep" and c.lower_ in ("between", "with", "against")
                   for c in clash.children)


def weapons_described(ctx: DocContext, group: list[dict]) -> set[int]:
    """'the drones launched from Iran were intercepted', 'shot down rockets fired from Gaza': the
    weapons a disruption acts on, and a participle describing them, tell no act the disruption
    gives way to; it is the Disrupted weapons use it reads as (data: disruption_sub_types)."""
    disrupting = [t for t in group if t["sub_event_type"] in ctx.vocab["disruption_sub_types"]]
    themes = {theme.i for t in disrupting if (theme := theme_of(ctx.doc[t["anchor"]])) is not None}
    themes |= {of.i for i in list(themes) if (of := _of_object(ctx.doc[i])) is not None}   # 'most of the drones'
    return {t["anchor"] for t in group if t["anchor"] in themes
            or ctx.doc[t["anchor"]].dep_ == "acl" and ctx.doc[t["anchor"]].head.i in themes}


def without_scene_details(ctx: DocContext, group: list[dict]) -> list[dict]:
    """'Attacks on X have come daily, with armoured columns driving into minefields and artillery
    fire': a weapon in an absolute 'with' clause paints the scene of the sentence's act; it is no
    act of its own while the sentence tells one outside that clause."""
    details = [t for t in group if t["noun"] and in_absolute_with_clause(ctx.doc[t["anchor"]])]
    if not details or len(details) == len(group):
        return group
    return [t for t in group if t not in details]


def without_targeted_gatherings(ctx: DocContext, group: list[dict]) -> list[dict]:
    """'police opened fire on a rally in X', 'troops dispersed the march': the gathering is what
    the force was used on; ACLED codes the one event by the force, so the gathering's own noun
    makes no peaceful protest beside it."""
    force = {t["anchor"] for t in group if t["sub_event_type"] in ctx.vocab["force_on_gatherings"]}
    violence = {t["anchor"] for t in group if t["event_type"] in ctx.vocab["violent_event_types"]}
    if not force and not violence:
        return group
    return [t for t in group if not (t["sub_event_type"] == "Peaceful protest" and (
        ((t["noun"] or described_by_it(ctx.doc[t["anchor"]])) and any(a.i in force for a in ctx.doc[t["anchor"]].ancestors))
        or is_target_of_violence(gathering_people(ctx.doc[t["anchor"]]), violence)))]


def described_by_it(tok: Token) -> bool:
    return tok.dep_ == "amod" and tok.pos_ == "VERB"


def gathering_people(tok: Token) -> Token:
    """'protesting students were shot': the participle only describes the people; whether force
    hit the gathering is read from them."""
    return tok.head if described_by_it(tok) else tok


def is_target_of_violence(gathering: Token, violence: set[int]) -> bool:
    """'grenades thrown into a crowd at a rally', 'a jet bombed a crowd gathered for a ceremony':
    a gathering hit by a strike, a bombing or a killing told in its clause is whom the violence
    hit, not a protest of its own; a gathering that is the doer ('protesters attacked the
    police') or a verb of its own above the violence ('marched and were shot') still is."""
    if gathering.pos_ == "VERB":
        return gathering.head.i in violence and gathering.dep_ in ("ccomp", "xcomp", "acl", "relcl", "dobj")
    node = gathering
    while node.pos_ not in ("VERB", "AUX") and node.head is not node:
        if node.dep_ in ("nsubj", "csubj"):
            return False
        node = node.head
    return node.i in violence or any(c.i in violence for c in node.children if c.dep_ in ("nsubj", "nsubjpass"))


def in_absolute_with_clause(tok: Token) -> bool:
    """Inside 'with <noun> <verb>-ing ...' (the noun has a participle of its own)."""
    for node in tok.ancestors:
        if node.dep_ == "prep" and node.lower_ == "with":
            return any((o.dep_ == "pcomp" and o.tag_ == "VBG")       # the parser's 'with [columns driving]'
                       or (o.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in o.children))
                       for o in node.children)
    return False


def aims_only(ctx: DocContext, group: list[dict]) -> set[int]:
    """Triggers that tell an aim or a possibility, not an act ('in a first attempt to retake the
    town'): they yield no event, so no other trigger gives way to them."""
    rules = ctx.vocab["_rules"]
    return {t["anchor"] for t in group
            if is_irrealis(ctx.doc[t["anchor"]], ctx.vocab, frozenset(rules[t["rule"]].get("conditions", {}).get("governor", ())))
            or tells_a_persons_past(ctx.doc[t["anchor"]], ctx.vocab)}   # 'a rebel who had signed the deal' yields no event


def triggers_by_sentence(ctx: DocContext, triggers: list[dict]) -> dict[int, list[dict]]:
    groups: dict[int, list[dict]] = {}
    for trig in triggers:
        groups.setdefault(ctx.sentence_index(trig["anchor"]), []).append(trig)
    return groups


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


def strong_triggers(group: list[dict], aims: set[int] = frozenset()) -> list[dict]:
    """A weak trigger ('killed', 'attack') gives way to a more specific one in its sentence:
    'killed in air strikes' is an air strike; 'artillery attack' is shelling. Not to one in
    ``aims``: 'pushed towards X in an attempt to retake it' is still the push."""
    vocab = load_vocabulary()
    rules, lesser = vocab["_rules"], vocab["lesser_than_violence"]

    def yields(trig: dict, other: dict) -> bool:
        wanted = rules[trig["rule"]].get("yields_to") if trig["weak"] else None
        return bool(wanted) and other is not trig and other["anchor"] not in aims \
            and ("all" in wanted or other["event_type"] in wanted or other["sub_event_type"] in wanted) \
            and not (other["sub_event_type"] in lesser and trig["event_type"] in vocab["violent_event_types"])

    # a weak trigger gives way to a weak one that would not give way to it in turn: 'a landmine
    # blast killed four children' is the landmine, not a killing beside it
    return [t for t in group if not any(yields(t, o) and (not o["weak"] or not yields(o, t)) for o in group)]


def is_title(ctx: DocContext, sent: Span) -> bool:
    """A headline or crosshead restates the body in telegram style ('Troops Capture 10
    Neighborhoods'); the body's own sentences carry the event."""
    title = (ctx.document.title or "").strip().lower()
    text = ctx.text[sent.start_char:sent.end_char].strip()
    if title and text.lower() == title:
        return True
    line = line_of(ctx.text, sent)
    return not line.endswith((".", "!", "?", '"', "”", "’", "'", ")", ":")) and not TIMELINE_ENTRY.match(line)


def doc_triggers(doc: Doc, vocab: dict) -> list[dict]:
    """The frontwatch_events component's trigger candidates, or found here when it did not run."""
    triggers = doc._.get(TRIGGERS_ATTR)
    return find_triggers(doc, build_matcher(doc.vocab, vocab), vocab) if triggers is None else triggers


def attribution_requests(ctx: DocContext, groups: dict[int, list[dict]]) -> dict[int, list[int]]:
    """What events ask of the document's attributor, by sentence start token: each sentence with
    a trigger that counts (and each such trigger: in 'X denied that Y fell, saying fighting went
    on', the fighting is X's assertion, the fall what X denies) or a denial ('A commander denied it.')."""
    wanted: dict[int, list[int]] = {}
    denials = denial_kinds(ctx)
    for n, sent in enumerate(ctx.sents):
        anchors = [t["anchor"] for t in groups.get(n, ())]
        if anchors or denials[n] is not None:
            wanted[sent.start] = anchors
    return wanted


def requests_by_start(doc: Doc, vocab: dict | None = None) -> dict[int, list[int]]:
    """``attribution_requests`` of a parsed document, for a reading of its sources that happens
    elsewhere (``find_claims`` answers them on its way through the document)."""
    vocab = vocab or load_vocabulary()
    reading = sentence_reading(doc, vocab)
    return attribution_requests(DocContext(doc, None, None, vocab, reading.units), reading.groups)


# what events read of a Doc's sentences, kept on the Doc until extraction is done (EXTRACTION_CACHES)
READING_CACHE = "fw_event_reading"


@dataclass
class SentenceReading:
    """A Doc's sentence units, its trigger candidates, the triggers that count in each unit, and
    each unit's denial kind: ``requests_by_start`` (asked before claims run) and ``find_events``
    both need them, and each is a pass over the sentences."""
    vocab: dict
    size: int
    marks: Any                       # the component's triggers the reading was made of (None: found here)
    units: list[Span]
    triggers: list[dict]
    groups: dict[int, list[dict]]
    denials: list[str | None] | None = None     # denial_kind of each unit, read when first asked


def sentence_reading(doc: Doc, vocab: dict) -> SentenceReading:
    """The SentenceReading of a Doc, made once per Doc and vocabulary."""
    marks = doc._.get(TRIGGERS_ATTR)
    cached = doc.user_data.get(READING_CACHE)
    if cached is not None and cached.vocab is vocab and cached.size == len(doc) and cached.marks is marks:
        return cached
    units, triggers = sentence_units(doc), doc_triggers(doc, vocab)
    groups = counting_triggers(DocContext(doc, None, None, vocab, units), triggers)
    reading = doc.user_data[READING_CACHE] = SentenceReading(vocab, len(doc), marks, units, triggers, groups)
    return reading


def denial_kinds(ctx: DocContext) -> list[str | None]:
    """``denial_kind`` of each of the context's sentence units: the requests to the attributor and
    the denials found after the events both ask it of every sentence."""
    reading = sentence_reading(ctx.doc, ctx.vocab)
    if reading.units is not ctx.sents:
        return [denial_kind(sent, ctx.vocab) for sent in ctx.sents]
    if reading.denials is None:
        reading.denials = [denial_kind(sent, ctx.vocab) for sent in reading.units]
    return reading.denials


def read_sources(ctx: DocContext, wanted: dict[int, list[int]]) -> dict:
    """Read the document's sources in order (every sentence: who is named), answering ``wanted``."""
    attributor = document_attributor(ctx.doc, ctx.document, ctx.resolver)
    for sent in ctx.sents:
        if sent.start in wanted:
            attributor.attend(sent, wanted[sent.start])
        else:
            attributor.observe(sent)
    return attributor.attended


def sentence_attributions(ctx: DocContext, attended: dict) -> dict:
    """Who states each sentence that has events or denials (n -> Attribution) and each trigger
    in it (("trigger", anchor) -> Attribution): the attributor keeps 'the Observatory' linked to
    its full name. None where the sentence could not be read: the outlet is the source then."""
    index_of = {sent.start: n for n, sent in enumerate(ctx.sents)}
    found: dict = {}
    for (start, target), attribution in attended.items():
        if target is not None:
            found[("trigger", target)] = attribution
        elif start in index_of:
            found[index_of[start]] = attribution
    return found


def events_for_trigger(ctx: DocContext, n: int, trig: dict, attribution, earlier: list[Event]):
    tok = ctx.doc[trig["anchor"]]
    vocab = ctx.vocab
    allowed = frozenset(vocab["_rules"][trig["rule"]].get("conditions", {}).get("governor", ()))
    if is_irrealis(tok, vocab, allowed) or is_negated(tok, vocab) or is_habitual(tok, vocab) or in_background_clause(tok, vocab):
        return []
    if is_running_count(tok, vocab) or is_toll_since(tok, vocab):
        return []                       # 'struck targets in the city 495 times since August'
    if is_remembered(tok, vocab):
        return []                       # 'Saturday marks the anniversary of the bombing'
    if is_yet_to_come(tok, vocab) or is_a_trend(tok, vocab):
        return []                       # 'ahead of planned protests', 'kidnappings have surged'
    if is_cause_of_flight(tok, vocab) or is_earlier_history_of_place(tok) or (trig["territory"] and is_ongoing(tok)):
        return []
    if tells_a_persons_past(tok, vocab):
        return []                       # 'killed a former rebel who had signed the peace deal'
    if trig["territory"] and (is_ground_held_so_far(tok, vocab) or held_since(tok, vocab)):
        return []
    if says_the_fight_goes_on(ctx, n, tok, trig):
        return []                       # 'X denied the town had fallen. "Fighting continues there," he said'
    if is_setting_of_agreement(tok, trig, vocab) or tells_a_failed_agreement(tok, trig, vocab) \
            or undated_agreement_before(ctx, n, tok, trig):
        return []
    if trig["sub_event_type"] in vocab["transfer_sub_types"] and leads_up_to_a_capture(ctx, tok):
        return []                       # 'fell to Ukrainian troops after Russian units abandoned their positions'
    if trig["noun"] and is_support(tok, vocab):
        return []                       # 'fighters, backed by air strikes, recaptured the airport'
    if trig["noun"] and blames_an_act_told_before(ctx, n, tok, trig, earlier):
        return []                       # 'rejected the accusation, blaming the army's own artillery'
    date_info = event_date(ctx, n, tok)
    if date_info is None:
        return []                       # background history, not news
    if date_info.basis.startswith("publication") and is_counted_in_a_series(tok, vocab):
        date_info = series_day(earlier, vocab) or date_info     # 'a fourth bomb' went off on the series' day
    if trig["territory"] and is_cumulative_share(tok, vocab) and date_info.basis.startswith("publication"):
        return []                       # "has by now taken two-thirds of the town": a running total
    places = without_their_provinces(ctx, places_for(ctx, n, trig, tok, date_info))
    if not places or restates_the_capture_before(ctx, trig, tok, places):
        return []
    if trig["noun"] and sequences_an_act_told_before(tok, vocab, places, earlier):
        return []                       # 'The assault on Singa followed the capture of X': the assault told before
    if trig["noun"] and gives_the_toll_of_an_act(tok, vocab) and not any(
            ctx.sents[n].start <= p.root.i < ctx.sents[n].end for p in places):
        return []                       # 'The death toll from Sunday's attack rose to 20': the attack told elsewhere
    if trig["noun"] and goes_on_from_the_act_before(ctx, n, tok, trig, places, earlier):
        return []                       # 'X attacked Y in Z on Thursday. Fighting continues through the weekend.'
    unit = ctx.sents[n]
    if unit.start <= places[0].root.i < unit.end and owner_of(places[0].root, ctx.active | {tok.i}) != tok.i and ctx.dates(n) \
            and day_gap(tok)[0] is None and not tells_what_befell_a_noun(tok):
        # the place was named in another clause ('buildings collapsed in X on March 17 ...
        # questions grew over an air strike'): its clause dates the event
        date_info = event_date(ctx, n, places[0].root) or date_info
    trig = as_met_with_force_next(ctx, n, as_turned_violent(ctx, trig, ctx.sents[n]))
    stance = "denied" if is_denied(tok, vocab) or getattr(attribution, "stance", "") == "denied" else "asserted"
    reporter = reporter_across_a_semicolon(tok, vocab) if stance == "denied" else None
    actors = event_actors(ctx, n, tok, trig, places[0].match, earlier, attribution)
    sent = ctx.sents[n]
    evidence = ctx.document.evidence(sent.start_char, sent.end_char)
    sources = without_junk_speaker(ctx, tok, sources_of(attribution, ctx.narrator))
    out = []
    if reporter is not None:
        # 'Residents reported that X happened; a spokesman denied it': the residents' report, and its denial
        denier = claimant_of(attribution, ctx.narrator)
        reported_by = reporter_sources(ctx, reporter)
        if reporter.lemma_ in vocab["accusing_lemmas"]:
            # the sentence's attribution found the accuser ('Police blamed ...'); the denier is the
            # denial's own subject ('the group denied any involvement')
            reported_by, denier = sources or reported_by, voice_of_its_own(ctx, sent, denier)
        out += [(denied_copy(ctx, build_event(ctx, trig, place.match, actors, date_info, "denied", sources, evidence, sent),
                             evidence, denier, sent), place.match) for place in places]
        stance, sources = "asserted", reported_by
    for place in places:
        event = build_event(ctx, trig, place.match, actors, date_info, stance, sources, evidence, sent)
        if is_counted_in_a_series(tok, vocab):
            event = continues_a_series(event, earlier, vocab)
            ctx.counted.add(event.event_id)
        if not unit.start <= place.root.i < unit.end:
            ctx.borrowed.add(event.event_id)
        else:
            ctx.site_of[event.event_id] = ctx.text[place.start:place.end]
        out.append((event, place.match))
    return out


def says_the_fight_goes_on(ctx: DocContext, n: int, tok: Token, trig: dict) -> bool:
    """'Kyiv denied that the town had fallen. "Fighting continues in the town," a spokesman said':
    the fighting a denier says still goes on is the reason for the denial (the capture is coded,
    disputed), not a clash of its own."""
    verb = tok.head
    if trig["sub_event_type"] != "Armed clash" or not trig["noun"] or tok.dep_ != "nsubj" \
            or verb.lemma_ not in ctx.vocab["still_going_verbs"] or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(t.lemma_ in ctx.vocab["denial_verbs"] and t.pos_ == "VERB"
               for m in (n - 1, n) if m >= 0 for t in ctx.sents[m])


def reporter_across_a_semicolon(tok: Token, vocab: dict) -> Token | None:
    """'Residents reported that tanks had fought in the streets; a spokesman denied that troops were
    there': the parser hangs the first clause under the denial after the semicolon, but the report
    is the residents' own, and the denial a second voice on it. So is an accusation ('Police blamed
    the rebels for the killing; the group denied any involvement'). The reporting verb, or None."""
    chain = governing_chain(tok)
    # the chain stops at a reporting verb, not at an accusing one: the accuser is the link under the denial
    report = next((t for t in chain if t.lemma_ in vocab["reporting_lemmas"] or
                   (t.lemma_ in vocab["accusing_lemmas"] and t.head.lemma_ in vocab["denial_verbs"])), None)
    if report is None or report.lemma_ in vocab["denial_verbs"]:
        return None
    denial = report.head
    if denial.lemma_ not in vocab["denial_verbs"] or denial.i <= report.i:
        return None
    between = report.doc[report.i:denial.i]
    semicolon = next((t.i for t in between if t.text == ";"), None)
    own_subject = any(c.dep_ == "nsubj" and c.i > (semicolon or denial.i) for c in denial.children)
    return report if semicolon is not None and own_subject else None


def reporter_sources(ctx: DocContext, report: Token) -> list[str]:
    """The claimant the subject of a reporting verb names ('residents'), else the narrator."""
    subject = next((c for c in report.children if c.dep_ == "nsubj"), None)
    found = None
    if subject is not None:
        found = ctx.resolver.claimant(ctx.doc[subject.left_edge.i:subject.i + 1].text) or ctx.resolver.claimant(subject.text)
    found = found or ctx.narrator
    return [found] if found else []


def blames_an_act_told_before(ctx: DocContext, n: int, tok: Token, trig: dict, earlier: list[Event]) -> bool:
    """A weapon laid on someone ('blaming the army's own artillery') in a sentence with no date
    of its own, after the report told an act of that kind: the accusation is about that act."""
    return tok.dep_ == "dobj" and tok.head.lemma_ in ctx.vocab["blame_verbs"] and not ctx.dates(n) \
        and any(e.sub_event_type == trig["sub_event_type"] for e in earlier)


def series_day(earlier: list[Event], vocab: dict) -> DateInfo | None:
    """The day of the explosive attack told last: the day of the series a counted blast belongs to."""
    before = next((e for e in reversed(earlier) if e.sub_event_type in vocab["series_sub_types"]), None)
    if before is None or not before.event_date:
        return None
    return DateInfo(best=before.event_date, earliest=before.date_earliest or before.event_date,
                    latest=before.date_latest or before.event_date, precision=before.time_precision,
                    basis=f"context: the series' day ({before.date_basis})")


def continues_a_series(event: Event, earlier: list[Event], vocab: dict) -> Event:
    """'Suicide bombers struck the city on Saturday ... Less than an hour later a second explosion
    tore through the market': a blast counted in a series is of the kind of the explosive attack
    told before it, and on its day when the text gives it none of its own."""
    kinds = vocab["series_sub_types"]
    before = next((e for e in reversed(earlier) if e.sub_event_type in kinds), None)
    if event.sub_event_type not in kinds or before is None:
        return event
    changes = {"sub_event_type": before.sub_event_type}
    if event.actor1 == vocab["unidentified_actor"].format(country=event.country):
        changes["actor1"] = before.actor1
    if event.date_basis.startswith("publication"):
        changes.update(event_date=before.event_date, date_earliest=before.date_earliest, date_latest=before.date_latest,
                       time_precision=before.time_precision, date_basis=f"the series' day ({before.date_basis})")
    return replace(event, **changes)


def goes_on_from_the_act_before(ctx: DocContext, n: int, tok: Token, trig: dict, places: list[PlaceMention],
                                earlier: list[Event]) -> bool:
    """'Rebels attacked army positions in X on Thursday. Fighting continued through the weekend.':
    an act of the same kind that 'continues', 'goes on' or 'persists' with no place of its own
    is the one the text just told, still going on, not another."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.lemma_ not in ctx.vocab["continuing_verbs"]:
        return False
    unit = ctx.sents[n]
    if any(unit.start <= p.root.i < unit.end for p in places):
        return False
    return any(e.sub_event_type == trig["sub_event_type"] and e.location == places[0].match.name for e in earlier)


def restates_the_capture_before(ctx: DocContext, trig: dict, tok: Token, places: list[PlaceMention]) -> bool:
    """'Fighters captured the town and raised their flag over the crossing': a restating act
    joined to a capture names no place of its own; it is that capture, not one of the place a
    fallback finds ('raised their flag over Aleppo's citadel' names its own)."""
    if trig["rule"] not in ctx.vocab["restating_rules"] or tok.dep_ != "conj" or tok.head.i not in ctx.active:
        return False
    anchors = ctx.active | {tok.i}
    return not any(owner_of(p.root, anchors) == tok.i for p in places)


def leads_up_to_a_capture(ctx: DocContext, tok: Token) -> bool:
    """A withdrawal told in the 'after' clause of a capture the sentence reports is how the
    capture came about: the capture is the one event."""
    territory = {t["anchor"] for t in ctx.triggers if t["territory"] and t["anchor"] in ctx.active}
    for node in [tok, *tok.ancestors]:
        if node.dep_ == "advcl" and node.head.i in territory and node in scene_clauses(node.head, ctx.vocab):
            return True
    return False


def fighting_goes_on_beside(entry: Token, triggers: list[dict], vocab: dict) -> bool:
    """'Troops entered the town on Monday and street fighting was under way': an entry the same
    sentence says is still being fought over (in a clause joined to it, not 'after fighting')
    takes no ground yet; ACLED codes the fighting."""
    joined = {c.i for c in entry.children if c.dep_ in ("conj", "advcl")}
    clashes = [t for t in triggers if t["sub_event_type"] == "Armed clash" and not t["territory"]]
    for clash in clashes:
        tok = entry.doc[clash["anchor"]]
        verb = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i in joined and not after_a_sequence_mark(tok, entry, vocab):
            return True
    return False


def after_a_sequence_mark(tok: Token, entry: Token, vocab: dict) -> bool:
    return any(a.lower_ in vocab["sequence_marks"] for a in tok.ancestors if entry.i < a.i < tok.i)


def entered_ground_left_empty(tok: Token, vocab: dict) -> bool:
    """'entered the air base, which the garrison had abandoned before dawn', 'moved into positions
    the army had vacated': a relative clause on the ground entered says its holder had left it
    (the parser may hang the clause on a noun inside the object, or on the verb)."""
    if fought_for_before(tok.sent, vocab):
        return False
    clauses = [t for t in tok.subtree if t.i > tok.i and t.dep_ in ("relcl", "acl", "advcl")
               and (t.dep_ != "advcl" or any(w.tag_ in ("WDT", "WP") for w in t.children))]
    return any(is_departure(clause, vocab) and not inside_a_scene_phrase(clause, tok, vocab) for clause in clauses)


def fought_for_before(sent: Span, vocab: dict) -> bool:
    """'drove into the centre after four days of fighting': a phrase of the sentence opened by
    'after', 'following' or 'amid' tells combat."""
    return any(t.lemma_.lower() in vocab["fighting_nouns"] or t.lower_ in vocab["fighting_nouns"]
               for prep in sent if prep.dep_ == "prep" and prep.lower_ in vocab["scene_preps"]
               for t in prep.subtree)


def inside_a_scene_phrase(node: Token, verb: Token, vocab: dict) -> bool:
    """'after a week of fighting in which the army retreated': the clause belongs to what came
    before the act, not to the ground taken."""
    for above in node.ancestors:
        if above.i == verb.i:
            return False
        if above.dep_ == "prep" and above.lower_ in vocab["scene_preps"]:
            return True
    return False


def taken_as_its_holder_left(tok: Token, vocab: dict) -> bool:
    """'occupied the camp within hours of the last peacekeepers driving out', 'took over the bases
    as the garrison left them': ground taken while its holder departs changed hands without a
    fight (ACLED: Non-violent transfer of territory). Only a clause or phrase of the capture's
    own verb that tells a departure by a force outside the war (peacekeepers, a mission) counts;
    'moved in as rebels withdrew' and 'after the army withdrew' are captures from the loser."""
    marks = vocab["departure_marks"]
    for child in tok.children:
        opens = child.dep_ == "prep" and child.lower_ in marks or child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in marks for m in child.children)
        if opens and any(is_departure(t, vocab) and left_by_a_third_party(t, vocab) for t in child.subtree):
            return True
    return False


def left_by_a_third_party(verb: Token, vocab: dict) -> bool:
    """'as the blue helmets left', 'the last peacekeepers driving out': who leaves is a force that
    holds ground for no side (its subject, or the noun the clause hangs on)."""
    leavers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl":
        leavers.append(verb.head)
    words = vocab["third_party_forces"]
    return any(t.lemma_.lower() in words or t.lower_ in words for leaver in leavers
               for t in [leaver, *(c for c in leaver.children if c.dep_ == "compound")])


def is_departure(tok: Token, vocab: dict) -> bool:
    """'left', 'withdrew', 'pulled out', 'driving out of its gate': a verb of leaving a place."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.lemma_ in vocab["withdrawal_lemmas"] or (
        tok.lemma_ in vocab["moving_out_verbs"] and any(c.lower_ == "out" for c in tok.children))


def without_their_provinces(ctx: DocContext, places: list[PlaceMention]) -> list[PlaceMention]:
    """'the Jenin camp in the occupied West Bank', 'Sinjar in Nineveh province': a province or region
    named to locate a town of the same act is where the town lies, not a second place. (For places
    the act reaches only through another verb, ``most_specific`` drops every enclosing place.)"""
    if len(places) < 2:
        return places
    return [m for m in places if not any(other is not m and names_the_province_of(ctx, m, other) for other in places)]


def names_the_province_of(ctx: DocContext, outer: PlaceMention, inner: PlaceMention) -> bool:
    """Whether ``outer`` names the province or region that ``inner``'s town lies in, as a locating
    phrase ('in the occupied West Bank', ', Helmand province'), not as more ground ('and across
    Helmand')."""
    big, town = outer.match, inner.match
    if getattr(big, "kind", "") not in ("admin1", "region") or getattr(town, "kind", "") not in ("city", "town") \
            or getattr(big, "country", None) != getattr(town, "country", None):
        return False
    if not in_province(ctx.resolver, town, big):
        return False
    name = outer.root
    while name.dep_ in ("compound", "amod", "nmod") and name.head is not name:
        name = name.head                # 'West' of 'West Bank': the phrase's head word
    return name.dep_ == "appos" or (name.dep_ == "pobj" and name.head.lower_ in LOCATING_PREPS)


def in_province(resolver, town, province) -> bool:
    """Whether the gazetteer puts the town in that province, under any of its spellings (GeoNames
    writes 'Ninawa' where the province table says 'Nineveh')."""
    names = {getattr(province, "admin1", None), getattr(province, "name", None)} - {None}
    held_by = [getattr(town, "admin1", None), getattr(town, "parent", None)]
    if names.intersection(held_by):
        return True
    seat = resolver.place(held_by[0], town) if held_by[0] else None
    return getattr(seat, "kind", "") == "admin1" and bool(names.intersection((seat.name, seat.admin1)))


def topic_places(tok: Token, mentions: list[PlaceMention], vocab: dict) -> set[int]:
    """'arrested 11 people for posting about the fall of X', 'detained a reporter writing on events
    in X': a place inside what the act is about is its topic, not where it happened (data: topic_preps)."""
    found = set()
    for m in mentions:
        for above in m.root.ancestors:
            if above.i == tok.i:
                break
            if above.dep_ == "prep" and above.lower_ in vocab["topic_preps"]:
                found.add(m.root.i)
                break
    return found


def places_for(ctx: DocContext, n: int, trig: dict, tok: Token, date_info: DateInfo) -> list[PlaceMention]:
    mentions = ctx.places(n)
    if ctx.vocab["_rules"][trig["rule"]].get("conditions", {}).get("declared_by"):
        # 'the cabinet in Kabul declared a state of emergency in X': Kabul; a declaration whose
        # seat the text does not give borrows no place from the story
        return most_specific(ctx, declarers_seat(tok, trig, mentions, ctx.vocab))
    aimed_at = fire_targets(tok, trig, mentions, ctx.vocab)
    if aimed_at:
        return most_specific(ctx, aimed_at)     # 'fired rockets from X towards Y': coded at Y
    named = place_the_pronoun_stands_for(ctx, n, tok) if trig["territory"] else None
    if named is not None:
        return named                            # 'the town has been calm since it was retaken': that town or none
    anchors = (ctx.active or {t["anchor"] for t in ctx.triggers}) | {tok.i}
    excluded = set() if trig["rule"] in ctx.vocab["place_subject_rules"] else actor_tokens(tok)
    excluded |= topic_places(tok, mentions, ctx.vocab)
    if (trig["territory"] or trig["rule"] in ctx.vocab["recipient_rules"]) and trig["rule"] not in ctx.vocab["arrival_rules"]:
        # 'returned to X' (an arrival rule) is X's; so is 'restored security to X', whose 'to' is the pattern's own
        excluded |= destination_tokens(tok, own_prep=trig["end"] - 1)
    own = [m for m in mentions if m.root.i not in excluded and owner_of(m.root, anchors) == tok.i]
    direct = [m for m in own if not behind_other_verb(m.root, tok) or in_its_toll_clause(m.root, tok, ctx.vocab)]
    indirect = [m for m in own if m not in direct]
    own = direct + list_members(tok, mentions, own)
    if not own and trig["territory"]:
        own = [m for m in indirect if locates_the_ground_taken(m.root, tok, ctx.vocab)]
    if not own and quoted_verb_read_as_a_modifier(tok):
        own = [m for m in mentions if m.root.i == tok.head.i]    # 'have "liberated" X': X, the parser's head
    if not own and (trig["sub_event_type"] in ctx.vocab["violence_on_people_sub_types"]
                    or trig["event_type"] in ctx.vocab["acts_placed_by_the_verb_before"]):
        own = of_the_verb_before(tok, anchors, [m for m in mentions if m.root.i not in excluded])
    if not own and trig["sub_event_type"] in ctx.vocab["violence_on_people_sub_types"] and joined_to_destruction(ctx, tok):
        # 'set fire to 40 houses in X and shot dead an old man': one attack at X (ACLED folds the burning into it)
        own = of_the_verb_before(tok, anchors - {tok.head.i}, [m for m in mentions if m.root.i not in excluded])
    unowned = [m for m in mentions if m.root.i not in excluded and owner_of(m.root, anchors) is None]
    if not own and trig["noun"]:
        own = in_governing_clause(tok, unowned) or part_of_city_in_clause(ctx, tok)
    if not own and not trig["noun"]:
        own = of_the_act_it_follows(tok, unowned)     # '... at a church in Owo, killing 40 people'

    if not own and ctx.vocab["_rules"][trig["rule"]].get("needs_own_place"):
        return most_specific(ctx, indirect)
    if not own and trig["noun"] and refers_back(tok, ctx.vocab) and not told_by_its_verb(tok, trig, ctx.vocab):
        return []                       # 'The bombing came as...': the strike reported before
    if not own and trig["noun"]:
        own = nearest_with_conjuncts(tok, clause_mates(tok, trig, ctx.vocab, unowned))
    if not own and (mentions or context_places(ctx, n)):
        own = directional_part(ctx, tok)    # only while the story is speaking of a place
    if not own:
        own = located_doer(tok, mentions, ctx.vocab)     # 'police in Port Sudan detained five activists'
    if not own and not trig["noun"] and (dated_as_an_act(ctx, n, date_info) or told_with_a_time(tok, ctx.vocab)):
        own = story_city_in_clause(ctx, n, tok)   # 'bombed positions east of the city on Sunday'
    if not own and spread_over_places(tok, ctx.vocab, {m.root.i for m in mentions}):
        return []                       # 'withdrew from a few positions': places the clause counts, not names
    if not own and not trig["noun"] and "all" not in ctx.vocab["_rules"][trig["rule"]].get("yields_to", ()):
        own = anaphor_place(ctx, n, tok) or entered_town_named_before(ctx, n, tok)
    if not own:
        own = where_the_witnesses_live(tok, mentions, ctx.vocab)
    if not own and not mentions and date_info.basis.startswith("context") \
            and trig["sub_event_type"] in ctx.vocab["violence_on_people_sub_types"]:
        own = scene_before(ctx, n, date_info)      # '... fired on them near X on Saturday night. Four people were killed'
    if not own and may_use_context(ctx, tok, trig, date_info):
        # 'fighting was still going on there': the sentence's own place comes before the last one
        in_sentence = [m for m in mentions if m.root.i not in excluded and m not in indirect]
        own = (agreement_place_before(ctx, n, trig) or agreement_in_story_city(ctx, n, tok, trig) or nearest_with_conjuncts(tok, clause_mates(tok, trig, ctx.vocab, unowned))[:1]
               or nearest_with_conjuncts(tok, clause_mates(tok, trig, ctx.vocab, in_sentence))[:1] or city_or_context(ctx, n))
    own = own or indirect
    if not own and not mentions and seizes_people(tok, trig, ctx.vocab) and dated_as_an_act(ctx, n, date_info):
        own = story_city_at(ctx, tok)   # 'soldiers detained 14 men on Tuesday' in a report on one town
    if not own and not mentions and trig["sub_event_type"] in ctx.vocab["violence_on_people_sub_types"] \
            and (has_armed_doer(tok, ctx.vocab) or found_in_that_state(tok) is not None) \
            and not spread_over_places(tok, ctx.vocab) and dated_as_an_act(ctx, n, date_info):
        # 'On Monday gunmen shot dead a teacher in the town centre', 'a driver was found shot dead by
        # the bridge on Tuesday': armed men's violence against people, or a victim found, dated, in a
        # report on one town, happened there unless the text just named another place ('40 people
        # were killed since Friday' is a toll, no act)
        own = context_places(ctx, n) or story_city_at(ctx, tok)
    if not own and not mentions and not trig["territory"] and not is_catch_all(ctx, trig) \
            and trig["event_type"] in ctx.vocab["located_by_story_types"] and not date_info.basis.startswith("publication") \
            and (says_where_without_a_name(tok, ctx.vocab) or hits_an_unnamed_building(tok, ctx.vocab)
                 or hits_the_guards_of_a_site(tok, ctx.vocab)) \
            and dated_as_an_act(ctx, n, date_info):
        # 'On Friday, bodyguards exchanged fire outside the presidential palace': a dated clash or
        # strike located by a landmark no gazetteer lists happened where the story is; a landmark
        # with a name of its own ('Toussaint Louverture International Airport') is the story
        # city's, not the town the paragraph before was about
        own = (story_city_at(ctx, tok) if names_its_site(tok, ctx.vocab) else []) \
            or context_places(ctx, n) or story_city_at(ctx, tok)
    anchored = [m for m in own if not is_reference_point(m.root, ctx.vocab)]
    return most_specific(ctx, one_end_of_a_road(ctx, anchored or own))


def is_catch_all(ctx: DocContext, trig: dict) -> bool:
    """A trigger that gives way to every other ('killed', 'attack') tells no act of its own kind,
    so it borrows no place from the story; retyped by its doer it does: 'a crowd beat two men to
    death' is a mob's violence, located like a riot."""
    rule = ctx.vocab["_rules"][trig["rule"]]
    return "all" in rule.get("yields_to", ()) and trig["sub_event_type"] == rule.get("sub_event_type")


def scene_before(ctx: DocContext, n: int, date_info: DateInfo) -> list[PlaceMention]:
    """The place of the sentence just before, when the date the sentence borrowed from it dates an
    act there (not a statement: 'The coalition said on Monday that ...' sets no scene) that yielded
    no event of its own: a killing told next happened there."""
    borrowed = [span for span, _ in (ctx.dates(n - 1) if n else []) if date_info.basis == f"context: {span.text}"]
    if not borrowed or dates_a_statement(borrowed[0], ctx.vocab) or n - 1 in ctx.event_places:
        return []                       # an event told there already: the deaths are its toll
    return context_places(ctx, n)


def dates_a_statement(span: Span, vocab: dict) -> bool:
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_ in vocab["reporting_lemmas"]


def place_the_pronoun_stands_for(ctx: DocContext, n: int, tok: Token) -> list[PlaceMention] | None:
    """'Dinder. The town has been under army control since it was retaken': the 'it' taken is the
    main clause's subject, a place named there or, for 'the town', the one named before (none
    when no known place is: never a place the sentence names for something else). None when the
    trigger's theme is no such pronoun."""
    theme = theme_of(tok)
    subject = subject_of_the_clause_it_serves(theme) if theme is not None and theme.lower_ == "it" else None
    if subject is None:
        return None
    mentions = ctx.places(n)
    named = [m for m in mentions if m.root.i == subject.i]
    if named or not is_settlement_anaphor(subject, ctx.vocab):
        return named
    before = [m for m in mentions if m.root.i < subject.i and getattr(m.match, "kind", "") not in ("country", "admin1")]
    return before[-1:] or context_places(ctx, n)


def fire_targets(tok: Token, trig: dict, mentions: list[PlaceMention], vocab: dict) -> list[PlaceMention]:
    """'fired a salvo of rockets from X towards Y', 'launched a missile from X at Y': the places a
    remote weapon is aimed at, named on the weapon or on the verb that fires it, when the clause
    also says where it was fired from. Only then: 'rockets fell on X' has no launch site to skip."""
    if trig["event_type"] != "Explosions/Remote violence":
        return []
    path = [tok]
    for node in tok.ancestors:
        path.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    on_path = {node.i for node in path}

    def aimed_by(m: PlaceMention, preps) -> bool:
        head = m.root
        while head.dep_ in ("compound", "conj") and head.head is not head:
            head = head.head            # 'Tel Aviv', 'at Haifa and Acre'
        return head.dep_ == "pobj" and head.head.lower_ in preps and head.head.head.i in on_path

    if not any(aimed_by(m, ("from",)) for m in mentions):
        return []
    return [m for m in mentions if aimed_by(m, vocab["target_preps"])]


def one_end_of_a_road(ctx: DocContext, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'on the road between Djugu and Bunia': the two names say where a stretch of road runs, one
    act in one place; the story's own city if it is one of them, else the first."""
    ends = [m for m in mentions if is_end_of_a_stretch(m.root)]
    if len(ends) < 2:
        return mentions
    main = getattr(ctx.main_place, "name", None)
    keep = next((m for m in ends if m.match.name == main), ends[0])
    return [m for m in mentions if m not in ends or m is keep]


def is_end_of_a_stretch(tok: Token) -> bool:
    """A name after 'between', or joined by 'and' to one."""
    first = tok.head if tok.dep_ == "conj" else tok
    return first.dep_ == "pobj" and first.head.lower_ == "between"


def of_the_verb_before(tok: Token, anchors: set[int], mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'armed men stopped a minibus in Delmas and took away four passengers', 'approached a
    checkpoint in Kano and blew herself up': violence on people or a blast told by a verb joined to an earlier one of the same doer, naming no place, is done where the
    earlier verb is (unless that verb tells an event of its own, which keeps its place)."""
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ != "VERB" or head.i in anchors or subject_of(tok) is not None:
        return []
    return [m for m in mentions if owner_of(m.root, anchors | {head.i}) == head.i
            and not behind_other_verb(m.root, head)]


def joined_to_destruction(ctx: DocContext, tok: Token) -> bool:
    """The trigger's verb is joined by 'and' to a verb that destroys property ('set fire to ... and shot')."""
    return tok.dep_ == "conj" and any(t["anchor"] == tok.head.i and t["sub_event_type"] == "Looting/property destruction"
                                      for t in ctx.triggers)


def has_armed_doer(tok: Token, vocab: dict) -> bool:
    """The active subject of the trigger's verb is armed: 'gunmen', 'RSF fighters'."""
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return doer is not None and is_armed(doer, vocab)


def spread_over_places(tok: Token, vocab: dict, named: set[int] = frozenset()) -> bool:
    """'in the streets of four districts', 'in several parts of the capital': the clause counts
    places it does not name, so no one place, not even the last one named, is where it happened.
    Counted places the phrase itself locates by a name in ``named`` ('nine checkpoints ringing
    Sloviansk', 'three villages outside Goma') are at that name."""
    verb = clause_verb(tok)
    return any(t.lemma_.lower() in vocab["territory_nouns"] and any(
        c.dep_ == "nummod" or c.lower_ in vocab["unnamed_many"] for c in t.children) and locates(t, verb, vocab)
        and not any(d.i in named for d in t.subtree if d.i != t.i)
        for t in verb.subtree)


def locates(noun: Token, verb: Token, vocab: dict) -> bool:
    """The noun says where the verb happened: its object, or reached from it through places
    ('in the streets of four districts'), not through something else ('over the storming of two buildings')."""
    node = noun
    while node.i != verb.i:
        if node.dep_ in ("dobj", "nsubjpass") and node.head.i == verb.i:
            return True
        if node.dep_ in ("conj", "appos"):
            node = node.head            # 'killed 82 civilians, among them 11 women, in ...'
            continue
        if node.dep_ != "pobj" or node.head.lower_ not in vocab["locating_preps"]:
            return False
        prep = node.head
        while prep.dep_ == "conj" and prep.head.dep_ == "prep":
            prep = prep.head            # 'in their homes or in the streets of four districts'
        node = prep.head
        if node.i != verb.i and node.pos_ not in ("NOUN", "PROPN"):
            return False
    return True


def anaphor_place(ctx: DocContext, n: int, tok: Token) -> list[PlaceMention]:
    """'the city' or 'the capital' is the story's city; 'the town' or 'the village' the one the text
    last named, else the story's town."""
    anaphor = settlement_pointed_at(tok, ctx.vocab)
    if anaphor is None:
        return []
    if anaphor.lemma_.lower() in ctx.vocab["city_anaphors"]:
        return story_city_at(ctx, anaphor)
    named_before = [m for m in ctx.places(n) if m.root.i < anaphor.i and getattr(m.match, "kind", "") not in ("country", "admin1")
                    and not is_reference_point(m.root, ctx.vocab)]    # 'Husarivka, a village east of Balakliia'
    return named_before[-1:] or context_places(ctx, n) or story_city_at(ctx, anaphor)


def entered_town_named_before(ctx: DocContext, n: int, tok: Token) -> list[PlaceMention]:
    """'The fall of Singa came on Saturday, when columns drove into the town': 'into the town'
    points at the town the same sentence named before it (a town named in an earlier sentence
    may be one the story has already told taken: that telling keeps it); 'into the city' with no
    town named before is the story's city."""
    into = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "into" for o in p.children if o.dep_ == "pobj"]
    anaphor = next((o for o in into if is_settlement_anaphor(o, ctx.vocab)), None)
    if anaphor is None:
        return []
    named_before = [m for m in ctx.places(n) if m.root.i < anaphor.i
                    and getattr(m.match, "kind", "") not in ("country", "admin1")]
    if not named_before and anaphor.lemma_.lower() in ctx.vocab["city_anaphors"]:
        return story_city_at(ctx, anaphor)      # 'walked into the city': the story's city
    return named_before[:1]


def seizes_people(tok: Token, trig: dict, vocab: dict) -> bool:
    """'seized a priest', and 'detained nine of them', 'arrested 14': a number alone as the object of
    an arrest or a kidnapping counts the people taken."""
    theme = theme_of(tok)
    return trig["rule"] in vocab["person_target_rules"] and theme is not None \
        and (theme.lower_ in vocab["civilian_words"] or theme.lemma_ in vocab["civilian_words"] or theme.pos_ == "NUM")


def located_doer(tok: Token, mentions: list[PlaceMention], vocab: dict) -> list[PlaceMention]:
    """A doer placed by 'in X' ('police in Port Sudan', 'rebels in Misrata', 'abducted by gunmen
    near Kaduna') acts there when the clause names no place of its own."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) or passive_agent(tok)
    if subject is None:
        return []
    return [m for m in mentions if m.root.dep_ == "pobj" and m.root.head.lower_ in ("in", "near", "outside")
            and m.root.head.head.i == subject.i] or dwellers_home(subject, mentions, vocab)


def dwellers_home(subject: Token, mentions: list[PlaceMention], vocab: dict) -> list[PlaceMention]:
    """'residents of Kadutu commune in Bukavu beat a man to death': the people of a place act
    there; the place is named inside the subject, after 'of' and any 'in' that narrows it."""
    if subject.lemma_.lower() not in vocab["dwellers"] and subject.lower_ not in vocab["dwellers"]:
        return []
    found = []
    for m in mentions:
        node = m.root
        while node.dep_ in ("pobj", "prep", "compound", "appos") and node.i != subject.i \
                and (node.dep_ != "prep" or node.lower_ in ("of", "in")):
            node = node.head
        if node.i == subject.i and m.root.i != subject.i:
            found.append(m)
    return found


def story_city_in_clause(ctx: DocContext, n: int, tok: Token) -> list[PlaceMention]:
    """'positions east of the city' in the trigger's own clause: a spot by the story's city
    (only a direction says so: 'killed in the city since Friday' is a running toll)."""
    found = story_city(ctx, n)
    return [m for m in found if clause_verb(m.root).i == clause_verb(tok).i
            and (m.root.dep_ == "pobj" and m.root.head.lower_ == "of" and m.root.head.head.lower_ in ctx.vocab["direction_words"]
                 or done_in_the_city(m.root, tok, ctx.vocab))]


def done_in_the_city(city: Token, tok: Token, vocab: dict) -> bool:
    """'looted shops in the city centre', 'set fire to houses across the capital': an act, not a
    count of the dead ('killed in the city since Friday' is a running toll), done in the city."""
    noun = city.head if city.dep_ == "compound" else city
    return noun.dep_ == "pobj" and noun.head.lower_ in vocab["place_only_preps"] \
        and tok.lemma_ not in vocab["casualty_lemmas"] and not tok.pos_ == "NOUN"


def agreement_place_before(ctx: DocContext, n: int, trig: dict) -> list[PlaceMention]:
    """'... a ceasefire agreed in Jeddah was due to take effect. The truce was signed on Saturday':
    the agreement told again is where the text last said it was agreed."""
    if trig["sub_event_type"] not in ctx.vocab["agreement_sub_types"]:
        return []
    for back in range(1, CONTEXT_SENTENCES + 1):
        if n - back < 0:
            break
        unit = ctx.sents[n - back]
        anchors = {t["anchor"] for t in ctx.triggers if unit.start <= t["anchor"] < unit.end
                   and t["sub_event_type"] in ctx.vocab["agreement_sub_types"]}
        found = [m for m in ctx.places(n - back) if owner_of(m.root, anchors) is not None]
        if found:
            return most_specific(ctx, found)[:1]
    return []


def agreement_in_story_city(ctx: DocContext, n: int, tok: Token, trig: dict) -> list[PlaceMention]:
    """'The deal was reached last week' with no place in sight: in a report on one city, the deal
    the report turns on is that city's (geo_precision 3)."""
    if trig["sub_event_type"] not in ctx.vocab["agreement_sub_types"] or not trig["noun"] \
            or context_places(ctx, n) or not told_by_its_verb(tok, trig, ctx.vocab):
        return []
    return story_city_at(ctx, tok)


def clause_mates(tok: Token, trig: dict, vocab: dict, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'The deal was reached last week after talks mediated by the ambassador in Damascus': an
    agreement is made where its own verb says; a place in a clause of its own below that verb is
    where something else happened (the mediator's seat)."""
    verb = tok.head
    if trig["sub_event_type"] not in vocab["agreement_sub_types"] or tok.dep_ not in ("nsubj", "nsubjpass", "dobj") \
            or verb.pos_ not in ("VERB", "AUX"):
        return mentions
    return [m for m in mentions if not behind_other_verb(m.root, verb)]


def told_by_its_verb(tok: Token, trig: dict, vocab: dict) -> bool:
    """'The pause, agreed on Thursday, began on Friday': a definite noun whose own verb tells it
    being made ('agreed', 'reached', 'signed') is told here, not pointed back at."""
    governors = vocab["_rules"][trig["rule"]].get("conditions", {}).get("governor", ())
    return bool(governors) and (tok.head.lemma_ in governors or any(
        c.lemma_ in governors and c.dep_ in ("acl", "relcl") for c in tok.children))


def undated_agreement_before(ctx: DocContext, n: int, tok: Token, trig: dict) -> bool:
    """'troops left the town after a 48-hour truce agreed with the rebels': a truce the sentence
    gives as what came before its act, with no date of its own, is the act's setting ('after a
    ceasefire agreed on Monday' dates one)."""
    if trig["sub_event_type"] not in ctx.vocab["agreement_sub_types"] or tok.dep_ != "pobj" \
            or tok.head.lower_ not in ("after", "following"):
        return False
    own = {t.i for t in tok.subtree}
    return not any(span.root.i in own for span, _ in ctx.dates(n))


def part_of_city_in_clause(ctx: DocContext, tok: Token) -> list[PlaceMention]:
    """'rebels fired mortar rounds into districts in the west of the city': the part of the story's
    city that the trigger's own clause names by a direction, when the gazetteer lists it."""
    main = ctx.main_place
    if main is None or getattr(main, "kind", "") not in ("city", "town"):
        return []
    verb = clause_verb(tok)
    for word in verb.subtree:
        adjective = ctx.vocab["direction_words"].get(word.lower_)
        if adjective is None or clause_verb(word).i != verb.i:
            continue
        of_city = _of_object(word)
        if of_city is None or of_city.lemma_.lower() not in ctx.vocab["city_anaphors"]:
            continue                    # 'the west of the city', not 'west of Bakhmut'
        region = ctx.resolver.place(f"{adjective} {main.name}", main)
        if region is not None and region.kind == "region" and same_words(main.name, region.name):
            return [PlaceMention(word.idx, word.idx + len(word), region, word)]
    return []


def of_the_act_it_follows(tok: Token, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'gunmen opened fire on worshippers at a church in Owo, killing 40 people': a participle
    clause telling what an act did happened where that act did."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return []
    act = tok.head
    return nearest_with_conjuncts(tok, [m for m in mentions if any(a.i == act.i for a in m.root.ancestors)
                                        and not behind_other_verb(m.root, act)])


def in_governing_clause(tok: Token, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'reached the deal in Moscow', 'clashes broke out near the town of Nayrab': a noun trigger's
    place hangs off the verb the noun is the subject or object of."""
    if tok.dep_ == "compound":
        tok = tok.head                  # 'mortar rounds': the rounds were fired
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return []
    return nearest_with_conjuncts(tok, [m for m in mentions if any(a.i == verb.i for a in m.root.ancestors)
                                        and not behind_other_verb(m.root, verb)])


def is_reference_point(tok: Token, vocab: dict) -> bool:
    """'Klishchiivka, south of Bakhmut', 'Monguno, some 140km from Maiduguri': Bakhmut and Maiduguri
    only say where the other place is. So does the region in an apposition: 'Mogok, a gem-mining town in Mandalay Region'."""
    head = tok
    while head.dep_ == "compound" and head.head is not head:
        head = head.head                # 'south of Idlib city'
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in vocab["direction_words"]:
        return True
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ in ("from", "of") and prep.head.lemma_.lower() in vocab["distance_units"]:
        return True                     # 'Monguno, some 140km from Maiduguri'

    if set_off_on_the_edge_of(head, vocab) or names_an_end_of_a_route(tok, vocab):
        return True
    return (head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "of", "near")
            and prep.head.dep_ == "appos" and prep.head.pos_ == "NOUN")


def names_an_end_of_a_route(tok: Token, vocab: dict) -> bool:
    """'the Kabul–Mazar road', 'the Kharkiv-Sloviansk highway': towns joined by a dash before a
    road name the road, not a place where anything happened (data: route_nouns)."""
    node = tok
    for _ in range(3):
        if node.dep_ not in ("nmod", "compound", "appos") or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in vocab["route_nouns"]:
            return any(t.text in ("–", "-", "—", "‑") for t in node.doc[node.left_edge.i:node.i])
    return False


def set_off_on_the_edge_of(head: Token, vocab: dict) -> bool:
    """'Kutum, on the western edge of Al-Fashir, ...': a phrase of the edge of a town set off by a
    comma right after another name says where that place lies (data: edge_nouns)."""
    if not (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in vocab["edge_nouns"]):
        return False
    edge = head.head.head
    opener = edge.head if edge.dep_ == "pobj" else None
    if opener is None or opener.dep_ != "prep" or opener.i < 2:
        return False
    before = opener.doc[opener.i - 1]
    return before.text == "," and opener.doc[opener.i - 2].pos_ == "PROPN"


def directional_part(ctx: DocContext, tok: Token) -> list[PlaceMention]:
    """'left the eastern districts', 'shelled the west of the city': the part of the story's city
    that the gazetteer lists as a region."""
    main = ctx.main_place
    theme = theme_of(tok)
    if main is None or theme is None:
        return []
    words = [theme, *[c for c in theme.children if c.dep_ == "amod"]]
    for word in words:
        adjective = ctx.vocab["direction_words"].get(word.lower_)
        if adjective:
            region = ctx.resolver.place(f"{adjective} {main.name}", main)
            if region is not None and region.kind == "region" and same_words(main.name, region.name):
                return [PlaceMention(theme.idx, theme.idx + len(theme), region, theme)]
    return []


def says_where_without_a_name(tok: Token, vocab: dict) -> bool:
    """'outside the presidential palace', 'near the complex', 'at a checkpoint': the trigger's
    clause locates it by a common noun after a preposition of place."""
    verb = clause_verb(tok)
    for prep in verb.subtree:
        if prep.dep_ == "prep" and prep.lower_ in vocab["place_only_preps"] \
                and any(c.dep_ == "pobj" and (c.pos_ == "NOUN" or names_a_street(c, vocab)) for c in prep.children) \
                and clause_verb(prep.head).i == verb.i:
            return True
    return False


def hits_an_unnamed_building(tok: Token, vocab: dict) -> bool:
    """'Shells hit the state television building on Friday': the strike's target is a building
    or site no gazetteer names."""
    theme = set_on_fire(tok) or theme_of(tok)
    return tok.pos_ == "VERB" and theme is not None and theme.pos_ == "NOUN" \
        and (theme.lemma_.lower() in vocab["landmark_nouns"] or theme.lemma_.lower() in vocab["building_nouns"])


def set_on_fire(verb: Token) -> Token | None:
    """'set fire to the town hall', 'set fire on the market': what burned, not the fire."""
    if not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                 for o in p.children if o.dep_ == "pobj"), None)


def hits_the_guards_of_a_site(tok: Token, vocab: dict) -> bool:
    """'fired on police guarding the international airport', 'attacked soldiers manning a
    checkpoint': the act is where its target stands guard, a site no gazetteer names."""
    targets = [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    targets += [c for c in tok.children if c.dep_ == "dobj"]
    targets += [c for t in targets for c in t.children if c.dep_ == "conj"]    # 'police and soldiers guarding'
    sites = vocab["landmark_nouns"] | vocab["building_nouns"] | vocab["guarded_posts"]
    return any(guard.dep_ == "acl" and guard.lemma_ in vocab["guarding_verbs"] and any(
        site.dep_ == "dobj" and site.lemma_.lower() in sites for site in guard.children)
        for target in targets for guard in target.children)


def names_its_site(tok: Token, vocab: dict) -> bool:
    """A proper-named landmark in the trigger's clause: 'guarding Toussaint Louverture International Airport'."""
    return any(t.pos_ == "PROPN" and t.lemma_.lower() in vocab["landmark_nouns"] for t in clause_verb(tok).subtree)


def names_a_street(tok: Token, vocab: dict) -> bool:
    """'along Tripoli Street', 'in Baghdad Avenue': a street, named after a town or not, is a spot
    in the story's city (the resolver does not read the town's name in it as that town)."""
    return tok.pos_ == "PROPN" and tok.lemma_.lower() in vocab["street_nouns"]


def dated_as_an_act(ctx: DocContext, n: int, date_info: DateInfo) -> bool:
    """A date of the sentence that is not the day something was said ('the coalition said on
    Saturday that its aircraft had struck ...' dates the statement, not the strike), or the
    paragraph's date."""
    if date_info.basis.startswith("context"):
        return True
    for span, _ in ctx.dates(n):
        verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_ not in ctx.vocab["reporting_lemmas"]:
            return True
    return False


def told_with_a_time(tok: Token, vocab: dict) -> bool:
    """'were arrested in raids across the city overnight': a time of day dates the act as one that
    happened (no date parser reads 'overnight' as a day), unlike a running toll."""
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in vocab["time_of_day_words"] for c in tok.children)


def story_city_at(ctx: DocContext, tok: Token) -> list[PlaceMention]:
    """The story's city for an event whose own place the text does not name (geo_precision 3)."""
    main = ctx.main_place
    if main is None or getattr(main, "kind", "") not in ("city", "town"):
        return []
    return [PlaceMention(tok.idx, tok.idx + len(tok), replace(main, geo_precision=3), tok)]


def city_or_context(ctx: DocContext, n: int) -> list[PlaceMention]:
    """The place last named, unless the sentence speaks of 'the city' and that place is no region of
    it ('the city's outskirts' after 'Bagram air base' or 'the airport' is the story's city)."""
    earlier = context_places(ctx, n)
    main = ctx.main_place
    if earlier and getattr(earlier[0].match, "kind", "") == "region":
        return earlier                  # 'eastern Aleppo' is the part of the city the story is about
    return story_city(ctx, n) or earlier or (story_city_at(ctx, ctx.sents[n].root) if points_there(ctx.sents[n]) else [])


def points_there(sent: Span) -> bool:
    """'336 men had been held there': the sentence points at a place told before by 'there'."""
    return any(t.lower_ == "there" and t.dep_ == "advmod" for t in sent)


def story_city(ctx: DocContext, n: int) -> list[PlaceMention]:
    """'fighting on the city's outskirts': 'the city' is the story's city, not the last place
    named, unless the sentence before it in the paragraph names one other city ('Herat fell on
    Thursday. The commander who led the city's defence was detained')."""
    main = city_just_named(ctx, n) or ctx.main_place
    if main is None or getattr(main, "kind", "") not in ("city", "town"):
        return []
    for tok in ctx.sents[n]:
        if describes_the_speaker(tok, ctx.vocab):
            continue                    # 'Residents who walked into the city said ...': where they went, not the act
        if tok.lemma_.lower() in ctx.vocab["city_anaphors"] and tok.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "the"
                or c.dep_ == "poss" and tok.lemma_.lower() == "capital" and owns_story_city(ctx, c)
                for c in (tok.head.children if tok.dep_ == "compound" else tok.children)):   # 'the city centre'
            return [PlaceMention(tok.idx, tok.idx + len(tok.text), main, tok)]
    return []


def describes_the_speaker(tok: Token, vocab: dict) -> bool:
    """A word of a clause describing who speaks: 'Residents who walked into the city said ...'."""
    for node in tok.ancestors:
        if node.dep_ in ("relcl", "acl"):
            speaker = node.head
            return speaker.dep_ == "nsubj" and speaker.head.lemma_ in vocab["reporting_lemmas"]
    return False


def city_just_named(ctx: DocContext, n: int):
    """The one city the previous sentence of the paragraph names, if it names exactly one."""
    for m in previous_in_paragraph(ctx, n)[:1]:
        cities = {p.match.name: p.match for p in ctx.places(m) if getattr(p.match, "kind", "") in ("city", "town")
                  and (p.match.geo_precision or 1) == 1}
        if len(cities) == 1:
            return next(iter(cities.values()))
    return None


def owns_story_city(ctx: DocContext, owner: Token) -> bool:
    """'South Sudan's capital' is the story's city when the story's city lies in South Sudan."""
    found = ctx.resolver.place(proper_span(owner).text)
    return getattr(found, "kind", "") == "country" and found.name == getattr(ctx.main_place, "country", None)


def refers_back(tok: Token, vocab: dict) -> bool:
    """'The bombing came as...' points back at a strike already told; 'The clashes erupted on
    Saturday' tells a new one."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)
    return definite and not (tok.dep_ == "nsubj" and tok.head.lemma_ in vocab["occurrence_verbs"])


def sequences_an_act_told_before(tok: Token, vocab: dict, places: list[PlaceMention], earlier: list[Event]) -> bool:
    """'The assault on Singa followed the RSF's capture of Jebel Moya': a definite act that is the
    subject of a verb of sequence, at a place the report has already told an event at, is that
    event named again to say what came before it."""
    definite = any(c.dep_ == "det" and c.lower_ in vocab["definite_words"] for c in tok.children)
    if not definite or tok.dep_ != "nsubj" or tok.head.lemma_ not in vocab["sequence_verbs"]:
        return False
    return any(e.location == p.match.name for p in places for e in earlier)


def nearest_with_conjuncts(tok: Token, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The place named closest to a trigger, and those listed with it ('X, Y and Z')."""
    if not mentions:
        return []
    nearest = min(mentions, key=lambda m: (m.match.kind not in FINE_KINDS, abs(m.root.i - tok.i)))
    return [m for m in mentions if m is nearest or conjoined(m.root, nearest.root)]


def locates_the_ground_taken(place: Token, tok: Token, vocab: dict) -> bool:
    """'took the last buildings held by the militants in the X district', 'seized positions the
    rebels had dug near Y': a place in a participle or relative clause describing what was taken
    is where the ground changed hands, though another verb governs it."""
    theme = theme_of(tok)
    if theme is None:
        return False
    clause = next((a for a in place.ancestors if a.pos_ == "VERB"), None)
    prep = next((a for a in place.ancestors if a.dep_ == "prep"), None)
    return clause is not None and clause.dep_ in ("acl", "relcl") and clause.head.i == theme.i \
        and prep is not None and prep.lower_ in vocab["place_only_preps"]     # not 'fighters from X


def where_the_witnesses_live(tok: Token, mentions: list[PlaceMention], vocab: dict) -> list[PlaceMention]:
    """'Residents of Saidu Sharif told us that gunships fired on hideouts in the hills above them':
    an act that people of a place report, placed nowhere else, happened at their place."""
    verb = tok
    while verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == tok.i or verb.lemma_.lower() not in vocab["reporting_lemmas"]:
        return []
    teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if teller is None or teller.lower_ not in vocab["local_witness_nouns"]:
        return []
    homes = [m for m in mentions if m.root.head.dep_ == "prep" and m.root.head.lower_ in ("of", "in", "from")
             and m.root.head.head.i == teller.i]
    return homes[:1]


def in_its_toll_clause(place: Token, trigger: Token, vocab: dict) -> bool:
    """'shelling by the rebels killed one civilian in Gali': the parser may hang the clause telling the
    act's toll under the act; the place the toll names is the act's."""
    for node in place.ancestors:
        if node.i == trigger.i:
            return False
        if node.pos_ == "VERB" and node.dep_ in ("advcl", "relcl", "ccomp", "conj", "acl"):
            return node.lemma_ in vocab["casualty_lemmas"] and node.head.i == trigger.i
    return False


def actor_tokens(tok: Token) -> set[int]:
    """Tokens of the trigger's subject and agent: 'Kurdish fighters' is no place."""
    found = set()
    for child in tok.children:
        if child.dep_ in ("nsubj", "agent"):
            found |= {t.i for t in child.subtree}
    if not found and tok.dep_ == "conj":     # 'fighters from Misrata entered ... and raised the flag'
        found = {t.i for c in tok.head.children if c.dep_ == "nsubj" for t in c.subtree}
    return found


def destination_tokens(tok: Token, own_prep: int | None = None) -> set[int]:
    """'handed over X to Y', 'fled towards Y': Y is a recipient or destination, not the event's place
    (unless the preposition is the last word of the trigger's own pattern: 'restored order to')."""
    found = set()
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "towards", "toward") and child.i != own_prep:
            found |= {t.i for t in child.subtree}
    return found


def list_members(tok: Token, mentions: list[PlaceMention], own: list[PlaceMention]) -> list[PlaceMention]:
    """'fleeing X, Y and areas that were captured today': the captured areas are X and Y too."""
    if tok.dep_ not in ("relcl", "acl"):
        return []
    head = tok.head
    linked, frontier = {head.i}, [head]
    while frontier:
        node = frontier.pop()
        neighbours = [c for c in node.children if c.dep_ in ("conj", "appos", "nmod", "compound")]
        neighbours += [o for p in node.children if p.dep_ == "prep" and p.lower_ in ("including", "like")
                       for o in p.children if o.dep_ == "pobj"]     # 'the ground it took, including X'

        if node.dep_ in ("conj", "appos", "nmod"):
            neighbours.append(node.head)
        for other in neighbours:
            if other.i not in linked:
                linked.add(other.i)
                frontier.append(other)
    taken = {m.start for m in own}
    return [m for m in mentions if m.root.i in linked and m.start not in taken]


def may_use_context(ctx: DocContext, tok: Token, trig: dict, date_info: DateInfo) -> bool:
    """Only an anaphor ('the district', 'it', 'ground') or a dated strike may borrow the place
    the text last named; 'a neighbourhood' or '10 neighbourhoods' names no place."""
    if trig["noun"]:
        return not date_info.basis.startswith("publication")
    if trig["event_type"] in ctx.vocab["gathering_types"] and theme_of(tok) is None:
        crowd = subject_of(tok)         # 'hundreds rallied in the city centre': the crowd is no place
        return crowd is None or not is_armed(crowd, ctx.vocab)     # 'fighters marched in' is no rally
    theme = theme_of(tok) or (reached_place(tok) if trig["rule"] in ctx.vocab["arrival_rules"] else None) or subject_of(tok)
    if theme is None:
        return True
    if is_weapon(theme, ctx.vocab):
        return not date_info.basis.startswith("publication")   # 'fired rockets on Saturday': what was fired names no place
    if theme.lemma_ == "control" and _of_object(theme) is not None:
        theme = _of_object(theme)       # 'had taken full control of the town'
    if points_back(tok, theme, ctx.vocab) or at_the_site_told_before(tok, ctx.vocab):
        return True                     # 'struck positions around it': the place just named
    if is_armed(theme, ctx.vocab) and is_definite(origin_of(tok), ctx.vocab):
        return True                     # 'drove the troops out of the city's airport'
    if trig["rule"] in ctx.vocab["person_target_rules"] and (theme.lower_ in ctx.vocab["civilian_words"] or theme.lemma_ in ctx.vocab["civilian_words"]):
        return True                     # 'seized a priest': people, so the place is the story's
    if theme.lower_ in ctx.vocab["context_themes"] or theme.lemma_ in ctx.vocab["context_themes"]:
        return True
    if any(c.dep_ == "nummod" or c.like_num for c in theme.children):
        return False
    return any(c.lower_ in ctx.vocab["definite_words"] or (c.dep_ == "poss" and is_definite(c, ctx.vocab))
               for c in theme.children if c.dep_ in ("det", "poss"))     # 'the governor's compound'


def reached_place(verb: Token) -> Token | None:
    """'broke through to the military airport', 'returned to the town': where the doer arrived."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ != "to")]
    return next((o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"), None)


def origin_of(tok: Token) -> Token | None:
    """What a side was driven from: the object of 'from' or 'out of' on the verb."""
    for prep in tok.children:
        if prep.lower_ == "out" or (prep.dep_ == "prep" and prep.lower_ == "from"):
            for node in prep.subtree:
                if node.dep_ == "pobj" and node.head.lower_ in ("from", "of"):
                    return node
    return None


def is_definite(tok: Token | None, vocab: dict) -> bool:
    """'the airport', 'the city's airport', 'its base': a place the reader already knows."""
    if tok is None:
        return False
    return any(c.lower_ in vocab["definite_words"] or c.dep_ == "poss" and c.lemma_.lower() in vocab["city_anaphors"]
               for c in tok.children if c.dep_ in ("det", "poss"))


def points_back(tok: Token, theme: Token, vocab: dict) -> bool:
    """'struck positions around it', 'bombed positions in and around the town', 'struck positions
    on the eastern edge of the city': the place the story has been speaking of."""
    preps = [c for node in (tok, theme) for c in node.children if c.dep_ == "prep" and c.lower_ in vocab["anaphor_preps"]]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ in vocab["anaphor_preps"]]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    objects += [_of_object(o) for o in objects if o.lemma_.lower() in vocab["edge_words"]]
    return any(o is not None and o.lower_ in vocab["place_anaphors"] for o in objects)


def at_the_site_told_before(tok: Token, vocab: dict) -> bool:
    """'Soldiers detained seven men in a house in X. Troops seized rifles at the property': 'the
    property', 'the house', 'the scene' is the site the sentence before named, so its place."""
    sites = vocab["site_anaphors"]
    return any(p.lower_ in ("at", "in", "inside", "on") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in sites and any(d.lower_ == "the" for d in o.children)
        for o in p.children) for p in tok.children if p.dep_ == "prep")


def settlement_pointed_at(tok: Token, vocab: dict) -> Token | None:
    """'bombed positions in and around the town', 'struck positions on the eastern edge of the
    city': the settlement anaphor the trigger's clause is located by."""
    theme = theme_of(tok)
    counted = _of_object(theme) if theme is not None else None     # 'rounded up dozens of men in the town'
    if counted is not None and is_settlement_anaphor(counted, vocab):
        return counted                  # 'had taken full control of the town'
    preps = [c for node in (tok, theme, counted) if node is not None for c in node.children
             if c.dep_ == "prep" and c.lower_ in vocab["anaphor_preps"]]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ in vocab["anaphor_preps"]]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    objects += [_of_object(o) for o in objects if o.lemma_.lower() in vocab["edge_words"]]
    return next((o for o in objects if o is not None and is_settlement_anaphor(o, vocab)), None) \
        or next((town for o in objects if o is not None and (town := settlement_of_a_part(o, vocab)) is not None), None)


def settlement_of_a_part(part: Token, vocab: dict) -> Token | None:
    """'the compound in the town centre was looted', 'on the city outskirts': the settlement word
    that names whose part it is, when the part is one the reader knows ('the'); 'shops in the
    town's main market': the settlement that owns the part."""
    owner = next((c for c in part.children if c.dep_ == "poss" and is_settlement_anaphor(c, vocab)), None)
    if owner is not None:
        return owner
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in part.children):
        return None
    return next((c for c in part.children if c.dep_ == "compound" and c.lemma_.lower() in vocab["settlement_anaphors"]), None)


def is_settlement_anaphor(tok: Token, vocab: dict) -> bool:
    """'the town', 'the city': a settlement the reader already knows."""
    return tok.lemma_.lower() in vocab["settlement_anaphors"] and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def context_places(ctx: DocContext, n: int) -> list[PlaceMention]:
    asked = question_place(ctx, n)
    entry_start = timeline_entry_start(ctx.text, ctx.sents[n])
    for back in range(1, CONTEXT_SENTENCES + 1):
        if n - back < 0 or (asked and ctx.sents[n - back].end_char <= asked[0].start):
            break
        if entry_start is not None and ctx.sents[n - back].start_char < entry_start:
            break                       # the entry above is another day's act, not this one's scene
        mentions = [m for m in ctx.places(n - back)
                    if same_country(ctx, m.match) and not is_destination(m.root, ctx.vocab)]
        if mentions:
            best = most_specific(ctx, mentions)
            return best[:1]
        told = ctx.event_places.get(n - back)
        if told is not None and names_its_landmark_again(ctx.sents[n], ctx.sents[n - back], ctx.vocab):
            # 'gang members fired on police guarding X International Airport ... Cherizier said his men
            # had taken the airport': the sentence before told an event at a landmark the text placed
            # without a name, and 'the airport' points back at it: that place, not an older one
            root = ctx.sents[n - back].root
            return [PlaceMention(root.idx, root.idx + len(root), told, root)]
    return asked


def question_place(ctx: DocContext, n: int) -> list[PlaceMention]:
    """'What happened in Yerevan?' above an explainer's answer: the one place the question names is
    where the answer's unplaced sentences are (of any country: the heading names it). The cleaner
    takes question lines out of the text; each is read once a document, only when a sentence
    needs a place from its context."""
    if ctx.question_places is None:
        ctx.question_places = questions_with_a_place(ctx)
    sent = ctx.sents[n]
    for start, match in reversed(ctx.question_places):
        if start <= sent.start_char:
            if "\n" in ctx.text[start:sent.start_char].strip():
                return []               # another paragraph lies between the question and this sentence
            return [PlaceMention(start, start, match, sent.root)]
    return []


def questions_with_a_place(ctx: DocContext) -> list[tuple[int, Any]]:
    """(clean offset where the answer starts, place) for each question line naming one place below a country."""
    from ...clean import QUESTION

    found = []
    for line in ctx.document.removed:
        if line.reason != QUESTION:
            continue
        places = {p.name: p for _, _, p in ctx.resolver.places_in(line.text, context=ctx.main_place)
                  if p.kind not in ("country", "admin1")}
        if len(places) == 1:
            found.append((clean_offset_after(ctx.document, line.end), next(iter(places.values()))))
    return sorted(found, key=lambda item: item[0])


def clean_offset_after(document: Document, original: int) -> int:
    """The clean-text offset of the first kept character at or after an original offset."""
    for seg in document.segments:
        if seg.orig_start + seg.length > original:
            return seg.clean_start + max(0, original - seg.orig_start)
    return len(document.clean_text)


def names_its_landmark_again(sent: Span, before: Span, vocab: dict) -> bool:
    """'the airport' in a sentence whose predecessor named 'Toussaint Louverture International Airport'."""
    again = {t.lemma_.lower() for t in sent if t.lemma_.lower() in vocab["landmark_nouns"]
             and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)}
    return bool(again) and any(t.lemma_.lower() in again for t in before)


def is_destination(tok: Token, vocab: dict) -> bool:
    """'taken to hospital in Novoazovsk', 'fled towards X', 'the ship sailed for X': where people
    went, not where it happened."""
    for node in [tok, *list(tok.ancestors)[:3]]:
        if node.dep_ == "pobj" and node.head.lower_ in ("to", "towards", "toward", "into"):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lemma_ in vocab["departure_verbs"]:
            return True
    return False


def most_specific(ctx: DocContext, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a place that encloses another named with it ('Zuhour in eastern Mosul'),
    and repeats of one place (an unlisted village kept at its city stands for the city)."""
    kept, names = [], set()
    for m in sorted(mentions, key=lambda m: -(getattr(m.match, "geo_precision", 1) or 1)):
        enclosing = any(o.match.name != m.match.name and not conjoined(m.root, o.root)
                        and (m.match.name in ctx.chain(o.match)
                             or (o.match.kind in FINE_KINDS and encloses(ctx, m.match, o.match))
                             or province_of(ctx, m, o))
                        for o in mentions)
        if not enclosing and m.match.name not in names:
            kept.append(m)
            names.add(m.match.name)
    return sorted(kept, key=lambda m: m.start)


def province_of(ctx: DocContext, outer: PlaceMention, inner: PlaceMention) -> bool:
    """'the town of Spin Boldak in southern Kandahar province': a city's name the text calls a
    province (the gazetteer keeps it at the city) locates the town of that province; it is no
    second place of the event."""
    admin1 = getattr(outer.match, "admin1", None)
    if not admin1 or getattr(inner.match, "admin1", None) != admin1:
        return False
    doc = ctx.doc
    after = doc[outer.root.i + 1] if outer.root.i + 1 < len(doc) else None
    return any(t is not None and t.lemma_.lower() in ctx.vocab["province_nouns"] for t in (outer.root, after))


@dataclass
class Actors:
    actor1: Any = None          # resolve.ActorMatch
    actor2: Any = None
    assoc1: Any = None
    irregular_doer: bool = False    # the text's doer is a non-state noun ('militants') no table names


def event_actors(ctx: DocContext, n: int, tok: Token, trig: dict, place, earlier: list[Event],
                 attribution=None) -> Actors:
    # 'the government' in a report on Yemen is Yemen's, even of talks held in Sweden
    country = getattr(ctx.main_place, "country", None) or getattr(place, "country", None)
    resolve = lambda t: actor_for_token(ctx, t, country)  # noqa: E731
    actors = Actors()
    doer = doer_of(tok, trig)
    crowd = crowd_actor(ctx, doer, trig, getattr(place, "country", None) or country)
    if crowd is not None:
        actors.actor1 = crowd
        return actors
    target_crowd = ctx.vocab["crowd_actors"]["protesters"].get(trig["sub_event_type"])
    reporter = reporting_subject(tok, ctx.vocab) if doer is not None and doer.pos_ == "PRON" else None
    if reporter is not None and (found := actor_for_token(ctx, reporter, country, doer=True)) is not None:
        actors.actor1 = found           # 'Rebel fighters in Misrata said they had driven ...': they
    elif doer is not None and doer.pos_ == "PRON" and getattr(attribution, "claimant", None):
        # "Fighters from the militia said they had withdrawn...": 'they' is the speaker
        actors.actor1 = resolve_actor(ctx.resolver, attribution.claimant, country) or speaker_actor(ctx, attribution, country)
    elif doer is not None:
        actors.irregular_doer = doer.lemma_.lower() in ctx.vocab["non_state_nouns"] or doer.lower_ in ctx.vocab["non_state_nouns"]
        if owned_by_pronoun(doer) and group_name(doer, ctx.vocab, True) is None:
            # 'its columns', 'its troops': whose they are comes before what the bare noun would mean
            actors.actor1 = possessor_actor(ctx, tok, attribution, country)
        actors.actor1 = actors.actor1 or actor_for_token(ctx, doer, country, doer=True) \
            or name_beside_an_armed_group(ctx, doer, country)
        if actors.actor1 is None and owned_by_pronoun(doer):
            # "the operations room said its forces had seized the port", "the army said its aircraft
            # bombed ...": the speaker's; for ground taken, else the side that was taking ground before
            actors.actor1 = ((resolve_actor(ctx.resolver, attribution.claimant, country)
                              if getattr(attribution, "claimant", None) else None)
                             or (previous_territory_actor(earlier) if trig["territory"] else None))
        actors.actor1 = actors.actor1 or our_state_forces(ctx, doer, country)
        if actors.actor1 is None and not trig["territory"]:
            # 'Russian shells struck...': the doer is a weapon; its modifier says whose
            actors.actor1 = next((a for a in (resolve(c) for c in weapon_modifiers(doer)) if a), None)
        actors.assoc1 = next((a for a in (resolve(c) for c in partners(doer, ctx.vocab))
                              if a and actors.actor1 and a.canonical != actors.actor1.canonical), None)
        if actors.actor1 is None and (doer.lemma_ in ctx.vocab["armed_nouns"] or doer.lower_ in ctx.vocab["armed_nouns"]):
            # the text names the doer but no alias table knows it: leave it empty, never borrow
            target = target_of(tok, trig, ctx.vocab) or (held_ground(tok, ctx.vocab) if trig["territory"] else None)
            actors.actor2 = (resolve(target) or owner_actor(ctx, target, country)) if target is not None else None
            return actors
    if trig["noun"] and actors.actor1 is None:
        actors.actor1 = next((a for a in (resolve(c) for c in weapon_modifiers(tok)) if a), None)
    target = target_of(tok, trig, ctx.vocab)
    if target is None and trig["territory"]:
        target = held_ground(tok, ctx.vocab)     # 'overran an army post': the army lost it
    if actors.actor1 is None and trig["rule"] not in ctx.vocab["place_subject_rules"]:
        actors.actor1 = sentence_actor(ctx, n, tok, country, subjects_only=True)
    if actors.actor1 is None and trig["territory"] and freed_by_no_one_named(tok, ctx.vocab):
        actors.actor1 = liberator_speaking(ctx, attribution)
    if actors.actor1 is None and trig["territory"]:
        actors.actor1 = previous_territory_actor(earlier)
    if actors.actor1 is None:
        losers = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                  for c in p.children]
        victims = [] if trig["territory"] else victim_phrases(tok, ctx.vocab)
        skip = {t.i for t in [*(target.subtree if target is not None else []),
                              *(t for c in losers for t in c.subtree),
                              *(t for v in victims for t in v.subtree)]}
        actors.actor1 = sentence_actor(ctx, n, tok, country, skip=skip)
        if target is None:
            # 'a car bomb exploded at an army checkpoint, killing three soldiers': the army is
            # what was hit, never the bomber
            target = next((v for v in victims if (resolve(v) or owner_actor(ctx, v, country)) is not None), None)
    found = (resolve(target) or owner_actor(ctx, target, country)) if target is not None else None
    if found is None and not trig["territory"] and (post := hit_post(tok, ctx.vocab)) is not None:
        found = owner_actor(ctx, post, country)     # 'set off a bomb outside a police station': the police
    if found is not None and (actors.actor1 is None or found.canonical != actors.actor1.canonical):
        actors.actor2 = found
    crowd_country = getattr(place, "country", None) or country
    if target_crowd is not None and crowd_country:
        # ACLED names the protesters first and the force used on them second
        force = actors.actor1 if getattr(actors.actor1, "inter", None) not in (None, CIVILIAN_INTER, target_crowd["inter"]) else None
        actors.actor1 = _Known(target_crowd["name"].format(country=crowd_country), target_crowd["inter"])
        actors.actor2 = force
    if trig.get("sub_event_type") == "Armed clash" and doer is None:
        actors = sides_of_contested_ground(ctx, actors, place, earlier, attribution, country)
    if actors.actor1 is None and trig["sub_event_type"] in ctx.vocab["unidentified_perpetrator_sub_types"] and country:
        actors.actor1 = _Known(ctx.vocab["unidentified_actor"].format(country=country), 3)
    return actors


def freed_by_no_one_named(tok: Token, vocab: dict) -> bool:
    """'Balakliia had been liberated': a passive of freeing with no agent."""
    return tok.lemma_.lower() in vocab["liberation_lemmas"] and any(c.dep_ == "auxpass" for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children)


def liberator_speaking(ctx: DocContext, attribution):
    """A state that says one of its places 'was liberated' speaks of its own forces' gain."""
    state = speaking_state(ctx, attribution.claimant) if getattr(attribution, "claimant", None) else None
    return _country_forces(ctx.resolver, "army", state, ctx.vocab) if state else None


def partners(doer: Token, vocab: dict) -> list[Token]:
    """Whom the doer acts with: 'French and Malian troops', 'French forces backed by Malian soldiers',
    'Kenyan troops alongside Somali forces'."""
    found = [c for c in doer.children if c.dep_ == "conj"]
    for child in doer.children:
        if child.dep_ == "acl" and child.lemma_.lower() in vocab["backing_verbs"]:
            found += [o for agent in child.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ in vocab["alongside_preps"]:
            found += [o for o in child.children if o.dep_ == "pobj"]
    return found


def hit_post(tok: Token, vocab: dict) -> Token | None:
    """The post or convoy an attack hit, named after 'at/outside/on' ('outside a police station'),
    when that noun is held by a group its modifier names."""
    held = vocab["held_by_group_nouns"]
    # the trigger may be a modifier ('an explosive device outside ...') or the verb's object
    nodes = {tok, tok.head} if tok.dep_ in ("amod", "compound", "dobj") else {tok}
    nodes |= {n.head for n in list(nodes) if n.dep_ == "dobj"}
    for prep in (c for n in nodes for c in n.children):
        if prep.dep_ == "prep" and prep.lower_ in vocab["hit_preps"]:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in held and any(
                        m.dep_ in ("compound", "amod", "nmod", "poss") for m in obj.lefts):
                    return obj
    return None


def held_ground(tok: Token, vocab: dict) -> Token | None:
    """The object of a capture when it is a group's post or positions ('overran an army post')."""
    held = vocab["held_by_group_nouns"]
    return next((c for c in tok.children if c.dep_ == "dobj" and (c.lemma_.lower() in held or c.lower_ in held)
                 and any(m.dep_ in ("compound", "amod", "nmod", "poss") for m in c.lefts)), None)


def owner_actor(ctx: DocContext, target: Token, country: str | None):
    """'RSF positions', 'a police station', 'Russian military medics', 'a convoy of army trucks':
    what a group holds or who serve it (held_by_group_nouns) stand for the group as the target;
    the group is the noun's modifier or its 'of' object."""
    held = ctx.vocab["held_by_group_nouns"]
    if target.lemma_.lower() not in held and target.lower_ not in held:
        return None
    owners = [c for c in target.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") and c.pos_ != "NUM"]
    if owners:
        modifiers = target.doc[min(c.left_edge.i for c in owners):target.i]
        found = resolve_actor(ctx.resolver, modifiers.text, country)
        if found is None:
            found = next((a for a in (actor_for_token(ctx, c, country) for c in reversed(owners)) if a), None)
        if found is not None:
            return found
    of_obj = _of_object(target)
    if of_obj is not None:
        return actor_for_token(ctx, of_obj, country) or owner_actor(ctx, of_obj, country)
    return None


def sides_of_contested_ground(ctx: DocContext, actors: Actors, place, earlier: list[Event],
                              attribution, country: str | None) -> Actors:
    """'X captured the village ... Y denied it had fallen and said fighting was continuing there':
    fighting with no named side at a place the story says was taken is between the side said to
    have taken it and the side holding on (the capture's loser, else the speaker's own forces)."""
    name = getattr(place, "name", None)
    taken = next((e for e in reversed(earlier) if e.location == name and e.actor1
                  and e.sub_event_type in ctx.vocab["territory_sub_event_types"].values()), None)
    if taken is None:
        return actors
    holder = actors.actor1 if actors.actor1 is not None and actors.actor1.canonical != taken.actor1 else None
    if holder is None and taken.actor2:
        holder = _Known(taken.actor2, taken.inter2)
    state = speaking_state(ctx, attribution.claimant) if getattr(attribution, "claimant", None) else None
    if holder is None and state is not None:
        holder = _country_forces(ctx.resolver, "army", state, ctx.vocab)
    if holder is not None and holder.canonical == taken.actor1:
        holder = None
    return Actors(actor1=_Known(taken.actor1, taken.inter1), actor2=holder)


def crowd_actor(ctx: DocContext, doer: Token | None, trig: dict, country: str | None):
    """ACLED's actor for a crowd no table names: 'Protesters (Yemen)', 'Rioters (Armenia)', after
    the country where it gathered; never another actor the sentence names ('calling on the
    government')."""
    crowd = ctx.vocab["crowd_actors"]["doers"].get(trig["sub_event_type"])
    if crowd is None or not country:
        return None
    named = actor_for_token(ctx, doer, country, doer=True) if doer is not None else None
    if named is not None and getattr(named, "inter", None) != CIVILIAN_INTER:
        return named                    # a party or union the tables know
    return _Known(crowd["name"].format(country=country), crowd["inter"])   # civilians who gather protest


def name_beside_an_armed_group(ctx: DocContext, doer: Token, country: str | None):
    """'X and allied rebel factions recaptured the town': a proper name no table knows, joined to an
    armed group as the doer, is a group of that kind (the small model often tags it a person)."""
    if doer.pos_ != "PROPN" or is_known_place(ctx, doer.doc, doer.text):
        return None
    for conj in (c for c in doer.children if c.dep_ == "conj"):
        ally = actor_for_token(ctx, conj, country)
        if ally is not None and getattr(ally, "inter", None) in (2, 3, 4):
            return _named_group(name_text(proper_span(doer)))
    return None


def possessor_actor(ctx: DocContext, tok: Token, attribution, country: str | None):
    """Who 'its' or 'their' is: the actor that is the subject of the clause the trigger hangs on
    ('the LNA began its advance on Thursday, when its columns overran X'), else the state whose
    official body or capital speaks ('Russia's defence ministry said its troops had taken X',
    'Moscow said its forces had left')."""
    for verb in tok.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in ctx.vocab["reporting_lemmas"]:
            continue                    # a speaker is read below, as the state it speaks for
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        found = actor_for_token(ctx, subject, country, doer=True) if subject is not None else None
        if found is None and subject is not None \
                and subject.ent_type_ == "ORG" and not is_known_place(ctx, tok.doc, subject.text):
            found = _named_group(name_text(entity_of(subject)))    # 'the LNA began its advance'
        if found is not None:
            return found
    state = reporting_state(ctx, tok)
    if state is None and attribution is not None:
        speaker = ctx.text[attribution.start:attribution.end]
        state = speaking_state(ctx, speaker) or speaking_state(ctx, attribution.claimant or "")
    if state is None:
        return None
    return resolve_actor(ctx.resolver, f"Military Forces of {state}", state) or _country_forces(
        ctx.resolver, "army", state, ctx.vocab)


def reporting_state(ctx: DocContext, tok: Token) -> str | None:
    """The state whose body is the subject of the reporting verb right above the trigger ('By
    mid-afternoon Russia's defence ministry said its troops had taken X'): the parse names the
    speaker of 'its' even where the attributor's speaker span is cut short by a time phrase."""
    verb = next((v for v in tok.ancestors if v.lemma_ in ctx.vocab["reporting_lemmas"]), None)
    if verb is None:
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
        words = [t for t in subject.subtree if t.dep_ != "punct"]
        if (state := speaking_state(ctx, " ".join(t.text for t in words))) is not None:
            return state
    return None


def speaking_state(ctx: DocContext, speaker: str) -> str | None:
    """The country whose state speaks: 'Russia's defence ministry', 'the Russian Ministry of
    Defence', 'Moscow', 'Ankara' (a capital or a country on its own speaks for its government)."""
    words = [w for w in speaker.replace("’s", "").replace("'s", "").split() if w.casefold() != "the"]
    if not words:
        return None
    for size in (2, 1):
        head = " ".join(words[:size])
        state = demonyms().get(head.casefold())
        if state is None and len(head) > 3:
            state = ctx.resolver.country_named(head)
        if state is not None:
            rest = {w.casefold() for w in words[size:]}
            if size < len(words) and names_an_organisation(words[size], ctx.vocab):
                return None             # 'the Myanmar National Democratic Alliance Army' is a group
            return state if not rest or rest & ctx.vocab["state_speaker_words"] else None
    return None


def names_an_organisation(word: str, vocab: dict) -> bool:
    """A capitalised word after the country that is no state body ('Syrian Observatory', 'Myanmar
    National ...') makes the whole phrase one organisation's name, not the state speaking."""
    return word[:1].isupper() and word.casefold() not in vocab["state_speaker_words"]


def our_state_forces(ctx: DocContext, doer: Token, country: str | None):
    """'our forces took the citadel', 'our heroic armed forces restored security' in a statement no one
    is named as issuing: an army's words of its own ranks (a group says 'our fighters', 'our
    mujahideen'), so the story country's state forces."""
    if country is None:
        return None
    if not any(c.dep_ == "poss" and c.lower_ == "our" for c in doer.children):
        # 'units of our armed forces': the whole they belong to
        doer = next((o for p in doer.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), doer)
        if not any(c.dep_ == "poss" and c.lower_ == "our" for c in doer.children):
            return None
    if doer.lower_ not in ctx.vocab["state_force_heads"] and doer.lemma_.lower() not in ctx.vocab["state_force_heads"]:
        return None
    return _country_forces(ctx.resolver, "police" if doer.lower_ in ctx.vocab["police_words"] else "army",
                           country, ctx.vocab)


def owned_by_pronoun(tok: Token) -> bool:
    """'its forces', 'his fighters', 'their units'."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in tok.children)


def speaker_actor(ctx: DocContext, attribution, country: str | None):
    """'Brigades fighting for the unity government said they had captured ...': the speaker
    phrase itself, read as an actor, when its claimant name is no actor the tables know."""
    span = ctx.doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return actor_for_token(ctx, span.root, country)


def victim_phrases(tok: Token, vocab: dict) -> list[Token]:
    """What an attack with no named doer hit: the objects of 'killing/wounding ...' and the
    places it struck ('at an army checkpoint', 'on a police convoy')."""
    clause = tok
    for _ in range(3):                  # 'a roadside bomb hit ...': from 'roadside' up to 'hit'
        if clause.pos_ in ("VERB", "AUX") or clause.head is clause:
            break
        clause = clause.head
    found = []
    for node in (tok, clause):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in vocab["hit_preps"]:
                found += [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_ in vocab["casualty_lemmas"]:
                found += [c for c in child.children if c.dep_ in ("dobj", "nsubjpass")]
            if child.dep_ == "dobj" and node is clause and node is not tok and node.lemma_ in vocab["casualty_lemmas"]:
                found.append(child)             # 'a roadside bomb hit an army patrol': the patrol was hit
    return list(dict.fromkeys(found))


def weapon_modifiers(tok: Token) -> list[Token]:
    """Who fired, as a modifier of the weapon noun: 'government shelling', and also of the noun
    the weapon word compounds ('government artillery fire', 'army mortar rounds')."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        mods += [c for c in tok.head.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i != tok.i]
    return mods


def doer_of(tok: Token, trig: dict) -> Token | None:
    """Who acted: the agent of a passive, the subject, or the subject of the verb a clause hangs on."""
    for child in tok.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if trig["rule"] in CONTROL_RULES:
        return controller(tok.doc[trig["start"]:trig["end"]])
    if trig["rule"] in ("fall_to", "fall_of"):     # 'X fell to Y', 'the fall of X to Y': Y took it
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None
    if (subject := nearest_subject(tok, ("nsubj",))) is not None:
        return counted_doer(past_dateline(subject))
    if not trig["noun"] and participle_doer(tok) is not None:
        return counted_doer(participle_doer(tok))
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return counted_doer(subject) if subject is not None else None
    claimer = claimed_by(tok) if trig["noun"] else None
    if claimer is not None:
        return claimer                  # 'JNIM claimed (responsibility for) an attack on ...'
    if trig["noun"] and tok.dep_ in ("dobj", "pobj"):
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def claimed_by(tok: Token) -> Token | None:
    """The subject of 'claim' over an attack noun ('X claimed an attack', 'X claimed responsibility
    for the bombing'): who claims an attack says it did it."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ == "responsibility":
        head = head.head.head
    elif tok.dep_ != "dobj":
        return None
    if head.lemma_ not in load_vocabulary()["claiming_verbs"]:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


CONTROL_RULES = ("under_control",)


def controller(span: Span) -> Token | None:
    """Whose control: 'under army control', 'under the alliance's control', 'under the control of X'."""
    control = next((t for t in span if t.lower_ == "control"), None)
    if control is None:
        return None
    for child in control.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            return child
    for prep in control.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def counted_doer(subject: Token) -> Token:
    """'hundreds of Taliban fighters stormed ...': the number heads the phrase, the fighters did it."""
    if subject.lemma_.lower() not in load_vocabulary()["quantity_heads"]:
        return subject
    return _of_object(subject) or subject


def past_dateline(subject: Token) -> Token:
    """'BEIRUT (Wire) - Syrian forces captured...' parses the dateline city as the subject;
    the doer is the first armed noun after it."""
    if not (subject.text.isupper() and len(subject.text) > 2):
        return subject
    vocab = load_vocabulary()
    return next((t for t in subject.subtree if t.i > subject.i and t.lemma_ in vocab["armed_nouns"]), subject)


def target_of(tok: Token, trig: dict, vocab: dict) -> Token | None:
    """Who it was done to: 'from rebels', 'with the militia', 'handed over to', or the object."""
    preps = ("to",) if trig["rule"] in vocab["recipient_rules"] else ("from", "with", "against", "on")
    if any(c.dep_ == "dobj" for c in tok.children):
        preps = tuple(p for p in preps if p != "on")    # 'targeted a convoy on the road': 'on' is where
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):   # 'on Tuesday' is when
                return pobj
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass") and not trig["territory"] or child.dep_ == "dobj" and trig["rule"] == "drive_from":
            return child
    return None


def actor_for_token(ctx: DocContext, tok: Token, country: str | None, doer: bool = False):
    if country and tok.lemma_.lower() in ctx.vocab["armed_nouns"] and loyal_to_state(tok, ctx.vocab):
        return _country_forces(ctx.resolver, "army", country, ctx.vocab)
    named = group_name(tok, ctx.vocab, doer)
    if named is not None and is_known_place(ctx, tok.doc, named):
        named = None                    # 'Kherson fighters' are not a group called Kherson
    if named is not None:
        # 'M23 rebels', 'fighters of the Wagner Group': the text names the group, so its name
        # wins over the generic head word ('rebels' -> Rebel groups) when no alias knows it;
        # the whole phrase may be an alias though ('Counter Terrorism Service units')
        whole = [t for t in mention_texts(tok)[:2] if t != tok.text]   # never the bare 'Army' of 'Arakan Army' 
        return (resolve_actor(ctx.resolver, named, country)
                or next((a for a in (resolve_actor(ctx.resolver, t, country) for t in whole) if a), None)
                or _named_group(named))
    for text in mention_texts(tok):
        found = resolve_actor(ctx.resolver, text, country)
        if found is not None:
            return None if getattr(found, "inter", None) == ctx.vocab["state_inter"] and of_former_forces(tok, ctx.vocab) \
                else found
    return None


def of_former_forces(tok: Token, vocab: dict) -> bool:
    """'former army soldiers', 'the former army junta', 'ex-army fighters': men who were the state's
    forces and are no longer; their gains are no government's (data: former_words)."""
    words = [t for left in tok.lefts for t in left.subtree] + [tok]
    return any(t.lower_ in vocab["former_words"] or t.lower_.startswith("ex-") for t in words) \
        or any(t.lower_ == "ex" for t in words)


# the small model tags unknown group names as GPE or PERSON, so only these rule a name out
NOT_GROUP_ENTITIES = ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY")


def group_name(tok: Token, vocab: dict, doer: bool = False) -> str | None:
    """The proper name of an armed group the phrase around ``tok`` gives, if any: a name
    compounded with an armed noun ('Shabaab militants'), the object of 'of/from' after one
    ('fighters of the Lord's Resistance Army'), or (as the doer) an organisation entity itself."""
    group_words = set(vocab["armed_nouns"]) | set(vocab["group_nouns"])
    if tok.lemma_.lower() in group_words or tok.lower_ in group_words:
        if tok.ent_type_ == "ORG" and any(t.pos_ == "PROPN" for t in entity_of(tok)):
            return name_text(entity_of(tok))   # 'the Rapid Support Forces' is one name
        # a capitalised common word opening the sentence is no name ('Cartel gunmen', 'Gang members')
        names = [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and is_group_name_token(c)
                 and same_line(c, tok) and not opens_with_common_word(c, group_words)]
        if names:
            return name_text(hyphen_joined(proper_span(names[0]), tok))
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and is_group_name_token(obj):
                    return name_text(proper_span(obj))
                if obj is not None and obj.lemma_.lower() in vocab["campaign_nouns"]:
                    return campaign_name(obj)   # 'fighters of the Bunyan al-Marsous operation'
        return None
    if doer and tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and not tok.text.isupper():
        return name_text(entity_of(tok))
    return None


def opens_with_common_word(tok: Token, words: set[str]) -> bool:
    """'Cartel gunmen attacked ...': a group noun capitalised only because it opens the sentence."""
    first = tok.is_sent_start or tok.i == 0 or tok.doc[tok.i - 1].is_space
    return first and (tok.lower_ in words or tok.lemma_.lower() in words)


def is_known_place(ctx: DocContext, doc: Doc, name: str) -> bool:
    text = ctx.text or doc_text(doc)
    places = {text[a:b].casefold() for a, b, _ in ctx.all_places} if ctx.all_places else set()
    return name.casefold() in places


def campaign_name(campaign: Token) -> str | None:
    """'the Bunyan al-Marsous operation', 'the Euphrates Shield offensive': the name a military
    operation carries, which stands for the forces waging it."""
    names = [c for c in campaign.lefts if c.dep_ in ("compound", "nmod") and is_group_name_token(c) and same_line(c, campaign)]
    if not names:
        return None
    start = min(c.left_edge.i for c in names)
    return name_text(campaign.doc[start:campaign.i]) or None


def is_group_name_token(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_GROUP_ENTITIES and not (tok.text.isupper() and len(tok) > 4)


def hyphen_joined(span: Span, noun: Token) -> Span:
    """'al-Shabaab gunmen': the tagger splits the name at its hyphen; join it back (up to the noun)."""
    doc, end = span.doc, span.end
    while end + 1 < noun.i and doc[end].text == "-" and not doc[end].whitespace_ and not doc[end - 1].whitespace_:
        end += 2
    return doc[span.start:end]


def name_text(span: Span) -> str:
    span = past_dateline_in(span)
    while len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    while len(span) > 1 and span[-1].lower_ in ("'s", "’s"):
        span = span[:-1]
    return span.text.strip()


def past_dateline_in(span: Span) -> Span:
    """'BAMAKO - Fighters of the Movement ...', 'GAO, Mali - Jihadist fighters': the tagger may
    run a dateline (a town in capitals, perhaps its country) into the name."""
    for k, tok in enumerate(span[:6]):
        if tok.text in ("-", "–", "—") and k > 0 and span[0].text.isupper() and len(span[0].text) > 1 \
                and all(t.text.isupper() or t.is_punct or t.pos_ == "PROPN" for t in span[:k]):
            return span[k + 1:] if k + 1 < len(span) else span
    return span


def _named_group(name: str):
    from ...resolve import ActorMatch

    return ActorMatch(name, 2)      # ACLED inter 2: a named non-state armed group


def mention_texts(tok: Token) -> list[str]:
    """Candidate mentions from the longest sensible phrase down to the head word."""
    left = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod", "punct", "case")]
    start = min([tok.i] + [t.left_edge.i for t in left])
    phrase = tok.doc[start:tok.i + 1]
    whole = span_text(phrase)           # cut from the Doc's text: Span.text builds each Token again
    texts = [whole]
    if phrase[0].lower_ in ("the", "a", "an", "its", "their", "his"):
        texts.append(span_text(phrase[1:]))
    of_obj = _of_object(tok)
    if of_obj is not None:
        texts.append(f"{whole} of {of_obj.text}")
        if tok.lemma_.lower() in load_vocabulary()["armed_nouns"]:
            texts += mention_texts(of_obj)[:2]      # 'fighters of the anti-balaka militias': the militias
    if len(phrase) > 1:
        texts.append(span_text(tok.doc[tok.i - 1:tok.i + 1]))
    texts.append(tok.text)
    if (tok.pos_ == "ADJ" or tok.ent_type_ == "NORP") and tok.lower_ not in load_vocabulary()["armed_modifiers"]:
        texts.append(f"{tok.text} forces")     # 'Syrian' -> Syrian forces; 'armed men' are no 'armed forces'
    return list(dict.fromkeys(t for t in texts if t))


def resolve_actor(resolver, text: str, country: str | None):
    try:
        found = resolver.actor(text, country=country)
    except TypeError:
        found = resolver.actor(text)
    if found is None:
        found = demonym_forces(resolver, text)
    if found is None and country:
        found = state_forces(resolver, text, country)
    if found is not None and "{country}" in getattr(found, "canonical", ""):
        if not country:
            return None
        found = _with_canonical(found, found.canonical.format(country=country))
    return found


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country name -> country, from the same table ('Ukraine' -> Ukraine)."""
    return {country.casefold(): country for country in demonyms().values()}


def demonym_forces(resolver, text: str):
    """'Ethiopian troops', 'the Congolese army', 'Malian armed forces', 'Libyan National Army
    soldiers': a state's forces named by its demonym, whatever country the story is set in."""
    vocab = load_vocabulary()
    words = [w for w in text.replace("'s", "").split() if w.casefold() not in ("the", "a", "an")]
    if len(words) < 2 or words[-1].casefold() not in vocab["state_force_heads"]:
        return None
    table = demonyms()
    if words[0].casefold() not in table:
        table = {**table, **country_names()}     # "Ukraine's forces", "Israel's army": the country's own name
    for size in (2, 1):         # 'South Sudanese' before 'Sudanese'
        country = table.get(" ".join(words[:size]).casefold())
        middle = words[size:-1]
        if country and all(w.casefold() in vocab["state_force_modifiers"] for w in middle):
            return state_forces(resolver, "army", country)
    return None


def state_forces(resolver, text: str, country: str):
    """'government forces', 'the military', 'security forces', 'police units', 'counter-terrorism
    troops': the state forces of the country in question, named as the alias table names that
    country's army (or police), else ACLED's default."""
    vocab = load_vocabulary()
    words = " ".join(w for w in text.lower().split() if w not in ("the", "its", "their"))
    if words not in vocab["generic_state_forces"] and not _state_force_phrase(words.split(), vocab):
        return None
    police = any(w in vocab["police_words"] for w in (words, *words.split()))
    return _country_forces(resolver, "police" if police else "army", country, vocab)


def _state_force_phrase(words: list[str], vocab: dict) -> bool:
    """A state force head with only force modifiers before it: 'police units', 'elite counter-terrorism troops'."""
    return (len(words) >= 2 and words[-1] in vocab["state_force_heads"]
            and all(w in vocab["state_force_modifiers"] for w in words[:-1]))


def _country_forces(resolver, kind: str, country: str, vocab: dict):
    from ...resolve import ActorMatch

    try:
        known = resolver.actor(kind, country=country)
    except TypeError:
        known = None
    if known is not None and known.inter in (1, EXTERNAL_INTER):
        return known                    # a territory with no army of its own names the one that holds it
    name = vocab["police_actor"].format(country=country) if kind == "police" else f"Military Forces of {country}"
    # the alias table's own entry decides the actor type: 'Russian marines' are the Military Forces of
    # Russia it lists as an external force (abroad, their captures overtake; at home inter_where makes them state)
    listed = resolver.actor(name) if hasattr(resolver, "actor") else None
    if listed is not None and listed.canonical == name:
        return listed
    return ActorMatch(name, 1)


def defenders_stood_aside(ctx: DocContext, sent: Span) -> bool:
    """'Rebels took over the central bank on Sunday(, meeting no resistance). Troops guarding it
    stood aside.': the capture's sentence, or the one right after it (telling no capture of its
    own), says it met no resistance."""
    phrases = ctx.vocab["non_violent_markers"]["phrases"]
    if _says_any(ctx, sent, phrases):
        return True
    n = ctx.sentence_index(sent.start)
    # the sentence right after, or right before in the paragraph ('"Not a shot was fired," the
    # councillor said. Fighters took over the compound on Friday'), telling no capture of its own
    beside = [m for m in (n + 1, *previous_in_paragraph(ctx, n)[:1]) if m < len(ctx.sents)]
    for m in beside:
        other = ctx.sents[m]
        if any(t["territory"] for t in ctx.triggers if other.start <= t["anchor"] < other.end):
            continue
        if _says_any(ctx, other, phrases):
            return True
    return False


def _says_any(ctx: DocContext, sent: Span, phrases) -> bool:
    # the text sliced once: Span.text builds a Token for every word on each call
    lowered = ctx.text[sent.start_char:sent.end_char].lower()
    return any(phrase in lowered for phrase in phrases)


def loyal_to_state(tok: Token, vocab: dict) -> bool:
    """'fighters loyal to President Hadi', 'brigades fighting for the unity government': an armed
    phrase whose modifier ties it to a state title fights for the state (ACLED: its affiliates)."""
    rules = vocab["state_loyalty"]
    titles = set(rules["titles"])
    for mod in tok.children:
        if mod.dep_ not in ("amod", "acl", "relcl") or mod.lemma_.lower() not in rules["modifiers"] \
                and mod.lower_ not in rules["modifiers"]:
            continue
        for prep in mod.children:
            if prep.dep_ == "prep" and prep.lower_ in rules["preps"]:
                words = {t.lemma_.lower() for t in prep.subtree}
                if words & titles and not words & set(rules["out_of_office"]):
                    return True
    return False


def _with_canonical(match, canonical: str):
    return replace(match, canonical=canonical)


def sentence_actor(ctx: DocContext, n: int, tok: Token, country: str | None, subjects_only: bool = False,
                   skip: set[int] | None = None):
    """No doer in the trigger's clause: the nearest subject elsewhere in the sentence that is an
    armed actor, else (not subjects_only) any armed actor the sentence names ('told troops that...')."""
    sent = ctx.sents[n]
    # the speaker of 'police said' reports the event; it is not the doer (only subjects_only reads
    # these: the other reading below replaces them, so they are not gathered for it)
    subjects = sorted((t for t in sent if t.dep_ == "nsubj" and t.i != tok.i
                       and t.head.lemma_.lower() not in ctx.vocab["reporting_lemmas"]), key=lambda t: abs(t.i - tok.i)) \
        if subjects_only else []
    if not subjects_only:
        subjects = sorted((t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj", "conj", "dative", "iobj")
                           and t.i not in (skip or set())), key=lambda t: abs(t.i - tok.i))
    for subj in subjects:
        if in_background_clause(subj, ctx.vocab, weeks_back=False):
            continue                    # 'since rebels seized it in 2012'
        found = actor_for_token(ctx, subj, country)
        if found is not None and getattr(found, "inter", None) not in (7, None):
            return found
    return None


def previous_territory_actor(earlier: list[Event]):
    for event in reversed(earlier):
        if event.actor1 and event.event_type == "Battles" and event.sub_event_type != "Armed clash":
            return _Known(event.actor1, event.inter1)
    return None


@dataclass(frozen=True)
class _Known:
    canonical: str
    inter: int | None


def claimant_of(attribution, narrator: str | None) -> str | None:
    return getattr(attribution, "claimant", None) or narrator


def sources_of(attribution, narrator: str | None) -> list[str]:
    """The claimant and anyone the text says backs it ('SUNA and the governor's office confirmed')."""
    first = claimant_of(attribution, narrator)
    found = [first] if first else []
    for other in getattr(attribution, "co_claimants", ()) or ():
        if other and other not in found:
            found.append(other)
    return found


def without_junk_speaker(ctx: DocContext, tok: Token, sources: list[str]) -> list[str]:
    """A source with no letter in it ('-' of 'By mid-afternoon Russia's defence ministry said', the
    parser's subject) is no one: the subject of the reporting verb above the trigger is, if the
    claimant table knows it, else the narrator."""
    if not sources or any(ch.isalpha() for ch in sources[0]):
        return sources
    verb = next((v for v in tok.ancestors if v.lemma_ in ctx.vocab["reporting_lemmas"]), None)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"] if verb is not None else []
    named = next((found for c in subjects if (found := ctx.resolver.claimant(
        " ".join(t.text for t in c.subtree if t.dep_ != "punct").replace(" 's", "'s")))), None)
    first = named or ctx.narrator
    return ([first] if first else []) + [s for s in sources[1:] if s != first]


def build_event(ctx: DocContext, trig: dict, place, actors: Actors, date_info: DateInfo, stance: str,
                sources: list[str], evidence, sent: Span) -> Event:
    vocab = ctx.vocab
    event_type, sub_type = trig["event_type"], trig["sub_event_type"]
    countries = getattr(ctx.resolver, "countries", None)
    inter1 = inter_where(actors.actor1, place, vocab, countries)
    if trig["territory"]:
        anchor = ctx.doc[trig["anchor"]]
        made_external = inter1 != getattr(actors.actor1, "inter", None)      # a state's forces abroad
        for_the_state = inter1 == vocab["state_inter"] or alongside_the_host_state(actors, inter1, place, vocab) \
            or (made_external and (retakes(anchor, vocab) or done_by_a_joint_force(anchor, vocab)))
        sub_type = vocab["territory_sub_event_types"]["state" if for_the_state else "non_state"]
        if taken_without_fight(anchor, vocab) or defenders_stood_aside(ctx, sent) or taken_as_its_holder_left(anchor, vocab) \
                or _says_any(ctx, sent, vocab["non_violent_markers"]["by_agreement"]) or (
                trig["rule"] in vocab["restating_rules"] and (entered_after_a_withdrawal(anchor, vocab)
                                                             or entered_ground_left_empty(anchor, vocab))):
            markers = vocab["non_violent_markers"]
            event_type, sub_type = markers["event_type"], markers["sub_event_type"]
        elif trig["rule"] in vocab["entry_rules"] and fighting_goes_on_beside(anchor, ctx.triggers, vocab):
            sub_type = vocab["contested_entry_sub_event_type"]
    if sub_type == vocab["intervention"]["downgrades"] and fired_no_bullets(ctx.doc[trig["anchor"]], vocab):
        sub_type = vocab["intervention"]["sub_event_type"]    # 'fired tear gas at demonstrators'
    if sub_type in vocab["intervention"]["upgrades"] and (met_with_force(gathering_part(ctx, sent, trig), vocab)
                                                           or arrests_at_it(ctx, gathering_part(ctx, sent, trig), trig)):
        sub_type = vocab["intervention"]["sub_event_type"]    # 'marched ... and police fired tear gas'
    if trig["rule"] in vocab["detention_rules"] and (inter1 in (2, 3, 4) or actors.irregular_doer):
        # ACLED: only a state arrests; an armed group holding people abducts them
        by_group = vocab["detention_by_armed_group"]
        event_type, sub_type = by_group["event_type"], by_group["sub_event_type"]
    actor2, inter2 = name_of(actors.actor2), inter_where(actors.actor2, place, vocab, countries)
    civilian_targeting = None
    if event_type == "Violence against civilians" or (
            event_type == "Explosions/Remote violence" and mentions_civilians(sent, vocab)):
        if actor2 is None and place is not None and getattr(place, "country", None):    # ACLED: its target is civilians
            actor2, inter2 = f"Civilians ({place.country})", 7
        civilian_targeting = "Civilian targeting"
    location = place.name
    return Event(
        # the trigger's own position too: two acts of one kind and place in one sentence are two records
        event_id=stable_id("ev", ctx.document.id, sent.start_char, trig["start_char"], sub_type, location),
        event_type=event_type, sub_event_type=sub_type,
        event_date=date_info.best, date_earliest=date_info.earliest, date_latest=date_info.latest,
        time_precision=date_info.precision, date_basis=date_info.basis,
        disorder_type=vocab["disorder_types"].get(event_type),
        actor1=name_of(actors.actor1), assoc_actor_1=name_of(actors.assoc1), inter1=inter1,
        actor2=actor2, inter2=inter2, interaction=interaction_code(inter1, inter2),
        civilian_targeting=civilian_targeting,
        iso=getattr(place, "iso", None), country=getattr(place, "country", None),
        admin1=getattr(place, "admin1", None), admin2=getattr(place, "admin2", None),
        location=location, latitude=getattr(place, "latitude", None), longitude=getattr(place, "longitude", None),
        geo_precision=getattr(place, "geo_precision", None),
        stance=stance, sources=list(sources),
        outlets=[ctx.document.outlet] if ctx.document.outlet else [],
        evidence=[evidence], docs=[ctx.document.id],
    )


def fired_no_bullets(verb: Token, vocab: dict) -> bool:
    """'police fired tear gas at the crowd': what was fired is a means of dispersal."""
    fired = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return fired is not None and any(marker in "".join(t.text_with_ws for t in fired.subtree).lower()
                                     for marker in vocab["intervention"]["markers"])


def met_with_force(part: Span, vocab: dict) -> bool:
    """A protest told with tear gas, water cannon or a dispersal in its part of the sentence was
    broken up; a crowd that 'dispersed peacefully' left on its own."""
    return any(not left_on_its_own(tok) for tok in marker_tokens(part, vocab["intervention"]["markers"]))


def arrests_at_it(ctx: DocContext, part: Span, gathering: dict) -> bool:
    """ACLED: arrests at a demonstration are an intervention in it ('riot police held 30 students at a
    sit-in', 'riot police arrested dozens of marchers'): a state's arrest told in the gathering's part
    of the sentence (data: intervention.arrest_sub_types). Not one whose gathering only says whom it
    took ('arrested the leader of the protest' names no protest broken up)."""
    arrests = ctx.vocab["intervention"]["arrest_sub_types"]
    said_of = ctx.doc[gathering["anchor"]]
    return any(t["sub_event_type"] in arrests and part.start <= t["anchor"] < part.end
               and not names_whom_it_took(said_of, ctx.doc[t["anchor"]]) for t in ctx.triggers)


def names_whom_it_took(gathering: Token, arrest: Token) -> bool:
    """'the leader of the protest', 'organisers of the march': the gathering hangs on the arrested
    person by 'of'."""
    owner = gathering.head.head if gathering.head.lower_ == "of" else None
    return owner is not None and owner.i != arrest.i and owner in arrest.subtree


def marker_tokens(part: Span, markers: list[str]) -> list[Token]:
    """The first token of each place in ``part`` where one of the marker phrases is written."""
    text, found = part.text.lower(), []
    for marker in markers:
        at = text.find(marker)
        while at >= 0:
            span = part.doc.char_span(part.start_char + at, part.start_char + at + len(marker), alignment_mode="expand")
            if span is not None:
                found.append(span[0])
            at = text.find(marker, at + 1)
    return found


def as_turned_violent(ctx: DocContext, trig: dict, sent: Span) -> dict:
    """ACLED: demonstrators who throw stones, burn tyres or put up barricades riot ('took to the
    streets to protest, blocking the road with burning tyres'): a protest whose part of the
    sentence tells such acts is a violent demonstration."""
    rioting = ctx.vocab["riot_markers"]
    if trig["sub_event_type"] not in rioting["upgrades"]:
        return trig
    part = gathering_part(ctx, sent, trig)
    if not marker_tokens(part, rioting["markers"]) and not tells_a_riot_act(ctx, part):
        return trig
    return {**trig, "event_type": rioting["event_type"], "sub_event_type": rioting["sub_event_type"]}


def tells_a_riot_act(ctx: DocContext, part: Span) -> bool:
    """'...; some threw bottles and stones at the police': a riot act its crowd does (the
    trigger's own test) in the gathering's part of the sentence, whatever was thrown."""
    return any(t["event_type"] == ctx.vocab["riot_markers"]["event_type"] and part.start <= t["anchor"] < part.end
               for t in ctx.triggers)


def as_met_with_force_next(ctx: DocContext, n: int, trig: dict) -> dict:
    """'Thousands marched in X on Friday. Security forces opened fire; four protesters were shot
    dead.': force told in the next sentence of the paragraph, with no place and no act of its own,
    was used on the gathering just told (data: force_next)."""
    force = ctx.vocab["force_next"]
    if trig["sub_event_type"] not in force["upgrades"] or n + 1 >= len(ctx.sents) \
            or "\n" in ctx.text[ctx.sents[n].end_char:ctx.sents[n + 1].start_char]:
        return trig
    nxt = ctx.sents[n + 1]
    if ctx.places(n + 1) or any(nxt.start <= t["anchor"] < nxt.end and t["sub_event_type"] not in ctx.vocab["force_on_gatherings"]
                                for t in ctx.triggers):
        return trig                     # the next sentence tells an act of another kind, or names its own place
    for markers, sub_type in ((force["lethal"], force["lethal_sub_event_type"]),
                              (ctx.vocab["intervention"]["markers"], ctx.vocab["intervention"]["sub_event_type"])):
        if any(not left_on_its_own(t) for t in marker_tokens(nxt, markers)):
            return {**trig, "sub_event_type": sub_type}
    return trig


def left_on_its_own(tok: Token) -> bool:
    """'they dispersed peacefully', 'the crowd broke up after two hours': 'disperse' or 'break up'
    with no object and not passive is the crowd going home."""
    dispersal = tok.lemma_.lower() == "disperse" or tok.lemma_.lower() == "break" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
    return dispersal and tok.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "auxpass", "nsubjpass", "agent") for c in tok.children)


def gathering_part(ctx: DocContext, sent: Span, trig: dict) -> Span:
    """The part of a sentence that tells one gathering: 'a sit-in in X passed without incident,
    while in Y a march was broken up with tear gas' tells two, split where 'while', 'whereas' or
    'but' opens a part that holds another gathering's trigger. What follows with no gathering of
    its own ('...; police removed them') stays with the one before."""
    anchor = trig["anchor"]
    gatherings = [t["anchor"] for t in ctx.triggers
                  if sent.start <= t["anchor"] < sent.end and t["event_type"] in ctx.vocab["gathering_types"]]
    bounds = [t.i for t in sent if t.lower_ in ctx.vocab["contrast_marks"]]
    start = max((b for b in bounds if b < anchor and any(g < b for g in gatherings)), default=sent.start)
    end = min((b for b in bounds if b > anchor and any(g > b for g in gatherings)), default=sent.end)
    return ctx.doc[start:end]


def alongside_the_host_state(actors: Actors, inter1: int | None, place, vocab: dict) -> bool:
    """ACLED: a foreign force that takes ground together with the host state's own forces acts on
    the state's behalf ('French special forces backed by Malian soldiers took the airport' regains)."""
    country = getattr(place, "country", None)
    if inter1 != vocab["external_inter"] or not country or actors.assoc1 is None:
        return False
    return name_of(actors.assoc1) in home_forces(country, vocab)


def inter_where(actor, place, vocab: dict, countries=None) -> int | None:
    """ACLED codes a state's forces by where they act: external (8) abroad, state forces (1) in
    their own country ('Military Forces of Russia' retaking Grozny regains, taking Kherson overtakes;
    'Military Forces of Turkey' taking a Syrian town overtakes, whatever the alias table says)."""
    inter = getattr(actor, "inter", None)
    country = getattr(place, "country", None)
    if inter == vocab["state_inter"] and country and countries is not None \
            and state_forces_abroad(name_of(actor), country, vocab, countries):
        return vocab["external_inter"]
    if inter != vocab["external_inter"] or not country:
        return inter
    return vocab["state_inter"] if name_of(actor) in home_forces(country, vocab) else inter


def retakes(verb: Token, vocab: dict) -> bool:
    """'recaptured', 'retook', 'won back': the ground goes back to whoever held it before. A state
    force the table lists as the state's, acting abroad, retakes for the host state."""
    if verb.lemma_.lower() == "win":
        return any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children)
    return verb.lemma_.lower() in vocab["retaking_lemmas"] or verb.lower_ in ("retook", "retaken", "recaptured")


def done_by_a_joint_force(verb: Token, vocab: dict) -> bool:
    """'the joint force took the junction', 'our combined forces entered the town': a foreign force
    that says it acts jointly acts with the host state's forces (data: joint_force_words)."""
    doer = acting_subject(verb)
    return doer is not None and any(c.lower_ in vocab["joint_force_words"] for c in doer.children
                                    if c.dep_ in ("amod", "compound"))


def state_forces_abroad(name: str | None, country: str, vocab: dict, countries) -> bool:
    """'Military Forces of Ukraine' in a Russian town: a state's forces named by a country (ACLED's
    'Military Forces of X (period)') acting in another country. Both countries must be known
    to the country table, so that a spelling it cannot read changes nothing."""
    for prefix in vocab["state_force_names"]:
        if name and name.startswith(prefix + " "):
            home = re.sub(r"\s*\(.*\)$", "", name[len(prefix) + 1:])
            home = home[4:] if home.startswith("the ") else home
            own, there = countries.alpha2(home), countries.alpha2(country)
            return bool(own and there and own != there)
    return False


def home_forces(country: str, vocab: dict) -> set[str]:
    """The canonical names of a country's own state forces ('Military Forces of Mali', its police)."""
    return {f"{prefix} {country}" for prefix in vocab["state_force_names"]}


def name_of(actor) -> str | None:
    return getattr(actor, "canonical", None) if actor is not None else None


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction: the two actor codes, smaller first (10 when only one actor)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def mentions_civilians(sent: Span, vocab: dict) -> bool:
    return any(t.lower_ in vocab["civilian_words"] for t in sent)


def captures_of_the_hosts_allies(events: list[Event], vocab: dict) -> list[Event]:
    """'Rwandan troops with Mozambique's army retook the port ... Last week the joint force took the
    junction': a foreign force the report shows fighting beside the host state's own forces takes
    ground for that state in all of the report's captures (ACLED: the government's affiliates)."""
    sub_types = vocab["territory_sub_event_types"]
    allies = {(e.actor1, e.country) for e in events
              if e.actor1 and e.country and e.assoc_actor_1 in home_forces(e.country, vocab)}
    return [replace(e, sub_event_type=sub_types["state"])
            if e.sub_event_type == sub_types["non_state"] and e.inter1 == vocab["external_inter"]
            and (e.actor1, e.country) in allies else e for e in events]


def drop_clashes_inside_captures(events: list[Event]) -> list[Event]:
    """'Troops retook X after heavy fighting': the fighting is part of the capture of X."""
    taken = {(e.evidence[0].start, e.location) for e in events
             if e.event_type == "Battles" and e.sub_event_type != "Armed clash" and e.stance == "asserted"}
    return [e for e in events if not (e.sub_event_type == "Armed clash" and (e.evidence[0].start, e.location) in taken)]


def repelled_attacks_deny_captures(ctx: DocContext, events: list[Event]) -> None:
    """'Troops captured X on Thursday ... the rebels said they had repelled the attack on X': the
    side said to have lost the ground says it held it; that is a denial of the capture told
    before (it takes the capture's kind, actors and date in link_denials), not a new clash."""
    territory = set(ctx.vocab["territory_sub_event_types"].values())
    for event in events:
        anchor = ctx.anchor_of.get(event.event_id)
        if anchor is None or event.stance != "asserted" or not repels(ctx.doc[anchor], ctx.vocab):
            continue
        captured = [e for e in events if e is not event and e.stance == "asserted" and e.sub_event_type in territory
                    and e.location == event.location and e.evidence[0].start < event.evidence[0].start
                    and days_apart(e, event) <= ctx.vocab["repelled"]["days"]]
        if captured:
            event.stance = "denied"


def repels(tok: Token, vocab: dict) -> bool:
    """'repelled the attack', 'beat back the assault', 'fought off the offensive': the trigger
    (the attack) is what its verb says was held off."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok
    words = vocab["repelled"]
    return verb.lemma_ in words["verbs"] or (verb.lemma_ in words["phrasal"]
                                             and any(c.lower_ in ("back", "off") for c in verb.children))


def denials_in_later_sentences(ctx: DocContext, events: list[Event], attribution: dict) -> list[Event]:
    """'State TV said troops took X. A militia commander denied it.' and '... killed civilians,
    an accusation the army denied.' -> a denied copy of what is denied."""
    by_start: dict[int, list[Event]] = {}
    for event in events:
        by_start.setdefault(event.evidence[0].start, []).append(event)
    out = []
    denials = denial_kinds(ctx)
    for n, sent in enumerate(ctx.sents):
        kind = denials[n]
        if kind is None:
            continue
        evidence = ctx.document.evidence(sent.start_char, sent.end_char)
        source = denier_of(sent, ctx, attribution.get(n))
        if kind == "same":
            denied = [e for e in by_start.get(evidence.start, []) if e.stance == "asserted"]
        elif kind == "act":
            denied = denied_act(ctx, n, by_start, evidence.start, source)
        elif kind == "holdout":
            source = holdout_voice(attribution.get(n))
            denied = captures_held_out(ctx, n, sent, events, by_start, source)
        else:
            own = by_start.get(evidence.start, [])
            if any(e.stance == "denied" for e in own):
                continue                # the sentence's own denied report is what it denies
            denied = told_before_the_denial(ctx, sent, own, source)
            source = voice_of_its_own(ctx, sent, source) if denied else source
            denied = denied or previous_asserted(ctx, n, by_start)
        out += [denied_copy(ctx, event, evidence, source, sent) for event in denied]
    return out


def told_before_the_denial(ctx: DocContext, sent: Span, own: list[Event], denier: str | None) -> list[Event]:
    """'Fighters killed a teacher in X, police said; the group denied any involvement': the
    report another voice gives earlier in the denial's own sentence is what is denied (a bare
    denial looks back to the sentences before only when its own has no such report). The denial
    needs a subject of its own: the sentence's reporter ('police said') is not the denier."""
    verb, subject = denial_with_subject(sent, ctx.vocab)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return []
    # 'rejected that' / 'denied it' after a report in the same sentence: the parse-based reading
    # (reporter_across_a_semicolon) or the sentences before decide; a named object ('any
    # involvement', 'responsibility') is read here
    if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children):
        return []
    return [e for e in own if e.stance == "asserted" and ctx.anchor_of.get(e.event_id, verb.i) < verb.i
            and (denier not in e.sources or not ctx.resolver.claimant(subject.text))]


def voice_of_its_own(ctx: DocContext, sent: Span, denier: str | None) -> str | None:
    """The denier of 'X, police said; the group denied any involvement' is the group, not the
    sentence's reporter: its subject as a known claimant, else as written ('group')."""
    subject = denial_with_subject(sent, ctx.vocab)[1]
    if subject is None:
        return denier
    return ctx.resolver.claimant(subject.text) or subject.lower_


def denial_with_subject(sent: Span, vocab: dict) -> tuple[Token | None, Token | None]:
    """The sentence's verb of denial and its subject, each None when the sentence has none."""
    verb = denial_verb(sent, vocab)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return verb, subject


def denial_verb(sent: Span, vocab: dict) -> Token | None:
    return next((t for t in tokens_where(sent, lemmas=vocab["denial_verbs"])
                 if t.lemma_ in vocab["denial_verbs"] and t.pos_ == "VERB"), None) or calls_the_report_false(sent, vocab)


def denial_kind(sent: Span, vocab: dict) -> str | None:
    """'previous' for 'X denied the claim', 'same' for '..., an accusation the army denied', 'act' for
    a denial that names the act ('denied targeting the hospital', 'denied that its troops had opened fire')."""
    objects_words = vocab["denial_objects"]
    for tok in tokens_where(sent, lemmas=vocab["denial_verbs"]):
        if tok.lemma_ not in vocab["denial_verbs"] or tok.pos_ != "VERB":
            continue
        if tok.dep_ in ("relcl", "acl") and (tok.head.lower_ in objects_words or tok.head.lemma_ in objects_words):
            return "same"
        objects = [c for c in tok.children if c.dep_ in ("dobj", "ccomp")]
        if any(o.lower_ in objects_words or o.lemma_ in objects_words for o in objects):
            return "previous"
        if any(c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG" and c.lemma_ in vocab["denied_acts"]
               for c in tok.children):
            return "act"                # 'the ministry denied targeting the hospital'
        if any(c.dep_ == "ccomp" and names_an_act(c, vocab) for c in tok.children):
            return "act"                # 'the ministry denied that its troops had opened fire'
    if calls_the_report_false(sent, vocab) is not None:
        return "previous"
    return "holdout" if holds_out(sent, vocab) is not None else None


def holds_out(sent: Span, vocab: dict) -> Token | None:
    """'our troops still hold the town', 'Kupiansk remained in Russian hands', 'the airport is still
    under army control', 'our men are still fighting in the district', 'fighting for the town
    continues', 'Izium has not fallen': the verb by which a sentence says that ground is still held,
    still fought for or not lost (data: holdouts), if it has one."""
    words = vocab["holdouts"]
    for tok in tokens_where(sent, lemmas=holdout_lemmas(vocab)):
        # 'the last district still held by the militants' describes a place; it says nothing against a report
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("relcl", "acl", "amod") and says_held(tok, words):
            return tok
    return None


def holdout_lemmas(vocab: dict) -> frozenset[str]:
    words = vocab["holdouts"]
    return frozenset().union(*(words[key] for key in ("held_verbs", "fought_verbs", "staying_verbs", "lost_verbs",
                                                        "continuing_verbs")))


def says_held(verb: Token, words: dict) -> bool:
    lemma = verb.lemma_
    still = any(c.dep_ == "advmod" and c.lower_ in words["still_words"] for c in verb.children)
    if lemma in words["lost_verbs"]:        # 'has not fallen', 'the enemy has not entered the town'
        return any(c.dep_ == "neg" for c in verb.children) and not holds_people(verb)
    if lemma in words["held_verbs"]:        # 'still hold 180 residents' holds hostages, not ground
        return still and not holds_people(verb)
    if lemma in words["fought_verbs"]:
        return still
    if lemma in words["continuing_verbs"]:  # 'fighting for the town continues', 'fighting was still going on'
        goes_on = lemma != "go" or any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
        return goes_on and any(c.dep_ == "nsubj" and c.lemma_.lower() in words["fight_nouns"] for c in verb.children)
    if lemma in words["staying_verbs"] and (still or lemma != "be"):
        return in_control(verb, words) or (lemma != "be" and forces_stay(verb, words))
    return False


def holds_people(verb: Token) -> bool:
    """Its object (or passive subject) counts people: '180 residents', 'many of the children', 'a single man'."""
    people = claim_vocabulary().people_nouns
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.pos_ == "NUM" or o.lemma_.lower() in people or any(c.dep_ == "nummod" for c in o.children)
               or any(t.lemma_.lower() in people for t in o.subtree if t.dep_ == "pobj") for o in objects)


def in_control(verb: Token, words: dict) -> bool:
    """'remained in Russian hands', 'is still under army control', 'was still in control of the airport'."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "under") and any(
        g.dep_ == "pobj" and g.lower_ in words["control_nouns"] for g in p.children) for p in verb.children)


def forces_stay(verb: Token, words: dict) -> bool:
    """'troops remained in the town', 'the mujahideen remain in the east of the city'."""
    return any(c.dep_ == "nsubj" and c.lower_ in words["force_nouns"] for c in verb.children) \
        and any(p.dep_ == "prep" and p.lower_ in ("in", "at", "inside") for p in verb.children)


def holdout_voice(attribution) -> str | None:
    """Who says the ground is still held: a source the sentence names; the narrator's 'the militants
    still hold villages to the south' is the state of the front, no denial."""
    return attribution.claimant if attribution is not None and attribution.cue else None


def captures_held_out(ctx: DocContext, n: int, sent: Span, events: list[Event], by_start: dict,
                      denier: str | None) -> list[Event]:
    """The captures a holdout denies: those of a place its clause names, told before it; when the
    clause names no place ('still holding positions around it', 'has not lost the base'), the
    captures of the nearest sentence before that tells any. The holdout's own voice does not deny its
    own report."""
    if not denier:
        return []
    holdout = holds_out(sent, ctx.vocab)
    territory = set(ctx.vocab["territory_sub_event_types"].values())

    def denied(e: Event) -> bool:
        return e.stance == "asserted" and e.sub_event_type in territory and denier not in e.sources

    clause = (holdout.left_edge.idx, holdout.right_edge.idx + len(holdout.right_edge))
    named = {getattr(m, "name", None) for s, e, m in ctx.all_places if clause[0] <= s and e <= clause[1]}
    told = [e for e in events if denied(e) and told_before(ctx, e, sent, holdout)]
    if named - {None}:
        return [e for e in told if e.location in named]
    if not any(holdout.lemma_ in ctx.vocab["holdouts"][key] for key in ("held_verbs", "lost_verbs", "staying_verbs")):
        return []       # 'fighting continued inside the old city' denies no capture it does not name
    same_sentence = [e for e in told if e.evidence[0].start >= sent.start_char]
    return same_sentence or previous_asserted(ctx, n, by_start, reach=ACT_DENIAL_REACH, keep=denied)


def told_before(ctx: DocContext, event: Event, sent: Span, token: Token) -> bool:
    if event.evidence[0].start < sent.start_char:
        return True
    return event.evidence[0].start < sent.end_char and ctx.anchor_of.get(event.event_id, token.i) < token.i


def calls_the_report_false(sent: Span, vocab: dict) -> Token | None:
    """'called the accusations "a fabrication"', 'described the report as baseless': a verb of
    calling whose object is a report and whose words call it false denies that report as 'denied
    the report' does. The verb, if the sentence has one."""
    falsehoods = claim_vocabulary().falsehood_words
    for tok in tokens_where(sent, lemmas=vocab["calling_denial_verbs"]):
        if tok.pos_ != "VERB" or not any(t.lemma_.lower() in falsehoods for t in tok.subtree):
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in vocab["denial_objects"] or c.lemma_ in vocab["denial_objects"])
               and not about_something_else(c, vocab) for c in tok.children):
            return tok
    return None


def about_something_else(report: Token, vocab: dict) -> bool:
    """'called the reports of mass surrenders a fabrication': a report of something that is no act
    ('of an attack', 'of shelling' are acts) denies a figure, not the event told before it."""
    topics = [g for p in report.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
              for g in p.children if g.dep_ == "pobj"]
    acts = vocab["denied_acts"]
    return bool(topics) and not any(t.lemma_ in acts or t.lemma_.removesuffix("ing") in acts
                                    or any(c.lemma_ in acts for c in t.children) for t in topics)


def names_an_act(verb: Token, vocab: dict) -> bool:
    """'had fired into the zone', 'had opened fire', 'had launched any attack': a clause that tells an
    act of the kind reports tell ('fire' as the verb or as its object)."""
    return verb.lemma_ in vocab["denied_acts"] or any(
        c.dep_ == "dobj" and c.lemma_ in vocab["denied_acts"] for c in verb.children)


def denier_of(sent: Span, ctx: DocContext, attribution) -> str | None:
    """Who denies: the subject of the denial verb when it names a known claimant, else the
    sentence's attribution, else that subject as written ('the junta called it a fabrication')."""
    calling = calls_the_report_false(sent, ctx.vocab)
    named = None
    for tok in sent:
        if tok.lemma_ in ctx.vocab["denial_verbs"] or tok == calling:
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                text = ctx.doc[subject.left_edge.i:subject.i + 1].text
                found = ctx.resolver.claimant(text) or ctx.resolver.claimant(subject.text)
                if found:
                    return found
                named = named or (subject.lower_ if subject.pos_ in ("NOUN", "PROPN") else None)
    return claimant_of(attribution, ctx.narrator) or named


def denied_act(ctx: DocContext, n: int, by_start: dict, start: int, denier: str | None) -> list[Event]:
    """What 'X denied that its troops had fired' denies: nothing more when the clause gave its own
    denied event (it named a place); else another voice's report earlier in the same sentence ('Y said
    X's troops attacked Z; X denied that its troops had opened fire'), else the last report of an act
    before it (``ACT_DENIAL_REACH``)."""
    own = by_start.get(start, [])
    if any(e.stance == "denied" for e in own):
        return []
    others = [e for e in own if e.stance == "asserted" and denier not in e.sources]
    return others if others else previous_asserted(ctx, n, by_start, reach=ACT_DENIAL_REACH)


BARE_DENIAL_REACH = 2
# 'denied firing the shell' names what it denies, so it reaches the last report of an act past the
# figures and the blame told after it; a bare 'denied the claim' reaches only the two sentences before
ACT_DENIAL_REACH = 4


def previous_asserted(ctx: DocContext, n: int, by_start: dict, reach: int = BARE_DENIAL_REACH,
                      keep: Callable[[Event], bool] | None = None) -> list[Event]:
    """The asserted events (those ``keep`` keeps) of the nearest of the ``reach`` sentences before n
    that tells any. A line with no verb (a live blog's '09.15 local time', a crosshead) is no sentence
    of the story and does not count against the reach."""
    back = n - 1
    while back >= 0 and reach > 0:
        sent = ctx.sents[back]
        start = ctx.document.evidence(sent.start_char, sent.end_char).start
        found = [e for e in by_start.get(start, []) if e.stance == "asserted" and (keep is None or keep(e))]
        if found:
            return found
        reach -= 1 if any(t.pos_ in ("VERB", "AUX") for t in sent) else 0
        back -= 1
    return []


def denied_copy(ctx: DocContext, event: Event, evidence, source: str | None, sent: Span) -> Event:
    return replace(event, event_id=stable_id("ev", ctx.document.id, sent.start_char, event.sub_event_type, event.location,
                                             "denied"),
                   stance="denied", sources=[source] if source else [], evidence=[evidence])


def link_denials(events: list[Event]) -> None:
    """A denial names the same place and type as the report it denies; it takes that report's
    type, actors and date when it carries none of its own."""
    asserted = [e for e in events if e.stance == "asserted"]
    territory = set(load_vocabulary()["territory_sub_event_types"].values())
    for event in events:
        if event.stance != "denied":
            continue
        same_place = [a for a in asserted if a.location == event.location]
        # the denied copy's own kind first: 'looted' and 'withdrew' are both Strategic developments
        match = next((a for a in same_place if same_kind(a, event, territory)),
                     next((a for a in same_place if a.event_type == event.event_type), same_place[0] if same_place else None))
        if match is None:
            continue
        event.event_type, event.sub_event_type = match.event_type, match.sub_event_type
        event.actor1, event.inter1, event.actor2, event.inter2 = match.actor1, match.inter1, match.actor2, match.inter2
        event.interaction = match.interaction
        if event.date_basis.startswith("publication"):
            event.event_date, event.date_earliest, event.date_latest = match.event_date, match.date_earliest, match.date_latest
            event.time_precision, event.date_basis = match.time_precision, f"date of the denied report ({match.date_basis})"


def same_kind(a: Event, b: Event, territory: set[str]) -> bool:
    """One sub-type, or both a taking of ground (whether it is 'regains' or 'overtakes' hangs on
    how each record coded its doer, not on what happened)."""
    return a.sub_event_type == b.sub_event_type or {a.sub_event_type, b.sub_event_type} <= territory


def drop_aggregates(ctx: DocContext, events: list[Event], places_of: dict) -> list[Event]:
    """A city- or region-level event is dropped when the document names a place inside it
    for the same kind of event on a date within its window."""
    kept = []
    territory = set(ctx.vocab["territory_sub_event_types"].values())
    for event in events:
        place = places_of.get(event.event_id)
        if place is None or getattr(place, "kind", "") in FINE_KINDS:
            kept.append(event)
            continue
        # a province's towns are finer than the province ('30 settlements in the region' vs 'Izium')
        finer_kinds = FINE_KINDS + (("city", "town") if getattr(place, "kind", "") == "admin1" else ())
        finer = any(
            other is not event and other.sub_event_type == event.sub_event_type and other.stance == event.stance
            and not (other.actor1 and event.actor1 and other.actor1 != event.actor1)   # the other side's acts
            and other.evidence[0].start != event.evidence[0].start   # one sentence: places_for decided
            and other.location != event.location and places_of.get(other.event_id) is not None
            and getattr(places_of[other.event_id], "kind", "") in finer_kinds
            and encloses(ctx, place, places_of[other.event_id])
            and date_within(other, event, AGGREGATE_SLACK_DAYS if event.sub_event_type in territory else 0)
            for other in events
        )
        if not finer:
            kept.append(event)
    return kept


def encloses(ctx: DocContext, outer, inner) -> bool:
    """A city encloses its neighbourhoods; a region of a city ('eastern Aleppo') stands for
    the city's neighbourhoods too, since gazetteers rarely say which side each one is on."""
    chain = ctx.chain(inner)
    if outer.name in chain:
        return True
    return getattr(outer, "kind", "") == "region" and bool(outer.parent) and outer.parent in chain


def date_within(inner: Event, outer: Event, slack_days: int = 0) -> bool:
    if not inner.event_date or not outer.date_earliest:
        return inner.event_date == outer.event_date
    earliest = outer.date_earliest
    if slack_days:
        earliest = (date.fromisoformat(earliest) - timedelta(days=slack_days)).isoformat()
    return earliest <= inner.event_date <= (outer.date_latest or outer.date_earliest)


def within_a_day(a: Event, b: Event) -> bool:
    """'The capture took place on Tuesday ... dozens of soldiers had laid down their arms': told in
    another sentence of the report, a surrender at the place taken a day either side is part of it."""
    if not a.event_date or not b.event_date:
        return False
    return abs((date.fromisoformat(a.event_date[:10]) - date.fromisoformat(b.event_date[:10])).days) <= 1


def drop_parts_of_transfers(events: list[Event], vocab: dict) -> list[Event]:
    """'400 militants laid down their weapons and left the eastern districts': one sentence, one
    place, one fact; the surrender is part of the territorial change, not an 'Other' beside it."""
    territory = set(vocab["territory_sub_event_types"].values()) | set(vocab["transfer_sub_types"])
    def has_transfer(event: Event) -> bool:
        return any(o is not event and o.sub_event_type in territory and o.location == event.location
                   and o.stance == event.stance and ({e.ref for e in o.evidence} & {e.ref for e in event.evidence}
                                                     or within_a_day(event, o))
                   for o in events)
    return [e for e in events if not (e.sub_event_type in vocab["minor_sub_types"] and has_transfer(e))]


def drop_looting_inside_violence(events: list[Event], vocab: dict) -> list[Event]:
    """'stormed the hospital, opening fire in the wards and looting medicines': ACLED codes the
    violence; the looting in the same act (sentence, place, stance) is part of it."""
    violent = {(e.evidence[0].ref, e.location, e.stance) for e in events
               if e.event_type in vocab["violent_event_types"] and e.evidence}
    return [e for e in events if not (e.sub_event_type == "Looting/property destruction" and e.evidence
                                      and ((e.evidence[0].ref, e.location, e.stance) in violent
                                           or detail_of_an_attack_before(e, events[:events.index(e)])))]


def drop_arrests_at_protests(events: list[Event], vocab: dict) -> list[Event]:
    """'riot police arrested 40 supporters at a rally in X': the arrests are the intervention of the protest
    with intervention told in the same sentence and place; ACLED codes the one event."""
    intervention = vocab["intervention"]
    interventions = [e for e in events if e.sub_event_type == intervention["sub_event_type"] and e.evidence]
    broken_up = {(e.evidence[0].ref, e.location, e.stance) for e in interventions}
    return [e for e in events if not (e.sub_event_type in intervention["arrest_sub_types"] and e.evidence
                                      and ((e.evidence[0].ref, e.location, e.stance) in broken_up
                                           or follows_a_break_up(e, interventions)))]


def follows_a_break_up(arrest: Event, interventions: list[Event]) -> bool:
    """'Police fired tear gas to break up the march. They arrested six of them.': arrests told with no
    date of their own in the sentence right after a protest broken up at the same place are that
    intervention's too."""
    if dated_in_its_sentence(arrest):
        return False
    return any(i.location == arrest.location and i.stance == arrest.stance and i.evidence[0].doc == arrest.evidence[0].doc
               and 0 <= arrest.evidence[0].start - i.evidence[0].end <= SENTENCE_GAP for i in interventions)


def drop_fire_inside_battles(events: list[Event], vocab: dict) -> list[Event]:
    """'fought off an attack on their detachment in Djibo on Sunday ... residents said the shooting
    went on for two hours and that shells fell near the market': shells told with no date and no
    doer of their own after a battle at the same place are that battle's, not a strike of their own."""
    kinds = set(vocab["fire_inside_battles"])
    def inside_a_battle(event: Event, before: list[Event]) -> bool:
        return event.sub_event_type in kinds and event.actor1 is None and not dated_in_its_sentence(event) and any(
            b.event_type == "Battles" and b.location == event.location and b.stance == event.stance for b in before)
    def told_as_a_strike_too(event: Event) -> bool:
        # the report tells that fire as a strike of its own elsewhere: merged with it later, keeping its sources
        return any(o is not event and o.sub_event_type == event.sub_event_type and o.location == event.location
                   for o in events)
    return [e for i, e in enumerate(events) if not (inside_a_battle(e, events[:i]) and not told_as_a_strike_too(e))]


def fold_tolls_into_strikes(ctx: DocContext, events: list[Event], places_of: dict) -> list[Event]:
    """'Overnight, Russian shelling hit residential streets in Kharkiv. Seven civilians were killed in
    the Saltivka district': deaths told with no doer and no date of their own, in the place of the
    strike told just before (or a part of it), are that strike's toll, not a second attack."""
    kept: list[Event] = []
    for event in events:
        before = kept[-1] if kept else None
        if before is not None and toll_of(ctx, event, before, places_of):
            absorb(before, event)
            continue
        kept.append(event)
    return kept


def toll_of(ctx: DocContext, event: Event, before: Event, places_of: dict) -> bool:
    """Violence on people with no doer and no date of its own, at (or in a district of) the place of
    the remote strike told just before it."""
    if event.sub_event_type not in ctx.vocab["violence_on_people_sub_types"] or event.actor1 is not None \
            or not event.date_basis.startswith(("publication", "context")):
        return False
    anchor = ctx.anchor_of.get(event.event_id)
    if anchor is None or any(c.dep_ in ("nsubj", "agent") for c in ctx.doc[anchor].children):
        return False                    # 'Gunmen killed 18 villagers': a doer, even one no table knows, acts anew
    if before.event_type != "Explosions/Remote violence" or before.stance != event.stance:
        return False
    place = places_of.get(event.event_id)
    return event.location == before.location or (place is not None and (
        before.location in ctx.chain(place) or a_district_of(place, before)))


def a_district_of(place, event: Event) -> bool:
    """A populated place of the event's province lying within a city's reach of it: the gazetteer
    lists a city's big districts ('Saltivka' in Kharkiv) as places of their own."""
    if None in (getattr(place, "latitude", None), event.latitude) or getattr(place, "admin1", None) != event.admin1:
        return False
    return km_apart(place, event) <= DISTRICT_KM


def dated_in_its_sentence(event: Event) -> bool:
    """Dated by its own sentence, not by the sentence before ('context: ...') or the report's day."""
    return not (event.date_basis or "").startswith(("publication", "context"))


def detail_of_an_attack_before(looting: Event, before: list[Event]) -> bool:
    """'Forty-six people were killed when militiamen stormed the camp ... The assailants set fire to
    shelters': burning told with no date of its own after an attack on people at the same place is
    a detail of that attack (ACLED codes the attack)."""
    if not (looting.date_basis or "").startswith("publication"):
        return False
    return any(e.sub_event_type == "Attack" and e.location == looting.location and e.stance == looting.stance
               for e in before)


def fold_entries_into_captures(events: list[Event], rule_of: dict[str, str], vocab: dict) -> list[Event]:
    """'Troops seized the airport ... Fighters entered the airport compound at dawn': entering a
    place the same report says was taken that day is a detail of that capture, not a second
    takeover (and not one by the other side because the unit's name is unknown)."""
    territory = set(vocab["territory_sub_event_types"].values())
    changes = territory | set(vocab["transfer_sub_types"])     # a flag raised on ground handed over too

    def capture_of(event: Event) -> Event | None:
        if rule_of.get(event.event_id) not in vocab["restating_rules"] or event.sub_event_type not in territory:
            return None
        return next((c for c in events if c is not event and c.sub_event_type in changes
                     and rule_of.get(c.event_id) not in vocab["restating_rules"] | vocab["withdrawal_rules"]
                     and c.location == event.location and c.stance == event.stance
                     and (intervals_overlap(c, event) or undated_day_after(event, c))), None)
    return _folded_into_captures(events, capture_of)


def fold_withdrawals_into_captures(events: list[Event], rule_of: dict[str, str], vocab: dict) -> list[Event]:
    """'The army took Kidal on Tuesday ... The rebels said they had left the town', 'Some units had
    withdrawn from their positions in the city, the army said', 'the garrison had pulled out, and
    the fighters came in without a shot': the losing side's withdrawal from a place the same report
    says the other side took or entered within a few days is that change of control told from the
    other side, not a second one."""
    territory = set(vocab["territory_sub_event_types"].values())
    days = vocab["withdrawal_capture_days"]

    def capture_of(event: Event) -> Event | None:
        if rule_of.get(event.event_id) not in vocab["withdrawal_rules"] or event.stance == "denied":
            return None
        return next((c for c in events if c is not event and c.location == event.location
                     and (c.sub_event_type in territory or rule_of.get(c.event_id) in vocab["entry_rules"])
                     and c.stance != "denied" and days_apart(c, event) <= days), None)
    return _folded_into_captures(events, capture_of)


def _folded_into_captures(events: list[Event], capture_of: Callable[[Event], Event | None]) -> list[Event]:
    """Events with those that tell a capture again folded into it (its evidence and sources)."""
    kept: list[Event] = []
    for event in events:
        capture = capture_of(event)
        if capture is None:
            kept.append(event)
        else:
            absorb(capture, event)
    return kept


def absorb(into: Event, other: Event) -> None:
    """One record for two tellings of an event: the other's evidence and sources join it."""
    into.evidence += [e for e in other.evidence if e.ref not in {x.ref for x in into.evidence}]
    into.sources += [s for s in other.sources if s not in into.sources]


def days_apart(a: Event, b: Event) -> int:
    """Days between two events' date windows (0 when they overlap; large when one is undated)."""
    if not a.event_date or not b.event_date:
        return 10 ** 6
    first = lambda e: date.fromisoformat((e.date_earliest or e.event_date)[:10])    # noqa: E731
    last = lambda e: date.fromisoformat((e.date_latest or e.event_date)[:10])      # noqa: E731
    return max((first(b) - last(a)).days, (first(a) - last(b)).days, 0)


def undated_day_after(detail: Event, capture: Event) -> bool:
    """'raised their flag over the command building in the late afternoon', undated in a report of
    the day after the capture: the report's date stands in for the capture's day."""
    if not detail.date_basis.startswith("publication") or not detail.event_date or not capture.event_date:
        return False
    gap = (date.fromisoformat(detail.event_date[:10]) - date.fromisoformat((capture.date_latest or capture.event_date)[:10])).days
    return 0 <= gap <= 1


def merge_retold_agreements(events: list[Event], vocab: dict, borrowed: set[str] = frozenset()) -> list[Event]:
    """'A ceasefire agreed by Turkey and Russia came into force in Idlib at midnight ... The two
    presidents reached the deal in Moscow on Thursday': one agreement told twice, where it came
    into force and where it was reached. ACLED locates an agreement where it was made: the record
    keeps the place of the mention dated more exactly (the day it was reached), unless that mention
    borrowed its place from another sentence and the other names its own; it keeps the more exact date."""
    kinds = set(vocab["agreement_sub_types"])
    kept: list[Event] = []
    for event in events:
        same = next((k for k in kept if k.sub_event_type in kinds and event.sub_event_type == k.sub_event_type
                     and k.stance == event.stance and k.location != event.location
                     and intervals_overlap(k, event)), None) if event.sub_event_type in kinds else None
        if same is None:
            kept.append(event)
            continue
        exact, other = (event, same) if (event.time_precision or 9) < (same.time_precision or 9) else (same, event)
        own_place = exact.event_id not in borrowed or other.event_id in borrowed
        first, second = (exact, other) if own_place else (other, exact)
        if first is not exact:
            first.event_date, first.date_earliest, first.date_latest = exact.event_date, exact.date_earliest, exact.date_latest
            first.time_precision, first.date_basis = exact.time_precision, exact.date_basis
        absorb(first, second)
        kept[kept.index(same)] = first
    return kept


def merge_restatements(events: list[Event], counted: set[str] = frozenset()) -> list[Event]:
    """One document often states one event twice (lead and detail): keep one record. One the text
    counts in a series ('a second explosion') is another event, never a restatement."""
    merged: list[Event] = []
    for event in events:
        same = None if event.event_id in counted else next(
            (m for m in merged if m.sub_event_type == event.sub_event_type and m.location == event.location
             and m.stance == event.stance and m.event_id not in counted and intervals_overlap(m, event)), None)
        if same is None:
            merged.append(event)
            continue
        if (event.time_precision or 9) < (same.time_precision or 9):
            same.event_date, same.date_earliest, same.date_latest = event.event_date, event.date_earliest, event.date_latest
            same.time_precision, same.date_basis = event.time_precision, event.date_basis
        absorb(same, event)
        for attr in ("actor1", "inter1", "actor2", "inter2", "assoc_actor_1", "interaction"):
            if getattr(same, attr) is None:
                setattr(same, attr, getattr(event, attr))
    return merged


def intervals_overlap(a: Event, b: Event) -> bool:
    if not a.date_earliest or not b.date_earliest:
        return a.event_date == b.event_date
    return a.date_earliest <= (b.date_latest or b.date_earliest) and b.date_earliest <= (a.date_latest or a.date_earliest)


def add_fatalities(events: list[Event], claims: list[Claim]) -> None:
    """ACLED's rules: the victims of one attack add up ('60 Afghans and 13 US service members'
    is 73), one source's count is set against another's by taking the most conservative, and a
    figure one sentence gives for several places is shared out evenly among their events
    (remainder to the first), so totals over events are never multiplied."""
    violent = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
    subgroups = load_vocabulary()["subgroup_subjects"]
    sharing: dict[tuple, list[Event]] = {}
    for event in events:
        if event.event_type not in violent or event.stance != "asserted":
            continue
        spans = [(e.start, e.end) for e in event.evidence]
        killed = [c for c in claims
                  if c.kind == "killed" and c.low is not None and c.stance != "denied"
                  and any(s <= ev.start < e or ev.start <= s < ev.end for ev in c.evidence for s, e in spans)]
        # "63 civilians, including 9 children": the part is not the total
        totals = [c for c in killed if (c.subject or "") not in subgroups] or killed
        if totals:
            event.fatalities = conservative_total(totals)
            sharing.setdefault(tuple(sorted(c.claim_id for c in totals)), []).append(event)
    for group in sharing.values():
        share_out(group)


def conservative_total(claims: list[Claim]) -> int:
    """Each account (one claimant in one sentence) sums its victim groups, taking the lower
    figure when it gives one group twice; the smallest account wins."""
    overall = load_vocabulary()["overall_toll_subjects"]
    accounts: dict[tuple, dict[str, int]] = {}
    figures: list[int] = []
    for claim in claims:
        subject = (claim.subject or "").casefold()
        if subject in overall:
            figures.append(int(claim.low))     # 'put the toll at 40': another total, not a group
            continue
        key = (claim.claimant or "", tuple((e.start, e.end) for e in claim.evidence))
        groups = accounts.setdefault(key, {})
        groups[subject] = min(groups.get(subject, int(claim.low)), int(claim.low))
    figures += [sum(groups.values()) for groups in accounts.values()]
    return min(figures)


def share_out(events: list[Event]) -> None:
    places = list(dict.fromkeys(e.location for e in events))
    if len(places) < 2:
        return
    total = events[0].fatalities or 0
    base, extra = divmod(total, len(places))
    for rank, place in enumerate(places):
        for event in events:
            if event.location == place:
                event.fatalities = base + (1 if rank < extra else 0)


def note_for(event: Event, vocab: dict, rule_id: str | None = None) -> str:
    """One ACLED-style sentence generated from the fields."""
    rule = vocab["_rules"].get(rule_id or "", {})
    template = rule.get("note") or vocab["note_templates"].get(event.sub_event_type, "{actor1} {description} in {location}")
    actor1 = event.actor1 or vocab["unknown_actor"]
    actor2 = event.actor2
    location = event.location or "an unknown place"
    if event.admin1 and event.admin1 != event.location:
        location = f"{location} ({event.admin1})"
    parts = {
        "actor1": actor1, "location": location, "description": event.sub_event_type.lower(),
        "from_actor2": f" from {actor2}" if actor2 else "", "to_actor2": f" to {actor2}" if actor2 else "",
        "with_actor2": f" with {actor2}" if actor2 else "", "on_actor2": f" on {actor2}" if actor2 else "",
        "against_actor2": f" against {actor2}" if actor2 else "", "actor2_plain": f" {actor2}" if actor2 else "",
    }
    body = template.format(**parts)
    when = f"On {format_day(event.event_date)}, " if event.event_date and event.time_precision == 1 else (
        f"Around {format_day(event.event_date)}, " if event.event_date else "")
    text = when + (body if when else body[0].upper() + body[1:])
    if event.fatalities:
        text += f"; {event.fatalities} reported killed"
    if event.stance == "denied":
        text = f"Denied: {text}"
    if event.sources:
        text += f", according to {' and '.join(event.sources)}"
    return text + "."


def format_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"
