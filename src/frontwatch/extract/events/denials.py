"""How a sentence denies: the kind of denial ('denied it', 'calls the report false', 'still holds
the town'), the denial's subject and whose voice it is, and the denied copy of an event.

Decides from a sentence's tokens and the vocabulary (and the context for the denied copy)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ...records import Event, stable_id
from ..attribution import span_text, tokens_where
from ..claims import calls_a_pointer_false, vocabulary as claim_vocabulary
from .state import DocContext
from .vocab import made_once
from .mood import has_no_one_as_subject, is_none_of_them


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
    return next(iter(denial_verbs_of(sent, vocab)), None) or calls_the_report_false(sent, vocab)


def denial_verbs_of(sent: Span, vocab: dict) -> list[Token]:
    """The sentence's verbs of denial ('denied', 'rejected', 'dismissed'), in order."""
    verbs = vocab["denial_verbs"]
    return [t for t in tokens_where(sent, lemmas=verbs) if t.lemma_ in verbs and t.pos_ == "VERB"]


def denial_kind(sent: Span, vocab: dict) -> str | None:
    """'previous' for 'X denied the claim', 'same' for '..., an accusation the army denied', 'act' for
    a denial that names the act ('denied targeting the hospital', 'denied that its troops had opened fire')."""
    if is_a_question(sent):
        return None                     # an interviewer's 'And the government still rejects that?' asks
    objects_words = vocab["denial_objects"]
    for tok in tokens_where(sent, lemmas=vocab["denial_verbs"]):
        if tok.lemma_ not in vocab["denial_verbs"] or tok.pos_ != "VERB":
            continue
        if tok.dep_ in ("relcl", "acl") and (tok.head.lower_ in objects_words or tok.head.lemma_ in objects_words):
            return "same"
        objects = denied_objects(tok)
        reports = [o for o in objects if o.lower_ in objects_words or o.lemma_ in objects_words]
        if reports:
            # 'rejected the claim that its artillery struck the clinic' names the act it denies
            return "act" if any(reports_an_act(o, vocab) for o in reports) else "previous"
        if any(c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG" and c.lemma_ in vocab["denied_acts"]
               for c in tok.children):
            return "act"                # 'the ministry denied targeting the hospital'
        if any(c.dep_ == "dobj" and (is_an_act_noun(c, vocab) or is_a_part_in_it(c, vocab)) for c in tok.children):
            return "act"                # 'denied any shelling', 'denied the attack', 'denied any part in the raid'
        if any(c.dep_ == "ccomp" and (names_an_act(c, vocab) or says_it_was_involved(c, vocab)) for c in tok.children):
            return "act"                # 'denied that its troops had opened fire', '... that its members were involved'
    if calls_the_report_false(sent, vocab) is not None:
        return "previous"
    if has_nothing_to_do_with(sent, vocab) is not None:
        return "act"                    # 'the militia had nothing to do with that raid'
    if holds_out(sent, vocab) is not None:
        return "holdout"            # 'troops remained in X and reports of its fall were propaganda'
    if answers_in_self_defence(sent, vocab) is not None:
        return "counter"            # 'the ministry says its units came under fire first and only shot back'
    false_report = says_the_report_is_false(sent, vocab)
    if false_report is None:
        # 'rejected that as lies: "..."': the pointer the parser read as the quote's 'that'
        return "previous" if any(calls_a_pointer_false(tok) for tok in denial_verbs_of(sent, vocab)) else None
    # 'Reports that soldiers shot civilians in X are not true' tells the report it denies
    return "same" if tells_its_report(false_report) else "previous"


