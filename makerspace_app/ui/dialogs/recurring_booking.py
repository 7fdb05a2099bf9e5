"""A series of bookings: one item for one participant, every week (or every other week).

The same form as a new booking (participant by name or badge, item, the first day and the
times, notes) plus how often and how many times. Enter first lists every occurrence with
whether it can be booked and, when it cannot, why (nothing is saved yet); Enter again books
the ones that can. With conflicts, the book button says how many it books and how many it
skips, and "Drop the series" closes without booking anything. Occurrences keep the local
wall-clock time across daylight-saving changes (the service plans them).

If another desk takes one of the listed free occurrences between the listing and the
booking, nothing is booked and the list is shown again with the new conflict.

``RecurringBookingDialog.ask(parent, context, participant_id=None, equipment_id=None,
start=None, end=None)`` returns the booked ``BookingRow`` list or None.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from makerspace_app.domain.enums import Recurrence
from makerspace_app.ui import icons, theme
from makerspace_app.ui.dialogs.new_booking import (
    NewBookingDialog,
    short_time,
)
from makerspace_app.ui.errors import is_domain_error, translate_error

if TYPE_CHECKING:
    from makerspace_app.services.bookings import BookingRow, PlannedOccurrence
    from makerspace_app.ui.context import AppContext

log = logging.getLogger(__name__)
DEFAULT_COUNT = 10
MAX_COUNT = 104


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the column's width, so a reason is read whole."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        base = super().sizeHint(option, index)
        view = self.parent()
        width = view.columnWidth(index.column()) if view is not None else 0
        if width <= 0:
            return base
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        room = width - 12
        if not opt.icon.isNull():
            room -= opt.decorationSize.width() + 6
        if room <= 20:
            return base
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, room, 10_000),
                                              int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(base.width(), max(base.height(), bounds.height() + 8))


class _PlanTree(QTreeWidget):
    """The list of occurrences; rows re-wrap whenever its width changes."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class RecurringBookingDialog(NewBookingDialog):
    """``series`` holds the booked rows once accepted; ``plan`` the occurrences last listed."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        participant_id: int | None = None,
        equipment_id: int | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
    ) -> None:
        self.series: list[BookingRow] | None = None
        self.plan: list[PlannedOccurrence] | None = None
        self._planned_for: tuple | None = None
        super().__init__(context, parent, participant_id, equipment_id, start, end)
        self.setObjectName("recurringBookingDialog")
        self.setWindowTitle(self.tr("Recurring booking"))
        self.setAccessibleName(self.tr("Recurring booking"))
        self.setMinimumWidth(640)

        self.repeat_combo = QComboBox(self)
        self.repeat_combo.setObjectName("seriesRepeat")
        self.repeat_combo.setAccessibleName(self.tr("Repeat"))
        self.repeat_combo.addItem(self.tr("Every week"), Recurrence.WEEKLY)
        self.repeat_combo.addItem(self.tr("Every other week"), Recurrence.FORTNIGHTLY)
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("seriesCount")
        self.count_spin.setRange(1, MAX_COUNT)
        self.count_spin.setValue(DEFAULT_COUNT)
        self.count_spin.setSuffix(self.tr(" times"))
        self.count_spin.setAccessibleName(self.tr("How many times"))
        repeat_caption = QLabel(self.tr("&Repeat"), self)
        repeat_caption.setBuddy(self.repeat_combo)
        count_caption = QLabel(self.tr("Ti&mes"), self)
        count_caption.setBuddy(self.count_spin)
        when_row = self.form.rowCount() - 1  # before the notes
        self.form.insertRow(when_row, repeat_caption, self.repeat_combo)
        self.form.insertRow(when_row + 1, count_caption, self.count_spin)

        self.plan_tree = _PlanTree(self)
        self.plan_tree.setObjectName("seriesPlan")
        self.plan_tree.setAccessibleName(self.tr("The occurrences of the series"))
        self.plan_tree.setRootIsDecorated(False)
        self.plan_tree.setUniformRowHeights(False)
        self.plan_tree.setWordWrap(True)
        self.plan_tree.setTextElideMode(Qt.TextElideMode.ElideNone)  # a reason is read whole
        self.plan_tree.setAllColumnsShowFocus(True)
        self.plan_tree.setHeaderLabels([self.tr("Day"), self.tr("Time"), self.tr("Can it be booked?")])
        header = self.plan_tree.header()
        header.setAccessibleName(self.tr("Occurrence columns"))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.plan_tree.setMinimumHeight(180)
        self.plan_tree.hide()
        self.plan_tree.setItemDelegateForColumn(2, _WrappingDelegate(self.plan_tree))
        self.plan_tree.header().sectionResized.connect(
            lambda *_: self.plan_tree.scheduleDelayedItemsLayout())
        layout = self.main_layout
        for i in range(layout.count()):
            if layout.itemAt(i).spacerItem() is not None:
                layout.setStretch(i, 0)  # the list takes the room
        layout.insertWidget(layout.indexOf(self.message), self.plan_tree, 1)

        self.cancel_button = next(b for b in self.buttons.buttons() if b is not self.book_button)
        # Any change to what the series is makes the list out of date.
        self.person_edit.textChanged.connect(self._invalidate)
        self.when.item_combo.currentIndexChanged.connect(self._invalidate)
        self.when.item_combo.editTextChanged.connect(self._invalidate)
        self.when.day_edit.dateChanged.connect(self._invalidate)
        self.when.start_edit.timeChanged.connect(self._invalidate)
        self.when.end_edit.timeChanged.connect(self._invalidate)
        self.repeat_combo.currentIndexChanged.connect(self._invalidate)
        self.count_spin.valueChanged.connect(self._invalidate)
        self.setTabOrder(self.when.end_edit, self.repeat_combo)
        self.setTabOrder(self.repeat_combo, self.count_spin)
        self.setTabOrder(self.count_spin, self.notes_edit)
        self._invalidate()

    # --- what the form asks for -------------------------------------------------------------

    def request(self) -> tuple | None:
        """(item, participant, first day, local start, local end, count, recurrence), or None
        when the participant or the item is not chosen yet."""
        item_id = self.when.item_id()
        if self._participant is None or item_id is None:
            return None
        qd = self.when.day_edit.date()
        qs, qe = self.when.start_edit.time(), self.when.end_edit.time()
        return (item_id, self._participant[0], dt.date(qd.year(), qd.month(), qd.day()),
                dt.time(qs.hour(), qs.minute()), dt.time(qe.hour(), qe.minute()),
                self.count_spin.value(), self.repeat_combo.currentData())

    def _invalidate(self, *_args: object) -> None:
        if self.plan is not None and self._planned_for == self._request_quietly():
            return
        self.plan = None
        self._planned_for = None
        self.plan_tree.clear()
        self.plan_tree.hide()
        self.message.clear()
        self.book_button.setEnabled(True)
        self.book_button.setText(self.tr("List the dates"))
        self.book_button.setAccessibleName(
            self.tr("List the dates and whether each can be booked (Enter); nothing is saved yet"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel, book nothing (Escape)"))

    def _request_quietly(self) -> tuple | None:
        """The request without touching the item field (no auto-completion while typing)."""
        combo = self.when.item_combo
        index = combo.currentIndex()
        if self._participant is None or index < 0 or combo.itemText(index) != combo.currentText():
            return None
        qd = self.when.day_edit.date()
        qs, qe = self.when.start_edit.time(), self.when.end_edit.time()
        return (combo.itemData(index), self._participant[0],
                dt.date(qd.year(), qd.month(), qd.day()), dt.time(qs.hour(), qs.minute()),
                dt.time(qe.hour(), qe.minute()), self.count_spin.value(),
                self.repeat_combo.currentData())

    # --- listing, then booking ----------------------------------------------------------------

    def submit(self) -> None:
        """Enter: list the occurrences first; once listed (and unchanged), book them."""
        self.offers.clear()
        if self._participant is None:
            if self.person_edit.text().strip():
                self._person_enter()  # lists when exactly one participant matches
                return
            self.message.show_error(
                self.tr("Choose the participant first: type their name or scan their badge."))
            self.person_edit.setFocus()
            return
        request = self.request()
        if request is None:
            self.message.show_error(
                self.tr("“%1” is not one of the items. Choose an item from the list.").replace(
                    "%1", self.when.item_combo.currentText()))
            self.when.item_combo.setFocus()
            return
        if self.plan is None or self._planned_for != request:
            self.list_dates(request)
        else:
            self.book_series(request)

    def list_dates(self, request: tuple | None = None) -> bool:
        """Check every occurrence (nothing is saved) and show the list."""
        from makerspace_app.services import bookings

        request = request or self.request()
        if request is None:
            return False
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                plan = bookings.plan_series(uow, *request)
        except Exception as err:  # noqa: BLE001 - shown in place
            self._show_failure(err)
            return False
        self.plan = plan
        self._planned_for = request
        self._show_plan(plan)
        return True

    def _show_plan(self, plan: list[PlannedOccurrence]) -> None:
        tree = self.plan_tree
        tree.clear()
        locale = QLocale()
        pal = self.palette()
        bad_colour = QColor("#c62828" if not theme.is_dark(pal) else "#ef7a7a")
        good_colour = QColor("#2e7d32" if not theme.is_dark(pal) else "#7cc47f")
        alert = icons.icon("alert", bad_colour)
        done = icons.icon("done", good_colour)
        first_conflict = None
        for occurrence in plan:
            local = occurrence.starts_at.astimezone(self.tz)
            day = locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
            times = f"{short_time(occurrence.starts_at, self.tz)}–{short_time(occurrence.ends_at, self.tz)}"
            if occurrence.problem_error is not None or occurrence.problem:
                why = (translate_error(occurrence.problem_error) if occurrence.problem_error
                       is not None else occurrence.problem)
                verdict = self.tr("Conflict, skipped: %1").replace("%1", why)
            else:
                verdict = self.tr("Free, will be booked")
            row = QTreeWidgetItem([day, times, verdict])
            row.setToolTip(2, verdict)
            conflict = occurrence.problem is not None
            row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{day}, {times}: {verdict}")
            if conflict:
                row.setIcon(2, alert)
                row.setForeground(2, bad_colour)
                if first_conflict is None:
                    first_conflict = row
            else:
                row.setIcon(2, done)
            tree.addTopLevelItem(row)
        tree.show()
        total = len(plan)
        conflicts = sum(1 for p in plan if p.problem is not None)
        free = total - conflicts
        if conflicts == 0:
            summary = self.tr("All %1 dates are free. Nothing is booked until you press Book.").replace(
                "%1", str(total))
            self.book_button.setText(self.tr("Book all %1").replace("%1", str(total)))
            self.book_button.setAccessibleName(
                self.tr("Book all %1 dates (Enter)").replace("%1", str(total)))
            self.book_button.setEnabled(True)
            self.message.show_message(summary, "info")
        elif free == 0:
            summary = self.tr("None of the %1 dates can be booked; the reasons are listed. Change "
                              "the item, the day or the times, or drop the series.").replace(
                "%1", str(total))
            self.book_button.setText(self.tr("Nothing to book"))
            self.book_button.setAccessibleName(self.tr("Nothing to book: every date has a conflict"))
            self.book_button.setEnabled(False)
            self.message.show_message(summary, "error")
        else:
            summary = self.tr("%1 of the %2 dates cannot be booked (reasons listed). Book the %3 "
                              "free ones and skip the conflicts, or drop the series.").replace(
                "%1", str(conflicts)).replace("%2", str(total)).replace("%3", str(free))
            self.book_button.setText(self.tr("Book %1, skip %2").replace("%1", str(free)).replace(
                "%2", str(conflicts)))
            self.book_button.setAccessibleName(
                self.tr("Book the %1 free dates and skip the %2 with conflicts (Enter)").replace(
                    "%1", str(free)).replace("%2", str(conflicts)))
            self.book_button.setEnabled(True)
            self.message.show_message(summary, "info")
        if conflicts:
            self.cancel_button.setText(self.tr("Drop the series"))
            self.cancel_button.setAccessibleName(self.tr("Drop the series, book nothing (Escape)"))
        self._fit()
        if first_conflict is not None:
            tree.setCurrentItem(first_conflict)
            tree.scrollToItem(first_conflict)
        elif tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))

    def _fit(self) -> None:
        """Grow to show the list (the reasons wrap in their column), never shrink."""
        self.layout().activate()
        wanted = self.sizeHint().expandedTo(self.size())
        wanted.setHeight(max(wanted.height(), 600))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            wanted = wanted.boundedTo(screen.size())
        self.resize(wanted)

    def book_series(self, request: tuple | None = None) -> bool:
        """Book the occurrences listed as free, skipping exactly the conflicts listed."""
        from makerspace_app.domain.errors import ConflictError
        from makerspace_app.services import bookings

        request = request or self.request()
        if request is None or self.plan is None:
            return False
        skipping = [p.starts_at for p in self.plan if p.problem is not None]
        if len(skipping) == len(self.plan):
            return False
        try:
            with self.context.unit_of_work() as uow:
                made = bookings.create_series(uow, *request, skipping=skipping,
                                              notes=self.notes_edit.text())
        except ConflictError as err:
            # Something changed since the list was made: list again, with the reason.
            text = translate_error(err)
            self.list_dates(request)
            self.message.show_error(text)
            return False
        except Exception as err:  # noqa: BLE001
            self._show_failure(err)
            return False
        self.series = made
        self.booking = made[0] if made else None
        self.context.data_changed.emit()
        self.accept()
        return True

    def _show_failure(self, err: BaseException) -> None:
        if not is_domain_error(err):
            log.error("Series failed", exc_info=(type(err), err, err.__traceback__))
        self.message.show_error(translate_error(err))

    @classmethod
    def ask(  # type: ignore[override]
        cls,
        parent: QWidget | None,
        context: AppContext,
        participant_id: int | None = None,
        equipment_id: int | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
    ) -> list[BookingRow] | None:
        """Show the dialog; the booked occurrences, or None when nothing was booked."""
        dialog = cls(context, parent, participant_id, equipment_id, start, end)
        try:
            dialog.exec()
            return dialog.series
        finally:
            dialog.deleteLater()
