"""New booking: who, which item, when. Refusals are shown in place, with what would work.

The front-desk flow: the item and time come from the timeline (or are picked here); the
participant is found by typing part of the name or scanning the badge (the scanner types the
code and presses Enter). Enter books. When a rule says no, the reason is shown under the form
and the offers (the next free slot, a free item of the same kind) are one click or one key
away (Alt+1, Alt+2…); nothing is saved until a booking is accepted.

``NewBookingDialog.ask(parent, context, participant_id=None, equipment_id=None, start=None,
end=None)`` returns the new ``BookingRow`` or None; pages that want to stay responsive open
the dialog with ``open()`` and read ``booking`` when it is accepted.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import EquipmentStatus
from makerspace_app.ui.errors import is_domain_error, translate_error
from makerspace_app.ui.formatting import long_day, short_time
from makerspace_app.ui.widgets.message import InlineMessage

if TYPE_CHECKING:
    from makerspace_app.services.bookings import BookingRefused, BookingRow
    from makerspace_app.ui.context import AppContext

log = logging.getLogger(__name__)
SEARCH_DEBOUNCE_MS = 150
SEARCH_LIMIT = 20
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def _time_format() -> str:
    fmt = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return fmt or "HH:mm"


class WhenFields(QObject):
    """The item (type to filter), the day and the start and end times of a booking."""

    def __init__(self, parent: QWidget, items: Sequence[Any], tz: ZoneInfo) -> None:
        super().__init__(parent)
        self.tz = tz
        self._items = list(items)
        self.item_combo = QComboBox(parent)
        self.item_combo.setObjectName("bookingItem")
        self.item_combo.setEditable(True)
        self.item_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.item_combo.setAccessibleName(self.tr("Item"))
        self.item_combo.setAccessibleDescription(
            self.tr("Type part of the item's name, asset tag or category to filter the list"))
        for item in self._items:
            label = f"{item.name} · {item.asset_tag}"
            if item.status is EquipmentStatus.OUT_OF_SERVICE:
                label += " · " + self.tr("out of service")
            self.item_combo.addItem(label, item.id)
        completer = QCompleter(self.item_combo.model(), self.item_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.item_combo.setCompleter(completer)
        self.item_combo.lineEdit().setPlaceholderText(self.tr("Type to filter the items"))

        self.day_edit = QDateEdit(parent)
        self.day_edit.setObjectName("bookingDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.start_edit = QTimeEdit(parent)
        self.start_edit.setObjectName("bookingStart")
        self.start_edit.setDisplayFormat(_time_format())
        self.start_edit.setAccessibleName(self.tr("From"))
        self.end_edit = QTimeEdit(parent)
        self.end_edit.setObjectName("bookingEnd")
        self.end_edit.setDisplayFormat(_time_format())
        self.end_edit.setAccessibleName(self.tr("Until"))
        self.times = QWidget(parent)
        row = QHBoxLayout(self.times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day_edit, 2)
        dash = QLabel(self.tr("from"), self.times)
        row.addWidget(dash)
        row.addWidget(self.start_edit, 1)
        until = QLabel(self.tr("until"), self.times)
        row.addWidget(until)
        row.addWidget(self.end_edit, 1)

    # --- values ---------------------------------------------------------------------------

    def set_item(self, item_id: int | None) -> None:
        index = self.item_combo.findData(item_id) if item_id is not None else -1
        self.item_combo.setCurrentIndex(max(0, index) if self.item_combo.count() else -1)

    def item_id(self) -> int | None:
        """The chosen item; None when what was typed names none of them."""
        combo = self.item_combo
        typed = combo.currentText().strip()
        index = combo.currentIndex()
        if index >= 0 and combo.itemText(index) == typed:
            return combo.itemData(index)
        found = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            matches = [i for i in range(combo.count())
                       if typed and typed.casefold() in combo.itemText(i).casefold()]
            found = matches[0] if len(matches) == 1 else -1
        if found >= 0:
            combo.setCurrentIndex(found)
            return combo.itemData(found)
        return None

    def item_name(self, item_id: int) -> str:
        return next((i.name for i in self._items if i.id == item_id), "")

    def set_range(self, start: dt.datetime, end: dt.datetime) -> None:
        local_start, local_end = start.astimezone(self.tz), end.astimezone(self.tz)
        d = local_start.date()
        self.day_edit.setDate(QDate(d.year, d.month, d.day))
        self.start_edit.setTime(QTime(local_start.hour, local_start.minute))
        self.end_edit.setTime(QTime(local_end.hour, local_end.minute))

    def range(self) -> tuple[dt.datetime, dt.datetime]:
        """The chosen start and end, in UTC (an end at or before the start at 00:00 is
        midnight at the end of the day)."""
        qd = self.day_edit.date()
        day = dt.date(qd.year(), qd.month(), qd.day())
        qs, qe = self.start_edit.time(), self.end_edit.time()
        start_t = dt.time(qs.hour(), qs.minute())
        end_t = dt.time(qe.hour(), qe.minute())
        start = local_to_utc(day, start_t, self.tz)
        end_day = day + dt.timedelta(days=1) if end_t == dt.time(0) else day
        end = local_to_utc(end_day, end_t, self.tz)
        return start, end


class OfferBar(QWidget):
    """The offers that come with a refusal, each a button (Alt+1, Alt+2, …)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offers")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.buttons: list[QPushButton] = []
        self.hide()

    def clear(self) -> None:
        for button in self.buttons:
            button.setShortcut(QKeySequence())
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        while self._layout.count():
            self._layout.takeAt(0)
        self.hide()

    def add(self, text: str, accessible: str, action: Callable[[], None]) -> QPushButton:
        number = len(self.buttons) + 1
        button = QPushButton(self.tr("%1 (Alt+%2)").replace("%1", text).replace("%2", str(number)),
                             self)
        button.setObjectName(f"offer{number}")
        button.setAutoDefault(False)
        button.setShortcut(QKeySequence(f"Alt+{number}"))
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(action)
        self.buttons.append(button)
        self._layout.addWidget(button)
        self.show()
        return button

    def finish(self) -> None:
        self._layout.addStretch(1)


