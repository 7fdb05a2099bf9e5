"""The reports a library gives its funders, computed in SQL aggregates.

Each report covers a range of local days in the makerspace's time zone (setting
``organisation.timezone``), both ends included: from local midnight of the first day to local
midnight after the last, turned into UTC bounds with ``domain.clock.local_to_utc`` (so a
range across a daylight-saving change is an hour shorter or longer, as the clock says).

Every figure is a GROUP BY / aggregate in the database; no booking, attendance or participant
row is loaded into Python. Python only does what is small: the opening hours of each site over
the days of the range, the heat map's few hundred (or few thousand) hour buckets, and the
shaping of the result into a frozen dataclass of plain values. Each report takes a
``progress(step, fraction)`` callback, called between the SQL steps, so the ui can run it off
the UI thread and show how far it is. Every report needs a coordinator (or an admin).

How each figure is counted (these notes are also printed in each PDF):

Usage
  * Booked hours: bookings that held the item, i.e. with status booked, checked in or
    completed (not cancelled, not no-show), clipped to the range: a booking crossing the
    range's start or end counts only its hours inside the range.
  * Open hours: for each item, the opening-hours intervals of its site (through its space) on
    each day of the range that is not a closure day of that site or of every site, counted
    from the item's registration (``created_at``) if that falls inside the range. A site with
    no opening hours set, or an item with no space, is open all day every day, as the booking
    rules treat it. Utilisation = booked hours / open hours.
  * Bookings, no-shows: counted once, by the day they start (a booking crossing the range's
    start belongs to the earlier range). No-show rate = no-shows / (no-shows + checked in +
    completed); bookings still "booked" are not yet decided and do not count.
  * Heat map: booked hours by local weekday and hour of day, each booking split across the
    hours it covers (10:30-12:15 adds 0.5 h to 10:00, 1 h to 11:00 and 0.25 h to 12:00).
  * Items listed: every item registered before the range ended (retired ones too: when an
    item was retired is not recorded). Busiest items: the ten with the most booked hours.
    Idle items: listed items with no booked hour in the range, with their current status.

Workshops
  * Workshops with at least one session starting in the range, in the order of their first
    session (which may be before the range). Sessions held: sessions in the
    range not cancelled that have started by the time the report is made; cancelled sessions
    are listed apart.
  * Enrolled, waitlisted, completed: the workshop's current enrolments (withdrawn ones are not
    counted). Completion rate = enrolled participants with a recorded completion / enrolled,
    given only once the workshop's last session is over (None, shown "–", until then); the
    total completion rate covers the finished workshops only.
  * Attendance marks: marks at the sessions held in the range, walk-ins included. Attendance
    rate = marks of enrolled participants / (enrolled x sessions held), so walk-ins never
    push it above 100 %.

Reach
  * Participants reached: distinct participants who used a booking (checked in or completed)
    starting in the range or were marked present at a session starting in the range.
    Erased participants still count (their anonymous record stays for statistics).
  * New participants: registered (``created_at``) in the range, whether they came or not.
  * Age band on the range's last day, from the date of birth; without one, the stored band.
  * Languages and accessibility needs as recorded (a person with three languages counts once
    under each).
  * Privacy: any reach figure from 1 to 4 is replaced by "<5" in the returned data itself (so
    neither the screen, the PDF nor the CSV can show it); 0 stays 0. No percentages are given
    for reach, since a share of a known total would give the count away. Rows hidden as "<5"
    are listed alphabetically after the others, so their order tells nothing either.

Time arithmetic differs between the databases, so ``SqlDialect`` writes it for each: SQLite
stores UTC text and uses ``julianday``; PostgreSQL uses ``EXTRACT(EPOCH ...)``. Every time is
measured in seconds from the range's start.

The heat map and daylight-saving time: local weekday and hour depend on the UTC offset, which
changes with DST. Rather than converting each booking's time in SQL (SQLite has no time zone
data), the range is cut into buckets of one hour starting at the range's start (local
midnight), so every bucket is one local clock hour (the 25th hour of an autumn day is its own
bucket, and the hour skipped in spring has none). SQL groups the clipped start and end times
of the bookings by bucket: per bucket the number of starts minus ends and the sum of those
times. A running count of bookings in progress then gives the booked seconds of every bucket
exactly, and Python turns each bucket's start into its local weekday and hour with zoneinfo.
The same query runs on both databases, so they agree to the second. (In a zone whose offset
changes by less than an hour, such as Lord Howe Island, buckets are 30 or 15 minutes.)
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Float,
    Integer,
    and_,
    case,
    cast,
    func,
    literal,
    select,
    true,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement

from makerspace_app.domain.clock import local_to_utc, zone
from makerspace_app.domain.enums import (
    ACCESSIBILITY_TAGS,
    AgeBand,
    BookingStatus,
    EnrolmentStatus,
    EquipmentStatus,
    StaffRole,
)
from makerspace_app.domain.errors import ValidationError
from makerspace_app.domain.schedule import OpeningInterval, opening_intervals_on
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import (
    Attendance,
    Booking,
    ClosureDay,
    Enrolment,
    Equipment,
    EquipmentCategory,
    OpeningHours,
    Participant,
    Site,
    Space,
    Workshop,
    WorkshopSession,
)
from makerspace_app.persistence.types import UTCDateTime
from makerspace_app.services import settings
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

CTX = "Reports"  # written out in each QT_TRANSLATE_NOOP: lupdate reads only a literal context

ACTION_REPORTS = QT_TRANSLATE_NOOP("Actions", "make reports")

#: Bookings that held the item (its time was reserved and not given back).
HELD_STATUSES = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN, BookingStatus.COMPLETED)
#: Bookings the participant came for.
USED_STATUSES = (BookingStatus.CHECKED_IN, BookingStatus.COMPLETED)

KINDS = ("usage", "workshops", "reach")
MAX_DAYS = 3660  # ten years: a typo in a year should not start a report over centuries
BUSIEST_COUNT = 10

#: What a reach figure from 1 to 4 is shown as.
SUPPRESSED = "<5"
PRIVACY_THRESHOLD = 5

Progress = Callable[[str, float], None]

# Column kinds: how exports format and align a value.
TEXT = "text"
COUNT = "count"  # a whole number
HOURS = "hours"  # a float, hours
PERCENT = "percent"  # a float from 0 to 100, or None when the share is undefined
FIGURE = "figure"  # a privacy-protected count: an int, or SUPPRESSED
DATE = "date"  # a datetime.date

# Steps reported to ``progress`` (marked for translation).
STEP_ITEMS = QT_TRANSLATE_NOOP("Reports", "Equipment and opening hours")
STEP_BOOKINGS = QT_TRANSLATE_NOOP("Reports", "Booked hours per item")
STEP_HEATMAP = QT_TRANSLATE_NOOP("Reports", "Booked hours by weekday and hour")
STEP_SESSIONS = QT_TRANSLATE_NOOP("Reports", "Sessions, enrolments and attendance")
STEP_REACHED = QT_TRANSLATE_NOOP("Reports", "Participants reached and their ages")
STEP_LISTS = QT_TRANSLATE_NOOP("Reports", "Languages and accessibility needs")
STEP_TOTALS = QT_TRANSLATE_NOOP("Reports", "Totals and rankings")
STEP_DONE = QT_TRANSLATE_NOOP("Reports", "Done")

WEEKDAYS = (QT_TRANSLATE_NOOP("Reports", "Mon"), QT_TRANSLATE_NOOP("Reports", "Tue"), QT_TRANSLATE_NOOP("Reports", "Wed"), QT_TRANSLATE_NOOP("Reports", "Thu"), QT_TRANSLATE_NOOP("Reports", "Fri"),
            QT_TRANSLATE_NOOP("Reports", "Sat"), QT_TRANSLATE_NOOP("Reports", "Sun"))

AGE_BAND_LABELS = {
    AgeBand.UNDER_12: QT_TRANSLATE_NOOP("Reports", "Under 12"),
    AgeBand.AGE_12_17: QT_TRANSLATE_NOOP("Reports", "12 to 17"),
    AgeBand.AGE_18_25: QT_TRANSLATE_NOOP("Reports", "18 to 25"),
    AgeBand.AGE_26_64: QT_TRANSLATE_NOOP("Reports", "26 to 64"),
    AgeBand.AGE_65_PLUS: QT_TRANSLATE_NOOP("Reports", "65 and over"),
}
UNKNOWN_AGE = QT_TRANSLATE_NOOP("Reports", "Not known")
NONE_RECORDED = QT_TRANSLATE_NOOP("Reports", "None recorded")
# Youngest age of each band after the first, as domain.people.band_for_age draws them.
_BAND_FLOORS = ((12, AgeBand.UNDER_12), (18, AgeBand.AGE_12_17), (26, AgeBand.AGE_18_25),
                (65, AgeBand.AGE_26_64))

STATUS_LABELS = {
    EquipmentStatus.AVAILABLE.value: QT_TRANSLATE_NOOP("Reports", "Available"),
    EquipmentStatus.OUT_OF_SERVICE.value: QT_TRANSLATE_NOOP("Reports", "Out of service"),
    EquipmentStatus.RETIRED.value: QT_TRANSLATE_NOOP("Reports", "Retired"),
}

NEED_LABELS = {
    "wheelchair_access": QT_TRANSLATE_NOOP("Reports", "Wheelchair access"),
    "hearing_loop": QT_TRANSLATE_NOOP("Reports", "Hearing loop"),
    "large_print": QT_TRANSLATE_NOOP("Reports", "Large print"),
    "quiet_space": QT_TRANSLATE_NOOP("Reports", "Quiet space"),
    "interpreter": QT_TRANSLATE_NOOP("Reports", "Interpreter"),
}


def protect(count: int) -> int | str:
    """A reach figure as it may be shown: 1 to 4 become "<5"; 0 and 5 or more stay."""
    return SUPPRESSED if 0 < count < PRIVACY_THRESHOLD else count


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key putting "Printer #2" before "Printer #10"."""
    return tuple((0, int(part)) if part.isdigit() else (1, part)
                 for part in re.split(r"(\d+)", text.casefold()) if part)


