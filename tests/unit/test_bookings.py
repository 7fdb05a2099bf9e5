"""Every booking rule, with its edges, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from makerspace_app.domain.enums import BookingStatus, StaffRole
from makerspace_app.domain.errors import ConflictError, PermissionDenied
from makerspace_app.persistence.models import AuditEvent, BookingSeries
from makerspace_app.services import bookings, equipment, settings
from makerspace_app.services.uow import Actor

from worlds import LONDON, UTC, World, local  # noqa: E402


@pytest.fixture
def world(db, uow_factory) -> World:
    return World(db, uow_factory)


def test_a_free_slot_is_booked_and_audited(world) -> None:
    row = world.book("laser1", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:30"))
    assert row.status is BookingStatus.BOOKED and row.equipment == "Laser 1"
    assert row.starts_at == local("2026-03-03", "10:00")
    with world.db.session(read_only=True) as s:
        assert s.scalar(select(AuditEvent.action).where(AuditEvent.entity == "booking")) == "create"


def test_back_to_back_is_fine_overlap_is_refused_with_next_slot_and_alternative(world) -> None:
    world.book("laser1", "adult", local("2026-03-03", "12:00"), local("2026-03-03", "14:00"))
    world.book("laser1", "adult", local("2026-03-03", "14:00"), local("2026-03-03", "15:00"))
    refusal = world.refused("laser1", "adult", local("2026-03-03", "13:00"), local("2026-03-03", "14:00"))
    assert refusal.rule == "overlap"
    assert "Laser 1 is booked 12:00–14:00" in refusal.message
    assert refusal.next_free is not None
    assert refusal.next_free.start == local("2026-03-03", "15:00")
    assert [a.name for a in refusal.alternatives] == ["Laser 2"]
    assert world.count() == 2


def test_outside_opening_hours_or_on_a_closure_day(world) -> None:
    late = world.refused("printer", "adult", local("2026-03-03", "19:30"), local("2026-03-03", "20:30"))
    assert late.rule == "hours" and "09:00–20:00" in late.message
    sunday = world.refused("printer", "adult", local("2026-03-08", "10:00"), local("2026-03-08", "11:00"))
    assert sunday.rule == "hours"
    holiday = world.refused("printer", "adult", local("2026-04-03", "10:00"), local("2026-04-03", "11:00"))
    assert holiday.rule == "closed" and "Good Friday" in holiday.message
    assert holiday.next_free is not None and holiday.next_free.start == local("2026-04-04", "09:00")
    assert world.count() == 0


def test_out_of_service_item_is_refused_and_an_alternative_offered(world, uow_factory) -> None:
    with world.uow() as uow:
        _, affected = equipment.log_maintenance(uow, world.ids["laser1"], "Mirror cracked",
                                                takes_out_of_service=True)
    assert affected == []
    refusal = world.refused("laser1", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    assert refusal.rule == "out_of_service"
    assert [a.name for a in refusal.alternatives] == ["Laser 2"]


def test_out_of_service_lists_the_bookings_it_affects(world) -> None:
    made = world.book("laser1", "adult", local("2026-03-05", "10:00"), local("2026-03-05", "11:00"))
    with world.uow() as uow:
        _, affected = equipment.log_maintenance(uow, world.ids["laser1"], "Tube failing",
                                                takes_out_of_service=True)
    assert [a.id for a in affected] == [made.id]
    with world.uow() as uow:  # one action each: move to the other laser
        moved = bookings.move_booking(uow, made.id, made.starts_at, made.ends_at, world.ids["laser2"])
    assert moved.equipment == "Laser 2"


def test_certification_missing_or_expired(world) -> None:
    refusal = world.refused("laser1", "other", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    assert refusal.rule == "certification" and "Laser cutters" in refusal.message
    assert world.count() == 0


def test_too_young_and_minor_without_guardian(world) -> None:
    young = world.refused("laser1", "teen", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    assert young.rule == "age" and "16" in young.message
    alone = world.refused("printer", "child_alone", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    assert alone.rule == "guardian" and "guardian" in alone.message
    ok = world.book("printer", "teen", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    assert ok.participant.startswith("Tariq")


def test_longer_than_the_category_allows(world) -> None:
    refusal = world.refused("laser1", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "12:30"))
    assert refusal.rule == "too_long" and "120 minutes" in refusal.message
    world.book("laser1", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "12:00"))


def test_weekly_quota(world) -> None:
    with world.uow() as uow:
        settings.set_many(uow, {"bookings.weekly_quota_hours": 3})
    world.book("printer", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "12:00"))
    refusal = world.refused("printer", "adult", local("2026-03-04", "10:00"), local("2026-03-04", "12:00"))
    assert refusal.rule == "quota" and "at most 1 h more" in refusal.message
    world.book("printer", "adult", local("2026-03-04", "10:00"), local("2026-03-04", "11:00"))
    world.book("printer", "adult", local("2026-03-09", "10:00"), local("2026-03-09", "12:00"))  # next week


def test_past_and_reversed_times(world) -> None:
    assert world.refused("printer", "adult", local("2026-03-03", "11:00"),
                         local("2026-03-03", "10:00")).rule == "order"
    assert world.refused("printer", "adult", local("2026-02-27", "10:00"),
                         local("2026-02-27", "11:00")).rule == "past"


def test_check_in_check_out_and_no_show(world) -> None:
    a = world.book("printer", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    b = world.book("laser1", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    at = local("2026-03-03", "10:05")
    with world.uow(at) as uow:
        assert bookings.check_in(uow, a.id).status is BookingStatus.CHECKED_IN
    with world.uow(local("2026-03-03", "10:50")) as uow:
        assert bookings.check_out(uow, a.id).status is BookingStatus.COMPLETED
    # b was never checked in: 15 minutes after its start the slot frees for someone else.
    later = local("2026-03-03", "10:20")
    world.book("laser1", "adult", local("2026-03-03", "10:20"), local("2026-03-03", "11:00"), now=later)
    with world.uow(later) as uow:
        assert bookings.get_booking(uow, b.id).status is BookingStatus.NO_SHOW
    with pytest.raises(ConflictError, match="no show"), world.uow(later) as uow:
        bookings.check_in(uow, b.id)


def test_today_lists_overdue_check_outs_and_no_shows_and_release_frees_them(world) -> None:
    """The overview seeks bookings by item, status and start (status_started_before): the
    same rows as a plain filter on status and time, on SQLite and PostgreSQL."""
    from makerspace_app.services import today

    late = world.book("printer", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    kept = world.book("laser1", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    missed = world.book("laser2", "adult", local("2026-03-03", "10:30"), local("2026-03-03", "11:30"))
    world.book("laser2", "adult", local("2026-03-03", "14:00"), local("2026-03-03", "15:00"))
    with world.uow(local("2026-03-03", "10:05")) as uow:
        bookings.check_in(uow, late.id)
        bookings.check_in(uow, kept.id)
    with world.uow(local("2026-03-03", "10:55")) as uow:
        bookings.check_out(uow, kept.id)
    at = local("2026-03-03", "11:10")
    with world.uow(at) as uow:
        view = today.overview(uow)
    assert [r.id for r in view.overdue_check_outs] == [late.id]  # checked in, end passed
    assert view.no_shows_due == 1 and [r.id for r in view.no_shows] == [missed.id]
    with world.uow(at) as uow:
        assert bookings.release_no_shows(uow) == 1
    with world.uow(at) as uow:
        assert bookings.get_booking(uow, missed.id).status is BookingStatus.NO_SHOW
        view = today.overview(uow)
    assert view.no_shows_due == 0 and view.no_shows == ()
    assert [r.id for r in view.overdue_check_outs] == [late.id]


def test_check_in_too_early_is_refused(world) -> None:
    a = world.book("printer", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    with pytest.raises(ConflictError, match="check-in opens"), world.uow(local("2026-03-03", "09:00")) as uow:
        bookings.check_in(uow, a.id)


def test_cancelled_slot_can_be_booked_again(world) -> None:
    a = world.book("printer", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    with world.uow() as uow:
        bookings.cancel_booking(uow, a.id)
    world.book("printer", "other", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))


def test_weekly_series_keeps_wall_clock_time_across_both_dst_changes(world) -> None:
    # Tuesdays 16:00-18:00 from 17 March for 34 weeks: crosses 29 March and 25 October 2026.
    with world.uow() as uow:
        settings.set_many(uow, {"bookings.weekly_quota_hours": 10})
        plan = bookings.plan_series(uow, world.ids["printer"], world.ids["adult"], dt.date(2026, 3, 17),
                                    dt.time(16), dt.time(18), 34)
    assert all(p.problem is None for p in plan)
    locals_ = {(p.starts_at.astimezone(LONDON).time(), p.ends_at.astimezone(LONDON).time()) for p in plan}
    assert locals_ == {(dt.time(16), dt.time(18))}
    utc_hours = {p.starts_at.astimezone(UTC).hour for p in plan}
    assert utc_hours == {15, 16}  # BST and GMT


def test_series_lists_conflicts_before_saving_and_skips_on_request(world) -> None:
    world.book("printer", "other", local("2026-03-24", "16:30"), local("2026-03-24", "17:00"))
    with world.uow() as uow:
        plan = bookings.plan_series(uow, world.ids["printer"], world.ids["adult"], dt.date(2026, 3, 17),
                                    dt.time(16), dt.time(18), 4)
    assert [p.problem is not None for p in plan] == [False, True, False, False]
    with pytest.raises(ConflictError, match="1 of the 4"), world.uow() as uow:
        bookings.create_series(uow, world.ids["printer"], world.ids["adult"], dt.date(2026, 3, 17),
                               dt.time(16), dt.time(18), 4)
    assert world.count() == 1
    with world.uow() as uow:
        made = bookings.create_series(uow, world.ids["printer"], world.ids["adult"], dt.date(2026, 3, 17),
                                      dt.time(16), dt.time(18), 4, skip_conflicts=True)
    assert len(made) == 3 and len({m.series_id for m in made}) == 1
    with world.db.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(BookingSeries)) == 1


def test_front_desk_may_book_but_not_manage_equipment(world) -> None:
    desk = Actor("desk", StaffRole.FRONT_DESK, None)
    with world.uow(actor=desk) as uow:
        bookings.create_booking(uow, world.ids["printer"], world.ids["adult"],
                                local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    with pytest.raises(PermissionDenied), world.uow(actor=desk) as uow:
        equipment.add_item(uow, equipment.ItemInput("NEW-1", "New", world.laser_cat))


def test_timeline_query_returns_the_day(world) -> None:
    world.book("printer", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    world.book("laser1", "adult", local("2026-03-03", "12:00"), local("2026-03-03", "13:00"))
    world.book("laser1", "adult", local("2026-03-04", "12:00"), local("2026-03-04", "13:00"))
    with world.uow() as uow:
        rows = bookings.bookings_between(uow, local("2026-03-03", "00:00"), local("2026-03-04", "00:00"))
        day = bookings.participant_day(uow, world.ids["adult"], dt.date(2026, 3, 3))
    assert sorted(r.equipment for r in rows) == ["Laser 1", "Prusa 1"]
    assert len(day) == 2


def test_a_booking_longer_than_a_week_is_refused(world) -> None:
    from makerspace_app.persistence.models import OpeningHours

    with world.db.session() as s:  # without opening hours any time is allowed, but not any length
        s.query(OpeningHours).delete()
    refusal = world.refused("printer", "adult", local("2026-03-03", "10:00"), local("2026-03-11", "10:00"))
    assert refusal.rule == "too_long" and "at most 7 days" in refusal.message


def test_the_timeline_query_finds_a_booking_that_started_before_the_range(world) -> None:
    world.book("printer", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "12:00"))
    with world.uow() as uow:
        rows = bookings.bookings_between(uow, local("2026-03-03", "11:00"), local("2026-03-03", "11:30"))
    assert [r.equipment for r in rows] == ["Prusa 1"]


def test_notes_are_changed_trimmed_audited_and_limited(world) -> None:
    from makerspace_app.domain.errors import ValidationError

    row = world.book("printer", "adult", local("2026-03-03", "10:00"), local("2026-03-03", "11:00"))
    with world.uow() as uow:
        changed = bookings.set_booking_notes(uow, row.id, "  Bring PLA filament  ")
    assert changed.notes == "Bring PLA filament"
    with world.uow() as uow:
        assert bookings.get_booking(uow, row.id).notes == "Bring PLA filament"
    with pytest.raises(ValidationError, match="at most 500"), world.uow() as uow:
        bookings.set_booking_notes(uow, row.id, "x" * 501)
    with world.uow() as uow:
        assert bookings.get_booking(uow, row.id).notes == "Bring PLA filament"
    with world.db.session(read_only=True) as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "booking",
                                                            AuditEvent.entity_id == row.id)).all()
    assert sorted(actions) == ["create", "edit_notes"]


def test_refusals_carry_their_times_and_days_for_the_window_to_write(world) -> None:
    world.book("laser1", "adult", local("2026-03-03", "12:00"), local("2026-03-03", "14:00"))
    overlap = world.refused("laser1", "adult", local("2026-03-03", "13:00"), local("2026-03-03", "14:00"))
    start, day = overlap.params["start"], overlap.params["day"]
    assert (start, start.kind) == ("12:00", "time")
    assert start.values[0] == local("2026-03-03", "12:00")  # the makerspace's wall clock
    assert (day, day.kind, day.values) == ("2026-03-03", "day", (dt.date(2026, 3, 3),))
    late = world.refused("printer", "adult", local("2026-03-03", "19:30"), local("2026-03-03", "20:30"))
    hours = late.params["hours"]
    assert (hours, hours.kind) == ("09:00–20:00", "hours")
    assert hours.values == ((local("2026-03-03", "09:00"), local("2026-03-03", "20:00")),)


def test_a_series_skips_only_the_conflicts_staff_saw(world) -> None:
    args = (world.ids["printer"], world.ids["adult"], dt.date(2026, 3, 17), dt.time(16), dt.time(18), 4)
    world.book("printer", "other", local("2026-03-24", "16:30"), local("2026-03-24", "17:00"))
    with world.uow() as uow:
        plan = bookings.plan_series(uow, *args)
    seen = [p.starts_at for p in plan if p.problem]
    assert seen == [local("2026-03-24", "16:00")]
    # Another desk takes 31 March after the plan was shown: the series is refused whole.
    world.book("printer", "other", local("2026-03-31", "17:00"), local("2026-03-31", "17:30"))
    with pytest.raises(ConflictError, match="1 more of the occurrences") as caught, world.uow() as uow:
        bookings.create_series(uow, *args, skipping=seen)
    assert caught.value.params["day"] == "2026-03-31"
    assert world.count() == 2
    with world.uow() as uow:
        plan = bookings.plan_series(uow, *args)
        made = bookings.create_series(uow, *args, skipping=[p.starts_at for p in plan if p.problem],
                                      notes=" Robotics club ")
    assert [m.starts_at for m in made] == [local("2026-03-17", "16:00"), local("2026-04-07", "16:00")]
    assert {m.notes for m in made} == {"Robotics club"}
