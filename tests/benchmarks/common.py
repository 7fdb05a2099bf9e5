"""Shared pieces of the benchmarks: the large dataset, timing, and the printed table."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench-results"


def large_database() -> Path:
    """The large demo dataset as a SQLite file, generated once and reused while it is current."""
    from makerspace_app.persistence import migrate
    from makerspace_app.persistence.sqlite_file import inspect

    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "large.db"
    marker = RESULTS / "large.db.ok"
    if path.exists() and marker.exists() and inspect(path).revision == migrate.head_revision():
        return path
    for stale in (path, marker, path.with_name("large.db-wal"), path.with_name("large.db-shm")):
        stale.unlink(missing_ok=True)
    print("Generating the large demo dataset (once; kept in bench-results/)...", flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "makerspace_app", "--db", str(path), "demo", "--size", "large"],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"could not generate the large dataset: {result.stderr.strip()}")
    print(f"  generated in {time.perf_counter() - started:.1f} s", flush=True)
    marker.write_text("ok")
    return path


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline_name: str
    baseline: float
    goal: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("nan")


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def time_calls(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def run_process(args: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """Wall time (s), peak resident memory (KiB) and stdout of one child process."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark process failed ({proc.returncode}): {' '.join(args)}\n{err[-2000:]}")
    return elapsed, usage.ru_maxrss, out


def print_table(title: str, figures: list[Figure]) -> None:
    print(f"\n{title}")
    print(f"  {'figure':<44} {'value':>12}   {'baseline':<34} {'base value':>12} {'ratio':>7}  goal")
    for f in figures:
        print(
            f"  {f.name:<44} {f.value:>9.1f} {f.unit:<2}   {f.baseline_name:<34} "
            f"{f.baseline:>9.1f} {f.unit:<2} {f.ratio:>6.2f}x  {f.goal}"
        )
