"""Shared settings: one typed registry with defaults, stored in the database.

Every setting the app has is declared here once, with its type, default, the group it is
shown under in the Settings area and its label (marked for translation). A value that was
never saved reads as its default. Opening hours and closure days have their own tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from makerspace_app.domain.clock import zone
from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import Setting
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

CTX = "Settings"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: Any
    group: str
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    check: Callable[[Any], None] | None = None
    secret: bool = False  # never shown in the audit log


def _check_timezone(value: str) -> None:
    zone(value)


GROUP_ORGANISATION = QT_TRANSLATE_NOOP("Settings", "Organisation")
GROUP_BOOKINGS = QT_TRANSLATE_NOOP("Settings", "Bookings")
GROUP_PARTICIPANTS = QT_TRANSLATE_NOOP("Settings", "Participants")
GROUP_PRINTING = QT_TRANSLATE_NOOP("Settings", "Badges and certificates")
GROUP_SECURITY = QT_TRANSLATE_NOOP("Settings", "Security and backups")

SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "organisation.name", str, "", GROUP_ORGANISATION,
        QT_TRANSLATE_NOOP("Settings", "Organisation name"),
    ),
    SettingSpec(
        "organisation.logo_png", str, "", GROUP_ORGANISATION,
        QT_TRANSLATE_NOOP("Settings", "Logo (PNG image)"),
    ),
    SettingSpec(
        "organisation.language", str, "en", GROUP_ORGANISATION,
        QT_TRANSLATE_NOOP("Settings", "Organisation's language"),
        choices=("en", "es", "fr", "ar", "uk"),
    ),
    SettingSpec(
        "organisation.timezone", str, "UTC", GROUP_ORGANISATION,
        QT_TRANSLATE_NOOP("Settings", "Time zone"), check=_check_timezone,
    ),
    SettingSpec(
        "bookings.no_show_minutes", int, 15, GROUP_BOOKINGS,
        QT_TRANSLATE_NOOP("Settings", "A booking not checked in this many minutes after its start is a no-show"),
        minimum=1, maximum=240,
    ),
    SettingSpec(
        "bookings.weekly_quota_hours", int, 10, GROUP_BOOKINGS,
        QT_TRANSLATE_NOOP("Settings", "Most hours one participant may book in a week"),
        minimum=1, maximum=168,
    ),
    SettingSpec(
        "participants.adult_age", int, 18, GROUP_PARTICIPANTS,
        QT_TRANSLATE_NOOP("Settings", "Age from which a participant needs no guardian"),
        minimum=1, maximum=25,
    ),
    SettingSpec(
        "certifications.expiring_days", int, 30, GROUP_PARTICIPANTS,
        QT_TRANSLATE_NOOP("Settings", "Warn about certifications expiring within (days)"),
        minimum=1, maximum=365,
    ),
    SettingSpec(
        "certificates.paper", str, "A4", GROUP_PRINTING,
        QT_TRANSLATE_NOOP("Settings", "Certificate paper"), choices=("A4", "Letter"),
    ),
    SettingSpec(
        "certificates.signature_png", str, "", GROUP_PRINTING,
        QT_TRANSLATE_NOOP("Settings", "Signature image on certificates (PNG)"),
    ),
    SettingSpec(
        "certificates.signatory", str, "", GROUP_PRINTING,
        QT_TRANSLATE_NOOP("Settings", "Name under the signature"),
    ),
    SettingSpec(
        "security.lock_minutes", int, 10, GROUP_SECURITY,
        QT_TRANSLATE_NOOP("Settings", "Lock the app after this many idle minutes"),
        minimum=1, maximum=240,
    ),
)

BY_KEY = {spec.key: spec for spec in SPECS}


def spec(key: str) -> SettingSpec:
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no setting called “{key}”."), key=key
        ) from None


def validate(key: str, value: Any) -> Any:
    """The value as stored, or a ValidationError saying what would be accepted."""
    s = spec(key)
    if s.kind is int:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise _bad_number(s)
        try:
            value = int(str(value).strip())
        except ValueError:
            raise _bad_number(s) from None
        if (s.minimum is not None and value < s.minimum) or (
            s.maximum is not None and value > s.maximum
        ):
            raise _bad_number(s)
    elif s.kind is str:
        if not isinstance(value, str):
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "{label} must be text."), label=s.label
            )
        value = value.strip()
        if "\x00" in value:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{label} contains an invisible control character. Retype it instead of "
                    "pasting it.",
                ),
                label=s.label,
            )
        if s.choices and value not in s.choices:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "{label} must be one of: {choices}."),
                label=s.label,
                choices=", ".join(s.choices),
            )
    if s.check is not None:
        s.check(value)
    return value


def _bad_number(s: SettingSpec) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("DomainError", "{label} must be a whole number from {low} to {high}."),
        label=s.label,
        low=s.minimum,
        high=s.maximum,
    )


def get(uow: UnitOfWork, key: str) -> Any:
    s = spec(key)
    row = uow.session.get(Setting, key)
    return s.default if row is None else row.value


def timezone(uow: UnitOfWork) -> ZoneInfo:
    """The makerspace's time zone: times are stored in UTC and shown and ruled in this one."""
    return zone(get(uow, "organisation.timezone"))


def get_all(uow: UnitOfWork) -> dict[str, Any]:
    stored = {row.key: row.value for row in uow.session.scalars(select(Setting))}
    return {s.key: stored.get(s.key, s.default) for s in SPECS}


def set_many(uow: UnitOfWork, values: dict[str, Any]) -> dict[str, Any]:
    """Validate every value first; save all or none. Returns the stored values.

    Shared settings change every desk's behaviour, so only an admin may change them."""
    require(uow, StaffRole.ADMIN, QT_TRANSLATE_NOOP("Actions", "change shared settings"))
    clean = {key: validate(key, value) for key, value in values.items()}
    for key, value in clean.items():
        row = uow.session.get(Setting, key)
        old = None if row is None else row.value
        if old == value:
            continue
        if row is None:
            uow.session.add(Setting(key=key, value=value, updated_at=uow.now()))
        else:
            row.value = value
            row.updated_at = uow.now()
        shown = "(image)" if key.endswith("_png") else value
        uow.audit("update", "setting", None, key=key, value=shown)
    uow.session.flush()
    return clean
