"""The audit log: coordinators read, filter and export it; it never holds a password or an
erased participant's data; headless commands are recorded as the OS user — on SQLite and
PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import getpass
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import PermissionDenied, ValidationError
from makerspace_app.persistence.models import AuditEvent
from makerspace_app.services import audit, participants, privacy, settings, staff
from makerspace_app.services.audit import AuditFilter
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work

UTC = dt.UTC
DAY1 = dt.datetime(2026, 3, 9, 22, 30, tzinfo=UTC)  # 23:30 on 9 March in Madrid
DAY2 = dt.datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
DAY3 = dt.datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


@pytest.fixture
def work(db):
    def make(actor: Actor | None = None, now: dt.datetime = DAY2, read_only: bool = False):
        return unit_of_work(db, actor or Actor.system(), read_only=read_only, clock=lambda: now)

    return make


@pytest.fixture
def people(work) -> dict[str, Actor]:
    """An admin, a coordinator and a front-desk account; a few changes on three days."""
    with work(now=DAY1) as uow:
        settings.set_many(uow, {"organisation.timezone": "Europe/Madrid"})
        admin = staff.create_first_admin(uow, "amira", "Amira Haddad", "correct horse battery")
    boss = Actor("amira", StaffRole.ADMIN, admin.id)
    with work(boss, now=DAY1) as uow:
        coord = staff.create_staff(uow, "kofi", "Kofi Mensah", StaffRole.COORDINATOR,
                                   password="another long one")
        desk = staff.create_staff(uow, "li", "Li Wei", StaffRole.FRONT_DESK, pin="482193")
    desk_actor = Actor("li", StaffRole.FRONT_DESK, desk.id)
    with work(desk_actor, now=DAY2) as uow:
        participants.register_participant(uow, ParticipantInput(given_name="Ana", family_name="Silva",
                                                                  age_band="26_64"))
    with work(boss, now=DAY3) as uow:
        settings.set_many(uow, {"bookings.no_show_minutes": 20})
    return {"admin": boss, "coordinator": Actor("kofi", StaffRole.COORDINATOR, coord.id),
            "desk": desk_actor}


def test_coordinators_read_the_log_newest_first_with_staff_names(work, people) -> None:
    with work(people["coordinator"], read_only=True) as uow:
        page = audit.list_events(uow)
    assert page.total == len(page.rows) == 6
    assert [r.at for r in page.rows] == sorted((r.at for r in page.rows), reverse=True)
    newest = page.rows[0]
    assert (newest.action, newest.entity, newest.staff_name) == ("update", "setting", "Amira Haddad")
    assert newest.details == {"key": "bookings.no_show_minutes", "value": 20}
    assert "bookings.no_show_minutes" in newest.details_text()
    created = next(r for r in page.rows if r.entity == "participant")
    assert created.staff_name == "Li Wei" and created.actor == "li"


@pytest.mark.parametrize("role", ["desk"])
def test_below_coordinator_the_log_is_refused(work, people, role) -> None:
    for call in (lambda u: audit.list_events(u), audit.choices,
                 lambda u: audit.export_csv(u, Path("never.csv"))):
        with pytest.raises(PermissionDenied, match="coordinator"), work(people[role]) as uow:
            call(uow)
    leader = Actor("lee", StaffRole.WORKSHOP_LEADER, None)
    with pytest.raises(PermissionDenied), work(leader, read_only=True) as uow:
        audit.list_events(uow)
    assert not Path("never.csv").exists()


def test_filters_by_days_in_the_makerspace_time_zone_staff_action_and_record(work, people) -> None:
    def shown(**kw) -> list[tuple[str, str]]:
        with work(people["coordinator"], read_only=True) as uow:
            return [(r.action, r.entity) for r in audit.list_events(uow, AuditFilter(**kw)).rows]

    # 22:30 UTC on 9 March is still 9 March in Madrid: the first day holds the set-up.
    assert len(shown(first_day=dt.date(2026, 3, 9), last_day=dt.date(2026, 3, 9))) == 4
    assert shown(first_day=dt.date(2026, 3, 10), last_day=dt.date(2026, 3, 10)) == [
        ("create", "participant")]
    assert shown(first_day=dt.date(2026, 3, 11)) == [("update", "setting")]
    assert shown(last_day=dt.date(2026, 3, 8)) == []
    assert shown(actor="li") == [("create", "participant")]
    assert len(shown(actor="amira")) == 3
    assert shown(action="create", entity="staff") == [("create", "staff")] * 3
    with work(people["coordinator"], read_only=True) as uow:
        staff_id = next(r.entity_id for r in audit.list_events(uow).rows if r.entity == "staff")
        one = audit.list_events(uow, AuditFilter(entity="staff", entity_id=staff_id)).rows
        assert [r.entity_id for r in one] == [staff_id]
        choices = audit.choices(uow)
    assert ("li", "Li Wei") in choices.actors
    assert {"create", "update"} <= set(choices.actions)
    assert {"participant", "setting", "staff"} <= set(choices.entities)


@pytest.mark.parametrize(
    ("filt", "says"),
    [
        (AuditFilter(first_day=dt.date(2026, 3, 12), last_day=dt.date(2026, 3, 1)), "Swap them"),
        (AuditFilter(entity_id=0), "whole number"),
        (AuditFilter(entity_id=True), "whole number"),
        (AuditFilter(actor="x" * 500), "too long"),
        (AuditFilter(action=3), "must be text"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_filter_is_refused_with_a_reason(work, people, filt, says) -> None:
    with pytest.raises(ValidationError, match=says), work(people["coordinator"]) as uow:
        audit.list_events(uow, filt)


def test_export_writes_utf8_with_bom_and_is_itself_audited(work, people, tmp_path) -> None:
    out = tmp_path / "audit.csv"
    with work(people["coordinator"], now=DAY3) as uow:
        count = audit.export_csv(uow, out, AuditFilter(entity="participant"))
    assert count == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert list(rows[0]) == list(audit.CSV_HEADER)
    assert rows[0]["staff"] == "Li Wei" and rows[0]["record"] == "participant"
    assert rows[0]["when_local"].endswith("+01:00")  # Madrid in March
    assert json.loads(rows[0]["details"])["fields"]
    with work(people["coordinator"], read_only=True) as uow:
        last = audit.list_events(uow, AuditFilter(action="export")).rows
    assert [(r.entity, r.actor, r.details["rows"]) for r in last] == [("audit_log", "kofi", 1)]
    with pytest.raises(ValidationError, match="folder"), work(people["coordinator"]) as uow:
        audit.export_csv(uow, tmp_path)


def test_headless_commands_are_recorded_as_the_os_user(work) -> None:
    with work() as uow:  # what every CLI command uses
        settings.set_many(uow, {"organisation.name": "Riverside"})
    with work(read_only=True) as uow:
        rows = audit.list_events(uow).rows
    assert [r.actor for r in rows] == [f"system:{getpass.getuser()}"]
    assert rows[0].staff_name == f"system:{getpass.getuser()}"


def _all_audit_text(work) -> str:
    with work(read_only=True) as uow:
        events = uow.session.execute(select(AuditEvent.actor, AuditEvent.details)).all()
    return json.dumps([[a, d] for a, d in events], ensure_ascii=False, default=str)


def test_no_password_or_pin_ever_enters_the_audit_log(work, people) -> None:
    text = _all_audit_text(work)
    for secret in ("correct horse battery", "another long one", "482193", "$argon2"):
        assert secret not in text


def test_an_erased_participants_data_is_not_in_the_audit_log(work, people) -> None:
    data = ParticipantInput(given_name="Zuzanna", family_name="Wójcikowska",
                            email="zuzanna.w@example.org", phone="+48 601 234 567",
                            address="ul. Długa 12, Gdańsk", notes="allergic to resin",
                            date_of_birth=dt.date(1990, 4, 2))
    with work(people["desk"]) as uow:
        person = participants.register_participant(uow, data)
    with work(people["desk"]) as uow:
        participants.update_participant(
            uow, person.id, ParticipantInput(**{**data.__dict__, "phone": "+48 601 999 000"}))
    with work(people["coordinator"]) as uow:
        privacy.export_participant_data(uow, person.id)
        privacy.erase_participant(uow, person.id)
    text = _all_audit_text(work)
    for personal in ("Zuzanna", "Wójcikowska", "zuzanna.w@example.org", "601", "Długa",
                     "resin", "1990-04-02"):
        assert personal not in text
    with work(read_only=True) as uow:
        erased = uow.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "erase", AuditEvent.entity_id == person.id))
    assert erased == 1


def test_a_real_command_line_run_is_recorded_as_the_os_user(tmp_path) -> None:
    """``makerspace-app import equipment`` end to end: its changes carry system:<os user>."""
    from makerspace_app import cli
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services.database import open_database

    path = tmp_path / "cli.db"
    db = open_database(parse_location(str(path)))
    with unit_of_work(db, Actor.system()) as uow:
        from makerspace_app.services import equipment

        equipment.save_category(uow, "Saws")
    db.dispose()
    source = tmp_path / "items.csv"
    source.write_text("asset_tag,name,category\nEQ-1,Band saw,Saws\n", encoding="utf-8")
    assert cli.main(["--db", str(path), "import", "equipment", str(source)]) == 0
    db = open_database(parse_location(str(path)))
    try:
        with unit_of_work(db, Actor.system(), read_only=True) as uow:
            rows = audit.list_events(uow, AuditFilter(entity="equipment")).rows
    finally:
        db.dispose()
    assert rows and {r.actor for r in rows} == {f"system:{getpass.getuser()}"}
