"""The reports, checked against figures worked out by hand on a small fixed makerspace, on
SQLite and PostgreSQL; the "<5" privacy rule in the data, the CSV and the PDF.

The makerspace (time zone Europe/London; the period is Monday 23 March to Sunday 5 April
2026, which holds the spring daylight-saving change on Sunday 29 March and Good Friday,
3 April, a closure day everywhere):

Central: Mon-Fri 10:00-18:00, Sat 10:00-14:00  -> 44 h in week 1, 36 h in week 2 = 80 h
Branch:  Tue and Thu 14:00-20:00, Sat 10:00-12:00 and 13:00-15:00, closed Tue 31 March
                                               -> 16 h in week 1, 10 h in week 2 = 26 h
Camera 1 has no space, so it is open all day: 13 days (not Good Friday) x 24 h, less the
hour the clocks skip on 29 March = 311 h. Laser 2 was registered on Monday 30 March before
opening: 36 h. Printer 2 is retired. An item registered after the period is not listed.

Bookings (local times; h = booked hours inside the period):
  Laser 1   b1 Mon 23 10:30-12:15 completed 1.75 h | b2 Tue 24 no-show | b3 Wed 25 cancelled
            b4 Sat 28 13:00-14:00 checked in 1 h   | b5 Sun 22 23:00-Mon 23 01:00 completed,
            1 h inside (starts before: not counted as a booking) | b6 Mon 30 10:00-12:00 booked
            2 h | b7 Sun 5 23:00-Mon 6 02:00 completed, 1 h inside            -> 6.75 h
  Laser 2   c1 Tue 31 10:00-13:00 completed 3 h | c2, c3 no-shows              -> 3 h
  Printer 1 d1 Sun 29 00:30 GMT-03:30 BST completed: 2 real hours (00:30-01:00, then 02:00-
            03:30 BST) | d2 Thu 26 14:00-20:00 completed 6 h | d3 no-show | d4 Sat 4 10:00-
            11:00 checked in 1 h | d5, d6 outside the period                    -> 9 h
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings as hsettings, strategies as st
from sqlalchemy import event

from makerspace_app.domain.clock import local_to_utc
from makerspace_app.domain.enums import (
    AgeBand,
    BookingStatus,
    EnrolmentStatus,
    EquipmentStatus,
    StaffRole,
)
from makerspace_app.domain.errors import PermissionDenied, ValidationError
from makerspace_app.domain.people import age_on, band_for_age
from makerspace_app.persistence.models import (
    Attendance,
    Booking,
    ClosureDay,
    Enrolment,
    Equipment,
    EquipmentCategory,
    OpeningHours,
    Participant,
    Site,
    Space,
    Workshop,
    WorkshopSession,
)
from makerspace_app.reports import export, queries
from makerspace_app.reports.queries import SUPPRESSED, protect
from makerspace_app.services import settings
from makerspace_app.services.uow import Actor

LONDON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc
FIRST, LAST = dt.date(2026, 3, 23), dt.date(2026, 4, 5)
NOW = dt.datetime(2026, 4, 2, 12, 0, tzinfo=UTC)  # Thursday of week 2: some sessions to come
OLD = dt.datetime(2025, 1, 1, 9, 0, tzinfo=UTC)


def local(day: str, hhmm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=LONDON)


def approx(value: float | None) -> object:
    return pytest.approx(value, abs=1e-6)


class Makerspace:
    """The fixed makerspace of the module docstring, written straight into the tables."""

    def __init__(self, db, uow_factory) -> None:
        self.db, self.factory = db, uow_factory
        with db.session() as s:
            central = Site(name="Central", address="", timezone="Europe/London")
            branch = Site(name="Branch", address="", timezone="Europe/London")
            s.add_all([central, branch])
            s.flush()
            for weekday in range(5):
                s.add(OpeningHours(site_id=central.id, weekday=weekday, opens_at=dt.time(10),
                                   closes_at=dt.time(18)))
            s.add(OpeningHours(site_id=central.id, weekday=5, opens_at=dt.time(10),
                               closes_at=dt.time(14)))
            for weekday in (1, 3):
                s.add(OpeningHours(site_id=branch.id, weekday=weekday, opens_at=dt.time(14),
                                   closes_at=dt.time(20)))
            s.add(OpeningHours(site_id=branch.id, weekday=5, opens_at=dt.time(10),
                               closes_at=dt.time(12)))
            s.add(OpeningHours(site_id=branch.id, weekday=5, opens_at=dt.time(13),
                               closes_at=dt.time(15)))
            s.add(ClosureDay(site_id=None, day=dt.date(2026, 4, 3), reason="Good Friday"))
            s.add(ClosureDay(site_id=branch.id, day=dt.date(2026, 3, 31), reason="Stocktake"))
            s.add(ClosureDay(site_id=central.id, day=dt.date(2026, 4, 20), reason="Outside"))
            room_c = Space(site_id=central.id, name="Makerspace")
            room_b = Space(site_id=branch.id, name="Studio")
            laser = EquipmentCategory(name="Laser cutters", description="")
            printer = EquipmentCategory(name="3D printers", description="")
            camera = EquipmentCategory(name="Cameras", description="")
            s.add_all([room_c, room_b, laser, printer, camera])
            s.flush()

            def item(tag, name, category, space, created=OLD, status=EquipmentStatus.AVAILABLE):
                thing = Equipment(asset_tag=tag, name=name, category_id=category.id,
                                  space_id=space.id if space else None, created_at=created,
                                  status=status, serial_number="", notes="")
                s.add(thing)
                s.flush()
                return thing.id

            self.laser1 = item("LAS-1", "Laser 1", laser, room_c)
            self.laser2 = item("LAS-2", "Laser 2", laser, room_c,
                               created=dt.datetime(2026, 3, 30, 8, 0, tzinfo=UTC))
            self.printer1 = item("3DP-1", "Printer 1", printer, room_b)
            self.printer2 = item("3DP-2", "Printer 2", printer, room_b,
                                 status=EquipmentStatus.RETIRED)
            self.camera = item("CAM-1", "Camera 1", camera, None)
            item("CAM-2", "Camera 2", camera, None, created=dt.datetime(2026, 5, 1, tzinfo=UTC))

            self.p: dict[int, int] = {}

            def person(n, dob=None, band=None, langs=(), tags=(), created=OLD, erased=None):
                who = Participant(badge_code=f"P{n:07d}", given_name=f"P{n}", family_name="Test",
                                  date_of_birth=dob, age_band=band, languages=list(langs),
                                  accessibility_tags=list(tags), created_at=created,
                                  erased_at=erased)
                s.add(who)
                s.flush()
                self.p[n] = who.id

            person(1, dt.date(1990, 5, 1), langs=["en", "fr"], tags=["wheelchair_access"])
            person(2, dt.date(1985, 1, 1), langs=["en"])
            person(3, dt.date(2010, 4, 5), langs=["en", "uk"], tags=["large_print"],
                   created=local("2026-03-25", "11:00"))  # 16 on the last day exactly
            person(4, dt.date(2000, 1, 1), langs=["es"], created=local("2026-03-24", "10:00"))
            person(5, dt.date(1970, 1, 1), langs=["en"])
            person(6, dt.date(2014, 4, 6), langs=["en", "ar"], tags=["quiet_space"],
                   created=local("2026-03-23", "09:00"))  # 12 the day after: under 12
            person(7, None, AgeBand.AGE_65_PLUS, langs=["en"])
            person(8, None, None, langs=["en"])
            person(9, dt.date(2000, 4, 5), langs=["en", "pl"], tags=["hearing_loop"])  # 26 exactly
            person(10, dt.date(2008, 4, 6), langs=["pl"], tags=["wheelchair_access"],
                   created=local("2026-04-05", "22:30"))  # 17; registered in the last hour
            person(11, dt.date(1999, 9, 9), langs=["de"],
                   created=local("2026-04-06", "00:30"))  # registered just after the period
            person(12, None, AgeBand.AGE_18_25, erased=OLD)  # an erased participant's stub
            person(13, dt.date(1995, 2, 2), langs=["it"])
            person(15, dt.date(1980, 3, 3), langs=["en"])
            person(16, dt.date(1975, 6, 6), langs=["en"])
            s.flush()

            def book(equipment_id, who, start, end, status):
                s.add(Booking(equipment_id=equipment_id, participant_id=self.p[who],
                              starts_at=start, ends_at=end, status=status, notes="",
                              created_at=OLD))

            B = BookingStatus
            book(self.laser1, 1, local("2026-03-23", "10:30"), local("2026-03-23", "12:15"), B.COMPLETED)
            book(self.laser1, 11, local("2026-03-24", "14:00"), local("2026-03-24", "16:00"), B.NO_SHOW)
            book(self.laser1, 2, local("2026-03-25", "09:00"), local("2026-03-25", "10:00"), B.CANCELLED)
            book(self.laser1, 10, local("2026-03-28", "13:00"), local("2026-03-28", "14:00"), B.CHECKED_IN)
            book(self.laser1, 5, local("2026-03-22", "23:00"), local("2026-03-23", "01:00"), B.COMPLETED)
            book(self.laser1, 13, local("2026-03-30", "10:00"), local("2026-03-30", "12:00"), B.BOOKED)
            book(self.laser1, 12, local("2026-04-05", "23:00"), local("2026-04-06", "02:00"), B.COMPLETED)
            book(self.laser2, 10, local("2026-03-31", "10:00"), local("2026-03-31", "13:00"), B.COMPLETED)
            book(self.laser2, 11, local("2026-04-01", "15:00"), local("2026-04-01", "16:00"), B.NO_SHOW)
            book(self.laser2, 4, local("2026-04-02", "15:00"), local("2026-04-02", "16:30"), B.NO_SHOW)
            # 00:30 GMT to 03:30 BST across the spring change: two real hours.
            book(self.printer1, 2, dt.datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
                 dt.datetime(2026, 3, 29, 2, 30, tzinfo=UTC), B.COMPLETED)
            book(self.printer1, 1, local("2026-03-26", "14:00"), local("2026-03-26", "20:00"), B.COMPLETED)
            book(self.printer1, 13, local("2026-03-24", "15:00"), local("2026-03-24", "16:00"), B.NO_SHOW)
            book(self.printer1, 9, local("2026-04-04", "10:00"), local("2026-04-04", "11:00"), B.CHECKED_IN)
            book(self.printer1, 4, local("2026-04-07", "10:00"), local("2026-04-07", "11:00"), B.COMPLETED)
            book(self.printer1, 4, local("2026-03-20", "10:00"), local("2026-03-20", "11:00"), B.COMPLETED)

            def workshop(title):
                w = Workshop(title=title, description="", capacity=10, languages=[], materials="",
                             search_text="", created_at=OLD)
                s.add(w)
                s.flush()
                return w.id

            def session(workshop_id, day, hhmm="18:00", hours=2, cancelled=False):
                start = local(day, hhmm)
                one = WorkshopSession(workshop_id=workshop_id, starts_at=start,
                                      ends_at=start + dt.timedelta(hours=hours),
                                      cancelled_at=OLD if cancelled else None)
                s.add(one)
                s.flush()
                return one.id

            def enrol(workshop_id, who, status=EnrolmentStatus.ENROLLED, position=None,
                      completed=False):
                s.add(Enrolment(workshop_id=workshop_id, participant_id=self.p[who], status=status,
                                waitlist_position=position, enrolled_at=OLD,
                                completed_at=OLD if completed else None))

            def present(session_id, *people, walk_in=False):
                for who in people:
                    s.add(Attendance(session_id=session_id, participant_id=self.p[who],
                                     walk_in=walk_in, marked_at=OLD))

            w1 = workshop("Laser basics")
            s1 = session(w1, "2026-03-23")
            s2 = session(w1, "2026-03-25")
            session(w1, "2026-03-27", cancelled=True)
            session(w1, "2026-04-08")  # after the period: the workshop is not over
            for who in (1, 2, 3):
                enrol(w1, who)
            enrol(w1, 4, EnrolmentStatus.WAITLISTED, position=1)
            enrol(w1, 5, EnrolmentStatus.WITHDRAWN)
            present(s1, 1, 2)
            present(s1, 6, walk_in=True)
            present(s2, 1, 3)

            w2 = workshop("3D printing club")
            t0 = session(w2, "2026-03-16", "10:00")  # before the period
            t1 = session(w2, "2026-03-24", "10:00")
            for who in (2, 9, 15, 16):
                enrol(w2, who)
            for who in (7, 8):
                enrol(w2, who, completed=True)
            present(t0, 2, 7, 8)
            present(t1, 7, 8, 9, 15, 16)

            w3 = workshop("Sewing circle · حلقة خياطة")
            session(w3, "2026-04-04", "10:00")  # after "now": not held yet
            enrol(w3, 1)

            w4 = workshop("Old workshop")
            session(w4, "2026-03-02")
            enrol(w4, 2)

            w5 = workshop("Cancelled talk")
            session(w5, "2026-03-26", cancelled=True)
            self.workshops = {"w1": w1, "w2": w2, "w3": w3, "w5": w5}
        with uow_factory(clock=lambda: NOW) as uow:
            settings.set_many(uow, {"organisation.timezone": "Europe/London",
                                    "organisation.name": "Riverside Library"})

    def report(self, kind, first=FIRST, last=LAST, actor=None, progress=None):
        with self.factory(actor=actor, read_only=True, clock=lambda: NOW) as uow:
            return queries.build_report(uow, kind, first, last, progress)


@pytest.fixture
def space(db, uow_factory) -> Makerspace:
    return Makerspace(db, uow_factory)


def rows_by_first(table: queries.Table) -> dict:
    return {row[0]: row for row in table.rows}


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            text=True, check=True)
    return result.stdout


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for Excel
    assert b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def section(rows: list[list[str]], title: str) -> list[list[str]]:
    """The rows of a CSV section: its header row and data rows up to the next blank line."""
    start = rows.index([title]) + 1
    out = []
    for row in rows[start:]:
        if not row:
            break
        out.append(row)
    return out


# --- Usage ------------------------------------------------------------------------------------


def test_usage_figures_match_the_hand_count(space) -> None:
    report = space.report("usage")
    assert isinstance(report, queries.UsageReport)
    period = report.period
    assert period.starts_at == dt.datetime(2026, 3, 23, 0, 0, tzinfo=UTC)  # GMT
    assert period.ends_at == dt.datetime(2026, 4, 5, 23, 0, tzinfo=UTC)  # BST midnight
    assert period.timezone == "Europe/London" and period.days == 14

    items = rows_by_first(report.items)
    assert list(items) == ["Printer 1", "Printer 2", "Camera 1", "Laser 1", "Laser 2"]
    # name: (asset tag, category, site, bookings, booked h, open h, utilisation %, no-shows)
    expected = {
        "Laser 1": ("LAS-1", "Laser cutters", "Central", 4, 6.75, 80.0, 100 * 6.75 / 80, 1),
        "Laser 2": ("LAS-2", "Laser cutters", "Central", 1, 3.0, 36.0, 100 * 3 / 36, 2),
        "Printer 1": ("3DP-1", "3D printers", "Branch", 3, 9.0, 26.0, 100 * 9 / 26, 1),
        "Printer 2": ("3DP-2", "3D printers", "Branch", 0, 0.0, 26.0, 0.0, 0),
        "Camera 1": ("CAM-1", "Cameras", "", 0, 0.0, 311.0, 0.0, 0),
    }
    for name, want in expected.items():
        row = items[name]
        assert row[1:5] == want[:4] and row[8] == want[7], name
        assert row[5] == approx(want[4]) and row[6] == approx(want[5]), name
        assert row[7] == approx(want[6]), name

    categories = rows_by_first(report.categories)
    assert list(categories) == ["Laser cutters", "3D printers", "Cameras"]  # by booked hours
    # (items, bookings, booked h, open h, utilisation %, no-shows, no-show rate %)
    assert categories["Laser cutters"][1:3] == (2, 5)
    assert categories["Laser cutters"][3:6] == (approx(9.75), approx(116.0), approx(975 / 116))
    assert categories["Laser cutters"][6:] == (3, approx(100 * 3 / 7))
    assert categories["3D printers"][1:3] == (2, 3)
    assert categories["3D printers"][3:6] == (approx(9.0), approx(52.0), approx(900 / 52))
    assert categories["3D printers"][6:] == (1, approx(25.0))
    assert categories["Cameras"][1:] == (1, 0, 0.0, approx(311.0), 0.0, 0, None)
    totals = report.categories.totals
    assert totals[0] == "Total" and totals[1:3] == (5, 8)
    assert totals[3:6] == (approx(18.75), approx(479.0), approx(1875 / 479))
    assert totals[6:] == (4, approx(100 * 4 / 11))

    assert report.booked_hours == approx(18.75) and report.open_hours == approx(479.0)
    assert (report.bookings, report.no_shows, report.shows) == (8, 4, 7)
    assert report.no_show_rate == approx(100 * 4 / 11)
    assert report.hours_by_category.labels == ("Laser cutters", "3D printers", "Cameras")
    assert report.hours_by_category.values == (approx(9.75), approx(9.0), 0.0)

    assert [r[:2] for r in report.busiest.rows] == [(1, "Printer 1"), (2, "Laser 1"), (3, "Laser 2")]
    assert [(r[0], r[4]) for r in report.idle.rows] == [("Printer 2", "Retired"),
                                                      ("Camera 1", "Available")]


def test_heat_map_splits_bookings_by_local_hour_across_the_clock_change(space) -> None:
    heat = space.report("usage").heatmap
    expected = [[0.0] * 24 for _ in range(7)]
    mon, tue, thu, sat, sun = 0, 1, 3, 5, 6
    expected[mon][0] = 1.0  # b5, the hour after midnight
    expected[mon][10], expected[mon][11], expected[mon][12] = 1.5, 2.0, 0.25  # b1 and b6
    for hour in (10, 11, 12):
        expected[tue][hour] = 1.0  # c1
    for hour in range(14, 20):
        expected[thu][hour] = 1.0  # d2
    expected[sat][13] = 1.0  # b4
    expected[sat][10] = 1.0  # d4
    expected[sun][0], expected[sun][2], expected[sun][3] = 0.5, 1.0, 0.5  # d1; 01:00 never was
    expected[sun][23] = 1.0  # b7, up to the end of the period
    assert heat.row_labels == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    assert heat.hours == tuple(range(24))
    for day in range(7):
        assert list(heat.values[day]) == [approx(v) for v in expected[day]], heat.row_labels[day]
    assert heat.total == approx(18.75) and heat.maximum == approx(2.0)


def test_a_one_day_report_and_a_report_with_nothing_in_it(space) -> None:
    day = space.report("usage", dt.date(2026, 3, 29), dt.date(2026, 3, 29))  # 23 hours long
    assert day.period.ends_at - day.period.starts_at == dt.timedelta(hours=23)
    items = rows_by_first(day.items)
    assert items["Printer 1"][4:6] == (1, approx(2.0))
    assert items["Camera 1"][6] == approx(23.0)  # open all day: a 23-hour day
    assert items["Laser 1"][6] == 0.0 and items["Laser 1"][7] is None  # Central shut on Sundays
    assert day.booked_hours == approx(2.0)

    empty = space.report("usage", dt.date(2027, 1, 4), dt.date(2027, 1, 4))
    assert empty.booked_hours == 0 and empty.bookings == 0 and empty.no_show_rate is None
    assert empty.busiest.rows == () and len(empty.idle.rows) == 6  # Camera 2 exists by then
    assert empty.heatmap.total == 0


def test_reports_read_aggregates_in_a_few_statements(space, db) -> None:
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # noqa: ANN001, ANN002
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        space.report("usage")
        usage = len(statements)
        space.report("workshops")
        workshops = len(statements) - usage
        space.report("reach")
        reach = len(statements) - usage - workshops
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert usage <= 7 and workshops <= 3 and reach <= 7
    bookings = [s for s in statements if "FROM bookings" in s]
    assert bookings and all("GROUP BY" in s or "count(" in s.lower() for s in bookings)


# --- Workshops ----------------------------------------------------------------------------------


def test_workshop_figures_match_the_hand_count(space) -> None:
    report = space.report("workshops")
    table = report.workshops
    assert table.column_names == (
        "Workshop", "First session", "Sessions held", "Cancelled", "Enrolled", "Waitlisted",
        "Attendance marks", "Walk-ins", "Attendance rate (%)", "Completed", "Completion rate (%)")
    titles = [r[0] for r in table.rows]
    assert titles == ["3D printing club", "Laser basics", "Cancelled talk",
                      "Sewing circle · حلقة خياطة"]  # by first session; "Old workshop" is out
    rows = rows_by_first(table)
    club = rows["3D printing club"]
    assert club[1] == dt.date(2026, 3, 16)  # its first session, before the period
    assert club[2:8] == (1, 0, 6, 0, 5, 0)
    assert club[8] == approx(100 * 5 / 6) and club[9] == 2 and club[10] == approx(100 * 2 / 6)
    basics = rows["Laser basics"]
    assert basics[1:8] == (dt.date(2026, 3, 23), 2, 1, 3, 1, 5, 1)
    assert basics[8] == approx(100 * 4 / 6)  # the walk-in does not raise the rate
    assert basics[9:] == (0, None)  # its last session is still to come
    talk = rows["Cancelled talk"]
    assert talk[1:] == (dt.date(2026, 3, 26), 0, 1, 0, 0, 0, 0, None, 0, None)
    sewing = rows["Sewing circle · حلقة خياطة"]
    assert sewing[1:] == (dt.date(2026, 4, 4), 0, 0, 1, 0, 0, 0, None, 0, None)
    totals = table.totals
    assert totals[:8] == ("Total", None, 3, 2, 10, 1, 10, 1)
    assert totals[8] == approx(100 * 9 / 12)
    assert totals[9] == 2 and totals[10] == approx(100 * 2 / 6)  # finished workshops only
    figures = {f.label: f.value for f in report.summary}
    assert figures["Workshops"] == 4 and figures["Sessions held"] == 3
    assert figures["Attendance rate"] == approx(75.0)


# --- Reach --------------------------------------------------------------------------------------


def test_reach_figures_and_the_privacy_rule(space) -> None:
    report = space.report("reach")
    assert isinstance(report, queries.ReachReport)
    assert report.participants == 11
    assert report.via_equipment == 5  # exactly five stays five
    assert report.via_workshops == 9
    assert report.new_participants == SUPPRESSED  # four registered in the period
    assert rows_by_first(report.age_bands) == {
        "Under 12": ("Under 12", SUPPRESSED), "12 to 17": ("12 to 17", SUPPRESSED),
        "18 to 25": ("18 to 25", SUPPRESSED), "26 to 64": ("26 to 64", 5),
        "65 and over": ("65 and over", SUPPRESSED), "Not known": ("Not known", SUPPRESSED)}
    assert report.languages.rows == (
        ("en", 9), ("ar", SUPPRESSED), ("fr", SUPPRESSED), ("pl", SUPPRESSED), ("uk", SUPPRESSED),
        ("None recorded", SUPPRESSED))
    assert report.needs.rows == (
        ("Hearing loop", SUPPRESSED), ("Large print", SUPPRESSED), ("Quiet space", SUPPRESSED),
        ("Wheelchair access", SUPPRESSED), ("Interpreter", 0), ("None recorded", 6))
    assert report.age_chart.values == (SUPPRESSED, SUPPRESSED, SUPPRESSED, 5, SUPPRESSED,
                                       SUPPRESSED)
    assert_no_small_counts(report)


def assert_no_small_counts(value: object) -> None:
    """No int from 1 to 4 anywhere in the report's figures (bools and dates aside)."""
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            if f.name != "period":
                assert_no_small_counts(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for v in value:
            assert_no_small_counts(v)
    elif isinstance(value, int) and not isinstance(value, bool):
        assert not 1 <= value <= 4, value


def test_protect() -> None:
    assert [protect(n) for n in range(7)] == [0, "<5", "<5", "<5", "<5", 5, 6]
    assert protect(12345) == 12345


@hsettings(max_examples=300, deadline=None)
@given(st.dates(dt.date(1920, 1, 1), dt.date(2030, 12, 31)),
       st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)))
