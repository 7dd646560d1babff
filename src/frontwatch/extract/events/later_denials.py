"""Denials told after the event they deny: 'A rebel spokesman denied it' in a later sentence,
captures a side says it still holds out against, attacks repelled, and the links between an event
and its denial.

Decides from the document's events, its sentences' denial kinds and their attributions."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...records import Event
from ..attribution import doc_text
from ..attribution.quotes import _inside_quote, _QUOTES_OPEN
from .vocab import load_vocabulary
from .state import DocContext
from .build import claimant_of
from .merging import days_apart
from .denials import (act_forms, acts_a_denial_names, acts_a_report_names, calls_the_report_false, denial_with_subject, denied_copy, denied_report,
                      holds_out, voice_of_its_own)
from .reading import denial_kinds


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
    denying: set[int] = set()
    for n, sent in enumerate(ctx.sents):
        kind = denials[n]
        if kind is None:
            continue
        evidence = ctx.document.evidence(sent.start_char, sent.end_char)
        source = denier_of(sent, ctx, attribution.get(n))
        if kind == "same":
            denied = [e for e in by_start.get(evidence.start, []) if e.stance == "asserted"]
        elif kind == "act":
            denied = denied_act(ctx, n, by_start, evidence.start, source, events)
        elif kind == "counter":
            # a side's self-defence account disputes the act told before; the narrator's is no denial
            source = holdout_voice(attribution.get(n))
            goes_on = n - 1 in denying    # 'Moscow denies firing. "We do not strike civilians"'
            denied = answered_act(ctx, n, by_start, evidence.start, source, goes_on) if source else []
        elif kind == "holdout":
            source = holdout_voice(attribution.get(n))
            source = source and (speaker_of_the_clause(ctx, holds_out(sent, ctx.vocab)) or source)
            denied = captures_held_out(ctx, n, sent, events, by_start, source)
        else:
            own = by_start.get(evidence.start, [])
            if any(e.stance == "denied" for e in own):
                denied = []             # the sentence's own denied report is what it denies
            elif n - 1 in denying and not own:
                denied = []             # 'X rejects the claims that ... These are lies.': the denial goes on
            else:
                denied = told_before_the_denial(ctx, sent, own, source)
                source = voice_of_its_own(ctx, sent, source) if denied else source
                denied = denied or last_told_act_of(ctx, sent, events) \
                    or previous_asserted(ctx, n, by_start, past_quotes=True)
        out += [denied_copy(ctx, event, evidence, source, sent) for event in denied]
        if denied or any(e.stance == "denied" for e in by_start.get(evidence.start, [])):
            denying.add(n)              # a sentence that denied something: the next one may go on with it
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


def last_told_act_of(ctx: DocContext, sent: Span, events: list[Event]) -> list[Event]:
    """'... soldiers raped women on the pitch ... [five paragraphs of tolls and arrests] ... a junta
    spokesman rejected the rape accounts as lies': a report word that names its act ('the rape
    accounts', 'the looting allegations', 'reports of executions') points at the last act of that kind
    told before it, however far back, as 'denied raping' does. Nothing when no such act was told."""
    report = denied_report(sent, ctx.vocab)
    return last_told_of(ctx, sent, events, acts_a_report_names(report, ctx.vocab) if report is not None else set())


def last_told_of(ctx: DocContext, sent: Span, events: list[Event], acts: set[str],
                 keep: Callable[[Event], bool] | None = None) -> list[Event]:
    """The asserted events (those ``keep`` keeps) of the last sentence before ``sent`` that tells one
    of ``acts`` (lemmas of the words that told them)."""
    if not acts:
        return []
    told = [e for e in events if e.stance == "asserted" and e.evidence[0].start < sent.start_char
            and anchor_forms(ctx, e) & acts and (keep is None or keep(e))]
    if not told:
        return []
    last = max(e.evidence[0].start for e in told)
    return [e for e in told if e.evidence[0].start == last]


def anchor_forms(ctx: DocContext, event: Event) -> set[str]:
    """The forms of the word that told the event: its lemma, and its text bared of a past tense's
    ending (the lemmatiser may make 'raped' 'rap')."""
    anchor = ctx.anchor_of.get(event.event_id)
    if anchor is None:
        return set()
    tok = ctx.doc[anchor]
    return act_forms(tok.lemma_.lower()) | {tok.lower_, tok.lower_.removesuffix("d"), tok.lower_.removesuffix("ed")}



def holdout_voice(attribution) -> str | None:
    """Who says the ground is still held: a source the sentence names; the narrator's 'the militants
    still hold villages to the south' is the state of the front, no denial."""
    return attribution.claimant if attribution is not None and attribution.cue else None


def speaker_of_the_clause(ctx: DocContext, verb: Token) -> str | None:
    """'Rebel radio said the rebels had taken X, but a ministry spokesman said X had not been retaken':
    the voice of a clause is the subject of the second verb of saying it hangs from, not the sentence's
    first source. That subject as a known claimant, else as written; None when no second verb of saying
    (joined to the first) governs it."""
    for head in verb.ancestors:
        if head.lemma_ in ctx.vocab["reporting_lemmas"]:
            if head.dep_ != "conj":
                return None             # the sentence's one voice: the attributor already named it
            subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is None:
                return None
            text = ctx.doc[subject.left_edge.i:subject.i + 1].text
            return ctx.resolver.claimant(text) or ctx.resolver.claimant(subject.text) or subject.lower_
    return None


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
    if told and names_the_town(holdout, ctx.vocab):
        # 'our soldiers still fight in the middle of the town', 'the city has not fallen': the town is
        # the one the story last told taken, however many sentences back
        last = max(told, key=lambda e: e.evidence[0].start)
        return [e for e in told if e.location == last.location]
    if not any(holdout.lemma_ in ctx.vocab["holdouts"][key] for key in ("held_verbs", "lost_verbs", "staying_verbs")):
        return []       # 'fighting continued inside the old city' denies no capture it does not name
    same_sentence = [e for e in told if e.evidence[0].start >= sent.start_char]
    return same_sentence or previous_asserted(ctx, n, by_start, reach=ACT_DENIAL_REACH, keep=denied)


