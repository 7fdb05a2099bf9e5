"""The Workshops area: the empty state that teaches, creating and editing a workshop, sessions
(series, move, cancel with the people to tell), enrolment with a waitlist, and completing a
training, after which the participant can book the machine."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from makerspace_app.domain.enums import EnrolmentStatus, Recurrence
from makerspace_app.persistence.models import Certification, Workshop, WorkshopSession
from makerspace_app.services import bookings, equipment, participants, workshops
from makerspace_app.services.bookings import BookingRefused
from makerspace_app.services.equipment import ItemInput
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.search import SearchHit
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.services.workshops import WorkshopInput
from makerspace_app.ui.dialogs import unsaved
from makerspace_app.ui.dialogs.attendance import ParticipantPicker
from makerspace_app.ui.pages import workshops as page_module
from makerspace_app.ui.pages.workshops import (
    ATTENDANCE_TAB,
    PARTICIPANTS_TAB,
    SESSIONS_TAB,
    SessionPlan,
)

UTC = dt.UTC


def workshops_page(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "workshops"
    return window.page("workshops")


def person(db, given: str, family: str = "Tester") -> int:
    with unit_of_work(db, Actor.system()) as uow:
        return participants.register_participant(uow, ParticipantInput(
            given_name=given, family_name=family, date_of_birth=dt.date(1988, 2, 3))).id


def new_workshop(db, **fields) -> int:
    with unit_of_work(db, Actor.system()) as uow:
        return workshops.create_workshop(uow, WorkshopInput(**{"capacity": 10, **fields})).id


def count(db, model) -> int:
    with db.session(read_only=True) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def click_in_next_message_box(button_text: str) -> list[str]:
    """Answer the next modal message box by clicking the button with that text."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        try:
            assert isinstance(box, QMessageBox)
            seen.append(box.text() + " " + box.informativeText())
            next(b for b in box.buttons() if b.text() == button_text).click()
        finally:
            if box is not None and box.isVisible():
                box.reject()

    QTimer.singleShot(0, answer)
    return seen


