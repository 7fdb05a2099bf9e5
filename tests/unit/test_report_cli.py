"""``makerspace-app report`` as a user runs it: real processes on a SQLite file filled through
the services."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from makerspace_app.persistence.engine import parse_location
from makerspace_app.services import bookings, equipment, participants, settings
from makerspace_app.services.database import open_database
from makerspace_app.services.equipment import ItemInput
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work

LONDON = ZoneInfo("Europe/London")


def local(day: str, hhmm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=LONDON)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "makerspace_app", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=120)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One printer (no space: open all day) and one participant with two bookings in the week
    of Monday 2 March 2026: 10:00-12:00 on Tuesday, used; 14:00-15:30 on Wednesday, booked."""
    path = tmp_path_factory.mktemp("cli") / "desk.db"
    db = open_database(parse_location(str(path)))
    monday = local("2026-03-02", "09:00")
    try:
        with unit_of_work(db, Actor.system(), clock=lambda: monday) as uow:
            settings.set_many(uow, {"organisation.timezone": "Europe/London",
                                    "organisation.name": "Riverside Library"})
            category = equipment.save_category(uow, "3D printers")
            item = equipment.add_item(uow, ItemInput("3DP-1", "Printer 1", category.id))
            person = participants.register_participant(uow, ParticipantInput(
                given_name="Amara", family_name="Okafor", date_of_birth=dt.date(1990, 5, 1),
                languages=("en",)))
            used = bookings.create_booking(uow, item.id, person.id, local("2026-03-03", "10:00"),
                                           local("2026-03-03", "12:00"))
            bookings.create_booking(uow, item.id, person.id, local("2026-03-04", "14:00"),
                                    local("2026-03-04", "15:30"))
        with unit_of_work(db, Actor.system(), clock=lambda: local("2026-03-03", "10:02")) as uow:
            bookings.check_in(uow, used.id)
        with unit_of_work(db, Actor.system(), clock=lambda: local("2026-03-03", "11:58")) as uow:
            bookings.check_out(uow, used.id)
    finally:
        db.dispose()
    return path


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_usage_report_as_csv(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "usage.csv"
    result = run("--db", str(filled), "report", "usage", "--from", "2026-03-02",
                 "--to", "2026-03-08", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and result.stderr == ""
    rows = read_csv(out)
    assert rows[0] == ["Equipment usage"]
    assert rows[1] == ["Period", "2026-03-02", "2026-03-08"]
    figures = {r[0]: r[1] for r in rows if len(r) == 2}
    assert figures["Booked hours"] == "3.5"  # 2 h used + 1.5 h still booked
    # No space, so open all day, from its registration on Monday 09:00: 7 x 24 - 9 hours.
    assert figures["Open hours"] == "159.0"
    assert figures["Bookings"] == "2" and figures["No-shows"] == "0"
    assert ["Printer 1", "3DP-1", "3D printers", "", "2", "3.5", "159.0", "2.2", "0"] in rows


def test_reach_report_as_pdf_hides_small_numbers(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "reach.pdf"
    result = run("--db", str(filled), "report", "reach", "--from", "2026-03-02",
                 "--to", "2026-03-08", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        return
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Riverside Library" in text and "Reach" in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert any("26 to 64 <5" in line for line in lines)  # one participant, aged 35
    assert not any(line.endswith("26 to 64 1") for line in lines)


def test_workshops_report_with_no_workshops(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "workshops.csv"
    result = run("--db", str(filled), "report", "workshops", "--from", "2026-03-02",
                 "--to", "2026-03-08", "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = read_csv(out)
    assert rows[0] == ["Workshops"]
    assert ["Total", "", "0", "0", "0", "0", "0", "0", "", "0", ""] in rows


@pytest.mark.parametrize("args, code, words", [
    (["usage", "--from", "2026-03-02", "--to", "2026-03-08", "--out", "usage.xlsx"], 1,
     ".pdf or .csv"),
    (["usage", "--from", "2026-03-08", "--to", "2026-03-02", "--out", "usage.csv"], 1,
     "before its first day"),
    (["reach", "--from", "2026-02-30", "--to", "2026-03-08", "--out", "reach.csv"], 2,
     "YYYY-MM-DD"),
    (["reach", "--from", "yesterday", "--to", "2026-03-08", "--out", "reach.csv"], 2,
     "YYYY-MM-DD"),
    (["money", "--from", "2026-03-02", "--to", "2026-03-08", "--out", "x.csv"], 2,
     "invalid choice"),
    (["usage", "--from", "2026-03-02", "--to", "2026-03-08"], 2, "--out"),
])
def test_mistakes_are_one_clear_line_and_write_nothing(
    filled: Path, tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    args = [str(tmp_path / a) if a.endswith((".csv", ".xlsx")) else a for a in args]
    result = run("--db", str(filled), "report", *args)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert words in result.stderr
    if code == 1:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert list(tmp_path.iterdir()) == []
