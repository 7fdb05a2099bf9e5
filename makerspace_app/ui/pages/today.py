"""Today: the day’s bookings and workshop sessions.

Not built yet: the page says honestly what it will hold (see placeholder.py).
"""

from __future__ import annotations

from makerspace_app.ui.pages.placeholder import PlaceholderPage


class TodayPage(PlaceholderPage):
    tables = ("bookings", "workshop_sessions")

    def empty_title(self) -> str:
        return self.tr("Nothing scheduled yet")

    def purpose(self) -> str:
        return self.tr(
            "Today’s bookings and workshop sessions will be listed here, with check-in and "
            "attendance one key away."
        )

    def stored_title(self, count: int) -> str:
        return self.tr("Bookings and workshop sessions stored: {n}").format(n=count)
