"""The engine keeps data safe: SQLite settings, write transactions that lock at once,
private files, and database locations people type."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from makerspace_app.domain.errors import ValidationError
from makerspace_app.persistence.engine import Database, parse_location


def test_sqlite_connections_use_the_settings_that_keep_data(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_a_write_unit_of_work_takes_the_write_lock_before_its_first_read(
    sqlite_db: Database,
) -> None:
    """With stock pysqlite a read-then-write transaction takes the lock too late, which
    lets two desks double-book. Ours must hold it from BEGIN."""
    path = sqlite_db.location.sqlite_path
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with sqlite_db.session() as session:
            session.execute(text("SELECT count(*) FROM bookings"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released once the unit of work ended
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_only_units_of_work_do_not_block_writers(sqlite_db: Database) -> None:
    path = sqlite_db.location.sqlite_path
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with sqlite_db.session(read_only=True) as session:
            session.execute(text("SELECT count(*) FROM bookings"))
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_new_database_file_is_readable_by_its_owner_only(sqlite_db: Database) -> None:
    mode = stat.S_IMODE(sqlite_db.location.sqlite_path.stat().st_mode)
    assert mode == 0o600


@pytest.mark.parametrize(
    ("typed", "backend"),
    [
        ("makerspace.db", "sqlite"),
        ("sqlite:///tmp/x.db", "sqlite"),
        ("postgresql://desk@db.example.org/makerspace", "postgresql"),
        ("postgresql+psycopg://desk@db.example.org:5433/makerspace", "postgresql"),
    ],
)
def test_locations_people_type(typed: str, backend: str) -> None:
    location = parse_location(typed)
    assert location.url.get_backend_name() == backend
    if backend == "postgresql":
        assert location.url.get_driver_name() == "psycopg"
    else:
        assert Path(location.describe()).is_absolute()


def test_password_never_shown_in_the_database_description() -> None:
    location = parse_location("postgresql+psycopg://desk:s3cret@server/makerspace")
    assert "s3cret" not in location.describe()
    assert "s3cret" not in location.display_name


@pytest.mark.parametrize("typed", ["", "mysql://x@y/z", "sqlite://", "sqlite:///:memory:"])
def test_unusable_locations_are_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_location(typed)
    assert refused.value.message
