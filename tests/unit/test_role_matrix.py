"""The whole role × action matrix, enforced in the services.

For every service function that reads or changes data, and every role (front desk, workshop
leader, coordinator, admin): an allowed call succeeds; a forbidden one raises PermissionDenied
with a message and leaves the database (and the disk) unchanged. A workshop leader may change
only the workshops they lead, with their sessions, attendance and projects.

Every call runs on one small demo makerspace (SQLite) inside a unit of work that is rolled
back afterwards, so each role starts from the same data. ``test_every_service_function_is_in
_the_matrix`` keeps the list complete: a new public service function must be added here.
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import importlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import text

from makerspace_app.domain.enums import ConsentKind, Recurrence, StaffRole
from makerspace_app.domain.errors import DomainError, PermissionDenied
from makerspace_app.persistence.engine import Database, parse_location
from makerspace_app.services.database import open_database
from makerspace_app.services.uow import Actor, unit_of_work

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 3, 10, 11, 0, tzinfo=dt.UTC)
ROLES = ("front_desk", "leader", "coordinator", "admin")
RANK = {"front_desk": 1, "leader": 2, "coordinator": 3, "admin": 4}
MIN = {StaffRole.FRONT_DESK: 1, StaffRole.WORKSHOP_LEADER: 2, StaffRole.COORDINATOR: 3,
       StaffRole.ADMIN: 4}
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
       b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


class _RollBack(Exception):
    """Ends an allowed call's unit of work without keeping what it did."""


@dataclass(frozen=True)
class Case:
    name: str  # module.function
    role: StaffRole  # the lowest role allowed
    call: Callable[..., Any]  # (uow, world, own) -> anything
    own: bool = False  # a leader may do it only on what they lead (own=True), not on others'
    writes_file: bool = False  # call(uow, world, own, path)


# --- the world: a small demo makerspace ---------------------------------------------------------


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from makerspace_app.demo import fill_demo

    folder = tmp_path_factory.mktemp("matrix")
    db = open_database(parse_location(str(folder / "matrix.db")))
    fill_demo(db, "small", now=NOW)
    with db.engine.connect() as c:
        def one(sql: str, **kw: Any) -> Any:
            row = c.execute(text(sql), kw).first()
            assert row is not None, sql
            return row[0]

        staff = dict(c.execute(text("SELECT username, id FROM staff")).all())
        leader = staff["leader"]
        led = "SELECT workshop_id FROM workshop_leaders WHERE staff_id = :s"
        future_session = (
            "SELECT s.id FROM workshop_sessions s WHERE s.workshop_id = :w AND s.cancelled_at IS NULL "
            "AND s.starts_at > :now ORDER BY s.starts_at LIMIT 1")
        own_w = one(f"SELECT w.id FROM workshops w WHERE w.id IN ({led}) AND EXISTS ("
                    "SELECT 1 FROM workshop_sessions s WHERE s.workshop_id = w.id "
                    "AND s.cancelled_at IS NULL AND s.starts_at > :now) AND EXISTS ("
                    "SELECT 1 FROM enrolments e WHERE e.workshop_id = w.id AND e.status = 'enrolled') "
                    "ORDER BY w.id LIMIT 1", s=leader, now=NOW.replace(tzinfo=None))
        other_w = one(f"SELECT w.id FROM workshops w WHERE w.id NOT IN ({led}) AND EXISTS ("
                      "SELECT 1 FROM workshop_sessions s WHERE s.workshop_id = w.id "
                      "AND s.cancelled_at IS NULL AND s.starts_at > :now) AND EXISTS ("
                      "SELECT 1 FROM enrolments e WHERE e.workshop_id = w.id AND e.status = 'enrolled') "
                      "ORDER BY w.id LIMIT 1", s=leader, now=NOW.replace(tzinfo=None))
        naive_now = NOW.replace(tzinfo=None)
        w = SimpleNamespace(
            db=db, folder=folder, staff=staff,
            workshop={True: own_w, False: other_w},
            session={k: one(future_session, w=v, now=naive_now) for k, v in
                     {True: own_w, False: other_w}.items()},
            enrolled={k: one("SELECT participant_id FROM enrolments WHERE workshop_id = :w "
                             "AND status = 'enrolled' ORDER BY id LIMIT 1", w=v)
                      for k, v in {True: own_w, False: other_w}.items()},
            participant=one("SELECT id FROM participants WHERE erased_at IS NULL "
                            "AND guardian_participant_id IS NULL AND date_of_birth < '1990-01-01' "
                            "ORDER BY id LIMIT 1"),
            item=one("SELECT id FROM equipment WHERE status = 'available' ORDER BY id LIMIT 1"),
            category=one("SELECT id FROM equipment_categories ORDER BY id LIMIT 1"),
            booked=one("SELECT id FROM bookings WHERE status = 'booked' AND starts_at > :now "
                       "ORDER BY starts_at LIMIT 1", now=naive_now),
            checked_in=one("SELECT id FROM bookings WHERE status = 'checked_in' LIMIT 1"),
        )
    # Projects: one in a workshop the leader leads, one in another's; a photo and a file each.
    _add_projects(w)
    _find_valid_arguments(w)
    _add_states(w)
    yield w
    db.dispose()


