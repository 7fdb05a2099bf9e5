"""The whole domain as SQLAlchemy 2.x typed models.

One set of models serves SQLite and PostgreSQL. The schema itself is created only by the
Alembic migrations in db/ (which also add what models cannot say portably: the PostgreSQL
exclusion constraint and the SQLite triggers that refuse overlapping bookings). A test
compares these models with the migrated schema so the two never drift apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from makerspace_app.domain.enums import (
    AgeBand,
    BookingStatus,
    ConsentKind,
    CredentialKind,
    EnrolmentStatus,
    EquipmentStatus,
    ProjectStatus,
    Recurrence,
    StaffRole,
)
from makerspace_app.persistence.types import UTCDateTime

# Named constraints make Alembic's SQLite batch migrations and later drops reliable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


def _enum(enum_cls: type, name: str) -> Enum:
    """A portable enum: a VARCHAR with a CHECK constraint listing the allowed values."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


# --- Sites, spaces, opening hours -------------------------------------------------------


class Site(Base):
    """A library branch. Several sites can share one PostgreSQL database."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")

    spaces: Mapped[list[Space]] = relationship(back_populates="site")


class Space(Base):
    """A room or area of a site (the makerspace, the sound studio, the textile corner...)."""

    __tablename__ = "spaces"
    __table_args__ = (UniqueConstraint("site_id", "name", name="uq_spaces_site_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(200))

    site: Mapped[Site] = relationship(back_populates="spaces")


class OpeningHours(Base):
    """One opening interval on a weekday (0 = Monday). Several per day are allowed."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("closes_at > opens_at", name="closes_after_opens"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    opens_at: Mapped[dt.time] = mapped_column(Time)
    closes_at: Mapped[dt.time] = mapped_column(Time)


