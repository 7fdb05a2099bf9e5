"""Rules about time with no I/O: ranges, opening hours, weeks, and DST-safe series.

All ranges are half-open [start, end): one ending at 14:00 and one starting at 14:00 do not
overlap. Series keep their local wall-clock time across daylight-saving changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from makerspace_app.domain.clock import UTC, local_to_utc


@dataclass(frozen=True)
class Interval:
    start: dt.datetime
    end: dt.datetime

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def duration(self) -> dt.timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class OpeningInterval:
    weekday: int  # 0 = Monday
    opens: dt.time
    closes: dt.time


def overlaps(a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime) -> bool:
    return a_start < b_end and b_start < a_end


def within_opening_hours(
    start: dt.datetime, end: dt.datetime, hours: Sequence[OpeningInterval], tz: ZoneInfo
) -> bool:
    """True when [start, end) lies inside one opening interval of its local day.

    With no opening hours configured at all, every time is allowed (a new installation).
    """
    if not hours:
        return True
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    if local_start.date() != local_end.date() and local_end.time() != dt.time(0):
        return False
    day = local_start.date()
    for interval in hours:
        if interval.weekday != day.weekday():
            continue
        opens = local_to_utc(day, interval.opens, tz)
        closes = local_to_utc(day, interval.closes, tz)
        if opens <= start and end <= closes:
            return True
    return False


def opening_intervals_on(
    day: dt.date, hours: Sequence[OpeningInterval], tz: ZoneInfo
) -> list[Interval]:
    """The UTC intervals the makerspace is open on a local day (the whole day if none set)."""
    if not hours:
        start = local_to_utc(day, dt.time(0), tz)
        return [Interval(start, local_to_utc(day + dt.timedelta(days=1), dt.time(0), tz))]
    return sorted(
        (
            Interval(local_to_utc(day, h.opens, tz), local_to_utc(day, h.closes, tz))
            for h in hours
            if h.weekday == day.weekday()
        ),
        key=lambda i: i.start,
    )


def week_of(moment: dt.datetime, tz: ZoneInfo) -> Interval:
    """The local calendar week (Monday 00:00 to the next Monday) containing ``moment``, in UTC."""
    local_day = moment.astimezone(tz).date()
    monday = local_day - dt.timedelta(days=local_day.weekday())
    return Interval(
        local_to_utc(monday, dt.time(0), tz), local_to_utc(monday + dt.timedelta(days=7), dt.time(0), tz)
    )


def series_days(first_day: dt.date, every_weeks: int, count: int) -> list[dt.date]:
    return [first_day + dt.timedelta(weeks=every_weeks * i) for i in range(count)]


def series_occurrences(
    first_day: dt.date,
    local_start: dt.time,
    local_end: dt.time,
    tz: ZoneInfo,
    every_weeks: int,
    count: int,
) -> list[Interval]:
    """Each occurrence at the same local wall-clock time, whatever the UTC offset that day."""
    return [
        Interval(local_to_utc(day, local_start, tz), local_to_utc(day, local_end, tz))
        for day in series_days(first_day, every_weeks, count)
    ]


def first_free_slot(
    wanted: dt.timedelta,
    not_before: dt.datetime,
    busy: Iterable[Interval],
    open_intervals: Iterable[Interval],
) -> Interval | None:
    """The earliest [start, start + wanted) inside an open interval that overlaps nothing busy."""
    taken = sorted(busy, key=lambda i: i.start)
    for window in sorted(open_intervals, key=lambda i: i.start):
        candidate = max(window.start, not_before)
        for b in taken:
            if b.end <= candidate:
                continue
            if b.start >= candidate + wanted:
                break
            candidate = max(candidate, b.end)
        if candidate + wanted <= window.end:
            return Interval(candidate, candidate + wanted)
    return None


def utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(UTC)