def _add_projects(w: Any) -> None:
    from makerspace_app.services import consent, projects

    system = Actor.system()
    w.project, w.photo, w.file = {}, {}, {}
    for own in (True, False):
        with unit_of_work(w.db, system, clock=lambda: NOW) as uow:
            member = w.enrolled[own]
            if not consent.has_photo_consent(uow, member):
                consent.give_consent(uow, member, ConsentKind.PHOTO, "themselves")
            made = projects.create_project(uow, projects.ProjectInput(
                title=f"Lamp {own}", team=(member,), workshop_id=w.workshop[own]))
            w.project[own] = made.id
            w.photo[own] = projects.add_photo(
                uow, made.id, PNG, "The lamp", (member,), acknowledged_warning=True,
                thumbnail=PNG).id
            w.file[own] = projects.attach_file(uow, made.id, "lamp.svg", "image/svg+xml",
                                               b"<svg/>").id


def _first_ok(w: Any, candidates: Any, call: Callable[..., Any]) -> Any:
    """The first candidate the call accepts (tried in a unit of work that is rolled back)."""
    last: DomainError | None = None
    for candidate in candidates:
        try:
            with unit_of_work(w.db, Actor.system(), clock=lambda: NOW) as uow:
                call(uow, candidate)
                raise _RollBack
        except _RollBack:
            return candidate
        except DomainError as err:
            last = err
            continue
    raise AssertionError(f"no valid arguments found in the demo data: {last}")


def _find_valid_arguments(w: Any) -> None:
    """Arguments every allowed call accepts: a free slot in opening hours, a participant who
    fits the workshop, an item with no future bookings..."""
    from makerspace_app.services import bookings, consent, credentials, equipment

    ws = _ws()
    with w.db.engine.connect() as c:
        people = [r[0] for r in c.execute(text(
            "SELECT id FROM participants WHERE erased_at IS NULL ORDER BY id LIMIT 120"))]
        items = [r[0] for r in c.execute(text("SELECT id FROM equipment WHERE status = 'available' ORDER BY id"))]
        done = [r[0] for r in c.execute(text(
            "SELECT DISTINCT workshop_id FROM enrolments WHERE completed_at IS NOT NULL "
            "ORDER BY workshop_id"))]
    with w.db.engine.connect() as c:
        w.book_item, w.booker = c.execute(text(
            "SELECT equipment_id, participant_id FROM bookings WHERE id = :b"), {"b": w.booked}).one()
    slots = [(day, hour) for day in range(30, 60) for hour in (13, 14, 15)]
    w.slot = _first_ok(w, slots, lambda u, dh: bookings.create_booking(
        u, w.book_item, w.booker, *_later(*dh)))
    w.move_to = _first_ok(w, slots[3:], lambda u, dh: bookings.move_booking(u, w.booked, *_later(*dh)))
    weeks = [NOW.date() + dt.timedelta(days=d) for d in range(35, 120, 1)]
    w.series_day = _first_ok(w, weeks, lambda u, day: _no_problem(bookings.plan_series(
        u, w.book_item, w.booker, day, dt.time(14), dt.time(15), 2, Recurrence.WEEKLY)))
    w.no_photo_consent = _first_ok(w, people, lambda u, p: consent.give_consent(
        u, p, ConsentKind.PHOTO, "themselves"))
    w.enrollable = _first_ok(w, people, lambda u, p: ws.enrol(u, w.workshop[True], p))
    w.walk_in = _first_ok(w, people, lambda u, p: __import__(
        "makerspace_app.services.attendance", fromlist=["x"]).add_walk_in(u, w.session[True], p))
    w.walk_in_other = _first_ok(w, people, lambda u, p: __import__(
        "makerspace_app.services.attendance", fromlist=["x"]).add_walk_in(u, w.session[False], p))
    w.completed_workshop = _first_ok(w, done, lambda u, wid: credentials.issue_certificates(u, wid))
    with unit_of_work(w.db, Actor.system(), clock=lambda: NOW) as uow:
        badge = credentials.issue_badges(uow, [w.participant], "cr80").issued[0]
        w.badge_id, w.badge_code = badge.id, badge.verification_code
        spare = equipment.add_item(uow, equipment.ItemInput("EQ-SPARE", "Spare saw", w.category))
    w.retirable = _first_ok(w, [*items, spare.id], lambda u, i: equipment.retire_item(u, i))


