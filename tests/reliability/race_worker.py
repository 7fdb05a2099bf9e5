"""A separate OS process that tries to book overlapping slots of one item (see the race test)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError, OperationalError

from makerspace_app.domain.enums import BookingStatus
from makerspace_app.domain.errors import DomainError
from makerspace_app.persistence.engine import Database, parse_location
from makerspace_app.persistence.models import Booking
from makerspace_app.services import bookings
from makerspace_app.services.uow import Actor, unit_of_work

BASE = dt.datetime(2031, 6, 2, 10, 0, tzinfo=dt.timezone.utc)


def attempt(url: str, item: int, person: int, seed: int, tries: int, barrier, raw: bool) -> tuple[int, int]:
    """Book random 30-90 minute slots in one crowded morning. Returns (booked, refused)."""
    db = Database(parse_location(url))
    rng = random.Random(seed)
    booked = refused = 0
    barrier.wait()
    for _ in range(tries):
        start = BASE + dt.timedelta(minutes=15 * rng.randrange(0, 16))
        end = start + dt.timedelta(minutes=rng.choice((30, 45, 60, 90)))
        try:
            if raw:  # straight to the table, past every service check
                with db.session() as s:
                    s.execute(insert(Booking), [{
                        "equipment_id": item, "participant_id": person, "starts_at": start,
                        "ends_at": end, "status": BookingStatus.BOOKED, "notes": "",
                        "created_at": BASE}])
            else:
                with unit_of_work(db, Actor.system(), clock=lambda: BASE - dt.timedelta(days=1)) as uow:
                    bookings.create_booking(uow, item, person, start, end)
            booked += 1
        except (DomainError, IntegrityError):
            refused += 1
        except OperationalError as exc:  # only "locked" would be acceptable, and it must not happen
            raise RuntimeError(f"unexpected database error: {exc}") from exc
    db.dispose()
    return booked, refused
