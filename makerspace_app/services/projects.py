"""Projects: what participants made, with its story, photos, files and the equipment used.

Photos are guarded twice: the ui warns before any photo is attached (the call is refused
unless that warning was acknowledged), and every person shown must have current photo
consent. Withdrawing photo consent later deletes the photos showing the person
(services/consent.py). Thumbnails are made by the caller (the ui has Qt); this module only
stores them, so it stays free of image libraries.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import aliased

from makerspace_app.domain.enums import (
    BookingStatus,
    ConsentKind,
    ProjectStatus,
    StaffRole,
)
from makerspace_app.domain.errors import ConflictError, NotFoundError, ValidationError
from makerspace_app.domain.text import escape_like, fold, normalise_text, search_key
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Booking,
    ConsentRecord,
    Equipment,
    EquipmentCategory,
    Participant,
    Project,
    ProjectEquipment,
    ProjectFile,
    ProjectPhoto,
    Workshop,
    project_members,
    project_photo_people,
)
from makerspace_app.services.permissions import require
from makerspace_app.services.search import participant_display_name
from makerspace_app.services.uow import UnitOfWork

#: ``fold`` for sorting names and titles the gallery shows again on every refresh (each
#: keystroke of a search): folding 2,000 workshop titles anew took about 100 ms of UI time.
_sort_key = lru_cache(maxsize=16384)(fold)

ACTION_EDIT = QT_TRANSLATE_NOOP("Actions", "create or edit projects")
ACTION_PHOTOS = QT_TRANSLATE_NOOP("Actions", "add project photos")
ACTION_LOOK_UP = QT_TRANSLATE_NOOP("Actions", "look at projects")
ACTION_DELETE = QT_TRANSLATE_NOOP("Actions", "remove projects")

MAX_TITLE = 300
MAX_TEXT = 20_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PHOTO_BYTES = 20 * 1024 * 1024
MAX_THUMBNAIL_BYTES = 1024 * 1024
MAX_FILENAME = 300
_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*$")

STATUS_NAMES = {
    ProjectStatus.IDEA: QT_TRANSLATE_NOOP("Projects", "idea"),
    ProjectStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Projects", "in progress"),
    ProjectStatus.FINISHED: QT_TRANSLATE_NOOP("Projects", "finished"),
    ProjectStatus.EXHIBITED: QT_TRANSLATE_NOOP("Projects", "exhibited"),
}

# Booking states in which something may have been made with the item.
_USED_BOOKING_STATUSES = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN, BookingStatus.COMPLETED)


# --- Values in and out ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectInput:
    title: str
    description: str = ""
    status: ProjectStatus | str = ProjectStatus.IDEA
    materials: str = ""
    team: tuple[int, ...] = ()  # participant ids
    workshop_id: int | None = None


@dataclass(frozen=True)
class TeamMember:
    participant_id: int
    display_name: str


@dataclass(frozen=True)
class EquipmentUse:
    id: int
    equipment_id: int
    equipment_name: str
    asset_tag: str
    category_name: str
    booking_id: int | None
    booking_starts_at: dt.datetime | None
    booking_participant: str  # who the booking was for ("" without a booking)


@dataclass(frozen=True)
class PhotoRow:
    id: int
    caption: str
    thumbnail: bytes | None
    people_shown: tuple[TeamMember, ...]
    added_at: dt.datetime


@dataclass(frozen=True)
class FileRow:
    id: int
    filename: str
    media_type: str
    size: int  # bytes
    added_at: dt.datetime


@dataclass(frozen=True)
class ProjectRow:
    id: int
    title: str
    description: str
    status: ProjectStatus
    materials: str
    workshop_id: int | None
    workshop_title: str
    team: tuple[TeamMember, ...]
    created_at: dt.datetime
    updated_at: dt.datetime

    def as_input(self) -> ProjectInput:
        return ProjectInput(self.title, self.description, self.status, self.materials,
                            tuple(m.participant_id for m in self.team), self.workshop_id)


@dataclass(frozen=True)
class GalleryRow:
    id: int
    title: str
    status: ProjectStatus
    workshop_id: int | None
    workshop_title: str
    team_names: tuple[str, ...]
    thumbnail: bytes | None  # of the first photo that has one
    photo_count: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class ProjectPage:
    """Everything a project's page shows (photo images and file contents load on demand)."""

    project: ProjectRow
    equipment: tuple[EquipmentUse, ...]
    photos: tuple[PhotoRow, ...]
    files: tuple[FileRow, ...]