def _add_states(w: Any) -> None:
    """Kept states some actions need, made (and committed) after the arguments above were found:
    a booking inside its check-in window at NOW, a waitlist promotion not told yet, an equipment
    use on each project; plus what the demo already holds (a valid certification, a retired
    item, an item out of service and an open maintenance record)."""
    from makerspace_app.services import bookings, projects, today

    ws = _ws()
    naive_now = NOW.replace(tzinfo=None)
    with w.db.engine.connect() as c:
        def rows(sql: str, **kw: Any) -> list[Any]:
            return [r[0] for r in c.execute(text(sql), kw)]

        items = rows("SELECT id FROM equipment WHERE status = 'available' AND id <> :i ORDER BY id",
                     i=w.item)
        waiting = rows(
            "SELECT DISTINCT e.workshop_id FROM enrolments e WHERE e.status = 'waitlisted' "
            "AND e.workshop_id NOT IN (:own, :other, :done) AND EXISTS (SELECT 1 FROM "
            "workshop_sessions s WHERE s.workshop_id = e.workshop_id AND s.cancelled_at IS NULL "
            "AND s.ends_at > :now) ORDER BY e.workshop_id", own=w.workshop[True],
            other=w.workshop[False], done=w.completed_workshop, now=naive_now)
        w.certified = c.execute(text(
            "SELECT participant_id, category_id FROM certifications WHERE granted_at <= :now "
            "AND (revoked_at IS NULL OR revoked_at > :now) AND (expires_at IS NULL OR "
            "expires_at > :now) ORDER BY id LIMIT 1"), {"now": naive_now}).one()
        w.retired = rows("SELECT id FROM equipment WHERE status = 'retired' ORDER BY id")[0]
        w.out_of_service = rows("SELECT id FROM equipment WHERE status = 'out_of_service' "
                                "ORDER BY id")[0]
        w.open_record = rows("SELECT id FROM maintenance_records WHERE resolved_at IS NULL "
                             "ORDER BY id")[0]
        w.enrolment = rows("SELECT id FROM enrolments WHERE workshop_id = :w AND "
                           "participant_id = :p", w=w.workshop[True], p=w.enrolled[True])[0]
    starts = [NOW + dt.timedelta(minutes=m) for m in (0, 15, -15, -30)]
    item, start = _first_ok(w, [(i, s) for s in starts for i in items], lambda u, a: (
        bookings.create_booking(u, a[0], w.booker, a[1], a[1] + dt.timedelta(hours=1))))
    with unit_of_work(w.db, Actor.system(), clock=lambda: NOW) as uow:
        w.to_check_in = bookings.create_booking(
            uow, item, w.booker, start, start + dt.timedelta(hours=1)).id
        w.use = {own: projects.add_equipment_use(uow, w.project[own], items[0]).id
                 for own in (True, False)}
    # A place freed in a full workshop goes to the first on its waitlist: that is the promotion.
    for workshop in waiting:
        try:
            with unit_of_work(w.db, Actor.system(), clock=lambda: NOW) as uow:
                enrolled = [e.participant_id for e in ws.list_enrolments(uow, workshop)
                            if e.status.value == "enrolled" and e.participant_id not in
                            w.enrolled.values()]
                if not enrolled or not ws.withdraw(uow, workshop, enrolled[0]).promoted:
                    raise _RollBack
                w.promoted = today.promotions_to_tell(uow)[0].enrolment_id
                break
        except _RollBack:
            continue
    assert getattr(w, "promoted", None), "no workshop in the demo has a waitlist to promote from"


def _no_problem(plan: Any) -> None:
    problems = getattr(plan, "problems", None)
    if problems is None and isinstance(plan, tuple | list):
        problems = [p for p in plan if getattr(p, "problem", None)]
    if problems:
        raise DomainError("a planned occurrence has a problem")


