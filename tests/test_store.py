"""Contract tests of the store. Every backend must pass them.

``make_store`` is parametrized by backend; a backend adds itself to
``BACKENDS`` (PostgreSQL: a factory taking ``tmp_path`` that returns a fresh store).
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from frontwatch.errors import StoreError
from frontwatch.records import (Claim, ControlPeriod, Dispute, DocRecords, Document, Event, Evidence,
                                Picture, RemovedLine, Segment, content_hash)
from frontwatch.store import StoredDocuments, open_store
from frontwatch.store.sqlite import SQLiteStore


def _sqlite(tmp_path):
    return SQLiteStore(tmp_path / "fw.db")


BACKENDS = {"sqlite": _sqlite}


@pytest.fixture(params=sorted(BACKENDS))
def make_store(request, tmp_path):
    return lambda: BACKENDS[request.param](tmp_path)


def _doc(doc_id: str, body: str) -> Document:
    text = f"MENU | Home | World\n{body}\nRelated: other story"
    start = text.index(body)
    return Document(id=doc_id, text=text, clean_text=body, content_hash=content_hash(text),
                    source=f"/in/{doc_id}.txt", outlet="Example Post", title="A title", published="2016-11-28",
                    published_basis="printed date line", dateline="ALEPPO",
                    removed=[RemovedLine(0, 19, "MENU | Home | World", "navigation")],
                    segments=[Segment(0, start, len(body))])


def _records(doc: Document) -> DocRecords:
    ev = Evidence(doc.id, 20, 40, "Troops took the area.")
    event = Event(event_id=f"ev-{doc.id}", event_type="Battles", sub_event_type="Government regains territory",
                  event_date="2016-11-28", date_earliest="2016-11-27", date_latest="2016-11-28", time_precision=2,
                  actor1="Military Forces of Syria", inter1=1, location="Sakhour", latitude=36.2, longitude=37.18,
                  geo_precision=1, fatalities=None, sources=["SANA", "SOHR"], outlets=["Example Post"],
                  evidence=[ev], docs=[doc.id])
    claim = Claim(claim_id=f"cl-{doc.id}", kind="displaced", subject="people", low=2000, high=9000.5,
                  qualifier="about", place="eastern Aleppo", as_of="2016-11-28", claimant="SOHR",
                  outlet="Example Post", evidence=[ev], doc=doc.id)
    return DocRecords(doc.id, [event], [claim])


def test_documents_and_records_round_trip(make_store):
    doc = _doc("a1", "Government troops took the Sakhour district on Monday, the agency said.")
    recs = _records(doc)
    with make_store() as store:
        assert store.add_batch([doc], [recs]) == 1
        assert store.documents() == [doc]
        assert store.doc_records(["a1"]) == [recs]
        assert store.known_hashes() == {"a1": doc.content_hash}


def test_records_read_together_share_their_strings_without_interning_them(make_store):
    """Fusion reads every record at once: equal values read back are one object, through a table
    that goes with the read, not Python's intern table (which never shrinks)."""
    docs = [_doc(i, f"Government troops took the Sakhour district on Monday, {i} reported.") for i in ("a1", "b2")]
    with make_store() as store:
        store.add_batch(docs, [_records(d) for d in docs])
        first, second = store.doc_records()
    assert first.events[0].location is second.events[0].location
    assert first.claims[0].place is second.claims[0].place
    assert first.events[0].sources[0] is second.events[0].sources[0]
    assert first.events[0].evidence[0].text is second.claims[0].evidence[0].text
    fresh = "".join(["Troops took ", "the area."])     # built at run time: equal, not the same object
    assert sys.intern(fresh) is fresh                   # so reading interned no sentence


def test_evidence_passages_read_alone_match_the_records(make_store):
    from dataclasses import replace

    from frontwatch.fuse import evidence_passages

    docs = [_doc(i, f"Shelling hit the market in {i} on Monday, residents said.") for i in ("b2", "a1", "c3")]
    recs = [_records(d) for d in docs]
    second = Evidence(recs[0].doc, 41, 60, "Residents fled the area.")
    recs[0] = replace(recs[0], claims=[replace(recs[0].claims[0], evidence=[recs[0].claims[0].evidence[0], second])])
    with make_store() as store:
        store.add_batch(docs, recs)
        wanted = list(evidence_passages(store.doc_records(["a1", "b2"])))
        assert list(store.evidence_passages(["b2", "a1"])) == wanted
        assert len(wanted) == 5 and ("b2:41-60", "b2", "Residents fled the area.") in wanted


def test_same_id_and_hash_adds_nothing(make_store):
    doc = _doc("a1", "Shelling hit the market on Sunday, residents said.")
    with make_store() as store:
        store.add_batch([doc], [_records(doc)])
        before = store.counts()
        assert store.add_batch([doc], [_records(doc)]) == 0
        assert store.counts() == before
        assert before["documents"] == 1 and before["doc_events"] == 1 and before["doc_claims"] == 1


