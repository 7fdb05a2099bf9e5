"""The questions the participants page asks: who gave a consent, "are you sure" before an
erasure or a photo-consent withdrawal, and where to save a data export.

Each has a classmethod ``ask(...)`` so tests can replace it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.ui.dialogs.confirm import confirm_destructive

CONTEXT = "ParticipantDialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ConsentGivenByDialog(QDialog):
    """Who gave the consent: the participant, their guardian, or a name typed in."""

    def __init__(
        self, parent: QWidget | None, kind_label: str, suggestions: Sequence[str]
    ) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("ParticipantDialogs", "Record consent: %1").replace("%1", kind_label)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        question = QLabel(QCoreApplication.translate("ParticipantDialogs", "Who gave the consent? The participant, or their guardian."))
        question.setWordWrap(True)
        self.who = QComboBox(self)
        self.who.setEditable(True)
        self.who.setAccessibleName(QCoreApplication.translate("ParticipantDialogs", "Who gave the consent"))
        for name in suggestions:
            if name and self.who.findText(name) < 0:
                self.who.addItem(name)
        question.setBuddy(self.who)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("ParticipantDialogs", "Record consent"))
        ok.setAccessibleName(QCoreApplication.translate("ParticipantDialogs", "Record consent"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("ParticipantDialogs", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.who)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @classmethod
    def ask(
        cls, parent: QWidget | None, kind_label: str, suggestions: Sequence[str]
    ) -> str | None:
        """The name typed or chosen, or None when cancelled."""
        dialog = cls(parent, kind_label, suggestions)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.who.currentText().strip()


class ConfirmDialog:
    """Ask once before something that cannot be undone; the safe answer is the default."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, text: str, details: str, confirm_label: str
    ) -> bool:
        return confirm_destructive(
            parent, title, text, details, confirm_label, QCoreApplication.translate("ParticipantDialogs", "Cancel"),
            keep_name=QCoreApplication.translate("ParticipantDialogs", "Cancel: change nothing"), icon=QMessageBox.Icon.Warning)


class ExportFileDialog:
    """Where to save a participant's data (a JSON file)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested_path: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ParticipantDialogs", "Save the participant’s data"),
            suggested_path,
            QCoreApplication.translate("ParticipantDialogs", "JSON files (*.json)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".json"):
            path += ".json"
        return path
