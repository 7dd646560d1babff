"""Whether a trigger tells an act that happened, as news: not hypothetical, negated, habitual, told
as background or history, remembered, yet to come, a trend, a running count or share, a person's
past, the setting or failure of an agreement, a cause of flight.

Decides from the trigger's token and the words and clauses around it; no document state."""
from __future__ import annotations

from spacy.tokens import Token

from .grammar import clause_verb, first_verb_above, governing_chain, subject_of_the_clause_it_serves, theme_of
from .nouns import is_armed, is_civilian_person


def is_irrealis(tok: Token, vocab: dict, allowed: frozenset[str] = frozenset()) -> bool:
    """Hypothetical, future, wished or prevented: "if forces capture", "will retake", "to prevent".
    ``allowed`` governors do not count (a truce 'agreed' is the agreement itself)."""
    markers = vocab["irrealis_markers"]
    if is_directed(tok, vocab):
        return True                     # 'told any soldiers left behind to surrender'
    if is_purpose_of_a_noun(tok, vocab):
        return True                     # 'launched an operation to win back Kunduz'
    chain = [tok, *governing_chain(tok)]
    # 'stopped a minibus and took away four passengers': a verb joined to 'stop' is no thing stopped
    joined = {node.head.i for node in chain if node.dep_ == "conj" and node.pos_ == "VERB"}
    for node in chain:
        if node.lemma_ in vocab["reporting_lemmas"] and node.i != tok.i:
            return False
        if any(c.dep_ in ("aux", "mark", "advmod") and c.lower_ in markers for c in node.children):
            return True
        if node.dep_ in ("nsubj", "nsubjpass") and node.i != tok.i:
            return False                # 'men identified as RSF abducted 14 farmers and are demanding ransom': the
                                        # act describes the subject; what its verb wants is no aim of the act
        if states_what_happened(node, vocab):
            return False                # 'called for an inquiry after an air strike killed 22': it did
        if node.i != tok.i and node.i not in joined and node.lemma_ not in allowed and (
                node.lemma_ in vocab["irrealis_governors"] or node.lower_ in vocab["irrealis_nouns"]) \
                and not accuses_of_a_dated_act(node, tok, vocab):
            return True
    return False


def accuses_of_a_dated_act(governor: Token, tok: Token, vocab: dict) -> bool:
    """'accused police of opening fire on residents late on Thursday, killing two men': an
    accusation of an act it dates to a day tells that act as the accusers tell it (ACLED codes
    it, and a denial disputes it); 'accused the army of shelling civilians' with no day is a
    charge, no event (data: dated_accusations)."""
    return governor.lemma_ in vocab["dated_accusations"] and any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def is_purpose_of_a_noun(tok: Token, vocab: dict) -> bool:
    """'an operation to retake the city', 'a campaign to capture the bridge': an infinitive hanging
    on a noun of aim ('aim_nouns') tells what is aimed at."""
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return False
    if to.i == tok.i - 1 and to.i >= 1 and tok.doc[to.i - 1].lower_ in vocab["aim_nouns"] \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True                     # 'a statement on the offensive to retake X', the infinitive hung on 'issued'
    if tok.dep_ not in ("relcl", "acl"):
        return False
    # not on people ('Kurds who had gathered ... to protest', misparsed), nor 'the first troops to enter'
    return tok.head.lemma_.lower() in vocab["aim_nouns"]


def states_what_happened(node: Token, vocab: dict) -> bool:
    """A clause opened by 'after' or 'because' tells a fact the main clause reacts to, whatever
    that main clause wishes or demands."""
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in vocab["realis_subordinators"]
                                        for c in node.children)


def is_directed(tok: Token, vocab: dict) -> bool:
    """What someone is told, ordered or urged to do has not happened: 'told any soldiers left
    behind to surrender' (the parser may hang the infinitive on the words between)."""
    if tok.dep_ == "xcomp" and tok.head.lemma_ in vocab["directive_verbs"]:
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return any(a.lemma_ in vocab["directive_verbs"] for a in list(tok.ancestors)[:3])


def is_negated(tok: Token, vocab: dict) -> bool:
    """'did not enter', 'refused to', 'no sign that an air strike had hit'."""
    negations = vocab["negations"]
    nodes = [tok] + ([tok.head] if tok.dep_ in ("xcomp", "pobj", "dobj") else [])
    chain = governing_chain(tok)
    if any(n.lower_ == "without" for n in [tok.head, *chain]):
        return True                     # 'met without agreeing on a truce'
    nodes += [n for n in chain if n.pos_ == "NOUN"]
    if any(c.dep_ in ("neg", "det") and c.lower_ in negations for n in nodes for c in n.children):
        return True
    return has_no_one_as_subject(tok, vocab)


