"""Column types shared by the models."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

UTC = dt.timezone.utc

# The text form SQLAlchemy's SQLite dialect stores datetimes in. Raw SQL (bulk demo data,
# triggers) must use exactly this form so that text comparison orders times correctly.
SQLITE_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
SQLITE_DATETIME_GLOB = (
    "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] "
    "[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]"
)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A point in time: aware in Python, UTC in the database.

    PostgreSQL stores ``timestamptz``; SQLite stores UTC text in one fixed format. A naive
    datetime is refused on the way in, because it names no time zone.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect):
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: times are stored in UTC, give a zone")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def sqlite_datetime_text(value: dt.datetime) -> str:
    """The stored SQLite text of an aware datetime (for bulk inserts written in raw SQL)."""
    return value.astimezone(UTC).strftime(SQLITE_DATETIME_FORMAT)
