"""Workshops: the workshop itself, its sessions, and enrolment with a waitlist.

A workshop has leaders (staff members): a workshop leader may change only the workshops they
lead; coordinators and admins may change every workshop. Sessions are stored in UTC; a series
keeps its local wall-clock time across daylight-saving changes and skips the days the site is
closed (reported back, never silently). Enrolment fills the places up to the capacity, then
the waitlist; when a place frees, the first on the waitlist moves up at once and the caller is
told whom to inform.

Attendance and completion are in services/attendance.py; projects in services/projects.py.
"""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import and_, delete, func, insert, or_, select

from makerspace_app.domain import people, schedule
from makerspace_app.domain.clock import UTC
from makerspace_app.domain.enums import AgeBand, EnrolmentStatus, Recurrence, StaffRole
from makerspace_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from makerspace_app.domain.text import escape_like, fold, normalise_text, search_key
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    ClosureDay,
    Enrolment,
    EquipmentCategory,
    Participant,
    Site,
    Space,
    StaffMember,
    Workshop,
    WorkshopSession,
    workshop_leaders,
)
from makerspace_app.services import participants, settings
from makerspace_app.services.permissions import RANK, require
from makerspace_app.services.search import participant_display_name
from makerspace_app.services.uow import UnitOfWork


ACTION_EDIT = QT_TRANSLATE_NOOP("Actions", "create or edit workshops")
ACTION_SESSIONS = QT_TRANSLATE_NOOP("Actions", "plan workshop sessions")
ACTION_ENROL = QT_TRANSLATE_NOOP("Actions", "enrol participants in workshops")
ACTION_LOOK_UP = QT_TRANSLATE_NOOP("Actions", "look up workshops")

MAX_TITLE = 300
MAX_TEXT = 10_000
MAX_CAPACITY = 10_000
MAX_AGE = 120
MAX_SERIES = 104

# The ages each band covers, to decide an age range for a participant with no date of birth.
BAND_AGES = {
    AgeBand.UNDER_12: (0, 11),
    AgeBand.AGE_12_17: (12, 17),
    AgeBand.AGE_18_25: (18, 25),
    AgeBand.AGE_26_64: (26, 64),
    AgeBand.AGE_65_PLUS: (65, MAX_AGE),
}


class Period(str, enum.Enum):
    """Which workshops a list shows: every one, those still to come, or those finished."""

    ALL = "all"
    UPCOMING = "upcoming"  # no session yet, or a session not yet ended
    PAST = "past"  # every session has ended


# --- Values in and out -------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkshopInput:
    """What the workshop form gathers.

    Completion: give ``completion_min_sessions`` or ``completion_percent`` (not both); with
    neither, a participant completes by attending every session that was not cancelled.
    """

    title: str
    capacity: int
    description: str = ""
    leader_ids: tuple[int, ...] = ()
    space_id: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    languages: tuple[str, ...] = ()
    materials: str = ""
    grants_category_id: int | None = None
    completion_min_sessions: int | None = None
    completion_percent: int | None = None


@dataclass(frozen=True)
class WorkshopRow:
    id: int
    title: str
    description: str
    space_id: int | None
    space_name: str
    site_name: str
    capacity: int
    min_age: int | None
    max_age: int | None
    languages: tuple[str, ...]
    materials: str
    grants_category_id: int | None
    grants_category_name: str
    completion_min_sessions: int | None
    completion_percent: int | None
    leader_ids: tuple[int, ...]
    leader_names: tuple[str, ...]
    session_count: int  # sessions not cancelled
    first_starts_at: dt.datetime | None
    next_starts_at: dt.datetime | None  # the next session not yet ended (None: none left)
    last_ends_at: dt.datetime | None
    enrolled_count: int
    waitlisted_count: int
    created_at: dt.datetime

    @property
    def free_places(self) -> int:
        return max(self.capacity - self.enrolled_count, 0)

    @property
    def is_training(self) -> bool:
        return self.grants_category_id is not None

    def as_input(self) -> WorkshopInput:
        """The editable fields, to change some with dataclasses.replace and save."""
        return WorkshopInput(
            title=self.title, capacity=self.capacity, description=self.description,
            leader_ids=self.leader_ids, space_id=self.space_id, min_age=self.min_age,
            max_age=self.max_age, languages=self.languages, materials=self.materials,
            grants_category_id=self.grants_category_id,
            completion_min_sessions=self.completion_min_sessions,
            completion_percent=self.completion_percent,
        )


@dataclass(frozen=True)
class PersonToInform:
    """Someone to tell about a change: ``contact`` is the first of e-mail, phone, guardian's."""

    participant_id: int
    display_name: str
    email: str
    phone: str
    guardian_name: str
    guardian_contact: str
    contact: str


@dataclass(frozen=True)
class Promotion:
    """A participant moved up from the waitlist to a place: inform them."""

    workshop_id: int
    workshop_title: str
    enrolment_id: int
    person: PersonToInform


@dataclass(frozen=True)
class WorkshopSaved:
    """An edited workshop; raising the capacity moves people up from the waitlist."""

    workshop: WorkshopRow
    promoted: tuple[Promotion, ...]


@dataclass(frozen=True)
class SessionRow:
    id: int
    workshop_id: int
    workshop_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    space_id: int | None  # the session's own space, else the workshop's
    space_name: str
    site_name: str
    cancelled_at: dt.datetime | None

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None


@dataclass(frozen=True)
class SkippedDay:
    """An occurrence of a series that was not created, and why."""

    day: dt.date
    starts_at: dt.datetime
    ends_at: dt.datetime
    reason: str