def has_no_one_as_subject(tok: Token, vocab: dict) -> bool:
    """'no inhabitant has been arrested', 'nobody was taken', 'not a single tank had moved into X',
    'not one tank moved into the town': the act is said of no one (a denier's counter-account, no event)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and is_none_of_them(c, vocab) for c in tok.children)


def is_none_of_them(noun: Token, vocab: dict) -> bool:
    """'nobody', 'no inhabitant', 'not a single tank', 'not one soldier'."""
    if noun.lower_ in vocab["nobody_words"] or any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children):
        return True
    return any(d.dep_ == "neg" for d in noun.children) \
        or any(d.dep_ == "nummod" and any(g.dep_ == "neg" for g in d.children) for d in noun.children)


def is_habitual(tok: Token, vocab: dict) -> bool:
    """'daily bombing', 'targeted regularly by air strikes': a pattern, not an event."""
    words = vocab["habitual_modifiers"]
    nodes = [tok]
    if tok.dep_ in ("pobj", "agent") or tok.head.dep_ in ("agent", "prep"):
        nodes += [tok.head, tok.head.head]
    every = list(nodes) + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else [])   # 'rockets hit X each day'
    if any(c.lower_ in words for n in nodes for c in n.children if c.dep_ in ("amod", "advmod", "npadvmod", "compound")):
        return True
    if has_gone_on_for_weeks(tok, vocab) or under_it_for_a_stretch(tok, vocab) or describes_who_they_are(tok):
        return True
    # 'they shell the town every night', 'strikes hit the city each day' ('at each other' is no day)
    return any(c.dep_ in ("npadvmod", "pobj") and c.lower_ not in ("other", "another")
               and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children)
               for n in every for c in [*n.children, *(g for p in n.children if p.dep_ == "prep" for g in p.children)])


def describes_who_they_are(verb: Token) -> bool:
    """'blamed the militiamen who fight alongside the army', 'the Karuna faction, which fights
    beside government troops': a relative clause in the simple present, undated, introduces the
    people it hangs on by what they do in general (news tells an act in a past tense or with a
    day); no event."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def has_gone_on_for_weeks(verb: Token, vocab: dict) -> bool:
    """'gangs have been fighting in the capital for weeks': a perfect progressive over a bare
    stretch of weeks or months tells a state of affairs, not one dated event."""
    perfect = {c.lower_ for c in verb.children if c.dep_ == "aux"} >= {"been"} and verb.tag_ == "VBG"
    if not perfect:
        return False
    return any(g.lower_ in vocab["running_stretches"] and not any(c.dep_ in ("det", "nummod", "amod") for c in g.children)
               for g in spans_for(verb))


def spans_for(verb: Token) -> list[Token]:
    """The nouns of the verb's 'for' phrases: 'weeks' in 'fighting for weeks'."""
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]


def under_it_for_a_stretch(tok: Token, vocab: dict) -> bool:
    """'the town that has been under bombardment for almost a month', 'under shelling for weeks':
    a state the place has been in over a stretch of weeks or months, not one dated strike."""
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ != "under":
        return False
    stretch = set(vocab["running_stretches"]) | set(vocab["long_durations"]) | {"week"}
    return any(g.lemma_.lower() in stretch or g.lower_ in stretch for g in spans_for(tok.head.head))


def in_background_clause(tok: Token, vocab: dict, weeks_back: bool = True) -> bool:
    """'since the assault started', 'before the siege', 'after weeks of fighting': a clause that
    sets the scene. ``weeks_back=False`` reads 'seven weeks after the army began its assault' as no
    background (for finding the doer of the act the main clause tells)."""
    if after_a_stretch_of(tok, vocab) or weeks_of(tok, vocab):
        return True
    markers = vocab["background_markers"]
    for node in [tok, *governing_chain(tok)]:
        if node.dep_ == "pobj" and node.head.lower_ in markers:
            return True
        if any(c.dep_ == "mark" and c.lower_ in markers for c in node.children) \
                and not (node is tok and dated_to_the_day(tok) and taken_it_is_the_main_subject(tok)) \
                and not (node.i == tok.head.i != tok.i and dated_to_the_day(node) and is_a_signing(tok, vocab)):
            return True
        if long_before(node, vocab, weeks_back) and not (node.i == tok.i and names_its_day(tok)):
            return True                 # 'three weeks after rebels raided the camp on 9 June' names its day
    return False