def test_age_band_cut_offs_agree_with_the_domain_rule(born: dt.date, day: dt.date) -> None:
    expected = band_for_age(age_on(born, day)) if born <= day else AgeBand.UNDER_12
    band = AgeBand.AGE_65_PLUS
    for cutoff, below in queries._band_cutoffs(day):
        if born > cutoff:
            band = below
            break
    assert band is expected


@pytest.mark.parametrize("day", [dt.date(2024, 2, 29), dt.date(2028, 2, 29), dt.date(2026, 3, 1)])
def test_age_band_cut_offs_on_leap_days(day: dt.date) -> None:
    for born in (dt.date(2012, 2, 29), dt.date(2013, 2, 28), dt.date(2013, 3, 1),
                 dt.date(2016, 2, 29), dt.date(2010, 3, 1), dt.date(1961, 2, 28)):
        band = AgeBand.AGE_65_PLUS
        for cutoff, below in queries._band_cutoffs(day):
            if born > cutoff:
                band = below
                break
        assert band is band_for_age(age_on(born, day)), (born, day)


# --- Rules shared by the reports ----------------------------------------------------------------


def test_reports_need_a_coordinator(space) -> None:
    for role in (StaffRole.FRONT_DESK, StaffRole.WORKSHOP_LEADER):
        for kind in queries.KINDS:
            with pytest.raises(PermissionDenied, match="coordinator"):
                space.report(kind, actor=Actor("x", role))
    report = space.report("usage", actor=Actor("cora", StaffRole.COORDINATOR))
    assert report.booked_hours == approx(18.75)


