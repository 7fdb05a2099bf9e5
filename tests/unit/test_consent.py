"""Consent records and participant photos, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from makerspace_app.domain.enums import ConsentKind, StaffRole
from makerspace_app.domain.errors import ConflictError, ValidationError
from makerspace_app.persistence.models import (
    AuditEvent,
    ConsentRecord,
    Participant,
    Project,
    ProjectPhoto,
    project_photo_people,
)
from makerspace_app.services import consent, participants
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
DESK = Actor("desk", StaffRole.FRONT_DESK)


@pytest.fixture
def work(db):
    def make(now: dt.datetime = NOW, actor: Actor | None = None, read_only: bool = False):
        return unit_of_work(db, actor or DESK, read_only=read_only, clock=lambda: now)

    return make


@pytest.fixture
def two_people(work) -> tuple[int, int]:
    with work() as uow:
        a = participants.register_participant(uow, ParticipantInput(
            given_name="Amira", family_name="Haddad", age_band="26_64"))
        b = participants.register_participant(uow, ParticipantInput(
            given_name="Omar", family_name="Haddad", age_band="26_64"))
    return a.id, b.id


def test_give_withdraw_and_current_consents(work, two_people) -> None:
    pid, _ = two_people
    earlier = NOW - dt.timedelta(days=3)
    with work() as uow:
        given = consent.give_consent(uow, pid, ConsentKind.PARTICIPATION, " Amira Haddad ", earlier)
        consent.give_consent(uow, pid, "data_processing", "Amira Haddad")
        assert given.given_by == "Amira Haddad" and given.given_at == earlier and given.current
        assert set(consent.current_consents(uow, pid)) == {
            ConsentKind.PARTICIPATION, ConsentKind.DATA_PROCESSING}
        assert not consent.has_photo_consent(uow, pid)
    later = NOW + dt.timedelta(hours=1)
    with work(later) as uow:
        done = consent.withdraw_consent(uow, pid, ConsentKind.PARTICIPATION)
        assert done.consent.withdrawn_at == later and done.project_photos_deleted == 0
        assert set(consent.current_consents(uow, pid)) == {ConsentKind.DATA_PROCESSING}
        again = consent.give_consent(uow, pid, ConsentKind.PARTICIPATION, "Amira Haddad")
        history = consent.consent_history(uow, pid)
        assert [h.id for h in history][0] == again.id and len(history) == 3
        actions = [e.action for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action.like("%consent")).order_by(AuditEvent.id))]
    assert actions == ["give_consent", "give_consent", "withdraw_consent", "give_consent"]


def test_consent_refusals_leave_nothing_behind(work, two_people) -> None:
    pid, _ = two_people
    with work() as uow:
        consent.give_consent(uow, pid, ConsentKind.PHOTO, "Amira Haddad")
    cases = [
        (lambda uow: consent.give_consent(uow, pid, ConsentKind.PHOTO, "Amira"), ConflictError,
         "still current"),
        (lambda uow: consent.give_consent(uow, pid, "participation", "  "), ValidationError,
         "Say who gave the consent"),
        (lambda uow: consent.give_consent(uow, pid, "newsletter", "Amira"), ValidationError,
         "not a kind of consent"),
        (lambda uow: consent.give_consent(uow, pid, "participation", "Amira",
                                          NOW + dt.timedelta(days=1)), ValidationError,
         "in the future"),
        (lambda uow: consent.withdraw_consent(uow, pid, "participation"), ConflictError,
         "nothing to withdraw"),
        (lambda uow: consent.withdraw_consent(uow, pid, "photo", NOW - dt.timedelta(days=1)),
         ValidationError, "cannot be withdrawn earlier"),
    ]
    for call, error, says in cases:
        with pytest.raises(error) as refused, work() as uow:
            call(uow)
        assert says in refused.value.message, says
    with work(read_only=True) as uow:
        rows = uow.session.scalars(select(ConsentRecord)).all()
        assert [(r.kind, r.withdrawn_at) for r in rows] == [(ConsentKind.PHOTO, None)]


def test_a_photo_needs_photo_consent(work, two_people) -> None:
    pid, _ = two_people
    with pytest.raises(ValidationError) as refused, work() as uow:
        consent.set_participant_photo(uow, pid, PNG)
    assert "no current photo consent" in refused.value.message
    assert "Record their photo consent first" in refused.value.message
    with work() as uow:
        consent.give_consent(uow, pid, ConsentKind.PHOTO, "Amira Haddad")
        with pytest.raises(ValidationError, match="not a PNG"):
            consent.set_participant_photo(uow, pid, b"GIF89a...")
        consent.set_participant_photo(uow, pid, PNG)
    with work(read_only=True) as uow:
        assert consent.get_participant_photo(uow, pid) == PNG
        assert participants.get_participant(uow, pid).has_photo
        details = [e.details for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "update"))]
    assert details == [{"fields": ["photo"]}]
    with work() as uow:
        assert consent.remove_participant_photo(uow, pid) is True
        assert consent.remove_participant_photo(uow, pid) is False


def _photo(uow, project_id: int, people: list[int], caption: str) -> int:
    photo = ProjectPhoto(project_id=project_id, caption=caption, image=PNG, thumbnail=None,
                         added_at=NOW)
    uow.session.add(photo)
    uow.session.flush()
    if people:
        uow.session.execute(insert(project_photo_people),
                            [{"photo_id": photo.id, "participant_id": p} for p in people])
    return photo.id


def test_withdrawing_photo_consent_deletes_every_photo_of_the_person(work, two_people) -> None:
    amira, omar = two_people
    with work() as uow:
        for pid in two_people:
            consent.give_consent(uow, pid, ConsentKind.PHOTO, "themselves")
        consent.set_participant_photo(uow, amira, PNG)
        consent.set_participant_photo(uow, omar, PNG)
        project = Project(title="Robot arm", created_at=NOW, updated_at=NOW)
        uow.session.add(project)
        uow.session.flush()
        both = _photo(uow, project.id, [amira, omar], "The team")
        hers = _photo(uow, project.id, [amira], "Soldering")
        his = _photo(uow, project.id, [omar], "Testing")
        nobody = _photo(uow, project.id, [], "The arm")
        assert consent.photos_showing(uow, amira) == 2
    with work() as uow:
        done = consent.withdraw_consent(uow, amira, ConsentKind.PHOTO)
    assert done.participant_photo_deleted and done.project_photos_deleted == 2
    with work(read_only=True) as uow:
        assert consent.get_participant_photo(uow, amira) is None
        assert consent.get_participant_photo(uow, omar) == PNG
        left = set(uow.session.scalars(select(ProjectPhoto.id)))
        assert left == {his, nobody}
        links = uow.session.execute(select(project_photo_people)).all()
        assert [(link.photo_id, link.participant_id) for link in links] == [(his, omar)]
        event = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "withdraw_consent"))
        assert event.details["project_photos_deleted"] == sorted([both, hers])
        assert event.details["participant_photo_deleted"] is True
        assert uow.session.scalar(
            select(func.count()).select_from(Participant).where(Participant.photo.is_not(None))) == 1
    # No consent now, so no new photo.
    with pytest.raises(ValidationError, match="no current photo consent"), work() as uow:
        consent.set_participant_photo(uow, amira, PNG)
