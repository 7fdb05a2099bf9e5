"""One engine factory for both databases, and the sessions that carry a unit of work.

SQLite (the embedded default) is opened with the settings that keep data (WAL,
synchronous=FULL, foreign keys on every connection, a busy timeout), and every write
transaction starts with ``BEGIN IMMEDIATE``: stock pysqlite starts the transaction only at the
first write, which lets a check-then-insert on two desks double-book (measured in
RELIABILITY.md). Read-only units of work start a deferred ``BEGIN`` so readers never queue
behind writers.

PostgreSQL is reached through psycopg 3 with the same models.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from makerspace_app.domain.errors import ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP

SQLITE_BUSY_TIMEOUT_MS = 5000
READ_ONLY_OPTION = "makerspace_read_only"


@dataclass(frozen=True)
class DatabaseLocation:
    """Where the data lives: a SQLite file path, or a server URL."""

    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path:
        if not self.is_sqlite or not self.url.database:
            raise ValueError("not a SQLite file location")
        return Path(self.url.database)

    def describe(self) -> str:
        """What the status bar and messages call this database (never with a password)."""
        if self.is_sqlite:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    @property
    def display_name(self) -> str:
        if self.is_sqlite:
            return self.sqlite_path.name
        host = self.url.host or "localhost"
        return f"{self.url.database}@{host}"


def parse_location(value: str) -> DatabaseLocation:
    """Turn what the user gave (--db, MAKERSPACE_DB) into a location.

    Accepts a file path, a ``sqlite:///path`` URL, or a ``postgresql+psycopg://`` URL.
    """
    value = value.strip()
    if not value:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "No database was given. Give a file path or a postgresql+psycopg:// address.",
            )
        )
    if "://" not in value:
        path = Path(value).expanduser().resolve()
        return DatabaseLocation(URL.create("sqlite", database=str(path)))
    try:
        url = make_url(value)
    except Exception:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "“{value}” is not a database address. Give a file path, sqlite:///path, or "
                "postgresql+psycopg://user@host/database.",
            ),
            value=value,
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "A SQLite database needs a file path, for example sqlite:///makerspace.db.",
                )
            )
        path = Path(url.database).expanduser().resolve()
        return DatabaseLocation(URL.create("sqlite", database=str(path)))
    if backend == "postgresql":
        if url.get_driver_name() != "psycopg":
            url = url.set(drivername="postgresql+psycopg")
        return DatabaseLocation(url)
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Makerspace works with SQLite files and PostgreSQL servers, not “{backend}”.",
        ),
        backend=backend,
    )


def ensure_private_file(path: Path) -> None:
    """Create the SQLite file (and its folder) readable by the user only, if missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)


def create_db_engine(location: DatabaseLocation, *, pool: bool = True) -> Engine:
    if location.is_sqlite:
        return _sqlite_engine(location.sqlite_path, pool=pool)
    return _postgresql_engine(location.url, pool=pool)


def _sqlite_engine(path: Path, *, pool: bool) -> Engine:
    # mode=rw: never create a file by accident (a mistyped path); creation is explicit.
    uri = f"file:{path}?mode=rw"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri,
            uri=True,
            timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,  # we issue BEGIN ourselves
            check_same_thread=False,
        )

    engine = create_engine(
        "sqlite://",
        creator=connect,
        poolclass=None if pool else NullPool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get(READ_ONLY_OPTION):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def with_password(url: URL) -> URL:
    """The address to connect with: a password typed in it wins; else the environment or the
    system keyring (config.recall_password); else none, and libpq reads PGPASSWORD or
    ~/.pgpass itself."""
    if url.password is not None:
        return url
    from makerspace_app.config import recall_password

    password = recall_password(url)
    return url if not password else url.set(password=password)


def _postgresql_engine(url: URL, *, pool: bool) -> Engine:
    url = with_password(url)
    kwargs: dict = {"pool_pre_ping": True}
    if not pool:
        kwargs = {"poolclass": NullPool}
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    return engine


class Database:
    """An open database: its location, engine and sessions for units of work."""

    def __init__(self, location: DatabaseLocation, engine: Engine | None = None) -> None:
        self.location = location
        self.engine = engine or create_db_engine(location)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._read_sessions = sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}),
            expire_on_commit=False,
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        factory = self._read_sessions if read_only else self._sessions
        with factory() as session:
            try:
                yield session
                if read_only:
                    session.rollback()
                else:
                    session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()
