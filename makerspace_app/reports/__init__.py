"""Reports: the figures a library gives its funders (no Qt here).

``queries`` computes each report in SQL aggregates and returns a frozen dataclass of plain
values; ``export`` writes it as a PDF (tables and charts) or a CSV file for spreadsheets.

    with unit_of_work(db, actor, read_only=True) as uow:
        report = queries.build_report(uow, "usage", first_day, last_day, progress=...)
    export.write_report(report, Path("usage.pdf"), org_name)
"""

from __future__ import annotations

from makerspace_app.reports.queries import (
    KINDS,
    SUPPRESSED,
    Period,
    ReachReport,
    UsageReport,
    WorkshopsReport,
    build_report,
    protect,
    reach_report,
    usage_report,
    workshops_report,
)

__all__ = [
    "KINDS",
    "SUPPRESSED",
    "Period",
    "ReachReport",
    "UsageReport",
    "WorkshopsReport",
    "build_report",
    "protect",
    "reach_report",
    "usage_report",
    "workshops_report",
]