def test_bad_periods_and_kinds_are_refused_by_name(space) -> None:
    with pytest.raises(ValidationError, match="before its first day"):
        space.report("usage", dt.date(2026, 4, 5), dt.date(2026, 4, 4))
    with pytest.raises(ValidationError, match="at most ten years"):
        space.report("reach", dt.date(1026, 1, 1), dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="no report called"):
        space.report("money")


def test_progress_is_reported_between_the_steps(space) -> None:
    for kind in queries.KINDS:
        seen: list[tuple[str, float]] = []
        space.report(kind, progress=lambda step, fraction: seen.append((step, fraction)))
        fractions = [f for _, f in seen]
        assert len(seen) >= 3 and fractions == sorted(fractions)
        assert fractions[0] == 0.0 and seen[-1] == (queries.STEP_DONE, 1.0)


def test_heat_map_buckets_follow_the_zone() -> None:
    def period(zone: str, first: dt.date, last: dt.date) -> queries.Period:
        tz = ZoneInfo(zone)
        return queries.Period(first, last, zone, local_to_utc(first, dt.time(0), tz),
                              local_to_utc(last + dt.timedelta(days=1), dt.time(0), tz), NOW)

    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert queries._heatmap_bucket_seconds(period("Europe/London", *year), LONDON) == 3600
    assert queries._heatmap_bucket_seconds(period("Asia/Kolkata", *year),
                                           ZoneInfo("Asia/Kolkata")) == 3600
    lord_howe = ZoneInfo("Australia/Lord_Howe")  # +10:30 in winter, +11:00 in summer
    assert queries._heatmap_bucket_seconds(period("Australia/Lord_Howe", *year), lord_howe) == 1800


