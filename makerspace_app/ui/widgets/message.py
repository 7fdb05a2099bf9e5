"""A message shown in place, under the form it is about: an icon and words, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from makerspace_app.ui import icons, theme
from makerspace_app.ui.errors import translate_error


class InlineMessage(QFrame):
    """Hidden until there is something to say. ``kind`` is error, info or success."""

    ICONS = {"error": "alert", "info": "info", "success": "done"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setProperty("kind", "info")
        self._kind = "info"
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.icon_label.setFixedWidth(22)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 12, 8)
        row.setSpacing(8)
        row.addWidget(self.icon_label)
        row.addWidget(self.text_label, 1)
        self.hide()

    @property
    def text(self) -> str:
        return self.text_label.text() if self.isVisibleTo(self.parentWidget()) else ""

    @property
    def kind(self) -> str:
        return self._kind

    def show_message(self, text: str, kind: str = "info") -> None:
        self._kind = kind if kind in self.ICONS else "info"
        self.setProperty("kind", self._kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text_label.setText(text)
        self.setAccessibleName(text)
        prefix = {
            "error": self.tr("Problem"),
            "success": self.tr("Done"),
            "info": self.tr("Note"),
        }[self._kind]
        self.setAccessibleDescription(prefix)
        self.icon_label.setAccessibleName(prefix)
        self._draw_icon()
        self.show()
        self._fit_text()
        if self._kind == "error":
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def show_error(self, err: BaseException | str) -> None:
        text = err if isinstance(err, str) else translate_error(err)
        self.show_message(text, "error")

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        # A wrapped label inside a frame does not ask for the height its lines need;
        # give it that height for the width it has, so no line is cut off.
        width = self.text_label.width()
        if width > 0:
            needed = self.text_label.heightForWidth(width)
            if needed > 0 and needed != self.text_label.minimumHeight():
                self.text_label.setMinimumHeight(needed)

    def clear(self) -> None:
        self.text_label.clear()
        self.hide()

    def _draw_icon(self) -> None:
        palette = self.palette()
        if self._kind == "error":
            colour = "#c62828" if not theme.is_dark(palette) else "#ef7a7a"
        elif self._kind == "success":
            colour = "#2e7d32" if not theme.is_dark(palette) else "#7cc47f"
        else:
            colour = palette.color(palette.ColorRole.Highlight)
        self.icon_label.setPixmap(
            icons.pixmap(self.ICONS[self._kind], 18, colour, self.devicePixelRatioF())
        )

    def refresh_theme(self) -> None:
        self._draw_icon()
