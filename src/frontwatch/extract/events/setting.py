"""The story's setting and layout: the gazetteer places of the whole text, its datelines, its main
city and country, its sentence units (sentences also cut at line breaks), timeline entries and
lines.

Decides from the Doc, its text and the resolver, once per document."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from ..attribution import doc_text, line_units, marked_places
from .vocab import FINE_KINDS, made_once
from .placenames import is_speaker, name_root


def sentence_units(doc: Doc) -> list[Span]:
    """spaCy's sentences, also cut at line breaks: a headline and the caption under it
    are two units even when the parser runs them together (blank units dropped)."""
    text = doc_text(doc)
    units = (doc[start:end] for start, end in line_units(doc))
    return [u for u in units if text[u.start_char:u.end_char].strip()]


def doc_places(doc: Doc, resolver) -> list[tuple[int, int, Any]]:
    """Gazetteer places of the whole text: the frontwatch_places component's, or found here
    (ranked against the document's main city, so 'Old City' is that city's)."""
    found = marked_places(doc)      # read once per Doc: claims have read them already
    if found is None:
        text = doc_text(doc)
        found = resolver.places_in(text, context=resolver.main_place(text))
    return found


def story_country(doc: Doc):
    """A story that names no town a gazetteer knows, only its country ('the Malian town of Boni'):
    that country, where its unlisted places are kept at precision 3."""
    main = doc._.fw_main_place if Doc.has_extension("fw_main_place") else None
    return main if getattr(main, "kind", "") == "country" else None


def not_where_speakers_are(doc: Doc, places: list, vocab: dict) -> list:
    """'a spokesman said from Nouakchott', 'Kabul denies', 'KABUL, July 15 (Wire) -': where a
    speaker or the reporter is, and a capital standing for its government, are not what the
    story is about."""
    kept = []
    text = doc_text(doc)
    for start, end, place in places:
        if is_dateline(text, start, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not is_speaker(name_root(span, vocab), vocab):
            kept.append((start, end, place))
    return kept


def is_dateline(text: str, start: int, end: int) -> bool:
    """'KABUL, July 15 (KWS) -': a capitalised name opening a line is the dateline, where the
    reporter files from; so is a line of a place and a date only, which heads a press release or
    an aid agency's update ('Colombo, Wednesday 11 February 2009'): where it was issued."""
    surface = text[start:end]
    at_line_start = start == 0 or text[start - 1] == "\n"
    return at_line_start and ((surface.isupper() and len(surface) > 2) or PLACE_DATE_LINE.match(text, end) is not None)


# ', Wednesday 11 February 2009', ', 6 March 2019 (covering 2-6 March)', ', March 6, 2019': the rest of a
# line that gives only the date after the place that opens it
PLACE_DATE_LINE = re.compile(r",\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                             r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?"
                             r"(?:\s+\([^()\n]{0,40}\))?[ \t]*(?:\n|$)")


def main_city(places: list, resolver, text: str = "", located: dict[str, int] | None = None):
    """The story's city: the one named most often, itself or through its neighbourhoods.

    A city the text names (itself, or in 'Mosul airport', 'eastern Aleppo', a dateline) wins
    over one it never names: a district name one city's local gazetteer lists ('Ashrafiyeh') is
    often a district of another city, and a story about that city never names the listed one.
    Only a text that names no city at all is given the city of its districts. ``located``: votes
    for a city by the mentions of an unlisted town the text places by it (unlisted_towns_located)."""
    counts: dict[str, int] = dict(located or {})
    by_name: dict[str, Any] = {}
    folded = text.casefold()
    named_itself: set[str] = set()
    for _, _, place in places:
        city = place
        if getattr(place, "kind", "") not in ("city", "town"):
            parent = getattr(place, "parent", None)
            city = resolver.place(parent) if parent and place.kind in FINE_KINDS + ("region",) else None
        elif (place.geo_precision or 1) == 1:
            named_itself.add(place.name)
        if city is not None and getattr(city, "kind", "") in ("city", "town"):
            counts[city.name] = counts.get(city.name, 0) + 1
            by_name[city.name] = city
    named = {name: n for name, n in counts.items() if name in named_itself or name.casefold() in folded}
    ranked = named or counts
    if not ranked:
        return None
    best = max(ranked, key=lambda name: (ranked[name], country_mentions(ranked, by_name, name)))
    return None if ranked[best] == 1 and is_venue_abroad(by_name[best], resolver, text) else by_name[best]


