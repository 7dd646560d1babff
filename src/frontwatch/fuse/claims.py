"""Claim groups and numeric disputes.

Claims about the same kind, subject, place and period form one group (the
same statement reprinted by two outlets joins its group through its copy
group, even where the two extractions read the place differently). A group
counts its independent sources after merging reprints.

Two claims in a group disagree when they come from different sources (a wire
copy printed twice is one source) and their ranges do not overlap by more than
``settings.numeric_dispute_gap`` (relative to the larger figure). "more than
100" runs open-ended upwards, so it never contradicts "100". An order of
magnitude ("thousands", "tens of thousands") asserts too little to contradict
a figure above it, so it makes a numeric dispute only with a figure clearly
below its floor ("dozens" against "eleven"; never "dozens" against 24 or 39 or
"at least seven", nor two orders of magnitude against each other). Different windows
(period) are different groups and never disagree. When every disagreeing pair
was stated on different dates (its own ``as_of``, else its document's
publication date), the dispute is ``low`` severity: it may be a trend rather
than a contradiction, and the dates are attached. A running total (kinds listed
as cumulative in data/fusion.json) that is higher when stated later is a trend
and no dispute at all.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date

from ..extract.claims import vocabulary as claim_vocabulary
from ..extract.numbers import parse_quantity
from ..records import Claim, stable_id
from ..resolve import fold_text
from . import disputes as dsp
from .blocks import fuse_by_block
from .sources import Context
from .vocab import Places, Vocab

OPEN_ABOVE = {"more_than", "at_least"}
COMPARABLE_SUBJECTS = Vocab.load().comparable_subjects
WHOLE_SUBJECT, PART_SUBJECTS = Vocab.load().whole_subject, Vocab.load().part_subjects


def family(subject: str | None) -> str:
    """The subject whose block a subject's figures are compared in ('civilians' -> 'people')."""
    subject = subject or ""
    return COMPARABLE_SUBJECTS.get(subject.lower(), subject)


def claim_block(claim: Claim) -> tuple[str, str]:
    """Kind and subject; subjects that may count the same people ('civilians', 'residents', 'people')
    share a block, so that their figures can be compared (each subject keeps its own groups), and so
    do the parts of all people ('soldiers', 'children'), whose figure may not exceed theirs."""
    block = family(claim.subject)
    return (claim.kind or "", WHOLE_SUBJECT if block in PART_SUBJECTS else block)


def value_range(claim: Claim) -> tuple[float, float] | None:
    """The values a statement allows: 'more than' and 'at least' are open above."""
    if claim.qualifier not in OPEN_ABOVE:
        return reported_range(claim)
    lo = claim.low if claim.low is not None else claim.high
    return None if lo is None else (lo, math.inf)


def reported_range(claim: Claim) -> tuple[float, float] | None:
    """The figure a source reports, for comparing sources: "at least 140" and "more than 200" are
    two tolls that disagree, though neither rules the other out (analysts list them as a dispute).
    Wording variants of one statement are compared by ``value_range``, open above."""
    lo = claim.low if claim.low is not None else claim.high
    hi = claim.high if claim.high is not None else claim.low
    if lo is None or hi is None:
        return None
    return (min(lo, hi), max(lo, hi))


def is_vague(claim: Claim) -> bool:
    """An order of magnitude ("thousands", "tens of thousands"): about, and a range rather than a figure."""
    return claim.qualifier == "about" and claim.low is not None and claim.high is not None and claim.high > claim.low


# 'four of them', 'nine of the wounded' (not 'seven of the movement's fighters': a whole count)
_WHOLES = r"(?:them|those|whom|the\s+(wounded|injured|dead|killed|victims|casualties|displaced|missing|hostages|detainees))\b"
_PART_OF = re.compile(r"(?i)\b([\w,.-]+)\s+of\s+" + _WHOLES)
# what every such part holds: searched first, as most evidence holds none (the pattern above tries
# a figure at every word of a sentence)
_OF_A_WHOLE = re.compile(r"(?i)\bof\s+" + _WHOLES)


