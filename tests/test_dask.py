"""The Dask engine on a real LocalCluster with two worker processes.

The cluster is started here, as a user would start one (``dask scheduler`` and
``dask worker``), and frontwatch is pointed at its address: the records, the
problems and the whole run's exports must be identical to the local engine's.
"""
from __future__ import annotations

import shutil
from dataclasses import asdict
from pathlib import Path

import pytest

from frontwatch import engine
from frontwatch.errors import SettingError
from frontwatch.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "aleppo-2016"


@pytest.fixture(scope="module")
def cluster_address():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0",
                      silence_logs=40) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def corpus(tmp_path):
    """Three demo reports (.txt, .html, .jsonl) plus bad inputs: problems must travel back too."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for suffix in (".txt", ".html", ".jsonl"):
        smallest = min(EXAMPLES.glob(f"*{suffix}"), key=lambda p: p.stat().st_size)
        shutil.copy(smallest, folder / smallest.name)
    (folder / "broken.jsonl").write_text('{"id": "ok-line", "text": "Shelling hit the old market in Aleppo on '
                                        'Monday, killing 4 people, rescuers said."}\n{"id": 12, "text":\n',
                                        encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty").mkdir()
    return [str(folder), str(tmp_path / "empty"), str(tmp_path / "missing.txt")]


def extract_all(paths, settings):
    problems: list = []
    seen = []

    def skip_stored(docs):
        for doc in docs:
            seen.append(doc.id)
            yield doc

    batches = list(engine.extract_inputs(paths, None, settings, problems, skip_stored))
    docs = [asdict(d) for ds, _ in batches for d in ds]
    records = [asdict(r) for _, rs in batches for r in rs]
    return docs, records, sorted(p.line() for p in problems), seen


def test_dask_extraction_equals_local(cluster_address, corpus):
    local = extract_all(corpus, Settings(workers=1, batch_size=3))
    dask = extract_all(corpus, Settings(engine="dask", scheduler=cluster_address, batch_size=3))
    assert dask == local
    docs, records, problems, seen = dask
    assert len(docs) >= 3 and sum(len(r["events"]) + len(r["claims"]) for r in records) > 0
    assert any("broken.jsonl" in p for p in problems) and any("binary.txt" in p for p in problems)
    assert any("missing.txt" in p for p in problems) and any("empty" in p for p in problems)


def test_each_worker_loads_the_pipeline_once(cluster_address, corpus):
    from distributed import Client

    def cache_info():
        return engine.Extractor.for_settings.cache_info()._asdict()

    settings = Settings(engine="dask", scheduler=cluster_address, batch_size=2, max_doc_chars=150_000)
    with Client(cluster_address) as client:
        before = client.run(cache_info)
        extract_all(corpus, settings)
        extract_all(corpus, settings)
        after = client.run(cache_info)
    # both worker processes took batches; each loaded the pipeline for these settings once, then reused it
    assert len(after) == 2
    for worker, info in after.items():
        assert info["misses"] - before[worker]["misses"] == 1
        assert info["hits"] - before[worker]["hits"] >= 1


def test_unreachable_scheduler_is_a_clear_setting_error(corpus):
    settings = Settings(engine="dask", scheduler="tcp://127.0.0.1:9")
    with pytest.raises(SettingError, match="Dask scheduler"):
        extract_all(corpus, settings)


def test_whole_run_on_dask_writes_the_same_exports_as_local(local_demo_run, cluster_address, tmp_path):
    from fixtures_pg import DEMO, output_files

    from frontwatch import pipeline
    from frontwatch.store.sqlite import SQLiteStore

    local_out, local_summary = local_demo_run
    dask_out = tmp_path / "dask"
    summary = pipeline.run([DEMO], dask_out, settings=Settings(engine="dask", scheduler=cluster_address))
    assert (summary.read, summary.new, summary.events, summary.claims) == \
        (local_summary.read, local_summary.new, local_summary.events, local_summary.claims)
    expected, written = output_files(local_out), output_files(dask_out)
    assert set(written) == set(expected) and "events.csv" in written
    for name in expected:
        assert written[name] == expected[name], f"{name} differs between the local and the Dask engine"
    with SQLiteStore(local_out / "frontwatch.db") as local, SQLiteStore(dask_out / "frontwatch.db") as dask:
        assert dask.counts() == local.counts()
