"""Certifications: permission to use an equipment category, earned by training.

A certification is valid at a moment when it was granted by then and had neither been revoked
nor expired by then (it expires at ``expires_at`` exactly), so a past moment is judged as it
was then. Granting again before expiry renews it: the
newer record simply outlives the older one. Revoking takes the permission away for the
category: every certification of that participant and category still valid is revoked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import aliased

from makerspace_app.domain.clock import as_utc
from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import ConflictError, NotFoundError, ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Certification,
    EquipmentCategory,
    Participant,
    Workshop,
)
from makerspace_app.services import participants, settings
from makerspace_app.services.permissions import require
from makerspace_app.services.search import participant_display_name
from makerspace_app.services.uow import UnitOfWork

ACTION_GRANT = QT_TRANSLATE_NOOP("Actions", "grant certifications")
ACTION_REVOKE = QT_TRANSLATE_NOOP("Actions", "revoke certifications")
ACTION_LOOK_UP = participants.ACTION_LOOK_UP


@dataclass(frozen=True)
class CertificationRow:
    id: int
    participant_id: int
    participant_name: str
    category_id: int
    category_name: str
    granted_by_staff_id: int | None
    granted_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    workshop_id: int | None

    def valid_at(self, at: dt.datetime) -> bool:
        return (
            self.granted_at <= at
            and (self.revoked_at is None or self.revoked_at > at)
            and (self.expires_at is None or self.expires_at > at)
        )


def _select():  # noqa: ANN202 - a Select of the row's columns
    return (
        select(
            Certification.id, Certification.participant_id, Participant.given_name,
            Participant.family_name, Participant.preferred_name, Certification.category_id,
            EquipmentCategory.name.label("category_name"), Certification.granted_by_staff_id,
            Certification.granted_at, Certification.expires_at, Certification.revoked_at,
            Certification.workshop_id,
        )
        .join(Participant, Participant.id == Certification.participant_id)
        .join(EquipmentCategory, EquipmentCategory.id == Certification.category_id)
    )


def _rows(uow: UnitOfWork, query) -> list[CertificationRow]:  # noqa: ANN001
    return [
        CertificationRow(
            id=r.id,
            participant_id=r.participant_id,
            participant_name=participant_display_name(r.given_name, r.family_name, r.preferred_name),
            category_id=r.category_id,
            category_name=r.category_name,
            granted_by_staff_id=r.granted_by_staff_id,
            granted_at=r.granted_at,
            expires_at=r.expires_at,
            revoked_at=r.revoked_at,
            workshop_id=r.workshop_id,
        )
        for r in uow.session.execute(query)
    ]


def _valid(cert: type[Certification], at: dt.datetime) -> ColumnElement[bool]:
    return and_(
        cert.granted_at <= at,
        or_(cert.revoked_at.is_(None), cert.revoked_at > at),
        or_(cert.expires_at.is_(None), cert.expires_at > at),
    )


def _category(uow: UnitOfWork, category_id: int) -> EquipmentCategory:
    category = uow.session.get(EquipmentCategory, category_id)
    if category is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "There is no equipment category number {id}. Choose one from the equipment "
                "categories.",
            ),
            id=category_id,
        )
    return category


def grant_certification(
    uow: UnitOfWork,
    participant_id: int,
    category_id: int,
    *,
    expires_at: dt.datetime | None = None,
    workshop_id: int | None = None,
) -> CertificationRow:
    """Certify a participant for an equipment category, now, by the acting staff member.

    Granting by hand is a coordinator's decision; completing a training grants through
    :func:`grant_for_completion`, which the workshop's leader may trigger. Without
    ``expires_at`` it expires after the category's ``certification_valid_days`` (never, when
    the category sets none).
    """
    require(uow, StaffRole.COORDINATOR, ACTION_GRANT)
    return _grant(uow, participant_id, category_id, expires_at=expires_at, workshop_id=workshop_id)


def grant_for_completion(uow: UnitOfWork, participant_id: int, category_id: int,
                         workshop_id: int) -> CertificationRow:
    """The certification a completed training grants. The caller has already checked that
    the actor leads that workshop (or is a coordinator) and that the participant completed it."""
    return _grant(uow, participant_id, category_id, expires_at=None, workshop_id=workshop_id)


def _grant(uow: UnitOfWork, participant_id: int, category_id: int, *,
           expires_at: dt.datetime | None, workshop_id: int | None) -> CertificationRow:
    person = participants.load(uow, participant_id)
    category = _category(uow, category_id)
    if workshop_id is not None and uow.session.get(Workshop, workshop_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "There is no workshop number {id}. Choose the training workshop from the list, "
                "or leave it empty.",
            ),
            id=workshop_id,
        )
    now = uow.now()
    if expires_at is not None:
        expires_at = as_utc(expires_at)
        if expires_at <= now:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The expiry {when} is not in the future. Give a later date, or leave it "
                    "empty to use the category's validity.",
                ),
                when=expires_at.isoformat(timespec="minutes"), field="expires_at",
            )
    elif category.certification_valid_days:
        expires_at = now + dt.timedelta(days=category.certification_valid_days)
    cert = Certification(
        participant_id=person.id, category_id=category.id, granted_by_staff_id=uow.actor.staff_id,
        granted_at=now, expires_at=expires_at, revoked_at=None, workshop_id=workshop_id,
    )
    uow.session.add(cert)
    uow.session.flush()
    uow.audit(
        "grant", "certification", cert.id, participant_id=person.id, category_id=category.id,
        expires_at=expires_at.isoformat() if expires_at else None, workshop_id=workshop_id,
    )
    return _rows(uow, _select().where(Certification.id == cert.id))[0]


def revoke_certification(uow: UnitOfWork, participant_id: int, category_id: int) -> list[int]:
    """Take away a participant's permission for a category: revoke every certification of
    theirs for it that is valid now. Returns the ids revoked."""
    require(uow, StaffRole.COORDINATOR, ACTION_REVOKE)
    person = participants.load(uow, participant_id)
    category = _category(uow, category_id)
    now = uow.now()
    certs = uow.session.scalars(
        select(Certification).where(
            Certification.participant_id == participant_id,
            Certification.category_id == category_id,
            _valid(Certification, now),
        )
    ).all()
    if not certs:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} has no valid certification for {category}, so there is nothing to "
                "revoke.",
            ),
            name=participants.name_of(person), category=category.name,
        )
    for cert in certs:
        cert.revoked_at = now
    uow.session.flush()
    ids = sorted(c.id for c in certs)
    for cert_id in ids:
        uow.audit("revoke", "certification", cert_id, participant_id=participant_id,
                  category_id=category_id)
    return ids


def valid_certification(
    uow: UnitOfWork, participant_id: int, category_id: int, at: dt.datetime | None = None
) -> CertificationRow | None:
    """The certification that makes the participant allowed to use the category at ``at``
    (default now): the valid one lasting longest; None when there is none."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    at = uow.now() if at is None else as_utc(at)
    rows = _rows(
        uow,
        _select().where(
            Certification.participant_id == participant_id,
            Certification.category_id == category_id,
            _valid(Certification, at),
        ),
    )
    if not rows:
        return None
    far_future = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    return max(rows, key=lambda r: (r.expires_at or far_future, r.granted_at, r.id))


