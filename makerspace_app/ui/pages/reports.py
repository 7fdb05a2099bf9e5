"""Reports: equipment use, bookings and attendance, as tables, charts, PDF or CSV.

Not built yet: the page says honestly what it will hold (see placeholder.py). Reports are
made on demand, not stored, so there is no count to show.
"""

from __future__ import annotations

from makerspace_app.ui.pages.placeholder import PlaceholderPage


class ReportsPage(PlaceholderPage):
    tables = ()

    def empty_title(self) -> str:
        return self.tr("No reports made yet")

    def purpose(self) -> str:
        return self.tr(
            "Reports on equipment use, bookings and workshop attendance, for your team and "
            "your funders, are made here as tables and charts, and saved as PDF or CSV."
        )

    def stored_title(self, count: int) -> str:
        return self.empty_title()
