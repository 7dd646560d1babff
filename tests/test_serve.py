"""The JSON API: filters and pagination, marked documents, token-guarded ingest, one error shape."""
from __future__ import annotations

import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from fixtures_browser import LiveServer, sample_documents
from frontwatch.serve import create_app, marked_document
from frontwatch.settings import Settings

TOKEN = "correct-horse-battery"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

NEW_ARTICLE = {
    "id": "gamma-03", "outlet": "Hill Post", "published": "2021-12-06",
    "text": ("Tellbridge, 6 December (Hill Post) - Government forces captured the Hill Gardens district of "
             "Tellbridge on Sunday, state media said.\nAid agencies said at least 2,000 civilians fled the "
             "district over the past two days.\n"),
}


@pytest.fixture()
def client(sample_db):
    app = create_app(sample_db, Settings(serve_token=TOKEN, max_request_bytes=20_000, page_size=2))
    return TestClient(app, raise_server_exceptions=False)


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] == code and body["error"]["message"]
    assert "Traceback" not in response.text and "File \"" not in response.text
    return body["error"]


@pytest.mark.parametrize("url,total,ids", [
    ("/events?limit=10", 4, ["ev-mill", "ev-riverside", "ev-shelling", "ev-station"]),
    ("/events?event_type=battles&date_from=2021-12-01", 2, ["ev-mill", "ev-riverside"]),
    ("/events?date_to=2021-11-29", 2, ["ev-mill", "ev-station"]),
    ("/events?place=riverside&source=Valley%20Herald", 2, ["ev-riverside", "ev-shelling"]),
    ("/events?stance=disputed", 1, ["ev-riverside"]),
    ("/claims?claimant=aid%20workers", 2, ["cl-aid", "cl-aid-b"]),
    ("/claims?source=Coast%20Wire&date_from=2021-12-04", 2, ["cl-aid-b", "cl-council"]),
    ("/disputes?kind=numeric", 1, ["dp-fled"]),
    ("/disputes?source=opposition%20commander", 1, ["dp-denial"]),
])
def test_filters(client, url, total, ids):
    body = client.get(url).json()
    assert body["total"] == total
    key = "event_id" if url.startswith("/events") else "claim_id" if url.startswith("/claims") else "dispute_id"
    assert sorted(i[key] for i in body["items"]) == ids


def test_pagination_reports_totals(client):
    first = client.get("/events").json()           # page_size setting: 2
    second = client.get("/events?offset=2&limit=5").json()
    assert (first["total"], first["limit"], len(first["items"])) == (4, 2, 2)
    assert (second["offset"], len(second["items"])) == (2, 2)
    assert not {e["event_id"] for e in first["items"]} & {e["event_id"] for e in second["items"]}


def test_control_on_a_day(client):
    body = client.get("/control?date=2021-11-30&limit=10").json()
    assert sorted((p["place"], p["controller"]) for p in body["items"]) == [
        ("Old Mill", "Opposition fighters"), ("Station", "Government forces")]
    assert client.get("/control?date=2021-12-02&place=old%20mill").json()["total"] == 0


def test_records_carry_evidence_refs(client):
    event = client.get("/events?stance=disputed").json()["items"][0]
    refs = {e["ref"] for e in event["evidence"]}
    assert all(r.startswith("alpha-01:") for r in refs) and len(refs) == 2


def test_document_with_marked_spans(client):
    body = client.get("/documents/alpha-01").json()
    doc = sample_documents()[0]
    assert body["text"] == doc.text
    assert "".join(s["text"] for s in body["segments"]) == doc.text
    marked = [s for s in body["segments"] if s["marked"]]
    assert any(s["text"].startswith("One opposition commander denied") and "ev-riverside" in s["records"]
               and "dp-denial" in s["records"] for s in marked)
    for span in body["spans"]:
        assert span["records"] and 0 <= span["start"] < span["end"] <= len(doc.text)


def test_marked_document_splits_overlapping_spans():
    from frontwatch.records import Event, Evidence, Picture

    doc = sample_documents()[0]
    picture = Picture(events=[
        Event("a", "Battles", "Armed clash", evidence=[Evidence(doc.id, 10, 30)]),
        Event("b", "Battles", "Armed clash", evidence=[Evidence(doc.id, 20, 40)])])
    segments = marked_document(doc, picture)["segments"]
    assert [(s["start"], s["end"], s["records"]) for s in segments if s["marked"]] == [
        (10, 20, ["a"]), (20, 30, ["a", "b"]), (30, 40, ["b"])]


