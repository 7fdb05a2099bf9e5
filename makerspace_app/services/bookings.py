"""Bookings: every rule checked on create and move, each refusal saying why and what would work.

The database itself refuses overlapping active bookings of one item (exclusion constraint on
PostgreSQL, triggers on SQLite); the checks here come first only to explain, and to offer the
next free slot or a free alternative item. A write unit of work holds SQLite's write lock from
its first statement, so a check and the insert that follows cannot be split by another desk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from makerspace_app.domain import people, schedule
from makerspace_app.domain.clock import local_to_utc, zone
from makerspace_app.domain.enums import (
    ACTIVE_BOOKING_STATUSES,
    AgeBand,
    BookingStatus,
    EquipmentStatus,
    Recurrence,
    StaffRole,
)
from makerspace_app.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    ValidationError,
)
from makerspace_app.domain.people import MINOR_BANDS
from makerspace_app.domain.schedule import Interval, OpeningInterval
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Booking,
    BookingSeries,
    Certification,
    ClosureDay,
    Equipment,
    EquipmentCategory,
    OpeningHours,
    Participant,
    Setting,
    Space,
)
from makerspace_app.services import settings as settings_service
from makerspace_app.services.permissions import require
from makerspace_app.services.search import participant_display_name
from makerspace_app.services.uow import UnitOfWork

BOOK = QT_TRANSLATE_NOOP("Actions", "book equipment")
CHECK_IN = QT_TRANSLATE_NOOP("Actions", "check participants in")
SUGGESTION_DAYS = 14
# No booking is longer than this, so a time-range query can bound the start from below and
# use the index on starts_at instead of reading every booking that started before the range.
MAX_BOOKING_LENGTH = dt.timedelta(days=7)
CHECK_IN_EARLY = dt.timedelta(minutes=15)
NOTES_MAX = 500
# Bookings that count towards the weekly quota: those that hold or held the item.
QUOTA_STATUSES = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN, BookingStatus.COMPLETED)


@dataclass(frozen=True)
class BookingRow:
    id: int
    equipment_id: int
    equipment: str
    asset_tag: str
    participant_id: int
    participant: str
    badge_code: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: BookingStatus
    series_id: int | None
    notes: str


@dataclass(frozen=True)
class Alternative:
    equipment_id: int
    name: str


class BookingRefused(DomainError):
    """A booking rule said no. ``rule`` names which; the offers are what would work instead."""

    def __init__(
        self,
        template: str,
        *,
        rule: str,
        next_free: Interval | None = None,
        alternatives: Sequence[Alternative] = (),
        **params: object,
    ) -> None:
        self.rule = rule
        self.next_free = next_free
        self.alternatives = tuple(alternatives)
        super().__init__(template, **params)


@dataclass(frozen=True)
class _Context:
    """Everything the rules need about the item, the participant and the settings."""

    equipment_id: int
    equipment: str
    asset_tag: str
    item_status: EquipmentStatus
    category_id: int
    category: str
    requires_certification: bool
    min_age: int | None
    max_minutes: int | None
    site_id: int | None
    participant_id: int
    participant: str
    badge_code: str
    date_of_birth: dt.date | None
    age_band: AgeBand | None
    has_guardian: bool
    erased: bool
    tz: ZoneInfo
    adult_age: int
    quota_hours: int
    no_show_minutes: int


# --- Statements of the booking path, built once ------------------------------------------------
# Building a select() costs more than running it here, and a booking runs about ten of them,
# so the hot path executes these with bound parameters.

_SETTING_KEYS = ("organisation.timezone", "participants.adult_age", "bookings.weekly_quota_hours",
                 "bookings.no_show_minutes")
_SETTINGS_Q = select(Setting.key, Setting.value).where(Setting.key.in_(_SETTING_KEYS))
_ITEM_Q = (
    select(Equipment.id, Equipment.name, Equipment.asset_tag, Equipment.status, Equipment.category_id,
           EquipmentCategory.name.label("category"), EquipmentCategory.requires_certification,
           EquipmentCategory.min_age, EquipmentCategory.max_booking_minutes, Space.site_id)
    .join(EquipmentCategory, EquipmentCategory.id == Equipment.category_id)
    .outerjoin(Space, Space.id == Equipment.space_id)
    .where(Equipment.id == bindparam("item"))
)
_PERSON_Q = select(
    Participant.id, Participant.badge_code, Participant.given_name, Participant.family_name,
    Participant.preferred_name, Participant.date_of_birth, Participant.age_band,
    Participant.guardian_participant_id, Participant.guardian_name, Participant.guardian_contact,
    Participant.erased_at,
).where(Participant.id == bindparam("person"))
_HOURS_Q = select(OpeningHours.weekday, OpeningHours.opens_at, OpeningHours.closes_at).where(
    OpeningHours.site_id == bindparam("site"))
_CLOSURE_Q = select(ClosureDay.reason).where(
    ClosureDay.day == bindparam("day"),
    or_(ClosureDay.site_id.is_(None), ClosureDay.site_id == bindparam("site")),
).limit(1)
_CERTIFIED_Q = select(Certification.id).where(
    Certification.participant_id == bindparam("person"),
    Certification.category_id == bindparam("category"),
    Certification.revoked_at.is_(None),
    Certification.granted_at <= bindparam("granted_by"),
    or_(Certification.expires_at.is_(None), Certification.expires_at >= bindparam("until")),
).limit(1)
_QUOTA_Q = select(Booking.starts_at, Booking.ends_at).where(
    Booking.participant_id == bindparam("person"), Booking.status.in_(QUOTA_STATUSES),
    Booking.starts_at < bindparam("week_end"), Booking.ends_at > bindparam("week_start"),
    Booking.id != bindparam("exclude"),
)
_OVERLAP_Q = (
    select(Booking.id, Booking.starts_at, Booking.ends_at)
    .where(Booking.equipment_id == bindparam("item"), Booking.status.in_(ACTIVE_BOOKING_STATUSES),
           Booking.starts_at < bindparam("end"), Booking.ends_at > bindparam("start"),
           Booking.id != bindparam("exclude"))
    .order_by(Booking.starts_at).limit(1)
)
_NO_SHOWS_Q = (
    update(Booking)
    .where(Booking.status == BookingStatus.BOOKED, Booking.starts_at < bindparam("cutoff"),
           Booking.equipment_id == bindparam("item"))
    .values(status=BookingStatus.NO_SHOW)
)


def status_started_before(status: BookingStatus, moment: dt.datetime):  # noqa: ANN201
    """Bookings in ``status`` that started before ``moment``, as a condition that seeks.

    A few dozen bookings are booked or checked in at a time among hundreds of thousands in
    the history. Filtering on status and start alone makes SQLite walk ix_bookings_starts over
    the whole past (about a second on 500,000 bookings); naming the items lets it seek
    ix_bookings_equipment_status_starts once per item instead (about a millisecond).
    """
    return and_(Booking.equipment_id.in_(select(Equipment.id).scalar_subquery()),
                Booking.status == status, Booking.starts_at < moment)
_INSERT_Q = insert(Booking)


# --- Loading what the rules need --------------------------------------------------------------


def _settings(uow: UnitOfWork) -> dict:
    memo = uow.memo.get("booking_settings")
    if memo is None:
        stored = dict(uow.connection().execute(_SETTINGS_Q).all())
        memo = uow.memo["booking_settings"] = {
            k: stored.get(k, settings_service.BY_KEY[k].default) for k in _SETTING_KEYS}
    return memo


def timezone(uow: UnitOfWork) -> ZoneInfo:
    return zone(_settings(uow)["organisation.timezone"])


def _context(uow: UnitOfWork, equipment_id: int, participant_id: int) -> _Context:
    item = uow.connection().execute(_ITEM_Q, {"item": equipment_id}).first()
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That item no longer exists. Refresh the list and choose another."))
    person = uow.connection().execute(_PERSON_Q, {"person": participant_id}).first()
    if person is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That participant no longer exists. Search for them again."))
    s = _settings(uow)
    return _Context(
        equipment_id=item.id, equipment=item.name, asset_tag=item.asset_tag,
        item_status=EquipmentStatus(item.status),
        category_id=item.category_id, category=item.category,
        requires_certification=bool(item.requires_certification), min_age=item.min_age,
        max_minutes=item.max_booking_minutes, site_id=item.site_id,
        participant_id=person.id,
        participant=participant_display_name(person.given_name, person.family_name, person.preferred_name),
        badge_code=person.badge_code, date_of_birth=person.date_of_birth,
        age_band=AgeBand(person.age_band) if person.age_band else None,
        has_guardian=bool(person.guardian_participant_id
                          or (person.guardian_name.strip() and person.guardian_contact.strip())),
        erased=person.erased_at is not None,
        tz=zone(s["organisation.timezone"]), adult_age=int(s["participants.adult_age"]),
        quota_hours=int(s["bookings.weekly_quota_hours"]),
        no_show_minutes=int(s["bookings.no_show_minutes"]),
    )


def _opening_hours(uow: UnitOfWork, site_id: int | None) -> list[OpeningInterval]:
    if site_id is None:
        return []
    rows = uow.connection().execute(_HOURS_Q, {"site": site_id})
    return [OpeningInterval(r.weekday, r.opens_at, r.closes_at) for r in rows]


def _closure(uow: UnitOfWork, site_id: int | None, day: dt.date) -> str | None:
    """The reason the site is closed that day, or None when it is not closed."""
    reason = uow.connection().scalar(_CLOSURE_Q, {"day": day, "site": site_id})
    if reason is None:
        return None
    return reason or "closed"


# --- The rules ----------------------------------------------------------------------------------


class Shown(str):
    """A time, a day or a day's opening hours in a refusal. As a string it is what the command
    line prints (24-hour times, ISO dates, in the makerspace's time zone); ``kind`` ("time",
    "day", "hours") and ``values`` (local datetimes, a date, or (start, end) pairs) let the
    window write the same values the way the user's locale writes them."""

    kind: str
    values: tuple

    def __new__(cls, text: str, kind: str, values: tuple) -> Shown:
        made = super().__new__(cls, text)
        made.kind = kind
        made.values = values
        return made


