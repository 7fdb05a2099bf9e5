"""The participants registry: register, edit, look up and find the people the makerspace serves.

Names are stored as typed (NFC, trimmed) in any script; ``search_text`` always holds the folded
forms of everything a participant can be found by (domain/text.py), so the desk finds a person
by any part of the name, their e-mail, phone digits or badge code, whatever the case, accents
or script. A participant under the adult age (setting ``participants.adult_age``) needs a
guardian: an adult participant, or a guardian's name and contact.

Validation is split in two so the CSV import can share it: ``clean_input`` checks one
participant's own fields without touching the database; ``check_guardian_rule`` applies the
minor-needs-a-guardian rule once the guardian is known.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    func,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.visitors import InternalTraversal

from makerspace_app.domain import codes, people
from makerspace_app.domain.enums import ACCESSIBILITY_TAGS, AgeBand, StaffRole
from makerspace_app.domain.errors import ConflictError, NotFoundError, ValidationError
from makerspace_app.domain.people import age_on, band_for_age
from makerspace_app.domain.text import escape_like, fold, normalise_text, search_key
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import Participant, Site
from makerspace_app.services import settings
from makerspace_app.services.permissions import require
from makerspace_app.services.search import participant_display_name
from makerspace_app.services.uow import UnitOfWork

CTX = "Participants"
MAX_AGE_YEARS = 120
BADGE_CODE_ATTEMPTS = 20

ACTION_REGISTER = QT_TRANSLATE_NOOP("Actions", "register participants")
ACTION_EDIT = QT_TRANSLATE_NOOP("Actions", "edit participants")
ACTION_LOOK_UP = QT_TRANSLATE_NOOP("Actions", "look up participants")

# What each field is called in messages (translated by the ui before being put in a message).
LABELS = {
    "given_name": QT_TRANSLATE_NOOP("Participants", "given name"),
    "family_name": QT_TRANSLATE_NOOP("Participants", "family name"),
    "preferred_name": QT_TRANSLATE_NOOP("Participants", "preferred name"),
    "pronouns": QT_TRANSLATE_NOOP("Participants", "pronouns"),
    "date_of_birth": QT_TRANSLATE_NOOP("Participants", "date of birth"),
    "age_band": QT_TRANSLATE_NOOP("Participants", "age band"),
    "email": QT_TRANSLATE_NOOP("Participants", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("Participants", "phone"),
    "address": QT_TRANSLATE_NOOP("Participants", "address"),
    "languages": QT_TRANSLATE_NOOP("Participants", "languages"),
    "preferred_language": QT_TRANSLATE_NOOP("Participants", "preferred language"),
    "accessibility_tags": QT_TRANSLATE_NOOP("Participants", "accessibility needs"),
    "accessibility_notes": QT_TRANSLATE_NOOP("Participants", "accessibility notes"),
    "guardian_participant_id": QT_TRANSLATE_NOOP("Participants", "guardian"),
    "guardian_name": QT_TRANSLATE_NOOP("Participants", "guardian's name"),
    "guardian_contact": QT_TRANSLATE_NOOP("Participants", "guardian's contact"),
    "notes": QT_TRANSLATE_NOOP("Participants", "notes"),
    "site_id": QT_TRANSLATE_NOOP("Participants", "site"),
}

# One-line text fields and the longest value each column holds (None: no limit).
_LINE_FIELDS: dict[str, int] = {
    "given_name": 200,
    "family_name": 200,
    "preferred_name": 200,
    "pronouns": 64,
    "email": 254,
    "phone": 64,
    "guardian_name": 200,
    "guardian_contact": 254,
}
# Free text that may span several lines.
_TEXT_FIELDS = ("address", "accessibility_notes", "notes")
MAX_TEXT = 10_000

# Every field a participant's own record holds, in the order a form shows them.
EDITABLE_FIELDS = (
    "given_name", "family_name", "preferred_name", "pronouns", "date_of_birth", "age_band",
    "email", "phone", "address", "languages", "preferred_language", "accessibility_tags",
    "accessibility_notes", "guardian_participant_id", "guardian_name", "guardian_contact",
    "notes", "site_id",
)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_PHONE = re.compile(r"^[\d\s+\-().]+$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$")


# --- Values in and out --------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantInput:
    """What a registration or edit form gathers. Empty strings mean "not given"."""

    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    date_of_birth: dt.date | None = None
    age_band: AgeBand | str | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    languages: tuple[str, ...] = ()
    preferred_language: str = ""
    accessibility_tags: tuple[str, ...] = ()
    accessibility_notes: str = ""
    guardian_participant_id: int | None = None
    guardian_name: str = ""
    guardian_contact: str = ""
    notes: str = ""
    site_id: int | None = None


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the participants list or of search results."""

    id: int
    badge_code: str
    display_name: str
    given_name: str
    family_name: str
    preferred_name: str
    age: int | None
    age_band: AgeBand | None
    email: str
    phone: str


