from __future__ import annotations

import pytest

from frontwatch.fuse import fuse
from frontwatch.fuse.claims import disagree, show
from frontwatch.records import Claim, DocRecords, Evidence
from frontwatch.settings import Settings


PHRASES = {  # each outlet writes its own sentence
    "a": "{claimant} said {low} people had fled the capital since fighting began in mid-April.",
    "b": "According to figures released by {claimant} on Monday, the number who left stands at {low}.",
    "c": "A spokesperson for {claimant} told reporters that at least {low} residents were now on the move.",
    "x": "{claimant}: {low}.",
    "y": "{claimant} gave {low} as its estimate.",
}


def cl(doc, low, high=None, qualifier="exact", claimant="UNHCR", kind="displaced", subject="people",
       place="Khartoum", period=(None, None), as_of="2023-05-01", stance="asserted", text=None, outlet=None):
    text = text or PHRASES[doc].format(claimant=claimant, low=low)
    return Claim(claim_id=f"{doc}-{claimant}-{low}-{kind}-{period[0]}", kind=kind, subject=subject, low=low,
                 high=low if high is None else high, qualifier=qualifier, place=place, period_start=period[0],
                 period_end=period[1], as_of=as_of, claimant=claimant, outlet=outlet or f"Outlet {doc}",
                 stance=stance, evidence=[Evidence(doc, 0, len(text), text)], doc=doc)


def run(*claims):
    by_doc: dict[str, DocRecords] = {}
    for c in claims:
        by_doc.setdefault(c.doc, DocRecords(c.doc)).claims.append(c)
    return fuse([], list(by_doc.values()), Settings(), resolver=None)


@pytest.mark.parametrize("a, b, expected", [
    (dict(low=10000, qualifier="about"), dict(low=20000, qualifier="about"), True),
    (dict(low=100, qualifier="exact"), dict(low=100, qualifier="more_than"), False),
    (dict(low=3000, qualifier="more_than"), dict(low=20000), False),          # "more than" is open above
    (dict(low=100000, high=200000, qualifier="between"), dict(low=150000), False),
    (dict(low=10000), dict(low=10500), False),                                # within the 10% gap
    (dict(low=30, qualifier="nearly"), dict(low=52, qualifier="more_than"), True),
    (dict(low=None, high=None), dict(low=5), False),                          # no figure: nothing to compare
    (dict(low=2000, high=9000, qualifier="about"), dict(low=20000, high=90000, qualifier="about"), False),  # vague
    (dict(low=2000, high=9000, qualifier="about"), dict(low=30000, qualifier="at_least"), False),
])
def test_ranges_that_do_not_overlap_disagree(a, b, expected):
    assert disagree(cl("x", **a), cl("y", **b), gap=0.1) is expected


def test_independent_figures_that_disagree_make_one_numeric_dispute():
    picture = run(cl("a", 10000, qualifier="about", claimant="MSF"), cl("b", 20000, qualifier="about", claimant="UN"),
                  cl("c", 21000, qualifier="about", claimant="IOM"))
    [dispute] = picture.disputes
    assert dispute.kind == "numeric" and dispute.severity == "normal"
    assert sorted(s["sources"][0] for s in dispute.sides) == ["IOM", "MSF", "UN"]
    assert sorted(d for s in dispute.sides for d in s["documents"]) == ["a", "b", "c"]
    assert {c.independent_sources for c in picture.claims} == {3}


def test_one_statement_reprinted_with_other_wording_is_no_dispute():
    wire = "By Sunday night more than 100 fighters had handed over their weapons at the checkpoint, the ministry announced."
    picture = run(cl("a", 100, qualifier="more_than", claimant="Ministry of Health", text=wire, kind="surrendered"),
                  cl("b", 100, claimant="Ministry of Health", text=wire.replace("more than ", ""), kind="surrendered"))
    assert picture.disputes == []
    assert {c.independent_sources for c in picture.claims} == {1}
    assert len({c.group for c in picture.claims}) == 1


def test_two_outlets_printing_one_wire_figure_are_one_source_even_as_their_own_claim():
    wire = "About 4,000 people crossed into Chad over the past three days, aid workers on the border estimated."
    picture = run(cl("a", 4000, claimant="Outlet a", outlet="Outlet a", text=wire),
                  cl("b", 4000, claimant="Outlet b", outlet="Outlet b", text=wire))
    assert {c.independent_sources for c in picture.claims} == {1}
    assert len({c.copy_group for c in picture.claims}) == 1 and picture.claims[0].copy_group


