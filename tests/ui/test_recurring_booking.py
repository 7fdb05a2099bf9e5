"""Recurring bookings from the Bookings area: every date listed (with the reason a date
cannot be booked) before anything is saved; then skip the conflicts, or drop the series."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.services import bookings, equipment, participants
from makerspace_app.services.uow import Actor, unit_of_work
from tests.ui.test_shell import unnamed_interactive_widgets

SCREENSHOT = os.environ.get("MAKERSPACE_SCREENSHOTS")  # a folder: save what the test shows


@pytest.fixture
def series_desk(ui_db_with_admin):
    """One item, two adults; Bo has the item on the third Tuesday of the series."""
    db = ui_db_with_admin
    with unit_of_work(db, Actor.system()) as uow:
        category = equipment.save_category(uow, "3D printers")
        item = equipment.add_item(uow, equipment.ItemInput("3DP-0001", "Prusa MK4", category.id))
        ana = participants.register_participant(uow, participants.ParticipantInput(
            given_name="Ana", family_name="Lima", date_of_birth=dt.date(1990, 5, 1)))
        bo = participants.register_participant(uow, participants.ParticipantInput(
            given_name="Bo", family_name="Chen", date_of_birth=dt.date(1985, 2, 3)))
        tz = bookings.timezone(uow)
        today = uow.now().astimezone(tz).date()
        tuesday = today + dt.timedelta(days=(1 - today.weekday()) % 7 or 7)
        third = tuesday + dt.timedelta(weeks=2)
        taken = bookings.create_booking(uow, item.id, bo.id, local_to_utc(third, dt.time(17), tz),
                                        local_to_utc(third, dt.time(19), tz))
    return {"db": db, "item": item, "ana": ana, "bo": bo, "tz": tz, "tuesday": tuesday,
            "third": third, "taken": taken}


def _all_bookings(desk: dict) -> list[bookings.BookingRow]:
    with unit_of_work(desk["db"], Actor.system(), read_only=True) as uow:
        return bookings.bookings_between(uow, local_to_utc(desk["tuesday"], dt.time(0), desk["tz"]),
                                         local_to_utc(desk["tuesday"] + dt.timedelta(weeks=11),
                                                      dt.time(0), desk["tz"]))


def _open_series(window, desk, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page("bookings")
    qtbot.waitUntil(page.timeline.hasFocus, timeout=3000)
    page.go_to_day(desk["tuesday"])
    first_hour = page.timeline.hours()[0]
    page.timeline.set_cursor(0, (16 - first_hour) * 2)  # Tuesday 16:00–18:00
    page.timeline.set_cursor(0, (16 - first_hour) * 2 + 3, extend=True)
    qtbot.keyClick(page.timeline, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: page.active_dialog is not None, timeout=3000)
    dialog = page.active_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return page, dialog


def _list_for_ana(dialog, desk, qtbot) -> None:
    assert dialog.person_edit.hasFocus()
    qtbot.keyClicks(dialog.person_edit, desk["ana"].badge_code)  # as a scanner types it
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)


def test_conflicts_are_listed_with_the_reason_before_anything_is_saved_then_skipped(
        signed_in_window, series_desk, qtbot):
    desk = series_desk
    page, dialog = _open_series(signed_in_window, desk, qtbot)
    assert dialog.count_spin.value() == 10
    _list_for_ana(dialog, desk, qtbot)

    # Listed, not saved: ten Tuesdays, the third one a conflict with its reason.
    tree = dialog.plan_tree
    assert tree.isVisible() and tree.topLevelItemCount() == 10
    verdicts = [tree.topLevelItem(i).text(2) for i in range(10)]
    assert [v.startswith("Conflict") for v in verdicts] == [i == 2 for i in range(10)]
    assert "Prusa MK4 is booked" in verdicts[2]
    assert tree.currentItem() is tree.topLevelItem(2)
    assert all(tree.topLevelItem(i).text(1).startswith("16:00") for i in range(10))
    assert len(_all_bookings(desk)) == 1
    assert dialog.book_button.text() == "Book 9, skip 1"
    assert dialog.cancel_button.text() == "Drop the series"
    assert "1 of the 10 dates cannot be booked" in dialog.message.text
    assert unnamed_interactive_widgets(dialog) == []
    if SCREENSHOT:
        qtbot.wait(100)  # let the layouts settle, as the event loop does
        dialog.grab().save(os.path.join(SCREENSHOT, "recurring_booking.png"))

    # Enter again books the nine and skips the conflict.
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
    ana = [b for b in _all_bookings(desk) if b.participant_id == desk["ana"].id]
    assert len(ana) == 9 and len({b.series_id for b in ana}) == 1
    local_days = [b.starts_at.astimezone(desk["tz"]) for b in ana]
    assert desk["third"] not in [d.date() for d in local_days]
    assert {(d.hour, d.minute, d.weekday()) for d in local_days} == {(16, 0, 1)}


def test_dropping_the_series_books_nothing_and_a_change_lists_again(signed_in_window,
                                                                    series_desk, qtbot):
    desk = series_desk
    page, dialog = _open_series(signed_in_window, desk, qtbot)
    _list_for_ana(dialog, desk, qtbot)
    assert dialog.plan_tree.topLevelItemCount() == 10
    # Changing the times makes the list out of date: Enter lists again, books nothing.
    dialog.when.end_edit.setTime(dialog.when.end_edit.time().addSecs(-3600))  # 16:00–17:00
    assert dialog.plan_tree.isHidden() and dialog.book_button.text() == "List the dates"
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    assert dialog.plan_tree.topLevelItemCount() == 10
    assert dialog.book_button.text() == "Book all 10"
    assert len(_all_bookings(desk)) == 1
    # Back to 16:00–18:00, then drop the series with Escape.
    dialog.when.end_edit.setTime(dialog.when.end_edit.time().addSecs(3600))
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    assert dialog.cancel_button.text() == "Drop the series"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
    assert [b.id for b in _all_bookings(desk)] == [desk["taken"].id]


def test_a_date_taken_after_the_listing_is_not_skipped_silently(signed_in_window, series_desk,
                                                                qtbot):
    desk = series_desk
    page, dialog = _open_series(signed_in_window, desk, qtbot)
    _list_for_ana(dialog, desk, qtbot)
    # Another desk books the fifth Tuesday while the list is on screen.
    fifth = desk["tuesday"] + dt.timedelta(weeks=4)
    with unit_of_work(desk["db"], Actor.system()) as uow:
        bookings.create_booking(uow, desk["item"].id, desk["bo"].id,
                                local_to_utc(fifth, dt.time(16), desk["tz"]),
                                local_to_utc(fifth, dt.time(17), desk["tz"]))
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    assert page.active_dialog is dialog and dialog.isVisible()
    assert dialog.message.kind == "error"
    assert "check the dates again" in dialog.message.text
    assert len(_all_bookings(desk)) == 2  # nothing of the series was booked
    # The list now shows both conflicts; Enter books the other eight.
    verdicts = [dialog.plan_tree.topLevelItem(i).text(2) for i in range(10)]
    assert [v.startswith("Conflict") for v in verdicts] == [i in (2, 4) for i in range(10)]
    assert dialog.book_button.text() == "Book 8, skip 2"
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)
    assert len([b for b in _all_bookings(desk) if b.participant_id == desk["ana"].id]) == 8
