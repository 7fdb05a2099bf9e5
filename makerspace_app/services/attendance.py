"""Attendance at workshop sessions, and completing a workshop.

The leader's flow: Today → the session → the roster with a filter field; type letters or scan
a badge, Space marks present, Ctrl+N adds a walk-in. Only the workshop's leaders (or a
coordinator or admin) take attendance.

Completion follows the workshop's rule: at least N sessions attended, or a percentage of the
sessions (rounded up); with no rule, every session. Cancelled sessions never count. Completing
a training grants its certification at once, so the participant can book that equipment.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

from sqlalchemy import and_, func, select, union

from makerspace_app.domain import codes
from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import EnrolmentStatus, StaffRole
from makerspace_app.domain.errors import ConflictError
from makerspace_app.domain.text import fold, normalise_text
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Attendance,
    Certification,
    Enrolment,
    Participant,
    Site,
    Space,
    StaffMember,
    Workshop,
    WorkshopSession,
    workshop_leaders,
)
from makerspace_app.services import certifications, participants
from makerspace_app.services.permissions import require
from makerspace_app.services.search import participant_display_name
from makerspace_app.services.uow import UnitOfWork
from makerspace_app.services.workshops import (
    ACTION_LOOK_UP,
    load_session,
    load_workshop,
    makerspace_zone,
    not_found_workshop,
    require_leads,
)

ACTION_ATTENDANCE = QT_TRANSLATE_NOOP("Actions", "take attendance")
ACTION_COMPLETE = QT_TRANSLATE_NOOP("Actions", "complete workshops")


# --- Values -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterEntry:
    participant_id: int
    display_name: str
    badge_code: str
    enrolled: bool  # False: a walk-in who is not enrolled in the workshop
    present: bool
    walk_in: bool
    marked_at: dt.datetime | None


@dataclass(frozen=True)
class MarkResult:
    """What a scan or typed text did: ``marked`` when a badge code marked someone present;
    otherwise the roster entries whose name holds every typed word (nobody marked)."""

    marked: RosterEntry | None
    matches: tuple[RosterEntry, ...]


@dataclass(frozen=True)
class GridSession:
    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime


@dataclass(frozen=True)
class GridParticipant:
    id: int
    display_name: str
    enrolled: bool  # False: came only as a walk-in


@dataclass(frozen=True)
class Grid:
    """Sessions (columns, in time order) × participants (rows, by name).

    ``cells[row][column]`` is True when that participant was present at that session.
    Cancelled sessions are left out.
    """

    workshop_id: int
    title: str
    sessions: tuple[GridSession, ...]
    participants: tuple[GridParticipant, ...]
    cells: tuple[tuple[bool, ...], ...]

    def present(self, session_id: int, participant_id: int) -> bool:
        col = next(i for i, s in enumerate(self.sessions) if s.id == session_id)
        row = next(i for i, p in enumerate(self.participants) if p.id == participant_id)
        return self.cells[row][col]


@dataclass(frozen=True)
class TodaySession:
    session_id: int
    workshop_id: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    space_name: str
    site_name: str
    leader_names: tuple[str, ...]
    enrolled_count: int
    present_count: int
    cancelled_at: dt.datetime | None


@dataclass(frozen=True)
class Reason:
    """Why someone has not completed: an English template marked for translation, and its
    values (the ui translates ``template`` in the "DomainError" context, then formats it)."""

    template: str
    params: tuple[tuple[str, object], ...]

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.params))


@dataclass(frozen=True)
class CompletionRow:
    participant_id: int
    display_name: str
    attended: int
    required: int
    total_sessions: int  # sessions not cancelled
    complete: bool  # meets the rule (or was already marked complete)
    completed_at: dt.datetime | None  # when complete_workshop recorded it
    reason: Reason | None  # why not complete


@dataclass(frozen=True)
class CompletionResult:
    newly_completed: tuple[CompletionRow, ...]
    certifications_granted: tuple[certifications.CertificationRow, ...]
    not_completed: tuple[CompletionRow, ...]


# --- Roster and marking ---------------------------------------------------------------------------


def _roster_rows(uow: UnitOfWork, session_id: int, workshop_id: int,
                 participant_id: int | None = None) -> list[RosterEntry]:
    """Enrolled participants plus anyone marked present (walk-ins), in one query."""
    enrolled = select(Enrolment.participant_id.label("pid")).where(
        Enrolment.workshop_id == workshop_id, Enrolment.status == EnrolmentStatus.ENROLLED)
    attended = select(Attendance.participant_id.label("pid")).where(
        Attendance.session_id == session_id)
    if participant_id is not None:
        enrolled = enrolled.where(Enrolment.participant_id == participant_id)
        attended = attended.where(Attendance.participant_id == participant_id)
    people = union(enrolled, attended).subquery()
    rows = uow.session.execute(
        select(Participant.id, Participant.given_name, Participant.family_name,
               Participant.preferred_name, Participant.badge_code, Enrolment.status,
               Attendance.id.label("attendance_id"), Attendance.walk_in, Attendance.marked_at)
        .join(people, people.c.pid == Participant.id)
        .outerjoin(Enrolment, and_(Enrolment.participant_id == Participant.id,
                                   Enrolment.workshop_id == workshop_id))
        .outerjoin(Attendance, and_(Attendance.participant_id == Participant.id,
                                    Attendance.session_id == session_id))
    )
    entries = [
        RosterEntry(
            participant_id=r.id,
            display_name=participant_display_name(r.given_name, r.family_name, r.preferred_name),
            badge_code=r.badge_code,
            enrolled=r.status == EnrolmentStatus.ENROLLED,
            present=r.attendance_id is not None,
            walk_in=bool(r.walk_in),
            marked_at=r.marked_at,
        )
        for r in rows
    ]
    return sorted(entries, key=lambda e: (fold(e.display_name), e.display_name, e.participant_id))


def session_roster(uow: UnitOfWork, session_id: int) -> list[RosterEntry]:
    """Everyone enrolled, with whether they are marked present, and any walk-ins; by name."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    found = load_session(uow, session_id)
    return _roster_rows(uow, found.id, found.workshop_id)


