"""The timeline widget on its own: plain rows in, cursor, selection and signals out."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt

from makerspace_app.domain.enums import BookingStatus, EquipmentStatus
from makerspace_app.services.bookings import BookingRow
from makerspace_app.services.equipment import ItemRow
from makerspace_app.ui.widgets.timeline import StatusLegend, TimelineWidget

TZ = ZoneInfo("Europe/London")
DAY = dt.date(2030, 3, 5)  # a Tuesday
NOW = dt.datetime(2030, 3, 4, 12, 0, tzinfo=dt.UTC)  # the day before: all in future


def _item(item_id: int, name: str, status: EquipmentStatus = EquipmentStatus.AVAILABLE) -> ItemRow:
    return ItemRow(item_id, f"TAG-{item_id}", name, "", 1, "Laser cutter", None, "", status, "",
                   False)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ).astimezone(
        dt.UTC)


def _booking(booking_id: int, item_id: int, start: dt.datetime, end: dt.datetime,
             status: BookingStatus = BookingStatus.BOOKED, who: str = "Ana Lima") -> BookingRow:
    return BookingRow(booking_id, item_id, f"Item {item_id}", f"TAG-{item_id}", 7, who,
                      "ABCD2345", start, end, status, None, "")


@pytest.fixture
def timeline(qtbot):
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    qtbot.waitExposed(widget)
    items = [_item(1, "Laser cutter 1"), _item(2, "Laser cutter 2"),
             _item(3, "Laser cutter 3", EquipmentStatus.OUT_OF_SERVICE)]
    bookings = [
        _booking(10, 1, _at(DAY, 10), _at(DAY, 11, 30)),
        _booking(11, 2, _at(DAY, 14), _at(DAY, 15), BookingStatus.CHECKED_IN, "Bo Chen"),
        _booking(12, 2, _at(DAY, 9), _at(DAY, 10), BookingStatus.CANCELLED, "Cy Dee"),
        _booking(13, 99, _at(DAY, 9), _at(DAY, 10)),  # an item not shown: left out
    ]
    widget.set_data(items, bookings, [DAY], TZ, NOW)
    widget.setFocus()
    return widget


def test_rows_slots_and_accessible_names(timeline):
    assert [i.name for i in timeline.items()] == ["Laser cutter 1", "Laser cutter 2",
                                                 "Laser cutter 3"]
    assert timeline.hours() == (8, 20)
    assert timeline.slot_count() == 24
    assert timeline.accessibleName()
    assert timeline.bookings_of(99) == []
    assert [b.id for b in timeline.bookings_of(2)] == [11]  # cancelled hidden by default
    timeline.set_show_cancelled(True)
    assert {b.id for b in timeline.bookings_of(2)} == {11, 12}


def test_arrows_move_the_cursor_and_enter_asks_to_book_the_free_range(timeline, qtbot):
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    for _ in range(4):
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.cursor_cell.row == 1
    assert timeline.selection() == (4, 5)
    assert "free" in timeline.cursor_text()
    assert "Laser cutter 2" in timeline.cursor_text()
    with qtbot.waitSignal(timeline.range_activated) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    item_id, start, end = blocker.args
    assert (item_id, start, end) == (2, _at(DAY, 10), _at(DAY, 11))
    assert timeline.accessibleDescription() == timeline.cursor_text()


def test_enter_on_a_block_opens_it_and_says_its_status(timeline, qtbot):
    timeline.set_cursor(0, 4)  # 10:00 on Laser cutter 1
    assert timeline.current_booking().id == 10
    text = timeline.cursor_text()
    assert "Booked by Ana Lima" in text
    with qtbot.waitSignal(timeline.booking_activated) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert blocker.args[0].id == 10
    timeline.set_cursor(1, 12)  # 14:00 on Laser cutter 2
    assert "Checked in by Bo Chen" in timeline.cursor_text()


def test_shift_up_down_keep_the_range_and_home_end_stay_in_the_day(timeline, qtbot):
    timeline.set_cursor(0, 2)
    timeline.set_cursor(0, 5, extend=True)
    qtbot.keyClick(timeline, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert (timeline.cursor_cell.row, timeline.selection()) == (1, (2, 5))
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.selection() == (23, 23)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)  # the edge holds
    assert timeline.selection() == (23, 23)


def test_a_mouse_drag_along_a_row_asks_to_book_it(timeline, qtbot):
    view = timeline.viewport()
    y = round(timeline._header_h + timeline.row_height() * 1.5)
    x0 = round(timeline._name_w + timeline.slot_width() * 2.5)
    x1 = round(timeline._name_w + timeline.slot_width() * 5.5)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(x0, y))
    qtbot.mouseMove(view, QPoint(x1, y))
    with qtbot.waitSignal(timeline.range_activated) as blocker:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(x1, y))
    assert blocker.args == [2, _at(DAY, 9), _at(DAY, 11)]


def test_week_view_and_hours_that_follow_the_bookings(qtbot):
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(1200, 300)
    monday = DAY - dt.timedelta(days=DAY.weekday())
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    late = _booking(1, 1, _at(days[4], 20), _at(days[4], 21, 30), BookingStatus.NO_SHOW)
    widget.set_data([_item(1, "Lathe")], [late], days, TZ, NOW)
    assert widget.is_week()
    assert widget.hours() == (8, 22)
    assert widget.slot_count() == 7 * 28
    widget.set_cursor(0, 4 * 28 + 24)  # Friday 20:00
    assert "No-show by Ana Lima" in widget.cursor_text()
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.grab().isNull()


def test_painting_both_views_and_the_legend(timeline, qtbot):
    assert not timeline.grab().isNull()
    legend = StatusLegend()
    qtbot.addWidget(legend)
    assert "No-show" in legend.accessibleDescription()
    assert not legend.grab().isNull()


@pytest.fixture
def right_to_left(qapp):
    """The application laid out right to left, as for an Arabic interface."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_right_to_left_mirrors_the_grid_and_keeps_mouse_and_keys_right(right_to_left, timeline,
                                                                       qtbot):
    from PySide6.QtGui import QColor, QPalette

    assert timeline.isRightToLeft()
    view = timeline.viewport()
    width = view.width()
    sw, name_w = timeline.slot_width(), timeline._name_w
    row_h, header_h = timeline.row_height(), timeline._header_h

    def screen_x(logical_x: float) -> int:  # where a left-to-right x is drawn, mirrored
        return round(width - logical_x)

    # Drawn mirrored: the names on the right, Bo's check-in starting at its right edge.
    image = view.grab().toImage()
    pal = timeline.palette()
    mid_row0 = round(header_h + row_h * 0.5)
    assert image.pixelColor(width - 4, mid_row0) == pal.color(QPalette.ColorRole.Window)
    assert image.pixelColor(4, mid_row0) != pal.color(QPalette.ColorRole.Window)
    from makerspace_app.ui.widgets.timeline import status_colour

    edge = status_colour(BookingStatus.CHECKED_IN, pal)
    start_edge_x = name_w + 12 * sw + 2.5  # 14:00, inside the 3-pixel start edge
    mid_row1 = round(header_h + row_h * 1.5)
    assert image.pixelColor(screen_x(start_edge_x), mid_row1) == QColor(edge)
    assert image.pixelColor(round(start_edge_x), mid_row1) != QColor(edge)

    # A drag from 09:00 to 11:00 on the second row, in screen positions, books what it shows.
    y = round(header_h + row_h * 1.5)
    x0 = screen_x(name_w + sw * 2.5)
    x1 = screen_x(name_w + sw * 5.5)
    assert x1 < x0  # later is further left
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(x0, y))
    qtbot.mouseMove(view, QPoint(x1, y))
    with qtbot.waitSignal(timeline.range_activated) as blocker:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(x1, y))
    assert blocker.args == [2, _at(DAY, 9), _at(DAY, 11)]

    # A double-click on Ana's block (10:00–11:30, first row) opens it.
    with qtbot.waitSignal(timeline.booking_activated) as opened:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton,
                          pos=QPoint(screen_x(name_w + sw * 5), mid_row0))
    assert opened.args[0].id == 10

    # The arrows go the way they point: Left is later, Right is earlier.
    timeline.set_cursor(0, 4)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.cursor_cell.slot == 5
    qtbot.keyClick(timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.selection() == (5, 6)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selection() == (5, 5)
    assert "Booked by Ana Lima" in timeline.cursor_text()
    legend = StatusLegend()
    qtbot.addWidget(legend)
    assert legend.isRightToLeft() and not legend.grab().isNull()
