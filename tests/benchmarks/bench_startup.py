"""Cold start to an idle main window on the large database, against a bare PySide6
QMainWindow script, and the peak memory of both (goal: at most 1.5x the bare window).

Each process reports, from the moment the benchmark started it, when its window was first
idle; the app also reports when it was ready for the person (database open, sign-in shown).
"""

from __future__ import annotations

import statistics
import sys
import time

from tests.benchmarks.common import Figure, large_database, print_table, run_process

BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
def idle():
    print(f"window_idle_ms {(time.time() - float(os.environ['MAKERSPACE_BENCH_T0'])) * 1000:.1f}")
    app.quit()
QTimer.singleShot(0, idle)
app.exec()
"""

RUNS = 9


def _stages(out: str) -> dict[str, float]:
    return {k: float(v) for k, v in (line.split() for line in out.splitlines() if line.endswith(tuple("0123456789")) and "_ms " in line)}


def run() -> list[Figure]:
    db = large_database()
    base_env = {"QT_QPA_PLATFORM": "offscreen"}
    app_args = [sys.executable, "-m", "makerspace_app", "--db", str(db)]
    bare_args = [sys.executable, "-c", BARE_WINDOW]
    app_idle, app_ready, app_mem, bare_idle, bare_mem = [], [], [], [], []
    # Warm the file cache for both, then interleave so noise hits both alike.
    for args in (bare_args, app_args):
        run_process(args, {**base_env, "MAKERSPACE_QUIT_WHEN_IDLE": "1", "MAKERSPACE_BENCH_T0": str(time.time())})
    for _ in range(RUNS):
        _, mem, out = run_process(bare_args, {**base_env, "MAKERSPACE_BENCH_T0": str(time.time())})
        bare_idle.append(_stages(out)["window_idle_ms"])
        bare_mem.append(mem)
        _, mem, out = run_process(app_args, {**base_env, "MAKERSPACE_QUIT_WHEN_IDLE": "1",
                                             "MAKERSPACE_BENCH_T0": str(time.time())})
        stages = _stages(out)
        app_idle.append(stages["window_idle_ms"])
        app_ready.append(stages["ready_ms"])
        app_mem.append(mem)
    bare = statistics.median(bare_idle)
    figures = [
        Figure("main window first idle (median)", statistics.median(app_idle), "ms",
               "bare PySide6 QMainWindow, first idle", bare, "<= 1.5x"),
        Figure("ready: database open, sign-in shown (median)", statistics.median(app_ready), "ms",
               "bare PySide6 QMainWindow, first idle", bare, "<= 1.5x"),
        Figure("peak resident memory (median)", statistics.median(app_mem) / 1024, "MB",
               "bare PySide6 QMainWindow script", statistics.median(bare_mem) / 1024),
    ]
    print_table(f"Start-up on the large dataset ({RUNS} interleaved runs each)", figures)
    return figures