def _no_progress(_step: str, _fraction: float) -> None:
    return None


# --- Values --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """The local days of a report and the UTC instants they run between."""

    first_day: dt.date
    last_day: dt.date
    timezone: str
    starts_at: dt.datetime  # UTC, local midnight starting first_day
    ends_at: dt.datetime  # UTC, local midnight after last_day (excluded)
    generated_at: dt.datetime  # UTC

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True)
class Column:
    name: str  # English, marked for translation in context "Reports"
    kind: str = TEXT


@dataclass(frozen=True)
class Table:
    """Rows of plain values under named columns; ``totals`` is an optional last row."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    totals: tuple[Any, ...] | None = None

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> tuple[Any, ...]:
        i = self.column_names.index(name)
        return tuple(r[i] for r in self.rows)


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: Any
    kind: str = COUNT


@dataclass(frozen=True)
class BarSeries:
    """One bar per label. For reach, values may be "<5": such a bar is drawn empty."""

    title: str
    labels: tuple[str, ...]
    values: tuple[Any, ...]
    kind: str = HOURS


@dataclass(frozen=True)
class HeatMap:
    """values[weekday][hour]: booked hours in that local hour on that weekday (0 = Monday)."""

    title: str
    row_labels: tuple[str, ...]
    hours: tuple[int, ...]
    values: tuple[tuple[float, ...], ...]

    @property
    def maximum(self) -> float:
        return max((v for row in self.values for v in row), default=0.0)

    @property
    def total(self) -> float:
        return sum(v for row in self.values for v in row)


@dataclass(frozen=True)
class UsageReport:
    KIND: ClassVar[str] = "usage"
    TITLE: ClassVar[str] = QT_TRANSLATE_NOOP("Reports", "Equipment usage")

    period: Period
    booked_hours: float
    open_hours: float
    utilisation: float | None  # percent
    bookings: int  # held bookings starting in the range
    no_shows: int
    shows: int  # checked in + completed, starting in the range
    no_show_rate: float | None  # percent
    summary: tuple[KeyFigure, ...]
    hours_by_category: BarSeries
    categories: Table
    heatmap: HeatMap
    busiest: Table
    idle: Table
    items: Table
    notes: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.TITLE

    @property
    def tables(self) -> tuple[Table, ...]:
        return (self.categories, self.busiest, self.idle, self.items)


@dataclass(frozen=True)
class WorkshopsReport:
    KIND: ClassVar[str] = "workshops"
    TITLE: ClassVar[str] = QT_TRANSLATE_NOOP("Reports", "Workshops")

    period: Period
    summary: tuple[KeyFigure, ...]
    workshops: Table  # with a totals row
    notes: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.TITLE

    @property
    def tables(self) -> tuple[Table, ...]:
        return (self.workshops,)


@dataclass(frozen=True)
class ReachReport:
    """Every count here is already protected: an int of 0 or 5 and more, or "<5"."""

    KIND: ClassVar[str] = "reach"
    TITLE: ClassVar[str] = QT_TRANSLATE_NOOP("Reports", "Reach")

    period: Period
    participants: int | str
    via_equipment: int | str
    via_workshops: int | str
    new_participants: int | str
    summary: tuple[KeyFigure, ...]
    age_bands: Table
    languages: Table
    needs: Table
    age_chart: BarSeries
    notes: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.TITLE

    @property
    def tables(self) -> tuple[Table, ...]:
        return (self.age_bands, self.languages, self.needs)


Report = UsageReport | WorkshopsReport | ReachReport


# --- Dialect helper ------------------------------------------------------------------------------


class SqlDialect:
    """Time and JSON arithmetic written for SQLite or PostgreSQL (``uow.dialect``)."""

    def __init__(self, name: str) -> None:
        if name not in ("sqlite", "postgresql"):
            raise ValueError(f"reports support sqlite and postgresql, not {name!r}")
        self.name = name
        self.sqlite = name == "sqlite"

    @staticmethod
    def at(moment: dt.datetime) -> ColumnElement[Any]:
        """A bound instant, stored the way the column stores it (UTC text on SQLite)."""
        return literal(moment, UTCDateTime())

    def seconds(self, moment: ColumnElement[Any], origin: dt.datetime) -> ColumnElement[float]:
        """Seconds from ``origin`` to ``moment``, a float (exact to the millisecond)."""
        if self.sqlite:
            # julianday is a double of about 2.46 million days: rounding to the millisecond
            # removes its last-bit noise, so a whole second stays whole.
            days = func.julianday(moment) - func.julianday(self.at(origin))
            return func.round(days * 86400.0, 3)
        return cast(func.extract("epoch", moment - self.at(origin)), Float)

    def greatest(self, a: ColumnElement[Any], b: ColumnElement[Any]) -> ColumnElement[Any]:
        return func.max(a, b) if self.sqlite else func.greatest(a, b)

    def least(self, a: ColumnElement[Any], b: ColumnElement[Any]) -> ColumnElement[Any]:
        return func.min(a, b) if self.sqlite else func.least(a, b)

    def floor_div(self, value: ColumnElement[float], size: float) -> ColumnElement[int]:
        """floor(value / size) for value >= 0."""
        if self.sqlite:
            return cast(value / float(size), Integer)  # CAST truncates; value is never negative
        return cast(func.floor(value / float(size)), Integer)

    def json_elements(self, column: ColumnElement[Any]):  # noqa: ANN201 - a lateral table
        """The text elements of a JSON list column, as a table with column ``value`` that can
        be outer-joined to the row holding the list (LEFT JOIN ... ON true). Anything but a
        list (JSON null, a lone string) counts as an empty list."""
        if self.sqlite:
            listed = case((func.json_type(column) == "array", column), else_=literal("[]"))
            return func.json_each(listed).table_valued("value", joins_implicitly=True)
        listed = case((func.json_typeof(column) == "array", column),
                      else_=cast(literal("[]"), column.type))
        return (func.json_array_elements_text(listed)
                .table_valued("value", joins_implicitly=True).render_derived().lateral())


# --- Period --------------------------------------------------------------------------------------


def make_period(uow: UnitOfWork, first_day: dt.date, last_day: dt.date) -> Period:
    """The UTC bounds of local days ``first_day`` to ``last_day`` (both included)."""
    if not isinstance(first_day, dt.date) or not isinstance(last_day, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "A report needs a first and a last day."))
    if isinstance(first_day, dt.datetime) or isinstance(last_day, dt.datetime):
        first_day, last_day = _as_day(first_day), _as_day(last_day)
    if last_day < first_day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The report's last day ({last}) is before its first day ({first}). "
              "Choose a last day on or after the first."),
            first=first_day.isoformat(), last=last_day.isoformat())
    days = (last_day - first_day).days + 1
    if days > MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A report covers at most ten years; {first} to {last} is {days} "
              "days. Check the years of the two days."),
            first=first_day.isoformat(), last=last_day.isoformat(), days=days)
    tz_name = settings.get(uow, "organisation.timezone")
    tz = zone(tz_name)
    try:
        starts_at = local_to_utc(first_day, dt.time(0), tz)
        ends_at = local_to_utc(last_day + dt.timedelta(days=1), dt.time(0), tz)
    except (OverflowError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "{first} to {last} is outside the days a report can cover."),
            first=first_day.isoformat(), last=last_day.isoformat()) from None
    return Period(first_day, last_day, tz_name, starts_at, ends_at, uow.now())


def _as_day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _percent(part: float, whole: float) -> float | None:
    return None if not whole else 100.0 * part / whole


# --- Usage ---------------------------------------------------------------------------------------


@dataclass
class _Item:
    id: int
    name: str
    asset_tag: str
    category_id: int
    category: str
    site_id: int | None
    site: str
    status: str
    created_at: dt.datetime
    hours: float = 0.0
    bookings: int = 0
    no_shows: int = 0
    shows: int = 0
    open_hours: float = 0.0


class _OpenTime:
    """The open UTC intervals of one site over the range, to sum from any instant on."""

    def __init__(self, intervals: list[tuple[dt.datetime, dt.datetime]]) -> None:
        self.starts = [a for a, _ in intervals]
        self.ends = [b for _, b in intervals]
        self.lengths = [(b - a).total_seconds() for a, b in intervals]
        self.after = [0.0] * (len(intervals) + 1)  # seconds in intervals i, i+1, ...
        for i in range(len(intervals) - 1, -1, -1):
            self.after[i] = self.after[i + 1] + self.lengths[i]

    def seconds_from(self, moment: dt.datetime) -> float:
        i = bisect.bisect_right(self.ends, moment)  # first interval ending after moment
        if i >= len(self.starts):
            return 0.0
        total = self.after[i + 1]
        return total + (self.ends[i] - max(self.starts[i], moment)).total_seconds()


def _merge(intervals: Iterable[tuple[dt.datetime, dt.datetime]]) -> list[tuple[dt.datetime, dt.datetime]]:
    out: list[tuple[dt.datetime, dt.datetime]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _open_time(uow: UnitOfWork, period: Period, tz: ZoneInfo,
               site_ids: set[int | None]) -> dict[int | None, _OpenTime]:
    hours: dict[int, list[OpeningInterval]] = {}
    known = [s for s in site_ids if s is not None]
    if known:
        for r in uow.session.execute(
            select(OpeningHours.site_id, OpeningHours.weekday, OpeningHours.opens_at,
                   OpeningHours.closes_at).where(OpeningHours.site_id.in_(known))
        ):
            hours.setdefault(r.site_id, []).append(OpeningInterval(r.weekday, r.opens_at, r.closes_at))
    closed: dict[int | None, set[dt.date]] = {}
    for r in uow.session.execute(
        select(ClosureDay.site_id, ClosureDay.day)
        .where(ClosureDay.day >= period.first_day, ClosureDay.day <= period.last_day)
    ):
        closed.setdefault(r.site_id, set()).add(r.day)
    everywhere = closed.get(None, set())
    days = [period.first_day + dt.timedelta(days=i) for i in range(period.days)]
    out: dict[int | None, _OpenTime] = {}
    for site_id in site_ids:
        shut = everywhere | closed.get(site_id, set()) if site_id is not None else everywhere
        site_hours = hours.get(site_id, []) if site_id is not None else []
        intervals = []
        for day in days:
            if day in shut:
                continue
            intervals.extend((i.start, i.end) for i in opening_intervals_on(day, site_hours, tz))
        out[site_id] = _OpenTime(_merge(intervals))
    return out


def _heatmap_bucket_seconds(period: Period, tz: ZoneInfo) -> int:
    """3600 when every local clock hour of the range starts a whole number of hours after
    the range's start; 1800 or 900 in zones whose offset changes by a half or a quarter."""
    base = period.starts_at.astimezone(tz).utcoffset()
    size = 3600
    moment = period.starts_at
    while moment < period.ends_at:
        shift = int((moment.astimezone(tz).utcoffset() - base).total_seconds())
        size = math.gcd(size, abs(shift) % 3600 or 3600)
        moment += dt.timedelta(hours=12)
    return max(size, 60)


