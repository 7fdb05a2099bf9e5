"""What an area shows when it has nothing to show yet: what it will hold, and how to fill it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from makerspace_app.ui import icons, theme


class EmptyState(QWidget):
    """An icon, a short title and one or two sentences, centred in the free space."""

    def __init__(
        self,
        icon_name: str,
        title: str,
        body: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._icon_name = icon_name

        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setAccessibleName(title)

        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("emptyTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.body_label = QLabel(body, self)
        self.body_label.setObjectName("emptyBody")
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_label.setWordWrap(True)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_label.setVisible(bool(body))

        column = QWidget(self)
        column.setMinimumWidth(320)
        column.setMaximumWidth(540)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        inner.addWidget(self.icon_label)
        inner.addSpacing(6)
        inner.addWidget(self.title_label)
        inner.addWidget(self.body_label)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.refresh_theme()

    def set_text(self, title: str, body: str = "") -> None:
        self.title_label.setText(title)
        self.icon_label.setAccessibleName(title)
        self.body_label.setText(body)
        self.body_label.setVisible(bool(body))

    def refresh_theme(self) -> None:
        colour = theme.muted_text(self.palette())
        self.icon_label.setPixmap(
            icons.pixmap(self._icon_name, 56, colour, self.devicePixelRatioF())
        )
        self.title_label.setFont(theme.heading_font(self, 1.35))
        self.body_label.setFont(theme.heading_font(self, 1.05, QFont.Weight.Normal))
