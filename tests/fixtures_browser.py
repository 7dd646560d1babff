"""Fixtures for the briefing, server and browser tests.

A small hand-made situation picture built from short reports we wrote ourselves
(a fictional river city, three quarters, two outlets that share one wire
passage, a denial and two disagreeing figures), the square shapes of its
quarters, and a headless Debian Chromium driven by playwright that records
every request, console message and dialog.
"""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from frontwatch.records import Claim, ControlPeriod, Dispute, Document, Event, Evidence, Picture, content_hash

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]

REPORT_A = """Home | World | Video
Government troops push into Riverside quarter
By a staff reporter, 3 December 2021
Government troops took the Riverside quarter of Tellbridge on Wednesday, the defence ministry said.
A local monitor said at least 12 fighters were killed in clashes near the Old Mill.
Aid workers said about 4,000 people had fled the eastern quarters since Monday.
One opposition commander denied that Riverside had fallen and said fighting went on.
Related: Winter arrives early in the valley
"""

REPORT_B = """Tellbridge offensive: residents flee as front line moves
Published 4 December 2021
Aid workers said about 4,000 people had fled the eastern quarters since Monday.
The city council put the number of displaced people at 9,000 over the same days.
Troops had taken part of the Station district on Monday before pushing further, the ministry said.
Photo: AP / archive
"""


def span_of(doc: Document, sentence: str) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(doc=doc.id, start=start, end=start + len(sentence), text=sentence)


def make_document(doc_id: str, text: str, outlet: str, published: str, url: str | None = None,
                  title: str | None = None) -> Document:
    return Document(id=doc_id, text=text, clean_text=text, content_hash=content_hash(text), outlet=outlet,
                    published=published, published_basis="printed date line", url=url,
                    title=title or text.splitlines()[1 if text.startswith("Home") else 0])


def sample_documents() -> list[Document]:
    return [
        make_document("alpha-01", REPORT_A, "Valley Herald", "2021-12-03", url="https://herald.example/tellbridge"),
        make_document("beta-02", REPORT_B, "Coast Wire", "2021-12-04", url="javascript:alert(1)"),
    ]


def sample_picture(documents: list[Document] | None = None) -> Picture:
    a, b = documents or sample_documents()
    taken = span_of(a, "Government troops took the Riverside quarter of Tellbridge on Wednesday, the defence ministry said.")
    denial = span_of(a, "One opposition commander denied that Riverside had fallen and said fighting went on.")
    clash = span_of(a, "A local monitor said at least 12 fighters were killed in clashes near the Old Mill.")
    station = span_of(b, "Troops had taken part of the Station district on Monday before pushing further, the ministry said.")
    fled_a = span_of(a, "Aid workers said about 4,000 people had fled the eastern quarters since Monday.")
    fled_b = span_of(b, "Aid workers said about 4,000 people had fled the eastern quarters since Monday.")
    council = span_of(b, "The city council put the number of displaced people at 9,000 over the same days.")
    events = [
        Event(event_id="ev-riverside", event_type="Battles", sub_event_type="Government regains territory",
              event_date="2021-12-01", date_earliest="2021-12-01", date_latest="2021-12-01", time_precision=1,
              actor1="Government forces", actor2="Opposition fighters", location="Riverside", admin1="Valley",
              country="Freeland", latitude=10.505, longitude=20.505, geo_precision=1, stance="disputed",
              sources=["Defence Ministry"], outlets=["Valley Herald"], independent_sources=1,
              notes="Government forces took Riverside.", evidence=[taken, denial], docs=["alpha-01"]),
        Event(event_id="ev-mill", event_type="Battles", sub_event_type="Armed clash", event_date="2021-11-30",
              date_earliest="2021-11-29", date_latest="2021-12-01", time_precision=2, actor1="Government forces",
              actor2="Opposition fighters", location="Old Mill", country="Freeland", latitude=10.515,
              longitude=20.49, geo_precision=2, fatalities=12, sources=["Local monitor"], outlets=["Valley Herald"],
              independent_sources=1, evidence=[clash], docs=["alpha-01"]),
        Event(event_id="ev-station", event_type="Battles", sub_event_type="Government regains territory",
              event_date="2021-11-29", date_earliest="2021-11-29", date_latest="2021-11-29", time_precision=1,
              actor1="Government forces", location="Station", country="Freeland", latitude=10.495,
              longitude=20.515, geo_precision=1, sources=["Defence Ministry"], outlets=["Coast Wire"],
              independent_sources=1, evidence=[station], docs=["beta-02"]),
        Event(event_id="ev-shelling", event_type="Explosions/Remote violence",
              sub_event_type="Shelling/artillery/missile attack", event_date="2021-12-02",
              date_earliest="2021-12-02", date_latest="2021-12-02", time_precision=1, location="Riverside",
              country="Freeland", latitude=10.505, longitude=20.505, geo_precision=1, sources=["Local monitor"],
              outlets=["Valley Herald"], independent_sources=1, evidence=[clash], docs=["alpha-01"]),
    ]
    claims = [
        Claim(claim_id="cl-aid", kind="displaced", subject="people", low=4000, high=4000, qualifier="about",
              place="Tellbridge", as_of="2021-12-03", claimant="Aid workers", outlet="Valley Herald",
              group="grp-fled", independent_sources=1, evidence=[fled_a], doc="alpha-01", copy_group="copy-1"),
        Claim(claim_id="cl-aid-b", kind="displaced", subject="people", low=4000, high=4000, qualifier="about",
              place="Tellbridge", as_of="2021-12-04", claimant="Aid workers", outlet="Coast Wire",
              group="grp-fled", independent_sources=1, evidence=[fled_b], doc="beta-02", copy_group="copy-1"),
        Claim(claim_id="cl-council", kind="displaced", subject="people", low=9000, high=9000, place="Tellbridge",
              as_of="2021-12-04", claimant="City council", outlet="Coast Wire", group="grp-council",
              independent_sources=1, evidence=[council], doc="beta-02"),
    ]
    disputes = [
        Dispute(dispute_id="dp-denial", kind="denial", topic="Riverside taken on 2021-12-01",
                records=["ev-riverside"], outlets=["Valley Herald"],
                explanation="The defence ministry reports Riverside taken on 1 December; an opposition commander denies it",
                sides=[{"stance": "asserted", "sources": ["Defence Ministry"], "records": ["ev-riverside"],
                        "outlets": ["Valley Herald"]},
                       {"stance": "denied", "sources": ["opposition commander"], "records": ["ev-riverside"],
                        "outlets": ["Valley Herald"]}],
                evidence=[denial]),
        Dispute(dispute_id="dp-fled", kind="numeric", topic="people displaced in Tellbridge",
                records=["cl-aid", "cl-council"], outlets=["Valley Herald", "Coast Wire"],
                explanation="Aid workers count about 4,000 displaced; the city council counts 9,000",
                sides=[{"stance": "asserted", "sources": ["Aid workers"], "records": ["cl-aid"], "outlets": ["Valley Herald"]},
                       {"stance": "asserted", "sources": ["City council"], "records": ["cl-council"],
                        "outlets": ["Coast Wire"]}]),
    ]
    control = [
        ControlPeriod(place="Station", controller="Government forces", since="2021-11-29", share="partial",
                      basis=["ev-station"], confidence=0.6, latitude=10.495, longitude=20.515),
        ControlPeriod(place="Riverside", controller="Government forces", since="2021-12-01",
                      basis=["ev-riverside"], confidence=0.5, latitude=10.505, longitude=20.505),
        ControlPeriod(place="Old Mill", controller="Opposition fighters", since="2021-11-29", until="2021-12-01",
                      basis=["ev-mill"], confidence=0.4, latitude=10.515, longitude=20.49),
    ]
    return Picture(events=events, claims=claims, disputes=disputes, control=control,
                   copy_groups={"copy-1": [fled_a.ref, fled_b.ref]})


