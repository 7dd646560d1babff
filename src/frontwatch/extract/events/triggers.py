"""The events of one trigger: drops hypothetical, negated, habitual and background mentions and
restatements of acts told before; finds the date, places, actors and sources; builds one event per
place (and the denied copy where the report is denied).

Decides from the trigger, the document's context and the events told before it."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from ...records import Event
from ..attribution import tokens_where
from .grammar import governing_chain, owner_of, where_clause_on
from .conditions import scene_clauses
from .mood import (gives_the_toll_of_an_act, held_since, in_background_clause, is_a_trend, is_about_to_happen,
                   is_cause_of_flight, is_what_someone_is_charged_with,
                   is_counted_in_a_series, is_cumulative_share, is_denied, is_earlier_history_of_place,
                   is_ground_held_so_far, is_habitual, is_irrealis, is_negated, is_ongoing, is_remembered,
                   is_running_count, is_setting_of_agreement, is_support, is_toll_since, is_yet_to_come,
                   names_the_act_its_toll_fell_in, reported_back_then, tells_a_failed_agreement, tells_a_persons_past,
                   told_over_months)
from .state import DateInfo, DocContext, PlaceMention
from .dates import day_gap, event_date, since_the_day_it_changed_hands, tells_what_befell_a_noun
from .places import places_for, without_their_provinces
from .actors import event_actors
from .build import as_met_with_force_next, as_turned_violent, build_event, claimant_of, sources_of, without_junk_speaker
from .denials import denied_copy, voice_of_its_own


def events_for_trigger(ctx: DocContext, n: int, trig: dict, attribution, earlier: list[Event]):
    tok = ctx.doc[trig["anchor"]]
    vocab = ctx.vocab
    # the reading has asked whether the trigger tells only an aim or a person's past (None: not asked)
    aim = ctx.aims.get((trig["anchor"], trig["rule"]))
    if aim:
        return []
    allowed = frozenset(vocab["_rules"][trig["rule"]].get("conditions", {}).get("governor", ()))
    if (aim is None and is_irrealis(tok, vocab, allowed)) or is_negated(tok, vocab) or is_habitual(tok, vocab) \
            or in_background_clause(tok, vocab):
        return []
    if is_running_count(tok, vocab) or is_toll_since(tok, vocab):
        return []                       # 'struck targets in the city 495 times since August'
    if is_remembered(tok, vocab):
        return []                       # 'Saturday marks the anniversary of the bombing'
    if told_over_months(tok, vocab):
        return []                       # 'For four months the sit-in was the kind of protest ...'
    if is_yet_to_come(tok, vocab) or is_a_trend(tok, vocab):
        return []                       # 'ahead of planned protests', 'kidnappings have surged'
    if is_about_to_happen(tok, vocab) or is_what_someone_is_charged_with(tok, vocab):
        return []                       # 'the army was about to enter', 'men convicted of burning a bus'
    if is_cause_of_flight(tok, vocab) or is_earlier_history_of_place(tok) or (trig["territory"] and is_ongoing(tok)):
        return []
    if aim is None and tells_a_persons_past(tok, vocab):
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
    if trig["rule"] in vocab["control_state_rules"]:
        date_info = since_the_day_it_changed_hands(date_info, ctx.document.published)
    if not has_a_day_of_its_own(date_info) and reported_back_then(tok, vocab):
        return []                       # 'a spokesman said at the time that they died in drone strikes'
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
    # 'He said 15 rebels were killed in the day's fighting': the capture told before, told again with its toll
    restated = act_its_toll_fell_in(ctx, n, tok, trig, places, date_info, earlier)
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
        if told_in_the_places_own_clause(ctx, trig, place):
            continue
        event = build_event(ctx, trig, place.match, actors, date_info, stance, sources, evidence, sent)
        if is_counted_in_a_series(tok, vocab):
            event = continues_a_series(event, earlier, vocab)
            ctx.counted.add(event.event_id)
        if not unit.start <= place.root.i < unit.end:
            ctx.borrowed.add(event.event_id)
        else:
            ctx.site_of[event.event_id] = ctx.text[place.start:place.end]
        out.append((event, place.match))
    if restated is not None and out:
        return [(as_the_act_told_before(out[0][0], restated), out[0][1])]
    return out


def told_in_the_places_own_clause(ctx: DocContext, trig: dict, place: PlaceMention) -> bool:
    """'Protests spread to Kumasi, where thousands rallied peacefully, and to Tamale, where crowds
    broke into an armoury': each place's 'where' clause tells what its gathering was; the noun that
    spreads adds no event of its own there (it would give one place the other's riot)."""
    if trig["event_type"] not in ctx.vocab["gathering_types"]:
        return False
    clause = where_clause_on(place.root)
    return clause is not None and not clause.start <= trig["anchor"] < clause.end and any(
        clause.start <= t["anchor"] < clause.end for t in ctx.triggers)


def says_the_fight_goes_on(ctx: DocContext, n: int, tok: Token, trig: dict) -> bool:
    """'Kyiv denied that the town had fallen. "Fighting continues in the town," a spokesman said':
    the fighting a denier says still goes on is the reason for the denial (the capture is coded,
    disputed), not a clash of its own."""
    verb = tok.head
    if trig["sub_event_type"] != "Armed clash" or not trig["noun"] or tok.dep_ != "nsubj" \
            or verb.lemma_ not in ctx.vocab["still_going_verbs"] or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(t.lemma_ in ctx.vocab["denial_verbs"] and t.pos_ == "VERB"
               for m in (n - 1, n) if m >= 0 for t in tokens_where(ctx.sents[m], lemmas=ctx.vocab["denial_verbs"]))


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


def act_its_toll_fell_in(ctx: DocContext, n: int, tok: Token, trig: dict, places: list[PlaceMention],
                         date_info: DateInfo, earlier: list[Event]) -> Event | None:
    """'15 rebels were killed in the day's fighting', 'six soldiers died when the post was overrun':
    an act named definitely as where the dead fell, in a sentence naming no place, is the act of its
    kind (the fighting of a capture is a battle too) the report told last on its day, or on any day
    when the toll has no day of its own. That act, or None."""
    if not names_the_act_its_toll_fell_in(tok, ctx.vocab) or names_a_place(ctx.sents[n], places):
        return None
    territory = set(ctx.vocab["territory_sub_event_types"].values())
    own_day = has_a_day_of_its_own(date_info)
    for event in reversed(earlier):
        same_kind = event.event_type == trig["event_type"] if trig["event_type"] else event.sub_event_type in territory
        if same_kind and (not own_day or day_gap_of(event.event_date, date_info.best) <= 1):
            return event
    return None


RESTATED_FIELDS = ("event_type", "sub_event_type", "event_date", "date_earliest", "date_latest", "time_precision",
                   "date_basis", "disorder_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
                   "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
                   "admin3", "location", "latitude", "longitude", "geo_precision")


def as_the_act_told_before(event: Event, told: Event) -> Event:
    """The restating record takes the act's type, day, place and sides, so that it merges with that
    act and adds its own sources and evidence (the toll's speaker is often the act's only source)."""
    return replace(event, **{name: getattr(told, name) for name in RESTATED_FIELDS})


def names_a_place(sent, places: list[PlaceMention]) -> bool:
    """The sentence names one of the places by its name ('the area', 'there' point back)."""
    return any(sent.start <= p.root.i < sent.end and p.root.pos_ == "PROPN" for p in places)


def has_a_day_of_its_own(date_info: DateInfo) -> bool:
    """Dated by its own words, not by the publication or a sentence before."""
    return not date_info.basis.startswith(("publication", "context"))


def day_gap_of(first: str | None, second: str | None) -> int:
    """Days between two ISO dates (a large number when either is missing)."""
    try:
        return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    except (TypeError, ValueError):
        return 10 ** 6


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