@dataclass(frozen=True)
class ParticipantDetails:
    """Everything the participant page shows. ``possible_duplicates`` is filled only by
    ``register_participant``: ids of other participants with the same name and birth date."""

    id: int
    badge_code: str
    display_name: str
    given_name: str
    family_name: str
    preferred_name: str
    pronouns: str
    date_of_birth: dt.date | None
    age: int | None
    age_band: AgeBand | None
    is_minor: bool | None
    email: str
    phone: str
    address: str
    languages: tuple[str, ...]
    preferred_language: str
    accessibility_tags: tuple[str, ...]
    accessibility_notes: str
    guardian_participant_id: int | None
    guardian_display_name: str
    guardian_badge_code: str
    guardian_name: str
    guardian_contact: str
    notes: str
    site_id: int | None
    has_photo: bool
    created_at: dt.datetime
    erased_at: dt.datetime | None
    possible_duplicates: list[int] = field(default_factory=list)

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None

    def as_input(self) -> ParticipantInput:
        """The editable fields, to change some with dataclasses.replace and save."""
        return ParticipantInput(
            given_name=self.given_name,
            family_name=self.family_name,
            preferred_name=self.preferred_name,
            pronouns=self.pronouns,
            # With a date of birth the band is derived from it, never typed separately.
            date_of_birth=self.date_of_birth,
            age_band=None if self.date_of_birth else self.age_band,
            email=self.email,
            phone=self.phone,
            address=self.address,
            languages=self.languages,
            preferred_language=self.preferred_language,
            accessibility_tags=self.accessibility_tags,
            accessibility_notes=self.accessibility_notes,
            guardian_participant_id=self.guardian_participant_id,
            guardian_name=self.guardian_name,
            guardian_contact=self.guardian_contact,
            notes=self.notes,
            site_id=self.site_id,
        )


# --- Ages -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgeContext:
    """What deciding ages needs: today in the makerspace's time zone and the adult age."""

    today: dt.date
    adult_age: int


def local_today(uow: UnitOfWork) -> dt.date:
    """Today in the makerspace's time zone (setting ``organisation.timezone``)."""
    return uow.now().astimezone(settings.timezone(uow)).date()


def age_context(uow: UnitOfWork) -> AgeContext:
    return AgeContext(local_today(uow), int(settings.get(uow, "participants.adult_age")))


def current_band(
    date_of_birth: dt.date | None, stored_band: AgeBand | None, today: dt.date
) -> AgeBand | None:
    if date_of_birth is not None:
        return band_for_age(age_on(date_of_birth, today))
    return stored_band


def is_minor(date_of_birth: dt.date | None, band: AgeBand | None, ctx: AgeContext) -> bool | None:
    """True under the adult age; from the band, under_12 and 12_17 are minors. None: unknown."""
    return people.is_minor(date_of_birth, band, ctx.today, ctx.adult_age)


def phone_digits(phone: str) -> str:
    """The digits of a phone number in ASCII (Arabic-Indic and other digits included)."""
    return "".join(str(unicodedata.decimal(ch)) for ch in phone if ch.isdecimal())


def participant_search_key(
    given: str, family: str, preferred: str, email: str, phone: str, badge_code: str
) -> str:
    """What ``search_text`` must hold; services/search.py searches it with LIKE."""
    return search_key(given, family, preferred, email, phone_digits(phone), badge_code)


# --- Validation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanParticipant:
    """A participant's own fields, validated and in stored form (guardian not yet checked)."""

    given_name: str
    family_name: str
    preferred_name: str
    pronouns: str
    date_of_birth: dt.date | None
    age_band: AgeBand | None
    email: str
    phone: str
    address: str
    languages: tuple[str, ...]
    preferred_language: str
    accessibility_tags: tuple[str, ...]
    accessibility_notes: str
    guardian_participant_id: int | None
    guardian_name: str
    guardian_contact: str
    notes: str
    site_id: int | None
    minor: bool

    def column_values(self) -> dict[str, Any]:
        values = {name: getattr(self, name) for name in EDITABLE_FIELDS}
        values["languages"] = list(self.languages)
        values["accessibility_tags"] = list(self.accessibility_tags)
        return values