@dataclass(frozen=True)
class SeriesCreated:
    created: tuple[SessionRow, ...]
    skipped: tuple[SkippedDay, ...]


@dataclass(frozen=True)
class SessionChanged:
    """A moved or cancelled session and the enrolled participants to inform."""

    session: SessionRow
    to_inform: tuple[PersonToInform, ...]


@dataclass(frozen=True)
class EnrolmentRow:
    id: int
    workshop_id: int
    participant_id: int
    display_name: str
    badge_code: str
    status: EnrolmentStatus
    waitlist_position: int | None
    enrolled_at: dt.datetime
    withdrawn_at: dt.datetime | None
    completed_at: dt.datetime | None


@dataclass(frozen=True)
class Withdrawal:
    enrolment: EnrolmentRow
    promoted: Promotion | None


# --- Shared helpers (attendance.py and projects.py use these too) ------------------------------


def makerspace_zone(uow: UnitOfWork) -> ZoneInfo:
    return settings.timezone(uow)


def aware(value: dt.datetime, what: str = "time") -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The {what} needs its date, time and time zone."), what=what
        )
    return value.astimezone(UTC)


def not_found_workshop(workshop_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("DomainError", "There is no workshop number {id}. It may have been removed; refresh "
          "the list of workshops."),
        id=workshop_id,
    )


def not_found_session(session_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("DomainError", "There is no session number {id}. It may have been removed; open the "
          "workshop again to see its sessions."),
        id=session_id,
    )


def load_workshop(uow: UnitOfWork, workshop_id: int) -> Workshop:
    workshop = uow.session.get(Workshop, workshop_id)
    if workshop is None:
        raise not_found_workshop(workshop_id)
    return workshop


def load_session(uow: UnitOfWork, session_id: int) -> WorkshopSession:
    found = uow.session.get(WorkshopSession, session_id)
    if found is None:
        raise not_found_session(session_id)
    return found


def leaders_of(uow: UnitOfWork, workshop_id: int) -> list[tuple[int, str]]:
    """(staff id, display name) of the workshop's leaders, by name."""
    rows = uow.session.execute(
        select(StaffMember.id, StaffMember.display_name)
        .join(workshop_leaders, workshop_leaders.c.staff_id == StaffMember.id)
        .where(workshop_leaders.c.workshop_id == workshop_id)
        .order_by(StaffMember.display_name, StaffMember.id)
    )
    return [(r.id, r.display_name) for r in rows]


def require_leads(uow: UnitOfWork, workshop_id: int, action: str) -> Workshop:
    """Refuse unless the actor is a leader of this workshop, or a coordinator or admin."""
    require(uow, StaffRole.WORKSHOP_LEADER, action)
    workshop = load_workshop(uow, workshop_id)
    if RANK[uow.actor.role] >= RANK[StaffRole.COORDINATOR]:
        return workshop
    leaders = leaders_of(uow, workshop_id)
    if uow.actor.staff_id is None or uow.actor.staff_id not in {sid for sid, _ in leaders}:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("DomainError", "Only the leaders of “{workshop}” ({leaders}) or a coordinator can "
              "{action}. Ask one of them, or ask a coordinator to add you as a leader."),
            workshop=workshop.title,
            leaders=", ".join(name for _, name in leaders) or "no leader yet",
            action=action,
        )
    return workshop


def person_to_inform(r) -> PersonToInform:  # noqa: ANN001 - a row with the participant columns
    contact = r.email or r.phone or r.guardian_contact or ""
    return PersonToInform(
        participant_id=r.id,
        display_name=participant_display_name(r.given_name, r.family_name, r.preferred_name),
        email=r.email, phone=r.phone, guardian_name=r.guardian_name,
        guardian_contact=r.guardian_contact, contact=contact,
    )


def _person_columns():  # noqa: ANN202
    return (Participant.id, Participant.given_name, Participant.family_name,
            Participant.preferred_name, Participant.email, Participant.phone,
            Participant.guardian_name, Participant.guardian_contact)


def enrolled_to_inform(uow: UnitOfWork, workshop_id: int) -> tuple[PersonToInform, ...]:
    rows = uow.session.execute(
        select(*_person_columns())
        .join(Enrolment, Enrolment.participant_id == Participant.id)
        .where(Enrolment.workshop_id == workshop_id, Enrolment.status == EnrolmentStatus.ENROLLED,
               Participant.erased_at.is_(None))
    )
    people = [person_to_inform(r) for r in rows]
    return tuple(sorted(people, key=lambda p: (fold(p.display_name), p.participant_id)))


def fmt_local(moment: dt.datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def age_range_text(min_age: int | None, max_age: int | None) -> str:
    if min_age is not None and max_age is not None:
        return f"{min_age}–{max_age}"
    if min_age is not None:
        return f"{min_age} and over"
    if max_age is not None:
        return f"up to {max_age}"
    return "all ages"


# --- Workshops -----------------------------------------------------------------------------------


def _free_text(value: str | None, label: str, limit: int = MAX_TEXT) -> str:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{label} must be text, not {type(value).__name__}")
    text = unicodedata.normalize("NFC", (value or "").replace("\r\n", "\n").replace("\r", "\n"))
    text = text.strip()
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The {label} is too long ({length} characters; at most {limit}). "
              "Shorten it."),
            label=label, length=len(text), limit=limit, field=label,
        )
    return text


