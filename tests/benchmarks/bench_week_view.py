"""Opening the Bookings week view with every item (300) on the large dataset: the page loads
the items and the week's bookings (one unit of work) and paints the timeline, against the bare
SQL for that week's bookings (sqlite3) plus painting an empty widget of the same size
(goal: under 150 ms).

Two more figures say where the time goes: ``bookings_between`` alone against the bare query,
and the bare query as the service writes it (no lower bound on the start) against the same
query bounded by "starts at most one day before the week" (the dataset's bookings last at most
a few hours, so both return the same rows).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.benchmarks.common import Figure, large_database, print_table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 15
PAGE_SIZE = (1048, 690)  # the page's share of a 1280 × 800 main window
FMT = "%Y-%m-%d %H:%M:%S.%f"

BARE_QUERY = (
    "SELECT b.id, b.equipment_id, e.name, e.asset_tag, b.participant_id, p.given_name, "
    "p.family_name, p.preferred_name, p.badge_code, b.starts_at, b.ends_at, b.status, "
    "b.series_id, b.notes FROM bookings b JOIN equipment e ON e.id = b.equipment_id "
    "JOIN participants p ON p.id = b.participant_id "
    "WHERE b.starts_at < :end AND b.ends_at > :start{bound} "
    "ORDER BY b.equipment_id, b.starts_at"
)
BOUNDED = BARE_QUERY.format(bound=" AND b.starts_at > :earliest")
UNBOUNDED = BARE_QUERY.format(bound="")


def _week(conn: sqlite3.Connection) -> tuple[dt.date, ZoneInfo]:
    """A busy week: the Monday four weeks before the last booking, in the makerspace's zone."""
    tz = ZoneInfo(str(conn.execute(
        "SELECT value FROM settings WHERE key = 'organisation.timezone'").fetchone()[0]).strip('"'))
    last = dt.datetime.strptime(conn.execute("SELECT max(starts_at) FROM bookings").fetchone()[0],
                                FMT).replace(tzinfo=dt.UTC)
    day = (last - dt.timedelta(days=28)).astimezone(tz).date()
    return day - dt.timedelta(days=day.weekday()), tz


def _params(monday: dt.date, tz: ZoneInfo) -> dict[str, str]:
    from makerspace_app.domain.clock import local_to_utc

    start = local_to_utc(monday, dt.time(0), tz)
    end = local_to_utc(monday + dt.timedelta(days=7), dt.time(0), tz)
    return {"start": start.strftime(FMT), "end": end.strftime(FMT),
            "earliest": (start - dt.timedelta(days=1)).strftime(FMT)}


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def run() -> list[Figure]:
    from PySide6.QtWidgets import QApplication, QWidget

    from makerspace_app.domain.clock import local_to_utc
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services import bookings
    from makerspace_app.services.database import open_database
    from makerspace_app.services.uow import Actor
    from makerspace_app.ui import theme
    from makerspace_app.ui.areas import BY_KEY
    from makerspace_app.ui.context import AppContext
    from makerspace_app.ui.pages.bookings import BookingsPage

    app = QApplication.instance() or QApplication(["bench_week_view"])
    theme.apply_theme(app, "system", 100)
    source = large_database()
    folder = Path(tempfile.mkdtemp(prefix="bench-week-view-"))
    try:
        copy = folder / "bench.db"
        shutil.copyfile(source, copy)
        raw = sqlite3.connect(copy)
        monday, tz = _week(raw)
        params = _params(monday, tz)
        rows = len(raw.execute(BOUNDED, params).fetchall())
        assert rows == len(raw.execute(UNBOUNDED, params).fetchall())

        db = open_database(parse_location(str(copy)))
        context = AppContext(db)
        context.set_actor(Actor.system())
        page = BookingsPage(BY_KEY["bookings"], context)
        page.resize(*PAGE_SIZE)
        page.show()
        empty = QWidget()
        empty.resize(*PAGE_SIZE)
        empty.show()
        app.processEvents()

        def open_week() -> None:
            page.load_week(monday)
            page.grab()

        def baseline() -> None:
            raw.execute(BOUNDED, params).fetchall()
            empty.grab()

        start = local_to_utc(monday, dt.time(0), tz)
        end = local_to_utc(monday + dt.timedelta(days=7), dt.time(0), tz)

        def service_query() -> None:
            with context.unit_of_work(read_only=True) as uow:
                bookings.bookings_between(uow, start, end)

        for _ in range(2):  # warm the caches of both alike
            open_week()
            baseline()
        items = len(page.timeline.items())
        week, base, service, bounded, unbounded = [], [], [], [], []
        for _ in range(RUNS):  # interleaved, so noise hits both alike
            for fn, out in ((open_week, week), (baseline, base), (service_query, service)):
                started = time.perf_counter()
                fn()
                out.append(time.perf_counter() - started)
            for query, out in ((BOUNDED, bounded), (UNBOUNDED, unbounded)):
                started = time.perf_counter()
                raw.execute(query, params).fetchall()
                out.append(time.perf_counter() - started)

        page.close()
        empty.close()
        page.deleteLater()
        empty.deleteLater()
        app.processEvents()
        db.dispose()
        raw.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    figures = [
        Figure(f"week view, {items} items: load + paint (median)", _median_ms(week), "ms",
               "bare SQL + empty widget grab", _median_ms(base), "< 150 ms"),
        Figure("  of which bookings_between (median)", _median_ms(service), "ms",
               "bare SQL, bounded start (median)", _median_ms(bounded)),
        Figure("  bare SQL without a lower bound on the start", _median_ms(unbounded), "ms",
               "bare SQL, bounded start (median)", _median_ms(bounded), "why the bound"),
    ]
    print_table(f"Bookings week view on the large dataset (week of {monday}, {rows} bookings, "
                f"{RUNS} runs each, page {PAGE_SIZE[0]}×{PAGE_SIZE[1]})", figures)
    return figures


if __name__ == "__main__":
    run()