def _too_long(name: str, length: int, limit: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "DomainError", "The {label} is too long ({length} characters; at most {limit}). Shorten it."
        ),
        label=LABELS[name], length=length, limit=limit, field=name,
    )


def _has_control(value: str, allowed: str = "") -> bool:
    return any(
        unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in value
    )


def _control_char(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "The {label} contains an invisible control character that cannot be stored. "
            "Retype it instead of pasting it.",
        ),
        label=LABELS[name], field=name,
    )


def _line(name: str, value: str | None) -> str:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be text, not {type(value).__name__}")
    # Control characters are checked first: \t, \n, \r would otherwise be folded to spaces.
    if _has_control(value or "", allowed="\t\n\r"):
        raise _control_char(name)
    clean = normalise_text(value)
    limit = _LINE_FIELDS[name]
    if len(clean) > limit:
        raise _too_long(name, len(clean), limit)
    return clean


def _free_text(name: str, value: str | None) -> str:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be text, not {type(value).__name__}")
    text = unicodedata.normalize("NFC", (value or "").replace("\r\n", "\n").replace("\r", "\n"))
    text = text.strip()
    if _has_control(text, allowed="\t\n"):
        raise _control_char(name)
    if len(text) > MAX_TEXT:
        raise _too_long(name, len(text), MAX_TEXT)
    return text


def parse_age_band(value: AgeBand | str | None) -> AgeBand | None:
    if value is None or isinstance(value, AgeBand):
        return value
    typed = normalise_text(value)
    if not typed:
        return None
    try:
        return AgeBand(typed.casefold())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "“{value}” is not an age band. Choose one of: {choices}."),
            value=typed, choices=", ".join(b.value for b in AgeBand), field="age_band",
        ) from None


def normalise_language(value: str, name: str = "languages") -> str:
    """A language code in its usual form: ``pt-BR``, ``sr-Latn``, ``ar``."""
    typed = normalise_text(value)
    if not _LANGUAGE.match(typed) or len(typed) > 16:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "“{value}” is not a language code. Use a code such as en, es, ar or pt-BR.",
            ),
            value=typed, field=name,
        )
    primary, *rest = re.split(r"[-_]", typed)
    parts = [primary.lower()]
    for sub in rest:
        if len(sub) == 2 and sub.isalpha():
            parts.append(sub.upper())
        elif len(sub) == 4 and sub.isalpha():
            parts.append(sub.title())
        else:
            parts.append(sub.lower())
    return "-".join(parts)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def clean_input(data: ParticipantInput, ctx: AgeContext) -> CleanParticipant:
    """Validate a participant's own fields (no database access); raise the first problem."""
    v = {name: _line(name, getattr(data, name)) for name in _LINE_FIELDS}
    text = {name: _free_text(name, getattr(data, name)) for name in _TEXT_FIELDS}

    if not v["given_name"] and not v["family_name"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A participant needs a name: type a given name, a family name, or both.",
            ),
            field="given_name",
        )

    dob = data.date_of_birth
    if isinstance(dob, dt.datetime):
        raise TypeError("date_of_birth must be a date, not a datetime")
    band = parse_age_band(data.age_band)
    if dob is not None:
        if dob > ctx.today:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The date of birth {dob} is in the future. Check the day, month and year.",
                ),
                dob=dob.isoformat(), field="date_of_birth",
            )
        age = age_on(dob, ctx.today)
        if age > MAX_AGE_YEARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The date of birth {dob} would make them {age} years old. Check the year.",
                ),
                dob=dob.isoformat(), age=age, field="date_of_birth",
            )
        derived = band_for_age(age)
        if band is not None and band is not derived:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The date of birth {dob} makes them {age}, which is not in the age band "
                    "{band}. Correct one of them, or leave the age band empty.",
                ),
                dob=dob.isoformat(), age=age, band=band.value, field="age_band",
            )
        band = derived
    elif band is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Give a date of birth or choose an age band, so the makerspace knows whether "
                "a guardian is needed.",
            ),
            field="date_of_birth",
        )

    if v["email"] and not _EMAIL.match(v["email"]):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "“{value}” does not look like an e-mail address. Write it as name@example.org, "
                "or leave it empty.",
            ),
            value=v["email"], field="email",
        )
    if v["phone"] and (not _PHONE.match(v["phone"]) or not phone_digits(v["phone"])):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "“{value}” does not look like a phone number. Use digits, spaces and + - ( ) "
                "only, or leave it empty.",
            ),
            value=v["phone"], field="phone",
        )

    if isinstance(data.languages, str):
        raise TypeError("languages must be a sequence of codes, not one string")
    languages = _unique(
        normalise_language(code) for code in data.languages if normalise_text(code)
    )
    preferred_language = (
        normalise_language(data.preferred_language, "preferred_language")
        if normalise_text(data.preferred_language) else ""
    )

    if isinstance(data.accessibility_tags, str):
        raise TypeError("accessibility_tags must be a sequence of tags, not one string")
    tags = _unique(normalise_text(t).casefold() for t in data.accessibility_tags if normalise_text(t))
    for tag in tags:
        if tag not in ACCESSIBILITY_TAGS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "“{value}” is not an accessibility need the app knows. Choose from: "
                    "{choices}; describe anything else in the accessibility notes.",
                ),
                value=tag, choices=", ".join(ACCESSIBILITY_TAGS), field="accessibility_tags",
            )
    tags = tuple(t for t in ACCESSIBILITY_TAGS if t in tags)  # one order, whatever was typed

    if bool(v["guardian_name"]) != bool(v["guardian_contact"]):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Enter both the guardian's name and how to reach them (phone or e-mail).",
            ),
            field="guardian_contact" if v["guardian_name"] else "guardian_name",
        )

    minor = is_minor(dob, band, ctx)
    return CleanParticipant(
        date_of_birth=dob,
        age_band=band,
        languages=languages,
        preferred_language=preferred_language,
        accessibility_tags=tags,
        guardian_participant_id=data.guardian_participant_id,
        site_id=data.site_id,
        minor=bool(minor),
        **v,
        **text,
    )


