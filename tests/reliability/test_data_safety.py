"""Nothing lost: a writer killed mid-transaction, a full disk, and damaged files."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from makerspace_app.domain.errors import DatabaseProblem
from makerspace_app.persistence.engine import Database, parse_location
from makerspace_app.persistence.models import AuditEvent, Setting
from makerspace_app.services import settings
from makerspace_app.services.database import open_database
from makerspace_app.services.uow import Actor, unit_of_work

from .crash_writer import BATCH_ROWS

ROOT = Path(__file__).resolve().parents[2]
KILLS = 25


@pytest.mark.slow
def test_writer_killed_mid_transaction_loses_nothing_committed(sqlite_db: Database) -> None:
    path = sqlite_db.location.sqlite_path
    sqlite_db.dispose()
    rng = random.Random(7)
    reported: list[int] = []
    next_batch = 0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(KILLS):
        writer = subprocess.Popen([sys.executable, "-m", "tests.reliability.crash_writer", str(path),
                                   str(next_batch)], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        first = writer.stdout.readline()  # wait until it is writing
        if first.strip():
            reported.append(int(first))
        time.sleep(rng.uniform(0.0, 0.05))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        reported.extend(int(x) for x in out.split())
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts = dict(conn.execute("SELECT entity_id, count(*) FROM audit_events "
                                   "WHERE actor = 'crash-test' GROUP BY entity_id").fetchall())
        conn.close()
        assert all(n == BATCH_ROWS for n in counts.values()), "a half-written batch survived"
        missing = [b for b in reported if b not in counts]
        assert not missing, f"batches reported committed but lost: {missing}"
        next_batch = max(counts, default=next_batch) + 1
    assert len(reported) > KILLS  # the writer really got work done between kills


def test_full_disk_refuses_the_write_with_a_clear_message_and_loses_nothing(sqlite_db: Database) -> None:
    with unit_of_work(sqlite_db, Actor.system()) as uow:
        settings.set_many(uow, {"organisation.name": "Riverside"})
    path = sqlite_db.location.sqlite_path
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(sqlite_db.engine, "connect")
    def _tiny_disk(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    sqlite_db.engine.dispose()
    with pytest.raises(DatabaseProblem) as refused, unit_of_work(sqlite_db, Actor.system()) as uow:
        for n in range(400):
            uow.audit("bulk", "test", n, filler="x" * 2000)
        uow.session.flush()
    assert refused.value.kind == "disk_full"
    assert "full" in refused.value.message
    event.remove(sqlite_db.engine, "connect", _tiny_disk)
    sqlite_db.engine.dispose()
    with sqlite_db.session(read_only=True) as s:
        assert s.scalar(select(Setting.value).where(Setting.key == "organisation.name")) == "Riverside"
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "bulk")) == 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkpointed_copy(sqlite_db: Database, tmp_path: Path) -> Path:
    path = sqlite_db.location.sqlite_path
    sqlite_db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    target = tmp_path / "case.db"
    target.write_bytes(path.read_bytes())
    return target


def _damage(kind: str, path: Path) -> None:
    data = bytearray(path.read_bytes())
    if kind == "garbage_header":
        data[:16] = b"Not a database!!"
    elif kind == "truncated":
        data = data[: len(data) // 3]
    elif kind == "overwritten_pages":
        page = 4096
        for index in range(3, min(12, len(data) // page)):
            data[index * page: (index + 1) * page] = random.Random(index).randbytes(page)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("damage", "kind"), [("garbage_header", "not_a_database"),
                                              ("truncated", "corrupt"),
                                              ("overwritten_pages", "corrupt")])
def test_damaged_files_are_refused_by_name_and_never_changed(sqlite_db, tmp_path, damage, kind) -> None:
    path = _checkpointed_copy(sqlite_db, tmp_path)
    _damage(damage, path)
    before = _digest(path)
    with pytest.raises(DatabaseProblem) as refused:
        open_database(parse_location(str(path)))
    assert refused.value.kind == kind
    assert str(path) in refused.value.message
    assert _digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_a_file_locked_by_another_program_is_named_as_locked(sqlite_db, tmp_path) -> None:
    path = _checkpointed_copy(sqlite_db, tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem) as refused:
            open_database(parse_location(str(path)))
        assert refused.value.kind == "locked"
        assert "locked by another program" in refused.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only files; checked by the next test")
def test_a_read_only_file_is_named_as_read_only(sqlite_db, tmp_path) -> None:
    path = _checkpointed_copy(sqlite_db, tmp_path)
    path.chmod(0o400)
    with pytest.raises(DatabaseProblem) as refused:
        open_database(parse_location(str(path)))
    assert refused.value.kind == "read_only"


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a read-only file system needs root")
def test_a_database_on_a_read_only_file_system_is_named_as_read_only(sqlite_db, tmp_path) -> None:
    """Root may write any file, but not on a read-only file system (a locked USB stick, a
    read-only share): mount a small tmpfs, put the database there, remount it read-only."""
    source = _checkpointed_copy(sqlite_db, tmp_path)
    mount_point = tmp_path / "readonly"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount_point)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        path = mount_point / "shared.db"
        path.write_bytes(source.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
        before = _digest(path)
        with pytest.raises(DatabaseProblem) as refused:
            open_database(parse_location(str(path)))
        assert refused.value.kind == "read_only"
        assert "cannot be written" in refused.value.message
        assert _digest(path) == before
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_a_damaged_file_can_be_replaced_by_a_copy_of_the_latest_good_backup(sqlite_db, tmp_path) -> None:
    """What the start-up dialog's "Open the latest backup" does: the newest backup that
    passes integrity_check is copied beside the damaged file and opened; the damaged file and
    the backups stay as they were."""
    import datetime as dt
    import stat

    from makerspace_app.services import backup

    folder = tmp_path / "backups"
    with unit_of_work(sqlite_db, Actor.system()) as uow:
        settings.set_many(uow, {"organisation.name": "Kept in the backup"})
    good = backup.make_backup(sqlite_db.location, folder=folder, now=dt.datetime(2026, 11, 20, 9))
    newer = backup.make_backup(sqlite_db.location, folder=folder, now=dt.datetime(2026, 11, 21, 9))
    _damage("overwritten_pages", newer.path)  # the newest copy went bad on disk since
    path = _checkpointed_copy(sqlite_db, tmp_path)
    _damage("truncated", path)
    location = parse_location(str(path))
    damaged, kept = _digest(path), _digest(good.path)

    latest = backup.latest_good_backup(parse_location(str(tmp_path / "makerspace.db")), folder)
    assert latest is not None and latest.path == good.path
    opened_path = backup.copy_for_opening(latest.path, location)
    assert opened_path.parent == path.parent and "from-backup" in opened_path.name
    assert stat.S_IMODE(opened_path.stat().st_mode) == 0o600
    db = open_database(parse_location(str(opened_path)))
    try:
        with unit_of_work(db, Actor.system(), read_only=True) as uow:
            assert settings.get(uow, "organisation.name") == "Kept in the backup"
    finally:
        db.dispose()
    assert _digest(path) == damaged and _digest(good.path) == kept
