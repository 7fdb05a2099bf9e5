"""Participants: the people the makerspace serves.

Not built yet: the page says honestly what it will hold (see placeholder.py).
"""

from __future__ import annotations

from makerspace_app.ui.pages.placeholder import PlaceholderPage


class ParticipantsPage(PlaceholderPage):
    tables = ("participants",)

    def empty_title(self) -> str:
        return self.tr("No participants yet")

    def purpose(self) -> str:
        return self.tr(
            "People you register appear here with their bookings, certifications and badge."
        )

    def stored_title(self, count: int) -> str:
        return self.tr("Participants stored: {n}").format(n=count)
