"""One item on the right of the Equipment page: what it is, its photo, its maintenance log, and
when it is out of service (or about to be retired) the bookings it affects, each with one
action to move it to a free item of the same category or to cancel it.

Every button is one unit of work; what the services refuse is said in place, in their words.
Moves and cancellations go through the bookings service, which checks every booking rule and
audits each action.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QEvent,
    QIODevice,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import EquipmentStatus, StaffRole
from makerspace_app.domain.errors import DomainError
from makerspace_app.ui import icons, theme
from makerspace_app.ui.dialogs.confirm import confirm_destructive
from makerspace_app.ui.dialogs.equipment_categories import duration_text
from makerspace_app.ui.dialogs.new_booking import short_time
from makerspace_app.ui.errors import is_domain_error, translate_error
from makerspace_app.ui.models.equipment_model import (
    STATUS_ICONS,
    status_colour,
    status_text,
)
from makerspace_app.ui.widgets.message import InlineMessage

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from makerspace_app.services.equipment import (
        AffectedBooking,
        CategoryRow,
        ItemRow,
        MaintenanceRow,
        MoveOption,
    )
    from makerspace_app.ui.context import AppContext

log = logging.getLogger(__name__)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
PHOTO_MAX_SIDE = 1280
PHOTO_SHOWN = (144, 108)


def day_text(moment: dt.datetime, tz: ZoneInfo) -> str:
    """A day in the user's locale, short: "Thu 5 Mar" (with the year when it is not this one)."""
    day = moment.astimezone(tz).date()
    shown = "ddd d MMM" if day.year == dt.datetime.now(tz).year else "ddd d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), shown)


def moment_text(moment: dt.datetime, tz: ZoneInfo) -> str:
    """ "Thu 5 Mar, 10:00" in the makerspace's time zone. """
    return f"{day_text(moment, tz)}, {short_time(moment, tz)}"


def range_text(start: dt.datetime, end: dt.datetime, tz: ZoneInfo) -> str:
    """ "Thu 5 Mar 2026, 10:00–11:00" in the makerspace's time zone. """
    if start.astimezone(tz).date() == end.astimezone(tz).date():
        return f"{day_text(start, tz)}, {short_time(start, tz)}–{short_time(end, tz)}"
    return f"{moment_text(start, tz)} – {moment_text(end, tz)}"


class PhotoFileDialog:
    """Which picture to use as the item's photo (a classmethod, so tests can answer it)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        from PySide6.QtCore import QCoreApplication

        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ItemDetail", "Choose the item's photo"),
            str(Path.home()),
            QCoreApplication.translate("ItemDetail", "Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"))
        return path or None


def photo_bytes(path: str) -> bytes | None:
    """The picture at ``path`` as JPEG bytes, at most PHOTO_MAX_SIDE pixels a side
    (None when the file is not a picture Qt can read)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PHOTO_MAX_SIDE:
        image = image.scaled(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():  # JPEG has no transparency: put the picture on white
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        from PySide6.QtGui import QPainter

        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())


