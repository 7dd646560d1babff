"""Metadata: outlet, title, published date with its basis, dateline."""
from __future__ import annotations

from datetime import date

import pytest

from frontwatch.clean import clean
from frontwatch import metadata
from frontwatch.metadata import find_dateline, load_outlets, parse_date_line
from frontwatch.records import RawDocument
from frontwatch.settings import Settings

BODY = ("Government troops and allied militias pushed into two more districts on Monday, "
        "a war monitor said, as thousands of residents fled towards the west of the city.")
WORDS = frozenset({"published", "updated", "on", "at", "pm", "am", "gmt", "monday", "by", "|", "-", "/"})


def doc_of(text: str, **fields):
    return clean(RawDocument(id="m", text=text, source=fields.pop("source", "m.txt"), **fields), Settings())


# ---- published ---------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("December 4, 2016, 6:19 PM", "2016-12-04"),
    ("28 November, 2016", "2016-11-28"),
    ("Published 8:45 PM, June 30, 2017", "2017-06-30"),
    ("Monday 7 December 2015 10:02 GMT", "2015-12-07"),
    ("Published: 2023-04-20 | Updated: 2023-04-21", "2023-04-20"),
    ("Updated: 21 Apr 2023 | Published: 20 Apr 2023", "2023-04-20"),
    ("June 10, 202410:45 AM GMTUpdated 2 hours ago", "2024-06-10"),
    ("10.03.2022, 14:20", "2022-03-10"),
    ("Posted 25/12/2016", "2016-12-25"),
    ("Posted 12/25/2016", "2016-12-25"),
    ("Published on 21/04/2016 at 18h05 | By our correspondent in Maiduguri", "2016-04-21"),
    ("Reporting period: 8-14 March 2021 | Issued: 15/03/2021", "2021-03-15"),
    ("Issued 2 June 2022 (10:00)", "2022-06-02"),
])
def test_date_lines_are_read(line, expected):
    parsed, _ = parse_date_line(line, WORDS)
    assert parsed.isoformat() == expected


@pytest.mark.parametrize("line", [
    "The army said it had retaken the district on December 4, 2016, after weeks of fighting.",
    "FROM NOV. 26",
    "Casualties rose sharply in March",
    "03/04/2022",
])
def test_sentences_and_yearless_dates_are_not_date_lines(line):
    assert parse_date_line(line, WORDS) is None


def test_printed_date_line_gives_published_and_its_words():
    doc = doc_of(f"City falls after a long siege\n\nBy Levant Wire\nMarch 3, 2022, 10:15 AM\n\n{BODY}\n")
    assert doc.published == "2022-03-03"
    assert doc.published_basis == "printed date line 'March 3, 2022, 10:15 AM'"


def test_a_date_line_with_a_byline_after_a_bar_is_kept_and_read():
    doc = doc_of("Cabo Delgado: insurgents raid a port town\n\n"
                 f"Published on 25/03/2021 at 07h40 | By our correspondent in Pemba\n\n{BODY}\n")
    assert doc.published == "2021-03-25"
    assert "By our correspondent in Pemba" in doc.clean_text


def test_dates_in_furniture_and_in_sentences_are_not_the_publication_date():
    text = ("City falls after a long siege\n\nFROM NOV. 26, 2016: Families flee on foot 2:38\n\n"
            "Image: Smoke over the city, November 20, 2016. JOHN DOE / AFP - Getty Images\n\n"
            f"{BODY}\n\nThe siege began on July 17, 2016, the monitor said.\n")
    doc = doc_of(text)
    assert doc.published is None
    assert doc.published_basis == "no date printed in the text and none given on the command line"


def test_given_date_wins_over_the_printed_one():
    doc = doc_of(f"Headline of the day here\nMarch 3, 2022\n\n{BODY}", published="2022-03-05",
                 published_basis="given on the command line (--published 2022-03-05)")
    assert (doc.published, doc.published_basis) == ("2022-03-05", "given on the command line (--published 2022-03-05)")


def test_a_printed_date_in_the_future_is_ignored_and_said_so():
    doc = doc_of(f"Headline of the day here\nMarch 3, 2099\n\n{BODY}")
    assert doc.published is None
    assert "in the future" in doc.published_basis


def test_html_page_date_is_used_when_the_text_prints_none():
    doc = doc_of(BODY, html="<html></html>", page_date="2017-07-10")
    assert doc.published == "2017-07-10" and "metadata" in doc.published_basis


def test_unknown_date_basis_names_what_was_looked_at_for_a_json_line():
    doc = doc_of(BODY, source="feed.jsonl:4")
    assert doc.published is None
    assert "no published field in the JSON line" in doc.published_basis


# ---- outlet ------------------------------------------------------------------------------

def test_outlet_field_is_canonicalised_or_kept_as_given():
    assert doc_of(BODY, outlet="Associated Press").outlet == "AP"
    assert doc_of(BODY, outlet="Some Local Paper").outlet == "Some Local Paper"


def test_outlet_from_url_domain():
    assert doc_of(BODY, url="https://www.aljazeera.com/news/2023/4/20/x").outlet == "Al Jazeera"
    assert doc_of(BODY, url="https://news.kyivindependent.com/a").outlet == "The Kyiv Independent"


def test_outlet_from_byline_glued_or_not():
    assert doc_of(f"Rebels lose ground in the north\n\nByABC News\n\n{BODY}").outlet == "ABC News"
    assert doc_of(f"Rebels lose ground in the north\n\nBy Sudan Tribune\n\n{BODY}").outlet == "Sudan Tribune"