# --- Helpers -------------------------------------------------------------------------------------


def _not_found(project_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("DomainError", "There is no project number {id}. It may have been removed; refresh the "
          "gallery."), id=project_id)


def _load(uow: UnitOfWork, project_id: int) -> Project:
    project = uow.session.get(Project, project_id)
    if project is None:
        raise _not_found(project_id)
    return project


def _text(value: str | None, label: str, limit: int = MAX_TEXT) -> str:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{label} must be text, not {type(value).__name__}")
    text = unicodedata.normalize("NFC", (value or "").replace("\r\n", "\n").replace("\r", "\n"))
    text = text.strip()
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The {label} is too long ({length} characters; at most {limit}). "
              "Shorten it."), label=label, length=len(text), limit=limit, field=label)
    return text


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


def _names(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {r.id: participant_display_name(r.given_name, r.family_name, r.preferred_name)
            for r in uow.session.execute(
                select(Participant.id, Participant.given_name, Participant.family_name,
                       Participant.preferred_name).where(Participant.id.in_(list(ids))))}


def _check_people(uow: UnitOfWork, ids: Sequence[int], field: str) -> tuple[int, ...]:
    if isinstance(ids, int):
        raise TypeError(f"{field} must be a sequence of participant ids")
    unique = tuple(dict.fromkeys(int(i) for i in ids))
    if not unique:
        return unique
    found = {r.id: r.erased_at for r in uow.session.execute(
        select(Participant.id, Participant.erased_at).where(Participant.id.in_(unique)))}
    for pid in unique:
        if pid not in found:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "There is no participant number {id}. Search for the person "
                  "again."), id=pid, field=field)
        if found[pid] is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Participant number {id} was erased and cannot be named on a "
                  "project. Leave them out."), id=pid, field=field)
    return unique


def _touch(uow: UnitOfWork, project: Project) -> None:
    project.updated_at = uow.now()


# --- Projects -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Clean:
    title: str
    description: str
    status: ProjectStatus
    materials: str
    team: tuple[int, ...]
    workshop_id: int | None


def _clean(uow: UnitOfWork, data: ProjectInput) -> _Clean:
    title = normalise_text(data.title)
    if not title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A project needs a title, for example “Solar-powered lamp”."),
            field="title")
    if len(title) > MAX_TITLE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The title is too long ({length} characters; at most {limit}). "
              "Shorten it and tell the rest in the description."),
            length=len(title), limit=MAX_TITLE, field="title")
    try:
        status = ProjectStatus(data.status)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "“{value}” is not a project status. Choose one of: {choices}."),
            value=str(data.status), choices=", ".join(s.value for s in ProjectStatus),
            field="status") from None
    if data.workshop_id is not None and uow.session.get(Workshop, data.workshop_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no workshop number {id}. Choose the workshop from the "
              "list, or leave it empty."), id=data.workshop_id, field="workshop_id")
    return _Clean(title, _text(data.description, "description"), status,
                  _text(data.materials, "materials"), _check_people(uow, data.team, "team"),
                  data.workshop_id)


def _set_team(uow: UnitOfWork, project_id: int, team: Sequence[int]) -> bool:
    current = set(uow.session.scalars(select(project_members.c.participant_id)
                                      .where(project_members.c.project_id == project_id)))
    wanted = set(team)
    if current == wanted:
        return False
    if current - wanted:
        uow.session.execute(delete(project_members).where(
            project_members.c.project_id == project_id,
            project_members.c.participant_id.in_(current - wanted)))
    if wanted - current:
        uow.session.execute(insert(project_members), [
            {"project_id": project_id, "participant_id": pid} for pid in sorted(wanted - current)])
    return True


