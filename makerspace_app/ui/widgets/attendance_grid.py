"""The attendance grid of one workshop: participants down, sessions across.

A tick (✓) is a participant present at a session; a dot is a held session without a mark;
an empty cell a session still to come. Clicking a cell, or Space on the current cell, asks to
change it: ``toggle_requested(session_id, participant_id, present)`` fires and whoever owns
the grid stores the change (one unit of work) and then calls ``set_present``. The grid never
writes to the database itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from makerspace_app.ui.models.workshops_model import (
    AttendanceGridModel,
    name_view_parts,
)

PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class AttendanceGrid(QTableView):
    toggle_requested = Signal(object, object, bool)  # session id, participant id, present

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceGrid")
        self.grid_model = AttendanceGridModel(self)
        self.setModel(self.grid_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setAccessibleName(self.tr("Attendance grid"))
        self.setAccessibleDescription(
            self.tr("Participants down, sessions across. A tick means present. Arrow keys move; "
                    "Space or a click changes the current box.")
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setHighlightSections(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setHighlightSections(True)
        name_view_parts(self, self.tr("Attendance grid"))
        self.horizontalHeader().setAccessibleName(self.tr("Sessions"))
        self.verticalHeader().setAccessibleName(self.tr("Participants"))
        self.clicked.connect(self._clicked)

    # --- filling -------------------------------------------------------------------------------

    def set_grid(self, grid: Any, tz: ZoneInfo | None, now: dt.datetime | None = None,
                 keep_position: bool = False) -> None:
        """Show a services.attendance.Grid (None: nothing). The current box goes to today's
        (or the last held) session, unless ``keep_position`` (the same workshop, re-read)."""
        current = self.currentIndex()
        self.grid_model.set_grid(grid, tz, now)
        self._fit_columns()
        model = self.grid_model
        if grid is None or not model.rowCount() or model.columnCount() < 2:
            return
        if keep_position and current.isValid():
            row = min(current.row(), model.rowCount() - 1)
            column = min(current.column(), model.columnCount() - 1)
        else:
            row, column = 0, self.column_to_mark()
        self.setCurrentIndex(model.index(row, column))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # Sized for real now: bring the current box into view (the names stay on the left).
        if self.currentIndex().isValid():
            self.scrollTo(self.currentIndex(), QAbstractItemView.ScrollHint.EnsureVisible)

    def column_to_mark(self) -> int:
        """The last session that has started (the one a leader most likely marks), else the
        first."""
        model = self.grid_model
        held = [c for c in range(1, model.columnCount()) if model.held(c)]
        return held[-1] if held else 1

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        model = self.grid_model
        if model.columnCount() == 0:
            return
        # Every session column as wide as its two-line header.
        width = max(metrics.horizontalAdvance("Www 00 Www") + 18, 64)
        for column in range(1, model.columnCount()):
            header.resizeSection(column, width)
        header.resizeSection(model.TOTAL,
                             max(metrics.horizontalAdvance(QCoreApplication.translate("AttendanceGridModel", "Attended")) + 24,
                                 metrics.horizontalAdvance("00 of 00") + 24))
        line = metrics.lineSpacing()
        header.setMinimumHeight(line * 2 + 12)
        self.verticalHeader().setDefaultSectionSize(max(line + 12, 28))

    # --- asking for a change ----------------------------------------------------------------

    def request_toggle(self, index: QModelIndex) -> bool:
        """Ask to flip one session cell; False for the totals column or nothing."""
        if not index.isValid():
            return False
        session = self.grid_model.session_at(index.column())
        if session is None:
            return False
        person = self.grid_model.participants[index.row()]
        present = self.grid_model.is_present(index.row(), index.column())
        self.toggle_requested.emit(session.id, person.id, not present)
        return True

    def set_present(self, session_id: int, participant_id: int, present: bool) -> None:
        self.grid_model.set_present(session_id, participant_id, present)

    def _clicked(self, index: QModelIndex) -> None:
        self.request_toggle(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() == Qt.Key.Key_Space and event.modifiers() in PLAIN
                and self.request_toggle(self.currentIndex())):
            event.accept()
            return
        super().keyPressEvent(event)
