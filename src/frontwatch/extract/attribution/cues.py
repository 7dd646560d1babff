"""Reporting cues: which words of a sentence report ('said', 'told', 'according to', 'by X's count',
a figure owned by its source), whether a verb really reports content, and which cue governs a target
token when a sentence has several. Speakers are read by ``speakers``; their names by ``claimants``.
"""
from __future__ import annotations

from .records import _Cue
from .doctext import doc_text, tokens_where
from .syntax import _agent_named, _governs, _subtree, _without_case


_FIGURE_STATING_VERBS = {"be", "stand", "rise", "reach", "climb", "put", "show", "give", "remain", "stay"}   # 'X's toll stands at 45'
_REPORTING_HEADS = {"say", "tell", "report", "add", "announce", "claim", "state"}
_SOURCE_PHRASE_OPENERS = frozenset({"according", "by"})   # 'according to X', 'by X's count'


def _closes_sentence(verb) -> bool:
    """A verb with its own subject, joined after a comma to the sentence's main clause before it:
    the '..., X wrote on Telegram' that closes a report."""
    doc = verb.doc
    start = verb.left_edge.i
    return verb.dep_ in ("conj", "parataxis") and verb.head.dep_ == "ROOT" and verb.head.i < start \
        and start > 0 and doc[start - 1].text == "," and not any(c.dep_ == "dobj" for c in verb.children)


def _frames_sentence(cue) -> bool:
    """'according to X', 'by X's count': a source phrase, not a verb, that vouches for the whole sentence."""
    return cue.words == "according to" or cue.token.lower_ == "by"


def _puts_a_group_at(verb, vocab) -> bool:
    """'City police put the dead at 24': the people counted as object and the figure after 'at';
    also 'puts the militants killed on the first day at 61': people with the participle that says
    how they are counted, wherever the parser hangs the 'at' of the figure."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in vocab.counted_groups for o in objects):
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in children)
    counted = [p for o in objects for p in o.children if p.dep_ == "acl" and p.tag_ == "VBN"]
    return any(t.lower_ == "at" and t.dep_ == "prep" and any(n.like_num for n in t.children)
               for p in counted for t in p.subtree)


def _with_stray_name(span):
    """'according to the state news agency SUNA': a name right after the phrase that the parser hung
    elsewhere is the phrase's apposition."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and not span.start <= doc[end].head.i < end:
        end += 1
    closed = end < len(doc) and doc[end].text in (",", ";", "—", "–")     # the name ends the phrase
    return doc[span.start:end] if end > span.end and closed else span


def _before_verb(speaker, verb):
    """A subject ends before its verb: an entity the tagger ran over 'The city's health office counts
    2,133 ...' is cut where the verb begins."""
    if speaker is None or not speaker.start < verb.i < speaker.end:
        return speaker
    return speaker.doc[speaker.start:verb.i]


def _other_conjunct(cue, target) -> bool:
    """'Thousands fled in May, and aid agencies say most had gone': a cue heading the second of two
    joined clauses does not report a figure of the first."""
    if cue.dep_ != "conj" or _governs(cue, target):
        return False
    head = cue.head
    # ', and aid agencies say'; in '... stopped a bus and took away four people, said the hospital' the 'and'
    # joins another clause, and the cue closes them both
    joined = any(c.dep_ == "cc" and head.i < c.i < cue.i and not any(
        o.dep_ == "conj" and c.i < o.i < cue.i for o in head.children) for c in head.children)
    return joined and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in _REPORTING_HEADS and (
        target.i == head.i or _governs(head, target))


def _reports_after_semicolon(verb, target) -> bool:
    """'The garrison lost nine men; rebel commanders have claimed that 60 soldiers fell': a figure in a clause closed
    by a semicolon before a reporting verb whose own content follows it is not what that verb reports (the parser
    may hang the first clause on the verb as a second content clause); a denial still reaches back."""
    if target.i >= verb.i or not (target.like_num or target.pos_ == "NUM") \
            or ";" not in doc_text(target.doc)[target.idx:verb.idx]:
        return False                    # a figure only: 'X happened; the government says 100 died' tells of X
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children)


