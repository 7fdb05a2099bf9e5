"""The participants list: a table model that loads its rows a page at a time.

The model never holds the whole register. It is given how many rows the current search
matches and a function that reads one page of them (``fetch(offset, limit)``, a
``search_participants`` call with LIMIT/OFFSET); the view asks for more pages through
``canFetchMore``/``fetchMore`` as the person scrolls, so opening the area and scrolling through
20,000 people never loads them all up front. Search and sort happen in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from makerspace_app.domain.enums import AgeBand
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.services.participants import ParticipantRow

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

NAME, BADGE, AGE, CONTACT = range(4)
COLUMN_COUNT = 4

Fetch = Callable[[int, int], Sequence[ParticipantRow]]  # (offset, limit) -> rows

BANDS_CONTEXT = "AgeBands"
_BAND_TEXT = {
    AgeBand.UNDER_12: QT_TRANSLATE_NOOP("AgeBands", "under 12"),
    AgeBand.AGE_12_17: QT_TRANSLATE_NOOP("AgeBands", "12–17"),
    AgeBand.AGE_18_25: QT_TRANSLATE_NOOP("AgeBands", "18–25"),
    AgeBand.AGE_26_64: QT_TRANSLATE_NOOP("AgeBands", "26–64"),
    AgeBand.AGE_65_PLUS: QT_TRANSLATE_NOOP("AgeBands", "65 and over"),
}

AnyIndex = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _ACCESSIBLE, _ALIGNMENT, int(ID_ROLE), int(ROW_ROLE)})
_CENTRE = int(Qt.AlignmentFlag.AlignCenter.value)
_LEADING = int((Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter).value)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def band_text(band: AgeBand | str | None) -> str:
    """An age band as people say it, in the interface language ("12–17")."""
    if band is None:
        return ""
    try:
        band = AgeBand(band)
    except ValueError:
        return str(band)
    return QCoreApplication.translate(BANDS_CONTEXT, _BAND_TEXT[band])


def age_text(age: int | None, band: AgeBand | None) -> str:
    """The age if the date of birth is known, else the age band, else an empty string."""
    if age is not None:
        return str(age)
    return band_text(band)


def contact_text(email: str, phone: str) -> str:
    return " · ".join(part for part in (email, phone) if part)


class ParticipantsModel(QAbstractTableModel):
    """Rows of :class:`ParticipantRow`, loaded lazily in pages of ``page_size``."""

    def __init__(self, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = max(1, page_size)
        self._rows: list[ParticipantRow] = []
        self._total = 0
        self._fetch: Fetch | None = None
        self._row_of: dict[int, int] = {}

    # --- feeding -------------------------------------------------------------------------

    def set_source(self, total: int, fetch: Fetch | None, first_page: Sequence[ParticipantRow] = ()) -> None:
        """Show a new result: ``total`` rows in all, read page by page with ``fetch``.

        ``first_page`` (optional) is the start of the result when the caller already read it.
        """
        self.beginResetModel()
        self._fetch = fetch
        self._rows = list(first_page)
        self._total = max(int(total), len(self._rows))
        self._row_of = {row.id: n for n, row in enumerate(self._rows)}
        self.endResetModel()

    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        """Show exactly these rows (nothing more to fetch)."""
        self.set_source(len(rows), None, rows)

    def clear(self) -> None:
        self.set_source(0, None)

    @property
    def total(self) -> int:
        """How many rows the current search matches (loaded or not)."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def row_for_id(self, participant_id: int) -> int | None:
        """The row of a participant among those loaded so far."""
        return self._row_of.get(participant_id)

    def participant_at(self, row: int) -> ParticipantRow | None:
        if 0 <= row < len(self._rows):
            return self._rows[row]
        return None

    def replace_row(self, new: ParticipantRow) -> bool:
        """Show changed values of a loaded participant (after an edit); False if not loaded."""
        row = self._row_of.get(new.id)
        if row is None:
            return False
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return True

    def fetch_all_until(self, participant_id: int, max_rows: int | None = None) -> int | None:
        """Load pages until ``participant_id`` is among the rows (or ``max_rows`` are loaded,
        or nothing is left); its row, or None."""
        while participant_id not in self._row_of:
            if not self.canFetchMore(QModelIndex()):
                return None
            if max_rows is not None and len(self._rows) >= max_rows:
                return None
            self.fetchMore(QModelIndex())
        return self._row_of[participant_id]

    # --- lazy loading --------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._fetch is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        start = len(self._rows)
        wanted = min(self.page_size, self._total - start)
        page = list(self._fetch(start, wanted))
        # Someone else may have erased or registered people since the count: never show a
        # row twice, and stop when the database has no more.
        page = [row for row in page if row.id not in self._row_of][:wanted]
        if not page:
            self._total = start  # the rows shown stay; there is simply nothing more
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        for n, row in enumerate(page, start=start):
            self._rows.append(row)
            self._row_of[row.id] = n
        self.endInsertRows()
        if len(page) < wanted and len(self._rows) < self._total:
            # Fewer came back than were expected: the end of the result moved up.
            self._total = len(self._rows)

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
            return (
                self.tr("Name"),
                self.tr("Badge code"),
                self.tr("Age"),
                self.tr("Contact"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Preferred name first, then the name as the person writes it"),
                self.tr("The code printed on their badge"),
                self.tr("Age in years, or the age band when no date of birth is recorded"),
                self.tr("E-mail and phone"),
            )[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: reject the roles this
        # model does not serve before anything else.
        role = int(role)
        if role not in _SERVED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows) or not 0 <= column < COLUMN_COUNT:
            return None
        person = self._rows[row]
        if role == _DISPLAY:
            return self._text(person, column)
        if role == _ALIGNMENT:
            return _CENTRE if column == AGE else _LEADING
        if role == _TOOLTIP:
            if column == NAME:
                return person.display_name
            if column == AGE:
                band = band_text(person.age_band)
                if person.age is not None:
                    return self.tr("%1 years old (%2)").replace("%1", str(person.age)).replace(
                        "%2", band
                    )
                return band or self.tr("Age not recorded")
            if column == CONTACT:
                return "\n".join(p for p in (person.email, person.phone) if p) or self.tr(
                    "No contact recorded"
                )
            return self._text(person, column)
        if role == _ACCESSIBLE:
            text = self._text(person, column)
            if column == AGE and not text:
                return self.tr("Age not recorded")
            if column == CONTACT and not text:
                return self.tr("No contact recorded")
            return text
        if role == ID_ROLE:
            return person.id
        return person  # ROW_ROLE

    def _text(self, person: ParticipantRow, column: int) -> str:
        if column == NAME:
            return person.display_name
        if column == BADGE:
            return person.badge_code
        if column == AGE:
            return age_text(person.age, person.age_band)
        return contact_text(person.email, person.phone)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS
