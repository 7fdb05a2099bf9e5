"""Opening, checking, migrating, backing up and restoring the database.

Start-up follows the order trusted apps use (RELIABILITY.md): look at the file without
changing it (quick_check, foreign_key_check) → refuse a schema newer than the app → back up
(verified) before migrating → migrate in one transaction. A file that fails any check is
reported with a DatabaseProblem naming what is wrong; it is never changed or deleted.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from makerspace_app.config import backup_folder
from makerspace_app.domain import errors
from makerspace_app.domain.errors import DatabaseProblem, ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence import migrate, sqlite_file
from makerspace_app.persistence.engine import (
    Database,
    DatabaseLocation,
    ensure_private_file,
)

NETWORK_SHARE = QT_TRANSLATE_NOOP(
    "DomainError",
    "The database {path} is on a network share ({filesystem}). A SQLite file there is not safe to "
    "use from several desks: its locking is unreliable and WAL mode does not work. Use it "
    "from this computer only, or keep shared data on a PostgreSQL server.",
)


def network_share_warning(location: DatabaseLocation) -> DatabaseProblem | None:
    """A warning (not a refusal) when a SQLite file lies on a network share, where the
    platform lets us tell. None on a local disk and for PostgreSQL."""
    if not location.is_sqlite:
        return None
    kind = sqlite_file.network_filesystem(location.sqlite_path)
    if kind is None:
        return None
    return DatabaseProblem(NETWORK_SHARE, kind="network_share", path=location.describe(),
                           filesystem=kind)


@dataclass(frozen=True)
class CheckReport:
    """The result of ``db check``: sound only when every line is fine."""

    sound: bool
    lines: tuple[str, ...]


def problem_for(location: DatabaseLocation, health: sqlite_file.FileHealth) -> DatabaseProblem | None:
    """The DatabaseProblem a file's health amounts to, or None when it can be opened."""
    path = location.describe()
    if not health.exists:
        return None
    if not health.readable:
        return DatabaseProblem(
            QT_TRANSLATE_NOOP("DomainError", "The database {path} cannot be read (permissions)."),
            kind="unreadable",
            path=path,
        )
    if not health.is_sqlite:
        return DatabaseProblem(errors.NOT_A_DATABASE, kind="not_a_database", path=path)
    if health.problems:
        return DatabaseProblem(
            errors.CORRUPT_DATABASE, kind="corrupt", path=path, detail=health.problems[0]
        )
    if health.foreign_key_problems:
        return DatabaseProblem(
            errors.CORRUPT_DATABASE,
            kind="corrupt",
            path=path,
            detail=f"{health.foreign_key_problems} broken references",
        )
    if health.locked:
        return DatabaseProblem(errors.DATABASE_LOCKED, kind="locked", path=path)
    if not health.writable:
        return DatabaseProblem(errors.DATABASE_READ_ONLY, kind="read_only", path=path)
    if migrate.is_newer_than_app(health.revision):
        return DatabaseProblem(
            errors.SCHEMA_TOO_NEW, kind="too_new", path=path, found=health.revision
        )
    return None


def open_database(
    location: DatabaseLocation,
    *,
    create: bool = True,
    migrate_schema: bool = True,
    backup_dir: Path | None = None,
    verify: bool = True,
) -> Database:
    """Open (and if needed create and migrate) a database, or raise a DatabaseProblem.

    ``verify=False`` leaves out the whole-file checks (quick_check, foreign_key_check) for a
    caller that runs them itself in the background; a migration always verifies first."""
    if location.is_sqlite:
        return _open_sqlite(location, create, migrate_schema, backup_dir, verify)
    return _open_server(location, migrate_schema)


