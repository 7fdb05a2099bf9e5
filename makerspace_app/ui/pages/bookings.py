"""Bookings: every item on a timeline, a day or a week at a time, with its bookings.

The front desk picks a free range (arrow keys, Shift+arrows, or a mouse drag) and presses
Enter to book it; Enter on a booking opens it (notes, check in or out, move, cancel).
Previous/next with Alt+Left/Right or Page Up/Down, T for today, D and W for the day and week
views, N for a new booking, R for a recurring one (its dates checked before anything is saved). Times are in the makerspace's time zone, written the way the user's locale writes
them.

A load is one unit of work with two queries that matter: the items and the bookings of the
period (``bookings_between``). Space and category filters work on what was loaded.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.clock import local_to_utc, utc_now
from makerspace_app.domain.enums import BookingStatus
from makerspace_app.ui import theme
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.booking_details import BookingDetailsDialog
from makerspace_app.ui.dialogs.new_booking import NewBookingDialog
from makerspace_app.ui.dialogs.recurring_booking import RecurringBookingDialog
from makerspace_app.ui.errors import translate_error
from makerspace_app.ui.pages.base import AreaPage
from makerspace_app.ui.widgets.empty_state import EmptyState
from makerspace_app.ui.widgets.message import InlineMessage
from makerspace_app.ui.widgets.timeline import StatusLegend, TimelineWidget

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from makerspace_app.services.bookings import BookingRow

log = logging.getLogger(__name__)
DAY = "day"
WEEK = "week"
NOW_TICK_MS = 60_000


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class BookingsPage(AreaPage):
    """``load_day(day)`` and ``load_week(monday)`` show a period (one load each)."""

    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self._mode = DAY
        self._day: dt.date | None = None  # the day shown, or any day of the week shown
        self._tz: ZoneInfo | None = None
        self._items: list[Any] = []
        self._bookings: list[BookingRow] = []
        self._now: dt.datetime | None = None
        self._loaded = False
        self.active_dialog: NewBookingDialog | BookingDetailsDialog | None = None

        # Row 1: the period.
        self.prev_button = QPushButton(self.tr("Previous"), self)
        self.prev_button.setObjectName("previousPeriod")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setObjectName("todayButton")
        self.today_button.setAccessibleName(self.tr("Today (T)"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("nextPeriod")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        self.period_label.setAccessibleName(self.tr("Period shown"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("goToDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.setAccessibleName(self.tr("Go to date"))
        self.date_edit.setToolTip(self.tr("Go to date"))
        self.date_edit.dateChanged.connect(self._date_chosen)
        self.day_button = QToolButton(self)
        self.day_button.setText(self.tr("Day"))
        self.day_button.setCheckable(True)
        self.day_button.setAccessibleName(self.tr("Day view (D)"))
        self.day_button.setToolTip(self.tr("One day (D)"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        self.week_button.setCheckable(True)
        self.week_button.setAccessibleName(self.tr("Week view (W)"))
        self.week_button.setToolTip(self.tr("Monday to Sunday (W)"))
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        self.view_group.addButton(self.day_button)
        self.view_group.addButton(self.week_button)
        self.day_button.setChecked(True)
        self.day_button.clicked.connect(lambda: self.set_mode(DAY))
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        for button in (self.prev_button, self.today_button, self.next_button, self.day_button,
                       self.week_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the timeline focused

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.prev_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.date_edit)
        top.addSpacing(8)
        top.addWidget(self.day_button)
        top.addWidget(self.week_button)

        # Row 2: filters, legend, new booking.
        self.space_combo = QComboBox(self)
        self.space_combo.setObjectName("spaceFilter")
        self.space_combo.setAccessibleName(self.tr("Space"))
        self.space_combo.setMinimumContentsLength(12)
        self.space_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.space_combo.currentIndexChanged.connect(self._filter_changed)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.setAccessibleName(self.tr("Equipment category"))
        self.category_combo.setMinimumContentsLength(12)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.currentIndexChanged.connect(self._filter_changed)
        self.cancelled_check = QCheckBox(self.tr("Show cancelled"), self)
        self.cancelled_check.setAccessibleName(self.tr("Show cancelled bookings"))
        self.cancelled_check.toggled.connect(self._cancelled_toggled)
        self.legend = StatusLegend(self)
        self.new_button = QPushButton(self.tr("New booking (N)"), self)
        self.new_button.setObjectName("newBooking")
        self.new_button.setAccessibleName(self.tr("New booking (N)"))
        self.new_button.clicked.connect(self.new_booking)
        self.new_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.series_button = QPushButton(self.tr("Recurring… (R)"), self)
        self.series_button.setObjectName("newSeries")
        self.series_button.setAccessibleName(self.tr("New recurring booking (R)"))
        self.series_button.setToolTip(
            self.tr("The same time every week or every other week; the dates that cannot be "
                    "booked are listed before anything is saved (R)"))
        self.series_button.clicked.connect(self.new_series)
        self.series_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        space_caption = QLabel(self.tr("&Space"), self)
        space_caption.setBuddy(self.space_combo)
        category_caption = QLabel(self.tr("C&ategory"), self)
        category_caption.setBuddy(self.category_combo)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(space_caption)
        filters.addWidget(self.space_combo)
        filters.addSpacing(8)
        filters.addWidget(category_caption)
        filters.addWidget(self.category_combo)
        filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.series_button)
        filters.addWidget(self.new_button)
        # "Show cancelled" beside the legend that says how a cancelled booking looks: the
        # filters' row then keeps room for the two buttons at a large zoom.
        legend_row = QHBoxLayout()
        legend_row.setSpacing(8)
        legend_row.addWidget(self.legend)
        legend_row.addStretch(1)
        legend_row.addWidget(self.cancelled_check)

        # The timeline, or what to do when there is nothing to book.
        self.timeline = TimelineWidget(self)
        self.timeline.range_activated.connect(self._range_activated)
        self.timeline.booking_activated.connect(self.open_booking)
        self.timeline.cursor_changed.connect(self._cursor_changed)
        self.empty_state = EmptyState(
            "equipment", self.tr("No equipment to book yet"),
            self.tr("Items added in Equipment (Ctrl+3) appear here, one row each, with their "
                    "bookings over the day or the week."), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.timeline)
        self.stack.addWidget(self.empty_state)
        self.message = InlineMessage(self)

        self.cursor_label = QLabel(self)
        self.cursor_label.setObjectName("cursorLabel")
        self.cursor_label.setAccessibleName(self.tr("Cursor"))
        self.cursor_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(
            self.tr("Arrows move · Shift+arrows select · Enter books or opens · "
                    "Alt+Left/Right or Page Up/Down: previous/next · T today · D day · W week · "
                    "R recurring"),
            self)
        self.hint_label.setObjectName("muted")
        self.hint_label.setWordWrap(True)
        bottom = QVBoxLayout()
        bottom.setSpacing(2)
        bottom.setContentsMargins(0, 0, 0, 12)
        bottom.addWidget(self.cursor_label)
        bottom.addWidget(self.hint_label)

        self.body.setSpacing(8)
        self.body.addLayout(top)
        self.body.addLayout(filters)
        self.body.addLayout(legend_row)
        self.body.addWidget(self.message)
        self.body.addWidget(self.stack, 1)
        self.body.addLayout(bottom)

        self._shortcuts()
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(NOW_TICK_MS)
        self._now_timer.timeout.connect(self._tick)
        self._now_timer.start()
        context.data_changed.connect(self._data_changed)
        self._update_labels()
        self.refresh_theme()

    def _shortcuts(self) -> None:
        """Alt+Left/Right and Ctrl+N work anywhere on the page; single keys (and Page Up/Down)
        on the timeline, so a combo box keeps its own type-to-find."""
        def add(keys: str, slot, widget: QWidget, context: Qt.ShortcutContext) -> None:
            shortcut = QShortcut(QKeySequence(keys), widget)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

        page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        timeline = Qt.ShortcutContext.WidgetShortcut
        # Right to left, time runs leftwards: Alt+Left goes on to the next period.
        add("Alt+Left", lambda: self.step(1 if self.isRightToLeft() else -1), self, page)
        add("Alt+Right", lambda: self.step(-1 if self.isRightToLeft() else 1), self, page)
        add("Ctrl+N", self.new_booking, self, page)
        add("PgUp", lambda: self.step(-1), self.timeline, timeline)
        add("PgDown", lambda: self.step(1), self.timeline, timeline)
        add("T", self.go_today, self.timeline, timeline)
        add("D", lambda: self.set_mode(DAY), self.timeline, timeline)
        add("W", lambda: self.set_mode(WEEK), self.timeline, timeline)
        add("N", self.new_booking, self.timeline, timeline)
        add("R", self.new_series, self.timeline, timeline)
        add("Ctrl+R", self.new_series, self, page)

    def refresh_theme(self) -> None:
        super().refresh_theme()
        if hasattr(self, "period_label"):
            self.period_label.setFont(theme.heading_font(self, 1.15))

    # --- the period -----------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def days(self) -> list[dt.date]:
        day = self._day or dt.date.today()
        if self._mode == WEEK:
            monday = monday_of(day)
            return [monday + dt.timedelta(days=i) for i in range(7)]
        return [day]

    def set_mode(self, mode: str) -> None:
        if mode not in (DAY, WEEK):
            return
        if mode == DAY and self._mode == WEEK:
            # From a week to the day under the cursor (or today if in this week).
            start = self.timeline.selected_range()
            if start is not None and self._tz is not None:
                self._day = start[1].astimezone(self._tz).date()
        self._mode = mode
        (self.day_button if mode == DAY else self.week_button).setChecked(True)
        self.reload()

    def step(self, direction: int) -> None:
        """The previous (-1) or next (+1) day or week."""
        if self._day is None:
            self.reload()
        days = 7 if self._mode == WEEK else 1
        self._day = (self._day or dt.date.today()) + dt.timedelta(days=days * direction)
        self.reload()

    def go_today(self) -> None:
        self._day = None
        self.reload()
        self.timeline.set_cursor(self.timeline.cursor_cell.row, self.timeline.slot_of_now(
            self.timeline.cursor_cell.slot))

    def go_to_day(self, day: dt.date) -> None:
        self._day = day
        self.reload()

    def load_day(self, day: dt.date) -> None:
        self._mode = DAY
        self.day_button.setChecked(True)
        self.go_to_day(day)

    def load_week(self, monday: dt.date) -> None:
        """Show the week starting on ``monday`` (one load: items, bookings)."""
        self._mode = WEEK
        self.week_button.setChecked(True)
        self.go_to_day(monday)

    def _date_chosen(self, qdate: QDate) -> None:
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        if self._loaded and day not in self.days():
            self.go_to_day(day)

    # --- loading --------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.reload()
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        """Read the items and the period's bookings (one unit of work) and show them."""
        from makerspace_app.services import bookings, equipment

        if self.context.actor is None:
            return
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                tz = bookings.timezone(uow)
                now = uow.now()
                if self._day is None:
                    self._day = now.astimezone(tz).date()
                days = self.days()
                start = local_to_utc(days[0], dt.time(0), tz)
                end = local_to_utc(days[-1] + dt.timedelta(days=1), dt.time(0), tz)
                items = equipment.list_items(uow)
                rows = bookings.bookings_between(uow, start, end)
        except Exception as err:
            log.warning("Could not load the bookings", exc_info=True)
            self.message.show_error(translate_error(err))
            return
        self.message.clear()
        self._tz, self._now, self._items, self._bookings = tz, now, items, rows
        self._loaded = True
        self._fill_filters()
        self._apply()

    def _data_changed(self) -> None:
        """Something was written: reload if in view (``on_shown`` reloads otherwise)."""
        if self.isVisible():
            self.reload()

    def _tick(self) -> None:
        if self.isVisible():
            self._now = utc_now()
            self.timeline.set_now(self._now)

    def _fill_filters(self) -> None:
        spaces = sorted({(i.space, i.space_id) for i in self._items if i.space_id is not None})
        categories = sorted({(i.category, i.category_id) for i in self._items})
        for combo, everything, entries in (
            (self.space_combo, self.tr("All spaces"), spaces),
            (self.category_combo, self.tr("All categories"), categories),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for name, key in entries:
                combo.addItem(name, key)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def shown_items(self) -> list[Any]:
        space = self.space_combo.currentData()
        category = self.category_combo.currentData()
        return [i for i in self._items
                if (space is None or i.space_id == space)
                and (category is None or i.category_id == category)]

    def _apply(self) -> None:
        assert self._tz is not None
        items = self.shown_items()
        self.stack.setCurrentWidget(self.timeline if self._items else self.empty_state)
        self.timeline.set_show_cancelled(self.cancelled_check.isChecked())
        self.timeline.set_data(items, self._bookings, self.days(), self._tz, self._now)
        self._update_labels()

    def _filter_changed(self, _index: int) -> None:
        if self._loaded:
            self._apply()

    def _cancelled_toggled(self, checked: bool) -> None:
        self.timeline.set_show_cancelled(checked)
        self._update_labels()

    def _update_labels(self) -> None:
        locale = QLocale()
        days = self.days()
        unit = self.tr("week") if self._mode == WEEK else self.tr("day")
        self.prev_button.setToolTip(self.tr("Previous %1 (Alt+Left, Page Up)").replace("%1", unit))
        self.prev_button.setAccessibleName(self.tr("Previous %1").replace("%1", unit))
        self.next_button.setToolTip(self.tr("Next %1 (Alt+Right, Page Down)").replace("%1", unit))
        self.next_button.setAccessibleName(self.tr("Next %1").replace("%1", unit))
        first, last = days[0], days[-1]
        q_first = QDate(first.year, first.month, first.day)
        q_last = QDate(last.year, last.month, last.day)
        if self._mode == WEEK:
            text = self.tr("Week of %1 – %2").replace(
                "%1", locale.toString(q_first, "d MMMM")).replace(
                "%2", locale.toString(q_last, "d MMMM yyyy"))
        else:
            text = locale.toString(q_first, QLocale.FormatType.LongFormat)
        self.period_label.setText(text)
        self.timeline.setAccessibleName(self.tr("Bookings timeline, %1").replace("%1", text))
        self.date_edit.blockSignals(True)
        anchor = self._day or first
        self.date_edit.setDate(QDate(anchor.year, anchor.month, anchor.day))
        self.date_edit.blockSignals(False)
        if self._loaded:
            shown = self.shown_items()
            ids = {i.id for i in shown}
            count = sum(1 for b in self._bookings if b.equipment_id in ids
                        and (self.cancelled_check.isChecked()
                             or b.status is not BookingStatus.CANCELLED))
            self.set_subtitle(self.tr("%1 items · %2 bookings shown").replace(
                "%1", str(len(shown))).replace("%2", str(count)))
        self._cursor_changed()

    def _cursor_changed(self) -> None:
        if not self._loaded:
            self.cursor_label.setText("")
        elif not self.timeline.items():
            self.cursor_label.setText(self.tr("No items in this space and category."))
        else:
            self.cursor_label.setText(self.timeline.cursor_text())
        self.cursor_label.setAccessibleDescription(self.cursor_label.text())

    # --- booking --------------------------------------------------------------------------

    def new_booking(self) -> None:
        """N: a new booking for the item and range under the cursor."""
        chosen = self.timeline.selected_range()
        if chosen is None:
            self._open_new(None, None, None)
        else:
            item, start, end = chosen
            self._open_new(item.id, start, end)

    def new_series(self) -> None:
        """R: a recurring booking, its first occurrence the item and range under the cursor."""
        chosen = self.timeline.selected_range()
        if chosen is None:
            self._open_new(None, None, None, RecurringBookingDialog)
        else:
            item, start, end = chosen
            self._open_new(item.id, start, end, RecurringBookingDialog)

    def _range_activated(self, item_id: int, start: dt.datetime, end: dt.datetime) -> None:
        self._open_new(item_id, start, end)

    def _open_new(self, item_id: int | None, start: dt.datetime | None,
                  end: dt.datetime | None, kind: type[NewBookingDialog] = NewBookingDialog) -> None:
        if self.active_dialog is not None or self.context.actor is None:
            return
        try:
            dialog = kind(self.context, self, equipment_id=item_id, start=start, end=end)
        except Exception as err:  # noqa: BLE001
            self.message.show_error(translate_error(err))
            return
        self._open_dialog(dialog)

    def open_booking(self, booking: BookingRow) -> None:
        """Enter or double-click on a block: the booking, to check in or out, move, cancel."""
        if self.active_dialog is not None or self.context.actor is None:
            return
        try:
            dialog = BookingDetailsDialog(self.context, booking, self)
        except Exception as err:  # noqa: BLE001
            self.message.show_error(translate_error(err))
            return
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: NewBookingDialog | BookingDetailsDialog) -> None:
        self.active_dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_finished(d))
        dialog.open()

    def _dialog_finished(self, dialog: NewBookingDialog | BookingDetailsDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
        row = getattr(dialog, "booking", None)
        if isinstance(dialog, NewBookingDialog) and row is not None:
            # Show where the booking went: its item and start, on the timeline.
            self.timeline.select_item(row.equipment_id)
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
