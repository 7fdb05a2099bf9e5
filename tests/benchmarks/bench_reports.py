"""Each report over a full year of the large dataset (goal: under 2 s), next to a plain SQL
aggregate over the same year's bookings measured in the same run."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import time

from tests.benchmarks.common import Figure, large_database, print_table

RUNS = 3


def _busiest_year(path) -> tuple[dt.date, dt.date]:  # noqa: ANN001
    conn = sqlite3.connect(path)
    last = conn.execute("SELECT max(starts_at) FROM bookings WHERE status = 'completed'").fetchone()[0]
    conn.close()
    end = dt.date.fromisoformat(last[:10])
    return end - dt.timedelta(days=364), end


def _plain_sql(path, first: dt.date, last: dt.date) -> float:  # noqa: ANN001
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
    for kind in queries.KINDS:
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            with unit_of_work(db, Actor.system(), read_only=True) as uow:
                queries.build_report(uow, kind, first, last)
            times.append(time.perf_counter() - started)
        figures.append(Figure(f"{kind} report, {first} to {last} (median)",
                              statistics.median(times) * 1000, "ms",
                              "one GROUP BY over the year's bookings", baseline, "< 2000 ms"))
    db.dispose()
    print_table(f"Reports over a full year of the large dataset ({RUNS} runs each, SQLite)", figures)
    return figures