def _whole_number(value: object, label: str, low: int, high: int, *, optional: bool) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The {label} must be a whole number from {low} to {high}{empty}."),
            label=label, low=low, high=high,
            empty=", or empty" if optional else "", field=label,
        )
    return value


@dataclass(frozen=True)
class _CleanWorkshop:
    title: str
    description: str
    capacity: int
    leader_ids: tuple[int, ...]
    space_id: int | None
    min_age: int | None
    max_age: int | None
    languages: list[str]
    materials: str
    grants_category_id: int | None
    completion_min_sessions: int | None
    completion_percent: int | None

    def column_values(self) -> dict:
        return {
            "title": self.title, "description": self.description, "capacity": self.capacity,
            "space_id": self.space_id, "min_age": self.min_age, "max_age": self.max_age,
            "languages": self.languages, "materials": self.materials,
            "grants_category_id": self.grants_category_id,
            "completion_min_sessions": self.completion_min_sessions,
            "completion_percent": self.completion_percent,
            "search_text": search_key(self.title, self.description),
        }


def _clean_workshop(uow: UnitOfWork, data: WorkshopInput) -> _CleanWorkshop:
    title = normalise_text(data.title)
    if not title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A workshop needs a title, for example “Laser cutting for "
              "beginners”."), field="title")
    if len(title) > MAX_TITLE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The title is too long ({length} characters; at most {limit}). "
              "Shorten it and put the rest in the description."),
            length=len(title), limit=MAX_TITLE, field="title")
    description = _free_text(data.description, "description")
    materials = _free_text(data.materials, "materials")
    capacity = _whole_number(data.capacity, "capacity", 0, MAX_CAPACITY, optional=False)
    min_age = _whole_number(data.min_age, "minimum age", 0, MAX_AGE, optional=True)
    max_age = _whole_number(data.max_age, "maximum age", 0, MAX_AGE, optional=True)
    if min_age is not None and max_age is not None and min_age > max_age:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The minimum age ({min_age}) is above the maximum age ({max_age}). "
              "Swap them, or leave one empty."),
            min_age=min_age, max_age=max_age, field="min_age")
    if isinstance(data.languages, str):
        raise TypeError("languages must be a sequence of codes, not one string")
    languages = list(dict.fromkeys(
        participants.normalise_language(code) for code in data.languages if normalise_text(code)))
    n = _whole_number(data.completion_min_sessions, "number of sessions needed to complete",
                      1, 1000, optional=True)
    pct = _whole_number(data.completion_percent, "percentage of sessions needed to complete",
                        1, 100, optional=True)
    if n is not None and pct is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Choose one completion rule: at least {n} sessions, or {pct}% of the "
              "sessions — not both."),
            n=n, pct=pct, field="completion_min_sessions")
    if data.space_id is not None and uow.session.get(Space, data.space_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no space number {id}. Choose one of the spaces in "
              "Settings, or leave it empty."), id=data.space_id, field="space_id")
    if data.grants_category_id is not None and uow.session.get(
            EquipmentCategory, data.grants_category_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no equipment category number {id}. Choose the category "
              "this training certifies for, or leave it empty."),
            id=data.grants_category_id, field="grants_category_id")
    if isinstance(data.leader_ids, int):
        raise TypeError("leader_ids must be a sequence of staff ids")
    leader_ids = tuple(dict.fromkeys(int(i) for i in data.leader_ids))
    # A workshop leader who creates or edits a workshop stays one of its leaders, so they can
    # still change it afterwards.
    if (RANK[uow.actor.role] < RANK[StaffRole.COORDINATOR] and uow.actor.staff_id is not None
            and uow.actor.staff_id not in leader_ids):
        leader_ids = (*leader_ids, uow.actor.staff_id)
    if leader_ids:
        staff = {r.id: r for r in uow.session.execute(
            select(StaffMember.id, StaffMember.display_name, StaffMember.role, StaffMember.active)
            .where(StaffMember.id.in_(leader_ids)))}
        for sid in leader_ids:
            member = staff.get(sid)
            if member is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("DomainError", "There is no staff member number {id} to lead the workshop. "
                      "Choose the leaders from the staff list."), id=sid, field="leader_ids")
            if not member.active or RANK[StaffRole(member.role)] < RANK[StaffRole.WORKSHOP_LEADER]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("DomainError", "{name} cannot lead a workshop: they are not an active "
                      "workshop leader, coordinator or admin. Choose another leader, or ask an "
                      "admin to change their role."),
                    name=member.display_name, field="leader_ids")
    return _CleanWorkshop(
        title=title, description=description, capacity=capacity, leader_ids=leader_ids,
        space_id=data.space_id, min_age=min_age, max_age=max_age, languages=languages,
        materials=materials, grants_category_id=data.grants_category_id,
        completion_min_sessions=n, completion_percent=pct,
    )


def _set_leaders(uow: UnitOfWork, workshop_id: int, leader_ids: Sequence[int]) -> bool:
    current = {sid for sid, _ in leaders_of(uow, workshop_id)}
    wanted = set(leader_ids)
    if current == wanted:
        return False
    gone, new = current - wanted, wanted - current
    if gone:
        uow.session.execute(delete(workshop_leaders).where(
            workshop_leaders.c.workshop_id == workshop_id, workshop_leaders.c.staff_id.in_(gone)))
    if new:
        uow.session.execute(insert(workshop_leaders),
                            [{"workshop_id": workshop_id, "staff_id": sid} for sid in sorted(new)])
    return True


