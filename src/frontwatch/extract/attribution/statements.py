"""Statements: who issued the statement a sentence quotes from ('in a statement', 'the
statement said' later), and a statement the report reproduces whole after announcing it, in quotation
marks over several paragraphs or up to a press release's closing line ('ENDS').
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .vocab import _fold
from .records import Attribution
from .doctext import doc_text, _line_of, tokens_where
from .names import _DETERMINERS, _is_descriptive, _names_with
from .syntax import _body_compound, _participle_agent, _subtree, _without_apposition, _without_case
from .quotes import _has_quote_mark, _QUOTES_CLOSE, _QUOTES_OPEN


# after a statement is announced, how much of its paragraph may follow ('Zagros Daily publishes it in
# full.') and how many heading lines ('STATEMENT', 'Full text') may stand before its opening quote
_ANNOUNCEMENT_TAIL_CHARS = 160
_HEADING_MAX_WORDS = 4
_HEADINGS_BEFORE_QUOTE = 3


def _quote_after_headings(text: str, end: int) -> int | None:
    """Where a statement announced by the paragraph ending after ``end`` opens its quotation marks, when
    only a short remark of the outlet and heading lines ('STATEMENT') stand between; else None."""
    paragraph_end = text.find("\n", end)
    if paragraph_end < 0:
        return None
    tail = text[end:paragraph_end]
    if len(tail) > _ANNOUNCEMENT_TAIL_CHARS or _has_quote_mark(tail):
        return None
    pos, headings = paragraph_end, 0
    while pos < len(text):
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end].strip()
        if line[:1] in _QUOTES_OPEN and line:
            return text.index(line[0], pos)
        if line:
            headings += 1
            if headings > _HEADINGS_BEFORE_QUOTE or len(line.split()) > _HEADING_MAX_WORDS or line[-1] in ".!?:":
                return None
        pos = line_end
    return None


def _end_of_quoted_paragraphs(text: str, opening: int) -> int:
    """Where a quotation opened at ``opening`` ends, running on over the paragraphs right after it that
    are quoted whole: passages of one statement printed one quoted paragraph after another."""
    while True:
        closing = next((i for i in range(opening + 1, len(text)) if text[i] in _QUOTES_CLOSE), len(text))
        following = closing + 1 + len(text[closing + 1:]) - len(text[closing + 1:].lstrip())
        if following >= len(text) or text[following] not in _QUOTES_OPEN \
                or "\n" not in text[closing + 1:following]:
            return closing
        opening = following


_REPRODUCED_STATEMENT_CHARS = 6000     # a statement printed whole is a few paragraphs long


# participles that name who issued a document ('the statement issued by X')
_ISSUING_VERBS = frozenset({"issue", "release", "publish", "send", "circulate", "distribute", "put"})

_NUMBERED_PARAGRAPH = re.compile(r"\s*\d{1,2}[.)]\s+\S")
_HEADING_LINE_MAX_WORDS = 12      # 'Operations Command, Northern Sector — Information Centre'
# a press release's letterhead before its numbered paragraphs: its label ('PRESS RELEASE'), the issuer,
# its address, a reference or date line and the release's title in capitals; five such lines are common
_LETTERHEAD_LINES = 6


def _end_of_numbered_paragraphs(window: str) -> int | None:
    """A press release printed without an end mark: after at most a few heading lines ('PRESS RELEASE
    No. 4'), its numbered paragraphs ('1. ...', '2. ...') one after another; where the last of them
    ends (the outlet speaks again on the next unnumbered line), or None without two such paragraphs."""
    headings, numbered_end, count = 0, None, 0
    for line in re.finditer(r"[^\n]+", window):
        if _NUMBERED_PARAGRAPH.match(line.group()):
            numbered_end, count = line.end(), count + 1
        elif count:
            break
        elif line.group().strip():
            headings += 1
            if headings > _LETTERHEAD_LINES or len(line.group().split()) > _HEADING_LINE_MAX_WORDS:
                return None
    return numbered_end if count >= 2 else None


# the office that sends out a body's statements: 'the press office of X', 'the public affairs office of X'
_ISSUING_OFFICES = frozenset({"office", "bureau", "desk"})


def _issuing_body(noun):
    """The body a statement's issuer names: 'Army Headquarters, New Delhi' is the headquarters, 'the public
    affairs office of the 2nd Division at Camp X' the division (an office issues for the body it serves;
    where the body sits is no part of its name)."""
    if noun.lemma_.lower() in _ISSUING_OFFICES:
        served = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
        noun = served if served is not None else noun
    phrase = _without_apposition(noun)
    seat = next((c.left_edge.i for c in noun.rights if c.dep_ == "prep" and c.lower_ == "at"), None)
    return phrase if seat is None or seat <= noun.i else noun.doc[phrase.start:seat]


def _end_mark_key(line: str) -> str:
    """'— ENDS —', '-ends-', 'ENDS': the mark's word(s) alone, lower case, for the vocabulary."""
    return re.sub(r"^[\s\-–—*#.]+|[\s\-–—*#.]+$", "", line).lower() or line.strip()


