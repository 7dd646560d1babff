"""The engine: batching, order, streaming and worker processes.

The engine's contract does not depend on what extraction finds, so most tests
swap in a blank spaCy pipeline and a tiny extraction function that records what
it saw; one test runs the real pipeline end to end.
"""
from __future__ import annotations

import gc
import os
import threading

import pytest
import spacy

from frontwatch import engine
from frontwatch.errors import SettingError
from frontwatch.records import Claim, DocRecords, Document
from frontwatch.settings import Settings


def make_doc(i: int, text: str | None = None) -> Document:
    text = text or f"Report {i}: shelling hit the old market again, residents said.\n"
    return Document(id=f"d{i:04d}", text=text, clean_text=text.strip(), content_hash=f"h{i}")


def count_tokens(spacy_doc, document, resolver) -> DocRecords:
    """Stand-in extraction: one claim whose value is the token count, tagged with the worker pid."""
    claim = Claim(claim_id=f"c-{document.id}", kind="other", subject=str(os.getpid()),
                  low=len(spacy_doc), high=len(spacy_doc), doc=document.id)
    return DocRecords(doc=document.id, claims=[claim])


class BlankExtractor(engine.Extractor):
    def __init__(self, settings):
        self.settings = settings
        self.nlp = spacy.blank("en")
        self.strings_at_load = len(self.nlp.vocab.strings)
        self.resolver = None
        self._extract_document = count_tokens
        self._lock = threading.Lock()


@pytest.fixture
def blank_engine(monkeypatch):
    cache: dict = {}
    monkeypatch.setattr(engine.Extractor, "for_settings",
                        staticmethod(lambda s: cache.setdefault(s, BlankExtractor(s))))


@pytest.mark.parametrize("workers", [1, 2])
def test_batches_come_back_in_input_order(blank_engine, workers):
    docs = [make_doc(i) for i in range(23)]
    settings = Settings(workers=workers, batch_size=5)
    batches = list(engine.extract_stream(iter(docs), settings))
    assert [len(b[0]) for b in batches] == [5, 5, 5, 5, 3]
    flat_docs = [d.id for docs_, _ in batches for d in docs_]
    flat_recs = [r.doc for _, recs in batches for r in recs]
    assert flat_docs == flat_recs == [d.id for d in docs]


def test_pool_uses_other_processes(blank_engine):
    settings = Settings(workers=2, batch_size=4)
    pids = {r.claims[0].subject for _, recs in engine.extract_stream((make_doc(i) for i in range(16)), settings)
            for r in recs}
    assert str(os.getpid()) not in pids and pids


def test_forked_workers_collect_only_their_own_objects(blank_engine):
    """What a worker inherits (the loaded pipeline) is frozen out of its full collections, and the
    parent gets it back for its own once the pool closes."""
    with engine._worker_pool(Settings(workers=2), 2) as pool:
        frozen_in_worker = pool.submit(gc.get_freeze_count).result()
    assert frozen_in_worker > 0
    assert gc.get_freeze_count() == 0


def test_text_is_truncated_to_max_doc_chars(blank_engine):
    long = make_doc(1, "word " * 1000)
    settings = Settings(workers=1, max_doc_chars=50)
    [(_, [records])] = list(engine.extract_stream([long], settings))
    assert records.claims[0].low == 10   # "word " * 10 is 50 characters


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_streamed_not_read_up_front(blank_engine, workers):
    pulled = []

    def source():
        for i in range(1000):
            pulled.append(i)
            yield make_doc(i)

    stream = engine.extract_stream(source(), Settings(workers=workers, batch_size=10))
    next(stream)
    # a few batches in flight at most, never the whole input
    assert len(pulled) <= 10 * (2 * workers + 1)
    stream.close()


def batch_of_new_words(batch: int) -> list[Document]:
    return [make_doc(i, f"Batch {batch}: Zarqawi{batch}x{i} met Ostrov{batch}y{i} near Kel{batch}z{i}.")
            for i in range(4)]


def test_a_worker_keeps_the_words_of_its_first_batches():
    """spaCy tokenizes a word it already knows from its cache, many times faster: the words of
    the first batches stay in the vocabulary."""
    extractor = BlankExtractor(Settings(workers=1, kept_strings=1000))
    extractor.run(batch_of_new_words(1))
    assert "Zarqawi1x0" in extractor.nlp.vocab.strings
    assert len(extractor.nlp.vocab.strings) > extractor.strings_at_load


