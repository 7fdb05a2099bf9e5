"""The demo-data generator: what it inserts, that it keeps the booking rules, and its refusals.

Only the small size is filled here (the large one is timed by the benchmarks). One small
fill is shared by the read-only tests of this module.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from makerspace_app import demo
from makerspace_app.config import resources_dir
from makerspace_app.demo import DEMO_STAFF_PASSWORD, DemoSummary, fill_demo
from makerspace_app.domain.errors import ConflictError, ValidationError
from makerspace_app.domain.text import fold, normalise_text
from makerspace_app.persistence.engine import Database, parse_location
from makerspace_app.persistence.models import Participant, Setting, StaffMember
from makerspace_app.services.database import is_empty, open_database
from makerspace_app.services.staff import create_first_admin, sign_in
from makerspace_app.services.uow import Actor, unit_of_work

# A Sunday on which the clocks go forward in London: times must still land inside opening hours.
NOW = dt.datetime(2026, 3, 29, 11, 30, tzinfo=dt.timezone.utc)
LONDON = ZoneInfo("Europe/London")
ACTIVE_OVERLAPS = """
    SELECT COUNT(*) FROM bookings a JOIN bookings b
      ON a.equipment_id = b.equipment_id AND a.id < b.id
     AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
    WHERE a.status IN ('booked', 'checked_in') AND b.status IN ('booked', 'checked_in')