class _Section(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("sectionTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(6)
        self.content.addWidget(self.title_label)


class AffectedRow(QFrame):
    """One booking the item affects: when and who, where it can go, Move and Cancel."""

    def __init__(self, booking: AffectedBooking, option: MoveOption | None, tz: ZoneInfo,
                 category: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("affectedBooking")
        self.booking = booking
        self.option = option
        when = range_text(booking.starts_at, booking.ends_at, tz)
        self.text_label = QLabel(f"{when} · {booking.participant}", self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if option is None:
            offer = self.tr("No other %1 is free for them; cancel it, or rebook it in Bookings."
                            ).replace("%1", category)
        elif option.same_time_as(booking):
            offer = self.tr("Free at the same time: %1").replace("%1", option.equipment)
        else:
            same_day = option.starts_at.astimezone(tz).date() == booking.starts_at.astimezone(tz).date()
            slot = (f"{short_time(option.starts_at, tz)}–{short_time(option.ends_at, tz)}" if same_day
                    else range_text(option.starts_at, option.ends_at, tz))
            offer = self.tr("Next free: %1, %2").replace("%1", option.equipment).replace("%2", slot)
        self.offer_label = QLabel(offer, self)
        self.offer_label.setObjectName("muted")
        self.offer_label.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Move"), self)
        self.move_button.setObjectName("moveAffected")
        self.move_button.setEnabled(option is not None)
        who = booking.participant
        if option is not None:
            self.move_button.setAccessibleName(
                self.tr("Move the booking of %1 on %2 to %3").replace("%1", who).replace(
                    "%2", when).replace("%3", option.equipment))
            self.move_button.setToolTip(offer)
        else:
            self.move_button.setAccessibleName(
                self.tr("Move the booking of %1 on %2 (no free item)").replace("%1", who).replace(
                    "%2", when))
        self.cancel_button = QPushButton(self.tr("Cancel booking"), self)
        self.cancel_button.setObjectName("cancelAffected")
        self.cancel_button.setAccessibleName(
            self.tr("Cancel the booking of %1 on %2").replace("%1", who).replace("%2", when))
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.text_label)
        words.addWidget(self.offer_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addLayout(words, 1)
        row.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)


class ItemDetail(QWidget):
    """``show_item(id)`` shows an item. ``changed(ItemRow | None)`` after every write;
    ``edit_requested`` when Edit is pressed (the page owns the dialog)."""

    changed = Signal(object)
    edit_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item: ItemRow | None = None
        self.category: CategoryRow | None = None
        self.records: list[MaintenanceRow] = []
        self.affected: list[AffectedBooking] = []
        self.affected_rows: list[AffectedRow] = []
        self._retiring = False
        self._tz: ZoneInfo | None = None
        self.emitting = False  # True while telling the app about our own write
        self.setObjectName("equipmentDetails")

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 0, 12, 12)
        layout.setSpacing(10)

        # What the item is, and its photo.
        self.name_label = QLabel(inner)
        self.name_label.setObjectName("cardTitle")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_icon = QLabel(inner)
        self.status_icon.setFixedSize(18, 18)
        self.status_label = QLabel(inner)
        self.status_label.setObjectName("itemStatus")
        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status_label, 1)
        self.facts_label = QLabel(inner)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_label = QLabel(inner)
        self.rules_label.setObjectName("muted")
        self.rules_label.setWordWrap(True)
        self.notes_label = QLabel(inner)
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who = QVBoxLayout()
        who.setSpacing(3)
        who.addWidget(self.name_label)
        who.addLayout(status_row)
        who.addWidget(self.facts_label)
        who.addWidget(self.rules_label)
        who.addWidget(self.notes_label)
        who.addStretch(1)
        self.photo_label = QLabel(inner)
        self.photo_label.setObjectName("itemPhoto")
        self.photo_label.setFixedSize(*PHOTO_SHOWN)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo_label.setWordWrap(True)
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addLayout(who, 1)
        head.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.edit_button = QPushButton(self.tr("Edit…"), inner)
        self.edit_button.setObjectName("editItem")
        self.edit_button.setAccessibleName(self.tr("Edit the item (Ctrl+E)"))
        self.edit_button.setToolTip(self.tr("Edit the item (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_requested.emit)
        self.photo_button = QPushButton(self.tr("Photo…"), inner)
        self.photo_button.setAccessibleName(self.tr("Choose the item's photo"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"), inner)
        self.remove_photo_button.setAccessibleName(self.tr("Remove the item's photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.retire_button = QPushButton(self.tr("Retire…"), inner)
        self.retire_button.setObjectName("retireItem")
        self.retire_button.clicked.connect(self.retire_or_reinstate)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.edit_button, self.photo_button, self.remove_photo_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.retire_button)
        layout.addLayout(actions)

        self.message = InlineMessage(inner)
        layout.addWidget(self.message)

        # Bookings the item affects.
        self.affected_section = _Section(self.tr("Bookings to move or cancel"), inner)
        self.affected_section.setObjectName("affectedSection")
        self.affected_intro = QLabel(self.affected_section)
        self.affected_intro.setWordWrap(True)
        self.affected_list = QVBoxLayout()
        self.affected_list.setSpacing(0)
        self.affected_section.content.addWidget(self.affected_intro)
        self.affected_section.content.addLayout(self.affected_list)
        self.affected_section.hide()
        layout.addWidget(self.affected_section)

        # The maintenance log.
        self.log_section = _Section(self.tr("Maintenance log"), inner)
        self.entry_edit = QLineEdit(self.log_section)
        self.entry_edit.setObjectName("maintenanceEntry")
        self.entry_edit.setAccessibleName(self.tr("New maintenance entry"))
        self.entry_edit.setPlaceholderText(self.tr("What was found or done, e.g. “Nozzle clogged”"))
        self.entry_edit.returnPressed.connect(self.add_entry)
        self.out_check = QCheckBox(self.tr("Takes it out of service"), self.log_section)
        self.out_check.setObjectName("takesOutOfService")
        self.out_check.setAccessibleName(self.tr("Takes the item out of service"))
        self.out_check.setToolTip(self.tr("New bookings of the item are refused until it is "
                                          "back in service"))
        self.add_button = QPushButton(self.tr("Add to log"), self.log_section)
        self.add_button.setObjectName("addMaintenance")
        self.add_button.setAccessibleName(self.tr("Add the entry to the maintenance log (Enter)"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_entry)
        entry_row = QVBoxLayout()
        entry_row.setSpacing(6)
        entry_row.addWidget(self.entry_edit)
        entry_options = QHBoxLayout()
        entry_options.addWidget(self.out_check)
        entry_options.addStretch(1)
        entry_options.addWidget(self.add_button)
        entry_row.addLayout(entry_options)
        self.log_tree = QTreeWidget(self.log_section)
        self.log_tree.setObjectName("maintenanceLog")
        self.log_tree.setAccessibleName(self.tr("Maintenance log"))
        self.log_tree.setRootIsDecorated(False)
        self.log_tree.setUniformRowHeights(True)
        self.log_tree.setAllColumnsShowFocus(True)
        self.log_tree.setHeaderLabels([self.tr("Reported"), self.tr("What"), self.tr("Status")])
        header = self.log_tree.header()
        header.setAccessibleName(self.tr("Maintenance log columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.log_tree.setMinimumHeight(180)
        self.log_tree.currentItemChanged.connect(lambda *_: self._update_log_buttons())
        self.empty_log_label = QLabel(self.tr("Nothing logged yet."), self.log_section)
        self.empty_log_label.setObjectName("muted")
        self.resolve_button = QPushButton(self.tr("Resolve"), self.log_section)
        self.resolve_button.setObjectName("resolveMaintenance")
        self.resolve_button.setAccessibleName(self.tr("Mark the selected entry resolved"))
        self.resolve_button.setAutoDefault(False)
        self.resolve_button.clicked.connect(self.resolve_current)
        self.back_button = QPushButton(self.tr("Back in service"), self.log_section)
        self.back_button.setObjectName("backInService")
        self.back_button.setAccessibleName(
            self.tr("Back in service: resolve what keeps the item out and make it bookable"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_in_service)
        log_buttons = QHBoxLayout()
        log_buttons.addStretch(1)
        log_buttons.addWidget(self.resolve_button)
        log_buttons.addWidget(self.back_button)
        self.log_section.content.addLayout(entry_row)
        self.log_section.content.addWidget(self.empty_log_label)
        self.log_section.content.addWidget(self.log_tree, 1)
        self.log_section.content.addLayout(log_buttons)
        layout.addWidget(self.log_section)
        layout.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(inner)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = inner
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.refresh_theme()
        self._fit_width()
        # The content's minimum changes with the zoom, the language and the buttons shown
        # ("Retire…" or "Back in service"): follow it each time its layout is redone.
        inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._inner and event.type() == QEvent.Type.LayoutRequest:
            self._fit_width()
        return super().eventFilter(watched, event)

    def _fit_width(self) -> None:
        """Never narrower than the content (so no line is cut off and nothing scrolls sideways)."""
        width = (self._inner.minimumSizeHint().width()
                 + self.scroll.verticalScrollBar().sizeHint().width())
        if width != self.minimumWidth():
            self.setMinimumWidth(width)

    def refresh_theme(self) -> None:
        self.name_label.setFont(theme.heading_font(self, 1.35))
        if self.item is not None:
            self._show_status(self.item.status)

    # --- roles ----------------------------------------------------------------------------

    def can_manage(self) -> bool:
        from makerspace_app.services.permissions import RANK

        actor = self.context.actor
        return actor is not None and RANK[actor.role] >= RANK[StaffRole.COORDINATOR]

    # --- showing --------------------------------------------------------------------------

    def show_item(self, item_id: int) -> ItemRow | None:
        """Read the item, its photo, its log and the bookings it affects (one unit of work)."""
        from makerspace_app.services import bookings, equipment

        keep_retiring = self._retiring and self.item is not None and self.item.id == item_id
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                item = equipment.get_item(uow, item_id)
                category = next((c for c in equipment.list_categories(uow)
                                 if c.id == item.category_id), None)
                photo = equipment.get_photo(uow, item_id) if item.has_photo else None
                records = equipment.maintenance_log(uow, item_id)
                tz = bookings.timezone(uow)
                wants_affected = item.status is not EquipmentStatus.AVAILABLE or keep_retiring
                affected = equipment.affected_bookings(uow, item_id) if wants_affected else []
                options = {a.id: next(iter(equipment.move_options(uow, a.id)), None)
                           for a in affected}
        except DomainError as err:
            self.message.show_error(translate_error(err))
            return None
        if self.item is None or self.item.id != item_id:
            self.message.clear()
            self.scroll.verticalScrollBar().setValue(0)
        self.item, self.category, self.records, self._tz = item, category, records, tz
        self._retiring = keep_retiring and bool(affected)
        self._show_header(item, category, photo)
        self._show_affected(affected, options, tz)
        self._show_log(records, tz)
        return item

    def clear(self) -> None:
        self.item = None
        self._retiring = False
        self.message.clear()

    def _show_status(self, status: EquipmentStatus) -> None:
        word = status_text(status)
        self.status_label.setText(word)
        self.status_label.setAccessibleName(self.tr("Status: %1").replace("%1", word))
        self.status_icon.setPixmap(icons.pixmap(STATUS_ICONS[status], 18,
                                                status_colour(status, self.palette()),
                                                self.devicePixelRatioF()))
        self.status_icon.setAccessibleName(word)

    def _show_header(self, item: ItemRow, category: CategoryRow | None, photo: bytes | None) -> None:
        self.name_label.setText(item.name)
        self.name_label.setAccessibleName(item.name)
        self._show_status(item.status)
        facts = [self.tr("Asset tag %1").replace("%1", item.asset_tag), item.category,
                 item.space or self.tr("no space")]
        if item.serial_number:
            facts.append(self.tr("serial %1").replace("%1", item.serial_number))
        self.facts_label.setText(" · ".join(facts))
        self.rules_label.setText(self._rules(category))
        self.notes_label.setText(item.notes)
        self.notes_label.setVisible(bool(item.notes))
        if photo:
            pixmap = QPixmap()
            pixmap.loadFromData(photo)
            ratio = self.devicePixelRatioF()
            shown = pixmap.scaled(self.photo_label.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            shown.setDevicePixelRatio(ratio)
            self.photo_label.setPixmap(shown)
            self.photo_label.setAccessibleName(self.tr("Photo of %1").replace("%1", item.name))
        else:
            self.photo_label.clear()
            self.photo_label.setText(self.tr("No photo"))
            self.photo_label.setAccessibleName(self.tr("No photo"))
        manage = self.can_manage()
        retired = item.status is EquipmentStatus.RETIRED
        for button in (self.edit_button, self.photo_button, self.remove_photo_button,
                       self.retire_button):
            button.setEnabled(manage)
            button.setToolTip("" if manage else self.tr("Only a coordinator or above can change "
                                                        "items."))
        self.edit_button.setToolTip(self.tr("Edit the item (Ctrl+E)") if manage
                                    else self.edit_button.toolTip())
        self.remove_photo_button.setEnabled(manage and photo is not None)
        self.retire_button.setText(self.tr("Put back in inventory") if retired else self.tr("Retire…"))
        self.retire_button.setAccessibleName(
            self.tr("Put the item back in the inventory") if retired
            else self.tr("Retire the item: it can no longer be booked"))

    def _rules(self, category: CategoryRow | None) -> str:
        if category is None:
            return ""
        parts = [self.tr("Needs a certification") if category.requires_certification
                 else self.tr("No certification needed")]
        if category.min_age:
            parts.append(self.tr("ages %1 and over").replace("%1", str(category.min_age)))
        if category.max_booking_minutes:
            parts.append(self.tr("at most %1 a booking").replace(
                "%1", duration_text(category.max_booking_minutes)))
        return " · ".join(parts)

    def _show_affected(self, affected: list[AffectedBooking], options: dict[int, Any],
                       tz: ZoneInfo) -> None:
        for row in self.affected_rows:
            self.affected_list.removeWidget(row)
            row.deleteLater()
        self.affected_rows = []
        self.affected = affected
        item = self.item
        if not affected or item is None:
            self.affected_section.hide()
            return
        count = len(affected)
        self.affected_section.title_label.setText(
            self.tr("Bookings to move or cancel (%1)").replace("%1", str(count)))
        if item.status is EquipmentStatus.OUT_OF_SERVICE:
            intro = self.tr("%1 is out of service, so new bookings of it are refused. These were "
                            "made before: move each to another %2, or cancel it.")
        elif item.status is EquipmentStatus.RETIRED:
            intro = self.tr("%1 is retired. These bookings still hold it: move each to another "
                            "%2, or cancel it.")
        else:
            intro = self.tr("%1 can be retired once no booking holds it. Move each of these to "
                            "another %2, or cancel it; then retire it.")
        self.affected_intro.setText(intro.replace("%1", item.name).replace("%2", item.category))
        category = item.category
        previous: QWidget = self.retire_button  # Tab goes from the item's actions to the rows
        for booking in affected:
            row = AffectedRow(booking, options.get(booking.id), tz, category, self.affected_section)
            row.move_button.clicked.connect(lambda _=False, r=row: self.move_booking(r))
            row.cancel_button.clicked.connect(lambda _=False, r=row: self.cancel_booking(r))
            self.affected_list.addWidget(row)
            self.affected_rows.append(row)
            QWidget.setTabOrder(previous, row.move_button)
            QWidget.setTabOrder(row.move_button, row.cancel_button)
            previous = row.cancel_button
        QWidget.setTabOrder(previous, self.entry_edit)  # then on to the maintenance log
        self.affected_section.show()
        self._fit_width()

    def _show_log(self, records: list[MaintenanceRow], tz: ZoneInfo) -> None:
        current = self.log_tree.currentItem()
        current_id = current.data(0, RECORD_ROLE) if current is not None else None
        self.log_tree.clear()
        for record in records:
            if not record.takes_out_of_service:
                status = self.tr("Note")
            elif record.resolved_at is None:
                status = self.tr("Out of service, open")
            else:
                status = self.tr("Resolved %1").replace("%1", day_text(record.resolved_at, tz))
            entry = QTreeWidgetItem([day_text(record.reported_at, tz), record.description, status])
            entry.setData(0, RECORD_ROLE, record.id)
            entry.setToolTip(0, moment_text(record.reported_at, tz))
            entry.setToolTip(1, record.description)
            if record.resolved_at is not None:
                entry.setToolTip(2, self.tr("Out of service from %1 to %2").replace(
                    "%1", moment_text(record.reported_at, tz)).replace(
                    "%2", moment_text(record.resolved_at, tz)))
            self.log_tree.addTopLevelItem(entry)
            if record.id == current_id:
                self.log_tree.setCurrentItem(entry)
        self.empty_log_label.setVisible(not records)
        self.log_tree.setVisible(bool(records))
        self.resolve_button.setVisible(bool(records))
        item = self.item
        retired = item is not None and item.status is EquipmentStatus.RETIRED
        for widget in (self.entry_edit, self.out_check, self.add_button):
            widget.setEnabled(not retired)
        self.entry_edit.setPlaceholderText(
            self.tr("A retired item has no new entries; put it back in the inventory first.")
            if retired else self.tr("What was found or done, e.g. “Nozzle clogged”"))
        self._update_log_buttons()

    def _record(self, record_id: int | None) -> MaintenanceRow | None:
        return next((r for r in self.records if r.id == record_id), None)

    def _update_log_buttons(self) -> None:
        current = self.log_tree.currentItem()
        record = self._record(current.data(0, RECORD_ROLE)) if current is not None else None
        self.resolve_button.setEnabled(
            record is not None and record.takes_out_of_service and record.resolved_at is None)
        out = self.item is not None and self.item.status is EquipmentStatus.OUT_OF_SERVICE
        self.back_button.setVisible(out)

    # --- doing ----------------------------------------------------------------------------

    def _write(self, fn, success: str | None = None) -> Any:
        """Run ``fn(uow)`` in one unit of work; show a refusal; on success reread the item."""
        assert self.item is not None
        item_id = self.item.id
        try:
            with self.context.unit_of_work() as uow:
                result = fn(uow)
        except Exception as err:
            if not is_domain_error(err):
                log.error("Equipment action failed", exc_info=(type(err), err, err.__traceback__))
            self.message.show_error(translate_error(err))
            return None
        shown = self.show_item(item_id)
        if success:
            self.message.show_message(success, "success")
        self.changed.emit(shown)
        self.emitting = True
        try:
            self.context.data_changed.emit()
        finally:
            self.emitting = False
        return result if result is not None else True

    def add_entry(self) -> bool:
        from makerspace_app.services import equipment

        if self.item is None:
            return False
        text = self.entry_edit.text()
        out = self.out_check.isChecked()
        name = self.item.name
        done = self._write(lambda uow: equipment.log_maintenance(
            uow, self.item.id, text, takes_out_of_service=out))
        if done is None:
            self.entry_edit.setFocus()
            return False
        self.entry_edit.clear()
        self.out_check.setChecked(False)
        if out:
            count = len(self.affected)
            text = self.tr("%1 is out of service: new bookings of it are refused.").replace("%1", name)
            if count:
                text += " " + (self.tr("1 booking already made needs moving or cancelling; it is "
                                       "listed below.") if count == 1 else
                               self.tr("%1 bookings already made need moving or cancelling; they "
                                       "are listed below.").replace("%1", str(count)))
            self.message.show_message(text, "info")
            if self.affected_rows:
                first = self.affected_rows[0]
                target = first.move_button if first.move_button.isEnabled() else first.cancel_button
                target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.message.show_message(self.tr("Added to the maintenance log."), "success")
        return True

    def resolve_current(self) -> bool:
        from makerspace_app.services import equipment

        current = self.log_tree.currentItem()
        if current is None or self.item is None:
            return False
        record_id = int(current.data(0, RECORD_ROLE))
        row = self._write(lambda uow: equipment.resolve_maintenance(uow, record_id))
        if row is None:
            return False
        if self.item.status is EquipmentStatus.AVAILABLE:
            self.message.show_message(
                self.tr("Resolved. %1 is back in service.").replace("%1", self.item.name), "success")
        else:
            self.message.show_message(self.tr("Resolved."), "success")
        return True

    def back_in_service(self) -> bool:
        from makerspace_app.services import equipment

        if self.item is None:
            return False
        item_id, name = self.item.id, self.item.name
        return self._write(
            lambda uow: equipment.return_to_service(uow, item_id),
            self.tr("%1 is back in service and can be booked again.").replace("%1", name),
        ) is not None

    def move_booking(self, row: AffectedRow) -> bool:
        from makerspace_app.services import bookings

        option, booking = row.option, row.booking
        if option is None or self._tz is None:
            return False
        text = self.tr("Moved the booking of %1 to %2, %3.").replace("%1", booking.participant).replace(
            "%2", option.equipment).replace("%3", range_text(option.starts_at, option.ends_at, self._tz))
        return self._write(lambda uow: bookings.move_booking(
            uow, booking.id, option.starts_at, option.ends_at, option.equipment_id), text) is not None

    def cancel_booking(self, row: AffectedRow) -> bool:
        from makerspace_app.services import bookings

        booking, item = row.booking, self.item
        if item is None or self._tz is None:
            return False
        when = range_text(booking.starts_at, booking.ends_at, self._tz)
        if not confirm_destructive(
            self, self.tr("Cancel booking"),
            self.tr("Cancel the booking of %1?").replace("%1", booking.participant),
            self.tr("%1 on %2. Let them know: the slot is freed and the booking cannot be "
                    "restored.").replace("%1", item.name).replace("%2", when),
            self.tr("Cancel booking"), self.tr("Keep it"),
            keep_name=self.tr("Keep the booking"),
        ):
            return False
        reason = {EquipmentStatus.OUT_OF_SERVICE: "item out of service",
                  EquipmentStatus.RETIRED: "item retired"}.get(item.status, "item to be retired")
        text = self.tr("Cancelled the booking of %1 on %2.").replace("%1", booking.participant).replace(
            "%2", when)
        return self._write(lambda uow: bookings.cancel_booking(uow, booking.id, reason), text) is not None

    def retire_or_reinstate(self) -> bool:
        from makerspace_app.services import equipment

        item = self.item
        if item is None:
            return False
        if item.status is EquipmentStatus.RETIRED:
            return self._write(lambda uow: equipment.reinstate_item(uow, item.id),
                               self.tr("%1 is back in the inventory.").replace("%1", item.name)) is not None
        self._retiring = True
        shown = self.show_item(item.id)
        if shown is None:
            return False
        if self.affected:
            self.message.show_message(
                self.tr("%1 still has bookings to come. Move or cancel them (below), then "
                        "retire it.").replace("%1", item.name), "info")
            return False
        self._retiring = False
        if not confirm_destructive(
            self, self.tr("Retire item"), self.tr("Retire %1?").replace("%1", item.name),
            self.tr("It leaves the list and the timeline and can no longer be booked. Its "
                    "bookings and maintenance log are kept, and you can put it back in the "
                    "inventory later."),
            self.tr("Retire"), self.tr("Keep it"), keep_name=self.tr("Keep the item"),
        ):
            return False
        return self._write(lambda uow: equipment.retire_item(uow, item.id),
                           self.tr("%1 is retired.").replace("%1", item.name)) is not None

    def choose_photo(self) -> bool:
        from makerspace_app.services import equipment

        if self.item is None:
            return False
        path = PhotoFileDialog.ask(self)
        if not path:
            return False
        data = photo_bytes(path)
        if data is None:
            self.message.show_error(self.tr("%1 is not a picture the app can read. Choose a PNG "
                                            "or JPEG file.").replace("%1", Path(path).name))
            return False
        item_id = self.item.id
        return self._write(lambda uow: equipment.set_photo(uow, item_id, data),
                           self.tr("Photo saved.")) is not None

    def remove_photo(self) -> bool:
        from makerspace_app.services import equipment

        if self.item is None:
            return False
        item_id = self.item.id
        return self._write(lambda uow: equipment.set_photo(uow, item_id, None),
                           self.tr("Photo removed.")) is not None
