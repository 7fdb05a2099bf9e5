"""The two busiest flows, with the keyboard only, on the demo data:

- the front desk: Ctrl+K, type (or scan) a badge code and Enter: the participant opens; Ctrl+B opens a new
  booking, arrow keys choose the item, Enter books (Alt+1 takes the first offer when the
  slot is refused);
- a workshop leader: Ctrl+1 (Today), Tab to today's sessions, Enter takes attendance, type
  part of a name, Space marks the person present, Escape closes.

No widget is clicked and no method of a page is called: only keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from makerspace_app.services.uow import unit_of_work
from tests.ui.test_accessibility_walk import (  # noqa: F401 - fixtures used by name
    demo_db,
    demo_template,
    demo_window,
    settle,
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def when_dialog_opens(drive: Callable[[QDialog], None], errors: list[BaseException]) -> None:
    """Run ``drive`` on the next modal dialog once it is shown (it runs inside exec())."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible() \
                or not dialog.isActiveWindow() or not dialog.isAncestorOf(focused()):
            if tries < 200:
                QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        try:
            drive(dialog)
        except BaseException as err:  # noqa: BLE001 - reported by the test
            errors.append(err)
            dialog.reject()

    QTimer.singleShot(0, attempt)


def _bookable(db, actor):
    """An adult participant and an available item that needs no certification."""
    from makerspace_app.domain.enums import EquipmentStatus
    from makerspace_app.services import equipment, participants

    with unit_of_work(db, actor, read_only=True) as uow:
        categories = {c.id: c for c in equipment.list_categories(uow)}
        items = [i for i in equipment.list_items(uow)
                 if i.status is EquipmentStatus.AVAILABLE
                 and not categories[i.category_id].requires_certification
                 and not categories[i.category_id].min_age]
        people = [p for p in participants.search_participants(uow, "a", limit=200)
                  if p.age is not None and 25 <= p.age <= 60]
    assert items and people, "the demo data has no bookable item or adult participant"
    return people[0], items[0]


def _clock_for_a_free_slot(db, actor, person, item):
    """A "now" at 10:40 on the first coming day when 11:00–12:00 (what the new booking
    form proposes then) can be booked: the test does not depend on the time it runs."""
    import datetime as dt

    from makerspace_app.services import bookings

    with unit_of_work(db, actor, read_only=True) as uow:
        tz = bookings.timezone(uow)
    today = dt.datetime.now(tz).date()
    for offset in range(14):
        day = today + dt.timedelta(days=offset)
        now = dt.datetime.combine(day, dt.time(10, 40), tz).astimezone(dt.UTC)
        start = dt.datetime.combine(day, dt.time(11, 0), tz)
        try:
            with unit_of_work(db, actor, read_only=True, clock=lambda n=now: n) as uow:
                bookings.check_booking(uow, item.id, person.id, start,
                                       start + dt.timedelta(hours=1))
        except Exception:  # noqa: BLE001, S112 - closed or taken: try the next day
            continue
        return lambda: now
    raise AssertionError("no free hour from 11:00 in the next two weeks")


def test_front_desk_finds_a_participant_and_books_with_the_keyboard_only(
        demo_window, demo_db, qtbot, monkeypatch):  # noqa: F811 - fixtures imported from the walk
    import sqlalchemy as sa

    from makerspace_app.persistence.models import Booking
    from makerspace_app.ui.context import AppContext

    window = demo_window
    person, item = _bookable(demo_db, window.actor)
    clock = _clock_for_a_free_slot(demo_db, window.actor, person, item)
    monkeypatch.setattr(
        AppContext, "unit_of_work",
        lambda self, read_only=False: unit_of_work(self.db, self.actor, read_only=read_only,
                                                   clock=clock))
    press(Qt.Key.Key_K, CTRL)
    search = window.shell.search
    assert focused() is search
    QTest.keyClicks(search, person.badge_code)
    press(Qt.Key.Key_Return)  # as a badge scanner does: the first hit opens at once
    settle()
    assert window.current_area() == "participants"

    with demo_db.engine.connect() as conn:
        before = conn.execute(sa.select(sa.func.count()).select_from(Booking).where(
            Booking.participant_id == person.id, Booking.equipment_id == item.id)).scalar_one()
    errors: list[BaseException] = []
    booked: list[str] = []

    def book(dialog: QDialog) -> None:
        combo = dialog.when.item_combo
        assert focused() is combo or combo.isAncestorOf(focused())
        for _ in range(combo.count() + 1):
            if combo.currentData() == item.id:
                break
            QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentData() == item.id
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        QApplication.processEvents()
        if dialog.isVisible() and dialog.offers.isVisible():  # refused: take the first offer
            QTest.keyClick(focused(), Qt.Key.Key_1, ALT)
            QApplication.processEvents()
        if dialog.isVisible():
            booked.append("still open: " + dialog.message.text)
            dialog.reject()

    when_dialog_opens(book, errors)
    press(Qt.Key.Key_B, CTRL)
    settle()
    assert errors == [] and booked == []
    with demo_db.engine.connect() as conn:
        made = conn.execute(sa.select(sa.func.count()).select_from(Booking).where(
            Booking.participant_id == person.id, Booking.equipment_id == item.id)).scalar_one()
    assert made == before + 1, "no booking was made"


def test_a_leader_takes_attendance_with_the_keyboard_only(demo_window, demo_db):  # noqa: F811 - fixtures imported from the walk
    from makerspace_app.services import attendance

    window = demo_window
    press(Qt.Key.Key_1, CTRL)
    settle()
    today = window.page("today")
    tree = today.sessions_tree
    window.shell.navigation.list.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(60):
        if focused() is tree:
            break
        press(Qt.Key.Key_Tab)
    assert focused() is tree, "Tab never reaches today's sessions"
    session = None
    for _ in range(tree.topLevelItemCount()):
        session = today._chosen_session()
        if session is not None and session.cancelled_at is None:
            break
        press(Qt.Key.Key_Down)
    assert session is not None, "the demo data has no session today"
    with unit_of_work(demo_db, window.actor, read_only=True) as uow:
        roster = attendance.session_roster(uow, session.session_id)
    waiting = [e for e in roster if e.enrolled and not e.present]
    assert waiting, "nobody left to mark in the demo session"
    # Typed on a keyboard with Latin letters (QTest types key by key).
    person = next((e for e in waiting if e.display_name.isascii()), waiting[0])
    typed = person.display_name if person.display_name.isascii() else person.badge_code
    errors: list[BaseException] = []

    def mark(dialog: QDialog) -> None:
        assert focused() is dialog.filter_edit
        QTest.keyClicks(dialog.filter_edit, typed)
        QApplication.processEvents()
        QTest.keyClick(focused(), Qt.Key.Key_Space)
        QApplication.processEvents()
        for _ in range(2):  # the first Escape clears what was typed, the next one closes
            if dialog.isVisible():
                QTest.keyClick(focused() or dialog, Qt.Key.Key_Escape)
                QApplication.processEvents()
        assert not dialog.isVisible()

    when_dialog_opens(mark, errors)
    press(Qt.Key.Key_Return)
    settle()
    assert errors == []
    with unit_of_work(demo_db, window.actor, read_only=True) as uow:
        after = {e.participant_id: e for e in attendance.session_roster(uow, session.session_id)}
    assert after[person.participant_id].present
