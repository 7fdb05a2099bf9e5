"""Creating one booking with every rule checked, through the services, next to the same
checks and insert written as raw SQL in one transaction (goal: at most 3x, p99 under 10 ms)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.benchmarks.common import Figure, large_database, percentile, print_table

ATTEMPTS = 300


def _candidates(db_path: Path, year: int) -> list[tuple[int, int, dt.datetime, dt.datetime]]:
    """(item, participant, start, end): free one-hour slots inside opening hours, adults only,
    items that need no certification, spread so no weekly quota is reached."""
    conn = sqlite3.connect(db_path)
    tz = ZoneInfo(str(conn.execute(
        "SELECT value FROM settings WHERE key = 'organisation.timezone'").fetchone()[0]).strip('"'))
    items = [r[0] for r in conn.execute(
        "SELECT e.id FROM equipment e JOIN equipment_categories c ON c.id = e.category_id "
        "JOIN spaces s ON s.id = e.space_id "
        "WHERE e.status = 'available' AND NOT c.requires_certification AND c.min_age IS NULL "
        "AND (c.max_booking_minutes IS NULL OR c.max_booking_minutes >= 60) ORDER BY e.id")]
    people = [r[0] for r in conn.execute(
        "SELECT id FROM participants WHERE erased_at IS NULL AND date_of_birth < '1990-01-01' "
        "ORDER BY id LIMIT 2000")]
    hours = {(r[0], r[1]) for r in conn.execute(
        "SELECT s.id, o.weekday FROM opening_hours o JOIN sites s ON s.id = o.site_id "
        "WHERE o.opens_at <= '10:00:00.000000' AND o.closes_at >= '11:00:00.000000'")}
    site_of = dict(conn.execute("SELECT e.id, s.site_id FROM equipment e JOIN spaces s ON s.id = e.space_id"))
    conn.close()
    out = []
    day = dt.date(year, 1, 5)
    person = 0
    while len(out) < ATTEMPTS:
        for item in items:
            if (site_of[item], day.weekday()) in hours:
                start = dt.datetime.combine(day, dt.time(10), tzinfo=tz)
                out.append((item, people[person % len(people)], start, start + dt.timedelta(hours=1)))
                person += 1
                if len(out) == ATTEMPTS:
                    break
        day += dt.timedelta(days=1)
    return out


def _service_times(db_path: Path, work, commit: bool = True) -> list[float]:  # noqa: ANN001
    """Each booking in its own unit of work; without ``commit`` it is rolled back at the end,
    which leaves out the disk flush (synchronous=FULL) to show the app's own cost."""
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services import bookings
    from makerspace_app.services.database import open_database
    from makerspace_app.services.uow import Actor, UnitOfWork

    db = open_database(parse_location(str(db_path)))
    actor = Actor.system()
    times = []
    for item, person, start, end in work:
        started = time.perf_counter()
        with db.session() as session:
            bookings.create_booking(UnitOfWork(session, actor), item, person, start, end)
            if not commit:
                session.rollback()
        times.append(time.perf_counter() - started)
    db.dispose()
    return times


