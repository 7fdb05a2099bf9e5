"""Print: badges and certificates, previewed, printed and recorded.

Not built yet: the page says honestly what it will hold (see placeholder.py).
"""

from __future__ import annotations

from makerspace_app.ui.pages.placeholder import PlaceholderPage


class PrintPage(PlaceholderPage):
    tables = ("issued_credentials",)

    def empty_title(self) -> str:
        return self.tr("No badges or certificates printed yet")

    def purpose(self) -> str:
        return self.tr(
            "Badges for participants and certificates for workshops are previewed and "
            "printed here. Every batch is recorded, so it can be printed again."
        )

    def stored_title(self, count: int) -> str:
        return self.tr("Badges and certificates printed so far: {n}").format(n=count)
