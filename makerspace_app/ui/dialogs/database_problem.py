"""When the database cannot be opened: say what is wrong; offer the latest good backup (when
there is one), another file, or quitting.

The file that failed is never changed: opening the backup opens a copy of it put beside the
failed file (services.backup.copy_for_opening); choosing another file opens (or creates) it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from makerspace_app.ui.errors import translate_error

CHOOSE = "choose"
QUIT = "quit"
BACKUP = "backup"


class DatabaseProblemDialog:
    """``ask`` shows the problem and returns CHOOSE or QUIT; ``choose_file`` asks for a file."""

    @classmethod
    def ask(cls, parent: QWidget | None, err: BaseException, where: str = "",
            backup_taken: str = "") -> str:
        """CHOOSE, QUIT, or BACKUP when ``backup_taken`` (when the latest good backup was
        taken, as shown to the person) is given and chosen."""
        title = QCoreApplication.translate(
            "DatabaseProblemDialog", "The database cannot be opened"
        )
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(
            QCoreApplication.translate("DatabaseProblemDialog", "The database cannot be opened.")
        )
        text = translate_error(err)
        if where and where not in text:
            text += "\n\n" + QCoreApplication.translate(
                "DatabaseProblemDialog", "Database: %1"
            ).replace("%1", where)
        box.setInformativeText(text)
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        choose = box.addButton(
            QCoreApplication.translate("DatabaseProblemDialog", "Choose another file…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choose.setAccessibleName(
            QCoreApplication.translate("DatabaseProblemDialog", "Choose another database file")
        )
        quit_button = box.addButton(
            QCoreApplication.translate("DatabaseProblemDialog", "Quit"),
            QMessageBox.ButtonRole.RejectRole,
        )
        quit_button.setAccessibleName(
            QCoreApplication.translate("DatabaseProblemDialog", "Quit the app")
        )
        backup_button = None
        if backup_taken:
            backup_button = box.addButton(
                QCoreApplication.translate("DatabaseProblemDialog", "Open the latest backup"),
                QMessageBox.ButtonRole.YesRole,
            )
            backup_button.setAccessibleName(
                QCoreApplication.translate(
                    "DatabaseProblemDialog", "Open a copy of the latest good backup, taken %1"
                ).replace("%1", backup_taken)
            )
            backup_button.setToolTip(
                QCoreApplication.translate(
                    "DatabaseProblemDialog",
                    "Taken %1. A copy is opened; the file that failed is kept as it is.",
                ).replace("%1", backup_taken)
            )
        box.setDefaultButton(backup_button or choose)
        box.setEscapeButton(quit_button)
        box.exec()
        clicked = box.clickedButton()
        if backup_button is not None and clicked is backup_button:
            return BACKUP
        return CHOOSE if clicked is choose else QUIT

    @classmethod
    def choose_file(cls, parent: QWidget | None, start_dir: str = "") -> str:
        """A database file to open, or to create if it does not exist yet ('' if cancelled)."""
        dialog = QFileDialog(parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("DatabaseProblemDialog", "Choose a database file")
        )
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilters(
            [
                QCoreApplication.translate(
                    "DatabaseProblemDialog", "Makerspace databases (*.db *.sqlite *.sqlite3)"
                ),
                QCoreApplication.translate("DatabaseProblemDialog", "All files (*)"),
            ]
        )
        dialog.setLabelText(
            QFileDialog.DialogLabel.Accept,
            QCoreApplication.translate("DatabaseProblemDialog", "Open"),
        )
        if start_dir:
            dialog.setDirectory(start_dir)
        if dialog.exec() and dialog.selectedFiles():
            return dialog.selectedFiles()[0]
        return ""
