"""The date of an event: the date expression nearest the trigger in its clause, else the
paragraph's, else the publication date with a wider interval; days counted from an act told
before ('two days after'), background dates dropped, ACLED's time precision.

Decides from the trigger's token, the sentence's dates (``DocContext.dates``) and the publication date."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ..attribution import token_words, tokens_where
from ..dates import resolve_expression
from .vocab import CONTEXT_SENTENCES
from .grammar import clause_verb, tree_distance
from .setting import live_entry_stamp, timeline_entry_start
from .state import DateInfo, DocContext


LIVE_ENTRY_BASIS = "the live entry's day"

PUBLICATION_SLACK_DAYS = 2      # "Monday's news" may report what happened a day or two before


BACKGROUND_DAYS = 30            # a date this long before publication is history, not news
BACKGROUND_START_DAYS = 90      # "since 2012": an open window that starts this long ago
TIMELINE_BACKGROUND_DAYS = 183  # a timeline box's dated entry is one of the story's acts for half a year back


GAP_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}     # 'two days after', 'seven weeks after' the act


PARTS_OF_A_DAY = frozenset(("day", "morning", "afternoon", "evening", "night"))   # 'the same day', 'that same night'


def event_date(ctx: DocContext, n: int, tok: Token) -> DateInfo | None:
    """The date nearest the trigger in the sentence, else the paragraph's, else publication."""
    if dated_to_an_earlier_year(tok, ctx.document.published):
        return None                     # 'the militants, who seized the city in 2015, ...': history
    dated = [d for d in ctx.dates(n) if not dates_the_verb_a_participle_hangs_on(d[0].root, tok)
             and not history_in_a_relative_clause(ctx, d, tok) and not beyond_a_semicolon(d[0].root, tok)]
    if dated and all(dates_another_doers_clause(span.root, tok) for span, _ in dated):
        earlier = paragraph_date(ctx, n)
        if earlier is not None:
            return earlier              # 'The garrison had pulled out on Monday night, and the fighters came in'
    if dated:
        span, date_range = min(dated, key=lambda d: (tree_distance(d[0].root, tok), abs(d[0].start - tok.i)))
        info = before_later_dates(date_info_from(date_range, span.text), [r for s, r in dated if s is not span])
        info = shifted_back(info, days_after(tok, span, ctx.vocab))
        info = in_the_week_the_sentence_names(info, span, [s for s, _ in dated if s is not span], ctx.document.published)
        if dates_the_statement(span, tok, ctx.vocab):
            info = day_before_allowed(info)
        cut_off = TIMELINE_BACKGROUND_DAYS if heads_a_timeline_entry(ctx, n, span) else BACKGROUND_DAYS
        return None if is_background(info, ctx.document.published, cut_off) else info
    counted = counted_from_the_day_before(ctx, n)
    if counted is not None:
        return counted                  # 'The same day, ...', 'For the next two days ...'
    for m in previous_in_paragraph(ctx, n):
        for span, date_range in ctx.dates(m):
            info = date_info_from(date_range, f"context: {span.text}")
            if not is_background(info, ctx.document.published):
                return info
    return same_day_as_before(ctx, n) or live_entry_date(ctx, n, tok) or step_of_a_told_sequence(ctx, n, tok) \
        or since_the_story_began(ctx, n) or publication_date(ctx.document.published)


def since_the_day_it_changed_hands(info: DateInfo, published: str | None) -> DateInfo:
    """'X has been held by the rebels since 4 May', 'in X's control since Friday': a state of control since a day
    tells the day the place changed hands (the window up to the report is how long it has held)."""
    if not info.basis.lower().startswith("since ") or not info.earliest:
        return info
    start = resolve_expression(info.basis[len("since "):], published)
    if start is None or start.precision != 1 or start.best != info.earliest:
        return info
    return replace(info, best=info.earliest, latest=info.earliest, precision=1,
                   basis=f"{info.basis} (the day it changed hands)")


SEQUENCE_LOOK_BACK = 3          # sentences back to the act a 'first' or 'then' step follows


