"""Spaces: listed with their site, in a stable order, for anyone signed in."""

from __future__ import annotations

from makerspace_app.domain.enums import StaffRole
from makerspace_app.persistence.models import Site, Space
from makerspace_app.services import spaces
from makerspace_app.services.uow import Actor


def test_spaces_are_listed_by_site_then_name_with_their_site(db, uow_factory) -> None:
    with db.session() as s:
        north = Site(name="North Branch", address="", timezone="Europe/London")
        central = Site(name="Central Library", address="", timezone="Europe/London")
        s.add_all([north, central])
        s.flush()
        s.add_all([Space(site_id=north.id, name="Textile corner"),
                   Space(site_id=central.id, name="Sound studio"),
                   Space(site_id=central.id, name="Makerspace")])
    desk = Actor("Dee Desk", StaffRole.FRONT_DESK, None)
    with uow_factory(desk, read_only=True) as uow:
        rows = spaces.list_spaces(uow)
    assert [r.label for r in rows] == ["Makerspace (Central Library)",
                                       "Sound studio (Central Library)",
                                       "Textile corner (North Branch)"]
    assert rows[0].site_id == rows[1].site_id != rows[2].site_id


def test_no_spaces_is_an_empty_list(db, uow_factory) -> None:
    with uow_factory(read_only=True) as uow:
        assert spaces.list_spaces(uow) == []
