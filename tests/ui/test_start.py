"""First run, sign-in and sign-out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from makerspace_app.domain.enums import StaffRole
from makerspace_app.services import settings, staff
from makerspace_app.services.uow import Actor, unit_of_work
from tests.ui.conftest import ADMIN


def _read(db, fn):  # noqa: ANN001, ANN202
    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        return fn(uow)


def _fill_welcome(page, password_again: str | None = None) -> None:  # noqa: ANN001
    page.organisation_edit.setText("Riverside Library Makerspace")
    page.username_edit.setText(ADMIN[0])
    page.display_name_edit.setText(ADMIN[1])
    page.password_edit.setText(ADMIN[2])
    page.confirm_edit.setText(ADMIN[2] if password_again is None else password_again)


def test_first_run_welcome_creates_the_admin_and_lands_on_today(make_window, ui_db, qtbot):
    window = make_window(ui_db)
    assert window.mode() == "welcome"
    page = window.welcome_page
    assert page.empty_radio.isChecked()
    _fill_welcome(page)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)

    assert window.mode() == "shell"
    assert window.current_area() == "today"
    assert window.actor is not None
    assert window.actor.name == ADMIN[0]
    assert window.actor.role == StaffRole.ADMIN
    assert _read(ui_db, staff.count_staff) == 1
    assert _read(ui_db, lambda u: settings.get(u, "organisation.name")) == (
        "Riverside Library Makerspace"
    )
    assert "Riverside Library Makerspace" in window.windowTitle()
    assert ADMIN[1] in window.staff_status.text()


def test_welcome_refuses_different_passwords_and_creates_nothing(make_window, ui_db, qtbot):
    window = make_window(ui_db)
    page = window.welcome_page
    _fill_welcome(page, password_again="something else")
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)

    assert window.mode() == "welcome"
    assert "not the same" in page.message.text
    assert page.confirm_edit.hasFocus()
    assert _read(ui_db, staff.count_staff) == 0


def test_welcome_shows_the_services_refusal_inline(make_window, ui_db, qtbot):
    window = make_window(ui_db)
    page = window.welcome_page
    _fill_welcome(page)
    page.password_edit.setText("short")
    page.confirm_edit.setText("short")
    page.submit()
    assert window.mode() == "welcome"
    assert "at least 8 characters" in page.message.text
    assert _read(ui_db, staff.count_staff) == 0
    assert _read(ui_db, lambda u: settings.get(u, "organisation.name")) == ""


def test_enter_in_the_welcome_moves_to_the_next_empty_field(make_window, ui_db, qtbot):
    window = make_window(ui_db)
    page = window.welcome_page
    assert page.organisation_edit.hasFocus()
    qtbot.keyClicks(page.organisation_edit, "Riverside")
    qtbot.keyClick(page.organisation_edit, Qt.Key.Key_Return)
    assert page.username_edit.hasFocus()
    assert window.mode() == "welcome"


def test_wrong_password_shows_the_reason_and_stays_on_sign_in(make_window, ui_db_with_admin, qtbot):
    window = make_window(ui_db_with_admin)
    assert window.mode() == "sign_in"
    page = window.sign_in_page
    qtbot.keyClicks(page.username_edit, ADMIN[0])
    qtbot.keyClicks(page.secret_edit, "not the password")
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)

    assert window.mode() == "sign_in"
    assert window.actor is None
    assert page.message.isVisible()
    assert "do not match" in page.message.text
    assert page.secret_edit.text() == ""
    # Areas cannot be reached without signing in.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.mode() == "sign_in"


def test_sign_in_by_keyboard_alone(make_window, ui_db_with_admin, qtbot):
    window = make_window(ui_db_with_admin)
    page = window.sign_in_page
    assert page.username_edit.hasFocus()
    qtbot.keyClicks(page.username_edit, ADMIN[0])
    qtbot.keyClick(page.username_edit, Qt.Key.Key_Return)  # moves on to the password
    assert page.secret_edit.hasFocus()
    qtbot.keyClicks(page.secret_edit, ADMIN[2])
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    assert window.mode() == "shell"
    assert window.current_area() == "today"
    assert window.actor.staff_id is not None


def test_ctrl_l_locks_and_sign_out_returns_to_sign_in(signed_in_window, qtbot):
    window = signed_in_window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode() == "sign_in" and window.is_locked()
    assert window.actor is None
    assert not window.area_actions["equipment"].isEnabled()
    assert "Locked" in window.staff_status.text()
    window.sign_out()
    assert window.shell is None and not window.is_locked()
    assert "Nobody signed in" in window.staff_status.text()
    assert "Signed out" in window.sign_in_page.message.text


def test_a_front_desk_member_sees_their_role(make_window, ui_db_with_admin, qtbot):
    with unit_of_work(ui_db_with_admin, Actor.system()) as uow:
        staff.create_staff(uow, "desk1", "Sam Lee", StaffRole.FRONT_DESK, pin="4321")
    window = make_window(ui_db_with_admin)
    page = window.sign_in_page
    page.username_edit.setText("desk1")
    page.secret_edit.setText("4321")
    page.submit()
    assert window.mode() == "shell"
    assert "Sam Lee" in window.staff_status.text()
    assert "front desk" in window.staff_status.text()


def test_welcome_loads_demo_data_then_adds_the_typed_admin(make_window, ui_db, qtbot):
    window = make_window(ui_db)
    page = window.welcome_page
    _fill_welcome(page)
    page.username_edit.setText("admin")  # taken by the demo's own admin account
    page.demo_radio.setChecked(True)
    page.submit()
    assert page.progress.isVisible()
    assert not page.start_button.isEnabled()
    qtbot.waitUntil(lambda: page._task is None, timeout=60000)

    # The demo is in; the typed user name clashed with the demo's admin: say so, stay here.
    assert window.mode() == "welcome"
    assert "already a staff member called “admin”" in page.message.text
    assert page.username_edit.hasFocus()
    assert not page.demo_radio.isEnabled() and not page.empty_radio.isEnabled()

    page.username_edit.setText(ADMIN[0])
    page.submit()  # the demo is not loaded a second time
    assert window.mode() == "shell"
    assert window.actor.name == ADMIN[0]
    assert window.actor.role == StaffRole.ADMIN
    assert _read(ui_db, staff.count_staff) > 1
    assert _read(ui_db, lambda u: settings.get(u, "organisation.name")) == (
        "Riverside Library Makerspace"
    )
    window.go_to("equipment")
    page = window.page("equipment")
    if hasattr(page, "empty_state"):
        assert "No equipment" not in page.empty_state.title_label.text()