# --- Files --------------------------------------------------------------------------------------


def test_usage_csv_opens_cleanly_with_every_section(space, tmp_path: Path) -> None:
    report = space.report("usage")
    path = export.write_report(report, tmp_path / "usage.csv")
    rows = read_csv(path)
    assert rows[0] == ["Equipment usage"]
    assert rows[1] == ["Period", "2026-03-23", "2026-04-05"]
    assert rows[2] == ["Time zone", "Europe/London"]
    figures = dict(tuple(r) for r in section(rows, "Key figures")[1:])
    assert figures["Booked hours"] == "18.75" and figures["No-shows"] == "4"
    assert figures["No-show rate"] == "36.4"
    categories = section(rows, "Booked hours by category")
    assert categories[0][:4] == ["Category", "Items", "Bookings", "Booked hours"]
    assert categories[1] == ["Laser cutters", "2", "5", "9.75", "116.0", "8.4", "3", "42.9"]
    assert categories[-1][0] == "Total" and categories[-1][3] == "18.75"
    heat = section(rows, "Booked hours by weekday and hour of day")
    assert heat[0][0] == "Weekday" and heat[0][1] == "00:00" and heat[0][-1] == "Total"
    assert heat[1][:2] == ["Mon", "1.0"] and heat[1][11:14] == ["1.5", "2.0", "0.25"]
    assert heat[7][-1] == "3.0"  # Sunday
    items = section(rows, "All items")
    assert items[1][0] == "Printer 1" and items[4][:2] == ["Laser 1", "LAS-1"]
    idle = section(rows, "Idle items (no booked hour)")
    assert [r[0] for r in idle[1:]] == ["Printer 2", "Camera 1"]


