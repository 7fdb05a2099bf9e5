"""Opening a workshop's attendance grid (20 sessions × 30 participants) and marking one box,
through the app, next to the bare SQL measured in the same run (goal: each under 50 ms).

On a copy of the large demo dataset a workshop is created through the services: led by a
workshop leader, 20 weekly sessions, 30 adults enrolled, about two thirds of the boxes ticked.

* open the grid: a read-only unit of work, ``attendance.attendance_grid`` and the grid widget
  filled (``AttendanceGrid.set_grid``), as the Attendance tab does; baseline: the two bare
  SELECTs that read the same sessions, people and marks with sqlite3.
* open the whole workshop in the page (details, sessions, enrolments and grid together, as a
  click in the list does) — the same baseline, for scale.
* mark one box: ``WorkshopsPage.set_attendance`` (one unit of work: permission, roster check,
  INSERT, audit row, commit; then the cell redrawn); baseline: the bare INSERT of one
  attendance row committed with sqlite3 (WAL, synchronous=FULL as the app sets).

Each figure is the median of RUNS runs; the first run of each is a warm-up and not counted.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Figure, large_database, print_table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 20
SESSIONS = 20
PEOPLE = 30

GRID_SESSIONS_SQL = (
    "SELECT w.title, s.id, s.starts_at, s.ends_at FROM workshops w "
    "LEFT JOIN workshop_sessions s ON s.workshop_id = w.id AND s.cancelled_at IS NULL "
    "WHERE w.id = ? ORDER BY s.starts_at, s.id")
GRID_PEOPLE_SQL = (
    "SELECT p.id, p.given_name, p.family_name, p.preferred_name, e.status, att.session_id "
    "FROM participants p "
    "JOIN (SELECT participant_id AS pid FROM enrolments WHERE workshop_id = ? "
    "      AND status = 'enrolled' "
    "      UNION SELECT a.participant_id FROM attendance a "
    "      JOIN workshop_sessions s ON s.id = a.session_id "
    "      WHERE s.workshop_id = ? AND s.cancelled_at IS NULL) people ON people.pid = p.id "
    "LEFT JOIN enrolments e ON e.participant_id = p.id AND e.workshop_id = ? "
    "LEFT JOIN (SELECT a.participant_id, a.session_id FROM attendance a "
    "      WHERE a.session_id IN (SELECT id FROM workshop_sessions WHERE workshop_id = ? "
    "      AND cancelled_at IS NULL)) att ON att.participant_id = p.id")
MARK_SQL = (
    "INSERT INTO attendance (session_id, participant_id, walk_in, marked_by_staff_id, marked_at) "
    "VALUES (?, ?, 0, ?, ?)")


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples[1:]) * 1000  # the first is a warm-up


def _prepare(path: Path) -> tuple[int, list[int], list[int], int]:
    """The workshop: (workshop id, session ids, participant ids, leader's staff id)."""
    from sqlalchemy import select

    from makerspace_app.domain.enums import Recurrence, StaffRole
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.persistence.models import Participant, StaffMember
    from makerspace_app.services import attendance, workshops
    from makerspace_app.services.database import open_database
    from makerspace_app.services.uow import Actor, unit_of_work
    from makerspace_app.services.workshops import WorkshopInput

    db = open_database(parse_location(str(path)))
    try:
        with unit_of_work(db, Actor.system()) as uow:
            leader = uow.session.scalar(
                select(StaffMember.id).where(StaffMember.role == StaffRole.WORKSHOP_LEADER,
                                             StaffMember.active.is_(True))
                .order_by(StaffMember.id).limit(1))
            people = list(uow.session.scalars(
                select(Participant.id).where(Participant.erased_at.is_(None),
                                             Participant.date_of_birth < dt.date(1990, 1, 1))
                .order_by(Participant.id).limit(PEOPLE)))
            row = workshops.create_workshop(uow, WorkshopInput(
                title="Benchmark: attendance grid", capacity=PEOPLE, leader_ids=(leader,)))
            # Weekly on Mondays far ahead; closure days are skipped, so ask for a few more.
            first = dt.date(2031, 1, 6)
            made = workshops.add_session_series(uow, row.id, first, dt.time(18), dt.time(20),
                                                SESSIONS + 6, Recurrence.WEEKLY)
            sessions = [s.id for s in made.created]
            for extra in sessions[SESSIONS:]:
                workshops.cancel_session(uow, extra)
            sessions = sessions[:SESSIONS]
            for pid in people:
                workshops.enrol(uow, row.id, pid)
            for i, sid in enumerate(sessions):
                for j, pid in enumerate(people):
                    if (i + j) % 3:  # about two thirds ticked
                        attendance.mark_present(uow, sid, pid)
        assert len(sessions) == SESSIONS and len(people) == PEOPLE
        return row.id, sessions, people, leader
    finally:
        db.dispose()


def _free_cells(path: Path, sessions: list[int], people: list[int]) -> list[tuple[int, int]]:
    conn = sqlite3.connect(path)
    marked = set(conn.execute(
        f"SELECT session_id, participant_id FROM attendance WHERE session_id IN "
        f"({','.join('?' * len(sessions))})", sessions).fetchall())
    conn.close()
    return [(s, p) for s in sessions for p in people if (s, p) not in marked]


def _app_times(path: Path, workshop_id: int, leader: int,
               cells: list[tuple[int, int]]) -> tuple[list[float], list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from makerspace_app.domain.enums import StaffRole
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services import attendance, workshops
    from makerspace_app.services.database import open_database
    from makerspace_app.services.uow import Actor
    from makerspace_app.ui.areas import BY_KEY
    from makerspace_app.ui.context import AppContext
    from makerspace_app.ui.pages.workshops import WorkshopsPage

    app = QApplication.instance() or QApplication(["bench"])
    db = open_database(parse_location(str(path)))
    context = AppContext(db)
    context.set_actor(Actor("leader", StaffRole.WORKSHOP_LEADER, leader), "Leader")
    page = WorkshopsPage(BY_KEY["workshops"], context)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    grid = page.grid

    def open_grid() -> None:
        with context.unit_of_work(read_only=True) as uow:
            found = attendance.attendance_grid(uow, workshop_id)
            tz = workshops.makerspace_zone(uow)
            now = uow.now()
        grid.set_grid(found, tz, now)

    grid_times, page_times, mark_times = [], [], []
    for _ in range(RUNS + 1):
        started = time.perf_counter()
        open_grid()
        grid_times.append(time.perf_counter() - started)
        assert grid.grid_model.rowCount() == PEOPLE
        assert grid.grid_model.columnCount() == SESSIONS + 1
    for _ in range(RUNS + 1):
        page.current = None  # as when another workshop was shown before
        started = time.perf_counter()
        assert page.open_workshop(workshop_id)
        page_times.append(time.perf_counter() - started)
    for session_id, participant_id in cells[:RUNS + 1]:
        started = time.perf_counter()
        entry = page.set_attendance(session_id, participant_id, True)
        mark_times.append(time.perf_counter() - started)
        assert entry is not None and entry.present, page.grid_message.text
    page.close()
    page.deleteLater()
    app.processEvents()
    db.dispose()
    return grid_times, page_times, mark_times


def _raw_times(path: Path, workshop_id: int, leader: int,
               cells: list[tuple[int, int]]) -> tuple[list[float], list[float]]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    grid_times, mark_times = [], []
    for _ in range(RUNS + 1):
        started = time.perf_counter()
        conn.execute("BEGIN")
        sessions = conn.execute(GRID_SESSIONS_SQL, (workshop_id,)).fetchall()
        people = conn.execute(GRID_PEOPLE_SQL, (workshop_id,) * 4).fetchall()
        conn.execute("COMMIT")
        grid_times.append(time.perf_counter() - started)
        assert len(sessions) == SESSIONS and people
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    for session_id, participant_id in cells[:RUNS + 1]:
        now = dt.datetime.now(dt.UTC).strftime(fmt)
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(MARK_SQL, (session_id, participant_id, leader, now))
        conn.execute("COMMIT")
        mark_times.append(time.perf_counter() - started)
    conn.close()
    return grid_times, mark_times


def run() -> list[Figure]:
    source = large_database()
    folder = Path(tempfile.mkdtemp(prefix="bench-attendance-"))
    try:
        copy = folder / "bench.db"
        shutil.copyfile(source, copy)
        workshop_id, sessions, people, leader = _prepare(copy)
        free = _free_cells(copy, sessions, people)
        half = len(free) // 2
        app_cells, raw_cells = free[:half], free[half:]
        assert len(app_cells) > RUNS and len(raw_cells) > RUNS
        raw_grid, raw_mark = _raw_times(copy, workshop_id, leader, raw_cells)
        app_grid, app_page, app_mark = _app_times(copy, workshop_id, leader, app_cells)
        raw_grid_again, raw_mark_again = _raw_times(copy, workshop_id, leader,
                                                    raw_cells[RUNS + 1:])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    base_grid = _median_ms(raw_grid + raw_grid_again[1:])
    base_mark = _median_ms(raw_mark + raw_mark_again[1:])
    figures = [
        Figure(f"open attendance grid {SESSIONS}×{PEOPLE} (median)", _median_ms(app_grid), "ms",
               "bare SQL: the grid's 2 SELECTs (median)", base_grid, "< 50 ms"),
        Figure("open the workshop in the page, all tabs (median)", _median_ms(app_page), "ms",
               "bare SQL: the grid's 2 SELECTs (median)", base_grid, "< 50 ms"),
        Figure("mark one box: stored + shown (median)", _median_ms(app_mark), "ms",
               "bare SQL: INSERT + COMMIT (median)", base_mark, "< 50 ms"),
    ]
    print_table(f"Attendance on the large dataset ({RUNS} runs each, SQLite, synchronous=FULL)",
                figures)
    return figures
