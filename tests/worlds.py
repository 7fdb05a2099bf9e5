"""A small makerspace to test against: opening hours, a closure day, two laser cutters that
need certification and a 3D printer, and participants of several ages."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from makerspace_app.persistence.models import (
    Booking, Certification, ClosureDay, Equipment, EquipmentCategory, OpeningHours, Participant,
    Site, Space,
)
from makerspace_app.services import bookings, settings
from makerspace_app.services.bookings import BookingRefused

LONDON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday morning


def local(day: str, hhmm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=LONDON)


class World:
    """A small makerspace: opening hours, a laser cutter category that needs certification."""

    def __init__(self, db, uow_factory):
        self.db, self.factory = db, uow_factory
        with db.session() as s:
            site = Site(name="Central", address="", timezone="Europe/London")
            s.add(site)
            s.flush()
            for weekday in range(6):  # Monday to Saturday, 09:00-20:00
                s.add(OpeningHours(site_id=site.id, weekday=weekday, opens_at=dt.time(9),
                                   closes_at=dt.time(20)))
            s.add(ClosureDay(site_id=None, day=dt.date(2026, 4, 3), reason="Good Friday"))
            space = Space(site_id=site.id, name="Makerspace")
            laser = EquipmentCategory(name="Laser cutters", description="", requires_certification=True,
                                      min_age=16, max_booking_minutes=120)
            printer = EquipmentCategory(name="3D printers", description="", requires_certification=False)
            s.add_all([space, laser, printer])
            s.flush()
            self.laser1 = Equipment(asset_tag="LAS-1", name="Laser 1", category_id=laser.id,
                                    space_id=space.id, created_at=NOW, serial_number="", notes="")
            self.laser2 = Equipment(asset_tag="LAS-2", name="Laser 2", category_id=laser.id,
                                    space_id=space.id, created_at=NOW, serial_number="", notes="")
            self.printer = Equipment(asset_tag="3DP-1", name="Prusa 1", category_id=printer.id,
                                     space_id=space.id, created_at=NOW, serial_number="", notes="")
            s.add_all([self.laser1, self.laser2, self.printer])

            def person(code, given, dob, **kw):
                p = Participant(badge_code=code, given_name=given, family_name="Test", date_of_birth=dob,
                                created_at=NOW, languages=[], accessibility_tags=[], **kw)
                s.add(p)
                return p

            self.adult = person("AMARA001", "Amara", dt.date(1990, 5, 1))
            self.other = person("BEN00002", "Bo", dt.date(1985, 1, 1))
            self.teen = person("TAR00003", "Tariq", dt.date(2010, 6, 1), guardian_name="Mum",
                               guardian_contact="+44 20 0000 0000")
            self.child_alone = person("CHEZ0004", "Cleo", dt.date(2015, 6, 1))
            s.flush()
            s.add(Certification(participant_id=self.adult.id, category_id=laser.id, granted_at=NOW,
                                expires_at=NOW + dt.timedelta(days=365)))
            s.add(Certification(participant_id=self.other.id, category_id=laser.id,
                                granted_at=NOW - dt.timedelta(days=400), expires_at=NOW - dt.timedelta(days=35)))
            s.flush()
            self.ids = {k: getattr(self, k).id for k in ("laser1", "laser2", "printer", "adult", "other",
                                                        "teen", "child_alone")}
            self.laser_cat = laser.id
        with uow_factory(clock=lambda: NOW) as uow:
            settings.set_many(uow, {"organisation.timezone": "Europe/London"})

    def uow(self, now=NOW, actor=None):
        return self.factory(actor=actor, clock=lambda: now)

    def book(self, item, person, start, end, now=NOW):
        with self.uow(now) as uow:
            return bookings.create_booking(uow, self.ids[item], self.ids[person], start, end)

    def refused(self, item, person, start, end, now=NOW) -> BookingRefused:
        with pytest.raises(BookingRefused) as caught, self.uow(now) as uow:
            bookings.create_booking(uow, self.ids[item], self.ids[person], start, end)
        return caught.value

    def count(self) -> int:
        with self.db.session(read_only=True) as s:
            return s.scalar(select(func.count()).select_from(Booking))