def offers_for(
    refused: BookingRefused,
    fields: WhenFields,
    bar: OfferBar,
    take: Callable[[int, dt.datetime, dt.datetime], None],
) -> None:
    """Fill ``bar`` with the offers of ``refused``; ``take(item, start, end)`` books one."""
    bar.clear()
    item_id = fields.item_id()
    start, end = fields.range()
    tz = fields.tz
    nf = refused.next_free
    if nf is not None and item_id is not None and (nf.start, nf.end) != (start, end):
        same_day = nf.start.astimezone(tz).date() == start.astimezone(tz).date()
        when = f"{short_time(nf.start, tz)}–{short_time(nf.end, tz)}"
        if not same_day:
            when = f"{long_day(nf.start.astimezone(tz).date())}, {when}"
        text = QCoreApplication.translate("OfferBar", "Book %1 instead").replace("%1", when)
        name = fields.item_name(item_id)
        bar.add(text, QCoreApplication.translate("OfferBar", "Book %1, %2").replace("%1", name).replace("%2", when),
                lambda _=False, i=item_id, s=nf.start, e=nf.end: take(i, s, e))
    for alternative in refused.alternatives[:3]:
        text = QCoreApplication.translate("OfferBar", "Book %1 instead").replace("%1", alternative.name)
        when = f"{short_time(start, tz)}–{short_time(end, tz)}"
        bar.add(text, QCoreApplication.translate("OfferBar", "Book %1, %2").replace("%1", alternative.name).replace("%2", when),
                lambda _=False, i=alternative.equipment_id, s=start, e=end: take(i, s, e))
    if bar.buttons:
        bar.finish()


