"""Bookings: items reserved by participants, on a timeline per item.

Not built yet: the page says honestly what it will hold (see placeholder.py).
"""

from __future__ import annotations

from makerspace_app.ui.pages.placeholder import PlaceholderPage


class BookingsPage(PlaceholderPage):
    tables = ("bookings",)

    def empty_title(self) -> str:
        return self.tr("No bookings yet")

    def purpose(self) -> str:
        return self.tr(
            "When a participant reserves an item, the booking appears here on that item’s "
            "timeline, with its status in words."
        )

    def stored_title(self, count: int) -> str:
        return self.tr("Bookings stored: {n}").format(n=count)
