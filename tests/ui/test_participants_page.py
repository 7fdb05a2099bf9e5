"""The Participants area: the lazy list, search, registration, editing, refusals, the desk flow."""

from __future__ import annotations

import csv
import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from makerspace_app.domain.enums import BookingStatus, ConsentKind, StaffRole
from makerspace_app.services import participants as registry
from makerspace_app.services.participants import ParticipantInput, ParticipantRow
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.ui.models.participants_model import NAME, ParticipantsModel
from tests.ui.test_shell import unnamed_interactive_widgets

NAMES_CSV = Path(__file__).resolve().parents[1] / "data" / "names.csv"


def _page(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "participants"
    return window.page("participants")


def _register(db, *people: ParticipantInput) -> list[int]:
    with unit_of_work(db, Actor.system()) as uow:
        return [registry.register_participant(uow, p).id for p in people]


def _count(db, text: str = "") -> int:
    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        return registry.count_participants(uow, text)


def _get(db, participant_id: int):
    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        return registry.get_participant(uow, participant_id)


def _adult(given: str, family: str, **more) -> ParticipantInput:
    return ParticipantInput(given_name=given, family_name=family, age_band="26_64", **more)


def _listed_names(page) -> list[str]:
    model = page.model
    return [model.participant_at(r).display_name for r in range(model.rowCount())]


def _search(page, qtbot, text: str) -> None:
    page.search_edit.clear()
    page.search_edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(page.search_edit, text)
    else:  # QTest types Latin-1 only; an input method would insert the text like this
        page.search_edit.insert(text)
    # Search as you type, after a short pause.
    qtbot.waitUntil(lambda: not page._search_timer.isActive(), timeout=2000)


# --- the list ------------------------------------------------------------------------------


def test_an_empty_register_teaches_how_to_fill_it(signed_in_window, qtbot):
    page = _page(signed_in_window, qtbot)
    assert page.list_stack.currentWidget() is page.list_empty
    assert page.list_empty.title_label.text() == "No participants yet — register one (Ctrl+N)"
    assert page.details_stack.currentWidget() is page.placeholder


def test_the_model_passes_the_model_tester(qtmodeltester):
    rows = [
        ParticipantRow(n, f"CODE{n:04d}", f"Person {n}", "Person", str(n), "", 30 + n, None,
                       f"p{n}@example.org", "")
        for n in range(1, 8)
    ]
    model = ParticipantsModel(page_size=3)
    model.set_source(len(rows), lambda offset, limit: rows[offset:offset + limit])
    qtmodeltester.check(model)
    model.set_rows(rows[:2])
    qtmodeltester.check(model)


def test_the_list_loads_a_page_at_a_time(signed_in_window, ui_db_with_admin, qtbot):
    with unit_of_work(ui_db_with_admin, Actor.system()) as uow:
        for n in range(1000):
            registry.register_participant(uow, _adult(f"Person{n:04d}", "Bulk"))
    page = _page(signed_in_window, qtbot)
    model = page.model
    assert model.total == 1000
    assert model.rowCount() < 1000  # not everyone up front
    assert page.count_label.text() == "1000 participants"
    fetched = 0
    while model.canFetchMore():
        model.fetchMore()
        fetched += 1
    assert model.rowCount() == 1000
    assert fetched >= 1
    ids = [model.participant_at(r).id for r in range(model.rowCount())]
    assert len(set(ids)) == 1000  # no one twice


def test_scrolling_the_table_fetches_more(signed_in_window, ui_db_with_admin, qtbot):
    with unit_of_work(ui_db_with_admin, Actor.system()) as uow:
        for n in range(450):
            registry.register_participant(uow, _adult(f"Person{n:04d}", "Scroll"))
    page = _page(signed_in_window, qtbot)
    first = page.model.rowCount()
    assert first < 450
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > first, timeout=3000)


