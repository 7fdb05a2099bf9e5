"""The Reports screen: a coordinator makes each report off the UI thread and sees its figures
in cards, charts (with their words) and tables; reach shows "<5"; PDF and CSV are saved from
the screen; Cancel stops a report; the quick choices; anyone else sees why they cannot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from makerspace_app.domain.enums import BookingStatus, StaffRole
from makerspace_app.persistence.models import (
    Attendance,
    Booking,
    Equipment,
    EquipmentCategory,
    Participant,
    Site,
    Space,
    Workshop,
    WorkshopSession,
)
from makerspace_app.reports import queries
from makerspace_app.services import settings
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.ui.pages import reports as reports_page
from makerspace_app.ui.pages.reports import quick_period
from makerspace_app.ui.widgets.report_table import ReportTableModel

UTC = dt.UTC
OLD = dt.datetime(2025, 1, 1, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A UTC moment in March 2026 (the makerspace's zone is UTC here)."""
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def small_makerspace(db) -> None:
    """One site open all day (no opening hours set), two lasers and a printer; bookings in
    March 2026 worked out by hand below; six participants, one workshop session."""
    with unit_of_work(db, Actor.system()) as uow:
        settings.set_many(uow, {"organisation.timezone": "UTC"})
    with db.session() as s:
        site = Site(name="Central", address="", timezone="UTC")
        s.add(site)
        s.flush()
        room = Space(site_id=site.id, name="Lab")
        laser = EquipmentCategory(name="Laser cutters", description="")
        printer = EquipmentCategory(name="3D printers", description="")
        s.add_all([room, laser, printer])
        s.flush()
        items = [Equipment(asset_tag=tag, name=name, category_id=cat.id, space_id=room.id,
                           created_at=OLD, serial_number="", notes="")
                 for tag, name, cat in (("LAS-1", "Laser 1", laser), ("LAS-2", "Laser 2", laser),
                                        ("3DP-1", "Printer 1", printer))]
        s.add_all(items)
        people = [Participant(badge_code=f"P{n:07d}", given_name=f"P{n}", family_name="Test",
                              date_of_birth=dt.date(1990, 1, 1), languages=["en"],
                              accessibility_tags=[], created_at=OLD) for n in range(6)]
        s.add_all(people)
        s.flush()

        def book(item, who, start, hours, status):
            s.add(Booking(equipment_id=item.id, participant_id=people[who].id, starts_at=start,
                          ends_at=start + dt.timedelta(hours=hours), status=status, notes="",
                          created_at=OLD))

        # Monday 2 March 10:00-12:00 and 14:00-15:30 on Laser 1; a no-show on Laser 1;
        # Printer 1 on Wednesday 4 March 10:00-13:00. Laser 2 is idle.
        book(items[0], 0, at(2, 10), 2, BookingStatus.COMPLETED)
        book(items[0], 1, at(2, 14), 1.5, BookingStatus.COMPLETED)
        book(items[0], 2, at(3, 9), 1, BookingStatus.NO_SHOW)
        book(items[2], 3, at(4, 10), 3, BookingStatus.COMPLETED)
        course = Workshop(title="Laser basics", description="", capacity=10, languages=[],
                          materials="", search_text="", created_at=OLD)
        s.add(course)
        s.flush()
        one = WorkshopSession(workshop_id=course.id, starts_at=at(5, 18), ends_at=at(5, 20))
        s.add(one)
        s.flush()
        s.add_all([Attendance(session_id=one.id, participant_id=people[n].id, walk_in=True,
                              marked_at=OLD) for n in (4, 5)])


def reports(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "reports"
    return window.page("reports")


def make(page, qtbot, kind: str, first=dt.date(2026, 3, 1), last=dt.date(2026, 3, 31)):
    page.set_kind(kind)
    page.set_period(first, last)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy() and page.report is not None
                    and page.report.KIND == kind, timeout=20000)
    return page.report