def _load_own(uow: UnitOfWork, project_id: int, action: str,
              new_workshop_id: int | None = None) -> Project:
    """The project, if the acting staff member may change it: a workshop leader only the
    projects of workshops they lead (and projects of no workshop); coordinators and admins
    any. ``new_workshop_id``: the workshop an edit moves the project to is checked too."""
    from makerspace_app.services.workshops import require_leads

    project = _load(uow, project_id)
    for workshop_id in {project.workshop_id, new_workshop_id} - {None}:
        require_leads(uow, workshop_id, action)
    return project


def create_project(uow: UnitOfWork, data: ProjectInput) -> ProjectRow:
    require(uow, StaffRole.WORKSHOP_LEADER, ACTION_EDIT)
    clean = _clean(uow, data)
    if clean.workshop_id is not None:
        from makerspace_app.services.workshops import require_leads

        require_leads(uow, clean.workshop_id, ACTION_EDIT)
    now = uow.now()
    project = Project(title=clean.title, description=clean.description, status=clean.status,
                      materials=clean.materials, workshop_id=clean.workshop_id,
                      search_text=search_key(clean.title, clean.description), created_at=now,
                      updated_at=now)
    uow.session.add(project)
    uow.session.flush()
    _set_team(uow, project.id, clean.team)
    uow.audit("create", "project", project.id, title=clean.title, status=clean.status.value,
              team=list(clean.team), workshop_id=clean.workshop_id)
    return get_project(uow, project.id)


def edit_project(uow: UnitOfWork, project_id: int, data: ProjectInput) -> ProjectRow:
    """Replace the project's fields and team (start from ``row.as_input()``)."""
    require(uow, StaffRole.WORKSHOP_LEADER, ACTION_EDIT)
    clean = _clean(uow, data)
    project = _load_own(uow, project_id, ACTION_EDIT, clean.workshop_id)
    values = {"title": clean.title, "description": clean.description, "status": clean.status,
              "materials": clean.materials, "workshop_id": clean.workshop_id}
    changed = [name for name, value in values.items() if getattr(project, name) != value]
    for name, value in values.items():
        setattr(project, name, value)
    project.search_text = search_key(clean.title, clean.description)
    if _set_team(uow, project.id, clean.team):
        changed.append("team")
    if changed:
        _touch(uow, project)
        uow.session.flush()
        uow.audit("update", "project", project.id, fields=changed)
    return get_project(uow, project.id)


def delete_project(uow: UnitOfWork, project_id: int) -> str:
    """Remove a project with its photos, files and equipment list (the bookings stay).
    Returns its title. Coordinators and admins only: a team's work is not lost by accident."""
    require(uow, StaffRole.COORDINATOR, ACTION_DELETE)
    project = _load(uow, project_id)
    title = project.title
    counts = {
        "photos": uow.session.scalar(select(func.count(ProjectPhoto.id))
                                     .where(ProjectPhoto.project_id == project_id)) or 0,
        "files": uow.session.scalar(select(func.count(ProjectFile.id))
                                    .where(ProjectFile.project_id == project_id)) or 0,
    }
    photo_ids = select(ProjectPhoto.id).where(ProjectPhoto.project_id == project_id)
    uow.session.execute(delete(project_photo_people)
                        .where(project_photo_people.c.photo_id.in_(photo_ids)))
    for table in (ProjectPhoto, ProjectFile, ProjectEquipment):
        uow.session.execute(delete(table).where(table.project_id == project_id))
    uow.session.execute(delete(project_members).where(project_members.c.project_id == project_id))
    uow.session.execute(delete(Project).where(Project.id == project_id))
    uow.session.expunge(project)
    uow.session.flush()
    uow.audit("delete", "project", project_id, title=title, **counts)
    return title


def set_project_status(uow: UnitOfWork, project_id: int, status: ProjectStatus | str) -> ProjectRow:
    current = get_project(uow, project_id)
    return edit_project(uow, project_id, replace(current.as_input(), status=status))


