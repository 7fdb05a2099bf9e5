"""Charts for the Reports screen: horizontal bar charts (QtCharts) and a weekday-by-hour heat map.

Both take plain values from the page (labels, numbers and the text to print for each number,
already formatted with the locale), so they know nothing about reports or the database.
Every chart says what it shows in words as well: its accessible description is the full text
equivalent (every bar or cell with its value), and it takes keyboard focus so a screen reader
reaches it. Values are written next to the bars and in the heat-map cells, so colour is never
the only signal. A value that may not be shown (a privacy-protected "<5") is drawn as an empty
bar with its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from makerspace_app.ui import theme

ROW_HEIGHT = 26  # pixels per category and bar set in a bar chart
LABEL_WIDTH = 230  # longer labels are shortened in the middle (the words keep them whole)


@dataclass(frozen=True)
class BarSet:
    """One series of bars: a value (None: nothing to draw) and its printed text per label."""

    name: str
    values: tuple[float | None, ...]
    texts: tuple[str, ...]


def _series_colours(palette: QPalette) -> list[QColor]:
    accent = palette.color(QPalette.ColorRole.Highlight)
    dark = theme.is_dark(palette)
    second = QColor("#c77d1a") if not dark else QColor("#f0b45a")
    return [accent, second]


class BarChart(QChartView):
    """Horizontal bars, one row per label, read top-down, with the value written at each bar.

    ``set_data(labels, sets, axis_title)``: one or two ``BarSet`` (two show a legend)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.title = title
        self.setObjectName("barChart")
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.setBackgroundVisible(False)
        self._chart.setPlotAreaBackgroundVisible(False)
        self._chart.setMargins(QMargins(0, 4, 12, 0))
        self._chart.layout().setContentsMargins(0, 0, 0, 0)
        self._labels: tuple[str, ...] = ()
        self._sets: tuple[BarSet, ...] = ()
        self._axis_title = ""
        self._maximum: float | None = None
        self._series: QHorizontalBarSeries | None = None
        self._value_axis: QValueAxis | None = None

    # --- data -------------------------------------------------------------------------------

    def set_data(self, labels: Sequence[str], sets: Sequence[BarSet], axis_title: str = "",
                 maximum: float | None = None) -> None:
        """``maximum``: the end of the value axis (100 for shares); else from the values."""
        self._maximum = maximum
        self._labels = tuple(labels)
        self._sets = tuple(sets)
        self._axis_title = axis_title
        self._rebuild()
        self.setAccessibleDescription(self.text_equivalent())

    def text_equivalent(self) -> str:
        """The chart in words: every label with the value of each set."""
        if not self._labels:
            return self.tr("{title}: nothing to show.").format(title=self.title)
        parts = []
        for i, label in enumerate(self._labels):
            if len(self._sets) == 1:
                parts.append(f"{label}: {self._sets[0].texts[i]}")
            else:
                values = ", ".join(f"{s.name} {s.texts[i]}" for s in self._sets)
                parts.append(f"{label}: {values}")
        return f"{self.title}. " + "; ".join(parts) + "."

    def bar_texts(self) -> list[list[str]]:
        """The texts written at the bars, per set (what a person sees next to each bar)."""
        return [list(s.texts) for s in self._sets]

    def _rebuild(self) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = theme.muted_text(palette)
        grid = theme.blend(palette.color(QPalette.ColorRole.Window), text, 0.12)
        series = QHorizontalBarSeries()
        series.setBarWidth(0.72 if len(self._sets) > 1 else 0.62)
        colours = _series_colours(palette)
        top = 0.0
        # QtCharts draws the first category at the bottom: reverse so the list reads top-down.
        for k, one in enumerate(self._sets):
            bar_set = QBarSet(one.name)
            for value in reversed(one.values):
                bar_set.append(float(value or 0.0))
                top = max(top, float(value or 0.0))
            colour = colours[k % len(colours)]
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.setLabelColor(text)
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        fm_labels = QFontMetrics(self.font())
        shown = [fm_labels.elidedText(label, Qt.TextElideMode.ElideMiddle, LABEL_WIDTH)
                 for label in self._labels]
        categories.append(list(reversed(shown)) or [""])
        categories.setLabelsColor(text)
        categories.setTruncateLabels(False)
        categories.setGridLineVisible(False)
        categories.setLinePenColor(grid)
        values = QValueAxis()
        # Room for the value written after the longest bar, then round numbers on the axis.
        room = self._maximum if self._maximum is not None else (top * 1.15 if top > 0 else 1.0)
        values.setRange(0, room)
        values.setTickCount(6)
        if self._maximum is None:
            values.applyNiceNumbers()
        values.setLabelsColor(muted)
        values.setGridLineColor(grid)
        values.setLinePenColor(grid)
        values.setLabelFormat("%.0f" if values.max() >= 5 else "%.1f")
        if self._axis_title:
            values.setTitleText(self._axis_title)
            values.setTitleBrush(muted)
        font = QFont(self.font())
        categories.setLabelsFont(font)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        values.setLabelsFont(small)
        values.setTitleFont(small)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        legend = chart.legend()
        legend.setVisible(len(self._sets) > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setLabelColor(text)
        legend.setFont(font)
        self._series, self._value_axis = series, values
        rows = max(1, len(self._labels))
        per_row = ROW_HEIGHT * (1.45 if len(self._sets) > 1 else 1.0)
        fm = QFontMetricsF(font)
        extra = fm.height() * (4.2 if self._axis_title else 2.6) + (fm.height() * 2 if len(self._sets) > 1 else 0)
        self.setFixedHeight(int(rows * per_row + extra + 12))

    def sizeHint(self) -> QSize:
        return QSize(420, self.height())

    # --- drawing the values ---------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        if self._series is None or not self._labels:
            return
        chart = self._chart
        n_sets = len(self._sets)
        zero = chart.mapToPosition(QPointF(0, 0), self._series)
        one = chart.mapToPosition(QPointF(0, 1), self._series)
        step = abs(zero.y() - one.y())  # pixels per category
        group = step * self._series.barWidth()
        painter.save()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText)))
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
        painter.setFont(small)
        fm = QFontMetricsF(small)
        count = len(self._labels)
        for k, one_set in enumerate(self._sets):
            for i, text in enumerate(one_set.texts):
                category = count - 1 - i  # reversed: the first label is the top category
                value = one_set.values[i] or 0.0
                end = chart.mapToPosition(QPointF(float(value), float(category)), self._series)
                # Within a category QtCharts stacks the sets upwards from the bottom one.
                offset = (k - (n_sets - 1) / 2) * (group / n_sets)
                y = end.y() - offset
                painter.drawText(QPointF(end.x() + 5, y + fm.ascent() / 2 - fm.descent() / 2), text)
        painter.restore()

    # --- theme --------------------------------------------------------------------------

    def refresh_theme(self) -> None:
        if self._sets or self._labels:
            self._rebuild()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -1, -1))
            painter.end()