def step_of_a_told_sequence(ctx: DocContext, n: int, tok: Token) -> DateInfo | None:
    """'The raid began at dawn on Monday with a car bomb at the gate. / Militants first shot at the
    guards. / The attackers then stormed the compound': a reconstruction
    tells one step per sentence or paragraph, marked 'first', 'then', 'next'; a step with no date of
    its own happened on the day the sequence began, told a few sentences back in a sentence of its
    own with that one day, across a paragraph break (data: sequence_steps). Only a day counts."""
    verb = clause_verb(tok)
    verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    if not any(c.dep_ == "advmod" and c.lower_ in ctx.vocab["sequence_steps"] for v in verbs for c in v.children):
        return None
    for m in range(n - 1, max(-1, n - 1 - SEQUENCE_LOOK_BACK), -1):
        dated = ctx.dates(m)
        if not dated:
            continue
        if len(dated) > 1 or ctx.sents[m].root.lemma_ not in ("begin", "start"):
            return None                 # the steps follow the day a sequence began: 'The raid began at dawn on Monday'
        span, date_range = dated[0]
        info = date_info_from(date_range, f"context: a step after {span.text}")
        return info if info.precision == 1 and not is_background(info, ctx.document.published) else None
    return None


def dated_to_an_earlier_year(tok: Token, published: str | None) -> bool:
    """'who seized the city in 2015', 'which rebels took in early 2012': a year alone (no date
    reader finds it) on the trigger's own verb, before the report's year, dates the act to history."""
    if not published or not published[:4].isdigit():
        return False
    verb = clause_verb(tok)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "since", "during"):
            continue
        for year in prep.children:
            if year.dep_ == "pobj" and year.like_num and len(year.text) == 4 and year.text.isdigit() \
                    and 1900 < int(year.text) < int(published[:4]):
                return True
    return False


def same_day_as_before(ctx: DocContext, n: int) -> DateInfo | None:
    """'On the same day, two children were killed ...' opening a paragraph: the day is the one the
    text last named, in the paragraph before if need be (a few sentences back at most)."""
    if not any(t.head.lemma_.lower() in PARTS_OF_A_DAY for t in tokens_where(ctx.sents[n], lowers={"same"})):
        return None
    for m in range(n - 1, max(-1, n - 1 - CONTEXT_SENTENCES), -1):
        for span, date_range in ctx.dates(m):
            info = date_info_from(date_range, f"context: the same day as {span.text}")
            if not is_background(info, ctx.document.published):
                return info
    return None


def counted_from_the_day_before(ctx: DocContext, n: int) -> DateInfo | None:
    """'The same day, a convoy struck a mine', 'For the next two days the fighters looted shops':
    a day told only by its distance from the day the text last gave (in this paragraph or one
    before) is that day moved on; the sentence's own words give the distance (data: day_anaphors)."""
    sent = ctx.sents[n]
    # the text sliced, not Span.text: that builds a Token for every word, for each trigger of the sentence
    days = days_counted_on(ctx.text[sent.start_char:sent.end_char].lower(), ctx.vocab["day_anaphors"])
    if days is None:
        return None
    for m in range(n - 1, max(-1, n - ctx.vocab["day_anaphors"]["look_back"]), -1):
        for span, date_range in ctx.dates(m):     # the act's day comes first: 'retaken on Thursday, ... said on Friday'
            info = date_info_from(date_range, span.text)
            if info.precision == 1 and not is_background(info, ctx.document.published):
                first, last = (date.fromisoformat(info.best) + timedelta(days=d) for d in days)
                return DateInfo(best=first.isoformat(), earliest=first.isoformat(), latest=last.isoformat(),
                                precision=1 if first == last else 2, basis=f"counted from {span.text}")
    return None


def days_counted_on(text: str, anaphors: dict) -> tuple[int, int] | None:
    """The first and last day after the anchor day a sentence's words count, or None."""
    for phrase, days in anaphors["phrases"].items():
        if phrase in text:
            return days[0], days[1]
    stretch = re.search(anaphors["stretch"], text)
    if stretch is None:
        return None
    word = stretch.group(1)
    count = int(word) if word.isdigit() else anaphors["counts"].get(word)
    return (1, count) if count else None


def beyond_a_semicolon(date_root: Token, tok: Token) -> bool:
    """'pushed them out of X after a week of fighting; the village had been occupied since early
    March': a semicolon closes the trigger's clause, so a date in a later clause is that clause's
    (a date before it still carries on: 'rallied on Wednesday; some threw stones at police')."""
    # read from the Doc's word list: a Token built for every word between would cost more than the test
    return date_root.i > tok.i and ";" in token_words(tok.doc).lowers[tok.i:date_root.i]


def dates_the_verb_a_participle_hangs_on(date_root: Token, tok: Token) -> bool:
    """'The 79 students kidnapped from the school have been released, the church said on Wednesday':
    a past participle on a noun tells what had happened to it; the sentence's date belongs to
    the verb the noun serves (the release), not to the kidnapping."""
    return tells_what_befell_a_noun(tok) and not tok.left_edge.i <= date_root.i <= tok.right_edge.i


