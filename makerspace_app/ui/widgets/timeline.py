"""The bookings timeline: one row per item, time across, bookings drawn as blocks.

Drawn by hand in ``paintEvent`` (only the rows and blocks in view), so a week of 300 items
and a few thousand bookings opens at once. The item names stay on the left and the times on
top while the grid scrolls.

Each block shows its status in colour, in an icon drawn inside it (the legend names them)
and, when there is room, in words, with the participant's name. The keyboard cursor is one
cell: an item and a 30-minute slot. Arrows move it, Shift+Left/Right extend the selected
range, Shift+Up/Down take the range to another item, Home/End go to the first/last slot of
the day, Enter opens the booking under the cursor or asks to book the selected free range.
A mouse drag along a row selects a range and asks to book it; a double-click opens a block.

Right to left (an Arabic or Hebrew interface), the whole grid is mirrored: the item names sit on
the right, time runs from right to left, a block's start is its right edge, and Left/Right move
the cursor the way the arrow points (Left is later). Text and icons are drawn unmirrored.
Everything is laid out in left-to-right coordinates; painting goes through a mirror and mouse
positions are mirrored back (``_logical``), so hit-testing and the keyboard agree with what
is seen.

The widget knows nothing about the database: the page gives it plain rows (items with
``id``, ``name``, ``category``, ``status``; bookings as ``BookingRow``) and the days to show.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QToolTip, QWidget

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import BookingStatus, EquipmentStatus
from makerspace_app.ui import theme
from makerspace_app.ui.formatting import day_format

SLOT_MINUTES = 30
DEFAULT_HOURS = (8, 20)

STATUS_COLOURS = {
    BookingStatus.BOOKED: ("#1f5f9f", "#7fb2f0"),  # (light theme, dark theme)
    BookingStatus.CHECKED_IN: ("#2e7d32", "#7cc47f"),
    BookingStatus.COMPLETED: ("#5f6b7a", "#a3adb9"),
    BookingStatus.NO_SHOW: ("#b3261e", "#ef7a7a"),
    BookingStatus.CANCELLED: ("#6b7280", "#9aa3ad"),
}
# Painting order: inactive first, so an active booking is drawn over a cancelled one.
_PAINT_ORDER = {
    BookingStatus.CANCELLED: 0, BookingStatus.NO_SHOW: 1, BookingStatus.COMPLETED: 2,
    BookingStatus.BOOKED: 3, BookingStatus.CHECKED_IN: 3,
}
ACTIVE = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN)


def status_word(status: BookingStatus) -> str:
    """The status in words (translated in the TimelineWidget context)."""
    if status is BookingStatus.BOOKED:
        return QCoreApplication.translate("TimelineWidget", "Booked")
    if status is BookingStatus.CHECKED_IN:
        return QCoreApplication.translate("TimelineWidget", "Checked in")
    if status is BookingStatus.COMPLETED:
        return QCoreApplication.translate("TimelineWidget", "Completed")
    if status is BookingStatus.NO_SHOW:
        return QCoreApplication.translate("TimelineWidget", "No-show")
    return QCoreApplication.translate("TimelineWidget", "Cancelled")


def status_colour(status: BookingStatus, palette: QPalette) -> QColor:
    light, dark = STATUS_COLOURS[status]
    return QColor(dark if theme.is_dark(palette) else light)


def block_fills(palette: QPalette) -> dict[BookingStatus, QColor]:
    """The fill of a block per status: light for booked, strong for checked in, so even a
    block too narrow for its icon differs by more than hue (no-show is also hatched,
    cancelled only outlined with dashes)."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = theme.is_dark(palette)
    amounts = {
        BookingStatus.BOOKED: 0.16 if not dark else 0.22,
        BookingStatus.CHECKED_IN: 0.42 if not dark else 0.45,
        BookingStatus.COMPLETED: 0.22 if not dark else 0.28,
        BookingStatus.NO_SHOW: 0.14 if not dark else 0.22,
        BookingStatus.CANCELLED: 0.0,
    }
    return {s: theme.blend(base, status_colour(s, palette), a) for s, a in amounts.items()}