def _open_sqlite(
    location: DatabaseLocation, create: bool, migrate_schema: bool, backup_dir: Path | None,
    verify: bool,
) -> Database:
    path = location.sqlite_path
    health = sqlite_file.inspect(path, verify=verify)
    if not verify and health.exists and not health.is_empty and (
        not health.wal or (migrate_schema and health.revision != migrate.head_revision())
    ):
        # Check now what would otherwise be checked in the background: before a migration,
        # and before the first open of a file from elsewhere (a restored backup, a copy),
        # which switching it to WAL mode would change.
        health = sqlite_file.inspect(path)
    problem = problem_for(location, health)
    if problem is not None:
        raise problem
    if not health.exists:
        if not create:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "There is no database at {path}. Check the path, or run "
                    "“makerspace-app db upgrade” to create one there.",
                ),
                kind="missing",
                path=str(path),
            )
        try:
            ensure_private_file(path)
        except OSError as exc:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "DomainError", "Cannot create the database {path}: {detail}."
                ),
                kind="read_only",
                path=str(path),
                detail=exc.strerror or str(exc),
            ) from exc
    db = Database(location)
    try:
        if migrate_schema and health.revision != migrate.head_revision():
            if health.exists and not health.is_empty:
                backup_before_migration(db, backup_dir)
            _migrate(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _open_server(location: DatabaseLocation, migrate_schema: bool) -> Database:
    db = Database(location)
    try:
        try:
            revision = migrate.current_revision(db.engine)
        except OperationalError as exc:
            raise DatabaseProblem(
                errors.CANNOT_CONNECT,
                kind="unreachable",
                where=location.describe(),
                detail=_first_line(exc.orig),
            ) from None
        if migrate.is_newer_than_app(revision):
            raise DatabaseProblem(
                errors.SCHEMA_TOO_NEW, kind="too_new", path=location.describe(), found=revision
            )
        if migrate_schema and revision != migrate.head_revision():
            _migrate(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _migrate(db: Database) -> None:
    try:
        migrate.upgrade(db.engine)
    except (OperationalError, sqlite3.OperationalError) as exc:
        raise classify_write_error(db.location, exc) from None


def classify_write_error(location: DatabaseLocation, exc: Exception) -> DatabaseProblem:
    message = str(getattr(exc, "orig", exc)).lower()
    path = location.describe()
    if "full" in message or "disk i/o" in message:
        return DatabaseProblem(errors.DISK_FULL, kind="disk_full", path=path)
    if "readonly" in message or "read-only" in message:
        return DatabaseProblem(errors.DATABASE_READ_ONLY, kind="read_only", path=path)
    if "locked" in message or "busy" in message:
        return DatabaseProblem(errors.DATABASE_LOCKED, kind="locked", path=path)
    if not location.is_sqlite:
        return DatabaseProblem(errors.CANNOT_CONNECT, kind="unreachable", where=path,
                               detail=_first_line(exc))
    return DatabaseProblem(
        errors.CORRUPT_DATABASE, kind="corrupt", path=path, detail=_first_line(exc)
    )


def _first_line(exc: object) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def backup_before_migration(db: Database, backup_dir: Path | None) -> Path:
    folder = backup_dir or backup_folder()
    name = sqlite_file.timestamped_name(db.location.sqlite_path.stem, "before-upgrade")
    return verified_backup(db.location, folder / name)


def verified_backup(location: DatabaseLocation, dest: Path) -> Path:
    try:
        return sqlite_file.backup(location.sqlite_path, dest)
    except (sqlite_file.BackupFailed, OSError) as exc:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Could not make a verified backup of {path} ({detail}), so nothing was changed.",
            ),
            kind="backup_failed",
            path=location.describe(),
            detail=str(exc),
        ) from exc


def check_database(location: DatabaseLocation) -> CheckReport:
    """Integrity, foreign keys and schema version, without changing anything."""
    if location.is_sqlite:
        health = sqlite_file.inspect(location.sqlite_path, full=True)
        if not health.exists:
            return CheckReport(False, (f"no database at {location.describe()}",))
        problem = problem_for(location, health)
        if problem is not None and problem.kind not in ("locked", "read_only"):
            return CheckReport(False, (problem.message,))
        lines = ["integrity_check: ok", "foreign_key_check: ok"]
        warning = network_share_warning(location)
        if warning is not None:
            lines.insert(0, f"warning: {warning.message}")
        return CheckReport(*_schema_line(health.revision, lines))
    db = Database(location)
    try:
        revision = migrate.current_revision(db.engine)
        return CheckReport(*_schema_line(revision, ["server reachable: ok"]))
    except OperationalError as exc:
        return CheckReport(
            False,
            (
                errors.CANNOT_CONNECT.format(
                    where=location.describe(), detail=_first_line(exc.orig)
                ),
            ),
        )
    finally:
        db.dispose()


def _schema_line(revision: str | None, lines: list[str]) -> tuple[bool, tuple[str, ...]]:
    head = migrate.head_revision()
    if revision == head:
        lines.append(f"schema: {revision} (current)")
        return True, tuple(lines)
    if migrate.is_newer_than_app(revision):
        lines.append(f"schema: {revision} is newer than this app ({head})")
    elif revision is None:
        lines.append("schema: none (not a Makerspace database yet; db upgrade creates it)")
    else:
        lines.append(f"schema: {revision}, needs upgrade to {head} (db upgrade)")
    return False, tuple(lines)


