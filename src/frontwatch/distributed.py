"""The Dask engine: ingest, cleaning and extraction on a dask.distributed cluster.

``--engine dask --scheduler tcp://HOST:8786`` sends the work to an existing
cluster; without an address a ``LocalCluster`` with one single-threaded worker
process per core (``--workers``) is started for the run and stopped after it.

Work units:

- ``ingest_file``: one input file read and cleaned on a worker (the file must be
  readable there: a shared folder, or the same path on every machine);
- ``extract_batch`` (from ``engine``): one batch of ``settings.batch_size``
  documents parsed and extracted on a worker. A worker process loads the spaCy
  pipeline once and keeps it (``Extractor.for_settings``).

The client keeps a bounded window of tasks in flight and takes results back in
input order, so memory stays flat, the store is written batch by batch, and the
records, the store and the exports are the same as with the local engine. Fusion
runs in the client on the gathered records.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .engine import Batch, batches_of, extract_batch, ordered_results, paired_with_items, worker_count
from .errors import FrontwatchError, SettingError
from .records import Document
from .settings import Settings


@contextmanager
def dask_client(settings: Settings):
    """A client of the scheduler in ``settings.scheduler``, or of a LocalCluster started here."""
    from distributed import Client, LocalCluster

    if settings.scheduler:
        try:
            client = Client(settings.scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise SettingError(f"cannot reach the Dask scheduler at {settings.scheduler} ({exc})",
                               hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`, "
                                    "or leave --scheduler out to start a local cluster") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=worker_count(settings), threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=40) as cluster, Client(cluster) as client:
        yield client


def _submit(client) -> Callable:
    """The client's submit, for tasks that must run again when asked again (``pure=False``)."""
    return lambda function, *args: client.submit(function, *args, pure=False)


def _window(client) -> int:
    return 2 * max(1, len(client.scheduler_info().get("workers", {})))


def dask_stream(docs: Iterable[Document], settings: Settings) -> Iterator[Batch]:
    """Extraction of already-cleaned documents on the cluster, batch by batch, in order."""
    with dask_client(settings) as client:
        batches = batches_of(docs, settings.batch_size)
        yield from paired_with_items(batches, lambda bs: ordered_results(_submit(client), extract_batch, bs,
                                                                         _window(client), settings))


def ingest_file(path: str, published: str | None, settings: Settings) -> tuple[list[Document], list[tuple]]:
    """Worker task: read one input file and clean its documents; problems come back as values."""
    from . import clean, ingest

    problems: list = []
    docs = [clean.clean(raw, settings) for raw in ingest.read_inputs([path], published=published,
                                                                    settings=settings, problems=problems)]
    return docs, [portable(p) for p in problems]


def portable(problem: FrontwatchError) -> tuple:
    """An error as plain values: exceptions whose __init__ takes several arguments do not pickle."""
    return type(problem), problem.message, dict(vars(problem))


def rebuilt(value: tuple) -> FrontwatchError:
    cls, message, attributes = value
    problem = cls.__new__(cls)
    Exception.__init__(problem, message)
    vars(problem).update(attributes)
    return problem


def input_units(paths: Iterable[str], problems: list) -> list[str]:
    """Work units for the cluster: every article file of a folder on its own; anything else
    (a file, a missing path, a folder with nothing usable) as given, so that the worker's
    ingest reports it exactly as the local engine would."""
    from .ingest import TEXT_EXTENSIONS, _walk

    units: list[str] = []
    for path_text in paths:
        path = Path(path_text)
        files = [str(f) for f in _walk(path, problems) if f.suffix.lower() in TEXT_EXTENSIONS] \
            if path.is_dir() else []
        units.extend(files or [path_text])
    return units


def dask_inputs_stream(paths: Iterable[str], published: str | None, settings: Settings,
                       problems: list, skip_stored: Callable[[Iterator[Document]], Iterator[Document]]
                       ) -> Iterator[Batch]:
    """Ingest and clean every input file on the cluster, then extract on the cluster.

    ``skip_stored`` runs in the client, in input order, on the cleaned documents: it drops
    what the store already holds and repeated ids, exactly as the local engine does."""
    files = input_units([str(p) for p in paths], problems)
    with dask_client(settings) as client:
        window = _window(client)

        def cleaned() -> Iterator[Document]:
            for docs, file_problems in ordered_results(_submit(client), ingest_file, files, window,
                                                       published, settings):
                problems.extend(rebuilt(p) for p in file_problems)
                yield from docs

        batches = batches_of(skip_stored(cleaned()), settings.batch_size)
        yield from paired_with_items(batches, lambda bs: ordered_results(_submit(client), extract_batch, bs,
                                                                         window, settings))