def get_project(uow: UnitOfWork, project_id: int) -> ProjectRow:
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    row = uow.session.execute(
        select(Project.id, Project.title, Project.description, Project.status, Project.materials,
               Project.workshop_id, Workshop.title.label("workshop_title"), Project.created_at,
               Project.updated_at)
        .outerjoin(Workshop, Workshop.id == Project.workshop_id)
        .where(Project.id == project_id)
    ).first()
    if row is None:
        raise _not_found(project_id)
    team = uow.session.execute(
        select(Participant.id, Participant.given_name, Participant.family_name,
               Participant.preferred_name)
        .join(project_members, project_members.c.participant_id == Participant.id)
        .where(project_members.c.project_id == project_id)
    )
    members = sorted(
        (TeamMember(r.id, participant_display_name(r.given_name, r.family_name, r.preferred_name))
         for r in team), key=lambda m: (fold(m.display_name), m.participant_id))
    return ProjectRow(row.id, row.title, row.description, ProjectStatus(row.status),
                      row.materials, row.workshop_id, row.workshop_title or "", tuple(members),
                      row.created_at, row.updated_at)


# --- Equipment used ------------------------------------------------------------------------------


def add_equipment_use(uow: UnitOfWork, project_id: int, equipment_id: int,
                      booking_id: int | None = None) -> EquipmentUse:
    """Record an item used for the project, optionally the booking it was used in: that
    booking must be of this item and for a member of the team."""
    require(uow, StaffRole.WORKSHOP_LEADER, ACTION_EDIT)
    project = _load_own(uow, project_id, ACTION_EDIT)
    item = uow.session.get(Equipment, equipment_id)
    if item is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no item number {id}. Choose the equipment from the list."),
            id=equipment_id, field="equipment_id")
    if booking_id is not None:
        booking = uow.session.get(Booking, booking_id)
        if booking is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "There is no booking number {id}. Choose one of the team's "
                  "bookings, or leave the booking empty."), id=booking_id, field="booking_id")
        if booking.equipment_id != equipment_id:
            booked_item = uow.session.get(Equipment, booking.equipment_id)
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Booking number {booking} was for {booked}, not {item}. Choose a "
                  "booking of {item}, or record {booked} instead."),
                booking=booking_id, booked=booked_item.name if booked_item else "another item",
                item=item.name, field="booking_id")
        team = set(uow.session.scalars(select(project_members.c.participant_id)
                                       .where(project_members.c.project_id == project.id)))
        if booking.participant_id not in team:
            who = _names(uow, [booking.participant_id]).get(booking.participant_id, "")
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Booking number {booking} was for {person}, who is not in the "
                  "project's team. Add them to the team first, or choose a team member's "
                  "booking."), booking=booking_id, person=who, field="booking_id")
        if booking.status not in _USED_BOOKING_STATUSES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Booking number {booking} is {status}, so nothing was made in "
                  "it. Choose another booking, or leave the booking empty."),
                booking=booking_id, status=booking.status.value.replace("_", " "),
                field="booking_id")
    duplicate = uow.session.scalar(select(ProjectEquipment.id).where(
        ProjectEquipment.project_id == project.id, ProjectEquipment.equipment_id == equipment_id,
        ProjectEquipment.booking_id.is_(None) if booking_id is None
        else ProjectEquipment.booking_id == booking_id))
    if duplicate is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "{item} is already listed for this project{booking}. Nothing to "
              "do."), item=item.name,
            booking="" if booking_id is None else f" with booking number {booking_id}")
    use = ProjectEquipment(project_id=project.id, equipment_id=equipment_id,
                           booking_id=booking_id)
    uow.session.add(use)
    _touch(uow, project)
    uow.session.flush()
    uow.audit("add_equipment", "project", project.id, equipment_id=equipment_id,
              booking_id=booking_id)
    return _equipment_uses(uow, project.id, use.id)[0]


def remove_equipment_use(uow: UnitOfWork, use_id: int) -> None:
    require(uow, StaffRole.WORKSHOP_LEADER, ACTION_EDIT)
    use = uow.session.get(ProjectEquipment, use_id)
    if use is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That equipment is no longer listed on the project. "
                              "Refresh the page."))
    project = _load_own(uow, use.project_id, ACTION_EDIT)
    uow.session.delete(use)
    _touch(uow, project)
    uow.session.flush()
    uow.audit("remove_equipment", "project", project.id, equipment_id=use.equipment_id,
              booking_id=use.booking_id)