def _cue_of_own_clause(cues, found, target):
    """'Residents say six died; activists put the toll at 15': the parser may hang the first clause on
    the second's verb, but a semicolon closes a clause: a figure before it with a cue of its own
    before it is that cue's, not the one after the semicolon. A denial after it still reaches back:
    'Villagers reported a clash; the army denied it' is the army's denial of that clash."""
    if found.stance == "denied":
        return None
    # most figures have no semicolon between them and the cue: say so from the text, without
    # building the sentence (Token.sent) and a Token for each of its words
    if target.i >= found.token.i or ";" not in doc_text(target.doc)[target.idx:found.token.idx]:
        return None
    sent = target.sent
    stops = [t.i for t in sent if t.text == ";"]
    stop = next((i for i in stops if target.i < i < found.token.i), None)
    if stop is None:
        return None
    opened = max([sent.start - 1, *(i for i in stops if i < target.i)])
    own = [c for c in cues if opened < c.token.i < stop and c.speaker is not None]
    return own[-1] if own else None


def _figure_stating_verb(noun):
    """The verb that states the figure a figure noun is the subject of ('the ministry's toll stands at 45').
    "The ministry's tally, read out on state television, was 153": the parser may take the participle the
    commas set apart for the subject's verb, and hang the verb that states the figure on it as a
    second, subjectless conjunct; that one states it. None when the noun states no figure."""
    if noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if verb.lemma_.lower() in _FIGURE_STATING_VERBS:
        return verb
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != "," or verb.i <= noun.i:
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in _FIGURE_STATING_VERBS
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


def _antecedent_source(pobj, vocab):
    """'the version of the rebels, according to which only five died', 'the ministry, according to whom ...':
    a relative pronoun after 'according to' is the noun its clause hangs on; an account or report of a body
    ('the rebels' version', 'the version of the rebels') is that body's."""
    if pobj.lower_ not in ("which", "whom"):
        return pobj
    clause = next((a for a in pobj.ancestors if a.dep_ == "relcl"), None)
    noun = clause.head if clause is not None else _noun_before_comma(pobj)
    if noun is None:
        return None
    if noun.lemma_.lower() not in vocab.content_nouns | vocab.statement_nouns:
        return noun
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                      for g in c.children if g.dep_ == "pobj"), None)
    return owner


def _noun_before_comma(pobj):
    """The noun phrase closed by the comma before 'according to which' (the parser may hang the clause on the
    main verb): its head, climbing out of 'of' phrases ('the version of the rebels' is the version)."""
    doc = pobj.doc
    at = pobj.i - 1
    while at >= 0 and doc[at].lower_ in ("to", "according"):
        at -= 1
    if at < 1 or doc[at].text != ",":
        return None
    noun = doc[at - 1]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _pronoun_reckoner(noun, reckoning_nouns):
    """'by noon its tally stood at 31', 'their estimate has grown to 45': 'its' or 'their' before a reckoning noun (a count,
    a tally, an estimate: what a body makes, not a war's 'toll') is the body named before, which made it."""
    if noun.lemma_.lower() not in reckoning_nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)


def _relative_antecedent(verb):
    """'The monitor, whose tally stood at 103 on Saturday, said ...': the phrase a relative clause
    hangs on ('the monitor'), up to the clause; through an 'of' or 'for' phrase the parser hangs the
    clause on ('the Centre for Civilian Protection, whose ...'); None outside a relative clause."""
    if verb.dep_ != "relcl":
        return None
    head = verb.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    end = verb.left_edge.i
    while end > head.i and verb.doc[end - 1].is_punct:
        end -= 1
    return verb.doc[head.left_edge.i:end]