@dataclass(frozen=True)
class GuardianInfo:
    """A guardian chosen among the participants, as the guardian rule needs to see them."""

    label: str  # how messages name them
    minor: bool | None  # None: their age is not recorded


def check_guardian_rule(
    clean: CleanParticipant, ctx: AgeContext, guardian: GuardianInfo | None
) -> None:
    """A minor needs a guardian; a guardian chosen among the participants must be an adult;
    a guardian is either chosen among the participants or typed in, not both."""
    if guardian is not None:
        if clean.guardian_name or clean.guardian_contact:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "Choose a guardian among the participants or enter the guardian's name and "
                    "contact, not both.",
                ),
                field="guardian_participant_id",
            )
        if guardian.minor is not False:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{guardian} cannot be the guardian: they are under {adult_age} or their age "
                    "is not recorded. Choose an adult participant, or enter the guardian's name "
                    "and contact.",
                ),
                guardian=guardian.label, adult_age=ctx.adult_age, field="guardian_participant_id",
            )
    elif clean.minor and not clean.guardian_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A participant under {adult_age} needs a guardian: choose an adult participant "
                "or enter the guardian's name and contact.",
            ),
            adult_age=ctx.adult_age, field="guardian_participant_id",
        )


def _not_found(participant_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "There is no participant number {id}. It may have been removed; search for the "
            "person again.",
        ),
        id=participant_id,
    )


def load(uow: UnitOfWork, participant_id: int, *, allow_erased: bool = False) -> Participant:
    """The participant row, or NotFoundError; an erased one only when ``allow_erased``."""
    person = uow.session.get(Participant, participant_id)
    if person is None:
        raise _not_found(participant_id)
    if person.erased_at is not None and not allow_erased:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Participant number {id} was erased on {date}: nothing about them is kept. "
                "If the person comes back, register them again as a new participant.",
            ),
            id=participant_id, date=person.erased_at.date().isoformat(),
        )
    return person


def name_of(person: Participant) -> str:
    return participant_display_name(person.given_name, person.family_name, person.preferred_name)


def _check_guardian(
    uow: UnitOfWork, clean: CleanParticipant, ctx: AgeContext, self_id: int | None
) -> None:
    gid = clean.guardian_participant_id
    if gid is None:
        check_guardian_rule(clean, ctx, None)
        return
    if gid == self_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A participant cannot be their own guardian. Choose another adult participant, "
                "or enter the guardian's name and contact.",
            ),
            field="guardian_participant_id",
        )
    guardian = uow.session.get(Participant, gid)
    if guardian is None or guardian.erased_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "There is no participant number {id} to be the guardian. Search for the "
                "guardian again, or enter their name and contact.",
            ),
            id=gid, field="guardian_participant_id",
        )
    check_guardian_rule(clean, ctx, guardian_info(guardian, ctx))


