"""CSV import and export of equipment and bookings: all rows or none, every bad row reported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from makerspace_app.domain.enums import EquipmentStatus
from makerspace_app.domain.errors import DomainError
from makerspace_app.persistence.models import Booking, Equipment
from makerspace_app.services import transfer
from makerspace_app.services.csv_io import ImportRefused

from worlds import World  # noqa: E402


@pytest.fixture
def world(db, uow_factory) -> World:
    return World(db, uow_factory)


def _count(db, model) -> int:
    with db.session(read_only=True) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_equipment_export_reimports_losslessly(world, tmp_path: Path) -> None:
    first = tmp_path / "equipment.csv"
    with world.uow() as uow:
        assert transfer.export_equipment(uow, first) == 3
    raw = first.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the byte-order mark
    with world.uow() as uow:
        report = transfer.import_equipment(uow, first)
    assert (report.created, report.updated) == (0, 3)
    second = tmp_path / "again.csv"
    with world.uow() as uow:
        transfer.export_equipment(uow, second)
    assert second.read_bytes() == raw


def test_equipment_import_creates_updates_and_refuses_bad_rows_whole(world, tmp_path: Path) -> None:
    good = ("asset_tag,name,category,space,serial_number,status,notes\r\n"
            "LAS-3,Laser 3,Laser cutters,Makerspace,SN-3,available,new\r\n"
            "3DP-1,Prusa One,3D printers,Makerspace,,out_of_service,\r\n")
    with world.uow() as uow:
        report = transfer.import_equipment(uow, good)
    assert (report.created, report.updated) == (1, 1)
    with world.db.session(read_only=True) as s:
        assert s.scalar(select(Equipment.status).where(Equipment.asset_tag == "3DP-1")) is \
            EquipmentStatus.OUT_OF_SERVICE
    bad = ("asset_tag,name,category\n"
           "LAS-4,Laser 4,Laser cutters\n"
           ",No tag,Laser cutters\n"
           "XYZ-1,Mystery,Time machines\n")
    with pytest.raises(ImportRefused) as refused, world.uow() as uow:
        transfer.import_equipment(uow, bad)
    assert [line for line, _ in refused.value.errors] == [3, 4]
    assert "asset tag" in refused.value.errors[0][1]
    assert "Time machines" in refused.value.errors[1][1]
    # Each reason is also kept whole (template and values) for a window to translate; the
    # English sentences above, which the command line prints, are the same refusals.
    problems = refused.value.problems
    assert [line for line, _ in problems] == [3, 4]
    assert all(isinstance(problem, DomainError) for _, problem in problems)
    assert problems[1][1].template == "unknown category “{name}” (known: {known})"
    assert problems[1][1].params["name"] == "Time machines"
    assert [(line, p.message) for line, p in problems] == list(refused.value.errors)
    assert _count(world.db, Equipment) == 4  # LAS-4 was not imported either


def test_bookings_import_checks_every_rule_and_the_rows_before(world, tmp_path: Path) -> None:
    csv_text = ("asset_tag,badge_code,start,end\n"
                "3DP-1,AMARA001,2026-03-03T10:00,2026-03-03T11:00\n"
                "3DP-1,ben00002,2026-03-03T10:30,2026-03-03T11:30\n"   # overlaps the row above
                "LAS-1,BEN00002,2026-03-04T10:00,2026-03-04T11:00\n"   # expired certification
                "LAS-1,AMARA001,2026-03-08T10:00,2026-03-08T11:00\n"   # Sunday: closed
                "NOPE,AMARA001,2026-03-04T10:00,2026-03-04T11:00\n"
                "3DP-1,AMARA001,tomorrow,2026-03-04T11:00\n")
    with pytest.raises(ImportRefused) as refused, world.uow() as uow:
        transfer.import_bookings(uow, csv_text)
    lines = dict(refused.value.errors)
    assert sorted(lines) == [3, 4, 5, 6, 7]
    assert "booked 10:00–11:00" in lines[3]
    assert "certification" in lines[4]
    assert "opening hours" in lines[5]
    assert "NOPE" in lines[6]
    assert "tomorrow" in lines[7]
    assert _count(world.db, Booking) == 0


def test_bookings_dry_run_writes_nothing_and_export_round_trips(world, tmp_path: Path) -> None:
    csv_text = ("\ufeffasset_tag,badge_code,start,end\r\n"
                "3DP-1,AMARA001,2026-03-03T10:00,2026-03-03T11:00\r\n"
                "LAS-1,AMARA001,2026-03-03T10:00:00+00:00,2026-03-03T11:00:00+00:00\r\n")
    with world.uow() as uow:
        report = transfer.import_bookings(uow, csv_text, dry_run=True)
    assert report.created == 2 and report.dry_run
    assert _count(world.db, Booking) == 0
    with world.uow() as uow:
        transfer.import_bookings(uow, csv_text)
    out = tmp_path / "bookings.csv"
    with world.uow() as uow:
        assert transfer.export_bookings(uow, out) == 2
    # Re-importing the export into a copy without those bookings recreates the same rows.
    with world.db.session() as s:
        s.execute(Booking.__table__.delete())
    with world.uow() as uow:
        assert transfer.import_bookings(uow, out).created == 2
    again = tmp_path / "again.csv"
    with world.uow() as uow:
        transfer.export_bookings(uow, again)
    assert again.read_bytes() == out.read_bytes()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "makerspace_app", *args], capture_output=True,
                          text=True, timeout=120)


def test_cli_import_reports_every_bad_row_and_exits_1(sqlite_db, tmp_path: Path) -> None:
    path = sqlite_db.location.sqlite_path
    sqlite_db.dispose()
    csv_file = tmp_path / "eq.csv"
    csv_file.write_text("asset_tag,name,category\nA-1,Thing,Nope\nA-2,,Nope\n", encoding="utf-8")
    result = _cli("--db", str(path), "import", "equipment", str(csv_file))
    assert result.returncode == 1
    assert f"{csv_file}:2:" in result.stderr and f"{csv_file}:3:" in result.stderr
    assert "nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
    out = tmp_path / "out.csv"
    exported = _cli("--db", str(path), "export", "equipment", str(out))
    assert exported.returncode == 0 and out.exists()