def test_search_folds_accents_and_finds_part_of_an_arabic_name(
    signed_in_window, ui_db_with_admin, qtbot
):
    _register(
        ui_db_with_admin,
        _adult("Jana", "Müller"),
        _adult("محمد", "عبد الله"),
        _adult("Ana", "Silva"),
    )
    page = _page(signed_in_window, qtbot)
    assert page.model.total == 3
    _search(page, qtbot, "muller")
    assert _listed_names(page) == ["Jana Müller"]
    assert page.count_label.text() == "1 participant matches"
    _search(page, qtbot, "عبد")
    assert _listed_names(page) == ["محمد عبد الله"]
    _search(page, qtbot, "nobody here")
    assert page.list_stack.currentWidget() is page.list_empty
    assert page.list_empty.title_label.text() == "No one matches “nobody here”"
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)  # clears the search
    assert page.search_edit.text() == ""
    assert page.model.total == 3


def test_every_shared_name_is_listed_as_written_and_found_by_part_of_it(
    signed_in_window, ui_db_with_admin, qtbot
):
    """tests/data/names.csv: every script, shown in the table exactly as written (trimmed),
    and found by typing part of any word of it."""
    with NAMES_CSV.open(encoding="utf-8", newline="") as f:
        people = list(csv.DictReader(f))
    _register(ui_db_with_admin, *(_adult(p["given_name"], p["family_name"]) for p in people))
    page = _page(signed_in_window, qtbot)
    shown = {
        page.model.index(r, NAME).data(Qt.ItemDataRole.DisplayRole)
        for r in range(page.model.rowCount())
    }
    written = {
        " ".join(part for part in (unicodedata.normalize("NFC", p["given_name"]).strip(),
                                   unicodedata.normalize("NFC", p["family_name"]).strip()) if part)
        for p in people
    }
    assert shown == written
    for name in written:
        for word in name.split():
            piece = word[len(word) // 3:] or word  # the end of the word: "part of it"
            page.search_edit.setText(piece)
            page.refresh_list()
            assert name in _listed_names(page), (name, piece)


def test_enter_on_a_scanned_badge_code_opens_the_person(signed_in_window, ui_db_with_admin, qtbot):
    ana, _ = _register(ui_db_with_admin, _adult("Ana", "Silva"), _adult("Bo", "Berg"))
    code = _get(ui_db_with_admin, ana).badge_code
    page = _page(signed_in_window, qtbot)
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, code.lower())
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page._current is not None and page._current.id == ana
    assert page.name_label.text() == "Ana Silva"


# --- registering and editing ---------------------------------------------------------------


def test_a_minor_without_a_guardian_is_refused_with_the_reason(signed_in_window, ui_db_with_admin,
                                                              qtbot):
    page = _page(signed_in_window, qtbot)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.given_edit.hasFocus()
    qtbot.keyClicks(page.form.given_edit, "Lina")
    page.form.family_edit.setText("Haddad")
    page.form.dob_known.setChecked(True)
    ten_years_ago = QDate.currentDate().addYears(-10)
    page.form.dob_edit.setDate(ten_years_ago)
    assert "a guardian is needed" in page.form.age_note.text()
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.message.kind == "error"
    assert "needs a guardian" in page.message.text
    assert _count(ui_db_with_admin) == 0  # nothing saved
    assert page.has_unsaved_changes()  # and nothing typed was lost
    assert page.form.given_edit.text() == "Lina"
    # With a guardian's name and contact the same registration goes through.
    page.form.guardian_mode.setCurrentIndex(page.form.guardian_mode.findData("contact"))
    page.form.guardian_name_edit.setText("Samir Haddad")
    page.form.guardian_contact_edit.setText("0161 496 0000")
    assert page.save_changes()
    assert _count(ui_db_with_admin) == 1
    assert page.message.kind == "success"
    assert not page.has_unsaved_changes()


def test_a_minor_can_have_an_adult_participant_as_guardian(signed_in_window, ui_db_with_admin,
                                                          qtbot):
    (parent_id,) = _register(ui_db_with_admin, _adult("Samir", "Haddad"))
    page = _page(signed_in_window, qtbot)
    page.new_participant()
    page.form.given_edit.setText("Lina")
    page.form.family_edit.setText("Haddad")
    page.form.band_combo.setCurrentIndex(page.form.band_combo.findData("under_12"))
    page.form.guardian_mode.setCurrentIndex(page.form.guardian_mode.findData("participant"))
    picker = page.form.guardian_picker
    qtbot.keyClicks(picker.search_edit, "samir")
    assert picker.hits.count() == 1
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Escape)  # closes the hits, keeps the form
    assert picker.hits.isHidden()
    assert page.form.given_edit.text() == "Lina"
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Backspace)  # "sami": searches again
    assert picker.hits.count() == 1
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.chosen_id() == parent_id
    assert page.save_changes()
    child = _get(ui_db_with_admin, page._current.id)
    assert child.guardian_participant_id == parent_id
    assert "guardian: Samir Haddad" in page.facts_label.text()