def test_an_empty_database_teaches_and_ctrl_n_creates_a_workshop(signed_in_window, qtbot):
    window = signed_in_window
    page = workshops_page(window, qtbot)
    assert page.stack.currentIndex() == 0
    assert page.empty_state.title_label.text() == "No workshops yet — create one (Ctrl+N)"

    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.creating and page.title_edit.hasFocus()
    assert not page.tabs.isTabEnabled(SESSIONS_TAB)
    QTest.keyClicks(page.title_edit, "Laser cutting for beginners")
    assert page.has_unsaved_changes()
    QTest.keyClick(page.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not page.creating and not page.has_unsaved_changes()
    assert page.current.title == "Laser cutting for beginners"
    assert page.tabs.isTabEnabled(SESSIONS_TAB)
    assert "Add its sessions next" in page.form_message.text
    assert page.list_model.rowCount() == 1
    assert count(window.db, Workshop) == 1


def test_a_refused_form_says_why_and_keeps_what_was_typed(signed_in_window, qtbot):
    page = workshops_page(signed_in_window, qtbot)
    page.new_workshop()
    QTest.keyClicks(page.title_edit, "Sewing")
    page.min_age_spin.setValue(16)
    page.max_age_spin.setValue(12)
    assert not page.save_changes()
    assert page.form_message.kind == "error"
    assert "minimum age (16) is above the maximum age (12)" in page.form_message.text
    assert page.min_age_spin.hasFocus()
    assert page.title_edit.text() == "Sewing" and page.has_unsaved_changes()
    assert count(signed_in_window.db, Workshop) == 0


def test_editing_the_details_and_the_training_category(signed_in_window, qtbot):
    db = signed_in_window.db
    with unit_of_work(db, Actor.system()) as uow:
        laser = equipment.save_category(uow, "Laser cutters", requires_certification=True)
    workshop_id = new_workshop(db, title="Laser safety")
    page = workshops_page(signed_in_window, qtbot)
    assert page.show_record(workshop_id)
    page.training_combo.setCurrentIndex(page.training_combo.findData(laser.id))
    page.capacity_spin.setValue(6)
    page.min_age_spin.setValue(16)
    page.languages_edit.setText("en, ES")
    page.rule_combo.setCurrentIndex(page.rule_combo.findData("percent"))
    page.rule_spin.setValue(80)
    page.description_edit.setPlainText("Safe use of the laser cutter.")
    assert page.save_changes()
    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        row = workshops.get_workshop(uow, workshop_id)
    assert (row.grants_category_id, row.capacity, row.min_age, row.max_age) == (laser.id, 6, 16, None)
    assert (row.languages, row.completion_percent, row.completion_min_sessions) == (("en", "es"), 80, None)
    assert "Training for Laser cutters" in page.summary.text()

    # Cancel puts the stored values back.
    page.title_edit.setText("Something else")
    page._changed()
    page.discard_changes()
    assert page.title_edit.text() == "Laser safety" and not page.has_unsaved_changes()


def test_leaving_a_changed_workshop_asks_first(signed_in_window, qtbot, monkeypatch):
    db = signed_in_window.db
    first = new_workshop(db, title="Arduino club")
    second = new_workshop(db, title="Bookbinding")
    page = workshops_page(signed_in_window, qtbot)
    _select = page.period_combo.findData("all")
    page.period_combo.setCurrentIndex(_select)
    assert page.show_record(first)
    page.title_edit.setText("Arduino club for teens")
    page._changed()
    monkeypatch.setattr(unsaved.UnsavedChangesDialog, "ask", classmethod(lambda *a: unsaved.STAY))
    page.list_view.setCurrentIndex(page.list_model.index(page.list_model.row_of(second), 0))
    assert page.current.id == first and page.title_edit.text() == "Arduino club for teens"
    monkeypatch.setattr(unsaved.UnsavedChangesDialog, "ask", classmethod(lambda *a: unsaved.DISCARD))
    page.list_view.setCurrentIndex(page.list_model.index(page.list_model.row_of(second), 0))
    assert page.current.id == second and page.title_edit.text() == "Bookbinding"


def test_a_series_then_moving_and_cancelling_a_session_lists_who_to_tell(
        signed_in_window, qtbot, monkeypatch):
    db = signed_in_window.db
    workshop_id = new_workshop(db, title="Sewing for beginners")
    ada = person(db, "Ada")
    with unit_of_work(db, Actor.system()) as uow:
        workshops.enrol(uow, workshop_id, ada)
    page = workshops_page(signed_in_window, qtbot)
    assert page.show_record(workshop_id)
    page.tabs.setCurrentIndex(SESSIONS_TAB)
    first_day = dt.date.today() + dt.timedelta(days=3)

    plan = SessionPlan(first_day, dt.time(18), dt.time(20), None, 4, Recurrence.FORTNIGHTLY)
    monkeypatch.setattr(page_module.SessionDialog, "ask", classmethod(lambda *a: plan))
    qtbot.mouseClick(page.add_series_button, Qt.MouseButton.LeftButton)
    assert page.sessions_model.rowCount() == 4
    assert "4 sessions added" in page.sessions_message.text
    days = [s.starts_at.astimezone(page.tz).date() for s in page.sessions_model.rows()]
    assert days == [first_day + dt.timedelta(days=14 * i) for i in range(4)]
    assert all(s.starts_at.astimezone(page.tz).time() == dt.time(18)
               for s in page.sessions_model.rows())

    told: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(page_module.InformDialog, "show_people", classmethod(
        lambda cls, parent, title, intro, people: told.append(
            (title, [p.display_name for p in people]))))
    page.sessions_view.setCurrentIndex(page.sessions_model.index(1, 0))
    moved = SessionPlan(first_day + dt.timedelta(days=15), dt.time(17), dt.time(19), None)
    monkeypatch.setattr(page_module.SessionDialog, "ask", classmethod(lambda *a: moved))
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert told == [("Session moved", ["Ada Tester"])]
    assert "Session moved to" in page.sessions_message.text

    page.sessions_view.setCurrentIndex(page.sessions_model.index(0, 0))
    question = click_in_next_message_box("Cancel the session")
    qtbot.mouseClick(page.cancel_session_button, Qt.MouseButton.LeftButton)
    assert "1 enrolled participants need to be told" in question[0]
    assert told[-1] == ("Session cancelled", ["Ada Tester"])
    assert page.sessions_model.index(0, 3).data() == "Cancelled"
    assert not page.cancel_session_button.isEnabled()  # the cancelled one is highlighted
    with db.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(WorkshopSession)
                        .where(WorkshopSession.cancelled_at.is_not(None))) == 1


