"""The Settings area: a form generated from the settings registry."""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from makerspace_app.config import LocalPreferences
from makerspace_app.services import settings
from makerspace_app.services.uow import Actor, unit_of_work


def _stored(db):
    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        return settings.get_all(uow)


def _settings_page(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "settings"
    return window.page("settings")


def test_the_form_has_one_editor_per_setting_of_the_right_kind(signed_in_window, qtbot):
    page = _settings_page(signed_in_window, qtbot)
    for spec in settings.SPECS:
        widget = page.field_widget(spec.key)
        if spec.key.endswith("_png"):
            assert widget.text() == "Choose image…"
        elif spec.kind is int:
            assert isinstance(widget, QSpinBox)
            assert (widget.minimum(), widget.maximum()) == (spec.minimum, spec.maximum)
        elif spec.choices:
            assert isinstance(widget, QComboBox)
            assert [widget.itemData(i) for i in range(widget.count())] == list(spec.choices)
        else:
            assert isinstance(widget, QLineEdit)
    assert page.field_widget("organisation.name").text() == "Riverside Library Makerspace"
    assert page.database_field.text() == signed_in_window.db.location.describe()
    assert page.database_field.isReadOnly()


def test_an_unknown_time_zone_is_refused_and_nothing_is_saved(signed_in_window, qtbot):
    window = signed_in_window
    page = _settings_page(window, qtbot)
    before = _stored(window.db)
    page.field_widget("organisation.name").setText("A new name")
    page.field_widget("bookings.no_show_minutes").setValue(25)
    zone = page.field_widget("organisation.timezone")
    zone.setText("Mars/Olympus_Mons")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.message.isVisible()
    assert page.message.kind == "error"
    assert "Mars/Olympus_Mons" in page.message.text
    assert "not a time zone" in page.message.text
    assert _stored(window.db) == before
    assert page.has_unsaved_changes()  # what was typed is kept, to correct it
    assert zone.hasFocus()


def test_a_valid_change_is_saved(signed_in_window, qtbot):
    window = signed_in_window
    page = _settings_page(window, qtbot)
    page.field_widget("organisation.name").setText("Eastside Makers")
    page.field_widget("organisation.timezone").setText("Europe/Paris")
    page.field_widget("bookings.no_show_minutes").setValue(20)
    paper = page.field_widget("certificates.paper")
    paper.setCurrentIndex(paper.findData("Letter"))
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)

    stored = _stored(window.db)
    assert stored["organisation.name"] == "Eastside Makers"
    assert stored["organisation.timezone"] == "Europe/Paris"
    assert stored["bookings.no_show_minutes"] == 20
    assert stored["certificates.paper"] == "Letter"
    assert page.message.kind == "success"
    assert not page.has_unsaved_changes()
    assert "Eastside Makers" in window.windowTitle()
    assert window.shell.navigation.header.text() == "Eastside Makers"


def test_cancel_shows_the_stored_values_again(signed_in_window, qtbot):
    page = _settings_page(signed_in_window, qtbot)
    name = page.field_widget("organisation.name")
    name.setText("Typo")
    assert page.has_unsaved_changes()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert name.text() == "Riverside Library Makerspace"
    assert not page.has_unsaved_changes()


def test_a_chosen_image_is_stored_as_base64_png(signed_in_window, qtbot, tmp_path):
    window = signed_in_window
    page = _settings_page(window, qtbot)
    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2f6f73"))
    path = tmp_path / "logo.jpg"
    assert picture.save(str(path), "JPG")
    image_field = page.field_widget("organisation.logo_png").parentWidget()
    assert image_field.load_file(str(path))
    assert page.save_changes()

    stored = _stored(window.db)["organisation.logo_png"]
    data = base64.b64decode(stored)
    assert data.startswith(b"\x89PNG")
    assert QImage.fromData(data).size().width() == 40


def test_this_computer_preferences_go_to_the_json_file(signed_in_window, qtbot, home):
    page = _settings_page(signed_in_window, qtbot)
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("dark"))
    page.zoom_spin.setValue(120)
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
    assert page.save_changes()
    prefs = LocalPreferences.load()
    assert (prefs.theme, prefs.zoom_percent, prefs.language) == ("dark", 120, "fr")
    assert LocalPreferences.path().is_relative_to(home)
    # Put the look back for the other tests in this process.
    from makerspace_app.ui import theme

    theme.apply_theme(qtbot_app(), "system", 100)


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


# --- backups, restore, network shares, PostgreSQL ---------------------------------------------