def _fmt_time(moment: dt.datetime, tz: ZoneInfo) -> Shown:
    local = moment.astimezone(tz)
    return Shown(local.strftime("%H:%M"), "time", (local,))


def _fmt_day(moment: dt.datetime | dt.date, tz: ZoneInfo) -> Shown:
    day = moment.astimezone(tz).date() if isinstance(moment, dt.datetime) else moment
    return Shown(day.isoformat(), "day", (day,))


def _fmt_hours(opened: Sequence[Interval], tz: ZoneInfo) -> Shown:
    pairs = tuple((i.start.astimezone(tz), i.end.astimezone(tz)) for i in opened)
    text = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in pairs) or "closed"
    return Shown(text, "hours", pairs)


def _age(ctx: _Context, on: dt.date) -> int | None:
    return people.age_on(ctx.date_of_birth, on) if ctx.date_of_birth is not None else None


def _is_minor(ctx: _Context, on: dt.date) -> bool:
    return bool(people.is_minor(ctx.date_of_birth, ctx.age_band, on, ctx.adult_age))


def _check(
    uow: UnitOfWork, ctx: _Context, start: dt.datetime, end: dt.datetime, exclude_id: int | None
) -> None:
    """Raise BookingRefused for the first rule the booking breaks."""
    tz = ctx.tz
    now = uow.now()
    if end <= start:
        raise BookingRefused(QT_TRANSLATE_NOOP("DomainError", "The end ({end}) must come after the start ({start})."),
                             rule="order", start=_fmt_time(start, tz), end=_fmt_time(end, tz))
    if end <= now:
        raise BookingRefused(QT_TRANSLATE_NOOP("DomainError", "That time has already passed. Choose a time from now on."),
                             rule="past")
    if end - start > MAX_BOOKING_LENGTH:
        raise BookingRefused(QT_TRANSLATE_NOOP("DomainError", "A booking can last at most {days} days. Book it as a series "
                               "instead."), rule="too_long", days=MAX_BOOKING_LENGTH.days)
    if ctx.erased:
        raise BookingRefused(QT_TRANSLATE_NOOP("DomainError", "This participant's record was erased; register them again."),
                             rule="erased")
    if ctx.item_status is EquipmentStatus.RETIRED:
        raise BookingRefused(QT_TRANSLATE_NOOP("DomainError", "{item} is retired and can no longer be booked."),
                             rule="retired", item=ctx.equipment,
                             alternatives=_alternatives(uow, ctx, start, end))
    if ctx.item_status is EquipmentStatus.OUT_OF_SERVICE:
        raise BookingRefused(QT_TRANSLATE_NOOP("DomainError", "{item} is out of service. Book another {category} instead."),
                             rule="out_of_service", item=ctx.equipment, category=ctx.category,
                             alternatives=_alternatives(uow, ctx, start, end))
    minutes = (end - start).total_seconds() / 60
    if ctx.max_minutes is not None and minutes > ctx.max_minutes:
        raise BookingRefused(
            QT_TRANSLATE_NOOP("DomainError", "A {category} booking can last at most {limit} minutes; this one is {minutes}. "
              "Shorten it, or book two slots."),
            rule="too_long", category=ctx.category, limit=ctx.max_minutes, minutes=int(minutes),
            next_free=Interval(start, start + dt.timedelta(minutes=ctx.max_minutes)))
    local_day = start.astimezone(tz).date()
    closed = _closure(uow, ctx.site_id, local_day)
    if closed is not None:
        raise BookingRefused(QT_TRANSLATE_NOOP("DomainError", "The makerspace is closed on {day} ({reason}). Choose another day."),
                             rule="closed", day=_fmt_day(local_day, tz), reason=closed,
                             next_free=_next_free(uow, ctx, start, end, exclude_id))
    hours = _opening_hours(uow, ctx.site_id)
    if not schedule.within_opening_hours(start, end, hours, tz):
        opened = schedule.opening_intervals_on(local_day, hours, tz)
        shown = _fmt_hours(opened, tz)
        raise BookingRefused(
            QT_TRANSLATE_NOOP("DomainError", "{start}–{end} is outside opening hours on {day} ({hours}). "
              "Choose a time within them."),
            rule="hours", start=_fmt_time(start, tz), end=_fmt_time(end, tz), day=_fmt_day(start, tz),
            hours=shown, next_free=_next_free(uow, ctx, start, end, exclude_id))
    if _is_minor(ctx, local_day) and not ctx.has_guardian:
        raise BookingRefused(
            QT_TRANSLATE_NOOP("DomainError", "{person} is under {adult} and has no guardian on record. Add a guardian "
              "(an adult participant, or a name and contact) to their record first."),
            rule="guardian", person=ctx.participant, adult=ctx.adult_age)
    if ctx.min_age is not None:
        age = _age(ctx, local_day)
        too_young = (age is not None and age < ctx.min_age) or (
            age is None and ctx.age_band in MINOR_BANDS and ctx.min_age >= 18)
        if too_young:
            raise BookingRefused(
                QT_TRANSLATE_NOOP("DomainError", "{category} is for ages {min_age} and over; {person} is {age}. "
                  "A leader-run workshop may be an option."),
                rule="age", category=ctx.category, min_age=ctx.min_age, person=ctx.participant,
                age=age if age is not None else "under 18")
    if ctx.requires_certification and not _certified(uow, ctx, start, end):
        raise BookingRefused(
            QT_TRANSLATE_NOOP("DomainError", "{person} has no valid certification for {category}. They can book it "
              "after completing the training (or renewing an expired certification)."),
            rule="certification", person=ctx.participant, category=ctx.category)
    _check_quota(uow, ctx, start, end, exclude_id)
    clash = _first_overlap(uow, ctx.equipment_id, start, end, exclude_id)
    if clash is not None:
        raise BookingRefused(
            QT_TRANSLATE_NOOP("DomainError", "{item} is booked {start}–{end} on {day}."),
            rule="overlap", item=ctx.equipment, start=_fmt_time(clash.starts_at, tz),
            end=_fmt_time(clash.ends_at, tz), day=_fmt_day(clash.starts_at, tz),
            next_free=_next_free(uow, ctx, start, end, exclude_id),
            alternatives=_alternatives(uow, ctx, start, end))


