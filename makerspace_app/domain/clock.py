"""Time as the app sees it: stored in UTC, shown in the makerspace's time zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from makerspace_app.domain.errors import ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP

UTC = dt.timezone.utc


def utc_now() -> dt.datetime:
    return dt.datetime.now(UTC)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "“{name}” is not a time zone this computer knows. "
                "Use a name such as Europe/Paris or America/Chicago.",
            ),
            name=name,
        ) from None


def as_utc(value: dt.datetime) -> dt.datetime:
    """An aware datetime in UTC; a naive one is refused (it names no time zone)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime: give a time zone (times are stored in UTC)")
    return value.astimezone(UTC)


def local_to_utc(day: dt.date, wall_time: dt.time, tz: ZoneInfo) -> dt.datetime:
    """The UTC instant of a wall-clock time on a local day (DST-safe: uses the day's offset).

    A wall time skipped by a spring-forward change is moved forward by the gap, as people
    would expect; an ambiguous autumn time takes the first occurrence (fold=0).
    """
    local = dt.datetime.combine(day, wall_time).replace(tzinfo=tz)
    round_trip = local.astimezone(UTC).astimezone(tz)
    if round_trip.replace(tzinfo=None) != local.replace(tzinfo=None):
        # Non-existent local time (in the spring gap): use the offset from before the gap.
        local = local.replace(fold=1)
    return local.astimezone(UTC)
