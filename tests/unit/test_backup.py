"""Automatic backups: verified copies, and rotation that keeps 7 daily, 4 weekly, 12 monthly."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from pathlib import Path

from makerspace_app.persistence import sqlite_file
from makerspace_app.services import backup


def _fake(folder: Path, when: dt.datetime, reason: str = "auto") -> Path:
    path = folder / sqlite_file.timestamped_name("makerspace", reason, when)
    path.write_bytes(b"")
    return path


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    start = dt.datetime(2026, 11, 26, 18, 0)
    for hours in range(0, 24 * 500, 6):  # four backups a day for 500 days
        _fake(tmp_path, start - dt.timedelta(hours=hours))
    manual = _fake(tmp_path, start - dt.timedelta(days=900), reason="before-upgrade")
    backup.rotate(tmp_path, "makerspace")
    kept = backup.list_backups(tmp_path, "makerspace")
    automatic = [b for b in kept if b.reason == "auto"]
    days = {b.taken_at.date() for b in automatic}
    assert len({b.taken_at.date() for b in automatic if start - b.taken_at < dt.timedelta(days=7)}) == 7
    assert len({b.taken_at.isocalendar()[:2] for b in automatic}) >= 4
    assert len({(b.taken_at.year, b.taken_at.month) for b in automatic}) == 12
    assert len(automatic) <= 7 + 4 + 12
    assert len(days) == len(automatic)  # at most one per day kept
    assert automatic[0].taken_at == start  # the newest is always kept
    assert manual.exists()  # backups made for a reason are never rotated away


def test_backup_if_due_makes_a_verified_private_copy_once_a_day(sqlite_db, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = dt.datetime(2026, 11, 26, 9, 0)
    made = backup.backup_if_due(sqlite_db.location, folder=folder, now=now)
    assert made is not None and made.path.exists()
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert backup.backup_if_due(sqlite_db.location, folder=folder, now=now + dt.timedelta(hours=5)) is None
    later = backup.backup_if_due(sqlite_db.location, folder=folder, now=now + dt.timedelta(days=1))
    assert later is not None
    assert backup.latest_backup(sqlite_db.location, folder).path == later.path
