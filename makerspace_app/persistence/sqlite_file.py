"""Looking after a SQLite database file: inspect it without changing it, back it up, restore.

Every check here opens the file read-only (``mode=ro``), so a damaged or foreign file is never
changed. Backups use SQLite's online backup API and count only after the copy passes
``integrity_check``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileHealth:
    """What a read-only look at a database file found."""

    exists: bool
    is_sqlite: bool = True
    readable: bool = True
    writable: bool = True
    locked: bool = False
    problems: tuple[str, ...] = ()  # quick_check / integrity_check lines other than "ok"
    foreign_key_problems: int = 0
    revision: str | None = None  # alembic_version, if the file has one
    is_empty: bool = True  # no tables at all
    wal: bool = False  # the header says WAL mode (every file the app has written is)

    @property
    def sound(self) -> bool:
        return (
            self.exists
            and self.is_sqlite
            and self.readable
            and not self.problems
            and self.foreign_key_problems == 0
        )


def header_says_wal(path: Path) -> bool:
    """Bytes 18-19 of the header are 2 in WAL mode (1 in the older rollback-journal mode)."""
    with open(path, "rb") as fh:
        head = fh.read(20)
    return len(head) == 20 and head[18] == 2 and head[19] == 2


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    # A zero-length file is a valid, empty SQLite database.
    return head == SQLITE_HEADER or head == b""


def _open_read_only(path: Path, timeout: float = 1.0) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)


def inspect(path: Path, *, full: bool = False, verify: bool = True) -> FileHealth:
    """Look at a file without changing it. ``full`` runs integrity_check, else quick_check;
    ``verify=False`` skips both and the foreign-key check (they read the whole file, about a
    second on a large database: the window runs them in the background instead)."""
    if not path.exists():
        return FileHealth(exists=False)
    if not os.access(path, os.R_OK):
        return FileHealth(exists=True, readable=False, writable=False)
    try:
        if not has_sqlite_header(path):
            return FileHealth(exists=True, is_sqlite=False)
    except OSError:
        return FileHealth(exists=True, readable=False, writable=False)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    try:
        conn = _open_read_only(path)
    except sqlite3.Error:
        return FileHealth(exists=True, readable=False, writable=writable)
    try:
        try:
            if verify:
                rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            else:
                # Reading the schema still proves the header and first page are sound.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                rows = []
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return FileHealth(exists=True, writable=writable, locked=True)
            return FileHealth(exists=True, writable=writable, problems=(str(exc),))
        except sqlite3.DatabaseError as exc:
            message = str(exc)
            if "not a database" in message:
                return FileHealth(exists=True, is_sqlite=False)
            return FileHealth(exists=True, writable=writable, problems=(message,))
        problems = tuple(str(r[0]) for r in rows if str(r[0]).lower() != "ok")
        if problems:
            return FileHealth(exists=True, writable=writable, problems=problems)
        fk = len(conn.execute("PRAGMA foreign_key_check").fetchall()) if verify else 0
        tables = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        locked = _is_write_locked(path) if writable else False
        return FileHealth(
            exists=True,
            writable=writable,
            locked=locked,
            foreign_key_problems=fk,
            revision=revision,
            is_empty=not tables,
            wal=header_says_wal(path),
        )
    finally:
        conn.close()


def _is_write_locked(path: Path) -> bool:
    """True when another program holds a lock that keeps us from writing for a while."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=2.0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc).lower() or "busy" in str(exc).lower()
    finally:
        conn.close()


class BackupFailed(RuntimeError):
    pass


def backup(source: Path, dest: Path) -> Path:
    """Copy a live database to ``dest`` with the online backup API and verify the copy.

    The copy is written beside ``dest`` first and moved into place only once it passes
    integrity_check, so a failed backup never leaves a half-written file under that name.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    if tmp.exists():
        tmp.unlink()
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = _open_read_only(source, timeout=10.0)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                # A backup should be one self-contained file, not a WAL pair.
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        finally:
            src.close()
        verdict = verify_copy(tmp)
        if verdict != "ok":
            raise BackupFailed(f"the copy failed its integrity check: {verdict}")
        os.replace(tmp, dest)
        os.chmod(dest, 0o600)
    except sqlite3.Error as exc:
        raise BackupFailed(str(exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest


def verify_copy(path: Path) -> str:
    conn = _open_read_only(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems = [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
        if problems:
            return "; ".join(problems[:3])
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            return "foreign key references are broken"
        return "ok"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def restore(backup_file: Path, target: Path) -> None:
    """Put a verified backup in place of ``target`` (the caller has backed target up first)."""
    verdict = verify_copy(backup_file)
    if verdict != "ok":
        raise BackupFailed(f"{backup_file.name} is not a sound backup: {verdict}")
    tmp = target.with_name(target.name + ".restoring")
    shutil.copyfile(backup_file, tmp)
    os.chmod(tmp, 0o600)
    # Remove the live WAL and shared-memory files so they are not replayed over the backup.
    for suffix in ("-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            side.unlink()
    os.replace(tmp, target)


def timestamped_name(stem: str, reason: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    return f"{stem}-{now:%Y%m%d-%H%M%S}-{reason}.db"