def create_workshop(uow: UnitOfWork, data: WorkshopInput) -> WorkshopRow:
    """A new workshop (no sessions yet). A workshop leader creating one becomes its leader."""
    require(uow, StaffRole.WORKSHOP_LEADER, ACTION_EDIT)
    clean = _clean_workshop(uow, data)
    workshop = Workshop(created_at=uow.now(), **clean.column_values())
    uow.session.add(workshop)
    uow.session.flush()
    _set_leaders(uow, workshop.id, clean.leader_ids)
    uow.audit("create", "workshop", workshop.id, title=clean.title, capacity=clean.capacity,
              leader_ids=list(clean.leader_ids), grants_category_id=clean.grants_category_id)
    return get_workshop(uow, workshop.id)


def edit_workshop(uow: UnitOfWork, workshop_id: int, data: WorkshopInput) -> WorkshopSaved:
    """Replace the workshop's fields (start from ``row.as_input()``).

    Lowering the capacity never removes anyone already enrolled; raising it moves people up
    from the waitlist, returned in ``promoted`` so they can be told.
    """
    workshop = require_leads(uow, workshop_id, ACTION_EDIT)
    clean = _clean_workshop(uow, data)
    _lock_workshop(uow, workshop_id)
    changed = [name for name, value in clean.column_values().items()
               if name != "search_text" and getattr(workshop, name) != value]
    for name, value in clean.column_values().items():
        setattr(workshop, name, value)
    if _set_leaders(uow, workshop.id, clean.leader_ids):
        changed.append("leader_ids")
    uow.session.flush()
    if changed:
        uow.audit("update", "workshop", workshop.id, fields=changed)
    promoted = fill_free_places(uow, workshop)
    return WorkshopSaved(get_workshop(uow, workshop.id), tuple(promoted))


def _session_bounds():  # noqa: ANN202
    live = and_(WorkshopSession.workshop_id == Workshop.id, WorkshopSession.cancelled_at.is_(None))
    first = select(func.min(WorkshopSession.starts_at)).where(live).scalar_subquery()
    last = select(func.max(WorkshopSession.ends_at)).where(live).scalar_subquery()
    count = select(func.count(WorkshopSession.id)).where(live).scalar_subquery()
    return live, first, last, count


def _workshop_query(now: dt.datetime):  # noqa: ANN202
    live, first, last, count = _session_bounds()
    next_start = (select(func.min(WorkshopSession.starts_at))
                  .where(live, WorkshopSession.ends_at > now).scalar_subquery())

    def enrolments(status: EnrolmentStatus):  # noqa: ANN202
        return (select(func.count(Enrolment.id))
                .where(Enrolment.workshop_id == Workshop.id, Enrolment.status == status)
                .scalar_subquery())

    query = (
        select(
            Workshop.id, Workshop.title, Workshop.description, Workshop.space_id,
            Space.name.label("space_name"), Site.name.label("site_name"), Workshop.capacity,
            Workshop.min_age, Workshop.max_age, Workshop.languages, Workshop.materials,
            Workshop.grants_category_id, EquipmentCategory.name.label("category_name"),
            Workshop.completion_min_sessions, Workshop.completion_percent, Workshop.created_at,
            count.label("session_count"), first.label("first_starts_at"),
            next_start.label("next_starts_at"), last.label("last_ends_at"),
            enrolments(EnrolmentStatus.ENROLLED).label("enrolled_count"),
            enrolments(EnrolmentStatus.WAITLISTED).label("waitlisted_count"),
        )
        .outerjoin(Space, Space.id == Workshop.space_id)
        .outerjoin(Site, Site.id == Space.site_id)
        .outerjoin(EquipmentCategory, EquipmentCategory.id == Workshop.grants_category_id)
    )
    return query, first, next_start, last


def _workshop_rows(uow: UnitOfWork, rows) -> list[WorkshopRow]:  # noqa: ANN001
    rows = list(rows)
    leaders: dict[int, list[tuple[int, str]]] = {}
    if rows:
        for r in uow.session.execute(
            select(workshop_leaders.c.workshop_id, StaffMember.id, StaffMember.display_name)
            .join(StaffMember, StaffMember.id == workshop_leaders.c.staff_id)
            .where(workshop_leaders.c.workshop_id.in_([r.id for r in rows]))
            .order_by(StaffMember.display_name, StaffMember.id)
        ):
            leaders.setdefault(r.workshop_id, []).append((r.id, r.display_name))
    return [
        WorkshopRow(
            id=r.id, title=r.title, description=r.description, space_id=r.space_id,
            space_name=r.space_name or "", site_name=r.site_name or "", capacity=r.capacity,
            min_age=r.min_age, max_age=r.max_age, languages=tuple(r.languages or ()),
            materials=r.materials, grants_category_id=r.grants_category_id,
            grants_category_name=r.category_name or "",
            completion_min_sessions=r.completion_min_sessions,
            completion_percent=r.completion_percent,
            leader_ids=tuple(sid for sid, _ in leaders.get(r.id, ())),
            leader_names=tuple(name for _, name in leaders.get(r.id, ())),
            session_count=r.session_count or 0, first_starts_at=r.first_starts_at,
            next_starts_at=r.next_starts_at, last_ends_at=r.last_ends_at,
            enrolled_count=r.enrolled_count or 0, waitlisted_count=r.waitlisted_count or 0,
            created_at=r.created_at,
        )
        for r in rows
    ]


def get_workshop(uow: UnitOfWork, workshop_id: int) -> WorkshopRow:
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    query, *_ = _workshop_query(uow.now())
    rows = _workshop_rows(uow, uow.session.execute(query.where(Workshop.id == workshop_id)))
    if not rows:
        raise not_found_workshop(workshop_id)
    return rows[0]


