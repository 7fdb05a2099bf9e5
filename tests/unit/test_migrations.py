"""Migrations: the schema the app creates matches its models, round-trips, and a database
newer than the app is refused and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from makerspace_app.domain.errors import DatabaseProblem
from makerspace_app.persistence import migrate
from makerspace_app.persistence.engine import Database, parse_location
from makerspace_app.persistence.models import Base
from makerspace_app.services.database import open_database


def _schema_diffs(db: Database) -> list:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": migrate.is_modelled})
        return compare_metadata(context, Base.metadata)


def test_upgrade_from_empty_creates_every_table_matching_the_models(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert _schema_diffs(db) == []


def test_downgrade_to_nothing_and_upgrade_again(db: Database) -> None:
    migrate.downgrade(db.engine, "base")
    remaining = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    assert remaining == set()
    migrate.upgrade(db.engine)
    assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
    assert _schema_diffs(db) == []


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_schema_newer_than_app_is_refused_and_untouched(sqlite_db: Database) -> None:
    path = sqlite_db.location.sqlite_path
    sqlite_db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseProblem) as refused:
        open_database(parse_location(str(path)))
    assert refused.value.kind == "too_new"
    assert "newer version" in refused.value.message
    assert _digest(path) == before


@pytest.mark.pg
def test_postgresql_schema_newer_than_app_is_refused(pg_db: Database) -> None:
    with pg_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(DatabaseProblem) as refused:
        open_database(pg_db.location)
    assert refused.value.kind == "too_new"
    with pg_db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_from_the_future"
        )


def test_sqlite_migration_keeps_foreign_keys_on_afterwards(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_upgrading_an_old_database_backs_it_up_first(tmp_path: Path, sqlite_template: Path) -> None:
    # A file behind the app's schema, holding data: take a current one back to no schema.
    path = tmp_path / "old.db"
    path.write_bytes(sqlite_template.read_bytes())
    db = open_database(parse_location(str(path)))
    migrate.downgrade(db.engine, "base")
    with db.engine.begin() as c:
        c.exec_driver_sql("CREATE TABLE keepsake (note TEXT)")
        c.exec_driver_sql("INSERT INTO keepsake VALUES ('written before the upgrade')")
    db.dispose()
    backups = tmp_path / "backups"
    db = open_database(parse_location(str(path)), backup_dir=backups)
    db.dispose()
    copies = list(backups.glob("old-*-before-upgrade.db"))
    assert len(copies) == 1
    saved = sqlite3.connect(copies[0])
    assert saved.execute("SELECT note FROM keepsake").fetchone() == ("written before the upgrade",)
    saved.close()


def test_upgrade_from_the_first_schema_version_keeps_every_row(db: Database) -> None:
    """A database written at revision 0001, with a whole small makerspace in it, upgraded."""
    from makerspace_app.demo import fill_demo

    fill_demo(db, "small")
    migrate.downgrade(db.engine, "0001")
    assert migrate.current_revision(db.engine) == "0001"
    tables = sorted(Base.metadata.tables)

    def counts() -> dict[str, int]:
        with db.engine.connect() as conn:
            return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}

    before = counts()
    assert before["bookings"] > 1000 and before["participants"] >= 200
    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert counts() == before
    assert "ix_bookings_equipment_status_starts" in {i["name"] for i in inspect(db.engine).get_indexes("bookings")}
    assert _schema_diffs(db) == []


def test_revisions_read_from_file_names_agree_with_alembic() -> None:
    """Start-up reads revisions from db/versions file names; Alembic must see the same."""
    scripts = migrate.script_directory()
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in scripts.walk_revisions()}