def is_part(claim: Claim) -> bool:
    """'nine of the wounded were lorry drivers', 'four of them children': a part of a figure told
    just before, whose other subject makes it no rival count of that figure. '27 of the wounded
    brought in later died' counts deaths among the wounded: a toll of its own kind, no part of one."""
    text = " ".join(e.text for e in claim.evidence if e.text)
    if not _OF_A_WHOLE.search(text):
        return False
    for match in _PART_OF.finditer(text):
        quantity = parse_quantity(match.group(1))
        whole = match.group(2) or _counted_before(text[:match.start()])
        if quantity is not None and quantity.low == claim.low and not _another_outcome(whole, claim.kind):
            return True
    return False


def rival_count(claim: Claim) -> bool:
    """May the figure dispute another source's figure of its own people? A part of a figure told just
    before ('four of them') is no rival count of that figure; but a part that names a part of
    everyone ('21 dead, nine of them children') is the source's count of those people, and disputes
    another source's count of them ('at least 11 children', says an aid agency): aid agencies and
    ministries count children, women or soldiers apart, and reports set such counts side by side."""
    return family(claim.subject) in PART_SUBJECTS or not is_part(claim)


# 'more than 160 wounded people ..., and 27 of them': the word after the figure that 'them' points back to
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s+(\w+)(?:\s+(\w+))?\D*$")


def _counted_before(text: str) -> str | None:
    found = _FIGURE_BEFORE.search(text)
    if found is None:
        return None
    words = [w for w in found.groups() if w]
    return next((w for w in words if _kind_of_word(w)), None)


def _another_outcome(whole: str | None, kind: str | None) -> bool:
    """Is the whole ('the wounded') counted for another kind than the part's ('died': killed)?"""
    told = _kind_of_word(whole) if whole and kind else None
    return told is not None and told != kind


def _kind_of_word(word: str) -> str | None:
    nouns = claim_vocabulary().nouns
    word = word.lower()
    return nouns.get(word) or nouns.get(word[:-1] if word.endswith("s") else word)


def disagree(a: Claim, b: Claim, gap: float) -> bool:
    ra, rb = value_range(a), value_range(b)
    if ra is None or rb is None or (is_vague(a) and is_vague(b)):
        return False
    if is_vague(a) or is_vague(b):
        floor, other = (ra, rb) if is_vague(a) else (rb, ra)
        return other[1] < floor[0] * (1 - gap)
    top_low = max(ra[0], rb[0])
    distance = top_low - min(ra[1], rb[1])
    return distance > 0 and distance > gap * top_low


def _extremes(bucket: dict) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    """The two highest lows and the two lowest highs of a bucket, each from a different source.

    Two are enough: for any position, the best figure from another source is the first or second.
    """
    tops = sorted(((low, source) for source, (low, _) in bucket), key=lambda t: (-t[0], t[1]))
    bottoms = sorted(((high, source) for source, (_, high) in bucket), key=lambda b: (b[0], b[1]))
    return _two_sources(tops), _two_sources(bottoms)


def _merge(parts: list[tuple[list, list]]) -> tuple[list, list]:
    """The extremes of several buckets together (two sources are enough: see _extremes)."""
    tops = sorted((t for part in parts for t in part[0]), key=lambda t: (-t[0], t[1]))
    bottoms = sorted((b for part in parts for b in part[1]), key=lambda b: (b[0], b[1]))
    return _two_sources(tops), _two_sources(bottoms)


def _two_sources(ranked: list[tuple[float, str]]) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    for value, source in ranked:
        if all(src != source for _, src in out):
            out.append((value, source))
        if len(out) == 2:
            break
    return out


def one_window(claims: list[Claim]) -> bool:
    """No two of the claims state different windows ('since January' against 'last week')."""
    return len({(c.period_start, c.period_end) for c in claims if c.period_start or c.period_end}) <= 1


def _squeezed(text: str) -> str:
    """Folded (lower case, no accents) and spaces dropped: 'Bani Bangou' is found in 'the mayor of
    Banibangou'."""
    return "".join(ch for ch in fold_text(text) if ch.isalnum())


