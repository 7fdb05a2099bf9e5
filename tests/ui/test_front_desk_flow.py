"""The front desk's fast path, end to end, as a person with a badge scanner does it.

The scanner types the badge code into the search field at the top and presses Enter: the
participant opens with today's bookings. Ctrl+B books for them; Enter on today's booking
checks them in. A taken slot is refused with the reason, and nothing is saved.

The makerspace's time zone is chosen so that it is early afternoon there while the test runs,
so "today" has room for a booking starting now whatever the time of day on the machine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import BookingStatus
from makerspace_app.services import bookings, equipment, participants, settings
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.ui.dialogs.new_booking import NewBookingDialog, short_time


def _afternoon_zone(now: dt.datetime) -> str:
    """A fixed-offset zone in which ``now`` (UTC) is between 12:00 and 13:00."""
    offset = (12 - now.hour + 12) % 24 - 12  # -12..11 hours
    return "Etc/GMT" + (f"{-offset:+d}" if offset else "")  # POSIX signs are inverted


@pytest.fixture
def desk(ui_db_with_admin):
    db = ui_db_with_admin
    with unit_of_work(db, Actor.system()) as uow:
        settings.set_many(uow, {"organisation.timezone": _afternoon_zone(uow.now())})
        category = equipment.save_category(uow, "Laser cutters")
        item = equipment.add_item(uow, equipment.ItemInput("LC-0001", "Laser cutter 1",
                                                           category.id))
        ana = participants.register_participant(uow, participants.ParticipantInput(
            given_name="Ana", family_name="Lima", date_of_birth=dt.date(1990, 5, 1)))
        bo = participants.register_participant(uow, participants.ParticipantInput(
            given_name="Bo", family_name="Chen", date_of_birth=dt.date(1985, 2, 3)))
        tz = bookings.timezone(uow)
        now = uow.now().astimezone(tz)
    assert 12 <= now.hour < 13 or (now.hour == 13 and now.minute == 0)
    return {"db": db, "item": item, "ana": ana, "bo": bo, "tz": tz, "now": now}


def _stored(desk: dict) -> list[bookings.BookingRow]:
    day = desk["now"].date()
    with unit_of_work(desk["db"], Actor.system(), read_only=True) as uow:
        return bookings.bookings_between(uow, local_to_utc(day, dt.time(0), desk["tz"]),
                                         local_to_utc(day + dt.timedelta(days=1), dt.time(0),
                                                      desk["tz"]))


def _scan(window, qtbot, code: str):
    """The scanner: the code typed into the search field at the top, then Enter."""
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window.shell.search
    assert search.hasFocus()
    qtbot.keyClicks(search, code)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.current_area() == "participants"
    return window.page("participants")


def _in_the_booking_dialog(qtbot, act: Callable[[NewBookingDialog], None]) -> list:
    """Run ``act`` on the New booking dialog once it is open (it runs modally)."""
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, NewBookingDialog), dialog
            qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
            act(dialog)
        except BaseException as err:  # noqa: BLE001 - reported after the dialog is closed
            failures.append(err)
        finally:
            if isinstance(dialog, NewBookingDialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def test_scan_a_badge_book_a_free_slot_and_check_in(signed_in_window, desk, qtbot):
    window = signed_in_window
    page = _scan(window, qtbot, desk["ana"].badge_code)
    assert page._current is not None and page._current.id == desk["ana"].id
    assert "Ctrl+B" in page.no_bookings_label.text()  # no bookings today yet: how to book

    start = desk["now"].replace(second=0, microsecond=0)
    end = start + dt.timedelta(hours=1)

    def book(dialog: NewBookingDialog) -> None:
        assert dialog.participant_id == desk["ana"].id  # the person the desk opened
        assert dialog.when.item_combo.hasFocus()
        dialog.when.set_item(desk["item"].id)
        dialog.when.start_edit.setTime(QTime(start.hour, start.minute))
        dialog.when.end_edit.setTime(QTime(end.hour, end.minute))
        qtbot.keyClick(dialog.when.item_combo, Qt.Key.Key_Return)  # Enter books
        assert not dialog.isVisible(), dialog.message.text

    failures = _in_the_booking_dialog(qtbot, book)
    qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    [booked] = _stored(desk)
    assert (booked.participant_id, booked.equipment_id, booked.status) == (
        desk["ana"].id, desk["item"].id, BookingStatus.BOOKED)
    assert booked.starts_at == start.astimezone(dt.UTC)
    assert page.action_message.kind == "success"
    tz = desk["tz"]
    assert page.action_message.text == (
        f"Booked: Laser cutter 1, {short_time(start, tz)}–{short_time(end, tz)}.")

    # Today's bookings list it; Enter on it checks Ana in.
    tree = page.bookings_tree
    assert tree.topLevelItemCount() == 1 and "Laser cutter 1" in tree.topLevelItem(0).text(1)
    # Focus is on the new booking already: Enter checks Ana in, no Tab or click first.
    # (The offscreen platform has no window manager to make the window active again when
    # the dialog closes, as a desktop does; the window's focus was set to the booking.)
    assert tree.window().focusWidget() is tree
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert tree.hasFocus()
    assert tree.currentItem() is tree.topLevelItem(0)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert page.action_message.kind == "success", page.action_message.text
    assert "Checked in: Laser cutter 1" in page.action_message.text
    assert [b.status for b in _stored(desk)] == [BookingStatus.CHECKED_IN]


def test_a_taken_slot_shows_the_reason_and_saves_nothing(signed_in_window, desk, qtbot):
    start = desk["now"].replace(second=0, microsecond=0)
    with unit_of_work(desk["db"], Actor.system()) as uow:
        taken = bookings.create_booking(uow, desk["item"].id, desk["bo"].id, start,
                                        start + dt.timedelta(hours=2))
    page = _scan(signed_in_window, qtbot, desk["ana"].badge_code)
    assert page._current is not None and page._current.id == desk["ana"].id
    seen: dict[str, str] = {}

    def try_the_taken_slot(dialog: NewBookingDialog) -> None:
        dialog.when.set_item(desk["item"].id)
        later = start + dt.timedelta(minutes=30)
        dialog.when.start_edit.setTime(QTime(later.hour, later.minute))
        dialog.when.end_edit.setTime(QTime(later.hour + 1, later.minute))
        qtbot.keyClick(dialog.when.item_combo, Qt.Key.Key_Return)
        assert dialog.isVisible()
        seen["kind"], seen["text"] = dialog.message.kind, dialog.message.text
        seen["offer"] = dialog.offers.buttons[0].text() if dialog.offers.buttons else ""
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # give up: nothing is booked

    failures = _in_the_booking_dialog(qtbot, try_the_taken_slot)
    qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    tz = desk["tz"]
    until = start + dt.timedelta(hours=2)
    assert seen["kind"] == "error"
    assert (f"Laser cutter 1 is booked {short_time(start, tz)}–{short_time(until, tz)}"
            in seen["text"])
    assert short_time(until, tz) in seen["offer"]  # the next free slot, one key away
    assert [b.id for b in _stored(desk)] == [taken.id]
    assert page.action_message.kind != "success"
