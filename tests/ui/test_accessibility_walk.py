"""A walk over every screen of the main window, signed in as admin on the demo data: every
interactive widget has an accessible name (what a screen reader says: its own text, its
label's buddy, or setAccessibleName), and every focusable widget can be reached with Tab.

The walk is generic: every area in AREAS, then the first record of its list opened, then
every tab of every tab widget on the page, so screens added later are walked too. The other
walks (pseudo-translation, keyboard-only) reuse ``demo_window`` and ``screens`` from here.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from makerspace_app.ui.areas import AREAS

DEMO_USER = ("admin", "makerspace-demo")
INTERACTIVE = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
    QPlainTextEdit, QAbstractSlider, QTabBar,
)
COMPOSITE = (QComboBox, QAbstractSpinBox, QLineEdit)
MAX_TAB_PRESSES = 400


# --- the demo window ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the small demo data, made once and copied for each test."""
    import os

    from makerspace_app.demo import fill_demo
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services.database import open_database

    folder = tmp_path_factory.mktemp("demo-walk")
    saved = os.environ.get("MAKERSPACE_HOME")
    os.environ["MAKERSPACE_HOME"] = str(folder)
    try:
        db = open_database(parse_location(str(folder / "demo.db")))
        fill_demo(db, "small")
        db.dispose()
    finally:
        if saved is None:
            os.environ.pop("MAKERSPACE_HOME", None)
        else:
            os.environ["MAKERSPACE_HOME"] = saved
    return folder / "demo.db"


@pytest.fixture
def demo_db(home: Path, demo_template: Path):
    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services.database import open_database

    path = home / "demo.db"
    shutil.copy2(demo_template, path)
    db = open_database(parse_location(str(path)))
    yield db
    db.dispose()


def sign_in(window, user: tuple[str, str] = DEMO_USER) -> None:
    page = window.sign_in_page
    page.username_edit.setText(user[0])
    page.secret_edit.setText(user[1])
    page.submit()
    assert window.mode() == "shell", "the demo admin could not sign in"


@pytest.fixture
def demo_window(make_window, demo_db):
    """The main window on the demo data, the demo admin signed in, on Today."""
    window = make_window(demo_db)
    sign_in(window)
    return window


# --- the screens -------------------------------------------------------------------------


def settle(ms: int = 30) -> None:
    from makerspace_app.ui import tasks

    tasks.wait_for_all(20000)
    QApplication.processEvents()
    QTest.qWait(ms)
    QApplication.processEvents()


def _record_views(page: QWidget) -> list[QAbstractItemView]:
    views = [v for v in page.findChildren(QAbstractItemView)
             if v.isVisible() and v.model() is not None and v.model().rowCount(QModelIndex()) > 0]
    return views[:1]


def screens(window) -> Iterator[str]:
    """Bring every screen of the shell to the front in turn; yields a name for each.

    Each area; then, when its page has a list, with its first record chosen (the details of
    a participant, a workshop...); then every tab of each tab widget then visible."""
    for area in AREAS:
        assert window.go_to(area.key), f"cannot open the area {area.key}"
        settle()
        yield area.key
        for view in _record_views(window.page(area.key)):
            index = view.model().index(0, 0)
            view.setCurrentIndex(index)
            if view.selectionModel() is not None:
                view.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            settle()
            yield f"{area.key}-record"
        seen: set[int] = set()
        for tabs in window.page(area.key).findChildren(QTabWidget):
            if not tabs.isVisible() or id(tabs) in seen:
                continue
            seen.add(id(tabs))
            for index in range(tabs.count()):
                if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                    continue
                tabs.setCurrentIndex(index)
                settle()
                yield f"{area.key}-tab{index + 1}"
            tabs.setCurrentIndex(0)
        discard = getattr(window.page(area.key), "discard_changes", None)
        if callable(discard):
            discard()


def describe(widget: QWidget) -> str:
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(repr(widget.objectName()))
    text = getattr(widget, "text", None)
    if callable(text):
        try:
            parts.append(repr(str(text())[:40]))
        except TypeError:
            pass
    parent = widget.parentWidget()
    path = []
    while parent is not None and len(path) < 3:
        path.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return " ".join(parts) + " in " + "/".join(path)


