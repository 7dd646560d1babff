"""Building an ``Event`` record: ACLED type and sub-type (a state force regains, anyone else
overtakes; a protest met with force; a riot), the interaction code, sources and claimant, and the
record's id.

Decides from the trigger record, its place, actors, date and attribution."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...records import Event, stable_id
from ..attribution import tokens_where
from .grammar import acting_subject, where_clause_of
from .conditions import entered_after_a_withdrawal, taken_without_fight
from .state import DateInfo, DocContext
from .actors import Actors, _says_any, defenders_stood_aside


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
               for prep in tokens_where(sent, lowers=vocab["scene_preps"]) if prep.dep_ == "prep"
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


def holders_left_without_a_fight(tok: Token, vocab: dict) -> bool:
    """'took over the port after the militia left its positions without a fight', 'moved into the
    town as the garrison withdrew without firing a shot': the clause of the capture's own verb
    tells its holders left with no fight, so the ground changed hands without one."""
    without = set(vocab["non_violent_markers"]["without"])
    return any(clause.dep_ == "advcl" and is_departure(clause, vocab) and any(
        prep.dep_ == "prep" and prep.lower_ == "without"
        and any(t.lemma_.lower() in without or t.lower_ in without for t in prep.subtree)
        for prep in clause.children) for clause in tok.children)


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
                or holders_left_without_a_fight(anchor, vocab) \
                or _says_any(ctx, sent, vocab["non_violent_markers"]["by_agreement"]) or (
                trig["rule"] in vocab["restating_rules"] and (entered_after_a_withdrawal(anchor, vocab)
                                                             or entered_ground_left_empty(anchor, vocab))):
            markers = vocab["non_violent_markers"]
            event_type, sub_type = markers["event_type"], markers["sub_event_type"]
        elif trig["rule"] in vocab["entry_rules"] and fighting_goes_on_beside(anchor, ctx.triggers, vocab):
            sub_type = vocab["contested_entry_sub_event_type"]
    gathering = gathering_part(ctx, sent, trig)
    if sub_type == vocab["intervention"]["downgrades"] and fired_no_bullets(ctx.doc[trig["anchor"]], vocab) \
            and not tells_lethal_force(gathering, vocab):
        sub_type = vocab["intervention"]["sub_event_type"]    # 'fired tear gas at demonstrators'
    if sub_type in vocab["intervention"]["upgrades"] and (met_with_force(gathering, vocab)
                                                           or arrests_at_it(ctx, gathering, trig)):
        # 'marched ... and police fired tear gas'; 'killed when troops broke up the sit-in' is lethal force
        sub_type = vocab["intervention"]["downgrades"] if tells_lethal_force(gathering, vocab) \
            else vocab["intervention"]["sub_event_type"]
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


def tells_lethal_force(part: Span, vocab: dict) -> bool:
    """'fired tear gas and then live rounds at the marchers', 'at least 60 were killed when troops
    broke up the sit-in': the dispersal came with lethal force (data: force_next.lethal, and a verb of
    killing with its victims; 'the 12 killed last week', a modifier, tells no killing here)."""
    if marker_tokens(part, vocab["force_next"]["lethal"]):
        return True
    killing = vocab["intervention"]["killing_lemmas"]
    return any(t.lemma_.lower() in killing and t.pos_ == "VERB"
               and any(c.dep_ in ("nsubjpass", "dobj") for c in t.children) for t in part)


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
    its own ('...; police removed them') stays with the one before. A gathering told in a place's
    'where' clause is told by that clause alone."""
    anchor = trig["anchor"]
    own_clause = where_clause_of(ctx.doc[anchor])
    if own_clause is not None:
        return own_clause               # 'spread to X, where thousands rallied peacefully, and to Y, where ...'
    gatherings = [t["anchor"] for t in ctx.triggers
                  if sent.start <= t["anchor"] < sent.end and t["event_type"] in ctx.vocab["gathering_types"]]
    bounds = [t.i for t in tokens_where(sent, lowers=ctx.vocab["contrast_marks"])]
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
    return bool(tokens_where(sent, lowers=vocab["civilian_words"]))
