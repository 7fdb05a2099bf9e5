"""The projects gallery: cards with a cover photo, the title, the status and the team.

A QListView in icon mode over ui/models/projects_model.GalleryModel. The status is shown in
words next to a small shape (idea ○, in progress ◐, finished ●, exhibited ★), never by
colour alone. Enter or a double click opens the highlighted project (``activated``).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from makerspace_app.domain.enums import ProjectStatus
from makerspace_app.ui import icons, theme
from makerspace_app.ui.models.projects_model import (
    STATUS_ROLE,
    STATUS_TEXT_ROLE,
    TEAM_ROLE,
)

_Index = QModelIndex | QPersistentModelIndex

CARD_WIDTH = 236
COVER_HEIGHT = 156
CARD_HEIGHT = 248
RADIUS = 10


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setWeight(QFont.Weight.DemiBold)
    if font.pointSizeF() > 0:
        title.setPointSizeF(font.pointSizeF() * 1.08)
    return title


def card_height(font: QFont) -> int:
    """Cover, title, status and team in ``font``: taller than CARD_HEIGHT at a large zoom, so
    the team's names stay inside the card."""
    line = QFontMetrics(font).height()
    needed = 4 + COVER_HEIGHT + 10 + QFontMetrics(_title_font(font)).height() + 6 + line + 4 \
        + line + 10 + 4
    return max(CARD_HEIGHT, needed)

STATUS_COLOURS = {
    ProjectStatus.IDEA: "#8e6bbf",
    ProjectStatus.IN_PROGRESS: "#d98a1c",
    ProjectStatus.FINISHED: "#2e8b57",
    ProjectStatus.EXHIBITED: "#2f6fc4",
}


def status_colour(status: ProjectStatus, palette: QPalette) -> QColor:
    colour = QColor(STATUS_COLOURS[ProjectStatus(status)])
    if theme.is_dark(palette):
        colour = colour.lighter(135)
    return colour


def draw_status_mark(painter: QPainter, rect: QRectF, status: ProjectStatus,
                     colour: QColor) -> None:
    """The status shape: ○ idea, ◐ in progress, ● finished, ★ exhibited."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.2, rect.width() / 8))
    painter.setPen(pen)
    inner = rect.adjusted(1, 1, -1, -1)
    status = ProjectStatus(status)
    if status is ProjectStatus.IDEA:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
    elif status is ProjectStatus.IN_PROGRESS:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        half = QPainterPath()
        half.moveTo(inner.center())
        half.arcTo(inner, 90, 180)
        half.closeSubpath()
        painter.fillPath(half, colour)
    elif status is ProjectStatus.FINISHED:
        painter.setBrush(colour)
        painter.drawEllipse(inner)
    else:
        centre, outer, small = inner.center(), inner.width() / 2, inner.width() / 4.6
        points = []
        for k in range(10):
            radius = outer if k % 2 == 0 else small
            angle = math.radians(-90 + k * 36)
            points.append(QPointF(centre.x() + radius * math.cos(angle),
                                  centre.y() + radius * math.sin(angle)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF(points))
    painter.restore()


def draw_cover(painter: QPainter, rect: QRect, pixmap: QPixmap | None, palette: QPalette,
               ratio: float = 1.0) -> None:
    """The photo filling ``rect`` (cropped to it, centred), or a quiet placeholder."""
    if pixmap is not None and not pixmap.isNull():
        scaled = pixmap.scaled(rect.size() * ratio, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                               Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        logical = scaled.size() / ratio
        x = (logical.width() - rect.width()) / 2
        y = (logical.height() - rect.height()) / 2
        painter.drawPixmap(rect, scaled, QRectF(x * ratio, y * ratio, rect.width() * ratio,
                                                rect.height() * ratio).toRect())
        return
    base = palette.color(QPalette.ColorRole.Base)
    painter.fillRect(rect, theme.blend(base, palette.color(QPalette.ColorRole.Highlight), 0.10))
    size = min(56, rect.height() // 2)
    mark = icons.pixmap("projects", size, theme.muted_text(palette), ratio)
    painter.drawPixmap(rect.center().x() - size // 2, rect.center().y() - size // 2, mark)


class GalleryDelegate(QStyledItemDelegate):
    """Paints one project card."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(CARD_WIDTH, card_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        focused = bool(opt.state & QStyle.StateFlag.State_HasFocus)
        hovered = bool(opt.state & QStyle.StateFlag.State_MouseOver)
        widget = opt.widget
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        card = QRect(opt.rect).adjusted(4, 4, -4, -4)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(card), RADIUS, RADIUS)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.fillPath(path, base)
        painter.setClipPath(path)
        cover = QRect(card.x(), card.y(), card.width(), COVER_HEIGHT)
        draw_cover(painter, cover, index.data(Qt.ItemDataRole.DecorationRole), palette, ratio)
        painter.setClipping(False)

        border = highlight if (selected or hovered) else theme.blend(
            base, palette.color(QPalette.ColorRole.Text), 0.16)
        painter.setPen(QPen(border, 2.5 if selected else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if selected and focused:
            dashed = QPen(highlight, 1, Qt.PenStyle.DashLine)
            painter.setPen(dashed)
            painter.drawRoundedRect(QRectF(card).adjusted(3, 3, -3, -3), RADIUS - 2, RADIUS - 2)

        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = theme.muted_text(palette)
        left, width = card.x() + 12, card.width() - 24
        y = cover.bottom() + 10

        title_font = _title_font(opt.font)
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(QRect(left, y, width, title_metrics.height()),
                         Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                         title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, width))
        y += title_metrics.height() + 6

        status = index.data(STATUS_ROLE)
        metrics = QFontMetrics(opt.font)
        painter.setFont(opt.font)
        if status is not None:
            colour = status_colour(status, palette)
            mark = QRectF(left, y + (metrics.height() - 12) / 2, 12, 12)
            draw_status_mark(painter, mark, status, colour)
            painter.setPen(text_colour)
            words = index.data(STATUS_TEXT_ROLE) or ""
            painter.drawText(QRect(left + 18, y, width - 18, metrics.height()),
                             Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(words, Qt.TextElideMode.ElideRight, width - 18))
        y += metrics.height() + 4
        painter.setPen(muted)
        team = index.data(TEAM_ROLE) or ""
        painter.drawText(QRect(left, y, width, metrics.height()),
                         Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(team, Qt.TextElideMode.ElideRight, width))
        painter.restore()


class GalleryView(QListView):
    """Cards in rows that wrap with the width; arrow keys move, Enter opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectGallery")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(8)
        self.setGridSize(QSize(CARD_WIDTH + 16, card_height(self.font()) + 16))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setItemDelegate(GalleryDelegate(self))
        self.setWordWrap(True)

    def resizeEvent(self, event: Any) -> None:
        self._fit_grid()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: the cards grow with the text
            self._fit_grid()

    def _fit_grid(self) -> None:
        """Share the width out evenly between the cards of a row (no ragged gap on the right)."""
        width = self.viewport().width() - 2
        columns = max(1, width // (CARD_WIDTH + 16))
        cell = QSize(max(CARD_WIDTH + 16, width // columns), card_height(self.font()) + 16)
        if self.gridSize() != cell:
            self.setGridSize(cell)

    def current_id(self) -> int | None:
        from makerspace_app.ui.models.projects_model import ID_ROLE

        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

