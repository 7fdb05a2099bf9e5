"""Staff accounts: the first admin, sign-in with a password or PIN (argon2 hashes)."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import (
    ConflictError,
    NotFoundError,
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
    if not username or " " in username or len(username) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A user name is one word with no spaces (at most 100 characters), for example "
                "“amira”.",
            )
        )
    if any(ord(c) < 32 or c == "\x7f" for c in username + display_name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The user name or name contains an invisible control character. Retype it "
                "instead of pasting it.",
            )
        )
    if len(display_name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "A staff member's name is at most 200 characters. Shorten it."
            )
        )
    if len(password) > 1000 or len(pin) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "That password or PIN is too long (at most 1000 characters, a PIN at most 100 "
                "digits).",
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
    role = _role(role)
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


ACTION_MANAGE = QT_TRANSLATE_NOOP("Actions", "change staff accounts")


def _member(uow: UnitOfWork, staff_id: int) -> StaffMember:
    member = uow.session.get(StaffMember, staff_id) if isinstance(staff_id, int) and not isinstance(
        staff_id, bool) and 0 < staff_id < 2**63 else None
    if member is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DomainError", "There is no staff member number {id}. Choose one from the list."
            ),
            id=staff_id,
        )
    return member


def _role(role: StaffRole | str) -> StaffRole:
    try:
        return StaffRole(role)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "“{role}” is not a role. Choose one of: {roles}."),
            role=str(role), roles=", ".join(r.value for r in StaffRole),
        ) from None


def _other_active_admins(uow: UnitOfWork, staff_id: int) -> int:
    return uow.session.scalar(
        select(func.count()).select_from(StaffMember).where(
            StaffMember.role == StaffRole.ADMIN, StaffMember.active.is_(True),
            StaffMember.id != staff_id)
    ) or 0


def update_staff(
    uow: UnitOfWork, staff_id: int, *, role: StaffRole | None = None, active: bool | None = None,
    display_name: str | None = None,
) -> StaffRow:
    """Change a staff member's role, name, or whether they can sign in (admins only). The
    last active admin cannot be demoted or deactivated, and nobody deactivates themselves."""
    require(uow, StaffRole.ADMIN, ACTION_MANAGE)
    member = _member(uow, staff_id)
    changed: dict[str, object] = {}
    if role is not None:
        role = _role(role)
    if display_name is not None:
        name = normalise_text(display_name)
        if not name or len(name) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "A staff member's name is 1 to 200 characters, for example “Amira Haddad”."
                )
            )
        if name != member.display_name:
            member.display_name = name
            changed["display_name"] = True
    losing_admin = member.role is StaffRole.ADMIN and member.active and (
        (role is not None and role is not StaffRole.ADMIN) or active is False)
    if losing_admin and _other_active_admins(uow, member.id) == 0:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is the only active admin, so they stay one. Make another staff member "
                "an admin first.",
            ),
            name=member.display_name,
        )
    if active is False and member.id == uow.actor.staff_id:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "You cannot deactivate your own account while signed in with it. Ask another admin.",
            )
        )
    if role is not None and role is not member.role:
        changed["role"] = role.value
        member.role = role
    if active is not None and bool(active) != member.active:
        changed["active"] = bool(active)
        member.active = bool(active)
    if changed:
        uow.session.flush()
        uow.audit("update", "staff", member.id, username=member.username, **changed)
    return _row(member)


def set_secret(uow: UnitOfWork, staff_id: int, password: str = "", pin: str = "") -> StaffRow:
    """Give a staff member a new password and/or PIN (admins only; audited, never the secret)."""
    require(uow, StaffRole.ADMIN, ACTION_MANAGE)
    member = _member(uow, staff_id)
    _validate(member.username, member.display_name, password, pin)
    if password:
        member.password_hash = hash_secret(password)
    if pin:
        member.pin_hash = hash_secret(pin)
    uow.session.flush()
    uow.audit("update", "staff", member.id, username=member.username,
              fields=[n for n, v in (("password", password), ("pin", pin)) if v])
    return _row(member)
