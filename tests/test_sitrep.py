"""The situation report: every sentence generated from records and cited to evidence."""
from __future__ import annotations

from pathlib import Path

import pytest

from fixtures_browser import sample_documents, sample_picture
from frontwatch.records import Claim, ControlPeriod, Document, Event, Evidence, Picture
from frontwatch.report.evidence import EvidenceIndex
from frontwatch.report.sitrep import claim_sentence, format_value, human_date, situation_report, unsupported_sentences


@pytest.fixture()
def report():
    docs = sample_documents()
    index = EvidenceIndex.of(docs)
    return situation_report(sample_picture(docs), index), index


def test_every_sentence_cites_an_evidence_span(report):
    sections, index = report
    assert [s.key for s in sections] == ["changed", "events", "claims", "disputes", "sources"]
    assert unsupported_sentences(sections, index.spans) == []
    for section in sections:
        for sentence in section.sentences:
            assert sentence.refs
            for ref in sentence.refs:
                doc_id = index.spans[ref]["doc"]
                start, end = index.spans[ref]["start"], index.spans[ref]["end"]
                assert index.text_of(doc_id)[start:end] == index.spans[ref]["text"]


def test_control_changes_come_in_date_order_with_partial_control(report):
    sections, _ = report
    changed = [s.text for s in sections[0].sentences]
    assert changed[0].startswith("Opposition fighters took control of Old Mill on 29 November 2021")
    assert "held it until 1 December 2021" in changed[0]
    assert any("control of part of Station" in s for s in changed)


def test_disputes_name_both_sides(report):
    sections, _ = report
    disputed = " ".join(s.text for s in sections[3].sentences)
    assert "Denial:" in disputed and "opposition commander denies it" in disputed
    assert "Figures disagree:" in disputed and "9,000" in disputed


def test_reprinted_passage_is_reported_once(report):
    sections, _ = report
    reprint = [s for s in sections[4].sentences if "same copy" in s.text]
    assert len(reprint) == 1 and "Coast Wire and Valley Herald" in reprint[0].text
    assert len(reprint[0].refs) == 2


def test_a_denied_capture_is_told_as_disputed():
    text = "Troops captured the village of Orchard on Monday, the ministry said. The militia denied it had fallen."
    event = Event(event_id="ev-1", event_type="Battles", sub_event_type="Government regains territory",
                  event_date="2021-11-29", location="Orchard", actor1="Army", stance="disputed",
                  sources=["ministry"], evidence=[Evidence("d1", 0, len(text), text)])
    period = ControlPeriod(place="Orchard", controller="Army", since="2021-11-29", basis=["ev-1"])
    index = EvidenceIndex.of([Document(id="d1", text=text, clean_text=text, content_hash="h1")])
    [changed] = [s for s in situation_report(Picture(events=[event], control=[period]), index) if s.key == "changed"]
    assert changed.sentences[0].text.endswith("; the report is disputed.")


def test_sentence_without_evidence_is_dropped():
    event = Event(event_id="ev-1", event_type="Battles", sub_event_type="Armed clash", event_date="2020-05-01",
                  location="Nowhere", evidence=[])
    sections = situation_report(Picture(events=[event]), EvidenceIndex.of([]))
    assert sections == []


def test_unsupported_sentences_flags_a_missing_span():
    from frontwatch.report.sitrep import Section, Sentence

    sections = [Section("events", "Main events", [Sentence("Something happened.", ["d:1-5"])])]
    assert unsupported_sentences(sections, {}) == ["Something happened."]


@pytest.mark.parametrize("low,high,qualifier,kind,expected", [
    (4000, 4000, "about", "displaced", "about 4,000"),
    (100000, 200000, "between", "trapped", "between 100,000 and 200,000"),
    (3000, 3000, "more_than", "buildings_taken", "more than 3,000"),
    (52, 52, "exact", "territory_share", "52%"),
    (None, None, "exact", "killed", "an unstated number"),
    (12.5, 12.5, "nearly", "territory_share", "nearly 12.5%"),
])
def test_format_value(low, high, qualifier, kind, expected):
    claim = Claim(claim_id="c", kind=kind, subject=None, low=low, high=high, qualifier=qualifier)
    assert format_value(claim) == expected


@pytest.mark.parametrize("stance,start", [("asserted", "According to ICRC, at least 30,000 people were displaced"),
                                          ("hedged", "By an estimate of ICRC, at least 30,000 people"),
                                          ("denied", "ICRC denies that at least 30,000 people were displaced")])
def test_claim_sentence_follows_the_stance(stance, start):
    claim = Claim(claim_id="c", kind="displaced", subject="people", low=30000, high=30000, qualifier="at_least",
                  claimant="ICRC", stance=stance, place="Eastern Aleppo", as_of="2016-12-04",
                  evidence=[Evidence("d", 0, 5, "words")])
    text = claim_sentence(claim)
    assert text.startswith(start) and text.endswith("in Eastern Aleppo (as of 4 December 2016).")


def test_human_date():
    assert human_date("2016-11-28") == "28 November 2016"
    assert human_date(None) == "an unknown date"
    assert human_date("2016-13") == "2016-13"


SEEDS = Path(__file__).resolve().parent.parent / ".." / "shared" / "corpus" / "seeds"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> str:
    """The whole pipeline on the seed articles (the same corpus the evaluation gate reads)."""
    from frontwatch import pipeline

    out = tmp_path_factory.mktemp("seeds-run")
    pipeline.run([SEEDS], out)
    return pipeline.default_db(out)


@pytest.mark.parametrize("corpus", ["demo", "seeds"] if SEEDS.is_dir() else ["demo"])
def test_report_cites_evidence_for_every_sentence(corpus, request):
    from frontwatch.store import open_store

    db = request.getfixturevalue("demo_run").db if corpus == "demo" else request.getfixturevalue("seeds_db")
    with open_store(db) as store:
        documents, picture = store.documents(), store.picture()
    index = EvidenceIndex.of(documents)
    sections = situation_report(picture, index)
    assert sum(len(s.sentences) for s in sections) >= 10
    assert {"changed", "events", "claims", "disputes"} <= {s.key for s in sections}
    assert unsupported_sentences(sections, index.spans) == []
    texts = {d.id: d.text for d in documents}
    for section in sections:
        for sentence in section.sentences:
            for ref in sentence.refs:
                span = index.spans[ref]
                assert texts[span["doc"]][span["start"]:span["end"]] == span["text"] != ""


def test_a_claim_sentence_gives_the_other_claimants_figures():
    """'X gave figures in the same group' hid the disagreement; the sentence now states them."""
    def claim(cid, claimant, low, qualifier="exact"):
        return Claim(claim_id=cid, kind="killed", subject="people", low=low, high=low, qualifier=qualifier,
                     claimant=claimant, place="Tellbridge", evidence=[Evidence("d", 0, 5, "words")])

    lead, other, again = claim("a", "Health Ministry", 26, "at_least"), claim("b", "Red Crescent", 45), claim("c", "Red Crescent", 45)
    text = claim_sentence(lead, [lead, other, again])
    assert text.startswith("According to Health Ministry, at least 26 people were killed")
    assert text.endswith("; Red Crescent gave 45.")
