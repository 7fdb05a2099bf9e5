"""Bad input, generated: services driven with arbitrary strings, dates and numbers.

Whatever comes in, a service either does its work or refuses with a DomainError that has a
message, and a refused call leaves the database exactly as it was (every row of every table
compared). No other exception may escape. SQLite only, one database for the module, a
modest number of examples so the whole file runs in well under a minute.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import DatabaseProblem, DomainError
from makerspace_app.persistence.engine import Database, parse_location
from makerspace_app.services import (
    audit,
    bookings,
    consent,
    credentials,
    equipment,
    participant_csv,
    participants,
    projects,
    search,
    staff,
    transfer,
    workshops,
)
from makerspace_app.services import settings as settings_service
from makerspace_app.services.database import open_database
from makerspace_app.services.uow import Actor, unit_of_work

NOW = dt.datetime(2026, 3, 10, 11, 0, tzinfo=dt.UTC)
FAST = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text as people (and scanners, and pasted spreadsheets) produce it: any script, control
# characters, very long runs. NUL is left out: SQLite keeps it, the ui never sends it.
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=300)
short_texts = st.one_of(texts.filter(lambda t: len(t) < 60),
                        st.sampled_from(["", " ", "0", "-1", "é", "محمد", "😀", "a" * 5000]))
ids = st.one_of(st.integers(min_value=-(2**63), max_value=2**63 - 1),
                st.sampled_from([0, 1, 2, -1]))
small_ints = st.integers(min_value=-(2**31), max_value=2**31)
days = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
moments = st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30),
                       timezones=st.just(dt.UTC))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One fresh database for the module, with a little of everything to point at."""
    path = tmp_path_factory.mktemp("properties") / "properties.db"
    database = open_database(parse_location(str(path)))
    with unit_of_work(database, Actor.system(), clock=lambda: NOW) as uow:
        staff.create_first_admin(uow, "amira", "Amira", "correct horse battery")
        category = equipment.save_category(uow, "Laser cutters")
        equipment.add_item(uow, equipment.ItemInput("EQ-0001", "Glowforge", category.id))
        participants.register_participant(uow, participants.ParticipantInput(
            given_name="Ana", family_name="Silva", age_band="26_64"))
        workshops.create_workshop(uow, workshops.WorkshopInput(title="Soldering", capacity=8))
    yield database
    database.dispose()


