"""Dates in news text, resolved against the document's publication date.

News gives dates mostly relatively ("Monday", "over the past week", "since
Nov. 15", "the weekend"). Each expression becomes a ``DateRange``: the best
single day, the earliest and latest day it may mean, ACLED's time precision
(1 day, 2 week, 3 month) and the words it was read from. Absolute dates
("Feb. 24, 2022", "on March 16") are parsed by dateparser with the
publication date as its relative base; the relative rules dateparser does not
cover (weekday before publication, weekends, windows) are ours.

When the publication date is unknown, a relative expression is kept with an
empty date and a basis that says so: a date is never guessed.
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from functools import lru_cache

import dateparser

UNKNOWN_PUBLISHED = "relative date, publication date unknown"
DAY, WEEK, MONTH = 1, 2, 3

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_FULL_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")
MONTH_NAME_PATTERN = _FULL_MONTH        # claims.py: 'on 5 and 6 December' names days, not counts
MONTH_OR_SHORT_PATTERN = _MONTH        # claims.py: a dateline's 'Aug 30 (Wire) -' names a day
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}


@dataclass(frozen=True)
class DateRange:
    """best/earliest/latest are ISO dates (or None when they cannot be known)."""

    best: str | None
    earliest: str | None
    latest: str | None
    precision: int | None
    basis: str

    @property
    def resolved(self) -> bool:
        return self.best is not None


def _iso(d: date) -> str:
    return d.isoformat()


def _window(earliest: date, latest: date, precision: int, basis: str, best: date | None = None) -> DateRange:
    if best is None:
        best = earliest + timedelta(days=(latest - earliest).days // 2)
    return DateRange(_iso(best), _iso(earliest), _iso(latest), precision, basis)


def _day(d: date, basis: str) -> DateRange:
    return DateRange(_iso(d), _iso(d), _iso(d), DAY, basis)


def _unknown(basis: str) -> DateRange:
    return DateRange(None, None, None, None, f"{basis} ({UNKNOWN_PUBLISHED})")


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def weekday_on_or_before(pub: date, weekday: int) -> date:
    """The most recent such weekday on or before pub (pub itself if it is that weekday)."""
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def last_weekend(pub: date) -> tuple[date, date]:
    """The latest Saturday-Sunday that began on or before pub (cut at pub if pub is Saturday)."""
    saturday = weekday_on_or_before(pub, 5)
    return saturday, min(saturday + timedelta(days=1), pub)


# --- rules: (pattern, resolver). A resolver gets the match and the publication date (never None).

def _r_weekday(m, pub: date) -> DateRange:
    wd = _WEEKDAYS.index(m.group("weekday").lower())
    text = m.group(0)
    d = weekday_on_or_before(pub, wd)
    if m.group("prev_week"):            # 'on Tuesday last week': that day of the calendar week before the report's
        d = pub - timedelta(days=pub.weekday() + 7 - wd)
    elif re.search(r"(?i)\blast\s", text) and (pub - d).days <= 1:
        d -= timedelta(days=7)          # the day before is 'yesterday' or 'on Wednesday': 'last' is the week before
    if re.match(r"(?i)since\b", text):
        return _window(d, pub, DAY if d == pub else WEEK, text)
    return _day(d, text)


def _r_today(m, pub):
    return _day(pub, m.group(0))


def _r_yesterday(m, pub):
    return _day(pub - timedelta(days=1), m.group(0))


def _r_days_ago(m, pub):
    n = _count(m.group("n"))
    return _day(pub - timedelta(days=n), m.group(0))


def _r_past_hours(m, pub):
    n = _count(m.group("n") or "1", vague=1)
    start = pub - timedelta(days=max(1, -(-n // 24))) if n >= 24 else pub
    return _window(start, pub, DAY, m.group(0), best=pub)


def _r_past_days(m, pub):
    n = _count(m.group("n") or "1", vague=3)
    return _window(pub - timedelta(days=n), pub, DAY if n <= 1 else WEEK, m.group(0))


def _r_past_weeks(m, pub):
    n = _count(m.group("n") or "1", vague=3)
    return _window(pub - timedelta(days=7 * n), pub, WEEK if n == 1 else MONTH, m.group(0))


def _r_last_week(m, pub):
    monday = pub - timedelta(days=pub.weekday() + 7)
    return _window(monday, monday + timedelta(days=6), WEEK, m.group(0))


def _r_this_week(m, pub):
    monday = pub - timedelta(days=pub.weekday())
    return _window(monday, pub, WEEK, m.group(0))


def _r_weekend(m, pub):
    text = m.group(0)
    saturday, sunday = last_weekend(pub)
    if re.search(r"(?i)\blast\b", text) and pub <= sunday:
        saturday, sunday = saturday - timedelta(days=7), saturday - timedelta(days=6)
    return _window(saturday, sunday, DAY if saturday == sunday else WEEK, text, best=saturday)


def _r_last_month(m, pub):
    first_this = pub.replace(day=1)
    last_prev = first_this - timedelta(days=1)
    return _window(last_prev.replace(day=1), last_prev, MONTH, m.group(0))


def _r_this_month(m, pub):
    return _window(pub.replace(day=1), pub, MONTH, m.group(0))


def _r_past_month(m, pub):
    return _window(pub - timedelta(days=30), pub, MONTH, m.group(0))


def _r_earlier_in_month(m, pub):
    """'earlier in the month': the month's first day to the day before the report."""
    first = pub.replace(day=1)
    return _window(first, max(first, pub - timedelta(days=1)), MONTH, m.group(0))