def _open_session(uow: UnitOfWork, session_id: int) -> WorkshopSession:
    found = load_session(uow, session_id)
    require_leads(uow, found.workshop_id, ACTION_ATTENDANCE)
    if found.cancelled_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "This session was cancelled, so nobody can be marked present at it. "
              "Choose another session of the workshop."))
    return found


def _entry(uow: UnitOfWork, found: WorkshopSession, participant_id: int) -> RosterEntry:
    return _roster_rows(uow, found.id, found.workshop_id, participant_id)[0]


def _not_enrolled(uow: UnitOfWork, found: WorkshopSession, person: Participant) -> ConflictError:
    workshop = load_workshop(uow, found.workshop_id)
    return ConflictError(
        QT_TRANSLATE_NOOP("DomainError", "{name} is not enrolled in “{workshop}”. Add them as a walk-in instead "
          "(Ctrl+N), or enrol them first."),
        name=participants.name_of(person), workshop=workshop.title, participant_id=person.id)


def mark_present(uow: UnitOfWork, session_id: int, participant_id: int,
                 present: bool = True) -> RosterEntry:
    """Mark an enrolled participant present (or, with ``present=False``, not present).
    Marking twice changes nothing."""
    found = _open_session(uow, session_id)
    person = participants.load(uow, participant_id, allow_erased=not present)
    mark = uow.session.scalar(select(Attendance).where(
        Attendance.session_id == found.id, Attendance.participant_id == participant_id))
    if not present:
        if mark is not None:
            uow.session.delete(mark)
            uow.session.flush()
            uow.audit("unmark_present", "workshop_session", found.id,
                      participant_id=participant_id)
        entries = _roster_rows(uow, found.id, found.workshop_id, participant_id)
        return entries[0] if entries else RosterEntry(
            participant_id, participants.name_of(person), person.badge_code, False, False, False,
            None)
    if mark is None:
        if not _is_enrolled(uow, found.workshop_id, participant_id):
            raise _not_enrolled(uow, found, person)
        uow.session.add(Attendance(session_id=found.id, participant_id=participant_id,
                                   walk_in=False, marked_by_staff_id=uow.actor.staff_id,
                                   marked_at=uow.now()))
        uow.session.flush()
        uow.audit("mark_present", "workshop_session", found.id, participant_id=participant_id)
    return _entry(uow, found, participant_id)


def _is_enrolled(uow: UnitOfWork, workshop_id: int, participant_id: int) -> bool:
    return uow.session.scalar(select(Enrolment.id).where(
        Enrolment.workshop_id == workshop_id, Enrolment.participant_id == participant_id,
        Enrolment.status == EnrolmentStatus.ENROLLED)) is not None


