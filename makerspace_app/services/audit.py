"""The audit log: who changed what and when, for coordinators to read, filter and export.

Every change the services make is recorded with ``uow.audit`` (see services/uow.py): the
acting staff member (or ``system:<os user>`` for a headless command), the action, the kind of
record and its id, and details that name fields and ids, never passwords or an erased
participant's personal data. This module only reads it; exporting it is itself audited.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import AuditEvent, StaffMember
from makerspace_app.services import csv_io, settings
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

ACTION_VIEW = QT_TRANSLATE_NOOP("Actions", "read the audit log")
ACTION_EXPORT = QT_TRANSLATE_NOOP("Actions", "export the audit log")
PAGE_SIZE = 500
MAX_TEXT = 200  # longest filter text accepted
CSV_HEADER = ("when_utc", "when_local", "staff", "user_name", "action", "record", "record_id",
              "details")


@dataclass(frozen=True)
class AuditFilter:
    """What to show. Days are in the makerspace's time zone and include both ends."""

    first_day: dt.date | None = None
    last_day: dt.date | None = None
    actor: str = ""  # a user name ("amira") or a command's "system:<os user>"; "" is anyone
    action: str = ""  # "" is any action
    entity: str = ""  # a kind of record ("participant", "booking"...); "" is any
    entity_id: int | None = None  # one record of that kind


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC
    actor: str  # user name, or system:<os user>
    staff_name: str  # display name when the actor is a staff account, else the actor
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any] = field(default_factory=dict)

    def details_text(self) -> str:
        """The details as one line, keys in the order they were recorded."""
        return "; ".join(f"{k}: {_value_text(v)}" for k, v in self.details.items())


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int  # how many events match the filter (rows holds at most ``limit`` of them)


@dataclass(frozen=True)
class AuditChoices:
    """What the filter lists offer: values that occur in the log."""

    actors: list[tuple[str, str]]  # (actor, shown name)
    actions: list[str]
    entities: list[str]


def _value_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(v) for v in value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _clean_text(value: str, what: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The {what} filter must be text."), what=what
        )
    value = value.strip()
    if len(value) > MAX_TEXT or "\x00" in value:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The {what} filter is too long (at most {n} characters). Shorten it.",
            ),
            what=what,
            n=MAX_TEXT,
        )
    return value


def _check(filt: AuditFilter) -> AuditFilter:
    for day in (filt.first_day, filt.last_day):
        if day is not None and not isinstance(day, dt.date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "A day in the audit filter must be a date.")
            )
    if filt.first_day and filt.last_day and filt.first_day > filt.last_day:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The first day ({first}) is after the last day ({last}). Swap them.",
            ),
            first=filt.first_day.isoformat(),
            last=filt.last_day.isoformat(),
        )
    entity_id = filt.entity_id
    if entity_id is not None and (
        isinstance(entity_id, bool) or not isinstance(entity_id, int)
        or not 0 < entity_id < 2**63
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "A record number is a whole number from 1 up, for example 42."
            )
        )
    return AuditFilter(
        filt.first_day,
        filt.last_day,
        _clean_text(filt.actor, "staff"),
        _clean_text(filt.action, "action"),
        _clean_text(filt.entity, "record"),
        entity_id,
    )


def _filtered(uow: UnitOfWork, query: Select, filt: AuditFilter) -> Select:
    tz = settings.timezone(uow)
    if filt.first_day is not None:
        query = query.where(AuditEvent.at >= local_to_utc(filt.first_day, dt.time(0), tz))
    if filt.last_day is not None and filt.last_day < dt.date.max:
        next_day = filt.last_day + dt.timedelta(days=1)
        query = query.where(AuditEvent.at < local_to_utc(next_day, dt.time(0), tz))
    if filt.actor:
        query = query.where(AuditEvent.actor == filt.actor)
    if filt.action:
        query = query.where(AuditEvent.action == filt.action)
    if filt.entity:
        query = query.where(AuditEvent.entity == filt.entity)
    if filt.entity_id is not None:
        query = query.where(AuditEvent.entity_id == filt.entity_id)
    return query