def _equipment_uses(uow: UnitOfWork, project_id: int, use_id: int | None = None) -> list[EquipmentUse]:
    query = (
        select(ProjectEquipment.id, ProjectEquipment.equipment_id, Equipment.name,
               Equipment.asset_tag, EquipmentCategory.name.label("category"),
               ProjectEquipment.booking_id, Booking.starts_at, Participant.given_name,
               Participant.family_name, Participant.preferred_name)
        .join(Equipment, Equipment.id == ProjectEquipment.equipment_id)
        .join(EquipmentCategory, EquipmentCategory.id == Equipment.category_id)
        .outerjoin(Booking, Booking.id == ProjectEquipment.booking_id)
        .outerjoin(Participant, Participant.id == Booking.participant_id)
        .where(ProjectEquipment.project_id == project_id)
        .order_by(Equipment.name, Booking.starts_at, ProjectEquipment.id)
    )
    if use_id is not None:
        query = query.where(ProjectEquipment.id == use_id)
    return [
        EquipmentUse(r.id, r.equipment_id, r.name, r.asset_tag, r.category, r.booking_id,
                     r.starts_at,
                     participant_display_name(r.given_name or "", r.family_name or "",
                                              r.preferred_name or ""))
        for r in uow.session.execute(query)
    ]


@dataclass(frozen=True)
class BookingChoice:
    """A booking of a team member in which the project may have been made."""

    booking_id: int
    equipment_id: int
    equipment_name: str
    asset_tag: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    participant_id: int
    participant_name: str
    already_listed: bool  # this booking is already recorded on the project


def team_bookings(uow: UnitOfWork, project_id: int, limit: int = 200) -> list[BookingChoice]:
    """The bookings of the project's team (booked, checked in or completed), newest first:
    the choices for "equipment used". One query for the bookings, one for the team."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    _load(uow, project_id)
    team = list(uow.session.scalars(select(project_members.c.participant_id)
                                    .where(project_members.c.project_id == project_id)))
    if not team:
        return []
    listed = (select(ProjectEquipment.id)
              .where(ProjectEquipment.project_id == project_id,
                     ProjectEquipment.booking_id == Booking.id)
              .exists())
    rows = uow.session.execute(
        select(Booking.id, Booking.equipment_id, Equipment.name, Equipment.asset_tag,
               Booking.starts_at, Booking.ends_at, Booking.participant_id,
               Participant.given_name, Participant.family_name, Participant.preferred_name,
               listed.label("listed"))
        .join(Equipment, Equipment.id == Booking.equipment_id)
        .join(Participant, Participant.id == Booking.participant_id)
        .where(Booking.participant_id.in_(team), Booking.status.in_(_USED_BOOKING_STATUSES))
        .order_by(Booking.starts_at.desc(), Booking.id.desc())
        .limit(max(0, limit)))
    return [
        BookingChoice(r.id, r.equipment_id, r.name, r.asset_tag, r.starts_at, r.ends_at,
                      r.participant_id,
                      participant_display_name(r.given_name, r.family_name, r.preferred_name),
                      bool(r.listed))
        for r in rows
    ]


# --- Photos -------------------------------------------------------------------------------------


def _image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def _check_image(data: object, limit: int, what: str) -> bytes:
    if not isinstance(data, bytes | bytearray) or not data or _image_kind(bytes(data)) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The {what} is not a PNG, JPEG, GIF or WebP image. Save it in one of "
              "those formats and try again."), what=what)
    if len(data) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The {what} is too large ({size} MB; at most {limit} MB). Make it "
              "smaller and try again."),
            what=what, size=_megabytes(len(data)), limit=limit // 1024 // 1024 or 1)
    return bytes(data)


def _without_photo_consent(uow: UnitOfWork, people: Sequence[int]) -> list[int]:
    if not people:
        return []
    now = uow.now()
    consenting = set(uow.session.scalars(select(ConsentRecord.participant_id).where(
        ConsentRecord.participant_id.in_(list(people)), ConsentRecord.kind == ConsentKind.PHOTO,
        ConsentRecord.withdrawn_at.is_(None), ConsentRecord.given_at <= now)))
    return [pid for pid in people if pid not in consenting]


def without_photo_consent(uow: UnitOfWork, people: Sequence[int]) -> list[TeamMember]:
    """Who of ``people`` has no current photo consent (a photo showing them is refused)."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    ids = list(dict.fromkeys(int(i) for i in people))
    missing = _without_photo_consent(uow, ids)
    names = _names(uow, missing)
    return [TeamMember(pid, names.get(pid, "")) for pid in missing]


