"""Start the desktop app: ``run_gui(db_arg)``.

The window appears at once; the database is opened off the UI thread (its checks, backup and
migration can take a moment, and importing the database layer is most of the start-up time).
If it cannot be opened, a message names the problem and offers another file or quitting; the
file that failed is never changed.

``MAKERSPACE_QUIT_WHEN_IDLE=1`` quits as soon as the window first waits for the person
(welcome or sign-in, with the database open): the start-up benchmark uses it.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QTimer,
)
from PySide6.QtWidgets import QApplication

from makerspace_app import APP_DISPLAY_NAME, APP_NAME, __version__
from makerspace_app.config import LocalPreferences, chosen_database

if TYPE_CHECKING:
    from makerspace_app.persistence.engine import Database
    from makerspace_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
QUIT_WHEN_IDLE_ENV = "MAKERSPACE_QUIT_WHEN_IDLE"
BENCH_T0_ENV = "MAKERSPACE_BENCH_T0"
BACKUP_CHECK_MS = 60 * 60 * 1000  # look hourly whether the daily backup is due  # seconds since the epoch when the benchmark started us
ORGANISATION_NAME = "Makerspace App"


def install_translators(app: QApplication, language: str = "") -> QLocale:
    """Translate the interface into ``language`` ("fr", "ar"…; "" follows the system) and make
    its locale the default for dates and numbers; Arabic turns the layout right to left.

    The app's translation comes from resources/translations/makerspace_<lang>.qm, the
    standard dialogs' from Qt's qtbase_<lang>.qm. See ui/language.py.
    """
    from makerspace_app.ui import language as language_module

    return language_module.apply_language(app, language)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setDesktopFileName(APP_NAME)
    return app


@dataclass
class _Opened:
    db: Database
    staff_count: int
    organisation: str


def _open(text: str) -> _Opened:
    """Worker thread: resolve, check, migrate and open the database; read the start facts."""
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services.database import open_database
    from makerspace_app.ui.main_window import read_start_facts

    # The whole-file checks (about a second on a large database) run after the window is
    # ready, in the background: see Starter._verify.
    db = open_database(parse_location(text), verify=False)
    try:
        staff_count, organisation = read_start_facts(db)
    except BaseException:
        db.dispose()
        raise
    return _Opened(db, staff_count, organisation)


def _verify(location: Any) -> BaseException | None:
    """Worker thread: the whole-file checks of a SQLite database, read-only."""
    from makerspace_app.persistence import sqlite_file
    from makerspace_app.services.database import problem_for

    problem = problem_for(location, sqlite_file.inspect(location.sqlite_path))
    return problem if problem is not None and problem.kind in ("corrupt", "not_a_database") else None


def _while_alive(obj: QObject, method: Any) -> Any:
    """A callback for a background task that does nothing once ``obj`` is gone (the window
    may close while the task still runs)."""
    import shiboken6

    def call(value: Any) -> None:
        if shiboken6.isValid(obj):
            method(obj, value)

    return call


def _describe(text: str) -> str:
    """What to call the database while it opens (never a password)."""
    try:
        if "://" in text:
            from sqlalchemy.engine import make_url

            return make_url(text).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed address is reported when opening
        return text
    return os.path.abspath(os.path.expanduser(text))


class Starter(QObject):
    """Opens the database for the window; on a problem asks for another file or quits."""

    def __init__(self, app: QApplication, window: MainWindow, db_text: str, quit_when_idle: bool):
        super().__init__(window)
        self.app = app
        self.window = window
        self.db_text = db_text
        self.quit_when_idle = quit_when_idle
        self.exit_code = 0
        self.chosen_by_user = False
        self._backup_timer: QTimer | None = None

    def start(self) -> None:
        from makerspace_app.ui import tasks

        self.window.show_opening(_describe(self.db_text))
        tasks.run(lambda: _open(self.db_text), self._opened, self._failed)

    def _opened(self, opened: _Opened) -> None:
        if not self.window.isVisible():  # closed while the database was opening
            opened.db.dispose()
            return
        if self.chosen_by_user:
            self._remember_choice()
        self.window.attach_database(opened.db, opened.staff_count, opened.organisation)
        if opened.db.location.is_sqlite and not self.quit_when_idle:
            from makerspace_app.ui import tasks

            location = opened.db.location
            tasks.run(lambda: _verify(location), _while_alive(self, Starter._verified),
                      _while_alive(self, Starter._verify_failed))

    def _verified(self, problem: BaseException | None) -> None:
        """The start-up check (quick_check, foreign_key_check) found the file damaged: stop
        using it and offer a backup, another file, or quitting. The file is not changed."""
        if problem is None:
            self._backup_if_due()
            if self._backup_timer is None:  # then at most daily while the app runs
                self._backup_timer = QTimer(self)
                self._backup_timer.setInterval(BACKUP_CHECK_MS)
                self._backup_timer.timeout.connect(self._backup_if_due)
                self._backup_timer.start()
            return
        self.window.detach_database()
        self._failed(problem)

    def _backup_if_due(self) -> None:
        """A verified backup in the background when the last one is a day old (SQLite only)."""
        from makerspace_app.services import backup
        from makerspace_app.ui import tasks

        db = self.window.db
        if db is None or not db.location.is_sqlite:
            return
        location = db.location
        tasks.run(lambda: backup.backup_if_due(location), lambda _made: None,
                  lambda err: log.error("Automatic backup failed",
                                        exc_info=(type(err), err, err.__traceback__)))

    def _verify_failed(self, err: BaseException) -> None:
        log.error("The start-up check could not run", exc_info=(type(err), err, err.__traceback__))

    def _remember_choice(self) -> None:
        """A file chosen after a problem is opened next time too (the broken one is left alone)."""
        try:
            prefs = LocalPreferences.load()
            prefs.database = self.db_text
            prefs.save()
        except OSError:
            log.warning("Could not remember the chosen database", exc_info=True)

    def _failed(self, err: BaseException) -> None:
        from makerspace_app.ui.dialogs.database_problem import (
            BACKUP,
            CHOOSE,
            DatabaseProblemDialog,
        )
        from makerspace_app.ui.errors import is_domain_error, translate_error

        if not is_domain_error(err):
            log.error("Opening the database failed", exc_info=(type(err), err, err.__traceback__))
        if self.quit_when_idle:
            print(translate_error(err), file=sys.stderr)
            self.exit_code = 1
            self.app.exit(1)
            return
        where = _describe(self.db_text)
        while True:
            latest = _latest_good_backup(self.db_text)
            taken = ""
            if latest is not None:
                moment = QDateTime(latest.taken_at.date(), latest.taken_at.time())
                taken = QLocale().toString(moment, QLocale.FormatType.LongFormat)
            answer = DatabaseProblemDialog.ask(self.window, err, where, taken)
            if answer == BACKUP and latest is not None:
                try:
                    self.db_text = str(_copy_backup_for_opening(latest.path, self.db_text))
                except Exception as exc:  # noqa: BLE001 - said in the dialog, then asked again
                    err = exc
                    continue
                self.chosen_by_user = True
                self.start()
                return
            if answer != CHOOSE:
                self.exit_code = 1
                self.window.close()
                self.app.exit(1)
                return
            start_dir = os.path.dirname(where) if "://" not in self.db_text else ""
            path = DatabaseProblemDialog.choose_file(self.window, start_dir)
            if path:
                self.db_text = path
                self.chosen_by_user = True
                self.start()
                return


def _latest_good_backup(db_text: str) -> Any:
    """The newest verified backup of a SQLite database that failed to open (None for a
    server, or when there is none)."""
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services import backup

    try:
        return backup.latest_good_backup(parse_location(db_text))
    except Exception:  # noqa: BLE001 - no backup to offer is not a second problem
        log.warning("Could not look for a backup", exc_info=True)
        return None


def _copy_backup_for_opening(backup_path: Any, db_text: str) -> Any:
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services import backup

    return backup.copy_for_opening(backup_path, parse_location(db_text))


def run_gui(db_arg: str | None = None, argv: list[str] | None = None) -> int:
    """Open the app's window on the chosen database; returns the exit code."""
    app = create_application(argv)
    prefs = LocalPreferences.load()
    install_translators(app, prefs.language)

    from makerspace_app.ui import icons, tasks, theme, zoom
    from makerspace_app.ui.main_window import MainWindow

    theme.apply_theme(app, prefs.theme, prefs.zoom_percent)
    app.setWindowIcon(icons.app_icon())

    quit_when_idle = os.environ.get(QUIT_WHEN_IDLE_ENV, "") not in ("", "0")
    window = MainWindow()
    zoom.install(window)  # Ctrl+Plus / Ctrl+Minus / Ctrl+0 anywhere in the window
    starter = Starter(app, window, chosen_database(db_arg), quit_when_idle)
    if quit_when_idle:
        window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
    bench_t0 = os.environ.get(BENCH_T0_ENV)
    if bench_t0:  # the start-up benchmark: when the window is first idle, and when it is ready
        import time

        def report(stage: str) -> None:
            print(f"{stage} {(time.time() - float(bench_t0)) * 1000:.1f}", flush=True)

        QTimer.singleShot(0, lambda: report("window_idle_ms"))
        window.ready.connect(lambda: QTimer.singleShot(0, lambda: report("ready_ms")))
    window.show()
    QTimer.singleShot(0, starter.start)
    code = app.exec()

    tasks.wait_for_all()
    exit_code = code or starter.exit_code
    db: Any = window.db
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if db is not None:
        db.dispose()
    return exit_code