def _select() -> Select:
    return select(
        AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.entity,
        AuditEvent.entity_id, AuditEvent.details, StaffMember.display_name,
    ).outerjoin(StaffMember, StaffMember.id == AuditEvent.staff_id)


def _as_utc(value: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; they were stored in UTC.
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _row(r: Any) -> AuditRow:
    details = r.details if isinstance(r.details, dict) else {}
    return AuditRow(r.id, _as_utc(r.at), r.actor, r.display_name or r.actor, r.action, r.entity,
                    r.entity_id, details)


def list_events(
    uow: UnitOfWork, filt: AuditFilter | None = None, *, limit: int = PAGE_SIZE, offset: int = 0
) -> AuditPage:
    """Matching events, newest first, at most ``limit`` of them, with the total count."""
    require(uow, StaffRole.COORDINATOR, ACTION_VIEW)
    filt = _check(filt or AuditFilter())
    limit = max(1, min(int(limit), 10_000))
    offset = max(0, int(offset))
    total = uow.session.scalar(
        _filtered(uow, select(func.count()).select_from(AuditEvent), filt)
    ) or 0
    rows = uow.session.execute(
        _filtered(uow, _select(), filt)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return AuditPage([_row(r) for r in rows], total)


def choices(uow: UnitOfWork) -> AuditChoices:
    """The staff, actions and kinds of record that occur in the log, for the filter lists."""
    require(uow, StaffRole.COORDINATOR, ACTION_VIEW)
    actors = uow.session.execute(
        select(AuditEvent.actor, func.max(StaffMember.display_name))
        .outerjoin(StaffMember, StaffMember.id == AuditEvent.staff_id)
        .group_by(AuditEvent.actor)
        .order_by(AuditEvent.actor)
    ).all()
    actions = uow.session.scalars(
        select(AuditEvent.action).distinct().order_by(AuditEvent.action)
    ).all()
    entities = uow.session.scalars(
        select(AuditEvent.entity).distinct().order_by(AuditEvent.entity)
    ).all()
    return AuditChoices(
        [(a, name or a) for a, name in actors], list(actions), list(entities)
    )


def export_csv(uow: UnitOfWork, path: Path | str, filt: AuditFilter | None = None) -> int:
    """Write the matching events to a CSV file (UTF-8 with BOM, oldest first). The export is
    itself recorded. Returns the number of events written."""
    require(uow, StaffRole.COORDINATOR, ACTION_EXPORT)
    filt = _check(filt or AuditFilter())
    path = Path(path)
    if path.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is a folder. Give a file name, for example audit.csv."
            ),
            path=str(path),
        )
    tz = settings.timezone(uow)
    rows = uow.session.execute(
        _filtered(uow, _select(), filt).order_by(AuditEvent.at, AuditEvent.id)
    )

    def lines():
        for r in rows:
            row = _row(r)
            yield (
                row.at.isoformat(timespec="seconds"),
                row.at.astimezone(tz).isoformat(timespec="seconds"),
                row.staff_name,
                row.actor,
                row.action,
                row.entity,
                row.entity_id,
                json.dumps(row.details, ensure_ascii=False, sort_keys=True, default=str),
            )

    count = csv_io.write_csv(path, CSV_HEADER, lines())
    used = {
        "first_day": filt.first_day.isoformat() if filt.first_day else None,
        "last_day": filt.last_day.isoformat() if filt.last_day else None,
        "staff": filt.actor or None,
        "filter_action": filt.action or None,
        "record": filt.entity or None,
        "record_id": filt.entity_id,
    }
    uow.audit("export", "audit_log", None, rows=count,
              **{k: v for k, v in used.items() if v is not None})
    return count
