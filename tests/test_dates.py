"""Relative and absolute dates resolved against the publication date."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings, strategies as st

from frontwatch.extract import dates
from frontwatch.extract.dates import (DateRange, UNKNOWN_PUBLISHED, find_dates, resolve_expression)

MON_28_NOV = "2016-11-28"     # a Monday
TUE_22_NOV = "2016-11-22"     # a Tuesday
MON_12_DEC = "2016-12-12"


@pytest.mark.parametrize("text, published, best, earliest, latest, precision", [
    ("Monday", MON_28_NOV, "2016-11-28", "2016-11-28", "2016-11-28", 1),
    ("on Saturday", MON_28_NOV, "2016-11-26", "2016-11-26", "2016-11-26", 1),
    ("early Monday morning", MON_12_DEC, "2016-12-12", "2016-12-12", "2016-12-12", 1),
    ("late Sunday night", TUE_22_NOV, "2016-11-20", "2016-11-20", "2016-11-20", 1),
    ("on Tuesday", TUE_22_NOV, "2016-11-22", "2016-11-22", "2016-11-22", 1),
    ("last Tuesday", TUE_22_NOV, "2016-11-15", "2016-11-15", "2016-11-15", 1),
    ("today", MON_28_NOV, "2016-11-28", "2016-11-28", "2016-11-28", 1),
    ("yesterday", "2017-03-01", "2017-02-28", "2017-02-28", "2017-02-28", 1),
    ("three days ago", MON_28_NOV, "2016-11-25", "2016-11-25", "2016-11-25", 1),
    ("over the past 24 hours", TUE_22_NOV, "2016-11-22", "2016-11-21", "2016-11-22", 1),
    ("over the past week", TUE_22_NOV, "2016-11-18", "2016-11-15", "2016-11-22", 2),
    ("in the past week", "2016-12-04", "2016-11-30", "2016-11-27", "2016-12-04", 2),
    ("over the past few days", MON_28_NOV, "2016-11-26", "2016-11-25", "2016-11-28", 2),
    ("last week", MON_28_NOV, "2016-11-24", "2016-11-21", "2016-11-27", 2),
    ("this week", "2016-11-30", "2016-11-29", "2016-11-28", "2016-11-30", 2),
    ("since Nov. 15", TUE_22_NOV, "2016-11-18", "2016-11-15", "2016-11-22", 2),
    ("since Saturday", MON_28_NOV, "2016-11-27", "2016-11-26", "2016-11-28", 2),
    ("the weekend", MON_12_DEC, "2016-12-10", "2016-12-10", "2016-12-11", 2),
    ("over the weekend", MON_28_NOV, "2016-11-26", "2016-11-26", "2016-11-27", 2),
    ("on November 27", "2016-12-12", "2016-11-27", "2016-11-27", "2016-11-27", 1),
    ("Nov. 27", "2016-12-12", "2016-11-27", "2016-11-27", "2016-11-27", 1),
    ("Dec. 4, 2016", None, "2016-12-04", "2016-12-04", "2016-12-04", 1),
    ("17 October 2016", None, "2016-10-17", "2016-10-17", "2016-10-17", 1),
    ("last month", "2017-07-10", "2017-06-15", "2017-06-01", "2017-06-30", 3),
    ("in March 2011", None, "2011-03-16", "2011-03-01", "2011-03-31", 3),
    ("since mid-July", "2016-11-22", "2016-09-11", "2016-07-01", "2016-11-22", 3),
    ("on April 15", "2023-04-20", "2023-04-15", "2023-04-15", "2023-04-15", 1),
])
def test_resolve_expression(text, published, best, earliest, latest, precision):
    rng = resolve_expression(text, published)
    assert (rng.best, rng.earliest, rng.latest, rng.precision) == (best, earliest, latest, precision)
    assert rng.basis


@pytest.mark.parametrize("text", ["Monday", "yesterday", "over the past week", "the weekend", "Nov. 27",
                                  "since Saturday", "last month"])
def test_relative_dates_without_publication_date_say_so(text):
    rng = resolve_expression(text, None)
    assert rng == DateRange(None, None, None, None, rng.basis)
    assert UNKNOWN_PUBLISHED in rng.basis


@pytest.mark.parametrize("text", ["the may be trapped", "they may flee", "a 24-hour truce", "no date here"])
def test_no_date(text):
    assert find_dates(text, MON_28_NOV) == []


def test_find_dates_offsets_and_order():
    text = ("Iraqi forces retook the bridge in Mosul on Saturday; over the past week 300 families fled, "
            "officials said on Monday. Since Nov. 15 the road has been cut.")
    found = find_dates(text, MON_28_NOV)
    assert [text[s:e] for s, e, _ in found] == ["on Saturday", "over the past week", "on Monday", "Since Nov. 15"]
    assert [r.best for _, _, r in found] == ["2016-11-26", "2016-11-24", "2016-11-28", "2016-11-21"]


published_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))


@given(published_dates)
def test_yesterday_is_the_day_before(pub):
    rng = resolve_expression("yesterday", pub.isoformat())
    assert rng.best == (pub - timedelta(days=1)).isoformat()


@given(published_dates, st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                         "Saturday", "Sunday"]))
def test_weekday_is_never_after_publication(pub, weekday):
    rng = resolve_expression(f"on {weekday}", pub.isoformat())
    day = date.fromisoformat(rng.best)
    assert pub - timedelta(days=6) <= day <= pub
    assert day.strftime("%A") == weekday


@given(published_dates)
def test_weekend_is_a_saturday_on_or_before_publication(pub):
    rng = resolve_expression("over the weekend", pub.isoformat())
    sat, last = date.fromisoformat(rng.earliest), date.fromisoformat(rng.latest)
    assert sat.weekday() == 5 and sat <= last <= pub and (last - sat).days <= 1


@given(published_dates, st.sampled_from(["over the past week", "over the past 24 hours", "last week",
                                         "this week", "last month", "over the past few days"]))
def test_windows_are_ordered_and_not_after_publication(pub, text):
    rng = resolve_expression(text, pub.isoformat())
    assert rng.earliest <= rng.best <= rng.latest <= pub.isoformat()


@settings(deadline=None)     # dateparser's first call loads its language data
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)), published_dates,
       st.sampled_from(["%B %d, %Y", "%b. %d", "%d %B %Y", "%B %d", "%d %B", "%B %Y"]))
@example(date(2000, 2, 29), date(2000, 1, 1), "%b. %d")     # a leap day walks back to the last leap year
def test_plain_calendar_dates_agree_with_dateparser(day, pub, fmt):
    from frontwatch.extract.dates import _dateparser_date, _plain_calendar_date

    words = day.strftime(fmt).replace("May.", "May")
    has_year = "%Y" in fmt
    assert _plain_calendar_date(words, pub) == _dateparser_date(words, pub, has_year)


@pytest.mark.parametrize("text, published, earliest, latest, precision", [
    # 'earlier in the month': the month's first day up to the day before the report
    ("earlier in the month", "2017-06-20", "2017-06-01", "2017-06-19", 3),
    # a part of last month, and of a named month
    ("late last month", "2017-06-20", "2017-05-21", "2017-05-31", 3),
    ("early last month", "2017-03-02", "2017-02-01", "2017-02-10", 3),
    ("at the end of last month", "2017-06-20", "2017-05-21", "2017-05-31", 3),
    ("the start of June", "2018-06-19", "2018-06-01", "2018-06-10", 3),
    ("since the end of May", "2021-08-15", "2021-05-21", "2021-08-15", 3),
    # so long ago, give or take
    ("two weeks ago", "2017-06-20", "2017-06-03", "2017-06-09", 2),
    ("a month ago", "2017-06-20", "2017-05-14", "2017-05-28", 3),
    ("in recent weeks", "2017-06-20", "2017-05-30", "2017-06-20", 3),
    ("last year", "2017-06-20", "2016-01-01", "2016-12-31", 3),
    ("a year ago", "2017-06-20", "2016-05-21", "2016-07-20", 3),
    ("earlier this year", "2017-06-20", "2017-01-01", "2017-06-19", 3),
    ("since June", "2017-10-17", "2017-06-01", "2017-10-17", 3),
])
def test_parts_of_months_and_spans_ago(text, published, earliest, latest, precision):
    found = resolve_expression(text, published)
    assert (found.earliest, found.latest, found.precision) == (earliest, latest, precision)


@pytest.mark.parametrize("text, published, earliest, latest, precision", [
    ("June 3-4", "2023-06-21", "2023-06-03", "2023-06-04", 2),
    ("between May 10 and 12", "2023-06-21", "2023-05-10", "2023-05-12", 2),
    ("3 to 5 June 2019", None, "2019-06-03", "2019-06-05", 2),
    ("from March 1 to 20", "2023-06-21", "2023-03-01", "2023-03-20", 3),
    ("on June 3 and 4 soldiers", "2023-06-21", "2023-06-03", "2023-06-03", 1),
    # with the month after both days, 'and' joins two days ('on 5 and 6 March')
    ("on 5 and 6 March", "2023-06-21", "2023-03-05", "2023-03-06", 2),
    # a night runs from the first day into the next (2023-06-21 is a Wednesday)
    ("on the night of Monday to Tuesday", "2023-06-21", "2023-06-19", "2023-06-20", 2),
    ("the night of Tuesday into Wednesday", "2023-06-21", "2023-06-20", "2023-06-21", 2),
])
def test_day_ranges_of_one_month(text, published, earliest, latest, precision):
    found = resolve_expression(text, published)
    assert (found.earliest, found.latest, found.precision) == (earliest, latest, precision)


@pytest.mark.parametrize("text, published, best", [
    ("on 3-4 June", "2023-06-21", "2023-06-03"),                 # a couple of days: the first
    ("between May 10 and 12", "2023-06-21", "2023-05-10"),
    # a longer run of days: its middle, as gold and ACLED date a span
    ("raids on three garrisons between 4 and 19 August, the army said", "2014-09-02", "2014-08-11"),
    ("from March 1 to 20", "2023-06-21", "2023-03-10"),
])
def test_a_run_of_days_is_dated_by_its_middle_unless_short(text, published, best):
    assert resolve_expression(text, published).best == best


@pytest.mark.parametrize("text, best", [
    ("Insurgents entered Mocimboa da Praia on 24 March and the following day seized the port.", "2021-03-25"),
    ("The army reached Marawi on May 23. Two days later the mayor fled.", "2021-05-25"),
    ("Troops pulled out on 12 April; the previous night the base had been shelled.", "2021-04-11"),
])
def test_a_day_counted_from_an_earlier_date_of_the_text(text, best):
    counted = [r for start, end, r in find_dates(text, "2021-06-01") if "after" in r.basis or "before" in r.basis]
    assert [r.best for r in counted] == [best]


def test_a_following_day_with_no_date_before_it_is_not_guessed():
    assert find_dates("The following day, the militia withdrew from Kidal.", "2021-06-01") == []


@pytest.mark.parametrize("text, published, best, earliest, latest, precision", [
    # 2021-03-01 is a Monday
    ("Drones struck the port overnight into Sunday", "2021-03-01", "2021-02-28", "2021-02-27", "2021-02-28", 1),
    ("overnight to Monday", "2021-03-01", "2021-03-01", "2021-02-28", "2021-03-01", 1),
    ("in the week to Sunday", "2021-03-01", "2021-02-25", "2021-02-22", "2021-02-28", 2),
    ("over the seven days to 26 February", "2021-03-01", "2021-02-23", "2021-02-20", "2021-02-26", 2),
])
def test_nights_into_a_day_and_weeks_to_a_day(text, published, best, earliest, latest, precision):
    found = resolve_expression(text, published)
    assert (found.best, found.earliest, found.latest, found.precision) == (best, earliest, latest, precision)


@pytest.mark.parametrize("text, published, best", [
    ("last Wednesday", "2020-08-13", "2020-08-05"),    # a Thursday: the day before is 'on Wednesday'
    ("last Sunday", MON_28_NOV, "2016-11-20"),
    ("last Friday", MON_28_NOV, "2016-11-25"),         # three days back: this side of the week
])
def test_last_weekday_is_never_the_day_before(text, published, best):
    assert resolve_expression(text, published).best == best


@pytest.mark.parametrize("text, published, best", [
    # a Thursday report (a Tuesday one in the second): read alone, 'Tuesday' is this week's; 'last week' puts it in the week before
    ("A shell hit the ferry quay at Kisangani on Tuesday night last week, according to a dock hand.",
     "2000-06-15", "2000-06-06"),
    ("Ballot boxes burnt at a Kindu polling hall on Tuesday last week", "2006-04-25", "2006-04-18"),
    ("Rwandan-backed fighters had entered the town on Friday of last week", "2000-06-15", "2000-06-09"),
    ("since Monday last week, the UN says, 40,000 have fled", "2000-06-15", "2000-06-10"),
])
def test_a_weekday_of_last_week_is_in_the_week_before(text, published, best):
    assert [r.best for _, _, r in find_dates(text, published)] == [best]


def test_last_weeks_after_a_weekday_is_no_week_of_it():
    found = find_dates("On Monday last week's dead were buried in Kisangani.", "2000-06-15")
    assert [r.basis for _, _, r in found] == ["On Monday", "last week"]


@pytest.mark.parametrize("text, published, best", [
    # a day of the month with no month: the latest such day on or before the report
    ("MAYOR: The gunboats shelled the jetty on the 9th and a barge sank the next morning.", "1994-11-27", "1994-11-09"),
    ("WIDOW (through interpreter): They took him on the 28th at night, from the house.", "1994-11-04", "1994-10-28"),
    ("On the 31st, patrols reached the dam at Cahora.", "2023-03-10", "2023-01-31"),     # February has no 31st
])
def test_a_day_of_the_month_alone_is_the_latest_before_the_report(text, published, best):
    assert [r.best for _, _, r in find_dates(text, published)][:1] == [best]


@pytest.mark.parametrize("text", [
    "a sniper fired from the roof on the 5th floor of the ministry",
    "a captain of the 7th battalion spoke on the radio",
    "Relief flights resumed on the 40th day of the siege of the port.",
])
def test_an_ordinal_that_names_no_day_is_no_date(text):
    assert find_dates(text, "1994-11-27") == []


@pytest.mark.parametrize("text, published, window", [
    # 'since' opens a past day or window up to the report
    ("Militias near Kindu have looted aid trucks since the weekend, drivers said.", "2021-03-24",
     ("2021-03-22", "2021-03-20", "2021-03-24")),
    ("Gunmen have seized dozens of fishermen on the lake since last week.", "1999-01-14",
     ("1999-01-09", "1999-01-04", "1999-01-14")),
])
def test_since_opens_a_window_from_a_relative_day_to_the_report(text, published, window):
    found = find_dates(text, published)
    assert [(r.best, r.earliest, r.latest) for _, _, r in found] == [window]
    assert found[0][2].basis.startswith("since ")


@pytest.mark.parametrize("text, published, best", [
    ("Fighting has raged around the dam since last Friday, when rebels crossed the river.", "2020-08-13", "2020-08-07"),
    ("the figure that has circulated online since this morning", "2020-08-13", "2020-08-13"),
])
def test_since_a_single_relative_day_keeps_that_day(text, published, best):
    assert [r.best for _, _, r in find_dates(text, published)] == [best]


def test_since_a_weekday_and_its_calendar_date_stays_that_day():
    found = find_dates("Since Saturday 12 March, the quarter of Bakaa has seen heavy shelling.", "2016-03-17")
    assert [(r.best, r.earliest, r.latest) for _, _, r in found] == [("2016-03-12", "2016-03-12", "2016-03-12")]


@pytest.mark.parametrize("text", [
    "Shelling hit the old market in Goma, residents said.",
    "The rebels said they would not give up their positions near the airport.",
])
def test_a_sentence_without_date_words_is_scanned_by_no_rule(text):
    assert dates._rules_to_scan(text) == ([], False)


def test_a_rule_runs_where_its_hint_word_is_written_in_any_case():
    relative, absolute = dates._rules_to_scan("Fighting resumed over the WEEKEND near Sept. 3 positions")
    patterns = {p.pattern for p, _ in relative}
    assert any("weekend" in p for p in patterns) and absolute
    assert not any("ago" in p for p in patterns)


DATE_PIECES = ["Monday", "monday", "last week", "this WEEK", "the weekend", "three days ago", "Nov. 27",
               "27 November 2016", "since March", "from mid-July", "2016-12-04", "yesterday morning",
               "last night", "tonight", "over the past 24 hours", "in recent days", "earlier this month",
               "late last month", "two years ago", "earlier this year", "in the week to Sunday",
               "overnight into Friday", "the night of Monday to Tuesday", "June 3-4", "between May 10 and 12",
               "the following day", "two days later", "\u0130n recent weeks", "la\u017ft week", "th\u0131s month",
               "at the end of May", "early January 2015", "on Sept. 3", "on the 18th", "since the weekend",
               "on Tuesday last week"]
FILLERS = ["rebels shelled the town", "Reuters said", "a market", ",", ".", "\n\n", "-", "KIDAL", "Mayor"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES + FILLERS), min_size=1, max_size=8),
       st.sampled_from([None, MON_28_NOV, "2021-03-01"]))
def test_hints_never_hide_a_date(pieces, published):
    """The same dates as scanning every rule over the text."""
    text = " ".join(pieces)
    every_rule = ([(p, f) for p, f, _ in dates._COMPILED_RELATIVE], True)
    hinted = dates._find_dates.__wrapped__(text, published)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_rules_to_scan", lambda _text: every_rule)
        assert dates._find_dates.__wrapped__(text, published) == hinted


@pytest.mark.parametrize("text, published, best", [
    ("Rebels shelled Goma airport on Sunday 4 May, a UN official said.", "2008-05-12", "2008-05-04"),
    ("the army retook the bridge on Tuesday, April 15, according to a statement", "2008-05-12", "2008-04-15"),
    ("Saturday the 3rd of May", "2008-05-12", "2008-05-03"),
])
def test_a_weekday_before_a_calendar_date_is_that_date(text, published, best):
    found = find_dates(text, published)
    assert [r.best for _, _, r in found] == [best]


@pytest.mark.parametrize("text, published, expected", [
    # a situation report writes day/month; a number over 12 settles the order
    ("Shelling hit the port district on 13/06, partners said.", "2018-06-20", ("2018-06-13", "2018-06-13")),
    ("Fighting moved to the airport road (15/06) and the university.", "2018-06-20", ("2018-06-15", "2018-06-15")),
    ("Clinics were closed on 17-18/06 after the shelling.", "2018-06-20", ("2018-06-17", "2018-06-18")),
    ("Families arriving since 12/06 are sheltering in schools.", "2018-06-20", ("2018-06-12", "2018-06-20")),
    ("The ministry gave its first toll on 7/12/2022 in a statement.", "2022-12-27", ("2022-12-07", "2022-12-07")),
    # either order reads: the one just before the report (day/month in a December report, month/day in a May one)
    ("its spokesman wrote on 1/12 that eight had died", "2022-12-27", ("2022-12-01", "2022-12-01")),
    ("Troops landed on 5/8, a week before the vote.", "2002-05-26", ("2002-05-08", "2002-05-08")),
])
def test_a_day_and_month_in_figures_is_read_in_the_order_that_fits(text, published, expected):
    found = [r for _, _, r in find_dates(text, published)]
    assert [(r.earliest, r.latest) for r in found] == [expected]


@pytest.mark.parametrize("text", [
    "Three quarters, 3/4 of the wards, have no water.",
    "The hotline is open 24/7 for families.",
    "Of the ten villages, 9/10 were emptied.",
])
def test_a_fraction_or_a_phrase_in_figures_is_no_date(text):
    assert find_dates(text, "2018-06-20") == []
