"""The main window once signed in: navigation, search, status bar, accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.ui.areas import AREAS

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    """Parts Qt builds inside a combo box, spin box or line edit (their owner is named)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_interactive_widgets(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_composite(widget, root):
            continue
        if not widget.isVisibleTo(root) and not isinstance(widget, QAbstractItemView):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own scroll-area parts
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.parentWidget()}")
    return missing


@pytest.mark.parametrize(
    ("number", "key"), [(index + 1, area.key) for index, area in enumerate(AREAS)]
)
def test_ctrl_number_jumps_to_each_area(signed_in_window, qtbot, number, key):
    window = signed_in_window
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == key
    nav = window.shell.navigation.list
    assert nav.currentItem().text() == AREAS[number - 1].translated_title()


def test_ctrl_3_opens_equipment_with_an_honest_empty_state(signed_in_window, qtbot):
    window = signed_in_window
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "equipment"
    page = window.page("equipment")
    assert page.empty_state.title_label.text() == "No equipment yet"
    assert "Items you add appear here" in page.empty_state.body_label.text()


def test_clicking_the_navigation_switches_area(signed_in_window, qtbot):
    window = signed_in_window
    nav = window.shell.navigation.list
    nav.setCurrentRow(4)
    assert window.current_area() == "participants"


def test_ctrl_k_and_ctrl_f_focus_the_search_field(signed_in_window, qtbot):
    window = signed_in_window
    search = window.shell.search
    for key in (Qt.Key.Key_K, Qt.Key.Key_F):
        window.shell.navigation.list.setFocus()
        assert not search.hasFocus()
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert search.hasFocus()


def test_status_bar_names_the_database_and_who_is_signed_in(signed_in_window, ui_db_with_admin):
    window = signed_in_window
    location = ui_db_with_admin.location
    assert "m.db" in window.database_status.text()
    assert window.database_status.toolTip() == location.describe()
    assert "Amira Haddad" in window.staff_status.text()
    assert "admin" in window.staff_status.text()


def test_search_finds_an_item_and_enter_opens_its_area(signed_in_window, ui_db_with_admin, qtbot):
    from makerspace_app.services import equipment

    window = signed_in_window
    with unit_of_work(ui_db_with_admin, window.actor) as uow:
        category = equipment.save_category(uow, "Laser cutters")
        item = equipment.add_item(uow, equipment.ItemInput("EQ-0042", "Glowforge Pro", category.id))
    opened: list[int] = []
    page = window.page("equipment")
    page.show_record = opened.append  # the real page will have it; the placeholder does not
    search = window.shell.search
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(search, "glowforge")
    qtbot.waitUntil(search.popup_visible)
    assert [h.title for h in search.hits] == ["Glowforge Pro"]
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.current_area() == "equipment"
    assert opened == [item.id]
    assert not search.popup_visible()


def test_search_says_so_when_nothing_matches(signed_in_window, qtbot):
    window = signed_in_window
    search = window.shell.search
    search.setFocus()
    qtbot.keyClicks(search, "zebra")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter searches at once (a badge scanner)
    assert search.popup_visible()
    status = search.popup.status.text()
    assert status.startswith("No participant") and "matches “zebra”" in status
    assert window.current_area() == "today"
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert not search.popup_visible()


def test_every_interactive_widget_has_an_accessible_name(
    make_window, ui_db, qtbot, monkeypatch
):
    window = make_window(ui_db)
    assert unnamed_interactive_widgets(window.welcome_page) == []
    page = window.welcome_page
    page.organisation_edit.setText("Riverside")
    page.username_edit.setText("amira")
    page.password_edit.setText("correct horse")
    page.confirm_edit.setText("correct horse")
    page.submit()
    assert window.mode() == "shell"
    for area in AREAS:
        window.go_to(area.key)
        assert unnamed_interactive_widgets(window) == [], area.key
    window.shell.search.setText("x")
    window.shell.search.search_now()
    assert unnamed_interactive_widgets(window) == []
    window.sign_out()
    assert unnamed_interactive_widgets(window.sign_in_page) == []


def test_leaving_settings_with_unsaved_changes_asks_first(signed_in_window, qtbot, monkeypatch):
    from makerspace_app.ui.dialogs import unsaved

    window = signed_in_window
    window.go_to("settings")
    settings_page = window.page("settings")
    settings_page.field_widget("organisation.name").setText("Changed but not saved")
    answers = iter([unsaved.STAY, unsaved.DISCARD])
    asked: list[str] = []

    def fake_ask(_parent, where):
        asked.append(where)
        return next(answers)

    monkeypatch.setattr(unsaved.UnsavedChangesDialog, "ask", classmethod(lambda cls, p, w: fake_ask(p, w)))
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "settings"  # stayed
    assert window.shell.navigation.list.currentItem().text() == "Settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "today"  # discarded
    assert asked == ["Settings", "Settings"]
    assert not settings_page.has_unsaved_changes()


def test_a_new_sign_in_starts_with_a_fresh_shell(signed_in_window, qtbot):
    from tests.ui.conftest import ADMIN

    window = signed_in_window
    window.shell.search.setText("typed by the last person")
    old_shell = window.shell
    window.sign_out()
    page = window.sign_in_page
    page.username_edit.setText(ADMIN[0])
    page.secret_edit.setText(ADMIN[2])
    page.submit()
    assert window.shell is not old_shell
    assert window.shell.search.text() == ""
    assert isinstance(window.actor, Actor)


@pytest.mark.parametrize(("backup_taken", "click", "answer"), [
    ("Friday 20 November 2026 09:00", "Open the latest backup", "backup"),
    ("Friday 20 November 2026 09:00", "Choose another file…", "choose"),
    ("", "Quit", "quit"),
])
def test_the_database_problem_dialog_offers_the_latest_backup(qtbot, backup_taken, click, answer):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from makerspace_app.domain import errors
    from makerspace_app.domain.errors import DatabaseProblem
    from makerspace_app.ui.dialogs.database_problem import DatabaseProblemDialog

    seen: list[list[str]] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        assert unnamed_interactive_widgets(box) == []
        next(b for b in box.buttons() if b.text() == click).click()

    QTimer.singleShot(50, press)
    problem = DatabaseProblem(errors.CORRUPT_DATABASE, kind="corrupt", path="/x/m.db",
                              detail="database disk image is malformed")
    assert DatabaseProblemDialog.ask(None, problem, "/x/m.db", backup_taken) == answer
    assert ("Open the latest backup" in seen[0]) == bool(backup_taken)