def _ordinal(day: str) -> int:
    """A stated date as a day number; undated positions sort first and meet every other."""
    try:
        return date.fromisoformat(day[:10]).toordinal() if day else 0
    except ValueError:
        return 0


def show(claim: Claim) -> str:
    lo, hi = claim.low, claim.high
    number = _num(lo if lo is not None else hi)
    if lo is not None and hi is not None and hi != lo:
        number = f"{_num(lo)}-{_num(hi)}"
    word = {"exact": "", "between": "", "about": "about ", "more_than": "more than ", "at_least": "at least ",
            "nearly": "nearly ", "up_to": "up to "}.get(claim.qualifier, "")
    return f"{word}{number}"


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


class ClaimFuser:
    def __init__(self, ctx: Context, places: Places, vocab: Vocab, gap: float):
        self.ctx, self.places, self.vocab, self.gap = ctx, places, vocab, gap
        self.comparisons = 0
        self._rival_places: dict[str, str] = {}

    def fuse(self, claims: list[Claim]) -> tuple[list[Claim], list]:
        return fuse_by_block(claims, claim_block, self.fuse_block)

    def _topic_key(self, claim: Claim) -> tuple[str, str, str]:
        place = self._rival_places.get(claim.claim_id) or self.places.get(claim.place).name
        return (place, claim.period_start or "", claim.period_end or "")

    def fuse_block(self, claims: list[Claim]) -> tuple[list[Claim], list]:
        claims = sorted(claims, key=lambda c: (c.doc, c.claim_id))
        self._rival_places = self._places_of_rivals(claims)
        groups = [g for by_subject in self._by_subject(claims) for g in self._groups(by_subject)]
        out, disputes = [], []
        for members in groups:
            kind, subject = members[0].kind or "", members[0].subject or ""
            key = min(self._topic_key(c) for c in members)
            gid = stable_id("grp", kind, subject, *key)
            asserting = [c for c in members if c.stance != "denied"]
            independent = len({self._source_key(c) for c in asserting})
            for c in members:
                out.append(replace(c, group=gid, independent_sources=independent,
                                   copy_group=self.ctx.copy_group(c.evidence)))
            disputes += self._disputes(gid, members, key)
        disputes += self._across_subjects(groups, disputes)
        return out, disputes + self._unwindowed_rivals(groups, disputes)

    def _places_of_rivals(self, claims: list[Claim]) -> dict[str, str]:
        """'The army gave a toll of 23; the mayor of X said 31 had died': one sentence that
        gives two sources' figures of one kind and subject counts one thing, wherever each clause was
        read (a clause that names no place falls back on the story's town, or on a source's seat).
        Such rivals share one place: one the sentence names, else the first by name."""
        by_sentence: dict[tuple, list[Claim]] = {}
        for claim in claims:
            if claim.evidence and claim.stance != "denied":
                by_sentence.setdefault((claim.doc, claim.evidence[0].start, claim.subject or ""), []).append(claim)
        shared: dict[str, str] = {}
        for rivals in by_sentence.values():
            if len({self._source_key(c) for c in rivals}) < 2 or not one_window(rivals):
                continue
            names = sorted({self.places.get(c.place).name for c in rivals})
            text = _squeezed(rivals[0].evidence[0].text or "")
            named = [n for n in names if n and _squeezed(n) in text]
            for claim in rivals:
                shared[claim.claim_id] = (named or names)[0]
        return shared

    @staticmethod
    def _by_subject(claims: list[Claim]) -> list[list[Claim]]:
        subjects: dict[str, list[Claim]] = {}
        for claim in claims:
            subjects.setdefault(claim.subject or "", []).append(claim)
        return [subjects[k] for k in sorted(subjects)]

    def _across_subjects(self, groups: list[list[Claim]], disputes: list) -> list:
        """'about 10,000 civilians were still trapped' against 'some 20,000 residents were waiting':
        two subjects that may count the same people, one place and window, figures from different
        sources that disagree. A figure its own group already disputes is not compared again."""
        disputed = {r for d in disputes if d.kind == "numeric" for r in d.records}
        by_topic: dict[tuple, list[list[Claim]]] = {}
        for members in groups:
            free = [c for c in members if c.claim_id not in disputed]
            if free:
                by_topic.setdefault(min(self._topic_key(c) for c in members), []).append(free)
        out = []
        for key, same_topic in sorted(by_topic.items()):
            for n, first in enumerate(same_topic):
                for second in same_topic[n + 1:]:
                    # groups of one subject never make such a dispute (it must span two subjects):
                    # skipping them keeps a topic with many groups from costing their square
                    if (first[0].subject or "") == (second[0].subject or ""):
                        continue
                    if family(first[0].subject) == family(second[0].subject):
                        out += self._pair_dispute(first, second, key)
                    else:
                        out += self._part_above_whole(first, second, key)
        return out

    def _unwindowed_rivals(self, groups: list[list[Claim]], disputes: list) -> list:
        """'The county office has counted 3,100 people who fled the district since Tuesday ... aid agencies
        put the number who fled at about 8,000': within one report, a figure that states no window
        counts the episode the report tells, so it disputes a disagreeing figure of the same kind, people
        and place that the report gives for the one window it states for them (``_rivals_of``).
        Where the report gives that place several windows, the unstated one is not guessed, and a
        figure already in a numeric dispute is not compared again. A report printed by several
        outlets tells its rival figures once: one dispute, not one per copy."""
        disputed = {r for d in disputes if d.kind == "numeric" for r in d.records}
        windowed: dict[tuple, list[Claim]] = {}
        unwindowed: dict[tuple, list[Claim]] = {}
        for members in groups:
            for claim in members:
                if claim.stance == "denied" or not claim.doc or claim.claim_id in disputed \
                        or reported_range(claim) is None:
                    continue
                spot = (claim.doc, family(claim.subject), self._topic_key(claim)[0])
                stated = bool(claim.period_start or claim.period_end)
                (windowed if stated else unwindowed).setdefault(spot, []).append(claim)
        out, told = [], set()
        for spot, rivals in sorted(unwindowed.items()):
            framed = windowed.get(spot)
            if not framed or not one_window(framed):
                continue
            rivals = [r for r in rivals if any(_rivals_of(r, f) for f in framed)]
            framed = [f for f in framed if any(_rivals_of(r, f) for r in rivals)]
            if not rivals:
                continue
            first = min(framed, key=lambda c: c.claim_id)
            key = self._topic_key(first)
            gid = stable_id("grp", first.kind or "", spot[1], "unwindowed", spot[0], *key)
            found = self._numeric(gid, framed + rivals, _topic(first, key))
            if found is not None and set(found.records) & {c.claim_id for c in rivals} \
                    and set(found.records) & {c.claim_id for c in framed} and found.explanation not in told:
                told.add(found.explanation)
                out.append(found)
        return out

    def _part_above_whole(self, first: list[Claim], second: list[Claim], key: tuple) -> list:
        """'at least 20 bodies at the hospital' against 'MUJAO says it killed more than 40 MNLA fighters':
        a count of a part of all people ('fighters', 'children') clearly above another source's count of
        all people ('people') in one place and window cannot both be right. A part below the whole is no
        dispute (the rest were others), nor are two parts ('soldiers' and 'fighters' are two sides)."""
        whole, part = (first, second) if first[0].subject == WHOLE_SUBJECT else (second, first)
        if whole[0].subject != WHOLE_SUBJECT or family(part[0].subject) not in PART_SUBJECTS:
            return []
        wholes = sorted((c for c in whole if self._comparable(c)), key=lambda c: reported_range(c)[1])
        involved: dict[str, Claim] = {}
        same_date = False
        for p in (c for c in part if self._comparable(c)):
            ceiling = reported_range(p)[0] * (1 - self.gap)
            for w in wholes[:bisect_left([reported_range(c)[1] for c in wholes], ceiling)]:
                self.comparisons += 1
                days = abs(_ordinal(self._stated(p) or "") - _ordinal(self._stated(w) or ""))
                if days <= self.vocab.numeric_window_days and self._independent(p, w):
                    involved[p.claim_id], involved[w.claim_id] = p, w
                    same_date = same_date or days == 0
                    break
        if not involved:
            return []
        claims = sorted(involved.values(), key=lambda c: c.claim_id)
        subjects = sorted({whole[0].subject or "", part[0].subject or ""})
        gid = stable_id("grp", first[0].kind or "", *subjects, *key)
        by_source: dict[str, list[Claim]] = {}
        for c in claims:
            by_source.setdefault(self._source_key(c), []).append(c)
        sides = [self._side("asserted", group) for _, group in sorted(by_source.items())]
        topic = _topic(replace(first[0], subject=" / ".join(subjects)), key)
        return [dsp.numeric(gid, topic, sides, [c.claim_id for c in claims], "normal" if same_date else "low",
                            [e for c in claims for e in c.evidence])]

    @staticmethod
    def _comparable(claim: Claim) -> bool:
        return claim.stance != "denied" and not is_part(claim) and not is_vague(claim) \
            and reported_range(claim) is not None

    def _pair_dispute(self, first: list[Claim], second: list[Claim], key: tuple) -> list:
        asserting = [c for c in first + second if c.stance != "denied" and not is_part(c)]
        subjects = sorted({first[0].subject or "", second[0].subject or ""})
        gid = stable_id("grp", first[0].kind or "", *subjects, *key)
        topic = _topic(replace(first[0], subject=" / ".join(subjects)), key)
        return [found for found in self._numerics(gid, asserting, topic)
                if len({c.subject for c in asserting if c.claim_id in found.records}) > 1]

    def _groups(self, claims: list[Claim]) -> list[list[Claim]]:
        parent = list(range(len(claims)))

        def find(i: int) -> int:
            while parent[i] != i:
                i = parent[i]
            return i

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        first_of_key: dict[tuple, int] = {}
        by_copy: dict[str, list[int]] = {}
        for i, claim in enumerate(claims):
            union(i, first_of_key.setdefault(self._topic_key(claim), i))
            copy = self.ctx.copy_group(claim.evidence)
            if copy:
                by_copy.setdefault(copy, []).append(i)
        for indexes in by_copy.values():     # one statement reprinted: wording variants of one figure
            for n, a in enumerate(indexes):
                for b in indexes[n + 1:]:       # each pair once
                    if claims[a].doc == claims[b].doc or find(a) == find(b):
                        continue                # not a reprint, or already one group
                    self.comparisons += 1
                    a_claim, b_claim = claims[a], claims[b]
                    if not disagree(a_claim, b_claim, self.gap) and not self._two_named_sources(a_claim, b_claim):
                        union(a, b)
        grouped: dict[int, list[Claim]] = {}
        for i, claim in enumerate(claims):
            grouped.setdefault(find(i), []).append(claim)
        return [grouped[k] for k in sorted(grouped)]

    def _two_named_sources(self, a: Claim, b: Claim) -> bool:
        """'The Red Crescent says more than 2,000 were killed' and 'The Brotherhood says more than 2,000
        were killed' share most of their words, but two sources named apart are two statements, not
        one copy (a copy whose source one reading missed falls back on its outlet and still joins)."""
        keys = (self._source_key(a), self._source_key(b))
        return keys[0] != keys[1] and not any(key.startswith("cg-") or "@" in key for key in keys)

    def _source_key(self, claim: Claim) -> str:
        outlets = [claim.outlet] if claim.outlet else []
        return self.ctx.source_key(claim.claimant, claim.doc, claim.evidence, outlets)

    def _disputes(self, gid: str, members: list[Claim], key: tuple[str, str, str]) -> list:
        topic = _topic(members[0], key)
        out = []
        asserting = [c for c in members if c.stance != "denied"]
        denying = [c for c in members if c.stance == "denied"]
        if asserting and denying:
            sides = [self._side("asserted", asserting), self._side("denied", denying)]
            out.append(dsp.denial(gid, topic, sides[0], sides[1], [e for c in members for e in c.evidence]))
        return out + self._numerics(gid, asserting, topic)

    def _numerics(self, gid: str, claims: list[Claim], topic: str) -> list:
        """The numeric disputes of a group: one per stretch of time whose figures can meet.

        Figures stated further apart than ``numeric_window_days`` are never compared, so a toll
        told in 2013 and a year-later look back at it with other figures are two disputes, not one
        that no single report shows (each stretch keeps the group's id when it is the only one)."""
        spells = self._spells(claims)
        if len(spells) == 1:
            found = self._numeric(gid, claims, topic)
            return [found] if found else []
        found = (self._numeric(stable_id("grp", gid, self._day(spell[0])), spell, topic) for spell in spells)
        return [dispute for dispute in found if dispute]

    def _spells(self, claims: list[Claim]) -> list[list[Claim]]:
        """Claims cut where two stated dates that follow each other lie more than the window apart.
        An undated figure meets every other, so a group holding one stays whole."""
        days = {c.claim_id: self._day(c) for c in claims}
        if not claims or 0 in days.values():
            return [claims]
        spells: list[list[Claim]] = []
        last = None
        for claim in sorted(claims, key=lambda c: (days[c.claim_id], c.claim_id)):
            if last is None or days[claim.claim_id] - last > self.vocab.numeric_window_days:
                spells.append([])
            spells[-1].append(claim)
            last = days[claim.claim_id]
        return spells

    def _day(self, claim: Claim) -> int:
        return _ordinal(self._stated(claim) or "")

    def _numeric(self, gid: str, claims: list[Claim], topic: str):
        involved, same_date = self._disagreements(claims)
        below, below_same_date = self._below_a_floor(claims)
        involved = sorted({c.claim_id: c for c in involved + below}.values(), key=lambda c: c.claim_id)
        same_date = same_date or below_same_date
        if not involved:
            return None
        by_source: dict[str, list[Claim]] = {}
        for c in involved:
            by_source.setdefault(self._source_key(c), []).append(c)
        sides = [self._side("asserted", group) for _, group in sorted(by_source.items())]
        return dsp.numeric(gid, topic, sides, [c.claim_id for c in involved], "normal" if same_date else "low",
                           [e for c in involved for e in c.evidence])

    def _below_a_floor(self, claims: list[Claim]) -> tuple[list[Claim], bool]:
        """'Dozens' (a floor, see ``disagree``) against a figure of another source clearly below it and
        stated within the comparison window; an open-ended figure ('at least seven') is no ceiling."""
        floors = [c for c in claims if is_vague(c)]
        if not floors:
            return [], False        # most groups hold none: no figure needs reading (``is_part``)
        figures = [c for c in claims if not is_vague(c) and rival_count(c) and value_range(c) is not None]
        involved: dict[str, Claim] = {}
        same_date = False
        if not figures:
            return [], False
        day = {c.claim_id: _ordinal(self._stated(c) or "") for c in floors + figures}
        # a floor disagrees with exactly the figures whose top lies clearly below it (``disagree``):
        # with the figures sorted by their top, those are a prefix, found without comparing the rest
        figures.sort(key=lambda c: value_range(c)[1])
        tops = [value_range(c)[1] for c in figures]
        for floor in floors:
            bounds = value_range(floor)
            if bounds is None:
                continue
            for figure in figures[:bisect_left(tops, bounds[0] * (1 - self.gap))]:
                self.comparisons += 1
                days = abs(day[floor.claim_id] - day[figure.claim_id])
                if days <= self.vocab.numeric_window_days and self._independent(floor, figure):
                    involved[floor.claim_id], involved[figure.claim_id] = floor, figure
                    same_date = same_date or days == 0
        return list(involved.values()), same_date

    def _disagreements(self, claims: list[Claim]) -> tuple[list[Claim], bool]:
        """The claims that disagree with an independent claim, and whether any such pair was stated on one day.

        Claims are positions (source, range) in day buckets. Each bucket keeps its two
        highest lows and two lowest highs from different sources; a position is checked
        once against those of its own day, of the days up to ``numeric_window_days``
        before and of the days up to that many after (a running total may grow: between
        two days only a later, lower figure disagrees). The work is linear in the claims.
        """
        cumulative = bool(claims) and claims[0].kind in self.vocab.cumulative_kinds and not claims[0].period_start
        buckets: dict[int, dict[tuple, list[Claim]]] = {}
        for claim in claims:
            rng = reported_range(claim)
            if rng is not None and not is_vague(claim) and rival_count(claim):
                position = (self._source_key(claim), rng)
                buckets.setdefault(_ordinal(self._stated(claim) or ""), {}).setdefault(position, []).append(claim)
        extremes = {day: _extremes(bucket) for day, bucket in buckets.items()}
        dated = sorted(day for day in buckets if day)
        window = self.vocab.numeric_window_days
        flagged: set[tuple[int, tuple]] = set()
        same_date = False
        for day, bucket in sorted(buckets.items()):
            if day:             # an undated figure meets every other as if stated the same day
                same_day = _merge([extremes[day]] + ([extremes[0]] if 0 in extremes else []))
                later = _merge([extremes[d] for d in dated[bisect_right(dated, day):bisect_right(dated, day + window)]])
                earlier = _merge([extremes[d] for d in dated[bisect_left(dated, day - window):bisect_left(dated, day)]])
            else:
                same_day, later, earlier = _merge(list(extremes.values())), ([], []), ([], [])
            for position in bucket:
                self.comparisons += 1
                if self._above(position, same_day[0]) or self._below(position, same_day[1]):
                    flagged.add((day, position))
                    same_date = True
                elif (self._below(position, later[1]) or self._above(position, earlier[0])
                      or (not cumulative and (self._above(position, later[0]) or self._below(position, earlier[1])))):
                    flagged.add((day, position))
        involved = {c.claim_id: c for day, position in flagged for c in buckets[day][position]}
        return [involved[k] for k in sorted(involved)], same_date

    def _above(self, position: tuple, tops: list[tuple[float, str]]) -> bool:
        """Is there a figure from another source whose low lies clearly above this position's high?"""
        source, (_, high) = position
        return any(low * (1 - self.gap) > high and low > high for low, src in tops if src != source)

    def _below(self, position: tuple, bottoms: list[tuple[float, str]]) -> bool:
        source, (low, _) = position
        return any(high < low * (1 - self.gap) for high, src in bottoms if src != source)

    def _stated(self, claim: Claim) -> str | None:
        return self.ctx.stated_on(claim.as_of, claim.doc)

    def _independent(self, a: Claim, b: Claim) -> bool:
        """Different sources after merging reprints (one wire copy printed twice is one source)."""
        return self._source_key(a) != self._source_key(b)

    def _side(self, stance: str, claims: list[Claim]) -> dict:
        return dsp.side(stance, [c.claimant or c.outlet or "unnamed" for c in claims], [c.claim_id for c in claims],
                        [c.outlet for c in claims if c.outlet], documents=[c.doc for c in claims if c.doc],
                        values=sorted({show(c) for c in claims}),
                        as_of=sorted({d for c in claims if (d := self._stated(c))}))


