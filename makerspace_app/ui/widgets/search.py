"""The one search field at the top of the window (Ctrl+K / Ctrl+F).

Typing searches participants, equipment, workshops and projects (after a short pause); the hits drop
down under the field. Up/Down move through them, Enter opens the chosen one, Escape closes
the list. A badge scanner types its code and presses Enter: the search runs at once and the
first hit opens, so a scan opens that person directly.

The field does not know how to search: the main window gives it a function
``search(text, limit) -> list of hits`` (objects with kind, id, title and subtitle).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.ui import icons, theme
from makerspace_app.ui.errors import translate_error

log = logging.getLogger(__name__)
DEBOUNCE_MS = 180
LIMIT = 20
HIT_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_ICONS = {
    "participant": "participants",
    "equipment": "equipment",
    "workshop": "workshops",
    "project": "projects",
}


class SearchUnavailable(Exception):
    """The search service is not part of this build."""


class _ResultsPopup(QFrame):
    """Drawn over the window under the field (a child widget, so typing keeps its focus)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.list = QListWidget(self)
        self.list.setObjectName("searchResults")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setIconSize(QSize(20, 20))
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        self.hide()


class GlobalSearch(QLineEdit):
    """``hit_chosen(hit)`` fires when the user opens a hit."""

    hit_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, popup_host: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self._popup_host = popup_host
        self.setPlaceholderText(
            self.tr("Search participants, equipment, workshops and projects (Ctrl+K)")
        )
        self.setAccessibleName(self.tr("Search participants, equipment, workshops and projects"))
        self.setAccessibleDescription(
            self.tr("Type part of a name or title, a badge code, a phone number, an e-mail or "
                    "an asset tag")
        )
        self.setClearButtonEnabled(True)
        self._search: Callable[[str, int], Sequence[Any]] | None = None
        self._hits: list[Any] = []
        self._searched_text = ""
        self._search_icon = self.addAction(
            icons.icon("search", theme.muted_text(self.palette())),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._text_edited)
        self.textChanged.connect(self._text_changed)
        self._popup: _ResultsPopup | None = None
        self._leave_timer = QTimer(self)
        self._leave_timer.setSingleShot(True)
        self._leave_timer.setInterval(150)
        self._leave_timer.timeout.connect(self._close_if_unfocused)

    # --- set-up --------------------------------------------------------------------------

    def set_search_function(self, fn: Callable[[str, int], Sequence[Any]] | None) -> None:
        self._search = fn
        self.close_popup()

    @property
    def popup(self) -> _ResultsPopup:
        if self._popup is None:
            # The list is drawn over the host (the window's content) and goes away with it.
            host = self._popup_host or self.window()
            self._popup = _ResultsPopup(host)
            self._popup.list.setAccessibleName(self.tr("Search results"))
            self._popup.list.itemClicked.connect(self._item_clicked)
            self._popup.status.setAccessibleName(self.tr("Search results"))
            host.installEventFilter(self)
        return self._popup

    def refresh_theme(self) -> None:
        self._search_icon.setIcon(icons.icon("search", theme.muted_text(self.palette())))

    # --- typing --------------------------------------------------------------------------

    def _text_edited(self, _text: str) -> None:
        self._timer.start()

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self._hits = []
            self._searched_text = ""
            self.close_popup()

    @property
    def hits(self) -> list[Any]:
        return list(self._hits)

    def search_now(self) -> None:
        """Run the search for the current text and show the hits."""
        self._timer.stop()
        text = self.text().strip()
        self._searched_text = text
        if not text:
            self._hits = []
            self.close_popup()
            return
        if self._search is None:
            self._hits = []
            self._show_status(self.tr("Sign in to search."))
            return
        try:
            hits = list(self._search(text, LIMIT))
        except SearchUnavailable:
            self._hits = []
            self._show_status(self.tr("Search is not part of this version of the app yet."))
            return
        except Exception as err:  # noqa: BLE001 - say what went wrong, keep the field usable
            log.warning("Search failed", exc_info=True)
            self._hits = []
            self._show_status(translate_error(err))
            return
        self._hits = hits
        if not hits:
            self._show_status(
                self.tr("No participant, item, workshop or project matches “%1”.")
                .replace("%1", text)
            )
            return
        self._show_hits(hits)

    # --- the list of hits ----------------------------------------------------------------

    def _kind_word(self, kind: str) -> str:
        return {
            "participant": self.tr("Participant"),
            "equipment": self.tr("Item"),
            "workshop": self.tr("Workshop"),
            "project": self.tr("Project"),
        }.get(kind, kind)

    def _show_hits(self, hits: list[Any]) -> None:
        popup = self.popup
        popup.status.hide()
        popup.list.clear()
        colour = theme.muted_text(self.palette())
        selected = self.palette().color(self.palette().ColorRole.HighlightedText)
        for hit in hits:
            kind_word = self._kind_word(hit.kind)
            second = f"{kind_word} · {hit.subtitle}" if hit.subtitle else kind_word
            item = QListWidgetItem(f"{hit.title}\n{second}")
            item.setData(HIT_ROLE, hit)
            item.setIcon(icons.icon(KIND_ICONS.get(hit.kind, "search"), colour, selected))
            item.setToolTip(f"{hit.title} — {second}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}, {second}")
            popup.list.addItem(item)
        popup.list.setCurrentRow(0)
        popup.list.show()
        self._place_popup()

    def _show_status(self, text: str) -> None:
        popup = self.popup
        popup.list.clear()
        popup.list.hide()
        popup.status.setText(text)
        popup.status.show()
        self._place_popup()

    def _place_popup(self) -> None:
        popup = self.popup
        host = popup.parentWidget()
        top_left = self.mapTo(host, QPoint(0, self.height() + 4))
        width = max(self.width(), 360)
        if not popup.list.isHidden():
            rows = popup.list.count()
            popup.list.ensurePolished()
            popup.list.doItemsLayout()
            # Two lines of text (name; kind and detail) plus the item's padding.
            two_lines = popup.list.fontMetrics().lineSpacing() * 2 + 14
            row_height = max(popup.list.sizeHintForRow(0) if rows else 0, two_lines)
            height = min(rows, 7) * row_height + 12
        else:
            popup.status.setFixedWidth(width)
            height = popup.status.heightForWidth(width) + 4
            height = max(height, popup.status.sizeHint().height())
        popup.setGeometry(top_left.x(), top_left.y(), width, height)
        popup.raise_()
        popup.show()

    def close_popup(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    def popup_visible(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def current_hit(self) -> Any | None:
        if not self.popup_visible() or self.popup.list.isHidden():
            return None
        item = self.popup.list.currentItem()
        return item.data(HIT_ROLE) if item is not None else None

    def _item_clicked(self, item: QListWidgetItem) -> None:
        self._choose(item.data(HIT_ROLE))

    def _choose(self, hit: Any) -> None:
        if hit is None:
            return
        self.close_popup()
        self.hit_chosen.emit(hit)

    # --- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or self.text().strip() != self._searched_text:
                self.search_now()
            self._choose(self.current_hit())
            return
        if key == Qt.Key.Key_Escape:
            if self.popup_visible():
                self.close_popup()
            elif self.text():
                self.clear()
            else:
                self.clearFocus()
                self.window().setFocus()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.popup_visible() and self.text().strip():
                self.search_now()
                return
            if self.popup_visible() and not self.popup.list.isHidden():
                lst = self.popup.list
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                        Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[Qt.Key(key)]
                row = max(0, min(lst.count() - 1, lst.currentRow() + step))
                lst.setCurrentRow(row)
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        # A click on a hit takes no focus (the list has NoFocus), so this is a real leave.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._leave_timer.start()

    def _close_if_unfocused(self) -> None:
        if not self.hasFocus():
            self.close_popup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.popup_visible():
            self._place_popup()
        return False
