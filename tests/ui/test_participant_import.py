"""CSV import and export of participants from the Participants page: a file is checked first
(every bad row shown by line and reason, nothing imported), then imported; an export is what
an import reads; Excel's byte-order mark makes no difference."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from makerspace_app.domain.enums import StaffRole
from makerspace_app.services import participants as registry
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.ui.dialogs import participant_import
from tests.ui.test_shell import unnamed_interactive_widgets

HEADER = "given_name,family_name,date_of_birth,age_band,email,guardian_name,guardian_contact"
GOOD = (
    f"{HEADER}\r\n"
    "José,García López,,26_64,jose@example.org,,\r\n"
    "محمد,عبد الله,,26_64,,,\r\n"
    "Łukasz,Dvořák,,65_plus,,,\r\n"
)
BAD = (
    f"{HEADER}\n"
    "Ana,Silva,,26_64,ana@example.org,,\n"
    "Lina,Haddad,2019-05-01,,,,\n"            # line 3: a minor without a guardian
    "Bo,Berg,,26_64,not an address,,\n"       # line 4: the e-mail
    "Chi,Okafor,31/12/1990,,,,\n"             # line 5: the date
)


def _page(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    return window.page("participants")


def _names(db) -> list[str]:
    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        return [r.display_name for r in registry.search_participants(uow, "", limit=100)]


def _choose(monkeypatch, path) -> None:
    monkeypatch.setattr(participant_import.ParticipantCsvFile, "ask_open",
                        classmethod(lambda cls, parent, folder: str(path)))


def _open_dialog(page, qtbot):
    qtbot.mouseClick(page.import_csv_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _idle(dialog, qtbot) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)


def test_a_bad_file_is_reported_row_by_row_and_nothing_is_imported(
    signed_in_window, ui_db_with_admin, qtbot, monkeypatch, tmp_path
):
    source = tmp_path / "people.csv"
    source.write_text(BAD, encoding="utf-8")
    page = _page(signed_in_window, qtbot)
    dialog = _open_dialog(page, qtbot)
    assert not dialog.import_button.isEnabled()
    _choose(monkeypatch, source)
    assert dialog.choose_file()
    _idle(dialog, qtbot)

    problems = dialog.listed_problems()
    assert [line for line, _reason in problems] == [3, 4, 5]
    assert "guardian" in problems[0][1]
    assert "not an address" in problems[1][1] and "e-mail" in problems[1][1]
    assert "31/12/1990" in problems[2][1] and "2012-04-30" in problems[2][1]
    assert dialog.message.kind == "error"
    assert "3 rows need fixing" in dialog.message.text
    assert not dialog.import_button.isEnabled()
    assert _names(ui_db_with_admin) == []  # the good row was not imported either

    # Corrected in the spreadsheet, checked again, then imported.
    source.write_text(GOOD, encoding="utf-8")
    qtbot.mouseClick(dialog.recheck_button, Qt.MouseButton.LeftButton)
    _idle(dialog, qtbot)
    assert dialog.listed_problems() == []
    assert dialog.message.kind == "success"
    assert "3 new participant(s)" in dialog.message.text
    assert "Nothing has been imported yet" in dialog.message.text
    assert _names(ui_db_with_admin) == []  # the check imports nothing
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text().replace("&", "") == "Import 3 rows"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _idle(dialog, qtbot)
    assert dialog.report is not None and dialog.report.created == 3
    assert sorted(_names(ui_db_with_admin)) == sorted(
        ["José García López", "محمد عبد الله", "Łukasz Dvořák"])
    assert page.model.total == 3  # the list shows them at once
    assert "3 new participant(s)" in page.list_message.text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.import_dialog is None, timeout=3000)


def test_what_was_checked_is_what_gets_imported(
    signed_in_window, ui_db_with_admin, qtbot, monkeypatch, tmp_path
):
    source = tmp_path / "people.csv"
    source.write_text(GOOD, encoding="utf-8")
    page = _page(signed_in_window, qtbot)
    dialog = _open_dialog(page, qtbot)
    _choose(monkeypatch, source)
    dialog.choose_file()
    _idle(dialog, qtbot)
    source.write_text(BAD, encoding="utf-8")  # changed on disk after the check
    dialog.import_checked()
    _idle(dialog, qtbot)
    assert sorted(_names(ui_db_with_admin)) == sorted(
        ["José García López", "محمد عبد الله", "Łukasz Dvořák"])


@pytest.mark.parametrize("bom", [True, False], ids=["with BOM (Excel)", "without BOM"])
def test_export_then_import_in_the_window_is_lossless(
    signed_in_window, ui_db_with_admin, qtbot, monkeypatch, tmp_path, bom
):
    with unit_of_work(ui_db_with_admin, Actor.system()) as uow:
        for given, family in (("Jürgen", "Müller"), ("佐藤", "さくら"), ("Zoë", "O'Connor-Smith")):
            registry.register_participant(uow, ParticipantInput(
                given_name=given, family_name=family, age_band="26_64", phone="+44 20 7946 0000"))
    page = _page(signed_in_window, qtbot)
    exported = tmp_path / "participants.csv"
    monkeypatch.setattr(participant_import.ParticipantCsvFile, "ask_save",
                        classmethod(lambda cls, parent, suggested: str(exported)))
    assert page.export_csv()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=15000)
    assert "Exported 3 participants" in page.list_message.text
    data = exported.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # opens in Excel with every script right
    edited = tmp_path / "edited.csv"
    edited.write_bytes(data if bom else data[3:])

    dialog = _open_dialog(page, qtbot)
    _choose(monkeypatch, edited)
    dialog.choose_file()
    _idle(dialog, qtbot)
    assert dialog.listed_problems() == []
    assert "0 new participant(s) and 3 update(s)" in dialog.message.text
    dialog.import_checked()
    _idle(dialog, qtbot)
    again = tmp_path / "again.csv"
    monkeypatch.setattr(participant_import.ParticipantCsvFile, "ask_save",
                        classmethod(lambda cls, parent, suggested: str(again)))
    dialog.reject()
    assert page.export_csv()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=15000)
    assert again.read_bytes() == data


def test_a_file_that_is_not_utf8_says_how_to_save_it(
    signed_in_window, ui_db_with_admin, qtbot, monkeypatch, tmp_path
):
    source = tmp_path / "latin1.csv"
    source.write_bytes(f"{HEADER}\nJürgen,Müller,,26_64,,,\n".encode("latin-1"))
    page = _page(signed_in_window, qtbot)
    dialog = _open_dialog(page, qtbot)
    _choose(monkeypatch, source)
    dialog.choose_file()
    _idle(dialog, qtbot)
    assert dialog.listed_problems()[0][0] == 2
    assert "CSV UTF-8" in dialog.listed_problems()[0][1]
    assert not dialog.import_button.isEnabled()


def test_only_coordinators_see_import_and_export(signed_in_window, ui_db_with_admin, qtbot):
    page = _page(signed_in_window, qtbot)
    assert page.import_csv_button.isVisible() and page.export_csv_button.isVisible()
    signed_in_window.context.set_actor(Actor("desk", StaffRole.FRONT_DESK, None), "Desk")
    assert not page.import_csv_button.isVisible() and not page.export_csv_button.isVisible()
    assert page.import_csv() is None and not page.export_csv()


def test_the_import_dialog_is_named_and_keyboard_ready(
    signed_in_window, ui_db_with_admin, qtbot, monkeypatch, tmp_path
):
    source = tmp_path / "people.csv"
    source.write_text(BAD, encoding="utf-8")
    page = _page(signed_in_window, qtbot)
    dialog = _open_dialog(page, qtbot)
    assert dialog.focusWidget() is dialog.choose_button
    _choose(monkeypatch, source)
    dialog.choose_file()
    _idle(dialog, qtbot)
    assert dialog.focusWidget() is dialog.problems  # the bad rows are read first
    assert unnamed_interactive_widgets(dialog) == []