def usage_report(uow: UnitOfWork, first_day: dt.date, last_day: dt.date,
                 progress: Progress | None = None) -> UsageReport:
    """Booked and open hours per item and category, the weekday-by-hour heat map, the
    busiest and idle items and the no-show rate (see the module notes for each definition)."""
    require(uow, StaffRole.COORDINATOR, ACTION_REPORTS)
    report = progress or _no_progress
    period = make_period(uow, first_day, last_day)
    tz = zone(period.timezone)
    sql = SqlDialect(uow.dialect)
    start, end = period.starts_at, period.ends_at

    report(STEP_ITEMS, 0.0)
    items: dict[int, _Item] = {}
    for r in uow.session.execute(
        select(Equipment.id, Equipment.name, Equipment.asset_tag, Equipment.status,
               Equipment.created_at, Equipment.category_id,
               EquipmentCategory.name.label("category"), Space.site_id, Site.name.label("site"))
        .join(EquipmentCategory, EquipmentCategory.id == Equipment.category_id)
        .outerjoin(Space, Space.id == Equipment.space_id)
        .outerjoin(Site, Site.id == Space.site_id)
    ):
        items[r.id] = _Item(r.id, r.name, r.asset_tag, r.category_id, r.category, r.site_id,
                            r.site or "", str(r.status), r.created_at)
    open_time = _open_time(uow, period, tz, {i.site_id for i in items.values()})

    report(STEP_BOOKINGS, 0.15)
    size = _heatmap_bucket_seconds(period, tz)
    per_item, by_bucket = _booking_aggregates(uow, sql, start, end, size)
    for equipment_id, (seconds, n_bookings, n_no_shows, n_shows) in per_item.items():
        item = items.get(equipment_id)
        if item is None:  # an item added while the report ran
            continue
        item.hours = seconds / 3600.0
        item.bookings, item.no_shows, item.shows = n_bookings, n_no_shows, n_shows

    report(STEP_HEATMAP, 0.8)
    heatmap = _heatmap(period, tz, size, by_bucket)

    report(STEP_TOTALS, 0.95)
    listed = [i for i in items.values() if i.created_at < end or i.hours or i.bookings or i.no_shows]
    for item in listed:
        item.open_hours = open_time[item.site_id].seconds_from(max(start, item.created_at)) / 3600.0
    listed.sort(key=lambda i: (natural_key(i.category), natural_key(i.name), i.asset_tag))

    item_columns = (Column(QT_TRANSLATE_NOOP("Reports", "Item")), Column(QT_TRANSLATE_NOOP("Reports", "Asset tag")), Column(QT_TRANSLATE_NOOP("Reports", "Category")),
                    Column(QT_TRANSLATE_NOOP("Reports", "Site")), Column(QT_TRANSLATE_NOOP("Reports", "Bookings"), COUNT),
                    Column(QT_TRANSLATE_NOOP("Reports", "Booked hours"), HOURS), Column(QT_TRANSLATE_NOOP("Reports", "Open hours"), HOURS),
                    Column(QT_TRANSLATE_NOOP("Reports", "Utilisation (%)"), PERCENT), Column(QT_TRANSLATE_NOOP("Reports", "No-shows"), COUNT))
    item_rows = tuple((i.name, i.asset_tag, i.category, i.site, i.bookings, i.hours, i.open_hours,
                       _percent(i.hours, i.open_hours), i.no_shows) for i in listed)

    by_category: dict[int, list[_Item]] = {}
    for item in listed:
        by_category.setdefault(item.category_id, []).append(item)
    category_rows = []
    for members in by_category.values():
        hours = sum(i.hours for i in members)
        open_hours = sum(i.open_hours for i in members)
        no_shows = sum(i.no_shows for i in members)
        shows = sum(i.shows for i in members)
        category_rows.append((members[0].category, len(members), sum(i.bookings for i in members),
                              hours, open_hours, _percent(hours, open_hours), no_shows,
                              _percent(no_shows, no_shows + shows)))
    category_rows.sort(key=lambda r: (-r[3], natural_key(r[0])))
    total_hours = sum(i.hours for i in listed)
    total_open = sum(i.open_hours for i in listed)
    total_bookings = sum(i.bookings for i in listed)
    no_shows = sum(i.no_shows for i in listed)
    shows = sum(i.shows for i in listed)
    categories = Table(
        "categories", QT_TRANSLATE_NOOP("Reports", "Booked hours by category"),
        (Column(QT_TRANSLATE_NOOP("Reports", "Category")), Column(QT_TRANSLATE_NOOP("Reports", "Items"), COUNT),
         Column(QT_TRANSLATE_NOOP("Reports", "Bookings"), COUNT), Column(QT_TRANSLATE_NOOP("Reports", "Booked hours"), HOURS),
         Column(QT_TRANSLATE_NOOP("Reports", "Open hours"), HOURS), Column(QT_TRANSLATE_NOOP("Reports", "Utilisation (%)"), PERCENT),
         Column(QT_TRANSLATE_NOOP("Reports", "No-shows"), COUNT), Column(QT_TRANSLATE_NOOP("Reports", "No-show rate (%)"), PERCENT)),
        tuple(category_rows),
        (QT_TRANSLATE_NOOP("Reports", "Total"), len(listed), total_bookings, total_hours, total_open,
         _percent(total_hours, total_open), no_shows, _percent(no_shows, no_shows + shows)),
    )
    busiest_items = sorted((i for i in listed if i.hours > 0),
                           key=lambda i: (-i.hours, natural_key(i.name), i.asset_tag))[:BUSIEST_COUNT]
    busiest = Table(
        "busiest", QT_TRANSLATE_NOOP("Reports", "Busiest items"),
        (Column(QT_TRANSLATE_NOOP("Reports", "Rank"), COUNT), Column(QT_TRANSLATE_NOOP("Reports", "Item")), Column(QT_TRANSLATE_NOOP("Reports", "Asset tag")),
         Column(QT_TRANSLATE_NOOP("Reports", "Category")), Column(QT_TRANSLATE_NOOP("Reports", "Site")), Column(QT_TRANSLATE_NOOP("Reports", "Booked hours"), HOURS),
         Column(QT_TRANSLATE_NOOP("Reports", "Utilisation (%)"), PERCENT)),
        tuple((n, i.name, i.asset_tag, i.category, i.site, i.hours,
               _percent(i.hours, i.open_hours)) for n, i in enumerate(busiest_items, 1)),
    )
    idle_items = [i for i in listed if i.hours == 0]
    idle = Table(
        "idle", QT_TRANSLATE_NOOP("Reports", "Idle items (no booked hour)"),
        (Column(QT_TRANSLATE_NOOP("Reports", "Item")), Column(QT_TRANSLATE_NOOP("Reports", "Asset tag")), Column(QT_TRANSLATE_NOOP("Reports", "Category")),
         Column(QT_TRANSLATE_NOOP("Reports", "Site")), Column(QT_TRANSLATE_NOOP("Reports", "Status")), Column(QT_TRANSLATE_NOOP("Reports", "Open hours"), HOURS)),
        tuple((i.name, i.asset_tag, i.category, i.site, STATUS_LABELS.get(i.status, i.status),
               i.open_hours) for i in idle_items),
    )
    item_table = Table("items", QT_TRANSLATE_NOOP("Reports", "All items"), item_columns, item_rows)
    utilisation = _percent(total_hours, total_open)
    no_show_rate = _percent(no_shows, no_shows + shows)
    summary = (
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Booked hours"), total_hours, HOURS),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Utilisation"), utilisation, PERCENT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Bookings"), total_bookings, COUNT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "No-show rate"), no_show_rate, PERCENT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Open hours"), total_open, HOURS),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "No-shows"), no_shows, COUNT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Items"), len(listed), COUNT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Idle items"), len(idle_items), COUNT),
    )
    chart = BarSeries(QT_TRANSLATE_NOOP("Reports", "Booked hours by category"),
                      tuple(r[0] for r in category_rows), tuple(r[3] for r in category_rows), HOURS)
    report(STEP_DONE, 1.0)
    return UsageReport(
        period=period, booked_hours=total_hours, open_hours=total_open, utilisation=utilisation,
        bookings=total_bookings, no_shows=no_shows, shows=shows, no_show_rate=no_show_rate,
        summary=summary, hours_by_category=chart, categories=categories, heatmap=heatmap,
        busiest=busiest, idle=idle, items=item_table, notes=USAGE_NOTES,
    )