def _object_of_verb(noun) -> bool:
    """The statement is what a verb acts on: its object, or inside its object ('passages of the statement')."""
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "from") and noun.head.head.dep_ == "dobj" \
        and noun.head.head.head.pos_ == "VERB"


def _counted(noun) -> bool:
    """'9 soldiers', 'dozens of sailors': a noun a number counts."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _noun_before_on_line(token):
    """A headline 'Army: 9 soldiers killed' over 'The Malian army command issued ...': the phrase of the
    last noun on the verb's own line before it, where the parse took the headline's noun for the subject."""
    start = _line_of(token)
    before = [t for t in token.doc[:token.i] if t.idx >= start]
    inside = {t.i for t in before}
    # the heads of the line's phrases: 'Ministry' of 'The Ministry of Communication and Media'
    heads = [t for t in before if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")]
    return _subtree(heads[-1]) if heads else None


def _name_alone_before_on_line(verb):
    """'The People's Defence Forces (PDF) issued the following statement' where the parse gave the verb
    no subject (a headline without a full stop run into the line, or the verb read as a participle of
    the name): the noun phrase that alone stands before the verb on its own line, else None."""
    start = _line_of(verb)
    before = [t for t in verb.doc[:verb.i] if t.idx >= start]
    if not before or any(t.pos_ in ("VERB", "AUX", "PRON") for t in before) \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in before):
        return None
    return verb.doc[before[0].i:verb.i]


class Statements:
    """Who issued a statement and which text reproduces it."""

    def _note_reproduced_statement(self, sent) -> None:
        """'The general staff published a communique, which we reproduce below.' followed by the text in
        quotation marks: everything up to the closing mark, over several paragraphs, is the issuer's."""
        if not tokens_where(sent, lemmas=self.vocab.statement_nouns):
            return      # no statement named, so no issuer: spare the look for its end over the next paragraphs
        if self._reproduced is not None and sent.start_char < self._reproduced[1]:
            # 'The army rejects the reports by some media ...' inside the statement printed; before it,
            # 'A reply from the ministry follows the statement.' speaks of the one announced, not a new one
            return
        text = doc_text(sent.doc)
        opening = len(text) - len(text[sent.end_char:].lstrip())
        if opening < len(text) and text[opening] not in _QUOTES_OPEN:
            opening = _quote_after_headings(text, sent.end_char)
        quoted = opening is not None and opening < len(text) and text[opening] in _QUOTES_OPEN
        unquoted = None if quoted else self._statement_closed_by_end_mark(text, sent.end_char)
        if not quoted and unquoted is None:
            return
        issuer = self._announced_document_issuer(sent)
        if issuer is None or issuer == self.outlet_claimant():
            return
        if unquoted is not None:
            self._reproduced = (*unquoted, issuer)
            return
        self._reproduced = (opening, _end_of_quoted_paragraphs(text, opening), issuer)

    def _statement_closed_by_end_mark(self, text: str, end: int) -> tuple[int, int] | None:
        """'The army issued the following statement.' then its numbered paragraphs, printed without
        quotation marks, up to a line 'ENDS': a press release's own closing mark bounds it, so the text
        from the next paragraph to that line is the statement. (first, end) or None without such a line."""
        paragraph_end = text.find("\n", len(text[:end].rstrip()))     # a sentence's span takes its blank lines
        if paragraph_end < 0:
            return None
        window_end = paragraph_end + _REPRODUCED_STATEMENT_CHARS
        mark = self._end_mark_in(text, paragraph_end, window_end)
        if mark is not None:
            return paragraph_end + 1, mark
        numbered_end = _end_of_numbered_paragraphs(text[paragraph_end:window_end])
        return (paragraph_end + 1, paragraph_end + numbered_end) if numbered_end else None

    def _end_mark_in(self, text: str, after: int, window_end: int) -> int | None:
        """Where the first end-mark line after ``after`` starts, in the text up to ``window_end``
        (a line the window cuts is read as cut), else None."""
        lines = self._end_mark_lines(text)
        for start, stop in lines[bisect_right(lines, (after, len(text))):]:
            if stop > window_end:
                break           # the first mark after ``after`` counts only when the window holds it whole
            return start
        cut = text.rfind("\n", 0, window_end) + 1     # the window's last line, when it runs on past it
        if window_end < len(text) and text[window_end] != "\n" and after < cut < window_end \
                and _end_mark_key(text[cut:window_end]) in self.vocab.statement_end_marks:
            return cut
        return None

    def _end_mark_lines(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each line of the document that closes a press release ('ENDS'), found once per
        document: every sentence naming a statement looks for one over the next paragraphs."""
        if self._end_marks is None or self._end_marks[0] is not text:
            marks = self.vocab.statement_end_marks
            # a mark, once stripped and lower-cased, stands in the lower-cased line (or is the line as
            # written): only the few lines holding one are worth stripping
            lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
                     if any(w in m.group().lower() or w in m.group() for w in marks)
                     and _end_mark_key(m.group()) in marks]
            self._end_marks = (text, lines)
        return self._end_marks[1]

    def _announced_document_issuer(self, sent) -> str | None:
        """Who issued the statement a sentence names as its verb's object ('published a communique',
        'issued the following statement'), or None."""
        for noun in tokens_where(sent, lemmas=self.vocab.statement_nouns):
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None and _object_of_verb(noun) and owner.lower_ not in self.vocab.first_person:
                # 'we publish the main passages of the army's statement below': its owner issued it
                return self._resolve_mention(_without_case(_subtree(owner)))
            verb = noun.head
            issued_by = self._issued_by(noun)
            if issued_by is not None:
                # 'Full text of the statement issued by Army Headquarters', 'The Herald prints a press
                # release issued by the rebels' spokesman': the participle names its issuer, not who prints it
                return self._resolve_mention(issued_by)
            if noun.dep_ != "dobj" or verb.pos_ != "VERB":
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subject is not None and _counted(subject) and _line_of(subject) != _line_of(verb):
                # 'Army: 9 soldiers killed' over 'The Malian army command issued ...': a headline's
                # counted noun, parsed into the next line, is no issuer; the verb's own line names it
                mention = _noun_before_on_line(verb)
                return self._resolve_mention(mention) if mention is not None else None
            if subject is None:
                # the parse gave the verb no subject: the name before the verb on its own line
                mention = _name_alone_before_on_line(verb)
                if mention is not None:
                    return self._resolve_mention(mention)
            if subject is not None:
                return self._resolve_mention(_subtree(subject))
        return None

    @staticmethod
    def _issued_by(noun):
        """'the statement issued by X', 'the communique released by X': the agent of an issuing
        participle hung on the statement noun, else None ('the reports by some media that ...' name
        no issued document)."""
        for participle in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _ISSUING_VERBS):
            for agent in (c for c in participle.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"):
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _issuing_body(pobj)
        return None

    def _reproduced_statement(self, sent) -> Attribution | None:
        """A sentence inside a statement the report reproduces whole: its issuer's."""
        if self._reproduced is None:
            return None
        first, end, issuer = self._reproduced
        if not first <= sent.start_char < end:
            return None
        return Attribution(issuer, "", "asserted", sent.start_char, sent.start_char)

    def _note_statement_issuer(self, cue, claimant: str | None) -> None:
        """'The army said in a statement that ...', 'In a communique, the group said ...': whoever speaks
        through a document is whom a later 'the statement said' means."""
        if claimant and (self._speaks_through_document(cue) or cue.speaker is not None
                         and cue.speaker.root.lemma_.lower() in self.vocab.statement_nouns):
            self.statement_issuer = claimant     # 'A statement shared by the group said ...' is a new one

    def _speaks_through_document(self, cue) -> bool:
        return any(c.dep_ == "prep" and c.lower_ in ("in", "through", "via") and any(
                   g.dep_ == "pobj" and g.lemma_.lower() in self.vocab.statement_nouns for g in c.children)
                   for c in cue.token.children)

    def _note_statement_aside(self, sent) -> None:
        """'The capture, which the group announced in a statement, took place on Tuesday': a verb that
        reports no figure still names who issued the statement a later sentence quotes. Only sentences
        with a cue are looked at (read once already), so this adds no pass over the document."""
        if not self.cues(sent):
            return
        for noun in tokens_where(sent, lemmas=self.vocab.statement_nouns):
            prep, verb = noun.head, noun.head.head
            if noun.dep_ != "pobj" or prep.lower_ not in ("in", "through", "via") or verb.i in self._claimant_by_cue \
                    or verb.lemma_.lower() not in self.vocab.verbs:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            issuer = self._resolve_mention(_subtree(subject)) if subject is not None else None
            if issuer:
                self.statement_issuer = issuer

    def _statement_named_again(self, speaker) -> str | None:
        """'The statement said', 'the same statement added', 'the communique went on': a document named
        again with no issuer of its own speaks for the body that issued it (the one that spoke 'in a
        statement' last, else the source of the sentence before)."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.statement_nouns or \
                not any(t.lower_ in ("the", "this", "that") for t in speaker if t.i < root.i):
            return None
        modifiers = [t.lower_ for t in speaker if t.i < root.i and t.lower_ not in _DETERMINERS
                     and not t.is_punct and t.lower_ != "same"]
        issuer = self._issuer_named_before()
        if modifiers and not (issuer and _names_with(issuer, modifiers)):
            # 'the same ministry statement' is the ministry's named last; 'the UN statement' nobody's before
            return self._known_body_with(modifiers)
        return issuer

    def _issuer_named_before(self) -> str | None:
        """Whoever spoke 'in a statement' last, else the body that spoke in the sentence before."""
        if self.statement_issuer:
            return self.statement_issuer
        before = self.previous_claimant
        if before and not self._is_person(before) and not _is_descriptive(before) and before != self.outlet_claimant():
            return before
        return self._last_organisation()

    def _issuer_of_statement(self, speaker):
        """'A statement from the operations room', 'the group's statement', 'army figures': who issued it."""
        root = speaker.root
        if root.lemma_.lower() not in self.vocab.statement_nouns:
            return self._maker_of_shown(root)
        owner = _body_compound(root, self.vocab.institution_nouns) \
            if root.lemma_.lower() in self.vocab.figure_nouns | self.vocab.reckoning_nouns else None
        if owner is not None:
            return owner                         # 'Army figures show' (a 'command post' is no post it issued)
        # 'figures released by the health ministry': the issuer may hang on the participle
        released = [g for c in root.children if c.dep_ == "acl" for g in c.children]
        for clause in (c for c in root.children if c.dep_ == "relcl"):
            # 'an estimate the region's ombudsman gave': who gave it
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subject is not None:
                return _subtree(subject)
        for child in list(root.children) + released:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return _subtree(child)
            if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by", "of"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _without_apposition(pobj)      # 'Army Headquarters, New Delhi': the body
        return None

    def _maker_of_shown(self, root):
        """'Aerial photographs analysed by the ceasefire monitors show that ...', 'records kept by the diocese show':
        what shows a figure speaks for whoever the participle says made or read it (a bare 'images show'
        speaks for no one)."""
        if root.dep_ != "nsubj" or root.head.lemma_.lower() not in self.vocab.showing_verbs:
            return None
        return _participle_agent(root, self.vocab.reading_verbs | self.vocab.counting_verbs)

    def _without_issued_noun(self, canonical: str) -> str:
        """'Government statement', 'army figures': a state body named with what it issued is that body."""
        body, _, issued = canonical.rpartition(" ")
        if body and issued.lower() in self.vocab.statement_nouns and _fold(body) in self.vocab.national:
            return body
        return canonical
