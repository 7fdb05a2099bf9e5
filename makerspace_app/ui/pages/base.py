"""What every area page has: a title, and the hooks the main window calls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from makerspace_app.ui import theme
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext


class AreaPage(QWidget):
    """Base of every area. Subclasses fill ``self.body`` (a QVBoxLayout under the title).

    Hooks the main window calls:
    ``on_shown()`` when the page comes to the front; ``has_unsaved_changes()``,
    ``save_changes() -> bool`` and ``discard_changes()`` before leaving it; a page that can
    open one record (a participant, an item, a workshop) also defines ``show_record(id)``.
    """

    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.context = context
        self.setObjectName(f"page_{area.key}")
        self.setAccessibleName(area.translated_title())

        self.title_label = QLabel(area.translated_title(), self)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("pageSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(12)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        layout.addLayout(self.body, 1)
        self.refresh_theme()

    def set_subtitle(self, text: str) -> None:
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(bool(text))

    def refresh_theme(self) -> None:
        self.title_label.setFont(theme.heading_font(self, 1.6))

    # --- hooks ---------------------------------------------------------------------------

    def on_shown(self) -> None:
        """Called each time the page comes to the front."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save what was changed; False when refused (the page shows why)."""
        return True

    def discard_changes(self) -> None:
        """Forget what was changed and show the stored values again."""