def test_reach_csv_and_pdf_show_small_counts_as_less_than_five(space, tmp_path: Path) -> None:
    report = space.report("reach")
    rows = read_csv(export.write_report(report, tmp_path / "reach.csv"))
    figures = dict(tuple(r) for r in section(rows, "Key figures")[1:])
    assert figures == {"Participants reached": "11", "Used equipment": "5",
                       "Attended workshops": "9", "New participants": "<5"}
    assert section(rows, "Participants reached by language spoken")[1:] == [
        ["en", "9"], ["ar", "<5"], ["fr", "<5"], ["pl", "<5"], ["uk", "<5"],
        ["None recorded", "<5"]]
    needs = dict(tuple(r) for r in section(rows, "Participants reached by accessibility need")[1:])
    assert needs["Interpreter"] == "0" and needs["Wheelchair access"] == "<5"
    for row in rows:
        for cell in row[1:]:
            assert cell not in ("1", "2", "3", "4"), row

    text = pdf_text(export.write_report(report, tmp_path / "reach.pdf", "Riverside Library"))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Riverside Library" in text and "Reach" in text
    for code in ("ar", "fr", "pl", "uk"):
        assert any(line.startswith(f"{code} <5") or f" {code} <5" in f" {line}" for line in lines), code
    assert any("Under 12 <5" in line for line in lines)
    assert any("26 to 64 5" in line for line in lines)
    assert any("Interpreter 0" in line for line in lines)
    assert "New participants" in text and "<5" in text


