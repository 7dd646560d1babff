"""The grammar a trigger's rule asks of its anchor (``conditions`` in ``data/event_patterns.json``)
and what the trigger record notes about it: a capture needs a territory as its object, a riot a
crowd as its doer; whether civilians or protesters are the target, a mob the doer, a chemical the
filling, fire exchanged or fired from the ground.

Decides from the anchor token and its sentence; used by the component and by the records built later."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .grammar import (_of_object, acting_subject, counted_noun, first_verb_above, governing_subject, passive_agent,
                      reporting_subject, subject_of, theme_of, weapon_subject)
from .nouns import is_armed, is_civilian_person, is_crowd, is_former, is_territory, names_a_person


def fired_from_the_ground(verb: Token, vocab: dict) -> bool:
    """'a gas-cylinder bomb fired by the guerrillas hit the church', 'a mortar bomb landed': a bomb
    fired or launched, not dropped, or one a ground munition's word names, came from a launcher on
    the ground (ACLED: Shelling/artillery/missile attack), unless an aircraft fired it."""
    bomb = weapon_subject(verb)
    if bomb is None:
        return False
    ground = vocab["ground_fired"]
    if any(t.lower_ in ground["munitions"] for t in bomb.lefts for t in t.subtree):
        return True
    launches = [c for c in bomb.children if c.dep_ == "acl" and c.lemma_.lower() in ground["verbs"]]
    return any(not any(t.lower_ in vocab["aircraft_words"] for t in launch.subtree) for launch in launches)


def takes_people_with_the_building(verb: Token, vocab: dict) -> bool:
    """'seized the school and herded pupils and teachers into the gym', 'seized a theatre and took
    the audience hostage': a site full of people seized with its people held is a hostage-taking
    (ACLED: Abduction/forced disappearance), not ground taken (data: hostage_taking)."""
    hostage = vocab["hostage_taking"]
    site = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if site is None or not any(t.lemma_.lower() in hostage["sites"] for t in site.subtree):
        return False
    if any(t.lower_ in hostage["words"] for t in verb.sent):
        return True
    # the verb's people as the next noun after it: the parser often hangs 'and herded pupils, parents
    # and teachers into the gym' as a modifier on the nouns before it
    return any((v.lemma_.lower() in hostage["verbs"] or v.lower_ in hostage["verbs"]) and is_civilian_person(people, vocab)
               for v in verb.doc[verb.i + 1:verb.sent.end] if (people := next_noun(v, HOSTAGE_NOUN_REACH)) is not None)


HOSTAGE_NOUN_REACH = 4      # 'held the pupils and teachers', 'herded hundreds of patients': the noun a few words on


def next_noun(tok: Token, reach: int) -> Token | None:
    """The first noun of the few words after ``tok``."""
    return next((t for t in tok.doc[tok.i + 1:min(tok.i + 1 + reach, tok.sent.end)] if t.pos_ in ("NOUN", "PROPN")), None)


def planted_in_a_report_of_no_air_war(verb: Token, vocab: dict) -> bool:
    """'a bomb destroyed the party's headquarters' in a report that names no aircraft, air raid or
    air strike anywhere: a bare bomb was planted (ACLED: Remote explosive/landmine/IED), not dropped.
    Where the report tells of an air war ('a bomb struck the monastery during the raids') it stays
    an air strike."""
    bomb = weapon_subject(verb)
    if bomb is None or bomb.lower_ not in vocab["bare_bombs"]:
        return False
    air = set(vocab["aircraft_words"]) | set(vocab["air_war_words"])
    return not any(t.lower_ in air for t in verb.doc)


def dropped_from_the_air(munition: Token, vocab: dict) -> bool:
    """'a quadcopter dropped a grenade on a cyclist', 'grenades dropped from a drone hit the
    trench': a munition an aircraft lets fall is an air strike (ACLED: Air/drone strike), not the
    thrown weapon its name says."""
    def is_aircraft(tok: Token | None) -> bool:
        return tok is not None and (tok.lemma_.lower() in vocab["aircraft_words"] or tok.lower_ in vocab["aircraft_words"])

    if munition.dep_ == "dobj" and is_aircraft(weapon_subject(munition.head)):
        return True
    droppers = [c for c in munition.children if c.dep_ == "acl"]
    if munition.dep_ in ("nsubj", "nsubjpass"):
        droppers.append(munition.head)  # the parser often makes 'dropped' the verb of 'grenades dropped from ...'
    return any(is_aircraft(o) for verb in droppers for p in verb.children
               if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj")


def carries_a_chemical(munition: Token, vocab: dict) -> bool:
    """'grenades filled with a tear-gas-type toxic substance', 'shells loaded with chlorine', 'a
    bomb that released yellow smoke': a munition that carries or gives off a chemical is a
    chemical weapon, whatever kind of munition it is (ACLED: Chemical weapon)."""
    fillings = vocab["chemical_fillings"]
    return any(chemical_in(clause, noun, fillings) for noun in munition_nouns(munition)
               for clause in filling_clauses(noun, fillings))


def munition_nouns(anchor: Token) -> list[Token]:
    """The trigger's noun and the noun it describes the firing of ('a shell fired by government
    artillery': the shell)."""
    nouns, node = [anchor], anchor
    while node.dep_ in ("pobj", "agent", "acl", "compound") and node.head is not node and len(nouns) < 5:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            nouns.append(node)
    return nouns