def test_a_worker_stops_learning_words_once_it_keeps_enough():
    """Beyond kept_strings, each batch's new words are freed with it: a long-running worker stays flat."""
    extractor = BlankExtractor(Settings(workers=1, kept_strings=10))
    extractor.run(batch_of_new_words(1))
    full = len(extractor.nlp.vocab.strings)
    for batch in range(2, 6):
        records = extractor.run(batch_of_new_words(batch))
        assert [r.claims[0].low for r in records] == [9] * 4       # still parsed in full
    assert len(extractor.nlp.vocab.strings) == full
    assert "Zarqawi5x0" not in extractor.nlp.vocab.strings


def test_unknown_engine_is_a_setting_error():
    with pytest.raises(SettingError, match="engine"):
        engine.extract_stream([], Settings(engine="spark"))


def test_workers_zero_means_all_cores():
    assert engine.worker_count(Settings(workers=0)) == (os.cpu_count() or 1)
    with pytest.raises(SettingError):
        engine.worker_count(Settings(workers=-2))


def write_reports(folder, count: int) -> None:
    for i in range(count):
        (folder / f"r{i:02d}.txt").write_text(f"Report {i}\nShare this\nShelling hit the market in report {i}, "
                                              "residents said on Tuesday.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")


def inputs_run(folder, workers: int, skipped: set[str]):
    problems: list = []

    def skip_stored(docs):
        return (d for d in docs if d.id not in skipped)

    batches = list(engine.extract_inputs([str(folder)], None, Settings(workers=workers, batch_size=3),
                                         problems, skip_stored))
    return batches, problems


def test_reading_inputs_gives_the_same_with_one_or_two_workers(blank_engine, tmp_path):
    write_reports(tmp_path, 10)
    one, one_problems = inputs_run(tmp_path, 1, skipped={"r03", "r07"})
    two, two_problems = inputs_run(tmp_path, 2, skipped={"r03", "r07"})
    assert [[d.id for d in docs] for docs, _ in two] == [[d.id for d in docs] for docs, _ in one]
    assert [d.clean_text for docs, _ in two for d in docs] == [d.clean_text for docs, _ in one for d in docs]
    assert [r.claims[0].low for _, recs in two for r in recs] == [r.claims[0].low for _, recs in one for r in recs]
    assert "r03" not in {d.id for docs, _ in two for d in docs}
    assert [(p.source, p.code) for p in two_problems] == [(p.source, p.code) for p in one_problems] != []


def test_workers_clean_the_pages_themselves(blank_engine, monkeypatch, tmp_path):
    from dataclasses import replace

    from frontwatch import clean

    original = clean.clean
    monkeypatch.setattr(clean, "clean", lambda raw, settings: replace(original(raw, settings), title=str(os.getpid())))
    write_reports(tmp_path, 8)
    batches, _ = inputs_run(tmp_path, 2, skipped=set())
    cleaners = {d.title for docs, _ in batches for d in docs}
    assert cleaners and str(os.getpid()) not in cleaners



def in_a_fresh_process(code: str) -> str:
    """Run code in a new interpreter: the threads earlier tests leave (Dask's, a server's) keep this
    one from forking (``engine.can_fork``)."""
    import subprocess
    import sys
    import textwrap

    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_forked_call_runs_in_another_process_and_gives_its_value():
    assert in_a_fresh_process("""
        import os
        from frontwatch import engine
        assert engine.can_fork()
        with engine.forked(os.getpid) as result:
            pass
        print(result() != os.getpid())
    """) == "True"


def test_a_forked_calls_error_reaches_the_caller_with_its_code():
    assert in_a_fresh_process("""
        from frontwatch import engine
        from frontwatch.errors import InputError, OutputError

        def failing():
            raise OutputError("brief.html: cannot write (No space left on device)", hint="free some space")

        def not_rebuildable():
            raise InputError("a.txt", "unreadable")     # its class cannot be rebuilt from its args alone

        try:
            with engine.forked(failing) as result:
                result()
        except OutputError as exc:
            assert (exc.code, exc.hint) == ("FW700", "free some space")
            assert isinstance(exc.__cause__, engine.ChildTraceback) and "failing" in str(exc.__cause__)
        try:
            with engine.forked(not_rebuildable) as result:
                result()
        except RuntimeError as exc:
            print(exc)
    """) == "InputError: a.txt: unreadable"


def test_without_a_safe_fork_the_call_runs_here(monkeypatch):
    with engine.forked(lambda: os.getpid(), fork=False) as result:
        assert result() == os.getpid()
    monkeypatch.setattr(threading, "active_count", lambda: 2)      # another thread runs: no fork
    with engine.forked(lambda: os.getpid()) as result:
        assert result() == os.getpid()