def add_photo(
    uow: UnitOfWork,
    project_id: int,
    image_bytes: bytes,
    caption: str,
    people_shown: list[int],
    acknowledged_warning: bool,
    thumbnail: bytes | None = None,
) -> PhotoRow:
    """Attach a photo (PNG, JPEG, GIF or WebP, at most 20 MB) with an optional thumbnail.

    Refused unless the photo warning was acknowledged, and when anyone listed in
    ``people_shown`` has no current photo consent (they are named).
    """
    require(uow, StaffRole.WORKSHOP_LEADER, ACTION_PHOTOS)
    if acknowledged_warning is not True:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Before attaching a photo, read the warning and confirm it: "
              "everyone recognisable in it must be listed and have photo consent. Then add the "
              "photo again."), field="acknowledged_warning")
    project = _load_own(uow, project_id, ACTION_PHOTOS)
    image = _check_image(image_bytes, MAX_PHOTO_BYTES, "photo")
    thumb = None if thumbnail is None else _check_image(thumbnail, MAX_THUMBNAIL_BYTES,
                                                        "thumbnail")
    text = _text(caption, "caption", 2000)
    shown = _check_people(uow, people_shown, "people_shown")
    missing = _without_photo_consent(uow, shown)
    if missing:
        names = _names(uow, missing)
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "No current photo consent for: {names}. Record their photo consent "
              "first (given by them or their guardian), or choose a photo without them."),
            names=", ".join(names[pid] for pid in missing), participant_ids=missing,
            field="people_shown")
    photo = ProjectPhoto(project_id=project.id, caption=text, image=image, thumbnail=thumb,
                         added_by_staff_id=uow.actor.staff_id, added_at=uow.now())
    uow.session.add(photo)
    uow.session.flush()
    if shown:
        uow.session.execute(insert(project_photo_people), [
            {"photo_id": photo.id, "participant_id": pid} for pid in shown])
    _touch(uow, project)
    uow.session.flush()
    uow.audit("add_photo", "project", project.id, photo_id=photo.id, people_shown=list(shown),
              size=len(image))
    return _photos(uow, project.id, photo.id)[0]


def remove_photo(uow: UnitOfWork, photo_id: int) -> None:
    require(uow, StaffRole.WORKSHOP_LEADER, ACTION_PHOTOS)
    photo = uow.session.get(ProjectPhoto, photo_id)
    if photo is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That photo is no longer on the project. Refresh "
                              "the page."))
    project = _load_own(uow, photo.project_id, ACTION_PHOTOS)
    uow.session.execute(delete(project_photo_people).where(
        project_photo_people.c.photo_id == photo_id))
    uow.session.execute(delete(ProjectPhoto).where(ProjectPhoto.id == photo_id))
    _touch(uow, project)
    uow.session.flush()
    uow.audit("remove_photo", "project", project.id, photo_id=photo_id)


def get_photo_image(uow: UnitOfWork, photo_id: int) -> bytes:
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    image = uow.session.scalar(select(ProjectPhoto.image).where(ProjectPhoto.id == photo_id))
    if image is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That photo is no longer on the project. Refresh "
                              "the page."))
    return image


