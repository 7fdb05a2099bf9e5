"""What the Today screen shows: what is happening now and next, and what needs attention.

Now and next: bookings in progress and starting within two hours (by item), today's workshop
sessions with their leaders, and who is checked in. Needs attention: items out of service
with the bookings they affect, overdue check-outs, bookings to release as no-shows,
certifications expiring by the end of this month, waitlist promotions nobody has told the
participant about yet, and the state of the last backup.

Waitlist promotions are recorded by ``services.workshops.fill_free_places`` as an audit event
("promote", "enrolment", id). Telling the participant is recorded the same way
(``promotion_told``): a promotion is still to tell while the enrolment holds a place, the
workshop has a session to come, and no "told" event follows its latest promotion. No column
is needed, and promotions made by any desk or command show up here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import (
    BookingStatus,
    EnrolmentStatus,
    EquipmentStatus,
    StaffRole,
)
from makerspace_app.domain.errors import ConflictError, NotFoundError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.engine import DatabaseLocation
from makerspace_app.persistence.models import (
    AuditEvent,
    Booking,
    Enrolment,
    Participant,
    Workshop,
    WorkshopSession,
)
from makerspace_app.services import (
    attendance,
    bookings,
    certifications,
    equipment,
    settings,
)
from makerspace_app.services.bookings import BookingRow
from makerspace_app.services.certifications import CertificationRow
from makerspace_app.services.equipment import AffectedBooking
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork
from makerspace_app.services.workshops import PersonToInform, person_to_inform

SOON = dt.timedelta(hours=2)
#: Promotions older than this are no longer news (and the audit log is read by time).
PROMOTION_WINDOW = dt.timedelta(days=60)
BACKUP_WARNING_AGE = dt.timedelta(days=1)
LIST_LIMIT = 50  # rows of one kind listed on the screen; the count says how many there are

ACTION_OVERVIEW = QT_TRANSLATE_NOOP("Actions", "see today's overview")
ACTION_TELL = QT_TRANSLATE_NOOP("Actions", "record that a participant was told")

PROMOTED = "promote"
TOLD = "promotion_told"


@dataclass(frozen=True)
class OutOfService:
    equipment_id: int
    name: str
    asset_tag: str
    affected_bookings: int
    bookings: tuple[AffectedBooking, ...]  # the first LIST_LIMIT, soonest first


@dataclass(frozen=True)
class PromotionToTell:
    """A participant moved up from the waitlist who has not been told yet."""

    enrolment_id: int
    workshop_id: int
    workshop_title: str
    promoted_at: dt.datetime
    next_session: dt.datetime | None
    person: PersonToInform


@dataclass(frozen=True)
class TodayOverview:
    now: dt.datetime
    in_progress: tuple[BookingRow, ...]  # booked or checked in, started and not ended
    starting_soon: tuple[BookingRow, ...]  # starting within two hours
    sessions: tuple[attendance.TodaySession, ...]
    checked_in: tuple[BookingRow, ...]  # checked in now (their booking has not ended)
    overdue_check_outs: tuple[BookingRow, ...]  # checked in, end passed (any day)
    no_shows_due: int  # booked, not checked in N minutes after start: to release
    no_shows: tuple[BookingRow, ...]  # the first LIST_LIMIT of them
    out_of_service: tuple[OutOfService, ...]
    expiring: tuple[CertificationRow, ...]  # valid, expiring by the end of this month
    month_end: dt.datetime  # UTC: local midnight starting next month
    promotions: tuple[PromotionToTell, ...]

    @property
    def now_and_next(self) -> tuple[BookingRow, ...]:
        """In progress and starting soon, by item, then by start."""
        return tuple(sorted((*self.in_progress, *self.starting_soon),
                            key=lambda r: (r.equipment.casefold(), r.asset_tag, r.starts_at)))


def overview(uow: UnitOfWork) -> TodayOverview:
    require(uow, StaffRole.FRONT_DESK, ACTION_OVERVIEW)
    now = uow.now()
    tz = settings.timezone(uow)
    today = now.astimezone(tz).date()
    day_start = local_to_utc(today, dt.time(0), tz)
    day_end = local_to_utc(today + dt.timedelta(days=1), dt.time(0), tz)
    rows = bookings.bookings_between(uow, day_start, max(day_end, now + SOON), include_inactive=False)
    in_progress = tuple(r for r in rows if r.starts_at <= now < r.ends_at)
    soon = tuple(r for r in rows if now < r.starts_at <= now + SOON)
    checked_in = tuple(sorted((r for r in rows if r.status is BookingStatus.CHECKED_IN
                               and r.ends_at > now), key=lambda r: (r.participant.casefold(), r.id)))

    query = bookings._rows_query()
    overdue = tuple(bookings._row(r) for r in uow.connection().execute(
        query.where(bookings.status_started_before(BookingStatus.CHECKED_IN, now),
                    Booking.ends_at <= now)
        .order_by(Booking.ends_at, Booking.id).limit(LIST_LIMIT)))
    minutes = int(settings.get(uow, "bookings.no_show_minutes"))
    cutoff = now - dt.timedelta(minutes=minutes)
    due = bookings.status_started_before(BookingStatus.BOOKED, cutoff)
    no_shows_due = uow.connection().scalar(select(func.count()).select_from(Booking).where(due)) or 0
    no_shows = tuple(bookings._row(r) for r in uow.connection().execute(
        query.where(due).order_by(Booking.starts_at.desc(), Booking.id).limit(LIST_LIMIT)))

    broken = []
    for item in equipment.list_items(uow, status=EquipmentStatus.OUT_OF_SERVICE):
        affected = equipment.affected_bookings(uow, item.id)
        broken.append(OutOfService(item.id, item.name, item.asset_tag, len(affected),
                                   tuple(affected[:LIST_LIMIT])))

    month_start = today.replace(day=1)
    next_month = (month_start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    month_end = local_to_utc(next_month, dt.time(0), tz)
    days_left = max(0, -(-int((month_end - now).total_seconds()) // 86400))
    expiring = tuple(c for c in certifications.expiring_soon(uow, days_left)
                     if c.expires_at is not None and c.expires_at < month_end)

    return TodayOverview(
        now=now, in_progress=in_progress, starting_soon=soon,
        sessions=tuple(attendance.todays_sessions(uow, today)),
        checked_in=checked_in, overdue_check_outs=overdue, no_shows_due=int(no_shows_due),
        no_shows=no_shows, out_of_service=tuple(broken), expiring=expiring, month_end=month_end,
        promotions=tuple(promotions_to_tell(uow)),
    )


# --- Waitlist promotions ------------------------------------------------------------------------


def _last_event(action: str, since: dt.datetime):
    return (select(AuditEvent.entity_id.label("enrolment_id"), func.max(AuditEvent.at).label("at"))
            .where(AuditEvent.at >= since, AuditEvent.entity == "enrolment",
                   AuditEvent.action == action)
            .group_by(AuditEvent.entity_id)
            .subquery(action))


def promotions_to_tell(uow: UnitOfWork) -> list[PromotionToTell]:
    """Participants moved up from the waitlist in the last 60 days who still hold the place,
    whose workshop has a session to come, and who have not been told; oldest first."""
    require(uow, StaffRole.FRONT_DESK, ACTION_OVERVIEW)
    now = uow.now()
    since = now - PROMOTION_WINDOW
    promoted = _last_event(PROMOTED, since)
    told = _last_event(TOLD, since)
    next_session = (
        select(WorkshopSession.workshop_id.label("workshop_id"),
               func.min(WorkshopSession.starts_at).label("starts_at"))
        .where(WorkshopSession.cancelled_at.is_(None), WorkshopSession.ends_at > now)
        .group_by(WorkshopSession.workshop_id)
        .subquery("next_session"))
    rows = uow.session.execute(
        select(Enrolment.id.label("enrolment_id"), Workshop.id.label("workshop_id"),
               Workshop.title, promoted.c.at.label("promoted_at"),
               next_session.c.starts_at.label("next_session"),
               Participant.id, Participant.given_name, Participant.family_name,
               Participant.preferred_name, Participant.email, Participant.phone,
               Participant.guardian_name, Participant.guardian_contact)
        .join(Enrolment, Enrolment.id == promoted.c.enrolment_id)
        .join(Workshop, Workshop.id == Enrolment.workshop_id)
        .join(Participant, Participant.id == Enrolment.participant_id)
        .join(next_session, next_session.c.workshop_id == Workshop.id)
        .outerjoin(told, told.c.enrolment_id == Enrolment.id)
        .where(Enrolment.status == EnrolmentStatus.ENROLLED, Participant.erased_at.is_(None),
               (told.c.at.is_(None)) | (told.c.at < promoted.c.at))
        .order_by(promoted.c.at, Enrolment.id)
        .limit(LIST_LIMIT)
    )
    return [PromotionToTell(r.enrolment_id, r.workshop_id, r.title, r.promoted_at, r.next_session,
                            person_to_inform(r)) for r in rows]


def mark_told(uow: UnitOfWork, enrolment_id: int) -> None:
    """Record that the participant was told about their place (the promotion leaves Today)."""
    require(uow, StaffRole.FRONT_DESK, ACTION_TELL)
    enrolment = uow.session.get(Enrolment, enrolment_id)
    if enrolment is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That enrolment no longer exists. Refresh the view."))
    waiting = {p.enrolment_id for p in promotions_to_tell(uow)}
    if enrolment_id not in waiting:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "There is no waitlist promotion to tell about for this enrolment: it "
            "was already marked as told, or the place was given up. Refresh the view."))
    uow.audit(TOLD, "enrolment", enrolment_id, workshop_id=enrolment.workshop_id,
              participant_id=enrolment.participant_id)


# --- Backups ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupState:
    """``kind``: "server" (PostgreSQL: backups are the server's job), "none", "recent", "old"."""

    kind: str
    taken_at: dt.datetime | None = None  # local time of this computer


def backup_state(location: DatabaseLocation, now: dt.datetime | None = None) -> BackupState:
    """The last good (verified) backup of the database and whether it is older than a day."""
    from makerspace_app.services import backup

    if not location.is_sqlite:
        return BackupState("server")
    latest = backup.latest_backup(location)
    if latest is None:
        return BackupState("none")
    now = now or dt.datetime.now()
    kind = "old" if now - latest.taken_at > BACKUP_WARNING_AGE else "recent"
    return BackupState(kind, latest.taken_at)
