"""In-app zoom (Ctrl+Plus / Ctrl+Minus / Ctrl+0) and the themes: high contrast, and the
"system" theme following the platform's palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from makerspace_app.config import LocalPreferences
from makerspace_app.ui import theme, zoom

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def zoom_window(make_window, ui_db_with_admin, qapp):
    window = make_window(ui_db_with_admin)
    zoom.install(window)
    yield window
    theme.apply_theme(qapp, "system", 100)


def points() -> float:
    return QApplication.font().pointSizeF()


def test_ctrl_plus_minus_and_zero_scale_the_whole_interface_and_are_remembered(
        zoom_window, qtbot):
    window = zoom_window
    base = points()
    label = next(w for w in window.sign_in_page.findChildren(QLabel)
                 if w.text() and w.pixmap().isNull() and not w.wordWrap())
    before = label.sizeHint().height()
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert points() == pytest.approx(base * 1.1, rel=0.01)
    assert LocalPreferences.load().zoom_percent == 110
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)  # the unshifted + key
    assert LocalPreferences.load().zoom_percent == 120
    assert label.sizeHint().height() > before  # widgets grow with the text
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert LocalPreferences.load().zoom_percent == 80
    assert points() == pytest.approx(base * 0.8, rel=0.01)
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert LocalPreferences.load().zoom_percent == 100
    assert points() == pytest.approx(base, rel=0.01)


def test_zoom_stops_at_the_ends_of_its_range(zoom_window, qtbot):
    window = zoom_window
    low, high = theme.ZOOM_RANGE
    prefs = LocalPreferences.load()
    prefs.zoom_percent = high - 5
    prefs.save()
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert LocalPreferences.load().zoom_percent == high
    prefs = LocalPreferences.load()
    prefs.zoom_percent = low + 5
    prefs.save()
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert LocalPreferences.load().zoom_percent == low


def test_zoom_keeps_the_chosen_theme(zoom_window, qtbot, qapp):
    prefs = LocalPreferences.load()
    prefs.theme = "high_contrast"
    prefs.save()
    theme.apply_theme(qapp, "high_contrast", 100)
    qtbot.keyClick(zoom_window, Qt.Key.Key_Plus, CTRL)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert LocalPreferences.load().theme == "high_contrast"


def test_zoom_works_on_every_page_of_the_signed_in_window(signed_in_window, qtbot):
    window = signed_in_window
    zoom.install(window)
    window.go_to("settings")
    page = window.page("settings")
    page.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Plus, CTRL)
    assert LocalPreferences.load().zoom_percent == 110
    theme.apply_theme(QApplication.instance(), "system", 100)


def test_high_contrast_is_black_white_and_yellow(qapp):
    try:
        theme.apply_theme(qapp, "high_contrast", 100)
        palette = qapp.palette()
        assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
        assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffd400"
        assert "#ffd400" in qapp.styleSheet()  # the focus ring
    finally:
        theme.apply_theme(qapp, "system", 100)


def test_the_system_theme_goes_back_to_the_platform_palette(qapp):
    theme.apply_theme(qapp, "system", 100)
    platform = qapp.palette().color(QPalette.ColorRole.Window).name()
    theme.apply_theme(qapp, "dark", 100)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#1e2227"
    theme.apply_theme(qapp, "system", 100)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == platform
    assert qapp.palette().resolveMask() == 0  # nothing fixed: it follows the platform


def test_a_change_of_the_system_colour_scheme_re_applies_the_system_theme(qapp, monkeypatch):
    theme.apply_theme(qapp, "system", 120)
    calls: list[tuple[str, int]] = []
    real = theme._apply
    monkeypatch.setattr(theme, "_apply", lambda app, t, z: (calls.append((t, z)), real(app, t, z)))
    hints = qapp.styleHints()
    if not hasattr(hints, "colorSchemeChanged"):
        pytest.skip("this Qt has no colour-scheme signal")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert calls == [("system", 120)]
    theme.apply_theme(qapp, "light", 100)
    calls.clear()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert calls == []  # a chosen theme stays as chosen
    theme.apply_theme(qapp, "system", 100)
