"""Pseudo-translation (ui/pseudo.py): every translated string comes out about 40 % longer,
accented and in brackets. With it installed, every screen of the main window (the demo
data, signed in as admin) is walked and

- every visible text (labels, buttons, group boxes, tabs, menus, column headers, placeholder
  texts, accessible names) must carry the brackets, unless it is data: words that come from
  the database (names, titles, tags...), numbers, or the locale's own month and day names;
- no text may be clipped: a label that does not wrap must fit its width, a wrapping one its
  height, a button its text.

Screenshots of every screen go to /tmp/makerspace-pseudo/ for a person to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from makerspace_app import APP_DISPLAY_NAME
from makerspace_app.ui import pseudo
from tests.ui.test_accessibility_walk import (  # noqa: F401 - fixtures used by name
    demo_db,
    demo_template,
    describe,
    inside_composite,
    screens,
    settle,
    sign_in,
)

SHOTS = Path("/tmp/makerspace-pseudo")
WORD = re.compile(r"[^\W\d_]{2,}")
BRACKETED = re.compile(
    re.escape(pseudo.OPEN) + r"[^" + re.escape(pseudo.OPEN + pseudo.CLOSE) + r"]*"
    + re.escape(pseudo.CLOSE), re.DOTALL)
TAG = re.compile(r"<[^<>]*>")
ROWS_CHECKED = 15


@pytest.fixture(scope="session")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate extracts from the code now: a string translated at run time but not
    extracted (an alias of translate, a context lupdate gets wrong) is never translated, so
    the pseudo translator leaves it English and the walk reports it."""
    from tests.ui.test_translations import tool

    target = tmp_path_factory.mktemp("catalogue") / "makerspace_xx.ts"
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      '<TS version="2.1" language="fr" sourcelanguage="en"></TS>\n',
                      encoding="utf-8")
    tool.lupdate([target])
    return pseudo.catalogue_of(target)


@pytest.fixture
def pseudo_app(qapp, catalogue):
    translator = pseudo.install(qapp, catalogue)
    yield translator
    qapp.removeTranslator(translator)
    pseudo.uninstall()


@pytest.fixture
def pseudo_window(pseudo_app, make_window, demo_db):  # noqa: F811 - fixtures imported from the walk
    window = make_window(demo_db)
    sign_in(window)
    return window


def data_words(db) -> set[str]:
    """Every word stored in the database's text columns (lower case)."""
    import sqlalchemy as sa

    from makerspace_app.persistence.models import Base

    words: set[str] = set()
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns
                       if isinstance(c.type, sa.String | sa.Text | sa.JSON)]
            if not columns:
                continue
            for row in conn.execute(sa.select(*columns)):
                for value in row:
                    if value is not None:
                        words.update(w.lower() for w in WORD.findall(str(value)))
    return words


def locale_words() -> set[str]:
    locale = QLocale()
    words: set[str] = set()
    for month in range(1, 13):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.update(w.lower() for w in WORD.findall(locale.monthName(month, fmt)))
            words.update(w.lower() for w in WORD.findall(locale.standaloneMonthName(month, fmt)))
    for day in range(1, 8):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.update(w.lower() for w in WORD.findall(locale.dayName(day, fmt)))
    for text in (locale.amText(), locale.pmText()):
        words.update(w.lower() for w in WORD.findall(text))
    for code in ("en", "es", "fr", "ar", "uk"):  # language names, each in its own language
        words.update(w.lower() for w in WORD.findall(QLocale(code).nativeLanguageName()))
    words.update(w.lower() for w in WORD.findall(APP_DISPLAY_NAME))
    words.update({"english", "ctrl", "alt", "shift"})
    return words


