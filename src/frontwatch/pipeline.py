"""The orchestrator: the stages in order, and nothing else.

    ingest -> clean -> nlp/extract (+resolve) -> store -> fuse -> store -> export + report

Each stage is a function in its own module; this file only wires them up.
Documents already in the store (same id, same content hash) are skipped, so
running again on the same input adds nothing twice; only new documents are
extracted, and fusion is told which documents are new.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .errors import InputError, NothingReadError, SettingError
from .records import Document
from .settings import Settings, load_settings


@dataclass
class RunSummary:
    read: int = 0                 # documents read from the inputs
    new: int = 0                  # documents stored for the first time
    unchanged: int = 0            # documents already stored with the same text
    problems: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    events: int = 0
    claims: int = 0
    disputes: int = 0
    control: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)


GIVEN_DATE = "given on the command line"     # ingest's published_basis for --published


def default_db(out_dir: Path) -> str:
    return str(Path(out_dir) / "frontwatch.db")


def run(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    db: str | None = None,
    published: str | None = None,
    settings: Settings | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> RunSummary:
    """Run the whole job on files and folders; write the exports and the briefing into out_dir."""
    from . import engine, export, fuse, outputs
    from .resolve import Resolver
    from .store import open_store, store_url

    settings = settings or load_settings()
    out_dir = export.output_folder(out_dir, SettingError)
    summary = RunSummary()
    db = store_url(db) if db else default_db(out_dir)     # --db may name a run's --out folder, as in report
    with _removed_if_nothing_read(db), open_store(db) as store:
        known = store.known_hashes()
        new_ids: list[str] = []
        for docs, records in engine.extract_inputs(paths, published, settings, summary.problems,
                                                   lambda docs: _new_documents(docs, known, summary, settings,
                                                                               _stored(store, "published"),
                                                                               _stored(store, "source"))):
            store.add_batch(docs, records)
            new_ids.extend(d.id for d in docs)
            if on_progress:
                on_progress(len(docs))
        summary.new = len(new_ids)
        if summary.new == 0 and summary.unchanged == 0:     # every input failed or was skipped
            # an error even when the store holds earlier runs: a mistyped path must not end in
            # success (exit 0) and rewritten exports; `frontwatch report` rewrites them on purpose
            unchanged = "; the store and its exports are unchanged" if known else ""
            raise NothingReadError(f"no article could be read from the inputs{unchanged}",
                                   hint=_nothing_read_hint(summary.problems), problems=summary.problems)
        picture = fuse.fuse_store(store, new_ids, settings)
        # the exports and brief.html read documents from the store as needed, never held whole
        summary.outputs = outputs.write_outputs(out_dir, store, picture, Resolver.default(settings), settings)
    summary.events, summary.claims = len(picture.events), len(picture.claims)
    summary.disputes, summary.control = len(picture.disputes), len(picture.control)
    return summary


WRONG_INPUTS = {"FW102", "FW111", "FW112"}      # no such path, a folder of no articles, a .pdf or .docx


def _nothing_read_hint(problems: list[InputError]) -> str:
    """Where every input was a wrong path or type, say which files are read; where files were read
    and set aside (navigation only, an id taken, binary), the lines above say why: do not send the
    user looking for file types they already gave."""
    if not problems or all(p.code in WRONG_INPUTS for p in problems if not p.kept):
        return "give .txt, .html or .jsonl files, or folders holding them"
    return "each input's line above says why it was set aside"


@contextmanager
def _removed_if_nothing_read(db: str) -> Iterator[None]:
    """A run that reads nothing leaves no empty store behind (a store it did not create stays)."""
    path = Path(db.removeprefix("sqlite:///"))
    new_file = "://" not in db.replace("sqlite:///", "") and not path.exists()
    try:
        yield
    except NothingReadError:
        if new_file:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise


def _stored(store, field: str) -> Callable[[str], str | None]:
    """One field of a stored document, read when asked ('published', 'source'): only a document met
    again needs it, so the store is not read up front."""
    def value(doc_id: str) -> str | None:
        stored = store.documents([doc_id])
        return getattr(stored[0], field) if stored else None
    return value


def _id_taken(doc: Document, other_source: str | None, stored: bool) -> InputError:
    """FW110 naming the input that holds the id. A file's id is its name: two folders' '2016-12-01.txt'
    share one, and 'give each document its own id' told a .txt user nothing they could do."""
    where = f" by {other_source}" if other_source and other_source != doc.source else ""
    line = ":" in doc.source.rsplit("/", 1)[-1] and doc.source.rsplit(":", 1)[-1].isdigit()    # a .jsonl line
    if stored and not where:        # the same input, edited since it was stored
        hint = "the stored text is kept; to replace it, run into a new --out folder (or --db)"
    elif line:
        hint = "give each line its own `id`"
    else:
        hint = "rename one of the files: the id of a .txt or .html file is its name without the extension"
    return InputError(doc.source, f"id {doc.id!r} is already used{' in the store' if stored else ''}{where} "
                      "for a different text; kept the first", hint=hint, code="FW110")


def _new_documents(docs: Iterator[Document], known: dict[str, str], summary: RunSummary,
                   settings: Settings, stored_date: Callable[[str], str | None] = lambda _: None,
                   stored_source: Callable[[str], str | None] = lambda _: None) -> Iterator[Document]:
    """Skip cleaned documents the store already holds unchanged, repeated ids, and pages with no article."""
    seen: dict[str, str] = {}
    seen_source: dict[str, str] = {}
    for doc in docs:
        summary.read += 1
        if len(doc.clean_text.strip()) < settings.min_article_chars:
            summary.problems.append(InputError(
                doc.source, f"only {len(doc.clean_text.strip())} characters of article text after cleaning",
                hint="the page may hold only navigation; lower min_article_chars to keep it", code="FW116"))
            continue
        if known.get(doc.id) == doc.content_hash or seen.get(doc.id) == doc.content_hash:
            summary.unchanged += 1
            date_given = bool(doc.published) and doc.published_basis.startswith(GIVEN_DATE) and doc.id in known
            stored = stored_date(doc.id) if date_given else doc.published     # one read of the store
            if stored != doc.published:
                summary.problems.append(InputError(   # the FW117 hint must not lead nowhere
                    doc.source, f"already stored with publication date {stored or 'unknown'}; "
                    f"--published {doc.published} applies to new documents only",
                    hint="run it into a new --out folder (or --db) to extract it with this date",
                    code="FW118", kept=True))
            continue
        if doc.id in seen:
            summary.problems.append(_id_taken(doc, seen_source.get(doc.id), stored=False))
            continue
        if doc.id in known:
            summary.problems.append(_id_taken(doc, stored_source(doc.id), stored=True))
            continue
        seen[doc.id], seen_source[doc.id] = doc.content_hash, doc.source
        if not doc.published:
            summary.problems.append(InputError(
                doc.source, "no publication date found; relative dates ('on Monday') are left unresolved",
                hint="give --published YYYY-MM-DD, or a `published` field in a .jsonl line", code="FW117", kept=True))
        yield doc


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
