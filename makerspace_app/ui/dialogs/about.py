"""Help → About: the version, the app's licence, the bundled fonts and their licences, and the
libraries the app is built on with theirs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from makerspace_app import APP_DISPLAY_NAME, __version__
from makerspace_app.config import resources_dir
from makerspace_app.licences import library_licences, shipped_file


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_DISPLAY_NAME))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 560)

        heading = QLabel(f"<h2>{APP_DISPLAY_NAME} {__version__}</h2>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        summary = QLabel(self.tr(
            "Equipment, bookings, workshops, participants, badges and certificates for library "
            "and community makerspaces. Free software under the Apache License 2.0."
        ), self)
        summary.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("About sections"))
        self.tabs.addTab(self._text(_read(shipped_file("LICENSE")), self.tr("The app's licence")),
                         self.tr("Licence"))
        fonts = resources_dir() / "fonts"
        self.tabs.addTab(
            self._text(_read(fonts / "README.md"), self.tr("The bundled fonts"), markdown=True),
            self.tr("Fonts"),
        )
        for path in sorted((fonts / "LICENSES").glob("*.txt")):
            self.tabs.addTab(self._text(_read(path), path.stem), path.stem)
        self.tabs.addTab(self._libraries(), self.tr("Libraries"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _text(self, text: str, name: str, markdown: bool = False) -> QTextBrowser:
        view = QTextBrowser(self)
        view.setOpenExternalLinks(True)
        view.setAccessibleName(name)
        if not text:
            view.setPlainText(self.tr("This text is missing from the installation."))
        elif markdown:
            view.setMarkdown(text)
        else:
            view.setPlainText(text)
        return view

    def _libraries(self) -> QTextBrowser:
        rows = library_licences()
        lines = [
            "| " + self.tr("Library") + " | " + self.tr("Version") + " | " + self.tr("Licence") + " |",
            "| --- | --- | --- |",
        ]
        lines += [f"| {name} | {version} | {licence} |" for name, version, licence in rows]
        return self._text("\n".join(lines), self.tr("Libraries the app is built on"), markdown=True)


def show_about(parent: QWidget | None = None) -> None:
    AboutDialog(parent).exec()
