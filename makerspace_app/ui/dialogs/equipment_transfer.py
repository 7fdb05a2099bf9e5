"""CSV import and export of equipment from the Equipment page: which file, and what an import
refused (every bad row, by line and reason; nothing was imported).

The file questions are classmethods (``CsvFileDialog.ask_open`` / ``ask_save``) so tests can
answer them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.ui.errors import is_domain_error, translate_error


class CsvFileDialog:
    """Where to read or write an equipment CSV file."""

    @classmethod
    def ask_open(cls, parent: QWidget | None, folder: str) -> str | None:
        title = QCoreApplication.translate("EquipmentTransfer", "Import equipment from a CSV file")
        kinds = QCoreApplication.translate("EquipmentTransfer", "CSV files (*.csv);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, kinds)
        return path or None

    @classmethod
    def ask_save(cls, parent: QWidget | None, suggested_path: str) -> str | None:
        title = QCoreApplication.translate("EquipmentTransfer", "Export equipment to a CSV file")
        kinds = QCoreApplication.translate("EquipmentTransfer", "CSV files (*.csv)")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested_path, kinds)
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
        return path


class ImportRefusedDialog(QDialog):
    """Every bad row of a refused import, with its line number (the header is line 1)."""

    def __init__(self, parent: QWidget | None, file_name: str,
                 errors: Sequence[tuple[int, Any]]) -> None:
        super().__init__(parent)
        self.setObjectName("importRefusedDialog")
        title = self.tr("Nothing was imported")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumSize(620, 360)
        count = len(errors)
        intro = QLabel(
            (self.tr("%1 has 1 row that needs fixing, so nothing was imported.") if count == 1
             else self.tr("%1 has %2 rows that need fixing, so nothing was imported.").replace(
                 "%2", str(count))).replace("%1", file_name)
            + " " + self.tr("Correct these lines in the file (line 1 is the header) and import "
                            "it again; the rows are checked together."), self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intro = intro
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importErrors")
        self.tree.setAccessibleName(self.tr("Rows that need fixing"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setWordWrap(True)
        self.tree.setHeaderLabels([self.tr("Line"), self.tr("What is wrong")])
        self.tree.header().setAccessibleName(self.tr("Rows that need fixing columns"))
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for line, problem in errors:
            # A refusal (template and values) in the user's language; a plain sentence as is.
            reason = translate_error(problem) if is_domain_error(problem) else str(problem)
            entry = QTreeWidgetItem([str(line), reason])
            entry.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            entry.setToolTip(1, reason)
            entry.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                          self.tr("Line %1").replace("%1", str(line)))
            self.tree.addTopLevelItem(entry)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close (Escape)"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def lines(self) -> list[tuple[int, str]]:
        return [(int(self.tree.topLevelItem(n).text(0)), self.tree.topLevelItem(n).text(1))
                for n in range(self.tree.topLevelItemCount())]