def _named_before(noun):
    """'a Reuters tally', 'an AFP count', 'a UN estimate': a proper name set before a reckoning noun as its
    modifier is who made the count, as an owner ('Reuters' tally') is; wires write their running counts so."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    if not names:
        return None
    return noun.doc[names[0].left_edge.i:names[-1].i + 1]


def _giver_of(noun, bodies=frozenset()):
    """'The official toll, announced by the interior ministry, is 85', 'the count given by the health office
    stood at 40': the agent of a participle that gives the figure noun is who states it, as an owner
    ('the ministry's toll') is."""
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            body = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if body is not None:
                return _subtree(body)
    return _source_after_from(noun, bodies)


def _source_after_from(noun, bodies):
    """'The latest count from the interior ministry is 15', 'the number we were sent from the district clinic
    is 15 dead': a figure noun takes its source with 'from', on the noun or in the clause that says who
    passed it on; a place ('the toll from the fighting', 'from Aleppo') is no source."""
    holders = [noun] + [c for c in noun.children if c.dep_ == "relcl"]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"):
            body = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if body is not None and body.ent_type_ not in ("GPE", "LOC", "DATE", "TIME") \
                    and (body.pos_ == "PROPN" or body.lemma_.lower() in bodies):
                return _subtree(body)
    return None


_NO_CUE = object()


def _framed_care(cue, cues, vocab):
    """'Maridi County Hospital treated 37 patients' is the hospital's count; but 'the hospital had treated
    1,315 wounded, according to MSF' and 'MSF said its team treated 14' are the framing or reporting source's
    (test5, test35), and a team that treated people ('the consortium's mobile team treated 98') is no source
    of its own (test27). The cue that speaks instead of a 'treat' cue, _NO_CUE for none, else None."""
    if cue.token.lemma_.lower() not in vocab.care_verbs:
        return None
    # any other source of the sentence: 'MSF said its team treated', '..., according to MSF', 'MSF had treated
    # 394 wounded ..., the charity said' (test6: the parser hangs that 'said' below 'treated')
    outer = next((c for c in cues if c is not cue and c.speaker is not None
                  and c.token.lemma_.lower() not in vocab.care_verbs), None)
    if outer is not None:
        return outer
    if cue.speaker is None or cue.speaker.root.lemma_.lower() not in vocab.workplaces:
        return _NO_CUE
    return None


class CueFinding:
    """Finding the reporting cues of a sentence and the one that governs a target."""

    def cues(self, sent) -> list[_Cue]:
        return self._once("cues", sent, self._find_cues)

    def _find_cues(self, sent) -> list[_Cue]:
        found = []
        # only the words a cue can start with are looked at: the vocabulary's cue lemmas,
        # 'according (to)', 'by (X's count)'
        for tok in tokens_where(sent, lemmas=self.vocab.cue_lemmas, lowers=_SOURCE_PHRASE_OPENERS):
            low = tok.lower_
            if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                pobj = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                pobj = _antecedent_source(pobj, self.vocab) if pobj is not None else None
                speaker = _with_stray_name(_subtree(pobj)) if pobj is not None else None
                found.append(_Cue(tok, "according to", self.vocab.verbs.get("according to", "asserted"),
                                  speaker, None))
            elif low == "by" and (counter := self._counter_of(tok)) is not None:
                found.append(_Cue(tok, f"by {counter.text}", "asserted", counter, None))
            elif tok.lemma_.lower() in self.vocab.witness_verbs and (staff := self._newsroom_subject(tok)) is not None \
                    and not self._is_cue_word(tok):
                found.append(_Cue(tok, tok.text, "asserted", staff, None))
            elif self._is_cue_word(tok) and self._is_reporting(tok):
                found.append(_Cue(tok, tok.text, self.vocab.verbs[tok.lemma_.lower()],
                                  _before_verb(self._speaker(tok), tok), self._listener(tok)))
        return found + self._owned_figure_cues(sent)

    def _owned_figure_cues(self, sent) -> list[_Cue]:
        """"The military's figures are 40 civilians and 11 soldiers killed", 'the ministry's toll stands at
        45': a figure owned by a body and stated by the verb it is the subject of is that body's, as
        'by the ministry's count' is; the verb is the cue."""
        found = []
        for noun in tokens_where(sent, lemmas=self.vocab.figure_nouns | self.vocab.reckoning_nouns):
            verb = _figure_stating_verb(noun)
            if verb is None:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None and owner.lower_ == "whose":
                owner = None
                body = _relative_antecedent(verb)
                if body is not None:    # 'X, whose count stood at 103, said ...': the count is X's
                    found.append(_Cue(verb, f"{body.text}'s {noun.text}", "asserted", body, None))
                    continue
            if owner is not None:
                found.append(_Cue(verb, f"{owner.text}'s {noun.text}", "asserted", _without_case(_subtree(owner)), None))
                continue
            owner = _pronoun_reckoner(noun, self.vocab.reckoning_nouns)
            if owner is not None:       # 'by noon its tally stood at 31': the body named before counted
                found.append(_Cue(verb, f"{owner.text} {noun.text}", "asserted", noun.doc[owner.i:owner.i + 1], None))
                continue
            giver = _giver_of(noun, self.vocab.institution_nouns)
            if giver is not None:
                found.append(_Cue(verb, f"{noun.text} by {giver.text}", "asserted", giver, None))
        return found

    def _counter_of(self, by):
        """'By KWS's count', 'by our tally', "by the ministry's estimate": who did the counting (the
        owner of the reckoning noun), or None when 'by' frames no reckoning."""
        for noun in (c for c in by.children if c.dep_ == "pobj" and c.lemma_.lower() in self.vocab.reckoning_nouns):
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None:
                span = _subtree(owner)
                return span.doc[span.start:span.end - 1] if span[-1].dep_ == "case" else span
            named = _named_before(noun)
            if named is not None:       # 'by a Reuters tally', 'by an AFP count': the name the count is given
                return named
            maker = self._maker_of_count(noun)
            if maker is not None:
                return maker
        return None

    def _maker_of_count(self, noun):
        """'by the count of a civil-society group in X', 'by the tally of the health directorate': the
        body after 'of' made the count, when it is one that can count (a name, an owned body, an
        institution or a role); 'the count of the dead' names what was counted."""
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        maker = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if maker is None:
            return None
        lemma = maker.lemma_.lower()
        can_count = any(t.pos_ == "PROPN" for t in maker.subtree) or any(c.dep_ == "poss" for c in maker.children) \
            or lemma in self.vocab.institution_nouns or lemma in self.vocab.role_words
        return _subtree(maker) if can_count else None

    def _is_cue_word(self, tok) -> bool:
        """A reporting verb; the parser sometimes tags 'estimates' as a noun, but it still has a subject."""
        if tok.lemma_.lower() not in self.vocab.verbs:
            return False
        return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children))

    def _is_reporting(self, verb) -> bool:
        """A reporting verb reports when it has content: a clause ("said that ..."), a figure or a
        report as object ("put the toll at", "denied the claim"), a listener ("told CNN"), or
        hangs beside a quotation ("..., he added"). "rejecting calls", "adding to" do not report."""
        lemma = verb.lemma_.lower()
        children = list(verb.children)
        if lemma in self.vocab.showing_verbs:
            # 'figures released by the ministry show ...': a statement shows, a video or a map does not speak
            subject = next((c for c in children if c.dep_ == "nsubj"), None)
            return subject is not None and self._issuer_of_statement(_subtree(subject)) is not None
        if lemma in self.vocab.finding_verbs:
            # 'the tribunal concluded that troops shot 31', '..., it found, four miners drowned': findings are a clause
            # (an active verb with its finder: 'a body was found shot dead, residents said' finds nothing)
            return any(c.dep_ == "nsubj" for c in children) and not any(c.dep_ == "auxpass" for c in children) \
                and (any(c.dep_ in ("ccomp", "parataxis") for c in children) or verb.dep_ == "parataxis")
        if lemma in self.vocab.speaking_verbs:
            # 'the civil society speaks of ten dead', but not 'spoke to reporters' or 'spoke on radio'
            return any(c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree) for c in children)
        if lemma in ("put", "give", "raise", "revise", "set"):
            # "put the toll at", "gives a toll of 863", "raised the death toll to 40"
            return any(c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.figure_nouns for c in children) \
                or _puts_a_group_at(verb, self.vocab)
        if any(c.dep_ in ("ccomp", "parataxis") for c in children) or verb.dep_ == "parataxis":
            return True
        if lemma in self.vocab.claiming_verbs and any(c.dep_ in ("xcomp", "pcomp") and c.pos_ == "VERB" for c in children):
            return True                    # 'claimed to have killed 200', 'denied killing 120 civilians'
        if lemma in self.vocab.claiming_verbs and any(
                g.dep_ == "acl" and g.pos_ == "VERB" and g.lower_ != "said"
                for c in children if c.dep_ == "prep" for obj in c.children for g in obj.children):
            return True                    # 'claimed in a statement to have killed 60' (hung on 'statement')
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.content_nouns for c in children):
            return True
        if lemma in self.vocab.blaming_verbs and any(
                g.dep_ == "prep" and g.lower_ in ("for", "of")
                for c in children for g in (c, *(c.children if c.dep_ == "dobj" else ()))):
            return True                    # 'blamed the navy for the deaths of four', 'accused X of killing 30'
        if any(c.dep_ == "nsubj" for c in children) and self._content_follows(verb):
            return True                    # 'X dismissed reports that ...', the parser hung 'reports' elsewhere
        if lemma == "tell" and any(c.dep_ in ("dobj", "dative", "iobj") for c in children):
            return True
        if lemma in self.vocab.counting_verbs and any(c.dep_ in ("dobj", "prep", "npadvmod") for c in children):
            return True
        if lemma in self.vocab.counting_verbs and any(
                c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "nsubj" and g.pos_ != "PRON" for g in c.children)
                for c in children):
            return True                    # 'counted 40,000 people sheltering there', parsed as a clause
        has_subject = any(c.dep_ == "nsubj" for c in children)
        if lemma in ("say", "tell") and has_subject:
            return True                    # "..., the head of the directorate said on Monday"
        if has_subject and _closes_sentence(verb):
            return True                    # "Twelve civilians died, the governor wrote on Telegram."
        if lemma == "add" and has_subject and not any(c.lower_ == "to" for c in children):
            return True                    # "he added" (but not "adding to the 60,000 already displaced")
        if any(c.dep_ == "agent" and _agent_named(c) is not None for c in children):
            return True
        return False

    def _content_follows(self, verb) -> bool:
        """'denied reports', 'dismissed the claims', 'rejected these allegations': a report as the
        words right after the verb, whatever the parse made of them."""
        doc = verb.doc
        nxt = verb.i + 1
        if nxt < len(doc) and doc[nxt].lower_ in ("the", "these", "those", "such"):
            nxt += 1
        return nxt < len(doc) and doc[nxt].tag_ in ("NN", "NNS") and doc[nxt].lemma_.lower() in self.vocab.content_nouns

    def _governing_cue(self, sent, target):
        cues = self.cues(sent)
        if not cues:
            return None
        if target is not None:
            by_token = {c.token.i: c for c in cues}
            for anc in target.ancestors:
                if anc.i in by_token:
                    own = _cue_of_own_clause(cues, by_token[anc.i], target)
                    if own is None and _reports_after_semicolon(anc, target):
                        continue
                    cue = own or by_token[anc.i]
                    instead = _framed_care(cue, cues, self.vocab)
                    if instead is not None:
                        return None if instead is _NO_CUE else instead
                    relaying = self._relaying_cue(cue, by_token)
                    return cue if _cue_of_own_clause(cues, relaying, target) else relaying
            according = [c for c in cues if _frames_sentence(c)]
            if according:
                return according[0]
            relative = [c for c in cues if c.token.dep_ == "relcl" and
                        (c.token.head.i == target.i or any(a.i == c.token.head.i for a in target.ancestors))]
            if relative:
                return relative[0]         # '... several hundred wounded people who it said needed surgery'
        # no cue above the target: a cue at the top of the sentence reports all of it
        top = [c for c in cues if c.token.dep_ in ("ROOT", "parataxis") or c.token.head.dep_ == "ROOT"
               and c.token.dep_ in ("conj", "ccomp", "parataxis") or _frames_sentence(c)
               or c.token.dep_ == "acl" and c.token.head.dep_ in ("ROOT", "appos") and c.speaker is not None]
        if target is not None:
            top = [c for c in top if (c.stance != "denied" or _governs(c.token, target))
                   and not _other_conjunct(c.token, target) and not _reports_after_semicolon(c.token, target)]
        instead = _framed_care(top[0], cues, self.vocab) if top else None
        return (None if instead is _NO_CUE else instead or top[0]) if top else None

    def _relaying_cue(self, inner, by_token):
        """'A council member said residents had counted 17 bodies': bystanders quoted inside another
        source's statement are relayed by it; the source that spoke to the outlet claims the figure."""
        if inner.speaker is None or inner.speaker.root.lemma_.lower() not in self.vocab.anonymous:
            return inner
        outer = next((by_token[a.i] for a in inner.token.ancestors if a.i in by_token), None)
        if outer is None or outer.speaker is None or outer.speaker.root.lemma_.lower() in self.vocab.anonymous:
            return inner
        return outer