def dated_to_the_day(verb: Token) -> bool:
    """'since it was retaken on 12 November': the clause tells a dated act, not the scene; whether
    that day is news or history is the date's business (is_background)."""
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(o.ent_type_ == "DATE" for o in p.subtree)
               for p in verb.children)


def names_its_day(verb: Token) -> bool:
    """'after rebels killed nine herders on a hillside above X on 9 June': an 'on <date>' anywhere in
    the verb's own clause (the parser may hang it on the place) dates the act to the day."""
    return any(t.dep_ == "prep" and t.lower_ == "on" and clause_verb(t.head).i == verb.i
               and any(o.ent_type_ == "DATE" for o in t.subtree) for t in verb.subtree)


def is_a_signing(noun: Token, vocab: dict) -> bool:
    """'since the agreement was signed on Thursday, February 12': a dated signing is an act of its
    own (ACLED Agreement) even told as the start of a stretch; whether that day is news or history
    is the date's business."""
    rule = vocab["_rules"].get("agreement", {})
    return noun.pos_ == "NOUN" and noun.head.lemma_ in rule.get("conditions", {}).get("governor", ())


def taken_it_is_the_main_subject(verb: Token) -> bool:
    """'The town has been calm since it was retaken': the clause's 'it' is the main clause's subject."""
    theme = theme_of(verb)
    return theme is not None and theme.lower_ == "it" and subject_of_the_clause_it_serves(theme) is not None


def after_a_stretch_of(tok: Token, vocab: dict) -> bool:
    """'took the town after weeks of fighting': the fighting is how the capture came, not an event."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    stretch = tok.head.head
    return (stretch.lemma_.lower() in vocab.get("after_durations", ()) and stretch.dep_ == "pobj"
            and stretch.head.lower_ in ("after", "following"))


def weeks_of(tok: Token, vocab: dict) -> bool:
    """'the final weeks of street fighting have left the district in ruins', 'months of fighting
    have driven thousands out': fighting told as weeks or months sums up a stretch, not one event
    ACLED can date."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in vocab["running_stretches"]


def long_before(node: Token, vocab: dict, weeks_back: bool = True) -> bool:
    """'eight months after troops drove them out', 'three weeks after Kurdish forces retook it': a
    clause set weeks, months or years back (the report would date it to its own day)."""
    mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "when")), None)
    if mark is None:
        return False
    back = {*vocab["long_durations"], *(("week", "weeks") if weeks_back else ())}
    # the parse may hang 'three weeks' elsewhere when a headline is glued on: the words before 'after' tell
    return any(c.dep_ == "npadvmod" and c.lemma_ in back for c in node.children) \
        or (1 < mark.i < node.i and mark.lower_ == "after" and node.doc[mark.i - 1].lemma_ in back
            and node.doc[mark.i - 2].lower_ not in vocab["time_point_determiners"])


def is_denied(tok: Token, vocab: dict) -> bool:
    return any(n.lemma_ in vocab["denial_verbs"] for n in [tok, *governing_chain(tok)])


def is_counted_in_a_series(tok: Token, vocab: dict) -> bool:
    """'a second explosion', 'another blast': the text counts this one after others."""
    return any(c.dep_ in ("amod", "det") and c.lower_ in vocab["series_ordinals"] for c in tok.children)


def gives_the_toll_of_an_act(tok: Token, vocab: dict) -> bool:
    """'the death toll from Sunday's attack', 'the number of dead in the bombing': an act named
    only as what a toll counts (the report tells the act itself elsewhere)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of", "in") \
        and tok.head.head.lemma_.lower() in vocab["toll_nouns"]


def names_the_act_its_toll_fell_in(tok: Token, vocab: dict) -> bool:
    """'15 rebels were killed in the day's fighting', 'said 18 of its fighters died in Sunday's
    fighting', 'five soldiers were killed when the garrison was overrun': an act named definitely
    as where the dead fell (a noun after 'in'/'during', or a 'when' clause on the verb of dying) is
    named to give its toll; whether the report told it already is the caller's business."""
    dying = vocab["toll_verbs"]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during"):
        return tok.head.head.lemma_.lower() in dying and is_definite(tok, vocab)
    if tok.dep_ != "advcl" or tok.head.lemma_.lower() not in dying \
            or not any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in tok.children):
        return False
    theme = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return theme is not None and is_definite(theme, vocab)


def is_definite(noun: Token, vocab: dict) -> bool:
    """'the fighting', 'that battle', 'Sunday's attack', 'the day's fighting': a noun the reader
    is meant to know already."""
    return any(c.dep_ == "det" and c.lower_ in vocab["definite_words"] or c.dep_ == "poss" for c in noun.children)


