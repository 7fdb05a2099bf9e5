"""The Print screen: who gets a certificate and why not, issue and preview (QtPdf shows the
pages), a batch cancelled off the UI thread records nothing, reprint and revoke."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import func, select

from makerspace_app.persistence.models import IssuedCredential
from makerspace_app.services import attendance, participants, workshops
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.services.workshops import WorkshopInput

LONDON = ZoneInfo("Europe/London")
NAMES = [("Amara", "Okafor"), ("José", "García López"), ("محمد", "عبد الله"), ("Bo", "Berg"),
         ("佐藤", "さくら"), ("Ngozi", "Adeyemi")]


def local(day: str, hhmm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=LONDON)


def fill(db, extra_people: int = 0) -> tuple[int, list[int]]:
    """A two-session workshop: everyone but Bo came to both sessions."""
    with unit_of_work(db, Actor.system()) as uow:
        people = [participants.register_participant(uow, ParticipantInput(
            given_name=g, family_name=f, date_of_birth=dt.date(1990, 5, 1))).id
            for g, f in NAMES]
        for k in range(extra_people):
            people.append(participants.register_participant(uow, ParticipantInput(
                given_name=f"Person{k:03d}", family_name="Extra",
                date_of_birth=dt.date(1990, 5, 1))).id)
        ws = workshops.create_workshop(uow, WorkshopInput(title="Laser cutter safety",
                                                          capacity=max(10, len(people))))
        sessions = [workshops.add_session(uow, ws.id, local(d, "18:00"), local(d, "20:00"))
                    for d in ("2026-03-03", "2026-03-10")]
        for pid in people:
            workshops.enrol(uow, ws.id, pid)
        for s in sessions:
            for pid in people:
                if pid != people[3] or s is sessions[0]:
                    attendance.mark_present(uow, s.id, pid)
    return ws.id, people


def issued_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(IssuedCredential))


@pytest.fixture
def print_page(signed_in_window, ui_db_with_admin, qtbot):
    workshop_id, people = fill(ui_db_with_admin)
    window = signed_in_window
    assert window.go_to("print")
    page = window.pages["print"]
    qtbot.waitUntil(lambda: page.cert_workshop.count() == 1, timeout=3000)
    page.workshop_id, page.people = workshop_id, people
    return page


def wait_for_batch(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.task is None, timeout=30000)


def test_certificates_listed_issued_and_previewed(print_page, qtbot, ui_db_with_admin,
                                                  tmp_path: Path) -> None:
    page = print_page
    page.kind_tabs.setCurrentIndex(1)
    texts = [page.plan_list.item(i).text() for i in range(page.plan_list.count())]
    assert sum("completed: gets a certificate" in t for t in texts) == 5
    [refused] = [t for t in texts if "no certificate" in t]
    assert "Bo Berg" in refused and "Attended 1 of 2 sessions" in refused
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()

    page.design_combo.setCurrentIndex(page.design_combo.findData("playful"))
    assert page.issue()
    assert page.progress.isVisible() or page.task is None
    wait_for_batch(qtbot, page)
    assert page.message.kind == "success", page.message.text
    assert page.preview.page_count() == 5  # one page per certificate, shown by QtPdf
    assert "5 certificate(s): 5 new" in page.batch_label.text()
    assert issued_count(ui_db_with_admin) == 5
    assert page.issued_table.rowCount() == 5
    statuses = {page.issued_table.item(r, 6).text() for r in range(5)}
    assert statuses == {"Valid"}
    assert page.print_button.isEnabled()
    target = tmp_path / "certs.pdf"
    assert page.save_batch(str(target))
    assert target.read_bytes().startswith(b"%PDF")

    # Again: the same certificates are printed again, nothing new is recorded.
    assert page.issue()
    wait_for_batch(qtbot, page)
    assert "0 new, 5 printed again" in page.batch_label.text()
    assert issued_count(ui_db_with_admin) == 5


def test_badges_for_everyone_and_cancel_records_nothing(signed_in_window, ui_db_with_admin,
                                                        qtbot) -> None:
    fill(ui_db_with_admin, extra_people=60)
    window = signed_in_window
    assert window.go_to("print")
    page = window.pages["print"]
    page.kind_tabs.setCurrentIndex(0)
    page.everyone_radio.setChecked(True)
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("cr80"))
    assert page.people_list.isHidden() and page.badge_workshop.isHidden()
    assert page.issue()
    assert page.cancel_button.isVisible()
    page.cancel()
    wait_for_batch(qtbot, page)
    assert issued_count(ui_db_with_admin) == 0
    assert "nothing was recorded" in page.message.text
    assert not page.progress.isVisible()

    assert page.issue()
    wait_for_batch(qtbot, page)
    assert page.preview.page_count() == 66  # one CR80 card a page
    assert issued_count(ui_db_with_admin) == 66


def select_issued(page, row: int) -> None:  # noqa: ANN001
    """Select one row of the issued list as a click does. (QTableView.selectRow toggles when
    the platform still believes Ctrl is held from an earlier test's key clicks.)"""
    table = page.issued_table
    table.selectionModel().select(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_reprint_and_revoke_from_the_list(print_page, qtbot, ui_db_with_admin) -> None:
    page = print_page
    page.kind_tabs.setCurrentIndex(1)
    assert page.issue()
    wait_for_batch(qtbot, page)
    select_issued(page, 0)
    serial = page.issued_table.item(0, 0).text()
    assert page.reprint_button.isEnabled() and page.revoke_button.isEnabled()
    assert page.revoke_selected("issued to the wrong person")
    assert page.issued_table.item(0, 0).text() == serial
    assert page.issued_table.item(0, 6).text() == "Revoked: issued to the wrong person"
    select_issued(page, 0)
    assert not page.revoke_button.isEnabled()  # already revoked
    revoked_code = page._issued_rows[0].verification_code
    page.verify_edit.setText(revoked_code)
    assert page.verify_code().startswith("✗ Revoked: certificate " + serial)
    page.verify_edit.setText(page._issued_rows[1].verification_code.lower())
    assert page.verify_code().startswith("✓ Genuine: certificate")
    page.verify_edit.setText(revoked_code[:-1] + ("0" if revoked_code[-1] != "0" else "1"))
    assert "is not a verification code" in page.verify_code()
    qtbot.waitUntil(lambda: page.task is None, timeout=10000)  # the issue batch has finished
    assert page.reprint_selected()
    wait_for_batch(qtbot, page)
    assert page.message.kind == "error" and "was revoked" in page.message.text
    select_issued(page, 1)
    qtbot.waitUntil(lambda: page.task is None, timeout=10000)
    assert page.reprint_selected()
    wait_for_batch(qtbot, page)
    assert page.preview.page_count() == 1
    assert "0 new, 1 printed again" in page.batch_label.text()


def test_printing_paints_every_page_on_the_printer(print_page, qtbot, tmp_path: Path) -> None:
    """The QPrinter path (as after the print dialog), printing into a PDF file."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from makerspace_app.ui.widgets.pdf_preview import print_pdf

    page = print_page
    page.kind_tabs.setCurrentIndex(1)
    assert page.issue()
    wait_for_batch(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(page.preview.document, printer, page)
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == 5
