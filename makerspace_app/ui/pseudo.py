"""Pseudo-translation: every translated string comes out about 40 % longer, with accented
letters and in brackets — "Sign out" becomes "[Šîĝñ öûţ ·····]".

It shows, without knowing any language, which visible text is not marked for translation (no
brackets), what gets clipped when a translation is longer than English, and that the fonts
carry accented letters. Placeholders (%1, %n, {name}), HTML tags, entities and the & of
keyboard accelerators are kept as they are, so the app works as usual.

Start the app with ``MAKERSPACE_PSEUDO=1`` or call ``install(app)``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

PSEUDO_ENV = "MAKERSPACE_PSEUDO"
OPEN, CLOSE = "[", "]"
PAD = "·"
GROWTH = 0.4

_ACCENTED = str.maketrans(
    "aceginorsuyzACEGINORSUYZ",
    "âçéĝîñöŕšûýžÂÇÉĜÎÑÖŔŠÛÝŽ",
)
# What must stay as it is: placeholders, tags, entities, accelerators ("&&" is a literal &).
_KEEP = re.compile(
    r"%(?:\d+|n|L\d+)|\{[^{}]*\}|<[^<>]*>|&[#\w]+;|&&|&(?=\S)|\\n"
)


def enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0")


def pseudo(text: str) -> str:
    """The pseudo-translation of ``text`` (already pseudo text is returned unchanged)."""
    if not text or text.startswith(OPEN) or not any(ch.isalpha() for ch in text):
        return text
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        parts.append(text[last:match.start()].translate(_ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    body = "".join(parts)
    visible = len(re.sub(r"<[^<>]*>", "", text))
    pad = PAD * max(1, round(visible * GROWTH) - 2)
    if body.lstrip().startswith("<"):  # rich text: the brackets go inside the first tag
        end = body.index(">") + 1
        return f"{body[:end]}{OPEN}{body[end:]} {pad}{CLOSE}"
    return f"{OPEN}{body} {pad}{CLOSE}"


def is_pseudo(text: str) -> bool:
    return OPEN in text and CLOSE in text


def catalogue_of(ts_file: str | Path) -> set[tuple[str, str]]:
    """The (context, source) pairs of a Qt .ts file: what lupdate found in the code."""
    import xml.etree.ElementTree as ET

    pairs: set[tuple[str, str]] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            pairs.add((name, message.findtext("source") or ""))
    return pairs


class PseudoTranslator(QTranslator):
    """Answers a lookup with the pseudo-translation of the English source.

    With a ``catalogue`` (the (context, source) pairs lupdate extracted from the code), only
    strings in it are translated: a string the code passes to translate() in a way lupdate
    cannot see (an alias of translate, a wrong context) stays English, as it would in every
    real translation, and so shows up without brackets."""

    def __init__(self, parent: QObject | None = None,
                 catalogue: set[tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is "no translation here" (an empty string would be a translation: empty).
        if not source or context.startswith("Q") and context[1:2].isupper():
            return None  # Qt's own strings (QShortcut, QDialogButtonBox...) stay as they are
        if self.catalogue is not None and (context, source) not in self.catalogue:
            return None
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


_installed: list[PseudoTranslator] = []


def shipped_catalogue() -> set[tuple[str, str]] | None:
    """The strings of the shipped translation sources, or None when there are none."""
    from makerspace_app.config import resources_dir

    found = sorted((resources_dir() / "translations").glob("makerspace_*.ts"))
    return catalogue_of(found[0]) if found else None


def install(app: QCoreApplication | None = None,
            catalogue: set[tuple[str, str]] | None = None) -> PseudoTranslator:
    """Install the pseudo translator (on top of any other) for the whole application;
    ``catalogue`` limits it to the strings lupdate extracted (see PseudoTranslator)."""
    app = app or QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator(app, catalogue)
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


def uninstall() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