def test_registering_then_editing(signed_in_window, ui_db_with_admin, qtbot):
    page = _page(signed_in_window, qtbot)
    page.new_participant()
    page.form.given_edit.setText("Zoë")
    page.form.family_edit.setText("Ngata")
    page.form.preferred_edit.setText("Zo")
    page.form.band_combo.setCurrentIndex(page.form.band_combo.findData("18_25"))
    page.form.email_edit.setText("zoe@example.org")
    page.form.tag_boxes["large_print"].setChecked(True)
    page.form.languages_edit.setText("mi, en")
    assert page.save_button.text() == "Register"
    assert page.save_changes()
    pid = page._current.id
    stored = _get(ui_db_with_admin, pid)
    assert (stored.given_name, stored.preferred_name, stored.email) == ("Zoë", "Zo", "zoe@example.org")
    assert stored.accessibility_tags == ("large_print",)
    assert stored.languages == ("mi", "en")
    assert page.name_label.text() == "Zo (Zoë Ngata)"
    assert "Registered Zo (Zoë Ngata)" in page.message.text
    assert stored.badge_code in page.message.text
    assert page.table.currentIndex().row() == page.model.row_for_id(pid)
    assert page.save_button.text() == "Save"

    page.form.phone_edit.setText("+64 21 555 0100")
    assert page.has_unsaved_changes()
    assert page.unsaved_label.isVisibleTo(page)
    qtbot.keyClick(page.form.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.has_unsaved_changes()
    assert _get(ui_db_with_admin, pid).phone == "+64 21 555 0100"
    row = page.model.participant_at(page.model.row_for_id(pid))
    assert row.phone == "+64 21 555 0100"  # the list shows the change at once
    assert page.message.text == "Saved."


def test_escape_cancels_an_edit(signed_in_window, ui_db_with_admin, qtbot):
    (pid,) = _register(ui_db_with_admin, _adult("Ana", "Silva"))
    page = _page(signed_in_window, qtbot)
    page.show_record(pid)
    page.form.given_edit.setFocus()
    page.form.given_edit.setText("Typo")
    assert page.has_unsaved_changes()
    qtbot.keyClick(page.form.given_edit, Qt.Key.Key_Escape)
    assert not page.has_unsaved_changes()
    assert page.form.given_edit.text() == "Ana"
    assert _get(ui_db_with_admin, pid).given_name == "Ana"


def test_possible_duplicates_are_flagged_but_not_refused(signed_in_window, ui_db_with_admin, qtbot):
    born = dt.date(1990, 5, 17)
    (first,) = _register(
        ui_db_with_admin,
        ParticipantInput(given_name="Ana", family_name="Silva", date_of_birth=born),
    )
    page = _page(signed_in_window, qtbot)
    page.new_participant()
    page.form.given_edit.setText("ana")
    page.form.family_edit.setText("SILVA")
    page.form.dob_known.setChecked(True)
    page.form.dob_edit.setDate(QDate(born.year, born.month, born.day))
    assert page.save_changes()
    assert _count(ui_db_with_admin) == 2
    assert page.message.kind == "info"
    assert "Possible duplicate" in page.message.text
    assert page.open_duplicate_button.isVisibleTo(page)
    page.open_duplicate_button.click()
    assert page._current.id == first


def test_switching_participant_with_unsaved_changes_asks_first(
    signed_in_window, ui_db_with_admin, qtbot, monkeypatch
):
    from makerspace_app.ui.dialogs import unsaved

    ana, bo = _register(ui_db_with_admin, _adult("Ana", "Silva"), _adult("Bo", "Berg"))
    page = _page(signed_in_window, qtbot)
    page.show_record(ana)
    page.form.notes_edit.setPlainText("Prefers mornings")
    answers = iter([unsaved.STAY, unsaved.SAVE])
    asked: list[str] = []
    monkeypatch.setattr(
        unsaved.UnsavedChangesDialog, "ask",
        classmethod(lambda cls, parent, where: asked.append(where) or next(answers)),
    )
    page.table.setCurrentIndex(page.model.index(page.model.row_for_id(bo), 0))
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == page.model.row_for_id(ana))
    assert page._current.id == ana
    assert page.form.notes_edit.toPlainText() == "Prefers mornings"
    page.show_record(bo)  # the global search or a scanned badge: asks too; Save this time
    assert page._current.id == bo
    assert asked == ["the details of Ana Silva", "the details of Ana Silva"]
    assert _get(ui_db_with_admin, ana).notes == "Prefers mornings"


