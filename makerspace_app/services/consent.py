"""Consent: participation, photos, data processing — given, withdrawn, and what follows.

At most one consent of each kind is current (given and not withdrawn) per participant; the
older records stay as history. Withdrawing photo consent deletes every photo of the person the
makerspace holds: their own participant photo and each project photo they appear in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from makerspace_app.domain.clock import as_utc
from makerspace_app.domain.enums import ConsentKind, StaffRole
from makerspace_app.domain.errors import ConflictError, ValidationError
from makerspace_app.domain.text import normalise_text
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    ConsentRecord,
    Participant,
    ProjectPhoto,
    project_photo_people,
)
from makerspace_app.services import participants
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

ACTION_CONSENT = QT_TRANSLATE_NOOP("Actions", "record consent")
ACTION_PHOTO = QT_TRANSLATE_NOOP("Actions", "store participant photos")
ACTION_LOOK_UP = participants.ACTION_LOOK_UP

KIND_NAMES = {
    ConsentKind.PARTICIPATION: QT_TRANSLATE_NOOP("Consent", "participation"),
    ConsentKind.PHOTO: QT_TRANSLATE_NOOP("Consent", "photo"),
    ConsentKind.DATA_PROCESSING: QT_TRANSLATE_NOOP("Consent", "data processing"),
}

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PHOTO_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class ConsentRow:
    id: int
    participant_id: int
    kind: ConsentKind
    given_by: str
    given_at: dt.datetime
    withdrawn_at: dt.datetime | None
    recorded_by_staff_id: int | None

    @property
    def current(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True)
class ConsentWithdrawn:
    """A withdrawal, and the photos it deleted (photo consent only)."""

    consent: ConsentRow
    participant_photo_deleted: bool
    project_photos_deleted: int


def _row(r: ConsentRecord) -> ConsentRow:
    return ConsentRow(
        r.id, r.participant_id, r.kind, r.given_by, r.given_at, r.withdrawn_at,
        r.recorded_by_staff_id,
    )


def _kind(kind: ConsentKind | str) -> ConsentKind:
    try:
        return ConsentKind(kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "“{value}” is not a kind of consent. Choose one of: {choices}."
            ),
            value=str(kind), choices=", ".join(k.value for k in ConsentKind),
        ) from None


def _when(uow: UnitOfWork, when: dt.datetime | None) -> dt.datetime:
    now = uow.now()
    if when is None:
        return now
    when = as_utc(when)
    if when > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Consent cannot be recorded for a time in the future ({when}). Give the time it "
                "was actually given or withdrawn, or leave it empty for now.",
            ),
            when=when.isoformat(timespec="minutes"),
        )
    return when


def _current(uow: UnitOfWork, participant_id: int, kind: ConsentKind) -> ConsentRecord | None:
    return uow.session.scalar(
        select(ConsentRecord)
        .where(
            ConsentRecord.participant_id == participant_id,
            ConsentRecord.kind == kind,
            ConsentRecord.withdrawn_at.is_(None),
        )
        .order_by(ConsentRecord.given_at.desc(), ConsentRecord.id.desc())
    )


def give_consent(
    uow: UnitOfWork,
    participant_id: int,
    kind: ConsentKind | str,
    given_by: str,
    when: dt.datetime | None = None,
) -> ConsentRow:
    """Record consent of one kind, given by the participant or their guardian (a name)."""
    require(uow, StaffRole.FRONT_DESK, ACTION_CONSENT)
    kind = _kind(kind)
    person = participants.load(uow, participant_id)
    who = normalise_text(given_by)
    if not who:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Say who gave the consent: the participant's own name, or their guardian's.",
            ),
            field="given_by",
        )
    if len(who) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The name of who gave the consent is too long ({length} characters; at most "
                "{limit}). Shorten it.",
            ),
            length=len(who), limit=200, field="given_by",
        )
    at = _when(uow, when)
    existing = _current(uow, participant_id, kind)
    if existing is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} already gave {kind} consent on {date}; it is still current. Nothing "
                "needs recording, or withdraw it first to record it again.",
            ),
            name=participants.name_of(person), kind=KIND_NAMES[kind],
            date=existing.given_at.date().isoformat(),
        )
    record = ConsentRecord(
        participant_id=participant_id, kind=kind, given_by=who, given_at=at,
        withdrawn_at=None, recorded_by_staff_id=uow.actor.staff_id,
    )
    uow.session.add(record)
    uow.session.flush()
    uow.audit("give_consent", "participant", participant_id, kind=kind.value, consent_id=record.id)
    return _row(record)


def photos_showing(uow: UnitOfWork, participant_id: int) -> int:
    """How many project photos show the participant (for the confirmation before a withdrawal)."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    return uow.session.scalar(
        select(func.count()).select_from(project_photo_people)
        .where(project_photo_people.c.participant_id == participant_id)
    ) or 0


