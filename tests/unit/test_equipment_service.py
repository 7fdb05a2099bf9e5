"""Equipment service: where affected bookings can move, back in service, reinstating a retired
item, photos, and filters. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from worlds import World, local

from makerspace_app.domain.enums import EquipmentStatus, StaffRole
from makerspace_app.domain.errors import (
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from makerspace_app.persistence.models import AuditEvent, Equipment, MaintenanceRecord
from makerspace_app.services import equipment
from makerspace_app.services.uow import Actor

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
DESK = Actor("desk", StaffRole.FRONT_DESK)


@pytest.fixture
def world(db, uow_factory) -> World:
    return World(db, uow_factory)


def _audit(world: World, action: str) -> list:
    """(entity_id, details) of the audit events of one action."""
    with world.db.session(read_only=True) as s:
        return list(s.execute(select(AuditEvent.entity_id, AuditEvent.details)
                              .where(AuditEvent.action == action).order_by(AuditEvent.id)))


def _status(world: World, key: str) -> EquipmentStatus:
    with world.db.session(read_only=True) as s:
        return s.scalar(select(Equipment.status).where(Equipment.id == world.ids[key]))


def test_a_booking_moves_to_the_other_item_of_its_category_at_the_same_time(world) -> None:
    made = world.book("laser1", "adult", local("2026-03-05", "10:00"), local("2026-03-05", "11:00"))
    with world.uow() as uow:
        equipment.log_maintenance(uow, world.ids["laser1"], "Tube failing", takes_out_of_service=True)
    with world.uow() as uow:
        [option] = equipment.move_options(uow, made.id)
        affected = equipment.affected_bookings(uow, world.ids["laser1"])
    assert (option.equipment, option.asset_tag) == ("Laser 2", "LAS-2")
    assert (option.starts_at, option.ends_at) == (made.starts_at, made.ends_at)
    assert option.same_time_as(affected[0])


def test_when_the_other_item_is_taken_its_next_free_slot_is_offered(world) -> None:
    made = world.book("laser1", "adult", local("2026-03-05", "10:00"), local("2026-03-05", "11:00"))
    world.book("laser2", "adult", local("2026-03-05", "09:30"), local("2026-03-05", "11:30"))
    with world.uow() as uow:
        equipment.log_maintenance(uow, world.ids["laser1"], "Tube failing", takes_out_of_service=True)
    with world.uow() as uow:
        [option] = equipment.move_options(uow, made.id)
    assert option.equipment == "Laser 2"
    assert (option.starts_at, option.ends_at) == (local("2026-03-05", "11:30"),
                                                   local("2026-03-05", "12:30"))


def test_no_option_when_no_other_item_of_the_category_can_take_it(world) -> None:
    made = world.book("printer", "adult", local("2026-03-05", "10:00"), local("2026-03-05", "11:00"))
    with world.uow() as uow:
        equipment.log_maintenance(uow, world.ids["printer"], "Nozzle clogged", takes_out_of_service=True)
    with world.uow() as uow:
        assert equipment.move_options(uow, made.id) == []  # a laser cutter is not a 3D printer


def test_back_in_service_resolves_every_open_record_and_is_audited(world) -> None:
    with world.uow() as uow:
        equipment.log_maintenance(uow, world.ids["laser1"], "Mirror cracked", takes_out_of_service=True)
        equipment.log_maintenance(uow, world.ids["laser1"], "Fan loud", takes_out_of_service=True)
        equipment.log_maintenance(uow, world.ids["laser1"], "Cleaned the bed")
    assert _status(world, "laser1") is EquipmentStatus.OUT_OF_SERVICE
    with world.uow(actor=DESK) as uow:  # the front desk may put it back in service
        row = equipment.return_to_service(uow, world.ids["laser1"])
    assert row.status is EquipmentStatus.AVAILABLE
    with world.uow() as uow:
        log = equipment.maintenance_log(uow, world.ids["laser1"])
    assert all(r.resolved_at is not None for r in log if r.takes_out_of_service)
    assert [r.resolved_at for r in log if not r.takes_out_of_service] == [None]
    [event] = _audit(world, "back_in_service")
    assert event.entity_id == world.ids["laser1"] and len(event.details["resolved"]) == 2


def test_back_in_service_refuses_an_item_in_service_and_changes_nothing(world) -> None:
    with pytest.raises(ConflictError, match="already in service"), world.uow() as uow:
        equipment.return_to_service(uow, world.ids["laser2"])
    assert _status(world, "laser2") is EquipmentStatus.AVAILABLE
    assert _audit(world, "back_in_service") == []


def test_retire_is_refused_while_bookings_hold_it_then_reinstated(world) -> None:
    made = world.book("printer", "adult", local("2026-03-05", "10:00"), local("2026-03-05", "11:00"))
    with pytest.raises(ConflictError, match="1 future booking"), world.uow() as uow:
        equipment.retire_item(uow, world.ids["printer"])
    assert _status(world, "printer") is EquipmentStatus.AVAILABLE
    from makerspace_app.services import bookings

    with world.uow() as uow:
        bookings.cancel_booking(uow, made.id, "printer retired")
    with world.uow() as uow:
        equipment.retire_item(uow, world.ids["printer"])
        assert equipment.list_items(uow, "prusa") == []  # retired items are hidden by default
        assert [i.name for i in equipment.list_items(uow, "prusa", include_retired=True)] == ["Prusa 1"]
    with world.uow() as uow:
        row = equipment.reinstate_item(uow, world.ids["printer"])
    assert row.status is EquipmentStatus.AVAILABLE
    assert [e[0] for e in _audit(world, "reinstate")] == [world.ids["printer"]]
    with pytest.raises(ConflictError, match="not retired"), world.uow() as uow:
        equipment.reinstate_item(uow, world.ids["printer"])


def test_a_reinstated_item_with_an_open_fault_stays_out_of_service(world) -> None:
    with world.uow() as uow:
        equipment.log_maintenance(uow, world.ids["printer"], "Broken hotend", takes_out_of_service=True)
        equipment.retire_item(uow, world.ids["printer"])
    with world.uow() as uow:
        assert equipment.reinstate_item(uow, world.ids["printer"]).status is EquipmentStatus.OUT_OF_SERVICE


def test_reinstating_needs_a_coordinator(world) -> None:
    with world.uow() as uow:
        equipment.retire_item(uow, world.ids["printer"])
    with pytest.raises(PermissionDenied), world.uow(actor=DESK) as uow:
        equipment.reinstate_item(uow, world.ids["printer"])
    assert _status(world, "printer") is EquipmentStatus.RETIRED


def test_photo_png_or_jpeg_only_and_removable(world) -> None:
    item = world.ids["printer"]
    with world.uow() as uow:
        equipment.set_photo(uow, item, PNG)
    with world.uow() as uow:
        assert equipment.get_photo(uow, item) == PNG
        assert equipment.get_item(uow, item).has_photo
    with pytest.raises(ValidationError, match="PNG or JPEG"), world.uow() as uow:
        equipment.set_photo(uow, item, b"GIF89a not allowed")
    too_big = JPEG + b"\x00" * equipment.MAX_PHOTO_BYTES
    with pytest.raises(ValidationError, match="at most 5 MB"), world.uow() as uow:
        equipment.set_photo(uow, item, too_big)
    with world.uow() as uow:
        assert equipment.get_photo(uow, item) == PNG  # unchanged by the refusals
        equipment.set_photo(uow, item, None)
    with world.uow() as uow:
        assert equipment.get_photo(uow, item) is None


def test_filters_by_category_space_status_and_text(world) -> None:
    with world.uow() as uow:
        equipment.log_maintenance(uow, world.ids["laser2"], "Lens dirty", takes_out_of_service=True)
    with world.uow() as uow:
        lasers = equipment.list_items(uow, category_id=world.laser_cat)
        out = equipment.list_items(uow, status=EquipmentStatus.OUT_OF_SERVICE)
        tagged = equipment.list_items(uow, "las-1")
        by_space = equipment.list_items(uow, space_id=lasers[0].space_id)
    assert [i.name for i in lasers] == ["Laser 1", "Laser 2"]
    assert [i.name for i in out] == ["Laser 2"]
    assert [i.name for i in tagged] == ["Laser 1"]
    assert len(by_space) == 3


def test_resolving_the_last_open_record_puts_it_back_in_service(world) -> None:
    with world.uow() as uow:
        record, _ = equipment.log_maintenance(uow, world.ids["laser1"], "Mirror cracked",
                                              takes_out_of_service=True)
    with world.uow() as uow:
        row = equipment.resolve_maintenance(uow, record.id)
    assert row.status is EquipmentStatus.AVAILABLE
    with world.db.session(read_only=True) as s:
        assert s.scalar(select(MaintenanceRecord.resolved_at)
                        .where(MaintenanceRecord.id == record.id)) is not None
