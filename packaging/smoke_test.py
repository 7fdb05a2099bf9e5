"""Smoke-test the one-folder build (make package-test).

Runs the built program the way an IT person would try it, in a private MAKERSPACE_HOME:
``--version``, ``demo --size small``, ``db check``, then opens the main window offscreen and
waits for it to be ready. Prints the bundle's size and its start-up time next to the same
start-up from the development venv, measured in the same run (medians of 5).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "makerspace-app"
PROGRAM = BUNDLE / ("makerspace-app.exe" if sys.platform == "win32" else "makerspace-app")
RUNS = 5


def fail(message: str) -> None:
    print(f"package-test: {message}", file=sys.stderr)
    sys.exit(1)


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        fail(f"{' '.join(args[1:]) or args[0]} exited {done.returncode}: {done.stderr.strip()[-400:]}")
    return done.stdout


def ready_ms(args: list[str], env: dict[str, str]) -> float:
    """Milliseconds from launch until the window is ready for the person (sign-in shown)."""
    out = run(args, {**env, "MAKERSPACE_QUIT_WHEN_IDLE": "1", "MAKERSPACE_BENCH_T0": str(time.time())})
    for line in out.splitlines():
        if line.startswith("ready_ms "):
            return float(line.split()[1])
    fail(f"the window never reported it was ready; output was: {out.strip()[-400:]}")
    raise AssertionError  # unreachable


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    if not PROGRAM.exists():
        fail(f"{PROGRAM} does not exist: run `make package` first")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "MAKERSPACE_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("MAKERSPACE_DB", None)
        version = run([str(PROGRAM), "--version"], env).strip()
        print(f"version:  {version}")
        print("demo:     " + run([str(PROGRAM), "demo", "--size", "small"], env).splitlines()[0])
        run([str(PROGRAM), "db", "check"], env)
        print("db check: sound")
        venv_python = ROOT / ".venv" / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
        bundle_times, venv_times = [], []
        for _ in range(RUNS):  # interleaved, so machine noise hits both alike
            bundle_times.append(ready_ms([str(PROGRAM)], env))
            venv_times.append(ready_ms([str(venv_python), "-m", "makerspace_app"], env))
    size_mb = folder_size(BUNDLE) / 1e6
    bundle, venv = statistics.median(bundle_times), statistics.median(venv_times)
    print(f"window:   opened offscreen and ready ({RUNS} runs each)")
    print(f"bundle size: {size_mb:.0f} MB ({BUNDLE})")
    print(f"start-up to ready (median): bundle {bundle:.0f} ms, venv {venv:.0f} ms, ratio {bundle / venv:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
