"""The Settings area: a form generated from the settings registry."""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from makerspace_app.config import LocalPreferences
from makerspace_app.services import settings
from makerspace_app.services.uow import Actor, unit_of_work


def _stored(db):  # noqa: ANN001, ANN202
    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        return settings.get_all(uow)


def _settings_page(window, qtbot):  # noqa: ANN001, ANN202
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


def qtbot_app():  # noqa: ANN201
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