def reported_back_then(tok: Token, vocab: dict) -> bool:
    """'a spokesman said at the time that the dead were fighters killed in drone strikes': a report
    made at an earlier moment the text does not date tells what was said then; an act it gives no
    day of its own is history the story recalls (the caller checks the day)."""
    for node in governing_chain(tok):
        if node.lemma_ in vocab["reporting_lemmas"]:
            return any(p.dep_ == "prep" and p.lower_ == "at" and any(
                o.dep_ == "pobj" and o.lower_ == "time" and any(d.lower_ == "the" for d in o.children)
                for o in p.children) for p in node.children)
    return False


def told_over_months(tok: Token, vocab: dict) -> bool:
    """'For four months the sit-in in the square was the kind of protest the capital could live
    with': an act that is the subject (or in the complement) of 'be' over months or years is
    described, as a state of affairs, not told as one act ACLED could date. (An act verb with 'for
    two years' may still tell one: 'rebels who had held it for two years were driven out'.)"""
    verb = clause_verb(tok)
    return verb.lemma_ == "be" and verb.i != tok.i and any(g.lemma_.lower() in vocab["long_durations"] or g.lower_ in vocab["long_durations"]
               for g in spans_for(verb))


def is_cause_of_flight(tok: Token, vocab: dict) -> bool:
    """'a million people have fled the fighting in Idlib since December', 'displaced by the
    bombardment': the violence is why people left, told as background, not an event of its own."""
    verbs = vocab["flight_verbs"]
    if tok.dep_ == "dobj" and tok.head.lemma_ in verbs:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by") and tok.head.head.lemma_ in verbs:
        return True
    return fled_after_the_known_act(tok, vocab)


def fled_after_the_known_act(tok: Token, vocab: dict) -> bool:
    """'fleeing the district after the attack on the camp': an act named with 'the' after a verb
    of flight is one the reader already knows, told as why people left."""
    return tok.dep_ == "pobj" and tok.head.lower_ in vocab["scene_preps"] and tok.head.head.lemma_ in vocab["flight_verbs"] \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)


def is_ground_held_so_far(tok: Token, vocab: dict) -> bool:
    """'Azerbaijan keeps the ground it has taken': a perfect-tense clause on 'ground' or
    'territory' sums up gains so far; it is no capture of its own."""
    return tok.dep_ == "relcl" and tok.head.lemma_.lower() in vocab["context_themes"] \
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def held_since(tok: Token, vocab: dict) -> bool:
    """'the village had been occupied since early March': a perfect passive of holding with 'since'
    tells how long ground has been held, not when it changed hands ('20 villages have been
    liberated since Tuesday' still tells gains)."""
    if tok.lemma_.lower() not in vocab["holding_lemmas"]:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) \
        and any(c.dep_ == "auxpass" for c in tok.children)
    return perfect and any(c.dep_ == "prep" and c.lower_ in vocab["background_markers"] for c in tok.children)


def is_earlier_history_of_place(tok: Token) -> bool:
    """'recaptured Saraqib, which the government had taken earlier this month': a past-perfect
    relative clause on a place tells how it got where it is, not a new event."""
    return tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children)


def tells_a_persons_past(tok: Token, vocab: dict) -> bool:
    """'a former combatant who had signed the 2016 peace deal', 'a teacher who had been abducted
    in 2019': a past-perfect relative clause on a person says who the person is, not what happened."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else first_verb_above(tok)
    if verb is None or verb.dep_ != "relcl" or not any(c.lower_ == "had" for c in verb.children if c.dep_ in ("aux", "auxpass")):
        return False
    person = verb.head
    return is_civilian_person(person, vocab) or person.lower_ in vocab["person_heads"] or is_armed(person, vocab)


def is_ongoing(tok: Token) -> bool:
    """'troops were clearing the area on Tuesday': a change of control still under way has not
    happened yet."""
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)


def is_support(tok: Token, vocab: dict) -> bool:
    """An attack noun that backs the doer of another act ('troops, backed by air strikes, took ...')
    describes that act's support: it is no event of its own (ACLED codes the act)."""
    head = tok.head
    if head.dep_ == "conj":
        head = head.head            # 'backed by air strikes and armoured vehicles'
    if head.lower_ != "by" and head.lower_ != "with":
        return False
    verb = head.head
    return verb.dep_ in ("acl", "advcl", "relcl") and verb.lemma_.lower() in vocab["support_verbs"]


