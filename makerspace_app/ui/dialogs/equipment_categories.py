"""Equipment categories: the kinds of item, each with the certification it requires, a minimum
age and a longest booking.

Left the categories, right the one being edited (or a new one). Save is one unit of work; a
refusal (no name, a name already used) is shown in place and what was typed stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.errors import DomainError
from makerspace_app.ui.errors import translate_error
from makerspace_app.ui.widgets.message import InlineMessage

if TYPE_CHECKING:
    from makerspace_app.services.equipment import CategoryRow
    from makerspace_app.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def duration_text(minutes: int) -> str:
    """Minutes as people say them: "1 h 30 min", "2 h", "45 min"."""
    from PySide6.QtCore import QCoreApplication

    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return QCoreApplication.translate("Durations", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
    if hours:
        return QCoreApplication.translate("Durations", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("Durations", "%1 min").replace("%1", str(rest))


class EquipmentCategoriesDialog(QDialog):
    """``changed`` tells whether anything was saved."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 select_id: int | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.changed = False
        self._editing: int | None = None
        self._categories: list[CategoryRow] = []
        self.setObjectName("equipmentCategoriesDialog")
        self.setWindowTitle(self.tr("Equipment categories"))
        self.setAccessibleName(self.tr("Equipment categories"))
        self.setMinimumSize(720, 440)

        self.list = QListWidget(self)
        self.list.setObjectName("categoryList")
        self.list.setAccessibleName(self.tr("Equipment categories"))
        self.list.currentItemChanged.connect(self._current_changed)
        self.new_button = QPushButton(self.tr("&New category"), self)
        self.new_button.setAccessibleName(self.tr("New category (Alt+N)"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_category)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)

        self.heading = QLabel(self)
        self.heading.setObjectName("cardTitle")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("categoryName")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Laser cutters"))
        self.name_edit.setMaxLength(200)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("categoryDescription")
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.certification_check = QCheckBox(self.tr("Needs a certification to book"), self)
        self.certification_check.setObjectName("requiresCertification")
        self.certification_check.setAccessibleName(self.tr("Needs a certification to book"))
        self.certification_check.toggled.connect(self._certification_toggled)
        self.valid_days_spin = QSpinBox(self)
        self.valid_days_spin.setObjectName("certificationValidDays")
        self.valid_days_spin.setAccessibleName(self.tr("Certification valid for (days)"))
        self.valid_days_spin.setRange(0, 3650)
        self.valid_days_spin.setSpecialValueText(self.tr("Does not expire"))
        self.valid_days_spin.setSuffix(self.tr(" days"))
        self.min_age_spin = QSpinBox(self)
        self.min_age_spin.setObjectName("minimumAge")
        self.min_age_spin.setAccessibleName(self.tr("Minimum age"))
        self.min_age_spin.setRange(0, 99)
        self.min_age_spin.setSpecialValueText(self.tr("No minimum"))
        self.max_minutes_spin = QSpinBox(self)
        self.max_minutes_spin.setObjectName("longestBooking")
        self.max_minutes_spin.setAccessibleName(self.tr("Longest booking (minutes)"))
        self.max_minutes_spin.setRange(0, 7 * 24 * 60)
        self.max_minutes_spin.setSingleStep(15)
        self.max_minutes_spin.setSpecialValueText(self.tr("No limit"))
        self.max_minutes_spin.setSuffix(self.tr(" min"))
        self.max_minutes_spin.valueChanged.connect(self._minutes_changed)
        self.minutes_hint = QLabel(self)
        self.minutes_hint.setObjectName("muted")

        form = QFormLayout()
        for text, widget in ((self.tr("N&ame"), self.name_edit),
                             (self.tr("&Description"), self.description_edit),
                             ("", self.certification_check),
                             (self.tr("Certification &valid for"), self.valid_days_spin),
                             (self.tr("&Minimum age"), self.min_age_spin),
                             (self.tr("&Longest booking"), self.max_minutes_spin),
                             ("", self.minutes_hint)):
            if text:
                label = QLabel(text, self)
                label.setBuddy(widget)
                form.addRow(label, widget)
            else:
                form.addRow("", widget)

        self.message = InlineMessage(self)
        self.save_button = QPushButton(self.tr("&Save category"), self)
        self.save_button.setObjectName("saveCategory")
        self.save_button.setAccessibleName(self.tr("Save the category (Alt+S)"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close (Escape)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form)
        right.addStretch(1)
        right.addWidget(self.message)
        right.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addSpacing(12)
        layout.addLayout(right, 3)

        self.reload(select_id)
        if not self._categories:
            self.new_category()

    # --- reading --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        from makerspace_app.services import equipment

        with self.context.unit_of_work(read_only=True) as uow:
            self._categories = equipment.list_categories(uow)
        self.list.blockSignals(True)
        self.list.clear()
        for category in self._categories:
            entry = QListWidgetItem(category.name)
            entry.setData(ID_ROLE, category.id)
            entry.setToolTip(self.rules_text(category))
            entry.setData(Qt.ItemDataRole.AccessibleTextRole,
                          f"{category.name}, {self.rules_text(category)}")
            self.list.addItem(entry)
        self.list.blockSignals(False)
        wanted = select_id if select_id is not None else (
            self._categories[0].id if self._categories else None)
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == wanted:
                self.list.setCurrentRow(row)
                break

    def rules_text(self, category: CategoryRow) -> str:
        parts = []
        if category.requires_certification:
            parts.append(self.tr("needs a certification"))
        else:
            parts.append(self.tr("no certification needed"))
        if category.min_age:
            parts.append(self.tr("ages %1 and over").replace("%1", str(category.min_age)))
        if category.max_booking_minutes:
            parts.append(self.tr("at most %1 a booking").replace(
                "%1", duration_text(category.max_booking_minutes)))
        return " · ".join(parts)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        category_id = current.data(ID_ROLE)
        found = next((c for c in self._categories if c.id == category_id), None)
        if found is not None:
            self._load(found)

    def _load(self, category: CategoryRow | None) -> None:
        self._editing = category.id if category is not None else None
        self.message.clear()
        self.heading.setText(category.name if category else self.tr("New category"))
        self.name_edit.setText(category.name if category else "")
        self.description_edit.setPlainText(category.description if category else "")
        self.certification_check.setChecked(bool(category and category.requires_certification))
        self.valid_days_spin.setValue((category.certification_valid_days or 0) if category else 0)
        self.min_age_spin.setValue((category.min_age or 0) if category else 0)
        self.max_minutes_spin.setValue((category.max_booking_minutes or 0) if category else 0)
        self._certification_toggled(self.certification_check.isChecked())
        self._minutes_changed(self.max_minutes_spin.value())

    def new_category(self) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._load(None)
        self.name_edit.setFocus()

    def _certification_toggled(self, checked: bool) -> None:
        self.valid_days_spin.setEnabled(checked)

    def _minutes_changed(self, minutes: int) -> None:
        self.minutes_hint.setText(
            duration_text(minutes) if minutes >= 60 else "")

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        from makerspace_app.services import equipment

        needs = self.certification_check.isChecked()
        try:
            with self.context.unit_of_work() as uow:
                row = equipment.save_category(
                    uow, self.name_edit.text(), category_id=self._editing,
                    description=self.description_edit.toPlainText(), requires_certification=needs,
                    min_age=self.min_age_spin.value() or None,
                    max_booking_minutes=self.max_minutes_spin.value() or None,
                    certification_valid_days=(self.valid_days_spin.value() or None) if needs else None)
        except DomainError as err:
            self.message.show_error(translate_error(err))
            self.name_edit.setFocus()
            return False
        self.changed = True
        self.context.data_changed.emit()
        self.reload(row.id)
        self.message.show_message(self.tr("Saved %1.").replace("%1", row.name), "success")
        return True

    @property
    def categories(self) -> Sequence[CategoryRow]:
        return list(self._categories)