def list_for_participant(uow: UnitOfWork, participant_id: int) -> list[CertificationRow]:
    """Every certification of the participant (valid, expired or revoked), newest first."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    participants.load(uow, participant_id, allow_erased=True)
    return _rows(
        uow,
        _select()
        .where(Certification.participant_id == participant_id)
        .order_by(Certification.granted_at.desc(), Certification.id.desc()),
    )


def expiring_soon(uow: UnitOfWork, within_days: int | None = None) -> list[CertificationRow]:
    """Valid certifications expiring within ``within_days`` (default: the setting
    ``certifications.expiring_days``) that no later certification renews; soonest first."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    if within_days is None:
        within_days = int(settings.get(uow, "certifications.expiring_days"))
    if within_days < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "Give a number of days of 0 or more (for example 30)."
            ),
            field="within_days",
        )
    now = uow.now()
    until = now + dt.timedelta(days=within_days)
    later = aliased(Certification)
    renewed = exists().where(
        later.participant_id == Certification.participant_id,
        later.category_id == Certification.category_id,
        later.id != Certification.id,
        _valid(later, now),
        or_(later.expires_at.is_(None), later.expires_at > Certification.expires_at),
    )
    return _rows(
        uow,
        _select()
        .where(
            _valid(Certification, now),
            Certification.expires_at.is_not(None),
            Certification.expires_at <= until,
            Participant.erased_at.is_(None),
            ~renewed,
        )
        .order_by(Certification.expires_at, Participant.family_name, Participant.given_name,
                  Certification.id),
    )