def test_leaving_the_area_with_a_half_typed_registration_asks(signed_in_window, qtbot, monkeypatch):
    from makerspace_app.ui.dialogs import unsaved

    window = signed_in_window
    page = _page(window, qtbot)
    page.new_participant()
    page.form.given_edit.setText("Half typed")
    monkeypatch.setattr(unsaved.UnsavedChangesDialog, "ask",
                        classmethod(lambda cls, parent, where: unsaved.STAY))
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "participants"
    assert page.form.given_edit.text() == "Half typed"


# --- opening someone -----------------------------------------------------------------------


def test_show_record_opens_the_participant(signed_in_window, ui_db_with_admin, qtbot):
    ids = _register(
        ui_db_with_admin, _adult("Ana", "Silva"), _adult("Bo", "Berg"), _adult("Cy", "Ito")
    )
    window = signed_in_window
    page = _page(window, qtbot)
    page.show_record(ids[1])
    assert page.details_stack.currentWidget() is page.details
    assert page.name_label.text() == "Bo Berg"
    assert page.form.given_edit.text() == "Bo"
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == ids[1]


def test_a_global_search_hit_opens_the_participant(signed_in_window, ui_db_with_admin, qtbot):
    _register(ui_db_with_admin, _adult("Ana", "Silva"))
    (bo,) = _register(ui_db_with_admin, _adult("Bo", "Berg"))
    window = signed_in_window
    search = window.shell.search
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(search, "berg")
    qtbot.waitUntil(search.popup_visible)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.current_area() == "participants"
    page = window.page("participants")
    assert page._current.id == bo
    assert page.name_label.text() == "Bo Berg"


def _booking_now(db, participant_id: int) -> int:
    """A booking starting now for the participant (written straight to the table)."""
    from makerspace_app.persistence.models import Booking
    from makerspace_app.services import equipment

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with unit_of_work(db, Actor.system()) as uow:
        category = equipment.save_category(uow, "Laser cutters")
        item = equipment.add_item(uow, equipment.ItemInput("EQ-0007", "Glowforge Pro", category.id))
        booking = Booking(
            equipment_id=item.id, participant_id=participant_id, starts_at=now,
            ends_at=now + dt.timedelta(hours=1), status=BookingStatus.BOOKED, notes="",
            created_at=now,
        )
        uow.session.add(booking)
        uow.session.flush()
        return booking.id


def test_the_desk_flow_enter_checks_in_todays_booking(signed_in_window, ui_db_with_admin, qtbot):
    (pid,) = _register(ui_db_with_admin, _adult("Ana", "Silva"))
    booking_id = _booking_now(ui_db_with_admin, pid)
    page = _page(signed_in_window, qtbot)
    page.show_record(pid)
    assert page.bookings_tree.topLevelItemCount() == 1
    assert "Glowforge Pro" in page.bookings_tree.topLevelItem(0).text(1)
    assert page.bookings_tree.hasFocus()  # the scan lands on today's bookings
    qtbot.keyClick(page.bookings_tree, Qt.Key.Key_Return)
    assert page.action_message.kind == "success"
    assert "Checked in: Glowforge Pro" in page.action_message.text
    assert page.bookings_tree.topLevelItem(0).text(2) == "Checked in"
    from makerspace_app.services import bookings

    with unit_of_work(ui_db_with_admin, Actor.system(), read_only=True) as uow:
        assert bookings.get_booking(uow, booking_id).status is BookingStatus.CHECKED_IN
    # A second Enter is refused with the reason, not a second check-in.
    qtbot.keyClick(page.bookings_tree, Qt.Key.Key_Return)
    assert not page.check_in_button.isEnabled()