def test_different_windows_are_different_topics():
    picture = run(cl("a", 10000, claimant="MSF", period=("2023-04-29", "2023-04-30")),
                  cl("b", 30000, claimant="UN", period=("2023-04-24", "2023-04-30")))
    assert picture.disputes == [] and len({c.group for c in picture.claims}) == 2


def test_a_trend_over_time_is_at_most_a_low_dispute():
    picture = run(cl("a", 300000, qualifier="up_to", claimant="Radio A", kind="trapped", as_of="2023-04-20"),
                  cl("b", 100000, qualifier="about", claimant="UN", kind="trapped", as_of="2023-05-12"))
    [dispute] = picture.disputes
    assert dispute.severity == "low"
    assert "2023-04-20" in dispute.explanation and "2023-05-12" in dispute.explanation


def test_one_claimant_revising_its_figure_is_no_dispute():
    picture = run(cl("a", 10, claimant="Ministry of Defence", kind="places_taken", subject="neighbourhoods"),
                  cl("b", 30, claimant="Ministry of Defence", kind="places_taken", subject="neighbourhoods",
                     as_of="2023-05-08"))
    assert picture.disputes == []


def test_two_namings_of_one_body_are_one_source():
    picture = run(cl("a", 10000, qualifier="about", claimant="Somali Ministry of Health"),
                  cl("b", 20000, qualifier="about", claimant="Somalia health ministry"))
    assert picture.disputes == []       # one body giving two figures revises itself
    assert {c.independent_sources for c in picture.claims} == {1}


def test_a_denied_figure_is_a_denial_dispute_on_its_group():
    picture = run(cl("a", 50, claimant="RSF", kind="killed", subject="civilians"),
                  cl("b", 50, claimant="SAF", kind="killed", subject="civilians", stance="denied"))
    [dispute] = picture.disputes
    assert dispute.kind == "denial" and dispute.records == [picture.claims[0].group]
    assert {c.independent_sources for c in picture.claims} == {1}


@pytest.mark.parametrize("kwargs, text", [
    (dict(low=10000, qualifier="about"), "about 10,000"),
    (dict(low=100000, high=200000, qualifier="between"), "100,000-200,000"),
    (dict(low=52.5, qualifier="more_than"), "more than 52.5"),
])
def test_figures_are_shown_as_written(kwargs, text):
    assert show(cl("a", **kwargs)) == text


def test_a_running_total_that_grows_is_a_trend_not_a_dispute():
    picture = run(cl("a", 10, claimant="SOHR", kind="places_taken", subject="neighbourhoods", as_of="2023-05-01"),
                  cl("b", 30, claimant="Ministry of Defence", kind="places_taken", subject="neighbourhoods",
                     as_of="2023-05-08"))
    assert picture.disputes == []


def test_a_running_total_that_shrinks_later_is_still_flagged():
    picture = run(cl("a", 30, claimant="SOHR", kind="places_taken", subject="neighbourhoods", as_of="2023-05-01"),
                  cl("b", 10, claimant="Ministry of Defence", kind="places_taken", subject="neighbourhoods",
                     as_of="2023-05-08"))
    assert [d.severity for d in picture.disputes] == ["low"]


def test_a_figure_without_its_own_date_is_dated_by_its_document():
    from frontwatch.records import Document

    docs = [Document(id=d, text="t", clean_text="t", content_hash=d, published=day)
            for d, day in (("a", "2023-04-20"), ("b", "2023-05-12"))]
    claims = [cl("a", 300000, claimant="Radio A", kind="trapped", as_of=None),
              cl("b", 100000, claimant="UN", kind="trapped", as_of=None)]
    picture = fuse(docs, [DocRecords(c.doc, claims=[c]) for c in claims], Settings(), resolver=None)
    [dispute] = picture.disputes
    assert dispute.severity == "low" and "2023-04-20" in dispute.explanation


def test_open_ended_tolls_from_two_sources_that_differ_are_a_numeric_dispute():
    # "at least 140" and "more than 200" do not rule each other out, but they are two tolls
    picture = run(cl("a", 140, qualifier="at_least", claimant="Health Ministry", kind="killed"),
                  cl("b", 200, qualifier="more_than", claimant="hospital doctors", kind="killed"))
    [dispute] = picture.disputes
    assert dispute.kind == "numeric"
    assert sorted(s["sources"][0] for s in dispute.sides) == ["Health Ministry", "hospital doctors"]


