"""Quantities in news text: digits, number words, vague amounts, fractions, percentages.

``parse_quantity("more than 4,500")`` gives ``Quantity(low=4500, high=4500,
qualifier="more_than")``; ``find_quantities(span)`` finds every quantity in a
spaCy Doc or Span (or a plain string) with character offsets into the Doc.

The vocabulary (number words, scales, vague amounts with their ranges,
fractions, qualifier phrases) lives in ``data/numbers.json`` so that users can
extend it without code. Deciding whether a quantity is a *claim* (and not an
age, a year or a force size) is the job of ``claims.py``; this module only
reads numbers.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .dates import DAY_MONTH_FIGURES

QUALIFIERS = ("exact", "at_least", "more_than", "about", "nearly", "up_to", "between")

# Digits with thousands separators ("300,000"), decimals ("1.5") or plain ("87");
# names that end in digits ("M23", "F16") as one word, so their digits are no count;
# words with inner hyphens/apostrophes ("three-quarters", "twenty-five"); single symbols.
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+\d[A-Za-z\d]*|[A-Za-z]+(?:[-'’][A-Za-z]+)*|%|[–—-]|\S"
)
_DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_DASHES = {"-", "–", "—"}


@dataclass(frozen=True)
class Quantity:
    """A number as the text states it. Offsets are characters of the text searched.

    ``percent`` is true for "52 percent" and for fractions ("nearly a third" is
    33 percent); ``form`` says how it was written: number, words, vague,
    fraction or count ("a dozen").
    """

    start: int
    end: int
    low: float
    high: float
    qualifier: str
    text: str
    percent: bool = False
    form: str = "number"

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "low": self.low, "high": self.high,
                "qualifier": self.qualifier, "text": self.text, "percent": self.percent,
                "form": self.form}


class _Tok(NamedTuple):          # a NamedTuple: a frozen dataclass costs three times as much to make
    text: str
    low: str          # lower-cased text
    start: int
    end: int


@dataclass(frozen=True)
class _Core:
    low: float
    high: float
    end: int          # index of the first token after the core
    form: str
    percent: bool = False


class NumberVocabulary:
    """The tables of data/numbers.json, with multi-word phrases split into token tuples."""

    def __init__(self, table: dict):
        self.units: dict[str, int] = table["units"]
        self.tens: dict[str, int] = table["tens"]
        self.scales: dict[str, int] = table["scales"]
        self.counts = _phrases(table["counts"])
        self.fractions = _phrases(table["fractions"])
        # 'an estimated third': a qualifier that opens with the article takes the fraction without it
        self.bare_fractions = _phrases({k.split(" ", 1)[1]: v for k, v in table["fractions"].items()
                                        if k.startswith("a ")})
        self.vague = _phrases({k: tuple(v) for k, v in table["vague"].items()})
        self.qualifiers = _phrases(table["qualifiers"])
        self.between_words = set(table["range_joiners"]["between_words"])
        self.joiners = set(table["range_joiners"]["joiners"])
        self.percent_words = _phrases({w: True for w in table["percent_words"]})
        self.trailing = _phrases(table.get("trailing_qualifiers", {}))
        self.exclusive = frozenset(tuple(t.group(0) for t in _TOKEN.finditer(k.lower()))
                                   for k in table.get("exclusive_bounds", ()))
        # the first words of the number phrases, each with the second words it goes on with: a
        # text where none opens its phrase (and with no digit or number word) states no quantity.
        # 'a' opens 'a dozen', 'a third' and 'a minimum of', but it is in nearly every sentence
        self.followers = _followers(self.vague, self.fractions, self.counts, self.bare_fractions)
        self.qualifier_followers = _followers(self.qualifiers)
        self.number_words = frozenset(self.units) | frozenset(self.tens)

    def could_begin(self, toks: list["_Tok"], i: int) -> bool:
        """A quantity can begin at token i: a qualifier ('more than'), 'between', or a number.
        A word that opens only longer phrases counts only before one of their second words."""
        low = toks[i].low
        after = toks[i + 1].low if i + 1 < len(toks) else None
        return (_may_open(self.qualifier_followers, low, after) or low in self.between_words
                or self.could_start(toks[i].text, low, after))

    def could_start(self, word: str, low: str, after: str | None) -> bool:
        """A number can start with this word ('low' lower-cased), 'after' (lower-cased) following it."""
        return word[:1].isdigit() or self.is_number_word(low) or _may_open(self.followers, low, after)

    def may_state_quantity(self, text: str) -> bool:
        """Whether a number could start anywhere in text; read from the bare words, so that the
        tokens of a sentence without one are never built."""
        words = _TOKEN.findall(text)
        lows = [w.lower() for w in words] + [None]
        return any(self.could_start(word, lows[k], lows[k + 1]) for k, word in enumerate(words))

    def is_number_word(self, word: str) -> bool:
        if "-" not in word:             # most words: no split needed
            return word in self.number_words
        parts = word.split("-")
        return all(p in self.number_words for p in parts) and bool(parts[0])


def _may_open(followers: dict[str, frozenset[str] | None], low: str, after: str | None) -> bool:
    """A phrase indexed in followers may start with low when after is one of its second words."""
    if low not in followers:
        return False
    needed = followers[low]
    return needed is None or after in needed


def _followers(*tables: dict) -> dict[str, frozenset[str] | None]:
    """For each first word of the tables' phrases: the second words they go on with, or None when
    one of them is that word alone (then it needs no follower)."""
    found: dict[str, frozenset[str] | None] = {}
    for table in tables:
        for first, phrases in table.items():
            seconds = frozenset(phrase[1] if len(phrase) > 1 else None for phrase, _ in phrases)
            known = found.get(first, frozenset())
            found[first] = None if known is None or None in seconds else known | seconds
    return found


def _phrases(table: dict) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """Index each phrase by its first token; a first token's phrases come longest first."""
    keyed = {tuple(t.group(0) for t in _TOKEN.finditer(k.lower())): v for k, v in table.items()}
    index: dict[str, list] = {}
    for phrase, value in sorted(keyed.items(), key=lambda kv: -len(kv[0])):
        index.setdefault(phrase[0], []).append((phrase, value))
    return index


