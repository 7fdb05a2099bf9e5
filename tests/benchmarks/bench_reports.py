"""Each report over a full year of the large dataset (goal: under 2 s), next to a plain SQL
aggregate over the same year's bookings measured in the same run.

The report is computed off the UI thread; what the UI thread does is build the screen from
the finished report (cards, charts, heat map, tables). That is measured too, next to plain
QTableWidgets holding the same cells."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import time

from tests.benchmarks.common import Figure, large_database, print_table

RUNS = 3


def _busiest_year(path) -> tuple[dt.date, dt.date]:
    conn = sqlite3.connect(path)
    last = conn.execute("SELECT max(starts_at) FROM bookings WHERE status = 'completed'").fetchone()[0]
    conn.close()
    end = dt.date.fromisoformat(last[:10])
    return end - dt.timedelta(days=364), end


def _plain_sql(path, first: dt.date, last: dt.date) -> float:
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    conn.execute(
        "SELECT equipment_id, count(*), sum((julianday(ends_at) - julianday(starts_at)) * 24) "
        "FROM bookings WHERE starts_at >= ? AND starts_at < ? AND status IN "
        "('booked', 'checked_in', 'completed') GROUP BY equipment_id",
        (first.isoformat(), (last + dt.timedelta(days=1)).isoformat())).fetchall()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def run() -> list[Figure]:
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.reports import queries
    from makerspace_app.services.database import open_database
    from makerspace_app.services.uow import Actor, unit_of_work

    path = large_database()
    first, last = _busiest_year(path)
    db = open_database(parse_location(str(path)), verify=False)
    baseline = statistics.median(_plain_sql(path, first, last) for _ in range(RUNS)) * 1000
    figures = []
    made = {}
    for kind in queries.KINDS:
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            with unit_of_work(db, Actor.system(), read_only=True) as uow:
                made[kind] = queries.build_report(uow, kind, first, last)
            times.append(time.perf_counter() - started)
        figures.append(Figure(f"{kind} report, {first} to {last} (median)",
                              statistics.median(times) * 1000, "ms",
                              "one GROUP BY over the year's bookings", baseline, "< 2000 ms"))
    figures += _screen_figures(db, made)
    db.dispose()
    print_table(f"Reports over a full year of the large dataset ({RUNS} runs each, SQLite)", figures)
    return figures


def _screen_figures(db, made: dict) -> list[Figure]:
    """The UI-thread part: building the Reports screen from each finished report."""
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from makerspace_app.services.uow import Actor
    from makerspace_app.ui.areas import BY_KEY
    from makerspace_app.ui.context import AppContext
    from makerspace_app.ui.pages.reports import ReportsPage

    app = QApplication.instance() or QApplication([])
    context = AppContext(db)
    context.set_actor(Actor.system(), "bench")
    page = ReportsPage(BY_KEY["reports"], context)
    page.resize(1100, 800)
    page.show()
    page.on_shown()
    figures = []
    for kind, report in made.items():
        screen, plain = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            page.show_report(report)
            app.processEvents()
            screen.append(time.perf_counter() - started)
            started = time.perf_counter()
            tables = []
            for table in report.tables:
                widget = QTableWidget(len(table.rows), len(table.columns))
                for r, row in enumerate(table.rows):
                    for c, value in enumerate(row):
                        widget.setItem(r, c, QTableWidgetItem(str(value)))
                widget.resizeColumnsToContents()
                widget.show()
                tables.append(widget)
            app.processEvents()
            plain.append(time.perf_counter() - started)
            for widget in tables:
                widget.deleteLater()
        figures.append(Figure(f"{kind} report: screen built on the UI thread (median)",
                              statistics.median(screen) * 1000, "ms",
                              "plain QTableWidgets with the same cells",
                              statistics.median(plain) * 1000, "< 500 ms"))
    page.close()
    return figures
