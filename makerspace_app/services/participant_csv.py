"""Participants to and from CSV files (spreadsheets, other systems, the command line).

Export writes UTF-8 with a byte-order mark (so Excel reads the names right), CRLF line ends,
one participant per row in registration order. Import reads UTF-8 with or without the mark and
any line ends, checks every row with the same rules as registration, and imports all rows or
none: a row whose badge code exists updates that participant, a row with a new badge code
creates a participant with that code, a row with no badge code creates one with a fresh code.
A guardian can be given by badge code: of an existing participant or of another row.
A refused import raises ``csv_io.ImportRefused`` listing (line, reason) for every bad row, as
the other imports do (services/transfer.py); the command line prints them.

Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab) are written
with a leading apostrophe, which the import removes again, so an export re-imports losslessly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from makerspace_app.domain import codes
from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import DomainError, ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.persistence.models import Participant
from makerspace_app.services import participants as registry
from makerspace_app.services.csv_io import ImportRefused, ImportReport, write_csv
from makerspace_app.services.participants import (
    AgeContext,
    CleanParticipant,
    GuardianInfo,
    ParticipantInput,
)
from makerspace_app.services.permissions import require
from makerspace_app.services.uow import UnitOfWork

ACTION_EXPORT = QT_TRANSLATE_NOOP("Actions", "export participants")
ACTION_IMPORT = QT_TRANSLATE_NOOP("Actions", "import participants")

COLUMNS = (
    "badge_code", "given_name", "family_name", "preferred_name", "pronouns", "date_of_birth",
    "age_band", "email", "phone", "address", "languages", "preferred_language",
    "accessibility_tags", "accessibility_notes", "guardian_badge_code", "guardian_name",
    "guardian_contact",
)
LIST_SEPARATOR = ";"
ENCODING = "utf-8-sig"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
_CHUNK = 500


# --- Cells ------------------------------------------------------------------------------------


def _protect(value: str) -> str:
    """Keep spreadsheets from running a cell as a formula (undone by ``_unprotect``)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _unprotect(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1] in _FORMULA_START:
        return value[1:]
    return value


def _export_cells(person: Participant, guardian_code: str) -> dict[str, str]:
    return {
        "badge_code": person.badge_code,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "preferred_name": person.preferred_name,
        "pronouns": person.pronouns,
        "date_of_birth": person.date_of_birth.isoformat() if person.date_of_birth else "",
        # With a date of birth the band follows from it, so only a band on its own is written.
        "age_band": person.age_band.value if person.age_band and not person.date_of_birth else "",
        "email": person.email,
        "phone": person.phone,
        "address": person.address,
        "languages": LIST_SEPARATOR.join(person.languages or ()),
        "preferred_language": person.preferred_language,
        "accessibility_tags": LIST_SEPARATOR.join(person.accessibility_tags or ()),
        "accessibility_notes": person.accessibility_notes,
        "guardian_badge_code": guardian_code,
        "guardian_name": person.guardian_name,
        "guardian_contact": person.guardian_contact,
    }


# --- Export -----------------------------------------------------------------------------------


def _export_rows(uow: UnitOfWork) -> Iterator[dict[str, str]]:
    guardian = aliased(Participant)
    query = (
        select(Participant, guardian.badge_code)
        .outerjoin(
            guardian,
            (guardian.id == Participant.guardian_participant_id) & guardian.erased_at.is_(None),
        )
        .where(Participant.erased_at.is_(None))
        .order_by(Participant.id)
        .execution_options(yield_per=1000)
    )
    for person, guardian_code in uow.session.execute(query):
        yield _export_cells(person, guardian_code or "")


def export_participants_csv(uow: UnitOfWork, path: Path | str) -> int:
    """Write every participant (erased ones excepted) to a CSV file; returns how many."""
    require(uow, StaffRole.COORDINATOR, ACTION_EXPORT)
    count = write_csv(
        Path(path), COLUMNS, ([_protect(cells[c]) for c in COLUMNS] for cells in _export_rows(uow))
    )
    uow.audit("export", "participants", None, rows=count)
    return count


# --- Import -----------------------------------------------------------------------------------


