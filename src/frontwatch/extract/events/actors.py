"""The actors of an event: the doer (subject, agent, claimant of responsibility, the side that took
ground), the target or victim, partners, crowds and civilians, and which side stood aside or held
contested ground.

Decides from the trigger's token and clause, the document's context and the events told before."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span, Token

from ...records import Event
from .vocab import demonyms, load_vocabulary
from .grammar import _of_object, entity_of, nearest_subject, participle_doer, proper_span, reporting_subject
from .mood import in_background_clause
from .state import DocContext
from .dates import previous_in_paragraph
from .forces import _country_forces, _named_group, actor_for_token, group_name, is_known_place, name_text, resolve_actor


CIVILIAN_INTER = 7                # ACLED's actor type for civilians
NOMINALS = (NOUN, PROPN)          # coarse part-of-speech ids of nouns and names (DocContext.labels)


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
        joint = joint_state_forces(ctx, doer, getattr(place, "country", None) or country)
        if joint is not None:
            actors.actor1, actors.assoc1 = joint
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
        actors.assoc1 = actors.assoc1 or next((a for a in (resolve(c) for c in partners(doer, ctx.vocab))
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


def joint_state_forces(ctx: DocContext, doer: Token, host: str | None):
    """'Malian and French units took back the town', 'French and Malian troops': two states' forces
    named by coordinated demonyms on one noun act together; ACLED names the host state's forces
    first and the foreign partner as associated actor (the word nearest the noun, which the
    mention would otherwise take, is no sign of who led). The host is the state of the place, else
    the first named. (actor1, assoc1), or None when the doer is no such pair."""
    first = next((c for c in doer.children if c.dep_ in ("amod", "nmod", "compound")
                  and any(g.dep_ == "conj" for g in c.children)), None)
    if first is None:
        return None
    table = demonyms()
    named = [w for w in (first, *(g for g in first.children if g.dep_ == "conj")) if w.lower_ in table]
    forces = [(table[w.lower_], resolve_actor(ctx.resolver, f"{w.text} {doer.text}", host)) for w in named]
    forces = [(state, force) for state, force in forces if force is not None]
    if len({force.canonical for _, force in forces}) < 2:
        return None
    lead = next((pair for pair in forces if pair[0] == host), forces[0])
    partner = next(force for _, force in forces if force.canonical != lead[1].canonical)
    return lead[1], partner


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
            # 'Ukrainian General Staff': a state body whose capitalised name the list holds whole
            if size < len(words) and " ".join(words[size:]).casefold() not in ctx.vocab["state_speaker_words"] \
                    and names_an_organisation(words[size], ctx.vocab):
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
    if trig["rule"] in ("fall_to", "fall_of", "lose_to"):   # 'X fell to Y', 'the fall of X to Y', 'lost X to Y': Y took it
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


def sentence_actor(ctx: DocContext, n: int, tok: Token, country: str | None, subjects_only: bool = False,
                   skip: set[int] | None = None):
    """No doer in the trigger's clause: the nearest subject elsewhere in the sentence that is an
    armed actor, else (not subjects_only) any armed actor the sentence names ('told troops that...')."""
    sent, doc = ctx.sents[n], ctx.doc
    # each trigger of a sentence asks this: its words are picked by the document's labels, and a
    # Token is built only for a word picked (``DocContext.labels``)
    deps, pos = ctx.labels()
    words = range(sent.start, sent.end)
    # the speaker of 'police said' reports the event; it is not the doer (only subjects_only reads
    # these: the other reading below replaces them, so they are not gathered for it)
    subjects = sorted((t for i in words if deps[i] == "nsubj" and i != tok.i for t in (doc[i],)
                       if t.head.lemma_.lower() not in ctx.vocab["reporting_lemmas"]), key=lambda t: abs(t.i - tok.i)) \
        if subjects_only else []
    if not subjects_only:
        subjects = sorted((doc[i] for i in words if pos[i] in NOMINALS and deps[i] in ("dobj", "pobj", "conj", "dative", "iobj")
                           and i not in (skip or set())), key=lambda t: abs(t.i - tok.i))
    for subj in subjects:
        # most words name no actor: that is asked first, the clause (a dearer test) only of an actor
        found = actor_for_token(ctx, subj, country)
        if found is not None and getattr(found, "inter", None) not in (7, None) \
                and not in_background_clause(subj, ctx.vocab, weeks_back=False):   # 'since rebels seized it in 2012'
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