def _r_part_of_last_month(m, pub):
    """'late last month', 'early last month': a third of the month before the report's."""
    last_prev = pub.replace(day=1) - timedelta(days=1)
    return _part_of_month(last_prev.replace(day=1), last_prev, m.group("part"), m.group(0))


def _part_of_month(first: date, last: date, part: str, basis: str) -> DateRange:
    part = part.lower()
    if part in ("early", "start", "beginning"):
        return _window(first, first + timedelta(days=9), MONTH, basis)
    if part in ("mid", "middle"):
        return _window(first + timedelta(days=10), first + timedelta(days=19), MONTH, basis)
    return _window(first + timedelta(days=20), last, MONTH, basis)


def _r_weeks_ago(m, pub):
    """'two weeks ago', 'a month ago': that far back, give or take half a week (or a week)."""
    n = _count(m.group("n"), vague=3)
    if m.group("unit").lower().startswith("year"):
        centre, spread = pub - timedelta(days=365 * n), 30
    elif m.group("unit").lower().startswith("month"):
        centre, spread = pub - timedelta(days=30 * n), 7
    else:
        centre, spread = pub - timedelta(days=7 * n), 3
    return _window(centre - timedelta(days=spread), min(pub, centre + timedelta(days=spread)), WEEK if spread == 3 else MONTH,
                   m.group(0), best=centre)


def _r_recent(m, pub):
    """'in recent weeks' (three weeks back), 'in recent months' (three months back)."""
    days = 21 if m.group("unit").lower().startswith("week") else 90
    return _window(pub - timedelta(days=days), pub, MONTH, m.group(0))


def _r_since_absolute(m, pub):
    inner = resolve_absolute(m.group("abs"), pub)
    if inner is None or not inner.resolved:
        return inner
    start = date.fromisoformat(inner.earliest)
    if start > pub:
        return None
    return _window_to_report(start, pub, m.group(0))


def _window_to_report(start: date, pub: date, basis: str) -> DateRange:
    """From a day to the report's, as precise as the span is short."""
    span = (pub - start).days
    precision = DAY if span <= 1 else WEEK if span <= 14 else MONTH
    return _window(start, pub, precision, basis)