def _certified(uow: UnitOfWork, ctx: _Context, start: dt.datetime, end: dt.datetime) -> bool:
    found = uow.connection().scalar(_CERTIFIED_Q, {
        "person": ctx.participant_id, "category": ctx.category_id,
        "granted_by": max(uow.now(), start), "until": end})
    return found is not None


def _check_quota(uow: UnitOfWork, ctx: _Context, start: dt.datetime, end: dt.datetime,
                 exclude_id: int | None) -> None:
    week = schedule.week_of(start, ctx.tz)
    rows = uow.connection().execute(_QUOTA_Q, {
        "person": ctx.participant_id, "week_end": week.end, "week_start": week.start,
        "exclude": exclude_id or -1})
    used = sum(((r.ends_at - r.starts_at) for r in rows), dt.timedelta())
    limit = dt.timedelta(hours=ctx.quota_hours)
    if used + (end - start) > limit:
        left = max(limit - used, dt.timedelta())
        raise BookingRefused(
            QT_TRANSLATE_NOOP("DomainError", "{person} has {used} booked in the week of {week}; the weekly limit is {limit} h, "
              "so at most {left} more fits."),
            rule="quota", person=ctx.participant, used=_fmt_duration(used),
            week=_fmt_day(week.start, ctx.tz), limit=ctx.quota_hours, left=_fmt_duration(left))