def denied_objects(verb: Token) -> list[Token]:
    """What a verb of denial takes as object: its object or clause; in 'rejected as "baseless" the
    claim that ...' (the long object put after the 'as' phrase) the parser hangs the object from
    'as', and it is read there when the verb has no object of its own."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
    if any(o.dep_ == "dobj" for o in objects):
        return objects
    shifted = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
               for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and any(
                   c.dep_ in ("acl", "relcl", "prep") for c in g.children)]
    return objects + shifted


def is_a_question(sent: Span) -> bool:
    """'Does the army deny it?', 'And Damascus still rejects that?': a sentence that asks denies
    nothing; the answer after it says who denies what."""
    # span_text: Doc.text joins every token of the document again on each call, and every sentence is asked
    text = span_text(sent).rstrip(" \"'”’)\n")
    return text.endswith("?")


def holds_out(sent: Span, vocab: dict) -> Token | None:
    """'our troops still hold the town', 'Kupiansk remained in Russian hands', 'the airport is still
    under army control', 'our men are still fighting in the district', 'fighting for the town
    continues', 'Izium has not fallen': the verb by which a sentence says that ground is still held,
    still fought for or not lost (data: holdouts), if it has one."""
    for tok in tokens_where(sent, lemmas=holdout_lemmas(vocab)):
        # 'the last district still held by the militants' describes a place; it says nothing against a report
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("relcl", "acl", "amod") and says_held(tok, vocab):
            return tok
    return None


def answers_in_self_defence(sent: Span, vocab: dict) -> Token | None:
    """'its units came under fire first and only shot back', 'troops fired only at confirmed
    hideouts', 'police merely returned fire': the side a report blames tells its own act as an
    answer to fire (data: counter_accounts). The verb, if the sentence has one."""
    words = vocab["counter_accounts"]
    lemmas = made_once(vocab, "counter_verbs",
                       lambda v: frozenset(v["counter_accounts"]["answering_verbs"])
                       | frozenset(v["counter_accounts"]["coming_verbs"]))
    for tok in tokens_where(sent, lemmas=lemmas):
        if tok.pos_ != "VERB" or is_modal(tok) or not told_of_a_force(tok, vocab):
            continue
        if tok.lemma_ in words["answering_verbs"] and limited_by_only(tok, words["only_words"]):
            return tok
        if tok.lemma_ in words["coming_verbs"] and attacked_first(tok, words):
            return tok
    return negates_its_own_act(sent, vocab)


def negates_its_own_act(sent: Span, vocab: dict) -> Token | None:
    """'its forces had not fired on any march', 'our units did not clash with anyone', 'no aircraft
    had flown over the town': a side says its own forces did not do the act (data: counter_accounts'
    negated_acts and denied_acts, less the losses a side suffers: 'we did not lose a single man'
    answers a figure), or that no force or aircraft did it. The verb, if the sentence has one."""
    words = vocab["counter_accounts"]
    acts, doers = made_once(vocab, "negated_acts_and_doers", _negated_acts_and_doers)
    for tok in tokens_where(sent, lemmas=acts):
        # 'asked that his name not be used': a passive tells what was done to its subject, not by it
        if tok.pos_ != "VERB" or tok.dep_ in ("relcl", "acl", "amod") or is_modal(tok) \
                or any(c.dep_ == "auxpass" for c in tok.children) or over_a_period(tok, words):
            continue
        if any(c.dep_ == "neg" for c in tok.children) and told_of_a_force(tok, vocab):
            return tok
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in doers and is_none_of_them(c, vocab) for c in tok.children):
            return tok
    return None


def _negated_acts_and_doers(vocab: dict) -> tuple[frozenset[str], frozenset[str]]:
    """The acts a side says its forces did not do, and the words naming those forces or aircraft."""
    words = vocab["counter_accounts"]
    acts = (frozenset(vocab["denied_acts"]) | frozenset(words["negated_acts"])) - frozenset(words["suffered_verbs"])
    return acts, frozenset(vocab["holdouts"]["force_nouns"]) | frozenset(vocab["aircraft_words"])


def over_a_period(verb: Token, words: dict) -> bool:
    """'have not struck inside the city since 18 October': an act not done over a period is a pause."""
    return any(c.dep_ == "prep" and c.lower_ in words["period_preps"] for c in verb.children)


def is_modal(verb: Token) -> bool:
    """'they can only hit us from far away' says what may be, not what a side did."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def told_of_a_force(verb: Token, vocab: dict) -> bool:
    """The answer is a side's own: 'its units', 'our men', 'we', 'troops' (data: holdouts' force_nouns);
    'the gunmen only fired at the gate' tells how an attack went, not a side's defence. A verb joined
    to another ('came under fire first and only shot back') shares that verb's subject."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("we", "they", "it")
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children) \
        or subject.lower_ in vocab["holdouts"]["force_nouns"]


def limited_by_only(verb: Token, only_words) -> bool:
    """'only shot back', 'fired only at hideouts' (the parser hangs 'only' from the verb or from its 'at')."""
    return any(c.dep_ == "advmod" and c.lower_ in only_words for c in verb.children) or any(
        p.dep_ == "prep" and any(c.dep_ == "advmod" and c.lower_ in only_words for c in p.children)
        for p in verb.children)


def attacked_first(verb: Token, words: dict) -> bool:
    """'came under fire first', 'came under attack first'."""
    first = any(t.dep_ == "advmod" and t.lower_ in words["first_words"] for t in verb.subtree)
    under = any(p.dep_ == "prep" and p.lower_ == "under" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in words["attacked_nouns"] for g in p.children) for p in verb.children)
    return first and under


def holdout_lemmas(vocab: dict) -> frozenset[str]:
    return made_once(vocab, "holdout_lemmas", lambda v: frozenset().union(*(
        v["holdouts"][key] for key in ("held_verbs", "fought_verbs", "staying_verbs", "lost_verbs", "continuing_verbs"))))


def says_held(verb: Token, vocab: dict) -> bool:
    words = vocab["holdouts"]
    lemma = verb.lemma_
    still = any(c.dep_ == "advmod" and c.lower_ in words["still_words"] for c in verb.children)
    if lemma in words["lost_verbs"]:        # 'has not fallen', 'the enemy has not entered the town'
        # 'no position was overrun', 'not one post has fallen': the loss said of no place at all
        negated = any(c.dep_ == "neg" for c in verb.children) or has_no_one_as_subject(verb, vocab)
        return negated and not holds_people(verb)
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
        if any(c.dep_ in ("dobj", "oprd") and points_back_as_false(c, falsehoods) for c in tok.children):
            return tok
    return None


POINTERS = frozenset({"this", "that", "these", "those"})


def points_back_as_false(noun: Token, falsehoods) -> bool:
    """'called this "a lie"', 'called these lies': the parser reads the pointer as the falsehood's
    determiner; the pointer is the report told before, the falsehood what it is called."""
    return noun.lemma_.lower() in falsehoods and any(c.dep_ == "det" and c.lower_ in POINTERS for c in noun.children)


def says_the_report_is_false(sent: Span, vocab: dict) -> Token | None:
    """'said that was false', 'told us that was untrue', 'that is simply not true', 'the reports are
    baseless', 'no such ambush had happened': a sentence that calls the report told before false, or
    says no such thing took place, with no verb of denial (data: _about_false_reports). The subject
    of the copula or of the verb of happening, if the sentence has such a clause."""
    falsehoods = claim_vocabulary().falsehood_words
    # only a copula or a verb of happening can say it: the Doc's word index hands out those, not
    # every token of every sentence (read for each sentence of the document, once per Doc)
    for tok in tokens_where(sent, lemmas=false_report_lemmas(vocab)):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if tok.lemma_ == "be" and is_a_report(subject, vocab) and calls_it_false(tok, falsehoods, vocab):
            return subject
        if tok.lemma_ in vocab["happening_verbs"] and is_no_such_thing(subject) \
                and (tok.lemma_ != "take" or any(c.dep_ == "dobj" and c.lemma_ == "place" for c in tok.children)):
            return subject
    return None


def false_report_lemmas(vocab: dict) -> frozenset[str]:
    """The lemmas (lower-cased, as ``tokens_where`` reads them) of the verbs a false-report clause
    turns on: the copula and the verbs of happening."""
    return made_once(vocab, "false_report_lemmas", lambda v: frozenset(("be", *(verb.lower() for verb in v["happening_verbs"]))))


def denied_report(sent: Span, vocab: dict) -> Token | None:
    """The report word a denial takes as its object: 'rejected the rape accounts', 'called the
    allegations lies'."""
    verb = denial_verb(sent, vocab)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and is_a_report(c, vocab)), None)