def test_usage_and_workshops_pdfs_hold_the_figures_and_translations(space, tmp_path: Path) -> None:
    usage = space.report("usage")
    labels = {"Equipment usage": "Utilisation des équipements", "Mon": "lun."}
    text = pdf_text(export.write_pdf(usage, tmp_path / "usage.pdf", "Riverside Library", labels))
    flat = " ".join(text.split())
    assert "Utilisation des équipements" in flat and "lun." in flat
    assert "2026-03-23 – 2026-04-05" in flat and "Europe/London" in flat
    assert "18.8" in flat and "36.4%" in flat  # booked hours, no-show rate
    assert "Laser cutters 2 5 9.8 116.0 8.4 3 42.9" in flat
    assert "Page 1 of" in flat
    assert "How these figures are counted" in flat

    workshops = space.report("workshops")
    path = export.write_pdf(workshops, tmp_path / "workshops.pdf", "Riverside Library")
    flat = " ".join(pdf_text(path).split())
    assert "3D printing club 2026-03-16 1 0 6 0 5 0 83.3 2 33.3" in flat
    assert "Laser basics 2026-03-23 2 1 3 1 5 1 66.7 0 –" in flat
    assert "Total 3 2 10 1 10 1 75.0 2 33.3" in flat


def test_empty_reports_still_make_files(db, uow_factory, tmp_path: Path) -> None:
    with uow_factory(read_only=True, clock=lambda: NOW) as uow:
        made = [queries.build_report(uow, kind, FIRST, LAST) for kind in queries.KINDS]
    for report in made:
        for suffix in (".pdf", ".csv"):
            path = export.write_report(report, tmp_path / f"{report.KIND}{suffix}", "")
            assert path.stat().st_size > 0
    assert made[2].participants == 0 and made[2].age_bands.rows[0] == ("Under 12", 0)