"""


def _migrated(folder: Path) -> Database:
    return open_database(parse_location(str(folder / "demo.db")))


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = _migrated(tmp_path)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    db = _migrated(tmp_path_factory.mktemp("demo"))
    summary = fill_demo(db, "small", now=NOW)
    yield db, summary
    db.dispose()


def _rows(db: Database, sql: str, **params: object) -> list:
    with db.session(read_only=True) as s:
        return list(s.execute(text(sql), params))


def _count(db: Database, table: str) -> int:
    return _rows(db, f"SELECT COUNT(*) FROM {table}")[0][0]


def test_small_fill_inserts_what_the_summary_says(small: tuple[Database, DemoSummary]) -> None:
    db, summary = small
    assert (summary.sites, summary.equipment, summary.participants) == (1, 40, 200)
    assert (summary.bookings, summary.workshops, summary.projects) == (1500, 20, 30)
    assert summary.staff_password == DEMO_STAFF_PASSWORD
    for table, expected in (
        ("sites", summary.sites), ("spaces", summary.spaces),
        ("equipment_categories", summary.categories), ("equipment", summary.equipment),
        ("staff", summary.staff), ("participants", summary.participants),
        ("bookings", summary.bookings), ("workshops", summary.workshops),
        ("workshop_sessions", summary.sessions), ("enrolments", summary.enrolments),
        ("attendance", summary.attendance), ("projects", summary.projects),
    ):
        assert _count(db, table) == expected, table
    assert summary.sessions > summary.workshops and summary.attendance > 0
    roles = {r[0] for r in _rows(db, "SELECT role FROM staff")}
    assert roles == {"front_desk", "workshop_leader", "coordinator", "admin"}
    with db.session(read_only=True) as s:
        assert s.get(Setting, "organisation.timezone").value == "Europe/London"
        assert s.get(Setting, "organisation.name").value
        hashes = set(s.scalars(select(StaffMember.password_hash)))
    assert len(hashes) == 1  # hashed once, shared by every demo account
    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        assert sign_in(uow, "admin", DEMO_STAFF_PASSWORD).staff_id is not None


def test_every_name_of_the_shared_list_is_a_findable_participant(
    small: tuple[Database, DemoSummary],
) -> None:
    db, _ = small
    with open(resources_dir() / "demo" / "names.csv", encoding="utf-8", newline="") as fh:
        names = list(csv.DictReader(fh))
    assert len(names) >= 30
    with db.session(read_only=True) as s:
        for row in names:
            given, family = normalise_text(row["given_name"]), normalise_text(row["family_name"])
            found = s.execute(
                select(Participant.search_text).where(
                    Participant.given_name == given, Participant.family_name == family
                )
            ).all()
            assert len(found) == 1, (given, family)
            assert fold(given) in found[0].search_text
            term = f"%{fold(given)}%"
            hits = s.scalar(select(func.count()).where(Participant.search_text.like(term)))
            assert hits >= 1
        jurgen = s.scalar(select(Participant.search_text).where(Participant.family_name == "Müller"))
        assert "muller" in jurgen and "mueller" in jurgen
        # The last row of the list has spaces around both names.
        assert s.scalar(select(func.count()).where(Participant.given_name == "Leading",
                                                   Participant.family_name == "Spaces")) == 1


def test_active_bookings_of_one_item_never_overlap(small: tuple[Database, DemoSummary]) -> None:
    db, _ = small
    assert _rows(db, ACTIVE_OVERLAPS)[0][0] == 0
    statuses = {r[0] for r in _rows(db, "SELECT DISTINCT status FROM bookings")}
    assert {"completed", "no_show", "cancelled", "booked"} <= statuses


def test_bookings_keep_hours_closures_lengths_and_certifications(
    small: tuple[Database, DemoSummary],
) -> None:
    db, _ = small
    hours = {(r.site_id, r.weekday): (r.opens_at, r.closes_at) for r in _rows(
        db, "SELECT site_id, weekday, opens_at, closes_at FROM opening_hours")}
    closed = {(r.site_id, r.day) for r in _rows(db, "SELECT site_id, day FROM closure_days")}
    bookings = _rows(db, """
        SELECT b.participant_id, b.starts_at, b.ends_at, s.site_id, c.id AS category,
               c.max_booking_minutes, c.requires_certification
        FROM bookings b JOIN equipment e ON e.id = b.equipment_id
        JOIN equipment_categories c ON c.id = e.category_id JOIN spaces s ON s.id = e.space_id""")
    certs: dict[tuple[int, int], list] = {}
    for r in _rows(db, "SELECT participant_id, category_id, granted_at, expires_at FROM certifications"):
        certs.setdefault((r.participant_id, r.category_id), []).append(r)
    for b in bookings:
        start = _utc(b.starts_at).astimezone(LONDON)
        end = _utc(b.ends_at).astimezone(LONDON)
        opens, closes = hours[(b.site_id, start.weekday())]
        assert start.date() == end.date()
        assert _time(opens) <= start.time() and end.time() <= _time(closes), (start, end)
        day = start.date().isoformat()
        assert (b.site_id, day) not in closed and (None, day) not in closed
        assert (end - start).total_seconds() <= b.max_booking_minutes * 60
        if b.requires_certification:
            assert any(
                c.granted_at <= b.starts_at and (c.expires_at is None or c.expires_at >= b.ends_at)
                for c in certs.get((b.participant_id, b.category), [])
            )


def test_minors_have_a_guardian(small: tuple[Database, DemoSummary]) -> None:
    db, _ = small
    today = NOW.astimezone(LONDON).date()
    minors = 0
    for p in _rows(db, """SELECT date_of_birth, age_band, guardian_participant_id,
                              guardian_name, guardian_contact FROM participants"""):
        if p.date_of_birth is not None:
            born = dt.date.fromisoformat(str(p.date_of_birth))
            minor = today.year - born.year - ((today.month, today.day) < (born.month, born.day)) < 18
        else:
            minor = p.age_band in ("under_12", "12_17")
        if minor:
            minors += 1
            assert p.guardian_participant_id or (p.guardian_name and p.guardian_contact)
    assert minors >= 20
    # A guardian who is a participant is an adult.
    assert _rows(db, """SELECT COUNT(*) FROM participants c JOIN participants g
                        ON g.id = c.guardian_participant_id
                        WHERE g.age_band IN ('under_12', '12_17')""")[0][0] == 0


def test_attendance_is_only_for_enrolled_people_at_sessions_that_took_place(
    small: tuple[Database, DemoSummary],
) -> None:
    db, _ = small
    assert _rows(db, """
        SELECT COUNT(*) FROM attendance a JOIN workshop_sessions s ON s.id = a.session_id
        LEFT JOIN enrolments e ON e.workshop_id = s.workshop_id
             AND e.participant_id = a.participant_id AND e.status = 'enrolled'
        WHERE e.id IS NULL OR s.cancelled_at IS NOT NULL OR s.starts_at > :now""",
        now=NOW.replace(tzinfo=None))[0][0] == 0
    assert _rows(db, """
        SELECT COUNT(*) FROM (SELECT workshop_id, COUNT(*) AS n, MIN(waitlist_position) AS lo,
                                     MAX(waitlist_position) AS hi
                              FROM enrolments WHERE status = 'waitlisted' GROUP BY workshop_id)
        WHERE lo <> 1 OR hi <> n""")[0][0] == 0


def test_same_seed_and_now_give_the_same_data(
    small: tuple[Database, DemoSummary], tmp_path: Path,
) -> None:
    db, summary = small
    again = _migrated(tmp_path)
    try:
        assert fill_demo(again, "small", now=NOW) == summary
        query = "SELECT badge_code, given_name, family_name, created_at FROM participants ORDER BY id"
        assert _rows(again, query) == _rows(db, query)
        query = "SELECT equipment_id, participant_id, starts_at, status FROM bookings ORDER BY id"
        assert _rows(again, query) == _rows(db, query)
    finally:
        again.dispose()


def test_refuses_a_database_that_holds_data_and_leaves_it_unchanged(empty_db: Database) -> None:
    with unit_of_work(empty_db, Actor.system()) as uow:
        create_first_admin(uow, "amira", "Amira", "a-long-password")
    before = {t: _count(empty_db, t) for t in ("staff", "participants", "settings", "audit_events")}
    with pytest.raises(ConflictError) as refused:
        fill_demo(empty_db, "small", now=NOW)
    assert "already holds data" in refused.value.message
    assert refused.value.context == "DomainError"
    assert {t: _count(empty_db, t) for t in before} == before


def test_refuses_an_unknown_size(empty_db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        fill_demo(empty_db, "huge")
    assert refused.value.params == {"size": "huge"}
    assert is_empty(empty_db)


def test_a_failure_part_way_leaves_the_database_empty(
    empty_db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(demo._Builder, "_projects", broken)
    steps: list[tuple[str, float]] = []
    with pytest.raises(RuntimeError):
        fill_demo(empty_db, "small", progress=lambda step, f: steps.append((step, f)), now=NOW)
    assert is_empty(empty_db)
    for table in ("settings", "sites", "certifications", "audit_events"):
        assert _count(empty_db, table) == 0, table
    assert steps and all(0 <= f <= 1 for _step, f in steps)


def test_progress_is_reported_in_order_and_ends_done(empty_db: Database) -> None:
    steps: list[tuple[str, float]] = []
    fill_demo(empty_db, "small", progress=lambda step, f: steps.append((step, f)), now=NOW)
    fractions = [f for _step, f in steps]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(isinstance(step, str) and step for step, _f in steps)


def test_the_large_catalogue_has_exactly_300_items() -> None:
    catalogue = json.loads((resources_dir() / "demo" / "catalogue.json").read_text("utf-8"))
    assert sum(c["count"][1] + c["count"][2] for c in catalogue["categories"]) == 300
    assert sum(c["count"][0] for c in catalogue["categories"]) == 40


def _utc(value: object) -> dt.datetime:
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=dt.timezone.utc) if moment.tzinfo is None else moment


def _time(value: object) -> dt.time:
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(str(value))


def test_small_demo_on_both_databases_keeps_every_rule_and_is_searchable(db: Database) -> None:
    """The same generator on SQLite and PostgreSQL (the `db` fixture runs both)."""
    from makerspace_app.services.search import global_search

    summary = fill_demo(db, "small", now=NOW)
    assert summary.participants == _rows(db, "SELECT count(*) FROM participants")[0][0]
    assert _rows(db, ACTIVE_OVERLAPS)[0][0] == 0
    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        hits = global_search(uow, "muller")
        assert any("Müller" in h.title for h in hits)
        assert sign_in(uow, "admin", DEMO_STAFF_PASSWORD).role.value == "admin"
