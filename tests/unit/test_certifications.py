"""Certifications: granting, validity in time, revoking, expiring soon — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from makerspace_app.persistence.models import (
    AuditEvent,
    Certification,
    EquipmentCategory,
    StaffMember,
)
from makerspace_app.services import certifications, participants, privacy, settings
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
DAY = dt.timedelta(days=1)


@pytest.fixture
def setup(db):
    """Staff (a coordinator and a desk member), two categories and two participants."""

    def work(now: dt.datetime = NOW, actor: Actor | None = None, read_only: bool = False):
        return unit_of_work(db, actor or Actor.system(), read_only=read_only, clock=lambda: now)

    with work() as uow:
        # Staff rows written directly: the services would hash passwords, which is slow.
        lead, desk = (StaffMember(username=u, display_name=u, role=r, created_at=NOW)
                      for u, r in (("leila", StaffRole.COORDINATOR), ("dan", StaffRole.FRONT_DESK)))
        uow.session.add_all([lead, desk])
        laser = EquipmentCategory(name="Laser cutter", requires_certification=True,
                                  certification_valid_days=365)
        lathe = EquipmentCategory(name="Lathe", requires_certification=True)
        uow.session.add_all([laser, lathe])
        uow.session.flush()
        people = [
            participants.register_participant(uow, ParticipantInput(
                given_name=g, family_name="Okafor", age_band="26_64")).id
            for g in ("Ada", "Ben")
        ]

    return SimpleNamespace(
        work=work,
        coordinator=Actor("leila", StaffRole.COORDINATOR, lead.id),
        desk=Actor("dan", StaffRole.FRONT_DESK, desk.id),
        laser=laser.id, lathe=lathe.id, ada=people[0], ben=people[1],
    )


def test_grant_uses_the_category_validity_and_the_acting_coordinator(setup) -> None:
    with setup.work(actor=setup.coordinator) as uow:
        cert = certifications.grant_certification(uow, setup.ada, setup.laser)
        forever = certifications.grant_certification(uow, setup.ada, setup.lathe)
    assert cert.granted_at == NOW and cert.expires_at == NOW + 365 * DAY
    assert cert.granted_by_staff_id == setup.coordinator.staff_id
    assert cert.participant_name == "Ada Okafor" and cert.category_name == "Laser cutter"
    assert forever.expires_at is None
    with setup.work(read_only=True) as uow:
        event = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "grant"))
        assert event.entity == "certification" and event.details["participant_id"] == setup.ada


def test_validity_over_time(setup) -> None:
    with setup.work(actor=setup.coordinator) as uow:
        cert = certifications.grant_certification(
            uow, setup.ada, setup.laser, expires_at=NOW + 10 * DAY)
    with setup.work(actor=setup.desk, read_only=True) as uow:
        def valid(at: dt.datetime):
            return certifications.valid_certification(uow, setup.ada, setup.laser, at)

        assert valid(NOW).id == cert.id
        assert valid(NOW + 10 * DAY - dt.timedelta(seconds=1)).id == cert.id
        assert valid(NOW + 10 * DAY) is None  # expires at that instant
        assert valid(NOW - DAY) is None  # not granted yet
        assert certifications.valid_certification(uow, setup.ada, setup.lathe) is None
        assert certifications.valid_certification(uow, setup.ben, setup.laser) is None


def test_revoking_takes_the_permission_away(setup) -> None:
    with setup.work(actor=setup.coordinator) as uow:
        first = certifications.grant_certification(uow, setup.ada, setup.laser)
    with setup.work(NOW + DAY, actor=setup.coordinator) as uow:
        renewal = certifications.grant_certification(uow, setup.ada, setup.laser)
        assert certifications.valid_certification(uow, setup.ada, setup.laser).id == renewal.id
    with setup.work(NOW + 2 * DAY, actor=setup.coordinator) as uow:
        assert certifications.revoke_certification(uow, setup.ada, setup.laser) == [
            first.id, renewal.id]
        assert certifications.valid_certification(uow, setup.ada, setup.laser) is None
        # A past moment is judged as it was then.
        assert certifications.valid_certification(
            uow, setup.ada, setup.laser, NOW + DAY).id == renewal.id
        listed = certifications.list_for_participant(uow, setup.ada)
        assert [c.id for c in listed] == [renewal.id, first.id]
        assert all(c.revoked_at == NOW + 2 * DAY for c in listed)
    with pytest.raises(ConflictError, match="nothing to revoke"), setup.work(
            NOW + 3 * DAY, actor=setup.coordinator) as uow:
        certifications.revoke_certification(uow, setup.ada, setup.laser)


def test_refusals_change_nothing(setup) -> None:
    cases = [
        (setup.desk, lambda uow: certifications.grant_certification(uow, setup.ada, setup.laser),
         PermissionDenied, "Only a coordinator or above can grant certifications"),
        (setup.desk, lambda uow: certifications.revoke_certification(uow, setup.ada, setup.laser),
         PermissionDenied, "revoke certifications"),
        (setup.coordinator, lambda uow: certifications.grant_certification(uow, setup.ada, 999),
         NotFoundError, "no equipment category number 999"),
        (setup.coordinator, lambda uow: certifications.grant_certification(uow, 999, setup.laser),
         NotFoundError, "no participant number 999"),
        (setup.coordinator, lambda uow: certifications.grant_certification(
            uow, setup.ada, setup.laser, workshop_id=999), NotFoundError, "no workshop number"),
        (setup.coordinator, lambda uow: certifications.grant_certification(
            uow, setup.ada, setup.laser, expires_at=NOW), ValidationError, "not in the future"),
    ]
    for actor, call, error, says in cases:
        with pytest.raises(error) as refused, setup.work(actor=actor) as uow:
            call(uow)
        assert says in refused.value.message
    with setup.work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Certification)) == 0
        privacy.erase_participant(uow, setup.ben)
    with pytest.raises(ConflictError, match="erased"), setup.work(actor=setup.coordinator) as uow:
        certifications.grant_certification(uow, setup.ben, setup.laser)


def test_expiring_soon(setup) -> None:
    with setup.work(actor=setup.coordinator) as uow:
        soon = certifications.grant_certification(uow, setup.ada, setup.laser,
                                                  expires_at=NOW + 20 * DAY)
        certifications.grant_certification(uow, setup.ada, setup.lathe, expires_at=NOW + 40 * DAY)
        renewed = certifications.grant_certification(uow, setup.ben, setup.laser,
                                                     expires_at=NOW + 5 * DAY)
        certifications.grant_certification(uow, setup.ben, setup.laser, expires_at=NOW + 400 * DAY)
        certifications.grant_certification(uow, setup.ben, setup.lathe)  # never expires
    with setup.work(actor=setup.desk, read_only=True) as uow:
        assert [c.id for c in certifications.expiring_soon(uow)] == [soon.id]  # default 30 days
        assert [c.category_name for c in certifications.expiring_soon(uow, 45)] == [
            "Laser cutter", "Lathe"]
        assert renewed.id not in [c.id for c in certifications.expiring_soon(uow, 10)]
    with setup.work() as uow:
        settings.set_many(uow, {"certifications.expiring_days": 50})
        assert len(certifications.expiring_soon(uow)) == 2
        with pytest.raises(ValidationError):
            certifications.expiring_soon(uow, -1)
    with setup.work(NOW + 21 * DAY, read_only=True) as uow:  # the first has expired
        assert [c.category_name for c in certifications.expiring_soon(uow)] == ["Lathe"]
