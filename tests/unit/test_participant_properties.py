"""Properties that must hold for any name in any script, on SQLite and PostgreSQL:

- folding is stable (folding folded text changes nothing), so what the desk types finds what
  was stored whatever form either was in;
- a whole participant record of arbitrary Unicode text goes through register, search (by any
  piece of any word of any name), CSV export and import into an empty database unchanged;
- every case of the shared names file (tests/data/names.csv) is stored trimmed and
  normalised, shown as written (preferred name first), found by any part of every word, and
  survives a CSV round trip byte for byte.

(The search-only property over names, preferred names and age bands is in
test_participants_search.py.)
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from makerspace_app.domain.enums import AgeBand
from makerspace_app.domain.text import fold, normalise_text, search_key
from makerspace_app.persistence.models import Participant
from makerspace_app.services import participant_csv, participants
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
NAMES_CSV = Path(__file__).resolve().parents[1] / "data" / "names.csv"

# Any character a person could paste, apart from surrogates and control characters (which
# the services refuse, with the reason).
any_char = st.characters(blacklist_categories=("Cs", "Cc"))


def _storable_name(text: str) -> bool:
    clean = normalise_text(text)
    return (
        bool(fold(clean).split())
        and len(clean) <= 200
        # A word cannot begin with a combining mark: it has no letter to sit on.
        and not any(unicodedata.combining(w[0]) for w in clean.split())
    )


name = st.text(alphabet=any_char, min_size=1, max_size=30).filter(_storable_name)
optional = st.one_of(st.just(""), name)
free_text = st.text(alphabet=st.one_of(any_char, st.sampled_from("\n\t")), max_size=60)
email = st.from_regex(r"\A[a-z0-9._%+-]{1,12}@[a-z0-9-]{1,10}\.[a-z]{2,6}\Z", fullmatch=True)
phone = st.from_regex(r"\A\+?[0-9]{2,4}( [0-9]{3,4}){1,3}\Z", fullmatch=True)

PROPERTY_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _work(db, read_only: bool = False):
    return unit_of_work(db, Actor.system(), read_only=read_only, clock=lambda: NOW)


def _ids(rows) -> list[int]:
    return [r.id for r in rows]


def _pieces(word: str) -> set[str]:
    """Some parts of a folded word: itself, its first and last halves, a middle piece."""
    half = max(1, len(word) // 2)
    middle = word[len(word) // 4 : len(word) // 4 + max(1, len(word) // 2)]
    return {p for p in (word, word[:half], word[-half:], middle) if p.strip()}


# --- folding -------------------------------------------------------------------------------------


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet=any_char, max_size=40))
def test_folding_is_stable_and_every_folded_word_is_in_the_search_key(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.strip() and "  " not in folded
    key = search_key(text)
    for word in folded.split():
        assert word in key


def test_fullwidth_and_styled_letters_fold_like_plain_ones() -> None:
    assert fold("ＴＡＮＡＫＡ") == "tanaka"  # fullwidth, as Japanese input methods type Latin
    assert fold("𝑨𝒏𝒏𝒂") == "anna"
    assert fold("¯") == fold(" ̄")


# --- a whole record through register, search, export and import ----------------------------------


@PROPERTY_SETTINGS
@given(
    given_name=name, family_name=optional, preferred=optional, pronouns=optional,
    address=free_text, notes=free_text, guardian=optional, mail=st.one_of(st.just(""), email),
    tel=st.one_of(st.just(""), phone), band=st.sampled_from(list(AgeBand)),
)
def test_any_unicode_record_is_kept_found_and_round_trips_through_csv(
    db, tmp_path_factory, given_name, family_name, preferred, pronouns, address, notes, guardian,
    mail, tel, band,
) -> None:
    assume(len(normalise_text(pronouns)) <= 64)
    minor = band in (AgeBand.UNDER_12, AgeBand.AGE_12_17)
    typed = ParticipantInput(
        given_name=given_name, family_name=family_name, preferred_name=preferred,
        pronouns=pronouns, age_band=band, email=mail, phone=tel, address=address,
        accessibility_notes=notes,
        guardian_name=guardian or ("Guardian" if minor else ""),
        guardian_contact="555 0100" if (guardian or minor) else "",
    )
    with _work(db) as uow:
        uow.session.execute(delete(Participant))  # each example starts from an empty registry
        made = participants.register_participant(uow, typed)

    # Stored as typed: NFC, trimmed, one space inside one-line fields.
    assert made.given_name == normalise_text(given_name)
    assert made.family_name == normalise_text(family_name)
    assert made.preferred_name == normalise_text(preferred)
    assert made.display_name == participants.participant_display_name(
        made.given_name, made.family_name, made.preferred_name)

    with _work(db, read_only=True) as uow:
        for part in (made.given_name, made.family_name, made.preferred_name):
            for word in fold(part).split():
                for piece in _pieces(word):
                    found = participants.find_participants(uow, piece, 10)
                    assert made.id in _ids(found.rows), (part, piece)
                    assert found.total == participants.count_participants(uow, piece)
        if tel:
            assert made.id in _ids(participants.search_participants(uow, tel))
        if mail:
            assert made.id in _ids(participants.search_participants(uow, mail))
        assert _ids(participants.search_participants(uow, made.badge_code.lower())) == [made.id]

    folder = tmp_path_factory.mktemp("csv")
    first, second = folder / "first.csv", folder / "second.csv"
    with _work(db) as uow:
        participant_csv.export_participants_csv(uow, first)
        uow.session.execute(delete(Participant))
        report = participant_csv.import_participants_csv(uow, first)
        assert (report.created, report.updated) == (1, 0)
        participant_csv.export_participants_csv(uow, second)
    assert second.read_bytes() == first.read_bytes()
    with _work(db, read_only=True) as uow:
        back = participants.find_by_badge_code(uow, made.badge_code)
        assert back is not None
        for field in ("given_name", "family_name", "preferred_name", "pronouns", "email", "phone",
                      "address", "accessibility_notes", "guardian_name", "guardian_contact",
                      "age_band"):
            assert getattr(back, field) == getattr(made, field), field


# --- every case of the shared names file ---------------------------------------------------------


def _names_file() -> list[dict[str, str]]:
    with NAMES_CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_shared_name_is_stored_shown_found_and_round_trips(db, tmp_path) -> None:
    people = _names_file()
    assert len(people) >= 38
    made = {}
    with _work(db) as uow:
        for person in people:
            made[person["what_it_tests"]] = participants.register_participant(
                uow, ParticipantInput(given_name=person["given_name"],
                                      family_name=person["family_name"],
                                      age_band=AgeBand.AGE_26_64))
    with _work(db, read_only=True) as uow:
        for person in people:
            row = made[person["what_it_tests"]]
            given_name = unicodedata.normalize("NFC", person["given_name"]).strip()
            family_name = unicodedata.normalize("NFC", person["family_name"]).strip()
            # Stored and shown as written, only normalised and trimmed.
            assert (row.given_name, row.family_name) == (given_name, family_name)
            shown = " ".join(p for p in (given_name, family_name) if p)
            assert row.display_name == shown
            listed = {r.id: r for r in participants.find_participants(uow, shown, 50).rows}
            assert listed[row.id].display_name == shown, person["what_it_tests"]
            # Found by any part of any word, in any case and either Unicode form.
            for word in fold(shown).split():
                for piece in _pieces(word):
                    assert row.id in _ids(participants.find_participants(uow, piece, 50).rows), (
                        person["what_it_tests"], piece)
            for typed in (shown.upper(), unicodedata.normalize("NFD", shown)):
                assert row.id in _ids(participants.find_participants(uow, typed, 50).rows)

    first, second = tmp_path / "names.csv", tmp_path / "again.csv"
    with _work(db) as uow:
        participant_csv.export_participants_csv(uow, first)
        uow.session.execute(delete(Participant))
        assert participant_csv.import_participants_csv(uow, first).created == len(people)
        participant_csv.export_participants_csv(uow, second)
    assert second.read_bytes() == first.read_bytes()


def test_the_typed_examples_of_the_names_file_find_their_person(db) -> None:
    """The searches the names file itself names ("search 'jose garcia'") and the issue's."""
    with _work(db) as uow:
        ids = {
            (g, f): participants.register_participant(uow, ParticipantInput(
                given_name=g, family_name=f, age_band=AgeBand.AGE_26_64)).id
            for g, f in (("José", "García López"), ("Jürgen", "Müller"), ("Łukasz", "Dvořák"),
                         ("محمد", "عبد الله"), ("王", "小明"), ("Олександр", "Шевченко"))
        }
    expected = {
        "jose garcia": ("José", "García López"), "jose": ("José", "García López"),
        "muller": ("Jürgen", "Müller"), "mueller": ("Jürgen", "Müller"),
        "lukasz dvorak": ("Łukasz", "Dvořák"), "lukasz": ("Łukasz", "Dvořák"),
        "عبد": ("محمد", "عبد الله"), "الله": ("محمد", "عبد الله"), "محمد عبد": ("محمد", "عبد الله"),
        "小": ("王", "小明"), "明": ("王", "小明"), "олекс": ("Олександр", "Шевченко"),
        "ЕНКО": ("Олександр", "Шевченко"),
    }
    with _work(db, read_only=True) as uow:
        for typed, person in expected.items():
            assert _ids(participants.find_participants(uow, typed, 10).rows) == [ids[person]], typed
