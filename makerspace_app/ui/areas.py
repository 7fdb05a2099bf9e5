"""The areas of the main window, in navigation order (Ctrl+1 … Ctrl+9)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from makerspace_app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Areas"


@dataclass(frozen=True)
class Area:
    key: str
    icon: str
    title: str  # English, marked for translation in the "Areas" context
    module: str  # makerspace_app.ui.pages.<module>
    page_class: str

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


AREAS: tuple[Area, ...] = (
    Area("today", "today", QT_TRANSLATE_NOOP("Areas", "Today"), "today", "TodayPage"),
    Area(
        "bookings", "bookings", QT_TRANSLATE_NOOP("Areas", "Bookings"), "bookings",
        "BookingsPage",
    ),
    Area(
        "equipment", "equipment", QT_TRANSLATE_NOOP("Areas", "Equipment"), "equipment",
        "EquipmentPage",
    ),
    Area(
        "workshops", "workshops", QT_TRANSLATE_NOOP("Areas", "Workshops"), "workshops",
        "WorkshopsPage",
    ),
    Area(
        "participants", "participants", QT_TRANSLATE_NOOP("Areas", "Participants"),
        "participants", "ParticipantsPage",
    ),
    Area(
        "projects", "projects", QT_TRANSLATE_NOOP("Areas", "Projects"), "projects",
        "ProjectsPage",
    ),
    Area("print", "print", QT_TRANSLATE_NOOP("Areas", "Print"), "print_center", "PrintPage"),
    Area("reports", "reports", QT_TRANSLATE_NOOP("Areas", "Reports"), "reports", "ReportsPage"),
    Area(
        "settings", "settings", QT_TRANSLATE_NOOP("Areas", "Settings"), "settings",
        "SettingsPage",
    ),
)

BY_KEY = {area.key: area for area in AREAS}

# Which area a search hit of each kind opens.
AREA_FOR_KIND = {
    "participant": "participants",
    "equipment": "equipment",
    "workshop": "workshops",
    "project": "projects",
}
