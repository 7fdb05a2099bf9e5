"""Add or edit one item: asset tag, name, equipment category, space, serial number, notes.

Saving is one unit of work; a refusal (a taken asset tag, a missing name) is shown in the
dialog in the service's words, and everything typed stays, so nothing is lost. Enter saves,
Escape closes without saving.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.ui.errors import is_domain_error, translate_error
from makerspace_app.ui.widgets.message import InlineMessage

if TYPE_CHECKING:
    from makerspace_app.services.equipment import CategoryRow, ItemRow
    from makerspace_app.services.spaces import SpaceRow
    from makerspace_app.ui.context import AppContext

log = logging.getLogger(__name__)


class EquipmentItemDialog(QDialog):
    """``item`` is the saved item once the dialog was accepted."""

    def __init__(
        self,
        context: AppContext,
        categories: Sequence[CategoryRow],
        spaces: Sequence[SpaceRow],
        parent: QWidget | None = None,
        item: ItemRow | None = None,
        *,
        category_id: int | None = None,
        space_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.editing = item
        self.item: ItemRow | None = None
        self.setObjectName("equipmentItemDialog")
        title = self.tr("Edit %1").replace("%1", item.name) if item else self.tr("New item")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(460)

        self.tag_edit = QLineEdit(self)
        self.tag_edit.setObjectName("assetTag")
        self.tag_edit.setAccessibleName(self.tr("Asset tag"))
        self.tag_edit.setPlaceholderText(self.tr("The code on the item's label, e.g. LIB-3DP-004"))
        self.tag_edit.setMaxLength(64)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("itemName")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Prusa MK4 #2"))
        self.name_edit.setMaxLength(200)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("itemCategory")
        self.category_combo.setAccessibleName(self.tr("Equipment category"))
        for category in categories:
            self.category_combo.addItem(category.name, category.id)
        self.space_combo = QComboBox(self)
        self.space_combo.setObjectName("itemSpace")
        self.space_combo.setAccessibleName(self.tr("Space"))
        self.space_combo.addItem(self.tr("No space"), None)
        for space in spaces:
            self.space_combo.addItem(space.label, space.id)
        self.serial_edit = QLineEdit(self)
        self.serial_edit.setObjectName("serialNumber")
        self.serial_edit.setAccessibleName(self.tr("Serial number"))
        self.serial_edit.setMaxLength(200)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("itemNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        form = QFormLayout()
        for text, widget in ((self.tr("&Asset tag"), self.tag_edit), (self.tr("&Name"), self.name_edit),
                             (self.tr("&Category"), self.category_combo),
                             (self.tr("&Space"), self.space_combo),
                             (self.tr("Se&rial number"), self.serial_edit),
                             (self.tr("N&otes"), self.notes_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save") if item else self.tr("Add item"))
        save.setAccessibleName(save.text())
        save.setProperty("primary", True)
        save.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: save nothing (Escape)"))
        self.save_button = save
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if item is not None:
            self.tag_edit.setText(item.asset_tag)
            self.name_edit.setText(item.name)
            self._choose(self.category_combo, item.category_id)
            self._choose(self.space_combo, item.space_id)
            self.serial_edit.setText(item.serial_number)
            self.notes_edit.setPlainText(item.notes)
        else:
            self._choose(self.category_combo, category_id)
            self._choose(self.space_combo, space_id)
        self.tag_edit.setFocus()

    @staticmethod
    def _choose(combo: QComboBox, value: int | None) -> None:
        if value is None:
            return
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def value(self):
        from makerspace_app.services.equipment import ItemInput

        category = self.category_combo.currentData()
        return ItemInput(
            asset_tag=self.tag_edit.text(), name=self.name_edit.text(),
            category_id=int(category) if category is not None else -1,
            space_id=self.space_combo.currentData(), serial_number=self.serial_edit.text(),
            notes=self.notes_edit.toPlainText())

    def submit(self) -> bool:
        """Save; on a refusal say why here and keep everything typed."""
        from makerspace_app.services import equipment

        data = self.value()
        try:
            with self.context.unit_of_work() as uow:
                if self.editing is None:
                    self.item = equipment.add_item(uow, data)
                else:
                    self.item = equipment.edit_item(uow, self.editing.id, data)
        except Exception as err:
            if not is_domain_error(err):
                log.error("Saving an item failed", exc_info=(type(err), err, err.__traceback__))
            self.message.show_error(translate_error(err))
            text = getattr(err, "template", "")
            if "asset tag" in text:
                self.tag_edit.setFocus()
                self.tag_edit.selectAll()
            elif "name" in text:
                self.name_edit.setFocus()
            elif "category" in text:
                self.category_combo.setFocus()
            return False
        self.context.data_changed.emit()
        self.accept()
        return True