class ParticipantImportRefused(ImportRefused):
    """ImportRefused that also keeps each reason as the DomainError it was, so the window can
    show it in the interface language (``problems``: (line, error) in line order)."""

    def __init__(self, problems: Sequence[tuple[int, DomainError]]) -> None:
        self.problems = tuple(problems)
        super().__init__([(line, error.message) for line, error in self.problems])


def _cannot_read(path: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "The file {path} cannot be read ({reason}). Check its name and that you "
            "may open it.",
        ),
        path=str(path), reason=exc.strerror or str(exc),
    )


def read_file(path: Path | str) -> bytes:
    """The bytes of a CSV file, read once so that what was checked is what gets imported."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _cannot_read(Path(path), exc) from None


def _read(source: Path | str | bytes) -> str:
    """The text of the file. A str is the CSV text itself; a Path is read; bytes decoded."""
    if isinstance(source, str):
        return source.removeprefix("\ufeff")
    if isinstance(source, Path):
        source = read_file(source)
    try:
        return bytes(source).decode(ENCODING)
    except UnicodeDecodeError as exc:
        line = bytes(source)[: exc.start].count(b"\n") + 1
        raise _NotUtf8(line) from None


class _NotUtf8(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


@dataclass
class _Row:
    line: int
    cells: dict[str, str]
    badge_code: str = ""  # normalised; "" for a new participant with a fresh code
    existing: Participant | None = None
    clean: CleanParticipant | None = None
    guardian_code: str = ""


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, its cells); blank lines skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _BadCsv(start, str(exc)) from None
        if any(c.strip() for c in cells):
            yield start, cells
        start = reader.line_num + 1


class _BadCsv(Exception):
    def __init__(self, line: int, detail: str) -> None:
        super().__init__(line, detail)
        self.line = line
        self.detail = detail


def _header(cells: list[str]) -> list[str]:
    names = [c.strip().lstrip("\ufeff").casefold() for c in cells]
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The first line names columns the app does not know: {unknown}. The columns "
                "are: {columns}.",
            ),
            unknown=", ".join(unknown), columns=", ".join(COLUMNS),
        )
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The first line names a column twice: {columns}. Keep one of each."
            ),
            columns=", ".join(repeated),
        )
    if "given_name" not in names and "family_name" not in names:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The first line must name the columns and include given_name or family_name, "
                "for example: {columns}.",
            ),
            columns=",".join(COLUMNS),
        )
    return names


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(LIST_SEPARATOR) if part.strip())


def _date(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "“{value}” is not a date of birth the app can read. Write it as year-month-day, "
                "for example 2012-04-30.",
            ),
            value=value, field="date_of_birth",
        ) from None


def _input(cells: dict[str, str], existing: Participant | None) -> ParticipantInput:
    return ParticipantInput(
        given_name=cells["given_name"],
        family_name=cells["family_name"],
        preferred_name=cells["preferred_name"],
        pronouns=cells["pronouns"],
        date_of_birth=_date(cells["date_of_birth"]),
        age_band=cells["age_band"] or None,
        email=cells["email"],
        phone=cells["phone"],
        address=cells["address"],
        languages=_split(cells["languages"]),
        preferred_language=cells["preferred_language"],
        accessibility_tags=_split(cells["accessibility_tags"]),
        accessibility_notes=cells["accessibility_notes"],
        guardian_name=cells["guardian_name"],
        guardian_contact=cells["guardian_contact"],
        # Kept from the participant being updated: the file has no column for them.
        notes=existing.notes if existing else "",
        site_id=existing.site_id if existing else None,
    )


def _by_badge_code(uow: UnitOfWork, wanted: Iterable[str]) -> dict[str, Participant]:
    wanted = sorted(set(wanted))
    found: dict[str, Participant] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        for person in uow.session.scalars(
            select(Participant).where(Participant.badge_code.in_(chunk))
        ):
            found[person.badge_code] = person
    return found


def _guardian_codes(uow: UnitOfWork, people: Iterable[Participant]) -> dict[int, str]:
    ids = sorted({p.guardian_participant_id for p in people if p.guardian_participant_id})
    out: dict[int, str] = {}
    for i in range(0, len(ids), _CHUNK):
        rows = uow.session.execute(
            select(Participant.id, Participant.badge_code).where(
                Participant.id.in_(ids[i : i + _CHUNK]), Participant.erased_at.is_(None)
            )
        )
        out.update({r.id: r.badge_code for r in rows})
    return out


def _parse(text: str) -> tuple[list[_Row], list[tuple[int, DomainError]]]:
    problems: list[tuple[int, DomainError]] = []
    records = _records(text)
    try:
        first = next(records, None)
    except _BadCsv as exc:
        return [], [(exc.line, _unreadable(exc))]
    if first is None:
        return [], [(1, ValidationError(QT_TRANSLATE_NOOP(
            "DomainError",
            "The file is empty. Its first line must name the columns, for example: {columns}.",
        ), columns=",".join(COLUMNS)))]
    try:
        names = _header(first[1])
    except ValidationError as exc:
        return [], [(first[0], exc)]
    rows: list[_Row] = []
    try:
        for line, cells in records:
            if len(cells) > len(names):
                problems.append((line, ValidationError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "This row has {found} cells but the first line names {expected} "
                        "columns. Check for a stray comma, or put the cell in quotes.",
                    ),
                    found=len(cells), expected=len(names),
                )))
                continue
            cells = cells + [""] * (len(names) - len(cells))
            rows.append(_Row(line, {n: _unprotect(c) for n, c in zip(names, cells, strict=True)}))
    except _BadCsv as exc:
        problems.append((exc.line, _unreadable(exc)))
    return rows, problems


def _unreadable(exc: _BadCsv) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "This line cannot be read as CSV ({detail}). Save the file from the spreadsheet "
            "again as “CSV UTF-8”.",
        ),
        detail=exc.detail,
    )


def _validate(
    uow: UnitOfWork, rows: list[_Row], ctx: AgeContext
) -> tuple[dict[str, Participant], list[tuple[int, DomainError]]]:
    problems: list[tuple[int, DomainError]] = []
    bad: set[int] = set()

    def fail(row: _Row, error: DomainError) -> None:
        problems.append((row.line, error))
        bad.add(row.line)

    # Badge codes: well formed and each used by one row only.
    first_line: dict[str, int] = {}
    for row in rows:
        typed = row.cells.get("badge_code", "").strip()
        if not typed:
            continue
        code = codes.normalise_code(typed)
        if not codes.looks_like_badge_code(code):
            fail(row, ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "“{value}” is not a badge code (8 letters and digits, like 7KQ2M9XD). "
                    "Correct it, or leave it empty to give the participant a new code.",
                ),
                value=typed, field="badge_code",
            ))
        elif code in first_line:
            fail(row, ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The badge code {code} is already used on line {other}. Each participant "
                    "appears once: merge the two rows, or empty one badge code.",
                ),
                code=code, other=first_line[code], field="badge_code",
            ))
        else:
            first_line[code] = row.line
            row.badge_code = code

    guardian_codes_typed = {
        codes.normalise_code(r.cells["guardian_badge_code"])
        for r in rows if r.cells.get("guardian_badge_code", "").strip()
    }
    known = _by_badge_code(uow, set(first_line) | guardian_codes_typed)
    existing_guardians = _guardian_codes(
        uow, [known[r.badge_code] for r in rows if r.badge_code in known]
    )

    # Each row's own fields.
    for row in rows:
        if row.line in bad:
            continue
        row.existing = known.get(row.badge_code) if row.badge_code else None
        if row.existing is not None and row.existing.erased_at is not None:
            fail(row, ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The badge code {code} belongs to an erased participant. Leave the badge "
                    "code empty to register the person as a new participant.",
                ),
                code=row.badge_code, field="badge_code",
            ))
            continue
        if row.existing is not None:
            # Columns missing from the file keep the participant's current values.
            current = _export_cells(
                row.existing, existing_guardians.get(row.existing.guardian_participant_id or 0, "")
            )
            row.cells = {c: row.cells.get(c, current[c]) for c in COLUMNS}
        else:
            row.cells = {c: row.cells.get(c, "") for c in COLUMNS}
        try:
            row.clean = registry.clean_input(_input(row.cells, row.existing), ctx)
        except ValidationError as exc:
            fail(row, exc)
            continue
        row.guardian_code = codes.normalise_code(row.cells["guardian_badge_code"])

    # Guardians: another row of the file, or a participant already registered.
    in_file = {r.badge_code: r for r in rows if r.badge_code}
    for row in rows:
        if row.line in bad or row.clean is None:
            continue
        info: GuardianInfo | None = None
        code = row.guardian_code
        try:
            if code:
                info = _guardian_info(row, code, in_file, known, bad, ctx)
            registry.check_guardian_rule(row.clean, ctx, info)
        except ValidationError as exc:
            fail(row, exc)
    return known, problems


def _guardian_info(
    row: _Row,
    code: str,
    in_file: dict[str, _Row],
    known: dict[str, Participant],
    bad: set[int],
    ctx: AgeContext,
) -> GuardianInfo:
    if code == row.badge_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A participant cannot be their own guardian (guardian_badge_code {code} is "
                "their own). Give the guardian's badge code, or their name and contact.",
            ),
            code=code, field="guardian_badge_code",
        )
    other = in_file.get(code)
    if other is not None:
        if other.line in bad or other.clean is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The guardian (badge code {code}, line {other}) has a problem of their "
                    "own. Correct that row first.",
                ),
                code=code, other=other.line, field="guardian_badge_code",
            )
        label = " ".join(p for p in (other.clean.given_name, other.clean.family_name) if p)
        return GuardianInfo(label, other.clean.minor)
    person = known.get(code)
    if person is None or person.erased_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "No participant has the badge code {code} given as guardian. Check the code, "
                "or give the guardian's name and contact instead.",
            ),
            code=code, field="guardian_badge_code",
        )
    return registry.guardian_info(person, ctx)


def import_participants_csv(
    uow: UnitOfWork, path_or_text: Path | str | bytes, dry_run: bool = False
) -> ImportReport:
    """Import participants from a CSV file (a Path), its bytes, or its text (a str).

    Every row is checked first; with any bad row nothing is imported and ImportRefused lists
    each bad row (line, reason), the header being line 1. ``dry_run`` only checks.
    """
    require(uow, StaffRole.COORDINATOR, ACTION_IMPORT)
    try:
        text = _read(path_or_text)
    except _NotUtf8 as exc:
        raise ParticipantImportRefused([(exc.line, ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Line {line} is not UTF-8 text. Save the file from the spreadsheet as "
                "“CSV UTF-8” and import it again.",
            ),
            line=exc.line,
        ))]) from None
    rows, problems = _parse(text)
    known: dict[str, Participant] = {}
    if rows:
        ctx = registry.age_context(uow)
        known, more = _validate(uow, rows, ctx)
        problems += more
    if problems:
        raise ParticipantImportRefused(sorted(problems, key=lambda p: p[0]))
    updated = sum(1 for r in rows if r.existing is not None)
    created = len(rows) - updated
    if dry_run or not rows:
        return ImportReport(created, updated, (), dry_run)

    # A guardian already registered is linked at once; one created by this file, once it has
    # its id.
    taken = {r.badge_code for r in rows if r.badge_code}
    people: dict[int, Participant] = {}
    changes: dict[int, list[str]] = {}
    later: list[_Row] = []
    for row in rows:
        assert row.clean is not None
        guardian = known.get(row.guardian_code) if row.guardian_code else None
        if row.guardian_code and guardian is None:
            later.append(row)
        clean = replace(row.clean, guardian_participant_id=guardian.id if guardian else None)
        if row.existing is not None:
            changes[row.line] = registry.apply(row.existing, clean)
            people[row.line] = row.existing
        else:
            code = row.badge_code or registry.new_unique_badge_code(uow, taken)
            people[row.line] = registry.create_row(uow, clean, code)
    uow.session.flush()
    if later:
        created_by_code = {p.badge_code: p for p in people.values()}
        for row in later:
            person = people[row.line]
            person.guardian_participant_id = created_by_code[row.guardian_code].id
            if row.existing is not None and "guardian_participant_id" not in changes[row.line]:
                changes[row.line].append("guardian_participant_id")
        uow.session.flush()
    for row in rows:
        person = people[row.line]
        if row.existing is None:
            uow.audit("create", "participant", person.id, source="csv",
                      fields=[n for n in registry.EDITABLE_FIELDS
                              if getattr(person, n) not in ("", None, [])])
        elif changes[row.line]:
            uow.audit("update", "participant", person.id, source="csv", fields=changes[row.line])
    uow.audit("import", "participants", None, created=created, updated=updated)
    return ImportReport(created, updated, (), False)