def acts_a_report_names(report: Token, vocab: dict) -> set[str]:
    """'the rape accounts', 'the looting allegations', 'reports of executions', 'claims about
    shelling': the lemmas of the act the report word names (as a modifier or after 'of'/'about'),
    in the forms its verb takes ('executions' -> 'execute', 'shelling' -> 'shell')."""
    words = [c for c in report.children if c.dep_ in ("compound", "amod")]
    words += [g for p in report.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
              for g in p.children if g.dep_ == "pobj"]
    acts = vocab["denied_acts"]
    return {form for w in words for form in act_forms(w.lemma_.lower()) if form in acts}


def acts_a_denial_names(sent: Span, vocab: dict) -> set[str]:
    """'denied any part in the killings', 'denied that the army had any part in the massacre', 'denied
    the shelling': the lemmas of the act a denial names as a noun."""
    verb = denial_verb(sent, vocab)
    if verb is None:
        return set()
    parts = vocab["disowning"]["part_nouns"]
    nouns = [t for t in verb.subtree if t.dep_ == "pobj" and t.head.head.lemma_.lower() in parts]
    nouns += [c for c in verb.children if c.dep_ == "dobj" and is_an_act_noun(c, vocab)]
    return {form for noun in nouns for form in act_forms(noun.lemma_.lower()) if form in vocab["denied_acts"]}


def act_forms(lemma: str) -> set[str]:
    """A noun of an act and the verb it comes from: 'shelling' -> 'shell', 'execution' -> 'execute',
    'abduction' -> 'abduct'."""
    stem = lemma.removesuffix("ion")
    return {lemma, lemma.removesuffix("ing"), stem, stem + "e"} if stem != lemma else {lemma, lemma.removesuffix("ing")}


def is_a_report(subject: Token, vocab: dict) -> bool:
    objects = vocab["denial_objects"]
    return subject.lower_ in objects or subject.lemma_.lower() in objects