def unlisted_towns_located(text: str, places: list, vocab: dict, placed: dict[str, Any] | None = None) -> dict[str, int]:
    """'Kafr Nabudah, a farming village some 15 km north of Suqaylabiyah', 'Dumbi (Rukwa region)':
    a town no gazetteer lists, which the text places by a listed town (a direction or a distance
    from it, 'part of' it, 'the X area of' it) or by its province (in brackets after the name),
    happened near that town; ACLED codes it at the nearest place it knows. Every mention of the
    unlisted town is then a vote for that town as the story's city: a story about such a town
    names the town it is placed by only once or twice, and another town (where the reporter or an
    aid office sits) may otherwise win. Maps the listed town's name to the unlisted town's mentions.
    ``placed``: unlisted_towns_placed of these places, when the caller has read it already."""
    votes: dict[str, int] = {}
    placed = unlisted_towns_placed(text, places, vocab) if placed is None else placed
    for name, by in placed.items():
        mentions = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags=re.IGNORECASE))
        votes[by.name] = votes.get(by.name, 0) + mentions
    return votes


def unlisted_towns_placed(text: str, places: list, vocab: dict) -> dict[str, Any]:
    """The unlisted towns the text places by a listed town or a province (unlisted_towns_located):
    each name, as written, to the listed town it is placed by (the first placing wins)."""
    towns = [place for _, _, place in places if is_listed_town(place)]
    placed: dict[str, Any] = {}
    for start, end, place in places:
        if is_listed_town(place):       # the test, not 'in towns': that compares every town field by field
            found, by = placed_by_a_town(text, start, vocab) or placed_in_a_town(text, start, end, vocab), place
        elif (getattr(place, "geo_precision", 1) or 1) == 3 and getattr(place, "admin1", None):
            found, by = placed_in_brackets(text, start, end), most_named_town_of(towns, place.admin1)
        else:
            continue
        if found is None or by is None or any(s < found[1] and found[0] < e for s, e, _ in places):
            continue                    # a listed name is no unlisted town
        placed.setdefault(text[found[0]:found[1]], by)
    return placed


def is_listed_town(place) -> bool:
    """A city or town a gazetteer lists at its own point (geo_precision 1)."""
    return getattr(place, "kind", "") in ("city", "town") and (getattr(place, "geo_precision", 1) or 1) == 1


def most_named_town_of(towns: list, admin1: str):
    """The town of this province the text names most (None when it names none)."""
    counts: dict[str, int] = {}
    for town in towns:
        if getattr(town, "admin1", None) == admin1:
            counts[town.name] = counts.get(town.name, 0) + 1
    return next((t for t in towns if t.name == max(counts, key=counts.get)), None) if counts else None


def _clause_start(text: str, start: int, reach: int) -> int:
    """Where the clause that ends at `start` begins, looking back at most `reach` characters: a name
    placed by a town is told in the same clause, so the search must not run into the one before."""
    window = max(0, start - reach)
    before = text[window:start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("; "))
    return window + cut + 1 if cut >= 0 else window


def placed_by_a_town(text: str, start: int, vocab: dict) -> tuple[int, int] | None:
    """Where the unlisted name of 'Amerli, a town ... about 20 km south of ' right before a listed
    town is (its start and end in the text)."""
    offset = _clause_start(text, start, 220)
    described, measured = made_once(vocab, "placed_by_a_town", _placed_by_a_town_patterns)
    found = described.search(text[offset:start]) or measured.search(text[offset:start])
    if found and found.re is measured and not found.group("rank") and _km(found, vocab) >= vocab["far_reference_km"]:
        return None             # 'X, some 300 km west of Y': a point that far is no parent (unless Y is X's capital)
    return (offset + found.start(1), offset + found.end(1)) if found else None


def _km(found: re.Match, vocab: dict) -> float:
    """The distance a placing phrase gives, in km."""
    number = float(found.group("distance").replace(",", ""))
    return number * vocab["distance_unit_km"].get(found.group("unit").lower(), 1.0)