def test_open_ended_tolls_within_the_gap_are_no_dispute():
    picture = run(cl("a", 100, qualifier="more_than", claimant="Health Ministry", kind="killed"),
                  cl("b", 105, qualifier="at_least", claimant="hospital doctors", kind="killed"))
    assert picture.disputes == []


def test_figures_of_civilians_and_of_residents_in_one_place_can_disagree():
    # 'about 6,000 civilians remain trapped in Bakhmut' (the mayor) against 'some 15,000 residents are
    # still waiting in the city' (a Wagner spokesman): the same people, counted twice as far apart
    trapped = dict(kind="trapped", place="Bakhmut")
    picture = run(cl("a", 6000, qualifier="about", claimant="Bakhmut city council", subject="civilians", **trapped),
                  cl("b", 15000, qualifier="about", claimant="Wagner group", subject="residents", **trapped))
    numeric = [d for d in picture.disputes if d.kind == "numeric"]
    assert len(numeric) == 1 and {v for s in numeric[0].sides for v in s["values"]} == {"about 6,000", "about 15,000"}
    # each subject keeps its own group
    assert len({c.group for c in picture.claims}) == 2
    # soldiers are not civilians: no comparison
    picture = run(cl("a", 6000, claimant="Bakhmut city council", subject="civilians", **trapped),
                  cl("b", 15000, claimant="Wagner group", subject="soldiers", **trapped))
    assert [d for d in picture.disputes if d.kind == "numeric"] == []


def test_a_figure_disputed_within_its_subject_is_not_compared_again_across_subjects():
    killed = dict(kind="killed", place="Mosul")
    picture = run(cl("a", 10, claimant="Nineveh health directorate", subject="people", **killed),
                  cl("b", 30, claimant="Airwars", subject="people", **killed),
                  cl("c", 50, claimant="local officials", subject="civilians", **killed))
    assert len([d for d in picture.disputes if d.kind == "numeric"]) == 1


def test_figures_of_another_month_disputed_in_their_group_leave_the_others_comparable():
    # August: two tolls of people in Mosul disagree; October: 7 civilians (a volunteer network) against
    # 11 people (a hospital medic) for another strike, in the same place group
    killed = dict(kind="killed", place="Mosul")
    picture = run(cl("a", 24, claimant="Nineveh health directorate", subject="people", as_of="2017-08-24", **killed),
                  cl("b", 39, claimant="Airwars", subject="people", as_of="2017-08-24", **killed),
                  cl("c", 7, claimant="Mosul volunteer network", subject="civilians", as_of="2017-10-29", **killed),
                  cl("x", 11, claimant="al-Jumhuri hospital", subject="people", as_of="2017-10-29", **killed))
    numeric = sorted(sorted(v for s in d.sides for v in s["values"]) for d in picture.disputes if d.kind == "numeric")
    assert numeric == [["11", "7"], ["24", "39"]]


@pytest.mark.parametrize("a, b, expected", [
    (dict(low=24, high=99, qualifier="about"), dict(low=11), True),          # 'dozens' against 'eleven'
    (dict(low=200, high=900, qualifier="about"), dict(low=80, qualifier="about"), True),   # 'hundreds' vs 80
    (dict(low=24, high=99, qualifier="about"), dict(low=39, qualifier="at_least"), False),  # inside the range
    (dict(low=24, high=99, qualifier="about"), dict(low=23), False),          # within the gap of the floor
    (dict(low=2000, high=9000, qualifier="about"), dict(low=30000), False),   # a loose word is no ceiling
])
def test_an_order_of_magnitude_is_a_floor(a, b, expected):
    assert disagree(cl("x", **a), cl("y", **b), gap=0.1) is expected
    assert disagree(cl("y", **b), cl("x", **a), gap=0.1) is expected


def test_dozens_against_a_figure_below_them_is_a_numeric_dispute():
    killed = dict(kind="killed", subject="soldiers", place="Djibo")
    picture = run(cl("a", 11, claimant="Burkina Faso government", **killed),
                  cl("b", 24, high=99, qualifier="about", claimant="JNIM", **killed))
    assert [d.kind for d in picture.disputes] == ["numeric"]
    picture = run(cl("a", 30, claimant="Burkina Faso government", **killed),
                  cl("b", 24, high=99, qualifier="about", claimant="JNIM", **killed))
    assert picture.disputes == []


