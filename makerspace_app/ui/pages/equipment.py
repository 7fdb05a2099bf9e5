"""Equipment: the bookable items, their status and bookings.

Not built yet: the page says honestly what it will hold (see placeholder.py).
"""

from __future__ import annotations

from makerspace_app.ui.pages.placeholder import PlaceholderPage


class EquipmentPage(PlaceholderPage):
    tables = ("equipment",)

    def empty_title(self) -> str:
        return self.tr("No equipment yet")

    def purpose(self) -> str:
        return self.tr(
            "Items you add appear here with their status and bookings."
        )

    def stored_title(self, count: int) -> str:
        return self.tr("Items stored: {n}").format(n=count)
