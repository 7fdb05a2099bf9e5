"""Run every benchmark: ``make bench`` (or ``python -m tests.benchmarks [name ...]``)."""

from __future__ import annotations

import importlib
import os
import platform
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCHMARKS = ["bench_startup", "bench_bookings", "bench_week_view", "bench_participants", "bench_attendance", "bench_reports", "bench_printing"]


def main(names: list[str]) -> int:
    chosen = names or BENCHMARKS
    print(f"Benchmarks on {platform.node()} ({os.cpu_count()} cores), Python {platform.python_version()}")
    for name in chosen:
        module = importlib.import_module(f"tests.benchmarks.{name}")
        module.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