def _placed_by_a_town_patterns(vocab: dict) -> tuple[re.Pattern, re.Pattern]:
    """'X, a village ... 20 km south of' (described as a settlement, then placed), and 'X camp,
    about 15 km south of' / 'X, some 25 km north of' (placed by the distance alone, in apposition);
    either may name the town by its rank first: 'some 70 kilometres from the provincial capital, Y'."""
    settlements = "|".join(sorted(vocab["settlement_anaphors"] | {"hamlet", "settlement", "camp"}))
    directions = "|".join(sorted(vocab["direction_words"]))
    units = "|".join(sorted(vocab["distance_units"]))
    ranked_town = r"(?P<rank>the\s+(?:[a-z]+\s+)?(?:capital|seat|town|city),?\s+)?"
    distance = rf"(?P<distance>\d[\d.,]*)?\s*(?P<unit>{units})\s+(?:(?:{directions})\s+)?(?:from|of)"
    described = re.compile(rf"(?:^|\s)({UNLISTED_NAME}),\s+(?:a|an)\s+(?:[^,()]*?\s)?(?:{settlements})\b[^()]*?"
                           rf"(?:\b(?:{directions})\s+of|(?:\d|\s){distance})\s+{ranked_town}$")
    measured = re.compile(rf"(?:^|\s)({UNLISTED_NAME})(?:\s+(?:{settlements}))?,\s+(?:(?:about|some|around|roughly|"
                          rf"nearly|almost|just|only|barely)\s+)?(?=\d){distance}\s+{ranked_town}$")
    return described, measured


def placed_in_a_town(text: str, start: int, end: int, vocab: dict) -> tuple[int, int] | None:
    """'Marja, which until this year was part of Nad Ali district', 'the Korengal area of Pech',
    'Pech district, on the edge of Korengal': where the unlisted name a report places in, beside or
    at the edge of a listed town is (its start and end in the text; data: placing_phrases)."""
    before_town, area_of_town, after_town = made_once(vocab, "placed_in_a_town", _placed_in_a_town_patterns)
    offset = _clause_start(text, start, 160)
    found = before_town.search(text[offset:start]) or area_of_town.search(text[offset:start])
    if found:
        return offset + found.start(1), offset + found.end(1)
    found = after_town.match(text[end:end + 80])
    return (end + found.start(1), end + found.end(1)) if found else None


def _placed_in_a_town_patterns(vocab: dict) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """placed_in_a_town's patterns: the name, an opener and a placing phrase before the town; 'the X
    area of' the town; a placing phrase after the town, then the name."""
    words = vocab["placing_phrases"]
    phrases = "|".join(re.escape(p) for p in sorted(words["before"], key=len, reverse=True))
    openers = "|".join(words["openers"])
    areas = "|".join(words["area_nouns"])
    after = "|".join(re.escape(p) for p in sorted(words["after"], key=len, reverse=True))
    return (re.compile(rf"(?:^|\s)({UNLISTED_NAME}),\s+(?:{openers})\b[^()\n.;,]*?\b(?:{phrases})\s+(?:the\s+)?$"),
            re.compile(rf"\b[Tt]he\s+({UNLISTED_NAME})\s+(?:{areas})\s+of\s+(?:the\s+)?$"),
            # 'Pech district, on the edge of X': one lower-case word of rank ('district', 'sub-prefecture') may follow the name
            re.compile(rf"(?:\s+[a-z][\w-]*)?,\s+(?:{after})\s+({UNLISTED_NAME})\b"))


def placed_in_brackets(text: str, start: int, end: int) -> tuple[int, int] | None:
    """'AMERLI (SALAH AL-DIN GOVERNORATE)', 'Dumbi (Rukwa region)': where the unlisted name before a
    province in brackets is."""
    if not re.match(r"[^()\n]{0,20}\)", text[end:end + 22]):
        return None
    window = max(0, start - 60)
    found = re.search(rf"(?:^|[\s:,])({UNLISTED_NAME})\s*\(\s*$", text[window:start])
    return (window + found.start(1), window + found.end(1)) if found else None