def _actor(w: Any, role: str) -> Actor:
    username, kind = {
        "front_desk": ("desk", StaffRole.FRONT_DESK),
        "leader": ("leader", StaffRole.WORKSHOP_LEADER),
        "coordinator": ("coord", StaffRole.COORDINATOR),
        "admin": ("admin", StaffRole.ADMIN),
    }[role]
    return Actor(username, kind, w.staff[username])


def _snapshot(db: Database) -> str:
    """A digest of every row of every table (read with a plain connection)."""
    path = db.location.sqlite_path
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


# --- the matrix -----------------------------------------------------------------------------


def _ws():
    return importlib.import_module("makerspace_app.services.workshops")


def _later(days: int, hour: int = 10) -> tuple[dt.datetime, dt.datetime]:
    start = (NOW + dt.timedelta(days=days)).replace(hour=hour, minute=0)
    return start, start + dt.timedelta(hours=1)


FD, WL, CO, AD = (StaffRole.FRONT_DESK, StaffRole.WORKSHOP_LEADER, StaffRole.COORDINATOR,
                  StaffRole.ADMIN)


def _cases() -> list[Case]:
    from makerspace_app.reports import queries
    from makerspace_app.services import (
        attendance,
        audit,
        bookings,
        calendar_export,
        certifications,
        consent,
        credentials,
        equipment,
        participant_csv,
        participants,
        privacy,
        projects,
        search,
        settings,
        spaces,
        staff,
        today,
        transfer,
    )

    ws = _ws()
    P = participants.ParticipantInput
    first, last = dt.date(2026, 1, 1), dt.date(2026, 3, 1)
    return [
        # Front desk: participants, bookings, check-in, look-ups.
        Case("participants.register_participant", FD, lambda u, w, o: participants.register_participant(
            u, P(given_name="Nadia", family_name="Matrix", age_band="26_64"))),
        Case("participants.update_participant", FD, lambda u, w, o: participants.update_participant(
            u, w.participant, replace(participants.get_participant(u, w.participant).as_input(),
                                      notes="matrix"))),
        Case("participants.get_participant", FD, lambda u, w, o: participants.get_participant(u, w.participant)),
        Case("participants.find_by_badge_code", FD, lambda u, w, o: participants.find_by_badge_code(u, "X-0")),
        Case("participants.possible_duplicates", FD, lambda u, w, o: participants.possible_duplicates(u, "Ana", "B", None)),
        Case("participants.find_participants", FD, lambda u, w, o: participants.find_participants(u, "a")),
        Case("participants.search_participants", FD, lambda u, w, o: participants.search_participants(u, "a")),
        Case("participants.count_participants", FD, lambda u, w, o: participants.count_participants(u, "a")),
        Case("bookings.create_booking", FD, lambda u, w, o: bookings.create_booking(
            u, w.book_item, w.booker, *_later(*w.slot))),
        Case("bookings.move_booking", FD, lambda u, w, o: bookings.move_booking(
            u, w.booked, *_later(*w.move_to))),
        Case("bookings.cancel_booking", FD, lambda u, w, o: bookings.cancel_booking(u, w.booked, "matrix")),
        Case("bookings.set_booking_notes", FD, lambda u, w, o: bookings.set_booking_notes(u, w.booked, "matrix")),
        Case("bookings.check_out", FD, lambda u, w, o: bookings.check_out(u, w.checked_in)),
        Case("bookings.create_series", FD, lambda u, w, o: bookings.create_series(
            u, w.book_item, w.booker, w.series_day, dt.time(14), dt.time(15), 2, Recurrence.WEEKLY)),
        Case("bookings.plan_series", FD, lambda u, w, o: bookings.plan_series(
            u, w.book_item, w.booker, w.series_day, dt.time(14), dt.time(15), 2, Recurrence.WEEKLY)),
        Case("bookings.release_no_shows", FD, lambda u, w, o: bookings.release_no_shows(u)),
        Case("bookings.get_booking", FD, lambda u, w, o: bookings.get_booking(u, w.booked)),
        Case("bookings.bookings_between", FD, lambda u, w, o: bookings.bookings_between(u, *_later(1))),
        Case("bookings.participant_day", FD, lambda u, w, o: bookings.participant_day(u, w.participant)),
        Case("bookings.check_booking", FD, lambda u, w, o: bookings.check_booking(
            u, w.book_item, w.booker, *_later(*w.slot))),
        Case("consent.give_consent", FD, lambda u, w, o: consent.give_consent(
            u, w.no_photo_consent, ConsentKind.PHOTO, "themselves")),
        Case("consent.withdraw_consent", FD, lambda u, w, o: consent.withdraw_consent(
            u, w.enrolled[True], ConsentKind.PHOTO)),
        Case("consent.current_consents", FD, lambda u, w, o: consent.current_consents(u, w.participant)),
        Case("consent.consent_history", FD, lambda u, w, o: consent.consent_history(u, w.participant)),
        Case("consent.has_photo_consent", FD, lambda u, w, o: consent.has_photo_consent(u, w.participant)),
        Case("consent.photos_showing", FD, lambda u, w, o: consent.photos_showing(u, w.participant)),
        Case("consent.set_participant_photo", FD, lambda u, w, o: consent.set_participant_photo(
            u, w.enrolled[True], PNG)),
        Case("consent.remove_participant_photo", FD, lambda u, w, o: consent.remove_participant_photo(
            u, w.participant)),
        Case("consent.get_participant_photo", FD, lambda u, w, o: consent.get_participant_photo(u, w.participant)),
        Case("certifications.valid_certification", FD, lambda u, w, o: certifications.valid_certification(
            u, w.participant, w.category)),
        Case("certifications.list_for_participant", FD, lambda u, w, o: certifications.list_for_participant(
            u, w.participant)),
        Case("certifications.expiring_soon", FD, lambda u, w, o: certifications.expiring_soon(u)),
        Case("equipment.log_maintenance", FD, lambda u, w, o: equipment.log_maintenance(u, w.item, "matrix")),
        Case("equipment.list_categories", FD, lambda u, w, o: equipment.list_categories(u)),
        Case("equipment.list_items", FD, lambda u, w, o: equipment.list_items(u)),
        Case("equipment.get_item", FD, lambda u, w, o: equipment.get_item(u, w.item)),
        Case("equipment.get_photo", FD, lambda u, w, o: equipment.get_photo(u, w.item)),
        Case("equipment.affected_bookings", FD, lambda u, w, o: equipment.affected_bookings(u, w.item)),
        Case("equipment.maintenance_log", FD, lambda u, w, o: equipment.maintenance_log(u, w.item)),
        Case("workshops.enrol", FD, lambda u, w, o: ws.enrol(u, w.workshop[True], w.enrollable)),
        Case("workshops.withdraw", FD, lambda u, w, o: ws.withdraw(u, w.workshop[True], w.enrolled[True])),
        Case("workshops.get_workshop", FD, lambda u, w, o: ws.get_workshop(u, w.workshop[True])),
        Case("workshops.list_workshops", FD, lambda u, w, o: ws.list_workshops(u)),
        Case("workshops.get_session", FD, lambda u, w, o: ws.get_session(u, w.session[True])),
        Case("workshops.list_sessions", FD, lambda u, w, o: ws.list_sessions(u, w.workshop[True])),
        Case("workshops.list_enrolments", FD, lambda u, w, o: ws.list_enrolments(u, w.workshop[True])),
        Case("attendance.session_roster", FD, lambda u, w, o: attendance.session_roster(u, w.session[True])),
        Case("attendance.attendance_grid", FD, lambda u, w, o: attendance.attendance_grid(u, w.workshop[True])),
        Case("attendance.todays_sessions", FD, lambda u, w, o: attendance.todays_sessions(u)),
        Case("attendance.completion_status", FD, lambda u, w, o: attendance.completion_status(u, w.workshop[True])),
        Case("projects.get_project", FD, lambda u, w, o: projects.get_project(u, w.project[True])),
        Case("projects.gallery", FD, lambda u, w, o: projects.gallery(u)),
        Case("projects.get_photo_image", FD, lambda u, w, o: projects.get_photo_image(u, w.photo[True])),
        Case("projects.get_file_content", FD, lambda u, w, o: projects.get_file_content(u, w.file[True])),
        Case("credentials.issue_badges", FD, lambda u, w, o: credentials.issue_badges(
            u, [w.participant], "cr80")),
        Case("credentials.list_issued", FD, lambda u, w, o: credentials.list_issued(u)),
        Case("credentials.badge_participants", FD, lambda u, w, o: credentials.badge_participants(u, everyone=True)),
        Case("calendar_export.workshops_ics", FD, lambda u, w, o: calendar_export.workshops_ics(u)),
        Case("today.overview", FD, lambda u, w, o: today.overview(u)),
        Case("equipment.get_item_by_tag", FD, lambda u, w, o: equipment.get_item_by_tag(
            u, equipment.get_item(u, w.item).asset_tag)),
        Case("equipment.move_options", FD, lambda u, w, o: equipment.move_options(u, w.booked)),
        Case("credentials.certificate_plan", FD, lambda u, w, o: credentials.certificate_plan(
            u, w.completed_workshop)),
        Case("credentials.verify", FD, lambda u, w, o: credentials.verify(u, w.badge_code)),
        Case("credentials.reprint", FD, lambda u, w, o: credentials.reprint(u, [w.badge_id])),
        Case("credentials.revoke", CO, lambda u, w, o: credentials.revoke(u, w.badge_id, "lost")),
        Case("projects.team_bookings", FD, lambda u, w, o: projects.team_bookings(u, w.project[True])),
        Case("projects.without_photo_consent", FD, lambda u, w, o: projects.without_photo_consent(
            u, [w.participant])),
        Case("projects.project_page", FD, lambda u, w, o: projects.project_page(u, w.project[True])),
        Case("projects.gallery_workshops", FD, lambda u, w, o: projects.gallery_workshops(u)),
        Case("today.promotions_to_tell", FD, lambda u, w, o: today.promotions_to_tell(u)),
        Case("spaces.list_spaces", FD, lambda u, w, o: spaces.list_spaces(u)),
        Case("search.global_search", FD, lambda u, w, o: search.global_search(u, "a")),
        Case("staff.list_staff", FD, lambda u, w, o: staff.list_staff(u)),
        Case("settings.get_all", FD, lambda u, w, o: settings.get_all(u)),
        Case("bookings.check_in", FD, lambda u, w, o: bookings.check_in(u, w.to_check_in)),
        Case("equipment.resolve_maintenance", FD, lambda u, w, o: equipment.resolve_maintenance(
            u, w.open_record)),
        Case("equipment.return_to_service", FD, lambda u, w, o: equipment.return_to_service(
            u, w.out_of_service)),
        Case("today.mark_told", FD, lambda u, w, o: today.mark_told(u, w.promoted)),
        Case("workshops.get_enrolment", FD, lambda u, w, o: ws.get_enrolment(u, w.enrolment)),
        # Workshop leaders: their own workshops, sessions, attendance and projects.
        Case("workshops.create_workshop", WL, lambda u, w, o: ws.create_workshop(
            u, ws.WorkshopInput(title="Matrix workshop", capacity=8))),
        Case("workshops.edit_workshop", WL, own=True, call=lambda u, w, o: ws.edit_workshop(
            u, w.workshop[o], replace(ws.get_workshop(u, w.workshop[o]).as_input(),
                                      description="matrix"))),
        Case("workshops.add_session", WL, own=True, call=lambda u, w, o: ws.add_session(
            u, w.workshop[o], *_later(60, 16))),
        Case("workshops.add_session_series", WL, own=True, call=lambda u, w, o: ws.add_session_series(
            u, w.workshop[o], dt.date(2026, 6, 1), dt.time(17), dt.time(18), 2, Recurrence.WEEKLY)),
        Case("workshops.move_session", WL, own=True, call=lambda u, w, o: ws.move_session(
            u, w.session[o], *_later(61, 16))),
        Case("workshops.cancel_session", WL, own=True, call=lambda u, w, o: ws.cancel_session(
            u, w.session[o], "matrix")),
        Case("attendance.mark_present", WL, own=True, call=lambda u, w, o: attendance.mark_present(
            u, w.session[o], w.enrolled[o])),
        Case("attendance.add_walk_in", WL, own=True, call=lambda u, w, o: attendance.add_walk_in(
            u, w.session[o], w.walk_in if o else w.walk_in_other)),
        Case("attendance.mark_by_code_or_name", WL, own=True,
             call=lambda u, w, o: attendance.mark_by_code_or_name(u, w.session[o], "zz")),
        Case("attendance.complete_workshop", WL, own=True,
             call=lambda u, w, o: attendance.complete_workshop(u, w.workshop[o])),
        Case("projects.create_project", WL, lambda u, w, o: projects.create_project(
            u, projects.ProjectInput(title="Matrix"))),
        Case("projects.edit_project", WL, own=True, call=lambda u, w, o: projects.edit_project(
            u, w.project[o], replace(projects.get_project(u, w.project[o]).as_input(), materials="wood"))),
        Case("projects.set_project_status", WL, own=True, call=lambda u, w, o: projects.set_project_status(
            u, w.project[o], "finished")),
        Case("projects.add_equipment_use", WL, own=True, call=lambda u, w, o: projects.add_equipment_use(
            u, w.project[o], w.item)),
        Case("projects.add_photo", WL, own=True, call=lambda u, w, o: projects.add_photo(
            u, w.project[o], PNG, "again", (), acknowledged_warning=True, thumbnail=PNG)),
        Case("projects.remove_photo", WL, own=True, call=lambda u, w, o: projects.remove_photo(u, w.photo[o])),
        Case("projects.attach_file", WL, own=True, call=lambda u, w, o: projects.attach_file(
            u, w.project[o], "notes.txt", "text/plain", b"notes")),
        Case("projects.remove_file", WL, own=True, call=lambda u, w, o: projects.remove_file(u, w.file[o])),
        Case("projects.remove_equipment_use", WL, own=True,
             call=lambda u, w, o: projects.remove_equipment_use(u, w.use[o])),
        # Coordinators: certificates, reports, exports, erasure, equipment, the audit log.
        Case("credentials.issue_certificates", CO, lambda u, w, o: credentials.issue_certificates(
            u, w.completed_workshop)),
        Case("certifications.grant_certification", CO, lambda u, w, o: certifications.grant_certification(
            u, w.participant, w.category)),
        Case("certifications.revoke_certification", CO,
             lambda u, w, o: certifications.revoke_certification(u, *w.certified)),
        Case("projects.delete_project", CO, lambda u, w, o: projects.delete_project(u, w.project[True])),
        Case("privacy.export_participant_data", CO, lambda u, w, o: privacy.export_participant_data(
            u, w.participant)),
        Case("privacy.erasure_preview", CO, lambda u, w, o: privacy.erasure_preview(u, w.participant)),
        Case("privacy.erase_participant", CO, lambda u, w, o: privacy.erase_participant(u, w.participant)),
        Case("equipment.save_category", CO, lambda u, w, o: equipment.save_category(u, "Matrix cutters")),
        Case("equipment.add_item", CO, lambda u, w, o: equipment.add_item(
            u, equipment.ItemInput("EQ-MATRIX", "Matrix", w.category))),
        Case("equipment.edit_item", CO, lambda u, w, o: equipment.edit_item(
            u, w.item, replace(_item_input(equipment, u, w.item), notes="matrix"))),
        Case("equipment.set_photo", CO, lambda u, w, o: equipment.set_photo(u, w.item, PNG)),
        Case("equipment.retire_item", CO, lambda u, w, o: equipment.retire_item(u, w.retirable)),
        Case("equipment.reinstate_item", CO, lambda u, w, o: equipment.reinstate_item(u, w.retired)),
        Case("queries.usage_report", CO, lambda u, w, o: queries.usage_report(u, first, last)),
        Case("queries.workshops_report", CO, lambda u, w, o: queries.workshops_report(u, first, last)),
        Case("queries.reach_report", CO, lambda u, w, o: queries.reach_report(u, first, last)),
        Case("audit.list_events", CO, lambda u, w, o: audit.list_events(u)),
        Case("audit.choices", CO, lambda u, w, o: audit.choices(u)),
        Case("audit.export_csv", CO, writes_file=True,
             call=lambda u, w, o, p: audit.export_csv(u, p)),
        Case("participant_csv.export_participants_csv", CO, writes_file=True,
             call=lambda u, w, o, p: participant_csv.export_participants_csv(u, p)),
        Case("transfer.export_equipment", CO, writes_file=True,
             call=lambda u, w, o, p: transfer.export_equipment(u, p)),
        Case("transfer.export_bookings", CO, writes_file=True,
             call=lambda u, w, o, p: transfer.export_bookings(u, p)),
        Case("participant_csv.import_participants_csv", CO, lambda u, w, o: participant_csv.import_participants_csv(
            u, "given_name,family_name,age_band\nImported,Person,26_64\n")),
        Case("transfer.import_bookings", CO, lambda u, w, o: transfer.import_bookings(
            u, "asset_tag,badge_code,start,end\n")),
        Case("transfer.import_equipment", CO, lambda u, w, o: transfer.import_equipment(
            u, _equipment_csv(u, w))),
        # Admins: staff accounts and shared settings.
        Case("staff.create_staff", AD, lambda u, w, o: staff.create_staff(
            u, "newdesk", "New Desk", StaffRole.FRONT_DESK, pin="9876")),
        Case("staff.update_staff", AD, lambda u, w, o: staff.update_staff(
            u, w.staff["desk2"], role=StaffRole.WORKSHOP_LEADER, active=False)),
        Case("staff.set_secret", AD, lambda u, w, o: staff.set_secret(
            u, w.staff["desk2"], pin="24680")),
        Case("settings.set_many", AD, lambda u, w, o: settings.set_many(
            u, {"organisation.name": "Matrix"})),
    ]