def delete_photos_of(uow: UnitOfWork, participant_id: int) -> tuple[bool, list[int]]:
    """Delete the participant's own photo and every project photo showing them.

    Returns whether an own photo was deleted and the ids of the project photos deleted.
    """
    had_photo = bool(
        uow.session.scalar(
            select(Participant.photo.is_not(None)).where(Participant.id == participant_id)
        )
    )
    if had_photo:
        person = uow.session.get(Participant, participant_id)
        assert person is not None
        person.photo = None
    photo_ids = list(
        uow.session.scalars(
            select(project_photo_people.c.photo_id)
            .where(project_photo_people.c.participant_id == participant_id)
            .order_by(project_photo_people.c.photo_id)
        )
    )
    if photo_ids:
        # The links of other people shown in those photos go too; then the photos themselves.
        uow.session.execute(
            delete(project_photo_people).where(project_photo_people.c.photo_id.in_(photo_ids))
        )
        uow.session.execute(delete(ProjectPhoto).where(ProjectPhoto.id.in_(photo_ids)))
    uow.session.flush()
    return had_photo, photo_ids


def withdraw_consent(
    uow: UnitOfWork,
    participant_id: int,
    kind: ConsentKind | str,
    when: dt.datetime | None = None,
) -> ConsentWithdrawn:
    """Withdraw the current consent of one kind. Withdrawing photo consent deletes the
    participant's photo and every project photo showing them (see ``photos_showing``)."""
    require(uow, StaffRole.FRONT_DESK, ACTION_CONSENT)
    kind = _kind(kind)
    person = participants.load(uow, participant_id)
    record = _current(uow, participant_id, kind)
    if record is None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} has no current {kind} consent, so there is nothing to withdraw.",
            ),
            name=participants.name_of(person), kind=KIND_NAMES[kind],
        )
    at = _when(uow, when)
    if at < record.given_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Consent given on {given} cannot be withdrawn earlier, on {when}. Give a later "
                "time, or leave it empty for now.",
            ),
            given=record.given_at.isoformat(timespec="minutes"),
            when=at.isoformat(timespec="minutes"),
        )
    record.withdrawn_at = at
    own_photo, photo_ids = False, []
    if kind is ConsentKind.PHOTO:
        own_photo, photo_ids = delete_photos_of(uow, participant_id)
    uow.session.flush()
    uow.audit(
        "withdraw_consent", "participant", participant_id, kind=kind.value,
        consent_id=record.id, participant_photo_deleted=own_photo,
        project_photos_deleted=photo_ids,
    )
    return ConsentWithdrawn(_row(record), own_photo, len(photo_ids))


def current_consents(uow: UnitOfWork, participant_id: int) -> dict[ConsentKind, ConsentRow]:
    """The consents in force now, by kind (a kind missing from the result was not given)."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    participants.load(uow, participant_id, allow_erased=True)
    rows = uow.session.scalars(
        select(ConsentRecord)
        .where(ConsentRecord.participant_id == participant_id, ConsentRecord.withdrawn_at.is_(None))
        .order_by(ConsentRecord.given_at, ConsentRecord.id)
    )
    return {r.kind: _row(r) for r in rows}


def consent_history(uow: UnitOfWork, participant_id: int) -> list[ConsentRow]:
    """Every consent record of the participant, newest first."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    participants.load(uow, participant_id, allow_erased=True)
    rows = uow.session.scalars(
        select(ConsentRecord)
        .where(ConsentRecord.participant_id == participant_id)
        .order_by(ConsentRecord.given_at.desc(), ConsentRecord.id.desc())
    )
    return [_row(r) for r in rows]


def has_photo_consent(uow: UnitOfWork, participant_id: int) -> bool:
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    return _current(uow, participant_id, ConsentKind.PHOTO) is not None


def set_participant_photo(uow: UnitOfWork, participant_id: int, png_bytes: bytes) -> None:
    """Store the participant's photo (a PNG image); refused without current photo consent."""
    require(uow, StaffRole.FRONT_DESK, ACTION_PHOTO)
    person = participants.load(uow, participant_id)
    if not isinstance(png_bytes, bytes | bytearray) or not bytes(png_bytes).startswith(
        PNG_SIGNATURE
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The photo is not a PNG image. Take the photo again, or save it as PNG first.",
            )
        )
    if len(png_bytes) > MAX_PHOTO_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The photo is too large ({size} MB; at most {limit} MB). Crop it or make it "
                "smaller.",
            ),
            size=round(len(png_bytes) / 1024 / 1024, 1), limit=MAX_PHOTO_BYTES // 1024 // 1024,
        )
    if _current(uow, participant_id, ConsentKind.PHOTO) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} has no current photo consent, so their photo cannot be stored. Record "
                "their photo consent first (given by them or their guardian), then add the "
                "photo.",
            ),
            name=participants.name_of(person),
        )
    person.photo = bytes(png_bytes)
    uow.session.flush()
    uow.audit("update", "participant", participant_id, fields=["photo"])


def remove_participant_photo(uow: UnitOfWork, participant_id: int) -> bool:
    """Delete the participant's own photo; False when there was none."""
    require(uow, StaffRole.FRONT_DESK, ACTION_PHOTO)
    person = participants.load(uow, participant_id)
    if not uow.session.scalar(
        select(Participant.photo.is_not(None)).where(Participant.id == participant_id)
    ):
        return False
    person.photo = None
    uow.session.flush()
    uow.audit("update", "participant", participant_id, fields=["photo"])
    return True


def get_participant_photo(uow: UnitOfWork, participant_id: int) -> bytes | None:
    """The stored PNG, or None."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    participants.load(uow, participant_id, allow_erased=True)
    return uow.session.scalar(select(Participant.photo).where(Participant.id == participant_id))