def _photos(uow: UnitOfWork, project_id: int, photo_id: int | None = None) -> list[PhotoRow]:
    query = (select(ProjectPhoto.id, ProjectPhoto.caption, ProjectPhoto.thumbnail,
                    ProjectPhoto.added_at)
             .where(ProjectPhoto.project_id == project_id)
             .order_by(ProjectPhoto.added_at, ProjectPhoto.id))
    if photo_id is not None:
        query = query.where(ProjectPhoto.id == photo_id)
    photos = uow.session.execute(query).all()
    shown: dict[int, list[TeamMember]] = {}
    if photos:
        for r in uow.session.execute(
            select(project_photo_people.c.photo_id, Participant.id, Participant.given_name,
                   Participant.family_name, Participant.preferred_name)
            .join(Participant, Participant.id == project_photo_people.c.participant_id)
            .where(project_photo_people.c.photo_id.in_([p.id for p in photos]))
        ):
            shown.setdefault(r.photo_id, []).append(TeamMember(
                r.id, participant_display_name(r.given_name, r.family_name, r.preferred_name)))
    return [
        PhotoRow(p.id, p.caption, p.thumbnail,
                 tuple(sorted(shown.get(p.id, ()), key=lambda m: fold(m.display_name))),
                 p.added_at)
        for p in photos
    ]


# --- Files --------------------------------------------------------------------------------------


def attach_file(uow: UnitOfWork, project_id: int, filename: str, media_type: str,
                content: bytes) -> FileRow:
    """Attach a file (a design, a write-up, code) of at most 20 MB. Without a media type, one
    is guessed from the file name."""
    require(uow, StaffRole.WORKSHOP_LEADER, ACTION_EDIT)
    project = _load_own(uow, project_id, ACTION_EDIT)
    name = normalise_text(re.split(r"[\\/]", filename or "")[-1])
    if not name or any(unicodedata.category(ch) == "Cc" for ch in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The file needs a name, for example “lamp.svg”."), field="filename")
    if len(name) > MAX_FILENAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The file name is too long ({length} characters; at most {limit}). "
              "Rename the file."), length=len(name), limit=MAX_FILENAME, field="filename")
    if not isinstance(content, bytes | bytearray):
        raise TypeError("content must be bytes")
    if len(content) > MAX_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "“{filename}” is {size} MB; a project file can be at most {limit} MB. "
              "Compress it or split it, or link to it in the description instead."),
            filename=name, size=_megabytes(len(content)), limit=MAX_FILE_BYTES // 1024 // 1024,
            field="content")
    kind = normalise_text(media_type).lower()
    if not kind:
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if len(kind) > 100 or not _MEDIA_TYPE.match(kind):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "“{value}” is not a media type. Use a form such as image/svg+xml or "
              "application/pdf, or leave it empty to guess it from the file name."),
            value=kind, field="media_type")
    attached = ProjectFile(project_id=project.id, filename=name, media_type=kind,
                           content=bytes(content), added_at=uow.now())
    uow.session.add(attached)
    _touch(uow, project)
    uow.session.flush()
    uow.audit("attach_file", "project", project.id, file_id=attached.id, filename=name,
              size=len(content))
    return _files(uow, project.id, attached.id)[0]


def remove_file(uow: UnitOfWork, file_id: int) -> None:
    require(uow, StaffRole.WORKSHOP_LEADER, ACTION_EDIT)
    found = uow.session.get(ProjectFile, file_id)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That file is no longer on the project. Refresh the "
                              "page."))
    project = _load_own(uow, found.project_id, ACTION_EDIT)
    name = found.filename
    uow.session.execute(delete(ProjectFile).where(ProjectFile.id == file_id))
    _touch(uow, project)
    uow.session.flush()
    uow.audit("remove_file", "project", project.id, file_id=file_id, filename=name)


