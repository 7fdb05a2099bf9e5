"""Projects: what participants made, with its story.

Not built yet: the page says honestly what it will hold (see placeholder.py).
"""

from __future__ import annotations

from makerspace_app.ui.pages.placeholder import PlaceholderPage


class ProjectsPage(PlaceholderPage):
    tables = ("projects",)

    def empty_title(self) -> str:
        return self.tr("No projects yet")

    def purpose(self) -> str:
        return self.tr(
            "Things participants make appear here with their story, photos and the "
            "equipment they used."
        )

    def stored_title(self, count: int) -> str:
        return self.tr("Projects stored: {n}").format(n=count)
