"""Automatic backups of a SQLite database, and their rotation.

A backup is made at start-up (before any migration) and at most daily while the app runs,
with SQLite's online backup API; a copy counts only once it passes integrity_check. Rotation
keeps the newest copy of each of the last 7 days, 4 weeks and 12 months (as Anki thins its
backups). On PostgreSQL, backups are the server's job (pg_dump).

Restoring from the app (Settings) is an admin's action: ``restore_backup`` checks the role,
closes the database, backs the current file up, puts the backup in its place, reopens it and
records the restore in the restored file's audit log.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from makerspace_app.config import backup_folder
from makerspace_app.domain.enums import StaffRole
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence import sqlite_file
from makerspace_app.persistence.engine import Database, DatabaseLocation
from makerspace_app.persistence.models import StaffMember
from makerspace_app.services.database import (
    open_database,
    restore_database,
    verified_backup,
)
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import Actor, unit_of_work

ACTION_RESTORE = QT_TRANSLATE_NOOP("Actions", "restore a backup")
ACTION_BACKUP = QT_TRANSLATE_NOOP("Actions", "make a backup")
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
AUTO = "auto"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # local time of the computer, from the file name
    reason: str

    @property
    def size(self) -> int:
        """Bytes on disk (0 if the file went away since it was listed)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


@dataclass(frozen=True)
class Restored:
    db: Database  # the restored database, open
    saved_as: Path | None  # where the file it replaced was backed up first


def backup_dir() -> Path:
    return backup_folder()


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """Backups of the database named ``stem`` in ``folder``, newest first."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{stem}-*.db"):
        match = _NAME.match(path.name)
        if not match or match.group("stem") != stem:
            continue
        taken = dt.datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S")
        found.append(BackupFile(path, taken, match.group("reason")))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def latest_backup(location: DatabaseLocation, folder: Path | None = None) -> BackupFile | None:
    if not location.is_sqlite:
        return None
    backups = list_backups(folder or backup_dir(), location.sqlite_path.stem)
    return backups[0] if backups else None


def is_due(location: DatabaseLocation, now: dt.datetime, folder: Path | None = None,
           interval: dt.timedelta = dt.timedelta(days=1)) -> bool:
    latest = latest_backup(location, folder)
    return latest is None or now - latest.taken_at >= interval


def make_backup(location: DatabaseLocation, *, folder: Path | None = None, reason: str = AUTO,
                now: dt.datetime | None = None) -> BackupFile:
    """A verified copy in the backup folder, then rotation of the automatic copies."""
    folder = folder or backup_dir()
    now = now or dt.datetime.now()
    stem = location.sqlite_path.stem
    path = verified_backup(location, folder / sqlite_file.timestamped_name(stem, reason, now))
    rotate(folder, stem)
    return BackupFile(path, now.replace(microsecond=0), reason)


def backup_if_due(location: DatabaseLocation, *, folder: Path | None = None,
                  now: dt.datetime | None = None) -> BackupFile | None:
    now = now or dt.datetime.now()
    if not location.is_sqlite or not is_due(location, now, folder):
        return None
    return make_backup(location, folder=folder, now=now)


def to_keep(backups: list[BackupFile]) -> set[Path]:
    """The newest backup of each of the last 7 days, 4 ISO weeks and 12 months."""
    keep: set[Path] = set()
    for key, limit in (
        (lambda b: b.taken_at.date(), KEEP_DAILY),
        (lambda b: b.taken_at.isocalendar()[:2], KEEP_WEEKLY),
        (lambda b: (b.taken_at.year, b.taken_at.month), KEEP_MONTHLY),
    ):
        seen = []
        for backup in backups:  # newest first, so the first of each period is its newest
            period = key(backup)
            if period in seen:
                continue
            seen.append(period)
            if len(seen) > limit:
                break
            keep.add(backup.path)
    return keep


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete automatic backups that fall outside the schedule; others are never touched."""
    automatic = [b for b in list_backups(folder, stem) if b.reason == AUTO]
    keep = to_keep(automatic)
    removed = []
    for backup in automatic:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def backup_now(db: Database, actor: Actor, *, folder: Path | None = None) -> BackupFile:
    """A verified backup on request (Settings): coordinators and admins. Never rotated away."""
    with unit_of_work(db, actor, read_only=True) as uow:
        require(uow, StaffRole.COORDINATOR, ACTION_BACKUP)
    made = make_backup(db.location, folder=folder, reason="manual")
    with unit_of_work(db, actor) as uow:
        uow.audit("backup", "database", None, file=made.path.name)
    return made


def restore_backup(db: Database, actor: Actor, source: Path, *,
                   folder: Path | None = None) -> Restored:
    """Replace the open database with a backup (admins only). The current file is backed up
    first (verified); ``db`` is closed and the restored file returned open. On a refusal or a
    failure the current file is left as it was and ``db`` stays usable."""
    location = db.location
    with unit_of_work(db, actor, read_only=True) as uow:
        require(uow, StaffRole.ADMIN, ACTION_RESTORE)
    db.dispose()  # no connection of ours may stay open on a file being replaced
    saved = restore_database(location, source, folder or backup_folder())
    restored = open_database(location)
    try:
        with unit_of_work(restored, actor) as uow:
            # The restored file may not know this staff member (an older backup).
            known = actor.staff_id is not None and uow.session.scalar(
                select(StaffMember.id).where(StaffMember.id == actor.staff_id,
                                             StaffMember.username == actor.name)
            ) is not None
            uow.actor = actor if known else Actor(actor.name, actor.role, None)
            uow.audit("restore", "database", None, source=source.name,
                      saved_as=saved.name if saved else None)
    except BaseException:
        restored.dispose()
        raise
    return Restored(restored, saved)


def latest_good_backup(location: DatabaseLocation, folder: Path | None = None) -> BackupFile | None:
    """The newest backup of this database that passes integrity_check (the start-up dialog
    offers it when the database itself cannot be opened)."""
    if not location.is_sqlite:
        return None
    for candidate in list_backups(folder or backup_dir(), location.sqlite_path.stem):
        if sqlite_file.verify_copy(candidate.path) == "ok":
            return candidate
    return None


def copy_for_opening(backup: Path, location: DatabaseLocation,
                     now: dt.datetime | None = None) -> Path:
    """A private copy of a backup beside the database that failed, to open instead of it.
    The failed file is left exactly as it is; the backup too (opening a file changes it)."""
    now = now or dt.datetime.now()
    target = location.sqlite_path.with_name(
        f"{location.sqlite_path.stem}-from-backup-{now:%Y%m%d-%H%M%S}.db")
    sqlite_file.restore(backup, target)  # verified, written 0600, moved into place whole
    return target
