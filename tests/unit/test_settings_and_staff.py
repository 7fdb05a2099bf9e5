"""Shared settings and staff accounts, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from makerspace_app.persistence.models import AuditEvent, StaffMember
from makerspace_app.services import settings, staff
from makerspace_app.services.uow import Actor


def test_unsaved_settings_read_as_their_defaults(uow_factory) -> None:
    with uow_factory(read_only=True) as uow:
        values = settings.get_all(uow)
    assert values["organisation.timezone"] == "UTC"
    assert values["bookings.no_show_minutes"] == 15
    assert set(values) == {s.key for s in settings.SPECS}


def test_settings_are_saved_and_audited(uow_factory) -> None:
    with uow_factory() as uow:
        settings.set_many(uow, {"organisation.name": "  Riverside Makerspace ",
                                "organisation.timezone": "Europe/Madrid",
                                "bookings.no_show_minutes": "20"})
    with uow_factory(read_only=True) as uow:
        assert settings.get(uow, "organisation.name") == "Riverside Makerspace"
        assert settings.get(uow, "organisation.timezone") == "Europe/Madrid"
        assert settings.get(uow, "bookings.no_show_minutes") == 20
        keys = {e.details["key"] for e in uow.session.scalars(select(AuditEvent))}
    assert keys == {"organisation.name", "organisation.timezone", "bookings.no_show_minutes"}


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("organisation.timezone", "Mars/Olympus", "time zone"),
        ("bookings.no_show_minutes", "0", "whole number from 1 to 240"),
        ("bookings.no_show_minutes", "soon", "whole number"),
        ("certificates.paper", "A5", "one of: A4, Letter"),
        ("no.such.setting", "x", "no setting"),
    ],
)
def test_a_bad_setting_is_refused_and_nothing_is_saved(uow_factory, key, value, says) -> None:
    with pytest.raises(ValidationError) as refused, uow_factory() as uow:
        settings.set_many(uow, {"organisation.name": "Should not be saved", key: value})
    assert says in refused.value.message
    with uow_factory(read_only=True) as uow:
        assert settings.get(uow, "organisation.name") == ""


def test_first_admin_then_sign_in_with_password_or_pin(uow_factory) -> None:
    with uow_factory() as uow:
        created = staff.create_first_admin(uow, "Amira", "Amira Haddad", "correct horse", "4821")
    assert created.role is StaffRole.ADMIN and created.username == "amira"
    with uow_factory(read_only=True) as uow:
        hashed = uow.session.scalar(select(StaffMember.password_hash))
        assert "correct horse" not in hashed and hashed.startswith("$argon2")
        assert staff.sign_in(uow, "amira", "correct horse").staff_id == created.id
        assert staff.sign_in(uow, " AMIRA ", "4821").role is StaffRole.ADMIN
        with pytest.raises(PermissionDenied, match="do not match"):
            staff.sign_in(uow, "amira", "wrong password")
        with pytest.raises(PermissionDenied, match="do not match"):
            staff.sign_in(uow, "nobody", "correct horse")


def test_only_one_first_admin(uow_factory) -> None:
    with uow_factory() as uow:
        staff.create_first_admin(uow, "amira", "Amira", "correct horse")
    with pytest.raises(PermissionDenied), uow_factory() as uow:
        staff.create_first_admin(uow, "mallory", "Mallory", "another password")


def test_only_admins_add_staff_and_names_are_unique(uow_factory) -> None:
    with uow_factory() as uow:
        admin = staff.create_first_admin(uow, "amira", "Amira", "correct horse")
    desk = Actor("desk", StaffRole.FRONT_DESK, None)
    with pytest.raises(PermissionDenied, match="admin"), uow_factory(desk) as uow:
        staff.create_staff(uow, "jo", "Jo", StaffRole.FRONT_DESK, password="longenough")
    boss = Actor("amira", StaffRole.ADMIN, admin.id)
    with uow_factory(boss) as uow:
        staff.create_staff(uow, "jo", "Jo", StaffRole.FRONT_DESK, pin="1234")
    with pytest.raises(ConflictError), uow_factory(boss) as uow:
        staff.create_staff(uow, "JO", "Jo again", StaffRole.FRONT_DESK, pin="5678")


@pytest.mark.parametrize(
    ("username", "password", "pin"),
    [("two words", "correct horse", ""), ("ok", "short", ""), ("ok", "", "12"),
     ("ok", "", "12ab"), ("ok", "", "")],
)
def test_weak_or_malformed_accounts_are_refused(uow_factory, username, password, pin) -> None:
    with pytest.raises(ValidationError), uow_factory() as uow:
        staff.create_first_admin(uow, username, "X", password, pin)
    with uow_factory(read_only=True) as uow:
        assert staff.count_staff(uow) == 0


def test_only_an_admin_changes_shared_settings(uow_factory) -> None:
    coordinator = Actor("coord", StaffRole.COORDINATOR, None)
    with pytest.raises(PermissionDenied, match="admin"), uow_factory(coordinator) as uow:
        settings.set_many(uow, {"organisation.name": "Not allowed"})
    with uow_factory(read_only=True) as uow:
        assert settings.get(uow, "organisation.name") == ""


def _team(uow_factory):
    with uow_factory() as uow:
        admin = staff.create_first_admin(uow, "amira", "Amira", "correct horse")
    boss = Actor("amira", StaffRole.ADMIN, admin.id)
    with uow_factory(boss) as uow:
        desk = staff.create_staff(uow, "jo", "Jo", StaffRole.FRONT_DESK, pin="1234")
    return boss, admin, desk


def test_an_admin_changes_a_role_deactivates_and_reactivates(uow_factory) -> None:
    boss, _admin, desk = _team(uow_factory)
    with uow_factory(boss) as uow:
        row = staff.update_staff(uow, desk.id, role=StaffRole.COORDINATOR, display_name="Jo Bloggs")
    assert (row.role, row.display_name) == (StaffRole.COORDINATOR, "Jo Bloggs")
    with uow_factory(boss) as uow:
        staff.update_staff(uow, desk.id, active=False)
    with pytest.raises(PermissionDenied, match="do not match"), uow_factory(read_only=True) as uow:
        staff.sign_in(uow, "jo", "1234")  # a deactivated account cannot sign in
    with uow_factory(boss) as uow:
        staff.update_staff(uow, desk.id, active=True)
    with uow_factory(read_only=True) as uow:
        assert staff.sign_in(uow, "jo", "1234").role is StaffRole.COORDINATOR
        details = [e.details for e in uow.session.scalars(select(AuditEvent)) if e.entity == "staff"]
    assert {"username": "jo", "role": "coordinator", "display_name": True} in details
    assert {"username": "jo", "active": False} in details


def test_the_last_admin_stays_one_and_nobody_deactivates_themselves(uow_factory) -> None:
    boss, admin, desk = _team(uow_factory)
    with pytest.raises(ConflictError, match="only active admin"), uow_factory(boss) as uow:
        staff.update_staff(uow, admin.id, role=StaffRole.COORDINATOR)
    with pytest.raises(ConflictError), uow_factory(boss) as uow:
        staff.update_staff(uow, admin.id, active=False)
    with uow_factory(boss) as uow:
        staff.update_staff(uow, desk.id, role=StaffRole.ADMIN)
    with pytest.raises(ConflictError, match="your own account"), uow_factory(boss) as uow:
        staff.update_staff(uow, admin.id, active=False)
    with uow_factory(boss) as uow:  # with a second admin, the first may step down
        assert staff.update_staff(uow, admin.id, role=StaffRole.COORDINATOR).role is StaffRole.COORDINATOR


def test_a_new_password_or_pin_is_hashed_and_never_audited(uow_factory) -> None:
    boss, _admin, desk = _team(uow_factory)
    with pytest.raises(ValidationError, match="at least 8"), uow_factory(boss) as uow:
        staff.set_secret(uow, desk.id, password="short")
    with uow_factory(boss) as uow:
        staff.set_secret(uow, desk.id, password="a new long secret", pin="97531")
    with uow_factory(read_only=True) as uow:
        assert staff.sign_in(uow, "jo", "a new long secret").name == "jo"
        assert staff.sign_in(uow, "jo", "97531").name == "jo"
        with pytest.raises(PermissionDenied):
            staff.sign_in(uow, "jo", "1234")
        text = repr([e.details for e in uow.session.scalars(select(AuditEvent))])
    assert "a new long secret" not in text and "97531" not in text
    assert "'fields': ['password', 'pin']" in text


@pytest.mark.parametrize("call", [
    lambda uow: staff.update_staff(uow, 999, role=StaffRole.ADMIN),
    lambda uow: staff.set_secret(uow, 999, pin="1234"),
    lambda uow: staff.update_staff(uow, 1, role="boss"),
    lambda uow: staff.create_staff(uow, "x" * 101, "X", StaffRole.FRONT_DESK, pin="1234"),
    lambda uow: staff.create_staff(uow, "ok", "X" * 201, StaffRole.FRONT_DESK, pin="1234"),
])
def test_bad_staff_changes_are_refused_in_words_on_both_databases(uow_factory, call) -> None:
    boss, _admin, _desk = _team(uow_factory)
    with pytest.raises((ValidationError, ConflictError, NotFoundError)) as refused, uow_factory(boss) as uow:
        call(uow)
    assert refused.value.message


def test_below_admin_staff_accounts_cannot_be_changed(uow_factory) -> None:
    _boss, _admin, desk = _team(uow_factory)
    coordinator = Actor("kofi", StaffRole.COORDINATOR, None)
    with pytest.raises(PermissionDenied, match="admin"), uow_factory(coordinator) as uow:
        staff.update_staff(uow, desk.id, role=StaffRole.ADMIN)
    with pytest.raises(PermissionDenied, match="admin"), uow_factory(coordinator) as uow:
        staff.set_secret(uow, desk.id, pin="5555")


def test_invisible_control_characters_are_refused_on_both_databases(uow_factory) -> None:
    """PostgreSQL cannot store NUL in text: refused in words first, on SQLite as well."""
    with pytest.raises(ValidationError, match="control character"), uow_factory() as uow:
        staff.create_first_admin(uow, "am\x00ira", "Amira", "correct horse")
    with pytest.raises(ValidationError, match="control character"), uow_factory() as uow:
        settings.set_many(uow, {"organisation.name": "River\x00side"})
    with uow_factory(read_only=True) as uow:
        assert staff.count_staff(uow) == 0
        assert settings.get(uow, "organisation.name") == ""
