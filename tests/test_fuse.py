"""Fusion end to end on hand-built records of our own texts (tests/fusekit.py)."""
from __future__ import annotations

import random

import pytest
from fusekit import TAKEN, corpus, records

from frontwatch.fuse import FusionStats, fuse, fuse_store
from frontwatch.settings import Settings
from frontwatch.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def picture():
    documents, recs = corpus()
    return fuse(documents, recs, Settings())


def _events_at(picture, place, sub=TAKEN):
    return [e for e in picture.events if e.location == place and e.sub_event_type == sub]


def test_capture_reported_by_two_outlets_is_one_disputed_event(picture):
    [sakhour] = _events_at(picture, "Sakhour")
    assert sakhour.outlets == ["Daily Ledger", "Gulf Wire Review"]
    assert sakhour.stance == "disputed"
    assert sakhour.docs == ["gulfwire", "ledger"]
    assert len(sakhour.members) == 4 and len(sakhour.evidence) == 4
    assert sakhour.independent_sources == 2          # SANA and SOHR assert it; the denial is not counted


def test_reprinted_denial_is_one_dispute_with_both_outlets(picture):
    [sakhour] = _events_at(picture, "Sakhour")
    denials = [d for d in picture.disputes if d.kind == "denial"]
    assert len(denials) == 1
    [denial] = denials
    assert denial.records == [sakhour.event_id]
    assert denial.outlets == ["Daily Ledger", "Gulf Wire Review"]
    asserted, denied = denial.sides
    assert asserted["sources"] == ["SANA", "SOHR"] and denied["sources"] == ["rebel official"]
    assert denied["independent_sources"] == 1       # one wire quote printed twice


def test_one_ministry_statement_in_two_outlets_is_one_source(picture):
    buildings = [c for c in picture.claims if c.kind == "buildings_taken"]
    assert len(buildings) == 2
    assert len({c.group for c in buildings}) == 1
    assert {c.independent_sources for c in buildings} == {1}


def test_wording_variants_of_one_statement_are_no_dispute(picture):
    surrendered = {c.claim_id for c in picture.claims if c.kind == "surrendered"}
    assert not [d for d in picture.disputes if set(d.records) & surrendered]


def test_disagreeing_weekend_figures_are_a_numeric_dispute(picture):
    displaced = {c.claim_id for c in picture.claims if c.kind == "displaced"}
    [dispute] = [d for d in picture.disputes if d.kind == "numeric" and set(d.records) == displaced]
    assert dispute.severity == "normal"
    assert "10,000" in dispute.explanation and "20,000" in dispute.explanation


def test_figures_of_different_dates_are_a_low_dispute(picture):
    trapped = {c.claim_id for c in picture.claims if c.kind == "trapped"}
    [dispute] = [d for d in picture.disputes if set(d.records) == trapped]
    assert dispute.severity == "low" and "2016-11-22" in dispute.explanation


def test_district_taken_in_two_stages(picture):
    hanano = [(p.share, p.since, p.until) for p in picture.control if p.place == "Masaken Hanano"]
    assert hanano == [("partial", "2016-11-22", "2016-11-26"), ("full", "2016-11-26", None)]


def test_same_place_weeks_apart_is_not_merged(picture):
    saeed = [e for e in picture.events if e.location == "Sheikh Saeed"]
    assert sorted(e.sub_event_type for e in saeed) == ["Armed clash", TAKEN]


def test_fusion_is_deterministic_whatever_the_input_order():
    documents, recs = corpus()
    first = fuse(documents, recs, Settings())
    shuffled = list(recs)
    random.Random(7).shuffle(shuffled)
    for rec in shuffled:
        random.Random(3).shuffle(rec.events)
    assert fuse(list(reversed(documents)), shuffled, Settings()) == first


def test_stats_count_the_work():
    documents, recs = corpus()
    stats = FusionStats()
    fuse(documents, recs, Settings(), stats=stats)
    assert stats.passages == 15 and stats.copy_groups == 1
    assert stats.candidate_pairs > 0 and stats.event_blocks >= 3


def _store_with(tmp_path, docs):
    store = SQLiteStore(tmp_path / "fw.db")
    documents, recs = corpus(docs)
    store.add_batch(documents, recs)
    return store


@pytest.mark.parametrize("refuse_all_share", [1.0, 0.0])     # only touched blocks / everything again
def test_incremental_fusion_equals_full_fusion(tmp_path, monkeypatch, refuse_all_share):
    from frontwatch.fuse import incremental

    monkeypatch.setattr(incremental, "REFUSE_ALL_SHARE", refuse_all_share)
    store = _store_with(tmp_path, ("ledger", "rhine"))
    fuse_store(store, ["ledger", "rhine"], Settings())
    documents, recs = corpus(("gulfwire", "cable"))
    store.add_batch(documents, recs)
    stats = FusionStats()
    updated = fuse_store(store, ["gulfwire", "cable"], Settings(), stats=stats)
    full = fuse(*corpus(), Settings())
    assert updated == full
    assert store.picture() == full
    # Sheikh Saeed's clash and the Hanano capture of the 22nd are in blocks the new documents do not touch
    assert (stats.refused_event_blocks < stats.event_blocks) == (refuse_all_share == 1.0)


def test_the_reprint_index_built_in_a_forked_child_gives_the_same_picture_and_stats(tmp_path, monkeypatch):
    """With more than one worker the reprint index is updated by a forked child while the records are
    read here: the same picture, stored index and stats as one process gives."""
    import os

    from frontwatch import engine
    from frontwatch.fuse import incremental

    indexed_by = tmp_path / "indexed_by"
    original = incremental._index_new_passages

    def noting_the_process(*args):
        with indexed_by.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return original(*args)

    monkeypatch.setattr(incremental, "_index_new_passages", noting_the_process)
    results = []
    for workers in (1, 2):
        (tmp_path / f"w{workers}").mkdir()
        store = _store_with(tmp_path / f"w{workers}", ("ledger", "rhine"))
        stats = FusionStats()
        fuse_store(store, ["ledger", "rhine"], Settings(workers=workers))
        documents, recs = corpus(("gulfwire", "cable"))
        store.add_batch(documents, recs)
        picture = fuse_store(store, ["gulfwire", "cable"], Settings(workers=workers), stats=stats)
        results.append((picture, stats, list(store.reprint_rows()[0]), list(store.reprint_rows()[1])))
    assert results[0] == results[1] and results[0][1].passages > 0
    pids = indexed_by.read_text().split()
    assert pids[:2] == [str(os.getpid())] * 2
    assert str(os.getpid()) not in pids[2:] or not engine.can_fork()   # threads of earlier tests: no fork


def test_fusing_again_with_nothing_new_changes_nothing(tmp_path):
    store = _store_with(tmp_path, ("ledger", "gulfwire", "rhine", "cable"))
    first = fuse_store(store, ["ledger", "gulfwire", "rhine", "cable"], Settings())
    counts = store.counts()
    assert fuse_store(store, [], Settings()) == first
    assert store.counts() == counts


def test_documents_stored_but_never_fused_are_fused_next_time(tmp_path):
    """A run killed between storing a batch and fusing it: the next run, which finds nothing new, catches up."""
    store = _store_with(tmp_path, ("ledger", "gulfwire", "rhine", "cable"))
    assert fuse_store(store, [], Settings()) == fuse(*corpus(), Settings())


def test_empty_input_gives_an_empty_picture():
    picture = fuse([], [], Settings())
    assert (picture.events, picture.claims, picture.disputes, picture.control) == ([], [], [], [])


def test_records_are_not_changed_by_fusion():
    documents, recs = corpus()
    before = records()
    fuse(documents, recs, Settings())
    assert [r for r in recs] == [before[d] for d in ("ledger", "gulfwire", "rhine", "cable")]


@pytest.mark.parametrize("sources,verb", [(["SANA"], "reports"), (["Reuters"], "reports"),
                                         (["rebel officials"], "report"), (["SANA", "SOHR"], "report"),
                                         (["residents"], "report"), (["press"], "reports")])
def test_dispute_explanations_agree_in_number(sources, verb):
    from frontwatch.fuse import disputes

    assert disputes.verb(sources, "reports", "report") == verb


def test_documents_indexed_but_not_fused_are_fused_next_time(tmp_path, monkeypatch):
    """A run stopped after saving the reprint index but before saving the picture: the documents it
    indexed are still fused by the next run, which finds nothing new to store."""
    store = _store_with(tmp_path, ("ledger", "rhine"))
    fuse_store(store, ["ledger", "rhine"], Settings())
    documents, recs = corpus(("gulfwire", "cable"))
    store.add_batch(documents, recs)

    def stopped(picture):
        raise KeyboardInterrupt
    with monkeypatch.context() as patch:
        patch.setattr(store, "replace_picture", stopped)
        with pytest.raises(KeyboardInterrupt):
            fuse_store(store, ["gulfwire", "cable"], Settings())
    assert store.unfused_documents() == {"gulfwire", "cable"}
    assert fuse_store(store, [], Settings()) == fuse(*corpus(), Settings())
    assert store.unfused_documents() == set()
