"""Badges and certificates: issue (only to those who completed, others with the reason),
reprint, revoke, verify genuine / revoked / forged / mistyped; on SQLite and PostgreSQL."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select, update
from test_attendance import DAYS, Club
from worlds import NOW

from makerspace_app.domain.enums import CredentialKind
from makerspace_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from makerspace_app.persistence.models import (
    AuditEvent,
    IssuedCredential,
    Participant,
    Setting,
)
from makerspace_app.services import credentials, settings, signing
from makerspace_app.services.uow import Actor


@pytest.fixture
def club(db, uow_factory) -> Club:
    return Club(db, uow_factory)


def completed_workshop(club: Club):
    """Three sessions, at least two needed: Amara came to all, Bo to one."""
    row, sessions = club.workshop_with_sessions(DAYS[:3], ["adult", "other"],
                                                completion_min_sessions=2,
                                                leader_ids=(club.actors["lena"].staff_id,))
    club.mark(sessions, "adult", [0, 1, 2])
    club.mark(sessions, "other", [0])
    return row


def count(club: Club, model=IssuedCredential) -> int:
    with club.db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_certificates_only_for_those_who_completed_others_listed_with_reason(club) -> None:
    row = completed_workshop(club)
    with club.db.session() as s:
        s.execute(update(Participant).where(Participant.id == club.ids["adult"])
                  .values(preferred_language="es-MX"))
    with club.as_("cora") as uow:
        batch = credentials.issue_certificates(uow, row.id, design="playful")
    assert [r.participant_name for r in batch.issued] == ["Amara Test"]
    assert batch.reprinted == ()
    [refused] = batch.not_issued
    assert refused.display_name == "Bo Test"
    assert refused.reason.message == ("Attended 1 of 3 sessions; 2 are needed to complete "
                                      "(1 more).")
    issued = batch.issued[0]
    assert issued.serial.startswith("C-2026-")
    assert issued.language == "es"  # her preferred language, which the app has
    assert issued.design == "playful"
    assert issued.issued_by == "Cora Coordinator" and issued.issued_at == NOW
    [page] = batch.pages
    assert page.participant_name == "Amara Test"
    assert page.labels["title"] == "Certificado de finalización"
    assert page.dates_text == "3–17 de marzo de 2026"
    assert page.hours_text == "6 horas"
    assert page.leaders_text == "Impartido por Lena Leader"
    assert page.verification_code == issued.verification_code
    assert signing.parse_code(issued.verification_code).serial == issued.serial
    # The code is signed: it is not a function of the serial alone.
    assert issued.serial.replace("-", "") not in issued.verification_code.replace("-", "")
    with club.db.session() as s:
        audit = s.scalars(select(AuditEvent).where(AuditEvent.entity == "credential")).all()
        assert [(a.action, a.entity_id) for a in audit] == [("issue", issued.id)]
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity == "signing_key")) == 1
    out = io.BytesIO()
    assert credentials.write_pdf(batch, out) == 1
    assert out.getvalue().startswith(b"%PDF")


def test_second_batch_reprints_the_same_certificate_and_bilingual(club) -> None:
    row = completed_workshop(club)
    with club.as_("cora") as uow:
        first = credentials.issue_certificates(uow, row.id)
    with club.db.session() as s:
        s.execute(update(Participant).where(Participant.id == club.ids["adult"])
                  .values(preferred_language="uk"))
    with club.as_("lena") as uow, pytest.raises(PermissionDenied):
        credentials.issue_certificates(uow, row.id)  # certificates are a coordinator's to issue
    with club.as_("cora") as uow:
        again = credentials.issue_certificates(uow, row.id, bilingual=True)
    assert again.issued == ()
    assert [r.serial for r in again.reprinted] == [first.issued[0].serial]
    # Printed in the language it was issued in (English), with the organisation's: same.
    assert again.pages[0].labels["title"] == "Certificate of Completion"
    assert count(club) == 1


def test_bilingual_certificate_in_two_languages(club) -> None:
    row = completed_workshop(club)
    with club.db.session() as s:
        s.execute(update(Participant).where(Participant.id == club.ids["adult"])
                  .values(preferred_language="ar"))
    with club.as_("cora") as uow:
        batch = credentials.issue_certificates(uow, row.id, bilingual=True)
    page = batch.pages[0]
    assert batch.issued[0].language == "ar"
    assert page.labels["title"] == "شهادة إتمام / Certificate of Completion"
    assert page.hours_text == "6 ساعات / 6 hours"


def test_refused_without_role_or_completion_and_nothing_changes(club) -> None:
    row, _sessions = club.workshop_with_sessions(DAYS[:2], ["adult"])
    with club.as_("dee") as uow, pytest.raises(PermissionDenied):
        credentials.issue_certificates(uow, row.id)
    with club.as_("cora") as uow, pytest.raises(ConflictError) as refused:
        credentials.issue_certificates(uow, row.id)
    assert "Nobody has completed" in refused.value.message
    with club.as_("cora") as uow, pytest.raises(ValidationError):
        credentials.issue_certificates(uow, row.id, design="gothic")
    assert count(club) == 0
    assert count(club, Setting) == 1  # only the time zone: no key made for nothing


def test_verify_genuine_revoked_forged_and_mistyped(club) -> None:
    row = completed_workshop(club)
    with club.uow() as uow:  # as the system (an admin)
        settings.set_many(uow, {"organisation.name": "Riverside Library"})
    with club.as_("cora") as uow:
        issued = credentials.issue_certificates(uow, row.id).issued[0]
    code = issued.verification_code
    with club.as_("dee") as uow:
        result = credentials.verify(uow, code.lower().replace("-", " "))
    assert result.genuine and result.row.participant_name == "Amara Test"
    assert result.row.workshop_title == "Laser cutting basics"

    # One character changed: the check character says it was mistyped.
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    with club.as_("dee") as uow, pytest.raises(ValidationError) as mistyped:
        credentials.verify(uow, wrong)
    assert "not a verification code" in mistyped.value.message
    with club.as_("dee") as uow, pytest.raises(ValidationError):
        credentials.verify(uow, "ABC")
    # Forged: a well-formed code for the same serial with another signature.
    forged = signing.format_code(issued.serial, bytes(10))
    with club.as_("dee") as uow, pytest.raises(NotFoundError) as not_genuine:
        credentials.verify(uow, forged)
    assert "was not issued by Riverside Library" in not_genuine.value.message

    with club.as_("dee") as uow, pytest.raises(PermissionDenied):
        credentials.revoke(uow, issued.id, "issued by mistake")
    with club.as_("cora") as uow, pytest.raises(ValidationError):
        credentials.revoke(uow, issued.id, "   ")
    with club.as_("cora") as uow:
        revoked = credentials.revoke(uow, issued.id, "issued by mistake")
    assert revoked.revoked and revoked.revoked_by == "Cora Coordinator"
    with club.as_("cora") as uow, pytest.raises(ConflictError):
        credentials.revoke(uow, issued.id, "again")
    with club.as_("dee") as uow:
        result = credentials.verify(uow, code)
    assert not result.genuine and result.revoked
    assert result.row.revocation_reason == "issued by mistake"
    with club.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "revoke", AuditEvent.entity_id == issued.id)) == 1
    # A revoked certificate is not printed again; a new batch issues a new serial.
    with club.as_("cora") as uow, pytest.raises(ConflictError):
        credentials.reprint(uow, [issued.id])
    with club.as_("cora") as uow:
        fresh = credentials.issue_certificates(uow, row.id)
    assert fresh.issued[0].serial != issued.serial


def test_code_from_another_database_key_is_not_genuine(club, tmp_path) -> None:
    row = completed_workshop(club)
    with club.as_("cora") as uow:
        code = credentials.issue_certificates(uow, row.id).issued[0].verification_code
    with club.db.session() as s:  # another organisation's key (a new key pair)
        s.execute(update(Setting).where(Setting.key == signing.KEY_SETTING).values(
            value={"algorithm": "Ed25519", "private": "A" * 43 + "=", "public": ""}))
    with club.as_("dee") as uow, pytest.raises(NotFoundError):
        credentials.verify(uow, code)


def test_badges_for_codes_workshop_and_everyone(club) -> None:
    row = completed_workshop(club)
    with club.as_("dee") as uow:
        chosen = credentials.badge_participants(uow, badge_codes=["amara001", "BEN00002"])
        assert [name for _pid, name in chosen] == ["Amara Test", "Bo Test"]
        batch = credentials.issue_badges(uow, [pid for pid, _ in chosen], "avery-l7418")
    assert batch.layout == "averyL7418"
    assert [b.badge_code for b in batch.badges] == ["AMARA001", "BEN00002"]
    assert batch.badges[0].certifications == ("Laser cutters",)  # valid certification
    assert batch.badges[1].certifications == ()  # Bo's expired
    assert batch.badges[0].photo_png is None  # no photo consent
    assert batch.badges[0].role_or_since == "Member since 2026"
    assert all(r.kind == CredentialKind.BADGE and r.serial.startswith("B-") for r in batch.issued)
    out = io.BytesIO()
    assert credentials.write_pdf(batch, out) == 1
    with club.as_("dee") as uow:
        in_workshop = credentials.badge_participants(uow, workshop_id=row.id)
        everyone = credentials.badge_participants(uow, everyone=True)
    assert len(in_workshop) == 2 and len(everyone) == 4
    with club.as_("dee") as uow, pytest.raises(NotFoundError) as unknown:
        credentials.badge_participants(uow, badge_codes=["NOPE0000"])
    assert "NOPE0000" in unknown.value.message
    with club.as_("dee") as uow, pytest.raises(ValidationError):
        credentials.badge_participants(uow, workshop_id=row.id, everyone=True)
    with club.as_("dee") as uow, pytest.raises(ValidationError):
        credentials.issue_badges(uow, [club.ids["adult"]], "a5")
    with club.as_("dee") as uow:
        again = credentials.reprint(uow, [batch.issued[0].id], layout="cr80")
        listed = credentials.list_issued(uow)
    assert again.issued[0].serial == batch.issued[0].serial
    assert len(listed) == 2


def test_two_units_share_one_key(club) -> None:
    with club.uow() as uow:
        first = signing.sign(uow, "C-2026-000001")
    with club.uow() as uow:
        assert signing.sign(uow, "C-2026-000001") == first
    with club.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Setting).where(
            Setting.key == signing.KEY_SETTING)) == 1


def test_code_format_round_trip() -> None:
    code = signing.format_code("B-2026-123456", bytes(range(10)))
    assert len(code) == 29 and code.count("-") == 4
    decoded = signing.parse_code(code.replace("0", "o").lower())
    assert decoded.serial == "B-2026-123456" and decoded.signature == bytes(range(10))
    for i in range(29):
        if code[i] == "-":
            continue
        for ch in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
            if ch == code[i]:
                continue
            with pytest.raises(signing.CodeMistyped):
                signing.parse_code(code[:i] + ch + code[i + 1:])
            break


def test_system_actor_acts_as_admin(club) -> None:
    row = completed_workshop(club)
    with club.factory(actor=Actor.system(), clock=lambda: NOW) as uow:
        batch = credentials.issue_certificates(uow, row.id)
    assert batch.issued[0].issued_by == ""  # no staff member: the audit names the OS user