def test_picture_is_replaced_and_round_trips(make_store):
    ev = Evidence("a1", 0, 10, "x")
    picture = Picture(
        events=[Event(event_id="fev-1", event_type="Battles", sub_event_type="Armed clash", stance="disputed",
                      sources=["SANA"], outlets=["A", "B"], independent_sources=2, evidence=[ev],
                      docs=["a1"], members=["ev-1", "ev-2"])],
        claims=[Claim(claim_id="cl-1", kind="killed", subject="civilians", low=141, high=141, group="grp-1",
                      independent_sources=1, evidence=[ev], doc="a1", copy_group="cg-1")],
        disputes=[Dispute(dispute_id="dsp-1", kind="denial", topic="t", records=["fev-1"], explanation="e",
                          outlets=["A"], sides=[{"stance": "denied", "sources": ["rebel official"],
                                                 "records": ["ev-2"]}], evidence=[ev])],
        control=[ControlPeriod(place="Hanano", controller="Military Forces of Syria", since="2016-11-22",
                               until="2016-11-26", share="partial", basis=["fev-1"], confidence=0.4)],
        copy_groups={"cg-1": ["a1:0-10", "b2:5-15"]})
    with make_store() as store:
        store.replace_picture(Picture(events=[Event("old", "Battles", "Armed clash")]))
        store.replace_picture(picture)
        assert store.picture() == picture
        counts = store.counts()
    assert {k: counts[k] for k in ("events", "claims", "disputes", "control", "copy_groups")} == \
        {"events": 1, "claims": 1, "disputes": 1, "control": 1, "copy_groups": 2}


def test_counts_names_every_table(make_store):
    with make_store() as store:
        assert set(store.counts()) == {"documents", "doc_events", "doc_claims", "events", "claims",
                                       "disputes", "control", "copy_groups", "reprint_passages", "reprint_pairs",
                                       "unfused_documents"}


def test_failed_batch_leaves_nothing(make_store):
    good = _doc("g1", "Air strikes hit the district overnight.")
    broken = _doc("g2", "A second report.")
    with make_store() as store:
        with pytest.raises(AttributeError):
            store.add_batch([good, broken], [_records(good), "not records"])  # type: ignore[list-item]
        assert store.counts()["documents"] == 0


def test_sqlite_tables_are_plain(tmp_path):
    with SQLiteStore(tmp_path / "fw.db") as store:
        doc = _doc("a1", "Fighting went on in the old city.")
        store.add_batch([doc], [_records(doc)])
    import sqlite_utils

    db = sqlite_utils.Database(tmp_path / "fw.db")
    assert db["documents"].count == 1
    row = next(db["doc_events"].rows)
    assert row["location"] == "Sakhour" and row["doc"] == "a1" and '"SANA"' in row["sources"]
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_not_a_database_gets_a_clear_error(tmp_path):
    bad = tmp_path / "fw.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError) as info:
        open_store(str(bad))
    assert str(bad) in info.value.line() and info.value.code == "FW300"


def test_missing_folder_gets_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nope" / "fw.db"))


def test_killed_writer_leaves_no_half_batch(tmp_path):
    """A process killed in the middle of a batch leaves the store as before the batch."""
    db = tmp_path / "fw.db"
    script = textwrap.dedent(f"""
        import os, signal
        from frontwatch.records import Document
        from frontwatch.store.sqlite import SQLiteStore
        from frontwatch.store import schema
        store = SQLiteStore({str(db)!r})
        docs = [Document(id=f"d{{i}}", text="t" * 50 + str(i), clean_text="t", content_hash=str(i)) for i in range(50)]
        real_insert = store._insert
        def insert_then_die(table, rows, or_ignore=True):
            n = real_insert(table, rows, or_ignore)
            # killed once documents are written but their records are not (the batch's documents
            # may go in one by one or all at once)
            if table is schema.DOC_EVENTS and store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]:
                os.kill(os.getpid(), signal.SIGKILL)
            return n
        store._insert = insert_then_die
        store.add_batch(docs, [])
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert proc.returncode == -9
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_stored_documents_stream_in_id_order_and_keep_few_texts(make_store):
    docs = [_doc(doc_id, f"Report {doc_id}: shelling hit the market on Sunday, residents said.")
            for doc_id in ("c3", "a1", "b2")]
    with make_store() as store:
        store.add_batch(docs, [_records(d) for d in docs])
        view = StoredDocuments(store, keep=2)
        assert [d.id for d in view] == ["a1", "b2", "c3"]
        assert list(view) == store.documents()
        assert [view.text(d.id) for d in docs] == [d.text for d in docs]
        assert len(view._recent) == 2           # a bounded window of texts, not the corpus
        assert view.text("missing") is None


def test_a_run_folder_names_the_store_inside_it(tmp_path):
    from frontwatch.store import existing_store_url, store_url

    (tmp_path / "frontwatch.db").write_bytes(b"")
    assert store_url(tmp_path) == str(tmp_path / "frontwatch.db")       # 'serve --db out/run' as the README shows
    assert store_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert store_url(tmp_path / "new.db") == str(tmp_path / "new.db")   # a store serve may create
    assert existing_store_url(tmp_path) == str(tmp_path / "frontwatch.db")


@pytest.mark.parametrize("url", ["mysql://user:s3cret@dbhost/fw", "sqlite://fw.db", "https://example.org/fw.db"])
def test_a_url_frontwatch_cannot_store_into_is_named_as_such(url):
    """Not 'folder mysql:/ does not exist': the scheme is refused, the hint lists what works, no password is echoed."""
    from frontwatch.store import existing_store_url, store_url

    for call in (open_store, store_url, existing_store_url):
        with pytest.raises(StoreError) as caught:
            call(url)
        assert caught.value.code == "FW302" and url.split("://")[0] + "://" in caught.value.message
        assert "s3cret" not in caught.value.line() and "postgresql://" in caught.value.hint
