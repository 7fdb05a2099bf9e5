"""Record the equipment a project was made with, chosen from the team's bookings: the item
and the booking are stored together, so the project page can say when and by whom."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.errors import DomainError
from makerspace_app.services.projects import BookingChoice, EquipmentUse, ProjectRow
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.models.workshops_model import isolate, when_text
from makerspace_app.ui.widgets.message import InlineMessage


class EquipmentDialog(QDialog):
    """``EquipmentDialog.run(parent, context, project, tz)`` returns the EquipmentUse added."""

    def __init__(self, context: AppContext, project: ProjectRow, tz: ZoneInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project = project
        self.tz = tz
        self.added: EquipmentUse | None = None
        title = self.tr("Equipment used for “%1”").replace("%1", isolate(project.title))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(640, 460)
        intro = QLabel(self.tr("Choose the booking it was made in. The list holds the team's "
                               "bookings, newest first."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("The team's bookings"))
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda _item: self.add())
        intro.setBuddy(self.list)
        self.empty = QLabel(self)
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.message = InlineMessage(self)
        self.add_button = QPushButton(self.tr("Add to the project"), self)
        self.add_button.setAccessibleName(self.tr("Add the highlighted booking's item to the "
                                                  "project"))
        self.add_button.setProperty("primary", True)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        close = QPushButton(self.tr("Cancel"), self)
        close.setAccessibleName(self.tr("Cancel: add nothing"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _r: self._update_button())
        self.load()

    def load(self) -> None:
        from makerspace_app.services import projects

        self.list.clear()
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                choices = projects.team_bookings(uow, self.project.id)
        except DomainError as err:
            self.message.show_error(err)
            choices = []
        first_free = -1
        for choice in choices:
            text = self.tr("%1 (%2) — %3 — %4").replace("%1", choice.equipment_name).replace(
                "%2", choice.asset_tag).replace(
                "%3", when_text(choice.starts_at, choice.ends_at, self.tz)).replace(
                "%4", isolate(choice.participant_name))
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            if choice.already_listed:
                text += " · " + self.tr("already listed")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              & ~Qt.ItemFlag.ItemIsSelectable)
            elif first_free < 0:
                first_free = self.list.count() - 1
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        if not self.project.team:
            self.empty.setText(self.tr("The project has no team yet. Add the people who made it "
                                       "(Edit…); their bookings are listed here."))
        elif not choices:
            self.empty.setText(self.tr("Nobody in the team has a booking yet. Equipment is "
                                       "chosen from the bookings it was used in: book it for a "
                                       "team member first (Bookings)."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        self.list.setVisible(bool(choices))
        if first_free >= 0:
            self.list.setCurrentRow(first_free)
        self._update_button()

    def current_choice(self) -> BookingChoice | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def _update_button(self) -> None:
        self.add_button.setEnabled(self.current_choice() is not None)

    def add(self) -> EquipmentUse | None:
        from makerspace_app.services import projects

        choice = self.current_choice()
        if choice is None:
            return None
        try:
            with self.context.unit_of_work() as uow:
                use = projects.add_equipment_use(uow, self.project.id, choice.equipment_id,
                                                 choice.booking_id)
        except DomainError as err:
            self.message.show_error(err)
            return None
        self.added = use
        self.accept()
        return use

    @classmethod
    def run(cls, parent: QWidget | None, context: AppContext, project: ProjectRow,
            tz: ZoneInfo | None) -> Any | None:
        dialog = cls(context, project, tz, parent)
        dialog.list.setFocus()
        dialog.exec()
        added = dialog.added
        dialog.deleteLater()
        return added