def guardian_info(guardian: Participant, ctx: AgeContext) -> GuardianInfo:
    return GuardianInfo(name_of(guardian), is_minor(guardian.date_of_birth, guardian.age_band, ctx))


def _check_site(uow: UnitOfWork, site_id: int | None) -> None:
    if site_id is not None and uow.session.get(Site, site_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "There is no site number {id}. Choose one of the sites in Settings."
            ),
            id=site_id, field="site_id",
        )


# --- Writing ---------------------------------------------------------------------------------


def new_unique_badge_code(uow: UnitOfWork, taken: set[str] | None = None) -> str:
    """A fresh badge code no participant has (retried on the rare collision)."""
    for _ in range(BADGE_CODE_ATTEMPTS):
        code = codes.new_badge_code()
        if taken is not None and code in taken:
            continue
        exists = uow.session.scalar(select(Participant.id).where(Participant.badge_code == code))
        if exists is None:
            if taken is not None:
                taken.add(code)
            return code
    raise ConflictError(  # 40 random bits colliding 20 times: the generator is broken
        QT_TRANSLATE_NOOP(
            "DomainError", "No free badge code could be found. Try again; if it persists, "
            "report it as a bug.",
        )
    )


def apply(person: Participant, clean: CleanParticipant) -> list[str]:
    """Store the clean values on the row; return the names of the fields that changed."""
    changed = []
    for name, value in clean.column_values().items():
        if getattr(person, name) != value:
            setattr(person, name, value)
            changed.append(name)
    refresh_search_text(person)
    return changed


def refresh_search_text(person: Participant) -> None:
    person.search_text = participant_search_key(
        person.given_name, person.family_name, person.preferred_name,
        person.email, person.phone, person.badge_code,
    )


def create_row(
    uow: UnitOfWork, clean: CleanParticipant, badge_code: str
) -> Participant:
    person = Participant(badge_code=badge_code, created_at=uow.now(), photo=None, erased_at=None)
    apply(person, clean)
    uow.session.add(person)
    return person


def register_participant(uow: UnitOfWork, data: ParticipantInput) -> ParticipantDetails:
    """Register a new participant with a fresh badge code.

    Possible duplicates (same name and date of birth) do not stop the registration; their ids
    come back in ``possible_duplicates`` so the desk can merge or correct.
    """
    require(uow, StaffRole.FRONT_DESK, ACTION_REGISTER)
    ctx = age_context(uow)
    clean = clean_input(data, ctx)
    _check_guardian(uow, clean, ctx, None)
    _check_site(uow, clean.site_id)
    duplicates = possible_duplicates(uow, clean.given_name, clean.family_name, clean.date_of_birth)
    person = create_row(uow, clean, new_unique_badge_code(uow))
    uow.session.flush()
    uow.audit("create", "participant", person.id, fields=_filled(clean))
    return replace(_details(uow, person, ctx), possible_duplicates=duplicates)


def _filled(clean: CleanParticipant) -> list[str]:
    return [name for name, value in clean.column_values().items() if value not in ("", None, [])]


def update_participant(
    uow: UnitOfWork, participant_id: int, data: ParticipantInput
) -> ParticipantDetails:
    """Replace a participant's editable fields (start from ``details.as_input()``)."""
    require(uow, StaffRole.FRONT_DESK, ACTION_EDIT)
    person = load(uow, participant_id)
    ctx = age_context(uow)
    clean = clean_input(data, ctx)
    _check_guardian(uow, clean, ctx, participant_id)
    _check_site(uow, clean.site_id)
    _check_still_fit_guardian(uow, person, clean, ctx)
    changed = apply(person, clean)
    if changed:
        uow.session.flush()
        uow.audit("update", "participant", person.id, fields=changed)
    return _details(uow, person, ctx)


def _check_still_fit_guardian(
    uow: UnitOfWork, person: Participant, clean: CleanParticipant, ctx: AgeContext
) -> None:
    """A participant who is the guardian of minors cannot become a minor themselves."""
    if not clean.minor:
        return
    wards = uow.session.scalars(
        select(Participant).where(
            Participant.guardian_participant_id == person.id, Participant.erased_at.is_(None)
        )
    ).all()
    minors = [w for w in wards if is_minor(w.date_of_birth, w.age_band, ctx)]
    if minors:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This would make them under {adult_age}, but they are the guardian of {count} "
                "minor participant(s), for example {ward}. Check the date of birth, or give "
                "those participants another guardian first.",
            ),
            adult_age=ctx.adult_age, count=len(minors), ward=name_of(minors[0]),
            field="date_of_birth",
        )