def _fmt_duration(value: dt.timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    if hours:
        return f"{hours} h"
    return f"{rest} min"


def _active_overlap_condition(equipment_id, start: dt.datetime, end: dt.datetime):  # noqa: ANN001, ANN202
    return and_(Booking.equipment_id == equipment_id, Booking.status.in_(ACTIVE_BOOKING_STATUSES),
                Booking.starts_at < end, Booking.ends_at > start)


def _first_overlap(uow: UnitOfWork, equipment_id: int, start: dt.datetime, end: dt.datetime,
                   exclude_id: int | None):  # noqa: ANN202
    return uow.connection().execute(_OVERLAP_Q, {
        "item": equipment_id, "start": start, "end": end, "exclude": exclude_id or -1}).first()


def _next_free(uow: UnitOfWork, ctx: _Context, start: dt.datetime, end: dt.datetime,
               exclude_id: int | None) -> Interval | None:
    """The first free slot of the same length on this item, from the asked start on."""
    wanted = end - start
    not_before = max(start, uow.now())
    horizon = not_before + dt.timedelta(days=SUGGESTION_DAYS)
    busy = [Interval(r.starts_at, r.ends_at) for r in uow.connection().execute(
        select(Booking.starts_at, Booking.ends_at).where(
            _active_overlap_condition(ctx.equipment_id, not_before, horizon),
            Booking.id != (exclude_id or -1)))]
    hours = _opening_hours(uow, ctx.site_id)
    first_day = not_before.astimezone(ctx.tz).date()
    closed = {d for d in uow.connection().scalars(select(ClosureDay.day).where(
        ClosureDay.day >= first_day, ClosureDay.day <= first_day + dt.timedelta(days=SUGGESTION_DAYS),
        or_(ClosureDay.site_id.is_(None), ClosureDay.site_id == ctx.site_id)))}
    windows: list[Interval] = []
    for offset in range(SUGGESTION_DAYS + 1):
        day = first_day + dt.timedelta(days=offset)
        if day not in closed:
            windows.extend(schedule.opening_intervals_on(day, hours, ctx.tz))
    return schedule.first_free_slot(wanted, not_before, busy, windows)


def _alternatives(uow: UnitOfWork, ctx: _Context, start: dt.datetime, end: dt.datetime) -> list[Alternative]:
    """Other available items of the same category (so the same certification) free then."""
    taken = select(Booking.id).where(Booking.equipment_id == Equipment.id,
                                     Booking.status.in_(ACTIVE_BOOKING_STATUSES),
                                     Booking.starts_at < end, Booking.ends_at > start)
    rows = uow.connection().execute(
        select(Equipment.id, Equipment.name).where(
            Equipment.category_id == ctx.category_id, Equipment.id != ctx.equipment_id,
            Equipment.status == EquipmentStatus.AVAILABLE, ~taken.exists())
        .order_by(Equipment.name).limit(3))
    return [Alternative(r.id, r.name) for r in rows]


# --- Actions ---------------------------------------------------------------------------------------


def release_no_shows(uow: UnitOfWork, equipment_id: int | None = None) -> int:
    """Bookings not checked in N minutes after their start become no-shows; the slot frees."""
    minutes = int(_settings(uow)["bookings.no_show_minutes"])
    cutoff = uow.now() - dt.timedelta(minutes=minutes)
    if equipment_id is not None:
        result = uow.connection().execute(_NO_SHOWS_Q, {"cutoff": cutoff, "item": equipment_id})
    else:
        result = uow.connection().execute(
            update(Booking).where(status_started_before(BookingStatus.BOOKED, cutoff))
            .values(status=BookingStatus.NO_SHOW))
    if result.rowcount:
        uow.audit("no_show", "booking", None, count=result.rowcount, equipment_id=equipment_id)
    return result.rowcount or 0


def check_booking(uow: UnitOfWork, equipment_id: int, participant_id: int,
                  starts_at: dt.datetime, ends_at: dt.datetime, exclude_id: int | None = None) -> None:
    """Check every rule without saving anything (for a form that explains as you pick)."""
    _check(uow, _context(uow, equipment_id, participant_id), starts_at, ends_at, exclude_id)


def create_booking(
    uow: UnitOfWork,
    equipment_id: int,
    participant_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    notes: str = "",
    *,
    series_id: int | None = None,
) -> BookingRow:
    require(uow, StaffRole.FRONT_DESK, BOOK)
    starts_at, ends_at = _aware(starts_at), _aware(ends_at)
    release_no_shows(uow, equipment_id)
    ctx = _context(uow, equipment_id, participant_id)
    _check(uow, ctx, starts_at, ends_at, None)
    notes = notes.strip()
    if len(notes) > NOTES_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Notes can hold at most {limit} characters; these have "
                                "{count}. Shorten them."), limit=NOTES_MAX, count=len(notes))
    try:
        booking_id = uow.connection().execute(_INSERT_Q, {
            "equipment_id": equipment_id, "participant_id": participant_id, "starts_at": starts_at,
            "ends_at": ends_at, "status": BookingStatus.BOOKED, "notes": notes, "series_id": series_id,
            "created_by_staff_id": uow.actor.staff_id, "created_at": uow.now()}).inserted_primary_key[0]
    except IntegrityError:
        raise _taken(ctx) from None
    uow.audit("create", "booking", booking_id, equipment_id=equipment_id, participant_id=participant_id,
              starts_at=starts_at.isoformat(), ends_at=ends_at.isoformat())
    return BookingRow(booking_id, equipment_id, ctx.equipment, ctx.asset_tag, participant_id,
                      ctx.participant, ctx.badge_code, starts_at, ends_at, BookingStatus.BOOKED,
                      series_id, notes)


