"""The command line as a user runs it: real processes, real files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "makerspace_app", *args],
        capture_output=True, text=True, env=env, timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("makerspace-app ")


def test_upgrade_check_backup_restore_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    assert run("--db", str(db), "db", "upgrade").returncode == 0
    check = run("--db", str(db), "db", "check")
    assert check.returncode == 0, check.stderr
    assert "is sound" in check.stdout

    # Something to recognise, written after the backup and gone after the restore.
    import sqlite3
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO settings (key, value, updated_at) VALUES "
                 "('organisation.name', '\"Before\"', '2026-01-01 00:00:00.000000')")
    conn.commit()
    conn.close()
    backup = tmp_path / "copy.db"
    made = run("--db", str(db), "db", "backup", str(backup))
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(db)
    conn.execute("UPDATE settings SET value = '\"After\"'")
    conn.commit()
    conn.close()

    restored = run("db", "restore", str(backup), "--db", str(db))
    assert restored.returncode == 0, restored.stderr
    assert "saved first as" in restored.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM settings").fetchone() == ('"Before"',)
    conn.close()
    assert run("--db", str(db), "db", "check").returncode == 0


@pytest.mark.parametrize("command", [["db", "check"], ["db", "upgrade"], ["demo"], ["db", "backup", "x.db"]])
def test_a_file_that_is_not_a_database_gives_one_line_and_is_unchanged(
    tmp_path: Path, command: list[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list: filament, solder, felt\n" * 20)
    before = digest(notes)
    result = run("--db", str(notes), *command)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "not a Makerspace database" in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert digest(notes) == before


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    run("--db", str(db), "db", "upgrade")
    before = digest(db)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    result = run("--db", str(db), "db", "restore", str(bad))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert digest(db) == before


def test_usage_errors_exit_2() -> None:
    assert run("db", "frobnicate").returncode == 2
    assert run("demo", "--size", "huge").returncode == 2


def test_unreachable_server_is_one_clear_line() -> None:
    result = run("--db", "postgresql+psycopg://nobody@127.0.0.1:1/makerspace", "db", "upgrade")
    assert result.returncode == 1
    assert "Cannot reach the database server" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_makerspace_db_environment_variable_picks_the_database(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = run("db", "upgrade", env_extra={"MAKERSPACE_DB": str(db)})
    assert result.returncode == 0
    assert db.exists()


def test_headless_commands_never_load_qt(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    code = (
        "import sys\n"
        "from makerspace_app.cli import main\n"
        f"assert main(['--db', {str(db)!r}, 'db', 'upgrade']) == 0\n"
        f"assert main(['--db', {str(db)!r}, 'db', 'check']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.pg
def test_cli_against_postgresql(pg_server) -> None:
    url = pg_server.create_database("cli_check")
    up = run("--db", url, "db", "upgrade")
    assert up.returncode == 0, up.stderr
    check = run("--db", url, "db", "check")
    assert check.returncode == 0, check.stderr
    backup = run("--db", url, "db", "backup", "/tmp/never.db")
    assert backup.returncode == 1
    assert "pg_dump" in backup.stderr


def test_audit_export_writes_an_excel_csv_and_refuses_a_backwards_period(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    home = {"MAKERSPACE_HOME": str(tmp_path / "home")}
    assert run("--db", str(db), "db", "upgrade", env_extra=home).returncode == 0
    out = tmp_path / "audit.csv"
    done = run("--db", str(db), "audit", "export", str(out), env_extra=home)
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    header = data.decode("utf-8-sig").splitlines()[0].lower()
    assert "action" in header
    refused = run("--db", str(db), "audit", "export", str(tmp_path / "x.csv"),
                  "--from", "2026-05-02", "--to", "2026-05-01", env_extra=home)
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    assert not (tmp_path / "x.csv").exists()