def _item_input(equipment, uow, item_id):
    row = equipment.get_item(uow, item_id)
    return equipment.ItemInput(row.asset_tag, row.name, row.category_id)


def _equipment_csv(uow, w) -> str:
    from makerspace_app.services import equipment

    category = next(c for c in equipment.list_categories(uow) if c.id == w.category)
    return f"asset_tag,name,category\nEQ-IMPORTED,Imported saw,{category.name}\n"


CASES = _cases()

# Functions that take a unit of work but are not an action of their own: helpers the actions
# above call (their callers check the role), the sign-in itself, and the first admin.
HELPERS = {
    "participants.local_today", "participants.age_context", "participants.load",
    "participants.new_unique_badge_code", "participants.create_row",
    "participants.require_can_book_or_enrol", "bookings.timezone", "workshops.makerspace_zone",
    "workshops.load_workshop", "workshops.load_session", "workshops.leaders_of",
    "workshops.require_leads", "workshops.enrolled_to_inform", "workshops.closures",
    "workshops.fill_free_places", "consent.delete_photos_of", "settings.get",
    "settings.timezone", "staff.count_staff", "staff.create_first_admin", "staff.sign_in",
    "overview.start_facts", "overview.count_records", "queries.make_period",
    "queries.build_report", "calendar_export.export_workshops_ics", "signing.signing_key",
    "signing.public_key_b64", "signing.sign", "signing.signature_matches",
    "certifications.grant_for_completion",
}
# Actions not in the matrix yet (each with its reason): none now; the states they need are made
# in _add_states. A new one goes here only with a reason, so that nothing is silently missing.
NOT_COVERED_YET: set[str] = set()
NOT_ACTIONS = HELPERS | NOT_COVERED_YET

