"""The Today screen shows a booking starting in 10 minutes and an item out of service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from makerspace_app.domain.clock import utc_now
from makerspace_app.persistence.models import Equipment, EquipmentCategory, Participant, Site, Space
from makerspace_app.services import bookings, equipment
from makerspace_app.services.uow import Actor, unit_of_work


def _world(db) -> None:  # noqa: ANN001
    now = utc_now()
    with db.session() as s:
        site = Site(name="Central", address="", timezone="UTC")
        s.add(site)
        s.flush()
        space = Space(site_id=site.id, name="Makerspace")
        cat = EquipmentCategory(name="3D printers", description="", requires_certification=False)
        s.add_all([space, cat])
        s.flush()
        s.add_all([
            Equipment(asset_tag="3DP-1", name="Prusa 1", category_id=cat.id, space_id=space.id,
                      created_at=now, serial_number="", notes=""),
            Equipment(asset_tag="LAS-9", name="Laser 9", category_id=cat.id, space_id=space.id,
                      created_at=now, serial_number="", notes=""),
            Participant(badge_code="AMARA001", given_name="Amara", family_name="Okafor",
                        date_of_birth=dt.date(1990, 1, 1), created_at=now, languages=[],
                        accessibility_tags=[]),
        ])
    with unit_of_work(db, Actor.system()) as uow:
        items = {i.asset_tag: i.id for i in equipment.list_items(uow)}
        person = uow.session.query(Participant).one().id
        start = now + dt.timedelta(minutes=10)
        bookings.create_booking(uow, items["3DP-1"], person, start, start + dt.timedelta(hours=1))
        equipment.log_maintenance(uow, items["LAS-9"], "Tube cracked", takes_out_of_service=True)


def test_today_shows_a_booking_starting_soon_and_an_item_out_of_service(
        ui_db_with_admin, signed_in_window, qtbot) -> None:  # noqa: ANN001
    _world(ui_db_with_admin)
    window = signed_in_window
    window.go_to("today")
    page = window.page("today")
    page.refresh()
    tree = page.bookings_tree
    texts = [[tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())]
    assert any(row[1] == "Prusa 1" and row[2].startswith("Amara") and "starts in" in row[3]
               for row in texts), texts
    minutes = [int(row[3].split("starts in ")[1].split()[0]) for row in texts if "starts in" in row[3]]
    assert minutes and 8 <= minutes[0] <= 10
    attention = [page.attention_list.item(i).text() for i in range(page.attention_list.count())]
    assert any("Laser 9" in line and "out of service" in line for line in attention), attention
    # The booking is not in progress yet, so it cannot be checked in early from here.
    tree.setCurrentItem(tree.topLevelItem(0))
    assert page.check_in_button.isEnabled()  # check-in opens 15 minutes before the start
    qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    page.refresh()
    assert "Checked in" in page.bookings_tree.topLevelItem(0).text(3)
