"""The evaluator: the matcher on hand-made records, and the accuracy gate on our gold fixtures."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.errors import GoldError
from frontwatch.evaluate import (GoldDocument, Scorer, dates_agree, disputes_by_document, evaluate_corpus,
                                 format_scores, greedy_match, load_gold, prf, score_disputes, values_agree)
from frontwatch.records import Claim, Dispute, DocRecords, Event, Evidence, Picture
from frontwatch.resolve import Resolver
from frontwatch.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "tests" / "eval_floors.json").read_text())


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(Resolver.default(), context="Aleppo")


def event(sub="Government regains territory", location="Sakhour", day="2016-11-28", lo=None, hi=None, **kw) -> Event:
    return Event(event_id=kw.pop("event_id", f"ev-{location}-{day}"), event_type="Battles", sub_event_type=sub,
                 event_date=day, date_earliest=lo or day, date_latest=hi or day, location=location, **kw)


def claim(kind="displaced", low=10000, high=10000, claimant="SOHR", **kw) -> Claim:
    return Claim(claim_id=kw.pop("claim_id", f"c-{kind}-{low}-{claimant}"), kind=kind, subject="people",
                 low=low, high=high, claimant=claimant, **kw)


def gold_event(sub="Government regains territory", location="Sakhour", day="2016-11-28", **kw) -> dict:
    return {"sub_event_type": sub, "location": location, "event_date": day,
            "date_earliest": kw.pop("lo", day), "date_latest": kw.pop("hi", day), **kw}


@pytest.mark.parametrize("pred,gold,agree", [
    (("2016-11-28", "2016-11-28"), ("2016-11-28", "2016-11-28"), True),
    (("2016-11-29", "2016-11-29"), ("2016-11-28", "2016-11-28"), True),      # one day apart
    (("2016-11-30", "2016-11-30"), ("2016-11-28", "2016-11-28"), False),     # two days apart
    (("2016-11-20", "2016-11-27"), ("2016-11-26", "2016-11-28"), True),      # intervals overlap
    ((None, None), ("2016-11-28", "2016-11-28"), False),                     # no date never agrees
])
def test_dates_agree_within_one_day(pred, gold, agree):
    p = {"event_date": pred[0], "date_earliest": pred[0], "date_latest": pred[1]}
    g = {"event_date": gold[0], "date_earliest": gold[0], "date_latest": gold[1]}
    assert dates_agree(p, g) is agree


@pytest.mark.parametrize("pred,gold,agree", [
    ((100, 100), (100, 100), True), ((105, 105), (100, 100), True), ((115, 115), (100, 100), False),
    ((100000, 200000), (300000, 300000), False), ((100000, 200000), (150000, 150000), True),
    ((20000, 90000), (30000, 30000), True), ((None, None), (10, 10), False),
])
def test_values_agree_within_ten_percent(pred, gold, agree):
    assert values_agree(*pred, *gold) is agree


def test_greedy_matching_is_one_to_one_best_first():
    scores = {(0, 0): 0.9, (0, 1): 0.95, (1, 1): 0.5}
    pairs = greedy_match([0, 1], [0, 1], lambda p, g: scores.get((p, g)))
    assert pairs == [(0, 1)]          # 0 takes its best partner; 1 has no one left
    assert greedy_match([0, 1], [0, 1], lambda p, g: 1.0 if p == g else None) == [(0, 0), (1, 1)]


def test_prf_counts():
    assert prf(3, 4, 6) == {"tp": 3, "fp": 1, "fn": 3, "predicted": 4, "gold": 6,
                            "precision": 0.75, "recall": 0.5, "f1": 0.6}
    assert prf(0, 0, 0)["f1"] == 1.0 and prf(0, 2, 0)["precision"] == 0.0


def test_events_match_after_place_alias_resolution(scorer):
    gold = GoldDocument(doc="d", path=Path("d.gold.json"),
                        events=[gold_event(location="al-Sakhour"), gold_event(location="the Hanano district",
                                                                             day="2016-11-26")])
    predicted = [event(location="Sakhour"), event(location="Masaken Hanano", day="2016-11-27"),
                 event(location="Sakhour", event_id="ev-dup")]
    result = scorer.score_document(predicted, [], gold)
    assert (result["events"]["tp"], result["events"]["fp"], result["events"]["fn"]) == (2, 1, 0)


def test_a_wrong_place_type_or_date_is_no_match(scorer):
    gold = GoldDocument(doc="d", path=Path("x"), events=[gold_event()])
    for wrong in (event(location="Fardous"), event(sub="Armed clash"), event(day="2016-12-02")):
        assert scorer.score_document([wrong], [], gold)["events"]["tp"] == 0


def test_date_accuracy_counts_events_matched_on_type_and_place(scorer):
    gold = GoldDocument(doc="d", path=Path("x"), events=[gold_event(), gold_event(location="Fardous")])
    predicted = [event(), event(location="Fardous", day="2016-12-05")]
    result = scorer.score_document(predicted, [], gold)
    assert result["accuracy"]["date"] == {"correct": 1, "total": 2, "value": 0.5}
    assert result["events"]["tp"] == 1


def test_coordinates_are_checked_against_the_gold_place(scorer):
    place = Resolver.default().place("Sakhour")
    gold = GoldDocument(doc="d", path=Path("x"), events=[gold_event(), gold_event(location="Fardous")])
    near = event(latitude=place.latitude + 0.002, longitude=place.longitude)            # ~220 m away
    far = event(location="Fardous", latitude=place.latitude, longitude=place.longitude)  # Sakhour's point
    result = scorer.score_document([near, far], [], gold)
    assert result["accuracy"]["coordinates"] == {"correct": 1, "total": 2, "value": 0.5}


def test_a_gold_place_is_read_in_the_documents_country_not_by_the_main_places_name():
    # the main city's name alone ('Tripoli') is the bigger or curated namesake (Libya's); the
    # document's main place itself keeps the country its text names (Lebanon's)
    from frontwatch.evaluate import _document_context
    from frontwatch.records import Document

    resolver = Resolver.default()
    text = "TRIPOLI, Lebanon — Troops deployed in Tripoli after a night of gunfire between rival districts."
    document = Document(id="d", text=text, clean_text=text, content_hash="h", source="d.txt", published="2023-05-02")
    lebanon = resolver.place("Tripoli", "Lebanon")
    gold = GoldDocument(doc="d", path=Path("x"), events=[gold_event(location="Tripoli")])
    there = event(location="Tripoli", latitude=lebanon.latitude, longitude=lebanon.longitude)
    result = Scorer(resolver, _document_context(resolver, document)).score_document([there], [], gold)
    assert result["accuracy"]["coordinates"]["correct"] == 1


def test_claims_need_kind_claimant_and_value(scorer):
    gold = GoldDocument(doc="d", path=Path("x"), claims=[
        {"kind": "displaced", "low": 10000, "high": 10000, "claimant": "SOHR"},
        {"kind": "killed", "low": 141, "high": 141, "claimant": "SOHR"},
        {"kind": "trapped", "low": 100000, "high": 200000, "claimant": "UN"}])
    predicted = [claim(claimant="the Britain-based monitoring group"),      # alias of SOHR
                 claim(kind="killed", low=141, high=141, claimant="SANA"),   # wrong claimant
                 claim(kind="trapped", low=300000, high=300000, claimant="UN")]  # wrong value
    result = scorer.score_document([], predicted, gold)
    assert (result["claims"]["tp"], result["claims"]["fp"], result["claims"]["fn"]) == (1, 2, 2)
    assert result["accuracy"]["claimant"] == {"correct": 1, "total": 2, "value": 0.5}


def test_a_gold_claimant_given_as_alternatives_matches_either(scorer):
    gold = GoldDocument(doc="d", path=Path("x"), claims=[
        {"kind": "killed", "low": 3, "high": 3, "claimant": "residents / witnesses"},
        {"kind": "killed", "low": 9, "high": 9, "claimant": "residents / witnesses"}])
    predicted = [claim(kind="killed", low=3, high=3, claimant="witnesses"),
                 claim(kind="killed", low=9, high=9, claimant="local officials")]
    result = scorer.score_document([], predicted, gold)
    assert (result["claims"]["tp"], result["claims"]["fp"], result["claims"]["fn"]) == (1, 1, 1)


def test_event_sources_overlap_after_alias_resolution(scorer):
    gold = GoldDocument(doc="d", path=Path("x"), events=[gold_event(sources=["SANA", "rebel official"])])
    result = scorer.score_document([event(sources=["Syria's state news agency"])], [], gold)
    assert result["accuracy"]["event_sources"]["value"] == 1.0


def _picture_with_reprinted_denial() -> tuple[Picture, list[DocRecords]]:
    capture_a = event(event_id="ev-a", evidence=[Evidence("A", 0, 40)])
    denial_a = event(event_id="ev-a-denied", stance="denied", evidence=[Evidence("A", 50, 90)])
    capture_b = event(event_id="ev-b", evidence=[Evidence("B", 0, 40)])
    records = [DocRecords("A", events=[capture_a, denial_a]), DocRecords("B", events=[capture_b])]
    denial = Dispute(dispute_id="dsp-1", kind="denial", topic="Sakhour", records=["ev-fused"], explanation="",
                     sides=[{"stance": "asserted", "records": ["ev-a", "ev-b"]},
                            {"stance": "denied", "records": ["ev-a-denied"]}])
    across = Dispute(dispute_id="dsp-2", kind="numeric", topic="trapped", records=["c-1", "c-2"], explanation="")
    claims = [claim(claim_id="c-1", doc="A", evidence=[Evidence("A", 100, 120)]),
              claim(claim_id="c-2", doc="C", evidence=[Evidence("C", 5, 30)])]
    # document B prints the denial sentence of A word for word: one copy group
    picture = Picture(disputes=[denial, across], claims=claims,
                      copy_groups={"cg-1": ["A:45-95", "B:60-110"]})
    return picture, records


def test_a_dispute_counts_for_documents_that_carry_all_its_sides():
    picture, records = _picture_with_reprinted_denial()
    by_doc, cross = disputes_by_document(picture, records)
    assert by_doc == {"A": ["denial"], "B": ["denial"]}
    assert cross == 1


def test_disputes_match_by_kind():
    assert score_disputes(["denial", "control"], [{"kind": "denial"}])["tp"] == 1
    assert score_disputes(["numeric"], [{"kind": "denial"}])["tp"] == 0


def test_bad_gold_files_are_clear_errors(tmp_path):
    with pytest.raises(GoldError) as exc:
        load_gold(tmp_path / "absent")
    assert "absent" in exc.value.message
    (tmp_path / "x.gold.json").write_text("{not json")
    with pytest.raises(GoldError) as exc:
        load_gold(tmp_path)
    assert "x.gold.json" in exc.value.message
    (tmp_path / "x.gold.json").write_text(json.dumps({"doc": "x", "events": {"no": "list"}}))
    with pytest.raises(GoldError) as exc:
        load_gold(tmp_path)
    assert "events" in exc.value.message


# --------------------------------------------------------------------------- the gate

@pytest.fixture(scope="module", params=[f["name"] for f in FLOORS["fixtures"] if (ROOT / f["corpus"]).is_dir()])
def fixture_scores(request) -> tuple[dict, dict]:
    spec = next(f for f in FLOORS["fixtures"] if f["name"] == request.param)
    scores = evaluate_corpus(ROOT / spec["corpus"], ROOT / spec["gold"], Settings(workers=1))
    return spec, scores


def _value(scores: dict, dotted: str) -> float:
    node = scores
    for part in dotted.split("."):
        node = node[part]
    return node["value"] if isinstance(node, dict) else node


def test_scores_stay_above_the_floors(fixture_scores):
    spec, scores = fixture_scores
    below = {name: (_value(scores, name), floor) for name, floor in spec["floors"].items()
             if (_value(scores, name) or 0.0) < floor}
    assert not below, f"{spec['name']}: below the floors in tests/eval_floors.json: {below}"


def test_every_gold_document_was_in_the_corpus(fixture_scores):
    spec, scores = fixture_scores
    assert scores["missing_documents"] == [] and scores["gold_documents"] >= 5


def test_metadata_taken_from_gold_is_printed(fixture_scores):
    _, scores = fixture_scores
    text = format_scores(scores)
    for taken in scores["metadata_from_gold"]:
        assert taken in text
    for kind in ("events", "claims", "disputes"):
        assert kind in text


def test_a_denial_of_an_own_event_is_one_disputed_event(scorer):
    gold = GoldDocument(doc="d", path=Path("x"), events=[gold_event(stance="disputed",
                                                                    sources=["SANA", "rebel official"])])
    predicted = [event(sources=["SANA"]), event(event_id="ev-denied", stance="denied", sources=["rebel official"]),
                 event(event_id="ev-other-denied", location="Fardous", stance="denied")]
    result = scorer.score_document(predicted, [], gold)
    assert (result["events"]["tp"], result["events"]["fp"]) == (1, 1)     # Fardous's lone denial stays
    assert result["accuracy"]["event_sources"]["value"] == 1.0


def test_a_denial_of_an_own_figure_is_that_figures_claim(scorer):
    # the gold codes the figure once (and a denial dispute); the denier's copy is merged into it
    gold = GoldDocument(doc="d", path=Path("x"), claims=[{"kind": "killed", "low": 300, "high": 300,
                                                          "claimant": "rebel radio"}])
    predicted = [claim(kind="killed", low=300, high=300, claimant="rebel radio"),
                 claim(kind="killed", low=300, high=300, claimant="Malian military", stance="denied"),
                 claim(kind="killed", low=45, high=45, claimant="Malian military", stance="denied")]
    result = scorer.score_document([], predicted, gold)
    assert (result["claims"]["tp"], result["claims"]["fp"]) == (1, 1)     # a lone denied figure stays