def test_back_up_now_then_restore_from_the_list_reopens_the_restored_file(
    signed_in_window, qtbot, monkeypatch, tmp_path
):
    import stat

    from makerspace_app.services import audit
    from makerspace_app.ui.dialogs import restore_backup
    from tests.ui.conftest import ADMIN

    window = signed_in_window
    page = _settings_page(window, qtbot)
    folder = tmp_path / "my backups"
    page.set_backup_folder(str(folder))
    assert page.has_unsaved_changes()
    assert page.save_changes()
    assert LocalPreferences.load().backup_dir == str(folder)
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    assert page.backup_message.kind == "success"
    made = list(folder.glob("m-*-manual.db"))
    assert len(made) == 1 and stat.S_IMODE(made[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert "No backup" not in page.last_backup_label.text()

    page.field_widget("organisation.name").setText("Changed after the backup")
    assert page.save_changes()
    chosen: list[restore_backup.RestoreBackupDialog] = []

    def choose_first(dialog):
        chosen.append(dialog)
        assert dialog.list.topLevelItemCount() == 1
        assert dialog.selected_backup().path == made[0]
        assert "Made on request" in dialog.list.topLevelItem(0).text(1)
        monkeypatch.setattr(dialog, "confirm", lambda what, path: True)
        dialog.restore_selected()
        return True

    monkeypatch.setattr(page, "exec_dialog", choose_first)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert chosen
    assert window.mode() == "sign_in" and window.shell is None
    assert "was restored" in window.sign_in_page.message.text
    assert _stored(window.db)["organisation.name"] == "Riverside Library Makerspace"
    saved = list(folder.glob("m-*-before-restore.db"))
    assert len(saved) == 1 and stat.S_IMODE(saved[0].stat().st_mode) == 0o600
    window.sign_in_page.username_edit.setText(ADMIN[0])
    window.sign_in_page.secret_edit.setText(ADMIN[2])
    window.sign_in_page.submit()
    assert window.mode() == "shell"
    with unit_of_work(window.db, window.actor, read_only=True) as uow:
        events = audit.list_events(uow, audit.AuditFilter(action="restore")).rows
    assert [(e.actor, e.details["source"]) for e in events] == [("amira", made[0].name)]


def test_only_an_admin_may_restore_and_the_service_refuses_others(
    make_window, ui_db_with_admin, qtbot, tmp_path
):
    from makerspace_app.domain.enums import StaffRole
    from makerspace_app.domain.errors import PermissionDenied
    from makerspace_app.services import backup, staff

    with unit_of_work(ui_db_with_admin, Actor.system()) as uow:
        staff.create_staff(uow, "kofi", "Kofi", StaffRole.COORDINATOR, password="another long one")
    window = make_window(ui_db_with_admin)
    window.sign_in_page.username_edit.setText("kofi")
    window.sign_in_page.secret_edit.setText("another long one")
    window.sign_in_page.submit()
    page = _settings_page(window, qtbot)
    assert not page.restore_button.isEnabled()
    assert "admin" in page.restore_button.toolTip()
    assert page.backup_now_button.isEnabled()
    copy = backup.make_backup(window.db.location, folder=tmp_path)
    try:
        backup.restore_backup(window.db, window.actor, copy.path, folder=tmp_path)
    except PermissionDenied as refused:
        assert "admin" in refused.message
    else:
        raise AssertionError("a coordinator restored a backup")
    assert _stored(window.db)["organisation.name"] == "Riverside Library Makerspace"


def test_a_file_on_a_network_share_is_warned_about(make_window, ui_db_with_admin, qtbot, tmp_path,
                                                   monkeypatch):
    from makerspace_app.persistence import sqlite_file

    folder = ui_db_with_admin.location.sqlite_path.parent
    fake = tmp_path / "mountinfo"
    fake.write_text(
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        f"98 22 0:51 / {folder} rw,relatime shared:40 - nfs4 nas:/export/makerspace rw\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sqlite_file, "MOUNTINFO", fake)
    monkeypatch.setattr(sqlite_file.sys, "platform", "linux")
    window = make_window(ui_db_with_admin)
    warning = window.sign_in_page.location_warning
    assert warning.isVisible() and "network share (nfs4)" in warning.text
    assert "PostgreSQL" in warning.text
    from tests.ui.conftest import ADMIN

    window.sign_in_page.username_edit.setText(ADMIN[0])
    window.sign_in_page.secret_edit.setText(ADMIN[2])
    window.sign_in_page.submit()
    page = _settings_page(window, qtbot)
    assert "network share (nfs4)" in page.network_warning.text


def test_a_local_file_gets_no_network_warning(signed_in_window, qtbot):
    page = _settings_page(signed_in_window, qtbot)
    assert page.network_warning.text == ""
    assert signed_in_window.db.location.is_sqlite


def test_screenshot_of_the_backup_section(signed_in_window, qtbot):
    import os

    page = _settings_page(signed_in_window, qtbot)
    page.backup_now()
    bar = page.scroll.verticalScrollBar()
    page.scroll.ensureWidgetVisible(page.audit_button)
    bar.setValue(bar.maximum())
    qtbot.wait(80)
    image = signed_in_window.grab()
    assert not image.isNull()
    folder = os.environ.get("MAKERSPACE_SCREENSHOTS")
    if folder:
        image.save(os.path.join(folder, "settings_backups.png"))


def test_on_postgresql_settings_says_backups_are_the_servers_job(pg_db, qtbot):
    from makerspace_app.domain.enums import StaffRole
    from makerspace_app.ui.areas import BY_KEY
    from makerspace_app.ui.context import AppContext
    from makerspace_app.ui.pages.settings import SettingsPage

    context = AppContext(pg_db)
    context.set_actor(Actor("amira", StaffRole.ADMIN, None), "Amira")
    page = SettingsPage(BY_KEY["settings"], context)
    qtbot.addWidget(page)
    url = pg_db.location.url
    command = page.pg_dump_field.text()
    assert command.startswith("pg_dump ") and f"-h {url.host}" in command
    assert url.database in command and "-Fc" in command
    assert (url.password or "\0") not in command
    assert page.pg_restore_field.text().startswith("pg_restore ")
    assert not hasattr(page, "restore_button")


def test_an_admin_adds_a_staff_member_who_can_then_sign_in(signed_in_window, qtbot):
    from makerspace_app.domain.enums import StaffRole

    window = signed_in_window
    page = _settings_page(window, qtbot)
    assert page.staff_list.topLevelItemCount() == 1
    page.new_username_edit.setText("Sam")
    page.new_name_edit.setText("Sam Lee")
    page.new_role_combo.setCurrentIndex(page.new_role_combo.findData(StaffRole.FRONT_DESK))
    page.new_pin_edit.setText("12")
    qtbot.mouseClick(page.add_staff_button, Qt.MouseButton.LeftButton)
    assert page.staff_message.kind == "error" and "PIN is at least 4 digits" in page.staff_message.text
    assert page.new_username_edit.text() == "Sam"  # kept, to correct
    page.new_pin_edit.setText("4321")
    qtbot.mouseClick(page.add_staff_button, Qt.MouseButton.LeftButton)
    assert page.staff_message.kind == "success" and "Sam Lee can now sign in" in page.staff_message.text
    assert page.new_pin_edit.text() == ""
    assert [page.staff_list.topLevelItem(i).text(1) for i in range(2)] == ["amira", "sam"]

    page.select_staff("sam")
    page.staff_role_combo.setCurrentIndex(page.staff_role_combo.findData(StaffRole.WORKSHOP_LEADER))
    qtbot.mouseClick(page.staff_role_button, Qt.MouseButton.LeftButton)
    page.select_staff("sam")
    assert page.staff_list.currentItem().text(2) == "workshop leader"
    window.lock()
    window.sign_in_page.username_edit.setText("sam")
    window.sign_in_page.secret_edit.setText("4321")
    window.sign_in_page.submit()
    assert window.mode() == "shell" and window.actor.role is StaffRole.WORKSHOP_LEADER
    page = _settings_page(window, qtbot)
    assert not page.add_staff_button.isEnabled() and not page.staff_role_button.isEnabled()
    assert "Only an admin" in page.staff_note.text()


def test_the_only_admin_cannot_deactivate_themselves_from_settings(signed_in_window, qtbot):
    page = _settings_page(signed_in_window, qtbot)
    page.select_staff("amira")
    assert page.staff_active_button.text() == "Deactivate"
    qtbot.mouseClick(page.staff_active_button, Qt.MouseButton.LeftButton)
    assert page.staff_message.kind == "error" and "only active admin" in page.staff_message.text
    assert page.staff_list.topLevelItem(0).text(3) == "Yes"


def test_screenshot_of_staff_accounts(signed_in_window, qtbot):
    import os

    page = _settings_page(signed_in_window, qtbot)
    page.scroll.ensureWidgetVisible(page.add_staff_button)
    qtbot.wait(80)
    folder = os.environ.get("MAKERSPACE_SCREENSHOTS")
    image = signed_in_window.grab()
    assert not image.isNull()
    if folder:
        image.save(os.path.join(folder, "settings_staff.png"))
