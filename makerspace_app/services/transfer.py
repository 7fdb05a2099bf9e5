"""CSV import and export of equipment and bookings (participants: participant_csv.py).

Imports check every row first and write nothing if any row is bad (every bad row is reported
with its line number); a dry run checks without writing. Exports write exactly what the
import reads, so a file round-trips.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from makerspace_app.domain.codes import normalise_code
from makerspace_app.domain.enums import EquipmentStatus, StaffRole
from makerspace_app.domain.errors import DomainError
from makerspace_app.domain.text import normalise_text
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Equipment,
    EquipmentCategory,
    Participant,
    Space,
)
from makerspace_app.services import bookings, equipment
from makerspace_app.services.csv_io import (
    ImportRefused,
    ImportReport,
    read_csv,
    write_csv,
)
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

IMPORT = QT_TRANSLATE_NOOP("Actions", "import data")
EXPORT = QT_TRANSLATE_NOOP("Actions", "export data")

EQUIPMENT_COLUMNS = ("asset_tag", "name", "category", "space", "serial_number", "status", "notes")
BOOKING_COLUMNS = ("asset_tag", "badge_code", "start", "end", "notes")


def _run_import(uow: UnitOfWork, rows, apply_row, dry_run: bool) -> ImportReport:  # noqa: ANN001
    """Apply every row inside a savepoint; keep the result only if all rows passed."""
    created = updated = 0
    errors: list[tuple[int, DomainError]] = []
    savepoint = uow.session.begin_nested()
    for line, values in rows:
        try:
            with uow.session.begin_nested():
                if apply_row(values):
                    created += 1
                else:
                    updated += 1
        except DomainError as exc:
            errors.append((line, exc))  # kept whole: a window shows it translated
    if errors or dry_run:
        savepoint.rollback()
    else:
        savepoint.commit()
    if errors:
        raise ImportRefused(errors)
    return ImportReport(created, updated, (), dry_run)


# --- Equipment ---------------------------------------------------------------------------------


def export_equipment(uow: UnitOfWork, path: Path) -> int:
    require(uow, StaffRole.COORDINATOR, EXPORT)
    items = equipment.list_items(uow, include_retired=True)
    count = write_csv(path, EQUIPMENT_COLUMNS, (
        (i.asset_tag, i.name, i.category, i.space, i.serial_number, i.status.value, i.notes) for i in items))
    uow.audit("export", "equipment", None, rows=count)
    return count


def import_equipment(uow: UnitOfWork, source: Path | str, *, dry_run: bool = False) -> ImportReport:
    require(uow, StaffRole.COORDINATOR, IMPORT)
    table = read_csv(source, ("asset_tag", "name", "category"), EQUIPMENT_COLUMNS[3:])
    categories = {name.casefold(): cid for cid, name in uow.session.execute(
        select(EquipmentCategory.id, EquipmentCategory.name))}
    spaces = {name.casefold(): sid for sid, name in uow.session.execute(select(Space.id, Space.name))}

    def apply(values: dict[str, str]) -> bool:
        category = normalise_text(values.get("category"))
        if category.casefold() not in categories:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "unknown category “{name}” (known: {known})"), name=category,
                              known=", ".join(sorted(n for n in categories)) or "none yet")
        space_name = normalise_text(values.get("space"))
        if space_name and space_name.casefold() not in spaces:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "unknown space “{name}”"), name=space_name)
        status_text = normalise_text(values.get("status")).lower().replace(" ", "_") or "available"
        try:
            status = EquipmentStatus(status_text)
        except ValueError:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "status “{value}” should be available, out_of_service or retired"),
                              value=values.get("status", "")) from None
        data = equipment.ItemInput(values.get("asset_tag", ""), values.get("name", ""),
                                   categories[category.casefold()],
                                   spaces.get(space_name.casefold()) if space_name else None,
                                   values.get("serial_number", ""), values.get("notes", ""))
        existing = uow.session.scalar(select(Equipment.id).where(
            func.upper(Equipment.asset_tag) == normalise_text(data.asset_tag).upper()))
        if existing is None:
            row = equipment.add_item(uow, data)
            created = True
        else:
            row = equipment.edit_item(uow, existing, data)
            created = False
        item = uow.session.get(Equipment, row.id)
        item.status = status
        uow.session.flush()
        return created

    report = _run_import(uow, table.rows, apply, dry_run)
    if not dry_run:
        uow.audit("import", "equipment", None, created=report.created, updated=report.updated)
    return report


# --- Bookings ----------------------------------------------------------------------------------


def _parse_time(text: str, tz) -> dt.datetime:  # noqa: ANN001
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "“{value}” is not a date and time like 2026-03-10T16:00"),
                          value=text) from None
    if value.tzinfo is None:  # a local wall-clock time in the makerspace's time zone
        value = value.replace(tzinfo=tz)
    return value


def export_bookings(uow: UnitOfWork, path: Path, start: dt.datetime | None = None,
                    end: dt.datetime | None = None) -> int:
    """Active bookings (from ``start`` on, by default from now) in the import's format."""
    require(uow, StaffRole.COORDINATOR, EXPORT)
    tz = bookings.timezone(uow)
    start = start or uow.now()
    end = end or start + dt.timedelta(days=3650)
    rows = bookings.bookings_between(uow, start, end, include_inactive=False)
    count = write_csv(path, BOOKING_COLUMNS, (
        (r.asset_tag, r.badge_code, r.starts_at.astimezone(tz).isoformat(),
         r.ends_at.astimezone(tz).isoformat(), r.notes) for r in rows))
    uow.audit("export", "booking", None, rows=count)
    return count


def import_bookings(uow: UnitOfWork, source: Path | str, *, dry_run: bool = False) -> ImportReport:
    """A term schedule: every row checked against every booking rule (and the rows before it)."""
    require(uow, StaffRole.COORDINATOR, IMPORT)
    table = read_csv(source, ("asset_tag", "badge_code", "start", "end"), ("notes",))
    tz = bookings.timezone(uow)

    def apply(values: dict[str, str]) -> bool:
        tag = normalise_text(values.get("asset_tag")).upper()
        item = uow.session.scalar(select(Equipment.id).where(func.upper(Equipment.asset_tag) == tag))
        if item is None:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "no item has the asset tag “{tag}”"), tag=tag)
        code = normalise_code(values.get("badge_code", ""))
        person = uow.session.scalar(select(Participant.id).where(Participant.badge_code == code,
                                                                 Participant.erased_at.is_(None)))
        if person is None:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "no participant has the badge code “{code}”"), code=code)
        start = _parse_time(values.get("start", ""), tz)
        end = _parse_time(values.get("end", ""), tz)
        bookings.create_booking(uow, item, person, start, end, values.get("notes", ""))
        return True

    report = _run_import(uow, table.rows, apply, dry_run)
    if not dry_run:
        uow.audit("import", "booking", None, created=report.created)
    return report