class HeatMap(QWidget):
    """Booked hours by weekday (rows) and hour of day (columns), each cell coloured by its
    hours and carrying the number; a total per weekday on the right and a scale below.

    Arrow keys move a cursor cell whose value is read out (accessible description and a
    tooltip); the whole map in words is ``text_equivalent()``."""

    CELL_HEIGHT = 28

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName("heatMap")
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.row_labels: tuple[str, ...] = ()
        self.row_names: tuple[str, ...] = ()  # full weekday names, for the words
        self.hours: tuple[int, ...] = ()
        self.values: tuple[tuple[float, ...], ...] = ()
        self.texts: tuple[tuple[str, ...], ...] = ()
        self.totals: tuple[str, ...] = ()
        self.hour_labels: tuple[str, ...] = ()
        self.scale_texts: tuple[str, str] = ("0", "0")
        self.unit_words = ""
        self.cursor = (0, 0)
        self.total_title = ""
        self.legend_title = ""
        self.setFixedHeight(self._needed_height())

    def set_data(self, *, row_labels: Sequence[str], row_names: Sequence[str], hours: Sequence[int],
                 hour_labels: Sequence[str], values: Sequence[Sequence[float]],
                 texts: Sequence[Sequence[str]], totals: Sequence[str], total_title: str,
                 legend_title: str, scale_texts: tuple[str, str], cell_words: str) -> None:
        """``values``/``texts`` are per row, one per shown hour; ``cell_words`` is a template
        with {day}, {hour} and {value} for the words read out for one cell."""
        self.row_labels, self.row_names = tuple(row_labels), tuple(row_names)
        self.hours, self.hour_labels = tuple(hours), tuple(hour_labels)
        self.values = tuple(tuple(r) for r in values)
        self.texts = tuple(tuple(r) for r in texts)
        self.totals = tuple(totals)
        self.total_title, self.legend_title = total_title, legend_title
        self.scale_texts = scale_texts
        self.unit_words = cell_words
        self.cursor = self._busiest_cell()
        self.setFixedHeight(self._needed_height())
        self.setAccessibleDescription(self.text_equivalent())
        self.update()

    @property
    def maximum(self) -> float:
        return max((v for row in self.values for v in row), default=0.0)

    def _busiest_cell(self) -> tuple[int, int]:
        best, where = -1.0, (0, 0)
        for r, row in enumerate(self.values):
            for c, v in enumerate(row):
                if v > best:
                    best, where = v, (r, c)
        return where

    def cell_words(self, row: int, column: int) -> str:
        if not self.values:
            return ""
        return self.unit_words.format(day=self.row_names[row], hour=self.hour_labels[column],
                                      value=self.texts[row][column])

    def text_equivalent(self) -> str:
        """Every weekday with its total and its busy hours in words."""
        if not self.values:
            return self.title
        days = []
        for r, name in enumerate(self.row_names):
            busy = [f"{self.hour_labels[c]} {self.texts[r][c]}"
                    for c, v in enumerate(self.values[r]) if v > 0]
            detail = ", ".join(busy) if busy else "–"
            days.append(f"{name} ({self.total_title} {self.totals[r]}): {detail}")
        return f"{self.title}. " + "; ".join(days) + "."

    # --- geometry ---------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _needed_height(self) -> int:
        fm = self._metrics()
        rows = max(7, len(self.row_labels))
        return int(fm.height() * 1.6 + rows * self.CELL_HEIGHT + fm.height() * 2.6 + 8)

    def _layout(self) -> tuple[float, float, float, float]:
        """(left of the grid, top of the grid, cell width, left of the totals)."""
        fm = self._metrics()
        label_w = max((fm.horizontalAdvance(t) for t in self.row_labels), default=30) + 14
        total_w = max([fm.horizontalAdvance(t) for t in (self.total_title, *self.totals)] or [40]) + 18
        columns = max(1, len(self.hours))
        cell_w = max(18.0, (self.width() - label_w - total_w - 4) / columns)
        top = fm.height() * 1.5
        return label_w, top, cell_w, label_w + columns * cell_w + 8

    def sizeHint(self) -> QSize:
        return QSize(max(480, 60 + 40 * max(1, len(self.hours))), self._needed_height())

    def _cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        left, top, cell_w, _ = self._layout()
        c = int((pos.x() - left) // cell_w)
        r = int((pos.y() - top) // self.CELL_HEIGHT)
        if 0 <= r < len(self.values) and 0 <= c < len(self.hours) and pos.x() >= left and pos.y() >= top:
            return r, c
        return None

    # --- painting -----------------------------------------------------------------------------

    def _fill(self, value: float) -> QColor:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        if value <= 0 or self.maximum <= 0:
            return base
        t = (value / self.maximum) ** 0.8
        low = theme.blend(base, accent, 0.12)
        high = accent.darker(150) if not theme.is_dark(palette) else accent.lighter(125)
        return theme.blend(low, high, t)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = theme.muted_text(palette)
        grid = theme.blend(palette.color(QPalette.ColorRole.Window), text, 0.12)
        fm = self._metrics()
        left, top, cell_w, total_x = self._layout()
        h = self.CELL_HEIGHT
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.86))
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        # Hours across the top.
        painter.setFont(small)
        painter.setPen(muted)
        for c, label in enumerate(self.hour_labels):
            painter.drawText(QRectF(left + c * cell_w, 0, cell_w, top - 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
        painter.setFont(bold)
        painter.drawText(QRectF(total_x, 0, self.width() - total_x - 2, top - 2),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, self.total_title)
        accent = palette.color(QPalette.ColorRole.Highlight)
        for r, label in enumerate(self.row_labels):
            y = top + r * h
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(QRectF(0, y, left - 10, h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setFont(small)
            for c in range(len(self.hours)):
                value = self.values[r][c] if r < len(self.values) else 0.0
                rect = QRectF(left + c * cell_w, y, cell_w, h).adjusted(1, 1, -1, -1)
                fill = self._fill(value)
                painter.fillRect(rect, fill)
                if value <= 0:
                    painter.setPen(QPen(grid, 1))
                    painter.drawRect(rect)
                cell_text = self.texts[r][c] if r < len(self.texts) else ""
                ink = (QColor("#ffffff") if fill.lightnessF() < 0.5 else QColor("#1b2733"))
                if value <= 0:
                    ink = theme.blend(muted, palette.color(QPalette.ColorRole.Base), 0.35)
                painter.setPen(ink)
                if fm.horizontalAdvance(cell_text) * 0.86 < cell_w - 2:
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, cell_text)
            painter.setFont(bold)
            painter.setPen(text)
            total = self.totals[r] if r < len(self.totals) else ""
            painter.drawText(QRectF(total_x, y, self.width() - total_x - 2, h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, total)
        # The cursor cell, when the map has keyboard focus.
        if self.hasFocus() and self.values:
            r, c = self.cursor
            painter.setPen(QPen(text if theme.is_dark(palette) else accent.darker(160), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left + c * cell_w, top + r * h, cell_w, h).adjusted(1, 1, -1, -1))
        # The scale.
        y = top + len(self.row_labels) * h + fm.height() * 0.8
        painter.setFont(small)
        painter.setPen(muted)
        x = left
        title_w = QFontMetricsF(small).horizontalAdvance(self.legend_title)
        painter.drawText(QRectF(x, y, title_w + 4, fm.height()), Qt.AlignmentFlag.AlignVCenter,
                         self.legend_title)
        x += title_w + 10
        low_w = QFontMetricsF(small).horizontalAdvance(self.scale_texts[0])
        painter.drawText(QRectF(x, y, low_w + 2, fm.height()), Qt.AlignmentFlag.AlignVCenter,
                         self.scale_texts[0])
        x += low_w + 6
        steps, sw = 7, 22.0
        top_value = self.maximum or 1.0
        for k in range(steps):
            colour = self._fill(top_value * (k + 1) / steps) if self.maximum > 0 else grid
            painter.fillRect(QRectF(x + k * sw, y + 2, sw - 1, fm.height() - 4), colour)
        x += steps * sw + 6
        painter.drawText(QRectF(x, y, 200, fm.height()), Qt.AlignmentFlag.AlignVCenter,
                         self.scale_texts[1])
        painter.end()

    # --- keyboard and mouse ---------------------------------------------------------------

    def _move(self, dr: int, dc: int) -> None:
        if not self.values:
            return
        r = max(0, min(len(self.values) - 1, self.cursor[0] + dr))
        c = max(0, min(len(self.hours) - 1, self.cursor[1] + dc))
        self.cursor = (r, c)
        self._announce()
        self.update()

    def _announce(self) -> None:
        words = self.cell_words(*self.cursor)
        self.setToolTip(words)
        self.setAccessibleDescription(words)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
                 Qt.Key.Key_Down: (1, 0)}
        key = Qt.Key(event.key())
        if key in moves:
            self._move(*moves[key])
        elif key == Qt.Key.Key_Home:
            self._move(0, -len(self.hours))
        elif key == Qt.Key.Key_End:
            self._move(0, len(self.hours))
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._announce()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setAccessibleDescription(self.text_equivalent())
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self._cell_at(event.position())
        if cell is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.cell_words(*cell), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self._cell_at(event.position())
        if cell is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.cursor = cell
            self._announce()
            self.update()

    def refresh_theme(self) -> None:
        self.update()
