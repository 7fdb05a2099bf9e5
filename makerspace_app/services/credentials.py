"""Badges and certificates: issued, recorded, reprinted, revoked and verified.

Every badge and certificate issued gets a row in ``issued_credentials``: a serial
(``C-2026-000123`` for a certificate, ``B-…`` for a badge), a verification code signed with the
organisation's key (``signing``), who issued it and when. The functions here return what to
print as plain data (``printing.CertificateData`` / ``BadgeData``); ``write_pdf`` draws it.

- Certificates are issued for one workshop at a time, only to the enrolled participants who
  met its completion rule (``attendance.completion_status``); the others are listed with the
  reason. A participant who already holds a certificate of that workshop (not revoked) gets
  the same one again (a reprint), never a second serial.
- Each certificate is printed in the participant's preferred language where the app has that
  language, else the organisation's; ``bilingual`` adds the organisation's language.
- Badges: for some participants (by id or badge code), everyone enrolled in a workshop, or
  everyone. The photo is printed only with current photo consent.
- Revoking needs a coordinator and is audited; a revoked certificate verifies as revoked.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from makerspace_app.domain.enums import (
    ConsentKind,
    CredentialKind,
    EnrolmentStatus,
    StaffRole,
)
from makerspace_app.domain.errors import ConflictError, NotFoundError, ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Certification,
    ConsentRecord,
    Enrolment,
    EquipmentCategory,
    IssuedCredential,
    Participant,
    StaffMember,
    Workshop,
    WorkshopSession,
)
from makerspace_app.printing import wording
from makerspace_app.printing.badges import BadgeData, OrgData
from makerspace_app.printing.certificates import DESIGNS, CertificateData
from makerspace_app.printing.layouts import LAYOUTS
from makerspace_app.services import attendance, settings, signing
from makerspace_app.services.attendance import Reason
from makerspace_app.services.permissions import require
from makerspace_app.services.search import participant_display_name
from makerspace_app.services.uow import UnitOfWork
from makerspace_app.services.workshops import (
    ACTION_LOOK_UP,
    leaders_of,
    load_workshop,
    makerspace_zone,
)

ACTION_CERTIFICATES = QT_TRANSLATE_NOOP("Actions", "issue certificates")
ACTION_BADGES = QT_TRANSLATE_NOOP("Actions", "print badges")
ACTION_REVOKE = QT_TRANSLATE_NOOP("Actions", "revoke badges and certificates")
ACTION_VERIFY = QT_TRANSLATE_NOOP("Actions", "check verification codes")

#: The command line's and the Print screen's names of the badge layouts.
LAYOUT_NAMES = {"cr80": "cr80", "avery-5395": "avery5395", "avery-l7418": "averyL7418"}
MAX_REASON = 500


# --- Values -------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedRow:
    id: int
    kind: CredentialKind
    serial: str
    verification_code: str
    participant_id: int
    participant_name: str
    workshop_id: int | None
    workshop_title: str
    language: str
    design: str
    issued_by: str
    issued_at: dt.datetime
    revoked_at: dt.datetime | None
    revoked_by: str
    revocation_reason: str

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class NotIssued:
    participant_id: int
    display_name: str
    reason: Reason


@dataclass(frozen=True)
class CertificatePlan:
    """Who would get a certificate of a workshop, and who would not and why."""

    workshop_id: int
    workshop_title: str
    qualified: tuple[tuple[int, str], ...]  # (participant id, name)
    already_issued: tuple[int, ...]  # participant ids holding an unrevoked certificate
    not_qualified: tuple[NotIssued, ...]


@dataclass(frozen=True)
class CertificateBatch:
    issued: tuple[IssuedRow, ...]  # new serials
    reprinted: tuple[IssuedRow, ...]  # certificates they already held, printed again
    not_issued: tuple[NotIssued, ...]
    pages: tuple[CertificateData, ...]  # in the order of issued + reprinted, by name
    paper: str
    design: str


@dataclass(frozen=True)
class BadgeBatch:
    issued: tuple[IssuedRow, ...]
    badges: tuple[BadgeData, ...]
    org: OrgData
    layout: str  # a key of printing.layouts.LAYOUTS


@dataclass(frozen=True)
class Verification:
    genuine: bool  # issued by this organisation and not revoked
    row: IssuedRow

    @property
    def revoked(self) -> bool:
        return self.row.revoked


# --- Helpers ------------------------------------------------------------------------------


def _png_setting(value: str) -> bytes | None:
    """A PNG from a setting: base64 data, or the path of a file."""
    value = (value or "").strip()
    if not value:
        return None
    if value.startswith("data:"):
        value = value.split(",", 1)[-1]
    # Not an inline picture? Then the setting may name a file.
    with contextlib.suppress(binascii.Error, ValueError):
        data = base64.b64decode(value, validate=True)
        if data.startswith(b"\x89PNG"):
            return data
    try:
        path = Path(value).expanduser()
        if path.is_file():
            return path.read_bytes()
    except OSError:
        return None
    return None


def _local_day(moment: dt.datetime, uow: UnitOfWork) -> dt.date:
    return moment.astimezone(makerspace_zone(uow)).date()


_Issuer = aliased(StaffMember)
_Revoker = aliased(StaffMember)


def _row_query():
    return (
        select(IssuedCredential, Participant.given_name, Participant.family_name,
               Participant.preferred_name, Workshop.title, _Issuer.display_name.label("issuer"),
               _Revoker.display_name.label("revoker"))
        .join(Participant, Participant.id == IssuedCredential.participant_id)
        .outerjoin(Workshop, Workshop.id == IssuedCredential.workshop_id)
        .outerjoin(_Issuer, _Issuer.id == IssuedCredential.issued_by_staff_id)
        .outerjoin(_Revoker, _Revoker.id == IssuedCredential.revoked_by_staff_id)
    )


def _to_row(r) -> IssuedRow:
    c: IssuedCredential = r[0]
    return IssuedRow(
        id=c.id, kind=CredentialKind(c.kind), serial=c.serial,
        verification_code=c.verification_code, participant_id=c.participant_id,
        participant_name=participant_display_name(r.given_name, r.family_name, r.preferred_name),
        workshop_id=c.workshop_id, workshop_title=r.title or "", language=c.language,
        design=c.design, issued_by=r.issuer or "", issued_at=c.issued_at,
        revoked_at=c.revoked_at, revoked_by=r.revoker or "",
        revocation_reason=c.revocation_reason or "")


def _rows(uow: UnitOfWork, ids: Sequence[int]) -> list[IssuedRow]:
    if not ids:
        return []
    found = {r[0].id: _to_row(r) for r in uow.session.execute(
        _row_query().where(IssuedCredential.id.in_(list(ids))))}
    return [found[i] for i in ids if i in found]


def _record(uow: UnitOfWork, kind: CredentialKind, people: Sequence[tuple[int, str]],
            workshop_id: int | None, design: str) -> list[int]:
    """Insert one credential per (participant id, language); serials come from the row ids,
    so desks issuing at the same moment never collide. Returns the new ids in order."""
    now = uow.now()
    year = _local_day(now, uow).year
    rows = [IssuedCredential(kind=kind, serial=f"pending-{uuid.uuid4().hex}",
                             verification_code=f"pending-{uuid.uuid4().hex}",
                             participant_id=pid, workshop_id=workshop_id, language=language,
                             design=design, issued_by_staff_id=uow.actor.staff_id,
                             issued_at=now, revocation_reason="")
            for pid, language in people]
    uow.session.add_all(rows)
    uow.session.flush()
    for row in rows:
        row.serial = signing.make_serial(kind.value, year, row.id)
        row.verification_code = signing.sign(uow, row.serial)
    uow.session.flush()
    return [row.id for row in rows]


def _org(uow: UnitOfWork) -> tuple[str, str, bytes | None]:
    return (settings.get(uow, "organisation.name"), settings.get(uow, "organisation.language"),
            _png_setting(settings.get(uow, "organisation.logo_png")))


# --- Certificates ---------------------------------------------------------------------------


def certificate_plan(uow: UnitOfWork, workshop_id: int) -> CertificatePlan:
    """Who qualifies for a certificate of the workshop, who already holds one, who does not
    qualify and why. Changes nothing."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    workshop = load_workshop(uow, workshop_id)
    rows = attendance.completion_status(uow, workshop_id)
    holders = set(uow.session.scalars(select(IssuedCredential.participant_id).where(
        IssuedCredential.kind == CredentialKind.CERTIFICATE,
        IssuedCredential.workshop_id == workshop_id, IssuedCredential.revoked_at.is_(None))))
    qualified = tuple((r.participant_id, r.display_name) for r in rows if r.complete)
    not_qualified = tuple(NotIssued(r.participant_id, r.display_name, r.reason)
                          for r in rows if not r.complete and r.reason is not None)
    return CertificatePlan(workshop.id, workshop.title, qualified,
                           tuple(pid for pid, _ in qualified if pid in holders), not_qualified)