RAW_CHECKS = {
    "settings": "SELECT key, value FROM settings WHERE key IN ('organisation.timezone', "
                "'participants.adult_age', 'bookings.weekly_quota_hours', 'bookings.no_show_minutes')",
    "no_shows": "UPDATE bookings SET status = 'no_show' WHERE status = 'booked' AND starts_at < ? "
                "AND equipment_id = ?",
    "item": "SELECT e.id, e.name, e.status, e.category_id, c.name, c.requires_certification, c.min_age, "
            "c.max_booking_minutes, s.site_id FROM equipment e JOIN equipment_categories c "
            "ON c.id = e.category_id LEFT JOIN spaces s ON s.id = e.space_id WHERE e.id = ?",
    "person": "SELECT id, given_name, family_name, preferred_name, date_of_birth, age_band, "
              "guardian_participant_id, guardian_name, guardian_contact, erased_at "
              "FROM participants WHERE id = ?",
    "closure": "SELECT reason FROM closure_days WHERE day = ? AND (site_id IS NULL OR site_id = ?) LIMIT 1",
    "hours": "SELECT weekday, opens_at, closes_at FROM opening_hours WHERE site_id = ?",
    "quota": "SELECT starts_at, ends_at FROM bookings WHERE participant_id = ? AND status IN "
             "('booked', 'checked_in', 'completed') AND starts_at < ? AND ends_at > ?",
    "overlap": "SELECT id, starts_at, ends_at FROM bookings WHERE equipment_id = ? AND status IN "
               "('booked', 'checked_in') AND starts_at < ? AND ends_at > ? ORDER BY starts_at LIMIT 1",
    "insert": "INSERT INTO bookings (equipment_id, participant_id, starts_at, ends_at, status, notes, "
              "created_at) VALUES (?, ?, ?, ?, 'booked', '', ?)",
    "audit": "INSERT INTO audit_events (at, actor, action, entity, entity_id, details) "
             "VALUES (?, 'bench', 'create', 'booking', ?, '{}')",
}


def _raw_times(db_path: Path, work, commit: bool = True) -> list[float]:  # noqa: ANN001
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    times = []
    for item, person, start, end in work:
        s, e = start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)
        ss, es, now = s.strftime(fmt), e.strftime(fmt), dt.datetime.now(dt.timezone.utc).strftime(fmt)
        week_start = (s - dt.timedelta(days=s.weekday())).strftime(fmt)
        week_end = (s + dt.timedelta(days=7 - s.weekday())).strftime(fmt)
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(RAW_CHECKS["settings"]).fetchall()
        conn.execute(RAW_CHECKS["no_shows"], (now, item))
        site = conn.execute(RAW_CHECKS["item"], (item,)).fetchone()[8]
        conn.execute(RAW_CHECKS["person"], (person,)).fetchone()
        conn.execute(RAW_CHECKS["closure"], (start.date().isoformat(), site)).fetchone()
        conn.execute(RAW_CHECKS["hours"], (site,)).fetchall()
        conn.execute(RAW_CHECKS["quota"], (person, week_end, week_start)).fetchall()
        assert conn.execute(RAW_CHECKS["overlap"], (item, es, ss)).fetchone() is None
        booking = conn.execute(RAW_CHECKS["insert"], (item, person, ss, es, now)).lastrowid
        conn.execute(RAW_CHECKS["audit"], (now, booking))
        conn.execute("COMMIT" if commit else "ROLLBACK")
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def run() -> list[Figure]:
    source = large_database()
    folder = Path(tempfile.mkdtemp(prefix="bench-bookings-"))
    try:
        copy = folder / "bench.db"
        shutil.copyfile(source, copy)
        service_work = _candidates(copy, 2034)
        raw_work = _candidates(copy, 2036)
        service = _service_times(copy, service_work)
        raw = _raw_times(copy, raw_work)
        service_cpu = _service_times(copy, _candidates(copy, 2038), commit=False)
        raw_cpu = _raw_times(copy, _candidates(copy, 2038), commit=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    figures = [
        Figure("create booking, every rule (median)", percentile(service, 50) * 1000, "ms",
               "raw SQL checks + insert (median)", percentile(raw, 50) * 1000, "<= 3x"),
        Figure("create booking, every rule (p99)", percentile(service, 99) * 1000, "ms",
               "raw SQL checks + insert (p99)", percentile(raw, 99) * 1000, "p99 < 10 ms"),
        Figure("same, rolled back: no disk flush (median)", percentile(service_cpu, 50) * 1000, "ms",
               "raw SQL, rolled back (median)", percentile(raw_cpu, 50) * 1000, "<= 3x"),
        Figure("same, rolled back: no disk flush (p99)", percentile(service_cpu, 99) * 1000, "ms",
               "raw SQL, rolled back (p99)", percentile(raw_cpu, 99) * 1000, "p99 < 10 ms"),
    ]
    print_table(f"Creating one booking on the large dataset ({ATTEMPTS} each, SQLite, synchronous=FULL)",
                figures)
    return figures