def _digest(database: Database) -> str:
    conn = sqlite3.connect(f"file:{database.location.sqlite_path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for (table,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


ADMIN = Actor("amira", StaffRole.ADMIN, 1)


def attempt(database: Database, call: Callable[[Any], Any]) -> None:
    """Run ``call`` in one unit of work: it works, or it is refused with a message and the
    database is unchanged. Anything else fails the test."""
    before = _digest(database)
    try:
        with unit_of_work(database, ADMIN, clock=lambda: NOW) as uow:
            call(uow)
    except DatabaseProblem as problem:  # a storage failure is never an answer to input
        pytest.fail(f"input made the database fail: {problem.message}")
    except DomainError as refused:
        assert refused.message.strip(), f"a refusal without words: {type(refused).__name__}"
        assert "{" not in refused.message or "}" not in refused.message.split("{", 1)[1], (
            f"an unfilled placeholder: {refused.message}")
        assert _digest(database) == before, f"refused, yet the database changed: {refused.message}"


@FAST
@given(given_name=short_texts, family_name=short_texts, email=short_texts, phone=short_texts,
       born=st.one_of(st.none(), days), band=st.one_of(st.none(), short_texts),
       languages=st.lists(short_texts, max_size=3), notes=texts)
def test_registering_a_participant(db, given_name, family_name, email, phone, born, band,
                                   languages, notes) -> None:
    data = participants.ParticipantInput(
        given_name=given_name, family_name=family_name, email=email, phone=phone,
        date_of_birth=born, age_band=band, languages=tuple(languages), notes=notes)
    attempt(db, lambda uow: participants.register_participant(uow, data))


@FAST
@given(text=texts, limit=st.integers(min_value=-5, max_value=500), offset=small_ints)
def test_searching(db, text, limit, offset) -> None:
    attempt(db, lambda uow: participants.search_participants(uow, text, limit, offset))
    attempt(db, lambda uow: participants.find_by_badge_code(uow, text))
    attempt(db, lambda uow: participants.count_participants(uow, text))
    attempt(db, lambda uow: search.global_search(uow, text, max(limit, 1)))
    attempt(db, lambda uow: credentials.verify(uow, text))


@FAST
@given(key=st.one_of(st.sampled_from([s.key for s in settings_service.SPECS]), short_texts),
       value=st.one_of(texts, small_ints, st.booleans(), st.none(), st.floats(allow_nan=True)))
def test_changing_a_setting(db, key, value) -> None:
    attempt(db, lambda uow: settings_service.set_many(uow, {key: value}))


@FAST
@given(username=short_texts, name=short_texts, password=short_texts, pin=short_texts,
       role=st.sampled_from(list(StaffRole)))
def test_adding_staff_and_signing_in(db, username, name, password, pin, role) -> None:
    attempt(db, lambda uow: staff.create_staff(uow, username, name, role, password, pin))
    attempt(db, lambda uow: staff.sign_in(uow, username, password or pin))


@FAST
@given(item=ids, person=ids, start=moments, length=st.integers(min_value=-10**6, max_value=10**7),
       notes=texts)
def test_booking(db, item, person, start, length, notes) -> None:
    try:
        end = start + dt.timedelta(minutes=length)
    except OverflowError:
        end = start
    attempt(db, lambda uow: bookings.create_booking(uow, item, person, start, end, notes))
    attempt(db, lambda uow: bookings.check_booking(uow, item, person, start, end))
    attempt(db, lambda uow: bookings.bookings_between(uow, start, end))
    attempt(db, lambda uow: bookings.cancel_booking(uow, item, notes))


_names = iter(range(10**9))


@FAST
@given(name=short_texts, tag=short_texts, category=ids, minutes=st.one_of(st.none(), small_ints))
def test_equipment(db, name, tag, category, minutes) -> None:
    # A number in front keeps names apart: a repeated name is the next test's subject.
    unique = f"{next(_names)} {name}"
    attempt(db, lambda uow: equipment.save_category(uow, unique, max_booking_minutes=minutes))
    attempt(db, lambda uow: equipment.add_item(uow, equipment.ItemInput(tag, name, category)))
    attempt(db, lambda uow: equipment.log_maintenance(uow, category, name))


@FAST
@given(title=short_texts, capacity=small_ints, min_age=st.one_of(st.none(), small_ints),
       max_age=st.one_of(st.none(), small_ints), leaders=st.lists(ids, max_size=3),
       start=moments, workshop=ids)
def test_workshops(db, title, capacity, min_age, max_age, leaders, start, workshop) -> None:
    data = workshops.WorkshopInput(title=title, capacity=capacity, min_age=min_age,
                                   max_age=max_age, leader_ids=tuple(leaders))
    attempt(db, lambda uow: workshops.create_workshop(uow, data))
    attempt(db, lambda uow: workshops.add_session(uow, workshop, start,
                                                  start + dt.timedelta(hours=2)))
    attempt(db, lambda uow: workshops.enrol(uow, workshop, 1))


@FAST
@given(title=short_texts, description=texts, team=st.lists(ids, max_size=3), person=ids,
       given_by=short_texts, kind=short_texts)
def test_projects_and_consent(db, title, description, team, person, given_by, kind) -> None:
    data = projects.ProjectInput(title=title, description=description, team=tuple(team))
    attempt(db, lambda uow: projects.create_project(uow, data))
    attempt(db, lambda uow: consent.give_consent(uow, person, kind, given_by))


@FAST
@given(first=st.one_of(st.none(), days), last=st.one_of(st.none(), days), actor=short_texts,
       action=short_texts, record=short_texts, record_id=st.one_of(st.none(), ids))
def test_reading_the_audit_log(db, first, last, actor, action, record, record_id) -> None:
    filt = audit.AuditFilter(first, last, actor, action, record, record_id)
    attempt(db, lambda uow: audit.list_events(uow, filt, limit=50))


@FAST
@given(body=texts, header=st.sampled_from([
    "", "asset_tag,name,category\n", "given_name,family_name,age_band\n",
    "asset_tag,badge_code,start,end\n"]))
def test_importing_arbitrary_csv(db, body, header) -> None:
    csv_text = header + body
    attempt(db, lambda uow: transfer.import_equipment(uow, csv_text))
    attempt(db, lambda uow: transfer.import_bookings(uow, csv_text))
    attempt(db, lambda uow: participant_csv.import_participants_csv(uow, csv_text))


def test_a_repeated_category_name_in_any_script_is_refused(db) -> None:
    with unit_of_work(db, ADMIN, clock=lambda: NOW) as uow:
        equipment.save_category(uow, "Ölpressen")
    attempt(db, lambda uow: equipment.save_category(uow, "Ölpressen"))
    attempt(db, lambda uow: equipment.save_category(uow, "ölpressen"))


def test_the_database_is_still_sound_afterwards(db) -> None:
    path = Path(db.location.sqlite_path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