def test_enrolment_fills_the_places_then_the_waitlist_and_withdrawing_moves_up(
        signed_in_window, qtbot, monkeypatch):
    db = signed_in_window.db
    workshop_id = new_workshop(db, title="Podcasting", capacity=1)
    ada, bo = person(db, "Ada"), person(db, "Bo")
    page = workshops_page(signed_in_window, qtbot)
    assert page.show_record(workshop_id)
    page.tabs.setCurrentIndex(PARTICIPANTS_TAB)

    for pid in (ada, bo):
        monkeypatch.setattr(ParticipantPicker, "ask",
                            classmethod(lambda *a, pid=pid, **k: SimpleNamespace(id=pid)))
        qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    assert "on the waitlist, number 1" in page.enrol_message.text
    statuses = [(e.display_name, e.status) for e in page.enrolments_model.rows()]
    assert statuses == [("Ada Tester", EnrolmentStatus.ENROLLED),
                        ("Bo Tester", EnrolmentStatus.WAITLISTED)]
    assert page.enrolments_model.index(1, 2).data() == "Waitlist, number 1"
    assert page.places_label.text() == "1 of 1 places taken · 1 on the waitlist"

    page.enrolments_view.setCurrentIndex(page.enrolments_model.index(0, 0))
    click_in_next_message_box("Withdraw")
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert "Ada Tester is withdrawn" in page.enrol_message.text
    assert "Bo Tester moved up from the waitlist" in page.enrol_message.text
    assert [(e.display_name, e.status) for e in page.enrolments_model.rows()] == [
        ("Bo Tester", EnrolmentStatus.ENROLLED)]


