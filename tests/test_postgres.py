"""The PostgreSQL store against a real server (tests/fixtures_pg.py starts one).

The store contract tests of tests/test_store.py run here again with a PostgreSQL
``make_store``; then tests of what only PostgreSQL has (collation, NUL bytes,
connection errors, concurrent writers).
"""
from __future__ import annotations

import threading

import pytest
from test_store import (_doc, _records, test_counts_names_every_table,  # noqa: F401  (re-run here)
                        test_documents_and_records_round_trip, test_failed_batch_leaves_nothing,
                        test_picture_is_replaced_and_round_trips, test_same_id_and_hash_adds_nothing)

from frontwatch.errors import StoreError
from frontwatch.records import ControlPeriod, Picture
from frontwatch.store import open_store
from frontwatch.store.postgres import PostgresStore, safe_url
from frontwatch.store.sqlite import SQLiteStore


@pytest.fixture
def make_store(postgres_url):
    return lambda: PostgresStore(postgres_url)


def test_open_store_picks_postgres_for_a_postgresql_url(postgres_url):
    with open_store(postgres_url) as store:
        assert isinstance(store, PostgresStore)
        assert store.counts()["documents"] == 0


def test_order_matches_sqlite_whatever_the_locale(postgres_server, tmp_path):
    """On a server whose collation is English (ICU), rows still come back in SQLite's
    order: byte order (upper case before lower, accents last) and NULLs first."""
    import psycopg

    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE fw_english TEMPLATE template0 LOCALE_PROVIDER icu "
                     "ICU_LOCALE 'en-US' LOCALE 'C'")
    places = ["al-Shaar", "Bustan al-Qasr", "Ärzte", "Zanjili", "bab", "Aleppo"]
    picture = Picture(control=[ControlPeriod(place=p, controller="X", since=s)
                               for p in places for s in ("2016-11-22", None)])
    with PostgresStore(postgres_server.url("fw_english")) as pg, SQLiteStore(tmp_path / "fw.db") as lite:
        pg.replace_picture(picture)
        lite.replace_picture(picture)
        from_pg, from_sqlite = pg.picture(), lite.picture()
    assert from_pg == from_sqlite
    assert [(c.place, c.since) for c in from_pg.control][:3] == \
        [("Aleppo", None), ("Aleppo", "2016-11-22"), ("Bustan al-Qasr", None)]
    assert from_pg.control[-1].place == "Ärzte"


def test_documents_by_id_come_back_sorted(make_store):
    docs = [_doc(i, f"Report {i} on the fighting in the north.") for i in ("b2", "a1", "c3")]
    with make_store() as store:
        store.add_batch(docs, [_records(d) for d in docs])
        assert [d.id for d in store.documents(["c3", "a1"])] == ["a1", "c3"]
        assert [r.doc for r in store.doc_records()] == ["a1", "b2", "c3"]


def test_nul_character_is_refused_with_the_document_named(make_store):
    doc = _doc("nul1", "Shelling hit\x00 the market.")
    with make_store() as store:
        with pytest.raises(StoreError, match="nul1.*NUL"):
            store.add_batch([doc], [_records(doc)])
        assert store.counts()["documents"] == 0


def test_unreachable_server_is_a_clear_error_without_the_password(postgres_server):
    url = f"postgresql://fw:secret@127.0.0.1:{postgres_server.port + 1}/nowhere"
    with pytest.raises(StoreError) as info:
        PostgresStore(url)
    assert "cannot connect" in info.value.message and "secret" not in info.value.line()
    assert info.value.code == "FW300"
    assert safe_url(url) == f"postgresql://fw@127.0.0.1:{postgres_server.port + 1}/nowhere"


def test_two_writers_at_once_lose_nothing(postgres_url):
    docs = [_doc(f"w{i:03d}", f"Report {i}: clashes went on near the bridge.") for i in range(60)]

    def write(part):
        with PostgresStore(postgres_url) as store:
            for start in range(0, len(part), 7):
                batch = part[start:start + 7]
                store.add_batch(batch, [_records(d) for d in batch])

    # overlapping halves: both writers add docs 20..39
    threads = [threading.Thread(target=write, args=(docs[:40],)), threading.Thread(target=write, args=(docs[20:],))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with PostgresStore(postgres_url) as store:
        counts = store.counts()
    assert counts["documents"] == counts["doc_events"] == counts["doc_claims"] == 60


def test_whole_run_into_postgres_writes_the_same_exports_as_sqlite(local_demo_run, postgres_url, tmp_path):
    from fixtures_pg import DEMO, output_files

    from frontwatch import pipeline
    from frontwatch.settings import Settings

    sqlite_out, sqlite_summary = local_demo_run
    pg_out = tmp_path / "pg"
    summary = pipeline.run([DEMO], pg_out, db=postgres_url, settings=Settings(workers=2))
    assert summary.new == sqlite_summary.new >= 10 and summary.events == sqlite_summary.events > 0
    assert not (pg_out / "frontwatch.db").exists()
    expected, written = output_files(sqlite_out), output_files(pg_out)
    assert {"documents.jsonl", "events.csv", "claims.jsonl", "disputes.jsonl", "control.csv"} <= set(written)
    for name in expected:
        assert written[name] == expected[name], f"{name} differs between SQLite and PostgreSQL"
    with PostgresStore(postgres_url) as pg, SQLiteStore(sqlite_out / "frontwatch.db") as lite:
        assert pg.counts() == lite.counts()
        assert pg.picture() == lite.picture()
        assert pg.doc_records() == lite.doc_records()

    again = pipeline.run([DEMO], tmp_path / "pg2", db=postgres_url, settings=Settings(workers=2))
    assert again.new == 0 and again.unchanged == summary.read
    with PostgresStore(postgres_url) as pg, SQLiteStore(sqlite_out / "frontwatch.db") as lite:
        assert pg.counts() == lite.counts()
