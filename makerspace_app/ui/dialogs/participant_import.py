"""Participants from and to CSV files, from the Participants page.

Importing is two steps in one dialog. Choosing a file checks it first (a dry run: nothing is
imported) and lists every row that needs fixing with its line number and the reason; only a
file with no bad row can then be imported, and exactly the bytes that were checked are
imported. The file is read as UTF-8 with or without a byte-order mark, so files saved by Excel
as "CSV UTF-8" work. Checking and importing run off the UI thread.

The file questions are classmethods (``ParticipantCsvFile.ask_open`` / ``ask_save``) so tests
can answer them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.services import participant_csv
from makerspace_app.services.csv_io import ImportRefused, ImportReport
from makerspace_app.ui import tasks
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.errors import translate_error
from makerspace_app.ui.widgets.message import InlineMessage

CONTEXT = "ParticipantImport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ParticipantCsvFile:
    """Where to read or write a participants CSV file."""

    @classmethod
    def ask_open(cls, parent: QWidget | None, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ParticipantImport", "Import participants from a CSV file"), folder,
            QCoreApplication.translate("ParticipantImport", "CSV files (*.csv);;All files (*)"))
        return path or None

    @classmethod
    def ask_save(cls, parent: QWidget | None, suggested_path: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ParticipantImport", "Export participants to a CSV file"), suggested_path,
            QCoreApplication.translate("ParticipantImport", "CSV files (*.csv)"))
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
        return path


@dataclass(frozen=True)
class _Checked:
    path: str
    data: bytes
    report: ImportReport


class ParticipantImportDialog(QDialog):
    """Choose a file, see what it would do (or every bad row), then import it."""

    imported = Signal(object)  # the ImportReport of a finished import

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("participantImportDialog")
        title = QCoreApplication.translate("ParticipantImport", "Import participants")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumSize(680, 440)
        self.task: tasks.Task | None = None
        self.checked: _Checked | None = None
        self.report: ImportReport | None = None
        self._path = ""
        self._importing = False

        intro = QLabel(QCoreApplication.translate("ParticipantImport", 
            "Choose a CSV file with one participant per row, as Export writes it or as a "
            "spreadsheet saves it as “CSV UTF-8”. The whole file is checked first; nothing is "
            "imported until you press Import."), self)
        intro.setWordWrap(True)

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ParticipantImport", "No file chosen"))
        self.file_edit.setAccessibleName(QCoreApplication.translate("ParticipantImport", "File to import"))
        file_label = QLabel(QCoreApplication.translate("ParticipantImport", "&File:"), self)
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(QCoreApplication.translate("ParticipantImport", "&Choose file…"), self)
        self.choose_button.setAccessibleName(QCoreApplication.translate("ParticipantImport", "Choose the CSV file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        self.recheck_button = QPushButton(QCoreApplication.translate("ParticipantImport", "Check &again"), self)
        self.recheck_button.setAccessibleName(
            QCoreApplication.translate("ParticipantImport", "Check the file again after correcting it"))
        self.recheck_button.clicked.connect(self.check_again)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.recheck_button)

        self.message = InlineMessage(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # how long is unknown: it moves while it works
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(QCoreApplication.translate("ParticipantImport", "Working"))
        self.progress.hide()

        # A table, not a tree: its rows grow to show each whole reason, wrapped.
        self.problems = QTableWidget(0, 2, self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(QCoreApplication.translate("ParticipantImport", "Rows that need fixing"))
        self.problems.setHorizontalHeaderLabels([QCoreApplication.translate("ParticipantImport", "Line"), QCoreApplication.translate("ParticipantImport", "What is wrong")])
        self.problems.horizontalHeader().setAccessibleName(QCoreApplication.translate("ParticipantImport", "Rows that need fixing columns"))
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.problems.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.problems.verticalHeader().setAccessibleName(QCoreApplication.translate("ParticipantImport", "Rows that need fixing rows"))
        self.problems.verticalHeader().hide()
        self.problems.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems.setTabKeyNavigation(False)
        self.problems.setAlternatingRowColors(True)
        self.problems.setShowGrid(False)
        self.problems.hide()

        self.import_button = QPushButton(QCoreApplication.translate("ParticipantImport", "&Import"), self)
        self.import_button.setAccessibleName(QCoreApplication.translate("ParticipantImport", "Import the checked file"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_checked)
        self.close_button = QPushButton(QCoreApplication.translate("ParticipantImport", "Close"), self)
        self.close_button.setAccessibleName(QCoreApplication.translate("ParticipantImport", "Close (Escape)"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self.setTabOrder(self.choose_button, self.recheck_button)
        self.setTabOrder(self.recheck_button, self.problems)
        self.setTabOrder(self.problems, self.import_button)
        self.setTabOrder(self.import_button, self.close_button)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.checked is None and self.task is None:
            self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- checking ------------------------------------------------------------------------

    def choose_file(self) -> bool:
        folder = str(Path(self._path).parent) if self._path else str(Path.home())
        path = ParticipantCsvFile.ask_open(self, folder)
        if not path:
            return False
        self.check(path)
        return True

    def check_again(self) -> None:
        if self._path:
            self.check(self._path)

    def check(self, path: str) -> None:
        """Read the file and check every row (nothing is imported)."""
        if self.task is not None:
            return
        self._path = path
        self.file_edit.setText(path)
        self.checked = None
        self._show_problems([])
        self.message.show_message(
            QCoreApplication.translate("ParticipantImport", "Checking %1…").replace("%1", Path(path).name), "info")
        context = self.context

        def work() -> _Checked:
            data = participant_csv.read_file(path)
            with context.unit_of_work(read_only=True) as uow:
                report = participant_csv.import_participants_csv(uow, data, dry_run=True)
            return _Checked(path, data, report)

        self._start(work, self._checked, self._check_failed)

    def _checked(self, checked: _Checked) -> None:
        self._finish()
        self.checked = checked
        report = checked.report
        rows = report.created + report.updated
        if rows == 0:
            self.checked = None
            self.message.show_message(
                QCoreApplication.translate("ParticipantImport", "%1 has no participant rows, only the line naming the columns. "
                    "Choose another file.").replace("%1", Path(checked.path).name), "info")
        else:
            self.message.show_message(
                QCoreApplication.translate("ParticipantImport", "Every row of %1 can be imported: %2 new participant(s) and %3 update(s) "
                    "of participants already registered (matched by badge code). Nothing has "
                    "been imported yet: press Import.")
                .replace("%1", Path(checked.path).name)
                .replace("%2", self.locale().toString(report.created))
                .replace("%3", self.locale().toString(report.updated)),
                "success")
        self._update_buttons()
        if self.checked is not None:
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_failed(self, err: BaseException) -> None:
        self._finish()
        self.checked = None
        if isinstance(err, ImportRefused):
            problems = self._reasons(err)
            count = len(problems)
            self.message.show_message(
                (QCoreApplication.translate("ParticipantImport", "Nothing can be imported: 1 row needs fixing.") if count == 1 else
                 QCoreApplication.translate("ParticipantImport", "Nothing can be imported: %1 rows need fixing.").replace(
                     "%1", self.locale().toString(count)))
                + " " + QCoreApplication.translate("ParticipantImport", "Correct these lines in the file (line 1 names the columns), save "
                            "it and press Check again."),
                "error")
            self._show_problems(problems)
            self.problems.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.message.show_message(translate_error(err), "error")
        self._update_buttons()

    @staticmethod
    def _reasons(err: ImportRefused) -> list[tuple[int, str]]:
        problems = getattr(err, "problems", None)
        if problems is not None:
            return [(line, translate_error(error)) for line, error in problems]
        return list(err.errors)

    def _show_problems(self, problems: list[tuple[int, str]]) -> None:
        self.problems.clearContents()
        self.problems.setRowCount(len(problems))
        for row, (line, reason) in enumerate(problems):
            number = self.locale().toString(line)
            line_cell = QTableWidgetItem(number)
            line_cell.setData(Qt.ItemDataRole.UserRole, line)
            line_cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            line_cell.setData(Qt.ItemDataRole.AccessibleTextRole,
                              QCoreApplication.translate("ParticipantImport", "Line %1").replace("%1", number))
            reason_cell = QTableWidgetItem(reason)
            reason_cell.setToolTip(reason)
            reason_cell.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            self.problems.setItem(row, 0, line_cell)
            self.problems.setItem(row, 1, reason_cell)
        self.problems.setVisible(bool(problems))
        if problems:
            self.problems.setCurrentCell(0, 1)
            self.problems.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.problems.resizeRowsToContents()  # the reasons wrap to the new width

    def listed_problems(self) -> list[tuple[int, str]]:
        """(line, reason) of every row shown as needing fixing."""
        return [
            (int(self.problems.item(n, 0).data(Qt.ItemDataRole.UserRole)),
             self.problems.item(n, 1).text())
            for n in range(self.problems.rowCount())
        ]

    # --- importing -----------------------------------------------------------------------

    def import_checked(self) -> None:
        """Import exactly the checked file (its rows are checked once more as they go in)."""
        checked = self.checked
        if checked is None or self.task is not None:
            return
        self.message.show_message(
            QCoreApplication.translate("ParticipantImport", "Importing %1…").replace("%1", Path(checked.path).name), "info")
        context = self.context
        self._importing = True

        def work() -> ImportReport:
            with context.unit_of_work() as uow:
                return participant_csv.import_participants_csv(uow, checked.data)

        self._start(work, self._imported, self._check_failed)

    def _imported(self, report: ImportReport) -> None:
        self._finish()
        self.checked = None
        self.report = report
        self.message.show_message(
            QCoreApplication.translate("ParticipantImport", "Imported: %1 new participant(s), %2 updated.")
            .replace("%1", self.locale().toString(report.created))
            .replace("%2", self.locale().toString(report.updated)),
            "success")
        self._update_buttons()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.imported.emit(report)

    # --- running -------------------------------------------------------------------------

    def _start(self, work: Any, done: Any, failed: Any) -> None:
        self.progress.show()
        self.task = tasks.run(work, done, failed)
        self._update_buttons()

    def _finish(self) -> None:
        self.task = None
        self._importing = False
        self.progress.hide()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        self.choose_button.setEnabled(not busy)
        self.recheck_button.setEnabled(not busy and bool(self._path))
        self.import_button.setEnabled(not busy and self.checked is not None)
        if self.checked is not None:
            rows = self.checked.report.created + self.checked.report.updated
            self.import_button.setText(
                QCoreApplication.translate("ParticipantImport", "&Import 1 row") if rows == 1 else
                QCoreApplication.translate("ParticipantImport", "&Import %1 rows").replace("%1", self.locale().toString(rows)))
        else:
            self.import_button.setText(QCoreApplication.translate("ParticipantImport", "&Import"))
        self.import_button.setDefault(self.checked is not None)

    def reject(self) -> None:
        if self.task is not None:
            if self._importing:
                # One transaction under way: it finishes (or changes nothing) in a moment.
                return
            self.task.cancel()  # a check is simply thrown away
            self._finish()
        super().reject()