def filling_clauses(noun: Token, fillings: dict) -> list[Token]:
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in fillings["verbs"]]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in fillings["verbs"]:
        clauses.append(noun.head)         # 'the shells contained chlorine', 'a bomb ... released yellow smoke'
    return clauses


def chemical_in(clause: Token, noun: Token, fillings: dict) -> bool:
    """A chemical word in what the clause says the munition carries or gives off."""
    own = {t.i for t in noun.subtree if t.i <= noun.i}
    words = fillings["words"]
    return any(t.lower_ in words or t.lemma_.lower() in words or any(part in words for part in t.lower_.split("-"))
               for c in clause.children if c.dep_ in ("dobj", "prep") and c.i not in own for t in c.subtree)


def in_exchange_of_fire(tok: Token, vocab: dict) -> bool:
    """'heavy exchanges of rocket fire': weapons both sides fire at each other are a clash."""
    node = tok.head if tok.dep_ == "compound" else tok
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ in vocab["exchange_nouns"]:
        return True
    return exchanged_as_object(tok, vocab)


def exchanged_as_object(tok: Token, vocab: dict) -> bool:
    """'exchanged artillery and machine-gun fire with the rebels': the weapon names (a part of)
    what a verb of exchange takes as its object."""
    node = tok
    while node.dep_ in ("compound", "nmod", "amod", "conj") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    return node.dep_ == "dobj" and node.head.lemma_ in vocab["exchange_verbs"]


