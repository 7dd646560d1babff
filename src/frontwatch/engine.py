"""The execution engine: runs the NLP stage and extraction over a stream of documents.

``extract_stream(docs, settings)`` yields ``(documents, records)`` batch by batch, in
input order, and never holds more than a few batches at once, so memory stays flat
however long the stream is.

Engines (``settings.engine``):

- ``local``: one process (``workers=1``) or a pool of worker processes on this
  machine. Each worker runs spaCy *and* extraction on a whole batch and sends back
  only the small ``DocRecords``. That keeps the main process free for ingest,
  cleaning and the store, and avoids shipping serialised spaCy ``Doc`` objects
  between processes (which is what ``nlp.pipe(n_process=N)`` does, and which costs
  the main process about as much as parsing).
- ``dask``: batches run on a dask.distributed cluster (see ``frontwatch.distributed``).

A worker loads the pipeline once: ``Extractor.for_settings`` is an explicit
per-process cache keyed by the (frozen, hashable) settings.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import islice

from .errors import SettingError
from .records import DocRecords, Document
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

    With the local engine ingest and cleaning run here and extraction in the worker
    pool; with Dask all three run on the cluster (``frontwatch.distributed``).
    ``skip_stored`` always runs here, in input order, so both engines store the same."""
    paths = [str(p) for p in paths]
    if settings.engine == "dask":
        from .distributed import dask_inputs_stream

        return dask_inputs_stream(paths, published, settings, problems, skip_stored)
    from . import clean, ingest

    raws = ingest.read_inputs(paths, published=published, settings=settings, problems=problems)
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
        call, and the places component and extraction both read it (``attribution.doc_text``)."""
        from .extract.attribution import know_doc_text

        for text in self.texts(docs):
            doc = self.nlp.make_doc(text)
            know_doc_text(doc, text)
            yield doc

    def run(self, docs: list[Document]) -> list[DocRecords]:
        """Parse and extract one batch. The memory zone frees the strings the batch
        added to the vocabulary, so a long-running worker does not grow."""
        with self.nlp.memory_zone():
            parsed = self.nlp.pipe(self.made(docs), batch_size=len(docs) or 1)
            return [self._extract_document(sdoc, doc, self.resolver) for sdoc, doc in zip(parsed, docs)]


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
    """Feed batches to a process pool, keeping at most two batches per worker in flight
    (Executor.map would read the whole input up front)."""
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    if context is not None:
        # Forked workers inherit the loaded pipeline instead of loading it again each.
        Extractor.for_settings(settings)
    window = 2 * workers
    pending: deque[tuple[list[Document], Future]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for batch in batches:
            pending.append((batch, pool.submit(extract_batch, batch, settings)))
            if len(pending) >= window:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