def _workshop_texts(uow: UnitOfWork, workshop: Workshop
                    ) -> tuple[tuple[dt.date, dt.date] | None, float, list[str]]:
    sessions = uow.session.execute(
        select(WorkshopSession.starts_at, WorkshopSession.ends_at).where(
            WorkshopSession.workshop_id == workshop.id, WorkshopSession.cancelled_at.is_(None))
        .order_by(WorkshopSession.starts_at)).all()
    span = None
    hours = 0.0
    if sessions:
        span = (_local_day(sessions[0].starts_at, uow), _local_day(sessions[-1].starts_at, uow))
        seconds = sum((s.ends_at - s.starts_at).total_seconds() for s in sessions)
        hours = round(seconds / 1800) / 2  # to the half hour
    leaders = [name for _sid, name in leaders_of(uow, workshop.id)]
    return span, hours, leaders


def _certificate_data(uow: UnitOfWork, credential: IssuedCredential, person: Participant,
                      workshop: Workshop, texts, org: tuple[str, str, bytes | None],
                      bilingual: bool) -> CertificateData:
    span, hours, leaders = texts
    org_name, org_language, logo = org
    lang = credential.language
    second = wording.language_of(org_language) or "en"
    two = bilingual and second != lang

    def both(make: Callable[[str], str]) -> str:
        return wording.bilingual(make(lang), make(second)) if two else make(lang)

    labels = wording.certificate_labels(lang)
    if two:
        other = wording.certificate_labels(second)
        labels = {k: wording.bilingual(v, other[k]) for k, v in labels.items()}
    issued_day = _local_day(credential.issued_at, uow)
    dates = both(lambda lg: wording.format_date_range(span[0], span[1], lg)) if span else ""
    return CertificateData(
        participant_name=" ".join(p for p in (person.given_name, person.family_name) if p),
        workshop_title=workshop.title,
        dates_text=dates,
        hours_text=both(lambda lg: wording.format_hours(hours, lg)) if hours else "",
        leaders_text=both(lambda lg: wording.led_by(leaders, lg)) if leaders else "",
        org_name=org_name,
        logo_png=logo,
        signature_png=_png_setting(settings.get(uow, "certificates.signature_png")),
        signatory=settings.get(uow, "certificates.signatory"),
        issue_date_text=both(lambda lg: wording.format_date(issued_day, lg)),
        serial=credential.serial,
        verification_code=credential.verification_code,
        verify_hint=both(lambda lg: wording.verify_hint(lg, org_name)) if org_name.strip()
        else "",
        labels=labels,
    )