def test_csv_cells_never_run_as_formulas(tmp_path: Path) -> None:
    period = queries.Period(FIRST, LAST, "UTC", dt.datetime(2026, 3, 23, tzinfo=UTC),
                            dt.datetime(2026, 4, 6, tzinfo=UTC), NOW)
    table = queries.Table(
        "workshops", "Workshops with sessions in the period",
        (queries.Column("Workshop"), queries.Column("Sessions held", queries.COUNT),
         queries.Column("Attendance rate (%)", queries.PERCENT)),
        (("=HYPERLINK(\"http://x\")", 2, 50.0), ("+1 club", 0, None), ("-", 1, 12.345)))
    report = queries.WorkshopsReport(period, (queries.KeyFigure("Workshops", 3),), table, ())
    export.write_csv(report, tmp_path / "w.csv")
    rows = read_csv(tmp_path / "w.csv")
    data = section(rows, "Workshops with sessions in the period")
    assert data[1:] == [["'=HYPERLINK(\"http://x\")", "2", "50.0"], ["'+1 club", "0", ""],
                        ["'-", "1", "12.3"]]


def test_unknown_file_kinds_are_refused_by_name(space, tmp_path: Path) -> None:
    report = space.report("reach")
    for name in ("reach.xlsx", "reach", "reach.pdf.txt"):
        with pytest.raises(ValidationError, match=r"\.pdf or \.csv"):
            export.write_report(report, tmp_path / name)
        assert not (tmp_path / name).exists()
    assert export.format_of("Report.PDF") == "pdf" and export.format_of("a.Csv") == "csv"


