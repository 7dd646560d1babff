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

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...records import Claim, Document, Event, stable_id
from ...resolve import km_apart
from ..attribution import doc_text, tokens_where
from ..claims import document_attributor, narrator_of
from ..claims import vocabulary as claim_vocabulary
from .vocab import FINE_KINDS, PATTERNS_FILE, anchor_words, demonyms, load_vocabulary
from .grammar import _of_object, clause_verb, governing_chain, owner_of, proper_span, theme_of
from .conditions import scene_clauses
from .component import (EventTriggerMarker, TRIGGERS_ATTR, _matches, build_matcher, find_triggers,
                        make_event_trigger_marker)
from .mood import (gives_the_toll_of_an_act, held_since, in_background_clause, is_a_trend, is_cause_of_flight,
                   is_counted_in_a_series, is_cumulative_share, is_denied, is_earlier_history_of_place,
                   is_ground_held_so_far, is_habitual, is_irrealis, is_negated, is_ongoing, is_remembered,
                   is_running_count, is_setting_of_agreement, is_support, is_toll_since, is_yet_to_come,
                   tells_a_failed_agreement, tells_a_persons_past)
from .placenames import names_a_feature
from .setting import (TIMELINE_ENTRY, doc_places, is_dateline, line_of, main_city, not_where_speakers_are,
                      sentence_units, story_country)
from .state import DateInfo, DocContext, PlaceMention
from .dates import day_gap, event_date, tells_what_befell_a_noun
from .context import encloses
from .places import actor_tokens, places_for, says_where_without_a_name, without_their_provinces
from .forces import demonym_forces, mention_texts, resolve_actor, state_forces
from .actors import event_actors
from .build import (as_met_with_force_next, as_turned_violent, build_event, claimant_of, home_forces, interaction_code,
                    sources_of, without_junk_speaker)


DISTRICT_KM = 15               # a place of the same province this close to a strike's city is one of its districts


AGGREGATE_SLACK_DAYS = 1        # 'said on Tuesday they control the whole city' sums up Monday's last district


SENTENCE_GAP = 2                 # characters between two sentences of one paragraph (a space, or none)


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


def undated_agreement_before(ctx: DocContext, n: int, tok: Token, trig: dict) -> bool:
    """'troops left the town after a 48-hour truce agreed with the rebels': a truce the sentence
    gives as what came before its act, with no date of its own, is the act's setting ('after a
    ceasefire agreed on Monday' dates one)."""
    if trig["sub_event_type"] not in ctx.vocab["agreement_sub_types"] or tok.dep_ != "pobj" \
            or tok.head.lower_ not in ("after", "following"):
        return False
    own = {t.i for t in tok.subtree}
    return not any(span.root.i in own for span, _ in ctx.dates(n))


def sequences_an_act_told_before(tok: Token, vocab: dict, places: list[PlaceMention], earlier: list[Event]) -> bool:
    """'The assault on Singa followed the RSF's capture of Jebel Moya': a definite act that is the
    subject of a verb of sequence, at a place the report has already told an event at, is that
    event named again to say what came before it."""
    definite = any(c.dep_ == "det" and c.lower_ in vocab["definite_words"] for c in tok.children)
    if not definite or tok.dep_ != "nsubj" or tok.head.lemma_ not in vocab["sequence_verbs"]:
        return False
    return any(e.location == p.match.name for p in places for e in earlier)


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