def test_outlet_from_agency_dateline_and_host_in_navigation():
    text = f"Skip to more Orontes Post sites\n\nRebels lose ground in the north\n\nBEIRUT (Reuters) — {BODY}\n"
    doc = doc_of(text)
    assert doc.outlet == "Reuters (via Orontes Post)"
    assert doc.dateline == "BEIRUT (Reuters) —"


@pytest.mark.parametrize("top, bottom, expected", [
    ("DELTA EVENING COURIER\nHome | World | Sport\n", "", "Delta Evening Courier"),
    ("DELTA RADIO — English Service\nListen live | News\n", "", "Delta Radio"),     # an edition after a dash
    ("", "Copyright (c) 2021 Upland Morning Gazette. All rights reserved.", "Upland Morning Gazette"),
    ("", "Savanna Wire Service. All rights reserved.", "Savanna Wire Service"),
    ("By Lakeside Ledger staff\n", "", "Lakeside Ledger"),
    ("Breaking News\n", "", None),               # a section label, not a paper's name
    ("By staff reporters\n", "", None),
    ("Highland Courier staff\n", "", "Highland Courier"),    # a staff byline without 'By'
    ("Medical staff\n", "", None),
])
def test_an_outlet_missing_from_the_table_is_read_from_the_page(top, bottom, expected):
    doc = doc_of(f"{top}Rebels lose ground in the north\n\n{BODY}\n\n{bottom}\n")
    assert doc.outlet == expected


def test_a_masthead_below_a_cookie_banner_is_the_outlet():
    banner = "We use cookies to improve your experience. By continuing you accept our cookie policy. [Accept]"
    doc = doc_of(f"{banner}\n\nSahel Morning Herald\nBy Awa Traore, staff correspondent\n\n"
                 f"Rebels lose ground in the north\n\n{BODY}\n")
    assert doc.outlet == "Sahel Morning Herald"


@pytest.mark.parametrize("title, expected", [
    ("Army retakes the airport; rebels deny it | Sahel Observer Online", "Sahel Observer Online"),
    ("Army retakes the airport - Analysis", None),          # a section, not a paper's name
    ("Army retakes the airport", None),
])
def test_an_unlisted_outlet_is_read_from_the_end_of_the_page_title(title, expected):
    doc = doc_of(f"Rebels lose ground in the north\n\n{BODY}\n", html=f"<html><title>{title}</title></html>")
    assert doc.outlet == expected


def test_masthead_matching_the_url_domain_is_the_outlet():
    doc = doc_of(f"Kestrel\n\nRebels lose ground in the north\n\n{BODY}\n", url="https://www.kestrel.example/a/1")
    assert doc.outlet == "Kestrel"


def test_photo_agency_in_a_caption_is_not_the_outlet():
    doc = doc_of(f"Rebels lose ground in the north\n\n{BODY}\n\nSmoke over the city. JOHN DOE / AFP - Getty Images\n")
    assert doc.outlet is None


def test_outlet_aliases_table_has_every_row_canonical():
    outlets = load_outlets()
    for name in ["NBC News", "ABC News", "DW", "CNN", "The New Arab", "Levant Wire", "Orontes Post",
                 "Meridian Daily", "Crossroads Radio", "Northgate Herald", "Gulf Evening Chronicle"]:
        assert outlets.canonical(name) == name
    assert outlets.canonical("Deutsche Welle") == "DW"
    assert outlets.mentioned("told The Associated Press and AFP") == ["AP", "AFP"]
    assert outlets.mentioned("a map of the area") == []       # short all-caps names match as written


# ---- title and dateline --------------------------------------------------------------------

def test_title_is_the_first_headline_like_line_or_the_html_title():
    assert doc_of(f"Conflicts\n\nArmy pushes into the east\n\nMay 2, 2017\n\n{BODY}").title == "Army pushes into the east"
    assert doc_of(BODY, title="From the page  metadata").title == "From the page metadata"
    assert doc_of(BODY).title is None


@pytest.mark.parametrize("line, expected", [
    ("ALEPPO, Syria (AP) — Syrian troops and their allies pushed further into the city", "ALEPPO, Syria (AP) —"),
    ("BEIRUT — Syrian troops and their allies pushed further into the city", "BEIRUT —"),
    ("KHARTOUM, April 16 (Reuters) - Fighting raged on across the capital for a second day", "KHARTOUM, April 16 (Reuters) -"),
    ("MARAWI CITY, Philippines – Government troops retook two more villages on Friday", "MARAWI CITY, Philippines –"),
    # a place's capitals keep their accents
    ("BOGOTÁ (CW) - Dissident fighters ambushed a patrol in Cauca on Monday, the army said", "BOGOTÁ (CW) -"),
    ("SÃO TOMÉ — Coastguard boats searched the bay for a second night on Thursday", "SÃO TOMÉ —"),
    ("(CNN)Syrian government forces and their allies made gains on Monday", "(CNN)"),
    ("— -- Moscow's defence ministry says the Syrian army now holds several more", None),
    ("UN officials said on Monday that the convoys were ready to move", None),
    ("US-backed militias said on Tuesday they had taken full control of the city", None),
])
def test_dateline(line, expected):
    assert find_dateline([line]) == expected


@pytest.mark.parametrize("lines, outlet", [
    (["BBC Chief International Correspondent Omar Farah reports from Kyiv."], "BBC News"),
    (["Fighting went on.", "Al Jazeera's Senior Reporter Jane Doe said the road was cut."], "Al Jazeera"),
    (["BBC correspondent Omar Farah"], None),       # the title is capitalised when it names the reporter
    (["The BBC said it had no correspondent there."], None),
])
def test_the_outlet_of_a_named_correspondent(lines, outlet):
    assert metadata._named_correspondent(metadata.load_outlets(""), lines) == outlet
