"""The Today screen: a booking starting in 10 minutes and an item out of service; who is
checked in; overdue check-outs, no-shows to release, certifications expiring this month and
waitlist promotions to tell (with "Mark as told"); the backup line. The service behind it is
checked on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from makerspace_app.domain.clock import utc_now
from makerspace_app.domain.enums import BookingStatus, EnrolmentStatus, StaffRole
from makerspace_app.domain.errors import ConflictError, NotFoundError
from makerspace_app.persistence.engine import parse_location
from makerspace_app.persistence.models import (
    AuditEvent,
    Booking,
    Certification,
    Enrolment,
    Equipment,
    EquipmentCategory,
    Participant,
    Site,
    Space,
    Workshop,
    WorkshopSession,
)
from makerspace_app.services import bookings, equipment, today, workshops
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.ui.pages import today as today_page

UTC = dt.UTC


def _world(db, now: dt.datetime | None = None) -> dict[str, int]:
    """Two items, two participants; a booking of Prusa 1 starting in 10 minutes; Laser 9 out
    of service with one booking it affects."""
    now = now or utc_now()
    with db.session() as s:
        site = Site(name="Central", address="", timezone="UTC")
        s.add(site)
        s.flush()
        space = Space(site_id=site.id, name="Makerspace")
        cat = EquipmentCategory(name="3D printers", description="", requires_certification=False)
        s.add_all([space, cat])
        s.flush()
        s.add_all([
            Equipment(asset_tag="3DP-1", name="Prusa 1", category_id=cat.id, space_id=space.id,
                      created_at=now, serial_number="", notes=""),
            Equipment(asset_tag="LAS-9", name="Laser 9", category_id=cat.id, space_id=space.id,
                      created_at=now, serial_number="", notes=""),
            Equipment(asset_tag="SEW-2", name="Sewing 2", category_id=cat.id, space_id=space.id,
                      created_at=now, serial_number="", notes=""),
            Participant(badge_code="AMARA001", given_name="Amara", family_name="Okafor",
                        date_of_birth=dt.date(1990, 1, 1), created_at=now, languages=[],
                        accessibility_tags=[]),
            Participant(badge_code="BORIS001", given_name="Boris", family_name="Petrov",
                        date_of_birth=dt.date(1985, 1, 1), created_at=now, languages=[],
                        accessibility_tags=[], email="boris@example.org"),
        ])
        s.flush()
        ids = {"category": cat.id}
    with unit_of_work(db, Actor.system(), clock=lambda: now) as uow:
        items = {i.asset_tag: i.id for i in equipment.list_items(uow)}
        people = {p.badge_code: p.id for p in uow.session.query(Participant)}
        start = now + dt.timedelta(minutes=10)
        bookings.create_booking(uow, items["3DP-1"], people["AMARA001"], start,
                                start + dt.timedelta(hours=1))
        later = now + dt.timedelta(hours=3)
        bookings.create_booking(uow, items["LAS-9"], people["BORIS001"], later,
                                later + dt.timedelta(hours=1))
        equipment.log_maintenance(uow, items["LAS-9"], "Tube cracked", takes_out_of_service=True)
    ids.update(items)
    ids.update(people)
    return ids


def _add_attention(db, ids: dict[str, int], now: dt.datetime) -> dict[str, int]:
    """An overdue check-out, a booking to release as a no-show, an expiring certification and
    a waitlist promotion (made by the workshops service, as at the desk)."""
    with db.session() as s:
        s.add(Booking(equipment_id=ids["SEW-2"], participant_id=ids["BORIS001"],
                      starts_at=now - dt.timedelta(hours=3), ends_at=now - dt.timedelta(minutes=30),
                      status=BookingStatus.CHECKED_IN, notes="", created_at=now - dt.timedelta(days=1)))
        s.add(Booking(equipment_id=ids["3DP-1"], participant_id=ids["BORIS001"],
                      starts_at=now - dt.timedelta(hours=2), ends_at=now - dt.timedelta(hours=1),
                      status=BookingStatus.BOOKED, notes="", created_at=now - dt.timedelta(days=1)))
        s.add(Certification(participant_id=ids["AMARA001"], category_id=ids["category"],
                            granted_at=now - dt.timedelta(days=300),
                            expires_at=now + dt.timedelta(minutes=5)))
        course = Workshop(title="Laser basics", description="", capacity=1, languages=[],
                          materials="", search_text="", created_at=now)
        s.add(course)
        s.flush()
        s.add(WorkshopSession(workshop_id=course.id, starts_at=now + dt.timedelta(days=2),
                              ends_at=now + dt.timedelta(days=2, hours=2)))
        s.add(Enrolment(workshop_id=course.id, participant_id=ids["AMARA001"],
                        status=EnrolmentStatus.ENROLLED, enrolled_at=now))
        s.add(Enrolment(workshop_id=course.id, participant_id=ids["BORIS001"],
                        status=EnrolmentStatus.WAITLISTED, waitlist_position=1, enrolled_at=now))
        s.flush()
        ids["workshop"] = course.id
    with unit_of_work(db, Actor.system(), clock=lambda: now) as uow:
        withdrawn = workshops.withdraw(uow, ids["workshop"], ids["AMARA001"], "moved away")
        assert withdrawn.promoted is not None
        ids["promoted_enrolment"] = withdrawn.promoted.enrolment_id
    return ids


def test_today_shows_a_booking_starting_soon_and_an_item_out_of_service(
        ui_db_with_admin, signed_in_window, qtbot) -> None:
    _world(ui_db_with_admin)
    window = signed_in_window
    window.go_to("today")
    page = window.page("today")
    page.refresh()
    tree = page.bookings_tree
    texts = [[tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())]
    assert any(row[0] == "Prusa 1 (3DP-1)" and row[2].startswith("Amara") and "starts in" in row[3]
               for row in texts), texts
    minutes = [int(row[3].split("starts in ")[1].split()[0]) for row in texts if "starts in" in row[3]]
    assert minutes and 8 <= minutes[0] <= 10
    attention = page.attention_texts()
    assert any("Laser 9" in line and "out of service" in line and "1 booking(s) to move" in line
               for line in attention), attention
    assert any(line.startswith("Boris Petrov") for line in attention), attention  # the booking it affects
    assert any(line.startswith("⚠") for line in attention)  # warnings say so in words and a sign
    # The booking starts in 10 minutes: check-in is open (from 15 minutes before).
    tree.setCurrentItem(tree.topLevelItem(0))
    assert page.check_in_button.isEnabled() and not page.check_out_button.isEnabled()
    qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    page.refresh()
    assert "Checked in" in page.bookings_tree.topLevelItem(0).text(3)
    checked = page.checked_in_tree
    assert checked.topLevelItem(0).text(0).startswith("Amara") and checked.topLevelItem(0).text(1) == "Prusa 1"
    assert page.checked_in_title.text() == "Checked in (1)"


def test_needs_attention_lists_and_acts(ui_db_with_admin, signed_in_window, qtbot, monkeypatch) -> None:
    db = ui_db_with_admin
    now = utc_now()
    ids = _add_attention(db, _world(db, now), now)
    window = signed_in_window
    window.go_to("today")
    page = window.page("today")
    page.refresh()
    lines = page.attention_texts()
    assert any(line.startswith("⚠ Overdue check-outs (1)") for line in lines), lines
    assert any(line.startswith("Sewing 2 · Boris Petrov — ended") for line in lines), lines
    assert any(line.startswith("⚠ 1 booking(s) not checked in in time") for line in lines), lines
    assert any(line.startswith("⚠ Waitlist promotions to tell (1)") for line in lines), lines
    assert any(line.startswith("Boris Petrov · Laser basics — tell them: boris@example.org")
               for line in lines), lines
    soon = now + dt.timedelta(minutes=5)  # when the certification expires
    if soon.astimezone(page._tz).month == now.astimezone(page._tz).month:
        assert any(line.startswith("Certifications expiring this month (1)") for line in lines), lines
    assert any("No backup yet" in line for line in lines), lines

    def choose(prefix: str) -> None:
        tree = page.attention_tree
        item = tree.topLevelItem(0)
        while item is not None:
            if item.text(0).startswith(prefix):
                tree.setCurrentItem(item)
                return
            item = tree.itemBelow(item)
        raise AssertionError(prefix)

    # Mark as told: the promotion leaves the list, recorded in the audit log.
    assert not page.told_button.isEnabled()
    choose("Boris Petrov · Laser basics")
    assert page.told_button.isEnabled()
    qtbot.mouseClick(page.told_button, Qt.MouseButton.LeftButton)
    page.refresh()
    assert not any("Waitlist promotions" in line for line in page.attention_texts())
    with db.session(read_only=True) as s:
        told = s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "promotion_told")).all()
    assert list(told) == [ids["promoted_enrolment"]]

    # Check out the overdue booking.
    choose("Sewing 2 · Boris Petrov")
    assert page.overdue_button.isEnabled()
    qtbot.mouseClick(page.overdue_button, Qt.MouseButton.LeftButton)
    page.refresh()
    assert not any("Overdue check-outs" in line for line in page.attention_texts())

    # Release no-shows asks once, naming how many; keeping them changes nothing.
    asked: list[str] = []
    monkeypatch.setattr(today_page, "confirm_destructive",
                        lambda parent, title, text, *a, **k: asked.append(text) or False)
    assert page.release_button.isEnabled()
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    assert asked == ["Mark 1 booking(s) as no-shows?"]
    page.refresh()
    assert any("not checked in in time" in line for line in page.attention_texts())
    monkeypatch.setattr(today_page, "confirm_destructive", lambda *a, **k: True)
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    page.refresh()
    assert not any("not checked in in time" in line for line in page.attention_texts())
    assert not page.release_button.isEnabled()
    with db.session(read_only=True) as s:
        statuses = set(s.scalars(select(Booking.status).where(Booking.participant_id == ids["BORIS001"])))
    assert BookingStatus.NO_SHOW in statuses and BookingStatus.COMPLETED in statuses


# --- The service, on SQLite and PostgreSQL --------------------------------------------------------


def test_overview_on_both_databases(db) -> None:
    now = dt.datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
    ids = _add_attention(db, _world(db, now), now)
    with unit_of_work(db, Actor.system(), read_only=True, clock=lambda: now) as uow:
        view = today.overview(uow)
    assert [r.equipment for r in view.now_and_next] == ["Prusa 1"]
    assert [r.equipment for r in view.overdue_check_outs] == ["Sewing 2"]
    assert view.no_shows_due == 1 and [r.equipment for r in view.no_shows] == ["Prusa 1"]
    broken = view.out_of_service[0]
    assert (broken.name, broken.affected_bookings) == ("Laser 9", 1)
    assert broken.bookings[0].participant == "Boris Petrov"
    assert [c.participant_name for c in view.expiring] == ["Amara Okafor"]
    assert view.month_end == dt.datetime(2026, 7, 1, tzinfo=UTC)
    (promotion,) = view.promotions
    assert (promotion.person.display_name, promotion.workshop_title) == ("Boris Petrov", "Laser basics")
    assert promotion.person.contact == "boris@example.org"
    assert promotion.next_session == now + dt.timedelta(days=2)

    # Front desk may record that they told; a second time is refused by name; nothing written.
    desk = Actor("desk", StaffRole.FRONT_DESK)
    with unit_of_work(db, desk, clock=lambda: now + dt.timedelta(minutes=1)) as uow:
        today.mark_told(uow, promotion.enrolment_id)
    with (pytest.raises(NotFoundError, match="no longer exists"),
          unit_of_work(db, desk, clock=lambda: now + dt.timedelta(minutes=2)) as uow):
        today.mark_told(uow, 10**6)
    with (pytest.raises(ConflictError, match="already marked as told"),
          unit_of_work(db, desk, clock=lambda: now + dt.timedelta(minutes=2)) as uow):
        today.mark_told(uow, promotion.enrolment_id)
    with unit_of_work(db, desk, read_only=True, clock=lambda: now + dt.timedelta(minutes=3)) as uow:
        assert today.promotions_to_tell(uow) == []
    with db.session(read_only=True) as s:
        assert len(s.scalars(select(AuditEvent.id).where(AuditEvent.action == "promotion_told")).all()) == 1

    # Promoted again later (withdrawn, back on the waitlist, moved up): to tell again.
    with unit_of_work(db, Actor.system(), clock=lambda: now + dt.timedelta(hours=1)) as uow:
        enrolment = uow.session.get(Enrolment, promotion.enrolment_id)
        workshop = uow.session.get(Workshop, ids["workshop"])
        enrolment.status, enrolment.waitlist_position = EnrolmentStatus.WAITLISTED, 1
        uow.session.flush()
        assert workshops.fill_free_places(uow, workshop)
    with unit_of_work(db, desk, read_only=True, clock=lambda: now + dt.timedelta(hours=2)) as uow:
        assert [p.enrolment_id for p in today.promotions_to_tell(uow)] == [promotion.enrolment_id]
    # Once the workshop's last session is over, there is nothing left to tell.
    with unit_of_work(db, desk, read_only=True, clock=lambda: now + dt.timedelta(days=3)) as uow:
        assert today.promotions_to_tell(uow) == []


def test_backup_state(tmp_path, monkeypatch) -> None:
    from makerspace_app.persistence import sqlite_file
    from makerspace_app.services import backup

    monkeypatch.setattr(backup, "backup_dir", lambda: tmp_path)
    location = parse_location(str(tmp_path / "branch.db"))
    assert today.backup_state(parse_location("postgresql+psycopg://u@h/db")).kind == "server"
    assert today.backup_state(location).kind == "none"
    taken = dt.datetime(2026, 6, 10, 9, 0)
    (tmp_path / sqlite_file.timestamped_name("branch", backup.AUTO, taken)).write_bytes(b"x")
    assert today.backup_state(location, taken + dt.timedelta(hours=23)) == today.BackupState("recent", taken)
    assert today.backup_state(location, taken + dt.timedelta(hours=25)) == today.BackupState("old", taken)
