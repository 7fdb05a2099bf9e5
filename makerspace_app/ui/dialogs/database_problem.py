"""When the database cannot be opened: say what is wrong, offer another file or quitting.

The file that failed is never changed; choosing another file opens (or creates) that one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from makerspace_app.ui.errors import translate_error

CHOOSE = "choose"
QUIT = "quit"


class DatabaseProblemDialog:
    """``ask`` shows the problem and returns CHOOSE or QUIT; ``choose_file`` asks for a file."""

    @classmethod
    def ask(cls, parent: QWidget | None, err: BaseException, where: str = "") -> str:
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
        box.setDefaultButton(choose)
        box.setEscapeButton(quit_button)
        box.exec()
        return CHOOSE if box.clickedButton() is choose else QUIT

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