def list_workshops(
    uow: UnitOfWork,
    text: str = "",
    period: Period | str = Period.ALL,
    limit: int = 100,
    offset: int = 0,
) -> list[WorkshopRow]:
    """Workshops whose title or description holds every typed word (folded: any case,
    accents, script). Upcoming ones come soonest first; past ones latest first; ``ALL``
    lists the upcoming ones first, then the past. Two queries."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    period = Period(period)
    now = uow.now()
    query, first, next_start, last = _workshop_query(now)
    words = fold(text).split()
    if words:
        query = query.where(*[Workshop.search_text.like(f"%{escape_like(w)}%", escape="\\")
                              for w in words])
    upcoming = or_(last.is_(None), last > now)
    if period is Period.UPCOMING:
        query = query.where(upcoming).order_by(next_start.is_(None), next_start, Workshop.title)
    elif period is Period.PAST:
        query = query.where(~upcoming).order_by(last.desc(), Workshop.title)
    else:
        query = query.order_by((~upcoming), next_start.is_(None), next_start, last.desc(),
                               Workshop.title)
    query = query.order_by(Workshop.id).limit(max(0, limit)).offset(max(0, offset))
    return _workshop_rows(uow, uow.session.execute(query))


# --- Sessions -----------------------------------------------------------------------------------


def _session_query():  # noqa: ANN202
    space_id = func.coalesce(WorkshopSession.space_id, Workshop.space_id)
    return (
        select(WorkshopSession.id, WorkshopSession.workshop_id, Workshop.title,
               WorkshopSession.starts_at, WorkshopSession.ends_at, space_id.label("space_id"),
               Space.name.label("space_name"), Site.name.label("site_name"),
               WorkshopSession.cancelled_at)
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .outerjoin(Space, Space.id == space_id)
        .outerjoin(Site, Site.id == Space.site_id)
    )


def _session_row(r) -> SessionRow:  # noqa: ANN001
    return SessionRow(r.id, r.workshop_id, r.title, r.starts_at, r.ends_at, r.space_id,
                      r.space_name or "", r.site_name or "", r.cancelled_at)


def get_session(uow: UnitOfWork, session_id: int) -> SessionRow:
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    row = uow.session.execute(_session_query().where(WorkshopSession.id == session_id)).first()
    if row is None:
        raise not_found_session(session_id)
    return _session_row(row)


def list_sessions(uow: UnitOfWork, workshop_id: int, include_cancelled: bool = True) -> list[SessionRow]:
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    load_workshop(uow, workshop_id)
    query = _session_query().where(WorkshopSession.workshop_id == workshop_id)
    if not include_cancelled:
        query = query.where(WorkshopSession.cancelled_at.is_(None))
    return [_session_row(r) for r in uow.session.execute(
        query.order_by(WorkshopSession.starts_at, WorkshopSession.id))]


def _site_of(uow: UnitOfWork, space_id: int | None) -> int | None:
    if space_id is None:
        return None
    return uow.session.scalar(select(Space.site_id).where(Space.id == space_id))


def closures(uow: UnitOfWork, site_id: int | None, days: Iterable[dt.date]) -> dict[dt.date, str]:
    """The closure reason of each of ``days`` the site (or every site) is closed on."""
    days = sorted(set(days))
    if not days:
        return {}
    condition = ClosureDay.site_id.is_(None)
    if site_id is not None:
        condition = or_(condition, ClosureDay.site_id == site_id)
    found: dict[dt.date, str] = {}
    for r in uow.session.execute(select(ClosureDay.day, ClosureDay.reason)
                                 .where(ClosureDay.day.in_(days), condition)
                                 .order_by(ClosureDay.day, ClosureDay.site_id)):
        found.setdefault(r.day, r.reason or "closed")
    return found


def _check_space(uow: UnitOfWork, space_id: int | None) -> None:
    if space_id is not None and uow.session.get(Space, space_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no space number {id}. Choose one of the spaces in "
              "Settings, or leave it empty to use the workshop's space."),
            id=space_id, field="space_id")


def _clashing_session(uow: UnitOfWork, workshop_id: int, start: dt.datetime, end: dt.datetime,
                      exclude_id: int | None = None):  # noqa: ANN202
    return uow.session.execute(
        select(WorkshopSession.starts_at, WorkshopSession.ends_at).where(
            WorkshopSession.workshop_id == workshop_id, WorkshopSession.cancelled_at.is_(None),
            WorkshopSession.starts_at < end, WorkshopSession.ends_at > start,
            WorkshopSession.id != (exclude_id or -1))
        .order_by(WorkshopSession.starts_at).limit(1)
    ).first()


def _check_session_time(uow: UnitOfWork, workshop: Workshop, start: dt.datetime, end: dt.datetime,
                        space_id: int | None, exclude_id: int | None, tz: ZoneInfo) -> None:
    if end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The session must end after it starts ({start} to {end}). Check the "
              "times."), start=fmt_local(start, tz), end=fmt_local(end, tz), field="ends_at")
    day = start.astimezone(tz).date()
    closed = closures(uow, _site_of(uow, space_id or workshop.space_id), [day])
    if day in closed:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "The makerspace is closed on {day} ({reason}). Choose another day "
              "for the session."), day=day.isoformat(), reason=closed[day])
    clash = _clashing_session(uow, workshop.id, start, end, exclude_id)
    if clash is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "“{workshop}” already has a session {start}–{end}. Choose a time "
              "that does not overlap it, or move that session instead."),
            workshop=workshop.title, start=fmt_local(clash.starts_at, tz),
            end=clash.ends_at.astimezone(tz).strftime("%H:%M"))


def add_session(uow: UnitOfWork, workshop_id: int, starts_at: dt.datetime, ends_at: dt.datetime,
                space_id: int | None = None) -> SessionRow:
    """One session; ``space_id`` only when it meets somewhere else than the workshop's space."""
    workshop = require_leads(uow, workshop_id, ACTION_SESSIONS)
    start, end = aware(starts_at, "start"), aware(ends_at, "end")
    _check_space(uow, space_id)
    _check_session_time(uow, workshop, start, end, space_id, None, makerspace_zone(uow))
    made = WorkshopSession(workshop_id=workshop.id, starts_at=start, ends_at=end,
                           space_id=space_id, cancelled_at=None)
    uow.session.add(made)
    uow.session.flush()
    uow.audit("create", "workshop_session", made.id, workshop_id=workshop.id,
              starts_at=start.isoformat(), ends_at=end.isoformat(), space_id=space_id)
    return get_session(uow, made.id)