def mark_by_code_or_name(uow: UnitOfWork, session_id: int, typed: str) -> MarkResult:
    """A scanned (or typed) badge code marks that enrolled participant present at once; other
    text returns the roster entries whose name holds every typed word, without marking.

    A badge of someone not enrolled is refused with the offer to add them as a walk-in.
    """
    found = _open_session(uow, session_id)
    text = normalise_text(typed)
    if codes.looks_like_badge_code(text):
        person = uow.session.scalar(select(Participant).where(
            Participant.badge_code == codes.normalise_code(text), Participant.erased_at.is_(None)))
        if person is not None:
            if not _is_enrolled(uow, found.workshop_id, person.id):
                already = uow.session.scalar(select(Attendance.id).where(
                    Attendance.session_id == found.id, Attendance.participant_id == person.id))
                if already is None:
                    raise _not_enrolled(uow, found, person)
                return MarkResult(_entry(uow, found, person.id), ())
            return MarkResult(mark_present(uow, session_id, person.id), ())
    words = fold(text).split()
    roster = _roster_rows(uow, found.id, found.workshop_id)
    if not words:
        return MarkResult(None, tuple(roster))
    matches = []
    for entry in roster:
        haystack = fold(f"{entry.display_name} {entry.badge_code}")
        if all(w in haystack for w in words):
            matches.append(entry)
    return MarkResult(None, tuple(matches))


def add_walk_in(uow: UnitOfWork, session_id: int, participant_id: int) -> RosterEntry:
    """Mark someone present who came without being enrolled (an enrolled participant is simply
    marked present). A minor still needs a guardian on record."""
    found = _open_session(uow, session_id)
    person = participants.load(uow, participant_id)
    mark = uow.session.scalar(select(Attendance).where(
        Attendance.session_id == found.id, Attendance.participant_id == participant_id))
    if mark is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "{name} is already marked present at this session. Nothing to do."),
            name=participants.name_of(person))
    enrolled = _is_enrolled(uow, found.workshop_id, participant_id)
    if not enrolled:
        participants.require_can_book_or_enrol(uow, participant_id)
    uow.session.add(Attendance(session_id=found.id, participant_id=participant_id,
                               walk_in=not enrolled, marked_by_staff_id=uow.actor.staff_id,
                               marked_at=uow.now()))
    uow.session.flush()
    uow.audit("mark_present", "workshop_session", found.id, participant_id=participant_id,
              walk_in=not enrolled)
    return _entry(uow, found, participant_id)


# --- Grid and today's sessions -------------------------------------------------------------------