def test_completing_a_training_lets_the_participant_book_the_machine(signed_in_window, qtbot):
    window = signed_in_window
    db = window.db
    with unit_of_work(db, Actor.system()) as uow:
        laser = equipment.save_category(uow, "Laser cutters", requires_certification=True)
        item = equipment.add_item(uow, ItemInput("LAS-1", "Laser cutter 1", laser.id))
    workshop_id = new_workshop(db, title="Laser cutter safety training",
                               grants_category_id=laser.id)
    ada, bo = person(db, "Ada"), person(db, "Bo")
    now = dt.datetime.now(UTC).replace(second=0, microsecond=0)
    with unit_of_work(db, Actor.system()) as uow:
        for days in (14, 7):
            workshops.add_session(uow, workshop_id, now - dt.timedelta(days=days),
                                  now - dt.timedelta(days=days) + dt.timedelta(hours=2))
        for pid in (ada, bo):
            workshops.enrol(uow, workshop_id, pid)
    tomorrow = now + dt.timedelta(days=1)

    def check_booking(pid: int) -> None:
        with unit_of_work(db, Actor.system(), read_only=True) as uow:
            bookings.check_booking(uow, item.id, pid, tomorrow, tomorrow + dt.timedelta(hours=1))

    with pytest.raises(BookingRefused) as refused:
        check_booking(ada)
    assert refused.value.rule == "certification"

    # Attendance marked in the grid with the keyboard: Ada at both sessions, Bo at one.
    page = workshops_page(window, qtbot)
    assert page.show_record(workshop_id)
    page.tabs.setCurrentIndex(ATTENDANCE_TAB)
    grid, model = page.grid, page.grid.grid_model
    grid.setFocus()
    ada_row, bo_row = model.row_of_participant(ada), model.row_of_participant(bo)
    for row, column in ((ada_row, 1), (ada_row, 2), (bo_row, 2)):
        grid.setCurrentIndex(model.index(row, column))
        QTest.keyClick(grid, Qt.Key.Key_Space)
    assert model.index(ada_row, 0).data() == "2 of 2"
    assert model.index(bo_row, 0).data() == "1 of 2"

    # "Complete workshop…": who qualifies and who not (and why); Record completion.
    seen = {}

    def complete() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            rows = {r.display_name: dialog.model.result(r) for r in dialog.model.rows()}
            seen["before"] = rows
            QTest.keyClick(dialog.record_button, Qt.Key.Key_Space)
            seen["message"] = dialog.message.text
            seen["after"] = {r.display_name: dialog.model.result(r) for r in dialog.model.rows()}
        finally:
            dialog.reject()

    QTimer.singleShot(0, complete)
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)

    assert seen["before"]["Ada Tester"] == "✓ Qualifies"
    assert seen["before"]["Bo Tester"] == (
        "Not complete: Attended 1 of 2 sessions; 2 are needed to complete (1 more).")
    assert "Completed now (1): Ada Tester" in seen["message"]
    assert "Certification for Laser cutters granted to Ada Tester" in seen["message"]
    assert seen["after"]["Ada Tester"] == "✓ Completed now"
    assert seen["after"]["Bo Tester"].startswith("Not complete")
    assert count(db, Certification) == 1

    check_booking(ada)  # no longer refused
    with pytest.raises(BookingRefused) as still:
        check_booking(bo)
    assert still.value.rule == "certification"
    assert page.enrolments_model.status(page.enrolments_model.rows()[0]).startswith("Completed")


def test_a_search_hit_opens_the_workshop(signed_in_window, qtbot):
    window = signed_in_window
    past = new_workshop(window.db, title="Bookbinding")
    with unit_of_work(window.db, Actor.system()) as uow:
        start = dt.datetime.now(UTC) - dt.timedelta(days=30)
        workshops.add_session(uow, past, start, start + dt.timedelta(hours=2))
    workshops_page(window, qtbot)
    window.go_to("today")
    window.open_hit(SearchHit("workshop", past, "Bookbinding", ""))
    page = window.page("workshops")
    assert window.current_area() == "workshops"
    assert page.current.id == past and page.title_edit.text() == "Bookbinding"
    # A past workshop is not in the "Upcoming" list: the list widens to show it.
    assert page.period() == "all"
    assert page.list_view.currentIndex().data() == "Bookbinding"


def test_a_front_desk_sees_and_enrols_but_does_not_plan(ui_db, qtbot):
    from makerspace_app.domain.enums import StaffRole
    from makerspace_app.ui.areas import BY_KEY
    from makerspace_app.ui.context import AppContext
    from makerspace_app.ui.pages.workshops import WorkshopsPage

    workshop_id = new_workshop(ui_db, title="Arduino club")
    context = AppContext(ui_db)
    context.set_actor(Actor("desk", StaffRole.FRONT_DESK, None), "Desk")
    page = WorkshopsPage(BY_KEY["workshops"], context)
    qtbot.addWidget(page)
    page.show()
    page.on_shown()
    assert page.show_record(workshop_id)
    assert not page.save_button.isVisible() and page.read_only_note.isVisible()
    assert page.title_edit.isReadOnly()
    assert not page.add_series_button.isEnabled() and not page.complete_button.isEnabled()
    assert page.enrol_button.isEnabled()
    page.new_workshop()
    assert not page.creating


