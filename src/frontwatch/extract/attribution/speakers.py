"""Finding the speaker of a cue in the parse: its subject, an inverted one ('said the ministry'),
the phrase before the verb when the parser lost the subject, a name read as words, a quoted noun
phrase, and who was told ('told CNN'). It returns spans; naming them is ``claimants``'s business.
"""
from __future__ import annotations

from .doctext import _same_line, span_text
from .names import MAX_NAME_WORDS
from .syntax import _agent_named, _subtree
from .datelines import _after_dateline


def _with_joined_tail(span, verb):
    """'A spokesman for the rebel SLM-in-Exile said': the parser hung the end of a hyphen-joined name
    on the verb; the words written together right before the verb belong to the speaker."""
    doc = span.doc
    rest = doc[span.end:verb.i]
    if not len(rest) or any(t.whitespace_ for t in rest[:-1]) \
            or not any(t.tag_ == "HYPH" for t in (span[-1], *rest)) \
            or (span[-1].whitespace_ and not rest[0].text[:1].isupper()):
        return span
    return doc[span.start:verb.i]


def _line_opening_subject(verb):
    """'13:10\nTolls differ\nThe town's mayor, Ivan Petrenko, said ...': a heading line glued to the
    sentence makes the parser hang the subject on the heading's words, and the reporting verb is
    left without one. The subject is then the phrase that opens the verb's own line."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    start = verb.i
    while start > verb.sent.start and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    if start == verb.sent.start:
        return None                     # no line break before the verb: no heading glued on
    end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    span = doc[start:end]
    if not 0 < len(span) <= MAX_NAME_WORDS + 4 or any(t.pos_ in ("VERB", "AUX") for t in span) \
            or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    return span


def _after_last_comma(doc, end: int, floor: int) -> int | None:
    """The first token after the comma that opens the short phrase ending at ``end`` (None if no
    comma opens it within a name's length)."""
    start = end
    while start > floor and not doc[start - 1].is_punct and end - start < MAX_NAME_WORDS + 2:
        start -= 1
    return start if start < end and start > floor and doc[start - 1].text == "," else None


RELATIVE_PHRASE_WORDS = 16      # 'a nurse who did not want her name published': a speaker and its clause


def _relative_phrase_start(doc, end: int, floor: int) -> int | None:
    """'At the hospital, a nurse who asked not to be named said ...': a closing speaker whose relative
    clause makes the phrase after the comma longer than a name."""
    start = end
    while start > floor and doc[start - 1].text != "," and end - start < RELATIVE_PHRASE_WORDS:
        start -= 1
    if start <= floor or doc[start - 1].text != "," or start >= end:
        return None
    noun = next((t for t in doc[start:min(end, start + 3)] if t.pos_ == "NOUN"), None)
    if noun is None or not any(c.dep_ == "relcl" and c.i < end for c in noun.children):
        return None
    return start


def _quoted_noun_phrase(noun):
    """(what was quoted, who quoted it) when the parser read 'X quoted Y as saying' as one noun phrase
    whose head is Y's, with 'quoted' as a modifier inside it; None when no 'quoted' is there."""
    doc = noun.doc
    quote = next((t for t in doc[noun.left_edge.i:noun.i] if t.lemma_.lower() == "quote"), None)
    if quote is None or quote.i == noun.left_edge.i:
        return None
    return doc[quote.i + 1:noun.i + 1], doc[noun.left_edge.i:quote.i]


def _subject_first(verb) -> list:
    """The verb's children, its subject first. '..., in Kano, the state capital, on Monday, the police
    said': an apposition the parser hung on the verb as a second subject, set off by a comma; the
    speaker is the subject after the last comma ('Homs governor Talal al-Barazi', cut into several
    subjects, stays whole)."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    doc = verb.doc
    chosen = subjects[0] if subjects else None
    for later in subjects[1:]:
        if chosen is not None and any(t.text == "," for t in doc[chosen.right_edge.i + 1:later.left_edge.i]):
            chosen = later
    return ([chosen] if chosen is not None else []) + [c for c in children if chosen is None or c.i != chosen.i]


def _stray_subject(verb):
    """'The toll\n\nThe X Observatory says ...': the parser hung the line's real subject on a
    headline word above; it is the widest nominal phrase on the verb's line, before the verb,
    whose head lies off the line."""
    doc = verb.doc
    start = verb.i
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    for tok in doc[start:verb.i]:
        if tok.pos_ in ("NOUN", "PROPN") and not start <= tok.head.i <= verb.i:
            return _subtree(tok)
    return None


WHOLE_ENTITY_LABELS = ("ORG", "PERSON")


def _whole_entities(span):
    """A speaker phrase that cuts a named organisation or person in two is widened to hold it whole
    (the parser splits names like 'Mothers Are Waiting Here': the entity recogniser keeps them).

    Read from the tokens' entity tags, not ``doc.ents``, which builds every entity of the document
    on each call."""
    doc = span.doc
    start, end = span.start, span.end
    if start < len(doc) and doc[start].ent_iob_ == "I" and doc[start].ent_type_ in WHOLE_ENTITY_LABELS:
        first = start
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        if _same_line(doc[first], doc[end - 1]):
            start = first
    if end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ in WHOLE_ENTITY_LABELS:
        last = end
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        if _same_line(doc[start], doc[last - 1]):
            end = last
    return doc[start:end] if (start, end) != (span.start, span.end) else span


class SpeakerFinding:
    """Finding the speaker span of a cue in the parse."""

    def _speaker(self, verb):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and _same_line(c, verb)]
        if len(subjects) == 2 and subjects[1].pos_ == "PROPN" and subjects[1].i == subjects[0].right_edge.i + 1 \
                and subjects[0].right_edge.whitespace_:      # not the end of 'SLM-in-Exile' parsed apart
            return _subtree(subjects[1])   # 'state news agency SANA reported', parsed as two subjects: the name
        for child in _subject_first(verb):
            if not _same_line(child, verb):
                if child.dep_ == "nsubj":      # an arc into the headline above is a parse error:
                    stray = _stray_subject(verb)   # the subject is the phrase hung on it from this line
                    if stray is not None:
                        return _whole_entities(stray)
                continue
            if child.dep_ == "nsubj" and child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return self._subject_phrase(child)      # 'the UN refugee agency, which said ...'
            if child.dep_ in ("nsubj",):
                return _after_dateline(_with_joined_tail(_whole_entities(_subtree(child)), verb), verb)
            if child.dep_ == "agent":
                pobj = _agent_named(child)
                if pobj is not None:
                    return _subtree(pobj)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None                    # "5,000 are estimated": passive without an agent
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "ccomp" for c in verb.children):
            # "X's president, Y, announced that ...", parsed as a noun sentence: the noun phrase speaks
            return verb.doc[verb.head.left_edge.i:verb.left_edge.i]
        issuer = self._issuer_of_document_saying(verb)
        if issuer is not None:
            return issuer
        quoting = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
        if quoting is not None and quoting.dep_ == "dobj" and quoting.head.lemma_.lower() == "quote":
            quoting = quoting.head         # 'X quoted a witness as saying', with 'as' hung on the witness
        misparsed = _quoted_noun_phrase(quoting) if quoting is not None and quoting.pos_ != "VERB" else None
        if misparsed is not None:
            # 'State TV quoted army spokesman X as saying', parsed as one noun phrase around 'quoted'
            quoted, quoter = misparsed
            return quoted if self._quotes_a_named_source(quoted.root) else quoter
        if quoting is not None and quoting.pos_ == "VERB":
            quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None)
            if quoted is not None and self._quotes_a_named_source(quoted):
                return _subtree(quoted)    # 'State TV quoted the health ministry as saying ...': the ministry's
            # 'X quoted a local source as saying ...': the source is X's; X vouches for it, as an outlet does
            subj = next((c for c in quoting.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return self._subject_phrase(subj)
        # "..., saying" / "claiming that": the speaker of the reporting verb above, else the verb it hangs on
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
            for anc in verb.ancestors:
                if anc.lemma_.lower() in self.vocab.verbs:
                    subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
                    if subj is not None:
                        return self._subject_phrase(subj)
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ != "it":
                return self._subject_phrase(subj)
        if not _same_line(verb.head, verb) and not any(c.dep_ == "nsubj" for c in verb.children):
            # 'Rebels say they took the base; army denies\nThe X Army said ...' parsed as one sentence:
            # the lead's verb hangs on the headline and its subject on another word up there
            stray = _stray_subject(verb)
            if stray is not None:
                return _whole_entities(stray)
        return _line_opening_subject(verb) or self._phrase_before_verb(verb) or self._inverted_speaker(verb) \
            or self._name_read_as_words(verb)

    def _issuer_of_document_saying(self, verb):
        """'The army issued a statement saying that ...', 'the ministry's statement saying ...': a document
        that says something speaks for who issued it (the subject of the verb it is the object of, else
        its owner or the 'by' of its participle); None for a verb that hangs on no such document."""
        document = verb.head
        if verb.dep_ != "acl" or document.lemma_.lower() not in self.vocab.statement_nouns:
            return None
        owned = self._issuer_of_statement(_subtree(document).doc[document.left_edge.i:document.i + 1])
        if owned is not None:
            return owned
        if document.dep_ == "dobj":
            subj = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in self.vocab.first_person:
                return self._subject_phrase(subj)
        return None

    def _quotes_a_named_source(self, quoted) -> bool:
        """A source named or known by its body ('the health ministry', 'army spokesman X') speaks for
        itself; 'a local source', 'witnesses' are the quoting outlet's and stay with it."""
        if quoted.lemma_.lower() in self.vocab.anonymous:
            return False
        return any(t.pos_ == "PROPN" for t in quoted.subtree) or quoted.lemma_.lower() in self.vocab.institution_nouns \
            or self._lookup(span_text(_subtree(quoted))) is not None

    @staticmethod
    def _inverted_speaker(verb):
        """'Two demonstrators were shot, declared the police of North Kivu.': after the reported clause
        the verb comes before its speaker, which the parser reads as the object."""
        if verb.lemma_.lower() == "tell" or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
            return None                 # 'told AP': whom the speaker told
        inverted = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i
                         and c.pos_ in ("NOUN", "PROPN")), None)
        return _subtree(inverted) if inverted is not None else None

    @staticmethod
    def _phrase_before_verb(verb):
        """'..., killing seven soldiers, a police officer in Samarra said.', '..., the regional governor,
        Pavlo Kyrylenko, told AP.', '..., a UN panel estimated in a report.': a closing speaker the
        parser hung on the words before it (as an apposition) is the phrase between the last comma
        (or the two last, for a role and its holder's name) and the verb."""
        doc = verb.doc
        closing = verb.dep_ in ("ROOT", "parataxis") or (
            verb.dep_ == "acl" and verb.head.dep_ == "appos" and not any(c.dep_ == "dobj" for c in verb.children))
        if not closing or verb.i == verb.sent.start:
            return None
        end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
        start = _after_last_comma(doc, end, verb.sent.start) or _relative_phrase_start(doc, end, verb.sent.start)
        if start is None:
            return None
        if end < verb.i and doc[start].pos_ == "PROPN":        # ', the regional governor, Pavlo Kyrylenko,'
            role_start = _after_last_comma(doc, start - 1, verb.sent.start)
            if role_start is not None and doc[role_start].lower_ in ("the", "a", "an"):
                start = role_start
        span = doc[start:end]
        root = span.root
        if root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("appos", "conj", "npadvmod", "nsubj"):
            return None
        return span

    def _subject_phrase(self, subj):
        """The subject's phrase; a relative 'who' or 'which' is the one it stands for ('a commander who
        gave his name as X ..., telling the Post that ...': the commander speaks)."""
        clause = subj.head
        if subj.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
            return self._without_relative_clause(_subtree(clause.head))
        return _subtree(subj)

    def _name_read_as_words(self, verb):
        """'Save the Children said': a name the parser read as a verb phrase opens the sentence right
        before the reporting verb; it speaks when the claimants table lists it whole."""
        start = verb.sent.start
        if not 0 < verb.i - start <= MAX_NAME_WORDS or not hasattr(self.resolver, "is_claimant_name"):
            return None
        span = verb.doc[start:verb.i]
        if any(t.is_punct for t in span) or not self.resolver.is_claimant_name(span.text):
            return None
        return span

    @staticmethod
    def _listener(verb):
        if verb.lemma_.lower() != "tell":
            return None
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "iobj"):
                return _subtree(child)
        return None