# --- Reading ---------------------------------------------------------------------------------


def _details(uow: UnitOfWork, person: Participant, ctx: AgeContext) -> ParticipantDetails:
    has_photo = bool(
        uow.session.scalar(
            select(Participant.photo.is_not(None)).where(Participant.id == person.id)
        )
    )
    guardian_name = guardian_code = ""
    if person.guardian_participant_id is not None:
        guardian = uow.session.get(Participant, person.guardian_participant_id)
        if guardian is not None and guardian.erased_at is None:
            guardian_name, guardian_code = name_of(guardian), guardian.badge_code
    dob = person.date_of_birth
    return ParticipantDetails(
        id=person.id,
        badge_code=person.badge_code,
        display_name=name_of(person),
        given_name=person.given_name,
        family_name=person.family_name,
        preferred_name=person.preferred_name,
        pronouns=person.pronouns,
        date_of_birth=dob,
        age=age_on(dob, ctx.today) if dob else None,
        age_band=current_band(dob, person.age_band, ctx.today),
        is_minor=None if person.erased_at else is_minor(dob, person.age_band, ctx),
        email=person.email,
        phone=person.phone,
        address=person.address,
        languages=tuple(person.languages or ()),
        preferred_language=person.preferred_language,
        accessibility_tags=tuple(person.accessibility_tags or ()),
        accessibility_notes=person.accessibility_notes,
        guardian_participant_id=person.guardian_participant_id,
        guardian_display_name=guardian_name,
        guardian_badge_code=guardian_code,
        guardian_name=person.guardian_name,
        guardian_contact=person.guardian_contact,
        notes=person.notes,
        site_id=person.site_id,
        has_photo=has_photo,
        created_at=person.created_at,
        erased_at=person.erased_at,
    )


def get_participant(uow: UnitOfWork, participant_id: int) -> ParticipantDetails:
    """One participant; an erased one comes back as an empty stub with ``erased_at`` set."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    return _details(uow, load(uow, participant_id, allow_erased=True), age_context(uow))


def find_by_badge_code(uow: UnitOfWork, typed: str) -> ParticipantDetails | None:
    """The participant whose badge was scanned or typed (case, spaces, dashes and look-alike
    letters forgiven), or None."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    code = codes.normalise_code(typed or "")
    if not code:
        return None
    person = uow.session.scalar(
        select(Participant).where(Participant.badge_code == code, Participant.erased_at.is_(None))
    )
    return None if person is None else _details(uow, person, age_context(uow))


