"""Locking: after the idle minutes of the shared setting, or at once with Ctrl+L; the same
staff member finds everything as they left it, another one the same screen; unsaved changes
are never thrown away silently."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from makerspace_app.domain.enums import StaffRole
from makerspace_app.services import settings, staff
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.ui import main_window as main_window_module
from tests.ui.conftest import ADMIN

DESK = ("sam", "Sam Lee", "4321")


@pytest.fixture
def desk_account(ui_db_with_admin):
    with unit_of_work(ui_db_with_admin, Actor.system()) as uow:
        staff.create_staff(uow, DESK[0], DESK[1], StaffRole.FRONT_DESK, pin=DESK[2])
    return DESK


def _sign_in(window, username: str, secret: str) -> None:
    page = window.sign_in_page
    page.username_edit.setText(username)
    page.secret_edit.setText(secret)
    page.submit()


def _type_unsaved_change(window, qtbot):
    window.go_to("settings")
    page = window.page("settings")
    name = page.field_widget("organisation.name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Half typed name")
    assert page.has_unsaved_changes()
    return page, name


def test_the_window_locks_after_idle_time_and_the_same_person_finds_everything(
    signed_in_window, qtbot
):
    window = signed_in_window
    page, name = _type_unsaved_change(window, qtbot)
    window.set_lock_after_ms(300)
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert window.is_locked() and window.mode() == "sign_in"
    assert window.actor is None
    assert "without use" in window.sign_in_page.message.text
    assert window.sign_in_page.title_label.text() == "Locked"
    assert window.sign_in_page.username_edit.text() == ADMIN[0]  # only the password to type
    assert window.sign_in_page.secret_edit.hasFocus()
    assert "Locked" in window.staff_status.text() and "Amira Haddad" in window.staff_status.text()
    assert not window.area_actions["participants"].isEnabled()
    assert not window.search_action.isEnabled()
    shell = window.shell

    qtbot.keyClicks(window.sign_in_page.secret_edit, ADMIN[2])
    qtbot.keyClick(window.sign_in_page.secret_edit, Qt.Key.Key_Return)
    assert window.mode() == "shell" and not window.is_locked()
    assert window.shell is shell  # the very same screens
    assert window.current_area() == "settings"
    assert name.text() == "Half typed name" and page.has_unsaved_changes()
    assert name.hasFocus()
    assert window.area_actions["participants"].isEnabled()
    page.discard_changes()


def test_using_the_app_keeps_it_unlocked(signed_in_window, qtbot):
    window = signed_in_window
    window.set_lock_after_ms(400)
    search = window.shell.search
    for _ in range(8):  # about 800 ms of someone working
        qtbot.keyClick(search, Qt.Key.Key_A)
        qtbot.wait(100)
    assert not window.is_locked()
    for _ in range(6):
        qtbot.mouseMove(window.shell.navigation.list, QPoint(20 + _, 30))
        qtbot.wait(100)
    assert not window.is_locked()
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass


def test_the_idle_minutes_come_from_the_shared_setting(ui_db_with_admin, make_window, qtbot):
    with unit_of_work(ui_db_with_admin, Actor.system()) as uow:
        settings.set_many(uow, {"security.lock_minutes": 3})
    window = make_window(ui_db_with_admin)
    _sign_in(window, ADMIN[0], ADMIN[2])
    assert window.lock_after_ms == 3 * 60_000
    window.go_to("settings")
    page = window.page("settings")
    page.field_widget("security.lock_minutes").setValue(7)
    assert page.save_changes()
    assert window.lock_after_ms == 7 * 60_000


def test_ctrl_l_locks_at_once_and_another_staff_member_lands_on_the_same_screen(
    signed_in_window, desk_account, qtbot
):
    window = signed_in_window
    window.go_to("participants")
    old_shell = window.shell
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked() and window.mode() == "sign_in"
    assert "Locked." in window.sign_in_page.message.text
    _sign_in(window, DESK[0], DESK[2])
    assert window.mode() == "shell" and not window.is_locked()
    assert window.actor.name == "sam" and window.actor.role is StaffRole.FRONT_DESK
    assert window.shell is not old_shell  # nothing the last person typed is carried over
    assert window.current_area() == "participants"
    assert "Sam Lee" in window.staff_status.text()


def test_another_staff_member_decides_about_changes_left_behind(
    signed_in_window, desk_account, qtbot, monkeypatch
):
    window = signed_in_window
    page, _name = _type_unsaved_change(window, qtbot)
    window.lock()
    answers = iter([False, True])
    asked: list[tuple[str, str]] = []

    def fake_ask(_parent, who, where):
        asked.append((who, where))
        return next(answers)

    monkeypatch.setattr(main_window_module.LeftChangesDialog, "ask",
                        classmethod(lambda cls, p, w, a: fake_ask(p, w, a)))
    _sign_in(window, DESK[0], DESK[2])  # Cancel: the changes are kept for Amira
    assert window.is_locked() and window.mode() == "sign_in"
    assert "can sign in to save them" in window.sign_in_page.message.text
    assert page.has_unsaved_changes()
    _sign_in(window, DESK[0], DESK[2])  # Discard and go on
    assert asked == [("Amira Haddad", "Settings")] * 2
    assert window.mode() == "shell" and window.actor.name == "sam"
    assert window.current_area() == "settings"
    assert not window.page("settings").has_unsaved_changes()
    with unit_of_work(window.db, Actor.system(), read_only=True) as uow:
        assert settings.get(uow, "organisation.name") == "Riverside Library Makerspace"


def test_the_same_person_is_never_asked_about_their_own_changes(signed_in_window, qtbot, monkeypatch):
    window = signed_in_window
    _type_unsaved_change(window, qtbot)
    window.lock()
    monkeypatch.setattr(main_window_module.LeftChangesDialog, "ask",
                        classmethod(lambda *a: pytest.fail("asked the same person")))
    _sign_in(window, " AMIRA ", ADMIN[2])
    assert window.mode() == "shell"
    assert window.page("settings").has_unsaved_changes()
    window.page("settings").discard_changes()


def test_a_wrong_password_keeps_the_window_locked(signed_in_window, qtbot):
    window = signed_in_window
    window.lock()
    _sign_in(window, ADMIN[0], "not the password")
    assert window.is_locked() and window.mode() == "sign_in"
    assert "do not match" in window.sign_in_page.message.text


def test_an_open_dialog_postpones_the_lock(signed_in_window, qtbot):
    window = signed_in_window
    window.set_lock_after_ms(200)
    box = QMessageBox(QMessageBox.Icon.Question, "Half-filled", "A dialog is open",
                      QMessageBox.StandardButton.Ok, window)
    seen: list[bool] = []

    def while_open() -> None:
        qtbot.wait(600)
        seen.append(window.is_locked())
        box.accept()

    QTimer.singleShot(0, while_open)
    box.exec()
    assert seen == [False]
    with qtbot.waitSignal(window.locked, timeout=8000):
        pass


def test_screenshot_of_the_locked_window(signed_in_window, qtbot):
    window = signed_in_window
    window.go_to("bookings")
    window.lock(idle=True)
    qtbot.wait(80)
    folder = os.environ.get("MAKERSPACE_SCREENSHOTS")
    image = window.grab()
    assert not image.isNull()
    if folder:
        image.save(os.path.join(folder, "lock.png"))