def _clipped_bookings(sql: SqlDialect, start: dt.datetime, end: dt.datetime):  # noqa: ANN202
    """Bookings overlapping [start, end) (not cancelled) with their time inside it, as seconds
    from ``start``: ``since`` and ``until``; ``inside`` is 1 when the booking starts inside.

    Two parts, so that each can use the index on ``starts_at``: the bookings starting inside
    the range, and the few that started before it and run into it. (One overlap condition
    would make SQLite walk the index on equipment for the GROUP BY: twice as slow.)
    """
    wanted = Booking.status != BookingStatus.CANCELLED
    until = sql.seconds(sql.least(Booking.ends_at, sql.at(end)), start).label("until")
    starting_inside = select(
        Booking.equipment_id.label("equipment_id"), Booking.status.label("status"),
        literal(1).label("inside"), sql.seconds(Booking.starts_at, start).label("since"), until,
    ).where(Booking.starts_at >= start, Booking.starts_at < end, wanted)
    running_in = select(
        Booking.equipment_id.label("equipment_id"), Booking.status.label("status"),
        literal(0).label("inside"), literal(0.0).label("since"), until,
    ).where(Booking.starts_at < start, Booking.ends_at > start, wanted)
    return union_all(starting_inside, running_in)


def _booking_aggregates(
    uow: UnitOfWork, sql: SqlDialect, start: dt.datetime, end: dt.datetime, size: int,
) -> tuple[dict[int, tuple[float, int, int, int]], dict[int, tuple[int, float]]]:
    """One statement, reading the bookings of the range once (a CTE):

    * per item: booked seconds, bookings, no-shows and shows (see the module notes);
    * per heat-map bucket of ``size`` seconds from ``start``: the starts minus the ends of the
      held bookings in it, and the sum of those times (starts added, ends subtracted).
    """
    clipped = _clipped_bookings(sql, start, end).cte("clipped")
    held = clipped.c.status.in_([s.value for s in HELD_STATUSES])
    inside = clipped.c.inside == 1

    def total(condition: ColumnElement[bool], value: Any = 1) -> ColumnElement[float]:
        return cast(func.sum(case((condition, value), else_=0)), Float)

    per_item = (
        select(literal(0).label("part"), clipped.c.equipment_id.label("key"),
               total(held, clipped.c.until - clipped.c.since).label("a"),
               total(and_(held, inside)).label("b"),
               total(and_(clipped.c.status == BookingStatus.NO_SHOW.value, inside)).label("c"),
               total(and_(clipped.c.status.in_([s.value for s in USED_STATUSES]), inside)).label("d"))
        .group_by(clipped.c.equipment_id)
    )
    events = union_all(
        select(sql.floor_div(clipped.c.since, size).label("bucket"), literal(1).label("step"),
               clipped.c.since.label("at")).where(held),
        select(sql.floor_div(clipped.c.until, size).label("bucket"), literal(-1).label("step"),
               (-clipped.c.until).label("at")).where(held),
    ).subquery("events")
    per_bucket = (
        select(literal(1).label("part"), events.c.bucket.label("key"),
               cast(func.sum(events.c.step), Float).label("a"),
               cast(func.sum(events.c.at), Float).label("b"),
               cast(literal(0), Float).label("c"), cast(literal(0), Float).label("d"))
        .group_by(events.c.bucket)
    )
    items: dict[int, tuple[float, int, int, int]] = {}
    buckets: dict[int, tuple[int, float]] = {}
    for r in uow.session.execute(union_all(per_item, per_bucket)):
        if int(r.part) == 0:
            items[int(r.key)] = (float(r.a or 0), round(r.b or 0), round(r.c or 0), round(r.d or 0))
        else:
            buckets[int(r.key)] = (round(r.a or 0), float(r.b or 0))
    return items, buckets


