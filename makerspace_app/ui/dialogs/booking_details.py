"""One booking: who, what, when and its status; its notes; check in or out, move, or cancel it.

Opened from the timeline (Enter or a double-click on a block). Each action is one unit of
work; a refusal is shown in place (a move that is refused offers the next free slot or a free
item of the same kind, as a new booking does). Cancelling asks once, naming the booking.
Notes are edited in place (Enter or Save notes); closing with notes typed but not saved asks
whether to save them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import ACTIVE_BOOKING_STATUSES, BookingStatus
from makerspace_app.ui.dialogs.confirm import confirm_destructive
from makerspace_app.ui.dialogs.new_booking import (
    OfferBar,
    WhenFields,
    long_day,
    offers_for,
    short_time,
)
from makerspace_app.ui.dialogs.unsaved import SAVE, STAY, UnsavedChangesDialog
from makerspace_app.ui.errors import is_domain_error, translate_error
from makerspace_app.ui.widgets.message import InlineMessage
from makerspace_app.ui.widgets.timeline import (
    draw_status_icon,
    status_colour,
    status_word,
)

if TYPE_CHECKING:
    import datetime as dt

    from makerspace_app.services.bookings import BookingRow
    from makerspace_app.ui.context import AppContext

log = logging.getLogger(__name__)


class BookingDetailsDialog(QDialog):
    """``booking`` is the booking as it is now; ``changed`` tells whether anything was saved."""

    def __init__(self, context: AppContext, booking: BookingRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from makerspace_app.services import bookings, equipment

        self.context = context
        self.booking = booking
        self.changed = False
        self.setObjectName("bookingDetailsDialog")
        self.setWindowTitle(self.tr("Booking"))
        self.setAccessibleName(self.tr("Booking"))
        self.setMinimumWidth(560)
        with context.unit_of_work(read_only=True) as uow:
            self.tz = bookings.timezone(uow)
            items = equipment.list_items(uow)

        self.status_icon = QLabel(self)
        self.status_icon.setFixedSize(22, 22)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("bookingStatus")
        self.status_label.setAccessibleName(self.tr("Status"))
        self.item_label = QLabel(self)
        self.item_label.setAccessibleName(self.tr("Item"))
        self.person_label = QLabel(self)
        self.person_label.setAccessibleName(self.tr("Participant"))
        self.when_label = QLabel(self)
        self.when_label.setAccessibleName(self.tr("When"))
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setObjectName("bookingNotesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setAccessibleDescription(
            self.tr("Type the notes and press Enter or Save notes to keep them"))
        self.notes_edit.setPlaceholderText(self.tr("No notes (for example the material to bring)"))
        self.notes_edit.setMaxLength(bookings.NOTES_MAX)
        self.notes_edit.textChanged.connect(self._notes_edited)
        self.notes_edit.installEventFilter(self)  # Enter saves the notes, and only that
        self.save_notes_button = QPushButton(self.tr("Sa&ve notes"), self)
        self.save_notes_button.setObjectName("saveNotes")
        self.save_notes_button.setAccessibleName(self.tr("Save the notes (Enter, Alt+V)"))
        self.save_notes_button.setAutoDefault(False)
        self.save_notes_button.setEnabled(False)
        self.save_notes_button.clicked.connect(self.save_notes)
        notes_row = QHBoxLayout()
        notes_row.setSpacing(6)
        notes_row.addWidget(self.notes_edit, 1)
        notes_row.addWidget(self.save_notes_button)
        for label in (self.status_label, self.item_label, self.person_label, self.when_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Item"), self.item_label)
        form.addRow(self.tr("Participant"), self.person_label)
        form.addRow(self.tr("When"), self.when_label)
        notes_caption = QLabel(self.tr("&Notes"), self)
        notes_caption.setBuddy(self.notes_edit)
        form.addRow(notes_caption, notes_row)

        # Actions.
        self.check_in_button = QPushButton(self.tr("Check &in"), self)
        self.check_in_button.setAccessibleName(self.tr("Check in (Alt+I)"))
        self.check_in_button.clicked.connect(self.check_in)
        self.check_out_button = QPushButton(self.tr("Check &out"), self)
        self.check_out_button.setAccessibleName(self.tr("Check out (Alt+O)"))
        self.check_out_button.clicked.connect(self.check_out)
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.move_button.setAccessibleName(self.tr("Move to another time or item (Alt+M)"))
        self.move_button.clicked.connect(self.show_move)
        self.cancel_button = QPushButton(self.tr("&Cancel booking…"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel this booking (Alt+C)"))
        self.cancel_button.clicked.connect(self.cancel_booking)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close (Escape)"))
        self.close_button.clicked.connect(self.accept)
        actions = QHBoxLayout()
        for button in (self.check_in_button, self.check_out_button, self.move_button,
                       self.cancel_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)

        # Moving: the same fields as a new booking.
        self.move_box = QFrame(self)
        self.move_box.setObjectName("moveBox")
        self.when = WhenFields(self.move_box, items, self.tz)
        self.move_ok = QPushButton(self.tr("Move the booking"), self.move_box)
        self.move_ok.setAccessibleName(self.tr("Move the booking to this item and time"))
        self.move_ok.setAutoDefault(False)
        self.move_ok.clicked.connect(self.move)
        move_form = QFormLayout(self.move_box)
        move_form.setContentsMargins(0, 8, 0, 0)
        move_form.addRow(QLabel(self.tr("Move to"), self.move_box))
        move_form.addRow(self.tr("Item"), self.when.item_combo)
        move_form.addRow(self.tr("When"), self.when.times)
        move_form.addRow("", self.move_ok)
        self.move_box.hide()

        self.message = InlineMessage(self)
        self.offers = OfferBar(self)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.move_box)
        layout.addWidget(self.message)
        layout.addWidget(self.offers)
        layout.addStretch(1)
        layout.addLayout(actions)
        self._show()

    # --- showing --------------------------------------------------------------------------

    def _show(self) -> None:
        b = self.booking
        word = status_word(b.status)
        self.status_label.setText(word)
        pm = QPixmap(round(22 * self.devicePixelRatioF()), round(22 * self.devicePixelRatioF()))
        pm.setDevicePixelRatio(self.devicePixelRatioF())
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        draw_status_icon(painter, b.status, QRectF(2, 2, 18, 18), status_colour(b.status, self.palette()))
        painter.end()
        self.status_icon.setPixmap(pm)
        self.status_icon.setAccessibleName(word)
        self.item_label.setText(f"{b.equipment} · {b.asset_tag}")
        self.person_label.setText(
            self.tr("%1 (badge %2)").replace("%1", b.participant).replace("%2", b.badge_code))
        local_day = b.starts_at.astimezone(self.tz).date()
        self.when_label.setText(
            self.tr("%1, %2–%3").replace("%1", long_day(local_day)).replace(
                "%2", short_time(b.starts_at, self.tz)).replace("%3", short_time(b.ends_at, self.tz)))
        self.notes_edit.blockSignals(True)
        self.notes_edit.setText(b.notes)
        self.notes_edit.blockSignals(False)
        self._notes_edited()
        self.check_in_button.setEnabled(b.status is BookingStatus.BOOKED)
        self.check_out_button.setEnabled(b.status is BookingStatus.CHECKED_IN)
        self.move_button.setEnabled(b.status in ACTIVE_BOOKING_STATUSES)
        self.cancel_button.setEnabled(b.status is BookingStatus.BOOKED)
        if b.status not in ACTIVE_BOOKING_STATUSES:
            self.move_box.hide()
        self.close_button.setDefault(True)

    def _done(self, row: BookingRow, text: str) -> None:
        typed = self.notes_edit.text() if self.notes_changed() else None
        self.booking = row
        self.changed = True
        self.offers.clear()
        self._show()
        if typed is not None and typed.strip() != row.notes:
            self.notes_edit.setText(typed)  # typed notes survive another action
        self.message.show_message(text, "success")
        self.context.data_changed.emit()

    def _failed(self, err: BaseException) -> None:
        if not is_domain_error(err):
            log.error("Booking action failed", exc_info=(type(err), err, err.__traceback__))
        self.message.show_error(translate_error(err))

    # --- notes ----------------------------------------------------------------------------

    def notes_changed(self) -> bool:
        return self.notes_edit.text().strip() != self.booking.notes

    def _notes_edited(self, _text: str = "") -> None:
        changed = self.notes_changed()
        self.save_notes_button.setEnabled(changed)
        self.save_notes_button.setDefault(changed)
        self.close_button.setDefault(not changed)

    def save_notes(self) -> bool:
        """Keep the typed notes; True when they are saved (or nothing was changed)."""
        from makerspace_app.services import bookings

        if not self.notes_changed():
            return True
        try:
            with self.context.unit_of_work() as uow:
                row = bookings.set_booking_notes(uow, self.booking.id, self.notes_edit.text())
        except Exception as err:  # noqa: BLE001 - shown in place
            self._failed(err)
            return False
        self._done(row, self.tr("The notes are saved."))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.notes_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.save_notes()
            return True
        return super().eventFilter(watched, event)

    @classmethod
    def ask_unsaved(cls, parent: QWidget | None) -> str:
        """Save, discard or stay, for notes typed but not saved (tests replace this)."""
        return UnsavedChangesDialog.ask(
            parent, QCoreApplication.translate("BookingDetailsDialog", "the booking’s notes"))

    def done(self, result: int) -> None:
        """Closing (Close, Escape, the window's button) never drops typed notes silently."""
        if self.notes_changed():
            answer = type(self).ask_unsaved(self)
            if answer == STAY or (answer == SAVE and not self.save_notes()):
                self.notes_edit.setFocus()
                return
        super().done(result)

    # --- actions --------------------------------------------------------------------------

    def check_in(self) -> None:
        from makerspace_app.services import bookings

        try:
            with self.context.unit_of_work() as uow:
                row = bookings.check_in(uow, self.booking.id)
        except Exception as err:  # noqa: BLE001 - shown in place
            self._failed(err)
            return
        self._done(row, self.tr("%1 is checked in.").replace("%1", row.participant))

    def check_out(self) -> None:
        from makerspace_app.services import bookings

        try:
            with self.context.unit_of_work() as uow:
                row = bookings.check_out(uow, self.booking.id)
        except Exception as err:  # noqa: BLE001
            self._failed(err)
            return
        self._done(row, self.tr("%1 is checked out; the booking is completed.").replace(
            "%1", row.participant))

    def describe(self) -> str:
        b = self.booking
        local_day = b.starts_at.astimezone(self.tz).date()
        return self.tr("%1’s booking of %2 on %3, %4–%5").replace("%1", b.participant).replace(
            "%2", b.equipment).replace("%3", long_day(local_day)).replace(
            "%4", short_time(b.starts_at, self.tz)).replace("%5", short_time(b.ends_at, self.tz))

    @classmethod
    def confirm_cancel(cls, parent: QWidget | None, what: str) -> bool:
        """Ask once before cancelling, naming the booking (tests replace this)."""
        def t(text: str) -> str:
            return QCoreApplication.translate("BookingDetailsDialog", text)

        return confirm_destructive(
            parent, QCoreApplication.translate("BookingDetailsDialog", "Cancel the booking?"), QCoreApplication.translate("BookingDetailsDialog", "Cancel %1?").replace("%1", what),
            QCoreApplication.translate("BookingDetailsDialog", "The time becomes free for others. The cancelled booking stays on record."),
            QCoreApplication.translate("BookingDetailsDialog", "Cancel the booking"), QCoreApplication.translate("BookingDetailsDialog", "Keep it"), keep_name=QCoreApplication.translate("BookingDetailsDialog", "Keep the booking"))

    def cancel_booking(self) -> None:
        from makerspace_app.services import bookings

        if not type(self).confirm_cancel(self, self.describe()):
            return
        try:
            with self.context.unit_of_work() as uow:
                row = bookings.cancel_booking(uow, self.booking.id)
        except Exception as err:  # noqa: BLE001
            self._failed(err)
            return
        self._done(row, self.tr("The booking is cancelled; the time is free again."))

    def show_move(self) -> None:
        self.when.set_item(self.booking.equipment_id)
        self.when.set_range(self.booking.starts_at, self.booking.ends_at)
        self.move_box.show()
        self.message.clear()
        self.offers.clear()
        self.move_ok.setDefault(True)
        self.when.start_edit.setFocus()

    def take_offer(self, item_id: int, start: dt.datetime, end: dt.datetime) -> None:
        self.when.set_item(item_id)
        self.when.set_range(start, end)
        self.move()

    def move(self) -> None:
        from makerspace_app.services import bookings

        self.offers.clear()
        item_id = self.when.item_id()
        if item_id is None:
            self.message.show_error(self.tr("Choose an item from the list."))
            return
        start, end = self.when.range()
        try:
            with self.context.unit_of_work() as uow:
                row = bookings.move_booking(uow, self.booking.id, start, end, item_id)
        except bookings.BookingRefused as refused:
            self.message.show_error(translate_error(refused))
            offers_for(refused, self.when, self.offers, self.take_offer)
            if self.offers.buttons:
                # A time field keeps Alt+digits for itself: put the first offer under the
                # keyboard, so Enter or Alt+1 takes it.
                self.offers.buttons[0].setFocus()
            return
        except Exception as err:  # noqa: BLE001
            self._failed(err)
            return
        self.move_box.hide()
        self._done(row, self.tr("The booking is moved."))

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext,
            booking: BookingRow) -> BookingRow | None:
        """Show the booking; the booking as changed, or None when nothing was changed."""
        dialog = cls(context, booking, parent)
        try:
            dialog.exec()
            return dialog.booking if dialog.changed else None
        finally:
            dialog.deleteLater()