def is_nominal(tok: Token) -> bool:
    """A noun, or a gerund used as one ('Rebel shelling had caused...')."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "dobj", "pobj", "acl", "compound", "appos", "attr")


# Each condition of a trigger rule, read as (anchor, value, vocab, span, places): built once, not per
# trigger (the table of closures made for every candidate cost as much as most checks).
_CHECKS = {
    "theme": lambda anchor, v, vocab, span, places:
        (takes_territory(anchor, vocab, places) if v == "territory"
            else not takes_territory(anchor, vocab, places)),
    "subject": lambda anchor, v, vocab, span, places:
        is_territory(subject_of(anchor), vocab, places),
    "subject_armed": lambda anchor, v, vocab, span, places:
        (subj := acting_subject(anchor)) is not None and is_armed(subj, vocab) == v,
    "armed_doer": lambda anchor, v, vocab, span, places:
        done_by_armed_side(anchor, vocab) == v,
    "subject_in": lambda anchor, v, vocab, span, places:
        any(subj.lemma_ in v or subj.lower_ in v or counted_noun(subj) in v
            for subj in doers_with_conjuncts(anchor)),
    "child_prep": lambda anchor, v, vocab, span, places:
        any(c.lower_ in v for c in anchor.children if c.dep_ in ("prep", "prt", "advmod"))
            or any(c.lower_ in v for o in objects_with_conjuncts(anchor) for c in o.children if c.dep_ == "prep"),
    "governor": lambda anchor, v, vocab, span, places:
        anchor.head.lemma_ in v or any(c.lemma_ in v for c in anchor.children),
    "child_any": lambda anchor, v, vocab, span, places:
        any(t.lemma_ in v or t.lower_ in v for t in anchor.subtree if t.i != anchor.i),
    "victims": lambda anchor, v, vocab, span, places:
        targets_civilians(anchor, vocab),
    "not_victims": lambda anchor, v, vocab, span, places:
        not targets_civilians(anchor, vocab),    # 'drove the young men away' takes no ground
    "crowd": lambda anchor, v, vocab, span, places:
        done_by_a_crowd(anchor, vocab) == v,
    "mob": lambda anchor, v, vocab, span, places:
        done_by_a_mob(anchor, vocab) == v,
    "mob_on_people": lambda anchor, v, vocab, span, places:
        done_by_a_mob(anchor, vocab, hurts_people=hurts_a_person(anchor, vocab)) == v,
    "active": lambda anchor, v, vocab, span, places:
        (not any(c.dep_ in ("nsubjpass", "auxpass") for c in anchor.children)) == v,
    "protesting_crowd": lambda anchor, v, vocab, span, places:
        (subj := subject_of(anchor)) is not None and (
            subj.lower_ in vocab["gathering_doers"] or counted_noun(subj) in vocab["gathering_doers"]
            or (subj.lower_ in vocab["angry_crowd"]["people"] and is_crowd(subj, vocab))
            or gathered_to_protest(anchor, vocab)) == v,
    "two_sides": lambda anchor, v, vocab, span, places:
        agreed_by_two_sides(anchor) == v,
    "protest_act_clause": lambda anchor, v, vocab, span, places:
        gathered_to_protest(anchor, vocab) == v,
    "not_phrasal": lambda anchor, v, vocab, span, places:
        not any(f"{anchor.lemma_.lower()} {c.lower_}" in v
            for c in particles_of(anchor)),   # 'the crowd broke up
    "siege_ended": lambda anchor, v, vocab, span, places:
        ends_a_siege(anchor, v, vocab, places),
    "unarmed_doer": lambda anchor, v, vocab, span, places:
        done_unarmed(anchor, vocab) == v,
    "agent_of": lambda anchor, v, vocab, span, places:
        anchor.dep_ == "pobj" and anchor.head.lower_ in ("by", "in")
            and anchor.head.head.lemma_ in v,       # 'killed by strikes', 'wounded in a strike'
    "not_preceded_by": lambda anchor, v, vocab, span, places:
        span.start == 0 or span.doc[span.start - 1].lower_ not in v,
    "not_governor": lambda anchor, v, vocab, span, places:
        anchor.head.lower_ not in v,
    "not_particle": lambda anchor, v, vocab, span, places:
        not any(c.dep_ == "prt" and c.lower_ in v for c in anchor.children),
    "not_passive_particle": lambda anchor, v, vocab, span, places:
        not (any(c.dep_ == "prt" and c.lower_ in v for c in anchor.children)
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in anchor.children)),
    "not_freed_by": lambda anchor, v, vocab, span, places:
        (verb := first_verb_above(anchor)) is None or verb.lemma_ not in v,
    "subject_not_modified_by": lambda anchor, v, vocab, span, places:
        not any(  # 'a roadside bomb hit' is no aircraft's
            c.lower_ in v for subj in (weapon_subject(anchor), passive_agent(anchor)) if subj is not None
            for c in subj.children if c.dep_ in ("compound", "amod", "nmod")),
    "civilians_after": lambda anchor, v, vocab, span, places:
        any(o.lemma_.lower() in vocab["civilian_words"] or o.lower_ in vocab["civilian_words"]
            or crowd_on_the_move(o, vocab)
            for p in preps_of_the_act(anchor) if p.lower_ in v
            for o in p.children if o.dep_ == "pobj"),
    "not_crowd_on_the_move": lambda anchor, v, vocab, span, places:
        (not any(crowd_on_the_move(t, vocab) for t in anchor.subtree)) == v,
    "object_of_prep": lambda anchor, v, vocab, span, places:
        any(o.lemma_.lower() in v["words"] or o.lower_ in v["words"] or counted_noun(o) in v["words"]
            for p in preps_of_the_act(anchor) if p.lower_ in v["preps"]
            for o in p.children if o.dep_ == "pobj"),   # 'at thousands of demonstrators'
    "not_dep": lambda anchor, v, vocab, span, places:
        anchor.dep_ not in v,
    "not_object_of": lambda anchor, v, vocab, span, places:
        not cleared_away(anchor, v),
    "dep_in": lambda anchor, v, vocab, span, places:
        anchor.dep_ in v,
    "verb_before_prep": lambda anchor, v, vocab, span, places:
        anchor.dep_ in ("pobj", "pcomp") and anchor.head.lower_ in v["preps"]
            and anchor.head.head.lemma_ in v["verbs"],      # 'taken to a screening centre for questioning'
    "not_compound_of": lambda anchor, v, vocab, span, places:
        not (anchor.dep_ == "compound" and (anchor.head.lemma_ in v or anchor.head.lower_ in v)),
    # 'stun grenades', 'tear gas and stun grenades': any word before the noun, however the parser hung it
    "not_modified_by": lambda anchor, v, vocab, span, places:
        not any(t.lower_ in v for left in anchor.lefts for t in left.subtree),
    "subject_of_governor": lambda anchor, v, vocab, span, places:
        any((c.lemma_ in v or c.lower_ in v) for c in anchor.head.children
            if c.dep_ in ("nsubj", "nsubjpass")),
    "has_object": lambda anchor, v, vocab, span, places:
        any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in anchor.children) == v,
    "change_marked": lambda anchor, v, vocab, span, places:
        marks_a_change(anchor, v),
    "object_not_former": lambda anchor, v, vocab, span, places:
        not is_former(theme_of(anchor), vocab),
    "declared_by": lambda anchor, v, vocab, span, places:
        declared_in_clause(anchor, v),
    "theme_gathered": lambda anchor, v, vocab, span, places:
        (theme := theme_of(anchor)) is not None and told_as_gathered(theme, v, vocab["attempt_verbs"]),
    "object_person": lambda anchor, v, vocab, span, places:
        (theme := theme_of(anchor)) is not None and names_a_person(theme, vocab) == v,
    "subject_police": lambda anchor, v, vocab, span, places:
        (subj := acting_subject(anchor)) is not None and (
            subj.lemma_.lower() in vocab["police_words"] or subj.lower_ in vocab["police_words"]) == v,
    "any_object_in": lambda anchor, v, vocab, span, places:
        any(o.lemma_.lower() in v or o.lower_ in v for o in objects_with_conjuncts(anchor)),
    "object_not_in": lambda anchor, v, vocab, span, places:
        (theme := theme_of(anchor)) is None or not (theme.lemma_.lower() in v or theme.lower_ in v),
    "object_in": lambda anchor, v, vocab, span, places:
        (theme := theme_of(anchor)) is not None and (
            theme.lemma_.lower() in v or theme.lower_ in v or counted_noun(theme) in v),
    "after_withdrawal": lambda anchor, v, vocab, span, places:
        entered_after_a_withdrawal(anchor, vocab) == v,
    "without_a_fight": lambda anchor, v, vocab, span, places:
        taken_without_fight(anchor, vocab) == v,
    "to_territory": lambda anchor, v, vocab, span, places:
        any(is_territory(o, vocab, places) for p in anchor.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj") == v,
    "into_territory": lambda anchor, v, vocab, span, places:
        any(is_territory(o, vocab, places) for p in anchor.children
            if p.dep_ == "prep" and p.lower_ == "into"
            for o in p.children if o.dep_ == "pobj") == v,
}


def conditions_hold(anchor: Token, conditions: dict, vocab: dict, span: Span,
                    places: frozenset[int] = frozenset()) -> bool:
    return all(_CHECKS[name](anchor, value, vocab, span, places)
               for name, value in conditions.items() if name in _CHECKS)


def doers_with_conjuncts(verb: Token) -> list[Token]:
    """The verb's subject or passive agent, and the noun joined to a bare name: in 'UN and French
    helicopters fired rockets' the parser makes 'UN', a modifier of the aircraft, the subject and
    the aircraft its conjunct. 'Troops and helicopters attacked' names a ground force first: no."""
    doers = [d for d in (weapon_subject(verb), passive_agent(verb)) if d is not None]
    return [t for d in doers for t in (d, *(d.conjuncts if is_a_promoted_modifier(d) else ()))]


def is_a_promoted_modifier(doer: Token) -> bool:
    """A bare name or adjective standing as the subject ('UN' of 'UN and French helicopters')."""
    return doer.pos_ in ("PROPN", "ADJ") and all(c.dep_ in ("cc", "conj") for c in doer.children)


def preps_of_the_act(verb: Token) -> list[Token]:
    """The verb's prepositions, and those the parser hangs on its weapon: in 'opened fire with small
    arms and grenades on an army post' the 'on' phrase goes with 'grenades', yet tells the target."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    weapons = [o for p in preps if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    weapons += [c for w in weapons for c in w.conjuncts]
    return preps + [c for w in weapons for c in w.children if c.dep_ == "prep" and c.lower_ != "of"]