def _heatmap(period: Period, tz: ZoneInfo, size: int,
             by_bucket: dict[int, tuple[int, float]]) -> HeatMap:
    """Booked hours per local weekday and hour from the bucket sums (see the module notes)."""
    cells = [[0.0] * 24 for _ in range(7)]
    if by_bucket:
        running = 0
        last = max(by_bucket)
        for bucket in range(0, last + 1):
            steps, at = by_bucket.get(bucket, (0, 0.0))
            bucket_end = (bucket + 1) * size
            seconds = running * size + steps * bucket_end - at
            running += steps
            if seconds <= 0.0005:
                continue
            local = (period.starts_at + dt.timedelta(seconds=bucket * size)).astimezone(tz)
            cells[local.weekday()][local.hour] += seconds / 3600.0
    return HeatMap(QT_TRANSLATE_NOOP("Reports", "Booked hours by weekday and hour of day"), WEEKDAYS,
                   tuple(range(24)), tuple(tuple(round(v, 6) for v in row) for row in cells))


USAGE_NOTES = (
    QT_TRANSLATE_NOOP("Reports", "Booked hours count bookings that held the item (booked, checked in or completed), "
      "clipped to the period; cancelled bookings and no-shows are not counted."),
    QT_TRANSLATE_NOOP("Reports", "Open hours are the opening hours of each item's site on the days of the period, "
      "less closure days, from the day the item was registered. Utilisation is booked hours "
      "divided by open hours."),
    QT_TRANSLATE_NOOP("Reports", "Bookings and no-shows are counted by the day they start. The no-show rate is "
      "no-shows divided by no-shows plus bookings checked in or completed."),
    QT_TRANSLATE_NOOP("Reports", "The heat map splits each booking across the hours it covers, in local time."),
    QT_TRANSLATE_NOOP("Reports", "Items are listed if they were registered before the period ended. Idle items have no "
      "booked hour in the period; their status is today's (a retired item may have been retired "
      "before the period)."),
)


