"""A participant's privacy rights: a copy of everything held about them, and erasure.

Erasure keeps the participant row as an anonymous stub, so bookings, attendance, enrolments
and certifications still count in statistics, but empties every personal field, deletes their
consents, photos (their own and project photos showing them) and project memberships, blanks
the notes of their bookings, and gives the stub a fresh random badge code so an old badge
finds nothing. The audit log records only that participant number N was erased.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update

from makerspace_app.domain.enums import StaffRole
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Attendance,
    AuditEvent,
    Booking,
    BookingSeries,
    Certification,
    ConsentRecord,
    Enrolment,
    Equipment,
    EquipmentCategory,
    IssuedCredential,
    Participant,
    Project,
    ProjectPhoto,
    Site,
    Workshop,
    WorkshopSession,
    project_members,
    project_photo_people,
)
from makerspace_app.services import consent, participants
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

ACTION_EXPORT = QT_TRANSLATE_NOOP("Actions", "export a participant's data")
ACTION_ERASE = QT_TRANSLATE_NOOP("Actions", "erase participants")
EXPORT_FORMAT = "makerspace-participant-data"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure deletes and what it keeps (also shown before, to confirm)."""

    participant_id: int
    consents_deleted: int
    project_memberships_deleted: int
    project_photos_deleted: int
    participant_photo_deleted: bool
    guardian_links_removed: int  # minors who had this person as their guardian
    booking_notes_blanked: int
    bookings_kept: int
    attendance_kept: int
    enrolments_kept: int
    certifications_kept: int


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return _b64(value)
    if hasattr(value, "value") and isinstance(value.value, str):  # our StrEnums
        return value.value
    return value


def _records(uow: UnitOfWork, query) -> list[dict[str, Any]]:  # noqa: ANN001
    return [
        {key: _value(val) for key, val in row._mapping.items()}
        for row in uow.session.execute(query)
    ]


def export_participant_data(uow: UnitOfWork, participant_id: int) -> dict[str, Any]:
    """Everything the makerspace holds about one participant, as JSON-ready values
    (dates and times in ISO 8601, UTC; images in base64)."""
    require(uow, StaffRole.COORDINATOR, ACTION_EXPORT)
    person = participants.load(uow, participant_id, allow_erased=True)
    pid = person.id
    photo = uow.session.scalar(select(Participant.photo).where(Participant.id == pid))
    site_name = None
    if person.site_id is not None:
        site = uow.session.get(Site, person.site_id)
        site_name = site.name if site else None
    guardian = None
    if person.guardian_participant_id is not None:
        g = uow.session.get(Participant, person.guardian_participant_id)
        if g is not None and g.erased_at is None:
            guardian = {"id": g.id, "badge_code": g.badge_code, "name": participants.name_of(g)}
    data = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": uow.now().isoformat(),
        "participant": {
            "id": pid,
            "badge_code": person.badge_code,
            "given_name": person.given_name,
            "family_name": person.family_name,
            "preferred_name": person.preferred_name,
            "pronouns": person.pronouns,
            "date_of_birth": _iso(person.date_of_birth),
            "age_band": _value(person.age_band),
            "email": person.email,
            "phone": person.phone,
            "address": person.address,
            "languages": list(person.languages or []),
            "preferred_language": person.preferred_language,
            "accessibility_tags": list(person.accessibility_tags or []),
            "accessibility_notes": person.accessibility_notes,
            "guardian_participant": guardian,
            "guardian_name": person.guardian_name,
            "guardian_contact": person.guardian_contact,
            "notes": person.notes,
            "site": site_name,
            "created_at": _iso(person.created_at),
            "erased_at": _iso(person.erased_at),
            "photo_base64": _b64(photo),
        },
        "guardian_of_participant_ids": list(
            uow.session.scalars(
                select(Participant.id)
                .where(Participant.guardian_participant_id == pid)
                .order_by(Participant.id)
            )
        ),
        "consents": _records(
            uow,
            select(ConsentRecord.kind, ConsentRecord.given_by, ConsentRecord.given_at,
                   ConsentRecord.withdrawn_at)
            .where(ConsentRecord.participant_id == pid)
            .order_by(ConsentRecord.given_at, ConsentRecord.id),
        ),
        "certifications": _records(
            uow,
            select(EquipmentCategory.name.label("category"), Certification.granted_at,
                   Certification.expires_at, Certification.revoked_at, Certification.workshop_id)
            .join(EquipmentCategory, EquipmentCategory.id == Certification.category_id)
            .where(Certification.participant_id == pid)
            .order_by(Certification.granted_at, Certification.id),
        ),
        "bookings": _records(
            uow,
            select(Booking.id, Equipment.name.label("equipment"), Equipment.asset_tag,
                   Booking.starts_at, Booking.ends_at, Booking.status, Booking.notes,
                   Booking.series_id, Booking.created_at, Booking.checked_in_at,
                   Booking.checked_out_at, Booking.cancelled_at)
            .join(Equipment, Equipment.id == Booking.equipment_id)
            .where(Booking.participant_id == pid)
            .order_by(Booking.starts_at, Booking.id),
        ),
        "booking_series": _records(
            uow,
            select(BookingSeries.id, Equipment.name.label("equipment"), BookingSeries.recurrence,
                   BookingSeries.first_day, BookingSeries.local_start, BookingSeries.local_end,
                   BookingSeries.timezone, BookingSeries.occurrences, BookingSeries.created_at)
            .join(Equipment, Equipment.id == BookingSeries.equipment_id)
            .where(BookingSeries.participant_id == pid)
            .order_by(BookingSeries.id),
        ),
        "enrolments": _records(
            uow,
            select(Workshop.id.label("workshop_id"), Workshop.title.label("workshop"),
                   Enrolment.status, Enrolment.waitlist_position, Enrolment.enrolled_at,
                   Enrolment.withdrawn_at, Enrolment.completed_at)
            .join(Workshop, Workshop.id == Enrolment.workshop_id)
            .where(Enrolment.participant_id == pid)
            .order_by(Enrolment.enrolled_at, Enrolment.id),
        ),
        "attendance": _records(
            uow,
            select(Workshop.title.label("workshop"), WorkshopSession.starts_at.label("session_starts_at"),
                   Attendance.walk_in, Attendance.marked_at)
            .join(WorkshopSession, WorkshopSession.id == Attendance.session_id)
            .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
            .where(Attendance.participant_id == pid)
            .order_by(WorkshopSession.starts_at, Attendance.id),
        ),
        "projects": _records(
            uow,
            select(Project.id, Project.title, Project.description, Project.status,
                   Project.materials, Project.created_at, Project.updated_at)
            .join(project_members, project_members.c.project_id == Project.id)
            .where(project_members.c.participant_id == pid)
            .order_by(Project.id),
        ),
        "photos_showing_them": _records(
            uow,
            select(ProjectPhoto.id, ProjectPhoto.project_id, ProjectPhoto.caption,
                   ProjectPhoto.added_at, ProjectPhoto.image.label("image_base64"))
            .join(project_photo_people, project_photo_people.c.photo_id == ProjectPhoto.id)
            .where(project_photo_people.c.participant_id == pid)
            .order_by(ProjectPhoto.id),
        ),
        "credentials": _records(
            uow,
            select(IssuedCredential.kind, IssuedCredential.serial,
                   IssuedCredential.verification_code, IssuedCredential.workshop_id,
                   IssuedCredential.language, IssuedCredential.issued_at,
                   IssuedCredential.revoked_at, IssuedCredential.revocation_reason)
            .where(IssuedCredential.participant_id == pid)
            .order_by(IssuedCredential.issued_at, IssuedCredential.id),
        ),
        "history": _records(
            uow,
            select(AuditEvent.at, AuditEvent.action, AuditEvent.details)
            .where(AuditEvent.entity == "participant", AuditEvent.entity_id == pid)
            .order_by(AuditEvent.at, AuditEvent.id),
        ),
    }
    uow.audit("export_data", "participant", pid)
    return data


