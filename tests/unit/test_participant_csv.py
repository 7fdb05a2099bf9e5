"""Participants to and from CSV, on SQLite and PostgreSQL: lossless round trip, all-or-nothing
import with every bad row reported by line, updates by badge code, guardians by badge code;
and the command line's ``import participants`` / ``export participants``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from makerspace_app.domain.enums import AgeBand, StaffRole
from makerspace_app.domain.errors import PermissionDenied
from makerspace_app.persistence.engine import parse_location
from makerspace_app.persistence.models import AuditEvent, Participant
from makerspace_app.services import participant_csv, participants, privacy
from makerspace_app.services.csv_io import ImportRefused
from makerspace_app.services.database import open_database
from makerspace_app.services.participant_csv import COLUMNS
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
HEADER = ",".join(COLUMNS)
_names = itertools.count()


def _work(db):
    def make(now: dt.datetime = NOW, actor: Actor | None = None, read_only: bool = False):
        return unit_of_work(db, actor or Actor.system(), read_only=read_only, clock=lambda: now)

    return make


@pytest.fixture
def work(db):
    return _work(db)


@pytest.fixture
def empty_db(request, db, tmp_path: Path):
    """A second empty, migrated database of the same kind as ``db``."""
    if db.dialect == "sqlite":
        path = tmp_path / "second" / "makerspace.db"
        path.parent.mkdir()
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        second = open_database(parse_location(str(path)))
        yield second
        second.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = f"csv{os.getpid()}_{next(_names)}"
    second = open_database(parse_location(
        server.create_database(name, template=request.getfixturevalue("pg_template"))))
    yield second
    second.dispose()
    server.drop_database(name)


def export(work, path: Path) -> bytes:
    with work() as uow:
        participant_csv.export_participants_csv(uow, path)
    return path.read_bytes()


def refused_rows(work, source) -> dict[int, str]:
    """The (line → reason) of an import that must be refused."""
    with pytest.raises(ImportRefused) as refused, work() as uow:
        participant_csv.import_participants_csv(uow, source)
    return dict(refused.value.errors)


def count(work) -> int:
    with work(read_only=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(Participant))


def csv_text(*rows: str, header: str = HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


def row(**cells: str) -> str:
    """One CSV line with the given cells (quoted as needed) in the standard columns."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([cells.get(c, "") for c in COLUMNS])
    return out.getvalue().removesuffix("\r\n")


def test_export_then_import_into_an_empty_database_is_lossless(work, empty_db, tmp_path) -> None:
    with work() as uow:
        parent = participants.register_participant(uow, ParticipantInput(
            given_name="Amélie", family_name="Dupont, \"Didi\"", preferred_name="=Ami",
            pronouns="she/her", date_of_birth=dt.date(1984, 2, 29), email="ami@example.org",
            phone="+33 1 23 45 67 89", address="1 rue de la Paix\nParis", languages=("fr", "ar"),
            preferred_language="fr", accessibility_tags=("quiet_space", "large_print"),
            accessibility_notes="-", notes="kept out of the file"))
        participants.register_participant(uow, ParticipantInput(
            given_name="Lina", family_name="محمد عبد الله", date_of_birth=dt.date(2016, 7, 1),
            guardian_participant_id=parent.id))
        participants.register_participant(uow, ParticipantInput(
            given_name="王", family_name="小明", age_band=AgeBand.UNDER_12,
            guardian_name="@Wang Li", guardian_contact="wang@example.org"))
        gone = participants.register_participant(uow, ParticipantInput(
            given_name="Erased", family_name="Person", age_band="65_plus"))
        privacy.erase_participant(uow, gone.id)
    exported = export(work, tmp_path / "first.csv")
    assert exported.startswith(b"\xef\xbb\xbfbadge_code,given_name,")
    lines = exported.decode("utf-8-sig").split("\r\n")
    assert len(lines) == 1 + 3 + 1  # header, three people, "" (the address keeps its own \n)
    assert "'=Ami" in lines[1] and "'+33 1 23" in lines[1] and "'@Wang Li" in exported.decode(
        "utf-8-sig")
    assert b"Erased" not in exported

    second = _work(empty_db)
    with second() as uow:
        report = participant_csv.import_participants_csv(uow, tmp_path / "first.csv")
    assert (report.created, report.updated, report.errors) == (3, 0, ())
    assert export(second, tmp_path / "second.csv") == exported
    with second(read_only=True) as uow:
        back = participants.find_by_badge_code(uow, parent.badge_code)
        assert back.preferred_name == "=Ami" and back.address == "1 rue de la Paix\nParis"
        child = participants.search_participants(uow, "عبد")[0]
        assert participants.get_participant(uow, child.id).guardian_participant_id == back.id
        assert participants.search_participants(uow, "amelie dupont")[0].id == back.id


