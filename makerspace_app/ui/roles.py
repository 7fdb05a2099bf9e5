"""Role names as people read them, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_name(role: object) -> str:
    from makerspace_app.services.permissions import ROLE_NAMES

    english = ROLE_NAMES.get(role, str(role))  # type: ignore[call-overload]
    return QCoreApplication.translate("Roles", english)
