"""The leader's flow: a session of 15, marked with the keyboard only (letters + Space, a
scanned badge + Enter), a walk-in with Ctrl+N; every mark stored at once; the grid shows them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from makerspace_app.domain.enums import StaffRole
from makerspace_app.persistence.models import Attendance
from makerspace_app.services import participants, staff, workshops
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.services.workshops import WorkshopInput
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.attendance import AttendanceDialog

NAMES = [
    ("Amara", "Okafor"), ("Bo", "Lindqvist"), ("Chiara", "Colombo"), ("Dmitri", "Volkov"),
    ("Elif", "Yilmaz"), ("Fatima", "Zahra"), ("Gustav", "Berg"), ("Hana", "Sato"),
    ("Ines", "Moreau"), ("Jonas", "Weber"), ("Kofi", "Mensah"), ("Lucía", "Fernández"),
    ("Mei", "Chen"), ("Niamh", "Kelly"), ("Omar", "Nasser"),
]


@dataclass
class Session15:
    db: object
    leader: Actor
    workshop_id: int
    session_id: int
    people: dict[str, int]  # given name -> participant id
    badges: dict[str, str]
    walk_in_id: int
    walk_in_badge: str

    def context(self) -> AppContext:
        context = AppContext(self.db)
        context.set_actor(self.leader, "Lena Leader")
        return context

    def marks(self) -> dict[int, bool]:
        """participant id -> walk_in, for this session's stored attendance rows."""
        with self.db.session(read_only=True) as s:
            rows = s.execute(select(Attendance.participant_id, Attendance.walk_in)
                             .where(Attendance.session_id == self.session_id))
            return {r.participant_id: r.walk_in for r in rows}


def make_session_of_15(db) -> Session15:
    """A workshop led by a leader, one session running now, 15 enrolled, one more person."""
    with unit_of_work(db, Actor.system()) as uow:
        member = staff.create_staff(uow, "lena", "Lena Leader", StaffRole.WORKSHOP_LEADER,
                                    pin="2468")
        people, badges = {}, {}
        for given, family in NAMES:
            p = participants.register_participant(uow, ParticipantInput(
                given_name=given, family_name=family, date_of_birth=dt.date(1990, 5, 1)))
            people[given], badges[given] = p.id, p.badge_code
        walk = participants.register_participant(uow, ParticipantInput(
            given_name="Walter", family_name="Inman", date_of_birth=dt.date(1980, 1, 1)))
    leader = Actor("lena", StaffRole.WORKSHOP_LEADER, member.id)
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    with unit_of_work(db, leader) as uow:
        row = workshops.create_workshop(uow, WorkshopInput(title="Soldering basics",
                                                           capacity=20))
        session = workshops.add_session(uow, row.id, now - dt.timedelta(minutes=30),
                                        now + dt.timedelta(minutes=90))
        for pid in people.values():
            workshops.enrol(uow, row.id, pid)
    return Session15(db, leader, row.id, session.id, people, badges, walk.id, walk.badge_code)


@pytest.fixture
def world(ui_db) -> Session15:
    return make_session_of_15(ui_db)


@pytest.fixture
def dialog(world, qtbot, qapp):
    from makerspace_app.ui import theme

    theme.apply_theme(qapp, "system", 100)
    d = AttendanceDialog(world.context(), world.session_id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow, timeout=3000)
    return d


def in_modal(actions) -> None:
    """Run ``actions(modal)`` once the next modal dialog is open; never leave it open."""

    def run() -> None:
        modal = QApplication.activeModalWidget()
        try:
            # A person starts typing once the dialog has the keyboard.
            for _ in range(300):
                if modal.isAncestorOf(QApplication.focusWidget()):
                    break
                QTest.qWait(10)
            actions(modal)
        finally:
            if modal is not None and modal.isVisible():
                modal.reject()

    QTimer.singleShot(0, run)