# a capitalised name of one to three words ('Amerli', 'Kafr Nabudah', 'AMERLI'); a word after the
# first may open with the Arabic article in lower case ('Bir el-Abed', 'Tell ad-Daman', 'Deir az-Zor'),
# as transliterated names of the Arab world are written everywhere
UNLISTED_NAME = r"[A-Z][\w'’-]+(?:\s(?:[a-z]{1,3}-)?[A-Z][\w'’-]+){0,2}"


def is_venue_abroad(city, resolver, text: str) -> bool:
    """A city named once in a story the resolver keeps at another country (it names that country
    most and no city of it: 'signed an agreement in Addis Ababa' in a report on Abyei) is where
    talks were held, not the scene of the acts told after it. Only a city big enough to be kept as
    a place abroad: a small one would lose the act told there."""
    from .state import FOREIGN_MIN_POPULATION       # state reads this module; imported when asked

    story = resolver.main_place(text) if text else None
    big = getattr(city, "source", "") != "geonames" or (getattr(city, "population", 0) or 0) >= FOREIGN_MIN_POPULATION
    return big and getattr(story, "kind", "") == "country" and story.country != getattr(city, "country", None)


def country_mentions(counts: dict[str, int], by_name: dict[str, Any], name: str) -> int:
    """How often the story names towns of this city's country: between cities named equally often,
    the war's own town wins over the city abroad where talks were held or a minister spoke (a
    war story names many of its towns; the venue abroad is named alone), so the war's small
    towns are not dropped as foreign."""
    country = getattr(by_name[name], "country", None)
    return sum(n for other, n in counts.items() if getattr(by_name[other], "country", None) == country)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAYS = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"      # '12', or a span of days: '3-4'
# '- 13 November 2015: troops retake the town', '• Nov 12 — rebels cut the road', '3-4 March: ...': a
# dated entry of a timeline box tells an act in telegram style without a full stop, and is no headline
TIMELINE_ENTRY = re.compile(rf"^(?:[-–•*·]\s*)?(?:{_DAYS}\s+{_MONTH}|{_MONTH}\s+{_DAYS})(?:,?\s+\d{{4}})?\s*[:–—-]\s+\S")


def timeline_entry_start(text: str, sent: Span) -> int | None:
    """Where the timeline entry a sentence is part of begins ('- 4 May: ...'), or None: each
    entry of a timeline box tells its own day's act, so it borrows no place from the entry above."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    return start if TIMELINE_ENTRY.match(text[start:sent.end_char]) else None


# '18:30 MSK', '20.55 CLT', '09:15 local time', '11.05': a live blog's entry stamp on a line of its own
LIVE_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|local time))?$")


def live_stamps(text: str) -> list[tuple[int, str]]:
    """The stamp lines (start, stamp) of a live blog, newest first as written; none for a text with
    fewer than two, which is no live blog. Read once per document (``DocContext.live_stamps``)."""
    stamps, start = [], 0
    for line in text.splitlines(keepends=True):
        if LIVE_STAMP.match(line.strip()):
            stamps.append((start, line.strip()))
        start += len(line)
    return stamps if len(stamps) >= 2 else []


def live_entry_stamp(stamps: list[tuple[int, str]], sent: Span) -> str | None:
    """The time stamp of the live-blog entry a sentence sits in, or None. Each entry runs from its
    stamp to the next one, and what it tells without a date of its own happened on the blog's day
    (the stamp is the hour it was written, newest first)."""
    found = live_entry_line(stamps, sent)
    return found[1] if found else None


def live_entry_start(stamps: list[tuple[int, str]], sent: Span) -> int | None:
    """Where the live-blog entry a sentence is part of begins (its stamp line), or None: the entry
    above is a later hour's news, not this entry's scene."""
    found = live_entry_line(stamps, sent)
    return found[0] if found else None


def live_entry_line(stamps: list[tuple[int, str]], sent: Span) -> tuple[int, str] | None:
    before = [s for s in stamps if s[0] < sent.start_char]
    return before[-1] if before else None


def line_of(text: str, sent: Span) -> str:
    """The whole line a sentence sits on (body paragraphs end with a full stop; headlines don't)."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    return text[start:end if end >= 0 else len(text)].strip()