def upgrade_database(location: DatabaseLocation, backup_dir: Path | None = None) -> str:
    """Create or migrate the database to the app's schema; returns the revision now in force."""
    db = open_database(location, create=True, migrate_schema=True, backup_dir=backup_dir)
    try:
        return migrate.current_revision(db.engine) or ""
    finally:
        db.dispose()


def pg_dump_command(location: DatabaseLocation) -> str:
    """The command that backs up this PostgreSQL database (never with the password)."""
    import shlex

    url = location.url
    parts = ["pg_dump", "-h", url.host or "localhost"]
    if url.port:
        parts += ["-p", str(url.port)]
    if url.username:
        parts += ["-U", url.username]
    database = url.database or "makerspace"
    parts += ["-Fc", "-f", f"{database}.dump", database]
    return " ".join(shlex.quote(p) for p in parts)


def pg_restore_command(location: DatabaseLocation) -> str:
    import shlex

    url = location.url
    parts = ["pg_restore", "-h", url.host or "localhost"]
    if url.port:
        parts += ["-p", str(url.port)]
    if url.username:
        parts += ["-U", url.username]
    database = url.database or "makerspace"
    parts += ["--clean", "-d", database, f"{database}.dump"]
    return " ".join(shlex.quote(p) for p in parts)


def _require_sqlite(location: DatabaseLocation) -> None:
    if not location.is_sqlite:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Backups of a PostgreSQL database are the server's job: use pg_dump, "
                "for example “{command}”.",
            ),
            command=pg_dump_command(location),
        )


def backup_database(location: DatabaseLocation, dest: Path) -> Path:
    """A verified copy of the database at ``dest`` (a file, or a folder to put it in)."""
    _require_sqlite(location)
    source = location.sqlite_path
    health = sqlite_file.inspect(source)
    problem = problem_for(location, health) if health.exists else None
    if not health.exists:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("DomainError", "There is no database at {path} to back up."),
            kind="missing",
            path=str(source),
        )
    if problem is not None and problem.kind not in ("locked", "read_only", "too_new"):
        raise problem
    dest = dest.expanduser().resolve()
    if dest.is_dir():
        dest = dest / sqlite_file.timestamped_name(source.stem, "backup")
    if dest == source:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "A backup cannot overwrite the database itself. Choose another file."
            )
        )
    return verified_backup(location, dest)


def restore_database(
    location: DatabaseLocation, source: Path, backup_dir: Path | None = None
) -> Path | None:
    """Replace the database with a backup, after backing up the current file.

    Returns where the current file was saved (None when there was no current file).
    """
    _require_sqlite(location)
    source = source.expanduser().resolve()
    if not source.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no backup file at {path}."),
            path=str(source),
        )
    health = sqlite_file.inspect(source, full=True)
    if not health.is_sqlite:
        raise DatabaseProblem(errors.NOT_A_DATABASE, kind="not_a_database", path=str(source))
    if health.problems or health.foreign_key_problems:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{path} is damaged and cannot be restored. Choose another backup.",
            ),
            kind="corrupt",
            path=str(source),
        )
    if migrate.is_newer_than_app(health.revision):
        raise DatabaseProblem(errors.SCHEMA_TOO_NEW, kind="too_new", path=str(source), found=health.revision)
    if health.revision is None and not health.is_empty:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is an SQLite file but not a Makerspace backup."
            ),
            path=str(source),
        )
    target = location.sqlite_path
    if source == target:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "That file is the database itself, not a backup.")
        )
    saved: Path | None = None
    if target.exists():
        folder = backup_dir or backup_folder()
        saved = verified_backup(
            location, folder / sqlite_file.timestamped_name(target.stem, "before-restore")
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sqlite_file.restore(source, target)
    except (sqlite_file.BackupFailed, OSError) as exc:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "DomainError", "Could not restore {path}: {detail}. The current file was kept."
            ),
            kind="restore_failed",
            path=str(source),
            detail=str(exc),
        ) from exc
    return saved


def table_names(db: Database) -> set[str]:
    return set(sa_inspect(db.engine).get_table_names())


def is_empty(db: Database) -> bool:
    """True when the database holds no participants, equipment, staff or workshops."""
    with db.session(read_only=True) as s:
        for table in ("participants", "equipment", "staff", "workshops", "bookings"):
            if s.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None:
                return False
    return True
