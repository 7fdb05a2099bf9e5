"""Fixtures for the Qt tests: a fresh database and a private home folder for every test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The app follows the machine's language: tests pin one, so a French laptop runs them alike.
os.environ["LC_ALL"] = "C.UTF-8"

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from makerspace_app.persistence.engine import Database, parse_location  # noqa: E402
from makerspace_app.services.database import open_database  # noqa: E402
from makerspace_app.services.uow import Actor, unit_of_work  # noqa: E402

ADMIN = ("amira", "Amira Haddad", "correct horse battery")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that run the whole app (run_gui: its own app.exec() and quit) go last: after a
    nested event loop has quit, the offscreen platform no longer activates new windows in the
    same process, and the tests after it wait for an active window."""
    items.sort(key=lambda item: item.get_closest_marker("runs_app") is not None)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """MAKERSPACE_HOME in the test's folder: no real preferences are read or written."""
    monkeypatch.setenv("MAKERSPACE_HOME", str(tmp_path))
    monkeypatch.delenv("MAKERSPACE_DB", raising=False)
    return tmp_path


@pytest.fixture
def ui_db(home: Path) -> Iterator[Database]:
    """A migrated, empty SQLite database in the test's folder."""
    db = open_database(parse_location(str(home / "m.db")))
    yield db
    db.dispose()


@pytest.fixture
def ui_db_with_admin(ui_db: Database) -> Database:
    """The same database with one admin account (ADMIN) and an organisation name."""
    from makerspace_app.services import settings, staff

    with unit_of_work(ui_db, Actor.system()) as uow:
        settings.set_many(uow, {"organisation.name": "Riverside Library Makerspace"})
        staff.create_first_admin(uow, *ADMIN)
    return ui_db


@pytest.fixture
def make_window(qtbot, qapp) -> Iterator[Callable[..., object]]:  # noqa: ANN001
    """Build a shown MainWindow on a database (themes applied as the app does)."""
    from makerspace_app.ui import theme
    from makerspace_app.ui.main_window import MainWindow

    theme.apply_theme(qapp, "system", 100)
    made: list[MainWindow] = []

    def forget_changes(window: MainWindow) -> None:
        # Closing must not ask about unsaved changes a test left behind.
        for page in window.pages.values():
            page.discard_changes()

    def make(db: Database) -> MainWindow:
        window = MainWindow(db)
        qtbot.addWidget(window, before_close_func=forget_changes)
        window.show()
        qtbot.waitExposed(window)
        window.raise_()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        made.append(window)
        return window

    yield make
    from makerspace_app.ui import tasks

    tasks.wait_for_all(60000)


@pytest.fixture
def signed_in_window(make_window, ui_db_with_admin: Database, qtbot):  # noqa: ANN001
    """A main window with ADMIN signed in, on Today."""
    window = make_window(ui_db_with_admin)
    page = window.sign_in_page
    page.username_edit.setText(ADMIN[0])
    page.secret_edit.setText(ADMIN[2])
    page.submit()
    assert window.mode() == "shell"
    return window
