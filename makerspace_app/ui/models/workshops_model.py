"""Table models of the Workshops area and the attendance dialog, fed plain rows.

Each model takes the values a service returned (``set_rows``) and never reads the database
itself. Times arrive in UTC and are shown in the makerspace's time zone (``tz``) with the
user's locale. Status is always shown as words (and a tick for attendance), colour only
adds to it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from makerspace_app.domain import codes
from makerspace_app.domain.enums import EnrolmentStatus
from makerspace_app.domain.text import fold
from makerspace_app.ui import theme

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of a row (or a cell's ids)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the plain row itself
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # a second, quieter line under the title

TICK = "✓"  # U+2713: present
NOT_MARKED = "—"  # U+2014: a held session without a mark

_Index = QModelIndex | QPersistentModelIndex
UTC = dt.UTC


# --- Words for times, in the user's locale ---------------------------------------------------


def _local(moment: dt.datetime, tz: ZoneInfo | None) -> dt.datetime:
    if moment.tzinfo is None:  # SQLite hands back naive UTC in some paths
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz) if tz is not None else moment


def day_text(moment: dt.datetime | dt.date, tz: ZoneInfo | None = None, year: bool = True) -> str:
    """``Tue 3 Mar 2026`` in the user's language (day and month names from the locale)."""
    day = _local(moment, tz).date() if isinstance(moment, dt.datetime) else moment
    pattern = "ddd d MMM yyyy" if year else "ddd d MMM"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def time_text(moment: dt.datetime, tz: ZoneInfo | None = None) -> str:
    local = _local(moment, tz)
    return QLocale().toString(
        QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
    )


def time_range_text(start: dt.datetime, end: dt.datetime, tz: ZoneInfo | None = None) -> str:
    return f"{time_text(start, tz)}–{time_text(end, tz)}"


def when_text(start: dt.datetime, end: dt.datetime, tz: ZoneInfo | None = None) -> str:
    """``Tue 3 Mar 2026, 18:00–20:00``."""
    return f"{day_text(start, tz)}, {time_range_text(start, end, tz)}"


