from __future__ import annotations

import pytest
from fusekit import corpus

from frontwatch import api
from frontwatch.errors import StoreError
from frontwatch.export import ACLED_COLUMNS
from frontwatch.fuse import fuse_store
from frontwatch.settings import Settings
from frontwatch.store.sqlite import SQLiteStore


@pytest.fixture()
def out_dir(tmp_path):
    with SQLiteStore(tmp_path / "frontwatch.db") as store:
        documents, recs = corpus()
        store.add_batch(documents, recs)
        fuse_store(store, [d.id for d in documents], Settings())
    return tmp_path


def test_load_gives_the_stored_picture_as_frames(out_dir):
    frames = api.load(out_dir)
    assert list(frames.events.columns[:31]) == list(ACLED_COLUMNS)
    disputed = frames.events[frames.events.stance == "disputed"]
    assert list(disputed.location) == ["Sakhour"]
    assert disputed.iloc[0].outlets == ["Daily Ledger", "Gulf Wire Review"]
    assert len(frames.documents) == 4 and "clean_text" in frames.documents
    assert {"denial", "numeric"} <= set(frames.disputes.kind) <= {"denial", "numeric", "control"}
    assert frames.claims.groupby("group").size().max() >= 2
    assert list(frames.control.columns[:6]) == ["place", "controller", "since", "until", "basis", "confidence"]


def test_load_accepts_a_db_file_and_an_open_store(out_dir):
    by_file = api.load(out_dir / "frontwatch.db")
    with SQLiteStore(out_dir / "frontwatch.db") as store:
        by_store = api.load(store)
    assert by_file.events.equals(by_store.events)


def test_load_of_a_folder_without_a_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no frontwatch store"):
        api.load(tmp_path)


def test_whole_number_columns_stay_whole_numbers_with_empty_values(out_dir):
    """pandas would turn fatalities with one unknown value into floats (3.0); the frames keep Int64."""
    import pandas as pd

    events = api.load(out_dir).events
    assert events.fatalities.isna().any() and events.fatalities.notna().any()     # the case that matters
    for column in ("year", "fatalities", "geo_precision", "time_precision"):
        assert pd.api.types.is_integer_dtype(events[column]), column
    assert pd.api.types.is_float_dtype(events.latitude)
