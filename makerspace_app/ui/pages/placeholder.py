"""An area whose screen is not built yet: it says honestly what it will hold.

When the database is empty the page teaches what the area is for ("No equipment yet. Items
you add appear here…"). When records of that kind already exist (demo data, another desk,
the command line), it says how many are stored instead of pretending there are none.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.pages.base import AreaPage
from makerspace_app.ui.widgets.empty_state import EmptyState

log = logging.getLogger(__name__)


def count_rows(context: AppContext, tables: tuple[str, ...]) -> int | None:
    """How many rows the given tables hold together (None if it cannot be read).

    A real screen replaces this page and its count.
    """
    if not tables:
        return 0
    from makerspace_app.services.overview import count_records

    try:
        with context.unit_of_work(read_only=True) as uow:
            return count_records(uow, tables)
    except Exception:  # noqa: BLE001 - a count is a nicety; never break the page for it
        log.warning("Could not count rows in %s", tables, exc_info=True)
        return None


class PlaceholderPage(AreaPage):
    """Subclasses set ``tables`` and implement the three texts."""

    tables: tuple[str, ...] = ()

    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self.empty_state = EmptyState(area.icon, self.empty_title(), self.purpose(), self)
        self.body.addWidget(self.empty_state, 1)
        self._count: int | None = -1

    def empty_title(self) -> str:
        raise NotImplementedError

    def purpose(self) -> str:
        """What the area holds, in one or two sentences."""
        raise NotImplementedError

    def stored_title(self, count: int) -> str:
        raise NotImplementedError

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        count = count_rows(self.context, self.tables)
        if count == self._count:
            return
        self._count = count
        if count is None:  # could not count: say what the area is for, claim nothing
            self.empty_state.set_text(self.area.translated_title(), self.purpose())
        elif count == 0:
            self.empty_state.set_text(self.empty_title(), self.purpose())
        else:
            self.empty_state.set_text(
                self.stored_title(count),
                self.purpose()
                + " "
                + QCoreApplication.translate(
                    "PlaceholderPage",
                    "The screen to list and edit them comes in a later version of the app.",
                ),
            )
