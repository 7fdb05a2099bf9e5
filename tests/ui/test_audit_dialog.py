"""The audit log dialog, reached from Settings: coordinators filter and export; others are
told plainly who can."""

from __future__ import annotations

import csv
import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

from makerspace_app.domain.enums import StaffRole
from makerspace_app.services import participants, settings, staff
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.audit_log import AuditLogDialog
from tests.ui.test_shell import unnamed_interactive_widgets

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def logged(ui_db_with_admin):
    """A coordinator and a front-desk account; some changes by each, two days apart."""
    db = ui_db_with_admin
    with unit_of_work(db, Actor.system()) as uow:
        coord = staff.create_staff(uow, "kofi", "Kofi Mensah", StaffRole.COORDINATOR,
                                   password="another long one")
        desk = staff.create_staff(uow, "li", "Li Wei", StaffRole.FRONT_DESK, pin="482193")
    desk_actor = Actor("li", StaffRole.FRONT_DESK, desk.id)
    earlier = NOW - dt.timedelta(days=2)
    for given in ("Ana", "Bruno", "Chen"):
        with unit_of_work(db, desk_actor, clock=lambda: earlier) as uow:
            participants.register_participant(
                uow, ParticipantInput(given_name=given, family_name="Test", age_band="26_64"))
    with unit_of_work(db, Actor("kofi", StaffRole.COORDINATOR, coord.id)) as uow:
        participants.register_participant(
            uow, ParticipantInput(given_name="Dana", family_name="Test", age_band="26_64"))
    return {"db": db, "coordinator": Actor("kofi", StaffRole.COORDINATOR, coord.id),
            "desk": desk_actor}


def _dialog(qtbot, db, actor: Actor, name: str) -> AuditLogDialog:
    context = AppContext(db)
    context.set_actor(actor, name)
    dialog = AuditLogDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shown(dialog: AuditLogDialog, column: int) -> list[str]:
    return [dialog.table.topLevelItem(i).text(column) for i in range(dialog.row_count())]


def test_a_coordinator_filters_by_staff_action_record_and_days(qtbot, logged):
    dialog = _dialog(qtbot, logged["db"], logged["coordinator"], "Kofi Mensah")
    assert dialog.row_count() > 4
    assert "Li Wei" in _shown(dialog, 1)
    assert unnamed_interactive_widgets(dialog) == []

    dialog.select_filter_value(dialog.staff_combo, "li")
    qtbot.waitUntil(lambda: set(_shown(dialog, 1)) == {"Li Wei"})
    assert dialog.row_count() == 3
    assert set(_shown(dialog, 2)) == {"Created"} and set(_shown(dialog, 3)) == {"Participant"}
    assert "3 change(s)" in dialog.count_label.text()

    dialog.select_filter_value(dialog.staff_combo, "")
    dialog.select_filter_value(dialog.record_combo, "staff")
    qtbot.waitUntil(lambda: set(_shown(dialog, 3)) == {"Staff member"})
    assert dialog.row_count() == 3  # the admin, the coordinator, the front-desk account

    dialog.select_filter_value(dialog.record_combo, "participant")
    dialog.from_edit.setDate(dialog.from_edit.date().currentDate())  # today only
    qtbot.waitUntil(lambda: _shown(dialog, 1) == ["Kofi Mensah"])

    dialog.from_check.setChecked(False)
    first_id = dialog._rows[-1].entity_id
    qtbot.keyClicks(dialog.record_id_edit, str(first_id))
    qtbot.waitUntil(lambda: dialog.row_count() == 1)
    assert _shown(dialog, 4) == [str(first_id)]


def test_the_last_day_before_the_first_is_refused_in_words(qtbot, logged):
    dialog = _dialog(qtbot, logged["db"], logged["coordinator"], "Kofi Mensah")
    dialog.to_check.setChecked(True)
    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-3))
    dialog.refresh()
    assert dialog.message.kind == "error" and "Swap them" in dialog.message.text
    assert dialog.row_count() == 0 and not dialog.export_button.isEnabled()


def test_export_writes_the_filtered_events_to_csv(qtbot, logged, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, logged["db"], logged["coordinator"], "Kofi Mensah")
    dialog.select_filter_value(dialog.staff_combo, "li")
    dialog.refresh()
    out = tmp_path / "audit"
    monkeypatch.setattr(dialog, "choose_export_path", lambda: str(out) + ".csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.kind == "success" and "3 change(s)" in dialog.message.text
    raw = (tmp_path / "audit.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert {r["staff"] for r in rows} == {"Li Wei"} and len(rows) == 3


def test_front_desk_is_told_who_can_read_the_log(qtbot, logged):
    dialog = _dialog(qtbot, logged["db"], logged["desk"], "Li Wei")
    assert dialog.row_count() == 0
    assert dialog.message.kind == "error"
    assert "coordinator" in dialog.message.text
    assert not dialog.export_button.isEnabled()


def test_settings_opens_the_audit_log_for_coordinators_only(
    make_window, logged, qtbot, monkeypatch
):
    window = make_window(logged["db"])
    window.sign_in_page.username_edit.setText("li")
    window.sign_in_page.secret_edit.setText("482193")
    window.sign_in_page.submit()
    window.go_to("settings")
    page = window.page("settings")
    assert not page.audit_button.isEnabled()
    assert "coordinator" in page.audit_note.text()
    window.sign_out()
    window.sign_in_page.username_edit.setText("kofi")
    window.sign_in_page.secret_edit.setText("another long one")
    window.sign_in_page.submit()
    window.go_to("settings")
    page = window.page("settings")
    assert page.audit_button.isEnabled()
    opened: list[AuditLogDialog] = []
    monkeypatch.setattr(page, "exec_dialog", lambda d: opened.append(d) or False)
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].row_count() > 0


def test_screenshot_of_the_audit_log(qtbot, logged):
    with unit_of_work(logged["db"], logged["coordinator"]) as uow:
        settings.get_all(uow)
    dialog = _dialog(qtbot, logged["db"], logged["coordinator"], "Kofi Mensah")
    qtbot.wait(80)
    image = dialog.grab()
    assert not image.isNull()
    folder = os.environ.get("MAKERSPACE_SCREENSHOTS")
    if folder:
        image.save(os.path.join(folder, "audit_log.png"))
