"""The audit log for coordinators: who changed what and when, filtered by days, staff member,
action and record, and exported to a CSV file (UTF-8 with BOM, opens in Excel).

Reading and exporting are checked in services/audit.py (coordinator or admin); a refusal is
shown in the dialog in its own words.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimer
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.errors import DomainError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.services import audit, settings
from makerspace_app.services.audit import AuditFilter, AuditRow
from makerspace_app.ui.widgets.message import InlineMessage

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from makerspace_app.ui.context import AppContext

CTX = "AuditLogDialog"
DEFAULT_DAYS = 30

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLogDialog", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLogDialog", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLogDialog", "Deleted"),
    "cancel": QT_TRANSLATE_NOOP("AuditLogDialog", "Cancelled"),
    "move": QT_TRANSLATE_NOOP("AuditLogDialog", "Moved"),
    "check_in": QT_TRANSLATE_NOOP("AuditLogDialog", "Checked in"),
    "check_out": QT_TRANSLATE_NOOP("AuditLogDialog", "Checked out"),
    "no_show": QT_TRANSLATE_NOOP("AuditLogDialog", "Released as no-show"),
    "enrol": QT_TRANSLATE_NOOP("AuditLogDialog", "Enrolled"),
    "withdraw": QT_TRANSLATE_NOOP("AuditLogDialog", "Withdrawn"),
    "promote": QT_TRANSLATE_NOOP("AuditLogDialog", "Moved up from the waitlist"),
    "complete": QT_TRANSLATE_NOOP("AuditLogDialog", "Completed"),
    "mark_present": QT_TRANSLATE_NOOP("AuditLogDialog", "Marked present"),
    "unmark_present": QT_TRANSLATE_NOOP("AuditLogDialog", "Unmarked present"),
    "grant": QT_TRANSLATE_NOOP("AuditLogDialog", "Granted"),
    "revoke": QT_TRANSLATE_NOOP("AuditLogDialog", "Revoked"),
    "give_consent": QT_TRANSLATE_NOOP("AuditLogDialog", "Consent given"),
    "withdraw_consent": QT_TRANSLATE_NOOP("AuditLogDialog", "Consent withdrawn"),
    "erase": QT_TRANSLATE_NOOP("AuditLogDialog", "Erased"),
    "export": QT_TRANSLATE_NOOP("AuditLogDialog", "Exported"),
    "export_data": QT_TRANSLATE_NOOP("AuditLogDialog", "Personal data exported"),
    "import": QT_TRANSLATE_NOOP("AuditLogDialog", "Imported"),
    "retire": QT_TRANSLATE_NOOP("AuditLogDialog", "Retired"),
    "maintenance": QT_TRANSLATE_NOOP("AuditLogDialog", "Maintenance logged"),
    "maintenance_resolved": QT_TRANSLATE_NOOP("AuditLogDialog", "Maintenance resolved"),
    "backup": QT_TRANSLATE_NOOP("AuditLogDialog", "Backed up"),
    "restore": QT_TRANSLATE_NOOP("AuditLogDialog", "Restored"),
    "issue": QT_TRANSLATE_NOOP("AuditLogDialog", "Issued"),
    "reprint": QT_TRANSLATE_NOOP("AuditLogDialog", "Reprinted"),
}
RECORDS = {
    "participant": QT_TRANSLATE_NOOP("AuditLogDialog", "Participant"),
    "participants": QT_TRANSLATE_NOOP("AuditLogDialog", "Participants"),
    "booking": QT_TRANSLATE_NOOP("AuditLogDialog", "Booking"),
    "booking_series": QT_TRANSLATE_NOOP("AuditLogDialog", "Booking series"),
    "equipment": QT_TRANSLATE_NOOP("AuditLogDialog", "Item"),
    "equipment_category": QT_TRANSLATE_NOOP("AuditLogDialog", "Equipment category"),
    "workshop": QT_TRANSLATE_NOOP("AuditLogDialog", "Workshop"),
    "workshop_session": QT_TRANSLATE_NOOP("AuditLogDialog", "Session"),
    "enrolment": QT_TRANSLATE_NOOP("AuditLogDialog", "Enrolment"),
    "certification": QT_TRANSLATE_NOOP("AuditLogDialog", "Certification"),
    "credential": QT_TRANSLATE_NOOP("AuditLogDialog", "Badge or certificate"),
    "project": QT_TRANSLATE_NOOP("AuditLogDialog", "Project"),
    "staff": QT_TRANSLATE_NOOP("AuditLogDialog", "Staff member"),
    "setting": QT_TRANSLATE_NOOP("AuditLogDialog", "Setting"),
    "database": QT_TRANSLATE_NOOP("AuditLogDialog", "Database"),
    "audit_log": QT_TRANSLATE_NOOP("AuditLogDialog", "Audit log"),
}


def staff_text(actor: str, name: str) -> str:
    """A staff member's name; a headless command as the operating-system user who ran it."""
    if actor.startswith("system:"):
        return QCoreApplication.translate(CTX, "Command line (%1)").replace(
            "%1", actor.removeprefix("system:"))
    return name