def declared_in_clause(noun: Token, verbs, reach: int = 4) -> bool:
    """'declared a state of emergency', 'imposed martial law', 'a decree declaring that the
    province was under a state of siege': a verb of declaring a few steps above the noun,
    up through the clause it heads ('was under'), says the rule was declared, not merely in force."""
    for node in list(noun.ancestors)[:reach]:
        if node.lemma_.lower() in verbs and node.pos_ == "VERB":
            return True
    return False


def particles_of(verb: Token) -> list[Token]:
    """The verb's particles, and a preposition right after it that the parser took for one's
    head ('prisoners broke out of the jail': 'out' hangs as a preposition)."""
    return [c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1)]


def told_as_gathered(people: Token, gathering_verbs, attempt_verbs=()) -> bool:
    """'relatives who had gathered outside the jail', 'villagers gathered at the gate': a clause
    on the people that says they gathered makes them a gathering, whatever they are called. The
    parser may hang the clause on the last noun of 'families of the missing who had gathered'.
    'teachers who tried to march on parliament': trying to gather, stopped by the force, counts too."""
    nouns = [people] + [o for p in people.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
    clauses = [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl")]
    clauses += [x for c in clauses if c.lemma_.lower() in attempt_verbs for x in c.children if x.dep_ == "xcomp"]
    return any(c.lemma_.lower() in gathering_verbs for c in clauses)


def objects_with_conjuncts(verb: Token) -> list[Token]:
    """The direct objects and the nouns joined to them: in 'marched the pupils, their principal and
    a driver into the bush' the parser hangs 'into' on the last one."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    return objects + [c for o in objects for c in o.conjuncts]


def done_by_armed_side(verb: Token, vocab: dict) -> bool:
    """'troops set up camp', and 'the army said it had set up two posts': an armed doer, or a pronoun
    whose reporting subject is armed."""
    doer = acting_subject(verb)
    if doer is not None and doer.pos_ == "PRON":
        doer = reporting_subject(verb, vocab) or doer
    return doer is not None and is_armed(doer, vocab)


def ends_a_siege(verb: Token, words: dict, vocab: dict, places: frozenset[int]) -> bool:
    """'broke the siege of X', 'the blockade was lifted', 'broke through to the airport', 'linked
    up with the besieged garrison', 'reached the encircled town': the siege ends, the ground is won."""
    theme = theme_of(verb)
    if verb.lemma_ in ("reach", "relieve", "enter"):
        return theme is not None and is_besieged(theme, words)
    if theme is not None and theme.lemma_.lower() in words["siege_nouns"]:
        return not of_a_building(theme, words)
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    reached = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("to", "with") and p.head.i in (verb.i, *(c.i for c in verb.children))
               for o in p.children if o.dep_ == "pobj"]
    if "up" in particles:           # 'linked up with the besieged garrison'
        return any(is_besieged(o, words) for o in reached)
    if "through" in particles:      # 'broke through to the airport'
        return any(is_besieged(o, words) or is_territory(o, vocab, places) for o in reached)
    return False


def done_unarmed(verb: Token, vocab: dict) -> bool:
    """'the first commercial trucks entered the city', 'the talks ended the blockade': the subject
    carries no arms ('army trucks rolled into the town' still does)."""
    subject = subject_of(verb) or governing_subject(verb)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head             # 'residents who walked into the city': the residents walked
    unarmed = vocab["unarmed_doers"]
    if subject is None or subject.lower_ not in unarmed["nouns"]:
        return False
    counted = _of_object(subject)       # 'a convoy of armoured vehicles' is armed by what it is made of
    return not any(c.lower_ in unarmed["armed_modifiers"] for noun in (subject, counted) if noun is not None
                   for c in noun.children if c.dep_ in ("amod", "compound", "nmod"))


def of_a_building(siege: Token, words: dict) -> bool:
    """'the siege of the Hayat Hotel': gunmen holding a building, no ground held around it."""
    held = _of_object(siege)
    return held is not None and held.lemma_.lower() in words["hostage_sites"]


def is_besieged(tok: Token, words: dict) -> bool:
    return tok.lower_ in words["besieged"] or any(
        c.dep_ in ("amod", "compound", "acl") and c.lower_ in words["besieged"] for c in tok.children)


def cleared_away(anchor: Token, verbs) -> bool:
    """'engineers cleared roadside bombs', 'troops defused a car bomb': the device is the object
    of a verb that takes it out of use; nothing went off."""
    noun = anchor
    while noun.dep_ in ("compound", "amod", "nmod", "conj") and noun.head is not noun:
        noun = noun.head                                  # 'roadside' -> 'bombs'; 'fighters and booby traps' -> 'fighters'
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head                             # 'columns of tanks and artillery were driven out'
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return noun.head.head.lemma_.lower() in verbs     # 'a search for booby traps': sought, not set off
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs


def marks_a_change(verb: Token, words) -> bool:
    """'was under army control by Monday', 'is now under rebel control': a state reached, not
    one that holds ('remains under government control' is no event)."""
    if verb.lemma_ in ("come", "fall", "bring", "return"):
        return True
    return any(c.lower_ in words for c in verb.children if c.dep_ in ("advmod", "prep"))


def takes_territory(anchor: Token, vocab: dict, places: frozenset[int]) -> bool:
    """The object is a territory; a marked place hanging off the verb counts even when the
    tagger misreads it ('captured Bakhmut' parsed as an adverb)."""
    if is_territory(theme_of(anchor), vocab, places):
        return True
    return any(c.i in places for c in anchor.children if c.dep_ in ("advmod", "npadvmod", "attr", "oprd", "dep"))


def gathered_to_protest(verb: Token, vocab: dict) -> bool:
    """'gathered outside the UN office, demanding protection', 'assembled in the square, chanting
    against the war': a clause of the gathering verb tells a protest act (data: protest_acts)."""
    acts = vocab["protest_acts"]
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj", "acl")]
    for clause in [*clauses, *(c for clause in clauses for c in clause.conjuncts)]:
        if clause.pos_ != "VERB":
            continue
        lemma = clause.lemma_.lower()
        if lemma in acts["verbs"] or lemma in acts["against_verbs"] and any(
                c.dep_ == "prep" and c.lower_ == "against" for c in clause.children):
            return True
        if lemma in acts["display_verbs"] and any(
                o.lower_ in acts["display_objects"] for o in objects_with_conjuncts(clause)):
            return True                 # 'stood outside the court holding placards'
        if lemma in acts["request_verbs"] and asks_someone_to_act(clause):
            return True                 # 'gathered at the prison gate, urging the governor to release the list'
    return False


def asks_someone_to_act(verb: Token) -> bool:
    """'urging the governor to release the list', 'asking the minister to resign': a request put to
    someone to do something, the form a crowd's demand takes in news as often as 'demanding'
    ('asking for news' or 'asked about' put no demand)."""
    return any(c.dep_ in ("dobj", "obj") for c in verb.children) and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)