def _check_design(design: str) -> str:
    if design not in DESIGNS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no certificate design called “{design}”. "
              "Choose one of: {choices}."), design=design, choices=", ".join(DESIGNS))
    return design


def issue_certificates(uow: UnitOfWork, workshop_id: int, *, design: str = "formal",
                       bilingual: bool = False) -> CertificateBatch:
    """Issue the workshop's certificates in one batch: a new serial for each participant who
    met the completion rule and holds none yet, the same certificate again for those who do;
    everyone else is listed with the reason. Audited."""
    _check_design(design)
    # Certificates are a coordinator's to issue (issue 8's roles); leaders take attendance.
    require(uow, StaffRole.COORDINATOR, ACTION_CERTIFICATES)
    workshop = load_workshop(uow, workshop_id)
    # One batch per workshop at a time (PostgreSQL row lock; SQLite holds the write lock).
    uow.session.execute(select(Workshop.id).where(Workshop.id == workshop_id).with_for_update())
    plan = certificate_plan(uow, workshop_id)
    if not plan.qualified:
        raise ConflictError(
            QT_TRANSLATE_NOOP("DomainError", "Nobody has completed “{workshop}” yet, so there is no certificate "
              "to issue ({count} enrolled). Take attendance, or change the completion rule."),
            workshop=workshop.title, count=len(plan.not_qualified))
    org = _org(uow)
    people = {p.id: p for p in uow.session.scalars(select(Participant).where(
        Participant.id.in_([pid for pid, _ in plan.qualified])))}
    existing = {c.participant_id: c for c in uow.session.scalars(select(IssuedCredential).where(
        IssuedCredential.kind == CredentialKind.CERTIFICATE,
        IssuedCredential.workshop_id == workshop_id, IssuedCredential.revoked_at.is_(None))
        .order_by(IssuedCredential.id))}
    new_people = [(pid, wording.certificate_language(people[pid].preferred_language, org[1]))
                  for pid, _name in plan.qualified if pid not in existing]
    new_ids = _record(uow, CredentialKind.CERTIFICATE, new_people, workshop_id, design)
    for cid in new_ids:
        uow.audit("issue", "credential", cid, kind="certificate", workshop_id=workshop_id,
                  design=design, bilingual=bilingual)
    reprinted_ids = [existing[pid].id for pid, _ in plan.qualified if pid in existing]
    for cid in reprinted_ids:
        uow.audit("reprint", "credential", cid, kind="certificate", workshop_id=workshop_id)
    credentials = {c.id: c for c in uow.session.scalars(select(IssuedCredential).where(
        IssuedCredential.id.in_(new_ids + reprinted_ids)))}
    texts = _workshop_texts(uow, workshop)
    order = {pid: i for i, (pid, _name) in enumerate(plan.qualified)}
    by_name = sorted(credentials.values(), key=lambda c: order[c.participant_id])
    pages = tuple(_certificate_data(uow, c, people[c.participant_id], workshop, texts, org,
                                    bilingual) for c in by_name)
    return CertificateBatch(
        issued=tuple(_rows(uow, new_ids)), reprinted=tuple(_rows(uow, reprinted_ids)),
        not_issued=plan.not_qualified, pages=pages,
        paper=settings.get(uow, "certificates.paper"), design=design)