def _taken(ctx: _Context) -> BookingRefused:
    # Only a write from outside this app's checks can get here (the database guard).
    return BookingRefused(QT_TRANSLATE_NOOP("DomainError", "{item} was just booked for that time from somewhere else. "
                            "Choose another time."), rule="overlap", item=ctx.equipment)


def _flush_or_taken(uow: UnitOfWork, ctx: _Context) -> None:
    try:
        uow.session.flush()
    except IntegrityError:
        raise _taken(ctx) from None


def _aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "A booking time needs its time zone."))
    return value.astimezone(dt.timezone.utc)


def move_booking(
    uow: UnitOfWork,
    booking_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    equipment_id: int | None = None,
) -> BookingRow:
    require(uow, StaffRole.FRONT_DESK, BOOK)
    booking = _get(uow, booking_id)
    if booking.status not in ACTIVE_BOOKING_STATUSES:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "Only a booking that is still to come can be moved; this one is {status}."),
                            status=booking.status.value.replace("_", " "))
    starts_at, ends_at = _aware(starts_at), _aware(ends_at)
    target = equipment_id or booking.equipment_id
    release_no_shows(uow, target)
    ctx = _context(uow, target, booking.participant_id)
    _check(uow, ctx, starts_at, ends_at, booking.id)
    before = (booking.equipment_id, booking.starts_at.isoformat(), booking.ends_at.isoformat())
    booking.equipment_id, booking.starts_at, booking.ends_at = target, starts_at, ends_at
    _flush_or_taken(uow, ctx)
    uow.audit("move", "booking", booking.id, before=list(before),
              after=[target, starts_at.isoformat(), ends_at.isoformat()])
    return get_booking(uow, booking.id)


