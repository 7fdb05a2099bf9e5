"""CSV files that staff make and open in spreadsheets.

Reading accepts UTF-8 with or without a byte-order mark (Excel writes one) and any line
ending; writing puts the mark in so Excel shows every script correctly. An import checks every
row before writing any: one bad row means nothing is imported, and every bad row is reported
with its line number (the header is line 1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from makerspace_app.domain.errors import DomainError, ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP



@dataclass(frozen=True)
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: tuple[tuple[int, str], ...] = ()
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportRefused(DomainError):
    """At least one row is bad, so nothing was imported.

    ``problems`` lists (line, reason) with each reason as given: a DomainError (its template
    and values, for a window to show in the user's language) or a sentence. ``errors`` lists
    the same as (line, English sentence), as the command line prints them.
    """

    def __init__(self, errors: Sequence[tuple[int, str | DomainError]]) -> None:
        # A subclass may have set its own problems already (participant_csv does).
        self.problems = getattr(self, "problems", None) or tuple(errors)
        self.errors = tuple((line, reason.message if isinstance(reason, DomainError) else reason)
                            for line, reason in self.problems)
        super().__init__(
            QT_TRANSLATE_NOOP("DomainError", "Nothing was imported: {count} row(s) need fixing (first: line {line}: {reason})."),
            count=len(self.errors), line=self.errors[0][0], reason=self.errors[0][1],
        )


@dataclass
class CsvRows:
    header: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # (line number, values)


def read_csv(source: Path | str, required: Iterable[str], optional: Iterable[str] = ()) -> CsvRows:
    """Read a file (a Path) or text; check the header names the required columns."""
    if isinstance(source, Path):
        try:
            raw = source.read_bytes()
        except OSError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Cannot read {path}: {reason}."), path=str(source),
                                  reason=exc.strerror or str(exc)) from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "{path} is not UTF-8 text. In Excel use “Save as: CSV UTF-8”."),
                path=str(source)) from None
    else:
        text = source.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The file is empty: it needs a header line with the column names.")) from None
    required = list(required)
    missing = [c for c in required if c not in header]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The header line lacks the column(s) {missing}. Expected: {expected}."),
            missing=", ".join(missing), expected=", ".join([*required, *optional]))
    out = CsvRows(header)
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue  # blank lines are not rows
        padded = values + [""] * (len(header) - len(values))
        out.rows.append((line, dict(zip(header, padded[: len(header)]))))
    return out


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write with a byte-order mark and CRLF line ends, as Excel expects. Returns the row count."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
        count += 1
    try:
        path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8", newline="")
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Cannot write {path}: {reason}."), path=str(path),
                              reason=exc.strerror or str(exc)) from None
    return count
