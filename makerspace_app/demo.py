"""Demo data: a believable public-library makerspace to try the app on, and to measure it.

``fill_demo`` fills an *empty* database. "small" is one branch to click around in: about 200
participants and 1,500 bookings around today. "large" is five years of two branches for the
benchmarks: 300 items, 20,000 participants, 500,000 bookings, 4,000 workshops with 20,000
sessions and 150,000 attendance marks, 10,000 projects.

The data keeps the rules the services enforce, so that everything shown can also be edited:
bookings lie inside opening hours and not on closure days, last no longer than their
category allows, are made by participants old enough (and certified, where the category needs
it) and stay under the weekly quota; active bookings of one item never overlap; minors have a
guardian; attendance is only for enrolled participants at sessions that took place;
completions and the certifications trainings grant follow from the attendance.

How: everything is generated in Python from one seeded ``random.Random`` (the same seed and
``now`` give the same rows, apart from the salt of the one password hash), with explicit
primary keys so rows can point at each other without reading anything back, and written with
Core bulk inserts (executemany) in one transaction, so a failure leaves the database empty.
Times pass through the model column types (UTCDateTime), never formatted by hand. Name lists,
the equipment catalogue and workshop templates are data files in ``resources/demo``.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import json
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, DropIndex

from makerspace_app.config import resources_dir
from makerspace_app.domain import people
from makerspace_app.domain.clock import as_utc, utc_now, zone
from makerspace_app.domain.codes import ALPHABET, BADGE_CODE_LENGTH
from makerspace_app.domain.enums import ACCESSIBILITY_TAGS, StaffRole
from makerspace_app.domain.errors import ConflictError, ValidationError
from makerspace_app.domain.text import fold, normalise_text, search_key
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence import models as m
from makerspace_app.persistence.engine import Database
from makerspace_app.services import settings as settings_service
from makerspace_app.services.database import is_empty
from makerspace_app.services.participants import participant_search_key
from makerspace_app.services.staff import hash_secret
from makerspace_app.services.uow import Actor, UnitOfWork

DEMO_STAFF_PASSWORD = "makerspace-demo"
SIZES = ("small", "large")  # what fill_demo accepts (the CLI offers the same choices)
CTX = "Demo"

UTC = dt.timezone.utc
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_ORD = dt.date(1970, 1, 1).toordinal()
DAY = 86_400
HOUR = 3_600
MINUTE = 60
YEAR_DAYS = 365.25
ADULT_AGE = 18
WEEKLY_QUOTA_MINUTES = 10 * 60  # the default of the bookings.weekly_quota_hours setting
NO_SHOW_MINUTES = 15  # the default of bookings.no_show_minutes
MAX_BOOKINGS_PER_DAY = 6
_CHUNK = 20_000
# From this many rows on, a table's secondary indexes are dropped before the insert and built
# again after it (in the same transaction): building an index from sorted data is several
# times faster than growing it row by row in random order.
_REINDEX_FROM = 50_000

# Bookings that hold times of an item on a day, by (item index, day ordinal): local minutes.
_Blocked = dict[tuple[int, int], list[tuple[int, int]]]
_FAR = 1 << 62  # "never" for expiry and revocation comparisons
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# The steps reported to ``progress`` (marked so the ui can translate them).
STEP_SITES = QT_TRANSLATE_NOOP("Demo", "Sites, opening hours and settings")
STEP_STAFF = QT_TRANSLATE_NOOP("Demo", "Staff accounts")
STEP_EQUIPMENT = QT_TRANSLATE_NOOP("Demo", "Equipment")
STEP_PARTICIPANTS = QT_TRANSLATE_NOOP("Demo", "Participants and consent")
STEP_WORKSHOPS = QT_TRANSLATE_NOOP("Demo", "Workshops, enrolments and attendance")
STEP_CERTIFICATIONS = QT_TRANSLATE_NOOP("Demo", "Certifications")
STEP_BOOKINGS = QT_TRANSLATE_NOOP("Demo", "Bookings")
STEP_PROJECTS = QT_TRANSLATE_NOOP("Demo", "Projects")
STEP_SAVING = QT_TRANSLATE_NOOP("Demo", "Saving")
STEP_DONE = QT_TRANSLATE_NOOP("Demo", "Done")


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind ``fill_demo`` inserted."""

    sites: int
    spaces: int
    categories: int
    equipment: int
    staff: int
    participants: int
    bookings: int
    workshops: int
    sessions: int
    enrolments: int
    attendance: int
    projects: int
    staff_password: str  # the password every demo staff account shares


@dataclass(frozen=True)
class _Size:
    name: str
    sites: int
    participants: int
    bookings: int  # exact
    workshops: int  # exact
    sessions: int | None  # exact total, or whatever the templates give
    attendance: int | None  # exact total, or each enrolled person attends ~82% of sessions
    projects: int  # exact
    history_days: int  # bookings start this many days before today
    future_days: int  # ... and end this many days after it
    workshop_ahead_days: int  # workshops may start up to this many days after today
    registration_days: int  # participants registered over this span before today
    cohort_share: float  # share registered in the year before that span
    series: int
    maintenance: int
    out_of_service: int


_SIZES = {
    "small": _Size(
        "small", sites=1, participants=200, bookings=1_500, workshops=20, sessions=None,
        attendance=None, projects=30, history_days=56, future_days=14, workshop_ahead_days=21,
        registration_days=3 * 365, cohort_share=0.0, series=4, maintenance=6, out_of_service=2,
    ),
    "large": _Size(
        "large", sites=2, participants=20_000, bookings=500_000, workshops=4_000,
        sessions=20_000, attendance=150_000, projects=10_000, history_days=5 * 365 + 1 - 14,
        future_days=14, workshop_ahead_days=28, registration_days=5 * 365 + 1 - 14,
        cohort_share=0.15, series=300, maintenance=400, out_of_service=8,
    ),
}