def test_usage_report_on_screen(signed_in_window, ui_db_with_admin, qtbot) -> None:
    small_makerspace(ui_db_with_admin)
    page = reports(signed_in_window, qtbot)
    assert page.stack.currentWidget() is page.main
    assert page.results.currentWidget() is page.empty_state
    assert not page.pdf_button.isEnabled() and not page.csv_button.isEnabled()
    # The first visit chooses this month.
    first, last = page.period()
    assert first.day == 1 and (last + dt.timedelta(days=1)).day == 1

    report = make(page, qtbot, "usage")
    assert page.results.currentWidget() is page.scroll
    shown = page.key_figures.shown()
    # 2 + 1.5 + 3 = 6.5 booked hours; open all day: 3 items x 31 days x 24 h = 2232 h.
    assert shown["Booked hours"] == "6.5 h"
    assert shown["Bookings"] == "3" and shown["No-shows"] == "1"
    assert shown["No-show rate"] == "25.0 %"  # 1 / (1 + 3)
    assert shown["Open hours"] == "2232 h" or shown["Open hours"].replace(",", "") == "2232 h"
    assert shown["Idle items"] == "1"

    chart = page.charts["categories"]
    assert chart.bar_texts() == [["3.5 h", "3.0 h"]]  # lasers first: more booked hours
    assert "Laser cutters: 3.5 h" in chart.accessibleDescription()
    assert chart.accessibleName() == "Booked hours by category"
    assert page.charts["busiest"].bar_texts() == [["3.5 h", "3.0 h"]]

    heat = page.heatmap
    assert heat.hours == tuple(range(10, 16))  # 10:00 to 15:00: the hours used
    monday = heat.texts[0]
    assert list(monday) == ["1", "1", "0", "0", "1", "0.5"]
    assert heat.totals[0] == "3.5" and heat.totals[2] == "3"
    assert "Monday (Total 3.5): 10 1, 11 1, 14 1, 15 0.5" in heat.text_equivalent()
    heat.setFocus()
    qtbot.keyClick(heat, Qt.Key.Key_Right)
    assert heat.accessibleDescription().endswith("booked hours")
    assert "Busiest day: Monday (3.5 h)" in page.heatmap_summary.text()

    idle = page.tables["idle"].table_model.shown_rows()
    assert idle == [["Laser 2", "LAS-2", "Laser cutters", "Central", "Available", "744.0"]]
    categories = page.tables["categories"].table_model.shown_rows()
    assert categories[-1][:4] == ["Total", "3", "3", "6.5"]
    assert report.booked_hours == pytest.approx(6.5)


def test_workshops_and_reach_on_screen_with_less_than_five(signed_in_window, ui_db_with_admin,
                                                          qtbot) -> None:
    small_makerspace(ui_db_with_admin)
    page = reports(signed_in_window, qtbot)
    make(page, qtbot, "workshops")
    rows = page.tables["workshops"].table_model.shown_rows()
    assert rows[0][0] == "Laser basics" and rows[0][2] == "1" and rows[0][7] == "2"  # walk-ins
    assert page.key_figures.shown()["Sessions held"] == "1"

    # Changing the report remakes it for the same period.
    page.set_kind("reach")
    qtbot.waitUntil(lambda: page.report is not None and page.report.KIND == "reach"
                    and not page.is_busy(), timeout=20000)
    shown = page.key_figures.shown()
    # Reached: 3 by bookings used (P0, P1, P3; P2 did not come) and 2 at the session = 5.
    assert shown["Participants reached"] == "5"
    assert shown["Used equipment"] == "<5" and shown["Attended workshops"] == "<5"
    ages = page.tables["age_bands"].table_model.shown_rows()
    assert ["26 to 64", "5"] in ages and ["Under 12", "0"] in ages
    assert page.charts["age_bands"].bar_texts()[0][3] == "5"
    # "<5" is drawn as an empty bar with its words, never as a number.
    needs = page.charts["needs"]
    assert all(text in ("0", "5", "<5") for text in needs.bar_texts()[0])
    for table in page.tables.values():
        for row in table.table_model.shown_rows():
            assert not any(cell in ("1", "2", "3", "4") for cell in row[1:]), row


