"""In-app zoom: Ctrl+Plus / Ctrl+Minus / Ctrl+0 scale the whole interface (the application
font, and with it every size the style sheet derives from it), on top of the system's text
size. The zoom is this computer's preference (LocalPreferences.zoom_percent), kept at once.

``install(window)`` adds the shortcuts to a main window; they work wherever the person is in
that window (Qt.ApplicationShortcut), not only on one page.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from makerspace_app.config import LocalPreferences
from makerspace_app.ui import theme

log = logging.getLogger(__name__)
STEP = 10
DEFAULT = 100
IN_KEYS = (QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+=")
OUT_KEYS = (QKeySequence.StandardKey.ZoomOut, "Ctrl+-")
RESET_KEYS = ("Ctrl+0",)


def clamp(percent: int) -> int:
    low, high = theme.ZOOM_RANGE
    return max(low, min(high, int(percent)))


def current_zoom() -> int:
    return clamp(LocalPreferences.load().zoom_percent or DEFAULT)


def set_zoom(percent: int) -> int:
    """Apply ``percent`` to the whole interface and remember it; returns what was applied."""
    percent = clamp(percent)
    prefs = LocalPreferences.load()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply_theme(app, prefs.theme, percent)
    if prefs.zoom_percent != percent:
        prefs.zoom_percent = percent
        try:
            prefs.save()
        except OSError:
            log.warning("Could not remember the zoom", exc_info=True)
    return percent


def _sequences(keys: tuple[object, ...]) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            out.extend(QKeySequence.keyBindings(key))
        else:
            out.append(QKeySequence(str(key)))
    unique: list[QKeySequence] = []
    for seq in out:
        if not seq.isEmpty() and seq not in unique:
            unique.append(seq)
    return unique


class ZoomShortcuts(QObject):
    """The zoom keys of one window. ``changed`` carries the new percentage."""

    changed = Signal(int)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.shortcuts: list[QShortcut] = []
        for keys, slot in ((IN_KEYS, self.zoom_in), (OUT_KEYS, self.zoom_out),
                           (RESET_KEYS, self.reset)):
            for sequence in _sequences(keys):
                shortcut = QShortcut(sequence, window)
                shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)

    def _set(self, percent: int) -> None:
        self.changed.emit(set_zoom(percent))

    def zoom_in(self) -> None:
        self._set(current_zoom() + STEP)

    def zoom_out(self) -> None:
        self._set(current_zoom() - STEP)

    def reset(self) -> None:
        self._set(DEFAULT)


def install(window: QWidget) -> ZoomShortcuts:
    return ZoomShortcuts(window)
