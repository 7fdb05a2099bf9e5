"""The inventory list: one row per item, its status in words (and an icon), never colour alone.

A makerspace has tens to a few hundred items, so the model holds the rows the search and
filters matched (one query, in SQL); the page gives it new rows as the person types.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from makerspace_app.domain.enums import EquipmentStatus
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.services.equipment import ItemRow
from makerspace_app.ui import icons, theme

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

TAG, NAME, CATEGORY, SPACE, STATUS = range(5)
COLUMN_COUNT = 5

STATUS_CONTEXT = "EquipmentStatus"
_STATUS_TEXT = {
    EquipmentStatus.AVAILABLE: QT_TRANSLATE_NOOP("EquipmentStatus", "Available"),
    EquipmentStatus.OUT_OF_SERVICE: QT_TRANSLATE_NOOP("EquipmentStatus", "Out of service"),
    EquipmentStatus.RETIRED: QT_TRANSLATE_NOOP("EquipmentStatus", "Retired"),
}
STATUS_ICONS = {
    EquipmentStatus.AVAILABLE: "done",
    EquipmentStatus.OUT_OF_SERVICE: "alert",
    EquipmentStatus.RETIRED: "lock",
}

AnyIndex = QModelIndex | QPersistentModelIndex


def status_text(status: EquipmentStatus) -> str:
    """The item's status in words, in the interface language."""
    return QCoreApplication.translate(STATUS_CONTEXT, _STATUS_TEXT[EquipmentStatus(status)])


def status_colour(status: EquipmentStatus, palette: QPalette) -> QColor:
    """A colour that goes with the words (never instead of them)."""
    dark = theme.is_dark(palette)
    if status is EquipmentStatus.OUT_OF_SERVICE:
        return QColor("#ef7a7a" if dark else "#c62828")
    if status is EquipmentStatus.AVAILABLE:
        return QColor("#7cc47f" if dark else "#2e7d32")
    return theme.muted_text(palette)


class EquipmentModel(QAbstractTableModel):
    """Rows of :class:`ItemRow`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemRow] = []
        self._row_of: dict[int, int] = {}
        self._icons: dict[EquipmentStatus, Any] = {}

    def set_rows(self, rows: Sequence[ItemRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.id: n for n, row in enumerate(self._rows)}
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_for_id(self, item_id: int) -> int | None:
        return self._row_of.get(item_id)

    def item_at(self, row: int) -> ItemRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[ItemRow]:
        return list(self._rows)

    def replace_row(self, new: ItemRow) -> bool:
        """Show changed values of a listed item (after an edit); False if it is not listed."""
        row = self._row_of.get(new.id)
        if row is None:
            return False
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return True

    def refresh_icons(self) -> None:
        self._icons.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._rows) - 1, STATUS))

    def _icon(self, status: EquipmentStatus) -> Any:
        icon = self._icons.get(status)
        if icon is None:
            palette = QApplication.palette()
            icon = icons.icon(STATUS_ICONS[status], status_colour(status, palette),
                              palette.color(QPalette.ColorRole.HighlightedText))
            self._icons[status] = icon
        return icon

    # --- the table -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Asset tag"), self.tr("Name"), self.tr("Category"), self.tr("Space"),
                    self.tr("Status"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The code on the item's label"), self.tr("The item's name"),
                    self.tr("Equipment category: its certification, minimum age and longest "
                            "booking"),
                    self.tr("Where the item is kept"),
                    self.tr("Available, out of service or retired"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows) or not 0 <= column < COLUMN_COUNT:
            return None
        item = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(item, column)
            if role == Qt.ItemDataRole.AccessibleTextRole and column == SPACE and not text:
                return self.tr("No space")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME and item.notes:
                return f"{item.name}\n{item.notes}"
            if column == SPACE and not item.space:
                return self.tr("No space recorded")
            return self._text(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return self._icon(item.status)
        if role == Qt.ItemDataRole.ForegroundRole and item.status is EquipmentStatus.RETIRED:
            return theme.muted_text(QApplication.palette())
        if role == ID_ROLE:
            return item.id
        if role == ROW_ROLE:
            return item
        return None

    def _text(self, item: ItemRow, column: int) -> str:
        if column == TAG:
            return item.asset_tag
        if column == NAME:
            return item.name
        if column == CATEGORY:
            return item.category
        if column == SPACE:
            return item.space
        return status_text(item.status)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
