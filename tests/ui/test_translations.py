"""Translations: complete in every language, compiled, loaded at start, with the locale.

The completeness check runs Qt's lupdate over the code into a temporary copy of the .ts
files and compares (tools/translations.py check), so a string added to the code without a
translation fails here, as does an unfinished translation or a .qm file that is not what
lrelease makes of its .ts.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from makerspace_app.ui import language, pseudo

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.fixture
def restore_language(qapp):
    """Leave the application as the other tests expect it: English, left to right."""
    before = QLocale()
    yield
    language.apply_language(qapp, "en")
    QLocale.setDefault(before)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_string_of_the_app_is_translated_in_every_language():
    found = tool.problems()
    assert found == [], f"{len(found)} problem(s), for example:\n" + "\n".join(found[:40])


def test_a_string_added_to_the_code_without_translation_is_found(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "TEXT = QCoreApplication.translate('TranslationProbe', 'A sentence nobody translated')\n",
        encoding="utf-8",
    )
    found = tool.problems(extra_sources=(probe,))
    for lang in tool.LANGUAGES:
        assert any(line.startswith(f"{lang} [TranslationProbe]") and "new in the code" in line
                   for line in found), lang


def test_a_qm_file_older_than_its_ts_file_is_found(tmp_path):
    for lang in tool.LANGUAGES:
        shutil.copy2(tool.ts_path(lang), tool.ts_path(lang, tmp_path))
        shutil.copy2(tool.qm_path(lang), tool.qm_path(lang, tmp_path))
    ts = tool.ts_path("fr", tmp_path)
    text = ts.read_text(encoding="utf-8")
    assert "<translation>Paramètres</translation>" in text
    ts.write_text(text.replace("<translation>Paramètres</translation>",
                               "<translation>Réglages</translation>", 1), encoding="utf-8")
    tool.qm_path("es", tmp_path).unlink()
    found = tool.problems(tmp_path)
    assert any("makerspace_fr.qm is older than its .ts" in line for line in found)
    assert any("makerspace_es.qm is missing" in line for line in found)
    assert not any("makerspace_uk.qm" in line for line in found)


def test_unfinished_empty_and_broken_translations_are_named():
    message = tool.Message
    assert tool.message_problems("fr", message("C", "Save", False, "unfinished", ("",)))
    assert tool.message_problems("fr", message("C", "Save", False, "", ("",)))
    assert tool.message_problems("fr", message("C", "Database: %1", False, "", ("Base :",)))
    assert tool.message_problems("fr", message("C", "{n} items", False, "", ("{count} éléments",)))
    assert tool.message_problems("fr", message("C", "&File", False, "", ("Fichier",)))
    assert tool.message_problems(
        "uk", message("C", "%n years", True, "", ("%n рік", "", "%n років")))
    assert tool.message_problems("fr", message("C", "&File", False, "", ("&Fichier",))) == []
    assert tool.message_problems(
        "ar", message("C", "%n years", True, "", ("%n سنة", "سنة واحدة", "سنتان", "%n سنوات",
                                                   "%n سنة", "%n سنة"))) == []


@pytest.mark.parametrize(("code", "settings", "direction"), [
    ("es", "Configuración", Qt.LayoutDirection.LeftToRight),
    ("fr", "Paramètres", Qt.LayoutDirection.LeftToRight),
    ("ar", "الإعدادات", Qt.LayoutDirection.RightToLeft),
    ("uk", "Налаштування", Qt.LayoutDirection.LeftToRight),
])
def test_each_language_translates_the_interface_and_sets_its_locale(
        qapp, restore_language, code, settings, direction):
    locale = language.apply_language(qapp, code)
    assert QCoreApplication.translate("Areas", "Settings") == settings
    assert qapp.layoutDirection() == direction
    assert locale.language() == QLocale(code).language()
    assert QLocale().language() == QLocale(code).language()  # dates and numbers follow
    assert language.current_language() == code
    # Qt's own dialogs and standard buttons come from qtbase_<code>.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_english_needs_no_translation_and_is_left_to_right(qapp, restore_language):
    language.apply_language(qapp, "ar")
    language.apply_language(qapp, "en")
    assert QCoreApplication.translate("Areas", "Settings") == "Settings"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_locale_decides_first_day_of_week_clock_and_numbers(qapp, restore_language):
    language.apply_language(qapp, "fr")
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert "AP" not in QLocale().timeFormat(QLocale.FormatType.ShortFormat).upper()
    assert QLocale().toString(1234.5, "f", 1) in ("1\u202f234,5", "1\u00a0234,5", "1 234,5")
    locale_us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert "AP" in locale_us.timeFormat(QLocale.FormatType.ShortFormat).upper()
    assert locale_us.firstDayOfWeek() == Qt.DayOfWeek.Sunday


def test_the_system_language_is_followed_when_none_is_chosen(qapp, restore_language,
                                                            monkeypatch):
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("uk_UA")))
    assert language.interface_language("") == "uk"
    language.apply_language(qapp, "")
    assert QCoreApplication.translate("Areas", "Today") == "Сьогодні"
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert language.interface_language("") == "en"  # no German translation: English
    assert language.restart_needed("fr")
    assert not language.restart_needed("")


def test_pseudo_translation_mode_from_the_environment(qapp, restore_language, monkeypatch):
    monkeypatch.setenv(pseudo.PSEUDO_ENV, "1")
    language.apply_language(qapp, "en")
    text = QCoreApplication.translate("Areas", "Settings")
    assert pseudo.is_pseudo(text) and len(text) > len("Settings") * 1.35
    monkeypatch.delenv(pseudo.PSEUDO_ENV)
    language.apply_language(qapp, "en")
    assert QCoreApplication.translate("Areas", "Settings") == "Settings"


@pytest.mark.runs_app
def test_the_app_starts_in_the_chosen_language(home, qapp, restore_language, monkeypatch):
    """run_gui applies the language of LocalPreferences before the window is built."""
    from makerspace_app.config import LocalPreferences
    from makerspace_app.ui import app as app_module

    prefs = LocalPreferences(language="ar")
    prefs.save()
    seen: dict[str, object] = {}

    class Stop(Exception):
        pass

    def fake_apply_theme(app, theme, zoom):
        seen["settings"] = QCoreApplication.translate("Areas", "Settings")
        seen["direction"] = app.layoutDirection()
        raise Stop

    from makerspace_app.ui import theme as theme_module

    monkeypatch.setattr(theme_module, "apply_theme", fake_apply_theme)
    with pytest.raises(Stop):
        app_module.run_gui(str(home / "x.db"))
    assert seen == {"settings": "الإعدادات", "direction": Qt.LayoutDirection.RightToLeft}


# --- strings handed to translate() in a way lupdate cannot see ---------------------------

TRANSLATING_CALLS = {"tr", "_tr", "t", "_t", "_page_tr", "tr_setting", "translate"}


def _literal(node) -> str | None:
    import ast

    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def unextracted_calls(files, pairs: set[tuple[str, str]]) -> list[str]:
    """Calls that translate a literal at run time which lupdate did not extract (an alias
    such as ``tr = QCoreApplication.translate`` or a helper ``_tr(text)``: lupdate only
    knows ``self.tr``, ``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP``)."""
    import ast

    sources = {source for _context, source in pairs}
    found = []
    for path in files:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            if name == "QT_TRANSLATE_NOOP" and len(node.args) == 2 \
                    and _literal(node.args[0]) is None and _literal(node.args[1]) is not None:
                # lupdate reads the context as written: a name such as CTX is not resolved.
                where = Path(path).resolve()
                where = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
                found.append(f"{where}:{node.lineno}: QT_TRANSLATE_NOOP({ast.unparse(node.args[0])}, "
                             f"{_literal(node.args[1])!r}) is never extracted: write the "
                             "context as a string literal")
                continue
            if name not in TRANSLATING_CALLS or not node.args:
                continue
            texts = [_literal(a) for a in node.args[:2]]
            if isinstance(func, ast.Attribute) and name == "tr":  # obj.tr(text, comment, n)
                if texts[0] is None:
                    continue
                missing = texts[0] not in sources
                text = repr(texts[0])
            elif len(node.args) >= 2 and texts[0] is not None:  # translate(context, text)
                if texts[1] is None:
                    continue  # a text chosen at run time: marked where it is written
                missing = (texts[0], texts[1]) not in pairs
                text = f"{texts[0]}, {texts[1]!r}"
            elif name == "translate" or texts[0] is None:
                continue
            else:  # a helper that adds the context itself: the text must be extracted
                missing = texts[0] not in sources
                text = repr(texts[0])
            if missing:
                try:
                    where = str(Path(path).resolve().relative_to(ROOT))
                except ValueError:
                    where = str(path)
                found.append(f"{where}:{node.lineno}: {name}({text}) is never extracted")
    return found


def test_every_translated_literal_is_extracted_by_lupdate(tmp_path):
    target = tmp_path / "makerspace_xx.ts"
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      '<TS version="2.1" language="fr" sourcelanguage="en"></TS>\n',
                      encoding="utf-8")
    tool.lupdate([target])
    found = unextracted_calls(tool.sources(), pseudo.catalogue_of(target))
    assert found == [], f"{len(found)} string(s) translated but never extracted:\n" + "\n".join(
        found[:60])


def test_the_extraction_check_finds_an_alias_and_a_helper(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Probe', text)\n"
        "tr = QCoreApplication.translate\n"
        "A = _tr('Through a helper')\n"
        "B = tr('Probe', 'Through an alias')\n"
        "C = QCoreApplication.translate('Probe', 'Seen by lupdate')\n"
        "CTX = 'Probe'\n"
        "def QT_TRANSLATE_NOOP(context, text):\n"
        "    return text\n"
        "D = QT_TRANSLATE_NOOP(CTX, 'Context in a variable')\n"
        "E = QT_TRANSLATE_NOOP('Probe', 'Seen by lupdate')\n",
        encoding="utf-8")
    found = unextracted_calls([probe], {("Probe", "Seen by lupdate")})
    assert len(found) == 3
    assert "Through a helper" in found[0] and "Through an alias" in found[1]
    assert "Context in a variable" in found[2]