# --- Workshops -----------------------------------------------------------------------------------


def workshops_report(uow: UnitOfWork, first_day: dt.date, last_day: dt.date,
                     progress: Progress | None = None) -> WorkshopsReport:
    """Per workshop with sessions in the range: sessions held, enrolled, waitlisted,
    attendance and completion rates, and the totals."""
    require(uow, StaffRole.COORDINATOR, ACTION_REPORTS)
    report = progress or _no_progress
    period = make_period(uow, first_day, last_day)
    tz = zone(period.timezone)
    start, end, now = period.starts_at, period.ends_at, uow.now()
    report(STEP_SESSIONS, 0.0)

    in_range = and_(WorkshopSession.starts_at >= start, WorkshopSession.starts_at < end)
    was_held = and_(WorkshopSession.cancelled_at.is_(None), WorkshopSession.starts_at <= now)
    sessions = (
        select(WorkshopSession.workshop_id.label("workshop_id"),
               func.sum(case((was_held, 1), else_=0)).label("held"),
               func.sum(case((WorkshopSession.cancelled_at.is_not(None), 1), else_=0)).label("cancelled"),
               func.min(WorkshopSession.starts_at).label("first_start"))
        .where(in_range)
        .group_by(WorkshopSession.workshop_id)
        .subquery("s")
    )
    enrolled = Enrolment.status == EnrolmentStatus.ENROLLED
    enrolments = (
        select(Enrolment.workshop_id.label("workshop_id"),
               func.sum(case((enrolled, 1), else_=0)).label("enrolled"),
               func.sum(case((Enrolment.status == EnrolmentStatus.WAITLISTED, 1), else_=0)).label("waitlisted"),
               func.sum(case((and_(enrolled, Enrolment.completed_at.is_not(None)), 1),
                             else_=0)).label("completed"))
        .where(Enrolment.workshop_id.in_(select(sessions.c.workshop_id)))
        .group_by(Enrolment.workshop_id)
        .subquery("e")
    )
    marked_enrolment = and_(Enrolment.workshop_id == WorkshopSession.workshop_id,
                            Enrolment.participant_id == Attendance.participant_id, enrolled)
    marks = (
        select(WorkshopSession.workshop_id.label("workshop_id"),
               func.count(Attendance.id).label("marks"),
               func.sum(case((Attendance.walk_in, 1), else_=0)).label("walk_ins"),
               func.sum(case((Enrolment.id.is_not(None), 1), else_=0)).label("enrolled_marks"))
        .join(Attendance, Attendance.session_id == WorkshopSession.id)
        .outerjoin(Enrolment, marked_enrolment)
        .where(in_range, was_held)
        .group_by(WorkshopSession.workshop_id)
        .subquery("a")
    )
    first_session = (
        select(WorkshopSession.workshop_id.label("workshop_id"),
               func.min(WorkshopSession.starts_at).label("first_start"),
               func.max(WorkshopSession.ends_at).label("last_end"))
        .where(WorkshopSession.workshop_id.in_(select(sessions.c.workshop_id)),
               WorkshopSession.cancelled_at.is_(None))
        .group_by(WorkshopSession.workshop_id)
        .subquery("f")
    )
    rows = uow.session.execute(
        select(Workshop.id, Workshop.title,
               func.coalesce(first_session.c.first_start, sessions.c.first_start).label("first_start"),
               first_session.c.last_end, sessions.c.held,
               sessions.c.cancelled, enrolments.c.enrolled, enrolments.c.waitlisted,
               enrolments.c.completed, marks.c.marks, marks.c.walk_ins, marks.c.enrolled_marks)
        .join(sessions, sessions.c.workshop_id == Workshop.id)
        .outerjoin(enrolments, enrolments.c.workshop_id == Workshop.id)
        .outerjoin(marks, marks.c.workshop_id == Workshop.id)
        .outerjoin(first_session, first_session.c.workshop_id == Workshop.id)
        .order_by(func.coalesce(first_session.c.first_start, sessions.c.first_start),
                  Workshop.title, Workshop.id)
    ).all()
    report(STEP_TOTALS, 0.9)

    out = []
    totals = dict.fromkeys(("held", "cancelled", "enrolled", "waitlisted", "marks", "walk_ins",
                            "enrolled_marks", "completed", "places", "finished_enrolled",
                            "finished_completed"), 0)
    for r in rows:
        held, cancelled = int(r.held or 0), int(r.cancelled or 0)
        n_enrolled, waitlisted = int(r.enrolled or 0), int(r.waitlisted or 0)
        completed = int(r.completed or 0)
        n_marks, walk_ins, enrolled_marks = int(r.marks or 0), int(r.walk_ins or 0), int(r.enrolled_marks or 0)
        first_local = _aware(r.first_start).astimezone(tz).date()
        # Completion is only judged once the workshop's last session is over.
        finished = r.last_end is not None and _aware(r.last_end) <= now
        out.append((r.title, first_local, held, cancelled, n_enrolled, waitlisted, n_marks, walk_ins,
                    _percent(enrolled_marks, n_enrolled * held), completed,
                    _percent(completed, n_enrolled) if finished else None))
        for key, value in (("held", held), ("cancelled", cancelled), ("enrolled", n_enrolled),
                           ("waitlisted", waitlisted), ("marks", n_marks), ("walk_ins", walk_ins),
                           ("enrolled_marks", enrolled_marks), ("completed", completed),
                           ("places", n_enrolled * held)):
            totals[key] += value
        if finished:
            totals["finished_enrolled"] += n_enrolled
            totals["finished_completed"] += completed
    attendance_rate = _percent(totals["enrolled_marks"], totals["places"])
    completion_rate = _percent(totals["finished_completed"], totals["finished_enrolled"])
    table = Table(
        "workshops", QT_TRANSLATE_NOOP("Reports", "Workshops with sessions in the period"),
        (Column(QT_TRANSLATE_NOOP("Reports", "Workshop")), Column(QT_TRANSLATE_NOOP("Reports", "First session"), DATE),
         Column(QT_TRANSLATE_NOOP("Reports", "Sessions held"), COUNT), Column(QT_TRANSLATE_NOOP("Reports", "Cancelled"), COUNT),
         Column(QT_TRANSLATE_NOOP("Reports", "Enrolled"), COUNT), Column(QT_TRANSLATE_NOOP("Reports", "Waitlisted"), COUNT),
         Column(QT_TRANSLATE_NOOP("Reports", "Attendance marks"), COUNT), Column(QT_TRANSLATE_NOOP("Reports", "Walk-ins"), COUNT),
         Column(QT_TRANSLATE_NOOP("Reports", "Attendance rate (%)"), PERCENT), Column(QT_TRANSLATE_NOOP("Reports", "Completed"), COUNT),
         Column(QT_TRANSLATE_NOOP("Reports", "Completion rate (%)"), PERCENT)),
        tuple(out),
        (QT_TRANSLATE_NOOP("Reports", "Total"), None, totals["held"], totals["cancelled"], totals["enrolled"],
         totals["waitlisted"], totals["marks"], totals["walk_ins"], attendance_rate,
         totals["completed"], completion_rate),
    )
    summary = (
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Workshops"), len(out), COUNT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Sessions held"), totals["held"], COUNT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Attendance rate"), attendance_rate, PERCENT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Completion rate"), completion_rate, PERCENT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Enrolled"), totals["enrolled"], COUNT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Waitlisted"), totals["waitlisted"], COUNT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Attendance marks"), totals["marks"], COUNT),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Walk-ins"), totals["walk_ins"], COUNT),
    )
    report(STEP_DONE, 1.0)
    return WorkshopsReport(period, summary, table, WORKSHOP_NOTES)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.timezone.utc)


