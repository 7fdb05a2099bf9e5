"""The ``makerspace-app`` command line. With no command it opens the app's window.

Headless commands never load Qt. A refusal or failure prints one line on stderr and exits 1
(usage errors exit 2); a traceback is never shown — it goes to the log file instead.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from makerspace_app import APP_NAME, __version__

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


class CommandFailed(Exception):
    """A failure with a message for the user (not a DomainError: e.g. a file that cannot be read)."""


def build_parser() -> argparse.ArgumentParser:
    db_help = (
        "the database: a SQLite file path, sqlite:///PATH, or postgresql+psycopg://USER@HOST/DB "
        "(default: $MAKERSPACE_DB, else the file in your data folder)"
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="DB", help=db_help)

    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Makerspace: equipment, bookings, workshops and participants of a "
        "library makerspace. With no command, opens the app's window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common], help="fill an empty database with demo data"
    )
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: a few hundred participants; large: the benchmark dataset "
        "(20,000 participants, 500,000 bookings)",
    )
    demo.set_defaults(handler=_demo)

    db = commands.add_parser("db", parents=[common], help="look after the database")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_commands.add_parser(
        "upgrade", parents=[common], help="create the database or bring its schema up to date"
    )
    up.set_defaults(handler=_db_upgrade)
    check = db_commands.add_parser(
        "check", parents=[common], help="check integrity and references (exit 0 only when sound)"
    )
    check.set_defaults(handler=_db_check)
    backup = db_commands.add_parser(
        "backup", parents=[common], help="write a verified copy of the database"
    )
    backup.add_argument("dest", type=Path, metavar="DEST", help="file (or folder) for the copy")
    backup.set_defaults(handler=_db_backup)
    restore = db_commands.add_parser(
        "restore", parents=[common], help="replace the database with a backup (the current "
        "file is backed up first)"
    )
    restore.add_argument("source", type=Path, metavar="SRC", help="the backup file")
    restore.set_defaults(handler=_db_restore)

    for verb, helptext in (("import", "import a CSV file (every row is checked first; one bad row "
                            "means nothing is imported)"), ("export", "export to a CSV file (workshops: an iCalendar file)")):
        sub = commands.add_parser(verb, parents=[common], help=helptext)
        kinds = sub.add_subparsers(dest="kind", metavar="WHAT", required=True)
        for kind in TRANSFER_KINDS:
            one = kinds.add_parser(kind, parents=[common], help=f"{verb} {kind}")
            one.add_argument("file", type=Path, metavar="FILE.csv")
            if verb == "import":
                one.add_argument("--dry-run", action="store_true",
                                 help="check every row and report, without importing")
            one.set_defaults(handler=_import if verb == "import" else _export)
        if verb == "export":
            ics = kinds.add_parser("workshops", parents=[common],
                                   help="export workshop sessions to an iCalendar (.ics) file")
            ics.add_argument("file", type=Path, metavar="FILE.ics")
            ics.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                             help="only sessions on or after this day")
            ics.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD",
                             help="only sessions on or before this day")
            ics.set_defaults(handler=_export_workshops)

    audit_log = commands.add_parser(
        "audit", parents=[common], help="the audit log: who changed what, and when")
    audit_commands = audit_log.add_subparsers(dest="audit_command", metavar="ACTION",
                                              required=True)
    audit_export = audit_commands.add_parser(
        "export", parents=[common],
        help="write the audit log to a CSV file (UTF-8 with BOM, opens in Excel)")
    audit_export.add_argument("file", type=Path, metavar="FILE.csv")
    audit_export.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                              help="only changes on or after this day (makerspace time zone)")
    audit_export.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD",
                              help="only changes on or before this day")
    audit_export.add_argument("--staff", default="", metavar="USER",
                              help="only changes by this user name (system:NAME for commands)")
    audit_export.add_argument("--action", default="", help="only this action, e.g. erase")
    audit_export.add_argument("--record", default="", metavar="KIND",
                              help="only this kind of record, e.g. participant")
    audit_export.add_argument("--record-id", type=int, default=None, metavar="N",
                              help="only the record with this number")
    audit_export.set_defaults(handler=_audit_export)

    report = commands.add_parser(
        "report", parents=[common],
        help="write a report for funders (usage, workshops or reach) as a PDF or a CSV file")
    report.add_argument("kind", choices=("usage", "workshops", "reach"),
                        metavar="usage|workshops|reach",
                        help="usage: equipment hours, heat map, no-shows; workshops: sessions, "
                        "attendance, completion; reach: who came (figures from 1 to 4 show as <5)")
    report.add_argument("--from", dest="start", type=_day, required=True, metavar="YYYY-MM-DD",
                        help="first day of the report (a day in the makerspace's time zone)")
    report.add_argument("--to", dest="end", type=_day, required=True, metavar="YYYY-MM-DD",
                        help="last day of the report (included)")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.csv",
                        help="the file to write; .pdf or .csv at the end chooses the format")
    report.set_defaults(handler=_report)

    printing = commands.add_parser(
        "print", parents=[common],
        help="print badges or certificates to a PDF file (each one is recorded with its "
        "serial and verification code)")
    what = printing.add_subparsers(dest="what", metavar="badges|certificates", required=True)
    badges = what.add_parser("badges", parents=[common], help="badges with the QR code of "
                             "each participant's badge code")
    whose = badges.add_mutually_exclusive_group(required=True)
    whose.add_argument("--participant", nargs="+", metavar="CODE",
                       help="the badge codes of the participants")
    whose.add_argument("--workshop", type=int, metavar="ID",
                       help="everyone enrolled in this workshop")
    whose.add_argument("--all", action="store_true", help="every participant")
    badges.add_argument("--layout", required=True, choices=("cr80", "avery-5395", "avery-l7418"),
                        help="cr80: one card per page (card printers); avery-5395: US Letter "
                        "sheets of 8; avery-l7418: A4 sheets of 8")
    badges.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    badges.set_defaults(handler=_print_badges)
    certs = what.add_parser("certificates", parents=[common],
                            help="certificates of a workshop for everyone who completed it "
                            "(the others are listed with the reason)")
    certs.add_argument("--workshop", type=int, required=True, metavar="ID")
    certs.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    certs.add_argument("--design", choices=("formal", "playful"), default="formal",
                       help="formal, or playful (for children)")
    certs.add_argument("--bilingual", action="store_true",
                       help="also in the organisation's language, when the participant's "
                       "differs")
    certs.set_defaults(handler=_print_certificates)

    verify = commands.add_parser(
        "verify", parents=[common],
        help="check a badge's or certificate's verification code (exit 0 only when genuine "
        "and not revoked)")
    verify.add_argument("code", metavar="CODE", help="the code as printed, e.g. 7KQ2M-0VXD4-…")
    verify.set_defaults(handler=_verify)
    return parser


def _check_pdf_path(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise CommandFailed(f"{path}: the file name must end in .pdf")
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise CommandFailed(f"{path}: the folder {folder} does not exist; create it or "
                            "choose another")


def _write_atomically(path: Path, data: bytes) -> None:
    """The whole PDF or nothing: a temporary file next to it, then renamed."""
    import os
    import tempfile

    target = path.expanduser()
    try:
        fd, temp = tempfile.mkstemp(prefix=".makerspace-", suffix=".pdf", dir=target.resolve().parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    except OSError as exc:
        raise CommandFailed(f"{path}: cannot write the file ({exc.strerror or exc})") from None


def _print_badges(args: argparse.Namespace) -> int:
    import io

    from makerspace_app.services import credentials
    from makerspace_app.services.uow import Actor, unit_of_work

    _check_pdf_path(args.out)
    db = _open_for_command(args)
    try:
        # Recorded and written in one unit of work: a PDF that cannot be written records nothing.
        with unit_of_work(db, Actor.system()) as uow:
            people = credentials.badge_participants(
                uow, badge_codes=args.participant or (), workshop_id=args.workshop,
                everyone=args.all)
            batch = credentials.issue_badges(uow, [pid for pid, _ in people], args.layout)
            buffer = io.BytesIO()
            pages = credentials.write_pdf(batch, buffer)
            _write_atomically(args.out, buffer.getvalue())
    finally:
        db.dispose()
    print(f"{len(batch.issued)} badge(s) on {pages} page(s) written to {args.out} "
          f"(serials {batch.issued[0].serial} to {batch.issued[-1].serial}).")
    return 0


def _print_certificates(args: argparse.Namespace) -> int:
    import io

    from makerspace_app.services import credentials
    from makerspace_app.services.uow import Actor, unit_of_work

    _check_pdf_path(args.out)
    db = _open_for_command(args)
    try:
        with unit_of_work(db, Actor.system()) as uow:
            batch = credentials.issue_certificates(uow, args.workshop, design=args.design,
                                                   bilingual=args.bilingual)
            buffer = io.BytesIO()
            credentials.write_pdf(batch, buffer)
            _write_atomically(args.out, buffer.getvalue())
    finally:
        db.dispose()
    print(f"{len(batch.pages)} certificate(s) written to {args.out}: {len(batch.issued)} new, "
          f"{len(batch.reprinted)} printed again.")
    for row in batch.issued + batch.reprinted:
        print(f"  {row.serial}  {row.verification_code}  {row.participant_name}")
    if batch.not_issued:
        print(f"Not issued ({len(batch.not_issued)}):")
        for person in batch.not_issued:
            print(f"  {person.display_name}: {person.reason.message}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from makerspace_app.domain.clock import zone
    from makerspace_app.services import credentials, settings
    from makerspace_app.services.uow import Actor, unit_of_work

    db = _open_for_command(args)
    try:
        with unit_of_work(db, Actor.system(), read_only=True) as uow:
            result = credentials.verify(uow, args.code)
            org = settings.get(uow, "organisation.name") or "this organisation"
            tz = zone(settings.get(uow, "organisation.timezone"))
    finally:
        db.dispose()
    row = result.row
    what = (f"the certificate {row.serial} for completing “{row.workshop_title}”"
            if row.workshop_id is not None else f"the badge {row.serial}")
    issued = row.issued_at.astimezone(tz).date().isoformat()
    if result.genuine:
        print(f"Genuine: {what}, issued by {org} to {row.participant_name} on {issued}.")
        return 0
    revoked = row.revoked_at.astimezone(tz).date().isoformat() if row.revoked_at else ""
    print(f"{APP_NAME}: REVOKED: {what}, issued to {row.participant_name} on {issued}, was "
          f"revoked on {revoked} ({row.revocation_reason}). It is no longer valid.",
          file=sys.stderr)
    return 1


def _audit_export(args: argparse.Namespace) -> int:
    from makerspace_app.services import audit
    from makerspace_app.services.uow import Actor, unit_of_work

    wanted = audit.AuditFilter(args.start, args.end, args.staff, args.action, args.record,
                               args.record_id)
    db = _open_for_command(args)
    try:
        with unit_of_work(db, Actor.system()) as uow:
            count = audit.export_csv(uow, args.file, wanted)
    finally:
        db.dispose()
    print(f"{count} audit event(s) written to {args.file}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from makerspace_app.reports import export, queries
    from makerspace_app.services import settings
    from makerspace_app.services.uow import Actor, unit_of_work

    export.format_of(args.out)  # a file name without .pdf or .csv is refused before any work
    db = _open_for_command(args)
    try:
        with unit_of_work(db, Actor.system(), read_only=True) as uow:
            report = queries.build_report(uow, args.kind, args.start, args.end)
            org_name = settings.get(uow, "organisation.name")
    finally:
        db.dispose()
    export.write_report(report, args.out, org_name)
    print(f"{report.title} report for {args.start} to {args.end} written to {args.out}")
    return 0


def _day(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a day; write it as YYYY-MM-DD") from None


def _export_workshops(args: argparse.Namespace) -> int:
    import datetime as dt

    from makerspace_app.domain.clock import local_to_utc
    from makerspace_app.services import calendar_export
    from makerspace_app.services.uow import Actor, unit_of_work
    from makerspace_app.services.workshops import makerspace_zone

    db = _open_for_command(args)
    try:
        with unit_of_work(db, Actor.system(), read_only=True) as uow:
            tz = makerspace_zone(uow)
            start = local_to_utc(args.start, dt.time(0), tz) if args.start else None
            end = (local_to_utc(args.end + dt.timedelta(days=1), dt.time(0), tz)
                   if args.end else None)
            count = calendar_export.export_workshops_ics(uow, args.file, start, end)
    finally:
        db.dispose()
    print(f"{count} workshop session(s) written to {args.file}")
    return 0


TRANSFER_KINDS = ("equipment", "bookings", "participants")


def _open_for_command(args: argparse.Namespace):
    from makerspace_app.services.database import open_database

    return open_database(_location(args))


def _transfer_functions(kind: str):
    if kind == "participants":
        from makerspace_app.services import participant_csv

        return participant_csv.import_participants_csv, participant_csv.export_participants_csv
    from makerspace_app.services import transfer

    if kind == "equipment":
        return transfer.import_equipment, transfer.export_equipment
    return transfer.import_bookings, transfer.export_bookings


def _import(args: argparse.Namespace) -> int:
    from makerspace_app.services.csv_io import ImportRefused
    from makerspace_app.services.uow import Actor, unit_of_work

    importer, _ = _transfer_functions(args.kind)
    db = _open_for_command(args)
    try:
        with unit_of_work(db, Actor.system()) as uow:
            report = importer(uow, args.file, dry_run=args.dry_run)
    except ImportRefused as refused:
        for line, reason in refused.errors:
            print(f"{args.file}:{line}: {reason}", file=sys.stderr)
        print(f"{APP_NAME}: nothing was imported: {len(refused.errors)} row(s) need fixing.",
              file=sys.stderr)
        return 1
    finally:
        db.dispose()
    what = "checked (dry run, nothing imported)" if args.dry_run else "imported"
    print(f"{args.file}: {report.created + report.updated} row(s) {what}: "
          f"{report.created} new, {report.updated} updated.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from makerspace_app.services.uow import Actor, unit_of_work

    _, exporter = _transfer_functions(args.kind)
    db = _open_for_command(args)
    try:
        with unit_of_work(db, Actor.system()) as uow:
            count = exporter(uow, args.file)
    finally:
        db.dispose()
    print(f"{count} row(s) of {args.kind} written to {args.file}")
    return 0


def _location(args: argparse.Namespace):
    from makerspace_app.config import chosen_database
    from makerspace_app.persistence.engine import parse_location

    return parse_location(chosen_database(getattr(args, "db", None)))


def _demo(args: argparse.Namespace) -> int:
    from makerspace_app.services.database import open_database

    location = _location(args)
    db = open_database(location)
    try:
        from makerspace_app.demo import fill_demo

        started = time.perf_counter()

        def progress(step: str, fraction: float) -> None:
            print(f"  {fraction:4.0%}  {step}", file=sys.stderr, flush=True)

        summary = fill_demo(db, args.size, progress=progress)
    finally:
        db.dispose()
    elapsed = time.perf_counter() - started
    print(
        f"Demo data ({args.size}) loaded into {location.describe()} in {elapsed:.1f} s: "
        f"{summary.equipment} items, {summary.participants} participants, "
        f"{summary.bookings} bookings, {summary.workshops} workshops, "
        f"{summary.sessions} sessions, {summary.attendance} attendance marks, "
        f"{summary.projects} projects."
    )
    print(f"Demo staff accounts (admin, desk, leader, coord) use the password “{summary.staff_password}”.")
    return 0


def _db_upgrade(args: argparse.Namespace) -> int:
    from makerspace_app.services.database import upgrade_database

    location = _location(args)
    revision = upgrade_database(location)
    print(f"{location.describe()}: schema {revision} (current).")
    return 0


def _db_check(args: argparse.Namespace) -> int:
    from makerspace_app.services.database import check_database

    location = _location(args)
    report = check_database(location)
    if report.sound:
        for line in report.lines:
            print(line)
        print(f"{location.describe()} is sound.")
        return 0
    # The checks that passed, then the one that failed as the single line on stderr.
    for line in report.lines[:-1]:
        print(line)
    print(f"{APP_NAME}: {report.lines[-1]}", file=sys.stderr)
    return 1


def _db_backup(args: argparse.Namespace) -> int:
    from makerspace_app.services.database import backup_database

    written = backup_database(_location(args), args.dest)
    print(f"Backup written and verified: {written}")
    return 0


def _db_restore(args: argparse.Namespace) -> int:
    from makerspace_app.services.database import restore_database

    location = _location(args)
    saved = restore_database(location, args.source)
    if saved is not None:
        print(f"The previous database was saved first as {saved}")
    print(f"Restored {args.source} into {location.describe()}.")
    return 0


def _setup_logging() -> Path | None:
    """Log to a file in the data folder, so details never clutter the terminal."""
    from makerspace_app.config import data_dir

    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "makerspace.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Run a headless command. With no command, returns None-handler usage to the caller:
    ``makerspace_app.__main__`` opens the window then, so this module never imports Qt."""
    args = build_parser().parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        raise GuiRequested(getattr(args, "db", None))
    log_path = _setup_logging()
    return run_command(handler, args, log_path)


class GuiRequested(Exception):
    """No command was given: the caller opens the app's window on this database."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        super().__init__(db)


def run_command(handler: Handler, args: argparse.Namespace, log_path: Path | None = None) -> int:
    from makerspace_app.domain.errors import DomainError

    try:
        return handler(args)
    except DomainError as exc:
        print(f"{APP_NAME}: {exc.message}", file=sys.stderr)
        return 1
    except CommandFailed as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{APP_NAME}: interrupted; nothing more was done.", file=sys.stderr)
        return 130
    except Exception as exc:
        log.exception("command failed")
        where = f" (details in {log_path})" if log_path else ""
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        print(f"{APP_NAME}: unexpected error: {type(exc).__name__}: {first}{where}", file=sys.stderr)
        return 1