def add_session_series(
    uow: UnitOfWork,
    workshop_id: int,
    first_day: dt.date,
    local_start: dt.time,
    local_end: dt.time,
    count: int,
    recurrence: Recurrence | str = Recurrence.WEEKLY,
    space_id: int | None = None,
) -> SeriesCreated:
    """``count`` dates every week (or every two weeks) from ``first_day``, each at the same
    local wall-clock time in the makerspace's time zone, whatever the UTC offset that day.

    Dates the site is closed, and times overlapping a session the workshop already has, are
    skipped (not replaced by later dates) and listed in ``skipped`` with the reason.
    """
    workshop = require_leads(uow, workshop_id, ACTION_SESSIONS)
    recurrence = Recurrence(recurrence)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_SERIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A series has from 1 to {limit} sessions; {count} was asked."),
            limit=MAX_SERIES, count=count, field="count")
    if local_end <= local_start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Each session must end after it starts ({start} to {end}). Check "
              "the times."),
            start=local_start.strftime("%H:%M"), end=local_end.strftime("%H:%M"), field="local_end")
    _check_space(uow, space_id)
    tz = makerspace_zone(uow)
    every = 2 if recurrence is Recurrence.FORTNIGHTLY else 1
    planned = schedule.series_occurrences(first_day, local_start, local_end, tz, every, count)
    closed = closures(uow, _site_of(uow, space_id or workshop.space_id),
                      [i.start.astimezone(tz).date() for i in planned])
    keep, skipped = [], []
    for interval in planned:
        day = interval.start.astimezone(tz).date()
        if day in closed:
            skipped.append(SkippedDay(day, interval.start, interval.end, closed[day]))
        elif _clashing_session(uow, workshop.id, interval.start, interval.end) is not None:
            skipped.append(SkippedDay(day, interval.start, interval.end,
                                      "the workshop already has a session then"))
        else:
            keep.append(interval)
    if not keep:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "None of the {count} dates can have a session (the first: {day}, "
              "{reason}). Choose other dates."),
            count=count, day=skipped[0].day.isoformat(), reason=skipped[0].reason)
    made = [WorkshopSession(workshop_id=workshop.id, starts_at=i.start, ends_at=i.end,
                            space_id=space_id, cancelled_at=None) for i in keep]
    uow.session.add_all(made)
    uow.session.flush()
    uow.audit("create_series", "workshop", workshop.id, recurrence=recurrence.value,
              first_day=first_day.isoformat(), local_start=local_start.isoformat(),
              local_end=local_end.isoformat(), timezone=tz.key, created=[m.id for m in made],
              skipped=[s.day.isoformat() for s in skipped])
    rows = {r.id: _session_row(r) for r in uow.session.execute(
        _session_query().where(WorkshopSession.id.in_([m.id for m in made])))}
    return SeriesCreated(tuple(rows[m.id] for m in made), tuple(skipped))


def move_session(uow: UnitOfWork, session_id: int, starts_at: dt.datetime, ends_at: dt.datetime,
                 space_id: int | None = None) -> SessionChanged:
    """Move a session. ``space_id`` is where it meets from now on (None: the workshop's own
    space). Returns the enrolled participants to inform."""
    found = load_session(uow, session_id)
    workshop = require_leads(uow, found.workshop_id, ACTION_SESSIONS)
    tz = makerspace_zone(uow)
    if found.cancelled_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "This session was cancelled on {day}, so it cannot be moved. Add a "
              "new session instead."), day=found.cancelled_at.astimezone(tz).date().isoformat())
    start, end = aware(starts_at, "start"), aware(ends_at, "end")
    _check_space(uow, space_id)
    _check_session_time(uow, workshop, start, end, space_id, found.id, tz)
    before = [found.starts_at.isoformat(), found.ends_at.isoformat(), found.space_id]
    found.starts_at, found.ends_at, found.space_id = start, end, space_id
    uow.session.flush()
    uow.audit("move", "workshop_session", found.id, workshop_id=workshop.id, before=before,
              after=[start.isoformat(), end.isoformat(), space_id])
    return SessionChanged(get_session(uow, found.id), enrolled_to_inform(uow, workshop.id))