WORKSHOP_NOTES = (
    QT_TRANSLATE_NOOP("Reports", "Workshops with at least one session starting in the period. Sessions held are the "
      "sessions in the period that were not cancelled and had started when the report was made."),
    QT_TRANSLATE_NOOP("Reports", "Enrolled, waitlisted and completed count the workshop's current enrolments; "
      "withdrawn participants are not counted. The completion rate is completed divided by "
      "enrolled, for workshops whose last session is over (“–” while one is still running); "
      "the total rate covers those workshops only."),
    QT_TRANSLATE_NOOP("Reports", "Attendance marks include walk-ins. The attendance rate is the marks of enrolled "
      "participants divided by enrolled times sessions held."),
)


# --- Reach ---------------------------------------------------------------------------------------


def _band_cutoffs(day: dt.date) -> list[tuple[dt.date, AgeBand]]:
    """(latest birth date of someone at least ``age`` on ``day``, band below that age)."""
    out = []
    for age, band_below in _BAND_FLOORS:
        year = day.year - age
        try:
            cutoff = day.replace(year=year)
        except ValueError:  # 29 February in a year without one: birthdays fall on 1 March
            cutoff = dt.date(year, 2, 28)
        out.append((cutoff, band_below))
    return out


def _band_expression(day: dt.date) -> ColumnElement[str]:
    """The age band on ``day``: from the date of birth, else the stored band (SQL CASE)."""
    whens = [(Participant.date_of_birth.is_(None), Participant.age_band)]
    for cutoff, band in _band_cutoffs(day):
        whens.append((Participant.date_of_birth > cutoff, literal(band.value)))
    return case(*whens, else_=literal(AgeBand.AGE_65_PLUS.value))


