"""The workshop calendar as an iCalendar (.ics) file, for the library website or a phone.

One VEVENT per session that is not cancelled. Its UID depends only on the session, so
exporting again updates the same events in a calendar that imported them before. Times are
written in the makerspace's time zone with its VTIMEZONE (only the UTC zone is written in
UTC), so calendars show the local wall-clock time on both sides of a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from icalendar import Calendar, Event, Timezone
from sqlalchemy import func, select

from makerspace_app import __version__
from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Site,
    Space,
    StaffMember,
    Workshop,
    WorkshopSession,
    workshop_leaders,
)
from makerspace_app.services import settings
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork
from makerspace_app.services.workshops import age_range_text, aware, makerspace_zone

ACTION_EXPORT = QT_TRANSLATE_NOOP("Actions", "export the workshop calendar")
UID_DOMAIN = "makerspace-app"
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Zulu", "Zulu", "Etc/Universal",
              "Universal"}


def session_uid(session_id: int) -> str:
    """The event's UID: stable for the life of the session."""
    return f"workshop-session-{session_id}@{UID_DOMAIN}"


def workshops_ics(uow: UnitOfWork, start: dt.datetime | None = None,
                  end: dt.datetime | None = None) -> tuple[bytes, int]:
    """The calendar of sessions overlapping [start, end) (all when not given), and how many
    events it holds."""
    require(uow, StaffRole.FRONT_DESK, ACTION_EXPORT)
    start = aware(start, "start") if start is not None else None
    end = aware(end, "end") if end is not None else None
    if start is not None and end is not None and end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The end of the period must come after its start. Check the "
              "dates."), field="end")
    tz = makerspace_zone(uow)
    space_id = func.coalesce(WorkshopSession.space_id, Workshop.space_id)
    query = (
        select(WorkshopSession.id, WorkshopSession.workshop_id, WorkshopSession.starts_at,
               WorkshopSession.ends_at, Workshop.title, Workshop.description, Workshop.materials,
               Workshop.languages, Workshop.min_age, Workshop.max_age,
               Space.name.label("space"), Site.name.label("site"), Site.address)
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .outerjoin(Space, Space.id == space_id)
        .outerjoin(Site, Site.id == Space.site_id)
        .where(WorkshopSession.cancelled_at.is_(None))
        .order_by(WorkshopSession.starts_at, WorkshopSession.id)
    )
    if start is not None:
        query = query.where(WorkshopSession.ends_at > start)
    if end is not None:
        query = query.where(WorkshopSession.starts_at < end)
    rows = uow.session.execute(query).all()

    leaders: dict[int, list[str]] = {}
    ordinal: dict[int, int] = {}  # session id -> its number in the workshop
    counters: dict[int, int] = {}  # workshop id -> how many sessions it has
    if rows:
        workshop_ids = {r.workshop_id for r in rows}
        for r in uow.session.execute(
            select(workshop_leaders.c.workshop_id, StaffMember.display_name)
            .join(StaffMember, StaffMember.id == workshop_leaders.c.staff_id)
            .where(workshop_leaders.c.workshop_id.in_(workshop_ids))
            .order_by(StaffMember.display_name)
        ):
            leaders.setdefault(r.workshop_id, []).append(r.display_name)
        for r in uow.session.execute(
            select(WorkshopSession.id, WorkshopSession.workshop_id)
            .where(WorkshopSession.workshop_id.in_(workshop_ids),
                   WorkshopSession.cancelled_at.is_(None))
            .order_by(WorkshopSession.starts_at, WorkshopSession.id)
        ):
            counters[r.workshop_id] = counters.get(r.workshop_id, 0) + 1
            ordinal[r.id] = counters[r.workshop_id]

    organisation = str(settings.get(uow, "organisation.name") or "").strip() or "Makerspace"
    calendar = Calendar()
    calendar.add("prodid", f"-//Makerspace App//makerspace-app {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{organisation} workshops")
    in_utc = tz.key in _UTC_NAMES
    if not in_utc:
        calendar.add("x-wr-timezone", tz.key)
    if rows and not in_utc:
        first = min(r.starts_at for r in rows).astimezone(tz).date()
        last = max(r.ends_at for r in rows).astimezone(tz).date()
        calendar.add_component(Timezone.from_tzid(
            tz.key, first_date=first - dt.timedelta(days=366),
            last_date=last + dt.timedelta(days=366)))
    stamp = uow.now().astimezone(dt.timezone.utc).replace(microsecond=0)
    shown_zone = dt.timezone.utc if in_utc else tz
    for r in rows:
        event = Event()
        event.add("uid", session_uid(r.id))
        event.add("dtstamp", stamp)
        event.add("dtstart", r.starts_at.astimezone(shown_zone).replace(microsecond=0))
        event.add("dtend", r.ends_at.astimezone(shown_zone).replace(microsecond=0))
        event.add("summary", r.title)
        location = ", ".join(part for part in (r.space, r.site) if part)
        if location:
            event.add("location", location)
        event.add("description", _description(r, ordinal.get(r.id), counters.get(r.workshop_id),
                                              leaders.get(r.workshop_id)))
        event.add("status", "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical(), len(rows)


def _description(r, number: int | None, total: int | None,  # noqa: ANN001
                 leaders: list[str] | None) -> str:
    lines = []
    if r.description:
        lines.append(r.description)
    if number is not None and total:
        lines.append(f"Session {number} of {total}.")
    if leaders:
        lines.append("Led by " + ", ".join(leaders) + ".")
    if r.min_age is not None or r.max_age is not None:
        lines.append(f"Ages {age_range_text(r.min_age, r.max_age)}.")
    if r.languages:
        lines.append("Taught in: " + ", ".join(r.languages) + ".")
    if r.materials:
        lines.append("Materials: " + r.materials)
    if r.address:
        lines.append(r.address)
    return "\n\n".join(lines)


def export_workshops_ics(uow: UnitOfWork, path: str | os.PathLike[str],
                         start: dt.datetime | None = None, end: dt.datetime | None = None) -> int:
    """Write the calendar to ``path`` (replaced whole, never half-written); the event count."""
    data, count = workshops_ics(uow, start, end)
    target = Path(path)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".ics",
                                             dir=target.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as exc:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The calendar could not be written to {path} ({detail}). Choose a "
              "folder you can write to."),
            path=str(target), detail=exc.strerror or str(exc)) from None
    return count