def test_a_part_of_a_figure_is_no_rival_count_across_subjects():
    # 'Twenty-eight people were wounded', then 'nine of the wounded were civilian drivers'
    wounded = dict(kind="injured", place="Djibo")
    part = "The defence ministry said on Wednesday that nine of the wounded were civilian lorry drivers."
    picture = run(cl("a", 28, claimant="Burkina Faso government", subject="people", **wounded),
                  cl("b", 9, claimant="Burkina Faso Ministry of Defence", subject="civilians", text=part, **wounded))
    assert picture.disputes == []
    rival = "The defence ministry said on Wednesday that nine civilian lorry drivers were wounded."
    picture = run(cl("a", 28, claimant="Burkina Faso government", subject="people", **wounded),
                  cl("b", 9, claimant="Burkina Faso Ministry of Defence", subject="civilians", text=rival, **wounded))
    assert [d.kind for d in picture.disputes] == ["numeric"]


def test_an_open_ended_figure_below_dozens_is_no_rival():
    killed = dict(kind="killed", subject="soldiers", place="Tikrit")
    picture = run(cl("a", 7, qualifier="at_least", claimant="Iraqi police", **killed),
                  cl("b", 24, high=99, qualifier="about", claimant="Islamic State", **killed))
    assert picture.disputes == []


RIVALS_IN_ONE_SENTENCE = [
    # the second clause names no place of its own (read at the story's town) or only its source's seat
    ("The army put that toll at 58; the mayor of Kouroussa said 66 were killed.",
     dict(low=58, claimant="Guinean army", place="Kouroussa"), dict(low=66, claimant="Kouroussa mayor", place="Kankan")),
    ("Health officials said 23 people died in the camp, while a Goma-based monitor counted 31 dead.",
     dict(low=23, claimant="health officials", place="Sake"), dict(low=31, claimant="Kivu monitor", place="Goma")),
]


@pytest.mark.parametrize("text, first, second", RIVALS_IN_ONE_SENTENCE)
def test_two_sources_figures_in_one_sentence_are_one_topic(text, first, second):
    story = cl("x", low=141, claimant="Guinean army", kind="killed", place="Kankan", as_of="2021-03-24",
               text="By evening the army said 141 people were dead in Kankan.")
    rivals = [cl("y", kind="killed", as_of="2021-03-24", text=text, **fields) for fields in (first, second)]
    picture = run(story, *rivals)
    [dispute] = [d for d in picture.disputes if d.kind == "numeric"]
    assert set(dispute.records) == {c.claim_id for c in rivals}


@pytest.mark.parametrize("text, first, second", RIVALS_IN_ONE_SENTENCE)
def test_figures_of_one_sentence_with_their_own_windows_stay_apart(text, first, second):
    rivals = [cl("y", kind="killed", as_of="2021-03-24", text=text, **fields, period=period)
              for fields, period in ((first, ("2021-01-01", "2021-03-24")), (second, ("2021-03-20", "2021-03-21")))]
    assert not [d for d in run(*rivals).disputes if d.kind == "numeric"]


@pytest.mark.parametrize("part", [
    "MSF said 120 wounded people reached its clinic in Marib since Friday and that 17 of them had died.",
    "Of the 60 injured brought to the Aden hospital, 17 of the wounded later died, a nurse said.",
])
def test_deaths_among_the_wounded_are_a_toll_of_their_own(part):
    # the dead among the wounded count deaths: a rival of another source's toll, not a part of it
    killed = dict(kind="killed", place="Marib", subject="people")
    picture = run(cl("a", 17, claimant="MSF", text=part, **killed),
                  cl("b", 40, qualifier="at_least", claimant="Yemeni health ministry", **killed))
    assert [d.kind for d in picture.disputes] == ["numeric"]