def reach_report(uow: UnitOfWork, first_day: dt.date, last_day: dt.date,
                 progress: Progress | None = None) -> ReachReport:
    """Distinct participants reached, new participants, and who they are by age band,
    language and accessibility need, with every figure from 1 to 4 shown as "<5"."""
    require(uow, StaffRole.COORDINATOR, ACTION_REPORTS)
    report = progress or _no_progress
    period = make_period(uow, first_day, last_day)
    sql = SqlDialect(uow.dialect)
    start, end = period.starts_at, period.ends_at

    report(STEP_REACHED, 0.0)
    used = (select(Booking.participant_id.label("pid"), literal(1).label("eq"), literal(0).label("ws"))
            .where(Booking.starts_at >= start, Booking.starts_at < end,
                   Booking.status.in_(USED_STATUSES)))
    attended = (select(Attendance.participant_id.label("pid"), literal(0).label("eq"),
                       literal(1).label("ws"))
                .join(WorkshopSession, WorkshopSession.id == Attendance.session_id)
                .where(WorkshopSession.starts_at >= start, WorkshopSession.starts_at < end))
    contacts = union_all(used, attended).subquery("c")
    # The participants reached, read once per statement: a CTE (materialised, as it is used
    # twice in the statement on languages and needs).
    reached = (select(contacts.c.pid.label("pid"), func.max(contacts.c.eq).label("eq"),
                      func.max(contacts.c.ws).label("ws"))
               .group_by(contacts.c.pid).cte("reached"))
    band = _band_expression(period.last_day).label("band")
    band_counts: dict[str | None, int] = {}
    total = via_equipment = via_workshops = 0
    for r in uow.session.execute(
        select(band, func.count().label("n"), func.sum(reached.c.eq).label("eq"),
               func.sum(reached.c.ws).label("ws"))
        .select_from(reached).join(Participant, Participant.id == reached.c.pid)
        .group_by(band)
    ):
        key = str(r.band) if r.band is not None else None
        band_counts[key] = band_counts.get(key, 0) + int(r.n)
        total += int(r.n)
        via_equipment += int(r.eq or 0)
        via_workshops += int(r.ws or 0)
    band_rows = [(label, protect(band_counts.get(b.value, 0))) for b, label in AGE_BAND_LABELS.items()]
    band_rows.append((UNKNOWN_AGE, protect(band_counts.get(None, 0))))
    new = uow.session.scalar(
        select(func.count(Participant.id))
        .where(Participant.created_at >= start, Participant.created_at < end)) or 0

    report(STEP_LISTS, 0.5)
    languages, needs = _list_counts(uow, sql, reached)

    language_rows = _protected_rows(
        [(code, n) for code, n in languages.items() if code is not None],
        none_count=languages.get(None, 0))
    need_counts = [(NEED_LABELS.get(tag, tag), n) for tag, n in needs.items() if tag is not None]
    known = {NEED_LABELS[t] for t in ACCESSIBILITY_TAGS if t in NEED_LABELS}
    listed = {label for label, _ in need_counts}
    need_counts += [(label, 0) for label in known - listed]
    need_rows = _protected_rows(need_counts, none_count=needs.get(None, 0))

    participants = protect(total)
    summary = (
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Participants reached"), participants, FIGURE),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Used equipment"), protect(via_equipment), FIGURE),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "Attended workshops"), protect(via_workshops), FIGURE),
        KeyFigure(QT_TRANSLATE_NOOP("Reports", "New participants"), protect(new), FIGURE),
    )
    report(STEP_DONE, 1.0)
    return ReachReport(
        period=period, participants=participants, via_equipment=protect(via_equipment),
        via_workshops=protect(via_workshops), new_participants=protect(new), summary=summary,
        age_bands=Table("age_bands", QT_TRANSLATE_NOOP("Reports", "Participants reached by age band"),
                        (Column(QT_TRANSLATE_NOOP("Reports", "Age band")), Column(QT_TRANSLATE_NOOP("Reports", "Participants"), FIGURE)),
                        tuple(band_rows)),
        languages=Table("languages", QT_TRANSLATE_NOOP("Reports", "Participants reached by language spoken"),
                        (Column(QT_TRANSLATE_NOOP("Reports", "Language")), Column(QT_TRANSLATE_NOOP("Reports", "Participants"), FIGURE)),
                        tuple(language_rows)),
        needs=Table("needs", QT_TRANSLATE_NOOP("Reports", "Participants reached by accessibility need"),
                    (Column(QT_TRANSLATE_NOOP("Reports", "Accessibility need")), Column(QT_TRANSLATE_NOOP("Reports", "Participants"), FIGURE)),
                    tuple(need_rows)),
        age_chart=BarSeries(QT_TRANSLATE_NOOP("Reports", "Participants reached by age band"),
                            tuple(r[0] for r in band_rows), tuple(r[1] for r in band_rows), FIGURE),
        notes=REACH_NOTES,
    )


def _list_counts(uow: UnitOfWork, sql: SqlDialect,
                 reached) -> tuple[dict[str | None, int], dict[str | None, int]]:  # noqa: ANN001
    """Reached participants per language and per accessibility need, in one statement;
    the key None counts those with an empty list."""
    parts = []
    for kind, column in ((0, Participant.languages), (1, Participant.accessibility_tags)):
        elements = sql.json_elements(column)
        # A row per element; an empty list joins nothing and is counted under NULL.
        parts.append(
            select(literal(kind).label("kind"), elements.c.value.label("value"),
                   func.count(func.distinct(Participant.id)).label("n"))
            .select_from(reached)
            .join(Participant, Participant.id == reached.c.pid)
            .outerjoin(elements, true())
            .group_by(elements.c.value)
        )
    out: tuple[dict[str | None, int], dict[str | None, int]] = ({}, {})
    for r in uow.session.execute(union_all(*parts)):
        key = None if r.value is None or str(r.value).strip() == "" else str(r.value)
        counts = out[int(r.kind)]
        counts[key] = counts.get(key, 0) + int(r.n)
    return out


def _protected_rows(counts: Sequence[tuple[str, int]], none_count: int) -> list[tuple[str, int | str]]:
    """Shown counts first by size, then the hidden ("<5") ones alphabetically, then zeros,
    then "None recorded"; a hidden row's position tells nothing about its size."""
    shown = sorted(((k, n) for k, n in counts if n >= PRIVACY_THRESHOLD),
                   key=lambda kv: (-kv[1], kv[0].casefold()))
    hidden = sorted((k for k, n in counts if 0 < n < PRIVACY_THRESHOLD), key=str.casefold)
    zero = sorted((k for k, n in counts if n == 0), key=str.casefold)
    rows: list[tuple[str, int | str]] = [(k, n) for k, n in shown]
    rows += [(k, SUPPRESSED) for k in hidden]
    rows += [(k, 0) for k in zero]
    rows.append((NONE_RECORDED, protect(none_count)))
    return rows


REACH_NOTES = (
    QT_TRANSLATE_NOOP("Reports", "Participants reached used a booking (checked in or completed) or were marked present "
      "at a workshop session, starting in the period. Each person counts once."),
    QT_TRANSLATE_NOOP("Reports", "New participants registered in the period, whether or not they came."),
    QT_TRANSLATE_NOOP("Reports", "Age bands are on the last day of the period. Languages and accessibility needs are as "
      "recorded; a person counts once under each they have."),
    QT_TRANSLATE_NOOP("Reports", "To protect privacy, any figure from 1 to 4 is shown as “<5”."),
)


# --- All reports ---------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[..., Report]] = {
    "usage": usage_report,
    "workshops": workshops_report,
    "reach": reach_report,
}


def build_report(uow: UnitOfWork, kind: str, first_day: dt.date, last_day: dt.date,
                 progress: Progress | None = None) -> Report:
    """The report ``kind`` (one of KINDS) over local days ``first_day`` to ``last_day``."""
    builder = _BUILDERS.get(kind)
    if builder is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "There is no report called “{kind}”. Choose one of: {kinds}."),
            kind=kind, kinds=", ".join(KINDS))
    return builder(uow, first_day, last_day, progress)
