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


def test_restore_backup_is_for_admins_backs_up_first_and_is_audited(sqlite_db, tmp_path: Path) -> None:
    import pytest

    from makerspace_app.domain.enums import StaffRole
    from makerspace_app.domain.errors import PermissionDenied
    from makerspace_app.services import audit, settings, staff
    from makerspace_app.services.uow import Actor, unit_of_work

    with unit_of_work(sqlite_db, Actor.system()) as uow:
        admin = staff.create_first_admin(uow, "amira", "Amira", "correct horse battery")
        settings.set_many(uow, {"organisation.name": "Before"})
    boss = Actor("amira", StaffRole.ADMIN, admin.id)
    folder = tmp_path / "backups"
    copy = backup.backup_now(sqlite_db, boss, folder=folder)
    with unit_of_work(sqlite_db, boss) as uow:
        settings.set_many(uow, {"organisation.name": "After"})
    for role in (StaffRole.FRONT_DESK, StaffRole.WORKSHOP_LEADER, StaffRole.COORDINATOR):
        with pytest.raises(PermissionDenied, match="admin"):
            backup.restore_backup(sqlite_db, Actor("x", role, None), copy.path, folder=folder)
    with unit_of_work(sqlite_db, boss, read_only=True) as uow:  # refused: still open, unchanged
        assert settings.get(uow, "organisation.name") == "After"
    with pytest.raises(PermissionDenied):
        backup.backup_now(sqlite_db, Actor("x", StaffRole.WORKSHOP_LEADER, None), folder=folder)

    restored = backup.restore_backup(sqlite_db, boss, copy.path, folder=folder)
    try:
        assert restored.saved_as is not None and restored.saved_as.name.endswith("-before-restore.db")
        assert stat.S_IMODE(restored.saved_as.stat().st_mode) == 0o600
        assert stat.S_IMODE(sqlite_db.location.sqlite_path.stat().st_mode) == 0o600
        saved = sqlite3.connect(restored.saved_as)
        assert saved.execute("SELECT value FROM settings WHERE key = 'organisation.name'").fetchone() == ('"After"',)
        saved.close()
        with unit_of_work(restored.db, boss, read_only=True) as uow:
            assert settings.get(uow, "organisation.name") == "Before"
            events = audit.list_events(uow, audit.AuditFilter(action="restore")).rows
        assert [(e.actor, e.details["source"]) for e in events] == [("amira", copy.path.name)]
    finally:
        restored.db.dispose()


def test_the_backup_folder_is_a_preference_of_this_computer(sqlite_db, tmp_path: Path) -> None:
    from makerspace_app.config import LocalPreferences

    prefs = LocalPreferences.load()
    prefs.backup_dir = str(tmp_path / "chosen")
    prefs.save()
    assert backup.backup_dir() == tmp_path / "chosen"
    made = backup.backup_if_due(sqlite_db.location, now=dt.datetime(2026, 11, 26, 9, 0))
    assert made is not None and made.path.parent == tmp_path / "chosen"
    assert stat.S_IMODE((tmp_path / "chosen").stat().st_mode) == 0o700
