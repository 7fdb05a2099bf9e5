"""The participants registry: registration rules, guardians, badge codes, edits — on SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from makerspace_app.domain import people
from makerspace_app.domain import codes
from makerspace_app.domain.enums import AgeBand
from makerspace_app.domain.errors import ConflictError, NotFoundError, ValidationError
from makerspace_app.persistence.models import AuditEvent, Participant
from makerspace_app.services import participants, privacy, settings
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.uow import Actor, unit_of_work

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
ADULT = ParticipantInput(given_name="Amira", family_name="Haddad", date_of_birth=dt.date(1990, 5, 17))


@pytest.fixture
def work(db):
    """A unit of work at a fixed time (default NOW) as the system actor."""

    def make(now: dt.datetime = NOW, actor: Actor | None = None, read_only: bool = False):
        return unit_of_work(db, actor or Actor.system(), read_only=read_only, clock=lambda: now)

    return make


def count(work) -> int:
    with work(read_only=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(Participant))


def register(work, data: ParticipantInput = ADULT, **changes):
    with work() as uow:
        return participants.register_participant(uow, replace(data, **changes))


def test_registration_stores_names_as_typed_and_keeps_search_text(work) -> None:
    nfd = "Ame\u0301lie"
    made = register(
        work, given_name=f"  {nfd} ", family_name="Dupont   Moreau", preferred_name="Ami",
        pronouns="she/her", email="amelie@example.org", phone="+33 (1) 23-45-67",
        languages=("FR", "en", "fr", "pt_br"), preferred_language="fr",
        accessibility_tags=("quiet_space", "hearing_loop"), accessibility_notes="Prefers\r\nmornings",
        address="1 rue de la Paix\nParis",
    )
    assert made.given_name == "Amélie" and made.family_name == "Dupont Moreau"
    assert made.display_name == "Ami (Amélie Dupont Moreau)"
    assert made.languages == ("fr", "en", "pt-BR")
    assert made.accessibility_tags == ("hearing_loop", "quiet_space")
    assert made.accessibility_notes == "Prefers\nmornings"
    assert codes.looks_like_badge_code(made.badge_code)
    assert made.age == 35 and made.age_band is AgeBand.AGE_26_64 and made.is_minor is False
    with work(read_only=True) as uow:
        row = uow.session.get(Participant, made.id)
        assert row.search_text == participants.participant_search_key(
            "Amélie", "Dupont Moreau", "Ami", "amelie@example.org", "+33 (1) 23-45-67",
            made.badge_code,
        )
        assert "331234567" in row.search_text and "amelie" in row.search_text
        event = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "create"))
        assert event.entity == "participant" and event.entity_id == made.id
        assert "given_name" in event.details["fields"] and "email" in event.details["fields"]
        assert "Amélie" not in json.dumps(event.details, ensure_ascii=False)


BAD_REGISTRATIONS = [
    ({"given_name": " ", "family_name": ""}, "needs a name"),
    ({"date_of_birth": dt.date(2026, 3, 11)}, "in the future"),
    ({"date_of_birth": dt.date(1905, 3, 9)}, "121 years old"),
    ({"date_of_birth": None}, "date of birth or choose an age band"),
    ({"age_band": "under_12"}, "not in the age band under_12"),
    ({"date_of_birth": None, "age_band": "teen"}, "not an age band"),
    ({"email": "amira.example.org"}, "e-mail address"),
    ({"email": "amira@example"}, "e-mail address"),
    ({"phone": "call me"}, "phone number"),
    ({"accessibility_tags": ("wheelchair_access", "jetpack")}, "“jetpack” is not an accessibility"),
    ({"languages": ("english language",)}, "language code"),
    ({"preferred_language": "x"}, "language code"),
    ({"guardian_name": "Sam Haddad"}, "guardian's name and how to reach them"),
    ({"given_name": "A" * 201}, "too long (201 characters; at most 200)"),
    ({"family_name": "Had\x00dad"}, "control character"),
    ({"site_id": 999}, "no site number 999"),
    ({"guardian_participant_id": 999}, "no participant number 999"),
]


def test_bad_registrations_are_refused_with_a_way_forward(work) -> None:
    # One test for all the cases: each database is set up once (PostgreSQL set-up is slow).
    for changes, says in BAD_REGISTRATIONS:
        with pytest.raises(ValidationError) as refused:
            register(work, **changes)
        assert says in refused.value.message, (changes, refused.value.message)
    assert count(work) == 0


def test_a_minor_needs_a_guardian(work) -> None:
    child = ParticipantInput(given_name="Lina", family_name="Haddad", date_of_birth=dt.date(2015, 1, 1))
    with pytest.raises(ValidationError) as refused:
        register(work, child)
    assert refused.value.message == (
        "A participant under 18 needs a guardian: choose an adult participant or enter the "
        "guardian's name and contact."
    )
    with pytest.raises(ValidationError, match="under 18 needs a guardian"):
        register(work, child, date_of_birth=None, age_band=AgeBand.AGE_12_17)
    assert count(work) == 0

    by_name = register(work, child, guardian_name="Sam Haddad", guardian_contact="+44 20 7946 0000")
    assert by_name.is_minor is True and by_name.age_band is AgeBand.UNDER_12
    parent = register(work)
    by_link = register(work, child, given_name="Omar", guardian_participant_id=parent.id)
    assert by_link.guardian_display_name == "Amira Haddad"
    assert by_link.guardian_badge_code == parent.badge_code
    # Given both ways at once is ambiguous; a minor cannot be a guardian.
    with pytest.raises(ValidationError, match="not both"):
        register(work, child, guardian_participant_id=parent.id, guardian_name="Sam",
                 guardian_contact="sam@example.org")
    with pytest.raises(ValidationError, match="Lina Haddad cannot be the guardian"):
        register(work, child, given_name="Noor", guardian_participant_id=by_name.id)
    assert count(work) == 3


def test_adult_age_setting_and_the_time_zone_decide_who_is_a_minor(work) -> None:
    # Born 11 March 2008: 18 on 11 March 2026, which has begun in Auckland at 2026-03-10 12:00 UTC.
    teen = ParticipantInput(given_name="Kiri", family_name="Ngata", date_of_birth=dt.date(2008, 3, 11))
    with pytest.raises(ValidationError, match="needs a guardian"):
        register(work, teen)
    with work() as uow:
        settings.set_many(uow, {"organisation.timezone": "Pacific/Auckland"})
    adult = register(work, teen)
    assert adult.age == 18 and adult.is_minor is False
    with work() as uow:
        settings.set_many(uow, {"participants.adult_age": 21})
    with pytest.raises(ValidationError, match="under 21 needs a guardian"):
        register(work, teen, given_name="Aroha")
    # An age band alone: only under_12 and 12_17 are minors.
    band_only = register(work, teen, given_name="Mere", date_of_birth=None, age_band="18_25")
    assert band_only.is_minor is False and band_only.age is None


def test_require_can_book_or_enrol(work) -> None:
    parent = register(work)
    child = register(work, given_name="Lina", date_of_birth=dt.date(2015, 1, 1),
                     guardian_participant_id=parent.id)
    with work() as uow:
        participants.require_can_book_or_enrol(uow, parent.id)
        participants.require_can_book_or_enrol(uow, child.id)
        # A minor stored without a guardian by another path (older data, a direct insert).
        orphan = Participant(badge_code="ZZZZ2222", given_name="Yusuf", family_name="Ali",
                             age_band=AgeBand.UNDER_12, created_at=NOW, languages=[],
                             accessibility_tags=[])
        uow.session.add(orphan)
        uow.session.flush()
        orphan_id = orphan.id
    with work() as uow, pytest.raises(ValidationError) as refused:
        participants.require_can_book_or_enrol(uow, orphan_id)
    message = refused.value.message
    assert "Yusuf Ali is under 18 and has no guardian" in message and "Add a guardian" in message
    # Once the guardian is erased, the child has no guardian any more.
    with work() as uow:
        privacy.erase_participant(uow, parent.id)
    with work() as uow, pytest.raises(ValidationError, match="Lina Haddad is under 18"):
        participants.require_can_book_or_enrol(uow, child.id)
    with work() as uow, pytest.raises(NotFoundError):
        participants.require_can_book_or_enrol(uow, 12345)


def test_edit_audits_field_names_and_refreshes_search(work) -> None:
    made = register(work)
    with work() as uow:
        details = participants.get_participant(uow, made.id)
        edited = participants.update_participant(
            uow, made.id, replace(details.as_input(), family_name="Haddad-Saleh", email="a@b.org")
        )
    assert edited.family_name == "Haddad-Saleh" and edited.badge_code == made.badge_code
    with work() as uow:
        assert [r.id for r in participants.search_participants(uow, "saleh")] == [made.id]
        assert participants.search_participants(uow, "amira@") == []
        unchanged = participants.update_participant(uow, made.id, edited.as_input())
        assert unchanged == edited
        fields = [sorted(e.details["fields"]) for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "update"))]
    assert fields == [["email", "family_name"]]


def test_a_refused_edit_changes_nothing(work) -> None:
    made = register(work)
    with pytest.raises(ValidationError, match="e-mail"), work() as uow:
        participants.update_participant(
            uow, made.id, replace(made.as_input(), given_name="Changed", email="broken")
        )
    with pytest.raises(ValidationError, match="own guardian"), work() as uow:
        participants.update_participant(
            uow, made.id, replace(made.as_input(), guardian_participant_id=made.id)
        )
    with work(read_only=True) as uow:
        assert participants.get_participant(uow, made.id).given_name == "Amira"
        assert uow.session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "update")
        ) == 0


def test_a_guardian_of_minors_cannot_become_a_minor(work) -> None:
    parent = register(work)
    register(work, given_name="Lina", date_of_birth=dt.date(2015, 1, 1),
             guardian_participant_id=parent.id)
    with pytest.raises(ValidationError, match="guardian of 1 minor"), work() as uow:
        participants.update_participant(
            uow, parent.id,
            replace(parent.as_input(), date_of_birth=dt.date(2012, 1, 1),
                    guardian_name="Grandma", guardian_contact="01234 567890"),
        )


def test_get_and_edit_of_missing_or_erased_participants(work) -> None:
    made = register(work)
    with work() as uow:
        with pytest.raises(NotFoundError, match="no participant number 999"):
            participants.get_participant(uow, 999)
        privacy.erase_participant(uow, made.id)
    with work() as uow:
        stub = participants.get_participant(uow, made.id)
        assert stub.is_erased and stub.given_name == "" and stub.is_minor is None
        with pytest.raises(ConflictError, match="register them again"):
            participants.update_participant(uow, made.id, ADULT)


def test_find_by_badge_code_forgives_case_spaces_and_look_alikes(work) -> None:
    made = register(work)
    code = made.badge_code
    typed_variants = [code.lower(), f" {code[:4]}-{code[4:]} ", f"{code[:4]} {code[4:]}"]
    with work(read_only=True) as uow:
        for typed in typed_variants:
            assert participants.find_by_badge_code(uow, typed).id == made.id
        assert participants.find_by_badge_code(uow, "") is None
        assert participants.find_by_badge_code(uow, "0000AAAA") is None
    with work() as uow:
        uow.session.get(Participant, made.id).badge_code = "0A1B2C3D"
    with work(read_only=True) as uow:
        assert participants.find_by_badge_code(uow, "oa1b2c3d").id == made.id  # O→0
        assert participants.find_by_badge_code(uow, "0AIB2C3D").id == made.id  # I→1


def test_badge_code_collisions_are_retried(work, monkeypatch: pytest.MonkeyPatch) -> None:
    first = register(work)
    offered = iter([first.badge_code, first.badge_code, "7KQ2M9XD"])
    monkeypatch.setattr(codes, "new_badge_code", lambda: next(offered))
    second = register(work, given_name="Sami")
    assert second.badge_code == "7KQ2M9XD"
    monkeypatch.setattr(codes, "new_badge_code", lambda: first.badge_code)
    with pytest.raises(ConflictError, match="No free badge code"):
        register(work, given_name="Rami")
    assert count(work) == 2


def test_possible_duplicates_are_flagged_not_refused(work) -> None:
    dob = dt.date(1984, 2, 29)
    first = register(work, given_name="José", family_name="García López", date_of_birth=dob)
    assert first.possible_duplicates == []
    with work(read_only=True) as uow:
        assert participants.possible_duplicates(uow, "JOSE", "garcia  lopez", dob) == [first.id]
        assert participants.possible_duplicates(uow, "Jose", "Garcia Lopez", dt.date(1984, 3, 1)) == []
        assert participants.possible_duplicates(uow, "Jose", "Garcia Lopez", None) == []
    second = register(work, given_name="Jose", family_name="GARCIA LOPEZ", date_of_birth=dob)
    assert second.possible_duplicates == [first.id]
    assert count(work) == 2
    with work(read_only=True) as uow:
        assert participants.possible_duplicates(
            uow, "José", "García López", dob, exclude_id=second.id
        ) == [first.id]


def test_age_on_birthdays() -> None:
    leap = dt.date(2008, 2, 29)
    assert people.age_on(leap, dt.date(2026, 2, 28)) == 17
    assert people.age_on(leap, dt.date(2026, 3, 1)) == 18
    assert people.age_on(dt.date(2000, 1, 1), dt.date(2000, 1, 1)) == 0
    assert [people.band_for_age(a).value for a in (11, 12, 17, 18, 25, 26, 64, 65)] == [
        "under_12", "12_17", "12_17", "18_25", "18_25", "26_64", "26_64", "65_plus"]


def test_phone_digits_in_any_script() -> None:
    assert participants.phone_digits("+49 (30) 1234-567") == "49301234567"
    assert participants.phone_digits("٠٥٠ ١٢٣ ٤٥٦٧") == "0501234567"
