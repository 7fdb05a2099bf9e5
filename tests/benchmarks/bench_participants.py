"""Search as you type over the 20,000 participants of the large dataset: keystroke to updated
table (goal: median under 20 ms), next to the bare SQL query of the same search in the same run;
and resident memory before and after scrolling through every row."""

from __future__ import annotations

import os
import sqlite3
import statistics
import time

from tests.benchmarks.common import Figure, large_database, print_table

# What a person types, one keystroke at a time, in several scripts.
TYPED = ["m", "mu", "mul", "mull", "mulle", "muller", "j", "jo", "jos", "jose",
         "ع", "عب", "عبد", "ł", "łu", "łuk", "ol", "оле", "王", "佐藤", "an", "ann", "anna"]
ROUNDS = 3


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def _bare_sql(path, typed: list[str]) -> list[float]:
    """The same search as bare SQL: the statements the service runs for each text (the ids
    of the matches, up to FEW_MATCHES + 1; then either the first page of those ids, or the
    count and the first page in list order), compiled beforehand and run through sqlite3,
    with no ORM, no row objects and no table model."""
    from sqlalchemy.dialects import sqlite

    from makerspace_app.services import participants as registry
    from makerspace_app.ui.pages.participants import FIRST_PAGE as PAGE_SIZE

    def sql(statement) -> str:
        return str(statement.compile(dialect=sqlite.dialect(),
                                     compile_kwargs={"literal_binds": True}))

    conn = sqlite3.connect(path)
    times = []
    for text in typed:
        ids_sql = sql(registry.ids_statement(text, registry.FEW_MATCHES + 1))
        count_sql = sql(registry.count_statement(text))
        walk_sql = sql(registry.page_statement(text, PAGE_SIZE, 0, True))
        started = time.perf_counter()
        ids = [row[0] for row in conn.execute(ids_sql)]
        if len(ids) > registry.FEW_MATCHES:
            conn.execute(count_sql).fetchone()
            conn.execute(walk_sql).fetchall()
        elif ids:
            marks = ",".join("?" * len(ids))
            conn.execute(
                "SELECT id, badge_code, given_name, family_name, preferred_name, date_of_birth, "
                f"age_band, email, phone FROM participants WHERE id IN ({marks}) "
                f"ORDER BY family_name, given_name, id LIMIT {PAGE_SIZE}", ids).fetchall()
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def _looked_up(text: str) -> bool:
    """Does this text use the trigram index (a folded word of three characters or more)?"""
    from makerspace_app.domain.text import fold
    from makerspace_app.services.participants import TRIGRAM

    return any(len(word) >= TRIGRAM for word in fold(text).split())


def run() -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services.database import open_database
    from makerspace_app.services.uow import Actor
    from makerspace_app.ui.areas import BY_KEY
    from makerspace_app.ui.context import AppContext
    from makerspace_app.ui.pages.participants import ParticipantsPage

    path = large_database()
    app = QApplication.instance() or QApplication([])
    db = open_database(parse_location(str(path)), verify=False)
    context = AppContext(db)
    context.set_actor(Actor.system(), "Benchmark")
    page = ParticipantsPage(BY_KEY["participants"], context)
    page.resize(1280, 800)
    page.show()
    page.on_shown()
    app.processEvents()

    keystroke, bare = [], []
    # Terms of three characters or more are looked up in SQLite's trigram index; shorter
    # ones are matched with LIKE over the search index. Each kind is also reported alone.
    by_kind: dict[bool, tuple[list[float], list[float]]] = {True: ([], []), False: ([], [])}
    for _ in range(ROUNDS):
        for text in TYPED:
            page.search_edit.setText(text)
            started = time.perf_counter()
            page.refresh_list()  # what the debounce timer runs after the last keystroke
            app.processEvents()  # the table repaints
            keystroke.append(time.perf_counter() - started)
            by_kind[_looked_up(text)][0].append(keystroke[-1])
        times = _bare_sql(path, TYPED)
        bare.extend(times)
        for text, took in zip(TYPED, times, strict=True):
            by_kind[_looked_up(text)][1].append(took)
    (long_keystroke, long_bare), (short_keystroke, short_bare) = by_kind[True], by_kind[False]

    page.search_edit.setText("")
    page.refresh_list()
    app.processEvents()
    before = _rss_mb()
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
        page.table.scrollToBottom()
        app.processEvents()
    after = _rss_mb()
    rows = model.rowCount()
    page.close()
    db.dispose()
    figures = [
        Figure("keystroke to updated table (median)", statistics.median(keystroke) * 1000, "ms",
               "bare SQL: the same statements", statistics.median(bare) * 1000, "< 20 ms"),
        Figure("keystroke to updated table (p90)", sorted(keystroke)[int(len(keystroke) * 0.9)] * 1000,
               "ms", "bare SQL (p90)", sorted(bare)[int(len(bare) * 0.9)] * 1000),
        Figure("  terms of 3+ characters (median)",
               statistics.median(long_keystroke) * 1000, "ms",
               "bare SQL, the same terms", statistics.median(long_bare) * 1000),
        Figure("  terms of 1-2 characters (median)",
               statistics.median(short_keystroke) * 1000, "ms",
               "bare SQL, the same terms", statistics.median(short_bare) * 1000),
        Figure(f"resident memory after scrolling all {rows} rows", after, "MB",
               "resident memory before scrolling", before),
    ]
    print_table(f"Participants search on 20,000 participants ({len(TYPED)} keystrokes x {ROUNDS})", figures)
    return figures
