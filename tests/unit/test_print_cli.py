"""``makerspace-app print badges|certificates`` and ``makerspace-app verify`` as a user runs
them: real processes on a SQLite file filled through the services."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from makerspace_app.persistence.engine import parse_location
from makerspace_app.persistence.models import AuditEvent, IssuedCredential
from makerspace_app.services import attendance, participants, settings, workshops
from makerspace_app.services.database import open_database
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.services.workshops import WorkshopInput

LONDON = ZoneInfo("Europe/London")


def local(day: str, hhmm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=LONDON)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "makerspace_app", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=180, check=False)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, list[str]]:
    """A two-session workshop: Amara (Arabic name) came to both, Bo to one."""
    path = tmp_path_factory.mktemp("print") / "desk.db"
    db = open_database(parse_location(str(path)))
    monday = local("2026-03-02", "09:00")
    try:
        with unit_of_work(db, Actor.system(), clock=lambda: monday) as uow:
            settings.set_many(uow, {"organisation.timezone": "Europe/London",
                                    "organisation.name": "Riverside Library"})
            people = [participants.register_participant(uow, ParticipantInput(
                given_name=given, family_name=family, date_of_birth=dt.date(1990, 5, 1)))
                for given, family in (("أمارة", "أوكافور"), ("Bo", "Berg"))]
            ws = workshops.create_workshop(uow, WorkshopInput(title="Laser cutter safety",
                                                              capacity=10))
            sessions = [workshops.add_session(uow, ws.id, local(d, "18:00"), local(d, "20:00"))
                        for d in ("2026-03-03", "2026-03-10")]
            for p in people:
                workshops.enrol(uow, ws.id, p.id)
        with unit_of_work(db, Actor.system(), clock=lambda: local("2026-03-10", "20:00")) as uow:
            for s in sessions:
                attendance.mark_present(uow, s.id, people[0].id)
            attendance.mark_present(uow, sessions[0].id, people[1].id)
    finally:
        db.dispose()
    return path, ws.id, [p.badge_code for p in people]


def records(path: Path) -> int:
    db = open_database(parse_location(str(path)))
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(IssuedCredential))
    finally:
        db.dispose()


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_certificates_then_verify_then_revoke(filled, tmp_path: Path) -> None:
    path, workshop_id, _codes = filled
    out = tmp_path / "certs.pdf"
    result = run("--db", str(path), "print", "certificates", "--workshop", str(workshop_id),
                 "--out", str(out), "--design", "playful")
    assert result.returncode == 0, result.stderr
    assert "1 certificate(s) written" in result.stdout and "1 new" in result.stdout
    assert "Bo Berg: Attended 1 of 2 sessions; 2 are needed to complete (1 more)." \
        in result.stdout
    serial_line = next(line for line in result.stdout.splitlines() if line.startswith("  C-"))
    serial, code = serial_line.split()[:2]
    text = pdf_text(out)
    assert "Laser cutter safety" in text and serial in text and code in text

    genuine = run("--db", str(path), "verify", code.lower())
    assert genuine.returncode == 0, genuine.stderr
    assert genuine.stdout.startswith("Genuine:")
    assert "أمارة أوكافور" in genuine.stdout and "Laser cutter safety" in genuine.stdout
    assert "Riverside Library" in genuine.stdout

    mistyped = run("--db", str(path), "verify", code[:-1])
    assert mistyped.returncode == 1 and mistyped.stdout == ""
    assert len(mistyped.stderr.strip().splitlines()) == 1
    assert "is not a verification code" in mistyped.stderr
    forged_code = code[:15] + ("Z" if code[15] != "Z" else "Y") + code[16:]
    forged = run("--db", str(path), "verify", forged_code)
    assert forged.returncode == 1 and "Traceback" not in forged.stderr
    assert len(forged.stderr.strip().splitlines()) == 1

    # Revoke through the service (a coordinator's action), then verify says so.
    db = open_database(parse_location(str(path)))
    try:
        from makerspace_app.services import credentials

        with unit_of_work(db, Actor.system()) as uow:
            cid = uow.session.scalar(select(IssuedCredential.id).where(
                IssuedCredential.serial == serial))
            credentials.revoke(uow, cid, "issued to the wrong person")
    finally:
        db.dispose()
    revoked = run("--db", str(path), "verify", code)
    assert revoked.returncode == 1
    assert "REVOKED" in revoked.stderr and "issued to the wrong person" in revoked.stderr
    assert len(revoked.stderr.strip().splitlines()) == 1


def test_badges_by_code_are_recorded_and_audited_as_the_os_user(filled, tmp_path: Path) -> None:
    path, _workshop_id, codes = filled
    before = records(path)
    out = tmp_path / "badges.pdf"
    result = run("--db", str(path), "print", "badges", "--participant", *codes,
                 "--layout", "avery-l7418", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 badge(s) on 1 page(s)" in result.stdout
    assert records(path) == before + 2
    text = pdf_text(out)
    assert "Bo Berg" in text and codes[1] in text
    db = open_database(parse_location(str(path)))
    try:
        with db.session() as s:
            actor = s.scalar(select(AuditEvent.actor).where(
                AuditEvent.action == "issue", AuditEvent.entity == "credential")
                .order_by(AuditEvent.id.desc()))
    finally:
        db.dispose()
    assert actor.startswith("system:")


@pytest.mark.parametrize("args, code, words", [
    (["badges", "--participant", "NOPE0000", "--layout", "cr80", "--out", "b.pdf"], 1,
     "NOPE0000"),
    (["badges", "--all", "--layout", "a5", "--out", "b.pdf"], 2, "invalid choice"),
    (["badges", "--all", "--workshop", "1", "--layout", "cr80", "--out", "b.pdf"], 2,
     "not allowed with"),
    (["badges", "--all", "--layout", "cr80", "--out", "b.png"], 1, "must end in .pdf"),
    (["certificates", "--workshop", "999", "--out", "c.pdf"], 1, "999"),
    (["certificates", "--workshop", "1", "--out", "nowhere/c.pdf"], 1, "does not exist"),
])
def test_mistakes_are_one_clear_line_and_record_nothing(
    filled, tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    path = filled[0]
    before = records(path)
    args = [str(tmp_path / a) if a.endswith((".pdf", ".png")) else a for a in args]
    result = run("--db", str(path), "print", *args)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert words in result.stderr
    if code == 1:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert list(tmp_path.iterdir()) == []
    assert records(path) == before


def test_print_and_verify_never_load_qt(filled, tmp_path: Path) -> None:
    path = filled[0]
    script = (
        "import sys\n"
        "from makerspace_app import cli\n"
        f"rc = cli.main(['--db', {str(path)!r}, 'print', 'badges', '--all', '--layout', "
        f"'cr80', '--out', {str(tmp_path / 'all.pdf')!r}])\n"
        f"rc2 = cli.main(['--db', {str(path)!r}, 'verify', 'ABCDE'])\n"
        "print(rc, rc2, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=dict(os.environ), timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 1 []"