def get_file_content(uow: UnitOfWork, file_id: int) -> tuple[str, str, bytes]:
    """(file name, media type, content) of an attached file."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    row = uow.session.execute(select(ProjectFile.filename, ProjectFile.media_type,
                                     ProjectFile.content).where(ProjectFile.id == file_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "That file is no longer on the project. Refresh the "
                              "page."))
    return row.filename, row.media_type, row.content


def _files(uow: UnitOfWork, project_id: int, file_id: int | None = None) -> list[FileRow]:
    query = (select(ProjectFile.id, ProjectFile.filename, ProjectFile.media_type,
                    func.length(ProjectFile.content).label("size"), ProjectFile.added_at)
             .where(ProjectFile.project_id == project_id)
             .order_by(ProjectFile.added_at, ProjectFile.id))
    if file_id is not None:
        query = query.where(ProjectFile.id == file_id)
    return [FileRow(r.id, r.filename, r.media_type, r.size or 0, r.added_at)
            for r in uow.session.execute(query)]


# --- Gallery and page ----------------------------------------------------------------------------


def gallery(
    uow: UnitOfWork,
    text: str = "",
    status: ProjectStatus | str | None = None,
    workshop_id: int | None = None,
    limit: int = 48,
    offset: int = 0,
    participant_id: int | None = None,
) -> list[GalleryRow]:
    """Projects whose title or description holds every typed word (folded), newest change
    first, each with the thumbnail of its first photo and the team's names. Two queries.
    ``participant_id`` keeps the projects whose team includes that participant."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    first_photo = (select(func.min(ProjectPhoto.id))
                   .where(ProjectPhoto.project_id == Project.id, ProjectPhoto.thumbnail.is_not(None))
                   .scalar_subquery())
    photo_count = (select(func.count(ProjectPhoto.id))
                   .where(ProjectPhoto.project_id == Project.id).scalar_subquery())
    cover = aliased(ProjectPhoto)
    query = (
        select(Project.id, Project.title, Project.status, Project.workshop_id,
               Workshop.title.label("workshop_title"), Project.updated_at,
               cover.thumbnail, photo_count.label("photos"))
        .outerjoin(Workshop, Workshop.id == Project.workshop_id)
        .outerjoin(cover, cover.id == first_photo)
    )
    words = fold(text).split()
    if words:
        query = query.where(*[Project.search_text.like(f"%{escape_like(w)}%", escape="\\")
                              for w in words])
    if status is not None:
        query = query.where(Project.status == ProjectStatus(status))
    if workshop_id is not None:
        query = query.where(Project.workshop_id == workshop_id)
    if participant_id is not None:
        query = query.where(Project.id.in_(
            select(project_members.c.project_id)
            .where(project_members.c.participant_id == participant_id)))
    rows = uow.session.execute(query.order_by(Project.updated_at.desc(), Project.id.desc())
                               .limit(max(0, limit)).offset(max(0, offset))).all()
    team: dict[int, list[str]] = {}
    if rows:
        for r in uow.session.execute(
            select(project_members.c.project_id, Participant.given_name, Participant.family_name,
                   Participant.preferred_name)
            .join(Participant, Participant.id == project_members.c.participant_id)
            .where(project_members.c.project_id.in_([r.id for r in rows]),
                   Participant.erased_at.is_(None))
        ):
            team.setdefault(r.project_id, []).append(
                participant_display_name(r.given_name, r.family_name, r.preferred_name))
    return [
        GalleryRow(r.id, r.title, ProjectStatus(r.status), r.workshop_id, r.workshop_title or "",
                   tuple(sorted(team.get(r.id, ()), key=_sort_key)), r.thumbnail, r.photos or 0,
                   r.updated_at)
        for r in rows
    ]


def project_page(uow: UnitOfWork, project_id: int) -> ProjectPage:
    """The project with its team, workshop, equipment used, photos (thumbnails and who is
    shown) and files (names and sizes)."""
    project = get_project(uow, project_id)
    return ProjectPage(project, tuple(_equipment_uses(uow, project_id)),
                       tuple(_photos(uow, project_id)), tuple(_files(uow, project_id)))


def gallery_workshops(uow: UnitOfWork) -> list[tuple[int, str]]:
    """(id, title) of the workshops that have at least one project, by title: the choices
    of the gallery's workshop filter."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    rows = uow.session.execute(
        select(Workshop.id, Workshop.title)
        .where(Workshop.id.in_(select(Project.workshop_id)
                               .where(Project.workshop_id.is_not(None))))
        .order_by(Workshop.title, Workshop.id))
    return sorted(((r.id, r.title) for r in rows), key=lambda r: (_sort_key(r[1]), r[0]))


def describe_status(status: ProjectStatus) -> str:
    """The status as shown to people (translate in the "Projects" context)."""
    return STATUS_NAMES[ProjectStatus(status)]

