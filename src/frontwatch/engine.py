"""The execution engine: runs the NLP stage and extraction over a stream of documents.

``extract_stream(docs, settings)`` yields ``(documents, records)`` batch by batch, in
input order, and never holds more than a few batches at once, so memory stays flat
however long the stream is.

Engines (``settings.engine``):

- ``local``: one process (``workers=1``) or a pool of worker processes on this
  machine. Each worker runs spaCy *and* extraction on a whole batch and sends back
  only the small ``DocRecords``. That avoids shipping serialised spaCy ``Doc`` objects
  between processes (which is what ``nlp.pipe(n_process=N)`` does, and which costs
  the main process about as much as parsing). Reading whole inputs
  (``extract_inputs``), the workers clean the raw pages too, so the main process
  only reads files, skips what is stored, and writes the store: with a worker on
  every core, each CPU second it spends is taken from the workers.
- ``dask``: batches run on a dask.distributed cluster (see ``frontwatch.distributed``).

A worker loads the pipeline once: ``Extractor.for_settings`` is an explicit
per-process cache keyed by the (frozen, hashable) settings.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import pickle
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import islice

from .errors import SettingError
from .records import DocRecords, Document, RawDocument
from .settings import Settings

Batch = tuple[list[Document], list[DocRecords]]
ENGINES = ("local", "dask")


def extract_stream(docs: Iterable[Document], settings: Settings) -> Iterator[Batch]:
    """Run nlp + extraction on every document; yield (documents, records) per batch, in order."""
    if settings.engine == "local":
        return local_stream(docs, settings)
    if settings.engine == "dask":
        from .distributed import dask_stream

        return dask_stream(docs, settings)
    raise SettingError(f"`engine` = {settings.engine!r} is invalid; must be one of {', '.join(ENGINES)}")


def extract_inputs(paths: Iterable[str], published: str | None, settings: Settings,
                   problems: list, skip_stored: Callable[[Iterator[Document]], Iterator[Document]]
                   ) -> Iterator[Batch]:
    """ingest -> clean -> skip what is stored -> nlp + extract, on the engine the settings choose.

    With the local engine ingest runs here, and cleaning and extraction in the worker pool
    (both here with one worker); with Dask all three run on the cluster
    (``frontwatch.distributed``). ``skip_stored`` always runs here, in input order, so every
    engine stores the same."""
    paths = [str(p) for p in paths]
    if settings.engine == "dask":
        from .distributed import dask_inputs_stream

        return dask_inputs_stream(paths, published, settings, problems, skip_stored)
    from . import clean, ingest

    raws = ingest.read_inputs(paths, published=published, settings=settings, problems=problems)
    workers = worker_count(settings) if settings.engine == "local" else 1
    if workers > 1:
        return pool_inputs_stream(raws, settings, workers, skip_stored)
    return extract_stream(skip_stored(clean.clean(raw, settings) for raw in raws), settings)


def worker_count(settings: Settings) -> int:
    """Processes for the NLP stage: the setting, or every core when it is 0."""
    if settings.workers < 0:
        raise SettingError(f"`workers` = {settings.workers} is invalid; must be 0 (all cores) or more")
    return settings.workers or os.cpu_count() or 1


def batches_of(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, max(1, size))):
        yield chunk


class Extractor:
    """A loaded spaCy pipeline and resolver that turn Documents into DocRecords."""

    def __init__(self, settings: Settings):
        from .extract import extract_document
        from .nlp import load_nlp
        from .resolve import Resolver

        self.settings = settings
        self.nlp = load_nlp(settings)
        self.strings_at_load = len(self.nlp.vocab.strings)
        self.resolver = Resolver.default(settings)
        self._extract_document = extract_document
        self._lock = threading.Lock()

    @staticmethod
    @lru_cache(maxsize=2)
    def for_settings(settings: Settings) -> "Extractor":
        """The extractor of this process for these settings, loaded on first use."""
        return Extractor(settings)

    def texts(self, docs: list[Document]) -> Iterator[str]:
        limit = self.settings.max_doc_chars
        return (d.clean_text[:limit] for d in docs)

    def made(self, docs: list[Document]) -> Iterator:
        """Tokenized Docs that know their text: spaCy's Doc.text joins every token again on each
        call, and the places component and extraction both read it (``attribution.doc_text``).
        They are read here, where they are parsed: what the components read of their words,
        extraction need not read again (``attribution.read_here``)."""
        from .extract.attribution import know_doc_text, read_here

        for text in self.texts(docs):
            doc = self.nlp.make_doc(text)
            know_doc_text(doc, text)
            read_here(doc)
            yield doc

    def run(self, docs: list[Document]) -> list[DocRecords]:
        """Parse and extract one batch."""
        with self.vocabulary_scope():
            parsed = self.nlp.pipe(self.made(docs), batch_size=len(docs) or 1)
            return [self._extract_document(sdoc, doc, self.resolver) for sdoc, doc in zip(parsed, docs)]

    def vocabulary_scope(self):
        """Where a batch's new words live. The first batches' words stay in the vocabulary: spaCy
        tokenizes a word it knows from its cache, about twenty times faster than a new one (in a
        memory zone it caches nothing). Once the vocabulary holds ``settings.kept_strings`` more
        strings than at load, a memory zone frees each batch's new strings with the batch, so
        a long-running worker stops growing."""
        learned = len(self.nlp.vocab.strings) - self.strings_at_load
        return nullcontext() if learned < self.settings.kept_strings else self.nlp.memory_zone()


def extract_batch(docs: list[Document], settings: Settings) -> list[DocRecords]:
    """Worker entry point (local pool and dask): extraction of one batch."""
    return Extractor.for_settings(settings).run(docs)


def local_stream(docs: Iterable[Document], settings: Settings) -> Iterator[Batch]:
    workers = worker_count(settings)
    batches = batches_of(docs, settings.batch_size)
    if workers == 1:
        extractor = Extractor.for_settings(settings)
        for batch in batches:
            yield batch, extractor.run(batch)
        return
    yield from _pool_stream(batches, settings, workers)


def _pool_stream(batches: Iterator[list[Document]], settings: Settings, workers: int) -> Iterator[Batch]:
    with _worker_pool(settings, workers) as pool:
        yield from paired_with_items(batches, lambda bs: ordered_results(pool.submit, extract_batch, bs, 2 * workers,
                                                                      settings))


def pool_inputs_stream(raws: Iterable[RawDocument], settings: Settings, workers: int,
                       skip_stored: Callable[[Iterator[Document]], Iterator[Document]]) -> Iterator[Batch]:
    """Cleaning *and* extraction in the worker pool; ``skip_stored`` runs here, in input order.

    On a machine whose cores all run workers, every CPU second the main process spends
    is taken from the workers, so the main process only reads files, skips what is
    stored, and writes the store."""
    with _worker_pool(settings, workers) as pool:
        window = 2 * workers

        def cleaned() -> Iterator[Document]:
            for docs in ordered_results(pool.submit, clean_batch, batches_of(raws, settings.batch_size),
                                        2 * window, settings):
                yield from docs

        batches = batches_of(skip_stored(cleaned()), settings.batch_size)
        yield from paired_with_items(batches, lambda bs: ordered_results(pool.submit, extract_batch, bs, window,
                                                                      settings))


def clean_batch(raws: list[RawDocument], settings: Settings) -> list[Document]:
    """Worker entry point: cleaning of one batch of raw documents."""
    from .clean import clean

    return [clean(raw, settings) for raw in raws]


@contextmanager
def _worker_pool(settings: Settings, workers: int) -> Iterator[ProcessPoolExecutor]:
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    if context is not None:
        # Forked workers inherit the loaded pipeline instead of loading it again each.
        Extractor.for_settings(settings)
    with inherited_heap_frozen(context is not None), \
            ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield pool


@contextmanager
def inherited_heap_frozen(forking: bool) -> Iterator[None]:
    """Keep the cyclic garbage collector of forked workers off what they inherit, for the pool's life.

    A worker's full collections walk every object it inherited (the loaded pipeline, the gazetteer,
    the vocabularies: some 190,000 objects) and write in each one's header, which also copies their
    pages into the worker. In a pool of two on 640 reports each worker ran two of them at 160-200 ms
    apiece, about 1.1 ms of CPU per report; frozen before the fork (``gc.freeze``), what the workers
    collect is their own objects only: 0.07 ms per report. The parent unfreezes them when the pool
    closes, so its own later collections (fusion, exports) see them again."""
    if not forking:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def can_fork() -> bool:
    """Whether a child process can be forked safely: the platform forks, and no other thread runs
    here (a fork copies only the calling thread; a lock another thread held stays held for ever)."""
    return "fork" in mp.get_all_start_methods() and threading.active_count() == 1


@contextmanager
def forked(function: Callable[[], object], fork: bool = True) -> Iterator[Callable[[], object]]:
    """``function()`` run in a forked child process while this one goes on with other work; yields a
    callable that waits for its value (or raises its error). Leaving the block waits for the child,
    so what it writes is never cut off. The child inherits what this process holds (a fused picture
    is not pickled), so ``function`` must not use what cannot cross a fork (a store's connection).
    Without a safe fork (``can_fork``) or with ``fork`` False, ``function`` runs here when asked for."""
    if not (fork and can_fork()):
        yield function
        return
    context = mp.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_send_result, args=(function, sending), daemon=True)
    child.start()
    sending.close()
    received: list = []

    def result():
        if not received:
            received.append(_receive(receiving, child))
        ok, value, remote_traceback = received[0]
        if ok:
            return value
        raise value from ChildTraceback(remote_traceback)

    try:
        yield result
    finally:
        if not received:        # the caller failed first: take the child's message so it can end
            try:
                received.append(_receive(receiving, child))
            except Exception:  # noqa: BLE001 - the caller's own error is the one to raise
                pass
        child.join()
        receiving.close()


class ChildTraceback(Exception):
    """Where a forked child's error was raised (its traceback, as text)."""

    def __str__(self) -> str:
        return self.args[0] if self.args else ""


def _send_result(function: Callable[[], object], sending) -> None:
    # The child only reads what it inherited: kept out of its collections, those objects are
    # neither walked nor copied into the child (as in ``inherited_heap_frozen``).
    gc.freeze()
    try:
        message = (True, function(), "")
    except BaseException as exc:  # noqa: BLE001 - every error goes back to the parent
        message = (False, _portable(exc), traceback.format_exc())
    sending.send(message)


def _portable(exc: BaseException) -> BaseException:
    """The error itself if it crosses a pipe whole (pickled and rebuilt), else its text."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - an error whose class cannot be rebuilt from its args
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _receive(receiving, child) -> tuple:
    try:
        return receiving.recv()
    except EOFError:
        child.join()
        raise RuntimeError(f"a forked process ended with no result (exit code {child.exitcode})") from None


def ordered_results(submit: Callable[..., Future], function: Callable, items: Iterable, window: int,
                    *args) -> Iterator:
    """``function(item, *args)`` for every item, through ``submit`` (a process pool's or a
    Dask client's), results in input order, with at most ``window`` tasks in flight
    (``Executor.map`` would read the whole input up front)."""
    pending: deque[Future] = deque()
    for item in items:
        pending.append(submit(function, item, *args))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def paired_with_items(items: Iterable, run: Callable[[Iterable], Iterator]) -> Iterator[tuple]:
    """Pair every item with its result, keeping items only while their task is in flight."""
    held: deque = deque()

    def feed():
        for item in items:
            held.append(item)
            yield item

    for result in run(feed()):
        yield held.popleft(), result
