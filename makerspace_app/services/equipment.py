"""Equipment: categories, items, the maintenance log, and taking items out of service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from makerspace_app.domain.enums import (
    ACTIVE_BOOKING_STATUSES,
    EquipmentStatus,
    StaffRole,
)
from makerspace_app.domain.errors import ConflictError, NotFoundError, ValidationError
from makerspace_app.domain.text import escape_like, fold, normalise_text
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Booking,
    Equipment,
    EquipmentCategory,
    MaintenanceRecord,
    Participant,
    Space,
)
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

MANAGE = QT_TRANSLATE_NOOP("Actions", "manage equipment")
LOG_MAINTENANCE = QT_TRANSLATE_NOOP("Actions", "log maintenance")


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    description: str
    requires_certification: bool
    min_age: int | None
    max_booking_minutes: int | None
    certification_valid_days: int | None


@dataclass(frozen=True)
class ItemRow:
    id: int
    asset_tag: str
    name: str
    serial_number: str
    category_id: int
    category: str
    space_id: int | None
    space: str
    status: EquipmentStatus
    notes: str
    has_photo: bool


@dataclass(frozen=True)
class MaintenanceRow:
    id: int
    equipment_id: int
    reported_at: dt.datetime
    resolved_at: dt.datetime | None
    description: str
    takes_out_of_service: bool


@dataclass(frozen=True)
class AffectedBooking:
    """A booking made before its item went out of service, to move or cancel."""

    id: int
    participant_id: int
    participant: str
    starts_at: dt.datetime
    ends_at: dt.datetime


@dataclass(frozen=True)
class MoveOption:
    """Where an affected booking can go: another item of the same category (so the same
    certification and minimum age), at the same time or at its next free slot, that passes
    every booking rule for that participant."""

    equipment_id: int
    equipment: str
    asset_tag: str
    starts_at: dt.datetime
    ends_at: dt.datetime

    def same_time_as(self, booking: AffectedBooking) -> bool:
        return self.starts_at == booking.starts_at and self.ends_at == booking.ends_at


@dataclass(frozen=True)
class ItemInput:
    asset_tag: str
    name: str
    category_id: int
    space_id: int | None = None
    serial_number: str = ""
    notes: str = ""


# --- Categories ---------------------------------------------------------------------------


def _category_row(c: EquipmentCategory) -> CategoryRow:
    return CategoryRow(c.id, c.name, c.description, c.requires_certification, c.min_age,
                       c.max_booking_minutes, c.certification_valid_days)


def list_categories(uow: UnitOfWork) -> list[CategoryRow]:
    return [_category_row(c) for c in
            uow.session.scalars(select(EquipmentCategory).order_by(EquipmentCategory.name))]


def save_category(
    uow: UnitOfWork,
    name: str,
    *,
    category_id: int | None = None,
    description: str = "",
    requires_certification: bool = False,
    min_age: int | None = None,
    max_booking_minutes: int | None = None,
    certification_valid_days: int | None = None,
) -> CategoryRow:
    require(uow, StaffRole.COORDINATOR, MANAGE)
    name = normalise_text(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "An equipment category needs a name, for example “3D printers”."))
    for value, label in ((min_age, "minimum age"), (max_booking_minutes, "longest booking"),
                         (certification_valid_days, "certification validity")):
        if value is not None and value < (0 if label == "minimum age" else 1):
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "The {what} cannot be {value}. Leave it empty for no limit."),
                what=label, value=value)
    # Compared in Python: SQLite's lower() folds ASCII letters only ("Öl" ≠ "öl" there).
    others = uow.session.scalars(select(EquipmentCategory.name).where(
        EquipmentCategory.id != (category_id or -1)))
    if any(other.casefold() == name.casefold() for other in others):
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "There is already a category called “{name}”."), name=name)
    if category_id is None:
        cat = EquipmentCategory(name=name)
        uow.session.add(cat)
    else:
        cat = _get_category(uow, category_id)
    cat.name, cat.description = name, normalise_text(description)
    cat.requires_certification = requires_certification
    cat.min_age, cat.max_booking_minutes = min_age, max_booking_minutes
    cat.certification_valid_days = certification_valid_days
    uow.session.flush()
    uow.audit("create" if category_id is None else "update", "equipment_category", cat.id, name=name)
    return _category_row(cat)


def _get_category(uow: UnitOfWork, category_id: int) -> EquipmentCategory:
    cat = uow.session.get(EquipmentCategory, category_id)
    if cat is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That equipment category no longer exists. Refresh the list."))
    return cat


# --- Items ----------------------------------------------------------------------------------


def _items_query():
    return (
        select(Equipment.id, Equipment.asset_tag, Equipment.name, Equipment.serial_number,
               Equipment.category_id, EquipmentCategory.name.label("category"),
               Equipment.space_id, func.coalesce(Space.name, "").label("space"),
               Equipment.status, Equipment.notes,
               (Equipment.photo.is_not(None)).label("has_photo"))
        .join(EquipmentCategory, EquipmentCategory.id == Equipment.category_id)
        .outerjoin(Space, Space.id == Equipment.space_id)
    )


def _item_row(r) -> ItemRow:
    return ItemRow(r.id, r.asset_tag, r.name, r.serial_number, r.category_id, r.category,
                   r.space_id, r.space, EquipmentStatus(r.status), r.notes, bool(r.has_photo))


def list_items(
    uow: UnitOfWork,
    text: str = "",
    *,
    category_id: int | None = None,
    space_id: int | None = None,
    status: EquipmentStatus | None = None,
    include_retired: bool = False,
) -> list[ItemRow]:
    query = _items_query()
    for word in fold(text).split():
        pattern = f"%{escape_like(word)}%"
        query = query.where(or_(func.lower(Equipment.name).like(pattern, escape="\\"),
                                func.lower(Equipment.asset_tag).like(pattern, escape="\\"),
                                func.lower(EquipmentCategory.name).like(pattern, escape="\\")))
    if category_id is not None:
        query = query.where(Equipment.category_id == category_id)
    if space_id is not None:
        query = query.where(Equipment.space_id == space_id)
    if status is not None:
        query = query.where(Equipment.status == status)
    elif not include_retired:
        query = query.where(Equipment.status != EquipmentStatus.RETIRED)
    return [_item_row(r) for r in uow.session.execute(query.order_by(EquipmentCategory.name, Equipment.name))]


def get_item(uow: UnitOfWork, item_id: int) -> ItemRow:
    row = uow.session.execute(_items_query().where(Equipment.id == item_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That item no longer exists. Refresh the list."))
    return _item_row(row)


def get_item_by_tag(uow: UnitOfWork, asset_tag: str) -> ItemRow:
    row = uow.session.execute(
        _items_query().where(func.upper(Equipment.asset_tag) == normalise_text(asset_tag).upper())
    ).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "No item has the asset tag “{tag}”. Check the label."),
                            tag=asset_tag)
    return _item_row(row)


def _clean_item(uow: UnitOfWork, data: ItemInput, item_id: int | None) -> ItemInput:
    tag = normalise_text(data.asset_tag).upper()
    name = normalise_text(data.name)
    if not tag:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "An item needs an asset tag (the code on its label)."))
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "An item needs a name, for example “Prusa MK4 #2”."))
    if uow.session.get(EquipmentCategory, data.category_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the item's equipment category."))
    if data.space_id is not None and uow.session.get(Space, data.space_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "That space no longer exists. Choose another."))
    clash = uow.session.scalar(select(Equipment.name).where(
        func.upper(Equipment.asset_tag) == tag, Equipment.id != (item_id or -1)))
    if clash is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "The asset tag {tag} is already used by “{other}”. Each item needs its own tag."),
            tag=tag, other=clash)
    return ItemInput(tag, name, data.category_id, data.space_id,
                     normalise_text(data.serial_number), data.notes.strip())


def add_item(uow: UnitOfWork, data: ItemInput) -> ItemRow:
    require(uow, StaffRole.COORDINATOR, MANAGE)
    clean = _clean_item(uow, data, None)
    item = Equipment(asset_tag=clean.asset_tag, name=clean.name, category_id=clean.category_id,
                     space_id=clean.space_id, serial_number=clean.serial_number, notes=clean.notes,
                     status=EquipmentStatus.AVAILABLE, created_at=uow.now())
    uow.session.add(item)
    try:
        uow.session.flush()
    except IntegrityError:  # another desk took the tag in between
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "The asset tag {tag} was just taken on another desk."),
                            tag=clean.asset_tag) from None
    uow.audit("create", "equipment", item.id, asset_tag=clean.asset_tag, name=clean.name)
    return get_item(uow, item.id)


def edit_item(uow: UnitOfWork, item_id: int, data: ItemInput) -> ItemRow:
    require(uow, StaffRole.COORDINATOR, MANAGE)
    item = _get(uow, item_id)
    clean = _clean_item(uow, data, item_id)
    changed = [f for f in ("asset_tag", "name", "category_id", "space_id", "serial_number", "notes")
               if getattr(item, f) != getattr(clean, f)]
    for field in changed:
        setattr(item, field, getattr(clean, field))
    uow.session.flush()
    if changed:
        uow.audit("update", "equipment", item.id, fields=changed)
    return get_item(uow, item.id)


MAX_PHOTO_BYTES = 5 * 1024 * 1024
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def set_photo(uow: UnitOfWork, item_id: int, image: bytes | None) -> None:
    """Store the item's photo (a PNG or JPEG file's bytes), or remove it with ``None``."""
    require(uow, StaffRole.COORDINATOR, MANAGE)
    item = _get(uow, item_id)
    if image is not None:
        if not image.startswith(_IMAGE_SIGNATURES):
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "A photo must be a PNG or JPEG picture. "
                                    "Save it in one of those formats and choose it again."))
        if len(image) > MAX_PHOTO_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "The photo is {size} MB; at most {limit} MB fits. "
                  "Choose a smaller picture."),
                size=round(len(image) / 1024 / 1024, 1), limit=MAX_PHOTO_BYTES // 1024 // 1024)
    item.photo = image
    uow.audit("update", "equipment", item.id, fields=["photo"])


def get_photo(uow: UnitOfWork, item_id: int) -> bytes | None:
    return uow.session.scalar(select(Equipment.photo).where(Equipment.id == item_id))


def retire_item(uow: UnitOfWork, item_id: int) -> list[AffectedBooking]:
    """Retire an item; refused while future bookings hold it (they are listed to move first)."""
    require(uow, StaffRole.COORDINATOR, MANAGE)
    item = _get(uow, item_id)
    affected = affected_bookings(uow, item_id)
    if affected:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "{name} still has {count} future booking(s). Move or cancel them first, "
              "then retire it."), name=item.name, count=len(affected))
    item.status = EquipmentStatus.RETIRED
    uow.audit("retire", "equipment", item.id)
    return []


def reinstate_item(uow: UnitOfWork, item_id: int) -> ItemRow:
    """Put a retired item back in the inventory: it can be booked again."""
    require(uow, StaffRole.COORDINATOR, MANAGE)
    item = _get(uow, item_id)
    if item.status is not EquipmentStatus.RETIRED:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "{name} is not retired, so there is nothing to undo."),
                            name=item.name)
    still_open = _open_out_of_service(uow, item.id)
    item.status = EquipmentStatus.OUT_OF_SERVICE if still_open else EquipmentStatus.AVAILABLE
    uow.session.flush()
    uow.audit("reinstate", "equipment", item.id, status=item.status.value)
    return get_item(uow, item.id)


def _get(uow: UnitOfWork, item_id: int) -> Equipment:
    item = uow.session.get(Equipment, item_id)
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That item no longer exists. Refresh the list."))
    return item


# --- Maintenance and service status -----------------------------------------------------------


def affected_bookings(uow: UnitOfWork, item_id: int) -> list[AffectedBooking]:
    """Active bookings of the item that have not ended yet."""
    rows = uow.session.execute(
        select(Booking.id, Booking.participant_id, Participant.given_name, Participant.family_name,
               Participant.preferred_name, Booking.starts_at, Booking.ends_at)
        .join(Participant, Participant.id == Booking.participant_id)
        .where(Booking.equipment_id == item_id, Booking.status.in_(ACTIVE_BOOKING_STATUSES),
               Booking.ends_at > uow.now())
        .order_by(Booking.starts_at)
    )
    from makerspace_app.services.search import participant_display_name

    return [AffectedBooking(r.id, r.participant_id,
                            participant_display_name(r.given_name, r.family_name, r.preferred_name),
                            r.starts_at, r.ends_at) for r in rows]


def log_maintenance(
    uow: UnitOfWork, item_id: int, description: str, *, takes_out_of_service: bool = False
) -> tuple[MaintenanceRow, list[AffectedBooking]]:
    """Add to the maintenance log. Taking the item out of service refuses new bookings for it
    and returns the bookings already made that it affects, to move or cancel one by one."""
    require(uow, StaffRole.FRONT_DESK, LOG_MAINTENANCE)
    item = _get(uow, item_id)
    description = description.strip()
    if not description:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Describe the maintenance, for example “Nozzle clogged”."))
    if item.status is EquipmentStatus.RETIRED:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "{name} is retired. Put it back in the inventory first."),
                            name=item.name)
    record = MaintenanceRecord(equipment_id=item.id, reported_at=uow.now(), description=description,
                               takes_out_of_service=takes_out_of_service,
                               staff_id=uow.actor.staff_id)
    uow.session.add(record)
    if takes_out_of_service:
        item.status = EquipmentStatus.OUT_OF_SERVICE
    uow.session.flush()
    uow.audit("maintenance", "equipment", item.id, record_id=record.id,
              out_of_service=takes_out_of_service)
    affected = affected_bookings(uow, item.id) if takes_out_of_service else []
    return _maintenance_row(record), affected


def resolve_maintenance(uow: UnitOfWork, record_id: int) -> ItemRow:
    """Close a maintenance record; the item is available again when nothing else keeps it out."""
    require(uow, StaffRole.FRONT_DESK, LOG_MAINTENANCE)
    record = uow.session.get(MaintenanceRecord, record_id)
    if record is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That maintenance record no longer exists."))
    if record.resolved_at is None:
        record.resolved_at = uow.now()
    uow.session.flush()
    still_open = _open_out_of_service(uow, record.equipment_id)
    item = _get(uow, record.equipment_id)
    if not still_open and item.status is EquipmentStatus.OUT_OF_SERVICE:
        item.status = EquipmentStatus.AVAILABLE
    uow.audit("maintenance_resolved", "equipment", item.id, record_id=record.id)
    return get_item(uow, item.id)


def _open_out_of_service(uow: UnitOfWork, item_id: int) -> int:
    """How many unresolved maintenance records keep the item out of service."""
    return uow.session.scalar(select(func.count()).select_from(MaintenanceRecord).where(
        and_(MaintenanceRecord.equipment_id == item_id,
             MaintenanceRecord.takes_out_of_service.is_(True),
             MaintenanceRecord.resolved_at.is_(None)))) or 0


def return_to_service(uow: UnitOfWork, item_id: int) -> ItemRow:
    """Back in service: resolve every open record that keeps the item out, make it available."""
    require(uow, StaffRole.FRONT_DESK, LOG_MAINTENANCE)
    item = _get(uow, item_id)
    if item.status is EquipmentStatus.RETIRED:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "{name} is retired. Put it back in the inventory first."),
                            name=item.name)
    if item.status is not EquipmentStatus.OUT_OF_SERVICE:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "{name} is already in service."), name=item.name)
    now = uow.now()
    records = uow.session.scalars(select(MaintenanceRecord).where(
        MaintenanceRecord.equipment_id == item.id, MaintenanceRecord.takes_out_of_service.is_(True),
        MaintenanceRecord.resolved_at.is_(None))).all()
    for record in records:
        record.resolved_at = now
    item.status = EquipmentStatus.AVAILABLE
    uow.session.flush()
    uow.audit("back_in_service", "equipment", item.id, resolved=[r.id for r in records])
    return get_item(uow, item.id)


def move_options(uow: UnitOfWork, booking_id: int, limit: int = 1) -> list[MoveOption]:
    """Where a booking of an item going out of service (or being retired) can move.

    Other available items of the same category, each checked against every booking rule for
    that participant (certification, age, hours, quota, overlap): first those free at the same
    time, then the next free slot of the same length on one of them. Best first, at most
    ``limit``. Nothing is written."""
    from makerspace_app.services import bookings

    booking = uow.session.get(Booking, booking_id)
    if booking is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That booking no longer exists. Refresh the view."))
    item = _get(uow, booking.equipment_id)
    candidates = uow.session.execute(
        select(Equipment.id, Equipment.name, Equipment.asset_tag).where(
            Equipment.category_id == item.category_id, Equipment.id != item.id,
            Equipment.status == EquipmentStatus.AVAILABLE)
        .order_by(Equipment.name, Equipment.id)).all()
    start, end = booking.starts_at, booking.ends_at
    same_time: list[MoveOption] = []
    later: list[MoveOption] = []
    for candidate in candidates:
        try:
            bookings.check_booking(uow, candidate.id, booking.participant_id, start, end, booking.id)
        except bookings.BookingRefused as refused:
            slot = refused.next_free
            if slot is None or slot.start == start or not _later_slot_fits(slot, start, end):
                continue
            try:
                bookings.check_booking(uow, candidate.id, booking.participant_id, slot.start,
                                       slot.end, booking.id)
            except bookings.BookingRefused:
                continue
            later.append(MoveOption(candidate.id, candidate.name, candidate.asset_tag,
                                    slot.start, slot.end))
        else:
            same_time.append(MoveOption(candidate.id, candidate.name, candidate.asset_tag, start, end))
            if len(same_time) >= limit:
                break
    later.sort(key=lambda o: (o.starts_at, o.equipment))
    return (same_time + later)[:limit]


def _later_slot_fits(slot, start: dt.datetime, end: dt.datetime) -> bool:
    """A suggested slot keeps the booking's length and does not start before it."""
    return slot.end - slot.start == end - start and slot.start >= start


def maintenance_log(uow: UnitOfWork, item_id: int) -> list[MaintenanceRow]:
    rows = uow.session.scalars(select(MaintenanceRecord).where(MaintenanceRecord.equipment_id == item_id)
                               .order_by(MaintenanceRecord.reported_at.desc()))
    return [_maintenance_row(r) for r in rows]


def _maintenance_row(r: MaintenanceRecord) -> MaintenanceRow:
    return MaintenanceRow(r.id, r.equipment_id, r.reported_at, r.resolved_at, r.description,
                          r.takes_out_of_service)
