"""Workshops, sessions (series across DST, closure days) and enrolment with a waitlist,
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select, update

from makerspace_app.domain.enums import AgeBand, EnrolmentStatus, Recurrence, StaffRole
from makerspace_app.domain.errors import (
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from makerspace_app.persistence.models import (
    AuditEvent,
    ClosureDay,
    Participant,
    Site,
    Space,
    StaffMember,
    Workshop,
    WorkshopSession,
)
from makerspace_app.services import workshops
from makerspace_app.services.uow import Actor
from makerspace_app.services.workshops import Period, WorkshopInput

from worlds import LONDON, NOW, UTC, World, local  # noqa: E402

STAFF = (
    ("lena", "Lena Leader", StaffRole.WORKSHOP_LEADER),
    ("omar", "Omar Other", StaffRole.WORKSHOP_LEADER),
    ("dee", "Dee Desk", StaffRole.FRONT_DESK),
    ("cora", "Cora Coordinator", StaffRole.COORDINATOR),
)


class Club(World):
    """The test world plus staff members: two leaders, a front desk, a coordinator."""

    def __init__(self, db, uow_factory):
        super().__init__(db, uow_factory)
        self.actors: dict[str, Actor] = {}
        with db.session() as s:
            self.space_id = s.scalar(select(Space.id).where(Space.name == "Makerspace"))
            self.site_id = s.scalar(select(Site.id).where(Site.name == "Central"))
            for username, name, role in STAFF:
                member = StaffMember(username=username, display_name=name, role=role,
                                     password_hash=None, pin_hash=None, active=True, created_at=NOW)
                s.add(member)
                s.flush()
                self.actors[username] = Actor(name, role, member.id)

    def as_(self, who: str, now=NOW):
        return self.uow(now, self.actors[who])

    def person(self, given: str, dob=dt.date(1992, 2, 2), **kw) -> int:
        with self.db.session() as s:
            p = Participant(badge_code=f"X{given.upper():0<7}"[:8], given_name=given,
                            family_name="Extra", date_of_birth=dob, created_at=NOW, languages=[],
                            accessibility_tags=[], **kw)
            s.add(p)
            s.flush()
            return p.id

    def workshop(self, who: str = "lena", **kw) -> workshops.WorkshopRow:
        data = WorkshopInput(**{"title": "Laser cutting basics", "capacity": 10,
                                "space_id": self.space_id, **kw})
        with self.as_(who) as uow:
            return workshops.create_workshop(uow, data)

    def session(self, workshop_id: int, day: str, start="18:00", end="20:00", who="lena"):
        with self.as_(who) as uow:
            return workshops.add_session(uow, workshop_id, local(day, start), local(day, end))

    def count(self, model) -> int:  # noqa: ANN001
        with self.db.session(read_only=True) as s:
            return s.scalar(select(func.count()).select_from(model))

    def audits(self, action: str) -> list[AuditEvent]:
        with self.db.session(read_only=True) as s:
            rows = s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                             .order_by(AuditEvent.id)).all()
            s.expunge_all()
            return list(rows)


@pytest.fixture
def club(db, uow_factory) -> Club:
    return Club(db, uow_factory)


# --- Workshops ------------------------------------------------------------------------------------


def test_create_get_and_list_with_folded_search_and_period(club) -> None:
    row = club.workshop(description="Cut and engrave wood. Bring ideas!", languages=("EN", "es"),
                        min_age=16, materials="Plywood 3 mm", grants_category_id=club.laser_cat,
                        completion_percent=75)
    assert row.leader_names == ("Lena Leader",)  # the creating leader leads it
    assert row.languages == ("en", "es") and row.is_training
    assert row.space_name == "Makerspace" and row.site_name == "Central"
    assert row.grants_category_name == "Laser cutters"
    other = club.workshop(title="Électronique pour débutants", capacity=8)
    club.session(row.id, "2026-03-10")
    with club.as_("cora", now=local("2026-03-05", "12:00")) as uow:
        past = workshops.create_workshop(uow, WorkshopInput("Soldering", 5))
        workshops.add_session(uow, past.id, local("2026-03-04", "10:00"), local("2026-03-04", "12:00"))
    with club.as_("dee", now=local("2026-03-05", "12:00")) as uow:
        assert [w.title for w in workshops.list_workshops(uow, "electronique")] == [other.title]
        assert [w.title for w in workshops.list_workshops(uow, "LASER engrave")] == [row.title]
        assert [w.title for w in workshops.list_workshops(uow, "wood", Period.PAST)] == []
        assert [w.title for w in workshops.list_workshops(uow, period=Period.PAST)] == ["Soldering"]
        upcoming = workshops.list_workshops(uow, period="upcoming")
        assert [w.title for w in upcoming] == [row.title, other.title]  # dated first
        assert upcoming[0].next_starts_at == local("2026-03-10", "18:00")
        assert upcoming[0].session_count == 1
        assert [w.title for w in workshops.list_workshops(uow)][-1] == "Soldering"
        assert workshops.get_workshop(uow, row.id).completion_percent == 75
    with club.db.session(read_only=True) as s:
        assert "electronique" in s.scalar(select(Workshop.search_text).where(Workshop.id == other.id))


def test_invalid_workshops_are_refused_and_nothing_is_saved(club) -> None:
    cases = [
        (WorkshopInput("  ", 5), "needs a title"),
        (WorkshopInput("A", -1), "capacity"),
        (WorkshopInput("A", 5, min_age=12, max_age=8), r"minimum age \(12\) is above"),
        (WorkshopInput("A", 5, completion_min_sessions=3, completion_percent=50), "one completion rule"),
        (WorkshopInput("A", 5, completion_percent=120), "percentage"),
        (WorkshopInput("A", 5, languages=("not a language",)), "language code"),
        (WorkshopInput("A", 5, leader_ids=(club.actors["dee"].staff_id,)), "Dee Desk cannot lead"),
        (WorkshopInput("A", 5, space_id=9999), "no space number 9999"),
    ]
    for data, message in cases:
        with pytest.raises(ValidationError, match=message), club.as_("lena") as uow:
            workshops.create_workshop(uow, data)
    assert club.count(Workshop) == 0


def test_only_leaders_of_a_workshop_or_a_coordinator_change_it(club) -> None:
    row = club.workshop()
    with pytest.raises(PermissionDenied, match="Only the leaders of “Laser cutting basics” "
                       r"\(Lena Leader\)"), club.as_("omar") as uow:
        workshops.edit_workshop(uow, row.id, replace(row.as_input(), capacity=3))
    with pytest.raises(PermissionDenied), club.as_("omar") as uow:
        workshops.add_session(uow, row.id, local("2026-03-10", "18:00"), local("2026-03-10", "20:00"))
    with pytest.raises(PermissionDenied, match="workshop leader or above"), club.as_("dee") as uow:
        workshops.create_workshop(uow, WorkshopInput("Desk workshop", 3))
    with club.as_("cora") as uow:  # a coordinator may change any workshop, and add leaders
        saved = workshops.edit_workshop(uow, row.id, replace(
            row.as_input(), leader_ids=(*row.leader_ids, club.actors["omar"].staff_id)))
    assert saved.workshop.leader_names == ("Lena Leader", "Omar Other")
    with club.as_("omar") as uow:  # now Omar leads it too
        workshops.add_session(uow, row.id, local("2026-03-10", "18:00"), local("2026-03-10", "20:00"))
    with club.as_("dee") as uow:  # the front desk enrols
        assert workshops.enrol(uow, row.id, club.ids["adult"]).status is EnrolmentStatus.ENROLLED
    assert club.count(WorkshopSession) == 1


# --- Sessions -----------------------------------------------------------------------------------------


def test_weekly_series_keeps_local_time_across_both_dst_changes(club) -> None:
    row = club.workshop()
    # Tuesdays 18:00-20:00 from 17 March for 34 weeks: crosses 29 March and 25 October 2026.
    with club.as_("lena") as uow:
        made = workshops.add_session_series(uow, row.id, dt.date(2026, 3, 17), dt.time(18),
                                            dt.time(20), 34)
    assert len(made.created) == 34 and made.skipped == ()
    assert {(s.starts_at.astimezone(LONDON).time(), s.ends_at.astimezone(LONDON).time())
            for s in made.created} == {(dt.time(18), dt.time(20))}
    by_day = {s.starts_at.astimezone(LONDON).date(): s.starts_at.astimezone(UTC).hour
              for s in made.created}
    assert by_day[dt.date(2026, 3, 24)] == 18  # GMT
    assert by_day[dt.date(2026, 3, 31)] == 17  # BST
    assert by_day[dt.date(2026, 10, 20)] == 17
    assert by_day[dt.date(2026, 10, 27)] == 18
    # On the change days themselves (Sundays), the wall-clock time holds too.
    sunday = club.workshop(title="Sunday club")
    with club.as_("lena") as uow:
        spring = workshops.add_session_series(uow, sunday.id, dt.date(2026, 3, 22), dt.time(10),
                                              dt.time(12), 2)
        autumn = workshops.add_session_series(uow, sunday.id, dt.date(2026, 10, 18), dt.time(10),
                                              dt.time(12), 2)
    assert [s.starts_at.astimezone(UTC).hour for s in spring.created] == [10, 9]
    assert [s.starts_at.astimezone(UTC).hour for s in autumn.created] == [9, 10]
    assert {s.ends_at - s.starts_at for s in spring.created + autumn.created} == {dt.timedelta(hours=2)}


def test_series_skips_closure_days_of_every_site_and_its_own_site_only(club) -> None:
    row = club.workshop()
    with club.db.session() as s:
        north = Site(name="North", address="", timezone="Europe/London")
        s.add(north)
        s.flush()
        s.add(ClosureDay(site_id=club.site_id, day=dt.date(2026, 4, 10), reason="Inventory"))
        s.add(ClosureDay(site_id=north.id, day=dt.date(2026, 4, 17), reason="North painting"))
    with club.as_("lena") as uow:  # Fridays: 27 Mar, 3 Apr (Good Friday), 10 Apr, 17 Apr
        made = workshops.add_session_series(uow, row.id, dt.date(2026, 3, 27), dt.time(16),
                                            dt.time(17, 30), 4)
    assert [s.starts_at.astimezone(LONDON).date() for s in made.created] == [
        dt.date(2026, 3, 27), dt.date(2026, 4, 17)]
    assert [(k.day, k.reason) for k in made.skipped] == [
        (dt.date(2026, 4, 3), "Good Friday"), (dt.date(2026, 4, 10), "Inventory")]
    fortnight = club.workshop(title="Fortnightly")
    with club.as_("lena") as uow:
        made = workshops.add_session_series(uow, fortnight.id, dt.date(2026, 3, 20), dt.time(16),
                                            dt.time(17), 3, Recurrence.FORTNIGHTLY)
    assert [s.starts_at.astimezone(LONDON).date() for s in made.created] == [
        dt.date(2026, 3, 20), dt.date(2026, 4, 17)]
    assert [k.day for k in made.skipped] == [dt.date(2026, 4, 3)]
    with pytest.raises(ConflictError, match="closed on 2026-04-03 \\(Good Friday\\)"), \
            club.as_("lena") as uow:
        workshops.add_session(uow, row.id, local("2026-04-03", "10:00"), local("2026-04-03", "11:00"))
    with pytest.raises(ConflictError, match="None of the 1 dates"), club.as_("lena") as uow:
        workshops.add_session_series(uow, row.id, dt.date(2026, 4, 3), dt.time(16), dt.time(17), 1)
    with pytest.raises(ConflictError, match="already has a session"), club.as_("lena") as uow:
        workshops.add_session(uow, row.id, local("2026-03-27", "17:00"), local("2026-03-27", "18:00"))
    assert club.count(WorkshopSession) == 4


def test_moving_or_cancelling_a_session_names_the_enrolled_to_inform(club) -> None:
    row = club.workshop()
    first = club.session(row.id, "2026-03-10")
    with club.db.session() as s:
        s.execute(update(Participant).where(Participant.id == club.ids["adult"])
                  .values(email="amara@example.org"))
    waiting_for = club.person("Wendy")
    with club.as_("dee") as uow:
        workshops.enrol(uow, row.id, club.ids["adult"])
        workshops.enrol(uow, row.id, club.ids["teen"])
    with club.as_("lena") as uow:
        workshops.edit_workshop(uow, row.id, replace(row.as_input(), capacity=2))
    with club.as_("dee") as uow:
        assert workshops.enrol(uow, row.id, waiting_for).status is EnrolmentStatus.WAITLISTED
    with club.as_("lena") as uow:
        moved = workshops.move_session(uow, first.id, local("2026-03-11", "18:00"),
                                       local("2026-03-11", "20:00"))
    assert moved.session.starts_at == local("2026-03-11", "18:00")
    assert [(p.display_name, p.contact) for p in moved.to_inform] == [
        ("Amara Test", "amara@example.org"), ("Tariq Test", "+44 20 0000 0000")]
    with club.as_("lena") as uow:
        cancelled = workshops.cancel_session(uow, first.id, "Leader ill")
    assert cancelled.session.cancelled and len(cancelled.to_inform) == 2
    with pytest.raises(ConflictError, match="already cancelled"), club.as_("lena") as uow:
        workshops.cancel_session(uow, first.id)
    with pytest.raises(ConflictError, match="cancelled"), club.as_("lena") as uow:
        workshops.move_session(uow, first.id, local("2026-03-12", "18:00"), local("2026-03-12", "20:00"))
    with pytest.raises(PermissionDenied), club.as_("omar") as uow:
        workshops.cancel_session(uow, club.session(row.id, "2026-03-17").id)
    assert [a.action for a in club.audits("cancel")] == ["cancel"]


# --- Enrolment ------------------------------------------------------------------------------------


def test_capacity_then_waitlist_and_promotion_is_returned_and_logged(club) -> None:
    row = club.workshop(capacity=2)
    extra = [club.person(name) for name in ("Xavi", "Yara")]
    with club.as_("dee") as uow:
        a = workshops.enrol(uow, row.id, club.ids["adult"])
        b = workshops.enrol(uow, row.id, club.ids["other"])
        c = workshops.enrol(uow, row.id, extra[0])
        d = workshops.enrol(uow, row.id, extra[1])
    assert [(e.status, e.waitlist_position) for e in (a, b, c, d)] == [
        (EnrolmentStatus.ENROLLED, None), (EnrolmentStatus.ENROLLED, None),
        (EnrolmentStatus.WAITLISTED, 1), (EnrolmentStatus.WAITLISTED, 2)]
    with club.as_("dee") as uow:
        out = workshops.withdraw(uow, row.id, club.ids["adult"], "moved away")
    assert out.enrolment.status is EnrolmentStatus.WITHDRAWN and out.enrolment.withdrawn_at == NOW
    assert out.promoted is not None and out.promoted.person.display_name == "Xavi Extra"
    assert out.promoted.workshop_title == "Laser cutting basics"
    with club.as_("dee") as uow:
        listed = workshops.list_enrolments(uow, row.id)
        assert workshops.get_workshop(uow, row.id).free_places == 0
    assert [(e.display_name, e.status.value, e.waitlist_position) for e in listed] == [
        ("Bo Test", "enrolled", None), ("Xavi Extra", "enrolled", None),
        ("Yara Extra", "waitlisted", 1)]
    promote = club.audits("promote")
    assert [(p.entity, p.entity_id, p.details["participant_id"]) for p in promote] == [
        ("enrolment", c.id, extra[0])]
    # Withdrawing from the waitlist promotes nobody and renumbers the rest.
    with club.as_("dee") as uow:
        assert workshops.withdraw(uow, row.id, extra[1]).promoted is None
    # Raising the capacity moves the waitlist up too.
    with club.as_("dee") as uow:
        workshops.enrol(uow, row.id, club.ids["adult"])  # enrols again after withdrawing
    with club.as_("lena") as uow:
        saved = workshops.edit_workshop(uow, row.id, replace(row.as_input(), capacity=3))
    assert [p.person.display_name for p in saved.promoted] == ["Amara Test"]
    assert saved.workshop.enrolled_count == 3 and saved.workshop.waitlisted_count == 0


def test_enrolling_twice_is_refused(club) -> None:
    row = club.workshop(capacity=1)
    with club.as_("dee") as uow:
        workshops.enrol(uow, row.id, club.ids["adult"])
        workshops.enrol(uow, row.id, club.ids["other"])
    with pytest.raises(ConflictError, match="already enrolled"), club.as_("dee") as uow:
        workshops.enrol(uow, row.id, club.ids["adult"])
    with pytest.raises(ConflictError, match=r"already on the waitlist .* \(number 1\)"), \
            club.as_("dee") as uow:
        workshops.enrol(uow, row.id, club.ids["other"])
    with pytest.raises(ConflictError, match="nothing to withdraw"), club.as_("dee") as uow:
        workshops.withdraw(uow, row.id, club.ids["teen"])


def test_age_range_and_guardian_rules(club) -> None:
    row = club.workshop(title="Robots for kids", min_age=8, max_age=14)
    banded = club.person("Bandy", dob=None, age_band=AgeBand.AGE_18_25)
    with pytest.raises(ValidationError, match="for ages 8–14; Tariq Test is 15"), club.as_("dee") as uow:
        workshops.enrol(uow, row.id, club.ids["teen"])
    with pytest.raises(ValidationError, match="for ages 8–14; Amara Test is 35"), club.as_("dee") as uow:
        workshops.enrol(uow, row.id, club.ids["adult"])
    with pytest.raises(ValidationError, match="is 18–25"), club.as_("dee") as uow:
        workshops.enrol(uow, row.id, banded)
    with pytest.raises(ValidationError, match="no guardian on record"), club.as_("dee") as uow:
        workshops.enrol(uow, row.id, club.ids["child_alone"])
    with club.db.session() as s:
        s.execute(update(Participant).where(Participant.id == club.ids["child_alone"])
                  .values(guardian_name="Dad", guardian_contact="dad@example.org"))
    with club.as_("dee") as uow:
        assert workshops.enrol(uow, row.id, club.ids["child_alone"]).status is EnrolmentStatus.ENROLLED
    teens = club.workshop(title="Teen lab", min_age=13)
    with club.as_("dee") as uow:
        assert workshops.enrol(uow, teens.id, club.ids["teen"]).status is EnrolmentStatus.ENROLLED
