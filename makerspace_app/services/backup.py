"""Automatic backups of a SQLite database, and their rotation.

A backup is made at start-up (before any migration) and at most daily while the app runs,
with SQLite's online backup API; a copy counts only once it passes integrity_check. Rotation
keeps the newest copy of each of the last 7 days, 4 weeks and 12 months (as Anki thins its
backups). On PostgreSQL, backups are the server's job (pg_dump).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from makerspace_app.config import LocalPreferences, default_backup_dir
from makerspace_app.persistence import sqlite_file
from makerspace_app.persistence.engine import DatabaseLocation
from makerspace_app.services.database import verified_backup

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


def backup_dir() -> Path:
    chosen = LocalPreferences.load().backup_dir
    return Path(chosen).expanduser() if chosen else default_backup_dir()


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