def _count(word: str, vague: int = 1) -> int:
    """'24' -> 24, 'seven' -> 7; 'few'/'several' -> vague (a few days are read as about three)."""
    word = word.lower()
    if word in ("few", "several"):
        return vague
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


_N = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|few|several)"
_PAST = r"(?:(?:over|in|during|within|for)\s+)?(?:the\s+)?(?:past|last|previous)"

_ABSOLUTE = (
    rf"(?:{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEAR})?|{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?|"
    rf"(?:mid-|early\s+|late\s+)?{_MONTH},?\s+{_YEAR}|\d{{4}}-\d\d-\d\d|"
    rf"(?:mid-|(?i:early|late|in)\s+){_FULL_MONTH}(?:,?\s+{_YEAR})?|"
    rf"(?i:the\s+)?(?i:start|beginning|end|middle)\s+of\s+{_FULL_MONTH}(?:,?\s+{_YEAR})?)"
)

_RANGE_JOIN = r"\s*(?:-|–|\s(?i:to|and|until)\s)\s*"
_DAY_RANGE = (rf"\b(?:(?i:between|from)\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAYNUM}){_RANGE_JOIN}(?P<d2>{_DAYNUM})"
              rf"|(?P<e1>{_DAYNUM}){_RANGE_JOIN}(?P<e2>{_DAYNUM})\s+(?:of\s+)?(?P<m2>{_MONTH}))"
              rf"(?:,?\s+(?P<year>{_YEAR}))?(?![\w-])")


SHORT_RANGE_DAYS = 2        # a range of days this short takes its first day as its best date


def _r_day_range(m, pub):
    """'June 3-4', '3 to 5 June 2023', 'between May 10 and 12': the days of one month from the
    first to the last (precision 2 when they span more than a day)."""
    month, first_day, last_day = (m.group("m1"), m.group("d1"), m.group("d2")) if m.group("m1") \
        else (m.group("m2"), m.group("e1"), m.group("e2"))
    first = resolve_absolute(f"{month} {_digits(first_day)} {m.group('year') or ''}".strip(), pub)
    if first is None or not first.resolved:
        return first
    start = date.fromisoformat(first.best)
    try:
        end = start.replace(day=_digits(last_day))
    except ValueError:
        return first
    if end <= start or (" and " in m.group(0) and m.group("m1") and not m.group(0).lower().startswith("between")):
        return first                    # 'on June 3 and 4 soldiers were hurt': one day ('on 3 and 4 June' is two)
    # two or three days ('June 3-4') are dated by the first; a longer run of days ('between 4 and 19
    # August', '5-20 May') by its middle, as a window of weeks is (ACLED's best date for a span)
    best = start if (end - start).days <= SHORT_RANGE_DAYS else None
    return _window(start, end, WEEK if (end - start).days < 7 else MONTH, m.group(0), best=best)


def _digits(day: str) -> int:
    return int(re.match(r"\d+", day).group(0))


def _r_night_of(m, pub):
    """'on the night of Monday to Tuesday': from the first day to the morning after it."""
    start = weekday_on_or_before(pub, _WEEKDAYS.index(m.group("first").lower()))
    end = start + timedelta(days=1)
    if end > pub:
        start, end = start - timedelta(days=7), end - timedelta(days=7)
    return _window(start, end, WEEK, m.group(0), best=end)


def _r_overnight_into(m, pub):
    """'overnight into Friday', 'overnight to Sunday': the night that ended on that day's morning."""
    end = weekday_on_or_before(pub, _WEEKDAYS.index(m.group("last").lower()))
    return _window(end - timedelta(days=1), end, DAY, m.group(0), best=end)


