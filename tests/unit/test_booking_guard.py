"""The database itself refuses overlapping active bookings of one item, whatever code path
writes them (PostgreSQL: exclusion constraint; SQLite: triggers)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from makerspace_app.domain.enums import BookingStatus
from makerspace_app.persistence.engine import Database
from makerspace_app.persistence.models import (
    Booking,
    Equipment,
    EquipmentCategory,
    Participant,
    Site,
    Space,
)

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _hours(h: float) -> dt.datetime:
    return T0 + dt.timedelta(hours=h)


@pytest.fixture
def item_and_person(db: Database) -> tuple[int, int]:
    with db.session() as s:
        site = Site(name="Central", address="", timezone="Europe/London")
        s.add(site)
        s.flush()
        space = Space(site_id=site.id, name="Makerspace")
        cat = EquipmentCategory(name="Laser cutter", description="", requires_certification=False)
        s.add_all([space, cat])
        s.flush()
        item = Equipment(asset_tag="LAS-1", name="Laser 1", serial_number="", category_id=cat.id,
                         space_id=space.id, notes="", created_at=T0)
        person = Participant(badge_code="ABCD2345", given_name="Ana", family_name="Silva",
                             created_at=T0, languages=[], accessibility_tags=[])
        s.add_all([item, person])
        s.flush()
        return item.id, person.id


def _book(db: Database, ids: tuple[int, int], start: float, end: float,
          status: BookingStatus = BookingStatus.BOOKED) -> None:
    with db.session() as s:
        s.execute(insert(Booking), [{
            "equipment_id": ids[0], "participant_id": ids[1], "starts_at": _hours(start),
            "ends_at": _hours(end), "status": status, "notes": "", "created_at": T0,
        }])


def _count(db: Database) -> int:
    with db.session(read_only=True) as s:
        return s.scalar(select(func.count()).select_from(Booking))


def test_overlapping_active_booking_is_refused_by_the_database(db, item_and_person) -> None:
    _book(db, item_and_person, 0, 2)
    with pytest.raises(IntegrityError):
        _book(db, item_and_person, 1, 3)
    with pytest.raises(IntegrityError):
        _book(db, item_and_person, -1, 0.5, BookingStatus.CHECKED_IN)
    with pytest.raises(IntegrityError):
        _book(db, item_and_person, 0.5, 1)  # inside
    assert _count(db) == 1


def test_back_to_back_bookings_do_not_overlap(db, item_and_person) -> None:
    _book(db, item_and_person, 0, 2)   # 12:00-14:00
    _book(db, item_and_person, 2, 3)   # 14:00-15:00
    _book(db, item_and_person, -1, 0)  # 11:00-12:00
    assert _count(db) == 3


def test_inactive_bookings_do_not_hold_the_slot(db, item_and_person) -> None:
    for status in (BookingStatus.CANCELLED, BookingStatus.NO_SHOW, BookingStatus.COMPLETED):
        _book(db, item_and_person, 0, 2, status)
    _book(db, item_and_person, 0, 2)
    assert _count(db) == 4


def test_moving_or_reactivating_into_a_taken_slot_is_refused(db, item_and_person) -> None:
    _book(db, item_and_person, 0, 2)
    _book(db, item_and_person, 3, 4)
    _book(db, item_and_person, 0, 2, BookingStatus.CANCELLED)
    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(update(Booking).where(Booking.starts_at == _hours(3))
                  .values(starts_at=_hours(1)))
    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(update(Booking).where(Booking.status == BookingStatus.CANCELLED)
                  .values(status=BookingStatus.BOOKED))
    with db.session(read_only=True) as s:
        starts = sorted(s.scalars(select(Booking.starts_at)))
    assert starts == [_hours(0), _hours(0), _hours(3)]


def test_end_must_come_after_start(db, item_and_person) -> None:
    with pytest.raises(IntegrityError):
        _book(db, item_and_person, 2, 2)
    assert _count(db) == 0


def test_sqlite_refuses_times_in_another_text_form(sqlite_db: Database) -> None:
    """Text comparison only orders times in one form, so the triggers refuse any other."""
    with sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO sites (name, address, timezone) VALUES ('S', '', 'UTC')")
        conn.exec_driver_sql(
            "INSERT INTO equipment_categories (name, description, requires_certification) "
            "VALUES ('C', '', 0)")
        conn.exec_driver_sql(
            "INSERT INTO equipment (asset_tag, name, serial_number, category_id, status, notes,"
            " created_at) VALUES ('A', 'A', '', 1, 'available', '', '2026-01-01 00:00:00.000000')")
        conn.exec_driver_sql(
            "INSERT INTO participants (badge_code, given_name, family_name, preferred_name,"
            " pronouns, email, phone, address, languages, preferred_language,"
            " accessibility_tags, accessibility_notes, guardian_name, guardian_contact, notes,"
            " search_text, created_at) VALUES ('B', 'x', '', '', '', '', '', '', '[]', '', '[]',"
            " '', '', '', '', '', '2026-01-01 00:00:00.000000')")
    with pytest.raises(IntegrityError, match="UTC text"), sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO bookings (equipment_id, participant_id, starts_at, ends_at, status,"
            " notes, created_at) VALUES (1, 1, '2026-03-10T12:00:00+00:00',"
            " '2026-03-10T13:00:00+00:00', 'booked', '', '2026-01-01 00:00:00.000000')")