def test_bom_and_line_ends_do_not_matter(work, tmp_path: Path) -> None:
    text = csv_text(
        row(given_name="José", family_name="García", age_band="26_64"),
        row(given_name="Zoë", family_name="Okafor", date_of_birth="2010-04-30",
            guardian_name="Ada Okafor", guardian_contact="555 0101"),
    )
    variants = {
        "str LF": text,
        "bytes LF": text.encode("utf-8"),
        "bytes BOM CRLF": text.replace("\n", "\r\n").encode("utf-8-sig"),
        "str BOM CRLF": "\ufeff" + text.replace("\n", "\r\n"),
    }
    file = tmp_path / "people.csv"
    file.write_bytes(variants["bytes BOM CRLF"])
    variants["path"] = file
    with work() as uow:
        for name, source in variants.items():
            report = participant_csv.import_participants_csv(uow, source, dry_run=True)
            assert (report.created, report.updated, report.dry_run) == (2, 0, True), name
        report = participant_csv.import_participants_csv(uow, file)
    assert report.created == 2 and count(work) == 2
    with work(read_only=True) as uow:
        zoe = participants.search_participants(uow, "zoe")[0]
        assert zoe.age == 15 and zoe.display_name == "Zoë Okafor"
    exported = tmp_path / "out" / "export.csv"
    exported.parent.mkdir()
    with work() as uow:
        assert participant_csv.export_participants_csv(uow, exported) == 2
    assert exported.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r\n" in exported.read_bytes()


def test_every_bad_row_is_reported_and_nothing_is_imported(work) -> None:
    with work() as uow:
        adult = participants.register_participant(uow, ParticipantInput(
            given_name="Ada", family_name="Okafor", age_band="26_64"))
        child = participants.register_participant(uow, ParticipantInput(
            given_name="Kid", family_name="Okafor", age_band="under_12",
            guardian_participant_id=adult.id))
    text = csv_text(
        row(badge_code="7KQ2M9XD", given_name="Good", family_name="Row", age_band="26_64"),  # 2
        row(given_name="Bad", family_name="Email", age_band="26_64", email="nope"),  # 3
        row(given_name="Multi", family_name="Line", age_band="26_64",
            address="line one\nline two"),  # 4-5: fine
        row(given_name="Bad", family_name="Date", date_of_birth="30/04/2012"),  # 6
        row(given_name="Lonely", family_name="Minor", age_band="12_17"),  # 7
        row(given_name="Unknown", family_name="Guardian", age_band="under_12",
            guardian_badge_code="ZZZZZZZZ"),  # 8
        row(badge_code="7kq2-m9xd", given_name="Same", family_name="Code", age_band="26_64"),  # 9
        row(badge_code="ABC-123", given_name="Odd", family_name="Code", age_band="26_64"),  # 10
        row(given_name="Young", family_name="Guardian", age_band="under_12",
            guardian_badge_code=child.badge_code),  # 11
        row(given_name="No", family_name="Age"),  # 12
        "Too,many,cells," + ",".join([""] * len(COLUMNS)),  # 13
        "",  # 14: blank lines are skipped
        row(given_name="Band", family_name="Mismatch", date_of_birth="2000-01-01",
            age_band="under_12"),  # 15
        row(given_name="Tag", family_name="Unknown", age_band="26_64",
            accessibility_tags="large_print;jetpack"),  # 16
        row(given_name="Both", family_name="Guardians", age_band="under_12",
            guardian_badge_code=adult.badge_code, guardian_name="X", guardian_contact="555 0101"),  # 17
    )
    says = refused_rows(work, text)
    assert list(says) == [3, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17]
    assert "e-mail address" in says[3]
    assert "year-month-day" in says[6]
    assert "needs a guardian" in says[7]
    assert "No participant has the badge code ZZZZZZZZ" in says[8]
    assert "already used on line 2" in says[9]
    assert "not a badge code" in says[10]
    assert "Kid Okafor cannot be the guardian" in says[11]
    assert "date of birth or choose an age band" in says[12]
    assert "cells" in says[13]
    assert "not in the age band" in says[15]
    assert "jetpack" in says[16]
    assert "not both" in says[17]
    assert count(work) == 2
    with work() as uow, pytest.raises(ImportRefused):  # a dry run reports the same
        participant_csv.import_participants_csv(uow, text, dry_run=True)


