"""Spaces: the rooms and areas of the makerspace's sites, for choosing where things happen."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from makerspace_app.domain.enums import StaffRole
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import Site, Space
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

ACTION_LOOK_UP = QT_TRANSLATE_NOOP("Actions", "look up spaces")


@dataclass(frozen=True)
class SpaceRow:
    id: int
    name: str
    site_id: int
    site_name: str

    @property
    def label(self) -> str:
        """The space with its site, for a choice list: "Sound studio (Central Library)"."""
        return f"{self.name} ({self.site_name})" if self.site_name else self.name


def list_spaces(uow: UnitOfWork) -> list[SpaceRow]:
    """Every space with its site, by site name, then space name. One query."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    rows = uow.session.execute(
        select(Space.id, Space.name, Space.site_id, Site.name.label("site"))
        .join(Site, Site.id == Space.site_id)
        .order_by(Site.name, Space.name, Space.id))
    return [SpaceRow(r.id, r.name, r.site_id, r.site or "") for r in rows]
