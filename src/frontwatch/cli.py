"""The command line: turns arguments into calls and errors into one clean line."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .errors import FrontwatchError, problem_lines  # noqa: F401 - problem_lines is also cli's
from .settings import Settings, load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="frontwatch: an auditable situation picture from conflict reports.")
err = Console(stderr=True, highlight=False, soft_wrap=True)
stdout = Console(highlight=False, soft_wrap=True)


def _fail(exc: FrontwatchError) -> None:
    for line in problem_lines(getattr(exc, "problems", [])):
        err.print(line, markup=False)
    err.print(exc.line(), markup=False)
    raise typer.Exit(code=1)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _settings(settings_file: Optional[Path], **overrides) -> Settings:
    return load_settings(settings_file, **overrides)


@app.command()
def run(
    paths: list[Path] = typer.Argument(..., help="Files (.txt, .html, .jsonl) and folders to read."),
    out: Path = typer.Option(..., "--out", help="Folder for the exports and brief.html."),
    db: Optional[str] = typer.Option(None, "--db", help="Store: a SQLite file, an earlier run's --out folder, or a postgresql:// URL (default: OUT/frontwatch.db)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for every input that lacks one: YYYY-MM-DD, or written out (28 November 2016)."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Processes for the NLP stage (default: all cores)."),
    engine: Optional[str] = typer.Option(None, "--engine", help="local or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (with --engine dask)."),
    settings_file: Optional[Path] = typer.Option(None, "--settings", help="TOML file of settings."),
) -> None:
    """Read reports, extract, fuse, store, and write exports and the briefing."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from . import pipeline
    from .ingest import check_date

    try:
        if published:
            published = check_date(published, "--published")     # "28 November 2016" -> 2016-11-28
        settings = _settings(settings_file, workers=workers, engine=engine, scheduler=scheduler)
        with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
                      TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("extracting", total=None)
            summary = pipeline.run(paths, out, db=db, published=published, settings=settings,
                                   on_progress=lambda n: bar.advance(task, n))
    except FrontwatchError as exc:
        _fail(exc)
        return
    lines = problem_lines(summary.problems)
    for line in lines:
        err.print(line, markup=False)
    skipped = sum(line.startswith("skipped") for line in lines)
    set_aside = summary.read - summary.new - summary.unchanged     # too short, or an id used twice
    stdout.print(f"read {_count(summary.read, 'document')}: {summary.new} new, {summary.unchanged} already stored"
                 + (f", {set_aside} set aside" if set_aside else "")
                 + f"; {_count(skipped, 'input')} skipped, {len(lines) - skipped} read with notes", markup=False)
    stdout.print(f"picture: {_count(summary.events, 'event')}, {_count(summary.claims, 'claim')}, "
                 f"{_count(summary.disputes, 'dispute')}, {_count(summary.control, 'control period')}", markup=False)
    for path in summary.outputs:
        stdout.print(f"wrote {path}", markup=False)


@app.command("eval")
def evaluate(
    corpus: Path = typer.Argument(..., help="Folder of articles."),
    gold: Path = typer.Argument(..., help="Folder of *.gold.json files."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the scores as JSON here."),
    settings_file: Optional[Path] = typer.Option(None, "--settings", help="TOML file of settings."),
) -> None:
    """Score extraction and fusion against gold files (precision, recall, F1; accuracies)."""
    import json

    from .errors import GoldError, output_error
    from .evaluate import evaluate_corpus, format_scores
    from .export import write_pieces

    try:
        if not corpus.exists():
            raise GoldError(f"{corpus}: no such corpus folder", hint="give the folder of articles the gold describes")
        json_hint = "give --json a file path in a writable folder"
        if json_out and (json_out.is_dir() or not json_out.parent.is_dir()):     # before minutes of scoring
            raise output_error(json_out, IsADirectoryError(21, "a folder") if json_out.is_dir()
                               else FileNotFoundError(2, f"folder {json_out.parent} does not exist"), json_hint)
        scores = evaluate_corpus(corpus, gold, _settings(settings_file))
        stdout.print(format_scores(scores), markup=False)
        if json_out:
            write_pieces(json_out, [json.dumps(scores, indent=1)], json_hint)
    except FrontwatchError as exc:
        _fail(exc)


@app.command()
def report(
    db: str = typer.Option(..., "--db", help="Store to read."),
    out: Path = typer.Option(..., "--out", help="Folder for brief.html and the exports."),
    settings_file: Optional[Path] = typer.Option(None, "--settings", help="TOML file of settings."),
) -> None:
    """Write the exports and brief.html from an existing store."""
    from . import export, outputs
    from .resolve import Resolver
    from .store import existing_store_url, open_store

    try:
        with open_store(existing_store_url(db)) as store:
            picture = store.picture()
            export.output_folder(out)
            settings = _settings(settings_file)
            resolver = Resolver.default(settings)    # the user's gazetteer folder, if set
            paths = outputs.write_outputs(out, store, picture, resolver, settings)
    except FrontwatchError as exc:
        _fail(exc)
        return
    for path in paths:
        stdout.print(f"wrote {path}", markup=False)


@app.command()
def serve(
    db: str = typer.Option(..., "--db", help="Store to serve: a run's --out folder, its .db file, or a server URL."),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: Optional[str] = typer.Option(None, "--token", envvar="FRONTWATCH_TOKEN", help="Token that writes require."),
    settings_file: Optional[Path] = typer.Option(None, "--settings", help="TOML file of settings."),
) -> None:
    """Serve the JSON API and the live briefing."""
    import uvicorn

    from .serve import create_app
    from .store import SERVER_SCHEMES, existing_store_url, store_url

    try:
        settings = _settings(settings_file, serve_token=token)
        url = store_url(db)
        new_store = not url.startswith(SERVER_SCHEMES) and not Path(url).exists()
        # a read-only server can never fill an empty store: a mistyped --db is an error, not an empty picture
        db = url if settings.serve_token else existing_store_url(db)
        application = create_app(db, settings)
        _check_can_listen(host, port)
    except FrontwatchError as exc:
        _fail(exc)
        return
    if new_store:
        stdout.print(f"note: no store at {db} yet; serving an empty picture until POST /documents fills it",
                     markup=False)
    stdout.print(f"serving {db} at http://{host}:{port}/ (API docs at /docs; Ctrl-C stops)", markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _check_can_listen(host: str, port: int) -> None:
    """A port in use or a host not on this machine: one line before 'serving ...', not uvicorn's log."""
    import socket

    from .errors import SettingError

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)     # as uvicorn binds
            probe.bind(address)
    except (OSError, OverflowError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise SettingError(f"--host {host} --port {port}: cannot listen there ({reason})",
                           hint="give another --port, stop the program that uses it, or give a --host of "
                                "this machine (127.0.0.1)") from None


@app.command("settings")
def show_settings() -> None:
    """List every setting with its default and what it does."""
    stdout.print("Set any of these in a TOML file given with --settings (name = value), or as an environment "
                 "variable FRONTWATCH_<NAME>.\n", markup=False)
    for name, default, help_text in Settings.help_table():
        stdout.print(f"{name} = {default!r}\n    {help_text}", markup=False)


def main() -> None:
    """Entry point: a bug still ends in one line, never a traceback (FRONTWATCH_DEBUG=1 shows it)."""
    import os

    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for the user
        if os.environ.get("FRONTWATCH_DEBUG"):
            raise
        err.print(f"error FW999: internal error: {type(exc).__name__}: {exc} "
                  "(hint: rerun with FRONTWATCH_DEBUG=1 and report the traceback)", markup=False)
        sys.exit(2)