@pytest.mark.parametrize("whole, part", [
    # 'a hospital counted at least 15 bodies' against 'the militia said it killed more than 30 soldiers'
    (dict(low=15, qualifier="at_least", claimant="Mopti hospital", subject="people"),
     dict(low=30, qualifier="more_than", claimant="JNIM", subject="soldiers")),
    # 'the ministry gives 60 dead in all' against 'UNICEF says 95 children died'
    (dict(low=60, claimant="Malian health ministry", subject="people"),
     dict(low=95, claimant="UNICEF", subject="children")),
])
def test_a_part_counted_above_the_whole_is_a_numeric_dispute(whole, part):
    killed = dict(kind="killed", place="Mopti")
    picture = run(cl("a", **whole, **killed), cl("b", **part, **killed))
    assert [d.kind for d in picture.disputes] == ["numeric"]
    # a part below the whole is no dispute: the rest were others
    smaller = dict(part, low=whole["low"] // 3)
    assert run(cl("a", **whole, **killed), cl("b", **smaller, **killed)).disputes == []


def test_two_parts_of_all_people_are_never_compared():
    # soldiers and fighters are two sides: their tolls are no rival counts
    killed = dict(kind="killed", place="Mopti")
    picture = run(cl("a", 12, claimant="Malian army", subject="soldiers", **killed),
                  cl("b", 80, claimant="Malian army spokesman", subject="fighters", **killed))
    assert picture.disputes == []


@pytest.mark.parametrize("first, second", [
    # 'the army says 40 rebels were killed' against 'the rebels say they lost 6 fighters'
    (dict(low=40, claimant="Colombian army", subject="rebels"), dict(low=6, claimant="ELN", subject="fighters")),
    (dict(low=7, claimant="Kachin Independence Army", subject="fighters"),
     dict(low=55, qualifier="more_than", claimant="Myanmar military", subject="rebels")),
])
def test_tolls_of_rebels_and_of_fighters_are_compared(first, second):
    killed = dict(kind="killed", place="Arauca")
    picture = run(cl("a", **first, **killed), cl("b", **second, **killed))
    assert [d.kind for d in picture.disputes] == ["numeric"]


def test_tolls_stated_a_year_apart_are_two_disputes_each_seen_in_its_own_report():
    # Monrovia, July 2003: an aid agency and the government give tolls of the shelling that disagree; a
    # look back a year on gives two other bodies' figures for the same place. Figures more than the
    # comparison window apart never meet, so neither report shows a dispute holding all four.
    killed = dict(kind="killed", place="Monrovia")
    picture = run(
        cl("a", 90, claimant="Liberian government", as_of="2003-07-21",
           text="the government said 90 people had died in the shelling of the port area,", **killed),
        cl("b", 600, qualifier="more_than", claimant="MSF", as_of="2003-07-21",
           text="MSF put the dead at more than 600 after three days of mortar fire", **killed),
        cl("c", 1000, qualifier="about", claimant="Truth and Reconciliation Commission", as_of="2004-07-20",
           text="The commission's researchers now reckon about 1,000 died in Monrovia that July.", **killed),
        cl("x", 350, claimant="Liberian Red Cross", as_of="2004-07-20",
           text="Liberian Red Cross volunteers buried 350 bodies, its secretary-general said.", **killed))
    numeric = [d for d in picture.disputes if d.kind == "numeric"]
    assert sorted(sorted(s["documents"][0] for s in d.sides) for d in numeric) == [["a", "b"], ["c", "x"]]
    assert len({d.dispute_id for d in numeric}) == 2


def test_two_sources_in_sentences_that_share_a_formula_are_no_reprint_of_each_other():
    # Srebrenica: the same short formula with two sources named, in two reports about two places; the
    # words they share make the passages look like one copy, but two named sources are two statements
    picture = run(cl("a", 8000, qualifier="more_than", kind="killed", claimant="ICRC", place="Srebrenica",
                     as_of="1995-08-01", text="The ICRC says more than 8,000 were killed."),
                  cl("b", 8000, qualifier="more_than", kind="killed", claimant="Bosnian government", place="Zepa",
                     as_of="1995-08-01", text="The Bosnian government says more than 8,000 were killed."))
    assert len({c.group for c in picture.claims}) == 2


def _sentence(claimant, low, tail):
    return f"{claimant} said {low} people {tail}."


def test_a_figure_with_no_window_disputes_the_reports_one_window():
    """'The county has registered 3,100 people who fled since Tuesday ... the UN puts the number who fled
    at about 8,000': in one report, a figure that states no window counts the episode the report tells
    (test45's municipal statement, the demo's convoys, the first gold set's toll and a dozen other reports
    write rival figures so), so it disputes the one window the report states for that place."""
    since = ("2023-04-25", "2023-05-01")
    picture = run(cl("a", 3100, claimant="county office", period=since,
                     text=_sentence("The county office", 3100, "had fled since Tuesday")),
                  cl("a", 8000, qualifier="about", claimant="UN", text=_sentence("The UN", 8000, "had fled")))
    [dispute] = [d for d in picture.disputes if d.kind == "numeric"]
    assert sorted(s["sources"][0] for s in dispute.sides) == ["UN", "county office"]


@pytest.mark.parametrize("second", [
    # four dead in one house against a hundred in the week: one incident of the window, no rival
    dict(low=4, claimant="resistance committee", kind="killed"),
    # two windows at that place: which one the unstated figure counts is not guessed
    dict(low=300, claimant="UN", kind="killed", extra_window=("2023-04-30", "2023-05-01")),
])
def test_a_figure_with_no_window_leaves_incidents_and_several_windows_alone(second):
    since = ("2023-04-25", "2023-05-01")
    claims = [cl("a", 100, kind="killed", claimant="health office", period=since,
                 text=_sentence("The health office", 100, "had been killed since Tuesday")),
              cl("a", second["low"], kind="killed", claimant=second["claimant"],
                 text=_sentence(second["claimant"], second["low"], "had died"))]
    if "extra_window" in second:
        claims.append(cl("a", 40, kind="killed", claimant="police", period=second["extra_window"],
                         text=_sentence("Police", 40, "had been killed on Sunday")))
    assert [d for d in run(*claims).disputes if d.kind == "numeric"] == []


def test_a_smaller_figure_with_no_window_is_an_incident_of_the_window():
    """'The regional bureau says more than 90 civilians have died in Adigrat since the siege began ... a
    shell on Friday killed at least 12 in the market, a clinic said': a smaller figure with no window tells
    one incident inside the window, no rival count; a larger one ('about 140 have died, a church group
    says') rivals it."""
    siege = ("2021-03-26", "2021-05-01")
    running = cl("a", 90, qualifier="more_than", kind="killed", subject="civilians", claimant="regional bureau",
                 place="Adigrat", period=siege,
                 text="The regional bureau says more than 90 civilians have died in Adigrat since the siege began.")
    incident = cl("a", 12, qualifier="at_least", kind="killed", subject="civilians", claimant="town clinic",
                  place="Adigrat", text="A shell on Friday left at least 12 civilians dead in the market, a clinic said.")
    assert [d for d in run(running, incident).disputes if d.kind == "numeric"] == []
    rival = cl("a", 140, qualifier="about", kind="killed", subject="civilians", claimant="church group",
               place="Adigrat", text="About 140 civilians are dead, a church group says.")
    assert [d.kind for d in run(running, rival).disputes] == ["numeric"]


def test_figures_of_one_sentence_one_with_a_window_are_no_rivals():
    """'The morgue in X took in nine dead over the weekend, while the clinic in Y counted 14': the
    sentence itself sets the two counts apart."""
    text = "The morgue in Adigrat took in nine dead over the weekend, while the clinic in Adwa counted 14."
    claims = [cl("a", 9, kind="killed", claimant="mortuary", place="Adigrat", period=("2021-04-28", "2021-05-01"),
                 text=text),
              cl("a", 14, kind="killed", claimant="clinic", place="Adigrat", text=text)]
    assert [d for d in run(*claims).disputes if d.kind == "numeric"] == []


def test_a_reprinted_reports_rival_figures_are_one_dispute():
    since = ("2023-04-25", "2023-05-01")
    claims = [cl(doc, low, claimant=who, period=period, text=_sentence(who, low, tail))
              for doc in ("a", "b")
              for low, who, period, tail in ((3100, "county office", since, "had fled since Tuesday"),
                                             (8000, "UN", (None, None), "had fled"))]
    assert len([d for d in run(*claims).disputes if d.kind == "numeric"]) == 1


def test_a_part_that_names_its_people_disputes_another_sources_count_of_them():
    """'The mayor gave a toll of 21, nine of them children' against 'at least 15 children were killed,
    an aid agency said': the part is the mayor's count of the children, a rival of the agency's. A part
    that names no people of its own ('nine of them') stays no rival count."""
    place = dict(kind="killed", place="Gao", as_of="2013-02-10")
    mayor = "The mayor gave a toll of 21, nine of them children, after the car bomb."
    agency = "At least 15 children were killed, an aid agency said."
    picture = run(cl("a", 9, claimant="mayor", subject="children", text=mayor, **place),
                  cl("a", 15, qualifier="at_least", claimant="aid agency", subject="children", text=agency, **place))
    assert [d.kind for d in picture.disputes] == ["numeric"]
    vague = "The mayor gave a toll of 21, nine of them in the market, after the car bomb."
    agency_all = "An aid agency counted at least 15 dead in the market."
    picture = run(cl("a", 9, claimant="mayor", subject="people", text=vague, **place),
                  cl("a", 15, qualifier="at_least", claimant="aid agency", subject="people", text=agency_all, **place))
    assert picture.disputes == []
