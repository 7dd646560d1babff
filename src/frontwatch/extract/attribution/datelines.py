"""Datelines ('GOMA, 3 March (Wire) -'): where one ends, and whether a speaker's phrase or
a subject stands before it, past it or clear of it, from the text's characters at a line's start.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .doctext import doc_text, token_starts
from .syntax import _subtree


_DATELINE = re.compile(r"^[\"“]?[A-Z][\w'’.-]*(?:[ ,]+[\w'’.()-]+){0,7}?\s+[—–-]{1,2}\s+")
_DATELINE_MARK = re.compile(r"^[A-Z]{3,}|^[A-Z]{2}[ -][A-Z]{3,}|\([^)]+\)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
                            r"|\d{1,2}\s+[A-Z][a-z]+")


def dateline_end(text: str, pos: int) -> int:
    """Where the dateline of pos's paragraph ends ('OUAGADOUGOU, June 12 — ', 'Gaza City, 3 May (Wire) - ');
    the paragraph's start when it has none."""
    line_start = text.rfind("\n", 0, pos) + 1
    head = text[line_start:line_start + 120]
    # a dateline closes with a dash: most paragraphs (seven in ten) hold none where one could stand, and
    # a paragraph's dateline is asked for by every speaker and subject on it
    if "-" not in head and "—" not in head and "–" not in head:
        return line_start
    found = _DATELINE.match(head)
    if not found or not _DATELINE_MARK.search(found.group(0)):
        return line_start
    return line_start + found.end()


def _past_dateline(span):
    """The part of span after its paragraph's dateline: the parser may hang 'MOGADISHU, June 9 -' on
    the first name of the story ('Al-Shabaab fighters stormed ...')."""
    end = dateline_end(doc_text(span.doc), span.start_char)
    # the first token past it, found among the Doc's token offsets without a Token made for each word
    first = bisect_left(token_starts(span.doc), end, span.start, span.end)
    return span.doc[first:span.end] if first < span.end else span


def _after_dateline(speaker, verb):
    """'BENI, Congo — Attackers killed 42 villagers, a local leader said': the parser may take the
    dateline for the subject and hang the rest on it; the speaker is then the phrase just before the verb."""
    doc = speaker.doc
    if speaker.start_char >= dateline_end(doc_text(doc), speaker.start_char):
        return speaker
    last = [t for t in speaker if t.dep_ == "appos" and t.right_edge.i >= speaker.end - 1
            and t.idx >= dateline_end(doc_text(doc), t.idx)]
    if last:
        return _subtree(last[-1])
    # 'NAIROBI - The Red Cross said': the dateline's city parsed as a second subject of the verb
    beyond = [c for c in verb.children if c.dep_ == "nsubj" and c.idx >= dateline_end(doc_text(doc), c.idx)]
    if beyond:      # 'BELGRADE - Yugoslav officials said': the city may hang on the subject itself
        return _past_dateline(_subtree(beyond[0]))
    return _clear_of_dateline(speaker, verb)


def _clear_of_dateline(speaker, verb):
    """The speaker without the dateline the parser hung on it ('CULIACAN, Mexico - Sinaloa's prosecutor's
    office'), or the phrase after it when the parser took the dateline for the whole subject."""
    if speaker.start_char >= dateline_end(doc_text(speaker.doc), speaker.start_char):
        return speaker
    return _phrase_after_dateline(speaker, verb) or _past_dateline(speaker)


def _phrase_after_dateline(speaker, verb):
    """'EL FASHER, Sudan - MSF said': the parser took the dateline's city for the whole subject; the
    speaker is the phrase between the dateline and the verb. None when the subject reaches past it."""
    doc = speaker.doc
    end = dateline_end(doc_text(doc), speaker.start_char)
    if speaker.end_char > end or verb.idx < end:
        return None
    between = [t for t in doc[speaker.end:verb.i] if t.idx >= end and not t.is_punct]
    return doc[between[0].i:verb.i] if between else None