def action_text(action: str) -> str:
    english = ACTIONS.get(action)
    return QCoreApplication.translate(CTX, english) if english else action


def record_text(entity: str) -> str:
    english = RECORDS.get(entity)
    return QCoreApplication.translate(CTX, english) if english else entity


class AuditLogDialog(QDialog):
    """Opens on the last 30 days; every filter change shows the matching events at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Audit log"))
        self.setAccessibleName(self.tr("Audit log"))
        self.resize(1040, 620)
        self._rows: list[AuditRow] = []
        self._zone: ZoneInfo | None = None
        self._loading = False
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(250)
        self._reload.timeout.connect(self.refresh)

        intro = QLabel(self.tr(
            "Every change made in the app: who made it, when, and to which record. Passwords "
            "and erased participants' details are never recorded."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")

        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("&From"))
        self.from_check.setAccessibleName(self.tr("Only from a day on"))
        self.from_check.setChecked(True)
        self.from_edit = self._date_edit(today.addDays(-DEFAULT_DAYS), self.tr("First day"))
        self.to_check = QCheckBox(self.tr("&To"))
        self.to_check.setAccessibleName(self.tr("Only up to a day"))
        self.to_edit = self._date_edit(today, self.tr("Last day"))
        self.to_edit.setEnabled(False)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._changed)
            edit.dateChanged.connect(self._changed)

        self.staff_combo = self._combo(self.tr("Staff member"), self.tr("Anyone"))
        self.action_combo = self._combo(self.tr("Action"), self.tr("Any action"))
        self.record_combo = self._combo(self.tr("Kind of record"), self.tr("Any record"))
        self.record_id_edit = QLineEdit()
        self.record_id_edit.setAccessibleName(self.tr("Record number"))
        self.record_id_edit.setPlaceholderText(self.tr("Number"))
        self.record_id_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.record_id_edit.setMaximumWidth(110)
        self.record_id_edit.textChanged.connect(self._changed)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.from_check, 0, 0)
        grid.addWidget(self.from_edit, 0, 1)
        grid.addWidget(self.to_check, 0, 2)
        grid.addWidget(self.to_edit, 0, 3)
        grid.addWidget(self._label(self.tr("&Staff member"), self.staff_combo), 0, 4)
        grid.addWidget(self.staff_combo, 0, 5)
        grid.addWidget(self._label(self.tr("&Action"), self.action_combo), 1, 0)
        grid.addWidget(self.action_combo, 1, 1)
        grid.addWidget(self._label(self.tr("&Record"), self.record_combo), 1, 2)
        grid.addWidget(self.record_combo, 1, 3)
        grid.addWidget(self._label(self.tr("N&umber"), self.record_id_edit), 1, 4)
        grid.addWidget(self.record_id_edit, 1, 5)
        grid.setColumnStretch(6, 1)

        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Audit events, newest first"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([
            self.tr("When"), self.tr("Staff member"), self.tr("Action"), self.tr("Record"),
            self.tr("Number"), self.tr("Details"),
        ])
        header = self.table.header()
        header.setAccessibleName(self.tr("Column headings"))
        header.setStretchLastSection(True)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.message = InlineMessage(self)

        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the shown events to a CSV file"))
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the audit log"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

        self._load_choices()
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _date_edit(self, date: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDisplayFormat(self.locale().dateFormat(QLocale.FormatType.ShortFormat))
        return edit

    def _combo(self, name: str, anything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(anything, "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _load_choices(self) -> None:
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                found = audit.choices(uow)
                self._zone = settings.timezone(uow)
        except DomainError as err:
            self.message.show_error(err)
            return
        self._loading = True
        try:
            for actor, name in found.actors:
                shown = staff_text(actor, name)
                if shown == name and name != actor:
                    shown = f"{name} ({actor})"
                self.staff_combo.addItem(shown, actor)
            for action in found.actions:
                self.action_combo.addItem(action_text(action), action)
            for entity in found.entities:
                self.record_combo.addItem(record_text(entity), entity)
        finally:
            self._loading = False

    # --- filtering ------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        typed = self.record_id_edit.text().strip()
        return AuditFilter(
            first_day=self.from_edit.date().toPython() if self.from_check.isChecked() else None,
            last_day=self.to_edit.date().toPython() if self.to_check.isChecked() else None,
            actor=self.staff_combo.currentData() or "",
            action=self.action_combo.currentData() or "",
            entity=self.record_combo.currentData() or "",
            entity_id=int(typed) if typed.isdigit() else None,
        )

    def select_filter_value(self, combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._reload.start()

    def refresh(self) -> None:
        self._reload.stop()
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                page = audit.list_events(uow, self.current_filter())
                self._zone = settings.timezone(uow)
        except DomainError as err:
            self.table.clear()
            self._rows = []
            self.count_label.clear()
            self.export_button.setEnabled(False)
            self.message.show_error(err)
            return
        self.message.clear()
        self._rows = page.rows
        self.table.clear()
        locale = self.locale()
        for row in page.rows:
            item = QTreeWidgetItem([
                self.when_text(row.at, locale), staff_text(row.actor, row.staff_name),
                action_text(row.action),
                record_text(row.entity), locale.toString(row.entity_id) if row.entity_id else "",
                row.details_text(),
            ])
            item.setToolTip(1, row.actor)
            item.setToolTip(5, row.details_text())
            self.table.addTopLevelItem(item)
        if page.total == 0:
            self.count_label.setText(self.tr("No change matches these filters."))
        elif page.total > len(page.rows):
            self.count_label.setText(
                self.tr("Showing the newest %1 of %2 changes. Narrow the days to see older ones, "
                        "or export them all.")
                .replace("%1", locale.toString(len(page.rows)))
                .replace("%2", locale.toString(page.total))
            )
        else:
            self.count_label.setText(
                self.tr("%1 change(s).").replace("%1", locale.toString(page.total)))
        self.export_button.setEnabled(page.total > 0)

    def when_text(self, at: dt.datetime, locale: QLocale) -> str:
        local = at.astimezone(self._zone) if self._zone is not None else at
        moment = QDateTime(local.date(), local.time().replace(microsecond=0))
        return locale.toString(moment, QLocale.FormatType.ShortFormat)

    def row_count(self) -> int:
        return self.table.topLevelItemCount()

    # --- export ---------------------------------------------------------------------------

    def choose_export_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path and not path.lower().endswith(".csv"):
            path += ".csv"
        return path

    def export(self) -> None:
        path = self.choose_export_path()
        if not path:
            return
        try:
            with self.context.unit_of_work() as uow:
                count = audit.export_csv(uow, path, self.current_filter())
        except DomainError as err:
            self.message.show_error(err)
            return
        self.message.show_message(
            self.tr("%1 change(s) written to %2.")
            .replace("%1", self.locale().toString(count)).replace("%2", path),
            "success",
        )
        self.context.data_changed.emit()