def draw_status_icon(painter: QPainter, status: BookingStatus, rect: QRectF, colour: QColor) -> None:
    """A shape per status, so a block says its status without colour and without a font."""
    s = min(rect.width(), rect.height())
    if s < 4:
        return
    c = rect.center()
    r = s / 2
    pen = QPen(colour, max(1.3, s / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    if status is BookingStatus.BOOKED:  # a ring: reserved, not here yet
        painter.drawEllipse(c, r * 0.62, r * 0.62)
    elif status is BookingStatus.CHECKED_IN:  # a tick: here now
        path = QPainterPath(QPointF(c.x() - r * 0.7, c.y()))
        path.lineTo(c.x() - r * 0.2, c.y() + r * 0.5)
        path.lineTo(c.x() + r * 0.75, c.y() - r * 0.6)
        painter.drawPath(path)
    elif status is BookingStatus.COMPLETED:  # a filled dot: done
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(c, r * 0.55, r * 0.55)
    elif status is BookingStatus.NO_SHOW:  # a cross: did not come
        d = r * 0.55
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
    else:  # cancelled: a dash
        painter.drawLine(QPointF(c.x() - r * 0.6, c.y()), QPointF(c.x() + r * 0.6, c.y()))
    painter.restore()


def _visual(flags: Qt.AlignmentFlag, mirrored: bool) -> Qt.AlignmentFlag:
    """Left and right alignment as seen once mirrored (the start of time is on the right)."""
    if not mirrored:
        return flags | Qt.AlignmentFlag.AlignAbsolute
    horizontal = flags & Qt.AlignmentFlag.AlignHorizontal_Mask
    rest = flags & ~Qt.AlignmentFlag.AlignHorizontal_Mask
    if horizontal & Qt.AlignmentFlag.AlignLeft:
        horizontal = Qt.AlignmentFlag.AlignRight
    elif horizontal & Qt.AlignmentFlag.AlignRight:
        horizontal = Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag(rest | horizontal | Qt.AlignmentFlag.AlignAbsolute)


def draw_unmirrored_text(painter: QPainter, mirrored: bool, rect: QRectF,
                         flags: Qt.AlignmentFlag, text: str) -> None:
    """``drawText`` in a painter that may be mirrored: the words stay readable, aligned to
    the side ``flags`` names in left-to-right terms (so the other side when mirrored)."""
    if not mirrored:
        painter.drawText(rect, _visual(flags, False), text)
        return
    target = painter.transform().mapRect(rect)
    painter.save()
    painter.resetTransform()
    # Each text in its own direction (a Latin name keeps its ellipsis at its end); where
    # it sits is fixed by the absolute alignment.
    painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    painter.drawText(target, _visual(flags, True), text)
    painter.restore()


def draw_unmirrored_icon(painter: QPainter, mirrored: bool, status: BookingStatus, rect: QRectF,
                         colour: QColor) -> None:
    if not mirrored:
        draw_status_icon(painter, status, rect, colour)
        return
    target = painter.transform().mapRect(rect)
    painter.save()
    painter.resetTransform()
    draw_status_icon(painter, status, target, colour)
    painter.restore()


@dataclass(frozen=True)
class Cell:
    """Where the cursor is: an item row and a 30-minute slot."""

    row: int
    slot: int


class TimelineWidget(QAbstractScrollArea):
    """``range_activated(item_id, start, end)``: book this free range (Enter, drag);
    ``booking_activated(booking)``: open this booking (Enter or double-click on a block);
    ``cursor_changed()``: the cursor moved (``cursor_text()`` says where it is)."""

    range_activated = Signal(object, object, object)
    booking_activated = Signal(object)
    cursor_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingsTimeline")
        self.setAccessibleName(self.tr("Bookings timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self.horizontalScrollBar().setAccessibleName(self.tr("Scroll through the times"))
        self.verticalScrollBar().setAccessibleName(self.tr("Scroll through the items"))

        self._locale = QLocale()
        self._tz: ZoneInfo = ZoneInfo("UTC")
        self._items: list[Any] = []
        self._by_item: dict[int, list[Any]] = {}
        self._days: list[dt.date] = [dt.date.today()]
        self._hours = DEFAULT_HOURS
        self._now: dt.datetime | None = None
        self._show_cancelled = False
        self._slot_starts: list[float] = []
        self._slot_ends: list[float] = []
        self._slots_per_day = 0
        self._geometry: dict[int, list[tuple[float, float, Any]]] = {}
        self._cursor = Cell(0, 0)
        self._anchor_slot = 0
        self._drag_from: Cell | None = None
        self._dragged = False
        self._cursor_placed = False
        self._slot_w = 26.0
        self._fonts()
        self._build_slots()

    # --- data ---------------------------------------------------------------------------

    def set_data(
        self,
        items: Sequence[Any],
        bookings: Sequence[Any],
        days: Sequence[dt.date],
        tz: ZoneInfo,
        now: dt.datetime | None = None,
    ) -> None:
        """Show ``items`` (one row each, in order) and their ``bookings`` on ``days`` (local
        dates in ``tz``). Bookings of items not listed are left out."""
        keep_item = self.current_item_id()
        keep_time = self._slot_time_of_day(self._cursor.slot) if self._slot_starts else None
        keep_index = self._cursor.slot // max(1, self._slots_per_day)
        keep_day = self._days[keep_index] if keep_index < len(self._days) else None
        keep_count = len(self._days)
        keep_width = self._cursor.slot - self._anchor_slot
        self._tz = tz
        self._items = list(items)
        self._days = list(days) or [dt.date.today()]
        self._now = now
        by_item: dict[int, list[Any]] = {}
        shown = {item.id for item in self._items}
        first = DEFAULT_HOURS[0] * 60
        last = DEFAULT_HOURS[1] * 60
        day_set = set(self._days)
        for booking in bookings:
            if booking.equipment_id not in shown:
                continue
            by_item.setdefault(booking.equipment_id, []).append(booking)
            local_start = booking.starts_at.astimezone(tz)
            local_end = booking.ends_at.astimezone(tz)
            if local_start.date() in day_set:
                first = min(first, local_start.hour * 60 + local_start.minute)
            if local_end.date() in day_set:
                last = max(last, local_end.hour * 60 + local_end.minute)
            elif local_start.date() in day_set:
                last = 24 * 60
        for row in by_item.values():
            row.sort(key=lambda b: (_PAINT_ORDER.get(b.status, 3), b.starts_at))
        self._by_item = by_item
        self._hours = (first // 60, min(24, -(-last // 60)))
        self._build_slots()
        # Keep the cursor on the same item and time of day when the period or filter changes.
        row = next((i for i, it in enumerate(self._items) if it.id == keep_item), None)
        if row is None:
            row = min(self._cursor.row, max(0, len(self._items) - 1))
        # The same day if it is still shown; the same weekday from one week to the next.
        if keep_day in self._days:
            day_index = self._days.index(keep_day)
        elif keep_count == len(self._days):
            day_index = keep_index
        else:
            day_index = 0
        slot = self._slot_for_time_of_day(keep_time, day_index) if keep_time is not None else 0
        if not self._cursor_placed:
            slot = self.slot_of_now(default=slot)
        self._cursor = Cell(row, slot)
        self._anchor_slot = max(0, min(self.slot_count() - 1, slot - keep_width))
        self._layout()
        self.viewport().update()
        self._cursor_moved()

    def set_now(self, now: dt.datetime | None) -> None:
        self._now = now
        self.viewport().update()

    def set_show_cancelled(self, show: bool) -> None:
        if show != self._show_cancelled:
            self._show_cancelled = show
            self.viewport().update()
            self._cursor_moved()

    def items(self) -> list[Any]:
        return list(self._items)

    def bookings_of(self, item_id: int) -> list[Any]:
        return [b for b in self._by_item.get(item_id, []) if self._visible(b)]

    def days(self) -> list[dt.date]:
        return list(self._days)

    def hours(self) -> tuple[int, int]:
        return self._hours

    def _visible(self, booking: Any) -> bool:
        return self._show_cancelled or booking.status is not BookingStatus.CANCELLED

    # --- slots: the 30-minute cells across ------------------------------------------------

    def _build_slots(self) -> None:
        first, last = self._hours
        per_day = max(1, (last - first) * 60 // SLOT_MINUTES)
        starts: list[float] = []
        ends: list[float] = []
        for day in self._days:
            for i in range(per_day):
                minutes = first * 60 + i * SLOT_MINUTES
                start = self._instant(day, minutes)
                end = self._instant(day, minutes + SLOT_MINUTES)
                starts.append(start.timestamp())
                ends.append(max(end, start).timestamp())
        self._slots_per_day = per_day
        self._slot_starts = starts
        self._slot_ends = ends
        self._geometry.clear()

    def _instant(self, day: dt.date, minutes: int) -> dt.datetime:
        extra, minutes = divmod(minutes, 24 * 60)
        return local_to_utc(day + dt.timedelta(days=extra), dt.time(minutes // 60, minutes % 60),
                            self._tz)

    def slot_count(self) -> int:
        return len(self._slot_starts)

    def slot_range(self, first: int, last: int) -> tuple[dt.datetime, dt.datetime]:
        """The UTC start and end of slots ``first``..``last`` (inclusive)."""
        lo, hi = min(first, last), max(first, last)
        return (dt.datetime.fromtimestamp(self._slot_starts[lo], dt.UTC),
                dt.datetime.fromtimestamp(self._slot_ends[hi], dt.UTC))

    def _slot_time_of_day(self, slot: int) -> int:
        """Minutes after local midnight at which ``slot`` starts."""
        return self._hours[0] * 60 + (slot % self._slots_per_day) * SLOT_MINUTES

    def _slot_for_time_of_day(self, minutes: int, day_index: int) -> int:
        i = (minutes - self._hours[0] * 60) // SLOT_MINUTES
        i = max(0, min(self._slots_per_day - 1, i))
        day_index = max(0, min(len(self._days) - 1, day_index))
        return day_index * self._slots_per_day + i

    def slot_of_now(self, default: int = 0) -> int:
        """The slot holding the current time (or the next slot after it), else ``default``."""
        if self._now is None or not self._slot_starts:
            return default
        t = self._now.timestamp()
        if t < self._slot_starts[0] or t >= self._slot_ends[-1]:
            return default
        i = bisect_right(self._slot_starts, t) - 1
        if i >= 0 and t >= self._slot_ends[i]:
            i += 1  # between two visible days: the next slot
        return max(0, min(self.slot_count() - 1, i))

    # --- geometry -------------------------------------------------------------------------

    def _fonts(self) -> None:
        base = QFont(self.font())
        self._font = base
        self._small = QFont(base)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        self._small.setPointSizeF(size * 0.9)
        self._bold = QFont(self._small)
        self._bold.setWeight(QFont.Weight.DemiBold)
        self._fm = QFontMetricsF(self._font)
        self._fm_small = QFontMetricsF(self._small)
        self._fm_bold = QFontMetricsF(self._bold)
        line = self._fm.height()
        self._header_h = round(line * 2 + 12)
        self._name_w = round(max(160.0, min(240.0, self._fm.averageCharWidth() * 26)))

    def is_week(self) -> bool:
        return len(self._days) > 1

    def row_height(self) -> float:
        line = self._fm_small.height()
        return round(line * 2 + 12) if not self.is_week() else round(line + 14)

    def _min_slot_width(self) -> float:
        return 4.0 if self.is_week() else 26.0

    def slot_width(self) -> float:
        return self._slot_w

    def _layout(self) -> None:
        area = self.viewport().size()
        n = max(1, self.slot_count())
        free = max(1.0, area.width() - self._name_w - 1)
        self._slot_w = max(self._min_slot_width(), free / n)
        content_w = self._slot_w * n
        h = self.horizontalScrollBar()
        h.setRange(0, max(0, round(content_w - free)))
        h.setPageStep(round(free))
        h.setSingleStep(max(1, round(self._slot_w * 2)))
        rows_h = self.row_height() * len(self._items)
        visible_h = max(1, area.height() - self._header_h)
        v = self.verticalScrollBar()
        v.setRange(0, max(0, round(rows_h - visible_h)))
        v.setPageStep(visible_h)
        v.setSingleStep(round(self.row_height()))
        self._geometry.clear()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.PaletteChange,
                            event.Type.LocaleChange, event.Type.StyleChange,
                            event.Type.LayoutDirectionChange):
            self._locale = QLocale()
            self._fonts()
            self._layout()
            self.viewport().update()

    def refresh_theme(self) -> None:
        self._fonts()
        self._layout()
        self.viewport().update()

    def sizeHint(self) -> QSize:
        return QSize(800, 480)

    def _mirrored(self) -> bool:
        """Right to left (Arabic, Hebrew...): time runs from right to left."""
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _logical(self, pos: QPointF) -> QPointF:
        """A viewport position in the left-to-right coordinates everything is laid out in."""
        if self._mirrored():
            return QPointF(self.viewport().width() - pos.x(), pos.y())
        return QPointF(pos)

    def _text(self, p: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, text: str) -> None:
        draw_unmirrored_text(p, self._mirrored(), rect, flags, text)

    def _icon(self, p: QPainter, status: BookingStatus, rect: QRectF, colour: QColor) -> None:
        draw_unmirrored_icon(p, self._mirrored(), status, rect, colour)

    def _slot_x(self, slot: int) -> float:
        """Left edge of ``slot`` in viewport coordinates."""
        return self._name_w + slot * self._slot_w - self.horizontalScrollBar().value()

    def _row_y(self, row: int) -> float:
        return self._header_h + row * self.row_height() - self.verticalScrollBar().value()

    def _time_x(self, t: float) -> float:
        """Content x (without scrolling and name column) of the instant ``t`` (timestamp)."""
        starts, ends = self._slot_starts, self._slot_ends
        i = bisect_right(starts, t) - 1
        if i < 0:
            return 0.0
        if t >= ends[i]:
            return (i + 1) * self._slot_w
        span = ends[i] - starts[i] or 1.0
        return (i + (t - starts[i]) / span) * self._slot_w

    def _blocks(self, row: int) -> list[tuple[float, float, Any]]:
        """(x0, x1, booking) of a row's bookings, in content x; computed when first drawn."""
        cached = self._geometry.get(row)
        if cached is not None:
            return cached
        out = []
        item = self._items[row]
        for booking in self._by_item.get(item.id, ()):
            x0 = self._time_x(booking.starts_at.timestamp())
            x1 = self._time_x(booking.ends_at.timestamp())
            if x1 <= x0:
                continue  # outside the hours shown
            out.append((x0, max(x1, x0 + 3), booking))
        self._geometry[row] = out
        return out

    def booking_at_cell(self, cell: Cell) -> Any | None:
        """The (visible) booking covering the slot of ``cell``, active ones first."""
        if not self._items or not (0 <= cell.slot < self.slot_count()):
            return None
        lo, hi = self._slot_starts[cell.slot], self._slot_ends[cell.slot]
        found = None
        for booking in self._by_item.get(self._items[cell.row].id, ()):
            if not self._visible(booking):
                continue
            if booking.starts_at.timestamp() < hi and booking.ends_at.timestamp() > lo:
                if booking.status in ACTIVE:
                    return booking
                found = found or booking
        return found

    def _cell_at(self, pos: QPointF, clamp: bool = False) -> Cell | None:
        x = pos.x() - self._name_w + self.horizontalScrollBar().value()
        y = pos.y() - self._header_h + self.verticalScrollBar().value()
        if not self._items or self.slot_count() == 0:
            return None
        row = int(y // self.row_height())
        slot = int(x // self._slot_w)
        if clamp:
            row = max(0, min(len(self._items) - 1, row))
            slot = max(0, min(self.slot_count() - 1, slot))
        elif not (0 <= row < len(self._items) and 0 <= slot < self.slot_count()) or (
            pos.x() < self._name_w or pos.y() < self._header_h
        ):
            return None
        return Cell(row, slot)

    def _booking_at_pos(self, pos: QPointF) -> Any | None:
        cell = self._cell_at(pos)
        if cell is None:
            return None
        x = pos.x() - self._name_w + self.horizontalScrollBar().value()
        hit = None
        for x0, x1, booking in self._blocks(cell.row):
            if x0 <= x < x1 and self._visible(booking):
                hit = booking  # the last drawn is on top
        return hit

    # --- the cursor -----------------------------------------------------------------------

    @property
    def cursor_cell(self) -> Cell:
        return self._cursor

    def selection(self) -> tuple[int, int]:
        """First and last selected slot (inclusive) on the cursor's row."""
        return min(self._anchor_slot, self._cursor.slot), max(self._anchor_slot, self._cursor.slot)

    def current_item(self) -> Any | None:
        if 0 <= self._cursor.row < len(self._items):
            return self._items[self._cursor.row]
        return None

    def current_item_id(self) -> int | None:
        item = self.current_item()
        return item.id if item is not None else None

    def current_booking(self) -> Any | None:
        """The booking under the cursor (when a single cell is selected)."""
        first, last = self.selection()
        return self.booking_at_cell(self._cursor) if first == last else None

    def selected_range(self) -> tuple[Any, dt.datetime, dt.datetime] | None:
        item = self.current_item()
        if item is None or self.slot_count() == 0:
            return None
        start, end = self.slot_range(*self.selection())
        return item, start, end

    def set_cursor(self, row: int, slot: int, extend: bool = False) -> None:
        if not self._items or self.slot_count() == 0:
            return
        row = max(0, min(len(self._items) - 1, row))
        slot = max(0, min(self.slot_count() - 1, slot))
        self._cursor = Cell(row, slot)
        if not extend:
            self._anchor_slot = slot
        self._cursor_placed = True
        self._ensure_visible(self._cursor)
        self.viewport().update()
        self._cursor_moved()

    def select_item(self, item_id: int) -> bool:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                first, last = self.selection()
                self._cursor = Cell(row, self._cursor.slot)
                self._anchor_slot = first if self._cursor.slot == last else last
                self._ensure_visible(self._cursor)
                self.viewport().update()
                self._cursor_moved()
                return True
        return False

    def _ensure_visible(self, cell: Cell) -> None:
        rh = self.row_height()
        v = self.verticalScrollBar()
        top = cell.row * rh
        visible_h = self.viewport().height() - self._header_h
        if top < v.value():
            v.setValue(round(top))
        elif top + rh > v.value() + visible_h:
            v.setValue(round(top + rh - visible_h))
        h = self.horizontalScrollBar()
        left = cell.slot * self._slot_w
        visible_w = self.viewport().width() - self._name_w
        if left < h.value():
            h.setValue(round(left))
        elif left + self._slot_w > h.value() + visible_w:
            h.setValue(round(left + self._slot_w - visible_w))

    def _fmt_time(self, moment: dt.datetime) -> str:
        local = moment.astimezone(self._tz)
        return self._locale.toString(QTime(local.hour, local.minute),
                                     QLocale.FormatType.ShortFormat)

    def _fmt_day(self, moment: dt.datetime | dt.date) -> str:
        day = moment.astimezone(self._tz).date() if isinstance(moment, dt.datetime) else moment
        return self._locale.toString(QDate(day.year, day.month, day.day), day_format(self._locale))

    def describe_booking(self, booking: Any) -> str:
        """The booking in words: status, who, when (for tooltips and screen readers)."""
        return self.tr("%1: %2, %3–%4, %5").replace("%1", status_word(booking.status)).replace(
            "%2", booking.participant).replace("%3", self._fmt_time(booking.starts_at)).replace(
            "%4", self._fmt_time(booking.ends_at)).replace("%5", booking.equipment)

    def cursor_text(self) -> str:
        """Where the cursor is, in words: the item, the day and times, and what is there."""
        item = self.current_item()
        if item is None or self.slot_count() == 0:
            return self.tr("No items to show")
        start, end = self.slot_range(*self.selection())
        when = self.tr("%1, %2–%3").replace("%1", self._fmt_day(start)).replace(
            "%2", self._fmt_time(start)).replace("%3", self._fmt_time(end))
        booking = self.current_booking()
        if booking is not None:
            what = self.tr("%1 by %2, %3–%4").replace("%1", status_word(booking.status)).replace(
                "%2", booking.participant).replace("%3", self._fmt_time(booking.starts_at)).replace(
                "%4", self._fmt_time(booking.ends_at))
        elif self._range_has_active(item.id, start, end):
            what = self.tr("partly booked")
        elif self._now is not None and end <= self._now:
            what = self.tr("past")
        else:
            what = self.tr("free")
        return f"{item.name} · {when} · {what}"

    def _range_has_active(self, item_id: int, start: dt.datetime, end: dt.datetime) -> bool:
        return any(b.status in ACTIVE and b.starts_at < end and b.ends_at > start
                   for b in self._by_item.get(item_id, ()))

    def _cursor_moved(self) -> None:
        text = self.cursor_text()
        self.setAccessibleDescription(text)
        if self.hasFocus():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
        self.cursor_changed.emit()

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            super().keyPressEvent(event)
            return
        row, slot = self._cursor.row, self._cursor.slot
        day_index = slot // max(1, self._slots_per_day)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            # The arrow's way on screen: earlier is to the right when mirrored.
            step = -1 if (key == Qt.Key.Key_Left) != self._mirrored() else 1
            self.set_cursor(row, slot + step, extend=shift)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if shift:  # the same time range, on the item above or below
                anchor = self._anchor_slot
                self.set_cursor(row + step, slot)
                self._anchor_slot = anchor
                self.viewport().update()
                self._cursor_moved()
            else:
                self.set_cursor(row + step, slot)
        elif key == Qt.Key.Key_Home:
            self.set_cursor(row, day_index * self._slots_per_day, extend=shift)
        elif key == Qt.Key.Key_End:
            self.set_cursor(row, (day_index + 1) * self._slots_per_day - 1, extend=shift)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
        elif key == Qt.Key.Key_Escape and self.selection()[0] != self.selection()[1]:
            self.set_cursor(row, slot)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def activate(self) -> None:
        """Enter: open the booking under the cursor, or ask to book the selected range."""
        booking = self.current_booking()
        if booking is not None:
            self.booking_activated.emit(booking)
            return
        chosen = self.selected_range()
        if chosen is not None:
            item, start, end = chosen
            self.range_activated.emit(item.id, start, end)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # --- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        cell = self._cell_at(self._logical(event.position()))
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if cell is None:
            return
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier) and (
            cell.row == self._cursor.row)
        self.set_cursor(cell.row, cell.slot, extend=extend)
        self._drag_from = Cell(cell.row, self._anchor_slot)
        self._dragged = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self._logical(event.position())
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            cell = self._cell_at(pos, clamp=True)
            if cell is not None and cell.slot != self._cursor.slot:
                self._dragged = True
                self._cursor = Cell(self._drag_from.row, cell.slot)
                self._anchor_slot = self._drag_from.slot
                self._ensure_visible(self._cursor)
                self.viewport().update()
                self._cursor_moved()
            return
        booking = self._booking_at_pos(pos)
        if booking is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe_booking(booking),
                              self.viewport())
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag_from is not None:
            dragged = self._dragged
            self._drag_from = None
            self._dragged = False
            if dragged:
                chosen = self.selected_range()
                if chosen is not None:
                    item, start, end = chosen
                    self.range_activated.emit(item.id, start, end)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = self._logical(event.position())
        booking = self._booking_at_pos(pos)
        if booking is not None:
            self.booking_activated.emit(booking)
            return
        cell = self._cell_at(pos)
        if cell is not None:
            self.set_cursor(cell.row, cell.slot)
            self.activate()

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        width = self.viewport().width()
        if self._mirrored():
            # Right to left: time runs leftwards and the names sit on the right. Everything is
            # drawn in left-to-right coordinates through a mirror; text and icons are drawn
            # unmirrored (``_text``, ``_icon``).
            p.translate(width, 0)
            p.scale(-1, 1)
        pal = self.palette()
        role = QPalette.ColorRole
        base = pal.color(role.Base)
        window = pal.color(role.Window)
        text = pal.color(role.Text)
        muted = theme.muted_text(pal)
        grid = theme.blend(base, text, 0.10)
        grid_strong = theme.blend(base, text, 0.30)
        alt = pal.color(role.AlternateBase)
        width = self.viewport().width()
        height = self.viewport().height()
        p.fillRect(0, 0, width, height, base)

        rh = self.row_height()
        sw = self._slot_w
        n_slots = self.slot_count()
        hx = self.horizontalScrollBar().value()
        vy = self.verticalScrollBar().value()
        name_w = self._name_w
        header_h = self._header_h
        first_row = max(0, int(vy // rh))
        last_row = min(len(self._items) - 1, int((vy + height - header_h) // rh))
        first_slot = max(0, int(hx // sw))
        last_slot = min(n_slots - 1, int((hx + width - name_w) // sw) + 1)
        now_x = None
        if self._now is not None and self._slot_starts:
            t = self._now.timestamp()
            if self._slot_starts[0] <= t < self._slot_ends[-1]:
                now_x = name_w + self._time_x(t) - hx

        # The grid: rows, past time shaded, hours and days.
        p.save()
        p.setClipRect(QRectF(name_w, header_h, width - name_w, height - header_h))
        for row in range(first_row, last_row + 1):
            y = header_h + row * rh - vy
            item = self._items[row]
            if item.status is not EquipmentStatus.AVAILABLE:
                p.fillRect(QRectF(name_w, y, width - name_w, rh),
                           QBrush(theme.blend(base, text, 0.12), Qt.BrushStyle.BDiagPattern))
            elif row % 2:
                p.fillRect(QRectF(name_w, y, width - name_w, rh), alt)
        if now_x is not None and now_x > name_w:
            past = QColor(text)
            past.setAlphaF(0.05)
            p.fillRect(QRectF(name_w, header_h, now_x - name_w, height - header_h), past)
        elif self._now is not None and self._slot_ends and self._now.timestamp() >= self._slot_ends[-1]:
            past = QColor(text)
            past.setAlphaF(0.05)
            p.fillRect(QRectF(name_w, header_h, width - name_w, height - header_h), past)
        per_day = max(1, self._slots_per_day)
        for slot in range(first_slot, last_slot + 1):
            x = round(name_w + slot * sw - hx) + 0.5
            if slot % per_day == 0:
                p.setPen(QPen(grid_strong, 1))
            elif slot % 2 == 0 and (not self.is_week() or sw * 2 >= 10):
                p.setPen(QPen(grid, 1))
            else:
                continue
            p.drawLine(QPointF(x, header_h), QPointF(x, height))
        p.setPen(QPen(grid, 1))
        for row in range(first_row, last_row + 2):
            y = round(header_h + row * rh - vy) + 0.5
            p.drawLine(QPointF(name_w, y), QPointF(width, y))

        # The selection: filled and outlined under the blocks (so their text stays whole),
        # and a bar along the bottom of the row, in the gap under the blocks, on top.
        if self._items and n_slots:
            first, last = self.selection()
            sel = QRectF(name_w + first * sw - hx, header_h + self._cursor.row * rh - vy,
                         (last - first + 1) * sw, rh)
            accent = pal.color(role.Highlight)
            highlight = QColor(accent)
            highlight.setAlphaF(0.22 if self.hasFocus() else 0.12)
            p.fillRect(sel, highlight)
            pen = QPen(accent, 2.5 if self.hasFocus() else 1.5)
            if not self.hasFocus():
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(sel.adjusted(1, 1, -1, -1))

        # The blocks (the one under the cursor outlined).
        self._paint_blocks(p, first_row, last_row, hx, vy, width, pal)

        if self._items and n_slots:
            p.fillRect(QRectF(sel.left(), sel.bottom() - 3, sel.width(), 3), accent)

        # The now line.
        now_colour = QColor("#d32f2f") if not theme.is_dark(pal) else QColor("#ff8a80")
        if now_x is not None and now_x >= name_w:
            p.setPen(QPen(now_colour, 2))
            p.drawLine(QPointF(now_x, header_h), QPointF(now_x, height))
        p.restore()

        # The names on the left.
        p.save()
        p.setClipRect(QRectF(0, header_h, name_w, height - header_h))
        p.fillRect(QRectF(0, header_h, name_w, height - header_h), window)
        for row in range(first_row, last_row + 1):
            y = header_h + row * rh - vy
            self._paint_name(p, row, QRectF(0, y, name_w, rh), text, muted)
        p.setPen(QPen(grid, 1))
        for row in range(first_row, last_row + 2):
            y = round(header_h + row * rh - vy) + 0.5
            p.drawLine(QPointF(0, y), QPointF(name_w, y))
        p.restore()

        # The times on top.
        p.save()
        p.fillRect(QRectF(0, 0, width, header_h), window)
        p.setClipRect(QRectF(name_w, 0, width - name_w, header_h))
        self._paint_header(p, first_slot, last_slot, hx, text, muted, grid_strong)
        if now_x is not None and now_x >= name_w:
            p.setPen(QPen(now_colour, 2))
            p.drawLine(QPointF(now_x, header_h - 8), QPointF(now_x, header_h))
        p.restore()
        p.setPen(QPen(grid_strong, 1))
        p.drawLine(QPointF(0, header_h - 0.5), QPointF(width, header_h - 0.5))
        p.drawLine(QPointF(name_w - 0.5, 0), QPointF(name_w - 0.5, height))
        p.setFont(self._bold)
        p.setPen(muted)
        self._text(p, QRectF(10, 0, name_w - 16, header_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("Item"))
        p.end()

    def _paint_name(self, p: QPainter, row: int, rect: QRectF, text: QColor, muted: QColor) -> None:
        item = self._items[row]
        inner = rect.adjusted(10, 0, -8, 0)
        cursor_row = row == self._cursor.row
        p.setFont(self._bold if cursor_row else self._small)
        fm = self._fm_bold if cursor_row else self._fm_small
        detail = item.category
        if item.status is EquipmentStatus.OUT_OF_SERVICE:
            detail = self.tr("Out of service")
        elif item.status is EquipmentStatus.RETIRED:
            detail = self.tr("Retired")
        if self.is_week():
            room = inner.width()
            if item.status is not EquipmentStatus.AVAILABLE:
                # The item's state stays readable: the name gives way first.
                note = self._fm_small.elidedText(detail, Qt.TextElideMode.ElideRight, room * 0.5)
                note_w = self._fm_small.horizontalAdvance(note)
                p.setFont(self._small)
                p.setPen(muted)
                self._text(p, inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, note)
                room -= note_w + 6
                p.setFont(self._bold if cursor_row else self._small)
            p.setPen(text)
            self._text(p, QRectF(inner.left(), inner.top(), room, inner.height()),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(item.name, Qt.TextElideMode.ElideRight, room))
        else:
            half = rect.height() / 2
            top = QRectF(inner.left(), rect.top() + 4, inner.width(), half - 2)
            bottom = QRectF(inner.left(), rect.top() + half, inner.width(), half - 4)
            p.setPen(text)
            self._text(p, top, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(item.name, Qt.TextElideMode.ElideRight, inner.width()))
            p.setFont(self._small)
            p.setPen(muted)
            self._text(p, bottom, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                       self._fm_small.elidedText(detail, Qt.TextElideMode.ElideRight, inner.width()))
        if cursor_row:
            p.fillRect(QRectF(rect.left(), rect.top() + 3, 3, rect.height() - 6),
                       self.palette().color(QPalette.ColorRole.Highlight))

    def _paint_header(self, p: QPainter, first_slot: int, last_slot: int, hx: float,
                      text: QColor, muted: QColor, grid: QColor) -> None:
        per_day = max(1, self._slots_per_day)
        sw = self._slot_w
        name_w = self._name_w
        line = self._fm.height()
        day_top = QRectF(0, 4, 0, line + 2)
        hour_y = 6 + line
        # Day names (week view) or the date (day view), per visible day.
        first_day = first_slot // per_day
        last_day = min(len(self._days) - 1, last_slot // per_day)
        today = self._now.astimezone(self._tz).date() if self._now is not None else None
        for d in range(first_day, last_day + 1):
            x0 = name_w + d * per_day * sw - hx
            rect = QRectF(x0 + 6, day_top.top(), per_day * sw - 10, day_top.height())
            day = self._days[d]
            label = self._locale.toString(QDate(day.year, day.month, day.day),
                                          day_format(self._locale, short=self.is_week()))
            if day == today:
                p.fillRect(QRectF(x0, 0, per_day * sw, self._header_h),
                           theme.blend(self.palette().color(QPalette.ColorRole.Window),
                                       self.palette().color(QPalette.ColorRole.Highlight), 0.12))
                marked = self.tr("%1 (today)").replace("%1", label)
                if self._fm_bold.horizontalAdvance(marked) <= rect.width():
                    label = marked
            p.setFont(self._bold)
            p.setPen(text)
            self._text(p, rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self._fm_bold.elidedText(label, Qt.TextElideMode.ElideRight, rect.width()))
            if d > 0:
                p.setPen(QPen(grid, 1))
                p.drawLine(QPointF(round(x0) + 0.5, 0), QPointF(round(x0) + 0.5, self._header_h))
        # Hour labels, as often as they fit.
        p.setFont(self._small)
        sample = self._locale.toString(QTime(20, 0), QLocale.FormatType.ShortFormat)
        label_w = self._fm_small.horizontalAdvance(sample) + 8
        hour_w = sw * 2
        every = 1
        for candidate in (1, 2, 3, 4, 6, 12):
            every = candidate
            if candidate * hour_w >= label_w:
                break
        first_hour = self._hours[0]
        p.setPen(muted)
        for slot in range(first_slot - first_slot % 2, last_slot + 1, 2):
            in_day = slot % per_day
            hour = first_hour + in_day // 2
            if hour % every:
                continue
            if in_day == 0 and self.is_week() and every > 1:
                continue  # the day line marks it
            x = name_w + slot * sw - hx
            if self.is_week() and (per_day - in_day) * sw < label_w:
                continue  # too close to the next day's line
            label = self._locale.toString(QTime(hour % 24, 0), QLocale.FormatType.ShortFormat)
            self._text(p, QRectF(x + 3, hour_y, label_w, self._header_h - hour_y - 2),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            p.drawLine(QPointF(round(x) + 0.5, self._header_h - 5),
                       QPointF(round(x) + 0.5, self._header_h))

    def _paint_blocks(self, p: QPainter, first_row: int, last_row: int, hx: float, vy: float,
                      width: float, pal: QPalette) -> None:
        rh = self.row_height()
        name_w = self._name_w
        header_h = self._header_h
        text = pal.color(QPalette.ColorRole.Text)
        week = self.is_week()
        fills = block_fills(pal)
        borders = {s: status_colour(s, pal) for s in BookingStatus}
        left_edge = hx - 4
        right_edge = hx + width - name_w + 4
        cursor_booking = self.current_booking()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for row in range(first_row, last_row + 1):
            y = header_h + row * rh - vy
            for x0, x1, booking in self._blocks(row):
                if x1 < left_edge or x0 > right_edge or not self._visible(booking):
                    continue
                status = booking.status
                rect = QRectF(name_w + x0 - hx + 1, y + 3, x1 - x0 - 2, rh - 6)
                if rect.width() < 2:
                    rect.setWidth(2)
                border = borders[status]
                p.setBrush(fills[status])
                pen = QPen(border, 1)
                if status is BookingStatus.CANCELLED:
                    pen.setStyle(Qt.PenStyle.DashLine)
                    p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(pen)
                p.drawRect(rect)
                if status is BookingStatus.NO_SHOW:
                    hatch = QColor(border)
                    hatch.setAlphaF(0.35)
                    p.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
                # A strong edge on the left: where the booking starts.
                p.fillRect(QRectF(rect.left(), rect.top(), min(3.0, rect.width()), rect.height()),
                           border)
                if booking is cursor_booking:
                    p.setPen(QPen(text, 2.5 if self.hasFocus() else 1.5))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(rect.adjusted(1, 1, -1, -1))
                self._paint_block_text(p, booking, rect, border, text, week)

    def _paint_block_text(self, p: QPainter, booking: Any, rect: QRectF, colour: QColor,
                          text: QColor, week: bool) -> None:
        icon = min(14.0, rect.height() - 6)
        inner = rect.adjusted(5, 2, -3, -2)
        if inner.width() < icon:
            return
        if week:
            icon_rect = QRectF(inner.left(), rect.center().y() - icon / 2, icon, icon)
            self._icon(p, booking.status, icon_rect, colour)
            room = inner.width() - icon - 4
            if room < 24:
                return
            words = status_word(booking.status)
            full = f"{words} · {booking.participant}"
            label = full if self._fm_small.horizontalAdvance(full) <= room else booking.participant
            p.setFont(self._small)
            p.setPen(text)
            self._text(p, QRectF(inner.left() + icon + 4, inner.top(), room, inner.height()),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       self._fm_small.elidedText(label, Qt.TextElideMode.ElideRight, room))
            return
        # Day view, two lines: the icon and who; then the status in words and the times.
        half = rect.height() / 2
        icon_rect = QRectF(inner.left(), rect.top() + half / 2 - icon / 2 + 2, icon, icon)
        self._icon(p, booking.status, icon_rect, colour)
        room = inner.width() - icon - 4
        p.setPen(text)
        if room >= 10:
            p.setFont(self._bold)
            top = QRectF(inner.left() + icon + 4, rect.top() + 2, room, half - 1)
            self._text(p, top, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       self._fm_bold.elidedText(booking.participant, Qt.TextElideMode.ElideRight,
                                                room))
        word = status_word(booking.status)
        times = f"{self._fmt_time(booking.starts_at)}–{self._fmt_time(booking.ends_at)}"
        line = f"{word} · {times}"
        fm = self._fm_small
        if fm.horizontalAdvance(line) > inner.width():
            line = word if fm.horizontalAdvance(word) <= inner.width() else ""
        if line:
            p.setFont(self._small)
            bottom = QRectF(inner.left(), rect.top() + half, inner.width(), half - 2)
            self._text(p, bottom, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, line)


class StatusLegend(QWidget):
    """The status icons with their words, so the icons in narrow blocks can be read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingsLegend")
        statuses = [BookingStatus.BOOKED, BookingStatus.CHECKED_IN, BookingStatus.COMPLETED,
                    BookingStatus.NO_SHOW, BookingStatus.CANCELLED]
        self._statuses = statuses
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(", ".join(status_word(s) for s in statuses))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _entries(self) -> list[tuple[BookingStatus, str, float]]:
        fm = QFontMetricsF(self.font())
        return [(s, status_word(s), fm.horizontalAdvance(status_word(s))) for s in self._statuses]

    def sizeHint(self) -> QSize:
        fm = QFontMetricsF(self.font())
        width = sum(22 + w + 18 for _s, _t, w in self._entries())
        return QSize(round(width), round(fm.height() + 8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        mirrored = self.isRightToLeft()
        if mirrored:
            p.translate(self.width(), 0)
            p.scale(-1, 1)
        pal = self.palette()
        fills = block_fills(pal)
        text = pal.color(QPalette.ColorRole.WindowText)
        h = self.height()
        x = 0.0
        for status, word, w in self._entries():
            colour = status_colour(status, pal)
            box = QRectF(x, (h - 16) / 2, 16, 16)
            if status is BookingStatus.CANCELLED:
                pen = QPen(colour, 1)
                pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
            else:
                p.setPen(QPen(colour, 1))
                p.setBrush(fills[status])
            p.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
            if status is BookingStatus.NO_SHOW:
                hatch = QColor(colour)
                hatch.setAlphaF(0.35)
                p.fillRect(box.adjusted(1, 1, -1, -1), QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            draw_unmirrored_icon(p, mirrored, status, box.adjusted(2, 2, -2, -2), colour)
            p.setPen(text)
            draw_unmirrored_text(p, mirrored, QRectF(x + 22, 0, w + 4, h),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, word)
            x += 22 + w + 18
        p.end()