def untranslated_words(text: str, known: set[str]) -> list[str]:
    """Words of ``text`` outside the pseudo brackets that are not data."""
    plain = TAG.sub(" ", text or "")
    while True:  # innermost brackets first: "[Next [day] (Alt+Right)]"
        stripped = BRACKETED.sub(" ", plain)
        if stripped == plain:
            break
        plain = stripped
    return [w for w in WORD.findall(plain) if w.lower() not in known]


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person sees or hears on the window as it is."""
    out: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or inside_composite(widget) or widget.isWindow():
            continue
        where = describe(widget)
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            out.append((where, widget.text()))
        elif isinstance(widget, QAbstractButton):
            out.append((where, widget.text()))
            out.append((where + " tooltip", widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            out.append((where, widget.title()))
        elif isinstance(widget, QTabBar):
            out.extend((f"{where} tab {i}", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            out.append((where + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount(QModelIndex()) if widget.orientation() == Qt.Orientation.Horizontal \
                else 0
            for section in range(count):
                if not widget.isSectionHidden(section):
                    out.append((f"{where} column {section}",
                                str(model.headerData(section, widget.orientation()) or "")))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(ROWS_CHECKED, model.rowCount(QModelIndex()))):
                for column in range(_columns(model)):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        out.append((f"{where} cell {row},{column}", value))
        if widget.accessibleName():
            out.append((where + " accessible name", widget.accessibleName()))
    bar = window.menuBar() if hasattr(window, "menuBar") else None
    if bar is not None:
        for action in bar.actions():
            out.append(("menu", action.text()))
            menu = action.menu()
            if menu is not None:
                out.extend((f"menu {action.text()}", a.text()) for a in menu.actions()
                           if not a.isSeparator())
    return [(where, text) for where, text in out if text and text.strip()]


def clipped(window: QWidget) -> list[str]:
    """Visible texts that do not fit the space they were given."""
    out: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or inside_composite(widget) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 2:
                    out.append(f"{describe(widget)}: needs {needed}px of height, has "
                               f"{widget.height()}")
            elif widget.sizeHint().width() > widget.width() + 2:
                out.append(f"{describe(widget)}: needs {widget.sizeHint().width()}px, has "
                           f"{widget.width()}")
        elif isinstance(widget, QPushButton | QToolButton | QCheckBox | QRadioButton) \
                and widget.text():
            if widget.sizeHint().width() > widget.width() + 2:
                out.append(f"{describe(widget)}: needs {widget.sizeHint().width()}px, has "
                           f"{widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if needed > widget.width():
                out.append(f"{describe(widget)}: title needs {needed}px, has {widget.width()}")
    return out


def test_pseudo_text_is_longer_bracketed_and_keeps_what_the_code_needs():
    text = pseudo.pseudo("Sign &Out of %1 ({n} left)")
    assert text.startswith(pseudo.OPEN) and text.endswith(pseudo.CLOSE)
    assert len(text) >= len("Sign &Out of %1 ({n} left)") * 1.35
    assert "%1" in text and "{n}" in text and "&" in text
    rich = pseudo.pseudo("<h3>Title</h3><p>Body</p>")
    assert rich.startswith("<h3>" + pseudo.OPEN)
    assert pseudo.pseudo("") == "" and pseudo.pseudo("42") == "42"


def test_the_pseudo_translator_answers_for_what_lupdate_extracts(pseudo_app):
    from PySide6.QtCore import QCoreApplication

    assert pseudo.is_pseudo(QCoreApplication.translate("Areas", "Today"))
    # Not in the code (so not extracted): stays English, like in a real translation.
    assert QCoreApplication.translate("NoSuchContext", "Anything") == "Anything"
    assert pseudo.is_pseudo(pseudo.PseudoTranslator().translate("AnyContext", "Anything"))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") in ("Cancel", "&Cancel")


def test_every_screen_is_translated_and_nothing_is_clipped(pseudo_window, demo_db):  # noqa: F811 - fixtures imported from the walk
    window = pseudo_window
    known = data_words(demo_db) | locale_words()
    SHOTS.mkdir(parents=True, exist_ok=True)
    unmarked: dict[str, list[str]] = {}
    cut: dict[str, list[str]] = {}
    for name in screens(window):
        window.grab().save(str(SHOTS / f"{name}.png"))
        found = [f"{where}: {text!r} ({', '.join(words)})" for where, text in visible_texts(window)
                 if (words := untranslated_words(text, known))]
        if found:
            unmarked[name] = found
        if clipped(window):
            cut[name] = clipped(window)
    report = SHOTS / "report.txt"
    report.write_text("\n".join(
        [f"UNMARKED {name}: {line}" for name, lines in unmarked.items() for line in lines]
        + [f"CLIPPED {name}: {line}" for name, lines in cut.items() for line in lines]),
        encoding="utf-8")
    assert unmarked == {}, "visible text not marked for translation"
    assert cut == {}, "text clipped with 40 % longer strings"


def test_the_checks_notice_an_unmarked_label_and_a_clipped_one(pseudo_window, demo_db):  # noqa: F811 - fixtures imported from the walk
    window = pseudo_window
    window.go_to("today")
    settle()
    page = window.page("today")
    known = data_words(demo_db) | locale_words()
    probe = QLabel("Written without translation", page)
    probe.setObjectName("probeLabel")
    probe.setFixedWidth(30)
    probe.show()
    settle()
    texts = [(where, text) for where, text in visible_texts(window) if "probeLabel" in where]
    assert texts and untranslated_words(texts[0][1], known) == ["Written", "without",
                                                                 "translation"]
    assert any("probeLabel" in entry for entry in clipped(window))
    probe.setText(QCoreApplication.translate("Areas", "Today"))
    probe.setFixedWidth(probe.sizeHint().width())
    settle()
    texts = [(where, text) for where, text in visible_texts(window) if "probeLabel" in where]
    assert untranslated_words(texts[0][1], known) == []
    assert not any("probeLabel" in entry for entry in clipped(window))
    QApplication.processEvents()