def _count(uow: UnitOfWork, query) -> int:  # noqa: ANN001
    return uow.session.scalar(query) or 0


def _report(uow: UnitOfWork, pid: int) -> ErasureReport:
    def count(model, *where) -> int:  # noqa: ANN001
        return _count(uow, select(func.count()).select_from(model).where(*where))

    return ErasureReport(
        participant_id=pid,
        consents_deleted=count(ConsentRecord, ConsentRecord.participant_id == pid),
        project_memberships_deleted=count(project_members, project_members.c.participant_id == pid),
        project_photos_deleted=count(
            project_photo_people, project_photo_people.c.participant_id == pid
        ),
        participant_photo_deleted=bool(
            uow.session.scalar(select(Participant.photo.is_not(None)).where(Participant.id == pid))
        ),
        guardian_links_removed=count(Participant, Participant.guardian_participant_id == pid),
        booking_notes_blanked=count(Booking, Booking.participant_id == pid, Booking.notes != ""),
        bookings_kept=count(Booking, Booking.participant_id == pid),
        attendance_kept=count(Attendance, Attendance.participant_id == pid),
        enrolments_kept=count(Enrolment, Enrolment.participant_id == pid),
        certifications_kept=count(Certification, Certification.participant_id == pid),
    )


def erasure_preview(uow: UnitOfWork, participant_id: int) -> ErasureReport:
    """What ``erase_participant`` would do, for the confirmation that names it."""
    require(uow, StaffRole.COORDINATOR, ACTION_ERASE)
    return _report(uow, participants.load(uow, participant_id).id)


def erase_participant(uow: UnitOfWork, participant_id: int) -> ErasureReport:
    """Erase everything personal about a participant, keeping an anonymous stub."""
    require(uow, StaffRole.COORDINATOR, ACTION_ERASE)
    person = participants.load(uow, participant_id)
    pid = person.id
    report = _report(uow, pid)
    today = participants.age_context(uow).today

    consent.delete_photos_of(uow, pid)
    uow.session.execute(delete(ConsentRecord).where(ConsentRecord.participant_id == pid))
    uow.session.execute(delete(project_members).where(project_members.c.participant_id == pid))
    wards = list(
        uow.session.scalars(
            select(Participant.id).where(Participant.guardian_participant_id == pid)
        )
    )
    if wards:
        uow.session.execute(
            update(Participant)
            .where(Participant.id.in_(wards))
            .values(guardian_participant_id=None)
        )
    uow.session.execute(
        update(Booking).where(Booking.participant_id == pid, Booking.notes != "").values(notes="")
    )

    band = participants.current_band(person.date_of_birth, person.age_band, today)
    for name in ("given_name", "family_name", "preferred_name", "pronouns", "email", "phone",
                 "address", "preferred_language", "accessibility_notes", "guardian_name",
                 "guardian_contact", "notes", "search_text"):
        setattr(person, name, "")
    person.languages = []
    person.accessibility_tags = []
    person.date_of_birth = None
    person.age_band = band
    person.guardian_participant_id = None
    person.photo = None
    person.badge_code = participants.new_unique_badge_code(uow)
    person.erased_at = uow.now()
    uow.session.flush()
    for ward_id in wards:
        uow.audit("update", "participant", ward_id, fields=["guardian_participant_id"])
    uow.audit("erase", "participant", pid)
    return report