def crowd_on_the_move(noun: Token, vocab: dict) -> bool:
    """'crowds leaving the city on foot', 'a crowd that was fleeing the shelling': people told as
    leaving somewhere are no gathering (data: crowds_on_the_move)."""
    moving = vocab["crowds_on_the_move"]
    return noun.lower_ in moving["nouns"] and any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in moving["verbs"] for c in noun.children)


def targets_civilians(anchor: Token, vocab: dict) -> bool:
    words = vocab["civilian_words"]
    theme = theme_of(anchor)
    if theme is not None and any(is_civilian_person(person, vocab) or is_displacement_camp(person, vocab)
                                 for person in (theme, *theme.conjuncts)):
        return True
    if any(c.lower_ in words for c in anchor.children if c.dep_ in ("dobj", "nsubjpass", "amod", "compound")):
        return True
    return killed_in_it_are_civilians(anchor, words) or settlement_raid_killing_civilians(anchor, theme, vocab)


def is_displacement_camp(noun: Token, vocab: dict) -> bool:
    """'a camp for displaced people', 'the Kiwanja IDP camp', 'a displacement site': the people
    an attack on such a camp hits are those who fled there, civilians, whoever else is named."""
    camps = vocab["displacement_camps"]
    if noun.lemma_.lower() not in camps["heads"] and noun.lower_ not in camps["heads"]:
        return False
    before = [t for left in noun.lefts for t in left.subtree]
    end = max(t.i for t in noun.subtree)
    # the parser may hang 'for displaced people' on the verb, right after the camp
    preps = [p for p in (*noun.children, *noun.head.children) if p.dep_ == "prep" and p.lower_ in ("for", "of")
             and (p.head.i == noun.i or p.i == end + 1)]
    after = [t for p in preps for t in p.subtree]
    return any(t.lower_ in camps["markers"] for t in before + after)