def cancel_session(uow: UnitOfWork, session_id: int, reason: str = "") -> SessionChanged:
    """Cancel a session (it stays listed as cancelled). Returns who to inform."""
    found = load_session(uow, session_id)
    workshop = require_leads(uow, found.workshop_id, ACTION_SESSIONS)
    if found.cancelled_at is not None:
        tz = makerspace_zone(uow)
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "This session was already cancelled on {day}; nothing to do."),
            day=found.cancelled_at.astimezone(tz).date().isoformat())
    found.cancelled_at = uow.now()
    uow.session.flush()
    uow.audit("cancel", "workshop_session", found.id, workshop_id=workshop.id,
              reason=normalise_text(reason))
    return SessionChanged(get_session(uow, found.id), enrolled_to_inform(uow, workshop.id))


# --- Enrolment ------------------------------------------------------------------------------------


def _enrolment_query():  # noqa: ANN202
    return (
        select(Enrolment.id, Enrolment.workshop_id, Enrolment.participant_id,
               Participant.given_name, Participant.family_name, Participant.preferred_name,
               Participant.badge_code, Enrolment.status, Enrolment.waitlist_position,
               Enrolment.enrolled_at, Enrolment.withdrawn_at, Enrolment.completed_at)
        .join(Participant, Participant.id == Enrolment.participant_id)
    )


def _enrolment_row(r) -> EnrolmentRow:  # noqa: ANN001
    return EnrolmentRow(
        r.id, r.workshop_id, r.participant_id,
        participant_display_name(r.given_name, r.family_name, r.preferred_name), r.badge_code,
        EnrolmentStatus(r.status), r.waitlist_position, r.enrolled_at, r.withdrawn_at,
        r.completed_at)


def get_enrolment(uow: UnitOfWork, enrolment_id: int) -> EnrolmentRow:
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    row = uow.session.execute(_enrolment_query().where(Enrolment.id == enrolment_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That enrolment no longer exists. Open the workshop "
                              "again."))
    return _enrolment_row(row)


