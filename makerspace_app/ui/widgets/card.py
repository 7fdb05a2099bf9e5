"""A page that shows one centred card (the welcome, sign-in and start-up pages)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.ui import icons, theme


class CardPage(QWidget):
    """Fill ``self.card_layout``; the card stays centred and scrolls if the window is small."""

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startBackground")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setFixedWidth(width)
        self.card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(36, 32, 36, 32)
        self.card_layout.setSpacing(10)

        holder = QWidget()
        holder.setObjectName("startBackground")
        column = QVBoxLayout(holder)
        column.setContentsMargins(24, 24, 24, 24)
        column.addStretch(1)
        column.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # One pending fit at a time, and none after the page is gone (the timer goes with it).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_card)
        self.card.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.card and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
            QEvent.Type.FontChange,
        ):
            self._fit_timer.start()
        return False

    def _fit_card(self) -> None:
        # Wrapped labels need more height than the scroll area asks for; reserve the height
        # the card needs at its (fixed) width, so the page scrolls instead of cutting lines.
        needed = self.card.heightForWidth(self.card.width())
        if needed > 0 and needed != self.card.minimumHeight():
            self.card.setMinimumHeight(needed)

    def add_logo_and_title(self, title: str, subtitle: str = "") -> tuple[QLabel, QLabel]:
        logo = QLabel()
        logo.setPixmap(icons.pixmap("app", 44, None, self.devicePixelRatioF()))
        logo.setFixedSize(44, 44)
        logo.setAccessibleName("Makerspace")
        title_label = QLabel(title)
        title_label.setObjectName("cardTitle")
        title_label.setWordWrap(True)
        title_label.setFont(theme.heading_font(self, 1.6))
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(logo, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(title_label, 1, Qt.AlignmentFlag.AlignVCenter)
        self.card_layout.addLayout(row)
        self.card_layout.addSpacing(4)
        subtitle_label = QLabel(subtitle)
        subtitle_label.setObjectName("muted")
        subtitle_label.setWordWrap(True)
        subtitle_label.setVisible(bool(subtitle))
        self.card_layout.addWidget(subtitle_label)
        self._title_label = title_label
        return title_label, subtitle_label

    def section_title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        label.setFont(theme.heading_font(self, 1.1))
        return label

    def refresh_theme(self) -> None:
        title = getattr(self, "_title_label", None)
        if title is not None:
            title.setFont(theme.heading_font(self, 1.6))