def _r_week_to(m, pub):
    """'in the week to Monday', 'the seven days to 18 September', 'the ten days to Sunday': the days
    that end on that day, counted back from it."""
    last = m.group("last")
    if last.lower() in _WEEKDAYS:
        end = weekday_on_or_before(pub, _WEEKDAYS.index(last.lower()))
    else:
        end_range = resolve_absolute(last, pub)
        if end_range is None or not end_range.resolved:
            return None
        end = date.fromisoformat(end_range.latest)
    days = _count(m.group("n"), vague=3) if m.group("n") else 7
    return _window(end - timedelta(days=days - 1), end, WEEK if days <= 7 else MONTH, m.group(0))


# '15/05', '29-30/11': a day (or a span of days) and a month in figures, as situation reports and relief
# bulletins date their entries; one pattern for the date reader here and the number reader (numbers.py),
# which must not count the figures of such a date as a quantity
DAY_MONTH_FIGURES = r"(?P<a>[0-3]?\d)(?:\s*[-–]\s*(?P<a2>[0-3]?\d))?/(?P<b>[01]?\d)"
# 'on 15/05', 'since 12/05', '(23/12)', 'on 29-30/11', 'on 7/12/2022': a day and a month in figures
# after a preposition or in brackets (bare, '3/4' is a fraction and '24/7' a phrase)
_NUMERIC_DAY = (r"(?P<lead>\((?=\d)|\b(?i:on|since|from|of|until|till|by|before|after|and|to|into)\s+)"
                rf"{DAY_MONTH_FIGURES}(?:/(?P<year>(?:19|20)?\d\d))?(?![\d/])")
NUMERIC_RECENT_DAYS = 120       # a figures-only date that either order could read is taken only this close to the report


def _r_numeric_day(m, pub):
    """'on 15/05', '(23/12)', 'on 29-30/11', 'since 12/05': the order of day and month is the one a
    number over 12 settles (situation reports write day/month, American pages month/day); when
    either order reads, the one that falls nearer before the report, if recent (a report speaks
    of the days just past). A range of days before the month ('29-30/11') is day/month; 'since'
    opens a window up to the report."""
    first, second = int(m.group("a")), int(m.group("b"))
    year = m.group("year")
    year = (int(year) + 2000 if len(year) == 2 else int(year)) if year else None
    text = m.group(0)
    if m.group("a2"):
        day = _figures_date(first, second, year, pub)
        last = _figures_date(int(m.group("a2")), second, year, pub)
        if day is None or last is None or not 0 < (last - day).days < 7:
            return _day(day, text) if day else None
        return _window(day, last, WEEK, text, best=day)
    days = [d for d in {_figures_date(first, second, year, pub), _figures_date(second, first, year, pub)}
            if d and d <= pub]
    if not days:
        return None
    day = max(days)
    if len(days) > 1 and (pub - day).days > NUMERIC_RECENT_DAYS:
        return None
    if m.group("lead").strip().lower() == "since":
        return _window(day, pub, DAY if day == pub else WEEK if (pub - day).days <= 14 else MONTH, text)
    return _day(day, text)


