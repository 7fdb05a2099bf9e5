"""Finding participants as the desk types: any part of the name in any script, e-mail, phone
digits, badge code — on SQLite and PostgreSQL. Includes the property tests over arbitrary
Unicode names (create → search → CSV export → import)."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from makerspace_app.domain.enums import AgeBand
from makerspace_app.domain.text import fold, normalise_text
from makerspace_app.persistence.models import Participant
from makerspace_app.services import participant_csv, participants, privacy, search
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
NAMES_CSV = Path(__file__).resolve().parents[1] / "data" / "names.csv"
ADULT = ParticipantInput(age_band=AgeBand.AGE_26_64)

# Extra ways a person types a name, beyond each of its words as written.
TYPED = {
    ("Jürgen", "Müller"): ["muller", "mueller", "MÜLLER", "jurgen muller", "juergen"],
    ("José", "García López"): ["jose garcia", "JOSE", "lopez"],
    ("Łukasz", "Dvořák"): ["lukasz dvorak", "LUKASZ"],
    ("Søren", "Kierkegård"): ["soren", "kierkegard"],
    ("Straße", "Weiß"): ["strasse", "weiss", "STRASSE"],
    ("Amélie", "Dupont"): ["Ame\u0301lie", "amelie"],
    ("İpek", "Çelik"): ["ipek", "celik"],
    ("Nguyễn", "Thị Minh Khai"): ["nguyen", "thi minh"],
    ("Zoë", "O'Connor-Smith"): ["zoe", "o'connor"],
    ("Σοφία", "Παπαδοπούλου"): ["σοφια", "ΣΟΦΊΑ"],
    ("محمد", "عبد الله"): ["عبد", "محمد عبد الله", "الله"],
    ("فاطمة", "الزهراء"): ["فاطمه"],
    ("نرگس", "رضایی‌پور"): ["رضایی", "رضاییپور"],
    ("Mānuka", "Tūhoe"): ["manuka", "tuhoe"],
    ("  Leading", "Spaces  "): ["leading spaces"],
}


@pytest.fixture
def work(db):
    def make(now: dt.datetime = NOW, read_only: bool = False):
        return unit_of_work(db, Actor.system(), read_only=read_only, clock=lambda: now)

    return make


def names_file() -> list[dict[str, str]]:
    with NAMES_CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def ids(rows) -> list[int]:
    return [r.id for r in rows]


def test_every_name_is_found_by_each_part_in_any_case_or_form(work) -> None:
    people = names_file()
    made: dict[tuple[str, str], int] = {}
    with work() as uow:
        for person in people:
            row = participants.register_participant(
                uow, replace(ADULT, given_name=person["given_name"], family_name=person["family_name"])
            )
            assert row.given_name == normalise_text(person["given_name"])
            made[(person["given_name"], person["family_name"])] = row.id
    with work(read_only=True) as uow:
        for (given_name, family_name), pid in made.items():
            words = normalise_text(f"{given_name} {family_name}").split()
            queries = [*words, " ".join(words), *(w.upper() for w in words),
                       *(unicodedata.normalize("NFD", w) for w in words),
                       *TYPED.get((given_name, family_name), [])]
            for query in queries:
                found = ids(participants.search_participants(uow, query, limit=100))
                assert pid in found, (given_name, family_name, query)
                assert participants.count_participants(uow, query) >= 1
        # Search narrows: all typed words must match.
        assert ids(participants.search_participants(uow, "muller jurgen")) == [made[("Jürgen", "Müller")]]
        assert participants.search_participants(uow, "muller jose") == []


def test_search_by_email_phone_and_badge_code(work) -> None:
    with work() as uow:
        a = participants.register_participant(uow, replace(
            ADULT, given_name="Amira", family_name="Haddad", email="Amira.H@Example.org",
            phone="+44 (20) 7946-0000"))
        b = participants.register_participant(uow, replace(
            ADULT, given_name="Omar", family_name="Haddad", phone="٠٥٠ ١٢٣ ٤٥٦٧"))
    with work(read_only=True) as uow:
        def find(text: str) -> list[int]:
            return ids(participants.search_participants(uow, text))

        assert find("amira.h@example.org") == [a.id]
        assert find("example.org") == [a.id]
        for typed in ("+44 20 7946 0000", "(20) 7946-0000", "79460000", "20 7946"):
            assert find(typed) == [a.id], typed
        assert find("0501234567") == [b.id]
        assert find("050 123") == [b.id]
        assert find(a.badge_code) == [a.id]
        assert find(a.badge_code.lower()) == [a.id]
        assert find(f"{a.badge_code[:4]}-{a.badge_code[4:]}") == [a.id]


def test_order_paging_counting_and_erased_people(work) -> None:
    names = [("Zoë", "Adams"), ("Ana", "Silva"), ("Bea", "Adams"), ("Carl", "Silva"), ("Ana", "Brown")]
    with work() as uow:
        made = {
            n: participants.register_participant(uow, replace(ADULT, given_name=n[0], family_name=n[1])).id
            for n in names
        }
    order = [made[n] for n in sorted(names, key=lambda n: (n[1], n[0]))]
    with work() as uow:
        assert ids(participants.search_participants(uow, "")) == order
        assert participants.count_participants(uow, "  ") == 5
        assert ids(participants.search_participants(uow, "", limit=2, offset=1)) == order[1:3]
        assert ids(participants.search_participants(uow, "silva")) == [made[("Ana", "Silva")],
                                                                        made[("Carl", "Silva")]]
        assert participants.count_participants(uow, "ana") == 2
        # LIKE wildcards typed by the user match themselves only.
        assert participants.search_participants(uow, "%") == []
        assert participants.search_participants(uow, "_") == []
        privacy.erase_participant(uow, made[("Ana", "Silva")])
    with work(read_only=True) as uow:
        assert ids(participants.search_participants(uow, "silva")) == [made[("Carl", "Silva")]]
        assert participants.count_participants(uow, "") == 4
        assert made[("Ana", "Silva")] not in ids(participants.search_participants(uow, "", limit=100))


def test_the_trigram_index_follows_every_change(work, db) -> None:
    """Terms of three characters or more are looked up in SQLite's trigram index (FTS5,
    migration 0009), kept by triggers: a new name, a changed one, an erased or deleted person
    are found (or not) at once."""
    with work() as uow:
        gwen = participants.register_participant(uow, replace(
            ADULT, given_name="Gwendolyn", family_name="Featherstonehaugh"))
        other = participants.register_participant(uow, replace(
            ADULT, given_name="Gwen", family_name="Oyelowo"))

    def find(text: str) -> list[int]:
        with work(read_only=True) as uow:
            return ids(participants.search_participants(uow, text, limit=100))

    assert find("featherst") == [gwen.id]
    assert find("gw feather") == [gwen.id]  # a short term (LIKE only) and a long one
    assert find("gwen") == [gwen.id, other.id]
    with work() as uow:
        changed = replace(participants.get_participant(uow, gwen.id).as_input(),
                          family_name="Oyelaran-Baptiste")
        participants.update_participant(uow, gwen.id, changed)
    assert find("featherst") == []
    assert find("oyelaran") == [gwen.id]
    assert find("baptiste gwendolyn") == [gwen.id]
    assert find("oye") == [gwen.id, other.id]
    with work() as uow:
        privacy.erase_participant(uow, gwen.id)
    assert find("oyelaran") == []
    with work() as uow:
        uow.session.execute(delete(Participant).where(Participant.id == other.id))
    assert find("oyelowo") == [] and find("gwen") == []
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            # FTS5 compares its index with the participants table; raises if they differ.
            conn.exec_driver_sql("INSERT INTO participants_fts(participants_fts, rank) "
                                 "VALUES ('integrity-check', 1)")


def test_the_trigram_lookup_finds_exactly_what_like_finds(work, db) -> None:
    """Every piece of every name in names.csv, searched through the service (trigram index
    for three characters or more) and with a plain LIKE over the search text: the same
    participants."""
    from sqlalchemy import select

    from makerspace_app.domain.text import escape_like

    with work() as uow:
        for person in names_file():
            participants.register_participant(uow, replace(
                ADULT, given_name=person["given_name"], family_name=person["family_name"]))
    sql = str(participants.ids_statement("mul", 10).compile(db.engine))
    assert ("participants_fts" in sql) is (db.engine.dialect.name == "sqlite")
    assert "participants_fts" not in str(participants.ids_statement("mu", 10).compile(db.engine))
    pieces: set[str] = set()
    for person in names_file():
        for word in fold(f"{person['given_name']} {person['family_name']}").split():
            pieces.update(word[n:n + size] for size in (3, 4, 6) for n in range(len(word) - 2))
    assert len(pieces) > 100
    with work(read_only=True) as uow:
        for piece in sorted(pieces):
            found = set(uow.session.scalars(participants.ids_statement(piece, 10_000)))
            liked = set(uow.session.scalars(select(Participant.id).where(
                Participant.erased_at.is_(None),
                Participant.search_text.like(f"%{escape_like(piece)}%", escape="\\"))))
            assert found == liked and found, piece


def test_rows_show_preferred_name_first_and_age_or_band(work) -> None:
    with work() as uow:
        participants.register_participant(uow, ParticipantInput(
            given_name="Robert", family_name="Okafor", preferred_name="Bobby",
            date_of_birth=dt.date(1990, 3, 11), email="bob@example.org", phone="555 0101"))
        participants.register_participant(uow, ParticipantInput(
            given_name="Ruth", family_name="Okafor", age_band=AgeBand.AGE_65_PLUS))
    with work(read_only=True) as uow:
        bob, ruth = participants.search_participants(uow, "okafor")
    assert bob.display_name == "Bobby (Robert Okafor)" and bob.age == 35
    assert bob.age_band is AgeBand.AGE_26_64 and bob.email == "bob@example.org"
    assert ruth.display_name == "Ruth Okafor" and ruth.age is None
    assert ruth.age_band is AgeBand.AGE_65_PLUS


def test_the_global_search_finds_participants_the_same_way(work) -> None:
    with work() as uow:
        made = participants.register_participant(
            uow, replace(ADULT, given_name="Łukasz", family_name="Dvořák", preferred_name="Luk"))
    with work(read_only=True) as uow:
        for typed in ("lukasz dvorak", "DVORAK", "luk", made.badge_code.lower()):
            hits = [h.id for h in search.global_search(uow, typed) if h.kind == "participant"]
            assert hits == [made.id], typed


# --- Property tests ------------------------------------------------------------------------------

name_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=24
).filter(
    lambda s: fold(s).split()
    and len(normalise_text(s)) <= 200
    # A word cannot begin with a combining mark: it has no letter to sit on.
    and not any(unicodedata.combining(w[0]) for w in normalise_text(s).split())
)
optional_name = st.one_of(st.just(""), name_text)
person = st.tuples(name_text, optional_name, optional_name, st.sampled_from(list(AgeBand)))

PROPERTY_SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY_SETTINGS
@given(people=st.lists(person, min_size=1, max_size=3))
def test_any_unicode_name_is_found_and_survives_a_csv_round_trip(work, tmp_path, people) -> None:
    with work() as uow:
        uow.session.execute(delete(Participant))  # each example starts from an empty registry
        made = []
        for given_name, family_name, preferred, band in people:
            guardian = {"guardian_name": "Guardian", "guardian_contact": "555 0100"} if band in (
                AgeBand.UNDER_12, AgeBand.AGE_12_17) else {}
            made.append(participants.register_participant(uow, ParticipantInput(
                given_name=given_name, family_name=family_name, preferred_name=preferred,
                age_band=band, **guardian)))
    with work(read_only=True) as uow:
        for row in made:
            assert row.given_name == normalise_text(row.given_name)
            for typed in (row.given_name, f"{row.given_name} {row.family_name}",
                          *row.given_name.split(), *row.family_name.split(),
                          *row.preferred_name.split(), row.given_name.upper()):
                if fold(typed).split():
                    found = ids(participants.search_participants(uow, typed, limit=10))
                    assert row.id in found, typed
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    with work() as uow:
        participant_csv.export_participants_csv(uow, first)
        uow.session.execute(delete(Participant))
        assert participant_csv.import_participants_csv(uow, first).created == len(made)
        participant_csv.export_participants_csv(uow, second)
    assert second.read_bytes() == first.read_bytes()
    with work(read_only=True) as uow:
        for row in made:
            back = participants.find_by_badge_code(uow, row.badge_code)
            assert (back.given_name, back.family_name, back.preferred_name) == (
                row.given_name, row.family_name, row.preferred_name)


def test_few_or_many_matches_read_the_same_rows_in_the_same_order(work, monkeypatch) -> None:
    """Whether the first page comes through the search index (few matches) or by walking the
    list order (many), and whatever later pages are read with, the rows are the same."""
    names = [("Ana", "Zé"), ("Anaïs", "Ávila"), ("Hannah", "Berg"), ("Ana", "Berg"),
             ("Zoë", "Adams"), ("Joanna", "Silva"), ("Bo", "Ånström")]
    with work() as uow:
        for given_name, family_name in names:
            participants.register_participant(
                uow, replace(ADULT, given_name=given_name, family_name=family_name))
    with work(read_only=True) as uow:
        expected = participants.search_participants(uow, "an", limit=100)
        assert len(expected) == 6  # Ånström folds to anstrom
        few = participants.find_participants(uow, "an", 3)
        monkeypatch.setattr(participants, "FEW_MATCHES", 2)
        many = participants.find_participants(uow, "an", 3)
        assert (few.walk_in_order, many.walk_in_order) == (False, True)
        assert few.total == many.total == 6
        assert ids(few.rows) == ids(many.rows) == ids(expected[:3])
        for walk in (False, True):
            rest = participants.search_participants(uow, "an", 10, 3, walk_in_order=walk)
            assert ids(rest) == ids(expected[3:])
        assert participants.find_participants(uow, "nobody", 3) == participants.SearchResult(
            0, [], False)
