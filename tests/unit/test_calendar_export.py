"""The workshop calendar (.ics): parses back with icalendar, one event per session, local times
with a VTIMEZONE across a DST change, stable UIDs; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from sqlalchemy import select

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import ValidationError
from makerspace_app.persistence.models import Space, StaffMember
from makerspace_app.services import calendar_export, settings, workshops
from makerspace_app.services.uow import Actor
from makerspace_app.services.workshops import WorkshopInput

from worlds import LONDON, NOW, UTC, World, local  # noqa: E402


@pytest.fixture
def world(db, uow_factory) -> World:
    return World(db, uow_factory)


def _plan(world: World):
    """A workshop with weekly sessions 24 March, 31 March (after the change to BST) and
    7 April (cancelled), and a second one on 25 March."""
    with world.db.session() as s:
        space_id = s.scalar(select(Space.id).where(Space.name == "Makerspace"))
        leader = StaffMember(username="lena", display_name="Lena Leader",
                             role=StaffRole.WORKSHOP_LEADER, password_hash=None, pin_hash=None,
                             active=True, created_at=NOW)
        s.add(leader)
        s.flush()
        leader_id = leader.id
    with world.uow() as uow:
        settings.set_many(uow, {"organisation.name": "Central Library"})
        laser = workshops.create_workshop(uow, WorkshopInput(
            "Laser cutting basics", 8, description="Cut and engrave plywood.",
            space_id=space_id, leader_ids=(leader_id,), min_age=16, languages=("en", "pl")))
        made = workshops.add_session_series(uow, laser.id, dt.date(2026, 3, 24), dt.time(18),
                                            dt.time(20), 3)
        workshops.cancel_session(uow, made.created[2].id)
        other = workshops.create_workshop(uow, WorkshopInput("Sewing café", 6))
        sewing = workshops.add_session(uow, other.id, local("2026-03-25", "10:00"),
                                       local("2026-03-25", "12:00"))
    return laser, made.created, sewing


def test_round_trip_one_event_per_session_in_local_time(world, tmp_path) -> None:
    laser, sessions, sewing = _plan(world)
    path = tmp_path / "workshops.ics"
    with world.uow() as uow:
        count = calendar_export.export_workshops_ics(uow, path)
    assert count == 3
    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 3  # the cancelled session is left out
    assert str(calendar["X-WR-CALNAME"]) == "Central Library workshops"

    by_uid = {str(e["UID"]): e for e in events}
    expected = {calendar_export.session_uid(s.id): s for s in (*sessions[:2], sewing)}
    assert set(by_uid) == set(expected)
    for uid, event in by_uid.items():
        session = expected[uid]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start == session.starts_at and end == session.ends_at
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert start.astimezone(LONDON).time() == session.starts_at.astimezone(LONDON).time()

    first, second = (by_uid[calendar_export.session_uid(s.id)] for s in sessions[:2])
    assert str(first["SUMMARY"]) == "Laser cutting basics"
    assert str(first["LOCATION"]) == "Makerspace, Central"
    description = str(first["DESCRIPTION"])
    assert "Cut and engrave plywood." in description and "Session 1 of 2." in description
    assert "Led by Lena Leader." in description and "Ages 16 and over." in description
    assert "Session 2 of 2." in str(second["DESCRIPTION"])
    # Same wall-clock time on both sides of 29 March, one hour apart in UTC.
    assert first["DTSTART"].to_ical() == b"20260324T180000"
    assert second["DTSTART"].to_ical() == b"20260331T180000"
    assert first.decoded("DTSTART").astimezone(UTC).hour == 18
    assert second.decoded("DTSTART").astimezone(UTC).hour == 17

    # The VTIMEZONE written in the file says the same (read it, not the system's zone data).
    [vtimezone] = calendar.walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == "Europe/London"
    written = vtimezone.to_tz()
    assert written.utcoffset(dt.datetime(2026, 3, 24, 18)) == dt.timedelta(0)
    assert written.utcoffset(dt.datetime(2026, 3, 31, 18)) == dt.timedelta(hours=1)
    assert written.utcoffset(dt.datetime(2026, 10, 27, 18)) == dt.timedelta(0)

    # Exporting again keeps the UIDs, so a calendar updates instead of duplicating.
    with world.uow(now=NOW + dt.timedelta(days=1)) as uow:
        data, again = calendar_export.workshops_ics(uow)
    assert again == 3
    assert {str(e["UID"]) for e in Calendar.from_ical(data).walk("VEVENT")} == set(by_uid)


def test_period_filter_and_utc_zone(world, tmp_path) -> None:
    _plan(world)
    with world.uow() as uow:
        count = calendar_export.export_workshops_ics(
            uow, tmp_path / "week.ics", local("2026-03-25", "00:00"), local("2026-04-01", "00:00"))
    events = Calendar.from_ical((tmp_path / "week.ics").read_bytes()).walk("VEVENT")
    assert count == 2 and sorted(str(e["SUMMARY"]) for e in events) == [
        "Laser cutting basics", "Sewing café"]
    with world.uow() as uow:
        settings.set_many(uow, {"organisation.timezone": "UTC"})
        data, count = calendar_export.workshops_ics(uow)
    parsed = Calendar.from_ical(data)
    assert count == 3 and parsed.walk("VTIMEZONE") == []
    assert all(e["DTSTART"].to_ical().endswith(b"Z") for e in parsed.walk("VEVENT"))
    with pytest.raises(ValidationError, match="end of the period"), world.uow() as uow:
        calendar_export.workshops_ics(uow, local("2026-04-01", "00:00"), local("2026-03-01", "00:00"))


def test_export_refusals(world, tmp_path) -> None:
    _plan(world)
    with pytest.raises(ValidationError, match="could not be written"), world.uow() as uow:
        calendar_export.export_workshops_ics(uow, tmp_path / "missing-folder" / "w.ics")
    out = tmp_path / "out"
    out.mkdir()
    (out / "w.ics").write_text("old")
    anyone = Actor("desk", StaffRole.FRONT_DESK, None)
    with world.uow(actor=anyone) as uow:  # the front desk may export; the old file is replaced
        assert calendar_export.export_workshops_ics(uow, out / "w.ics") == 3
    assert list(out.iterdir()) == [out / "w.ics"]  # no temporary file left behind
    assert len(Calendar.from_ical((out / "w.ics").read_bytes()).walk("VEVENT")) == 3