def test_consent_can_be_given_and_withdrawn(signed_in_window, ui_db_with_admin, qtbot, monkeypatch):
    from makerspace_app.ui.dialogs import participant_dialogs as dialogs

    (pid,) = _register(ui_db_with_admin, _adult("Ana", "Silva"))
    page = _page(signed_in_window, qtbot)
    page.show_record(pid)
    monkeypatch.setattr(dialogs.ConsentGivenByDialog, "ask",
                        classmethod(lambda cls, parent, kind, names: names[0]))
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask",
                        classmethod(lambda cls, *args: True))
    status, button = page.consent_rows[ConsentKind.PHOTO]
    assert status.text() == "Not given"
    button.click()
    assert status.text().startswith("Given by Ana Silva on ")
    assert button.text() == "Withdraw…"
    button.click()
    assert status.text().startswith("Withdrawn on ")
    assert "photo" in page.action_message.text


# --- privacy and roles ---------------------------------------------------------------------


def test_export_and_erase_for_a_coordinator(
    signed_in_window, ui_db_with_admin, qtbot, monkeypatch, tmp_path
):
    from makerspace_app.ui.dialogs import participant_dialogs as dialogs

    ana, _bo = _register(ui_db_with_admin, _adult("Ana", "Silva"), _adult("Bo", "Berg"))
    page = _page(signed_in_window, qtbot)
    page.show_record(ana)
    assert page.tabs.isTabVisible(page.tabs.indexOf(page.privacy_tab))
    target = tmp_path / "ana.json"
    monkeypatch.setattr(dialogs.ExportFileDialog, "ask",
                        classmethod(lambda cls, parent, suggested: str(target)))
    assert page.export_data()
    assert "Silva" in json.dumps(json.loads(target.read_text(encoding="utf-8")), ensure_ascii=False)

    confirmations: list[str] = []
    monkeypatch.setattr(
        dialogs.ConfirmDialog, "ask",
        classmethod(lambda cls, parent, title, text, details, label:
                    confirmations.append(text + "\n" + details) or True),
    )
    assert page.erase()
    assert "Erase Ana Silva for good?" in confirmations[0]
    assert "cannot be undone" in confirmations[0]
    assert _get(ui_db_with_admin, ana).is_erased
    assert _listed_names(page) == ["Bo Berg"]
    assert "(erased)" in page.name_label.text()
    assert not page.form.given_edit.isEnabled()


def test_front_desk_staff_do_not_see_privacy_actions(signed_in_window, ui_db_with_admin, qtbot):
    (pid,) = _register(ui_db_with_admin, _adult("Ana", "Silva"))
    window = signed_in_window
    window.context.set_actor(Actor("desk", StaffRole.FRONT_DESK, None), "Desk")
    page = _page(window, qtbot)
    page.show_record(pid)
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.privacy_tab))
    assert page.tabs.isTabVisible(page.tabs.indexOf(page.consent_tab))


# --- accessibility -------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["empty", "participant", "new"])
def test_every_interactive_widget_is_named(signed_in_window, ui_db_with_admin, qtbot, state):
    if state != "empty":
        (pid,) = _register(ui_db_with_admin, _adult("Ana", "Silva"))
        _booking_now(ui_db_with_admin, pid)
    page = _page(signed_in_window, qtbot)
    if state == "participant":
        page.show_record(pid)
    elif state == "new":
        page.new_participant()
        page.form.guardian_mode.setCurrentIndex(page.form.guardian_mode.findData("participant"))
    assert unnamed_interactive_widgets(page) == []
    for index in range(page.tabs.count()):
        if not page.tabs.isTabVisible(index):
            continue
        page.tabs.setCurrentIndex(index)
        assert unnamed_interactive_widgets(page) == []


def test_ctrl_b_opens_a_new_booking_for_the_participant(
    signed_in_window, ui_db_with_admin, qtbot, monkeypatch
):
    new_booking = pytest.importorskip("makerspace_app.ui.dialogs.new_booking")
    (pid,) = _register(ui_db_with_admin, _adult("Ana", "Silva"))
    asked: list[dict] = []
    monkeypatch.setattr(
        new_booking.NewBookingDialog, "ask",
        classmethod(lambda cls, parent, context, **kw: asked.append(kw)),
    )
    page = _page(signed_in_window, qtbot)
    page.show_record(pid)
    qtbot.keyClick(page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert asked == [{"participant_id": pid}]
