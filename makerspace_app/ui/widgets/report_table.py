"""Report figures on screen: values formatted with the locale, report tables, key figures.

A report (``makerspace_app.reports.queries``) is plain values; here they become text in the
interface language: column names, titles and labels are translated in the "Reports" context,
numbers are written with ``QLocale``, a missing share is "–" and a privacy-protected count
stays "<5".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.reports import queries as q
from makerspace_app.ui import theme

CONTEXT = "Reports"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_VISIBLE_ROWS = 14
DASH = "–"


def tr(text: str) -> str:
    """A report's English text (marked in context "Reports") in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def format_value(value: Any, kind: str, locale: QLocale | None = None) -> str:
    """A report value as shown on screen."""
    locale = locale or QLocale()
    if value is None:
        return DASH
    if isinstance(value, str):
        return value if kind in (q.FIGURE, q.COUNT) else tr(value)
    if kind in (q.COUNT, q.FIGURE):
        return locale.toString(int(value))
    if kind == q.HOURS:
        return locale.toString(float(value), "f", 1)
    if kind == q.PERCENT:
        return locale.toString(float(value), "f", 1)
    if kind == q.DATE and isinstance(value, dt.date):
        return locale.toString(QDate(value.year, value.month, value.day),
                               QLocale.FormatType.ShortFormat)
    return str(value)


def format_headline(value: Any, kind: str, locale: QLocale | None = None) -> str:
    """A key figure: a percent sign on shares, " h" on hours, whole hours when there are many."""
    locale = locale or QLocale()
    if value is None:
        return DASH
    if kind == q.PERCENT:
        return QCoreApplication.translate(CONTEXT, "{value} %").format(
            value=locale.toString(float(value), "f", 1))
    if kind == q.HOURS:
        number = locale.toString(float(value), "f", 0 if value >= 1000 else 1)
        return QCoreApplication.translate(CONTEXT, "{value} h").format(value=number)
    return format_value(value, kind, locale)


def sort_key(value: Any, kind: str) -> Any:
    """What a column sorts by: numbers as numbers ("<5" between 0 and 5), text folded."""
    if kind in (q.COUNT, q.HOURS, q.PERCENT, q.FIGURE):
        if value is None:
            return -1.0
        if isinstance(value, str):
            return (q.PRIVACY_THRESHOLD - 1) / 2 + 0.5  # "<5": never more precise than its text
        return float(value)
    if kind == q.DATE:
        return value.toordinal() if isinstance(value, dt.date) else -1
    return str(value or "").casefold()


def is_numeric(kind: str) -> bool:
    return kind in (q.COUNT, q.HOURS, q.PERCENT, q.FIGURE, q.DATE)


class ReportTableModel(QAbstractTableModel):
    """One report table; its totals row (if any) is the last row, in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: q.Table | None = None
        self._rows: list[tuple[Any, ...]] = []
        self._has_totals = False
        self._locale = QLocale()

    def set_table(self, table: q.Table, locale: QLocale | None = None) -> None:
        self.beginResetModel()
        self._table = table
        self._locale = locale or QLocale()
        self._rows = list(table.rows)
        self._has_totals = table.totals is not None
        if table.totals is not None:
            self._rows.append(table.totals)
        self.endResetModel()

    @property
    def table(self) -> q.Table | None:
        return self._table

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns)

    def is_totals(self, row: int) -> bool:
        return self._has_totals and row == len(self._rows) - 1

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._table.columns)):
            return None
        kind = self._table.columns[column].kind
        value = self._rows[row][column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if self.is_totals(row) and value is None:
                return ""
            return format_value(value, kind, self._locale)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if is_numeric(kind):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_totals(row):
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == SORT_ROLE:
            return sort_key(value, kind)
        if role == Qt.ItemDataRole.ToolTipRole and value == q.SUPPRESSED:
            return QCoreApplication.translate(
                CONTEXT, "From 1 to 4: shown as “<5” so that no one can be singled out.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self._table.columns):
            return None
        column = self._table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(column.name)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if is_numeric(column.kind) else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def shown_rows(self) -> list[list[str]]:
        """Every row as displayed (totals included), for tests and the text equivalent."""
        return [[self.data(self.index(r, c)) for c in range(self.columnCount())]
                for r in range(self.rowCount())]


class ReportTableView(QTableView):
    """A report table as tall as its rows (up to MAX_VISIBLE_ROWS, then it scrolls).

    Tables without a totals row sort by any column (click a header, or focus the table and
    use the header's keyboard sorting); the totals row always stays last."""

    def __init__(self, table: q.Table, parent: QWidget | None = None,
                 locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.table_model = ReportTableModel(self)
        self.table_model.set_table(table, locale)
        self.setAccessibleName(tr(table.title))
        self.horizontalHeader().setAccessibleName(
            QCoreApplication.translate(CONTEXT, "Columns of {table}").format(table=tr(table.title)))
        self.setObjectName(f"reportTable_{table.key}")
        if table.totals is None and len(table.rows) > 1:
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(self.table_model)
            proxy.setSortRole(SORT_ROLE)
            self.setModel(proxy)
            self.setSortingEnabled(True)
            self.horizontalHeader().setSortIndicatorShown(False)
            self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            self.setModel(self.table_model)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsClickable(True)
        # Column widths from the first rows only: a year of workshops is hundreds of rows.
        header.setResizeContentsPrecision(60)
        header.sectionClicked.connect(lambda _s: header.setSortIndicatorShown(True))
        self.resizeColumnsToContents()
        for c in range(self.table_model.columnCount()):
            self.setColumnWidth(c, min(self.columnWidth(c) + 14, 320))
        # The widest text column takes the spare room; numbers stay next to their names.
        text_columns = [c for c, column in enumerate(table.columns) if not is_numeric(column.kind)]
        if text_columns:
            widest = max(text_columns, key=self.columnWidth)
            header.setSectionResizeMode(widest, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = min(self.table_model.rowCount(), MAX_VISIBLE_ROWS)
        row_h = self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().sizeHint().height() + max(rows, 1) * row_h + 2 * self.frameWidth() + 2
        if self.horizontalScrollBar().isVisible() or sum(
                self.columnWidth(c) for c in range(self.table_model.columnCount())) > self.width():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()


class KeyFigures(QWidget):
    """The key figures of a report as small cards: the number large, its name under it."""

    def __init__(self, figures: Sequence[q.KeyFigure], parent: QWidget | None = None,
                 per_row: int = 4, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFigures")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.value_labels: dict[str, QLabel] = {}
        locale = locale or QLocale()
        for n, figure in enumerate(figures):
            card = QFrame(self)
            card.setObjectName("card")
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            inner = QVBoxLayout(card)
            inner.setContentsMargins(16, 10, 16, 12)
            inner.setSpacing(2)
            text = format_headline(figure.value, figure.kind, locale)
            value = QLabel(text, card)
            value.setFont(theme.heading_font(self, 1.55))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(tr(figure.label), card)
            name.setObjectName("muted")
            name.setWordWrap(True)
            inner.addWidget(value)
            inner.addWidget(name)
            card.setAccessibleName(f"{tr(figure.label)}: {text}")
            value.setAccessibleName(f"{tr(figure.label)}: {text}")
            self.value_labels[figure.label] = value
            grid.addWidget(card, n // per_row, n % per_row)
        for c in range(per_row):
            grid.setColumnStretch(c, 1)

    def shown(self) -> dict[str, str]:
        """English label -> the text shown for it."""
        return {label: widget.text() for label, widget in self.value_labels.items()}
