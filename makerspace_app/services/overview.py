"""Small facts the window needs before anything else: read with Core statements, so that
start-up does not pay for configuring every ORM mapper before the person can sign in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from makerspace_app.persistence.models import Base, Setting, StaffMember
from makerspace_app.services import settings
from makerspace_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class StartFacts:
    staff_count: int
    organisation_name: str


def start_facts(uow: UnitOfWork) -> StartFacts:
    conn = uow.connection()
    count = conn.scalar(select(func.count()).select_from(StaffMember.__table__)) or 0
    name = conn.scalar(select(Setting.__table__.c.value).where(Setting.__table__.c.key == "organisation.name"))
    default = settings.BY_KEY["organisation.name"].default
    return StartFacts(int(count), str(name if name is not None else default))


# Tables whose records each area of the window shows (for areas whose screen is not built yet).
COUNTED_TABLES = frozenset(
    {"equipment", "bookings", "participants", "workshops", "workshop_sessions", "projects",
     "issued_credentials"})


def count_records(uow: UnitOfWork, tables: tuple[str, ...]) -> int:
    """How many rows the named tables hold together."""
    unknown = set(tables) - COUNTED_TABLES
    if unknown:
        raise ValueError(f"not a counted table: {sorted(unknown)}")
    conn = uow.connection()
    return sum(int(conn.scalar(select(func.count()).select_from(Base.metadata.tables[t])) or 0)
               for t in tables)
