"""Starting the app: run_gui opens the database, or explains why it cannot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import pytest

from makerspace_app.config import LocalPreferences
from makerspace_app.ui import app as app_module
from makerspace_app.ui.dialogs import database_problem

pytestmark = pytest.mark.runs_app


def _quit_once_waiting(qapp, seen: list[str]) -> QTimer:  # noqa: ANN001
    """Quit the event loop once the main window waits for the person."""
    from makerspace_app.ui.main_window import MainWindow

    timer = QTimer()

    def check() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.mode() in ("welcome", "sign_in"):
                seen.append(widget.mode())
                timer.stop()
                qapp.quit()

    timer.timeout.connect(check)
    timer.start(20)
    return timer


def test_run_gui_creates_and_opens_a_new_database(home: Path, qapp, monkeypatch):
    monkeypatch.setenv(app_module.QUIT_WHEN_IDLE_ENV, "1")
    path = home / "new.db"
    assert app_module.run_gui(str(path)) == 0
    assert path.exists()
    assert QApplication.applicationName() == "makerspace-app"


def test_a_file_that_is_not_a_database_is_reported_and_left_alone(home: Path, qapp, monkeypatch):
    bad = home / "notes.db"
    content = b"These are my notes, not a database.\n" * 50
    bad.write_bytes(content)
    asked: list[str] = []

    def ask(cls, parent, err, where="", backup_taken=""):  # noqa: ANN001, ANN202
        from makerspace_app.ui.errors import translate_error

        asked.append(translate_error(err))
        return database_problem.QUIT

    monkeypatch.setattr(database_problem.DatabaseProblemDialog, "ask", classmethod(ask))
    assert app_module.run_gui(str(bad)) == 1
    assert len(asked) == 1
    assert "not a Makerspace database" in asked[0]
    assert bad.read_bytes() == content


def test_choosing_another_file_opens_it_and_remembers_it(home: Path, qapp, monkeypatch):
    bad = home / "broken.db"
    bad.write_bytes(b"\x00garbage" * 100)
    good = home / "chosen.db"
    monkeypatch.setattr(
        database_problem.DatabaseProblemDialog, "ask",
        classmethod(lambda cls, parent, err, where="", backup_taken="": database_problem.CHOOSE),
    )
    monkeypatch.setattr(
        database_problem.DatabaseProblemDialog, "choose_file",
        classmethod(lambda cls, parent, start_dir="": str(good)),
    )
    seen: list[str] = []
    timer = _quit_once_waiting(qapp, seen)
    assert app_module.run_gui(str(bad)) == 0
    timer.stop()
    assert seen == ["welcome"]
    assert good.exists()
    assert LocalPreferences.load().database == str(good)
    assert bad.read_bytes() == b"\x00garbage" * 100


def test_a_bad_address_is_reported_with_the_services_words(home: Path, qapp, monkeypatch):
    monkeypatch.setenv(app_module.QUIT_WHEN_IDLE_ENV, "1")
    assert app_module.run_gui("mysql://someone@somewhere/db") == 1


def test_damage_found_by_the_background_check_is_reported_and_the_file_left_alone(
        home: Path, qapp, qtbot, monkeypatch, sqlite_template):
    """The window opens at once; quick_check runs behind it and, finding damage deep in the
    file, stops using the database and offers what to do. The file is not changed."""
    import random
    import sqlite3

    from makerspace_app.demo import fill_demo
    from makerspace_app.persistence import sqlite_file
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services.database import open_database

    path = home / "damaged.db"
    path.write_bytes(sqlite_template.read_bytes())
    db = open_database(parse_location(str(path)))
    fill_demo(db, "small")
    db.dispose()
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'bookings'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    data[start: start + page] = random.Random(1).randbytes(page)  # the bookings table's root
    path.write_bytes(bytes(data))
    assert not Path(str(path) + "-wal").exists()
    health = sqlite_file.inspect(path, verify=False)
    assert health.wal and not health.problems  # opens fine at first sight
    before = path.read_bytes()
    asked: list[str] = []

    def ask(cls, parent, err, where="", backup_taken=""):  # noqa: ANN001, ANN202
        from makerspace_app.ui.errors import translate_error

        asked.append(translate_error(err))
        return database_problem.QUIT

    monkeypatch.setattr(database_problem.DatabaseProblemDialog, "ask", classmethod(ask))
    from makerspace_app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    exits: list[int] = []  # the real exit would also end pytest-qt's own event loops
    monkeypatch.setattr(qapp, "exit", exits.append)
    starter = app_module.Starter(qapp, window, str(path), quit_when_idle=False)
    window.show()
    starter.start()
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    assert starter.exit_code == 1 and exits == [1]
    assert window.db is None  # nothing more is read from or written to the damaged file
    assert len(asked) == 1 and "damaged" in asked[0]
    assert path.read_bytes() == before


def test_a_sound_database_is_backed_up_in_the_background_once_opened(
        home: Path, qapp, qtbot, monkeypatch, sqlite_template):
    from makerspace_app.services import backup
    from makerspace_app.ui.main_window import MainWindow

    path = home / "desk.db"
    path.write_bytes(sqlite_template.read_bytes())
    window = MainWindow()
    qtbot.addWidget(window)
    starter = app_module.Starter(qapp, window, str(path), quit_when_idle=False)
    window.show()
    starter.start()
    qtbot.waitUntil(lambda: backup.latest_backup(window.db.location) is not None if window.db else False,
                    timeout=15000)
    made = backup.latest_backup(window.db.location)
    assert made.reason == "auto" and made.path.parent == backup.backup_dir()


def test_a_damaged_database_can_be_opened_from_its_latest_good_backup(
        home: Path, qapp, monkeypatch):
    """The problem dialog offers the newest verified backup; choosing it opens a private copy
    beside the damaged file, and neither the damaged file nor the backup is changed."""
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services import backup
    from makerspace_app.services.database import open_database

    path = home / "branch.db"
    open_database(parse_location(str(path))).dispose()
    taken = backup.make_backup(parse_location(str(path)))
    backup_bytes = taken.path.read_bytes()
    damaged = b"\x00garbage" * 200
    path.write_bytes(damaged)
    offered: list[str] = []

    def ask(cls, parent, err, where="", backup_taken=""):  # noqa: ANN001, ANN202
        offered.append(backup_taken)
        return database_problem.BACKUP

    monkeypatch.setattr(database_problem.DatabaseProblemDialog, "ask", classmethod(ask))
    seen: list[str] = []
    timer = _quit_once_waiting(qapp, seen)  # noqa: F841 - kept alive while the app runs
    assert app_module.run_gui(str(path)) == 0
    assert seen, "the window never opened on the backup"
    assert len(offered) == 1 and offered[0], "the dialog was not told when the backup was taken"
    copies = list(home.glob("branch-from-backup-*.db"))
    assert len(copies) == 1
    assert path.read_bytes() == damaged
    assert taken.path.read_bytes() == backup_bytes
