"""What extraction reads of a parsed Doc, computed once and kept in ``doc.user_data`` while the
document is read (``EXTRACTION_CACHES``): its text, its tokens' start offsets and words, the places the
gazetteer marked, and its line units (sentences cut where a line break runs through them, table rows
with dot leaders kept whole). Other stages (claims, events, genres) read these too.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc


def doc_text(doc, keep: bool = True) -> str:
    """Doc.text joins every token on each call; read it once per Doc. ``keep=False`` (a pipeline
    component) uses a text already known but leaves nothing new on the Doc to be shipped."""
    cached = doc.user_data.get("fw_text")
    if cached is None or cached[1] != len(doc):
        cached = (doc.text, len(doc))
        if keep:
            doc.user_data["fw_text"] = cached
    return cached[0]


def span_text(span) -> str:
    """A Span's text, cut from the Doc's text (``doc_text``): Span.text builds a Token for every
    word of the span and joins them again on each call, and a speaker's text is asked for by
    rule after rule."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def know_doc_text(doc, text: str) -> None:
    """Tell ``doc_text`` the string the Doc was made of (spaCy's text is a prefix of it), so
    that it need not join the tokens again; ignored when the lengths do not agree."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if len(text) >= end and (not len(doc) or text.startswith(doc[-1].text, doc[-1].idx)):
        doc.user_data["fw_text"] = (text[:end], len(doc))


READ_HERE = "fw_read_here"


def read_here(doc) -> None:
    """Mark a Doc that extraction reads in the process that parses it (the engine's workers): its
    pipeline components may then leave what they read of it (``token_words``) for extraction,
    instead of reading it again; extraction drops it with the rest (``EXTRACTION_CACHES``). A Doc
    from a user's ``nlp.pipe(n_process=N)`` is not marked, so its components ship nothing more."""
    doc.user_data[READ_HERE] = True


def token_starts(doc) -> list[int]:
    """Character offsets of the tokens of a Doc, computed once (for bisect)."""
    starts = doc.user_data.get("fw_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["fw_token_starts"] = doc.to_array(IDX).tolist() if len(doc) else []
    return starts


class TokenWords(NamedTuple):
    lowers: list[str]
    lemmas: list[str]           # lower-cased
    proper_nouns: list[bool]
    lemmas_as_tagged: list[str]


# what extraction keeps of a Doc while it reads it (doc.user_data); dropped when it is done
EXTRACTION_CACHES = ("fw_text", "fw_words", "fw_line_units", "fw_token_starts", "fw_marked_places", "fw_line_breaks",
                     "fw_event_reading", READ_HERE)


def marked_places(doc) -> list | None:
    """``doc._.fw_places`` (None when the places component did not run), read once per Doc: the
    extension's getter builds a new PlaceMatch for every place on each access, and claims ask for
    the places of every sentence with a figure. Kept with the marks it was read from, so marks set
    again are read again. Not for pipeline components (it leaves PlaceMatch records on the Doc)."""
    if not Doc.has_extension("fw_places"):
        return None
    data = doc._.fw_places_data if Doc.has_extension("fw_places_data") else None
    cached = doc.user_data.get("fw_marked_places")
    if data is None or cached is None or cached[0] is not data:
        cached = (data, doc._.fw_places)
        if data is not None:
            doc.user_data["fw_marked_places"] = cached
    return cached[1]


def token_words(doc, keep: bool = True) -> TokenWords:
    """Each token's lower form, lemma and whether it is a proper noun, read once per Doc: spaCy
    builds a new Token object on every access, so a scan for a few words over every sentence
    costs more than the words' test. ``tokens_where`` hands out only the tokens worth a closer
    look. ``keep=False`` (a pipeline component) leaves nothing on the Doc to be shipped, unless
    the Doc is read where it is parsed (``read_here``)."""
    cached = doc.user_data.get("fw_words")
    if cached is not None and len(cached[0]) == len(doc):
        # kept as it was made while the Doc is read; a Doc read back from bytes holds a plain list
        return cached if isinstance(cached, TokenWords) else TokenWords(*cached)
    strings = doc.vocab.strings
    rows = doc.to_array([LOWER, LEMMA, POS]).tolist() if len(doc) else []
    lemmas = [strings[lemma] for _, lemma, _ in rows]
    words = TokenWords([strings[low] for low, _, _ in rows], [lemma.lower() for lemma in lemmas],
                       [pos == PROPN for _, _, pos in rows], lemmas)
    if keep or doc.user_data.get(READ_HERE):
        doc.user_data["fw_words"] = words
    return words


def tokens_where(span, lemmas=frozenset(), lowers=frozenset(), proper_nouns: bool = False) -> list:
    """The tokens of a span whose lower-cased lemma is in ``lemmas``, whose lower form is in
    ``lowers``, or (``proper_nouns``) that are tagged PROPN."""
    doc = span.doc
    words = token_words(doc)
    start, end = span.start, span.end
    # most sentences hold none of the words: two set tests in C, no loop in Python (and no test,
    # nor copy of the span's words, for a word list left empty: most calls give one list only)
    if not proper_nouns and (not lemmas or _none_in(words.lemmas[start:end], lemmas)) \
            and (not lowers or _none_in(words.lowers[start:end], lowers)):
        return []
    lemma_of, lower_of = words.lemmas, words.lowers
    return [doc[i] for i in range(start, end)
            if lemma_of[i] in lemmas or lower_of[i] in lowers or (proper_nouns and words.proper_nouns[i])]


def _none_in(words: list[str], wanted) -> bool:
    """No word of the list is in ``wanted`` (a set, or a short tuple of words)."""
    if isinstance(wanted, (set, frozenset)):
        return wanted.isdisjoint(words)
    return not any(word in wanted for word in words)


def line_units(doc) -> list[tuple[int, int]]:
    """spaCy's sentences, also cut at line breaks, as (start, end) token offsets, found once per
    Doc: the parser sometimes runs a headline or dateline into the sentence below it, and a
    headline's "X says" is no speaker. Claims and events read the same units. A line break is
    always a whitespace token of its own, so the text is searched for it instead of every token
    being looked at."""
    cached = doc.user_data.get("fw_line_units")
    if cached is not None and cached[1] == len(doc):
        return cached[0]
    text, starts = doc_text(doc), token_starts(doc)
    units = []
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        start, end_char = sent.start, sent.end_char
        pos = text.find("\n", sent.start_char, end_char)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1          # the whitespace token holding the break
            if i > start:
                units.append((start, i))
            start = max(start, i + 1)
            pos = text.find("\n", pos + 1, end_char)
        if start < sent.end:
            units.append((start, sent.end))
    if may_hold_dot_leaders(text) and _DOT_LEADER.search(text) or "|" in text and (
            _PIPE_TABLE_LINE.search(text) or _BARE_TABLE_LINE.search(text)):
        units = _table_rows_whole(doc, text, units)
    doc.user_data["fw_line_units"] = (units, len(doc))
    return units


# 'Displaced since 1 August ......... 63,000', or one dot before a row's closing figure ('... 7-13 May . 214')
_DOT_LEADER = re.compile(r"\S\s*\.{3,}\s*\S|\S\s\.\s\d[\d,.]*(?:\s*\([^)\n]*\))?[ \t]*(?:\n|$)")
_SPACED_DOT = re.compile(r"\s\.\s")
# '| People displaced (UNHCR) | about 75,000 |': a row of a table drawn with bars
_PIPE_TABLE_LINE = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.M)
# 'Families uprooted this year   | 38,500  | Provincial relief office': a row of a figures table with a
# source column drawn without the outer bars, as plain-text bulletins lay out their key figures: a
# label, a middle cell holding a figure, a source
_BARE_TABLE_LINE = re.compile(r"^[ \t]*[^|\n]*[A-Za-z][^|\n]*\|[^|\n\d]*\d[^|\n]*\|[^|\n\d]*[A-Za-z][^|\n\d]*$", re.M)


def _is_table_line(line: str) -> bool:
    return bool(_PIPE_TABLE_LINE.match(line) or _BARE_TABLE_LINE.match(line))


def may_hold_dot_leaders(text: str) -> bool:
    """What _DOT_LEADER needs to match: '...' (its first form) or a dot between spaces (its second).
    Most reports hold neither, and the full pattern, tried at every character, costs six times this."""
    return "..." in text or bool(_SPACED_DOT.search(text))


def _table_rows_whole(doc, text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A table row written as a text line ('label ....... figure (source)', '| label (source) | figure |')
    is one unit: the parser ends a sentence at its leader dots or after its brackets, which would part
    the label from its figure."""
    merged: list[tuple[int, int]] = []
    for start, end in units:
        if merged:
            first, last = merged[-1]
            between = text[doc[first].idx:doc[start].idx]
            row = text[doc[first].idx:doc[end - 1].idx + len(doc[end - 1])]
            if "\n" not in between and (_DOT_LEADER.search(row) or _is_table_line(_line_at(text, doc[first].idx))):
                merged[-1] = (first, end)
                continue
        merged.append((start, end))
    return merged


def _line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


def _same_line(a, b) -> bool:
    lo, hi = sorted((a.i, b.i))
    breaks = line_break_tokens(a.doc)
    first = bisect_left(breaks, lo)
    return first == len(breaks) or breaks[first] >= hi


def line_break_tokens(doc) -> list[int]:
    """The indices of the whitespace tokens holding a line break, found once per Doc: whether a
    speaker stands on its verb's line is asked of every subject of every cue, and a Token made for
    each word between them costs more than the test."""
    cached = doc.user_data.get("fw_line_breaks")
    if cached is not None and cached[1] == len(doc):
        return cached[0]
    breaks = [i for i, word in enumerate(token_words(doc).lowers) if "\n" in word and word.isspace()]
    doc.user_data["fw_line_breaks"] = (breaks, len(doc))
    return breaks


def _line_of(token) -> int:
    """Where the token's line starts (a headline without a full stop is parsed into the next line)."""
    return doc_text(token.doc).rfind("\n", 0, token.idx) + 1


def _char_span(obj) -> tuple[int, int]:
    if hasattr(obj, "start_char"):
        return obj.start_char, obj.end_char
    return obj.idx, obj.idx + len(obj.text)
