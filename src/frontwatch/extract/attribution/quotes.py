"""Quotation marks and quoted speakers: whether a position lies inside a quotation (double marks,
and single ones told from apostrophes), and the mixin that gives a quotation's sentences to the speaker
named before, after or around it (``QuotedSpeakers``).
"""
from __future__ import annotations

import re
from itertools import islice

from .records import Attribution
from .doctext import _char_span, doc_text, span_text


_QUOTES_OPEN = "\"“"
_QUOTES_CLOSE = "\"”"


def _has_quote_mark(text: str) -> bool:
    # the closing single mark's pattern looks behind every character: ask first whether the text holds
    # an apostrophe at all (every sentence a cue reports is asked)
    return '"' in text or "“" in text or "”" in text \
        or (("'" in text or "’" in text) and bool(_SINGLE_CLOSE.search(text)))


def _inside_quote(text: str, pos: int) -> bool:
    """Is pos inside an open quotation? Counts quote marks in the paragraph before pos."""
    para_start = text.rfind("\n", 0, pos) + 1
    before = text[para_start:pos]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”") \
        or len(_SINGLE_OPEN.findall(before)) > len(_SINGLE_CLOSE.findall(before))


# single quotation marks (British style: 'We counted 34 bodies,' he said), told from apostrophes by
# where they stand: one opens after a space or the paragraph's start, before a word; one closes after
# the quotation's last punctuation, before a space ('soldiers' ' and 'Ali's' are neither)
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[\w\"“])")
_SINGLE_CLOSE = re.compile(r"(?<=[,.?!;:])['’](?=\s|$)")


def _opens_quote(text: str) -> bool:
    text = text.strip()
    if not text or text[0] not in _QUOTES_OPEN:
        return False
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _closes_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“")


class QuotedSpeakers:
    """Attribution of quotations that run over several sentences or close with their speaker."""

    def _quote_resumed(self, sent) -> Attribution | None:
        """'"Our forces hold the town," he said. "Twenty of them were captured."': a quotation that
        opens again right after a quoted speaker's sentence, with no speaker of its own, is theirs."""
        text = span_text(sent).strip()
        if not text or text[0] not in _QUOTES_OPEN or _inside_quote(doc_text(sent.doc), sent.start_char):
            return None
        before = self._quote_of_sentence[1] if sent.start != self._quote_of_sentence[0] else self._quote_before
        if before is None or before.claimant is None:
            return None
        return Attribution(before.claimant, before.cue, "asserted", before.start, before.end)

    def _closing_speaker(self, sent, inner) -> Attribution | None:
        """'"My colleagues counted 25 dead," a spokesman for X said': the quote's speaker, named in the
        same sentence by another cue outside the quotation."""
        text = doc_text(sent.doc)
        if not _inside_quote(text, inner.token.idx):
            return None
        for cue in self.cues(sent):
            if cue.token.i == inner.token.i or cue.speaker is None or self._in_first_person(cue.speaker) \
                    or _inside_quote(text, cue.token.idx):
                continue
            claimant = self._claimant_once(cue, sent)
            if claimant:
                start, end = _char_span(cue.speaker)
                return Attribution(claimant, cue.words, self._stance(sent, cue), start, end, cue_token=cue.token.i)
        return None

    def _quoted_speaker(self, sent) -> Attribution | None:
        """A sentence inside a quotation that runs on: the speaker named where the quote closes."""
        doc = sent.doc
        if not _inside_quote(doc_text(doc), sent.start_char) and not _opens_quote(span_text(sent)):
            return None
        # the next four sentences only: Span.sents is lazy, and a list of all of them cost a walk to the end
        for nxt in islice(doc[sent.end:].sents, 4) if sent.end < len(doc) else []:
            cues = [c for c in self.cues(nxt) if c.speaker is not None]
            if cues:
                claimant = self._claimant_of(cues[0], nxt)
                if claimant:
                    start, end = _char_span(cues[0].speaker)
                    return Attribution(claimant, cues[0].words, cues[0].stance, start, end,
                                       cue_token=cues[0].token.i)
            if _closes_quote(nxt.text):
                break
        return None