def inside_composite(widget: QWidget) -> bool:
    """A part Qt builds inside a combo box, spin box or line edit (the owner carries the
    name), or inside a scroll area's frame (its scroll bars)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITE) or parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return False


def shown_widgets(root: QWidget, kinds: tuple[type, ...] = (QWidget,)) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisible() and not inside_composite(w)
            and not w.objectName().startswith("qt_")]


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName() or "").strip()


def unnamed(root: QWidget) -> list[str]:
    out = []
    for widget in shown_widgets(root, INTERACTIVE):
        if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
            continue  # a tab widget's bar: each tab is named by its text
        if not accessible_name(widget):
            out.append(describe(widget))
    return out


def takes_tab_focus(widget: QWidget) -> bool:
    return (widget.isEnabled() and widget.isVisible() and widget.focusProxy() is None
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and not widget.objectName().startswith("qt_") and not inside_composite(widget))


def owner(widget: QWidget | None) -> QWidget | None:
    """The widget a focused part belongs to (a combo box's line edit is the combo box)."""
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    node = widget
    while node is not None:
        if isinstance(node, COMPOSITE):
            return node
        node = node.parentWidget()
    return widget


def tab_traps(root: QWidget) -> list[str]:
    """Widgets where Tab does not move on (it moves between cells or types a tab)."""
    out = []
    for widget in shown_widgets(root):
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            out.append(f"{describe(widget)}: Tab moves between cells "
                       "(setTabKeyNavigation(False); arrows move inside)")
        if isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly() \
                and not widget.tabChangesFocus():
            out.append(f"{describe(widget)}: Tab types a tab (setTabChangesFocus(True))")
    return out


def tab_walk(window: QWidget, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back; the widgets it stopped on."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = owner(QApplication.focusWidget())
    reached: list[QWidget] = [first] if first is not None else []
    for _ in range(MAX_TAB_PRESSES):
        focused = QApplication.focusWidget() or window
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = owner(QApplication.focusWidget())
        if now is None or now is first:
            break
        if now not in reached:
            reached.append(now)
    for popup in QApplication.topLevelWidgets():  # the search list may have opened
        if popup.isVisible() and popup is not window and popup.isWindow() \
                and popup.windowType() == Qt.WindowType.Popup:
            popup.hide()
    return reached


def unreachable(window, page: QWidget) -> list[str]:
    reached = tab_walk(window, window.shell.navigation.list)
    ids = {id(w) for w in reached}
    return [describe(w) for w in shown_widgets(page) if takes_tab_focus(w) and id(w) not in ids]


# --- the tests ---------------------------------------------------------------------------


def test_the_walk_visits_every_area_and_opens_records(demo_window):
    names = list(screens(demo_window))
    for area in AREAS:
        assert area.key in names
    assert "participants-record" in names  # the demo data has participants
    assert any(name.startswith("participants-tab") for name in names)


def test_every_interactive_widget_on_every_screen_has_an_accessible_name(demo_window):
    missing: dict[str, list[str]] = {}
    for name in screens(demo_window):
        found = unnamed(demo_window)
        if found:
            missing[name] = found
    assert missing == {}


def test_every_focusable_widget_on_every_screen_is_reached_with_tab(demo_window):
    window = demo_window
    problems: dict[str, list[str]] = {}
    for name in screens(window):
        page = window.shell.pages.currentWidget()
        traps = tab_traps(page)
        lost = unreachable(window, page)
        if traps or lost:
            problems[name] = traps + [f"not reached with Tab: {w}" for w in lost]
    assert problems == {}


def test_the_walk_notices_an_unnamed_button_and_a_widget_tab_cannot_reach(demo_window):
    """The checks above can fail: a button with no text and no name, and a focusable
    widget taken out of the Tab order, are both reported."""
    from PySide6.QtWidgets import QPushButton, QToolButton

    window = demo_window
    window.go_to("today")
    settle()
    page = window.page("today")
    silent = QToolButton(page)
    silent.setObjectName("probeSilent")
    silent.show()
    hidden_from_tab = QPushButton("Probe", page)
    hidden_from_tab.setObjectName("probeClickOnly")
    hidden_from_tab.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    hidden_from_tab.show()
    trap = QTextEdit(page)
    trap.setAccessibleName("Probe notes")
    trap.show()
    settle()
    assert any("probeSilent" in entry for entry in unnamed(window))
    assert any("Tab types a tab" in entry for entry in tab_traps(page))
    # A button that takes focus only by click is never reached with Tab; once it takes
    # Tab focus, the walk reaches it.
    hidden_from_tab.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    trap.setTabChangesFocus(True)
    assert not any("probeClickOnly" in entry for entry in unreachable(window, page))
    QWidget.setTabOrder(trap, hidden_from_tab)
    hidden_from_tab.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    assert hidden_from_tab in tab_walk(window, window.shell.navigation.list)