def test_an_unwritable_file_is_a_clear_refusal(space, tmp_path: Path) -> None:
    report = space.report("usage")
    missing = tmp_path / "no such folder"
    for suffix in (".pdf", ".csv"):
        with pytest.raises(ValidationError, match="Cannot write"):
            export.write_report(report, missing / f"usage{suffix}", "Org")


def test_reach_counts_lists_that_are_not_lists_as_none_recorded(space) -> None:
    with space.db.session() as s:
        odd = [Participant(badge_code="ODD00001", given_name="Null", family_name="Lists",
                           languages=None, accessibility_tags=None, created_at=OLD),
               Participant(badge_code="ODD00002", given_name="Lone", family_name="String",
                           languages="en", accessibility_tags=["quiet_space"], created_at=OLD)]
        talk = Workshop(title="Drop-in", description="", capacity=5, languages=[], materials="",
                        search_text="", created_at=OLD)
        s.add_all([*odd, talk])
        s.flush()
        start = local("2026-03-28", "11:00")
        one = WorkshopSession(workshop_id=talk.id, starts_at=start,
                              ends_at=start + dt.timedelta(hours=1))
        s.add(one)
        s.flush()
        s.add_all([Attendance(session_id=one.id, participant_id=p.id, walk_in=True,
                              marked_at=OLD) for p in odd])
    report = space.report("reach")
    assert report.participants == 13 and report.via_workshops == 11
    languages = dict(report.languages.rows)
    assert languages["en"] == 9 and languages["None recorded"] == SUPPRESSED  # three now
    assert dict(report.needs.rows)["None recorded"] == 7
    assert dict(report.needs.rows)["Quiet space"] == SUPPRESSED


def test_a_translating_function_prints_row_labels_translated(space, tmp_path: Path) -> None:
    """The ui passes its translator as a function; row labels marked for translation (age
    bands, "None recorded", statuses) print translated, data (names, codes) unchanged."""
    words = {"Under 12": "Moins de 12 ans", "None recorded": "Non renseigné", "Reach": "Portée",
             "Retired": "Retiré", "Age band": "Tranche d’âge"}
    translate = lambda text: words.get(text, text)
    reach = space.report("reach")
    rows = read_csv(export.write_report(reach, tmp_path / "reach.csv", labels=translate))
    assert rows[0] == ["Portée"]
    ages = section(rows, "Participants reached by age band")
    assert ages[0] == ["Tranche d’âge", "Participants"] and ages[1] == ["Moins de 12 ans", "<5"]
    assert section(rows, "Participants reached by language spoken")[-1] == ["Non renseigné", "<5"]
    assert ["en", "9"] in section(rows, "Participants reached by language spoken")
    flat = " ".join(pdf_text(export.write_pdf(reach, tmp_path / "reach.pdf", "Org", translate)).split())
    assert "Moins de 12 ans <5" in flat and "Portée" in flat

    usage = space.report("usage")
    idle = section(read_csv(export.write_report(usage, tmp_path / "usage.csv", labels=translate)),
                   "Idle items (no booked hour)")
    assert idle[1][:5] == ["Printer 2", "3DP-2", "3D printers", "Branch", "Retiré"]
