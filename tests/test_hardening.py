"""Hardening at the command line: a bad-input corpus, SIGKILL at random points, two runs at once.

These drive the real `frontwatch` command in subprocesses, as a user or a
crawler's cron job would, and check what a user sees and what the store keeps.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

BADINPUT = ROOT / "tests" / "badinput"
GOOD_REPORT = """Iraqi troops push into west Mosul
Posted 20 February 2017

MOSUL, Iraq - Iraqi forces retook the village of Abu Saif south of Mosul airport on Monday,
the Joint Operations Command said in a statement.
"""


def frontwatch(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "frontwatch", *args]
    full_env = {**os.environ, "FRONTWATCH_WORKERS": "1", **(env or {})}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=full_env)


def make_bad_corpus(folder: Path) -> dict[str, str]:
    """Copy the committed bad inputs and add the ones made at test time. Returns name -> what is wrong."""
    shutil.copytree(BADINPUT, folder)
    (folder / "README.md").unlink()
    (folder / "good.txt").write_text(GOOD_REPORT, encoding="utf-8")
    sentence = "Shelling continued across the eastern districts through the night, residents said. "
    with open(folder / "huge.txt", "w", encoding="utf-8") as fh:
        for _ in range(50 * 1024 * 1024 // len(sentence) + 1):
            fh.write(sentence)
    depth = 5000
    (folder / "deep.html").write_text("<html><body>" + "<div>" * depth + "Deep text." + "</div>" * depth
                                      + "</body></html>", encoding="utf-8")
    unreadable = folder / "unreadable.txt"
    if os.geteuid() == 0:               # root reads anything: a dangling link is what it cannot read
        unreadable.symlink_to(folder / "no-such-target.txt")
    else:
        unreadable.write_text(GOOD_REPORT)
        unreadable.chmod(0)
    return {
        "empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "UTF-8", "broken-utf8.txt": "UTF-8",
        "other-language.txt": "English", "huge.txt": "limit", "deep.html": "", "unreadable.txt": "read",
        "feed.jsonl:2": "JSON", "feed.jsonl:3": "text", "feed.jsonl:4": "object", "feed.jsonl:5": "future",
        "feed.jsonl:7": "id",
    }


def test_bad_input_corpus_gets_one_line_each_and_the_rest_is_stored(tmp_path):
    corpus = tmp_path / "in"
    expected = make_bad_corpus(corpus)
    missing = tmp_path / "does-not-exist"
    result = frontwatch("run", str(corpus), str(missing), "--out", str(tmp_path / "out"))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Traceback" not in output
    lines = result.stderr.splitlines()
    for name, reason in expected.items():
        hits = [line for line in lines if f"{name}:" in line or line.rstrip().endswith(name)]
        if name == "deep.html" and not hits:
            continue                    # deep nesting parsed fine: no problem to report
        assert len(hits) == 1, (name, hits, output)
        assert reason.lower() in hits[0].lower(), (name, hits[0])
    assert sum(str(missing) in line for line in lines) == 1
    assert "read " in result.stdout and "skipped" in result.stdout
    with sqlite3.connect(tmp_path / "out" / "frontwatch.db") as db:
        ids = {row[0] for row in db.execute("select id from documents")}
    assert {"good", "feed-ok", "feed-future", "dup-id", "latin1", "broken-utf8", "hostile"} <= ids
    assert not {"empty", "binary", "huge", "unreadable"} & ids


def store_dump(db_path: Path) -> dict[str, list]:
    """Every table's rows, sorted, so two stores can be compared exactly."""
    with sqlite3.connect(db_path) as db:
        tables = [r[0] for r in db.execute("select name from sqlite_master where type='table' order by name")]
        return {t: sorted(map(repr, db.execute(f'select * from "{t}"'))) for t in tables}


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(("frontwatch.db", "."))}


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("clean")
    start = time.monotonic()
    result = frontwatch("run", str(EXAMPLES), "--out", str(out), env={"FRONTWATCH_BATCH_SIZE": "2"})
    assert result.returncode == 0, result.stderr
    return out, time.monotonic() - start


def kill_first_run(out: Path, after: float, tries: int = 4) -> bool:
    """Start a run on an empty out folder and SIGKILL it after `after` seconds. On a busy machine the
    clean run's time says little about this one's: if it finished first, start afresh and kill sooner."""
    for _ in range(tries):
        shutil.rmtree(out, ignore_errors=True)
        if run_and_kill(out, after):
            return True
        after /= 2
    return False


def run_and_kill(out: Path, after: float) -> bool:
    """Start a run and SIGKILL it after `after` seconds. Returns whether it was still running."""
    env = {**os.environ, "FRONTWATCH_WORKERS": "1", "FRONTWATCH_BATCH_SIZE": "2"}
    proc = subprocess.Popen([sys.executable, "-m", "frontwatch", "run", str(EXAMPLES), "--out", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        proc.wait(timeout=after)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


@pytest.mark.parametrize("kills", [1, 3])
def test_sigkill_then_rerun_equals_an_uninterrupted_run(tmp_path, clean_run, kills):
    clean_out, seconds = clean_run
    rng = random.Random(1000 + kills)
    out = tmp_path / "out"
    # kill before the time a whole run takes, so the first run (same work as the clean one) is cut short
    killed = [kill_first_run(out, rng.uniform(0.3, 0.8 * seconds))] + \
             [run_and_kill(out, rng.uniform(0.3, 0.8 * seconds)) for _ in range(kills - 1)]
    result = frontwatch("run", str(EXAMPLES), "--out", str(out), env={"FRONTWATCH_BATCH_SIZE": "2"})
    assert result.returncode == 0, result.stderr
    assert killed[0], "the first run was not still going when the kill came"
    assert store_dump(out / "frontwatch.db") == store_dump(clean_out / "frontwatch.db")
    assert outputs(out) == outputs(clean_out)


def test_two_runs_on_one_store_at_once_lose_nothing(tmp_path):
    halves = [tmp_path / "a", tmp_path / "b"]
    for half in halves:
        half.mkdir()
    for i, path in enumerate(sorted(EXAMPLES.glob("*.*"))):
        if path.suffix in {".txt", ".html", ".jsonl"}:
            shutil.copy(path, halves[i % 2])
    db = tmp_path / "shared.db"
    env = {**os.environ, "FRONTWATCH_WORKERS": "1", "FRONTWATCH_BATCH_SIZE": "1"}
    procs = [subprocess.Popen([sys.executable, "-m", "frontwatch", "run", str(half), "--out",
                               str(tmp_path / f"out-{half.name}"), "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for half in halves]
    results = [(p.wait(timeout=600), *p.communicate()) for p in procs]
    for code, out, err in results:
        assert code == 0, err
        assert "Traceback" not in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("select count(*) from documents").fetchone()[0]
    alone = tmp_path / "alone"
    frontwatch("run", str(EXAMPLES), "--out", str(alone))
    with sqlite3.connect(alone / "frontwatch.db") as conn:
        assert stored == conn.execute("select count(*) from documents").fetchone()[0]
    # the later of the two runs fused after both had stored: its picture is the whole picture
    again = frontwatch("run", *map(str, halves), "--out", str(tmp_path / "again"), "--db", str(db))
    assert again.returncode == 0
    assert "0 new" in again.stdout
    assert outputs(tmp_path / "again") == outputs(alone)