def cancel_booking(uow: UnitOfWork, booking_id: int, reason: str = "") -> BookingRow:
    require(uow, StaffRole.FRONT_DESK, BOOK)
    booking = _get(uow, booking_id)
    if booking.status is not BookingStatus.BOOKED:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "Only a booking not yet started can be cancelled; this one is {status}."),
                            status=booking.status.value.replace("_", " "))
    booking.status = BookingStatus.CANCELLED
    booking.cancelled_at = uow.now()
    uow.audit("cancel", "booking", booking.id, reason=reason.strip())
    return get_booking(uow, booking.id)


def set_booking_notes(uow: UnitOfWork, booking_id: int, notes: str) -> BookingRow:
    """Change a booking's notes (any status: a note may be added after the visit too)."""
    require(uow, StaffRole.FRONT_DESK, BOOK)
    booking = _get(uow, booking_id)
    notes = notes.strip()
    if len(notes) > NOTES_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Notes can hold at most {limit} characters; these have "
                                "{count}. Shorten them."), limit=NOTES_MAX, count=len(notes))
    if notes != booking.notes:
        before = booking.notes
        booking.notes = notes
        uow.audit("edit_notes", "booking", booking.id, before=before, after=notes)
    return get_booking(uow, booking.id)


def check_in(uow: UnitOfWork, booking_id: int) -> BookingRow:
    require(uow, StaffRole.FRONT_DESK, CHECK_IN)
    booking = _get(uow, booking_id)
    now = uow.now()
    tz = timezone(uow)
    if booking.status is not BookingStatus.BOOKED:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "This booking is {status}, so it cannot be checked in."),
                            status=booking.status.value.replace("_", " "))
    if now < booking.starts_at - CHECK_IN_EARLY:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "This booking starts at {start}; check-in opens 15 minutes before."),
                            start=_fmt_time(booking.starts_at, tz))
    if now >= booking.ends_at:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "This booking ended at {end}. Make a new booking instead."),
                            end=_fmt_time(booking.ends_at, tz))
    booking.status = BookingStatus.CHECKED_IN
    booking.checked_in_at = now
    uow.audit("check_in", "booking", booking.id)
    return get_booking(uow, booking.id)


