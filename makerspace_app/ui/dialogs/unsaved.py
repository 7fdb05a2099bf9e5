"""Before leaving a page with typed changes: save them, discard them, or stay."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE = "save"
DISCARD = "discard"
STAY = "stay"


class UnsavedChangesDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, where: str) -> str:
        """SAVE, DISCARD or STAY. ``where`` names what was changed (an area's title)."""
        title = QCoreApplication.translate("UnsavedChangesDialog", "Unsaved changes")
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setAccessibleName(title)
        box.setText(
            QCoreApplication.translate(
                "UnsavedChangesDialog", "You changed %1 but did not save."
            ).replace("%1", where)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "UnsavedChangesDialog", "Save the changes, or discard them?"
            )
        )
        save = box.addButton(
            QCoreApplication.translate("UnsavedChangesDialog", "Save"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        save.setAccessibleName(
            QCoreApplication.translate("UnsavedChangesDialog", "Save the changes")
        )
        discard = box.addButton(
            QCoreApplication.translate("UnsavedChangesDialog", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        discard.setAccessibleName(
            QCoreApplication.translate("UnsavedChangesDialog", "Discard the changes")
        )
        stay = box.addButton(
            QCoreApplication.translate("UnsavedChangesDialog", "Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        stay.setAccessibleName(
            QCoreApplication.translate("UnsavedChangesDialog", "Keep editing")
        )
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return SAVE
        if clicked is discard:
            return DISCARD
        return STAY
