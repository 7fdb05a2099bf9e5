"""The Bookings area: the front-desk flow with the keyboard only, refusals, the week view."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import BookingStatus
from makerspace_app.services import bookings, equipment, participants
from makerspace_app.services.uow import Actor, unit_of_work
from tests.ui.test_shell import unnamed_interactive_widgets


@pytest.fixture
def desk(ui_db_with_admin):
    """One item anyone may book and two adults with badges (opening hours not set)."""
    db = ui_db_with_admin
    with unit_of_work(db, Actor.system()) as uow:
        category = equipment.save_category(uow, "Laser cutters")
        item = equipment.add_item(uow, equipment.ItemInput("LC-0001", "Laser cutter 1",
                                                           category.id))
        ana = participants.register_participant(uow, participants.ParticipantInput(
            given_name="Ana", family_name="Lima", date_of_birth=dt.date(1990, 5, 1)))
        bo = participants.register_participant(uow, participants.ParticipantInput(
            given_name="Bo", family_name="Chen", date_of_birth=dt.date(1985, 2, 3)))
        tz = bookings.timezone(uow)
        tomorrow = uow.now().astimezone(tz).date() + dt.timedelta(days=1)
    return {"db": db, "item": item, "ana": ana, "bo": bo, "tz": tz, "tomorrow": tomorrow}


def _at(desk: dict, hour: int, minute: int = 0) -> dt.datetime:
    return local_to_utc(desk["tomorrow"], dt.time(hour, minute), desk["tz"])


def _stored(desk: dict) -> list[bookings.BookingRow]:
    with unit_of_work(desk["db"], Actor.system(), read_only=True) as uow:
        return bookings.bookings_between(uow, _at(desk, 0), _at(desk, 23, 59))


def _open_bookings(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "bookings"
    page = window.page("bookings")
    qtbot.waitUntil(page.timeline.hasFocus, timeout=3000)
    return page


def _keys(qtbot, widget, *keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for key in keys:
        qtbot.keyClick(widget, key, modifier)


def _new_booking_dialog(page, qtbot):
    qtbot.waitUntil(lambda: page.active_dialog is not None, timeout=3000)
    dialog = page.active_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert dialog.person_edit.hasFocus() or dialog.focusWidget() is dialog.person_edit
    return dialog


def test_desk_flow_with_the_keyboard_only(signed_in_window, desk, qtbot):
    page = _open_bookings(signed_in_window, qtbot)
    timeline = page.timeline
    assert timeline.items()[0].name == "Laser cutter 1"
    # Tomorrow, 10:00–11:00: Page Down, Home (08:00), four slots right, Shift+Right.
    _keys(qtbot, timeline, Qt.Key.Key_PageDown, Qt.Key.Key_Home)
    assert timeline.days() == [desk["tomorrow"]]
    _keys(qtbot, timeline, *[Qt.Key.Key_Right] * 4)
    _keys(qtbot, timeline, Qt.Key.Key_Right, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert "free" in page.cursor_label.text()
    qtbot.keyClick(timeline, Qt.Key.Key_Return)

    dialog = _new_booking_dialog(page, qtbot)
    qtbot.keyClicks(dialog.person_edit, desk["ana"].badge_code)  # as a scanner types it
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
    stored = _stored(desk)
    assert [(b.participant_id, b.equipment_id, b.starts_at, b.ends_at, b.status)
            for b in stored] == [(desk["ana"].id, desk["item"].id, _at(desk, 10), _at(desk, 11),
                                  BookingStatus.BOOKED)]
    # The new block is on the timeline, and the cursor on it says so in words.
    timeline.set_cursor(0, 4)
    assert "Booked by Ana Lima" in page.cursor_label.text()
    # Back where the person was (the window's focus, once the window manager activates it).
    assert signed_in_window.focusWidget() is timeline


def test_a_taken_slot_is_refused_with_the_reason_and_nothing_is_saved(signed_in_window, desk,
                                                                     qtbot):
    with unit_of_work(desk["db"], Actor.system()) as uow:
        bookings.create_booking(uow, desk["item"].id, desk["bo"].id, _at(desk, 10), _at(desk, 11))
    page = _open_bookings(signed_in_window, qtbot)
    timeline = page.timeline
    # 09:30–11:00 overlaps Bo's booking.
    _keys(qtbot, timeline, Qt.Key.Key_PageDown, Qt.Key.Key_Home, *[Qt.Key.Key_Right] * 3)
    _keys(qtbot, timeline, Qt.Key.Key_Right, Qt.Key.Key_Right,
          modifier=Qt.KeyboardModifier.ShiftModifier)
    assert "partly booked" in page.cursor_label.text()
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    dialog = _new_booking_dialog(page, qtbot)
    qtbot.keyClicks(dialog.person_edit, desk["ana"].badge_code)
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)

    assert page.active_dialog is dialog and dialog.isVisible()
    assert dialog.message.kind == "error"
    assert "Laser cutter 1 is booked" in dialog.message.text
    assert len(_stored(desk)) == 1
    # The next free slot of the same length is offered, one key away.
    offer = dialog.offers.buttons[0]
    assert offer.isVisible() and "Alt+1" in offer.text()
    assert unnamed_interactive_widgets(dialog) == []
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
    ana = [b for b in _stored(desk) if b.participant_id == desk["ana"].id]
    assert [(b.starts_at, b.ends_at) for b in ana] == [(_at(desk, 11), _at(desk, 12, 30))]


def test_several_matches_need_a_choice_before_enter_books(signed_in_window, desk, qtbot):
    page = _open_bookings(signed_in_window, qtbot)
    _keys(qtbot, page.timeline, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_Return)
    dialog = _new_booking_dialog(page, qtbot)
    qtbot.keyClicks(dialog.person_edit, "n")  # in both “Ana Lima” and “Bo Chen”
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    assert "2 participants match" in dialog.message.text
    assert _stored(desk) == []
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Down)
    chosen = dialog.person_list.currentItem().text()
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
    [booking] = _stored(desk)
    assert booking.participant in chosen


def test_the_week_view_shows_each_booking_with_its_status_in_words(signed_in_window, desk,
                                                                  qtbot):
    with unit_of_work(desk["db"], Actor.system()) as uow:
        made = bookings.create_booking(uow, desk["item"].id, desk["bo"].id, _at(desk, 14),
                                       _at(desk, 15, 30))
    page = _open_bookings(signed_in_window, qtbot)
    qtbot.keyClick(page.timeline, Qt.Key.Key_W)
    timeline = page.timeline
    assert page.mode == "week" and len(timeline.days()) == 7
    assert desk["tomorrow"] in timeline.days()
    assert "Week of" in page.period_label.text()
    [shown] = timeline.bookings_of(desk["item"].id)
    assert shown.id == made.id
    assert timeline.describe_booking(shown).startswith("Booked: Bo Chen")
    day_index = timeline.days().index(desk["tomorrow"])
    per_day = timeline.slot_count() // 7
    first_hour = timeline.hours()[0]
    timeline.set_cursor(0, day_index * per_day + (14 - first_hour) * 2)
    assert "Booked by Bo Chen" in page.cursor_label.text()
    assert not page.grab().isNull()
    # Enter on the block opens it, with its status in words.
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.active_dialog is not None, timeout=3000)
    details = page.active_dialog
    assert details.status_label.text() == "Booked"
    assert "Bo Chen" in details.person_label.text()
    details.reject()
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)


def test_cancelling_from_the_booking_asks_once(signed_in_window, desk, qtbot, monkeypatch):
    from makerspace_app.ui.dialogs.booking_details import BookingDetailsDialog

    with unit_of_work(desk["db"], Actor.system()) as uow:
        made = bookings.create_booking(uow, desk["item"].id, desk["bo"].id, _at(desk, 9),
                                       _at(desk, 10))
    asked = []
    monkeypatch.setattr(BookingDetailsDialog, "confirm_cancel",
                        classmethod(lambda cls, parent, what: asked.append(what) or True))
    page = _open_bookings(signed_in_window, qtbot)
    _keys(qtbot, page.timeline, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_Right,
          Qt.Key.Key_Right, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.active_dialog is not None, timeout=3000)
    details = page.active_dialog
    details.cancel_button.click()
    assert len(asked) == 1 and "Bo Chen" in asked[0]
    assert details.status_label.text() == "Cancelled"
    [stored] = _stored(desk)
    assert (stored.id, stored.status) == (made.id, BookingStatus.CANCELLED)
    details.accept()
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
    assert page.timeline.bookings_of(desk["item"].id) == []  # cancelled ones hidden


def test_the_filters_and_the_period_keys(signed_in_window, desk, qtbot):
    page = _open_bookings(signed_in_window, qtbot)
    today = page.days()[0]
    qtbot.keyClick(page.timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.days() == [today + dt.timedelta(days=1)]
    qtbot.keyClick(page.timeline, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.timeline, Qt.Key.Key_PageUp)
    assert page.days() == [today - dt.timedelta(days=1)]
    qtbot.keyClick(page.timeline, Qt.Key.Key_T)
    assert page.days() == [today]
    # To the week and back: the cursor stays on the day it was on.
    qtbot.keyClick(page.timeline, Qt.Key.Key_W)
    assert today in page.days() and len(page.days()) == 7
    _item, start, _end = page.timeline.selected_range()
    assert start.astimezone(desk["tz"]).date() == today
    qtbot.keyClick(page.timeline, Qt.Key.Key_D)
    assert page.days() == [today]
    combo = page.category_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All categories", "Laser cutters"]
    with unit_of_work(desk["db"], Actor.system()) as uow:
        other = equipment.save_category(uow, "Sewing machines")
        equipment.add_item(uow, equipment.ItemInput("SW-0001", "Sewing machine 1", other.id))
    page.reload()
    assert len(page.timeline.items()) == 2
    combo.setCurrentIndex(combo.findText("Sewing machines"))
    assert [i.name for i in page.timeline.items()] == ["Sewing machine 1"]


def test_moving_a_booking_and_checking_in_and_out(signed_in_window, desk, qtbot):
    with unit_of_work(desk["db"], Actor.system()) as uow:
        later = bookings.create_booking(uow, desk["item"].id, desk["bo"].id, _at(desk, 9),
                                        _at(desk, 10))
        soon = uow.now().replace(microsecond=0) + dt.timedelta(minutes=5)
        now_booking = bookings.create_booking(uow, desk["item"].id, desk["ana"].id, soon,
                                              soon + dt.timedelta(hours=1))
    page = _open_bookings(signed_in_window, qtbot)

    page.open_booking(now_booking)
    details = page.active_dialog
    details.check_in_button.click()
    assert details.status_label.text() == "Checked in"
    details.check_out_button.click()
    assert details.status_label.text() == "Completed"
    assert not details.cancel_button.isEnabled() and not details.move_button.isEnabled()
    details.accept()
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)

    page.go_to_day(desk["tomorrow"])
    [shown] = [b for b in page.timeline.bookings_of(desk["item"].id) if b.id == later.id]
    page.open_booking(shown)
    details = page.active_dialog
    details.move_button.click()
    assert unnamed_interactive_widgets(details) == []
    details.when.start_edit.setTime(details.when.start_edit.time().addSecs(3 * 3600))
    details.when.end_edit.setTime(details.when.end_edit.time().addSecs(3 * 3600))
    details.move_ok.click()
    assert details.message.kind == "success", details.message.text
    details.accept()
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
    [moved] = [b for b in _stored(desk) if b.id == later.id]
    assert (moved.starts_at, moved.ends_at) == (_at(desk, 12), _at(desk, 13))
    assert [b.starts_at for b in page.timeline.bookings_of(desk["item"].id)
            if b.id == later.id] == [_at(desk, 12)]


def test_notes_are_edited_in_place_and_never_dropped_silently(signed_in_window, desk, qtbot,
                                                              monkeypatch):
    from makerspace_app.ui.dialogs import unsaved
    from makerspace_app.ui.dialogs.booking_details import BookingDetailsDialog

    with unit_of_work(desk["db"], Actor.system()) as uow:
        made = bookings.create_booking(uow, desk["item"].id, desk["bo"].id, _at(desk, 9),
                                       _at(desk, 10))
    page = _open_bookings(signed_in_window, qtbot)
    page.open_booking(made)
    details = page.active_dialog
    assert not details.save_notes_button.isEnabled()
    details.notes_edit.setFocus()
    qtbot.keyClicks(details.notes_edit, "Bring own plywood")
    assert details.save_notes_button.isEnabled()
    qtbot.keyClick(details.notes_edit, Qt.Key.Key_Return)
    assert details.message.kind == "success" and details.isVisible()
    assert [b.notes for b in _stored(desk)] == ["Bring own plywood"]
    assert not details.save_notes_button.isEnabled()

    # Typed but not saved: closing asks; "keep editing" keeps the dialog and the words.
    qtbot.keyClicks(details.notes_edit, ", 3 mm")
    answers = [unsaved.STAY, unsaved.DISCARD]
    asked = []
    monkeypatch.setattr(BookingDetailsDialog, "ask_unsaved",
                        classmethod(lambda cls, parent: asked.append(1) or answers.pop(0)))
    qtbot.keyClick(details, Qt.Key.Key_Escape)
    assert len(asked) == 1 and details.isVisible() and page.active_dialog is details
    assert details.notes_edit.text() == "Bring own plywood, 3 mm"
    details.close_button.click()  # discard this time
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
    assert len(asked) == 2
    assert [b.notes for b in _stored(desk)] == ["Bring own plywood"]


def test_a_refused_move_says_why_in_the_users_locale_and_offers_the_next_free_slot(
        signed_in_window, desk, qtbot):
    from PySide6.QtCore import QLocale, QTime

    with unit_of_work(desk["db"], Actor.system()) as uow:
        bo = bookings.create_booking(uow, desk["item"].id, desk["bo"].id, _at(desk, 10),
                                     _at(desk, 11))
        ana = bookings.create_booking(uow, desk["item"].id, desk["ana"].id, _at(desk, 14),
                                      _at(desk, 15))
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        page = _open_bookings(signed_in_window, qtbot)
        page.open_booking(ana)
        details = page.active_dialog
        details.move_button.click()
        details.when.start_edit.setTime(QTime(10, 30))
        details.when.end_edit.setTime(QTime(11, 30))
        details.move_ok.click()
        ten = QLocale().toString(QTime(10, 0), QLocale.FormatType.ShortFormat)
        eleven = QLocale().toString(QTime(11, 0), QLocale.FormatType.ShortFormat)
        assert ten != "10:00"  # the user's locale, not the service's 24-hour English
        assert details.message.kind == "error"
        assert f"Laser cutter 1 is booked {ten}–{eleven} on " in details.message.text
        day = desk["tomorrow"]
        assert QLocale().toString(QDate(day.year, day.month, day.day),
                                  QLocale.FormatType.LongFormat) in details.message.text
        assert [(b.id, b.starts_at) for b in _stored(desk)] == [(bo.id, _at(desk, 10)),
                                                                 (ana.id, _at(desk, 14))]
        offer = details.offers.buttons[0]
        assert eleven in offer.text()  # the next free hour starts when Bo's ends
        qtbot.waitUntil(details.isActiveWindow, timeout=3000)
        assert details.focusWidget() is offer
        qtbot.keyClick(offer, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: details.message.kind == "success", timeout=3000)  # animated
        details.accept()
        qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
        moved = {b.id: (b.starts_at, b.ends_at) for b in _stored(desk)}
        assert moved[ana.id] == (_at(desk, 11), _at(desk, 12))
    finally:
        QLocale.setDefault(previous)


def test_the_space_filter_shows_the_items_of_one_space(signed_in_window, desk, qtbot):
    from makerspace_app.persistence.models import Site, Space

    with unit_of_work(desk["db"], Actor.system()) as uow:
        site = Site(name="Central", address="", timezone="Europe/London")
        uow.session.add(site)
        uow.session.flush()
        wood, lab = Space(site_id=site.id, name="Wood shop"), Space(site_id=site.id, name="Fab lab")
        uow.session.add_all([wood, lab])
        uow.session.flush()
        category = equipment.save_category(uow, "Sewing machines")
        for tag, name, space in (("SW-1", "Sewing machine 1", wood), ("SW-2", "Sewing machine 2", lab)):
            equipment.add_item(uow, equipment.ItemInput(tag, name, category.id, space.id))
    page = _open_bookings(signed_in_window, qtbot)
    combo = page.space_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All spaces", "Fab lab",
                                                                 "Wood shop"]
    assert len(page.timeline.items()) == 3
    combo.setCurrentIndex(combo.findText("Wood shop"))
    assert [i.name for i in page.timeline.items()] == ["Sewing machine 1"]
    page.category_combo.setCurrentIndex(page.category_combo.findText("Laser cutters"))
    assert page.timeline.items() == []
    assert page.cursor_label.text() == "No items in this space and category."


def test_right_to_left_the_period_keys_follow_the_mirrored_timeline(signed_in_window, desk,
                                                                    qtbot, qapp):
    page = _open_bookings(signed_in_window, qtbot)
    today = page.days()[0]
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert page.isRightToLeft() and page.timeline.isRightToLeft()
        qtbot.keyClick(page.timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert page.days() == [today + dt.timedelta(days=1)]  # leftwards is later
        qtbot.keyClick(page.timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(page.timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert page.days() == [today - dt.timedelta(days=1)]
        assert not page.grab().isNull()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
