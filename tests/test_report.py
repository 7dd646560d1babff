"""brief.html: one self-contained, inert file whose data survives any article text."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fixtures_browser import make_document, sample_documents, sample_picture, sample_shapes, span_of
from frontwatch.records import Event, Picture
from frontwatch.report import content_security_policy, json_for_script, render_brief, write_brief
from frontwatch.report.evidence import EvidenceIndex
from frontwatch.report.payload import build_payload
from frontwatch.report.shapes import shapes_for

HOSTILE = ('Shelling hit <script>window.__pwned=1</script> the "market" & <img src=x onerror="window.__pwned=2"> '
           'tonight \u2028 said </script><!-- <a href="javascript:alert(1)">x</a> =HYPERLINK("http://evil.example")')


def markup_only(html: str) -> str:
    """The page without its inline script, style and data blocks: what the parser turns into elements."""
    return re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S)


def payload_of(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="fw-data">(.*?)</script>', html, re.S)
    assert match, "the data block is missing"
    return json.loads(match.group(1))


@pytest.fixture()
def brief_html():
    docs = sample_documents()
    return render_brief(docs, sample_picture(docs), shapes=sample_shapes())


def test_brief_is_one_self_contained_file(brief_html):
    assert brief_html.count("<script") == 2          # the data block and one inline script
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=\"(?!data:)", brief_html)
    assert '<link rel="icon" href="data:,">' in brief_html      # so the browser asks for no favicon
    assert not re.search(r"https?://", markup_only(brief_html))
    assert "@import" not in brief_html and "fetch(" not in brief_html and "XMLHttpRequest" not in brief_html
    assert "sourceMappingURL" not in brief_html
    assert "url(images/" not in brief_html


def test_csp_allows_only_the_inline_blocks(brief_html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', brief_html).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp
    script = re.search(r"<script>(.*)</script>", brief_html, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", brief_html, re.S).group(1)
    assert csp == content_security_policy(script, style)


@pytest.mark.parametrize("text", [HOSTILE, "a</script>b", "line\u2028sep\u2029end", "<!--", "&amp;"])
def test_json_for_script_cannot_close_the_block_and_round_trips(text):
    encoded = json_for_script({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "\u2028" not in encoded and "\u2029" not in encoded
    assert json.loads(encoded) == {"t": text}


def test_hostile_article_text_stays_data():
    doc = make_document("evil-1", HOSTILE + "\n", "Bad <b>Outlet</b>", "2022-01-02", url="javascript:alert(1)",
                        title="<script>alert(1)</script>")
    event = Event(event_id="ev-x", event_type="Battles", sub_event_type="Armed clash", event_date="2022-01-01",
                  location="<img src=x onerror=alert(1)>", latitude=1.0, longitude=2.0, sources=["=HYPERLINK(1)"],
                  outlets=["Bad <b>Outlet</b>"], independent_sources=1, evidence=[span_of(doc, HOSTILE)])
    html = render_brief([doc], Picture(events=[event]), shapes=[])
    markup = markup_only(html)
    assert "__pwned" not in markup and "onerror" not in markup and "javascript:" not in markup
    assert markup.count("<script") == 0
    data = payload_of(html)
    assert data["evidence"][event.evidence[0].ref]["text"] == HOSTILE
    assert data["documents"]["evil-1"]["title"] == "<script>alert(1)</script>"


def test_payload_holds_records_evidence_and_active_shapes():
    docs = sample_documents()
    data = build_payload(docs, sample_picture(docs), sample_shapes())
    assert {e["id"] for e in data["events"]} == {"ev-riverside", "ev-mill", "ev-station", "ev-shelling"}
    assert {s["name"]: s["active"] for s in data["shapes"]} == {"Riverside": True, "Station": True, "Hill Gardens": False}
    for event in data["events"]:
        for ref in event["refs"]:
            span = data["evidence"][ref]
            assert docs[0].text[span["start"]:span["end"]] == span["text"] or \
                docs[1].text[span["start"]:span["end"]] == span["text"]
    assert set(data["symbols"]["controllers"]) == {"Government forces", "Opposition fighters"}
    assert data["checks"]["unsupported_sentences"] == 0


def test_records_that_are_sides_of_a_dispute_carry_its_id():
    """The tables mark a disputed figure or event as disputed, linked to the dispute."""
    docs = sample_documents()
    data = build_payload(docs, sample_picture(docs), sample_shapes())
    claims = {c["id"]: c["disputes"] for c in data["claims"]}
    events = {e["id"]: e["disputes"] for e in data["events"]}
    assert claims["cl-aid"] == ["dp-fled"] and claims["cl-council"] == ["dp-fled"] and claims["cl-aid-b"] == []
    assert events["ev-riverside"] == ["dp-denial"] and events["ev-mill"] == []


def test_evidence_context_surrounds_the_span():
    doc = sample_documents()[0]
    index = EvidenceIndex.of([doc])
    ev = span_of(doc, "A local monitor said at least 12 fighters were killed in clashes near the Old Mill.")
    ref = index.add(ev)
    assert index.spans[ref]["text"] == ev.text and index.spans[ref]["before"] == ""   # context comes later
    index.complete()
    span = index.spans[ref]
    assert span["text"] == ev.text
    assert (span["before"] + span["text"] + span["after"]).strip("…") in doc.text
    assert span["before"].endswith("defence ministry said.\n")


def test_evidence_outside_the_document_is_refused():
    doc = sample_documents()[0]
    index = EvidenceIndex.of([doc])
    assert index.add_ref(f"{doc.id}:5-{len(doc.text) + 10}") is None
    assert index.add_ref("not-a-ref") is None


def test_shapes_only_from_collections_that_name_a_place():
    other = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"NAME": "Far Town"}, "geometry": sample_shapes()[0]["features"][0]["geometry"]}]}
    shapes = shapes_for({"riverside"}, sample_shapes() + [other])
    assert [s["name"] for s in shapes if s["active"]] == ["riverside"]
    assert "Far Town" not in {s["name"] for s in shapes}


def test_write_brief_writes_brief_html(tmp_path):
    docs = sample_documents()
    path = write_brief(tmp_path, docs, sample_picture(docs))
    assert path.name == "brief.html" and path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_empty_picture_still_renders():
    html = render_brief([], Picture(), shapes=[])
    data = payload_of(html)
    assert data["events"] == [] and data["sitrep"] == [] and data["stats"]["first"] is None


def test_shapes_found_through_a_preferred_alias():
    shapes = shapes_for({"Riverside Quarter"}, sample_shapes(), aliases={"riverside quarter": "Riverside"})
    assert [s["name"] for s in shapes if s["active"]] == ["Riverside Quarter"]


def test_shipped_gazetteer_aliases_are_read():
    from frontwatch.report.shapes import gazetteer_aliases, gazetteer_shapes

    aliases, collections = gazetteer_aliases(), gazetteer_shapes()
    names = {f["properties"].get("name") for c in collections for f in c["features"]}
    assert aliases and collections
    assert any(target in names for target in aliases.values())


def test_large_pictures_keep_the_best_sourced_records(monkeypatch):
    import frontwatch.report.payload as payload_mod

    monkeypatch.setattr(payload_mod, "MAX_EVENTS", 2)
    docs = sample_documents()
    picture = sample_picture(docs)
    picture.events[1].independent_sources = 5          # the clash at the Old Mill
    picture.events[2].independent_sources = 3          # the station
    data = build_payload(docs, picture, sample_shapes())
    assert [e["id"] for e in data["events"]] == ["ev-station", "ev-mill"]     # date order kept
    assert data["stats"]["events"] == 4


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
                     max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(_JSON)
def test_json_in_pieces_is_the_one_dump_escaped(value):
    whole = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for raw, safe in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        whole = whole.replace(raw, safe)
    assert json_for_script(value) == whole


def test_a_record_of_many_reports_cites_a_sample_reaching_every_document_it_can():
    from frontwatch.records import Evidence
    from frontwatch.report.payload import MAX_REFS, _sample
    evidence = [Evidence(f"d{i % 40}", i, i + 5, "x") for i in range(200)]   # 40 documents, 5 spans each
    shown = _sample(evidence)
    assert len(shown) == MAX_REFS and len({e.doc for e in shown}) == min(40, MAX_REFS)
    assert shown == sorted(shown, key=evidence.index)           # in the record's own order
    assert _sample(evidence[:3]) == evidence[:3]


def test_the_page_carries_exactly_the_spans_it_cites():
    from frontwatch.report.payload import _cited
    docs = sample_documents()
    data = build_payload(docs, sample_picture(docs), sample_shapes())
    assert data["evidence"] and set(data["evidence"]) == _cited(data)
    assert set(data["documents"]) == {span["doc"] for span in data["evidence"].values()}


def test_brief_from_a_store_reads_only_the_texts_it_cites(tmp_path, monkeypatch):
    """A briefing over a store holds cards of every document but reads the text of cited ones only,
    and says exactly what a briefing over the same documents in a list says."""
    from frontwatch.records import DocRecords
    from frontwatch.store import StoredDocuments, open_store

    docs = sample_documents()
    picture = sample_picture(docs)
    cited = {ev.doc for record in [*picture.events, *picture.claims] for ev in record.evidence}
    with open_store(str(tmp_path / "fw.db")) as store:
        store.add_batch(docs, [DocRecords(d.id) for d in docs])
        read: list[str] = []
        original = type(store).document_text
        monkeypatch.setattr(type(store), "document_text", lambda self, doc_id: read.append(doc_id) or
                            original(self, doc_id))
        from_store = render_brief(StoredDocuments(store), picture, shapes=sample_shapes())
    assert from_store == render_brief(docs, picture, shapes=sample_shapes())
    assert read and set(read) <= cited
    assert len(read) == len(set(read))          # each document read once, however many spans it holds


def test_a_brief_that_cannot_be_written_is_a_coded_error_and_the_old_one_stays(tmp_path, monkeypatch):
    """brief.html is written through a temporary file, like the exports: a failed write names the
    file (FW700) and leaves the previous briefing whole instead of half a page."""
    from frontwatch import report
    from frontwatch.errors import OutputError

    documents, picture = sample_documents(), sample_picture()
    path = write_brief(tmp_path, documents, picture)
    before = path.read_bytes()

    def failing(*args, **kwargs):
        yield "<!doctype html><html>"
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "brief_pieces", failing)
    with pytest.raises(OutputError) as caught:
        write_brief(tmp_path, documents, picture)
    assert caught.value.code == "FW700" and "brief.html" in caught.value.message
    assert "No space left on device" in caught.value.message
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".*tmp*"))
