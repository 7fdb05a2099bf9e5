"""Create or edit a project: title, status, linked workshop, the story, materials and the team
(participants, found by name or badge). Save stores it in one unit of work; a refusal is shown
in the dialog, which stays open with everything typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import ProjectStatus
from makerspace_app.domain.errors import DomainError
from makerspace_app.services.projects import ProjectInput, ProjectRow
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.attendance import ParticipantPicker
from makerspace_app.ui.models.projects_model import STATUS_ORDER, status_text
from makerspace_app.ui.models.workshops_model import isolate
from makerspace_app.ui.widgets.message import InlineMessage

WORKSHOP_CHOICES = 500  # workshops offered for linking (newest first)


class ProjectDialog(QDialog):
    """``ProjectDialog.run(parent, context, row_or_None)`` returns the saved ProjectRow."""

    def __init__(self, context: AppContext, row: ProjectRow | None,
                 parent: QWidget | None = None, workshop_id: int | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.saved: ProjectRow | None = None
        title = self.tr("New project") if row is None else self.tr("Edit “%1”").replace(
            "%1", isolate(row.title))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(640, 640)
        data = row.as_input() if row is not None else ProjectInput(title="",
                                                                   workshop_id=workshop_id)

        self.title_edit = QLineEdit(data.title, self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("For example “Solar-powered lamp”"))
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in STATUS_ORDER:
            self.status_combo.addItem(status_text(status), status)
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(ProjectStatus(data.status))))
        self.workshop_combo = QComboBox(self)
        self.workshop_combo.setAccessibleName(self.tr("Made in the workshop"))
        self.workshop_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.workshop_combo.setMinimumContentsLength(24)
        self._fill_workshops(data.workshop_id, row.workshop_title if row else "")
        self.description_edit = QPlainTextEdit(data.description, self)
        self.description_edit.setAccessibleName(self.tr("The story"))
        self.description_edit.setPlaceholderText(
            self.tr("What it is, how the team made it, what they learned"))
        self.description_edit.setTabChangesFocus(True)
        self.materials_edit = QPlainTextEdit(data.materials, self)
        self.materials_edit.setAccessibleName(self.tr("Materials"))
        self.materials_edit.setPlaceholderText(self.tr("For example: 3 mm plywood, 2 LEDs, "
                                                       "a small solar panel"))
        self.materials_edit.setTabChangesFocus(True)
        self.materials_edit.setMaximumHeight(80)

        self.team_list = QListWidget(self)
        self.team_list.setAccessibleName(self.tr("Team"))
        self.team_list.setAccessibleDescription(self.tr("Delete removes the highlighted person"))
        self.team_list.setMaximumHeight(130)
        for member in (row.team if row is not None else ()):
            self._add_member(member.participant_id, member.display_name)
        self.add_member_button = QPushButton(self.tr("Add to the team…"), self)
        self.add_member_button.setAccessibleName(
            self.tr("Add a participant to the team: search by name or badge"))
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(self.tr("Remove from the team"), self)
        self.remove_member_button.setAccessibleName(
            self.tr("Remove the highlighted person from the team"))
        self.remove_member_button.clicked.connect(self.remove_member)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.team_list, self.remove_member,
                  context=Qt.ShortcutContext.WidgetShortcut)
        team_buttons = QHBoxLayout()
        team_buttons.addWidget(self.add_member_button)
        team_buttons.addWidget(self.remove_member_button)
        team_buttons.addStretch(1)
        team_box = QVBoxLayout()
        team_box.addWidget(self.team_list)
        team_box.addLayout(team_buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def label(text: str, buddy: QWidget) -> QLabel:
            lab = QLabel(text, self)
            lab.setBuddy(buddy)
            return lab

        form.addRow(label(self.tr("&Title"), self.title_edit), self.title_edit)
        form.addRow(label(self.tr("St&atus"), self.status_combo), self.status_combo)
        form.addRow(label(self.tr("&Workshop"), self.workshop_combo), self.workshop_combo)
        form.addRow(label(self.tr("T&eam"), self.team_list), team_box)
        form.addRow(label(self.tr("The &story"), self.description_edit), self.description_edit)
        form.addRow(label(self.tr("&Materials"), self.materials_edit), self.materials_edit)

        self.message = InlineMessage(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the project (Ctrl+S)"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Cancel: change nothing"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_team_buttons()
        self.team_list.currentRowChanged.connect(lambda _r: self._update_team_buttons())
        self._fields = {"title": self.title_edit, "status": self.status_combo,
                        "workshop_id": self.workshop_combo, "team": self.team_list,
                        "description": self.description_edit, "materials": self.materials_edit}

    def _fill_workshops(self, chosen: int | None, chosen_title: str) -> None:
        from makerspace_app.services import workshops

        self.workshop_combo.addItem(self.tr("Not made in a workshop"), None)
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                rows = workshops.list_workshops(uow, "", "all", limit=WORKSHOP_CHOICES)
        except DomainError:
            rows = []
        for row in rows:
            self.workshop_combo.addItem(row.title, row.id)
        if chosen is not None and self.workshop_combo.findData(chosen) < 0:
            self.workshop_combo.addItem(chosen_title or str(chosen), chosen)
        self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(chosen)))

    # --- the team ------------------------------------------------------------------------------

    def team_ids(self) -> tuple[int, ...]:
        return tuple(self.team_list.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.team_list.count()))

    def _add_member(self, participant_id: int, name: str) -> None:
        if participant_id in self.team_ids():
            return
        item = QListWidgetItem(name, self.team_list)
        item.setData(Qt.ItemDataRole.UserRole, participant_id)
        self.team_list.setCurrentItem(item)

    def add_member(self) -> None:
        person = ParticipantPicker.ask(
            self, self.context, self.tr("Add to the team"),
            self.tr("Who made it? Type part of a name or scan their badge."))
        if person is not None:
            self.add_participant(person.id, person.display_name)

    def add_participant(self, participant_id: int, name: str) -> None:
        self._add_member(participant_id, name)
        self._update_team_buttons()
        self.team_list.setFocus()

    def remove_member(self) -> None:
        row = self.team_list.currentRow()
        if row >= 0:
            self.team_list.takeItem(row)
        self._update_team_buttons()

    def _update_team_buttons(self) -> None:
        self.remove_member_button.setEnabled(self.team_list.currentRow() >= 0)

    # --- saving --------------------------------------------------------------------------------

    def data(self) -> ProjectInput:
        return ProjectInput(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            status=self.status_combo.currentData(),
            materials=self.materials_edit.toPlainText(),
            team=self.team_ids(),
            workshop_id=self.workshop_combo.currentData(),
        )

    def save(self) -> ProjectRow | None:
        from makerspace_app.services import projects

        try:
            with self.context.unit_of_work() as uow:
                if self.row is None:
                    saved = projects.create_project(uow, self.data())
                else:
                    saved = projects.edit_project(uow, self.row.id, self.data())
        except DomainError as err:
            self.message.show_error(err)
            widget = self._fields.get(str(err.params.get("field", "")))
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        self.saved = saved
        self.accept()
        return saved

    @classmethod
    def run(cls, parent: QWidget | None, context: AppContext, row: ProjectRow | None,
            workshop_id: int | None = None) -> Any | None:
        dialog = cls(context, row, parent, workshop_id)
        dialog.title_edit.setFocus()
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        return saved