def test_rows_update_by_badge_code_create_with_given_or_fresh_codes(work) -> None:
    with work() as uow:
        ada = participants.register_participant(uow, ParticipantInput(
            given_name="Ada", family_name="Okafor", age_band="26_64", phone="555 0101",
            notes="Allergic to nothing"))
    header = "Badge_Code , given_name,family_name,email,age_band"
    text = csv_text(
        f"{ada.badge_code[:4].lower()}-{ada.badge_code[4:]},Ada,Okafor-Bello,ada@example.org,26_64",
        "7KQ2M9XD,Ben,Okafor,,18_25",
        ",Chi,Okafor,,65_plus",
        header=header,
    )
    with work() as uow:
        dry = participant_csv.import_participants_csv(uow, text, dry_run=True)
        assert (dry.created, dry.updated, dry.dry_run) == (2, 1, True)
    assert count(work) == 1
    with work() as uow:
        report = participant_csv.import_participants_csv(uow, text)
    assert (report.created, report.updated) == (2, 1)
    with work(read_only=True) as uow:
        updated = participants.get_participant(uow, ada.id)
        assert updated.family_name == "Okafor-Bello" and updated.email == "ada@example.org"
        assert updated.phone == "555 0101" and updated.notes == "Allergic to nothing"  # kept
        assert participants.find_by_badge_code(uow, "7KQ2M9XD").given_name == "Ben"
        chi = participants.search_participants(uow, "chi")[0]
        assert chi.badge_code not in (ada.badge_code, "7KQ2M9XD")
        events = {(e.action, e.entity_id): e.details for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "participant"))}
        assert sorted(events[("update", ada.id)]["fields"]) == ["email", "family_name"]
        assert events[("update", ada.id)]["source"] == "csv"
        imported = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "import"))
        assert imported.details == {"created": 2, "updated": 1}
    # Importing the same file again changes nothing more.
    with work() as uow:
        again = participant_csv.import_participants_csv(
            uow, text.replace(",Chi,Okafor", f"{chi.badge_code},Chi,Okafor"))
    assert (again.created, again.updated) == (0, 3)