def check_out(uow: UnitOfWork, booking_id: int) -> BookingRow:
    require(uow, StaffRole.FRONT_DESK, CHECK_IN)
    booking = _get(uow, booking_id)
    if booking.status is not BookingStatus.CHECKED_IN:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "Only a checked-in booking can be checked out; this one is {status}."),
                            status=booking.status.value.replace("_", " "))
    booking.status = BookingStatus.COMPLETED
    booking.checked_out_at = uow.now()
    uow.audit("check_out", "booking", booking.id)
    return get_booking(uow, booking.id)


def _get(uow: UnitOfWork, booking_id: int) -> Booking:
    booking = uow.session.get(Booking, booking_id)
    if booking is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That booking no longer exists. Refresh the view."))
    return booking


# --- Reading ---------------------------------------------------------------------------------------


def _rows_query():  # noqa: ANN202
    return (
        select(Booking.id, Booking.equipment_id, Equipment.name.label("equipment"), Equipment.asset_tag,
               Booking.participant_id, Participant.given_name, Participant.family_name,
               Participant.preferred_name, Participant.badge_code, Booking.starts_at, Booking.ends_at,
               Booking.status, Booking.series_id, Booking.notes)
        .join(Equipment, Equipment.id == Booking.equipment_id)
        .join(Participant, Participant.id == Booking.participant_id)
    )


def _row(r) -> BookingRow:  # noqa: ANN001
    return BookingRow(r.id, r.equipment_id, r.equipment, r.asset_tag, r.participant_id,
                      participant_display_name(r.given_name, r.family_name, r.preferred_name),
                      r.badge_code, r.starts_at, r.ends_at, BookingStatus(r.status), r.series_id, r.notes)


