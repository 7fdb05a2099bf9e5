"""Cold start to an idle main window on the large database, against a bare PySide6
QMainWindow script, and the peak memory of both (goal: at most 1.5x the bare window)."""

from __future__ import annotations

import statistics
import sys

from tests.benchmarks.common import Figure, large_database, print_table, run_process

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

RUNS = 7


def run() -> list[Figure]:
    db = large_database()
    app_env = {"QT_QPA_PLATFORM": "offscreen", "MAKERSPACE_QUIT_WHEN_IDLE": "1"}
    app_times, app_mem, bare_times, bare_mem = [], [], [], []
    # Warm the file cache once for both, then interleave so noise hits both alike.
    run_process([sys.executable, "-c", BARE_WINDOW], {"QT_QPA_PLATFORM": "offscreen"})
    run_process([sys.executable, "-m", "makerspace_app", "--db", str(db)], app_env)
    for _ in range(RUNS):
        t, m, _ = run_process([sys.executable, "-c", BARE_WINDOW], {"QT_QPA_PLATFORM": "offscreen"})
        bare_times.append(t)
        bare_mem.append(m)
        t, m, _ = run_process([sys.executable, "-m", "makerspace_app", "--db", str(db)], app_env)
        app_times.append(t)
        app_mem.append(m)
    figures = [
        Figure("cold start to idle main window (median)", statistics.median(app_times) * 1000,
               "ms", "bare PySide6 QMainWindow script", statistics.median(bare_times) * 1000,
               "<= 1.5x"),
        Figure("peak resident memory (median)", statistics.median(app_mem) / 1024, "MB",
               "bare PySide6 QMainWindow script", statistics.median(bare_mem) / 1024),
    ]
    print_table(f"Start-up on the large dataset ({RUNS} interleaved runs each)", figures)
    return figures