def possible_duplicates(
    uow: UnitOfWork,
    given_name: str,
    family_name: str,
    date_of_birth: dt.date | None,
    *,
    exclude_id: int | None = None,
) -> list[int]:
    """Ids of participants with the same folded given and family name and the same date of
    birth (the form can ask before saving). Without a date of birth nothing is compared."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    if date_of_birth is None:
        return []
    given, family = fold(given_name), fold(family_name)
    rows = uow.session.execute(
        select(Participant.id, Participant.given_name, Participant.family_name)
        .where(Participant.date_of_birth == date_of_birth, Participant.erased_at.is_(None))
        .order_by(Participant.id)
    )
    return [
        r.id for r in rows
        if r.id != exclude_id and fold(r.given_name) == given and fold(r.family_name) == family
    ]


# The participants table again, inside subqueries (made once: making an alias is slow).
_HOLDER = aliased(Participant, name="badge_holder")
_MATCH = aliased(Participant, name="matching")


TRIGRAM = 3  # the shortest term the trigram index can find


class _Contains(ColumnElement[bool]):
    """``search_text LIKE '%term%'`` for a term of three or more characters.

    On SQLite the participants holding every three-character piece of the term are first
    looked up in the trigram index ``participants_fts`` (FTS5, migration 0009), and only they
    are checked with the LIKE: one index lookup instead of a pass over the whole search index,
    and the same participants as the LIKE alone. Elsewhere it is the LIKE alone (PostgreSQL's
    pg_trgm index serves it directly).
    """

    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True  # a condition already: no "= 1" added on SQLite
    _traverse_internals: ClassVar[list[tuple[str, InternalTraversal]]] = [
        ("person_id", InternalTraversal.dp_clauseelement),
        ("like", InternalTraversal.dp_clauseelement),
        ("trigrams", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, person: Any, term: str) -> None:
        self.person_id = person.id.expression if hasattr(person.id, "expression") else person.id
        self.like = person.search_text.like(f"%{escape_like(term)}%", escape="\\")
        # Every piece, each quoted as an FTS5 string: the index holds the rows with all of them.
        pieces = sorted({term[n:n + 3] for n in range(len(term) - 2)})
        self.trigrams = bindparam(
            None, " AND ".join('"' + p.replace('"', '""') + '"' for p in pieces),
            type_=String(), unique=True,
        )


@compiles(_Contains)
def _contains_anywhere(element: _Contains, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.like, **kw)


@compiles(_Contains, "sqlite")
def _contains_on_sqlite(element: _Contains, compiler: Any, **kw: Any) -> str:
    return (
        f"({compiler.process(element.person_id, **kw)} IN (SELECT rowid FROM participants_fts "
        f"WHERE participants_fts MATCH {compiler.process(element.trigrams, **kw)}) "
        f"AND {compiler.process(element.like, **kw)})"
    )


def _contains(person: Any, term: str) -> ColumnElement[bool]:
    """``search_text`` holds ``term`` (folded): through the trigram index when it is long
    enough to have a trigram."""
    if len(term) >= TRIGRAM:
        return _Contains(person, term)
    return person.search_text.like(f"%{escape_like(term)}%", escape="\\")


def _search_condition(
    text: str, person: Any = Participant, through_search_index: bool = True
) -> ColumnElement[bool]:
    """Who matches what was typed, on ``person`` (the table or an alias of it).

    Only ``search_text`` is looked at, plus an exact badge code through its unique index.
    Terms of three characters or more are looked up in the trigram index (``_Contains``).
    Shorter ones are LIKE only: SQLite answers them from the narrow partial search index
    without reading the table; the always-true ``search_text >= ''`` is what makes it use that
    index (SQLite scans a partial index only over a range), and it is left out when a trigram
    lookup finds the rows, or for reading in list order (``through_search_index=False``).
    PostgreSQL finds the LIKE terms with its trigram index.
    """
    typed = normalise_text(text)
    words = fold(typed).split()
    alternatives: list[ColumnElement[bool]] = []
    looked_up = False  # a trigram lookup finds the rows (the search index is not scanned)
    if words:
        alternatives.append(and_(*[_contains(person, w) for w in words]))
        looked_up = any(len(w) >= TRIGRAM for w in words)
    digits = phone_digits(typed)
    if len(digits) >= 3 and _PHONE.match(typed):
        alternatives.append(_contains(person, digits))
    if codes.looks_like_badge_code(typed):
        alternatives.append(person.id.in_(
            select(_HOLDER.id).where(_HOLDER.badge_code == codes.normalise_code(typed))
        ))
    if not alternatives:
        return _listed(person, through_search_index)
    return and_(_listed(person, through_search_index and not looked_up), or_(*alternatives))


def _listed(person: Any = Participant, through_search_index: bool = True) -> ColumnElement[bool]:
    """Not erased (the partial indexes hold only these rows)."""
    listed = person.erased_at.is_(None)
    if through_search_index:
        listed = and_(listed, person.search_text >= "")
    return listed


# Reading a page. When few participants match, their ids come from one pass over the search
# index and just those rows are read and sorted. When many match, the page is read by walking
# the list order (index ix_participants_listing) until it is full, which stops early because
# matches are everywhere. ``read_in_list_order`` says which is cheaper for a later page.
FEW_MATCHES = 1000


@dataclass(frozen=True)
class SearchResult:
    """How many participants match a search, and the first page of them."""

    total: int
    rows: list[ParticipantRow]
    walk_in_order: bool  # hand back to ``search_participants`` for the next pages


def ids_statement(text: str, at_most: int) -> Select[Any]:
    """SELECT the ids of up to ``at_most`` matching participants (any order): on SQLite one
    pass over the search index, which holds the ids."""
    return select(Participant.id).where(_search_condition(text)).limit(at_most)


def count_statement(text: str) -> Select[Any]:
    """SELECT how many participants match (one pass over the search index)."""
    return select(func.count()).select_from(Participant).where(_search_condition(text))


def listed_count_statement() -> Select[Any]:
    return select(func.count()).select_from(Participant).where(_listed())


def read_in_list_order(matches: int, listed: int, end: int) -> bool:
    """Read rows up to ``end`` in list order (True), or through the search index and sort
    them (False)? Walking in order reads about end * listed / matches rows, the other way
    ``matches`` rows."""
    return matches > 0 and end * listed < matches * matches


_ROW_COLUMNS = (
    Participant.id, Participant.badge_code, Participant.given_name, Participant.family_name,
    Participant.preferred_name, Participant.date_of_birth, Participant.age_band,
    Participant.email, Participant.phone,
)
_LIST_ORDER = (Participant.family_name, Participant.given_name, Participant.id)


def page_statement(text: str, limit: int, offset: int, walk_in_order: bool) -> Select[Any]:
    """SELECT one page of the participants matching ``text``, in list order."""
    query = select(*_ROW_COLUMNS)
    if walk_in_order:
        query = query.where(_search_condition(text, through_search_index=False))
    else:
        query = query.where(
            Participant.id.in_(select(_MATCH.id).where(_search_condition(text, _MATCH)))
        )
    return query.order_by(*_LIST_ORDER).limit(max(0, limit)).offset(max(0, offset))


def page_of_ids_statement(ids: list[int], limit: int) -> Select[Any]:
    """SELECT the first ``limit`` of these participants, in list order."""
    return select(*_ROW_COLUMNS).where(Participant.id.in_(ids)).order_by(*_LIST_ORDER).limit(
        max(0, limit))


def _rows(uow: UnitOfWork, statement: Select[Any]) -> list[ParticipantRow]:
    today = local_today(uow)
    return [
        ParticipantRow(
            id=r.id,
            badge_code=r.badge_code,
            display_name=participant_display_name(r.given_name, r.family_name, r.preferred_name),
            given_name=r.given_name,
            family_name=r.family_name,
            preferred_name=r.preferred_name,
            age=age_on(r.date_of_birth, today) if r.date_of_birth else None,
            age_band=current_band(r.date_of_birth, r.age_band, today),
            email=r.email,
            phone=r.phone,
        )
        for r in uow.session.execute(statement)
    ]


def find_participants(uow: UnitOfWork, text: str, limit: int = 50) -> SearchResult:
    """What the list shows after a keystroke: how many match and the first ``limit`` of them,
    read the cheaper way for this search. Pass ``walk_in_order`` on to
    ``search_participants`` for the next pages."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    ids = list(uow.session.scalars(ids_statement(text, FEW_MATCHES + 1)))
    if len(ids) <= FEW_MATCHES:
        rows = _rows(uow, page_of_ids_statement(ids, limit)) if ids else []
        return SearchResult(len(ids), rows, False)
    total = uow.session.scalar(count_statement(text)) or 0
    return SearchResult(total, _rows(uow, page_statement(text, limit, 0, True)), True)