def get_booking(uow: UnitOfWork, booking_id: int) -> BookingRow:
    row = uow.connection().execute(_rows_query().where(Booking.id == booking_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That booking no longer exists. Refresh the view."))
    return _row(row)


def bookings_between(
    uow: UnitOfWork,
    start: dt.datetime,
    end: dt.datetime,
    *,
    space_id: int | None = None,
    category_id: int | None = None,
    include_inactive: bool = True,
) -> list[BookingRow]:
    """Bookings overlapping [start, end), for the day and week timelines (one query)."""
    query = _rows_query().where(Booking.starts_at < end, Booking.ends_at > start,
                                Booking.starts_at > start - MAX_BOOKING_LENGTH)
    if not include_inactive:
        query = query.where(Booking.status.in_(ACTIVE_BOOKING_STATUSES))
    if space_id is not None:
        query = query.where(Equipment.space_id == space_id)
    if category_id is not None:
        query = query.where(Equipment.category_id == category_id)
    return [_row(r) for r in uow.connection().execute(query.order_by(Booking.equipment_id, Booking.starts_at))]


def participant_day(uow: UnitOfWork, participant_id: int, day: dt.date | None = None) -> list[BookingRow]:
    """A participant's bookings on a local day (today by default): the front desk's view."""
    tz = timezone(uow)
    day = day or uow.now().astimezone(tz).date()
    start = local_to_utc(day, dt.time(0), tz)
    end = local_to_utc(day + dt.timedelta(days=1), dt.time(0), tz)
    rows = uow.connection().execute(_rows_query().where(Booking.participant_id == participant_id,
                                                   Booking.starts_at < end, Booking.ends_at > start)
                               .order_by(Booking.starts_at))
    return [_row(r) for r in rows]


# --- Recurring bookings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedOccurrence:
    starts_at: dt.datetime
    ends_at: dt.datetime
    problem: str | None  # why this one cannot be booked (None: it can)
    problem_error: BookingRefused | None = field(default=None, compare=False)


def plan_series(
    uow: UnitOfWork,
    equipment_id: int,
    participant_id: int,
    first_day: dt.date,
    local_start: dt.time,
    local_end: dt.time,
    count: int,
    recurrence: Recurrence = Recurrence.WEEKLY,
) -> list[PlannedOccurrence]:
    """Every occurrence with its problem, before anything is saved."""
    if not 1 <= count <= 104:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "A series has from 1 to 104 occurrences; {count} was asked."),
                              count=count)
    ctx = _context(uow, equipment_id, participant_id)
    every = 2 if recurrence is Recurrence.FORTNIGHTLY else 1
    planned = []
    for interval in schedule.series_occurrences(first_day, local_start, local_end, ctx.tz, every, count):
        try:
            _check(uow, ctx, interval.start, interval.end, None)
            planned.append(PlannedOccurrence(interval.start, interval.end, None))
        except BookingRefused as refused:
            planned.append(PlannedOccurrence(interval.start, interval.end, refused.message, refused))
    return planned


def create_series(
    uow: UnitOfWork,
    equipment_id: int,
    participant_id: int,
    first_day: dt.date,
    local_start: dt.time,
    local_end: dt.time,
    count: int,
    recurrence: Recurrence = Recurrence.WEEKLY,
    *,
    skip_conflicts: bool = False,
    skipping: Collection[dt.datetime] | None = None,
    notes: str = "",
) -> list[BookingRow]:
    """Book a series. With conflicts, refuses unless staff chose to skip those occurrences.

    ``skipping`` names the starts of the occurrences staff saw listed as conflicts and chose to
    skip; an occurrence that became a conflict since then refuses the whole series, so nothing
    is skipped that nobody saw."""
    require(uow, StaffRole.FRONT_DESK, BOOK)
    release_no_shows(uow, equipment_id)
    plan = plan_series(uow, equipment_id, participant_id, first_day, local_start, local_end, count, recurrence)
    problems = [p for p in plan if p.problem]
    if skipping is not None:
        agreed = {_aware(s) for s in skipping}
        unseen = [p for p in problems if p.starts_at not in agreed]
        if unseen:
            raise ConflictError(
                QT_TRANSLATE_NOOP("DomainError", "Since the dates were checked, {count} more of the occurrences became "
                  "impossible to book (the first, on {day}: {first}). Nothing was booked; check the "
                  "dates again."),
                count=len(unseen), day=_fmt_day(unseen[0].starts_at, timezone(uow)), first=unseen[0].problem)
        skip_conflicts = True
    if problems and not skip_conflicts:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "{count} of the {total} occurrences cannot be booked (the first: {first}). "
              "Skip those occurrences, or drop the series."),
            count=len(problems), total=len(plan), first=problems[0].problem)
    if len(problems) == len(plan):
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "None of the occurrences can be booked: {first}"),
                            first=problems[0].problem)
    series = BookingSeries(equipment_id=equipment_id, participant_id=participant_id, recurrence=recurrence,
                           first_day=first_day, local_start=local_start, local_end=local_end,
                           timezone=timezone(uow).key, occurrences=count,
                           created_by_staff_id=uow.actor.staff_id, created_at=uow.now())
    uow.session.add(series)
    uow.session.flush()
    made = [create_booking(uow, equipment_id, participant_id, p.starts_at, p.ends_at, notes,
                           series_id=series.id)
            for p in plan if not p.problem]
    uow.audit("create", "booking_series", series.id, booked=len(made), skipped=len(problems))
    return made