# --- Badges -------------------------------------------------------------------------------


def _check_layout(layout: str) -> str:
    key = LAYOUT_NAMES.get(layout, layout)
    if key not in LAYOUTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no badge layout called “{layout}”. Choose one of: "
              "{choices}."), layout=layout, choices=", ".join(LAYOUT_NAMES))
    return key


def badge_participants(uow: UnitOfWork, *, participant_ids: Iterable[int] = (),
                       badge_codes: Iterable[str] = (), workshop_id: int | None = None,
                       everyone: bool = False) -> list[tuple[int, str]]:
    """(id, name) of the participants chosen for badges, by name; erased ones never."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    ids = list(dict.fromkeys(participant_ids))
    codes = [c.strip().upper() for c in badge_codes if c and c.strip()]
    chosen = sum(bool(x) for x in (ids or codes, workshop_id is not None, everyone))
    if chosen != 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose whose badges to print: some participants, everyone in one "
            "workshop, or everyone."))
    query = select(Participant.id, Participant.given_name, Participant.family_name,
                   Participant.preferred_name, Participant.badge_code).where(
        Participant.erased_at.is_(None))
    if ids or codes:
        query = query.where(or_(Participant.id.in_(ids), func.upper(Participant.badge_code).in_(
            codes)))
    elif workshop_id is not None:
        load_workshop(uow, workshop_id)
        query = query.join(Enrolment, Enrolment.participant_id == Participant.id).where(
            Enrolment.workshop_id == workshop_id, Enrolment.status == EnrolmentStatus.ENROLLED)
    rows = uow.session.execute(query).all()
    if ids or codes:
        found_ids = {r.id for r in rows}
        found_codes = {r.badge_code.upper() for r in rows}
        missing = [str(i) for i in ids if i not in found_ids] + [
            c for c in codes if c not in found_codes]
        if missing:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "DomainError", "No participant has the badge code {codes}. Check the code "
                "(it is printed under the QR code of their badge), or search by name."),
                codes=", ".join(missing))
    from makerspace_app.domain.text import fold

    people = [(r.id, participant_display_name(r.given_name, r.family_name, r.preferred_name))
              for r in rows]
    return sorted(people, key=lambda p: (fold(p[1]), p[0]))


def _badge_data(uow: UnitOfWork, ids: Sequence[int], language: str) -> dict[int, BadgeData]:
    """What each participant's badge shows; photos only with current photo consent."""
    now = uow.now()
    out: dict[int, BadgeData] = {}
    chunk = 500
    for start in range(0, len(ids), chunk):
        part = list(ids[start:start + chunk])
        consent = set(uow.session.scalars(select(ConsentRecord.participant_id).where(
            ConsentRecord.participant_id.in_(part), ConsentRecord.kind == ConsentKind.PHOTO,
            ConsentRecord.withdrawn_at.is_(None))))
        certs: dict[int, list[str]] = {}
        for pid, name in uow.session.execute(
            select(Certification.participant_id, EquipmentCategory.name)
            .join(EquipmentCategory, EquipmentCategory.id == Certification.category_id)
            .where(Certification.participant_id.in_(part), Certification.granted_at <= now,
                   or_(Certification.revoked_at.is_(None), Certification.revoked_at > now),
                   or_(Certification.expires_at.is_(None), Certification.expires_at > now))
            .order_by(EquipmentCategory.name)
        ):
            if name not in certs.setdefault(pid, []):
                certs[pid].append(name)
        photos = dict(uow.session.execute(select(Participant.id, Participant.photo).where(
            Participant.id.in_([p for p in part if p in consent]),
            Participant.photo.is_not(None))).all()) if consent else {}
        for p in uow.session.execute(select(
                Participant.id, Participant.given_name, Participant.family_name,
                Participant.preferred_name, Participant.badge_code, Participant.created_at)
                .where(Participant.id.in_(part))):
            out[p.id] = BadgeData(
                display_name=" ".join(x for x in (p.given_name, p.family_name) if x),
                preferred_name=p.preferred_name,
                role_or_since=wording.member_since(_local_day(p.created_at, uow).year, language),
                certifications=tuple(certs.get(p.id, ())),
                badge_code=p.badge_code,
                photo_png=photos.get(p.id) if p.id in consent else None,
            )
    return out


