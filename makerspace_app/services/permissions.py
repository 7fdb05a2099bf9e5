"""Who may do what, enforced in the services (hiding a button is not enough)."""

from __future__ import annotations

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import PermissionDenied
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.services.uow import UnitOfWork

# Each role may do what the roles before it may, plus its own (front desk < leader < ...).
RANK = {
    StaffRole.FRONT_DESK: 1,
    StaffRole.WORKSHOP_LEADER: 2,
    StaffRole.COORDINATOR: 3,
    StaffRole.ADMIN: 4,
}

ROLE_NAMES = {
    StaffRole.FRONT_DESK: QT_TRANSLATE_NOOP("Roles", "front desk"),
    StaffRole.WORKSHOP_LEADER: QT_TRANSLATE_NOOP("Roles", "workshop leader"),
    StaffRole.COORDINATOR: QT_TRANSLATE_NOOP("Roles", "coordinator"),
    StaffRole.ADMIN: QT_TRANSLATE_NOOP("Roles", "admin"),
}


def require(uow: UnitOfWork, role: StaffRole, action: str) -> None:
    """Refuse unless the acting staff member's role is at least ``role``."""
    if RANK[uow.actor.role] < RANK[role]:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Only a {role} or above can {action}. Ask a colleague with that role, "
                "or an admin to change your role.",
            ),
            role=ROLE_NAMES[role],
            action=action,
        )