def attendance_grid(uow: UnitOfWork, workshop_id: int) -> Grid:
    """The whole workshop at a glance, in two queries: the sessions, then the participants
    (enrolled, or present at some session) with the sessions they attended."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    session_rows = uow.session.execute(
        select(Workshop.title, WorkshopSession.id, WorkshopSession.starts_at,
               WorkshopSession.ends_at)
        .outerjoin(WorkshopSession, and_(WorkshopSession.workshop_id == Workshop.id,
                                         WorkshopSession.cancelled_at.is_(None)))
        .where(Workshop.id == workshop_id)
        .order_by(WorkshopSession.starts_at, WorkshopSession.id)
    ).all()
    if not session_rows:
        raise not_found_workshop(workshop_id)
    title = session_rows[0].title
    sessions = tuple(GridSession(r.id, r.starts_at, r.ends_at) for r in session_rows
                     if r.id is not None)

    live_sessions = select(WorkshopSession.id).where(
        WorkshopSession.workshop_id == workshop_id, WorkshopSession.cancelled_at.is_(None))
    attended = (select(Attendance.participant_id, Attendance.session_id)
                .where(Attendance.session_id.in_(live_sessions)).subquery())
    people = union(
        select(Enrolment.participant_id.label("pid")).where(
            Enrolment.workshop_id == workshop_id, Enrolment.status == EnrolmentStatus.ENROLLED),
        select(attended.c.participant_id.label("pid")),
    ).subquery()
    rows = uow.session.execute(
        select(Participant.id, Participant.given_name, Participant.family_name,
               Participant.preferred_name, Enrolment.status, attended.c.session_id)
        .join(people, people.c.pid == Participant.id)
        .outerjoin(Enrolment, and_(Enrolment.participant_id == Participant.id,
                                   Enrolment.workshop_id == workshop_id))
        .outerjoin(attended, attended.c.participant_id == Participant.id)
    )
    names: dict[int, GridParticipant] = {}
    present: set[tuple[int, int]] = set()
    for r in rows:
        if r.id not in names:
            names[r.id] = GridParticipant(
                r.id, participant_display_name(r.given_name, r.family_name, r.preferred_name),
                r.status == EnrolmentStatus.ENROLLED)
        if r.session_id is not None:
            present.add((r.id, r.session_id))
    people_sorted = tuple(sorted(names.values(),
                                 key=lambda p: (fold(p.display_name), p.display_name, p.id)))
    cells = tuple(tuple((p.id, s.id) in present for s in sessions) for p in people_sorted)
    return Grid(workshop_id, title, sessions, people_sorted, cells)


def todays_sessions(uow: UnitOfWork, day: dt.date | None = None) -> list[TodaySession]:
    """The sessions of a local day (today by default), cancelled ones included and flagged,
    with their leaders and how many are enrolled and marked present."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    tz = makerspace_zone(uow)
    day = day or uow.now().astimezone(tz).date()
    start = local_to_utc(day, dt.time(0), tz)
    end = local_to_utc(day + dt.timedelta(days=1), dt.time(0), tz)
    space_id = func.coalesce(WorkshopSession.space_id, Workshop.space_id)
    enrolled = (select(func.count(Enrolment.id))
                .where(Enrolment.workshop_id == Workshop.id,
                       Enrolment.status == EnrolmentStatus.ENROLLED).scalar_subquery())
    present = (select(func.count(Attendance.id))
               .where(Attendance.session_id == WorkshopSession.id).scalar_subquery())
    rows = uow.session.execute(
        select(WorkshopSession.id, WorkshopSession.workshop_id, Workshop.title,
               WorkshopSession.starts_at, WorkshopSession.ends_at, Space.name.label("space"),
               Site.name.label("site"), WorkshopSession.cancelled_at,
               enrolled.label("enrolled"), present.label("present"))
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .outerjoin(Space, Space.id == space_id)
        .outerjoin(Site, Site.id == Space.site_id)
        .where(WorkshopSession.starts_at < end, WorkshopSession.ends_at > start)
        .order_by(WorkshopSession.starts_at, Workshop.title, WorkshopSession.id)
    ).all()
    leaders: dict[int, list[str]] = {}
    if rows:
        for r in uow.session.execute(
            select(workshop_leaders.c.workshop_id, StaffMember.display_name)
            .join(StaffMember, StaffMember.id == workshop_leaders.c.staff_id)
            .where(workshop_leaders.c.workshop_id.in_({r.workshop_id for r in rows}))
            .order_by(StaffMember.display_name)
        ):
            leaders.setdefault(r.workshop_id, []).append(r.display_name)
    return [
        TodaySession(r.id, r.workshop_id, r.title, r.starts_at, r.ends_at, r.space or "",
                     r.site or "", tuple(leaders.get(r.workshop_id, ())), r.enrolled or 0,
                     r.present or 0, r.cancelled_at)
        for r in rows
    ]


# --- Completion ------------------------------------------------------------------------------------


def required_sessions(workshop: Workshop, total: int) -> int:
    """How many sessions a participant must attend to complete, of ``total`` held."""
    if workshop.completion_min_sessions is not None:
        return workshop.completion_min_sessions
    if workshop.completion_percent is not None:
        return math.ceil(total * workshop.completion_percent / 100)
    return total


def _completion(uow: UnitOfWork, workshop: Workshop) -> list[CompletionRow]:
    total = uow.session.scalar(select(func.count(WorkshopSession.id)).where(
        WorkshopSession.workshop_id == workshop.id, WorkshopSession.cancelled_at.is_(None))) or 0
    required = required_sessions(workshop, total)
    attended = (
        select(Attendance.participant_id, func.count(Attendance.id).label("n"))
        .join(WorkshopSession, WorkshopSession.id == Attendance.session_id)
        .where(WorkshopSession.workshop_id == workshop.id, WorkshopSession.cancelled_at.is_(None))
        .group_by(Attendance.participant_id)
        .subquery()
    )
    rows = uow.session.execute(
        select(Participant.id, Participant.given_name, Participant.family_name,
               Participant.preferred_name, Enrolment.completed_at, attended.c.n)
        .join(Enrolment, Enrolment.participant_id == Participant.id)
        .outerjoin(attended, attended.c.participant_id == Participant.id)
        .where(Enrolment.workshop_id == workshop.id, Enrolment.status == EnrolmentStatus.ENROLLED,
               Participant.erased_at.is_(None))
    )
    result = []
    for r in rows:
        count = r.n or 0
        meets = total > 0 and required <= total and count >= required
        reason = None
        if r.completed_at is None and not meets:
            reason = _reason(count, required, total)
        result.append(CompletionRow(
            participant_id=r.id,
            display_name=participant_display_name(r.given_name, r.family_name, r.preferred_name),
            attended=count, required=required, total_sessions=total,
            complete=meets or r.completed_at is not None, completed_at=r.completed_at,
            reason=reason))
    return sorted(result, key=lambda c: (fold(c.display_name), c.participant_id))