INCIDENT_RATIO = 10      # a figure this many times below another counts one incident of its window


def _rivals_of(unframed: Claim, framed: Claim) -> bool:
    """Does a figure with no window rival one the report gives for a window? Not when it is smaller: a
    count of one incident inside the window ('a strike on Sunday killed eight' against 'more than 20
    killed since the offensive began') or of a part of it, nor when it is many times larger (the whole
    war against a day). Not when one sentence gives both: a sentence that gives one figure a window and
    the other none sets them apart ('the morgue took in nine dead over the weekend, while the clinic in
    the next town counted 14': two places' counts)."""
    low = reported_range(unframed)[1]
    high = reported_range(framed)[0]
    return low > 0 and high <= low <= INCIDENT_RATIO * high and not _one_sentence(unframed, framed)


def _one_sentence(a: Claim, b: Claim) -> bool:
    return bool(a.evidence and b.evidence) and a.doc == b.doc \
        and (a.evidence[0].start, a.evidence[0].end) == (b.evidence[0].start, b.evidence[0].end)


def _topic(claim: Claim, key: tuple[str, str, str]) -> str:
    place, start, end = key
    topic = f"{claim.kind} ({claim.subject or 'unspecified'})"
    if place:
        topic += f" in {place}"
    if start or end:
        topic += f", {start or '?'} to {end or '?'}"
    return topic
