"""The fixed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

import enum


class StrEnum(str, enum.Enum):
    def __str__(self) -> str:
        return self.value


class EquipmentStatus(StrEnum):
    AVAILABLE = "available"
    OUT_OF_SERVICE = "out_of_service"
    RETIRED = "retired"


class BookingStatus(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


# Bookings in these states hold their time slot; the database refuses overlaps among them.
ACTIVE_BOOKING_STATUSES = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN)


class StaffRole(StrEnum):
    FRONT_DESK = "front_desk"
    WORKSHOP_LEADER = "workshop_leader"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class ConsentKind(StrEnum):
    PARTICIPATION = "participation"
    PHOTO = "photo"
    DATA_PROCESSING = "data_processing"


class AgeBand(StrEnum):
    UNDER_12 = "under_12"
    AGE_12_17 = "12_17"
    AGE_18_25 = "18_25"
    AGE_26_64 = "26_64"
    AGE_65_PLUS = "65_plus"


class EnrolmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"
    WITHDRAWN = "withdrawn"


class ProjectStatus(StrEnum):
    IDEA = "idea"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    EXHIBITED = "exhibited"


class CredentialKind(StrEnum):
    BADGE = "badge"
    CERTIFICATE = "certificate"


class Recurrence(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"


ACCESSIBILITY_TAGS = (
    "wheelchair_access",
    "hearing_loop",
    "large_print",
    "quiet_space",
    "interpreter",
)