def _reason(count: int, required: int, total: int) -> Reason:
    if total == 0:
        return Reason(QT_TRANSLATE_NOOP("DomainError", "The workshop has no sessions yet, so nobody can complete "
                        "it. Add its sessions first."), ())
    if required > total:
        return Reason(
            QT_TRANSLATE_NOOP("DomainError", "Completing needs {required} sessions but the workshop has only "
              "{total}. Change the completion rule, or add sessions."),
            (("required", required), ("total", total)))
    return Reason(
        QT_TRANSLATE_NOOP("DomainError", "Attended {attended} of {total} sessions; {required} are needed to "
          "complete ({missing} more)."),
        (("attended", count), ("total", total), ("required", required),
         ("missing", required - count)))


def completion_status(uow: UnitOfWork, workshop_id: int) -> list[CompletionRow]:
    """For each enrolled participant: sessions attended, sessions required, complete or not
    and why not. By name."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    return _completion(uow, load_workshop(uow, workshop_id))


def _granter(uow: UnitOfWork, workshop_id: int) -> int | None:
    """Who grants a training's certification: the acting staff member when they lead the
    workshop; otherwise (a coordinator recording it for the leader) the workshop's leader, the
    first by name; the acting staff member when the workshop has no leader."""
    leaders = list(uow.session.scalars(
        select(StaffMember.id).join(workshop_leaders, workshop_leaders.c.staff_id == StaffMember.id)
        .where(workshop_leaders.c.workshop_id == workshop_id)
        .order_by(StaffMember.display_name, StaffMember.id)))
    actor = uow.actor.staff_id
    if actor in leaders or not leaders:
        return actor
    return leaders[0]


def complete_workshop(uow: UnitOfWork, workshop_id: int) -> CompletionResult:
    """Record completion for everyone meeting the rule; for a training, grant the
    certification (granted by the workshop's leader: the acting staff member when they lead
    it, else its first leader by name; linked to this workshop).

    Running it again changes nothing for those already done: completion is recorded once,
    and nobody gets a second certification from the same workshop (one revoked since is not
    granted again).
    """
    workshop = require_leads(uow, workshop_id, ACTION_COMPLETE)
    rows = _completion(uow, workshop)
    newly = [r for r in rows if r.complete and r.completed_at is None]
    not_done = tuple(r for r in rows if not r.complete)
    now = uow.now()
    if newly:
        enrolments = {e.participant_id: e for e in uow.session.scalars(select(Enrolment).where(
            Enrolment.workshop_id == workshop.id,
            Enrolment.participant_id.in_([r.participant_id for r in newly])))}
        for r in newly:
            enrolments[r.participant_id].completed_at = now
            uow.audit("complete", "enrolment", enrolments[r.participant_id].id,
                      workshop_id=workshop.id, participant_id=r.participant_id,
                      attended=r.attended, required=r.required)
        uow.session.flush()
    granted = []
    category_id = workshop.grants_category_id
    if category_id is not None:
        qualified = [r.participant_id for r in rows if r.complete]
        already = set(uow.session.scalars(select(Certification.participant_id).where(
            Certification.workshop_id == workshop.id, Certification.category_id == category_id,
            Certification.participant_id.in_(qualified)))) if qualified else set()
        granter = _granter(uow, workshop.id)
        for pid in qualified:
            if pid not in already:
                row = certifications.grant_for_completion(uow, pid, category_id, workshop.id)
                if granter != row.granted_by_staff_id:
                    cert = uow.session.get(Certification, row.id)
                    cert.granted_by_staff_id = granter
                    row = replace(row, granted_by_staff_id=granter)
                granted.append(row)
        uow.session.flush()
    done = {r.participant_id for r in newly}
    newly_rows = tuple(r for r in _completion(uow, workshop) if r.participant_id in done)
    return CompletionResult(newly_rows, tuple(granted), not_done)