def test_reports_save_as_pdf_and_csv(signed_in_window, ui_db_with_admin, qtbot, tmp_path: Path,
                                     monkeypatch) -> None:
    small_makerspace(ui_db_with_admin)
    page = reports(signed_in_window, qtbot)
    make(page, qtbot, "usage")
    asked: list[tuple[str, str]] = []

    def ask(cls, parent, suggested, fmt):
        asked.append((Path(suggested).name, fmt))
        return str(tmp_path / f"march {fmt}")  # no suffix typed: it is added

    monkeypatch.setattr(reports_page.SaveReportDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in page.message.text, timeout=20000)
    csv_file = tmp_path / "march csv.csv"
    raw = csv_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"Equipment usage" in raw
    assert asked[0] == ("usage-2026-03-01-2026-03-31.csv", "csv")
    assert page.message.kind == "success" and str(csv_file) in page.message.text

    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "march pdf.pdf").exists() and "march pdf.pdf" in page.message.text
                    and "Saved" in page.message.text, timeout=30000)
    assert (tmp_path / "march pdf.pdf").read_bytes().startswith(b"%PDF")

    # A folder that cannot be written: the refusal in words, the screen still usable.
    monkeypatch.setattr(reports_page.SaveReportDialog, "ask",
                        classmethod(lambda cls, p, s, f: str(tmp_path / "missing" / "x.csv")))
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=20000)
    assert "Cannot write" in page.message.text
    assert page.csv_button.isEnabled()


def test_a_refused_period_and_cancel(signed_in_window, ui_db_with_admin, qtbot) -> None:
    page = reports(signed_in_window, qtbot)
    page.set_kind("usage")
    page.set_period(dt.date(2026, 3, 31), dt.date(2026, 3, 1))
    page.make_button.setFocus()
    qtbot.keyClick(page.make_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.kind == "error" and not page.is_busy(), timeout=20000)
    assert "before its first day" in page.message.text
    assert page.report is None

    page.set_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    page.make_report()
    assert page.is_busy() and page.progress_box.isVisibleTo(page)
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Escape)
    assert not page.is_busy() and not page.progress_box.isVisibleTo(page)
    from makerspace_app.ui import tasks

    tasks.wait_for_all(20000)
    qtbot.wait(50)
    assert page.report is None  # a cancelled report is never shown


def test_quick_choices() -> None:
    today = dt.date(2026, 1, 15)
    assert quick_period("this_month", today) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert quick_period("last_month", today) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert quick_period("this_year", today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert quick_period("last_year", today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert quick_period("last_month", dt.date(2024, 3, 31)) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert quick_period("this_month", dt.date(2026, 12, 5))[1] == dt.date(2026, 12, 31)


def test_a_quick_choice_makes_the_report(signed_in_window, ui_db_with_admin, qtbot) -> None:
    page = reports(signed_in_window, qtbot)
    qtbot.mouseClick(page.quick_buttons["last_year"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None and not page.is_busy(), timeout=20000)
    year = page.today().year - 1
    assert page.from_edit.date() == QDate(year, 1, 1) and page.to_edit.date() == QDate(year, 12, 31)
    assert page.report.period.first_day == dt.date(year, 1, 1)
    assert page.from_edit.calendarPopup() and page.to_edit.calendarPopup()


def test_only_coordinators_see_reports(signed_in_window, ui_db_with_admin, qtbot) -> None:
    small_makerspace(ui_db_with_admin)
    window = signed_in_window
    page = reports(window, qtbot)
    make(page, qtbot, "reach")
    window.context.set_actor(Actor("desk", StaffRole.FRONT_DESK), "Dana Desk")
    assert page.report is None and page.content is None  # the next person starts afresh
    page.on_shown()
    assert page.stack.currentWidget() is page.denied_state
    text = page.denied_state.body_label.text()
    assert "Only a coordinator or above can make reports" in text
    page.make_report()
    assert not page.is_busy()
    window.context.set_actor(Actor("cora", StaffRole.COORDINATOR), "Cora")
    page.on_shown()
    assert page.stack.currentWidget() is page.main


def test_the_table_model_passes_the_model_tester(qtmodeltester) -> None:
    table = queries.Table(
        "t", "Participants reached by age band",
        (queries.Column("Age band"), queries.Column("Participants", queries.FIGURE),
         queries.Column("Booked hours", queries.HOURS)),
        (("Under 12", queries.SUPPRESSED, 1.26), ("26 to 64", 12, None)),
        ("Total", 15, 2.5))
    model = ReportTableModel()
    model.set_table(table)
    qtmodeltester.check(model, force_py=True)
    assert model.shown_rows() == [["Under 12", "<5", "1.3"], ["26 to 64", "12", "–"],
                                  ["Total", "15", "2.5"]]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole).startswith("From 1 to 4")
