"""Test set-up shared by every test.

- Qt runs offscreen, and every test gets its own MAKERSPACE_HOME so a developer's own
  preferences and data never leak in.
- ``db`` is a freshly migrated, empty database, once on SQLite and once on PostgreSQL.
  The PostgreSQL server is started by the suite itself (tests/pg_server.py) and stopped after.
  Where no PostgreSQL is installed those tests skip with the reason, except under CI=true,
  where that is a failure.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pg_server import PostgresServer, PostgresUnavailable  # noqa: E402

from makerspace_app.persistence.engine import Database, parse_location  # noqa: E402
from makerspace_app.services.database import open_database  # noqa: E402
from makerspace_app.services.uow import Actor, UnitOfWork, unit_of_work  # noqa: E402

IN_CI = os.environ.get("CI", "").lower() == "true"
_counter = itertools.count()


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MAKERSPACE_HOME", str(home))
    monkeypatch.delenv("MAKERSPACE_DB", raising=False)
    return home


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer().start()
    except PostgresUnavailable as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL is required under CI=true: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """A migrated, empty database that each test clones (much faster than migrating)."""
    name = "makerspace_template"
    url = pg_server.create_database(name)
    db = open_database(parse_location(url))
    db.dispose()
    return name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(parse_location(str(path)))
    db.dispose()
    return path


def _sqlite_copy(template: Path, folder: Path) -> Database:
    path = folder / "makerspace.db"
    shutil.copyfile(template, path)
    os.chmod(path, 0o600)
    return open_database(parse_location(str(path)))


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    db = _sqlite_copy(sqlite_template, tmp_path)
    yield db
    db.dispose()


@pytest.fixture
def pg_db(pg_server: PostgresServer, pg_template: str) -> Iterator[Database]:
    name = f"t{os.getpid()}_{next(_counter)}"
    url = pg_server.create_database(name, template=pg_template)
    db = open_database(parse_location(url))
    yield db
    db.dispose()
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db(request: pytest.FixtureRequest) -> Database:
    """An empty, migrated database: each test using it runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_db")
    return request.getfixturevalue("pg_db")


@pytest.fixture
def uow_factory(db: Database):
    """Open a unit of work on ``db`` as some actor (default: the system actor)."""

    def make(actor: Actor | None = None, read_only: bool = False, clock=None):
        if clock is None:
            return unit_of_work(db, actor or Actor.system(), read_only=read_only)
        return unit_of_work(db, actor or Actor.system(), read_only=read_only, clock=clock)

    return make


@pytest.fixture
def uow(db: Database) -> Iterator[UnitOfWork]:
    """One unit of work as the system actor, committed at the end of the test."""
    with unit_of_work(db, Actor.system()) as work:
        yield work