def test_brief_is_served_live_with_its_policy(client):
    response = client.get("/")
    assert response.status_code == 200 and response.text.startswith("<!DOCTYPE html>")
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert response.headers["x-content-type-options"] == "nosniff"


def test_openapi_docs_are_local(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/assets/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn." not in docs.text
    assert client.get("/assets/swagger-ui/swagger-ui-bundle.js").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/events", "/claims", "/disputes", "/control", "/documents", "/documents/{doc_id}"} <= set(schema["paths"])
    assert "Article" in schema["components"]["schemas"]


# --- errors: one shape for every status ----------------------------------------------------------

def test_error_shape_404(client):
    assert_error(client.get("/nowhere"), 404, "FW604")
    assert "gamma" in assert_error(client.get("/documents/gamma"), 404, "FW604")["message"]


def test_error_shape_401(client):
    assert_error(client.post("/documents", json=NEW_ARTICLE), 401, "FW601")
    response = client.post("/documents", json=NEW_ARTICLE, headers={"Authorization": "Bearer wrong"})
    assert_error(response, 401, "FW601")
    assert response.headers["www-authenticate"] == "Bearer"
    assert_error(client.post("/documents", json=NEW_ARTICLE, headers={"Authorization": TOKEN}), 401, "FW601")


def test_writes_disabled_without_a_configured_token(sample_db):
    client = TestClient(create_app(sample_db, Settings(serve_token="")), raise_server_exceptions=False)
    assert_error(client.post("/documents", json=NEW_ARTICLE, headers={"Authorization": "Bearer "}), 403, "FW603")
    assert client.get("/status").json()["writes_enabled"] is False


def test_error_shape_413(client):
    big = {**NEW_ARTICLE, "text": "word " * 10_000}
    assert_error(client.post("/documents", json=big, headers=AUTH), 413, "FW613")

    def chunks():                               # no Content-Length: the body is counted as it streams
        for _ in range(30):
            yield b"x" * 1000

    assert_error(client.post("/documents", content=chunks(), headers=AUTH), 413, "FW613")


@pytest.mark.parametrize("body,where", [
    ({"id": "x"}, "text"),
    ([{"id": "ok", "text": "fine"}, {"text": "no id"}], "article 1.id"),
    ({"id": "x", "text": "t", "published": "yesterday"}, "published"),
    ([], "empty"),
])
def test_error_shape_422(client, body, where):
    assert where in assert_error(client.post("/documents", json=body, headers=AUTH), 422, "FW622")["message"]


def test_error_shape_422_for_bad_json_and_bad_query(client):
    assert_error(client.post("/documents", content=b"{not json", headers=AUTH), 422, "FW622")
    assert_error(client.get("/events?date_from=28-11-2016"), 422, "FW622")
    assert_error(client.get("/events?limit=0"), 422, "FW622")


@pytest.mark.parametrize("url, says", [
    ("/events?date_from=2016-13-45", "date_from"),          # the shape of a date, but no real day
    ("/events?stance=bogus", "asserted, denied, disputed"),
    ("/claims?stance=disputed", "asserted, denied, hedged"),
    ("/events?contry=Narnia", "unknown query parameter contry"),
    ("/claims?claimant=UN&foo=1", "unknown query parameter foo"),
])
def test_a_filter_that_cannot_match_is_an_error_not_an_empty_or_full_page(client, url, says):
    assert says in assert_error(client.get(url), 422, "FW622")["message"]


def test_a_stance_filter_ignores_case(client):
    assert client.get("/events?stance=Disputed").json()["total"] == 1


def test_the_page_itself_takes_any_query(client):
    assert client.get("/?utm_source=mail").status_code == 200


def test_error_shape_500_hides_internals(client):
    def broken():
        raise RuntimeError("secret internal detail /etc/passwd")

    client.app.state.holder.current = broken
    error = assert_error(client.get("/events"), 500, "FW650")
    assert "secret" not in str(error)


def test_hostile_text_is_json_data(sample_db):
    from frontwatch.records import DocRecords
    from frontwatch.store import open_store

    from fixtures_browser import make_document

    evil = make_document("evil-9", "x <script>alert(1)</script> =HYPERLINK(\"http://e\")\n", "O", "2021-12-01")
    with open_store(sample_db) as store:
        store.add_batch([evil], [DocRecords(evil.id)])
    client = TestClient(create_app(sample_db, Settings()))
    response = client.get("/documents/evil-9")
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["text"] == evil.text


# --- ingest through the pipeline --------------------------------------------------------------------

def test_post_ingests_and_updates_the_picture(sample_db):
    with LiveServer(create_app(sample_db, Settings(serve_token=TOKEN))) as server:
        before = httpx.get(f"{server.url}/status").json()
        response = httpx.post(f"{server.url}/documents", json=[NEW_ARTICLE], headers=AUTH, timeout=120)
        assert response.status_code == 201, response.text
        result = response.json()
        assert (result["read"], result["new"], result["problems"]) == (1, 1, [])
        after = httpx.get(f"{server.url}/status").json()
        assert after["documents"] == before["documents"] + 1 and after["version"] == before["version"] + 1
        stored = httpx.get(f"{server.url}/documents/gamma-03").json()
        assert stored["outlet"] == "Hill Post" and stored["text"] == NEW_ARTICLE["text"]
        again = httpx.post(f"{server.url}/documents", json=NEW_ARTICLE, headers=AUTH, timeout=120)
        assert again.status_code == 200            # nothing created this time
        assert (again.json()["new"], again.json()["unchanged"]) == (0, 1)


def test_reads_are_answered_during_an_ingest(sample_db, monkeypatch):
    import frontwatch.serve as serve

    started, release = threading.Event(), threading.Event()
    real = serve.ingest_articles

    def slow_ingest(*args, **kwargs):
        started.set()
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(serve, "ingest_articles", slow_ingest)
    with LiveServer(create_app(sample_db, Settings(serve_token=TOKEN))) as server:
        outcome = {}
        poster = threading.Thread(target=lambda: outcome.update(r=httpx.post(
            f"{server.url}/documents", json=NEW_ARTICLE, headers=AUTH, timeout=120)))
        poster.start()
        assert started.wait(10)
        timings = []
        for _ in range(5):
            t0 = time.perf_counter()
            assert httpx.get(f"{server.url}/events", timeout=5).json()["total"] == 4
            timings.append(time.perf_counter() - t0)
        release.set()
        poster.join(120)
        assert outcome["r"].status_code == 201
        assert max(timings) < 2.0


def test_events_carry_the_region_and_source_scale_that_events_csv_gives(tmp_path):
    """GET /events gave region null and no source_scale where events.csv says 'Middle East' and
    'International': an analyst reading both must see one event, not two."""
    from frontwatch.export import event_row
    from frontwatch.records import Event, Evidence, Picture
    from frontwatch.resolve import Resolver
    from frontwatch.store import open_store

    event = Event(event_id="ev-sy", event_type="Battles", sub_event_type="Armed clash", event_date="2016-11-22",
                  country="Syria", iso=760, location="Aleppo", sources=["SOHR"], outlets=["Reuters"],
                  independent_sources=1, evidence=[Evidence("d1", 0, 5, "Clash")], docs=["d1"])
    db = str(tmp_path / "frontwatch.db")
    with open_store(db) as store:
        store.replace_picture(Picture(events=[event]))
    client = TestClient(create_app(db, Settings()), raise_server_exceptions=False)
    [item] = client.get("/events").json()["items"]
    row = event_row(event, Resolver.default())
    assert row["region"] == "Middle East" and row["source_scale"] == "International"
    assert (item["region"], item["source_scale"]) == (row["region"], row["source_scale"])


def test_a_post_skips_what_run_skips_and_says_why(sample_db):
    """A posted 'article' of five characters was stored as a document with no problem reported;
    `frontwatch run` sets such a text aside (FW116). The API now decides as run does."""
    from frontwatch.store import open_store

    client = TestClient(create_app(sample_db, Settings(serve_token=TOKEN)), raise_server_exceptions=False)
    undated = {key: value for key, value in NEW_ARTICLE.items() if key != "published"}
    response = client.post("/documents", json=[{"id": "tiny", "text": "short"}, undated], headers=AUTH)
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["read"], body["new"]) == (2, 1)
    assert any(line.startswith("skipped FW116: request body line:1") for line in body["problems"]), body
    assert any(line.startswith("note FW117: request body line:2") for line in body["problems"]), body
    with open_store(sample_db) as store:
        assert "tiny" not in store.known_hashes()
