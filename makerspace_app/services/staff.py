"""Staff accounts: the first admin, sign-in with a password or PIN (argon2 hashes)."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import (
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from makerspace_app.domain.text import normalise_text
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import StaffMember
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import Actor, UnitOfWork

_hasher = PasswordHasher()
MIN_PASSWORD = 8
MIN_PIN = 4


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    display_name: str
    role: StaffRole
    active: bool


def _row(m: StaffMember) -> StaffRow:
    return StaffRow(m.id, m.username, m.display_name, m.role, m.active)


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def count_staff(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count()).select_from(StaffMember)) or 0


def _validate(username: str, display_name: str, password: str, pin: str) -> tuple[str, str]:
    username = normalise_text(username).casefold()
    display_name = normalise_text(display_name) or username
    if not username or " " in username:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "A user name is one word with no spaces, for example “amira”."
            )
        )
    if password and len(password) < MIN_PASSWORD:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "A password needs at least {n} characters."
            ),
            n=MIN_PASSWORD,
        )
    if pin and (not pin.isdigit() or len(pin) < MIN_PIN):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A PIN is at least {n} digits."), n=MIN_PIN
        )
    if not password and not pin:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "Give a password (at least {n} characters) or a PIN, or both."
            ),
            n=MIN_PASSWORD,
        )
    return username, display_name


def _add(
    uow: UnitOfWork, username: str, display_name: str, role: StaffRole, password: str, pin: str
) -> StaffRow:
    username, display_name = _validate(username, display_name, password, pin)
    exists = uow.session.scalar(select(StaffMember.id).where(StaffMember.username == username))
    if exists is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "DomainError", "There is already a staff member called “{username}”. Pick another user name."
            ),
            username=username,
        )
    member = StaffMember(
        username=username,
        display_name=display_name,
        role=role,
        password_hash=hash_secret(password) if password else None,
        pin_hash=hash_secret(pin) if pin else None,
        active=True,
        created_at=uow.now(),
    )
    uow.session.add(member)
    uow.session.flush()
    uow.audit("create", "staff", member.id, username=username, role=role.value)
    return _row(member)


def create_first_admin(
    uow: UnitOfWork, username: str, display_name: str, password: str, pin: str = ""
) -> StaffRow:
    """The first-run welcome creates the first admin; refused once any staff member exists."""
    if count_staff(uow):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This database already has staff accounts. Ask an admin to add you.",
            )
        )
    return _add(uow, username, display_name, StaffRole.ADMIN, password, pin)


def create_staff(
    uow: UnitOfWork,
    username: str,
    display_name: str,
    role: StaffRole,
    password: str = "",
    pin: str = "",
) -> StaffRow:
    require(uow, StaffRole.ADMIN, QT_TRANSLATE_NOOP("Actions", "add staff accounts"))
    return _add(uow, username, display_name, role, password, pin)


def list_staff(uow: UnitOfWork) -> list[StaffRow]:
    rows = uow.session.scalars(select(StaffMember).order_by(StaffMember.display_name))
    return [_row(m) for m in rows]


def sign_in(uow: UnitOfWork, username: str, secret: str) -> Actor:
    """The staff member as an Actor, if the password or PIN matches; else a clear refusal."""
    refused = PermissionDenied(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "That user name and password or PIN do not match. Check them and try again.",
        )
    )
    username = normalise_text(username).casefold()
    member = uow.session.scalar(select(StaffMember).where(StaffMember.username == username))
    if member is None or not member.active:
        # Hash anyway so a missing account takes as long as a wrong password.
        _hasher.hash(secret or "x")
        raise refused
    for stored in (member.password_hash, member.pin_hash):
        if not stored:
            continue
        try:
            if _hasher.verify(stored, secret):
                return Actor(name=member.username, role=member.role, staff_id=member.id)
        except (VerificationError, InvalidHashError):
            continue
    raise refused