class NewBookingDialog(QDialog):
    """``booking`` holds the new BookingRow once accepted."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        participant_id: int | None = None,
        equipment_id: int | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        from makerspace_app.services import bookings, equipment

        self.context = context
        self.booking: BookingRow | None = None
        self._participant: tuple[int, str, str] | None = None  # id, name, badge code
        self._hits: list[Any] = []
        self._searched = ""
        self._explicit = False
        self.setObjectName("newBookingDialog")
        self.setWindowTitle(self.tr("New booking"))
        self.setAccessibleName(self.tr("New booking"))
        self.setMinimumWidth(560)

        with context.unit_of_work(read_only=True) as uow:
            tz = bookings.timezone(uow)
            items = equipment.list_items(uow)
            now = uow.now()
            person = None
            if participant_id is not None:
                from makerspace_app.services.participants import get_participant

                person = get_participant(uow, participant_id)
        self.tz = tz

        # Who.
        self.person_edit = QLineEdit(self)
        self.person_edit.setObjectName("participantSearch")
        self.person_edit.setPlaceholderText(self.tr("Type a name or scan the badge"))
        self.person_edit.setAccessibleName(self.tr("Participant"))
        self.person_edit.setAccessibleDescription(
            self.tr("Type part of the name, or scan or type the badge code, then press Enter"))
        self.person_edit.setClearButtonEnabled(True)
        self.person_edit.installEventFilter(self)
        self.person_list = QListWidget(self)
        self.person_list.setObjectName("participantHits")
        self.person_list.setAccessibleName(self.tr("Matching participants"))
        self.person_list.setMaximumHeight(150)
        self.person_list.hide()
        self.person_list.itemActivated.connect(self._hit_activated)
        self.person_list.itemClicked.connect(self._hit_clicked)
        self.person_label = QLabel(self)
        self.person_label.setObjectName("muted")
        self.person_label.setWordWrap(True)
        self.person_label.setAccessibleName(self.tr("Booking for"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.person_edit.textEdited.connect(self._person_edited)

        # What and when.
        self.when = WhenFields(self, items, tz)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setObjectName("bookingNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Optional, for example the material to bring"))
        self.notes_edit.setMaxLength(bookings.NOTES_MAX)

        self.message = InlineMessage(self)
        self.offers = OfferBar(self)

        self.buttons = QDialogButtonBox(self)
        self.book_button = self.buttons.addButton(self.tr("Book"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setObjectName("bookButton")
        self.book_button.setAccessibleName(self.tr("Book (Enter)"))
        self.book_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel, book nothing (Escape)"))
        cancel.setAutoDefault(False)
        self.book_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        who = QVBoxLayout()
        who.setSpacing(4)
        who.addWidget(self.person_edit)
        who.addWidget(self.person_list)
        who.addWidget(self.person_label)
        person_caption = QLabel(self.tr("&Participant"), self)
        person_caption.setBuddy(self.person_edit)
        form.addRow(person_caption, who)
        item_caption = QLabel(self.tr("&Item"), self)
        item_caption.setBuddy(self.when.item_combo)
        form.addRow(item_caption, self.when.item_combo)
        when_caption = QLabel(self.tr("&When"), self)
        when_caption.setBuddy(self.when.day_edit)
        form.addRow(when_caption, self.when.times)
        notes_caption = QLabel(self.tr("N&otes"), self)
        notes_caption.setBuddy(self.notes_edit)
        form.addRow(notes_caption, self.notes_edit)
        self.form = form  # a series adds its rows here

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.offers)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.main_layout = layout

        # Prefill.
        self.when.set_item(equipment_id)
        if start is None:
            minutes = (now.minute // 30 + 1) * 30
            start = now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(minutes=minutes)
        if end is None or end <= start:
            end = start + dt.timedelta(hours=1)
        self.when.set_range(start, end)
        if person is not None:
            self._choose(person.id, person.display_name, person.badge_code)
            self.when.item_combo.setFocus()
        else:
            self._show_person(None)
            self.person_edit.setFocus()

    # --- the participant ------------------------------------------------------------------

    @property
    def participant_id(self) -> int | None:
        return self._participant[0] if self._participant else None

    def _show_person(self, person: tuple[int, str, str] | None) -> None:
        if person is None:
            self.person_label.setText(self.tr("Nobody chosen yet."))
        else:
            self.person_label.setText(
                self.tr("Booking for %1 · badge %2").replace("%1", person[1]).replace("%2", person[2]))

    def _choose(self, participant_id: int, name: str, badge: str) -> None:
        self._participant = (participant_id, name, badge)
        self._timer.stop()
        self.person_edit.setText(name)
        self._searched = name
        self.person_list.hide()
        self._show_person(self._participant)
        self.message.clear()

    def _person_edited(self, _text: str) -> None:
        if self._participant is not None:
            self._participant = None
            self._show_person(None)
        self._explicit = False
        self._timer.start()

    def search_now(self) -> None:
        """Find participants matching what was typed (a badge code finds its owner)."""
        from makerspace_app.domain.codes import looks_like_badge_code
        from makerspace_app.services.participants import (
            find_by_badge_code,
            search_participants,
        )

        self._timer.stop()
        text = self.person_edit.text().strip()
        self._searched = text
        self._explicit = False
        self.person_list.clear()
        self._hits = []
        if not text:
            self.person_list.hide()
            return
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                owner = find_by_badge_code(uow, text) if looks_like_badge_code(text) else None
                if owner is not None:
                    hits = [owner]
                else:
                    hits = search_participants(uow, text, limit=SEARCH_LIMIT)
        except Exception as err:  # noqa: BLE001 - say why, keep the form usable
            self.message.show_error(err)
            return
        self._hits = list(hits)
        for hit in self._hits:
            age = getattr(hit, "age", None)
            detail = self.tr("badge %1").replace("%1", hit.badge_code)
            if age is not None:
                detail += " · " + self.tr("%n years", "", age)
            entry = QListWidgetItem(f"{hit.display_name} · {detail}")
            entry.setData(PERSON_ROLE, (hit.id, hit.display_name, hit.badge_code))
            self.person_list.addItem(entry)
        if self._hits:
            self.person_list.setCurrentRow(0)
            self.person_list.show()
            self.message.clear()
        else:
            self.person_list.hide()
            self.message.show_message(
                self.tr("No participant matches “%1”. Check the spelling or the badge code, or "
                        "register them in Participants.").replace("%1", text), "info")

    def _hit_clicked(self, entry: QListWidgetItem) -> None:
        self._choose(*entry.data(PERSON_ROLE))

    def _hit_activated(self, entry: QListWidgetItem) -> None:
        self._choose(*entry.data(PERSON_ROLE))
        self.submit()

    def _person_enter(self) -> None:
        """Enter in the participant field: pick the one match (or the highlighted one), book."""
        text = self.person_edit.text().strip()
        if self._participant is not None and text == self._participant[1]:
            self.submit()
            return
        if self._timer.isActive() or text != self._searched:
            self.search_now()
        if not self._hits:
            if not text:
                self.message.show_error(
                    self.tr("Type the participant's name or scan their badge first."))
            return
        if len(self._hits) == 1 or self._explicit:
            entry = self.person_list.currentItem() or self.person_list.item(0)
            self._choose(*entry.data(PERSON_ROLE))
            self.submit()
            return
        self.message.show_message(
            self.tr("%1 participants match. Choose one with the Up and Down keys, then press "
                    "Enter.").replace("%1", str(len(self._hits))), "info")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.person_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._person_enter()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.person_list.count():
                if self.person_list.isHidden():
                    self.person_list.show()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.person_list.count() - 1,
                                 self.person_list.currentRow() + step))
                self.person_list.setCurrentRow(row)
                self._explicit = True
                return True
        return super().eventFilter(watched, event)

    # --- booking --------------------------------------------------------------------------

    def take_offer(self, item_id: int, start: dt.datetime, end: dt.datetime) -> None:
        self.when.set_item(item_id)
        self.when.set_range(start, end)
        self.submit()

    def submit(self) -> None:
        """Book what the form says; on a refusal show why and what would work."""
        from makerspace_app.services import bookings

        self.offers.clear()
        if self._participant is None:
            if self.person_edit.text().strip():
                self._person_enter()  # books when exactly one participant matches
                return
            self.message.show_error(
                self.tr("Choose the participant first: type their name or scan their badge."))
            self.person_edit.setFocus()
            return
        item_id = self.when.item_id()
        if item_id is None:
            self.message.show_error(
                self.tr("“%1” is not one of the items. Choose an item from the list.").replace(
                    "%1", self.when.item_combo.currentText()))
            self.when.item_combo.setFocus()
            return
        start, end = self.when.range()
        try:
            with self.context.unit_of_work() as uow:
                row = bookings.create_booking(uow, item_id, self._participant[0], start, end,
                                              self.notes_edit.text())
        except bookings.BookingRefused as refused:
            self.message.show_error(translate_error(refused))
            offers_for(refused, self.when, self.offers, self.take_offer)
            return
        except Exception as err:
            if not is_domain_error(err):
                log.error("Booking failed", exc_info=(type(err), err, err.__traceback__))
            self.message.show_error(translate_error(err))
            return
        self.booking = row
        self.context.data_changed.emit()
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        participant_id: int | None = None,
        equipment_id: int | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
    ) -> BookingRow | None:
        """Show the dialog; the new booking, or None when nothing was booked."""
        dialog = cls(context, parent, participant_id, equipment_id, start, end)
        try:
            dialog.exec()
            return dialog.booking
        finally:
            dialog.deleteLater()