def settlement_raid_killing_civilians(anchor: Token, theme: Token | None, vocab: dict) -> bool:
    """'attacked a village in Borno state, killing 12 farmers': an attack on a settlement whose
    only toll the clause gives is of civilians was an attack on them (no armed side is named as hit)."""
    if theme is None or theme.lemma_.lower() not in vocab["raided_settlements"]:
        return False
    words = vocab["civilian_words"]
    tolls = [c for clause in anchor.children if clause.dep_ in ("advcl", "conj") and clause.lemma_ in ("kill", "wound", "injure")
             for c in clause.children if c.dep_ == "dobj"]
    if anchor.dep_ == "advcl" and anchor.head.lemma_ in ("kill", "wound", "injure"):
        # 'at least 40 people were killed when gunmen attacked three villages': the toll the raid explains
        tolls += [c for c in anchor.head.children if c.dep_ in ("nsubjpass", "dobj")]
    tolls += [c for t in tolls for c in t.children if c.dep_ == "conj"]     # '49 civilians and 15 soldiers'
    return bool(tolls) and all(t.lower_ in words or t.lemma_ in words for t in tolls)


def killed_in_it_are_civilians(anchor: Token, words) -> bool:
    """'gunmen killed 15 villagers in an attack near Gusau', 'six farmers were killed in the
    assault': the people whose killing the attack noun explains are civilians."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("in", "during"):
        return False
    verb = anchor.head.head
    return verb.lemma_ in ("kill", "wound", "injure", "die") and any(
        c.lower_ in words or c.lemma_ in words for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj"))


def done_by_a_crowd(anchor: Token, vocab: dict) -> bool:
    """'protesters set fire to tyres', 'the building was stormed by a mob', 'angry young people
    torched the town hall': the doer is a crowd, not an armed group."""
    doers = (weapon_subject(anchor) or subject_up_the_clause_chain(anchor), passive_agent(anchor))   # 'youths barricaded roads and burned tyres'
    doers = [d for doer in doers if doer is not None for d in (doer, *doer.conjuncts)]
    # 'several hundred Serbs and Macedonian protesters hurled stones': a crowd named beside other people
    return any(is_crowd(doer, vocab) or part_of_a_crowd(doer, vocab) for doer in doers)


def part_of_a_crowd(doer: Token, vocab: dict) -> bool:
    """'thousands of protesters rallied outside the embassy; some threw stones at the police':
    a partitive pronoun picks out part of the crowd its sentence makes the subject of a verb
    (data: partitive_doers)."""
    return doer.lower_ in vocab["partitive_doers"] and any(
        is_crowd(t, vocab) for t in doer.sent if t.dep_ == "nsubj" and t.i != doer.i)


def subject_up_the_clause_chain(tok: Token, limit: int = 4) -> Token | None:
    """'students took to the streets to protest, blocking roads and throwing stones at police':
    a participle joined to a participle of a purpose clause is done by the subject of the verb
    at the top of the chain, a few clauses up."""
    node = tok
    for _ in range(limit):
        subject = governing_subject(node)
        if subject is not None or node.dep_ not in ("xcomp", "advcl", "conj", "oprd"):
            return subject
        node = node.head
    return None


def done_by_a_mob(anchor: Token, vocab: dict, hurts_people: bool = False) -> bool:
    """'a mob lynched a man', 'vigilantes burned two suspects alive', 'two men were beaten to
    death by a mob': the doer is a mob, which ACLED tells apart from demonstrators turned violent.
    When the act hurts people, a crowd no one calls a mob is one too ('residents beat a suspected
    thief to death', 'angry youths attacked a group of travellers')."""
    doers = [d for d in (weapon_subject(anchor) or governing_subject(anchor), passive_agent(anchor)) if d is not None]
    if any(doer.lemma_.lower() in vocab["mob_words"] or doer.lower_ in vocab["mob_words"] for doer in doers):
        return True
    if any(is_crowd(doer, vocab) for doer in doers) and turned_on_each_other(anchor, doers, vocab):
        return True
    return hurts_people and any(is_lynching_crowd(doer, vocab) for doer in doers)