def duration_text(length: dt.timedelta) -> str:
    """A duration as people say it: ``1 h 30 min``, ``45 min``, ``2 h``."""
    minutes = max(0, round(length.total_seconds() / 60))
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return QCoreApplication.translate("Durations", "%1 h %2 min").replace(
            "%1", str(hours)).replace("%2", str(rest))
    if hours:
        return QCoreApplication.translate("Durations", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("Durations", "%1 min").replace("%1", str(rest))


def isolate(text: str) -> str:
    """A name or title set into a sentence of another direction: wrapped in Unicode
    first-strong isolates when it holds right-to-left letters, so an Arabic or Hebrew name does
    not turn the English sentence around it (and the other way round)."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return f"\u2068{text}\u2069"
    return text


def name_view_parts(view: Any, name: str) -> None:
    """Give a table view's headers (and its corner button) accessible names too."""
    from PySide6.QtWidgets import QAbstractButton

    view.horizontalHeader().setAccessibleName(
        QCoreApplication.translate("Tables", "Column headings: %1").replace("%1", name))
    view.verticalHeader().setAccessibleName(
        QCoreApplication.translate("Tables", "Row headings: %1").replace("%1", name))
    for button in view.findChildren(QAbstractButton):
        if not button.accessibleName():
            button.setAccessibleName(QCoreApplication.translate("Tables", "Select the whole table"))


def muted_brush() -> Any:
    return theme.muted_text(QApplication.palette())


class _RowsModel(QAbstractTableModel):
    """A read-only table of plain rows; subclasses give ``COLUMNS``, ``headers()`` and
    ``cell()``."""

    COLUMNS = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # --- what subclasses give ----------------------------------------------------------------

    def headers(self) -> list[str]:
        """The column headings, translated (every subclass defines them)."""
        raise NotImplementedError(f"{type(self).__name__} must define headers()")

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What one cell shows for ``role`` (every subclass defines it)."""
        raise NotImplementedError(f"{type(self).__name__} must define cell()")

    def row_id(self, row: Any) -> Any:
        return getattr(row, "id", None)

    # --- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.COLUMNS:
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self.row_id(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.cell(row, index.column(), Qt.ItemDataRole.DisplayRole)
            return f"{self.headers()[index.column()]}: {text}" if text else None
        return self.cell(row, index.column(), role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- plain rows --------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: Any) -> int:
        for number, row in enumerate(self._rows):
            if self.row_id(row) == record_id:
                return number
        return -1


# --- The list of workshops ------------------------------------------------------------------


class WorkshopListModel(_RowsModel):
    """Rows: services.workshops.WorkshopRow."""

    TITLE, WHEN, PLACES = range(3)
    COLUMNS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz: ZoneInfo | None = None

    def set_workshops(self, rows: Sequence[Any], tz: ZoneInfo | None) -> None:
        self.tz = tz
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [self.tr("Workshop"), self.tr("When"), self.tr("Places")]

    def when(self, w: Any) -> str:
        if w.next_starts_at is not None:
            return self.tr("Next: %1").replace("%1", f"{day_text(w.next_starts_at, self.tz)} "
                                                      f"{time_text(w.next_starts_at, self.tz)}")
        if w.session_count == 0:
            return self.tr("No sessions yet")
        return self.tr("Ended %1").replace("%1", day_text(w.last_ends_at, self.tz))

    def places(self, w: Any) -> str:
        text = self.tr("%1 of %2").replace("%1", str(w.enrolled_count)).replace(
            "%2", str(w.capacity))
        if w.waitlisted_count:
            text += " · " + self.tr("%1 waiting").replace("%1", str(w.waitlisted_count))
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid() and \
                index.column() == self.TITLE and 0 <= index.row() < len(self._rows):
            w = self._rows[index.row()]
            return f"{w.title}, {self.subtitle(w)}"
        return super().data(index, role)

    def subtitle(self, w: Any) -> str:
        return f"{self.when(w)} · {self.places(w)}"

    def cell(self, w: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return w.title
            if column == self.WHEN:
                return self.when(w)
            return self.places(w)
        if role == SUBTITLE_ROLE and column == self.TITLE:
            return self.subtitle(w)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [w.title, self.when(w), self.tr("Places: %1").replace("%1", self.places(w))]
            if w.grants_category_name:
                lines.append(self.tr("Training for: %1").replace("%1", w.grants_category_name))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and column != self.TITLE:
            return muted_brush()
        return None


# --- Sessions -------------------------------------------------------------------------------


class SessionsModel(_RowsModel):
    """Rows: services.workshops.SessionRow."""

    DATE, TIME, WHERE, STATUS = range(4)
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz: ZoneInfo | None = None
        self.now = dt.datetime.now(UTC)

    def set_sessions(self, rows: Sequence[Any], tz: ZoneInfo | None,
                     now: dt.datetime | None = None) -> None:
        self.tz = tz
        self.now = now or dt.datetime.now(UTC)
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Time"), self.tr("Where"), self.tr("Status")]

    def status(self, s: Any) -> str:
        today = _local(s.starts_at, self.tz).date() == _local(self.now, self.tz).date()
        if s.cancelled_at is not None:
            return self.tr("Cancelled")
        if _local(s.ends_at, UTC) <= self.now:
            return self.tr("Held today") if today else self.tr("Held")
        if _local(s.starts_at, UTC) <= self.now:
            return self.tr("On now")
        return self.tr("Today") if today else self.tr("Planned")

    def cell(self, s: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return day_text(s.starts_at, self.tz)
            if column == self.TIME:
                return (f"{time_range_text(s.starts_at, s.ends_at, self.tz)} "
                        f"({duration_text(s.ends_at - s.starts_at)})")
            if column == self.WHERE:
                return s.space_name or self.tr("No space set")
            return self.status(s)
        if role == Qt.ItemDataRole.FontRole and s.cancelled_at is not None and column != self.STATUS:
            font = QFont(QApplication.font())
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            s.cancelled_at is not None or column == self.WHERE and not s.space_name
        ):
            return muted_brush()
        return None


# --- Enrolments -----------------------------------------------------------------------------


class EnrolmentsModel(_RowsModel):
    """Rows: services.workshops.EnrolmentRow (enrolled first, then the waitlist in order)."""

    NAME, BADGE, STATUS = range(3)
    COLUMNS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz: ZoneInfo | None = None

    def set_enrolments(self, rows: Sequence[Any], tz: ZoneInfo | None) -> None:
        self.tz = tz
        self.set_rows(rows)

    def row_id(self, row: Any) -> Any:
        return row.participant_id

    def headers(self) -> list[str]:
        return [self.tr("Participant"), self.tr("Badge"), self.tr("Status")]

    def status(self, e: Any) -> str:
        if e.completed_at is not None:
            return self.tr("Completed %1").replace("%1", day_text(e.completed_at, self.tz))
        if e.status is EnrolmentStatus.WAITLISTED:
            return self.tr("Waitlist, number %1").replace("%1", str(e.waitlist_position or ""))
        if e.status is EnrolmentStatus.WITHDRAWN:
            return self.tr("Withdrawn")
        return self.tr("Enrolled")

    def cell(self, e: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return e.display_name
            if column == self.BADGE:
                return e.badge_code
            return self.status(e)
        if role == Qt.ItemDataRole.ForegroundRole and (
            column == self.BADGE or e.status is EnrolmentStatus.WAITLISTED
        ):
            return muted_brush()
        return None

    def counts(self) -> tuple[int, int]:
        enrolled = sum(1 for e in self._rows if e.status is EnrolmentStatus.ENROLLED)
        waiting = sum(1 for e in self._rows if e.status is EnrolmentStatus.WAITLISTED)
        return enrolled, waiting


# --- The roster of one session (the attendance dialog) ---------------------------------------


def _compact(text: str) -> str:
    return "".join(text.split())


class RosterModel(_RowsModel):
    """Rows: services.attendance.RosterEntry. ``set_filter`` narrows what is shown; the
    counts always cover everyone."""

    PRESENT, NAME, BADGE, NOTE = range(4)
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Any] = []
        self._filter = ""

    def row_id(self, row: Any) -> Any:
        return row.participant_id

    def headers(self) -> list[str]:
        return [self.tr("Present"), self.tr("Participant"), self.tr("Badge"), self.tr("Note")]

    # --- rows and filter ---------------------------------------------------------------------

    def set_entries(self, entries: Sequence[Any]) -> None:
        self._all = list(entries)
        self._apply()

    def entries(self) -> list[Any]:
        return list(self._all)

    def set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self._apply()

    def filter_text(self) -> str:
        return self._filter

    @staticmethod
    def matches(entry: Any, typed: str) -> bool:
        """Every typed word is in the name or badge (any case, accents); or the typed text
        without spaces is part of the name without spaces, or of the badge code."""
        words = fold(typed).split()
        if not words:
            return True
        haystack = fold(f"{entry.display_name} {entry.badge_code}")
        if all(w in haystack for w in words):
            return True
        if _compact(fold(typed)) in _compact(fold(entry.display_name)):
            return True
        code = codes.normalise_code(typed)
        return bool(code) and code in (entry.badge_code or "")

    def _apply(self) -> None:
        self.set_rows([e for e in self._all if self.matches(e, self._filter)])

    def update_entry(self, entry: Any) -> int:
        """Put a changed (or new) entry in place; returns its shown row (-1 if filtered out)."""
        for number, old in enumerate(self._all):
            if old.participant_id == entry.participant_id:
                self._all[number] = entry
                break
        else:
            self._all.append(entry)
            self._all.sort(key=lambda e: (fold(e.display_name), e.display_name, e.participant_id))
            self._apply()
            return self.row_of(entry.participant_id)
        row = self.row_of(entry.participant_id)
        if row >= 0:
            self._rows[row] = entry
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def entry_of(self, participant_id: int) -> Any | None:
        return next((e for e in self._all if e.participant_id == participant_id), None)

    def counts(self) -> tuple[int, int, int]:
        """(enrolled and present, enrolled, walk-ins present)."""
        enrolled = [e for e in self._all if e.enrolled]
        present = sum(1 for e in enrolled if e.present)
        walk_ins = sum(1 for e in self._all if e.present and not e.enrolled)
        return present, len(enrolled), walk_ins

    # --- cells -------------------------------------------------------------------------------

    def note(self, e: Any) -> str:
        if e.walk_in or (not e.enrolled and e.present):
            return self.tr("Walk-in")
        if not e.enrolled:
            return self.tr("Not enrolled")
        return ""

    def cell(self, e: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PRESENT:
                return f"{TICK} " + self.tr("Present") if e.present else self.tr("Not yet")
            if column == self.NAME:
                return e.display_name
            if column == self.BADGE:
                return e.badge_code
            return self.note(e)
        if role == Qt.ItemDataRole.FontRole and column == self.PRESENT and e.present:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            column == self.BADGE or column == self.PRESENT and not e.present
        ):
            return muted_brush()
        return None


# --- The attendance grid --------------------------------------------------------------------


class AttendanceGridModel(QAbstractTableModel):
    """Participants down; first how many sessions each attended, then the sessions across.

    Fed a services.attendance.Grid. A present cell shows a tick (✓); a held session without a
    mark shows a dash; a session still to come is empty. ``ID_ROLE`` of a session cell gives
    ``(session_id, participant_id)``; of the first column ``(None, participant_id)``.
    """

    TOTAL = 0  # the column with "3 of 5"; sessions follow from column 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: Any | None = None
        self.tz: ZoneInfo | None = None
        self.now = dt.datetime.now(UTC)
        self._cells: list[list[bool]] = []
        self._held: list[bool] = []

    def set_grid(self, grid: Any, tz: ZoneInfo | None, now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.tz = tz
        self.now = now or dt.datetime.now(UTC)
        self._cells = [list(row) for row in grid.cells] if grid is not None else []
        self._held = ([_local(s.starts_at, UTC) <= self.now for s in grid.sessions]
                      if grid is not None else [])
        self.endResetModel()

    def clear(self) -> None:
        self.set_grid(None, self.tz)

    # --- shape -------------------------------------------------------------------------------

    @property
    def sessions(self) -> tuple:
        return self.grid.sessions if self.grid is not None else ()

    @property
    def participants(self) -> tuple:
        return self.grid.participants if self.grid is not None else ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.participants)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return len(self.sessions) + 1

    def session_at(self, column: int) -> Any | None:
        """The session shown in ``column`` (None for the totals column)."""
        index = column - 1
        return self.sessions[index] if 0 <= index < len(self.sessions) else None

    def column_of_session(self, session_id: int) -> int:
        return next((i + 1 for i, s in enumerate(self.sessions) if s.id == session_id), -1)

    def row_of_participant(self, participant_id: int) -> int:
        return next((i for i, p in enumerate(self.participants) if p.id == participant_id), -1)

    def held(self, column: int) -> bool:
        return 0 < column <= len(self._held) and self._held[column - 1]

    # --- values ------------------------------------------------------------------------------

    def is_present(self, row: int, column: int) -> bool:
        return column > 0 and self._cells[row][column - 1]

    def attended(self, row: int) -> int:
        return sum(self._cells[row])

    def set_present(self, session_id: int, participant_id: int, present: bool) -> bool:
        """Change one cell after the service stored it; False when the cell is not shown."""
        column = self.column_of_session(session_id)
        row = self.row_of_participant(participant_id)
        if row < 0 or column < 0:
            return False
        if self._cells[row][column - 1] != present:
            self._cells[row][column - 1] = present
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
            total = self.index(row, self.TOTAL)
            self.dataChanged.emit(total, total)
        return True

    def session_label(self, column: int) -> str:
        s = self.session_at(column)
        if s is None:
            return ""
        return f"{day_text(s.starts_at, self.tz, year=False)} {time_text(s.starts_at, self.tz)}"

    def participant_label(self, row: int) -> str:
        p = self.participants[row]
        if not p.enrolled:
            return self.tr("%1 (walk-in)").replace("%1", isolate(p.display_name))
        return p.display_name

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        if column == self.TOTAL:
            return self._total_data(row, role)
        present = self._cells[row][column - 1]
        held = self._held[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return TICK if present else (NOT_MARKED if held else "")
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            state = self.tr("present") if present else (
                self.tr("not marked present") if held else self.tr("session still to come"))
            return f"{isolate(self.participant_label(row))}, {self.session_label(column)}: {state}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and present:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and present:
            palette = QApplication.palette()
            return theme.blend(palette.color(QPalette.ColorRole.Base),
                               palette.color(QPalette.ColorRole.Highlight), 0.16)
        if role == Qt.ItemDataRole.ForegroundRole and not present:
            return muted_brush()
        if role == ID_ROLE:
            return (self.sessions[column - 1].id, self.participants[row].id)
        return None

    def _total_data(self, row: int, role: int) -> Any:
        count, total = self.attended(row), len(self.sessions)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%1 of %2").replace("%1", str(count)).replace("%2", str(total))
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.tr("%1 attended %2 of %3 sessions").replace(
                "%1", isolate(self.participant_label(row))).replace("%2", str(count)).replace(
                "%3", str(total))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return muted_brush()
        if role == ID_ROLE:
            return (None, self.participants[row].id)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            if section == self.TOTAL:
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("Attended")
                if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                    return self.tr("Sessions attended, of those held or planned")
                return None
            s = self.session_at(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return (f"{day_text(s.starts_at, self.tz, year=False)}\n"
                        f"{time_text(s.starts_at, self.tz)}")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return when_text(s.starts_at, s.ends_at, self.tz)
            return None
        if not 0 <= section < self.rowCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.participant_label(section)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# --- Completion -----------------------------------------------------------------------------


def reason_text(reason: Any) -> str:
    """A services.attendance.Reason in the interface language."""
    if reason is None:
        return ""
    template = QCoreApplication.translate("DomainError", reason.template)
    params = dict(reason.params)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return reason.message


class CompletionModel(_RowsModel):
    """Rows: services.attendance.CompletionRow; ``newly`` marks those just recorded."""

    NAME, ATTENDED, RESULT = range(3)
    COLUMNS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.newly: set[int] = set()
        self.tz: ZoneInfo | None = None

    def set_completion(self, rows: Sequence[Any], tz: ZoneInfo | None,
                       newly: set[int] | None = None) -> None:
        self.tz = tz
        self.newly = set(newly or ())
        self.set_rows(rows)

    def row_id(self, row: Any) -> Any:
        return row.participant_id

    def headers(self) -> list[str]:
        return [self.tr("Participant"), self.tr("Attended"), self.tr("Result")]

    def result(self, c: Any) -> str:
        if c.participant_id in self.newly:
            return f"{TICK} " + self.tr("Completed now")
        if c.completed_at is not None:
            return f"{TICK} " + self.tr("Completed %1").replace(
                "%1", day_text(c.completed_at, self.tz))
        if c.complete:
            return f"{TICK} " + self.tr("Qualifies")
        return self.tr("Not complete: %1").replace("%1", reason_text(c.reason))

    def cell(self, c: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return c.display_name
            if column == self.ATTENDED:
                return self.tr("%1 of %2 (needs %3)").replace("%1", str(c.attended)).replace(
                    "%2", str(c.total_sessions)).replace("%3", str(c.required))
            return self.result(c)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RESULT:
            return self.result(c)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT and not c.complete:
            return muted_brush()
        return None