# Gaps found by this matrix, each with the fix for the service's owner (see the report).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _expected(case: Case, role: str, own: bool) -> bool:
    if RANK[role] < MIN[case.role]:
        return False
    if case.own and role == "leader":
        return own
    return True


def _params() -> list[Any]:
    out = []
    for case in CASES:
        for role in ROLES:
            for own in ((True, False) if case.own else (True,)):
                marks = []
                gap = KNOWN_GAPS.get((case.name, role))
                if gap and (not case.own or not own):
                    marks.append(pytest.mark.xfail(reason=gap, strict=True, raises=AssertionError))
                label = f"{case.name}-{role}" + ("" if not case.own else ("-own" if own else "-others"))
                out.append(pytest.param(case, role, own, id=label, marks=marks))
    return out


@pytest.mark.parametrize(("case", "role", "own"), _params())
def test_role_matrix(world, case: Case, role: str, own: bool, tmp_path: Path) -> None:
    allowed = _expected(case, role, own)
    actor = _actor(world, role)
    before = _snapshot(world.db)
    out = tmp_path / "export.csv"
    args = (world, own, out) if case.writes_file else (world, own)
    try:
        with unit_of_work(world.db, actor, clock=lambda: NOW) as uow:
            case.call(uow, *args)
            raise _RollBack
    except _RollBack:
        assert allowed, f"{role} was allowed to {case.name}"
    except PermissionDenied as refused:
        assert not allowed, f"{role} was refused {case.name}: {refused.message}"
        assert refused.message and ("Only" in refused.message or "leader" in refused.message)
        assert not out.exists(), "a refused export wrote its file"
    except DomainError as refused:
        pytest.fail(f"{case.name} as {role} refused for another reason: {refused.message}")
    assert _snapshot(world.db) == before


def test_every_service_function_is_in_the_matrix() -> None:
    """A public service function taking a unit of work is either an action in the matrix or
    a named helper: adding one without deciding who may call it fails here."""
    found = set()
    files = sorted((ROOT / "makerspace_app" / "services").glob("*.py"))
    files.append(ROOT / "makerspace_app" / "reports" / "queries.py")
    skip = {"uow", "permissions", "audit_helpers", "__init__", "database", "backup", "csv_io"}
    for path in files:
        if path.stem in skip:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
                    and node.args.args and node.args.args[0].arg == "uow"):
                found.add(f"{path.stem}.{node.name}")
    covered = {case.name for case in CASES} | NOT_ACTIONS
    assert sorted(found - covered) == [], "add these to the matrix (or NOT_ACTIONS with a reason)"