def agreed_by_two_sides(verb: Token) -> bool:
    """'the army and the district committee agreed to ...', 'the government agreed with the rebels
    to ...': both sides of the agreement are named, as joined subjects or as a 'with' partner, and
    what they agreed is an act ('to recruit', 'on a truce'), not an opinion ('agreed that ...',
    'agreed with the assessment')."""
    if not any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return False
    subject = subject_of(verb) or governing_subject(verb)
    if subject is not None and subject.conjuncts:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children)
               for c in verb.children)


def hurts_a_person(verb: Token, vocab: dict) -> bool:
    """'crowds beat returnees', 'caught a man and beat him to death', 'killed 11 policemen': the act
    falls on a person, whoever it is (a soldier, a suspect, a returnee), not on a building. Some
    verbs only ever fall on people (data: person_harm)."""
    harm = vocab["person_harm"]
    if verb.lemma_.lower() in harm["verbs"]:
        return True
    theme = theme_of(verb)
    if theme is None:
        return False
    return (theme.lower_ in harm["pronouns"] or is_civilian_person(theme, vocab) or is_armed(theme, vocab)
            or theme.lemma_.lower() in vocab["police_words"] or theme.lower_ in vocab["police_words"]
            or theme.lemma_.lower() in harm["people"] or theme.lower_ in harm["people"])


def aimed_at_civilians(anchor: Token, vocab: dict) -> bool:
    """'stoned a bus carrying displaced families', 'pelted a convoy of refugees with rocks', 'threw
    stones at passengers': a crowd's violence aimed at civilians, or at the vehicle carrying them,
    is mob violence (ACLED), not a demonstration against the state (data: civilian_carriers)."""
    for target in aimed_objects(anchor, vocab):
        if is_civilian_person(target, vocab):
            return True
        if target.lemma_.lower() in vocab["civilian_carriers"] and carries_only_civilians(target, vocab):
            return True
    return False


def carries_only_civilians(vehicle: Token, vocab: dict) -> bool:
    """'a bus carrying displaced families': civilians ride in it. 'A convoy carrying officials and
    journalists' is the state's, whoever rides along with them (data: state_riders)."""
    if any(r.lemma_.lower() in vocab["state_riders"] or r.lower_ in vocab["state_riders"]
           for r in named_riders(vehicle)):
        return False
    return any(is_civilian_person(person, vocab) for person in carried_people(vehicle))


def rider_links(vehicle: Token) -> list[Token]:
    """The words that tell who rode in it: 'carrying' (a clause on the vehicle) or 'of', 'with', 'full'."""
    return [c for c in vehicle.children
            if c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("of", "with", "full")]


def named_riders(vehicle: Token) -> list[Token]:
    """The heads of who rode in it ('carrying the governor and reporters', 'of officials'), and
    not every noun below ('... of refugees until police dispersed them')."""
    heads = [c for link in rider_links(vehicle) for c in link.children
             if c.dep_ in (("pobj",) if link.dep_ == "prep" else ("dobj", "obj"))]
    return heads + [c for head in heads for c in head.conjuncts]


def aimed_objects(anchor: Token, vocab: dict) -> list[Token]:
    """The act's object and what it was thrown at ('threw stones at a bus')."""
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    objects += [o for p in anchor.children if p.dep_ == "prep" and p.lower_ in vocab["target_preps"]
                for o in p.children if o.dep_ == "pobj"]
    return objects


def carried_people(vehicle: Token) -> list[Token]:
    """'a bus carrying families', 'a convoy of refugees', 'a lorry with pilgrims': who rode in it."""
    return [t for link in rider_links(vehicle) for t in link.subtree if t.pos_ in ("NOUN", "PROPN")]


