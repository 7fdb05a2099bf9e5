"""Workshops: courses and events with their sessions and enrolments.

Not built yet: the page says honestly what it will hold (see placeholder.py).
"""

from __future__ import annotations

from makerspace_app.ui.pages.placeholder import PlaceholderPage


class WorkshopsPage(PlaceholderPage):
    tables = ("workshops",)

    def empty_title(self) -> str:
        return self.tr("No workshops yet")

    def purpose(self) -> str:
        return self.tr(
            "Workshops you create appear here with their sessions, enrolments and "
            "attendance."
        )

    def stored_title(self, count: int) -> str:
        return self.tr("Workshops stored: {n}").format(n=count)