def is_remembered(tok: Token, vocab: dict) -> bool:
    """An act named as what is remembered, not as news: 'the tenth anniversary of the bombing',
    'a memorial honours the men killed in the massacre', 'mourners commemorated the victims of
    the attack'. Only inside the object of the verb of remembrance ('the attack marked an
    escalation' still tells the attack)."""
    words = vocab["remembrance_words"]
    node = tok
    while node.head.i != node.i:
        head = node.head
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words["nouns"]:
            return True
        if node.dep_ in ("dobj", "obj") and head.lemma_.lower() in words["verbs"]:
            return True
        node = head
    return False


def is_about_to_happen(tok: Token, vocab: dict) -> bool:
    """'the army was about to enter the town', 'on the verge of capturing Kidal': an act told as
    imminent has not happened (data: imminence_words)."""
    words = vocab["imminence_words"]
    if tok.dep_ == "xcomp" and tok.head.lower_ in words["adjectives"] \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    of = tok.head if tok.dep_ == "pcomp" else None
    return of is not None and of.lower_ == "of" and of.head.lower_ in words["nouns"] \
        and of.head.dep_ == "pobj" and of.head.head.lower_ == "on"


def is_what_someone_is_charged_with(tok: Token, vocab: dict) -> bool:
    """'men convicted of setting fire to a train', 'charged with killing two policemen': the act a
    court tries is told at no day of its own, and is no event of the report (data: charge_words)."""
    words = vocab["charge_words"]
    act = tok.head if tok.dep_ == "amod" else tok        # 'with looting shops', the gerund parsed as a modifier
    prep = act.head if act.dep_ in ("pcomp", "pobj") else None
    # 'charged two men with burning the market on Sunday' dates the act: it happened, as accused
    return prep is not None and prep.lower_ in words["preps"] and prep.head.lemma_.lower() in words["governors"] \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def is_yet_to_come(tok: Token, vocab: dict) -> bool:
    """An act a modifier places ahead: 'ahead of planned protests', 'fears of an imminent
    assault', 'a possible attack'."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in vocab["future_modifiers"] for c in tok.children)


def is_a_trend(tok: Token, vocab: dict) -> bool:
    """Acts counted as a trend, not one of them told: 'kidnappings have surged this year',
    'attacks rose sharply'."""
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ in vocab["trend_verbs"]


def is_running_count(tok: Token, vocab: dict) -> bool:
    """'... 495 times since August': a tally of many strikes, not one event (a claim may hold it)."""
    rule = vocab["running_count"]
    for child in tok.children:
        if child.lemma_.lower() in rule["nouns"] and child.dep_ in ("npadvmod", "advmod", "dobj", "obl"):
            count = next((c for c in child.children if c.dep_ == "nummod"), None)
            if count is not None and count.like_num and _number(count.text) >= rule["min_count"]:
                return True
    return False


def is_toll_since(tok: Token, vocab: dict) -> bool:
    """'Since the offensive began on 30 October, more than 80 civilians have been killed': a toll
    kept since a day, told in the present perfect, adds up many acts; it is a claim, no event.
    So is its reported form, backshifted to the past perfect ('the Red Cross said 56 people had
    been killed since April 4')."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "in"):
        tok = tok.head.head             # '... have been killed by strikes since June'
    if tok.lemma_ not in vocab["casualty_lemmas"] or tok.pos_ != "VERB":
        return False
    # 'had been killed and 266 wounded ... since April 4': the tense and the 'since' may sit on
    # either of two coordinated casualty verbs
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")] + ([tok.head] if tok.dep_ == "conj" else [])
    children = [c for verb in verbs for c in verb.children]
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ", "VBD") for c in children)
    return perfect and any(c.dep_ == "prep" and c.lower_ == "since" for c in children)


def _number(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def is_cumulative_share(tok: Token, vocab: dict) -> bool:
    theme = theme_of(tok)
    return theme is not None and (theme.lower_ in vocab["share_words"] or theme.lemma_ in vocab["share_words"])


def is_setting_of_agreement(tok: Token, trig: dict, vocab: dict) -> bool:
    """'civilians left during a UN-brokered pause', 'under a deal with the government': the
    agreement is the setting of what the sentence tells, not made in it."""
    return trig["sub_event_type"] in vocab["agreement_sub_types"] and tok.dep_ == "pobj" \
        and tok.head.lower_ in vocab["agreement_setting_preps"]


def tells_a_failed_agreement(tok: Token, trig: dict, vocab: dict) -> bool:
    """'Three ceasefires brokered by Russia collapsed within hours': the sentence tells the
    agreements' end, made at some other time; it is no agreement of its own."""
    return trig["sub_event_type"] in vocab["agreement_sub_types"] and tok.dep_ in ("nsubj", "nsubjpass") \
        and tok.head.lemma_ in vocab["agreement_failure_verbs"]
