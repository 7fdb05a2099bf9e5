"""A throwaway PostgreSQL server for the test suite.

Started in a temporary directory on a free loopback port, stopped at the end of the run.
PostgreSQL refuses to run as root (CI runs as root), so then the server runs as an
unprivileged user ("nobody" unless MAKERSPACE_TEST_PG_USER says otherwise).
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def find_bin_dir() -> Path | None:
    """The bin directory of the newest PostgreSQL server installed, or None."""
    explicit = os.environ.get("MAKERSPACE_TEST_PG_BIN")
    if explicit:
        return Path(explicit)
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        bin_dir = find_bin_dir()
        if bin_dir is None or not (bin_dir / "initdb").exists():
            raise PostgresUnavailable(
                "no PostgreSQL server is installed (looked for pg_ctl on PATH and in "
                "/usr/lib/postgresql/*/bin); install postgresql to run these tests"
            )
        self.bin_dir = bin_dir
        self.port = _free_port()
        self.run_as: str | None = None
        if os.geteuid() == 0:
            self.run_as = os.environ.get("MAKERSPACE_TEST_PG_USER", "nobody")
        self.user = self.run_as or pwd.getpwuid(os.geteuid()).pw_name
        self.root = Path(tempfile.mkdtemp(prefix="makerspace-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._started = False

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        kwargs: dict = {}
        if self.run_as:
            kwargs["user"] = self.run_as
        return subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            cwd=self.root,
            capture_output=True,
            text=True,
            check=check,
            **kwargs,
        )

    def start(self) -> PostgresServer:
        if self.run_as:
            entry = pwd.getpwnam(self.run_as)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o700)
        try:
            self._run(
                "initdb", "-D", str(self.data), "-A", "trust", "-U", self.user,
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            )
        except subprocess.CalledProcessError as exc:
            raise PostgresUnavailable(f"initdb failed: {exc.stderr.strip()[:500]}") from exc
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c shared_buffers=64MB"
        )
        result = self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w",
            "-t", "60", "start", check=False,
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-800:] if self.log.exists() else ""
            raise PostgresUnavailable(f"the server did not start: {result.stderr.strip()} {log}")
        self._started = True
        atexit.register(self.stop)
        return self

    def stop(self) -> None:
        if self._started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
            self._started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.user, dbname=database, autocommit=True
        ) as conn:
            conn.execute(statement)

    def create_database(self, name: str, template: str | None = None) -> str:
        clause = f' TEMPLATE "{template}"' if template else ""
        for attempt in range(20):
            try:
                self.sql(f'CREATE DATABASE "{name}"{clause}')
                return self.url(name)
            except Exception as exc:  # the template may still have a closing connection
                if "being accessed by other users" not in str(exc) or attempt == 19:
                    raise
                time.sleep(0.1)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