def tells_what_befell_a_noun(tok: Token) -> bool:
    """'the students kidnapped from the school (have been released)': a past participle on the
    subject or object of another verb."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in ("nsubj", "nsubjpass", "dobj")


def history_in_a_relative_clause(ctx: DocContext, dated: tuple, tok: Token) -> bool:
    """A date too old to be news, in a relative clause on another noun ('the palace, which troops
    have occupied since a raid in November'): it dates that noun's history, so it neither dates
    the trigger nor makes it background."""
    span, date_range = dated
    return in_a_relative_clause_of_another_noun(span.root, tok, ctx.active) \
        and is_background(date_info_from(date_range, span.text), ctx.document.published)


def in_a_relative_clause_of_another_noun(date_root: Token, tok: Token, active: set[int]) -> bool:
    """'has set up a base in the palace, which troops have occupied since a raid in November': a
    date in a relative clause on some other noun, whose verb tells no event, dates that clause's
    history, not the trigger ('the strike, which hit the market on Monday' hangs on the trigger,
    'the district, which troops overran on Monday' tells its own event: both still date)."""
    for node in date_root.ancestors:
        if node.i == tok.i:
            return False
        if node.dep_ == "relcl":
            # 'which'/'who' opens a relative clause; 'when' after a noun is the parser's misreading of a time clause
            relative = any(c.tag_ in ("WDT", "WP", "WP$") for c in node.children)
            return relative and node.head.i != tok.i and tok not in node.subtree and node.i not in active
    return False


def dates_another_doers_clause(date_root: Token, tok: Token) -> bool:
    """A date in a clause beside the trigger's (joined by 'and', or both told by one speaker) that
    has a doer of its own: 'the garrison had pulled out on Monday night, and the fighters came in'
    dates the pull-out, not the entry."""
    mine, theirs = clause_verb(tok), clause_verb(date_root)
    siblings = not mine.is_ancestor(theirs) and not theirs.is_ancestor(mine)
    if mine.i == theirs.i or not (siblings or joined_by_and(mine, theirs) or joined_by_and(theirs, mine)):
        return False
    subject = lambda verb: next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)   # noqa: E731
    return subject(mine) is not None and subject(theirs) is not None


def joined_by_and(lower: Token, upper: Token) -> bool:
    """``upper`` governs ``lower`` only through a coordination on the way up: 'X happened, and
    (a witness said) Y happened'."""
    path = []
    for node in [lower, *lower.ancestors]:
        if node.i == upper.i:
            return "conj" in path
        path.append(node.dep_)
    return False


def paragraph_date(ctx: DocContext, n: int) -> DateInfo | None:
    """The first date of the sentences before in the paragraph that is not background."""
    for m in previous_in_paragraph(ctx, n):
        for span, date_range in ctx.dates(m):
            info = date_info_from(date_range, f"context: {span.text}")
            if not is_background(info, ctx.document.published):
                return info
    return None


def days_after(tok: Token, span: Span, vocab: dict) -> int:
    """'climbed out on Thursday, a day after an air strike destroyed the building': the strike is
    dated by the day the sentence names, less the gap; 0 when the date sits in the trigger's own
    'after' clause or there is no such gap."""
    gap, clause = day_gap(tok)
    if gap is None or span.root.i in {t.i for t in clause.subtree}:
        return 0
    return count_of(gap, vocab) * GAP_UNIT_DAYS[gap.lemma_]


def day_gap(tok: Token) -> tuple[Token | None, Token | None]:
    """The 'day(s)' of 'a day after X struck' / 'two days after the bombing' (or the weeks of
    'seven weeks after the army began its assault') that the trigger sits behind, and the clause
    or phrase it heads."""
    for node in [tok, *list(tok.ancestors)[:4]]:
        if any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in node.children):
            gap = next((c for c in node.children if c.dep_ == "npadvmod"), None)    # 'a day after X struck'
            clause = node
        elif node.dep_ == "pobj" and node.head.lower_ in ("after", "following") and node.head.head.dep_ == "npadvmod":
            gap = clause = node.head.head                                            # 'a day after the bombing'
        else:
            continue
        if gap is None or gap.lemma_ not in GAP_UNIT_DAYS:
            return None, None
        # weeks or months back only for the act the 'after' clause itself tells ('began its assault'),
        # not for a clause the parser hung below it ('..., as the government announced a ceasefire')
        own_clause = gap.lemma_ == "day" or clause_verb(tok).i == clause.i or clause.i == tok.i
        return (gap, clause) if own_clause else (None, None)
    return None, None