def type_keys(text: str) -> None:
    """Type into whatever has the keyboard focus (as a person or a badge scanner would)."""
    QTest.keyClicks(QApplication.focusWidget(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_leader_marks_a_session_of_15_with_the_keyboard_only(world, dialog, qtbot) -> None:
    assert dialog.filter_edit.hasFocus()
    assert dialog.model.rowCount() == 15
    assert dialog.count_label.text() == "0 of 15 present"

    # Letters narrow the list; Space marks the highlighted person and clears the field.
    for letters in ("amar", "lindq", "chiara", "volk", "elif"):
        type_keys(letters)
        assert dialog.model.rowCount() == 1, letters
        press(Qt.Key.Key_Space)
        assert dialog.filter_edit.text() == ""
        assert dialog.filter_edit.hasFocus()
    assert dialog.count_label.text() == "5 of 15 present"

    # A badge scanner types the code and presses Enter: marked at once.
    for given in ("Fatima", "Gustav", "Hana", "Ines", "Jonas"):
        type_keys(world.badges[given].lower())
        press(Qt.Key.Key_Return)
        assert dialog.filter_edit.text() == ""
    assert "Jonas Weber is marked present" in dialog.message.text

    # Letters matching one person + Enter mark them too (Space never types: it marks).
    for letters in ("kofi", "lucia", "mei"):
        type_keys(letters)
        press(Qt.Key.Key_Enter)

    # Up and Down move the highlight without leaving the field; Space toggles; Space again
    # takes the mark back.
    type_keys("n")  # Niamh Kelly, Omar Nasser (and others with an n)
    assert dialog.model.rowCount() > 1
    while dialog.current_entry().display_name != "Niamh Kelly":
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Space)
    assert dialog.current_entry().present
    press(Qt.Key.Key_Space)
    assert not dialog.current_entry().present
    press(Qt.Key.Key_Space)
    assert dialog.filter_edit.hasFocus()

    assert dialog.count_label.text() == "14 of 15 present"
    stored = world.marks()
    assert set(stored) == {pid for given, pid in world.people.items() if given != "Omar"}
    assert not any(stored.values())  # none of them is a walk-in

    # Closing loses nothing: every mark was its own unit of work.
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(world.marks()) == 14


def test_letters_matching_several_people_ask_for_a_choice_and_nobody_is_marked(
        world, dialog) -> None:
    type_keys("a")
    press(Qt.Key.Key_Return)
    assert "people match" in dialog.message.text
    assert world.marks() == {}


def test_ctrl_n_adds_a_walk_in_found_by_name(world, dialog, qtbot) -> None:
    def pick(picker) -> None:
        assert picker is not None and picker.windowTitle() == "Add a walk-in"
        type_keys("walter")
        press(Qt.Key.Key_Return)

    in_modal(pick)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert world.marks() == {world.walk_in_id: True}
    entry = dialog.model.entry_of(world.walk_in_id)
    assert entry.present and not entry.enrolled
    assert dialog.count_label.text() == "0 of 15 present and 1 walk-in"
    qtbot.waitUntil(dialog.filter_edit.hasFocus, timeout=3000)  # ready for the next name


def test_a_scanned_badge_of_someone_not_enrolled_offers_the_walk_in(world, dialog) -> None:
    type_keys(world.walk_in_badge)
    press(Qt.Key.Key_Return)
    assert dialog.message.kind == "error"
    assert "not enrolled" in dialog.message.text and "Ctrl+N" in dialog.message.text
    assert world.marks() == {}

    def pick(picker) -> None:
        assert picker.search_edit.text() == world.walk_in_badge
        assert picker.results.count() == 1
        press(Qt.Key.Key_Return)

    in_modal(pick)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert world.marks() == {world.walk_in_id: True}


def test_the_grid_shows_the_marks_and_space_changes_a_box(world, qtbot, qapp) -> None:
    from makerspace_app.services import attendance
    from makerspace_app.ui.areas import BY_KEY
    from makerspace_app.ui.models.workshops_model import NOT_MARKED, TICK
    from makerspace_app.ui.pages.workshops import ATTENDANCE_TAB, WorkshopsPage

    with unit_of_work(world.db, world.leader) as uow:
        for given in ("Amara", "Bo"):
            attendance.mark_present(uow, world.session_id, world.people[given])
        attendance.add_walk_in(uow, world.session_id, world.walk_in_id)

    page = WorkshopsPage(BY_KEY["workshops"], world.context())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.on_shown()
    assert page.show_record(world.workshop_id)
    page.tabs.setCurrentIndex(ATTENDANCE_TAB)
    grid = page.grid
    model = grid.grid_model
    assert model.rowCount() == 16  # 15 enrolled and the walk-in
    column = model.column_of_session(world.session_id)

    def cell(given_or_id) -> str:
        pid = world.people.get(given_or_id, given_or_id)
        return model.index(model.row_of_participant(pid), column).data()

    assert cell("Amara") == TICK and cell("Bo") == TICK and cell(world.walk_in_id) == TICK
    assert cell("Chiara") == NOT_MARKED  # the session has started: held, not marked
    walk_row = model.row_of_participant(world.walk_in_id)
    assert model.headerData(walk_row, Qt.Orientation.Vertical) == "Walter Inman (walk-in)"
    assert model.index(model.row_of_participant(world.people["Amara"]), 0).data() == "1 of 1"
    accessible = model.index(model.row_of_participant(world.people["Amara"]), column).data(
        Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.endswith(": present")

    # The keyboard: the current box starts on the running session; Space changes it.
    grid.setFocus()
    chiara = model.row_of_participant(world.people["Chiara"])
    grid.setCurrentIndex(model.index(chiara, column))
    QTest.keyClick(grid, Qt.Key.Key_Space)
    assert cell("Chiara") == TICK
    assert world.people["Chiara"] in world.marks()
    QTest.keyClick(grid, Qt.Key.Key_Space)
    assert cell("Chiara") == NOT_MARKED
    assert world.people["Chiara"] not in world.marks()
    # A click changes a box too.
    rect = grid.visualRect(model.index(chiara, column))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert cell("Chiara") == TICK
    assert world.people["Chiara"] in world.marks()


def test_the_models_pass_the_model_tester(world, qtmodeltester) -> None:
    from makerspace_app.services import attendance
    from makerspace_app.ui.models.workshops_model import (
        AttendanceGridModel,
        CompletionModel,
        EnrolmentsModel,
        RosterModel,
        SessionsModel,
        WorkshopListModel,
    )

    with unit_of_work(world.db, world.leader) as uow:
        attendance.mark_present(uow, world.session_id, world.people["Amara"])
        workshops.add_session(uow, world.workshop_id,
                              dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
                              dt.datetime.now(dt.UTC) + dt.timedelta(days=7, hours=2))
        tz = workshops.makerspace_zone(uow)
        grid = attendance.attendance_grid(uow, world.workshop_id)
        roster = attendance.session_roster(uow, world.session_id)
        listed = workshops.list_workshops(uow)
        sessions = workshops.list_sessions(uow, world.workshop_id)
        enrolments = workshops.list_enrolments(uow, world.workshop_id)
        completion = attendance.completion_status(uow, world.workshop_id)

    grid_model = AttendanceGridModel()
    grid_model.set_grid(grid, tz)
    assert (grid_model.rowCount(), grid_model.columnCount()) == (15, 3)
    qtmodeltester.check(grid_model, force_py=True)
    empty = AttendanceGridModel()
    qtmodeltester.check(empty, force_py=True)

    roster_model = RosterModel()
    roster_model.set_entries(roster)
    roster_model.set_filter("a")
    qtmodeltester.check(roster_model, force_py=True)
    for model, fill in (
        (WorkshopListModel(), lambda m: m.set_workshops(listed, tz)),
        (SessionsModel(), lambda m: m.set_sessions(sessions, tz)),
        (EnrolmentsModel(), lambda m: m.set_enrolments(enrolments, tz)),
        (CompletionModel(), lambda m: m.set_completion(completion, tz)),
    ):
        fill(model)
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
