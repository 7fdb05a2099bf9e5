"""Help → About shows the version, the app's licence and the fonts' licences."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTextBrowser

from makerspace_app import __version__
from makerspace_app.ui.dialogs.about import AboutDialog


def _tab_text(dialog: AboutDialog, title: str) -> str:
    for index in range(dialog.tabs.count()):
        if dialog.tabs.tabText(index) == title:
            widget = dialog.tabs.widget(index)
            assert isinstance(widget, QTextBrowser)
            return widget.toPlainText()
    raise AssertionError(f"no tab {title!r}")


def test_about_shows_version_and_licences(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    headings = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(f"Makerspace {__version__}" in text for text in headings)
    assert "Apache License" in _tab_text(dialog, "Licence")
    assert "Version 2.0" in _tab_text(dialog, "Licence")
    fonts = _tab_text(dialog, "Fonts")
    assert "NotoSans-Regular.ttf" in fonts and "OFL-1.1" in fonts
    assert "SIL OPEN FONT LICENSE" in _tab_text(dialog, "OFL-1.1").upper()
    libraries = _tab_text(dialog, "Libraries")
    assert "SQLAlchemy" in libraries and "MIT" in libraries