def calls_it_false(copula: Token, falsehoods, vocab: dict) -> bool:
    """'was false', 'is a lie', 'are baseless'; 'is not true', 'was not accurate'."""
    negated = any(c.dep_ == "neg" for c in copula.children)
    complements = [c for c in copula.children if c.dep_ in ("acomp", "attr")]
    return any((c.lemma_.lower() in falsehoods and not negated) or (negated and c.lower_ in vocab["truth_words"])
               for c in complements)


def is_no_such_thing(subject: Token) -> bool:
    """'no such ambush', 'no such thing'."""
    return any(c.lower_ == "no" for c in subject.children) and any(c.lower_ == "such" for c in subject.children)


def tells_its_report(subject: Token) -> bool:
    """'Reports that soldiers shot civilians ...': the report word carries the clause of what it reports."""
    return subject.pos_ == "NOUN" and any(c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for c in subject.children)


def about_something_else(report: Token, vocab: dict) -> bool:
    """'called the reports of mass surrenders a fabrication': a report of something that is no act
    ('of an attack', 'of shelling' are acts) denies a figure, not the event told before it."""
    topics = [g for p in report.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
              for g in p.children if g.dep_ == "pobj"]
    acts = vocab["denied_acts"]
    return bool(topics) and not any(t.lemma_ in acts or t.lemma_.removesuffix("ing") in acts
                                    or any(c.lemma_ in acts for c in t.children) for t in topics)


def reports_an_act(report: Token, vocab: dict) -> bool:
    """'the claim that its artillery struck the clinic', 'reports that its aircraft bombed a market',
    'the rebels' claim that the garrison had surrendered': a report word whose clause tells an act."""
    yielding = vocab["disowning"]["yielding_acts"]
    return any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
               and (names_an_act(c, vocab) or c.lemma_ in yielding) for c in report.children)


def is_an_act_noun(noun: Token, vocab: dict) -> bool:
    """'any shelling', 'the attack', 'the raid', 'the killings': an object that names an act."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in vocab["denied_acts"] or lemma.removesuffix("ing") in vocab["denied_acts"])


def is_a_part_in_it(noun: Token, vocab: dict) -> bool:
    """'denied any part in the raid', 'denied having any hand in it', 'denied any link to the bombing'."""
    return noun.lemma_.lower() in vocab["disowning"]["part_nouns"] and any(c.lower_ in ("any", "a") for c in noun.children)


def says_it_was_involved(verb: Token, vocab: dict) -> bool:
    """'that its members were involved', 'that any of its gunmen had been in the area', 'it was behind
    the blast', 'that its soldiers were responsible', 'that the army had any part in the killings', 'that
    the group had anything to do with it': a clause that puts the denier's side at the act."""
    words = vocab["disowning"]["involvement_words"]
    if verb.lemma_ in words:
        return True
    if any(c.dep_ == "dobj" and is_a_part_in_it(c, vocab) for c in verb.children):
        return True                     # 'that the army had any part in the killings'
    if verb.lemma_ == "have" and any(c.dep_ == "dobj" and c.lower_ in vocab["disowning"]["anything_words"]
                                     and to_do_with(c) for c in verb.children):
        return True                     # 'denied that the group had anything to do with it'
    near = [c for c in verb.children if c.dep_ in ("acomp", "prep", "advmod", "attr")]
    return any(c.lower_ in words or c.lemma_ in words or any(g.dep_ == "pobj" and g.lemma_ in words for g in c.children)
               for c in near)


def has_nothing_to_do_with(sent: Span, vocab: dict) -> Token | None:
    """'the militia had nothing to do with that raid', 'our unit has nothing to do with it': a side that
    disowns the act told before denies it with no verb of denial. The word 'nothing', if the sentence has it.
    Most sentences of a document are asked this (denial_kind): the Doc's word index hands out the words."""
    for tok in tokens_where(sent, lowers=vocab["disowning"]["nothing_words"]):
        if tok.dep_ == "dobj" and tok.head.lemma_ == "have" and to_do_with(tok):
            return tok
    return None


def to_do_with(word: Token) -> bool:
    """'nothing to do with', 'anything to do with': the word carries 'to do with' (the act)."""
    return any(c.lemma_ == "do" and any(p.dep_ == "prep" and p.lower_ == "with" for p in c.children)
               for c in word.children)


def names_an_act(verb: Token, vocab: dict) -> bool:
    """'had fired into the zone', 'had opened fire', 'had launched any attack': a clause that tells an
    act of the kind reports tell ('fire' as the verb or as its object)."""
    return verb.lemma_ in vocab["denied_acts"] or any(
        c.dep_ == "dobj" and c.lemma_ in vocab["denied_acts"] for c in verb.children)


def denied_copy(ctx: DocContext, event: Event, evidence, source: str | None, sent: Span) -> Event:
    return replace(event, event_id=stable_id("ev", ctx.document.id, sent.start_char, event.sub_event_type, event.location,
                                             "denied"),
                   stance="denied", sources=[source] if source else [], evidence=[evidence])