def issue_badges(uow: UnitOfWork, participant_ids: Sequence[int], layout: str) -> BadgeBatch:
    """Record a badge for each participant (in the order given) and return what to print."""
    require(uow, StaffRole.FRONT_DESK, ACTION_BADGES)
    key = _check_layout(layout)
    if not participant_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "There is nobody to print a badge for. Choose "
                                "at least one participant."))
    org_name, org_language, logo = _org(uow)
    language = wording.language_of(org_language) or "en"
    data = _badge_data(uow, participant_ids, language)
    missing = [pid for pid in participant_ids if pid not in data]
    if missing:
        raise NotFoundError(QT_TRANSLATE_NOOP("DomainError", "Participant {id} does not exist (any more). "
                              "Search for them again."), id=missing[0])
    ids = _record(uow, CredentialKind.BADGE, [(pid, language) for pid in participant_ids],
                  None, "standard")
    uow.audit("issue", "credential", None, kind="badge", count=len(ids), layout=key,
              first_id=ids[0], last_id=ids[-1])
    return BadgeBatch(tuple(_rows(uow, ids)), tuple(data[pid] for pid in participant_ids),
                      OrgData(org_name, logo), key)


# --- Listing, reprint, revoke, verify -------------------------------------------------------


def list_issued(uow: UnitOfWork, *, kind: CredentialKind | None = None,
                workshop_id: int | None = None, limit: int = 500) -> list[IssuedRow]:
    """The latest issued badges and certificates first."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    query = _row_query()
    if kind is not None:
        query = query.where(IssuedCredential.kind == kind)
    if workshop_id is not None:
        query = query.where(IssuedCredential.workshop_id == workshop_id)
    query = query.order_by(IssuedCredential.issued_at.desc(), IssuedCredential.id.desc())
    return [_to_row(r) for r in uow.session.execute(query.limit(limit))]


def _not_found(credential_id: int) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("DomainError", "Badge or certificate {id} does not exist. Refresh "
                           "the list and choose it again."), id=credential_id)


def reprint(uow: UnitOfWork, credential_ids: Sequence[int], *, layout: str = "cr80",
            bilingual: bool = False) -> CertificateBatch | BadgeBatch:
    """Print recorded credentials again with their own serial and code (all of one kind).
    A revoked one is refused: issue a new one instead. Audited."""
    found = {c.id: c for c in uow.session.scalars(select(IssuedCredential).where(
        IssuedCredential.id.in_(list(credential_ids))))}
    for cid in credential_ids:
        if cid not in found:
            raise _not_found(cid)
    chosen = [found[cid] for cid in credential_ids]
    kinds = {CredentialKind(c.kind) for c in chosen}
    if len(kinds) != 1:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Reprint badges and certificates separately: "
                                "choose only badges, or only certificates."))
    revoked = [c for c in chosen if c.revoked_at is not None]
    if revoked:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "{serial} was revoked, so it cannot be printed "
                              "again. Issue a new one instead."), serial=revoked[0].serial)
    kind = kinds.pop()
    if kind == CredentialKind.BADGE:
        require(uow, StaffRole.FRONT_DESK, ACTION_BADGES)
        key = _check_layout(layout)
        org_name, org_language, logo = _org(uow)
        data = _badge_data(uow, list(dict.fromkeys(c.participant_id for c in chosen)),
                           wording.language_of(org_language) or "en")
        for c in chosen:
            uow.audit("reprint", "credential", c.id, kind="badge", layout=key)
        return BadgeBatch(tuple(_rows(uow, [c.id for c in chosen])),
                          tuple(data[c.participant_id] for c in chosen), OrgData(org_name, logo),
                          key)
    org = _org(uow)
    pages = []
    for c in chosen:
        require(uow, StaffRole.COORDINATOR, ACTION_CERTIFICATES)
        workshop = load_workshop(uow, c.workshop_id)
        person = uow.session.get(Participant, c.participant_id)
        pages.append(_certificate_data(uow, c, person, workshop, _workshop_texts(uow, workshop),
                                       org, bilingual))
        uow.audit("reprint", "credential", c.id, kind="certificate", workshop_id=c.workshop_id)
    designs = {c.design for c in chosen}
    return CertificateBatch((), tuple(_rows(uow, [c.id for c in chosen])), (), tuple(pages),
                            settings.get(uow, "certificates.paper"),
                            designs.pop() if len(designs) == 1 else chosen[0].design)


def revoke(uow: UnitOfWork, credential_id: int, reason: str) -> IssuedRow:
    """Revoke a badge or certificate: it then verifies as revoked. Needs a coordinator."""
    require(uow, StaffRole.COORDINATOR, ACTION_REVOKE)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Say why it is revoked (for example “issued by "
                                "mistake”): the reason is kept with the record."))
    if len(reason) > MAX_REASON:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The reason is {length} characters long; "
                                "shorten it to {limit} or fewer."), length=len(reason),
                              limit=MAX_REASON)
    credential = uow.session.get(IssuedCredential, credential_id, with_for_update=True)
    if credential is None:
        raise _not_found(credential_id)
    if credential.revoked_at is not None:
        raise ConflictError(QT_TRANSLATE_NOOP("DomainError", "{serial} was already revoked. Nothing was "
                              "changed."), serial=credential.serial)
    credential.revoked_at = max(uow.now(), credential.issued_at)
    credential.revoked_by_staff_id = uow.actor.staff_id
    credential.revocation_reason = reason
    uow.session.flush()
    uow.audit("revoke", "credential", credential.id, serial=credential.serial, reason=reason)
    return _rows(uow, [credential.id])[0]


MISTYPED = QT_TRANSLATE_NOOP("DomainError", "“{code}” is not a verification code: {detail}. Check it against "
             "the printed code (groups of five letters and digits).")
NOT_GENUINE = QT_TRANSLATE_NOOP("DomainError", "“{code}” was not issued by {org}: no badge or certificate has "
                "this code. Check it for typing mistakes; if it is typed right, the document "
                "is not genuine.")


def verify(uow: UnitOfWork, typed: str) -> Verification:
    """Check a typed or scanned code: its form, its signature, then the record.

    Raises ValidationError for a mistyped code and NotFoundError for a code this organisation
    did not issue; a revoked one comes back with ``genuine`` False."""
    require(uow, StaffRole.FRONT_DESK, ACTION_VERIFY)
    shown = " ".join(typed.split())[:60]
    try:
        decoded = signing.parse_code(typed)
    except signing.CodeMistyped as exc:
        raise ValidationError(MISTYPED, code=shown, detail=str(exc)) from None
    org = settings.get(uow, "organisation.name") or "this organisation"
    if not signing.signature_matches(uow, decoded):
        raise NotFoundError(NOT_GENUINE, code=shown, org=org)
    found = uow.session.execute(_row_query().where(
        IssuedCredential.serial == decoded.serial,
        IssuedCredential.verification_code == signing.normalise_code(typed))).first()
    if found is None:  # signed by this key but not (or no longer) in this database
        raise NotFoundError(NOT_GENUINE, code=shown, org=org)
    row = _to_row(found)
    return Verification(genuine=not row.revoked, row=row)


# --- Drawing ------------------------------------------------------------------------------


def write_pdf(batch: CertificateBatch | BadgeBatch, out: Path | str | BinaryIO,
              progress: Callable[[int, int], None] | None = None) -> int:
    """Draw a batch into one PDF; returns the number of pages. ``progress(done, total)`` is
    called as pages are drawn (it may raise to stop)."""
    from makerspace_app.printing import render_badges, render_certificates

    if isinstance(batch, CertificateBatch):
        return render_certificates(list(batch.pages), out, paper=batch.paper,
                                   design=batch.design, progress=progress)
    return render_badges(list(batch.badges), batch.layout, out, batch.org, progress=progress)


__all__ = [
    "ACTION_BADGES",
    "ACTION_CERTIFICATES",
    "ACTION_REVOKE",
    "LAYOUT_NAMES",
    "BadgeBatch",
    "CertificateBatch",
    "CertificatePlan",
    "IssuedRow",
    "NotIssued",
    "Verification",
    "badge_participants",
    "certificate_plan",
    "issue_badges",
    "issue_certificates",
    "list_issued",
    "reprint",
    "revoke",
    "verify",
    "write_pdf",
]