def test_guardians_by_badge_code_in_the_same_file(work) -> None:
    text = csv_text(
        row(given_name="Kid", family_name="Okafor", age_band="under_12",
            guardian_badge_code="7KQ2M9XD"),  # the guardian comes later in the file
        row(badge_code="7KQ2M9XD", given_name="Ada", family_name="Okafor",
            date_of_birth="1980-01-01"),
        row(badge_code="8KQ2M9XD", given_name="Teen", family_name="Okafor", age_band="12_17",
            guardian_badge_code="7KQ2M9XD"),
    )
    with work() as uow:
        report = participant_csv.import_participants_csv(uow, text)
    assert report.created == 3
    with work(read_only=True) as uow:
        ada = participants.find_by_badge_code(uow, "7KQ2M9XD")
        kid = participants.get_participant(uow, participants.search_participants(uow, "kid")[0].id)
        teen = participants.find_by_badge_code(uow, "8KQ2M9XD")
        assert kid.guardian_participant_id == ada.id == teen.guardian_participant_id
    bad = csv_text(
        row(badge_code="9KQ2M9XD", given_name="Self", family_name="Guard", age_band="under_12",
            guardian_badge_code="9KQ2M9XD"),
        row(given_name="Ward", family_name="OfTeen", age_band="under_12",
            guardian_badge_code="8KQ2M9XD"),
        row(given_name="Ward", family_name="OfBad", age_band="under_12",
            guardian_badge_code="9KQ2M9XD"),
    )
    says = refused_rows(work, bad)
    assert "own guardian" in says[2]
    assert "Teen Okafor cannot be the guardian" in says[3]
    assert "line 2" in says[4] and "Correct that row first" in says[4]


def test_file_level_problems(work) -> None:
    cases = [
        ("", 1, "The file is empty"),
        ("\n\n", 1, "The file is empty"),
        ("given_name,famly_name\nAda,Okafor\n", 1, "famly_name"),
        ("email,phone\nada@example.org,555\n", 1, "include given_name or family_name"),
        ("given_name,given_name\nAda,Ada\n", 1, "a column twice: given_name"),
        (b"given_name,age_band\nAda,26_64\nB\xe9a,26_64\n", 3, "not UTF-8"),
    ]
    for source, line, says in cases:
        errors = refused_rows(work, source)
        assert list(errors) == [line] and says in errors[line], source
    with work() as uow:  # a header alone imports nothing and is not an error
        assert participant_csv.import_participants_csv(uow, HEADER + "\r\n").created == 0
    assert count(work) == 0


def test_only_coordinators_move_participants_in_and_out(work, tmp_path: Path) -> None:
    desk = Actor("desk", StaffRole.FRONT_DESK)
    with work(actor=desk) as uow:
        with pytest.raises(PermissionDenied, match="export participants"):
            participant_csv.export_participants_csv(uow, tmp_path / "x.csv")
        with pytest.raises(PermissionDenied, match="import participants"):
            participant_csv.import_participants_csv(uow, csv_text(row(given_name="A",
                                                                      age_band="26_64")))
    assert not (tmp_path / "x.csv").exists()
    coordinator = Actor("coord", StaffRole.COORDINATOR)
    with work(actor=coordinator) as uow:
        assert participant_csv.import_participants_csv(
            uow, csv_text(row(given_name="A", age_band="26_64"))).created == 1


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "makerspace_app", *args], capture_output=True,
                          text=True, timeout=120)


def test_the_command_line_imports_and_exports_participants(sqlite_db, tmp_path: Path) -> None:
    path = str(sqlite_db.location.sqlite_path)
    sqlite_db.dispose()
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_text(row(given_name="Ada", age_band="26_64"),
                            row(given_name="Kid", age_band="under_12")), encoding="utf-8")
    refused = _cli("--db", path, "import", "participants", str(bad))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"{bad}:3: A participant under 18 needs a guardian" in refused.stderr
    good = tmp_path / "good.csv"
    good.write_text(csv_text(row(given_name="Ada", family_name="Okafor", age_band="26_64")),
                    encoding="utf-8")
    imported = _cli("--db", path, "import", "participants", str(good))
    assert imported.returncode == 0 and "1 new" in imported.stdout, imported.stderr
    out = tmp_path / "out.csv"
    exported = _cli("--db", path, "export", "participants", str(out))
    assert exported.returncode == 0, exported.stderr
    assert ",Ada,Okafor," in out.read_text(encoding="utf-8-sig")