def unnamed(root) -> list[str]:
    """Interactive widgets without an accessible name (as tests/ui/test_shell.py checks)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)

    def inside_composite(widget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):
                return True
            parent = parent.parentWidget()
        return False

    return [f"{type(w).__name__} {w.parentWidget()}" for w in root.findChildren(QWidget)
            if isinstance(w, interactive) and not inside_composite(w)
            and (w.isVisibleTo(root) or isinstance(w, QAbstractItemView))
            and not w.objectName().startswith("qt_") and not w.accessibleName().strip()]


def test_every_interactive_widget_of_the_area_and_its_dialogs_has_a_name(
        signed_in_window, qtbot):
    from makerspace_app.ui.dialogs.attendance import AttendanceDialog
    from makerspace_app.ui.pages.workshops import (
        CompletionDialog,
        InformDialog,
        SessionDialog,
    )

    window = signed_in_window
    page = workshops_page(window, qtbot)
    assert unnamed(page) == []  # the empty state
    workshop_id = new_workshop(window.db, title="Arduino club")
    now = dt.datetime.now(UTC)
    ada = person(window.db, "Ada")
    with unit_of_work(window.db, Actor.system()) as uow:
        session = workshops.add_session(uow, workshop_id, now, now + dt.timedelta(hours=1))
        workshops.enrol(uow, workshop_id, ada)
    page.on_shown()
    assert page.show_record(workshop_id)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        assert unnamed(page) == [], tab
    plan = SessionPlan(dt.date.today(), dt.time(18), dt.time(20), None, 3)
    for dialog in (
        AttendanceDialog(window.context, session.id, window),
        ParticipantPicker(window.context, "Find", "Who?", window, "Ada"),
        SessionDialog(SessionDialog.SERIES, [], plan, window),
        CompletionDialog(window.context, page.current, page.tz, window),
        InformDialog("Tell them", "Tell:", [], window),
    ):
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__


def test_enter_on_todays_session_opens_the_attendance_dialog(signed_in_window, qtbot, monkeypatch):
    db = signed_in_window.db
    workshop_id = new_workshop(db, title="Stop-motion animation")
    now = dt.datetime.now(UTC).replace(second=0, microsecond=0)
    with unit_of_work(db, Actor.system()) as uow:
        for days in (-7, 0, 7):
            start = now + dt.timedelta(days=days)
            workshops.add_session(uow, workshop_id, start, start + dt.timedelta(minutes=90))
        today = workshops.list_sessions(uow, workshop_id)[1].id
    opened = []
    monkeypatch.setattr(page_module.AttendanceDialog, "open_session", classmethod(
        lambda cls, parent, context, session_id: opened.append(session_id) or 0))
    page = workshops_page(signed_in_window, qtbot)
    assert page.show_record(workshop_id)
    page.tabs.setCurrentIndex(SESSIONS_TAB)
    assert page.current_session().id == today  # today's session is highlighted
    assert page.sessions_model.index(1, 3).data() in ("On now", "Today", "Held today")
    page.sessions_view.setFocus()
    QTest.keyClick(page.sessions_view, Qt.Key.Key_Return)
    assert opened == [today]


def test_attendance_marked_elsewhere_shows_when_the_page_is_shown_again(signed_in_window, qtbot):
    from makerspace_app.services import attendance

    window = signed_in_window
    db = window.db
    workshop_id = new_workshop(db, title="Sewing club")
    ada = person(db, "Ada")
    now = dt.datetime.now(UTC).replace(second=0, microsecond=0)
    with unit_of_work(db, Actor.system()) as uow:
        session = workshops.add_session(uow, workshop_id, now - dt.timedelta(minutes=30),
                                        now + dt.timedelta(minutes=60))
        workshops.enrol(uow, workshop_id, ada)
    page = workshops_page(window, qtbot)
    assert page.show_record(workshop_id)
    def present() -> bool:
        model = page.grid.grid_model
        return model.is_present(model.row_of_participant(ada), model.column_of_session(session.id))

    assert not present()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Today
    with unit_of_work(db, Actor.system()) as uow:  # as Today's attendance dialog does
        attendance.mark_present(uow, session.id, ada)
    window.context.data_changed.emit()
    page = workshops_page(window, qtbot)
    assert page.current.id == workshop_id
    assert present()
