"""What the Today screen shows: what is happening now and next, and what needs attention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import BookingStatus, EquipmentStatus, StaffRole
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import Booking
from makerspace_app.services import attendance, bookings, certifications, equipment, settings
from makerspace_app.services.bookings import BookingRow
from makerspace_app.services.certifications import CertificationRow
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

SOON = dt.timedelta(hours=2)


@dataclass(frozen=True)
class OutOfService:
    equipment_id: int
    name: str
    asset_tag: str
    affected_bookings: int


@dataclass(frozen=True)
class TodayOverview:
    now: dt.datetime
    in_progress: tuple[BookingRow, ...]  # booked or checked in, started and not ended
    starting_soon: tuple[BookingRow, ...]  # starting within two hours
    sessions: tuple[attendance.TodaySession, ...]
    checked_in: tuple[BookingRow, ...]
    overdue_check_outs: tuple[BookingRow, ...]  # checked in, end passed
    no_shows_due: int  # booked, not checked in N minutes after start: to release
    out_of_service: tuple[OutOfService, ...]
    expiring: tuple[CertificationRow, ...]


def overview(uow: UnitOfWork) -> TodayOverview:
    require(uow, StaffRole.FRONT_DESK, QT_TRANSLATE_NOOP("Actions", "see today's overview"))
    now = uow.now()
    tz = settings.timezone(uow)
    today = now.astimezone(tz).date()
    day_start = local_to_utc(today, dt.time(0), tz)
    day_end = local_to_utc(today + dt.timedelta(days=1), dt.time(0), tz)
    rows = bookings.bookings_between(uow, day_start, max(day_end, now + SOON), include_inactive=False)
    in_progress = tuple(r for r in rows if r.starts_at <= now < r.ends_at)
    soon = tuple(r for r in rows if now < r.starts_at <= now + SOON)
    checked_in = tuple(r for r in rows if r.status is BookingStatus.CHECKED_IN)
    overdue = tuple(r for r in rows if r.status is BookingStatus.CHECKED_IN and r.ends_at <= now)
    minutes = int(settings.get(uow, "bookings.no_show_minutes"))
    no_shows = uow.connection().scalar(
        select(func.count()).select_from(Booking).where(
            Booking.status == BookingStatus.BOOKED,
            Booking.starts_at < now - dt.timedelta(minutes=minutes))) or 0
    broken = []
    for item in equipment.list_items(uow, status=EquipmentStatus.OUT_OF_SERVICE):
        broken.append(OutOfService(item.id, item.name, item.asset_tag,
                                   len(equipment.affected_bookings(uow, item.id))))
    return TodayOverview(
        now=now, in_progress=in_progress, starting_soon=soon,
        sessions=tuple(attendance.todays_sessions(uow, today)),
        checked_in=checked_in, overdue_check_outs=overdue, no_shows_due=int(no_shows),
        out_of_service=tuple(broken), expiring=tuple(certifications.expiring_soon(uow)),
    )


