"""Projects: team, equipment used, photos with consent, files, gallery and page, on SQLite
and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from makerspace_app.domain.enums import ConsentKind, ProjectStatus, StaffRole
from makerspace_app.domain.errors import ConflictError, PermissionDenied, ValidationError
from makerspace_app.persistence.models import (
    AuditEvent,
    Participant,
    Project,
    ProjectFile,
    ProjectPhoto,
    StaffMember,
)
from makerspace_app.services import consent, projects, workshops
from makerspace_app.services.projects import ProjectInput
from makerspace_app.services.uow import Actor
from makerspace_app.services.workshops import WorkshopInput

from worlds import NOW, World, local  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
THUMB = b"\x89PNG\r\n\x1a\n" + b"\x01" * 16
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


class Studio(World):
    """The test world plus a leader and a front desk."""

    def __init__(self, db, uow_factory):
        super().__init__(db, uow_factory)
        self.actors: dict[str, Actor] = {}
        with db.session() as s:
            for username, name, role in (("lena", "Lena Leader", StaffRole.WORKSHOP_LEADER),
                                         ("dee", "Dee Desk", StaffRole.FRONT_DESK)):
                member = StaffMember(username=username, display_name=name, role=role,
                                     password_hash=None, pin_hash=None, active=True, created_at=NOW)
                s.add(member)
                s.flush()
                self.actors[username] = Actor(name, role, member.id)

    def as_(self, who: str = "lena", now=NOW):
        return self.uow(now, self.actors[who])

    def project(self, **kw) -> projects.ProjectRow:
        data = ProjectInput(**{"title": "Solar lamp", "team": (self.ids["adult"],), **kw})
        with self.as_() as uow:
            return projects.create_project(uow, data)

    def photo_consent(self, who: str) -> None:
        with self.uow() as uow:
            consent.give_consent(uow, self.ids[who], ConsentKind.PHOTO, "themselves")

    def count(self, model) -> int:  # noqa: ANN001
        with self.db.session(read_only=True) as s:
            return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def studio(db, uow_factory) -> Studio:
    return Studio(db, uow_factory)


def test_create_and_edit_a_project_with_its_team(studio) -> None:
    with studio.as_() as uow:
        made = workshops.create_workshop(uow, WorkshopInput("Lamps", 5))
    row = studio.project(description="A lamp that charges in the sun.",
                         team=(studio.ids["teen"], studio.ids["adult"]), workshop_id=made.id,
                         materials="Plywood, LEDs")
    assert [m.display_name for m in row.team] == ["Amara Test", "Tariq Test"]
    assert row.status is ProjectStatus.IDEA and row.workshop_title == "Lamps"
    later = NOW + dt.timedelta(days=3)
    with studio.as_(now=later) as uow:
        edited = projects.edit_project(uow, row.id, replace(
            row.as_input(), title="Solar lamp “Sunny”", team=(studio.ids["teen"],),
            status=ProjectStatus.IN_PROGRESS))
        assert projects.set_project_status(uow, row.id, "exhibited").status is ProjectStatus.EXHIBITED
    assert [m.display_name for m in edited.team] == ["Tariq Test"]
    assert edited.updated_at == later and edited.created_at == NOW
    with studio.db.session(read_only=True) as s:
        assert "sunny" in s.scalar(select(Project.search_text))
        assert s.scalar(select(AuditEvent.details).where(AuditEvent.action == "update",
                                                        AuditEvent.entity == "project"))["fields"] == [
            "title", "status", "team"]
    with pytest.raises(ValidationError, match="needs a title"), studio.as_() as uow:
        projects.create_project(uow, ProjectInput(" "))
    with pytest.raises(ValidationError, match="not a project status"), studio.as_() as uow:
        projects.create_project(uow, ProjectInput("X", status="done"))
    with pytest.raises(ValidationError, match="no participant number 999"), studio.as_() as uow:
        projects.create_project(uow, ProjectInput("X", team=(999,)))
    with pytest.raises(PermissionDenied), studio.as_("dee") as uow:
        projects.create_project(uow, ProjectInput("Desk project"))
    assert studio.count(Project) == 1


def test_equipment_used_and_its_booking_must_match_the_team_and_item(studio) -> None:
    row = studio.project()
    mine = studio.book("laser1", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    theirs = studio.book("printer", "other", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    with studio.as_() as uow:
        use = projects.add_equipment_use(uow, row.id, studio.ids["laser1"], mine.id)
        plain = projects.add_equipment_use(uow, row.id, studio.ids["printer"])
    assert (use.equipment_name, use.booking_id, use.booking_participant) == ("Laser 1", mine.id,
                                                                            "Amara Test")
    assert plain.booking_id is None and plain.category_name == "3D printers"
    with pytest.raises(ValidationError, match="was for Laser 1, not Laser 2"), studio.as_() as uow:
        projects.add_equipment_use(uow, row.id, studio.ids["laser2"], mine.id)
    with pytest.raises(ValidationError, match="was for Bo Test, who is not in the project's team"), \
            studio.as_() as uow:
        projects.add_equipment_use(uow, row.id, studio.ids["printer"], theirs.id)
    with pytest.raises(ConflictError, match="already listed"), studio.as_() as uow:
        projects.add_equipment_use(uow, row.id, studio.ids["printer"])
    with studio.as_() as uow:
        projects.remove_equipment_use(uow, plain.id)
        page = projects.project_page(uow, row.id)
    assert [(e.equipment_name, e.booking_id) for e in page.equipment] == [("Laser 1", mine.id)]


def test_photos_need_the_warning_acknowledged_and_consent_of_everyone_shown(studio) -> None:
    row = studio.project(team=(studio.ids["adult"], studio.ids["teen"]))
    people = [studio.ids["adult"], studio.ids["teen"], studio.ids["other"]]
    with pytest.raises(ValidationError, match="read the warning"), studio.as_() as uow:
        projects.add_photo(uow, row.id, PNG, "At the fair", [], acknowledged_warning=False)
    studio.photo_consent("adult")
    with pytest.raises(ValidationError, match="No current photo consent for: Tariq Test, Bo Test"), \
            studio.as_() as uow:
        projects.add_photo(uow, row.id, PNG, "At the fair", people, True)
    studio.photo_consent("teen")
    studio.photo_consent("other")
    with studio.uow() as uow:
        consent.withdraw_consent(uow, studio.ids["other"], ConsentKind.PHOTO)
    with pytest.raises(ValidationError, match="consent for: Bo Test\\."), studio.as_() as uow:
        projects.add_photo(uow, row.id, PNG, "At the fair", people, True)
    with pytest.raises(ValidationError, match="not a PNG, JPEG, GIF or WebP"), studio.as_() as uow:
        projects.add_photo(uow, row.id, b"GIF? no", "", [], True)
    with pytest.raises(PermissionDenied), studio.as_("dee") as uow:
        projects.add_photo(uow, row.id, PNG, "", [], True)
    assert studio.count(ProjectPhoto) == 0
    with studio.as_() as uow:
        photo = projects.add_photo(uow, row.id, JPEG, "  At the fair ", people[:2], True,
                                   thumbnail=THUMB)
        assert projects.get_photo_image(uow, photo.id) == JPEG
    assert photo.caption == "At the fair" and photo.thumbnail == THUMB
    assert [p.display_name for p in photo.people_shown] == ["Amara Test", "Tariq Test"]
    # Withdrawing consent later deletes the photo (services/consent.py).
    with studio.uow() as uow:
        consent.withdraw_consent(uow, studio.ids["teen"], ConsentKind.PHOTO)
        assert projects.project_page(uow, row.id).photos == ()


def test_files_up_to_20_mb(studio) -> None:
    row = studio.project()
    with pytest.raises(ValidationError, match="“big.stl” is 20.0 MB; a project file can be at "
                       "most 20 MB"), studio.as_() as uow:
        projects.attach_file(uow, row.id, "big.stl", "", b"x" * (20 * 1024 * 1024 + 1))
    assert studio.count(ProjectFile) == 0
    with studio.as_() as uow:
        attached = projects.attach_file(uow, row.id, "C:\\designs\\lamp.svg", "", b"<svg/>")
        assert projects.get_file_content(uow, attached.id) == ("lamp.svg", "image/svg+xml", b"<svg/>")
    assert (attached.filename, attached.size) == ("lamp.svg", 6)
    with pytest.raises(ValidationError, match="not a media type"), studio.as_() as uow:
        projects.attach_file(uow, row.id, "notes.txt", "text plain", b"hi")
    with studio.as_() as uow:
        projects.remove_file(uow, attached.id)
    assert studio.count(ProjectFile) == 0


def test_gallery_search_filters_thumbnails_and_team_names_and_the_page(studio) -> None:
    studio.photo_consent("adult")
    with studio.as_() as uow:
        made = workshops.create_workshop(uow, WorkshopInput("Lamps", 5))
    lamp = studio.project(title="Lampe solaire", description="Énergie du soleil",
                          team=(studio.ids["adult"], studio.ids["other"]), workshop_id=made.id,
                          status=ProjectStatus.FINISHED)
    robot = studio.project(title="Robot arm", team=(studio.ids["teen"],))
    with studio.as_(now=NOW + dt.timedelta(hours=1)) as uow:
        projects.add_photo(uow, lamp.id, PNG, "no thumbnail", [], True)
        projects.add_photo(uow, lamp.id, PNG, "with", [studio.ids["adult"]], True, thumbnail=THUMB)
        projects.attach_file(uow, lamp.id, "lamp.svg", "image/svg+xml", b"<svg/>")
    with studio.as_("dee") as uow:
        everything = projects.gallery(uow)
        assert [g.title for g in everything] == ["Lampe solaire", "Robot arm"]  # latest change first
        first = everything[0]
        assert first.thumbnail == THUMB and first.photo_count == 2
        assert first.team_names == ("Amara Test", "Bo Test") and first.workshop_title == "Lamps"
        assert [g.title for g in projects.gallery(uow, "ENERGIE")] == ["Lampe solaire"]
        assert [g.title for g in projects.gallery(uow, status="finished")] == ["Lampe solaire"]
        assert [g.title for g in projects.gallery(uow, workshop_id=made.id)] == ["Lampe solaire"]
        assert [g.title for g in projects.gallery(uow, limit=1, offset=1)] == ["Robot arm"]
        assert projects.gallery(uow, "robot")[0].thumbnail is None
        page = projects.project_page(uow, lamp.id)
    assert page.project.title == "Lampe solaire" and page.project.status is ProjectStatus.FINISHED
    assert [p.caption for p in page.photos] == ["no thumbnail", "with"]
    assert [(f.filename, f.size) for f in page.files] == [("lamp.svg", 6)]
    assert robot.id != lamp.id
    with studio.db.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 4


def test_the_team_bookings_are_the_choices_for_equipment_used(studio) -> None:
    row = studio.project(team=(studio.ids["adult"],))
    early = studio.book("laser1", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    late = studio.book("printer", "adult", local("2026-03-04", "10:00"), local("2026-03-04", "11:00"))
    studio.book("printer", "other", local("2026-03-03", "12:00"), local("2026-03-03", "13:00"))
    with studio.as_() as uow:
        projects.add_equipment_use(uow, row.id, studio.ids["laser1"], early.id)
    with studio.as_("dee") as uow:
        choices = projects.team_bookings(uow, row.id)
    assert [(c.booking_id, c.equipment_name, c.participant_name, c.already_listed)
            for c in choices] == [(late.id, "Prusa 1", "Amara Test", False),
                                  (early.id, "Laser 1", "Amara Test", True)]
    with studio.as_() as uow:
        projects.edit_project(uow, row.id, replace(row.as_input(), team=()))
        assert projects.team_bookings(uow, row.id) == []


def test_the_gallery_filters_by_participant_and_lists_the_workshops_with_projects(studio) -> None:
    with studio.as_() as uow:
        lamps = workshops.create_workshop(uow, WorkshopInput("Lamps", 5))
        workshops.create_workshop(uow, WorkshopInput("Robots", 5))
    first = studio.project(title="Solar lamp", team=(studio.ids["adult"],), workshop_id=lamps.id)
    second = studio.project(title="Kite", team=(studio.ids["teen"], studio.ids["adult"]))
    studio.project(title="Bird box", team=(studio.ids["teen"],))
    with studio.as_("dee") as uow:
        mine = projects.gallery(uow, participant_id=studio.ids["adult"])
        assert {r.id for r in mine} == {first.id, second.id}
        assert [r.title for r in projects.gallery(uow, "kite", participant_id=studio.ids["teen"])
                ] == ["Kite"]
        assert projects.gallery_workshops(uow) == [(lamps.id, "Lamps")]


def test_who_lacks_photo_consent_is_named_before_a_photo_is_tried(studio) -> None:
    studio.photo_consent("adult")
    with studio.as_("dee") as uow:
        missing = projects.without_photo_consent(
            uow, [studio.ids["adult"], studio.ids["teen"], studio.ids["teen"]])
    assert [(m.participant_id, m.display_name) for m in missing] == [
        (studio.ids["teen"], "Tariq Test")]


def test_a_coordinator_removes_a_project_with_its_photos_and_files_and_a_leader_cannot(
        studio, uow_factory) -> None:
    studio.photo_consent("adult")
    row = studio.project(team=(studio.ids["adult"],))
    with studio.as_() as uow:
        projects.add_photo(uow, row.id, PNG, "", [studio.ids["adult"]], True, THUMB)
        projects.attach_file(uow, row.id, "lamp.svg", "", b"<svg/>")
    with pytest.raises(PermissionDenied), studio.as_() as uow:
        projects.delete_project(uow, row.id)
    assert studio.count(Project) == 1
    coordinator = Actor("Cora", StaffRole.COORDINATOR, None)
    with uow_factory(coordinator, clock=lambda: NOW) as uow:
        assert projects.delete_project(uow, row.id) == "Solar lamp"
    assert (studio.count(Project), studio.count(ProjectPhoto), studio.count(ProjectFile)) == (0, 0, 0)
    assert studio.count(Participant) == 4
    with studio.db.session(read_only=True) as s:
        details = s.scalar(select(AuditEvent.details).where(AuditEvent.action == "delete",
                                                           AuditEvent.entity == "project"))
    assert details == {"title": "Solar lamp", "photos": 1, "files": 1}
