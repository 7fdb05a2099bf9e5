"""The language of the interface, its locale (dates, numbers, first day of the week, the
12/24-hour clock) and its direction (Arabic is right to left).

``apply_language(app, code)`` installs the app's translation
(resources/translations/makerspace_<code>.qm) and Qt's own (qtbase_<code>.qm, for the
standard buttons and dialogs), makes the language's locale the default for every
``QLocale()`` and sets the layout direction of the whole application. ``code`` is one of
``LANGUAGES``; "" follows the system (English when the system's language has no
translation, with the system's formats).

Widgets built before a change keep their text (the pages do not retranslate themselves), so
Settings applies a new language on the next start; see ``restart_needed``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from makerspace_app.config import resources_dir
from makerspace_app.ui import pseudo

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "es", "fr", "ar", "uk")
TRANSLATION_PREFIX = "makerspace"
QT_CATALOGUES = ("qtbase",)
# Fonts shipped for scripts a desk computer may lack (loaded when the language needs them).
SCRIPT_FONTS = {"ar": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")}

_state: dict[str, object] = {"translators": [], "code": None}


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def locale_for(code: str) -> QLocale:
    """The locale of a language code, in the system's country when that pairing exists
    (French on a Canadian computer is fr_CA); "" is the system's own locale."""
    system = QLocale.system()
    if not code:
        return system
    wanted = QLocale(code)
    paired = QLocale(wanted.language(), system.territory())
    return paired if paired.language() == wanted.language() else wanted


def interface_language(code: str) -> str:
    """Which translation ``code`` ("" = the system's) shows: one of LANGUAGES."""
    if code in LANGUAGES:
        return code
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str | None:
    """The code last applied by ``apply_language`` (None before)."""
    code = _state["code"]
    return code if isinstance(code, str) else None


def restart_needed(code: str) -> bool:
    """True when ``code`` differs from the language the running interface was built in."""
    current = current_language()
    return current is not None and interface_language(code) != interface_language(current)


def _remove_installed(app: QCoreApplication) -> None:
    translators = _state["translators"]
    assert isinstance(translators, list)
    while translators:
        app.removeTranslator(translators.pop())


def _load_fonts(code: str) -> None:
    folder = resources_dir() / "fonts"
    for name in SCRIPT_FONTS.get(code, ()):
        if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
            log.warning("Could not load the font %s", name)


def apply_language(app: QCoreApplication, code: str = "") -> QLocale:
    """Translate the interface into ``code`` ("" = the system's language) from now on.

    Returns the locale now used for dates and numbers. Without a translation for the
    language the interface stays in English and left to right, with the locale's formats.
    ``MAKERSPACE_PSEUDO=1`` adds the pseudo-translation on top (see pseudo.py).
    """
    _remove_installed(app)
    locale = locale_for(code)
    QLocale.setDefault(locale)
    language = interface_language(code)
    translators = _state["translators"]
    assert isinstance(translators, list)
    direction = Qt.LayoutDirection.LeftToRight
    if language != SOURCE_LANGUAGE:
        ui_locale = locale  # its language is ``language``
        ours = QTranslator(app)
        if ours.load(ui_locale, TRANSLATION_PREFIX, "_", translations_dir()):
            app.installTranslator(ours)
            translators.append(ours)
            direction = ui_locale.textDirection()
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for catalogue in QT_CATALOGUES:
                theirs = QTranslator(app)
                if theirs.load(ui_locale, catalogue, "_", qt_folder):
                    app.installTranslator(theirs)
                    translators.append(theirs)
            _load_fonts(language)
        else:
            log.warning("No translation for %s in %s", language, translations_dir())
    if pseudo.enabled():
        translators.append(pseudo.install(app, pseudo.shipped_catalogue()))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(direction)
    _state["code"] = code
    return locale