def turned_on_each_other(anchor: Token, doers: list[Token], vocab: dict) -> bool:
    """'rival crowds pelted each other with stones', 'the two groups threw rocks at one another':
    crowds fighting crowds riot against each other, not against the state (ACLED: Mob violence;
    data: rival_crowds)."""
    rival = vocab["rival_crowds"]
    if any(c.dep_ == "amod" and c.lower_ in rival["modifiers"] for doer in doers for c in doer.children):
        return True
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    objects += [o for p in anchor.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(is_reciprocal(o, rival["reciprocals"]) for o in objects)


def is_reciprocal(tok: Token, reciprocals: list[str]) -> bool:
    """'each other' (the parser's head is 'other') or 'one another' (its head is 'one')."""
    doc = tok.doc
    return (tok.i > 0 and f"{doc[tok.i - 1].lower_} {tok.lower_}" in reciprocals
            or tok.i + 1 < len(doc) and f"{tok.lower_} {doc[tok.i + 1].lower_}" in reciprocals)


def is_lynching_crowd(doer: Token, vocab: dict) -> bool:
    """A crowd of people, or the residents of a place, as the doer of violence on a person. The
    parser may make the place's last word the subject ('residents of Kadutu commune': 'commune'),
    with the people hung on it before it."""
    words = vocab["lynching_crowds"]
    heads = [doer] + [c for c in doer.children if c.dep_ in ("nsubj", "compound") and c.i < doer.i]
    heads += [of for of in (_of_object(doer),) if of is not None and doer.lower_ in vocab["crowd_heads"]]   # 'gangs of youths'
    return any(is_crowd(h, vocab) or h.lower_ in words or counted_noun(h) in words for h in heads)


def targets_protesters(anchor: Token, vocab: dict) -> bool:
    theme = theme_of(anchor)
    if theme is None or (theme.lower_ in vocab["bare_crowd_words"] and tells_of_a_civilian_crowd(anchor.doc, vocab)):
        return False                    # 'shot into the crowd' in a report of a camp: civilians
    return theme.lemma_.lower() in vocab["protest_crowd_words"] or theme.lower_ in vocab["protest_crowd_words"] \
        or described_as_protesting(theme, vocab) or is_protest_site(theme, vocab)


def is_protest_site(place: Token, vocab: dict) -> bool:
    """'a protest camp', 'the sit-ins': a site named by the protest held there is the gathering
    itself, so force used on it is force used on protesters."""
    if place.lower_ in ("in", "ins") and place.i >= 2 and place.doc[place.i - 2].lower_ == "sit":
        return True                     # the parser splits 'sit-in' into 'sit', '-', 'in'
    return any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in vocab["protest_crowd_words"]
                                                   or c.lower_ in vocab["protest_crowd_words"])
               for c in place.children)


def fired_on_a_crowd_of_no_protest(anchor: Token, vocab: dict) -> bool:
    """'soldiers opened fire on the crowd' in a report of displaced people penned in a camp (or of a
    market, a queue for aid) that tells of no protest, march, rally or strike anywhere: firing on
    civilians (ACLED: Attack), not force used on protesters. Only where the gathering word is a
    bare 'crowd'."""
    gathering = [t for t in anchor.subtree if t.i != anchor.i
                 and (t.lower_ in vocab["protest_crowd_words"] or t.lemma_ in vocab["protest_crowd_words"])]
    return bool(gathering) and all(t.lower_ in vocab["bare_crowd_words"] for t in gathering) \
        and tells_of_a_civilian_crowd(anchor.doc, vocab)


def tells_of_a_civilian_crowd(doc, vocab: dict) -> bool:
    """The report names no protest, march, rally or strike anywhere (data: protest_context_words) but
    tells of people a crowd of civilians is made of: a camp, displaced people, a queue, a market
    (data: civilian_crowd_settings). A crowd nothing is said of stays a gathering."""
    protest, settings = vocab["protest_context_words"], vocab["civilian_crowd_settings"]
    lowers = {t.lower_ for t in doc}
    return not lowers & set(protest) and bool(lowers & set(settings))


def described_as_protesting(people: Token, vocab: dict) -> bool:
    """'protesting students', 'striking miners': people a protest participle describes are
    protesters, whoever they are otherwise (data: protesting_modifiers)."""
    return any(c.dep_ == "amod" and c.lower_ in vocab["protesting_modifiers"] for c in people.children)


def scene_clauses(verb: Token, vocab: dict) -> list[Token]:
    """The 'after ...' clauses of a verb ('entered X hours after Moscow said its forces had left')."""
    return [c for c in verb.children if c.dep_ == "advcl"
            and any(m.dep_ in ("mark", "prep") and m.lower_ in vocab["sequence_marks"] for m in c.children)]


def entered_after_a_withdrawal(tok: Token, vocab: dict) -> bool:
    """'Troops entered the city hours after the other side said its forces had left it', 'moved
    into the Old City after the last buses carrying fighters left': control changed without a
    fight (ACLED: Non-violent transfer of territory)."""
    lemmas = vocab["withdrawal_lemmas"]
    return any(t.lemma_ in lemmas and t.pos_ in ("VERB", "AUX") for clause in scene_clauses(tok, vocab)
               for t in clause.subtree)


def taken_without_fight(tok: Token, vocab: dict) -> bool:
    """'entered Kabul unopposed and took over the palace', 'handed over without a fight': a change
    of control that its own clause (or a clause joined to it) says met no resistance."""
    markers = vocab["non_violent_markers"]
    words, without = set(markers["words"]), set(markers["without"])
    verbs = {tok, *(c for c in tok.children if c.dep_ == "conj")}
    if tok.dep_ == "conj":
        verbs.add(tok.head)
    for verb in verbs:
        for child in verb.children:
            if child.lower_ in words and child.dep_ not in ("nsubj", "dobj", "pobj"):
                return True
            if child.dep_ == "prep" and child.lower_ == "without" and any(
                    t.lemma_.lower() in without or t.lower_ in without for t in child.subtree):
                return True
    return False