def search_participants(
    uow: UnitOfWork, text: str, limit: int = 50, offset: int = 0,
    walk_in_order: bool | None = None,
) -> list[ParticipantRow]:
    """Participants matching what was typed: every folded word must appear in their name,
    e-mail, phone digits or badge code; a phone number matches on its digits, a badge code
    exactly. Empty text lists everyone. Ordered by family then given name.

    ``walk_in_order`` (from ``find_participants``) saves counting again for the next pages.
    """
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    if walk_in_order is None:
        matches = uow.session.scalar(count_statement(text)) or 0
        if matches == 0:
            return []
        listed = uow.session.scalar(listed_count_statement()) or 0
        walk_in_order = read_in_list_order(matches, listed, max(0, offset) + max(0, limit))
    return _rows(uow, page_statement(text, limit, offset, walk_in_order))


def count_participants(uow: UnitOfWork, text: str) -> int:
    """How many participants ``search_participants`` would list in all."""
    require(uow, StaffRole.FRONT_DESK, ACTION_LOOK_UP)
    return uow.session.scalar(count_statement(text)) or 0


def require_can_book_or_enrol(uow: UnitOfWork, participant_id: int) -> None:
    """Refuse a booking or enrolment for a minor with no guardian on record (or whose
    guardian participant was erased or is no longer an adult)."""
    person = load(uow, participant_id)
    ctx = age_context(uow)
    if not is_minor(person.date_of_birth, person.age_band, ctx):
        return
    if person.guardian_name and person.guardian_contact:
        return
    if person.guardian_participant_id is not None:
        guardian = uow.session.get(Participant, person.guardian_participant_id)
        if (
            guardian is not None
            and guardian.erased_at is None
            and is_minor(guardian.date_of_birth, guardian.age_band, ctx) is False
        ):
            return
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "{name} is under {adult_age} and has no guardian on record, so they cannot book or "
            "enrol yet. Add a guardian on their page (Participants, then Guardian): an adult "
            "participant, or the guardian's name and contact.",
        ),
        name=name_of(person), adult_age=ctx.adult_age, participant_id=participant_id,
    )