def square(lon: float, lat: float, half: float = 0.005) -> dict:
    ring = [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half],
            [lon - half, lat - half]]
    return {"type": "Polygon", "coordinates": [ring]}


def sample_shapes() -> list[dict]:
    """One GeoJSON collection: Riverside and Station as squares, plus a quarter the picture never names."""
    features = [("Riverside", 20.505, 10.505), ("Station", 20.515, 10.495), ("Hill Gardens", 20.495, 10.495)]
    return [{"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": n}, "geometry": square(lon, lat)} for n, lon, lat in features]}]


# --- browser ---------------------------------------------------------------------------------------

@dataclass
class PageLog:
    """What a page did: every request URL, console error and dialog."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

        def on_dialog(dialog):
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

    def foreign_requests(self) -> list[str]:
        allowed = ("file://", "http://127.0.0.1", "http://localhost", "data:", "about:")
        return [u for u in self.requests if not u.startswith(allowed)]


@pytest.fixture(scope="session")
def chromium_browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def browser_page(chromium_browser):
    context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    log = PageLog()
    log.attach(page)
    yield page, log
    context.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


# --- a live server ---------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn in a thread on 127.0.0.1 and a free port, stopped at the end of the test."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


# --- a store holding the sample picture -------------------------------------------------------------

def store_sample(db: str) -> str:
    from frontwatch.records import DocRecords
    from frontwatch.store import open_store

    docs = sample_documents()
    with open_store(db) as store:
        store.add_batch(docs, [DocRecords(d.id) for d in docs])
        store.replace_picture(sample_picture(docs))
    return db


@pytest.fixture()
def sample_db(tmp_path) -> str:
    """A SQLite store holding the sample documents and picture."""
    return store_sample(str(tmp_path / "frontwatch.db"))


# --- the demo corpus, run once per session --------------------------------------------------------

@dataclass
class DemoRun:
    out_dir: Path
    db: str
    brief: Path


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory) -> DemoRun:
    """The whole pipeline on examples/aleppo-2016, as `make run` does."""
    from frontwatch import pipeline

    examples = Path(__file__).resolve().parent.parent / "examples" / "aleppo-2016"
    out = tmp_path_factory.mktemp("demo-run")
    pipeline.run([examples], out)
    return DemoRun(out, pipeline.default_db(out), out / "brief.html")