def fill_demo(
    db: Database,
    size: str = "small",
    progress: Callable[[str, float], None] | None = None,
    seed: int = 2026,
    now: dt.datetime | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data in one transaction; return what was inserted.

    ``progress(step, fraction)`` is told the step being generated and how far along (0 to 1)
    the whole job is. Refuses a database that already holds participants, equipment, staff,
    workshops or bookings (ConflictError) and a size other than "small" or "large"
    (ValidationError). ``now`` (aware) fixes "today", so that a seed and ``now`` give the
    same data every time.
    """
    spec = _SIZES.get(size)
    if spec is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Demo data comes in two sizes, “small” and “large”; “{size}” is not one of them.",
            ),
            size=size,
        )
    if not is_empty(db):
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This database already holds data, so no demo data was added. Use an empty "
                "database for the demo, for example a new file given with --db.",
            )
        )
    moment = utc_now() if now is None else as_utc(now)
    report = progress or _no_progress
    resources = _Resources.load()
    password_hash = hash_secret(DEMO_STAFF_PASSWORD)  # once: argon2 is slow on purpose
    with db.session() as session:
        builder = _Builder(
            session, db.dialect, spec, random.Random(seed), moment, resources, password_hash,
            report,
        )
        summary = builder.run()
    report(STEP_DONE, 1.0)
    return summary


def _no_progress(_step: str, _fraction: float) -> None:
    return None


# --- Resources --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Resources:
    catalogue: dict[str, Any]
    cultures: dict[str, Any]
    names: list[dict[str, str]]

    @classmethod
    def load(cls) -> _Resources:
        folder = resources_dir() / "demo"
        with open(folder / "names.csv", encoding="utf-8", newline="") as fh:
            names = list(csv.DictReader(fh))
        return cls(_read_json(folder / "catalogue.json"), _read_json(folder / "cultures.json"), names)


def _read_json(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


# --- Small helpers ------------------------------------------------------------------------------


_from_timestamp = dt.datetime.fromtimestamp


def _dt(seconds: int) -> dt.datetime:
    """An aware UTC datetime from seconds since the epoch (the generator's time unit)."""
    return _from_timestamp(seconds, UTC)


def _seconds(moment: dt.datetime) -> int:
    return int((moment - _EPOCH).total_seconds())


def _minutes_of(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _time_of(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


def _weekday(ordinal: int) -> int:
    return (ordinal - 1) % 7  # date.fromordinal(1) is a Monday


def _day_of(seconds: int) -> int:
    """The UTC day ordinal of a moment (close enough to the local day for age checks, which
    keep a day of margin)."""
    return _EPOCH_ORD + seconds // DAY


def _at_least_days(years: int) -> int:
    """Days after a birth date by which someone is surely ``years`` old (a day of margin)."""
    return int(years * YEAR_DAYS) + 2


def _at_most_days(years: int) -> int:
    """Days after a birth date before which someone is surely not yet ``years + 1``."""
    return int((years + 1) * YEAR_DAYS) - 2


def _age_on(dob: int, day: int) -> int:
    return people.age_on(dt.date.fromordinal(dob), dt.date.fromordinal(day))


def _band(age: int) -> str:
    return people.band_for_age(age).value


_ASCII_CACHE: dict[str, str] = {}


def _ascii(name: str) -> str:
    """The plain a-z letters of a Latin-script name ("" for other scripts), for e-mails."""
    cached = _ASCII_CACHE.get(name)
    if cached is None:
        cached = "".join(ch for ch in fold(name) if "a" <= ch <= "z")
        _ASCII_CACHE[name] = cached
    return cached


def _pattern(rng: random.Random, pattern: str) -> str:
    """'#' becomes a digit, '?' a capital letter; anything else stays."""
    return "".join(
        rng.choice(_DIGITS) if ch == "#" else rng.choice(_LETTERS) if ch == "?" else ch
        for ch in pattern
    )


def _easter(year: int) -> dt.date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * mm + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _public_holidays(year: int) -> list[tuple[dt.date, str]]:
    """England's bank holidays (with substitute days) plus Christmas Eve, when libraries close."""
    easter = _easter(year)
    days = [
        (dt.date(year, 1, 1), "New Year's Day"),
        (easter - dt.timedelta(days=2), "Good Friday"),
        (easter + dt.timedelta(days=1), "Easter Monday"),
        (_nth_weekday(year, 5, 0, 1), "Early May bank holiday"),
        (_nth_weekday(year, 5, 0, -1), "Spring bank holiday"),
        (_nth_weekday(year, 8, 0, -1), "Summer bank holiday"),
        (dt.date(year, 12, 24), "Christmas Eve"),
        (dt.date(year, 12, 25), "Christmas Day"),
        (dt.date(year, 12, 26), "Boxing Day"),
    ]
    taken = {day for day, _ in days}
    for day, reason in list(days):
        if reason in ("New Year's Day", "Christmas Day", "Boxing Day") and day.weekday() >= 5:
            substitute = day
            while substitute.weekday() >= 5 or substitute in taken:
                substitute += dt.timedelta(days=1)
            taken.add(substitute)
            days.append((substitute, f"{reason} (substitute day)"))
    return sorted(days)


def _place(
    rng: random.Random, gaps: Sequence[tuple[int, int]], count: int, durations: Sequence[int],
    longest: int,
) -> list[tuple[int, int]]:
    """``count`` non-overlapping (start, end) minutes inside ``gaps``, on quarter hours.

    The caller never asks for more than the gaps hold at 30 minutes each.
    """
    if len(gaps) == 1:
        return _place_in(rng, gaps[0][0], gaps[0][1], count, durations, longest)
    room = [(b - a) // 30 for a, b in gaps]
    share = [0] * len(gaps)
    for _ in range(count):
        open_gaps = [i for i, r in enumerate(room) if share[i] < r]
        share[rng.choice(open_gaps)] += 1
    out: list[tuple[int, int]] = []
    for (a, b), k in zip(gaps, share, strict=True):
        if k:
            out.extend(_place_in(rng, a, b, k, durations, longest))
    return out


def _place_in(
    rng: random.Random, a: int, b: int, count: int, durations: Sequence[int], longest: int
) -> list[tuple[int, int]]:
    limit = max(30, min(longest, (b - a) // count // 15 * 15))
    fitting = [d for d in durations if d <= limit] or [limit]
    n = len(fitting)
    lengths = [fitting[int(rng.random() * n)] for _ in range(count)]
    slack = max(0, (b - a - sum(lengths)) // 15)
    cuts = sorted(int(rng.random() * (slack + 1)) for _ in range(count))
    out = []
    t, previous = a, 0
    for length, cut in zip(lengths, cuts, strict=True):
        t += (cut - previous) * 15
        previous = cut
        out.append((t, t + length))
        t += length
    return out


# --- The site calendar ---------------------------------------------------------------------------


class _Site:
    """A site's opening hours and closures, and the UTC start of its local days."""

    def __init__(self, index: int, site_id: int, tz: ZoneInfo, hours: dict[int, tuple[int, int]],
                 spaces: dict[str, int], space_ids: list[int]) -> None:
        self.index = index
        self.id = site_id
        self.tz = tz
        self.hours = hours  # weekday -> (opens, closes) in local minutes
        self.spaces = spaces  # space kind -> space id (the first of that kind)
        self.space_ids = space_ids
        self.closed: set[int] = set()
        self._midnight: dict[int, int] = {}

    def midnight(self, ordinal: int) -> int:
        """Seconds since the epoch of local midnight, by the offset in force at noon.

        Opening hours never include the small hours when clocks change, so adding local
        minutes to this gives the right UTC instant for any time the site is open.
        """
        value = self._midnight.get(ordinal)  # (cached: asked for every booking)
        if value is None:
            day = dt.date.fromordinal(ordinal)
            offset = dt.datetime.combine(day, dt.time(12), tzinfo=self.tz).utcoffset()
            value = (ordinal - _EPOCH_ORD) * DAY - int(offset.total_seconds() if offset else 0)
            self._midnight[ordinal] = value
        return value

    def is_open(self, ordinal: int) -> bool:
        return _weekday(ordinal) in self.hours and ordinal not in self.closed

    def space(self, kinds: Sequence[str]) -> int:
        for kind in kinds:
            if kind in self.spaces:
                return self.spaces[kind]
        return self.spaces.get("learn", self.space_ids[0])


@dataclass
class _Category:
    """What the generator needs to know of an equipment category."""

    index: int
    id: int
    key: str
    certified: bool
    min_age: int | None
    longest: int  # minutes a booking may last
    valid_days: int | None  # how long a certification lasts (None: for ever)
    durations: list[int]  # typical booking lengths, minutes
    popularity: float  # bookings per item and open day, relative to other categories
    ideas: list[str]  # project titles
    faults: list[str]  # maintenance log lines
    min_age_days: int  # booking participants are at least this old (days)


@dataclass
class _CertPool:
    """A category's certifications ordered by grant time, for finding a holder at a moment."""

    granted: list[int]
    expires: list[int]
    revoked: list[int]
    person: list[int]


class _Person:
    """One participant while they are being made up (slots: there are 20,000)."""

    __slots__ = (
        "culture", "gender", "given", "family", "given_r", "family_r", "family_entry", "dob",
        "created", "site", "guardian", "guardian_name", "guardian_contact", "has_dob", "index",
        "from_csv",
    )

    def __init__(self) -> None:
        self.guardian: _Person | None = None
        self.guardian_name = ""
        self.guardian_contact = ""
        self.has_dob = True
        self.site = 0
        self.from_csv = False


@dataclass
class _Workshop:
    """One workshop while it is being planned."""

    template: dict[str, Any]
    site: _Site
    space_id: int
    sessions: int
    first_target: int  # day ordinal
    title: str = ""
    dates: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, cancelled or 0)
    created: int = 0
    capacity: int = 0
    leaders: list[int] = field(default_factory=list)
    id: int = 0
    # For enrolment: people by birth date per site (all sites last) and the index range of
    # those of the right ages; and who is already in.
    eligible: tuple[list[list[int]], list[tuple[int, int]]] = field(default_factory=lambda: ([], []))
    taken: set[int] = field(default_factory=set)


# --- The builder ---------------------------------------------------------------------------------


class _Builder:
    """Generates and inserts the rows, step by step, inside one session."""

    def __init__(
        self, session: Session, dialect: str, size: _Size, rng: random.Random, now: dt.datetime,
        resources: _Resources, password_hash: str, progress: Callable[[str, float], None],
    ) -> None:
        self.s = session
        self.conn: Connection = session.connection()
        self.dialect = dialect
        self.size = size
        self.rng = rng
        self.now = now
        self.now_s = _seconds(now)
        self.catalogue = resources.catalogue
        self.cultures = resources.cultures
        self.names = resources.names
        self.password_hash = password_hash
        self.progress = progress
        self.tz = zone(self.catalogue["timezone"])
        self.today = now.astimezone(self.tz).date().toordinal()
        self.first_day = self.today - size.history_days
        self.last_day = self.today + size.future_days
        self.first_s = (self.first_day - _EPOCH_ORD) * DAY
        self.counts: dict[str, int] = {}
        self.inserted: list[Table] = []

    # -- plumbing --

    def _local_day(self, seconds: int) -> int:
        """The makerspace's local day (ordinal) of a moment."""
        return _from_timestamp(seconds, self.tz).toordinal()

    def _base(self, table: Table) -> int:
        """Rows get explicit ids after whatever the table already holds."""
        return int(self.conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0)

    def _insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Bulk insert (executemany) in chunks; big tables without their indexes meanwhile."""
        if table not in self.inserted:
            self.inserted.append(table)
        reindex = len(rows) >= _REINDEX_FROM
        if reindex:
            self._drop_indexes(table)
        for start in range(0, len(rows), _CHUNK):
            self.conn.execute(insert(table), list(rows[start:start + _CHUNK]))
        if reindex:
            self._create_indexes(table)

    def _drop_indexes(self, table: Table) -> None:
        # Only the models' own indexes (the same as the migrations': a test compares them);
        # primary keys, unique constraints and PostgreSQL's exclusion constraint stay.
        for index in sorted(table.indexes, key=lambda ix: ix.name or ""):
            self.conn.execute(DropIndex(index))

    def _create_indexes(self, table: Table) -> None:
        for index in sorted(table.indexes, key=lambda ix: ix.name or ""):
            self.conn.execute(CreateIndex(index))

    def run(self) -> DemoSummary:
        p = self.progress
        p(STEP_SITES, 0.0)
        self._settings()
        self._sites()
        p(STEP_STAFF, 0.01)
        self._staff()
        p(STEP_EQUIPMENT, 0.02)
        self._equipment()
        p(STEP_PARTICIPANTS, 0.03)
        self._participants()
        p(STEP_WORKSHOPS, 0.09)
        self._workshops()
        p(STEP_CERTIFICATIONS, 0.24)
        self._certifications()
        p(STEP_BOOKINGS, 0.26)
        self._bookings()
        p(STEP_PROJECTS, 0.92)
        self._projects()
        p(STEP_SAVING, 0.96)
        self._finish()
        c = self.counts
        return DemoSummary(
            sites=c["sites"], spaces=c["spaces"], categories=c["categories"],
            equipment=c["equipment"], staff=c["staff"], participants=c["participants"],
            bookings=c["bookings"], workshops=c["workshops"], sessions=c["sessions"],
            enrolments=c["enrolments"], attendance=c["attendance"], projects=c["projects"],
            staff_password=DEMO_STAFF_PASSWORD,
        )

    # -- settings, sites, opening hours, closures --

    def _settings(self) -> None:
        self.uow = UnitOfWork(self.s, Actor.system(), clock=lambda: self.now, dialect=self.dialect)
        settings_service.set_many(self.uow, {
            "organisation.name": self.catalogue["organisation"],
            "organisation.timezone": self.catalogue["timezone"],
            "organisation.language": "en",
            "certificates.signatory": self.catalogue["signatory"],
        })

    def _sites(self) -> None:
        site_t, space_t = m.Site.__table__, m.Space.__table__
        hours_t, closure_t = m.OpeningHours.__table__, m.ClosureDay.__table__
        site_base, space_base = self._base(site_t), self._base(space_t)
        hours_base, closure_base = self._base(hours_t), self._base(closure_t)
        sites, spaces, hours_rows, closures = [], [], [], []
        self.sites: list[_Site] = []
        for index, spec in enumerate(self.catalogue["sites"][: self.size.sites]):
            site_id = site_base + index + 1
            sites.append({"id": site_id, "name": spec["name"], "address": spec["address"],
                          "timezone": self.catalogue["timezone"]})
            kinds: dict[str, int] = {}
            ids = []
            for name, kind in spec["spaces"]:
                space_id = space_base + len(spaces) + 1
                spaces.append({"id": space_id, "site_id": site_id, "name": name})
                kinds.setdefault(kind, space_id)
                ids.append(space_id)
            hours: dict[int, tuple[int, int]] = {}
            for weekday, opens, closes in spec["hours"]:
                hours_rows.append({
                    "id": hours_base + len(hours_rows) + 1, "site_id": site_id, "weekday": weekday,
                    "opens_at": _time_of(_minutes_of(opens)), "closes_at": _time_of(_minutes_of(closes)),
                })
                hours[weekday] = (_minutes_of(opens), _minutes_of(closes))
            self.sites.append(_Site(index, site_id, self.tz, hours, kinds, ids))

        # Holidays for every site; two closure days a year of each site's own.
        years = range(dt.date.fromordinal(self.first_day).year - 1,
                      dt.date.fromordinal(self.last_day).year + 2)
        public: set[int] = set()
        for year in years:
            for day, reason in _public_holidays(year):
                public.add(day.toordinal())
                closures.append({"id": closure_base + len(closures) + 1, "site_id": None,
                                 "day": day, "reason": reason})
        own = self.catalogue["site_closures"]
        for site in self.sites:
            site.closed |= public
            for year in years:
                for day, reason in ((_nth_weekday(year, 2, 2, 2), own[0]),
                                    (_nth_weekday(year, 10, 1, -1), own[1])):
                    ordinal = day.toordinal()
                    if ordinal in public or day.weekday() not in site.hours:
                        continue
                    site.closed.add(ordinal)
                    closures.append({"id": closure_base + len(closures) + 1, "site_id": site.id,
                                     "day": day, "reason": reason})
        self._insert(site_t, sites)
        self._insert(space_t, spaces)
        self._insert(hours_t, hours_rows)
        self._insert(closure_t, closures)
        self.counts["sites"], self.counts["spaces"] = len(sites), len(spaces)

    # -- staff --

    def _staff(self) -> None:
        table = m.StaffMember.__table__
        base = self._base(table)
        rng = self.rng
        rows = []
        n_sites = len(self.sites)
        self.desk: list[list[int]] = [[] for _ in self.sites]
        self.leaders: list[list[int]] = [[] for _ in self.sites]
        self.coordinators: list[int] = []
        self.granters: list[int] = []
        self.leader_until: dict[int, int] = {}  # a former leader leads nothing after this
        self.admin_id = 0
        for username, display, role, site_index, sizes in self.catalogue["staff"]:
            if sizes != "both" and not (self.size.name == "large" and sizes.startswith("large")):
                continue
            staff_id = base + len(rows) + 1
            site = None if site_index is None else min(site_index, n_sites - 1)
            active = sizes != "large-inactive"
            rows.append({
                "id": staff_id, "username": username, "display_name": normalise_text(display),
                "role": role, "password_hash": self.password_hash, "pin_hash": None,
                "active": active, "site_id": None if site is None else self.sites[site].id,
                "created_at": _dt(self.first_s - rng.randint(30, 900) * DAY - rng.randint(0, DAY)),
            })
            if role == StaffRole.ADMIN.value:
                self.admin_id = self.admin_id or staff_id
            elif role == StaffRole.FRONT_DESK.value:
                self.desk[site or 0].append(staff_id)
            elif role == StaffRole.COORDINATOR.value:
                self.coordinators.append(staff_id)
            elif role == StaffRole.WORKSHOP_LEADER.value:
                self.leaders[site or 0].append(staff_id)
                if not active:
                    self.leader_until[staff_id] = self.first_s + (self.now_s - self.first_s) // 3
            if role != StaffRole.FRONT_DESK.value and active:
                self.granters.append(staff_id)
        for index in range(n_sites):  # every site needs a desk and a leader to point at
            if not self.desk[index]:
                self.desk[index] = [sid for group in self.desk for sid in group]
            if not self.leaders[index]:
                self.leaders[index] = [sid for group in self.leaders for sid in group]
        self._insert(table, rows)
        self.counts["staff"] = len(rows)

    # -- equipment --

    def _equipment(self) -> None:
        rng = self.rng
        cat_t, eq_t = m.EquipmentCategory.__table__, m.Equipment.__table__
        maint_t = m.MaintenanceRecord.__table__
        cat_base, eq_base, maint_base = self._base(cat_t), self._base(eq_t), self._base(maint_t)
        categories, items = [], []
        self.cats: list[_Category] = []
        self.item_id: list[int] = []
        self.item_cat: list[int] = []
        self.item_site: list[int] = []
        self.item_name: list[str] = []
        self.item_created: list[int] = []
        self.item_from: list[int] = []  # first day it can be booked
        self.item_to: list[int] = []  # first day it can no longer be booked
        self.item_blocked: dict[int, set[int]] = {}  # days out of service for repairs
        serials: set[str] = set()
        large = self.size.name == "large"
        for index, c in enumerate(self.catalogue["categories"]):
            cat_id = cat_base + index + 1
            categories.append({
                "id": cat_id, "name": c["name"], "description": c["description"],
                "requires_certification": c["requires_certification"], "min_age": c["min_age"],
                "max_booking_minutes": c["max_booking_minutes"],
                "certification_valid_days": c["certification_valid_days"],
            })
            cat = _Category(
                index, cat_id, c["key"], c["requires_certification"], c["min_age"],
                c["max_booking_minutes"] or 240, c["certification_valid_days"], c["durations"],
                c["popularity"], c["ideas"], c["faults"],
                _at_least_days(max(c["min_age"] or 0, 8)),  # nobody under 8 books an item
            )
            self.cats.append(cat)
            cycle = [model for model in c["models"] for _ in range(model[2])]
            numbers: dict[str, int] = {}
            seq = 0
            for site in self.sites:
                count = c["count"][1 + site.index] if large else c["count"][0]
                for j in range(count):
                    seq += 1
                    model, pattern, _weight = cycle[j % len(cycle)]
                    numbers[model] = numbers.get(model, 0) + 1
                    serial = _pattern(rng, pattern)
                    while serial in serials:
                        serial = _pattern(rng, pattern)
                    serials.add(serial)
                    if large and rng.random() < 0.3:  # bought during the five years
                        created = rng.randint(self.first_s, self.now_s - 60 * DAY)
                    elif large:
                        created = self.first_s - rng.randint(20, 400) * DAY
                    else:
                        created = self.now_s - rng.randint(120, 1500) * DAY
                    created += rng.randint(9 * HOUR, 17 * HOUR) - created % DAY
                    self.item_id.append(eq_base + len(items) + 1)
                    self.item_cat.append(index)
                    self.item_site.append(site.index)
                    self.item_name.append(f"{model} #{numbers[model]}")
                    self.item_created.append(created)
                    self.item_from.append(_day_of(created) + 1)
                    self.item_to.append(self.last_day + 1)
                    items.append({
                        "id": self.item_id[-1], "asset_tag": f"LIB-{c['tag']}-{seq:03d}",
                        "name": self.item_name[-1], "serial_number": serial, "category_id": cat_id,
                        "space_id": site.space(c["space"]), "status": "available", "notes": "",
                        "created_at": _dt(created),
                    })

        maintenance = self._maintenance(items, maint_base)
        self._insert(cat_t, categories)
        self._insert(eq_t, items)
        self._insert(maint_t, maintenance)
        self.counts["categories"], self.counts["equipment"] = len(categories), len(items)

    def _maintenance(self, items: list[dict[str, Any]], base: int) -> list[dict[str, Any]]:
        """Repairs in the past, a few items out of service now, and one retired."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        staff = [*self.coordinators, self.admin_id, *(s for g in self.desk for s in g)]

        def record(item: int, reported: int, resolved: int | None, description: str, out: bool) -> None:
            rows.append({
                "id": base + len(rows) + 1, "equipment_id": self.item_id[item],
                "reported_at": _dt(reported), "resolved_at": None if resolved is None else _dt(resolved),
                "description": description, "takes_out_of_service": out,
                "staff_id": rng.choice(staff),
            })

        # The retired item: an older printer, booked until the day it was retired.
        printers = [i for i, c in enumerate(self.item_cat) if self.cats[c].key == "3dp"]
        retired = next((i for i in printers if "Ender" in self.item_name[i]), printers[0])
        low = max(self.item_created[retired] + 30 * DAY, self.first_s + (self.now_s - self.first_s) // 2)
        retired_at = rng.randint(low, max(low, self.now_s - 14 * DAY))
        self.item_to[retired] = self._local_day(retired_at - DAY)  # broke the day before
        items[retired]["status"] = "retired"
        when = dt.date.fromordinal(self._local_day(retired_at)).isoformat()
        items[retired]["notes"] = f"Retired on {when}: frame cracked; replaced by a newer printer."
        record(retired, retired_at - DAY, retired_at, "Frame cracked beyond repair; retired.", True)

        # Out of service now: popular kinds with other items of the same kind at the site.
        def has_twin(i: int) -> bool:
            return sum(1 for j in range(len(items)) if self.item_cat[j] == self.item_cat[i]
                       and self.item_site[j] == self.item_site[i]) > 2

        candidates = [i for i in range(len(items)) if i != retired and has_twin(i)
                      and self.cats[self.item_cat[i]].popularity >= 0.7
                      and self.item_from[i] < self.today - 30]
        for i in rng.sample(candidates, min(self.size.out_of_service, len(candidates))):
            since = self.now_s - rng.randint(HOUR, 12 * DAY)
            fault = rng.choice(self.cats[self.item_cat[i]].faults).split(";")[0]
            self.item_to[i] = self._local_day(since)
            items[i]["status"] = "out_of_service"
            items[i]["notes"] = f"Out of service: {fault.lower()}; waiting for parts."
            record(i, since, None, f"{fault}. Waiting for parts.", True)

        # Repairs over the years; those that took the item out of service block those days.
        for _ in range(self.size.maintenance):
            i = rng.randrange(len(items))
            low = max(self.item_created[i] + DAY, self.first_s - 60 * DAY)
            high = min(self.item_to[i] * DAY - _EPOCH_ORD * DAY, self.now_s) - 2 * DAY
            if high <= low:
                continue
            reported = rng.randint(low, high)
            resolved = min(reported + rng.randint(2 * HOUR, 10 * DAY), self.now_s - HOUR)
            out = rng.random() < 0.4
            record(i, reported, resolved, rng.choice(self.cats[self.item_cat[i]].faults), out)
            if out:
                blocked = self.item_blocked.setdefault(i, set())
                blocked.update(range(self._local_day(reported), self._local_day(resolved) + 1))
        return rows

    # -- participants --

    def _participants(self) -> None:
        rng = self.rng
        size = self.size
        cultures = self.cultures["cultures"]
        self.culture_weights = list(_cumulative(c["weight"] for c in cultures))
        by_lang = {}
        for c in cultures:
            by_lang.setdefault(c["lang"], c)
        people: list[_Person] = []

        for row in self.names:  # every row of names.csv, as typed (trimmed, NFC)
            p = _Person()
            p.from_csv = True
            p.culture = by_lang.get(row["lang"].strip(), cultures[0])
            p.gender = rng.choice("fm")
            p.given, p.family = normalise_text(row["given_name"]), normalise_text(row["family_name"])
            p.given_r, p.family_r = _ascii(p.given), _ascii(p.family)
            p.family_entry = p.family
            p.dob = self._dob(rng.randint(19, 80))
            p.created = self._registered_at()
            people.append(p)

        while len(people) < size.participants:
            culture = self._culture()
            r = rng.random()
            if r < 0.20 and len(people) + 1 < size.participants:
                parent = self._person(culture, rng.choice("fm"),
                                      rng.randint(56, 75) if rng.random() < 0.1 else rng.randint(28, 55))
                parent.created = self._registered_at()
                people.append(parent)
                for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
                    if len(people) >= size.participants:
                        break
                    child = self._person(culture, rng.choice("fm"), rng.randint(5, 17),
                                         family_of=parent)
                    child.guardian = parent
                    child.created = self._child_registered_at(child, parent.created)
                    people.append(child)
            elif r < 0.30:
                child = self._person(culture, rng.choice("fm"), rng.randint(5, 17))
                child.created = self._child_registered_at(child, None)
                people.append(child)
            else:
                band = rng.random()
                age = (rng.randint(18, 25) if band < 0.22 else rng.randint(26, 64) if band < 0.80
                       else rng.randint(65, 92))
                adult = self._person(culture, rng.choice("fm"), age)
                adult.created = self._registered_at()
                people.append(adult)

        # Registration order is id order; a guardian always registered before the child.
        people.sort(key=lambda p: p.created)
        for index, p in enumerate(people):
            p.index = index
        large = size.name == "large"
        for p in people:
            if p.guardian is not None:
                p.site = p.guardian.site
            elif large:
                p.site = 0 if rng.random() < 0.62 else 1
            if _age_on(p.dob, _day_of(p.created)) < ADULT_AGE and p.guardian is None:
                # Under 18 when registered (even if grown up since): a guardian on record.
                g_gender = rng.choice("fm")
                g_names = p.culture["female" if g_gender == "f" else "male"]
                g_given, _ = _resolve(rng.choice(g_names), g_gender)
                g_family, _ = _resolve(p.family_entry, g_gender) if not p.from_csv else (p.family, "")
                p.guardian_name = f"{g_given} {g_family}".strip()
                p.guardian_contact = self._next_phone() if rng.random() < 0.7 else self._email(
                    _ascii(g_given), _ascii(g_family))
            if rng.random() < 0.12 and _age_on(p.dob, self.today) >= ADULT_AGE and p.guardian_name == "":
                p.has_dob = False  # only an age band given
        self._insert_participants(people)

    def _culture(self) -> dict[str, Any]:
        cultures = self.cultures["cultures"]
        return self.rng.choices(cultures, cum_weights=self.culture_weights, k=1)[0]

    def _dob(self, age: int) -> int:
        return self.today - int(age * YEAR_DAYS) - self.rng.randint(0, 364)

    def _person(self, culture: dict[str, Any], gender: str, age: int,
                family_of: _Person | None = None) -> _Person:
        rng = self.rng
        p = _Person()
        p.culture, p.gender = culture, gender
        p.given, p.given_r = _resolve(rng.choice(culture["female" if gender == "f" else "male"]), gender)
        if family_of is not None:
            p.family_entry = family_of.family_entry
            p.family, p.family_r = _resolve(p.family_entry, gender)
            extra = family_of.family[len(_resolve(family_of.family_entry, family_of.gender)[0]):]
            p.family += extra  # a second family name passes to the children too
            p.family_r += _ascii(extra)
        else:
            p.family_entry = rng.choice(culture["family"])
            p.family, p.family_r = _resolve(p.family_entry, gender)
            if rng.random() < culture.get("two_family", 0.0):
                second, second_r = _resolve(rng.choice(culture["family"]), gender)
                if second != p.family:
                    p.family, p.family_r = f"{p.family} {second}", p.family_r + second_r
        p.dob = self._dob(age)
        return p

    def _registered_at(self) -> int:
        rng = self.rng
        start = self.now_s - self.size.registration_days * DAY
        if rng.random() < self.size.cohort_share:
            return rng.randint(start - 365 * DAY, start)
        return start + int((self.now_s - HOUR - start) * rng.random() ** 0.7)

    def _child_registered_at(self, child: _Person, parent_created: int | None) -> int:
        rng = self.rng
        old_enough = (child.dob + 4 * 365 + 2 - _EPOCH_ORD) * DAY  # registered at 4 or older
        if parent_created is None:
            return min(max(self._registered_at(), old_enough), self.now_s - HOUR)
        when = parent_created + rng.randint(60, 400 * DAY)
        return max(parent_created + 60, min(max(when, old_enough), self.now_s - HOUR))

    def _next_phone(self) -> str:
        if not hasattr(self, "_phones"):
            pool = [f"07700 900{n:03d}" for n in range(1000)]
            pool += [f"020 7946 0{n:03d}" for n in range(1000)]
            for area in ("0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141",
                         "0151", "0161"):
                pool += [f"{area} 496 0{n:03d}" for n in range(1000)]
            pool += [f"029 2018 0{n:03d}" for n in range(1000)]
            pool += [f"01632 960{n:03d}" for n in range(1000)]
            self.rng.shuffle(pool)  # numbers Ofcom keeps for drama: none reaches a real person
            self._phones = pool
            self._phone_at = 0
        phone = self._phones[self._phone_at % len(self._phones)]
        self._phone_at += 1
        return phone

    def _email(self, given: str, family: str) -> str:
        rng = self.rng
        if not hasattr(self, "_emails"):
            self._emails: set[str] = set()
        domain = rng.choice(self.cultures["email_domains"])
        style = rng.random()
        if given and family:
            local = (f"{given}.{family}" if style < 0.5 else f"{given}{family}" if style < 0.7
                     else f"{given[0]}{family}" if style < 0.85 else f"{given}.{family}{rng.randint(1, 99)}")
        elif given or family:
            local = f"{given or family}{rng.randint(10, 99)}"
        else:
            local = f"{rng.choice(self.cultures['email_words'])}{rng.randint(100, 9999)}"
        email = f"{local}@{domain}"
        while email in self._emails:
            email = f"{local}{rng.randint(2, 999)}@{domain}"
        self._emails.add(email)
        return email

    def _insert_participants(self, people: list[_Person]) -> None:
        rng = self.rng
        table, consent_t = m.Participant.__table__, m.ConsentRecord.__table__
        base, consent_base = self._base(table), self._base(consent_t)
        cultures = self.cultures
        nicknames = cultures["nicknames"]
        streets = cultures["streets"]
        badges: set[str] = set()
        rows, consents = [], []
        self.p_id: list[int] = []
        self.p_created: list[int] = []
        self.p_dob: list[int] = []
        self.p_site: list[int] = []
        self.p_langs: list[frozenset[str]] = []
        self.p_guardian: list[int] = []  # index of the guardian participant, or -1
        self.p_name: list[str] = []
        self.addresses: dict[int, str] = {}
        for p in people:
            pid = base + p.index + 1
            age_now = _age_on(p.dob, self.today)
            age_then = _age_on(p.dob, _day_of(p.created))
            culture = p.culture
            latin = isinstance(culture["female"][0], str)
            # Languages: the culture's, usually English too, sometimes one more.
            lang = culture["lang"]
            langs = [lang]
            if lang != "en" and rng.random() < (0.95 if age_now < ADULT_AGE else 0.75):
                langs.append("en")
            also = culture["also"]
            if also and rng.random() < (0.6 if culture["key"] == "en-SA" else 0.2):
                extra = rng.choice(also)
                if extra not in langs:
                    langs.append(extra)
            preferred_language = lang if rng.random() < 0.8 or "en" not in langs else "en"
            # Preferred names and pronouns.
            preferred = pronouns = ""
            if age_now >= 13 and rng.random() < 0.015:
                pronouns = "they/them"
                if rng.random() < 0.5:
                    preferred = rng.choice(cultures["chosen_names"])
            elif age_now >= 13 and rng.random() < 0.10:
                pronouns = rng.choice(("she/her", "she/they")) if p.gender == "f" else rng.choice(
                    ("he/him", "he/they"))
            if not preferred:
                if p.given in nicknames and rng.random() < 0.35:
                    preferred = nicknames[p.given]
                elif not latin and not p.from_csv and rng.random() < 0.12:
                    preferred = (p.given_r.title() if rng.random() < 0.6
                                 else rng.choice(cultures["english_names"]))
            email = phone = address = ""
            if age_now >= ADULT_AGE or (age_now >= 13 and rng.random() < 0.35):
                if age_now < ADULT_AGE or rng.random() < 0.85:
                    email = self._email(p.given_r, p.family_r)
                if rng.random() < (0.7 if age_now >= ADULT_AGE else 0.2):
                    phone = self._next_phone()
            if p.guardian is not None:
                address = self.addresses.get(p.guardian.index, "")
            elif age_now >= ADULT_AGE and rng.random() < 0.55:
                address = (f"{rng.randint(1, 180)} {rng.choice(streets)}, Riverside "
                           f"RV{rng.randint(1, 9)} {rng.randint(1, 9)}"
                           f"{rng.choice(_POSTCODE_LETTERS)}{rng.choice(_POSTCODE_LETTERS)}")
            if address:
                self.addresses[p.index] = address
            tags: list[str] = []
            notes_by_tag = cultures["accessibility_notes"]
            if rng.random() < 0.08:
                tags = rng.sample(ACCESSIBILITY_TAGS, 1 if rng.random() < 0.8 else 2)
                tags = [t for t in ACCESSIBILITY_TAGS if t in tags]  # the order the service keeps
            badge = "".join(rng.choices(ALPHABET, k=BADGE_CODE_LENGTH))
            while badge in badges:
                badge = "".join(rng.choices(ALPHABET, k=BADGE_CODE_LENGTH))
            badges.add(badge)
            notes = ""
            if age_now >= ADULT_AGE and rng.random() < 0.03:
                notes = rng.choice(cultures["participant_notes"])
            rows.append({
                "id": pid, "badge_code": badge, "given_name": p.given, "family_name": p.family,
                "preferred_name": preferred, "pronouns": pronouns,
                "date_of_birth": dt.date.fromordinal(p.dob) if p.has_dob else None,
                "age_band": _band(age_now), "email": email, "phone": phone, "address": address,
                "languages": langs, "preferred_language": preferred_language,
                "accessibility_tags": tags,
                "accessibility_notes": " ".join(rng.choice(notes_by_tag[t]) for t in tags),
                "guardian_participant_id": None if p.guardian is None else base + p.guardian.index + 1,
                "guardian_name": p.guardian_name, "guardian_contact": p.guardian_contact,
                "notes": notes,
                "search_text": participant_search_key(p.given, p.family, preferred, email, phone, badge),
                "site_id": self.sites[p.site].id, "created_at": _dt(p.created), "erased_at": None,
            })
            self.p_id.append(pid)
            self.p_created.append(p.created)
            self.p_dob.append(p.dob)
            self.p_site.append(p.site)
            self.p_langs.append(frozenset(langs))
            self.p_guardian.append(-1 if p.guardian is None else p.guardian.index)
            self.p_name.append(f"{p.given} {p.family}".strip())
            # Consent: participation and data processing for everyone, photos for most.
            if age_then < ADULT_AGE:
                given_by = (f"{p.guardian.given} {p.guardian.family}".strip()
                            if p.guardian is not None else p.guardian_name)
            else:
                given_by = self.p_name[-1]
            desk = self.desk[p.site]
            kinds = ["participation", "data_processing"]
            if rng.random() < 0.6:
                kinds.append("photo")
            for kind in kinds:
                withdrawn = None
                if kind == "photo" and rng.random() < 0.06 and p.created < self.now_s - 2 * DAY:
                    withdrawn = _dt(rng.randint(p.created + DAY, self.now_s - HOUR))
                consents.append({
                    "id": consent_base + len(consents) + 1, "participant_id": pid, "kind": kind,
                    "given_by": given_by, "given_at": _dt(p.created), "withdrawn_at": withdrawn,
                    "recorded_by_staff_id": desk[int(rng.random() * len(desk))],
                })
        self._insert(table, rows)
        self._insert(m.ConsentRecord.__table__, consents)
        self.counts["participants"] = len(rows)

        # Look-ups the later steps sample from: by registration time and by birth date.
        n = len(people)
        self.site_people: list[list[int]] = [[] for _ in self.sites]
        for i in range(n):
            self.site_people[self.p_site[i]].append(i)
        self.site_created = [[self.p_created[i] for i in group] for group in self.site_people]
        self.all_people = list(range(n))
        by_dob = sorted(range(n), key=lambda i: self.p_dob[i])
        self.dob_order = by_dob
        self.dob_sorted = [self.p_dob[i] for i in by_dob]
        self.site_dob_order = [[i for i in by_dob if self.p_site[i] == s.index] for s in self.sites]
        self.site_dob_sorted = [[self.p_dob[i] for i in group] for group in self.site_dob_order]

    # -- workshops, sessions, enrolments, attendance --

    def _templates(self) -> list[dict[str, Any]]:
        templates = [dict(t) for t in self.catalogue["workshops"]]
        weights = [float(t["weight"]) for t in templates]
        if self.size.sessions:
            # The large branches run proportionally more multi-week courses: scale those
            # templates' weights so the expected sessions per workshop meets the target.
            target = self.size.sessions / self.size.workshops
            courses = [max(t["sessions"]) >= 4 for t in templates]
            mids = [sum(t["sessions"]) / 2 for t in templates]

            def mean(factor: float) -> float:
                w = [x * (factor if c else 1.0) for x, c in zip(weights, courses, strict=True)]
                return sum(a * b for a, b in zip(w, mids, strict=True)) / sum(w)

            low, high = 0.01, 100.0
            for _ in range(60):
                middle = (low + high) / 2
                low, high = (middle, high) if mean(middle) < target else (low, middle)
            weights = [x * (low if c else 1.0) for x, c in zip(weights, courses, strict=True)]
        for t, w in zip(templates, weights, strict=True):
            t["_weight"] = w
        return templates

    def _workshops(self) -> None:
        rng = self.rng
        size = self.size
        templates = self._templates()
        if size.workshops >= len(templates):
            picks = rng.choices(templates, weights=[t["_weight"] for t in templates], k=size.workshops)
        else:  # a handful of different workshops
            pool = list(templates)
            picks = []
            for _ in range(size.workshops):
                chosen = rng.choices(pool, weights=[t["_weight"] for t in pool], k=1)[0]
                pool.remove(chosen)
                picks.append(chosen)
        counts = [rng.randint(*t["sessions"]) for t in picks]
        if size.sessions is not None:
            self._adjust(counts, [t["sessions"] for t in picks], size.sessions)

        first, last = self.first_day, self.today + size.workshop_ahead_days
        workshops: list[_Workshop] = []
        self.occupied: set[tuple[int, int, str]] = set()
        for template, n in zip(picks, counts, strict=True):
            site = self.sites[0 if len(self.sites) == 1 or rng.random() < 0.62 else 1]
            span = last - first
            target = first + int(span * rng.random() ** (0.85 if size.name == "large" else 1.0))
            kinds = [template["space"], "make"] if template["space"] == "fab" else [template["space"]]
            w = _Workshop(template, site, site.space(kinds), n, target)
            self._schedule(w)
            workshops.append(w)
        workshops.sort(key=lambda w: w.dates[0][0])  # ids in the order they happen
        self._insert_workshops(workshops)

    def _adjust(self, counts: list[int], ranges: list[list[int]], total: int) -> None:
        """Nudge counts, each within its range, until they add up to ``total`` exactly."""
        rng = self.rng
        diff = total - sum(counts)
        if not sum(lo for lo, _ in ranges) <= total <= sum(hi for _, hi in ranges):
            raise RuntimeError("demo workshop templates cannot reach the session total")
        while diff:
            i = rng.randrange(len(counts))
            lo, hi = ranges[i]
            if diff > 0 and counts[i] < hi:
                counts[i] += 1
                diff -= 1
            elif diff < 0 and counts[i] > lo:
                counts[i] -= 1
                diff += 1

    def _schedule(self, w: _Workshop) -> None:
        """Weekly sessions at one slot, skipping closures and slots the room already has.

        A few random tries in the workshop's kind of room and its audience's slots; then every
        room, slot and site in turn; only if all are full would it share a room (never seen).
        """
        rng = self.rng
        slots = self.catalogue["slots"]
        kinds = self.catalogue["audiences"][w.template["audience"]]
        chosen = None
        for attempt in range(12):
            usable = [(k, d) for k in kinds for d in self._slot_days(w.site, k)]
            usable = usable or [(k, d) for k in slots for d in self._slot_days(w.site, k)]
            kind, weekday = rng.choice(usable)
            chosen = self._weekly(w.site, w.space_id, kind, weekday, w, 7 * (attempt // 3), 3)
            if chosen:
                break
        if not chosen:
            sites = [w.site, *(site for site in self.sites if site is not w.site)]
            options = [
                (site, room, kind, weekday)
                for site in sites
                for room in dict.fromkeys([
                    *([w.space_id] if site is w.site else []),
                    *(site.space([k]) for k in (w.template["space"], "make", "learn") if k in site.spaces),
                    *site.space_ids])
                for kind in [*kinds, *(k for k in slots if k not in kinds)]
                for weekday in self._slot_days(site, kind)
            ]
            for site, room, kind, weekday in options:
                chosen = self._weekly(site, room, kind, weekday, w, 0, 6)
                if chosen:
                    w.site, w.space_id = site, room
                    break
        if not chosen:
            raise RuntimeError("could not schedule a demo workshop")
        out = []
        for day, kind in chosen:
            self.occupied.add((w.space_id, day, kind))
            _weekdays, start, end = slots[kind]
            begin = w.site.midnight(day) + _minutes_of(start) * MINUTE
            length = min(w.template["minutes"], _minutes_of(end) - _minutes_of(start))
            out.append((begin, begin + length * MINUTE, 0))
        w.dates = out

    def _weekly(self, site: _Site, room: int, kind: str, weekday: int, w: _Workshop, shift: int,
                spread: int) -> list[tuple[int, str]] | None:
        """The workshop's session days at a weekly slot from about its target day on, skipping
        closed days and weeks the room is taken; None if they do not fit in the weeks allowed."""
        day = w.first_target + shift + (weekday - _weekday(w.first_target)) % 7
        dates: list[tuple[int, str]] = []
        for _ in range(spread * w.sessions + 4):
            if site.is_open(day) and (room, day, kind) not in self.occupied:
                dates.append((day, kind))
                if len(dates) == w.sessions:
                    return dates
            day += 7
        return None

    def _slot_days(self, site: _Site, kind: str) -> list[int]:
        """The weekdays a slot kind fits in the site's opening hours."""
        weekdays, start, end = self.catalogue["slots"][kind]
        s, e = _minutes_of(start), _minutes_of(end)
        return [d for d in weekdays if d in site.hours and site.hours[d][0] <= s <= e <= site.hours[d][1]]

    def _insert_workshops(self, workshops: list[_Workshop]) -> None:
        rng = self.rng
        now = self.now_s
        ws_t, leaders_t, sess_t = m.Workshop.__table__, m.workshop_leaders, m.WorkshopSession.__table__
        enr_t, att_t = m.Enrolment.__table__, m.Attendance.__table__
        ws_base, sess_base = self._base(ws_t), self._base(sess_t)
        enr_base, att_base = self._base(enr_t), self._base(att_t)
        cat_by_key = {c.key: c for c in self.cats}
        large = self.size.name == "large"
        ws_rows, leader_rows, sess_rows, enr_rows = [], [], [], []
        candidates: list[tuple[int, int, int]] = []  # (session row, person, enrolment row)
        self.ws_people: list[list[int]] = []  # enrolled people per workshop (for projects)
        self.ws_info: list[_Workshop] = workshops
        session_ws: list[int] = []
        for wi, w in enumerate(workshops):
            t = w.template
            w.id = ws_base + wi + 1
            start0 = w.dates[0][0]
            w.created = min(start0 - rng.randint(14, 60) * DAY, now - rng.randint(HOUR, 3 * DAY))
            local = dt.date.fromordinal(self._local_day(start0))
            w.title = f"{t['title']} — {_MONTHS[local.month - 1]} {local.year}" if large else t["title"]
            w.capacity = rng.randint(*t["capacity"])
            # Leaders of the site (a former leader only for the early years).
            pool = [sid for sid in self.leaders[w.site.index]
                    if self.leader_until.get(sid, _FAR) > start0] or self.leaders[w.site.index]
            leads = [rng.choice(pool)]
            if rng.random() < 0.25 and len(pool) > 1:
                leads.append(rng.choice([sid for sid in pool if sid != leads[0]]))
            if rng.random() < 0.08 and self.coordinators:
                leads.append(rng.choice(self.coordinators))
            w.leaders = leads
            for sid in leads:
                leader_rows.append({"workshop_id": w.id, "staff_id": sid})
            completion = t["completion"] if isinstance(t["completion"], dict) else {}
            grants = cat_by_key[t["grants"]] if t.get("grants") else None
            ws_rows.append({
                "id": w.id, "title": w.title, "description": t["description"], "space_id": w.space_id,
                "capacity": w.capacity, "min_age": t["min_age"], "max_age": t["max_age"],
                "languages": t.get("languages", ["en"]), "materials": t["materials"],
                "grants_category_id": grants.id if grants else None,
                "completion_min_sessions": completion.get("sessions"),
                "completion_percent": completion.get("percent"),
                "search_text": search_key(w.title, t["description"]), "created_at": _dt(w.created),
            })
            # A rare cancelled session, only in longer courses ruled by a percentage.
            dates = []
            for k, (begin, end, _c) in enumerate(w.dates):
                cancelled = 0
                if k and len(w.dates) >= 4 and "percent" in completion and rng.random() < 0.02:
                    cancelled = min(begin - rng.randint(HOUR, 3 * DAY), now - HOUR)
                    cancelled = max(cancelled, w.created + HOUR)
                dates.append((begin, end, cancelled))
            w.dates = dates
            first_session_row = len(sess_rows)
            for begin, end, cancelled in dates:
                sess_rows.append({
                    "id": sess_base + len(sess_rows) + 1, "workshop_id": w.id, "starts_at": _dt(begin),
                    "ends_at": _dt(end), "space_id": w.space_id,
                    "cancelled_at": _dt(cancelled) if cancelled else None,
                })
                session_ws.append(wi)
            enrolled = self._enrol(w, enr_rows, enr_base)
            self.ws_people.append([person for person, _at, _row in enrolled])
            # Who could have attended: those enrolled, at each session that took place. (Only
            # enrolled people: services/attendance calls anyone else a walk-in.)
            held = [(first_session_row + k, begin) for k, (begin, _e, c) in enumerate(dates)
                    if not c and begin + NO_SHOW_MINUTES * MINUTE <= now]
            for person, _at, row in enrolled:
                for session_row, _begin in held:
                    candidates.append((session_row, person, row))

        # Attendance: an exact total (large) or about 82% of the chances (small).
        target = self.size.attendance
        if target is not None:
            if target > len(candidates):
                raise RuntimeError("too few enrolments for the demo attendance total")
            present = [candidates[i] for i in sorted(rng.sample(range(len(candidates)), target))]
        else:
            present = [c for c in candidates if rng.random() < 0.82]
        att_rows = []
        attended: dict[int, int] = {}  # enrolment row -> sessions attended
        for session_row, person, row in present:
            wi = session_ws[session_row]
            begin = sess_rows[session_row]["starts_at"]
            att_rows.append({
                "id": att_base + len(att_rows) + 1, "session_id": sess_rows[session_row]["id"],
                "participant_id": self.p_id[person], "walk_in": False,
                "marked_by_staff_id": rng.choice(workshops[wi].leaders),
                "marked_at": begin + dt.timedelta(minutes=rng.randint(0, NO_SHOW_MINUTES)),
            })
            attended[row] = attended.get(row, 0) + 1
        self.training_completions = self._completions(workshops, enr_rows, enr_base, attended)

        self._insert(ws_t, ws_rows)
        self._insert(leaders_t, leader_rows)
        self._insert(sess_t, sess_rows)
        self._insert(enr_t, enr_rows)
        self._insert(att_t, att_rows)
        self.counts.update(workshops=len(ws_rows), sessions=len(sess_rows),
                           enrolments=len(enr_rows), attendance=len(att_rows))

    def _eligible(self, w: _Workshop) -> tuple[list[list[int]], list[tuple[int, int]]]:
        """Per site (and all sites last): people sorted by birth date, and the index range
        of those of the workshop's ages on its first day."""
        t = w.template
        day = _day_of(w.dates[0][0])
        youngest = t["min_age"] if t["min_age"] is not None else 4
        latest_dob = day - _at_least_days(youngest)
        earliest_dob = day - _at_most_days(t["max_age"]) if t["max_age"] is not None else -_FAR
        orders = [*self.site_dob_order, self.dob_order]
        ranges = []
        for dobs in [*self.site_dob_sorted, self.dob_sorted]:
            ranges.append((bisect.bisect_left(dobs, earliest_dob), bisect.bisect_right(dobs, latest_dob)))
        return orders, ranges

    def _pick_for(self, w: _Workshop, before: int, taken: set[int], langs: frozenset[str] | None,
                  tries: int = 40) -> int | None:
        """Someone of the workshop's ages, registered before ``before``, not already in it."""
        rng = self.rng
        orders, ranges = w.eligible
        home = w.site.index
        for attempt in range(tries):
            which = home if rng.random() < 0.85 else len(orders) - 1
            lo, hi = ranges[which]
            if hi <= lo:
                which = len(orders) - 1
                lo, hi = ranges[which]
                if hi <= lo:
                    return None
            person = orders[which][lo + int(rng.random() * (hi - lo))]
            if self.p_created[person] >= before or person in taken:
                continue
            if langs is not None and attempt < tries // 2 and not (self.p_langs[person] & langs):
                continue
            return person
        return None

    def _enrol(self, w: _Workshop, rows: list[dict[str, Any]], base: int) -> list[tuple[int, int, int]]:
        """Enrolments of one workshop; returns (person, enrolled at, row) of those enrolled."""
        rng = self.rng
        now = self.now_s
        t = w.template
        w.eligible = self._eligible(w)
        start0 = w.dates[0][0]
        languages = t.get("languages", ["en"])
        wanted = frozenset(languages) - {"en"} or None
        latest = min(start0 - HOUR, now - 10 * MINUTE)
        earliest = max(w.created, latest - 35 * DAY)
        if start0 <= now:
            demand = round(w.capacity * rng.uniform(0.85, 1.4))
        else:  # still taking enrolments
            ahead = (start0 - now) / DAY
            demand = round(w.capacity * rng.uniform(0.35, 1.2) * max(0.3, 1 - ahead / 40))
        seats = min(w.capacity, demand)
        waiting = min(6, max(0, demand - w.capacity))
        times = sorted(rng.randint(earliest, max(earliest, latest)) for _ in range(seats + waiting))
        taken: set[int] = set()
        enrolled = []
        position = 0
        for k, at in enumerate(times):
            person = self._pick_for(w, at, taken, wanted if rng.random() < 0.8 else None)
            if person is None:
                continue
            taken.add(person)
            row = len(rows)
            status = "enrolled" if k < seats else "waitlisted"
            if status == "waitlisted":
                position += 1
            rows.append({
                "id": base + row + 1, "workshop_id": w.id, "participant_id": self.p_id[person],
                "status": status, "waitlist_position": position if status == "waitlisted" else None,
                "enrolled_at": _dt(at), "withdrawn_at": None, "completed_at": None,
            })
            if status == "enrolled":
                enrolled.append((person, at, row))
        # A few people withdrew before it started.
        for _ in range(rng.choice((0, 0, 0, 0, 1, 1, 2))):
            at = rng.randint(earliest, max(earliest, latest))
            person = self._pick_for(w, at, taken, None)
            if person is None:
                continue
            taken.add(person)
            gone = rng.randint(at, max(at, min(start0 - MINUTE, now - MINUTE)))
            rows.append({
                "id": base + len(rows) + 1, "workshop_id": w.id, "participant_id": self.p_id[person],
                "status": "withdrawn", "waitlist_position": None, "enrolled_at": _dt(at),
                "withdrawn_at": _dt(gone), "completed_at": None,
            })
        w.taken = taken
        return enrolled

    def _completions(self, workshops: list[_Workshop], rows: list[dict[str, Any]], base: int,
                     attended: dict[int, int]) -> list[tuple[int, int, int, int]]:
        """Mark who completed each finished workshop; returns trainings' completions as
        (person, category index, completed at, workshop index): each grants a certification."""
        rng = self.rng
        cat_by_key = {c.key: c for c in self.cats}
        by_workshop: dict[int, list[int]] = {}
        for row_index, row in enumerate(rows):
            if row["status"] == "enrolled":
                by_workshop.setdefault(row["workshop_id"], []).append(row_index)
        person_of = {pid: i for i, pid in enumerate(self.p_id)}
        trainings = []
        for wi, w in enumerate(workshops):
            held = sum(1 for _b, _e, c in w.dates if not c)
            finished = max(end for _b, end, c in w.dates if not c) if held else 0
            if not held or finished > self.now_s - HOUR:
                continue
            needed = _sessions_needed(w.template["completion"], held)
            if needed > held:
                continue
            grants = cat_by_key.get(w.template.get("grants") or "")
            for row_index in by_workshop.get(w.id, []):
                if attended.get(row_index, 0) < needed:
                    continue
                at = min(finished + rng.randint(5 * MINUTE, 2 * DAY), self.now_s - MINUTE)
                rows[row_index]["completed_at"] = _dt(at)
                if grants is not None:
                    person = person_of[rows[row_index]["participant_id"]]
                    trainings.append((person, grants.index, at, wi))
        return trainings

    # -- certifications --

    def _certifications(self) -> None:
        """From completed trainings, plus grants after an assessment, spread over the years so
        that every certified kind of item always has someone allowed to book it."""
        rng = self.rng
        # [granted, expires or 0, revoked or 0, person, category, granted by, workshop or -1]
        records: list[list[int]] = []
        for person, cat_index, finished, wi in self.training_completions:
            cat = self.cats[cat_index]
            expires = finished + cat.valid_days * DAY if cat.valid_days else 0
            records.append([finished, expires, 0, person, cat_index, self.ws_info[wi].leaders[0], wi])
        # From shortly after the first participants registered (the cohort a year earlier).
        start = self.now_s - self.size.registration_days * DAY
        start += -300 * DAY if self.size.cohort_share else 30 * DAY
        for cat in self.cats:
            if not cat.certified:
                continue
            t = start
            low, high = (5, 20) if self.size.name == "large" else (30, 75)
            while True:
                t += rng.randint(low, high) * DAY
                if t >= self.now_s - HOUR:
                    break
                person = self._adult_registered_before(t - DAY, max(cat.min_age or 0, 16), _day_of(t))
                if person is None:
                    continue
                expires = t + cat.valid_days * DAY if cat.valid_days else 0
                records.append([t, expires, 0, person, cat.index, rng.choice(self.granters), -1])
        # The "expiring soon" list always has a few names to show.
        soon = sum(1 for r in records if r[1] and self.now_s < r[1] <= self.now_s + 30 * DAY)
        expiring = [c for c in self.cats if c.certified and c.valid_days]
        for _ in range(40):
            if soon >= 3:
                break
            cat = rng.choice(expiring)
            expires = self.now_s + rng.randint(2, 28) * DAY
            granted = expires - (cat.valid_days or 0) * DAY
            age = max(cat.min_age or 0, 16)
            person = self._adult_registered_before(granted - DAY, age, _day_of(granted))
            if person is not None:
                records.append([granted, expires, 0, person, cat.index, rng.choice(self.granters), -1])
                soon += 1
        # A few revoked. As services/certifications does, revoking takes away every
        # certification of that person and category valid at that moment.
        mine: dict[tuple[int, int], list[list[int]]] = {}
        for record in records:
            mine.setdefault((record[3], record[4]), []).append(record)
        for record in records:
            if record[6] != -1 or record[2] or rng.random() >= 0.01:
                continue
            revoked = record[0] + rng.randint(10, 200) * DAY
            if revoked >= min(record[1] or _FAR, self.now_s):
                continue
            for other in mine[(record[3], record[4])]:
                if other[0] <= revoked < (other[1] or _FAR) and not other[2]:
                    other[2] = revoked
        self.cert_records = records
        self.pools: dict[int, _CertPool] = {}
        for cat in self.cats:
            if cat.certified:
                mine = sorted((r for r in records if r[4] == cat.index), key=lambda r: r[0])
                self.pools[cat.index] = _CertPool(
                    [r[0] for r in mine], [r[1] or _FAR for r in mine], [r[2] or _FAR for r in mine],
                    [r[3] for r in mine])

    def _adult_registered_before(self, before: int, age: int, day: int) -> int | None:
        """A participant at least ``age`` on ``day`` who registered before ``before``."""
        rng = self.rng
        hi = bisect.bisect_right(self.dob_sorted, day - _at_least_days(age))
        for _ in range(60):
            if hi == 0:
                return None
            person = self.dob_order[int(rng.random() * hi)]
            if self.p_created[person] < before:
                return person
        return None

    def _insert_certifications(self) -> None:
        table = m.Certification.__table__
        base = self._base(table)
        rows = []
        ws_ids = [w.id for w in self.ws_info]
        for k, (granted, expires, revoked, person, cat_index, staff, wi) in enumerate(
                sorted(self.cert_records, key=lambda r: (r[0], r[3]))):
            rows.append({
                "id": base + k + 1, "participant_id": self.p_id[person],
                "category_id": self.cats[cat_index].id, "granted_by_staff_id": staff,
                "granted_at": _dt(granted), "expires_at": _dt(expires) if expires else None,
                "revoked_at": _dt(revoked) if revoked else None,
                "workshop_id": ws_ids[wi] if wi >= 0 else None,
            })
        self._insert(table, rows)
        self.counts["certifications"] = len(rows)

    # -- bookings --

    def _bookings(self) -> None:
        rng = self.rng
        size = self.size
        self.quota: dict[int, int] = {}  # person * 100000 + week -> minutes booked that week
        series_rows, blocked, records = self._series()
        occupied = len(records)

        # Every (item, open day) the item could be booked, weighted by how busy it would be.
        site_days = []
        for site in self.sites:
            days = {}
            for ordinal in range(self.first_day, self.last_day + 1):
                if site.is_open(ordinal):
                    days[ordinal] = self._day_weight(ordinal)
            site_days.append(days)
        e_item: list[int] = []
        e_day: list[int] = []
        e_weight: list[float] = []
        for item in range(len(self.item_id)):
            days = site_days[self.item_site[item]]
            popularity = self.cats[self.item_cat[item]].popularity
            blocked_days = self.item_blocked.get(item, ())
            first = max(self.first_day, self.item_from[item])
            for ordinal in range(first, min(self.last_day + 1, self.item_to[item])):
                weight = days.get(ordinal)
                if weight is None or ordinal in blocked_days:
                    continue
                e_item.append(item)
                e_day.append(ordinal)
                e_weight.append(popularity * weight)
        target = size.bookings - occupied
        scale = target / sum(e_weight)

        def cap(k: int) -> int:
            item, ordinal = e_item[k], e_day[k]
            if (item, ordinal) not in blocked:
                return MAX_BOOKINGS_PER_DAY
            site = self.sites[self.item_site[item]]
            room = sum((b - a) // 30 for a, b in self._gaps(site, item, ordinal, blocked))
            return min(MAX_BOOKINGS_PER_DAY, room)

        counts = []
        for k, weight in enumerate(e_weight):
            x = weight * scale
            c = int(x)
            if rng.random() < x - c:
                c += 1
            counts.append(min(c, cap(k)) if c else 0)

        diff = target - sum(counts)
        while diff:
            k = int(rng.random() * len(counts))
            if diff > 0 and counts[k] < cap(k):
                counts[k] += 1
                diff -= 1
            elif diff < 0 and counts[k] > 0:
                counts[k] -= 1
                diff += 1

        notes = self.catalogue["booking_notes"]
        for k, count in enumerate(counts):
            if not count:
                continue
            item, ordinal = e_item[k], e_day[k]
            site = self.sites[self.item_site[item]]
            cat = self.cats[self.item_cat[item]]
            gaps = self._gaps(site, item, ordinal, blocked)
            midnight = site.midnight(ordinal)
            for a, b in _place(rng, gaps, count, cat.durations, cat.longest):
                start, end = midnight + a * MINUTE, midnight + b * MINUTE
                created = self._booked_at(start, item)
                person = self._who_books(cat, site.index, created, start, end, ordinal, b - a)
                note = notes[int(rng.random() * len(notes))] if rng.random() < 0.015 else ""
                records.append(self._outcome(created, item, start, end, person, -1, note))
        if len(records) != size.bookings:
            raise RuntimeError(f"demo bookings: made {len(records)}, meant {size.bookings}")
        self._insert_certifications()
        self._insert_bookings(series_rows, records)

    def _day_weight(self, ordinal: int) -> float:
        """How busy a day is: Saturdays most; a slow start for the large history; a summer lift."""
        weekday = _weekday(ordinal)
        weight = (1.0, 1.0, 1.0, 1.05, 1.1, 1.45, 0.9)[weekday]
        if self.size.name == "large":
            ramp = min(1.0, (ordinal - self.first_day) / 730)
            weight *= 0.55 + 0.45 * ramp
            day_of_year = dt.date.fromordinal(ordinal).timetuple().tm_yday
            weight *= 1 + 0.12 * math.sin(2 * math.pi * (day_of_year - 100) / 365)
        return weight

    def _gaps(self, site: _Site, item: int, ordinal: int,
              blocked: _Blocked) -> list[tuple[int, int]]:
        opens, closes = site.hours[_weekday(ordinal)]
        taken = blocked.get((item, ordinal))
        if not taken:
            return [(opens, closes)]
        gaps, t = [], opens
        for a, b in sorted(taken):
            if a - t >= 30:
                gaps.append((t, a))
            t = max(t, b)
        if closes - t >= 30:
            gaps.append((t, closes))
        return gaps

    def _booked_at(self, start: int, item: int) -> int:
        """When the booking was made: often the same day, sometimes weeks ahead."""
        rng = self.rng
        rand = rng.random
        r = rand()
        if r < 0.35:
            lead = (5 + int(rand() * 116)) * MINUTE
        elif r < 0.8:
            lead = (1 + int(rand() * 7)) * DAY - int(rand() * 8 * HOUR)
        else:
            lead = (7 + int(rand() * 22)) * DAY
        created = start - lead
        if created > self.now_s:
            created = self.now_s - rng.randint(MINUTE, 3 * DAY)
        return max(created, self.item_created[item] + MINUTE)

    def _who_books(self, cat: _Category, site: int, created: int, start: int, end: int,
                   day: int, minutes: int) -> int:
        """A participant allowed to make this booking: registered by then, old enough,
        certified where needed, and under the weekly quota."""
        rng = self.rng
        week = (day - 1) // 7
        quota = self.quota
        if cat.certified:
            pool = self.pools[cat.index]
            hi = bisect.bisect_right(pool.granted, created)
            lo = bisect.bisect_left(pool.granted, end - cat.valid_days * DAY) if cat.valid_days else 0
            # Holders certified by the time of booking whose certification lasts past its
            # end: a few random tries, then the newest first.
            tries = [lo + int(rng.random() * (hi - lo)) for _ in range(20)] if hi > lo else []
            for j in [*tries, *range(hi - 1, max(lo, hi - 200) - 1, -1)]:
                person = pool.person[j]
                key = person * 100_000 + week
                used = quota.get(key, 0)
                if pool.expires[j] > end and pool.revoked[j] > end and used + minutes <= WEEKLY_QUOTA_MINUTES:
                    quota[key] = used + minutes
                    return person
            return self._certify_now(cat, site, created, day, minutes)
        return self._registered_person(site, created, day, cat.min_age_days, minutes, week)

    def _registered_person(self, site: int, created: int, day: int, min_age_days: int,
                           minutes: int, week: int) -> int:
        rng = self.rng
        quota = self.quota
        dob = self.p_dob
        n_sites = len(self.sites)
        for attempt in range(60):
            which = site if (n_sites == 1 or rng.random() < 0.85) and attempt < 40 else -1
            people = self.site_people[which] if which >= 0 else self.all_people
            times = self.site_created[which] if which >= 0 else self.p_created
            k = bisect.bisect_right(times, created)
            if k == 0:
                continue
            person = people[int(rng.random() * k)]
            if day - dob[person] < min_age_days:
                continue
            key = person * 100_000 + week
            used = quota.get(key, 0)
            if used + minutes > WEEKLY_QUOTA_MINUTES:
                continue
            quota[key] = used + minutes
            return person
        raise RuntimeError("demo bookings: nobody could make a booking")

    def _certify_now(self, cat: _Category, site: int, created: int, day: int, minutes: int) -> int:
        """No certified person free to book: someone was certified shortly before (rare)."""
        rng = self.rng
        person = self._registered_person(site, created - 2 * DAY, day,
                                         _at_least_days(max(cat.min_age or 0, 16)), minutes, (day - 1) // 7)
        granted = max(self.p_created[person] + HOUR, created - rng.randint(1, 20) * DAY)
        granted = min(granted, created)
        expires = granted + cat.valid_days * DAY if cat.valid_days else 0
        self.cert_records.append([granted, expires, 0, person, cat.index, self.admin_id, -1])
        pool = self.pools[cat.index]
        at = bisect.bisect_right(pool.granted, granted)
        pool.granted.insert(at, granted)
        pool.expires.insert(at, expires or _FAR)
        pool.revoked.insert(at, _FAR)
        pool.person.insert(at, person)
        return person

    def _outcome(self, created: int, item: int, start: int, end: int, person: int, series: int,
                 note: str) -> tuple:
        """The booking's status and the check-in, check-out and cancel times that go with it."""
        rng = self.rng
        rand = rng.random
        now = self.now_s
        checked_in = checked_out = cancelled = 0
        if end <= now:
            r = rand()
            if r < 0.10:
                status = "cancelled"
                cancelled = created + int((max(created, start - 10 * MINUTE) - created) * rand())
            elif r < 0.18:
                status = "no_show"
            else:
                status = "completed"
                checked_in = max(created, start + (int(rand() * 18) - 5) * MINUTE)
                checked_out = max(checked_in + MINUTE, end - int(rand() * 21) * MINUTE)
        elif start <= now:
            if now - start <= NO_SHOW_MINUTES * MINUTE and rng.random() < 0.3:
                status = "booked"  # not here yet, still within the grace minutes
            else:
                status = "checked_in"
                checked_in = max(created, start + rng.randint(-5, min(12, (now - start) // MINUTE)) * MINUTE)
                checked_in = min(checked_in, now)
        elif rng.random() < 0.07:
            status = "cancelled"
            cancelled = created + int((now - created) * rng.random())
        else:
            status = "booked"
        site = self.item_site[item]
        desk = self.desk[site]
        staff = desk[int(rng.random() * len(desk))]
        return (created, start, item, end, person, status, series, checked_in, checked_out,
                cancelled, staff, note)

    def _series(self) -> tuple[list[dict[str, Any]], _Blocked, list[tuple]]:
        """Weekly and fortnightly bookings (a podcast group, a sewing regular...)."""
        rng = self.rng
        table = m.BookingSeries.__table__
        base = self._base(table)
        rows: list[dict[str, Any]] = []
        blocked: _Blocked = {}
        records: list[tuple] = []
        usable = [i for i in range(len(self.item_id))
                  if not self.cats[self.item_cat[i]].certified and self.cats[self.item_cat[i]].longest >= 60]
        made = 0
        for _ in range(self.size.series * 4):
            if made == self.size.series:
                break
            item = rng.choice(usable)
            site = self.sites[self.item_site[item]]
            cat = self.cats[self.item_cat[item]]
            step = 7 if rng.random() < 0.75 else 14
            occurrences = rng.randint(4, 10)
            length = min(rng.choice((60, 90, 120)), cat.longest)
            begin = rng.choice((600, 840, 960, 1020, 1080))
            weekdays = [d for d, (o, c) in site.hours.items() if o <= begin and begin + length <= c]
            if not weekdays:
                continue
            weekday = rng.choice(weekdays)
            if self.size.name == "large":
                low, high = self.first_day, self.last_day - step * (occurrences - 1)
            else:
                low, high = self.today - 42, min(self.today + 7, self.last_day - step * (occurrences - 1))
            low = max(low, self.item_from[item])
            if high < low:
                continue
            first = rng.randint(low, high)
            first += (weekday - _weekday(first)) % 7
            days = [first + step * k for k in range(occurrences)]
            blocked_days = self.item_blocked.get(item, ())
            if any(not site.is_open(d) or d > self.last_day or d >= self.item_to[item]
                   or d in blocked_days for d in days):
                continue
            if any(a < begin + length and begin < b for d in days for a, b in blocked.get((item, d), ())):
                continue
            start0 = site.midnight(first) + begin * MINUTE
            created = min(start0 - rng.randint(1, 14) * DAY, self.now_s - rng.randint(HOUR, 2 * DAY))
            created = max(created, self.item_created[item] + MINUTE)
            week = (first - 1) // 7
            # The person must fit every occurrence's week under the quota: check them all.
            person = None
            for _attempt in range(20):
                candidate = self._registered_person(
                    site.index, created, first, cat.min_age_days, length, week)
                # _registered_person counted the first week; count (or undo) the others.
                weeks = [(d - 1) // 7 for d in days[1:]]
                if all(self.quota.get(candidate * 100_000 + wk, 0) + length <= WEEKLY_QUOTA_MINUTES
                       for wk in weeks):
                    for wk in weeks:
                        key = candidate * 100_000 + wk
                        self.quota[key] = self.quota.get(key, 0) + length
                    person = candidate
                    break
                self.quota[candidate * 100_000 + week] -= length
            if person is None:
                continue
            series_index = len(rows)
            desk = self.desk[site.index]
            rows.append({
                "id": base + series_index + 1, "equipment_id": self.item_id[item],
                "participant_id": self.p_id[person],
                "recurrence": "weekly" if step == 7 else "fortnightly",
                "first_day": dt.date.fromordinal(first), "local_start": _time_of(begin),
                "local_end": _time_of(begin + length), "timezone": self.catalogue["timezone"],
                "occurrences": occurrences, "created_by_staff_id": rng.choice(desk),
                "created_at": _dt(created),
            })
            for d in days:
                blocked.setdefault((item, d), []).append((begin, begin + length))
                start = site.midnight(d) + begin * MINUTE
                records.append(self._outcome(created, item, start, start + length * MINUTE, person,
                                             series_index, ""))
            made += 1
        return rows, blocked, records

    def _insert_bookings(self, series_rows: list[dict[str, Any]], records: list[tuple]) -> None:
        table = m.Booking.__table__
        base = self._base(table)
        self._insert(m.BookingSeries.__table__, series_rows)
        series_ids = [r["id"] for r in series_rows]
        records.sort()  # ids in the order bookings were made (created, then start, then item)
        self.completed: list[tuple[int, int, int, int]] = []  # (booking id, item, person, start)
        item_ids, p_ids = self.item_id, self.p_id

        def row(k: int, r: tuple) -> dict[str, Any]:
            (created, start, item, end, person, status, series, checked_in, checked_out,
             cancelled, staff, note) = r
            return {
                "id": base + k + 1, "equipment_id": item_ids[item], "participant_id": p_ids[person],
                "starts_at": _dt(start), "ends_at": _dt(end), "status": status,
                "series_id": series_ids[series] if series >= 0 else None, "notes": note,
                "created_by_staff_id": staff, "created_at": _dt(created),
                "checked_in_at": _dt(checked_in) if checked_in else None,
                "checked_out_at": _dt(checked_out) if checked_out else None,
                "cancelled_at": _dt(cancelled) if cancelled else None,
            }

        for k, r in enumerate(records):
            if r[5] == "completed":
                self.completed.append((base + k + 1, r[2], r[4], r[1]))
        # Active bookings go in first, while the indexes are there, latest first: SQLite's
        # overlap trigger then has no earlier-starting booking of the item to look at. The
        # others never hold a slot, so the guard ignores them: they go in without the indexes.
        active = [k for k, r in enumerate(records) if r[5] in ("booked", "checked_in")]
        active.sort(key=lambda k: records[k][1], reverse=True)
        self._insert(table, [row(k, records[k]) for k in active])
        active_set = set(active)
        rest = [k for k in range(len(records)) if k not in active_set]
        reindex = len(rest) >= _REINDEX_FROM
        if reindex:
            self._drop_indexes(table)
        low, high = 0.3, 0.88
        for start in range(0, len(rest), _CHUNK):
            chunk = [row(k, records[k]) for k in rest[start:start + _CHUNK]]
            self.conn.execute(insert(table), chunk)
            done = min(len(rest), start + _CHUNK) / len(rest)
            self.progress(STEP_BOOKINGS, low + (high - low) * done)
        if reindex:
            self._create_indexes(table)
        self.counts["bookings"] = len(records)

    # -- projects --

    def _projects(self) -> None:
        rng = self.rng
        now = self.now_s
        proj_t, members_t = m.Project.__table__, m.project_members
        equip_t = m.ProjectEquipment.__table__
        base, equip_base = self._base(proj_t), self._base(equip_t)
        details = self.catalogue["project_details"]
        cat_by_key = {c.key: c for c in self.cats}
        items_at: dict[tuple[int, int], list[int]] = {}
        for i in range(len(self.item_id)):
            items_at.setdefault((self.item_site[i], self.item_cat[i]), []).append(i)
        by_person: dict[int, list[tuple[int, int, int]]] = {}
        for booking_id, item, person, start in self.completed:
            by_person.setdefault(person, []).append((booking_id, item, start))
        ws_started = [wi for wi, w in enumerate(self.ws_info)
                      if w.dates[0][0] < now - HOUR and self.ws_people[wi]]
        drafts = []  # (created, title, description, materials, workshop index, members, uses)
        for _ in range(self.size.projects):
            if ws_started and (rng.random() < 0.3 or not self.completed):
                wi = rng.choice(ws_started)
                w = self.ws_info[wi]
                people = self.ws_people[wi]
                members = rng.sample(people, min(len(people), rng.choice((1, 1, 2, 3))))
                created = min(w.dates[0][0] + rng.randint(HOUR, 10 * DAY), now - MINUTE)
                cat = cat_by_key[rng.choice(w.template["uses"])]
                title = rng.choice(cat.ideas)
                description = (f"Started in the workshop “{w.title}”. {rng.choice(details)}")
                materials = w.template["materials"]
                uses: list[tuple[int, int | None]] = []
                for key in dict.fromkeys(w.template["uses"][:2]):
                    pool = items_at.get((w.site.index, cat_by_key[key].index))
                    if pool:
                        uses.append((rng.choice(pool), None))
                drafts.append((created, title, description, materials, wi, members, uses))
                continue
            booking_id, item, person, start = rng.choice(self.completed)
            cat = self.cats[self.item_cat[item]]
            members = [person]
            if rng.random() < 0.2:
                partner = self.p_guardian[person]
                if partner < 0:
                    partner = int(rng.random() * len(self.p_id))
                if partner != person and self.p_created[partner] < start:
                    members.append(partner)
            created = max(self.p_created[person] + MINUTE, start - rng.randint(0, 14) * DAY)
            title = rng.choice(cat.ideas)
            description = f"Made on the {self.item_name[item]}. {rng.choice(details)}"
            uses = [(item, booking_id)]
            if rng.random() < 0.3:
                other_id, other_item, _s = rng.choice(by_person[person])
                if other_item != item:
                    uses.append((other_item, other_id))
            drafts.append((created, title, description, "", -1, members, uses))

        drafts.sort(key=lambda d: d[0])
        rows, member_rows, equip_rows = [], [], []
        for k, (created, title, description, materials, wi, members, uses) in enumerate(drafts):
            project_id = base + k + 1
            age = (now - created) / DAY
            r = rng.random()
            if age < 21:
                status = "idea" if r < 0.4 else "in_progress"
            elif age < 120:
                status = "in_progress" if r < 0.5 else "finished" if r < 0.95 else "exhibited"
            else:
                status = ("finished" if r < 0.75 else "exhibited" if r < 0.87
                          else "in_progress" if r < 0.95 else "idea")
            updated = min(now - MINUTE, created + int(min(age, 90) * DAY * rng.random()))
            rows.append({
                "id": project_id, "title": title, "description": description, "status": status,
                "materials": materials, "workshop_id": self.ws_info[wi].id if wi >= 0 else None,
                "search_text": search_key(title, description), "created_at": _dt(created),
                "updated_at": _dt(max(created, updated)),
            })
            for person in dict.fromkeys(members):
                member_rows.append({"project_id": project_id, "participant_id": self.p_id[person]})
            for item, booking_id in dict.fromkeys(uses):
                equip_rows.append({"id": equip_base + len(equip_rows) + 1, "project_id": project_id,
                                   "equipment_id": self.item_id[item], "booking_id": booking_id})
        self._insert(proj_t, rows)
        self._insert(members_t, member_rows)
        self._insert(equip_t, equip_rows)
        self.counts["projects"] = len(rows)

    # -- the end --

    def _finish(self) -> None:
        if self.dialect == "postgresql":
            # Explicit ids do not move PostgreSQL's sequences; set them past the new rows.
            for table in self.inserted:
                if "id" not in table.c:
                    continue
                self.conn.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                ))
        self.uow.audit("create", "demo_data", None, size=self.size.name, **self.counts)
        self.s.flush()


def _sessions_needed(rule: dict[str, int] | str | None, held: int) -> int:
    """Sessions to attend to complete, of ``held`` not cancelled (the rule as
    services/attendance.required_sessions reads it: at least n sessions, a percentage rounded
    up, or with neither every session)."""
    if isinstance(rule, dict) and "sessions" in rule:
        return rule["sessions"]
    if isinstance(rule, dict):
        return math.ceil(rule["percent"] * held / 100)
    return held


def _cumulative(values: Any) -> list[float]:
    total, out = 0.0, []
    for v in values:
        total += float(v)
        out.append(total)
    return out


def _resolve(entry: Any, gender: str) -> tuple[str, str]:
    """A name entry as (written form, romanised a-z form)."""
    if isinstance(entry, dict):
        entry = entry[gender]
    if isinstance(entry, list):
        return normalise_text(entry[0]), entry[1]
    return normalise_text(entry), _ascii(entry)