def _figures_date(day: int, month: int, year: int | None, pub: date) -> date | None:
    """The date a day and month in figures mean: in the year given, else the latest on or before pub."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return date(year, month, day) if year else _latest_before(pub, month, day, same_month_ok=False)
    except ValueError:
        return None


# 'on Tuesday last week', 'Friday of last week', 'on Monday night last week': a weekday the words after
# it put in the calendar week before the report's (read alone, it is the latest such day before
# publication, this week's in a report written later in the week); 'last week's' names something else
_OF_LAST_WEEK = r"(?P<prev_week>\s+(?i:of\s+)?(?i:last)\s+(?i:week)\b(?![’']))?"
# 'on the 18th', 'They came on the 24th at night', 'On the 3rd the convoy turned back': a day of the
# month with no month, as speakers and running copy name a day of the weeks just past; only after
# 'on' and before a word that opens no noun phrase of its own ('on the 5th floor', 'on the 6th
# Division' and 'on the 18th day of the siege' name no day)
_DAY_OF_MONTH = (r"\b(?i:on)\s+the\s+(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)"
                 r"(?=\s*[,.;:)]|\s+(?i:at|and|the|a|an|in|when|as|after|before|but|while|or)\b)")

_ORDINAL_DAY_ENDS = ("1st", "2nd", "3rd") + tuple(f"{d}th" for d in range(10))     # how every such day ends


def _r_day_of_month(m, pub):
    """'on the 18th': the latest 18th on or before the report (this month's, else an earlier one's:
    a 31st skips the short months)."""
    day, year, month = int(m.group("day")), pub.year, pub.month
    for _ in range(3):
        if day <= monthrange(year, month)[1] and date(year, month, day) <= pub:
            return _day(date(year, month, day), m.group(0))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_HINT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")   # _MONTH's starts

RELATIVE_RULES = [     # (pattern, resolver, hint: what every match holds, see _rules_to_scan)
    (_DAY_RANGE, _r_day_range, _MONTH_HINT),
    (_NUMERIC_DAY, _r_numeric_day, ("/",)),
    (_DAY_OF_MONTH, _r_day_of_month, _ORDINAL_DAY_ENDS),
    (rf"\b(?i:on\s+)?(?i:the\s+)?(?i:night)\s+of\s+(?P<first>{_WEEKDAY_NAME})\s+(?i:to|into)\s+{_WEEKDAY_NAME}\b",
     _r_night_of, ("night",)),
    (rf"\b(?i:overnight\s+(?:into|to))\s+(?P<last>{_WEEKDAY_NAME})\b", _r_overnight_into, ("overnight",)),
    (rf"\b(?i:(?:in|during|over)\s+)?(?i:the)\s+(?i:(?P<n>\d+|five|six|seven|eight|nine|ten|few)\s+days|week)"
     rf"\s+(?i:to|until|ending)\s+(?P<last>{_WEEKDAY_NAME}|{_ABSOLUTE})(?![\w])", _r_week_to, ("day", "week")),
    (rf"\b(?i:since|from)\s+(?P<abs>{_ABSOLUTE}|(?:early\s+|late\s+)?{_YEAR}|{_FULL_MONTH})(?![\w])", _r_since_absolute,
     ("since", "from")),
    (rf"\b(?i:(?:early|late)\s+)?(?i:on\s+)?(?i:(?:since|last)\s+)?(?i:(?:early|late)\s+)?{_WEEKDAY}"
     rf"(?:\s+(?:morning|afternoon|evening|night))?\b{_OF_LAST_WEEK}", _r_weekday, ("day",)),
    (r"(?i:\b(?:earlier\s+)?today\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b)", _r_today,
     ("today", "tonight", "this")),
    (r"(?i:\b(?:late\s+|early\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?\b|\blast\s+night\b)", _r_yesterday,
     ("yesterday", "night")),
    (rf"(?i:\b{_N}\s+days?\s+ago\b)", _r_days_ago, ("ago",)),
    (rf"(?i:\b{_PAST}\s+(?:{_N}\s+)?hours?\b)", _r_past_hours, ("hour",)),
    (rf"(?i:\b{_PAST}\s+(?:{_N}\s+)?days?\b)", _r_past_days, ("day",)),
    (r"(?i:\b(?:in|over)\s+recent\s+days\b)", lambda m, pub: _r_past_days_fixed(m, pub, 3), ("recent",)),
    (rf"(?i:\b(?:over|in|during|within)\s+(?:the\s+)?(?:past|previous)\s+(?:{_N}\s+)?weeks?\b)", _r_past_weeks,
     ("week",)),
    (rf"(?i:\b(?:over|in|during|within)\s+the\s+last\s+(?:{_N}\s+)?weeks?\b)", _r_past_weeks, ("week",)),
    (r"(?i:\blast\s+week\b)", _r_last_week, ("week",)),
    (r"(?i:\b(?:earlier\s+)?this\s+week\b)", _r_this_week, ("week",)),
    (r"(?i:\b(?:over|on|at|during|this|last)?\s*(?:the\s+)?weekend\b)", _r_weekend, ("weekend",)),
    (r"(?i:\blast\s+month\b)", _r_last_month, ("month",)),
    (r"(?i:\b(?:earlier\s+)?this\s+month\b)", _r_this_month, ("month",)),
    (r"(?i:\b(?:over|in|during)\s+the\s+(?:past|last)\s+month\b)", _r_past_month, ("month",)),
    (r"(?i:\bearlier\s+in\s+the\s+month\b)", _r_earlier_in_month, ("month",)),
    (r"(?i:\b(?:at\s+the\s+|in\s+the\s+)?(?P<part>early|late|mid|end|start|beginning|middle)(?:\s+of)?[\s-]+last\s+month\b)",
     _r_part_of_last_month, ("month",)),
    (rf"(?i:\b{_N}\s+(?P<unit>weeks?|months?|years?)\s+ago\b)", _r_weeks_ago, ("ago",)),
    (r"(?i:\blast\s+year\b)", lambda m, pub: _window(date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), MONTH, m.group(0)),
     ("year",)),
    (r"(?i:\bearlier\s+this\s+year\b)",
     lambda m, pub: _window(date(pub.year, 1, 1), max(date(pub.year, 1, 1), pub - timedelta(days=1)), MONTH, m.group(0)),
     ("year",)),
    (r"(?i:\b(?:in|over|during)\s+recent\s+(?P<unit>weeks|months)\b)", _r_recent, ("recent",)),
]


# 'the following day', 'two days later', 'the previous night': a day counted from a date the same
# text gave before it ('took the town on 9 September and the airport the following day').
_FROM_ANCHOR = re.compile(
    r"(?i:\b(?:on\s+)?the\s+(?P<dir>following|next|previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b"
    rf"|\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+days?\s+(?P<later>later|earlier)\b)")


def _from_anchor(m, anchor: DateRange) -> DateRange | None:
    """The day a 'following day' expression means after (or before) its anchor date; a window
    anchor ('in March') moves as a window, with its own precision."""
    if m.group("dir"):
        days = 1 if m.group("dir").lower() in ("following", "next") else -1
    else:
        days = _count(m.group("n")) * (1 if m.group("later").lower() == "later" else -1)
    shift = timedelta(days=days)
    moved = [_iso(date.fromisoformat(v) + shift) for v in (anchor.best, anchor.earliest, anchor.latest)]
    return DateRange(*moved, anchor.precision, f"{m.group(0)} (after {anchor.basis})" if days > 0
                     else f"{m.group(0)} (before {anchor.basis})")


def _counted_from_anchors(text: str, found: list[tuple[int, int, DateRange]]) -> list[tuple[int, int, DateRange]]:
    """Dates counted from the nearest resolved date before them in the text; none before: left out
    (a 'following day' with nothing to follow is not guessed)."""
    counted = []
    for m in _FROM_ANCHOR.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in found):
            continue
        anchor = next((r for s, e, r in reversed(found) if e <= m.start() and r.resolved and r.earliest), None)
        if anchor is not None:
            counted.append((m.start(), m.end(), _from_anchor(m, anchor)))
    return counted


def _r_past_days_fixed(m, pub, n):
    return _window(pub - timedelta(days=n), pub, WEEK, m.group(0))


_COMPILED_RELATIVE = [(re.compile(p), f, h) for p, f, h in RELATIVE_RULES]
# 'on Sunday 4 May', 'Tuesday, April 15': a weekday naming the calendar date after it is part of
# that date (read alone, it would be the last such weekday before publication)
_COMPILED_ABSOLUTE = re.compile(rf"(?<![\w-])(?:on\s+)?(?:{_WEEKDAY_NAME},?\s+(?:the\s+)?)?(?P<abs>{_ABSOLUTE})(?![\w])")
_ABSOLUTE_HINT = _MONTH_HINT + ("-",)      # a month's name, or the hyphens of 2016-12-04
# Letters that re's ignore-case matching takes for an ASCII letter and str.lower() does not
# give as one: a text holding one is scanned by every rule.
_FOLDED_APART = ("\u0130", "\u0131", "\u017f")       # İ, dotless ı, long ſ


def _rules_to_scan(text: str) -> tuple[list, bool]:
    """The relative rules whose hint the text holds, and whether the absolute pattern's does.

    A rule's regex tries every word boundary of the text, and most sentences hold no date: a
    rule runs only on a text holding one of its hint words, which every match of it holds.
    A hint word in lower case is looked for in any case (the rule's words are, ``(?i:...)``),
    one with capitals as written."""
    if any(letter in text for letter in _FOLDED_APART):
        return [(p, f) for p, f, _ in _COMPILED_RELATIVE], True
    lowered = text.lower()

    def holds(hint: tuple[str, ...]) -> bool:
        return any(word in (lowered if word.islower() else text) for word in hint)

    return [(p, f) for p, f, hint in _COMPILED_RELATIVE if holds(hint)], holds(_ABSOLUTE_HINT)


def _dateparser_settings(pub: date | None, strict: bool) -> dict:
    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["month", "year"] if strict else ["month"]}
    if pub:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    return settings


def resolve_absolute(text: str, pub: date | None) -> DateRange | None:
    """A calendar date ("Dec. 4, 2016", "November 27", "March 2011") via dateparser."""
    part = re.match(r"(?i)^(?:the\s+)?(start|beginning|end|middle)\s+of\s+", text.strip())
    if part:                                # 'the end of May': a third of that month
        month = resolve_absolute(text.strip()[part.end():], pub)
        if month is None or not month.resolved:
            return month
        first, last = date.fromisoformat(month.earliest), date.fromisoformat(month.latest)
        return _part_of_month(first, last, part.group(1), text)
    words = re.sub(r"^(?:on|since|from|in|early|late|mid-)\s*", "", text.strip(), flags=re.I)
    has_year = re.search(_YEAR, words) is not None
    has_day = re.search(rf"(?<!\d){_DAYNUM}(?!\d)", re.sub(_YEAR, "", words)) is not None
    if not has_year and pub is None:
        return _unknown(text)
    year_only = re.fullmatch(rf"(?:early\s+|late\s+)?({_YEAR})", words)
    if year_only:
        year = int(year_only.group(1))
        return _window(date(year, 1, 1), date(year, 12, 31), MONTH, text)
    d = _plain_calendar_date(words, pub) or _dateparser_date(words.replace("Sept.", "Sep."), pub, has_year)
    if d is None:
        return None
    if has_day:
        return _day(d, text)
    first = d.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return _window(first, nxt - timedelta(days=1), MONTH, text)


_MONTH_NUMBER = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_PLAIN = [
    re.compile(r"^(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?$"),
    re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[A-Za-z]+)\.?(?:,?\s+(?P<year>\d{4}))?$"),
    re.compile(r"^(?P<month>[A-Za-z]+)\.?,?(?:\s+(?P<year>\d{4}))?$"),
]


def _plain_calendar_date(words: str, pub: date | None) -> date | None:
    """The common shapes ('Nov. 27', '4 December 2016', 'March 2011') read directly: dateparser
    is the general fallback but costs tens of milliseconds a call. A date without a year is the
    latest such date on or before publication, as dateparser's PREFER_DATES_FROM='past' does."""
    for pattern in _PLAIN:
        m = pattern.match(words.strip())
        if not m:
            continue
        month = _MONTH_NUMBER.get(m.group("month")[:3].lower())
        if month is None:
            return None
        day = int(m.groupdict().get("day") or 1)
        year = m.group("year")
        try:
            if year:
                return date(int(year), month, day)
            if pub is None:
                return None
            return _latest_before(pub, month, day, same_month_ok=not m.groupdict().get("day"))
        except ValueError:
            return None
    return None


def _latest_before(pub: date, month: int, day: int, same_month_ok: bool) -> date | None:
    """The latest month/day on or before pub ('Feb. 29' walks back to the last leap year)."""
    for year in range(pub.year, pub.year - 9, -1):
        try:
            guess = date(year, month, day)
        except ValueError:
            continue
        if guess <= pub or (same_month_ok and year == pub.year and month == pub.month):
            return guess
    return None


@lru_cache(maxsize=4096)
def _dateparser_date(words: str, pub: date | None, has_year: bool) -> date | None:
    parsed = dateparser.parse(words, languages=["en"], settings=_dateparser_settings(pub, strict=has_year))
    return parsed.date() if parsed else None


def find_dates(text: str, published: str | None) -> list[tuple[int, int, DateRange]]:
    """Every date expression in text with offsets relative to text, left to right, non-overlapping."""
    return list(_find_dates(text, published))


@lru_cache(maxsize=4096)      # claims and events both read the dates of a sentence
def _find_dates(text: str, published: str | None) -> tuple[tuple[int, int, DateRange], ...]:
    pub = parse_published(published)
    candidates: list[tuple[int, int, DateRange]] = []
    relative, absolute = _rules_to_scan(text)
    opens = pub is not None and "since" in text.lower()
    for pattern, resolver in relative:
        for m in pattern.finditer(text):
            if not m.group(0).strip():
                continue
            dated = pub or m.groupdict().get("year")      # 'June 3-4, 2023' needs no publication date
            rng = resolver(m, pub) if dated else _unknown(m.group(0).strip())
            if rng is not None:
                start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                candidates.append(_opened_by_since(text, (start, m.end(), rng), pub) if opens else (start, m.end(), rng))
    for m in _COMPILED_ABSOLUTE.finditer(text) if absolute else ():
        rng = resolve_absolute(m.group("abs"), pub)
        if rng is not None:
            candidates.append((m.start(), m.end(), rng))
    found = _longest_non_overlapping(candidates)
    if "day" in text or "morning" in text or "evening" in text or "night" in text:    # cheap test first
        found = sorted(found + _counted_from_anchors(text, found), key=lambda c: c[0])
    return tuple(found)


_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")


def _opened_by_since(text: str, found: tuple[int, int, DateRange], pub: date) -> tuple[int, int, DateRange]:
    """'since the weekend', 'since last week', 'since last month': a relative window of the past that
    'since' opens runs from its first day to the report. A single day keeps its own reading (gold
    dates 'has raged since last Wednesday, when ...' on that day; 'since' + a weekday or a calendar
    date is read by its own rule; 'since Sunday 30 July' is the day the absolute pattern reads)."""
    start, end, rng = found
    if rng.precision == DAY:
        return found                    # 'since last Wednesday, when ...', 'since this morning': the day it began
    before = _SINCE_BEFORE.search(text, 0, start)
    if before is None or not rng.earliest or rng.basis.lower().startswith("since"):
        return found
    first = date.fromisoformat(rng.earliest)
    if first > pub:
        return found
    return before.start(), end, _window_to_report(first, pub, f"since {rng.basis.strip()}")


def _longest_non_overlapping(cands):
    chosen: list[tuple[int, int, DateRange]] = []
    for cand in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        if all(cand[1] <= c[0] or cand[0] >= c[1] for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])


def resolve_expression(text: str, published: str | None) -> DateRange | None:
    """The date that a short expression ("on Saturday", "Nov. 27") means, or None."""
    found = find_dates(text, published)
    if not found:
        return None
    return max(found, key=lambda c: c[1] - c[0])[2]
