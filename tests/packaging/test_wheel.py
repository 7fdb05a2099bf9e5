"""The wheel holds everything the app needs at run time.

Builds the wheel from pyproject.toml, installs it (with its dependencies) into a clean venv
outside the checkout, and runs the installed command from there: ``demo`` and ``db check``
need the migrations; the installed package must find its fonts, icons and translations.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, f"{args} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a clean venv with the freshly built wheel installed."""
    work = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(work)], work)
    (wheel,) = work.glob("makerspace_app-*.whl")
    venv.create(work / "venv", with_pip=True)
    bin_dir = work / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
    _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], work)
    return bin_dir


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKERSPACE_DB", "PYTHONPATH")}
    return {**env, "MAKERSPACE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def test_installed_wheel_runs_demo_and_db_check(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    out = _run([str(installed / "makerspace-app"), "demo", "--size", "small"], tmp_path, env)
    assert "Demo data (small) loaded" in out
    out = _run([str(installed / "makerspace-app"), "db", "check"], tmp_path, env)
    assert "is sound" in out


def test_installed_package_finds_its_files_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import makerspace_app, makerspace_app.config as c, makerspace_app.licences as l\n"
        "print(makerspace_app.__file__)\n"
        "r = c.resources_dir(); m = c.migrations_dir()\n"
        "print(r); print(m)\n"
        "print(len(list((r / 'fonts').glob('*.ttf'))), len(list((r / 'icons').glob('*.svg'))),"
        " len(list((r / 'translations').glob('*.qm'))), len(list((m / 'versions').glob('0*.py'))))\n"
        "print(l.shipped_file('LICENSE').is_file(), l.shipped_file('CHANGELOG.md').is_file())\n"
    )
    lines = _run([str(installed / "python"), "-c", probe], tmp_path, _env(tmp_path)).splitlines()
    package, resources, migrations, counts, shipped = lines
    venv_root = str(installed.parent)
    for path in (package, resources, migrations):
        assert path.startswith(venv_root), f"{path} is not inside the installed venv"
    fonts, icons, translations, revisions = (int(n) for n in counts.split())
    shipped_fonts = len(list((ROOT / "resources" / "fonts").glob("*.ttf")))
    assert fonts == shipped_fonts and fonts > 0
    assert icons == len(list((ROOT / "resources" / "icons").glob("*.svg")))
    assert translations == len(list((ROOT / "resources" / "translations").glob("*.qm")))
    assert revisions == len(list((ROOT / "db" / "versions").glob("0*.py")))
    assert shipped == "True True"