def list_enrolments(uow: UnitOfWork, workshop_id: int, include_withdrawn: bool = False) -> list[EnrolmentRow]:
    """Enrolled participants by name, then the waitlist in order, then (if asked) withdrawn."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    load_workshop(uow, workshop_id)
    query = _enrolment_query().where(Enrolment.workshop_id == workshop_id)
    if not include_withdrawn:
        query = query.where(Enrolment.status != EnrolmentStatus.WITHDRAWN)
    rows = [_enrolment_row(r) for r in uow.session.execute(query)]
    order = {EnrolmentStatus.ENROLLED: 0, EnrolmentStatus.WAITLISTED: 1, EnrolmentStatus.WITHDRAWN: 2}
    return sorted(rows, key=lambda e: (order[e.status], e.waitlist_position or 0,
                                       fold(e.display_name), e.id))


def _lock_workshop(uow: UnitOfWork, workshop_id: int) -> None:
    """Serialise enrolment changes of one workshop (PostgreSQL row lock; SQLite already holds
    the database write lock for the whole unit of work)."""
    uow.session.execute(select(Workshop.id).where(Workshop.id == workshop_id).with_for_update())


def _age_check_day(uow: UnitOfWork, workshop_id: int, tz: ZoneInfo) -> dt.date:
    """Ages are judged on the day of the next session (today when none is planned)."""
    now = uow.now()
    next_start = uow.session.scalar(
        select(func.min(WorkshopSession.starts_at)).where(
            WorkshopSession.workshop_id == workshop_id, WorkshopSession.cancelled_at.is_(None),
            WorkshopSession.ends_at > now))
    return (next_start or now).astimezone(tz).date()


def _check_age(uow: UnitOfWork, workshop: Workshop, person: Participant) -> None:
    if workshop.min_age is None and workshop.max_age is None:
        return
    low = workshop.min_age if workshop.min_age is not None else 0
    high = workshop.max_age if workshop.max_age is not None else MAX_AGE
    if person.date_of_birth is not None:
        day = _age_check_day(uow, workshop.id, makerspace_zone(uow))
        age = people.age_on(person.date_of_birth, day)
        if low <= age <= high:
            return
        shown = str(age)
    elif person.age_band is not None:
        band_low, band_high = BAND_AGES[AgeBand(person.age_band)]
        if band_low <= high and low <= band_high:  # some ages of the band fit: accept
            return
        shown = f"{band_low}–{band_high}" if band_high < MAX_AGE else f"{band_low} or over"
    else:
        return
    raise ValidationError(
        QT_TRANSLATE_NOOP("DomainError", "“{workshop}” is for ages {range}; {name} is {age}. Look for a workshop "
          "for their age, or ask a leader to widen the age range."),
        workshop=workshop.title, range=age_range_text(workshop.min_age, workshop.max_age),
        name=participants.name_of(person), age=shown, field="participant_id")


def _counts(uow: UnitOfWork, workshop_id: int) -> tuple[int, int]:
    """(enrolled, waitlisted) of the workshop."""
    rows = {EnrolmentStatus(status): n for status, n in uow.session.execute(
        select(Enrolment.status, func.count(Enrolment.id))
        .where(Enrolment.workshop_id == workshop_id).group_by(Enrolment.status))}
    return rows.get(EnrolmentStatus.ENROLLED, 0), rows.get(EnrolmentStatus.WAITLISTED, 0)


def enrol(uow: UnitOfWork, workshop_id: int, participant_id: int) -> EnrolmentRow:
    """Give the participant a place, or the next waitlist position when the workshop is full.

    Refused for a minor without a guardian on record, for an age outside the workshop's range
    (judged on the day of the next session), and when they are already enrolled or waiting.
    Someone who withdrew earlier may enrol again.
    """
    require(uow, StaffRole.FRONT_DESK, ACTION_ENROL)
    _lock_workshop(uow, workshop_id)
    workshop = load_workshop(uow, workshop_id)
    person = participants.load(uow, participant_id)
    existing = uow.session.scalar(select(Enrolment).where(
        Enrolment.workshop_id == workshop_id, Enrolment.participant_id == participant_id))
    if existing is not None and existing.status is EnrolmentStatus.ENROLLED:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "{name} is already enrolled in “{workshop}”. Nothing to do."),
            name=participants.name_of(person), workshop=workshop.title)
    if existing is not None and existing.status is EnrolmentStatus.WAITLISTED:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "{name} is already on the waitlist of “{workshop}” (number "
              "{position}). They move up automatically when a place frees."),
            name=participants.name_of(person), workshop=workshop.title,
            position=existing.waitlist_position)
    participants.require_can_book_or_enrol(uow, participant_id)
    _check_age(uow, workshop, person)

    enrolled, waiting = _counts(uow, workshop_id)
    if enrolled < workshop.capacity and waiting == 0:
        status, position = EnrolmentStatus.ENROLLED, None
    else:
        last = uow.session.scalar(select(func.max(Enrolment.waitlist_position)).where(
            Enrolment.workshop_id == workshop_id, Enrolment.status == EnrolmentStatus.WAITLISTED))
        status, position = EnrolmentStatus.WAITLISTED, (last or 0) + 1
    if existing is None:
        existing = Enrolment(workshop_id=workshop_id, participant_id=participant_id)
        uow.session.add(existing)
    existing.status, existing.waitlist_position = status, position
    existing.enrolled_at, existing.withdrawn_at, existing.completed_at = uow.now(), None, None
    uow.session.flush()
    uow.audit("enrol", "enrolment", existing.id, workshop_id=workshop_id,
              participant_id=participant_id, status=status.value, waitlist_position=position)
    return get_enrolment(uow, existing.id)


def _renumber_waitlist(uow: UnitOfWork, workshop_id: int) -> list[Enrolment]:
    waiting = list(uow.session.scalars(select(Enrolment).where(
        Enrolment.workshop_id == workshop_id, Enrolment.status == EnrolmentStatus.WAITLISTED)
        .order_by(Enrolment.waitlist_position, Enrolment.enrolled_at, Enrolment.id)))
    for number, enrolment in enumerate(waiting, start=1):
        if enrolment.waitlist_position != number:
            enrolment.waitlist_position = number
    return waiting


def fill_free_places(uow: UnitOfWork, workshop: Workshop) -> list[Promotion]:
    """Move people up from the waitlist while there are free places; audit each ("promote")."""
    enrolled, _ = _counts(uow, workshop.id)
    waiting = _renumber_waitlist(uow, workshop.id)
    promoted: list[Enrolment] = []
    while waiting and enrolled < workshop.capacity:
        first = waiting.pop(0)
        promoted.append(first)
        first.status, first.waitlist_position = EnrolmentStatus.ENROLLED, None
        enrolled += 1
    for number, enrolment in enumerate(waiting, start=1):
        enrolment.waitlist_position = number
    uow.session.flush()
    if not promoted:
        return []
    people = {r.id: person_to_inform(r) for r in uow.session.execute(
        select(*_person_columns()).where(Participant.id.in_([e.participant_id for e in promoted])))}
    result = []
    for enrolment in promoted:
        uow.audit("promote", "enrolment", enrolment.id, workshop_id=workshop.id,
                  participant_id=enrolment.participant_id)
        result.append(Promotion(workshop.id, workshop.title, enrolment.id,
                                people[enrolment.participant_id]))
    return result


def withdraw(uow: UnitOfWork, workshop_id: int, participant_id: int, reason: str = "") -> Withdrawal:
    """Withdraw a participant (enrolled or waiting). A freed place goes at once to the first on
    the waitlist, returned in ``promoted`` so the desk can tell them."""
    require(uow, StaffRole.FRONT_DESK, ACTION_ENROL)
    _lock_workshop(uow, workshop_id)
    workshop = load_workshop(uow, workshop_id)
    enrolment = uow.session.scalar(select(Enrolment).where(
        Enrolment.workshop_id == workshop_id, Enrolment.participant_id == participant_id))
    person = uow.session.get(Participant, participant_id)
    name = participants.name_of(person) if person is not None else str(participant_id)
    if enrolment is None or enrolment.status is EnrolmentStatus.WITHDRAWN:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "{name} is not enrolled in “{workshop}” nor on its waitlist, so "
              "there is nothing to withdraw."), name=name, workshop=workshop.title)
    if enrolment.completed_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "{name} completed “{workshop}” on {day}; a completed enrolment "
              "stays on record and cannot be withdrawn."),
            name=name, workshop=workshop.title,
            day=enrolment.completed_at.astimezone(makerspace_zone(uow)).date().isoformat())
    was = enrolment.status
    enrolment.status, enrolment.waitlist_position = EnrolmentStatus.WITHDRAWN, None
    enrolment.withdrawn_at = uow.now()
    uow.session.flush()
    uow.audit("withdraw", "enrolment", enrolment.id, workshop_id=workshop_id,
              participant_id=participant_id, was=was.value, reason=normalise_text(reason))
    promoted = fill_free_places(uow, workshop)
    return Withdrawal(get_enrolment(uow, enrolment.id), promoted[0] if promoted else None)
