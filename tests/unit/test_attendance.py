"""Attendance (roster, scan or type, walk-ins, the grid, today's sessions) and completion with
automatic certification, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import event, func, select, update

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import ConflictError, PermissionDenied, ValidationError
from makerspace_app.persistence.models import (
    Attendance,
    AuditEvent,
    Certification,
    Enrolment,
    Participant,
    Space,
    StaffMember,
)
from makerspace_app.services import attendance, bookings, workshops
from makerspace_app.services.bookings import BookingRefused
from makerspace_app.services.uow import Actor
from makerspace_app.services.workshops import WorkshopInput

from worlds import NOW, World, local  # noqa: E402


class Club(World):
    """The test world plus two leaders, a front desk and a coordinator."""

    def __init__(self, db, uow_factory):
        super().__init__(db, uow_factory)
        self.actors: dict[str, Actor] = {}
        with db.session() as s:
            self.space_id = s.scalar(select(Space.id).where(Space.name == "Makerspace"))
            for username, name, role in (("lena", "Lena Leader", StaffRole.WORKSHOP_LEADER),
                                         ("omar", "Omar Other", StaffRole.WORKSHOP_LEADER),
                                         ("dee", "Dee Desk", StaffRole.FRONT_DESK),
                                         ("cora", "Cora Coordinator", StaffRole.COORDINATOR)):
                member = StaffMember(username=username, display_name=name, role=role,
                                     password_hash=None, pin_hash=None, active=True, created_at=NOW)
                s.add(member)
                s.flush()
                self.actors[username] = Actor(name, role, member.id)

    def as_(self, who: str, now=NOW):
        return self.uow(now, self.actors[who])

    def person(self, given: str, code: str) -> int:
        with self.db.session() as s:
            p = Participant(badge_code=code, given_name=given, family_name="Extra",
                            date_of_birth=dt.date(1991, 1, 1), created_at=NOW, languages=[],
                            accessibility_tags=[])
            s.add(p)
            s.flush()
            return p.id

    def workshop_with_sessions(self, days: list[str], enrol: list[str], **kw):
        with self.as_("lena") as uow:
            row = workshops.create_workshop(uow, WorkshopInput(
                **{"title": "Laser cutting basics", "capacity": 10, "space_id": self.space_id, **kw}))
            sessions = [workshops.add_session(uow, row.id, local(d, "18:00"), local(d, "20:00"))
                        for d in days]
        with self.as_("dee") as uow:
            for who in enrol:
                workshops.enrol(uow, row.id, self.ids[who])
        return row, sessions

    def mark(self, sessions, who: str, indexes: list[int], as_="lena") -> None:
        with self.as_(as_) as uow:
            for i in indexes:
                attendance.mark_present(uow, sessions[i].id, self.ids[who])


@pytest.fixture
def club(db, uow_factory) -> Club:
    return Club(db, uow_factory)


DAYS = ["2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24"]


def test_roster_by_name_and_marking_is_idempotent_and_audited(club) -> None:
    row, sessions = club.workshop_with_sessions(DAYS[:1], ["teen", "other", "adult"])
    s = sessions[0].id
    with club.as_("lena") as uow:
        entry = attendance.mark_present(uow, s, club.ids["other"])
        again = attendance.mark_present(uow, s, club.ids["other"])
        roster = attendance.session_roster(uow, s)
    assert entry.present and again.present and not entry.walk_in
    assert [(r.display_name, r.present) for r in roster] == [
        ("Amara Test", False), ("Bo Test", True), ("Tariq Test", False)]
    with club.as_("lena") as uow:
        assert not attendance.mark_present(uow, s, club.ids["other"], present=False).present
    with club.db.session(read_only=True) as db:
        actions = db.scalars(select(AuditEvent.action).where(AuditEvent.entity == "workshop_session")
                             .order_by(AuditEvent.id)).all()
        assert list(actions) == ["create", "mark_present", "unmark_present"]
        assert db.scalar(select(func.count()).select_from(Attendance)) == 0
    with pytest.raises(ConflictError, match="not enrolled .* walk-in"), club.as_("lena") as uow:
        attendance.mark_present(uow, s, club.ids["child_alone"])


def test_a_scanned_badge_marks_present_and_typed_letters_only_find(club) -> None:
    row, sessions = club.workshop_with_sessions(DAYS[:1], ["adult", "other", "teen"])
    s = sessions[0].id
    with club.as_("lena") as uow:
        found = attendance.mark_by_code_or_name(uow, s, "A")
        assert found.marked is None
        assert [m.display_name for m in found.matches] == ["Amara Test", "Tariq Test"]
        assert [m.display_name for m in attendance.mark_by_code_or_name(uow, s, "tar").matches] == [
            "Tariq Test"]
        scanned = attendance.mark_by_code_or_name(uow, s, "amara001")  # the scanner's text, any case
        assert scanned.marked is not None and scanned.marked.display_name == "Amara Test"
        assert scanned.marked.present
        assert [r.present for r in attendance.session_roster(uow, s)] == [True, False, False]
    with pytest.raises(ConflictError, match="Cleo Test is not enrolled .* walk-in"), \
            club.as_("lena") as uow:
        attendance.mark_by_code_or_name(uow, s, "CHEZ0004")


def test_walk_ins_need_no_enrolment_but_a_minor_needs_a_guardian(club) -> None:
    row, sessions = club.workshop_with_sessions(DAYS[:1], ["adult"])
    s = sessions[0].id
    with club.as_("lena") as uow:
        walk_in = attendance.add_walk_in(uow, s, club.ids["other"])
        enrolled = attendance.add_walk_in(uow, s, club.ids["adult"])
    assert walk_in.walk_in and walk_in.present and not walk_in.enrolled
    assert enrolled.present and not enrolled.walk_in
    with pytest.raises(ConflictError, match="already marked present"), club.as_("lena") as uow:
        attendance.add_walk_in(uow, s, club.ids["other"])
    with pytest.raises(ValidationError, match="no guardian on record"), club.as_("lena") as uow:
        attendance.add_walk_in(uow, s, club.ids["child_alone"])
    with club.as_("dee") as uow:
        roster = attendance.session_roster(uow, s)
    assert [(r.display_name, r.walk_in) for r in roster] == [("Amara Test", False), ("Bo Test", True)]


def test_only_the_leaders_or_a_coordinator_take_attendance(club) -> None:
    row, sessions = club.workshop_with_sessions(DAYS[:1], ["adult", "other"])
    s = sessions[0].id
    with pytest.raises(PermissionDenied, match="Lena Leader"), club.as_("omar") as uow:
        attendance.mark_present(uow, s, club.ids["adult"])
    with pytest.raises(PermissionDenied), club.as_("dee") as uow:
        attendance.add_walk_in(uow, s, club.ids["teen"])
    with club.as_("cora") as uow:
        attendance.mark_present(uow, s, club.ids["other"])
    with club.as_("lena") as uow:
        workshops.cancel_session(uow, s)
    with pytest.raises(ConflictError, match="cancelled"), club.as_("lena") as uow:
        attendance.mark_present(uow, s, club.ids["adult"])


def test_attendance_grid_in_two_queries(club, db) -> None:
    row, sessions = club.workshop_with_sessions(DAYS[:3], ["adult", "other"])
    club.mark(sessions, "adult", [0, 2])
    club.mark(sessions, "other", [1])
    with club.as_("lena") as uow:
        attendance.add_walk_in(uow, sessions[1].id, club.ids["teen"])
        workshops.cancel_session(uow, sessions[2].id)
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # noqa: ANN001, ANN002
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(statement)

    with club.as_("dee") as uow:
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            grid = attendance.attendance_grid(uow, row.id)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) <= 2
    assert [s.id for s in grid.sessions] == [sessions[0].id, sessions[1].id]  # cancelled left out
    assert [(p.display_name, p.enrolled) for p in grid.participants] == [
        ("Amara Test", True), ("Bo Test", True), ("Tariq Test", False)]
    assert grid.cells == ((True, False), (False, True), (False, True))
    assert grid.present(sessions[1].id, club.ids["teen"])


def test_todays_sessions_with_leaders_and_counts(club) -> None:
    row, sessions = club.workshop_with_sessions(DAYS[:2], ["adult", "other"])
    with club.as_("cora") as uow:
        saved = workshops.edit_workshop(uow, row.id, replace(
            row.as_input(), leader_ids=(*row.leader_ids, club.actors["omar"].staff_id)))
    assert len(saved.workshop.leader_ids) == 2
    club.mark(sessions, "adult", [0])
    with club.as_("dee", now=local("2026-03-03", "17:00")) as uow:
        today = attendance.todays_sessions(uow)
        other_day = attendance.todays_sessions(uow, dt.date(2026, 3, 4))
    assert other_day == []
    assert [(t.title, t.leader_names, t.enrolled_count, t.present_count, t.space_name)
            for t in today] == [
        ("Laser cutting basics", ("Lena Leader", "Omar Other"), 2, 1, "Makerspace")]


# --- Completion ---------------------------------------------------------------------------------


def test_completion_by_number_of_sessions(club) -> None:
    row, sessions = club.workshop_with_sessions(DAYS[:3], ["adult", "other"],
                                                completion_min_sessions=2)
    club.mark(sessions, "adult", [0, 2])
    club.mark(sessions, "other", [1])
    with club.as_("dee") as uow:
        status = attendance.completion_status(uow, row.id)
    assert [(c.display_name, c.attended, c.required, c.complete) for c in status] == [
        ("Amara Test", 2, 2, True), ("Bo Test", 1, 2, False)]
    assert status[1].reason is not None
    assert status[1].reason.message == ("Attended 1 of 3 sessions; 2 are needed to complete "
                                        "(1 more).")
    with club.as_("lena") as uow:
        result = attendance.complete_workshop(uow, row.id)
    assert [c.display_name for c in result.newly_completed] == ["Amara Test"]
    assert result.newly_completed[0].completed_at == NOW
    assert [c.display_name for c in result.not_completed] == ["Bo Test"]
    assert result.certifications_granted == ()  # not a training


def test_completion_by_percentage_rounds_up_and_ignores_cancelled_sessions(club) -> None:
    row, sessions = club.workshop_with_sessions(DAYS + ["2026-03-31"], ["adult", "other"],
                                                completion_percent=60)
    with club.as_("lena") as uow:
        workshops.cancel_session(uow, sessions[4].id)  # 4 sessions left: 60% is 2.4, so 3
    club.mark(sessions, "adult", [0, 1, 2])
    club.mark(sessions, "other", [0, 1])
    with club.as_("dee") as uow:
        status = {c.display_name: c for c in attendance.completion_status(uow, row.id)}
    assert (status["Amara Test"].required, status["Amara Test"].total_sessions) == (3, 4)
    assert status["Amara Test"].complete and not status["Bo Test"].complete
    with pytest.raises(PermissionDenied), club.as_("omar") as uow:
        attendance.complete_workshop(uow, row.id)


def test_completing_a_training_certifies_at_once_and_only_once(club) -> None:
    # Bo's laser certification expired: the training renews it.
    row, sessions = club.workshop_with_sessions(DAYS[:2], ["other", "adult"],
                                                grants_category_id=club.laser_cat)
    club.mark(sessions, "other", [0, 1])
    slot = (local("2026-03-26", "10:00"), local("2026-03-26", "11:00"))
    after = local("2026-03-25", "09:00")
    with pytest.raises(BookingRefused) as refused, club.uow(after) as uow:
        bookings.check_booking(uow, club.ids["laser1"], club.ids["other"], *slot)
    assert refused.value.rule == "certification"
    with club.as_("lena", now=after) as uow:
        result = attendance.complete_workshop(uow, row.id)
    assert [c.participant_name for c in result.certifications_granted] == ["Bo Test"]
    granted = result.certifications_granted[0]
    assert granted.granted_by_staff_id == club.actors["lena"].staff_id
    assert granted.workshop_id == row.id and granted.category_id == club.laser_cat
    with club.uow(after) as uow:
        bookings.check_booking(uow, club.ids["laser1"], club.ids["other"], *slot)  # no refusal
    with club.as_("lena", now=after + dt.timedelta(days=1)) as uow:  # idempotent
        again = attendance.complete_workshop(uow, row.id)
    assert again.newly_completed == () and again.certifications_granted == ()
    with club.db.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Certification)
                        .where(Certification.workshop_id == row.id)) == 1
        completed = s.scalar(select(Enrolment.completed_at)
                             .where(Enrolment.participant_id == club.ids["other"]))
        assert completed == after
    # Amara attended nothing: not complete, with the reason.
    assert [c.display_name for c in again.not_completed] == ["Amara Test"]
    assert "Attended 0 of 2" in again.not_completed[0].reason.message


def test_erased_participants_are_left_out_of_completion(club) -> None:
    row, sessions = club.workshop_with_sessions(DAYS[:1], ["adult", "other"])
    club.mark(sessions, "other", [0])
    with club.db.session() as s:
        s.execute(update(Participant).where(Participant.id == club.ids["other"])
                  .values(erased_at=NOW, given_name="", family_name=""))
    with club.as_("lena") as uow:
        result = attendance.complete_workshop(uow, row.id)
    assert result.newly_completed == ()
    assert [c.display_name for c in result.not_completed] == ["Amara Test"]


def test_a_coordinator_recording_completion_leaves_the_leader_as_granter(club) -> None:
    lena, omar = club.actors["lena"].staff_id, club.actors["omar"].staff_id
    row, sessions = club.workshop_with_sessions(DAYS[:1], ["other"],
                                                grants_category_id=club.laser_cat,
                                                leader_ids=(omar, lena))
    club.mark(sessions, "other", [0])
    after = local("2026-03-25", "09:00")
    with club.as_("cora", now=after) as uow:
        result = attendance.complete_workshop(uow, row.id)
    assert [c.granted_by_staff_id for c in result.certifications_granted] == [lena]  # by name
    with club.db.session(read_only=True) as s:
        assert s.scalar(select(Certification.granted_by_staff_id)
                        .where(Certification.id == result.certifications_granted[0].id)) == lena
    row2, sessions2 = club.workshop_with_sessions(DAYS[:1], ["adult"],
                                                  grants_category_id=club.laser_cat,
                                                  leader_ids=(omar, lena))
    club.mark(sessions2, "adult", [0])
    with club.as_("omar", now=after) as uow:  # a leader of it grants as themself
        again = attendance.complete_workshop(uow, row2.id)
    assert [c.granted_by_staff_id for c in again.certifications_granted] == [omar]
