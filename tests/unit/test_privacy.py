"""A participant's data: the full copy, and erasure that keeps statistics — on SQLite and
PostgreSQL."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from sqlalchemy import func, insert, select

from makerspace_app.domain.enums import (
    BookingStatus,
    ConsentKind,
    CredentialKind,
    EnrolmentStatus,
    Recurrence,
    StaffRole,
)
from makerspace_app.domain.errors import ConflictError, PermissionDenied, ValidationError
from makerspace_app.persistence.models import (
    Attendance,
    AuditEvent,
    Booking,
    BookingSeries,
    ConsentRecord,
    Enrolment,
    Equipment,
    EquipmentCategory,
    IssuedCredential,
    Participant,
    Project,
    ProjectPhoto,
    Workshop,
    WorkshopSession,
    project_members,
    project_photo_people,
)
from makerspace_app.services import certifications, consent, participants, privacy
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
HOUR = dt.timedelta(hours=1)
PNG = b"\x89PNG\r\n\x1a\n" + b"photo of amira"


@pytest.fixture
def work(db):
    def make(now: dt.datetime = NOW, actor: Actor | None = None, read_only: bool = False):
        return unit_of_work(db, actor or Actor.system(), read_only=read_only, clock=lambda: now)

    return make


@pytest.fixture
def amira(work) -> dict[str, int]:
    """Amira with something of everything, her daughter, and a friend in one of her photos."""
    with work() as uow:
        me = participants.register_participant(uow, ParticipantInput(
            given_name="Amira", family_name="Haddad", date_of_birth=dt.date(1990, 5, 17),
            email="amira@example.org", phone="+44 20 7946 0000", address="1 High St",
            languages=("ar", "en"), accessibility_tags=("quiet_space",),
            accessibility_notes="Needs breaks", notes="Volunteer"))
        pid = me.id
        daughter = participants.register_participant(uow, ParticipantInput(
            given_name="Lina", family_name="Haddad", date_of_birth=dt.date(2016, 1, 1),
            guardian_participant_id=pid)).id
        friend = participants.register_participant(uow, ParticipantInput(
            given_name="Omar", family_name="Saleh", age_band="26_64")).id
        for kind in ConsentKind:
            consent.give_consent(uow, pid, kind, "Amira Haddad")
        consent.set_participant_photo(uow, pid, PNG)
        category = EquipmentCategory(name="Laser cutter", requires_certification=True)
        uow.session.add(category)
        uow.session.flush()
        item = Equipment(asset_tag="LAS-1", name="Laser 1", category_id=category.id, created_at=NOW)
        workshop = Workshop(title="Laser basics", capacity=8, created_at=NOW)
        project = Project(title="Lamp", created_at=NOW, updated_at=NOW)
        uow.session.add_all([item, workshop, project])
        uow.session.flush()
        session = WorkshopSession(workshop_id=workshop.id, starts_at=NOW, ends_at=NOW + HOUR)
        series = BookingSeries(equipment_id=item.id, participant_id=pid, recurrence=Recurrence.WEEKLY,
                               first_day=dt.date(2026, 3, 17), local_start=dt.time(10),
                               local_end=dt.time(11), timezone="Europe/London", occurrences=4,
                               created_at=NOW)
        uow.session.add_all([session, series])
        uow.session.add_all([
            Booking(equipment_id=item.id, participant_id=pid, starts_at=NOW + HOUR,
                    ends_at=NOW + 2 * HOUR, status=BookingStatus.BOOKED,
                    notes="Amira brings her own plywood", created_at=NOW),
            Enrolment(workshop_id=workshop.id, participant_id=pid,
                      status=EnrolmentStatus.ENROLLED, enrolled_at=NOW),
            IssuedCredential(kind=CredentialKind.BADGE, serial="B-0001", verification_code="V1",
                             participant_id=pid, issued_at=NOW),
        ])
        uow.session.flush()
        uow.session.add(Attendance(session_id=session.id, participant_id=pid, marked_at=NOW))
        uow.session.execute(insert(project_members), [
            {"project_id": project.id, "participant_id": pid},
            {"project_id": project.id, "participant_id": friend}])
        photo = ProjectPhoto(project_id=project.id, caption="Us", image=PNG, added_at=NOW)
        other = ProjectPhoto(project_id=project.id, caption="The lamp", image=PNG, added_at=NOW)
        uow.session.add_all([photo, other])
        uow.session.flush()
        uow.session.execute(insert(project_photo_people), [
            {"photo_id": photo.id, "participant_id": pid},
            {"photo_id": photo.id, "participant_id": friend}])
        certifications.grant_certification(uow, pid, category.id, workshop_id=workshop.id)
    return {"pid": pid, "daughter": daughter, "friend": friend, "other_photo": other.id}


def test_export_holds_everything_about_them_as_json(work, amira) -> None:
    with work() as uow:
        data = privacy.export_participant_data(uow, amira["pid"])
    json.dumps(data)  # JSON-ready as it is
    me = data["participant"]
    assert (me["given_name"], me["date_of_birth"], me["languages"]) == (
        "Amira", "1990-05-17", ["ar", "en"])
    assert me["accessibility_tags"] == ["quiet_space"] and me["notes"] == "Volunteer"
    assert base64.b64decode(me["photo_base64"]) == PNG
    assert data["guardian_of_participant_ids"] == [amira["daughter"]]
    assert sorted(c["kind"] for c in data["consents"]) == ["data_processing", "participation", "photo"]
    assert data["certifications"][0]["category"] == "Laser cutter"
    assert data["bookings"][0]["notes"] == "Amira brings her own plywood"
    assert data["bookings"][0]["status"] == "booked"
    assert data["booking_series"][0]["local_start"] == "10:00:00"
    assert data["enrolments"][0]["workshop"] == "Laser basics"
    assert data["attendance"][0]["workshop"] == "Laser basics"
    assert [p["title"] for p in data["projects"]] == ["Lamp"]
    assert [p["caption"] for p in data["photos_showing_them"]] == ["Us"]
    assert base64.b64decode(data["photos_showing_them"][0]["image_base64"]) == PNG
    assert data["credentials"][0]["serial"] == "B-0001"
    assert "create" in [h["action"] for h in data["history"]]
    with work(read_only=True) as uow:
        assert uow.session.scalar(select(AuditEvent).where(
            AuditEvent.action == "export_data")).entity_id == amira["pid"]


def test_erasure_empties_the_person_and_keeps_the_statistics(work, amira) -> None:
    pid = amira["pid"]
    with work(read_only=True) as uow:
        old_code = participants.get_participant(uow, pid).badge_code
        preview = privacy.erasure_preview(uow, pid)
    with work(NOW + HOUR) as uow:
        report = privacy.erase_participant(uow, pid)
    assert report == preview
    assert (report.consents_deleted, report.project_memberships_deleted,
            report.project_photos_deleted, report.participant_photo_deleted) == (3, 1, 1, True)
    assert (report.guardian_links_removed, report.booking_notes_blanked, report.bookings_kept,
            report.attendance_kept, report.enrolments_kept, report.certifications_kept) == (
        1, 1, 1, 1, 1, 1)

    with work(read_only=True) as uow:
        stub = uow.session.get(Participant, pid)
        personal = ("given_name", "family_name", "preferred_name", "pronouns", "email", "phone",
                    "address", "preferred_language", "accessibility_notes", "guardian_name",
                    "guardian_contact", "notes", "search_text")
        assert {name: getattr(stub, name) for name in personal} == dict.fromkeys(personal, "")
        assert (stub.date_of_birth, stub.photo, stub.languages, stub.accessibility_tags) == (
            None, None, [], [])
        assert stub.age_band.value == "26_64"  # kept for statistics, from the date of birth
        assert stub.erased_at == NOW + HOUR and stub.badge_code != old_code
        assert participants.find_by_badge_code(uow, old_code) is None
        assert participants.search_participants(uow, "amira") == []
        assert pid not in [r.id for r in participants.search_participants(uow, "", limit=100)]

        def rows(model, *where) -> int:
            return uow.session.scalar(select(func.count()).select_from(model).where(*where))

        assert rows(ConsentRecord, ConsentRecord.participant_id == pid) == 0
        assert rows(project_members, project_members.c.participant_id == pid) == 0
        assert rows(project_members) == 1  # the friend stays a member
        assert set(uow.session.scalars(select(ProjectPhoto.id))) == {amira["other_photo"]}
        assert rows(project_photo_people) == 0
        assert rows(Booking, Booking.participant_id == pid, Booking.notes == "") == 1
        assert rows(Attendance, Attendance.participant_id == pid) == 1
        assert rows(Enrolment, Enrolment.participant_id == pid) == 1
        assert uow.session.get(Participant, amira["daughter"]).guardian_participant_id is None

        erase = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "erase"))
        assert (erase.entity, erase.entity_id, erase.details) == ("participant", pid, {})
        log = json.dumps([e.details for e in uow.session.scalars(select(AuditEvent))],
                         ensure_ascii=False)
        for secret in ("Amira", "Haddad", "amira@example.org", "7946", "High St", "plywood"):
            assert secret not in log
    # The daughter now needs a guardian again before she can book or enrol.
    with pytest.raises(ValidationError, match="no guardian"), work() as uow:
        participants.require_can_book_or_enrol(uow, amira["daughter"])


def test_erasure_is_refused_twice_and_below_coordinator(work, amira) -> None:
    desk = Actor("desk", StaffRole.FRONT_DESK)
    leader = Actor("leila", StaffRole.WORKSHOP_LEADER)
    for actor in (desk, leader):
        with pytest.raises(PermissionDenied, match="coordinator"), work(actor=actor) as uow:
            privacy.erase_participant(uow, amira["pid"])
        with pytest.raises(PermissionDenied), work(actor=actor) as uow:
            privacy.export_participant_data(uow, amira["pid"])
    with work(read_only=True) as uow:
        assert participants.get_participant(uow, amira["pid"]).given_name == "Amira"
    with work(actor=Actor("coord", StaffRole.COORDINATOR)) as uow:
        privacy.erase_participant(uow, amira["pid"])
    with pytest.raises(ConflictError, match="erased on 2026-03-10"), work() as uow:
        privacy.erase_participant(uow, amira["pid"])
    with work() as uow:  # what is left can still be exported: nothing personal
        left = privacy.export_participant_data(uow, amira["pid"])
    assert left["participant"]["given_name"] == "" and left["participant"]["photo_base64"] is None
    assert left["consents"] == [] and len(left["bookings"]) == 1