@lru_cache(maxsize=1)
def vocabulary() -> NumberVocabulary:
    text = resources.files("frontwatch.data").joinpath("numbers.json").read_text("utf-8")
    return NumberVocabulary(json.loads(text))


def tokenize(text: str) -> list[_Tok]:
    return [_Tok(m.group(0), m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _match_phrase(toks: list[_Tok], i: int, table: dict) -> tuple[tuple[str, ...], object] | None:
    for phrase, value in table.get(toks[i].low, ()):
        n = len(phrase)
        if i + n <= len(toks) and tuple(t.low for t in toks[i:i + n]) == phrase:
            return phrase, value
    return None


def _digits_value(text: str) -> float:
    return float(text.replace(",", ""))


def _is_glued_modifier(toks: list[_Tok], i: int) -> bool:
    """'5-year', '24-hour', '3,000-strong': a number glued to a word by a hyphen is an adjective."""
    nxt = i + 1
    if nxt + 1 < len(toks) and toks[nxt].text in _DASHES and toks[nxt].start == toks[i].end:
        after = toks[nxt + 1]
        if _match_phrase(toks, nxt, vocabulary().trailing):
            return False                   # '40-odd' is a count, not an adjective
        return after.start == toks[nxt].end and after.text[0].isalpha()
    return False


def _is_clock_or_score(text: str, toks: list[_Tok], i: int) -> bool:
    """'0:26', '10:30' (video durations, times) are not quantities."""
    tok = toks[i]
    before = text[tok.start - 1] if tok.start > 0 else ""
    after = text[tok.end] if tok.end < len(text) else ""
    return before == ":" or (after == ":" and tok.end + 1 < len(text) and text[tok.end + 1].isdigit())


# '23/10/2019', '22.08.2016', '2016-08-22': a date written in digits, as datelines and timelines print it
_NUMERIC_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}")
_DATE_CHARS = frozenset("0123456789./-")
# '4.30am', '10.15 GMT', '4.30 p.m.': a clock time written with a dot
_CLOCK_AFTER = re.compile(r"\s?(?:[ap]\.?m\b\.?|hrs\b|hours\b|GMT\b|UTC\b|local time\b)", re.IGNORECASE)
_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")


# '29/11', '5/12', '18-19/12': a day (or a span of days) and a month in digits, with no year, as relief
# bulletins and sitreps date their entries
_DAY_MONTH = re.compile(DAY_MONTH_FIGURES)          # the date reader's pattern: one shape for both
_FRACTION_OF = re.compile(r"\s*(?:of|th|ths)\b", re.IGNORECASE)


def _day_and_month(run: str, text: str, end: int) -> bool:
    """'on 5/12', 'on 29-30/11', 'arrivals 13-26/12': days and a month written in digits without a year.
    A fraction of something ('1/3 of the houses') is no date."""
    found = _DAY_MONTH.fullmatch(run)
    if found is None or _FRACTION_OF.match(text, end):
        return False
    days = [int(d) for d in (found.group("a"), found.group("a2")) if d]
    return all(1 <= d <= 31 for d in days) and 1 <= int(found.group("b")) <= 12


def _is_written_date_or_clock(text: str, tok: _Tok) -> bool:
    """A number inside a date written in digits or a dotted clock time is no quantity (datelines
    'UVIRA, 23/10/2019 -', 'GALKAYO, 22.08.2016 -'; '4.30am'), whoever writes them."""
    start, end = tok.start, tok.end
    while start > 0 and text[start - 1] in _DATE_CHARS:
        start -= 1
    while end < len(text) and text[end] in _DATE_CHARS:
        end += 1
    run = text[start:end].strip("./-")
    if _NUMERIC_DATE.fullmatch(run) or _day_and_month(run, text, end):
        return True
    return bool(_DOTTED_CLOCK.fullmatch(tok.text)) and bool(_CLOCK_AFTER.match(text, tok.end))


def _words_core(toks: list[_Tok], i: int, vocab: NumberVocabulary) -> _Core | None:
    """'eighteen', 'twenty-five', 'two hundred thousand', 'one hundred and twenty'."""
    total, current, j, seen = 0, 0, i, False
    while j < len(toks):
        word = toks[j].low
        if vocab.is_number_word(word):
            current += sum(vocab.units.get(p, 0) + vocab.tens.get(p, 0) for p in word.split("-"))
        elif word in vocab.scales and seen and word not in ("k", "m", "bn", "mln"):
            scale = vocab.scales[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        elif word == "and" and seen and j + 1 < len(toks) and vocab.is_number_word(toks[j + 1].low):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return _Core(total + current, total + current, j, "words")


def _digits_core(text: str, toks: list[_Tok], i: int, vocab: NumberVocabulary) -> _Core | None:
    tok = toks[i]
    if not _DIGITS.match(tok.text) or _is_glued_modifier(toks, i) or _is_clock_or_score(text, toks, i) \
            or _is_written_date_or_clock(text, tok):
        return None
    value, j = _digits_value(tok.text), i + 1
    if j < len(toks) and toks[j].low in vocab.scales:
        glued = toks[j].start == tok.end
        word = toks[j].low
        # "1.5 million", "3 billion", "10k" (short scales only when glued: "10k", "2m")
        if len(word) > 2 and not glued or (glued and word in ("k", "m", "bn", "mln")):
            value *= vocab.scales[word]
            j += 1
    return _Core(value, value, j, "number")


def _core(text: str, toks: list[_Tok], i: int, vocab: NumberVocabulary) -> _Core | None:
    """The number that starts at token i, without qualifier or range."""
    for table, form in ((vocab.vague, "vague"), (vocab.fractions, "fraction"), (vocab.counts, "count")):
        hit = _match_phrase(toks, i, table)
        if hit:
            phrase, value = hit
            low, high = (value if isinstance(value, tuple) else (value, value))
            core = _Core(low, high, i + len(phrase), form, percent=form == "fraction")
            return _spoken_tail(toks, core, vocab) if form == "count" else core
    if _DIGITS.match(toks[i].text):
        return _digits_core(text, toks, i, vocab)
    core = _words_core(toks, i, vocab)
    return _spoken_tail(toks, core, vocab) if core else None


def _fraction_after_article(toks: list[_Tok], i: int, j: int, vocab: NumberVocabulary) -> _Core | None:
    """'an estimated third', 'an approximate quarter': the article before the qualifier belongs to
    the fraction, which then stands bare after it."""
    if j == i or toks[i].low not in ("a", "an"):
        return None
    hit = _match_phrase(toks, j, vocab.bare_fractions)
    return _Core(hit[1], hit[1], j + len(hit[0]), "fraction", percent=True) if hit else None


def _spoken_tail(toks: list[_Tok], core: _Core, vocab: NumberVocabulary) -> _Core:
    """How numbers are said aloud (transcripts): 'a hundred and twelve' goes on after 'a hundred',
    'two point four million' has a decimal point in words."""
    j = core.end
    if j + 1 < len(toks) and toks[j].low == "and" and core.low == core.high and core.low % 100 == 0 \
            and vocab.is_number_word(toks[j + 1].low):
        rest = _words_core(toks, j + 1, vocab)
        if rest and rest.low < 100:
            return _Core(core.low + rest.low, core.high + rest.low, rest.end, core.form)
    if core.form != "words" or j + 1 >= len(toks) or toks[j].low != "point":
        return core
    digits, k = "", j + 1
    while k < len(toks) and toks[k].low in vocab.units and vocab.units[toks[k].low] < 10:
        digits, k = digits + str(vocab.units[toks[k].low]), k + 1
    if not digits:
        return core
    value = core.low + float("0." + digits)
    if k < len(toks) and toks[k].low in vocab.scales and len(toks[k].low) > 2:
        value, k = value * vocab.scales[toks[k].low], k + 1
    return _Core(_tidy(value), _tidy(value), k, core.form)


def _percent_after(toks: list[_Tok], j: int, vocab: NumberVocabulary) -> int:
    hit = _match_phrase(toks, j, vocab.percent_words) if j < len(toks) else None
    return j + len(hit[0]) if hit else j


def _range_after(text, toks, core: _Core, vocab) -> _Core | None:
    """'8,000 to 12,000', '30,000-40,000': a second number right after the first."""
    j = core.end
    if j + 1 >= len(toks) or toks[j].low not in vocab.joiners or toks[j].low == "and":
        return None
    if core.form not in ("number", "words"):
        return None
    second = _core(text, toks, j + 1, vocab)
    if second is None or second.form not in ("number", "words") or second.low < core.low:
        return None
    return _Core(core.low, second.high, second.end, core.form)


def _between(text, toks, i, vocab) -> _Core | None:
    """'between 40,000 and 60,000', 'from 10 to 15'."""
    if toks[i].low not in vocab.between_words or i + 1 >= len(toks):
        return None
    first = _core(text, toks, i + 1, vocab)
    if first is None or first.end + 1 >= len(toks) or toks[first.end].low not in vocab.joiners:
        return None
    second = _core(text, toks, first.end + 1, vocab)
    if second is None:
        return None
    low, high = sorted((first.low, second.high))
    return _Core(low, high, second.end, first.form, percent=first.percent or second.percent)


def _quantity_at(text: str, toks: list[_Tok], i: int, vocab: NumberVocabulary) -> Quantity | None:
    qualifier, j, exclusive = None, i, False
    hit = _match_phrase(toks, i, vocab.qualifiers)
    if hit:
        qualifier, j, exclusive = hit[1], i + len(hit[0]), hit[0] in vocab.exclusive
    if j >= len(toks):
        return None
    core = _between(text, toks, j, vocab)
    if core:
        qualifier = "between"
    else:
        core = _core(text, toks, j, vocab) or _fraction_after_article(toks, i, j, vocab)
        if core is None:
            return None
        ranged = _range_after(text, toks, core, vocab)
        if ranged:
            core, qualifier = ranged, "between"
    share = _one_in(text, toks, core, vocab)
    if share is not None:
        core = share                       # 'one in three residents': a third of them
    end = _percent_after(toks, core.end, vocab)
    percent = core.percent or end > core.end
    trailing = _match_phrase(toks, end, vocab.trailing) if end < len(toks) and qualifier is None else None
    if trailing:
        qualifier, end = trailing[1], end + len(trailing[0])     # 'a dozen or so', '300 or more'
    if qualifier is None:
        qualifier = "about" if core.form == "vague" else "exact"
    start_char, end_char = toks[i].start, toks[end - 1].end
    low, high = _tidy(core.low), _tidy(core.high)
    if exclusive and qualifier == "up_to" and core.form in ("number", "words") and low == high \
            and isinstance(high, int) and 1 < high <= EXCLUSIVE_BOUND_MAX:
        low = high = high - 1              # 'fewer than ten': nine at most
    return Quantity(start_char, end_char, low, high, qualifier, text[start_char:end_char], percent, core.form)


MAX_SHARE_BASE = 100
EXCLUSIVE_BOUND_MAX = 100      # 'fewer than ten' is 9; 'fewer than 5,000' stays 5,000, as written


def _one_in(text, toks, core: _Core, vocab) -> _Core | None:
    """'one in three', '4 in 10': a share, as a percentage of the people counted."""
    j = core.end
    if core.form not in ("number", "words") or j + 1 >= len(toks) or toks[j].low != "in":
        return None
    base = _core(text, toks, j + 1, vocab)
    if base is None or base.form not in ("number", "words") or not core.low < base.low <= MAX_SHARE_BASE:
        return None
    share = round(100 * core.low / base.low)
    return _Core(share, share, base.end, "fraction", percent=True)


def _tidy(value: float) -> float:
    """Whole numbers as int so that 3000.0 prints as 3000."""
    return int(value) if float(value).is_integer() else value


def quantities_in_text(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in text, left to right, non-overlapping; offsets shifted by offset."""
    vocab = vocabulary()
    if not vocab.may_state_quantity(text):
        return []           # a sentence without one: its tokens are never built
    toks = tokenize(text)
    found, i = [], 0
    while i < len(toks):
        if not vocab.could_begin(toks, i):
            i += 1
            continue
        q = _quantity_at(text, toks, i, vocab)
        if q is None:
            i += 1
            continue
        if offset:
            q = Quantity(q.start + offset, q.end + offset, q.low, q.high, q.qualifier, q.text, q.percent, q.form)
        found.append(q)
        while i < len(toks) and toks[i].start < q.end - offset:
            i += 1
    return found


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in text (offsets relative to text), or None if it states none."""
    found = quantities_in_text(text)
    return found[0] if found else None


def find_quantities(doc_or_span) -> list[Quantity]:
    """Quantities in a spaCy Doc or Span (offsets into the Doc), or in a plain string."""
    if isinstance(doc_or_span, str):
        return quantities_in_text(doc_or_span)
    offset = getattr(doc_or_span, "start_char", 0)
    return quantities_in_text(doc_or_span.text, offset)