def count_of(noun: Token, vocab: dict) -> int:
    """'a day' 1, 'two days' 2, '3 days' 3; 0 when the count is not read. 'less than a day after'
    is parsed with 'a' as the number of days: a day back too."""
    for child in noun.children:
        if child.dep_ in ("det", "nummod") and child.lower_ in ("a", "an", "one"):
            return 1
        if child.dep_ == "nummod":
            word = child.lower_
            return int(word) if word.isdigit() else vocab["small_numbers"].get(word, 0)
    return 0


BARE_WEEKDAY = re.compile(r"(?i)^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
LAST_WEEK = re.compile(r"(?i)^(?:last|the\s+previous)\s+week$")


def in_the_week_the_sentence_names(info: DateInfo, span: Span, others: list[Span], published: str | None) -> DateInfo:
    """'Protests spread last week to X, where ... on Thursday, and to Y, where crowds broke into an
    armoury on Wednesday', in a Wednesday report: a bare weekday in a sentence that says 'last week'
    is that week's day, not one of the report's own week."""
    if info.precision != 1 or not info.best or not published or not BARE_WEEKDAY.match(span.text.strip()) \
            or not any(LAST_WEEK.match(o.text.strip()) and dates_the_clause_of(o, span) for o in others):
        return info
    pub = date.fromisoformat(published[:10])
    this_monday = pub - timedelta(days=pub.weekday())
    return shifted_back(info, 7) if date.fromisoformat(info.best) >= this_monday else info


def dates_the_clause_of(week: Span, day: Span) -> bool:
    """'spread last week to X, where ... on Wednesday': the verb 'last week' dates stands above the
    weekday; 'said on Wednesday ... since the invasion began last week' dates another clause."""
    return any(a.i == week.root.head.i for a in day.root.ancestors)


def shifted_back(info: DateInfo, days: int) -> DateInfo:
    if not days or info.precision != 1 or not info.best:
        return info
    back = lambda iso: (date.fromisoformat(iso) - timedelta(days=days)).isoformat() if iso else iso
    return replace(info, best=back(info.best), earliest=back(info.earliest), latest=back(info.latest),
                   basis=f"{info.basis} less {days} day(s)")


def dates_the_statement(span: Span, tok: Token, vocab: dict) -> bool:
    """'..., hours after an air strike killed 33 soldiers, Ankara said on Friday': the date is the
    day it was said; what was said may have happened the day before."""
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i != tok.i and verb.lemma_ in vocab["reporting_lemmas"] \
        and any(a.i == verb.i for a in tok.ancestors)


def day_before_allowed(info: DateInfo) -> DateInfo:
    if info.precision != 1 or not info.earliest:
        return info
    earlier = (date.fromisoformat(info.earliest) - timedelta(days=1)).isoformat()
    return replace(info, earliest=earlier, basis=f"{info.basis} (the day it was said)")


def before_later_dates(info: DateInfo, others: list) -> DateInfo:
    """'began the assault on Sunday after taking X earlier in the month': a month-wide window
    ends before a day the same sentence names inside it (the sentence tells them in order)."""
    if info.precision != 3 or not info.earliest or not info.latest:
        return info
    inside = [o.earliest for o in others if getattr(o, "precision", None) == 1 and o.earliest
              and info.earliest < o.earliest <= info.latest]
    if not inside:
        return info
    first, last = date.fromisoformat(info.earliest), date.fromisoformat(min(inside)) - timedelta(days=1)
    best = first + timedelta(days=(last - first).days // 2)
    return replace(info, best=best.isoformat(), latest=last.isoformat())


def previous_in_paragraph(ctx: DocContext, n: int) -> list[int]:
    found = []
    for m in range(n - 1, max(-1, n - 3), -1):
        gap = ctx.text[ctx.sents[m].end_char:ctx.sents[m + 1].start_char]
        after = ctx.sents[m + 1]
        if "\n" in gap or "\n" in ctx.text[after.start_char:after.end_char].strip():
            break
        found.append(m)
    return found


def date_info_from(date_range, expression: str) -> DateInfo:
    best = getattr(date_range, "best", None)
    return DateInfo(
        best=_iso(best), earliest=_iso(getattr(date_range, "earliest", None)) or _iso(best),
        latest=_iso(getattr(date_range, "latest", None)) or _iso(best),
        precision=precision_code(getattr(date_range, "precision", None)) if best else None,
        basis=expression if best else f"{expression} (relative; publication date unknown)",
    )


def precision_code(precision) -> int | None:
    """ACLED's time_precision: 1 day, 2 week (or a few days), 3 month or coarser."""
    if precision is None:
        return None
    if isinstance(precision, int):
        return precision
    text = str(precision).lower()
    if text in ("day", "exact", "1"):
        return 1
    if text in ("week", "days", "weekend", "range", "2"):
        return 2
    return 3


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)[:10]


def heads_a_timeline_entry(ctx: DocContext, n: int, span: Span) -> bool:
    """'20 May — the premier declares martial law': the date heading an entry of a timeline box
    the report prints. The box retells the weeks or months that led up to the story on purpose, so
    its entries are the story's acts, not the background a date in running text tells."""
    start = timeline_entry_start(ctx.text, ctx.sents[n])
    return start is not None and span.start_char - start <= 3        # after a bullet ('- ', '• ')


def is_background(info: DateInfo, published: str | None, cut_off: int = BACKGROUND_DAYS) -> bool:
    if not published or not info.latest:
        return False
    try:
        pub = date.fromisoformat(published[:10])
        latest = date.fromisoformat(info.latest)
        earliest = date.fromisoformat(info.earliest or info.latest)
    except ValueError:
        return False
    return (pub - latest).days > cut_off or (pub - earliest).days > max(cut_off, BACKGROUND_START_DAYS)


def live_entry_date(ctx: DocContext, n: int, tok: Token) -> DateInfo | None:
    """'18:30 MSK / Fighting is still going on around the city hall': an act a live blog's entry
    tells with no date of its own is the blog's day, a day dated by the text (not the publication
    date's guess of 'a day or two before'). A weapon or fight named as the cause in a toll ('1,400
    civilians died in air strikes over the same period'), or as a word describing another noun
    ('the raids targeted weapons stores and fighting positions', where the parser may read the
    gerund as a verb joined to the nouns of the list), is no act of the entry's day."""
    if tok.dep_ in ("pobj", "compound", "amod", "nmod") or in_a_list_of_things(tok):
        return None
    stamp = live_entry_stamp(ctx.live_stamps(), ctx.sents[n])
    published = ctx.document.published
    if stamp is None or not published:
        return None
    day = published[:10]
    return DateInfo(day, day, day, 1, f"{LIVE_ENTRY_BASIS} (stamped {stamp})")


def in_a_list_of_things(tok: Token) -> bool:
    """A gerund the parser joins to a noun ('weapons stores and fighting positions')."""
    return tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN")


def since_the_story_began(ctx: DocContext, n: int) -> DateInfo | None:
    """An act told with no date of its own, after the text has named the day its story began:
    'Raiders hit the ferry landing on Friday night. [...] Villagers chased them into the swamp and
    burned their boats.' News writing dates the first act and tells its sequels without a date, so
    such an act falls between that day and the report, not only in the day or two before
    publication (see story_window)."""
    published = ctx.document.published
    if not published:
        return None
    for m in range(n - 1, -1, -1):
        for span, date_range in reversed(ctx.dates(m)):
            info = date_info_from(date_range, span.text)
            if info.precision != 1 or not info.best or info.best >= published[:10] \
                    or is_background(info, published):
                continue
            return story_window(info, published, span.text)
    return None


def story_window(named: DateInfo, published: str, expression: str) -> DateInfo:
    """From the named day to the report's, never narrower than the publication date's own window.
    The best guess stays the publication date: a sequel may come any day after the named act,
    and the report's own day is where the undated lines of a story most often sit."""
    pub = date.fromisoformat(published[:10])
    named_day = date.fromisoformat(named.best)
    slack_start = pub - timedelta(days=PUBLICATION_SLACK_DAYS)
    if named_day >= slack_start:
        return publication_date(published)
    wide = (pub - named_day).days > GAP_UNIT_DAYS["week"]
    return DateInfo(pub.isoformat(), named.best, pub.isoformat(), 3 if wide else 2,
                    f"publication date, or from the story's {expression!r} on (no date in the text)")


def publication_date(published: str | None) -> DateInfo:
    if not published:
        return DateInfo(None, None, None, None, "publication date unknown; no date in the text")
    pub = date.fromisoformat(published[:10])
    earliest = (pub - timedelta(days=PUBLICATION_SLACK_DAYS)).isoformat()
    return DateInfo(pub.isoformat(), earliest, pub.isoformat(), 2, "publication date (no date in the text)")