class ClosureDay(Base):
    """A day a site (or, with no site, every site) is closed: holidays, inventory days."""

    __tablename__ = "closure_days"
    __table_args__ = (UniqueConstraint("site_id", "day", name="uq_closure_days_site_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(
        ForeignKey("sites.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(String(200), default="")


# --- Staff --------------------------------------------------------------------------------


class StaffMember(Base):
    """A person who operates the app. Passwords and PINs are stored only as argon2 hashes."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[StaffRole] = mapped_column(_enum(StaffRole, "staff_role"))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime]


# --- Equipment ------------------------------------------------------------------------------


class EquipmentCategory(Base):
    """A kind of item; carries the certification it requires, a minimum age, a longest booking."""

    __tablename__ = "equipment_categories"
    __table_args__ = (
        CheckConstraint("min_age IS NULL OR min_age >= 0", name="min_age_not_negative"),
        CheckConstraint(
            "max_booking_minutes IS NULL OR max_booking_minutes > 0",
            name="max_booking_positive",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    requires_certification: Mapped[bool] = mapped_column(Boolean, default=False)
    min_age: Mapped[int | None]
    max_booking_minutes: Mapped[int | None]
    certification_valid_days: Mapped[int | None]


class Equipment(Base):
    """One bookable physical item with an asset tag."""

    __tablename__ = "equipment"
    __table_args__ = (Index("ix_equipment_category_status", "category_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_tag: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    serial_number: Mapped[str] = mapped_column(String(200), default="")
    category_id: Mapped[int] = mapped_column(
        ForeignKey("equipment_categories.id", ondelete="RESTRICT")
    )
    space_id: Mapped[int | None] = mapped_column(
        ForeignKey("spaces.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[EquipmentStatus] = mapped_column(
        _enum(EquipmentStatus, "equipment_status"), default=EquipmentStatus.AVAILABLE
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[dt.datetime]

    category: Mapped[EquipmentCategory] = relationship()
    space: Mapped[Space | None] = relationship()


class MaintenanceRecord(Base):
    """A line in an item's maintenance log; may take the item out of service while open."""

    __tablename__ = "maintenance_records"
    __table_args__ = (
        CheckConstraint(
            "resolved_at IS NULL OR resolved_at >= reported_at", name="resolved_after_reported"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(
        ForeignKey("equipment.id", ondelete="CASCADE"), index=True
    )
    reported_at: Mapped[dt.datetime]
    resolved_at: Mapped[dt.datetime | None]
    description: Mapped[str] = mapped_column(Text)
    takes_out_of_service: Mapped[bool] = mapped_column(Boolean, default=False)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


# --- Participants ---------------------------------------------------------------------------


class Participant(Base):
    """A person the makerspace serves, of any age. Names are stored as typed (NFC, trimmed).

    ``search_text`` holds the folded forms of everything the participant can be found by;
    the services keep it up to date. After erasure the row stays as an anonymous stub so that
    statistics still count the bookings and attendance, with every personal field emptied.

    On SQLite ``search_text`` is also indexed by trigram in the FTS5 table ``participants_fts``
    (migration 0009; not a model: made and kept by that migration's SQL and triggers). A
    migration that rebuilds this table on SQLite (``batch_alter_table`` drops the old table and
    its triggers) must create the ``participants_fts_*`` triggers again and rebuild the index.
    """

    __tablename__ = "participants"
    __table_args__ = (
        CheckConstraint(
            "guardian_participant_id IS NULL OR guardian_participant_id <> id",
            name="not_own_guardian",
        ),
        # Search as you type (migration 0007): on SQLite a narrow index of listed participants'
        # search text, scanned instead of the table; on PostgreSQL a trigram index for LIKE '%…%'.
        Index("ix_participants_search_text", "search_text",
              sqlite_where=text("erased_at IS NULL"),
              postgresql_using="gin", postgresql_ops={"search_text": "gin_trgm_ops"}),
        # The list order of listed participants: pages of broad searches read without sorting.
        Index("ix_participants_listing", "family_name", "given_name", "id",
              sqlite_where=text("erased_at IS NULL"), postgresql_where=text("erased_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    badge_code: Mapped[str] = mapped_column(String(32), unique=True)
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    pronouns: Mapped[str] = mapped_column(String(64), default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    age_band: Mapped[AgeBand | None] = mapped_column(_enum(AgeBand, "age_band"))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(default=list)
    preferred_language: Mapped[str] = mapped_column(String(16), default="")
    accessibility_tags: Mapped[list[str]] = mapped_column(default=list)
    accessibility_notes: Mapped[str] = mapped_column(Text, default="")
    guardian_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_contact: Mapped[str] = mapped_column(String(254), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(index=True)
    erased_at: Mapped[dt.datetime | None]

    guardian: Mapped[Participant | None] = relationship(remote_side=[id])


class ConsentRecord(Base):
    """Consent given (and perhaps later withdrawn) for participation, photos, or data use."""

    __tablename__ = "consent_records"
    __table_args__ = (
        CheckConstraint(
            "withdrawn_at IS NULL OR withdrawn_at >= given_at", name="withdrawn_after_given"
        ),
        Index("ix_consent_participant_kind", "participant_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    kind: Mapped[ConsentKind] = mapped_column(_enum(ConsentKind, "consent_kind"))
    given_by: Mapped[str] = mapped_column(String(200))
    given_at: Mapped[dt.datetime]
    withdrawn_at: Mapped[dt.datetime | None]
    recorded_by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )


class Certification(Base):
    """Permission for a participant to use an equipment category, earned by training."""

    __tablename__ = "certifications"
    __table_args__ = (
        CheckConstraint("expires_at IS NULL OR expires_at > granted_at", name="expires_after"),
        Index("ix_certifications_participant_category", "participant_id", "category_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(
        ForeignKey("equipment_categories.id", ondelete="CASCADE")
    )
    granted_by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    granted_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    revoked_at: Mapped[dt.datetime | None]
    workshop_id: Mapped[int | None] = mapped_column(ForeignKey("workshops.id", ondelete="SET NULL"))


# --- Bookings -------------------------------------------------------------------------------


class BookingSeries(Base):
    """A recurring booking rule; its occurrences are ordinary bookings pointing back here."""

    __tablename__ = "booking_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    recurrence: Mapped[Recurrence] = mapped_column(_enum(Recurrence, "recurrence"))
    first_day: Mapped[dt.date] = mapped_column(Date)
    local_start: Mapped[dt.time] = mapped_column(Time)
    local_end: Mapped[dt.time] = mapped_column(Time)
    timezone: Mapped[str] = mapped_column(String(64))
    occurrences: Mapped[int]
    created_by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime]


class Booking(Base):
    """One item reserved for one participant for a time range (UTC).

    Active bookings (booked, checked in) of one item never overlap: PostgreSQL enforces it
    with an exclusion constraint, SQLite with triggers (both in the migrations). Ranges are
    half-open, so one booking ending at 14:00 and another starting at 14:00 do not overlap.
    """

    __tablename__ = "bookings"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        # Status sits between item and start so that overlap checks, the no-show sweep and the
        # SQLite guard triggers seek straight to an item's few active bookings instead of
        # scanning its whole history.
        Index("ix_bookings_equipment_status_starts", "equipment_id", "status", "starts_at"),
        Index("ix_bookings_participant_starts", "participant_id", "starts_at"),
        Index("ix_bookings_starts", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id", ondelete="RESTRICT"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT")
    )
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    status: Mapped[BookingStatus] = mapped_column(
        _enum(BookingStatus, "booking_status"), default=BookingStatus.BOOKED
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("booking_series.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime]
    checked_in_at: Mapped[dt.datetime | None]
    checked_out_at: Mapped[dt.datetime | None]
    cancelled_at: Mapped[dt.datetime | None]

    equipment: Mapped[Equipment] = relationship()
    participant: Mapped[Participant] = relationship()


# --- Workshops ------------------------------------------------------------------------------

workshop_leaders = Table(
    "workshop_leaders",
    Base.metadata,
    Column("workshop_id", ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
)


class Workshop(Base):
    """A course or event with one or more sessions; a training grants a certification."""

    __tablename__ = "workshops"
    __table_args__ = (
        CheckConstraint("capacity >= 0", name="capacity_not_negative"),
        CheckConstraint(
            "min_age IS NULL OR max_age IS NULL OR min_age <= max_age", name="age_range"
        ),
        CheckConstraint(
            "completion_min_sessions IS NULL OR completion_min_sessions >= 1",
            name="completion_min_sessions_positive",
        ),
        CheckConstraint(
            "completion_percent IS NULL OR (completion_percent > 0 AND completion_percent <= 100)",
            name="completion_percent_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    space_id: Mapped[int | None] = mapped_column(ForeignKey("spaces.id", ondelete="SET NULL"))
    capacity: Mapped[int]
    min_age: Mapped[int | None]
    max_age: Mapped[int | None]
    languages: Mapped[list[str]] = mapped_column(default=list)
    materials: Mapped[str] = mapped_column(Text, default="")
    grants_category_id: Mapped[int | None] = mapped_column(
        ForeignKey("equipment_categories.id", ondelete="SET NULL")
    )
    completion_min_sessions: Mapped[int | None]
    completion_percent: Mapped[int | None]
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]

    leaders: Mapped[list[StaffMember]] = relationship(secondary=workshop_leaders)
    sessions: Mapped[list[WorkshopSession]] = relationship(
        back_populates="workshop", order_by="WorkshopSession.starts_at"
    )


class WorkshopSession(Base):
    """One dated meeting of a workshop."""

    __tablename__ = "workshop_sessions"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        Index("ix_workshop_sessions_workshop_starts", "workshop_id", "starts_at"),
        Index("ix_workshop_sessions_starts", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"))
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    space_id: Mapped[int | None] = mapped_column(ForeignKey("spaces.id", ondelete="SET NULL"))
    cancelled_at: Mapped[dt.datetime | None]

    workshop: Mapped[Workshop] = relationship(back_populates="sessions")


class Enrolment(Base):
    """A participant's place, or waitlist place, in a workshop."""

    __tablename__ = "enrolments"
    __table_args__ = (
        UniqueConstraint("workshop_id", "participant_id", name="uq_enrolments_workshop_participant"),
        CheckConstraint(
            "(status = 'waitlisted') = (waitlist_position IS NOT NULL)",
            name="waitlist_position_iff_waitlisted",
        ),
        CheckConstraint(
            "waitlist_position IS NULL OR waitlist_position >= 1", name="waitlist_position_positive"
        ),
        Index("ix_enrolments_participant", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT")
    )
    status: Mapped[EnrolmentStatus] = mapped_column(_enum(EnrolmentStatus, "enrolment_status"))
    waitlist_position: Mapped[int | None]
    enrolled_at: Mapped[dt.datetime]
    withdrawn_at: Mapped[dt.datetime | None]
    completed_at: Mapped[dt.datetime | None]


class Attendance(Base):
    """A participant present at a session (walk-ins included)."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "participant_id", name="uq_attendance_session_participant"),
        Index("ix_attendance_participant", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_sessions.id", ondelete="CASCADE")
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT")
    )
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    marked_by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    marked_at: Mapped[dt.datetime]


# --- Projects -------------------------------------------------------------------------------

project_members = Table(
    "project_members",
    Base.metadata,
    Column("project_id", ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True),
)


class Project(Base):
    """Something participants made, with its story."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ProjectStatus] = mapped_column(
        _enum(ProjectStatus, "project_status"), default=ProjectStatus.IDEA
    )
    materials: Mapped[str] = mapped_column(Text, default="")
    workshop_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshops.id", ondelete="SET NULL"), index=True
    )
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(index=True)
    updated_at: Mapped[dt.datetime]

    members: Mapped[list[Participant]] = relationship(secondary=project_members)


class ProjectEquipment(Base):
    """Equipment used for a project, optionally the booking it was made in."""

    __tablename__ = "project_equipment"
    __table_args__ = (
        UniqueConstraint(
            "project_id", "equipment_id", "booking_id", name="uq_project_equipment_use"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id", ondelete="RESTRICT"))
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id", ondelete="SET NULL"))


class ProjectPhoto(Base):
    """A photo of a project. People shown in it are listed so consent can be checked."""

    __tablename__ = "project_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    caption: Mapped[str] = mapped_column(Text, default="")
    image: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    added_by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    added_at: Mapped[dt.datetime]


project_photo_people = Table(
    "project_photo_people",
    Base.metadata,
    Column("photo_id", ForeignKey("project_photos.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "participant_id", ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    ),
)


class ProjectFile(Base):
    """A file attached to a project (a design, a write-up, code)."""

    __tablename__ = "project_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[dt.datetime]


# --- Credentials, audit, settings -------------------------------------------------------------


class IssuedCredential(Base):
    """A badge or certificate that was issued: its serial, verification code, who and when."""

    __tablename__ = "issued_credentials"
    __table_args__ = (
        CheckConstraint(
            "kind = 'badge' OR workshop_id IS NOT NULL", name="certificate_has_workshop"
        ),
        CheckConstraint(
            "revoked_at IS NULL OR revoked_at >= issued_at", name="revoked_after_issued"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CredentialKind] = mapped_column(_enum(CredentialKind, "credential_kind"))
    serial: Mapped[str] = mapped_column(String(64), unique=True)
    verification_code: Mapped[str] = mapped_column(String(200), unique=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT"), index=True
    )
    workshop_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshops.id", ondelete="RESTRICT")
    )
    language: Mapped[str] = mapped_column(String(16), default="en")
    design: Mapped[str] = mapped_column(String(32), default="formal")
    issued_by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    issued_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    revoked_by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    revocation_reason: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(Base):
    """Who changed what, when. Never passwords, never an erased participant's data."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Setting(Base):
    """One shared setting (organisation name, time zone, rules...) as a JSON value."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime]
