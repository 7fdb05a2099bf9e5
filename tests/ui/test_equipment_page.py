"""The Equipment area: add an item, filter, out of service → affected bookings moved or
cancelled, CSV import with a bad row, export, and opening an item from the global search."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import BookingStatus, EquipmentStatus, StaffRole
from makerspace_app.persistence.models import AuditEvent, Booking, Equipment
from makerspace_app.services import bookings, equipment, participants
from makerspace_app.services.search import SearchHit
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.ui.dialogs.equipment_categories import EquipmentCategoriesDialog
from makerspace_app.ui.dialogs.equipment_item import EquipmentItemDialog
from makerspace_app.ui.dialogs.equipment_transfer import (
    CsvFileDialog,
    ImportRefusedDialog,
)
from makerspace_app.ui.models.equipment_model import NAME, STATUS
from makerspace_app.ui.widgets import equipment_detail
from tests.ui.test_shell import unnamed_interactive_widgets


@pytest.fixture
def shop(ui_db_with_admin):
    """Two laser cutters and a 3D printer (no space, so no opening hours apply), one adult."""
    db = ui_db_with_admin
    with unit_of_work(db, Actor.system()) as uow:
        lasers = equipment.save_category(uow, "Laser cutters", max_booking_minutes=120)
        printers = equipment.save_category(uow, "3D printers")
        laser1 = equipment.add_item(uow, equipment.ItemInput("LC-0001", "Laser cutter 1", lasers.id))
        laser2 = equipment.add_item(uow, equipment.ItemInput("LC-0002", "Laser cutter 2", lasers.id))
        printer = equipment.add_item(uow, equipment.ItemInput("3DP-001", "Prusa MK4", printers.id))
        ana = participants.register_participant(uow, participants.ParticipantInput(
            given_name="Ana", family_name="Lima", date_of_birth=dt.date(1990, 5, 1)))
        tz = bookings.timezone(uow)
        tomorrow = uow.now().astimezone(tz).date() + dt.timedelta(days=1)
    return {"db": db, "lasers": lasers, "printers": printers, "laser1": laser1, "laser2": laser2,
            "printer": printer, "ana": ana, "tz": tz, "tomorrow": tomorrow}


def _at(shop: dict, hour: int) -> dt.datetime:
    return local_to_utc(shop["tomorrow"], dt.time(hour), shop["tz"])


def _book(shop: dict, item: str, hour: int) -> bookings.BookingRow:
    with unit_of_work(shop["db"], Actor.system()) as uow:
        return bookings.create_booking(uow, shop[item].id, shop["ana"].id, _at(shop, hour),
                                       _at(shop, hour + 1))


def _open(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "equipment"
    return window.page("equipment")


def _listed(page) -> list[tuple[str, str]]:
    model = page.model
    return [(model.index(r, NAME).data(), model.index(r, STATUS).data())
            for r in range(model.rowCount())]


def _audit(db, action: str) -> list[tuple]:
    with db.session(read_only=True) as s:
        return list(s.execute(select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.details)
                              .where(AuditEvent.action == action)))


def test_first_category_then_first_item_and_a_refusal_keeps_what_was_typed(signed_in_window,
                                                                           qtbot):
    window = signed_in_window
    page = _open(window, qtbot)
    assert page.main_stack.currentWidget() is page.empty_state
    assert page.empty_state.title_label.text() == "No equipment yet"
    qtbot.waitUntil(page.search_edit.hasFocus, timeout=3000)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, EquipmentCategoriesDialog)  # no category yet: that comes first
    assert "Every item belongs to an equipment category" in page.message.text
    dialog.name_edit.setText("Laser cutters")
    dialog.certification_check.setChecked(True)
    dialog.valid_days_spin.setValue(365)
    dialog.min_age_spin.setValue(16)
    dialog.max_minutes_spin.setValue(90)
    assert dialog.minutes_hint.text() == "1 h 30 min"
    assert dialog.save()
    assert unnamed_interactive_widgets(dialog) == []
    dialog.reject()
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, EquipmentItemDialog), timeout=3000)
    item_dialog = page.active_dialog
    assert item_dialog.category_combo.currentText() == "Laser cutters"
    item_dialog.name_edit.setText("Glowforge Pro")
    assert not item_dialog.submit()  # no asset tag
    assert "needs an asset tag" in item_dialog.message.text
    assert item_dialog.isVisible() and item_dialog.name_edit.text() == "Glowforge Pro"
    qtbot.keyClicks(item_dialog.tag_edit, "lc-0001")
    item_dialog.serial_edit.setText("GF-1234")
    assert unnamed_interactive_widgets(item_dialog) == []
    qtbot.keyClick(item_dialog.tag_edit, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.active_dialog is None, timeout=3000)

    with unit_of_work(window.context.db, Actor.system(), read_only=True) as uow:
        [stored] = equipment.list_items(uow)
        [category] = equipment.list_categories(uow)
    assert (stored.asset_tag, stored.name, stored.serial_number) == ("LC-0001", "Glowforge Pro",
                                                                     "GF-1234")
    assert (category.requires_certification, category.min_age, category.max_booking_minutes,
            category.certification_valid_days) == (True, 16, 90, 365)
    assert page.main_stack.currentWidget() is page.splitter
    assert _listed(page) == [("Glowforge Pro", "Available")]
    assert page.detail.item.id == stored.id
    assert "Needs a certification · ages 16 and over · at most 1 h 30 min" in \
        page.detail.rules_label.text()


def test_a_taken_asset_tag_is_refused_in_the_dialog(signed_in_window, shop, qtbot):
    page = _open(signed_in_window, qtbot)
    page.show_record(shop["printer"].id)
    page.edit_item()
    dialog = page.active_dialog
    dialog.tag_edit.setText("LC-0002")
    assert not dialog.submit()
    assert "already used by “Laser cutter 2”" in dialog.message.text
    assert dialog.tag_edit.text() == "LC-0002" and dialog.focusWidget() is dialog.tag_edit
    dialog.reject()
    with unit_of_work(shop["db"], Actor.system(), read_only=True) as uow:
        assert equipment.get_item(uow, shop["printer"].id).asset_tag == "3DP-001"


def test_search_and_filters_show_status_in_words(signed_in_window, shop, qtbot):
    with unit_of_work(shop["db"], Actor.system()) as uow:
        equipment.log_maintenance(uow, shop["laser2"].id, "Lens cracked", takes_out_of_service=True)
    page = _open(signed_in_window, qtbot)
    assert _listed(page) == [("Prusa MK4", "Available"), ("Laser cutter 1", "Available"),
                             ("Laser cutter 2", "Out of service")]
    assert page.count_label.text() == "3 items"

    page.category_combo.setCurrentIndex(page.category_combo.findData(shop["lasers"].id))
    assert [n for n, _ in _listed(page)] == ["Laser cutter 1", "Laser cutter 2"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("out_of_service"))
    assert _listed(page) == [("Laser cutter 2", "Out of service")]
    page.status_combo.setCurrentIndex(0)
    page.category_combo.setCurrentIndex(0)

    qtbot.keyClicks(page.search_edit, "prusa")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert _listed(page) == [("Prusa MK4", "Available")]
    qtbot.keyClicks(page.search_edit, "zzz")
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.list_empty, timeout=3000)
    assert "No item matches “prusazzz”" in page.list_empty.title_label.text()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.model.rowCount() == 3


def test_out_of_service_lists_the_affected_booking_and_cancelling_it_is_audited(
        signed_in_window, shop, qtbot, monkeypatch):
    made = _book(shop, "printer", 10)
    page = _open(signed_in_window, qtbot)
    page.show_record(shop["printer"].id)
    detail = page.detail
    assert detail.affected_section.isHidden()

    qtbot.keyClicks(detail.entry_edit, "Hotend clogged")
    detail.out_check.setChecked(True)
    qtbot.keyClick(detail.entry_edit, Qt.Key.Key_Return)

    assert detail.item.status is EquipmentStatus.OUT_OF_SERVICE
    assert "Prusa MK4 is out of service" in detail.message.text
    assert "1 booking already made" in detail.message.text
    assert not detail.affected_section.isHidden()
    [row] = detail.affected_rows
    assert row.booking.id == made.id and "Ana Lima" in row.text_label.text()
    assert not row.move_button.isEnabled()  # no other 3D printer to move it to
    assert "No other 3D printers is free" in row.offer_label.text()
    assert ("Prusa MK4", "Out of service") in _listed(page)
    assert detail.log_tree.topLevelItem(0).text(2) == "Out of service, open"
    assert unnamed_interactive_widgets(page) == []

    asked = []
    monkeypatch.setattr(equipment_detail, "confirm_destructive",
                        lambda *args, **kw: asked.append(args[2]) or True)
    row.cancel_button.click()
    assert asked == ["Cancel the booking of Ana Lima?"]
    with unit_of_work(shop["db"], Actor.system(), read_only=True) as uow:
        assert bookings.get_booking(uow, made.id).status is BookingStatus.CANCELLED
    assert _audit(shop["db"], "cancel") == [("booking", made.id, {"reason": "item out of service"})]
    assert detail.affected_section.isHidden() and detail.affected_rows == []
    assert "Cancelled the booking of Ana Lima" in detail.message.text

    # Back in service: bookable again, the log says when.
    detail.back_button.click()
    assert detail.item.status is EquipmentStatus.AVAILABLE
    assert detail.log_tree.topLevelItem(0).text(2).startswith("Resolved ")
    assert ("Prusa MK4", "Available") in _listed(page)


def test_an_affected_booking_moves_to_the_other_item_of_its_category(signed_in_window, shop,
                                                                     qtbot):
    made = _book(shop, "laser1", 14)
    page = _open(signed_in_window, qtbot)
    page.show_record(shop["laser1"].id)
    page.detail.entry_edit.setText("Tube failing")
    page.detail.out_check.setChecked(True)
    assert page.detail.add_entry()
    [row] = page.detail.affected_rows
    assert row.option.equipment_id == shop["laser2"].id
    assert "Free at the same time: Laser cutter 2" in row.offer_label.text()
    assert row.move_button.hasFocus()
    qtbot.keyClick(row.move_button, Qt.Key.Key_Space)
    with unit_of_work(shop["db"], Actor.system(), read_only=True) as uow:
        moved = bookings.get_booking(uow, made.id)
    assert (moved.equipment_id, moved.starts_at, moved.status) == (
        shop["laser2"].id, made.starts_at, BookingStatus.BOOKED)
    [(entity, entity_id, details)] = _audit(shop["db"], "move")
    assert (entity, entity_id, details["after"][0]) == ("booking", made.id, shop["laser2"].id)
    assert page.detail.affected_rows == []


def test_retire_asks_to_move_bookings_first_then_retires(signed_in_window, shop, qtbot,
                                                         monkeypatch):
    made = _book(shop, "laser2", 11)
    monkeypatch.setattr(equipment_detail, "confirm_destructive", lambda *a, **k: True)
    page = _open(signed_in_window, qtbot)
    page.show_record(shop["laser2"].id)
    detail = page.detail
    assert not detail.retire_or_reinstate()
    assert "still has bookings to come" in detail.message.text
    [row] = detail.affected_rows
    assert row.booking.id == made.id and row.option.equipment_id == shop["laser1"].id
    row.move_button.click()
    assert detail.retire_or_reinstate()
    assert detail.item.status is EquipmentStatus.RETIRED
    assert "Laser cutter 2" not in [n for n, _ in _listed(page)]  # retired: off the default list
    assert detail.retire_button.text() == "Put back in inventory"
    assert detail.retire_or_reinstate()
    assert detail.item.status is EquipmentStatus.AVAILABLE


def test_import_with_a_bad_row_imports_nothing_and_lists_the_line(signed_in_window, shop, qtbot,
                                                                  tmp_path, monkeypatch):
    source = tmp_path / "new items.csv"
    source.write_text("asset_tag,name,category\r\n"
                      "LC-0003,Laser cutter 3,Laser cutters\r\n"
                      "VIN-001,Vinyl cutter,Vinyl cutters\r\n"
                      "3DP-002,Prusa MK4 #2,3D printers\r\n", encoding="utf-8")
    monkeypatch.setattr(CsvFileDialog, "ask_open", classmethod(lambda cls, parent, folder: str(source)))
    page = _open(signed_in_window, qtbot)
    assert page.import_csv()
    qtbot.waitUntil(lambda: page.import_task is None, timeout=10000)
    dialog = page.active_dialog
    assert isinstance(dialog, ImportRefusedDialog)
    [(line, reason)] = dialog.lines()
    assert line == 3 and "unknown category “Vinyl cutters”" in reason
    assert "new items.csv has 1 row that needs fixing, so nothing was imported" in dialog.intro.text()
    assert "Nothing was imported" in page.message.text
    assert unnamed_interactive_widgets(dialog) == []
    dialog.reject()
    with shop["db"].session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Equipment)) == 3
    assert page.model.rowCount() == 3


def test_import_then_export_round_trip(signed_in_window, shop, qtbot, tmp_path, monkeypatch):
    source = tmp_path / "in.csv"
    source.write_text("asset_tag,name,category,status\n"
                      "LC-0003,Laser cutter 3,Laser cutters,out_of_service\n", encoding="utf-8")
    target = tmp_path / "out"
    monkeypatch.setattr(CsvFileDialog, "ask_open", classmethod(lambda cls, parent, folder: str(source)))
    monkeypatch.setattr(CsvFileDialog, "ask_save",
                        classmethod(lambda cls, parent, suggested: str(target) + ".csv"))
    page = _open(signed_in_window, qtbot)
    page.import_csv()
    qtbot.waitUntil(lambda: page.import_task is None, timeout=10000)
    assert "Imported in.csv: 1 new item(s), 0 updated." == page.message.text
    assert ("Laser cutter 3", "Out of service") in _listed(page)
    assert page.export_csv()
    text = Path(str(target) + ".csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "asset_tag,name,category,space,serial_number,status,notes"
    assert "LC-0003,Laser cutter 3,Laser cutters,,,out_of_service," in text.splitlines()
    assert "Exported 4 items" in page.message.text


def test_the_global_search_opens_a_retired_item(signed_in_window, shop, qtbot):
    with unit_of_work(shop["db"], Actor.system()) as uow:
        equipment.retire_item(uow, shop["printer"].id)
    window = signed_in_window
    window.open_hit(SearchHit("equipment", shop["printer"].id, "Prusa MK4", "3DP-001"))
    page = window.page("equipment")
    assert window.current_area() == "equipment"
    assert page.detail.item.id == shop["printer"].id
    assert page.detail.status_label.text() == "Retired"
    row = page.model.row_for_id(shop["printer"].id)
    assert row is not None and page.table.currentIndex().row() == row
    assert page.status_combo.currentData() == "all"


def test_front_desk_logs_maintenance_but_cannot_change_items(make_window, shop, qtbot):
    from makerspace_app.services import staff

    with unit_of_work(shop["db"], Actor.system()) as uow:
        staff.create_staff(uow, "desk1", "Dee Desk", StaffRole.FRONT_DESK, password="desk password 1")
    window = make_window(shop["db"])
    window.sign_in_page.username_edit.setText("desk1")
    window.sign_in_page.secret_edit.setText("desk password 1")
    window.sign_in_page.submit()
    page = _open(window, qtbot)
    page.show_record(shop["laser1"].id)
    assert not page.new_button.isEnabled() and not page.detail.edit_button.isEnabled()
    assert "coordinator" in page.new_button.toolTip()
    page.detail.entry_edit.setText("Cleaned the lens")
    assert page.detail.add_entry()
    assert page.detail.log_tree.topLevelItem(0).text(1) == "Cleaned the lens"
    with shop["db"].session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Booking)) == 0


def test_a_photo_is_chosen_shown_and_removed(signed_in_window, shop, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "printer.png"
    image = QImage(2000, 1500, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f73"))
    assert image.save(str(picture))
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("not a picture", encoding="utf-8")
    chosen = [str(not_a_picture)]
    monkeypatch.setattr(equipment_detail.PhotoFileDialog, "ask",
                        classmethod(lambda cls, parent: chosen[0]))
    page = _open(signed_in_window, qtbot)
    page.show_record(shop["printer"].id)
    detail = page.detail
    assert detail.photo_label.text() == "No photo" and not detail.remove_photo_button.isEnabled()

    assert not detail.choose_photo()
    assert "notes.png is not a picture" in detail.message.text
    chosen[0] = str(picture)
    assert detail.choose_photo()
    assert not detail.photo_label.pixmap().isNull()
    assert detail.photo_label.accessibleName() == "Photo of Prusa MK4"
    with unit_of_work(shop["db"], Actor.system(), read_only=True) as uow:
        stored = equipment.get_photo(uow, shop["printer"].id)
    assert stored[:3] == b"\xff\xd8\xff"  # a JPEG, made smaller than the 2000 px original
    stored_image = QImage.fromData(stored)
    assert max(stored_image.width(), stored_image.height()) == equipment_detail.PHOTO_MAX_SIDE

    assert detail.remove_photo_button.isEnabled()
    assert detail.remove_photo()
    assert detail.photo_label.text() == "No photo"
    with unit_of_work(shop["db"], Actor.system(), read_only=True) as uow:
        assert equipment.get_photo(uow, shop["printer"].id) is None


def test_what_other_areas_write_shows_when_data_changes(signed_in_window, shop, qtbot):
    page = _open(signed_in_window, qtbot)
    page.show_record(shop["laser1"].id)
    with unit_of_work(shop["db"], Actor.system()) as uow:  # another desk, or the command line
        equipment.add_item(uow, equipment.ItemInput("LC-0009", "Laser cutter 9", shop["lasers"].id))
        equipment.log_maintenance(uow, shop["laser1"].id, "Mirror cracked", takes_out_of_service=True)
    signed_in_window.context.data_changed.emit()
    assert "Laser cutter 9" in [n for n, _ in _listed(page)]
    assert page.detail.item.status is EquipmentStatus.OUT_OF_SERVICE
    assert page.table.currentIndex().row() == page.model.row_for_id(shop["laser1"].id)