def names_the_town(holdout: Token, vocab: dict) -> bool:
    """The holdout is about 'the town', 'the city', 'this village' (data: settlement_anaphors) as its
    subject or its place ('in the middle of the town'); 'near X, a hamlet west of the town' is elsewhere."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in vocab["settlement_anaphors"]
               and any(c.lower_ in ("the", "this") for c in t.children) and argument_of(t, holdout)
               for t in holdout.subtree)


def argument_of(tok: Token, verb: Token) -> bool:
    """``tok`` hangs from ``verb`` through subjects, objects and prepositions only."""
    while tok != verb:
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "prep", "pobj"):
            return False
        tok = tok.head
    return True


def told_before(ctx: DocContext, event: Event, sent: Span, token: Token) -> bool:
    if event.evidence[0].start < sent.start_char:
        return True
    return event.evidence[0].start < sent.end_char and ctx.anchor_of.get(event.event_id, token.i) < token.i


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


def denied_act(ctx: DocContext, n: int, by_start: dict, start: int, denier: str | None,
               events: list[Event]) -> list[Event]:
    """What 'X denied that its troops had fired' denies: nothing more when the clause gave its own
    denied event (it named a place); else another voice's report earlier in the same sentence ('Y said
    X's troops attacked Z; X denied that its troops had opened fire'), else the last report of an act
    before it that is of the act the denial names ('any part in the killings'), else the last report of
    any act before it (``ACT_DENIAL_REACH``)."""
    own = by_start.get(start, [])
    if any(e.stance == "denied" for e in own):
        return []
    others = [e for e in own if e.stance == "asserted" and denier not in e.sources]
    if others:
        return others
    # a voice does not deny its own report told before ('we have nothing to do with it', he said)
    def keep(e: Event) -> bool:
        return denier in (None, ctx.narrator) or denier not in e.sources

    # 'denied that the army had any part in the killings' answers the killings, however far back
    sent = ctx.sents[n]
    return last_told_of(ctx, sent, events, acts_a_denial_names(sent, ctx.vocab), keep) \
        or previous_asserted(ctx, n, by_start, reach=ACT_DENIAL_REACH, keep=keep)


def answered_act(ctx: DocContext, n: int, by_start: dict, start: int, denier: str, goes_on: bool) -> list[Event]:
    """What 'its units came under fire first and only shot back' disputes: another voice's report
    earlier in its own sentence, else the last act another voice reported before it, however far
    back (a radio correspondent's questions and tolls come between the report and the answer); the
    side's own account of its answer is no report it disputes. Right after a denial (``goes_on``) it
    only goes on with that denial, and reaches back for nothing of its own."""
    own = by_start.get(start, [])
    if any(e.stance == "denied" for e in own):
        return []
    mutual = ctx.vocab["counter_accounts"]["mutual_sub_types"]

    def answered(e: Event) -> bool:     # 'we only shot back' disputes one side's force, not a battle both fought
        return denier not in e.sources and e.sub_event_type not in mutual

    others = [e for e in own if e.stance == "asserted" and answered(e)]
    if others or goes_on:
        return others
    return previous_asserted(ctx, n, by_start, reach=len(ctx.sents), keep=answered)


BARE_DENIAL_REACH = 2
# 'denied firing the shell' names what it denies, so it reaches the last report of an act past the
# figures and the blame told after it; a bare 'denied the claim' reaches only the two sentences before
ACT_DENIAL_REACH = 4


def previous_asserted(ctx: DocContext, n: int, by_start: dict, reach: int = BARE_DENIAL_REACH,
                      keep: Callable[[Event], bool] | None = None, past_quotes: bool = False) -> list[Event]:
    """The asserted events (those ``keep`` keeps) of the nearest of the ``reach`` sentences before n
    that tells any. A line with no verb (a live blog's '09.15 local time', a crosshead) is no sentence
    of the story and does not count against the reach, nor (``past_quotes``: a bare 'rejected the
    accounts' answers the report the quotation bears out) a quotation's sentence. The reach of a
    denial that names its act (four sentences) counts quotations: 'accused X of the kidnapping, but X
    denied being behind it' after a quoted parent disputes who did it, not that it happened."""
    back = n - 1
    while back >= 0 and reach > 0:
        sent = ctx.sents[back]
        start = ctx.document.evidence(sent.start_char, sent.end_char).start
        found = [e for e in by_start.get(start, []) if e.stance == "asserted" and (keep is None or keep(e))]
        if found:
            return found
        counts = any(t.pos_ in ("VERB", "AUX") for t in sent) and not (past_quotes and is_quoted_testimony(sent))
        reach -= 1 if counts else 0
        back -= 1
    return []


def is_quoted_testimony(sent: Span) -> bool:
    """'Witnesses said fighters shot men in their homes. "They came at four. They took my brothers
    outside," said a woman. A commander rejected the accounts as lies.': a quotation (a sentence that
    opens one or lies inside one) bears out the report told before it; a bare denial after it still
    answers that report, so the quotation's sentences do not count against the denial's reach."""
    text = doc_text(sent.doc)
    return text[sent.start_char:sent.end_char].lstrip()[:1] in _QUOTES_OPEN or _inside_quote(text, sent.start_char)


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
