"""Bundled fonts, one per script, and the script of each character.

ReportLab never falls back from one font to another per character, so every piece of text is
split into runs by script (see ``text.py``) and each run is drawn with the font made for that
script. The font files live in ``resources/fonts`` (see the README there for where each comes
from and its licence), so a badge prints the same on every computer.

Fonts are registered with ReportLab lazily, the first time a script needs one, and only once
per process. Chinese and Japanese use Droid Sans Fallback and Korean uses NanumSquare (the
Droid Sans Fallback that Debian ships has only 3 of the 11,172 Hangul syllables): ReportLab
refuses fonts with PostScript (CFF) outlines, which rules out the usual Noto CJK files.
"""

from __future__ import annotations

import bisect
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from makerspace_app.config import resources_dir

SANS = "sans"
SERIF = "serif"

LATIN = "Latin"
GREEK = "Greek"
CYRILLIC = "Cyrillic"
ARMENIAN = "Armenian"
HEBREW = "Hebrew"
ARABIC = "Arabic"
DEVANAGARI = "Devanagari"
BENGALI = "Bengali"
TAMIL = "Tamil"
THAI = "Thai"
GEORGIAN = "Georgian"
ETHIOPIC = "Ethiopic"
HAN = "Han"
HIRAGANA = "Hiragana"
KATAKANA = "Katakana"
HANGUL = "Hangul"
BOPOMOFO = "Bopomofo"

#: Marks that take the script of the letter they sit on (U+0300 combining accents...).
INHERITED = "Inherited"

CJK_SCRIPTS = frozenset({HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO})
RTL_SCRIPTS = frozenset({HEBREW, ARABIC})

# (first, last, script), sorted; letters and marks of each script. Anything not listed here
# (spaces, ASCII digits and punctuation, general punctuation, symbols) is "common" and goes
# with its neighbours. Script-specific digits and punctuation (Arabic comma, Thai digits)
# are listed with their script since only that script's font has them.
_RANGES: list[tuple[int, int, str]] = sorted(
    [
        (0x0041, 0x005A, LATIN), (0x0061, 0x007A, LATIN), (0x00AA, 0x00AA, LATIN),
        (0x00BA, 0x00BA, LATIN), (0x00C0, 0x00D6, LATIN), (0x00D8, 0x00F6, LATIN),
        (0x00F8, 0x02AF, LATIN), (0x1D00, 0x1DBF, LATIN), (0x1E00, 0x1EFF, LATIN),
        (0x2C60, 0x2C7F, LATIN), (0xA720, 0xA7FF, LATIN), (0xAB30, 0xAB6F, LATIN),
        (0xFB00, 0xFB06, LATIN), (0xFF21, 0xFF3A, LATIN), (0xFF41, 0xFF5A, LATIN),
        (0x0370, 0x03FF, GREEK), (0x1F00, 0x1FFF, GREEK),
        (0x0400, 0x052F, CYRILLIC), (0x1C80, 0x1C8F, CYRILLIC), (0x2DE0, 0x2DFF, CYRILLIC),
        (0xA640, 0xA69F, CYRILLIC),
        (0x0530, 0x058F, ARMENIAN), (0xFB13, 0xFB17, ARMENIAN),
        (0x0590, 0x05FF, HEBREW), (0xFB1D, 0xFB4F, HEBREW),
        (0x0600, 0x06FF, ARABIC), (0x0750, 0x077F, ARABIC), (0x0870, 0x08FF, ARABIC),
        (0xFB50, 0xFDFF, ARABIC), (0xFE70, 0xFEFF, ARABIC),
        (0x0900, 0x097F, DEVANAGARI), (0xA8E0, 0xA8FF, DEVANAGARI),
        (0x0980, 0x09FF, BENGALI),
        (0x0B80, 0x0BFF, TAMIL),
        (0x0E00, 0x0E7F, THAI),
        (0x10A0, 0x10FF, GEORGIAN), (0x1C90, 0x1CBF, GEORGIAN), (0x2D00, 0x2D2F, GEORGIAN),
        (0x1100, 0x11FF, HANGUL), (0x3130, 0x318F, HANGUL), (0xA960, 0xA97F, HANGUL),
        (0xAC00, 0xD7FF, HANGUL), (0xFFA0, 0xFFDC, HANGUL),
        (0x1200, 0x139F, ETHIOPIC), (0x2D80, 0x2DDF, ETHIOPIC), (0xAB00, 0xAB2F, ETHIOPIC),
        (0x2E80, 0x2FDF, HAN), (0x3000, 0x303F, HAN), (0x3190, 0x319F, HAN),
        (0x31C0, 0x31EF, HAN), (0x3200, 0x33FF, HAN), (0x3400, 0x4DBF, HAN),
        (0x4E00, 0x9FFF, HAN), (0xF900, 0xFAFF, HAN), (0xFE30, 0xFE4F, HAN),
        (0xFF01, 0xFF20, HAN), (0xFF3B, 0xFF40, HAN), (0xFF5B, 0xFF65, HAN),
        (0x20000, 0x3134F, HAN),
        (0x3040, 0x309F, HIRAGANA),
        (0x30A0, 0x30FF, KATAKANA), (0x31F0, 0x31FF, KATAKANA), (0xFF66, 0xFF9F, KATAKANA),
        (0x3100, 0x312F, BOPOMOFO), (0x31A0, 0x31BF, BOPOMOFO),
    ]
)
_STARTS = [r[0] for r in _RANGES]


def char_script(ch: str) -> str | None:
    """The script of one character: a script name, ``INHERITED`` for a combining mark that
    belongs to whatever it follows, or None for characters common to all scripts (spaces,
    digits, punctuation). Letters of scripts without a bundled font get their Unicode name's
    first word (for example "Gujarati"), so callers can still tell them apart."""
    cp = ord(ch)
    i = bisect.bisect_right(_STARTS, cp) - 1
    if i >= 0 and _RANGES[i][0] <= cp <= _RANGES[i][1]:
        return _RANGES[i][2]
    category = unicodedata.category(ch)
    if category[0] == "M":
        return INHERITED
    if category[0] == "L":
        name = unicodedata.name(ch, "")
        return name.split(" ", 1)[0].title() if name else None
    return None


def scripts_in(text: str) -> list[str]:
    """The scripts of a string's letters, in order of first appearance."""
    seen: list[str] = []
    for ch in text:
        script = char_script(ch)
        if script and script != INHERITED and script not in seen:
            seen.append(script)
    return seen


def primary_script(text: str) -> str:
    """The script of a string's first letter (Latin when it has none)."""
    found = scripts_in(text)
    return found[0] if found else LATIN


# ------------------------------------------------------------------------------------------
# The bundled files

#: font key -> (regular file, bold file or None)
FONT_FILES: dict[str, tuple[str, str | None]] = {
    "NotoSans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "NotoSerif": ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"),
    "NotoNaskhArabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "NotoSansHebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "NotoSansDevanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "NotoSansBengali": ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    "NotoSansTamil": ("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    "NotoSansThai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    "NotoSansEthiopic": ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    "NotoSansGeorgian": ("NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"),
    "NotoSansArmenian": ("NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    "NanumSquare": ("NanumSquareR.ttf", "NanumSquareB.ttf"),
    "DroidSansFallback": ("DroidSansFallbackFull.ttf", None),
}

#: script -> font key, for the sans family. The serif family differs only for the scripts
#: Noto Serif covers (Latin, Greek, Cyrillic); other scripts keep their sans font.
SCRIPT_FONT: dict[str, str] = {
    LATIN: "NotoSans",
    GREEK: "NotoSans",
    CYRILLIC: "NotoSans",
    ARABIC: "NotoNaskhArabic",
    HEBREW: "NotoSansHebrew",
    DEVANAGARI: "NotoSansDevanagari",
    BENGALI: "NotoSansBengali",
    TAMIL: "NotoSansTamil",
    THAI: "NotoSansThai",
    ETHIOPIC: "NotoSansEthiopic",
    GEORGIAN: "NotoSansGeorgian",
    ARMENIAN: "NotoSansArmenian",
    HAN: "DroidSansFallback",
    HIRAGANA: "DroidSansFallback",
    KATAKANA: "DroidSansFallback",
    HANGUL: "NanumSquare",  # Debian's Droid Sans Fallback has no Hangul syllables
    BOPOMOFO: "DroidSansFallback",
}
SERIF_SCRIPT_FONT: dict[str, str] = {LATIN: "NotoSerif", GREEK: "NotoSerif", CYRILLIC: "NotoSerif"}

#: Where to look, in order, for a character the run's own font lacks.
FALLBACK_ORDER: tuple[str, ...] = (
    "NotoSans", "NotoNaskhArabic", "NotoSansHebrew", "NotoSansDevanagari", "NotoSansBengali",
    "NotoSansTamil", "NotoSansThai", "NotoSansEthiopic", "NotoSansGeorgian", "NotoSansArmenian",
    "DroidSansFallback", "NanumSquare",
)

_PREFIX = "MS-"  # ReportLab font names: "MS-NotoSans", "MS-NotoSans-Bold"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@dataclass(eq=False)
class BundledFont:
    """One font file, registered with ReportLab on first use, with its HarfBuzz font."""

    key: str
    bold: bool
    path: Path
    name: str  # the name registered with ReportLab
    _ttfont: TTFont | None = field(default=None, repr=False)
    _hb_font: object | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def ttfont(self) -> TTFont:
        """The ReportLab font, registered under ``self.name`` (once per process)."""
        if self._ttfont is None:
            with self._lock:
                if self._ttfont is None:
                    # (pdfmetrics.getFont on an unknown name searches the disk for Type 1
                    # fonts, which is slow: ask the list of registered names instead.)
                    if self.name in pdfmetrics.getRegisteredFontNames():
                        font = pdfmetrics.getFont(self.name)
                    else:
                        font = TTFont(self.name, str(self.path))
                        pdfmetrics.registerFont(font)
                    self._ttfont = font
        return self._ttfont

    @property
    def units_per_em(self) -> int:
        return int(self.ttfont.face.unitsPerEm)

    @property
    def hb_font(self):
        """The HarfBuzz font (positions in font units, no hinting: size independent)."""
        if self._hb_font is None:
            import uharfbuzz

            with self._lock:
                if self._hb_font is None:
                    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(self.path)))
                    self._hb_font = uharfbuzz.Font(face)
        return self._hb_font

    def covers(self, ch: str) -> bool:
        return ord(ch) in _cmap(self.key)


@cache
def _cmap(key: str) -> frozenset[int]:
    """Code points a font maps (read from the regular file; bold files cover the same)."""
    return frozenset(bundled_font(key).ttfont.face.charToGlyph)


_fonts: dict[tuple[str, bool], BundledFont] = {}
_fonts_lock = threading.Lock()


def bundled_font(key: str, bold: bool = False) -> BundledFont:
    """The font ``key`` (a FONT_FILES key); bold falls back to regular where no bold exists."""
    regular, bold_file = FONT_FILES[key]
    if bold and not bold_file:
        bold = False
    with _fonts_lock:
        font = _fonts.get((key, bold))
        if font is None:
            filename = bold_file if bold else regular
            name = _PREFIX + key + ("-Bold" if bold else "")
            font = _fonts[(key, bold)] = BundledFont(key, bold, fonts_dir() / filename, name)
    return font


def font_key_for_script(script: str | None, family: str = SANS) -> str:
    """The font key for a script (Latin's for common text and scripts without a font)."""
    if family == SERIF and script in SERIF_SCRIPT_FONT:
        return SERIF_SCRIPT_FONT[script]
    if family == SERIF and script is None:
        return "NotoSerif"
    return SCRIPT_FONT.get(script or LATIN, "NotoSans")


def font_for_script(script: str | None, bold: bool = False, family: str = SANS) -> BundledFont:
    return bundled_font(font_key_for_script(script, family), bold)


def fallback_key_for(ch: str) -> str | None:
    """The first bundled font that has a glyph for ``ch``, or None."""
    cp = ord(ch)
    for key in FALLBACK_ORDER:
        if cp in _cmap(key):
            return key
    return None


def latin_font_name(bold: bool = False, family: str = SANS) -> str:
    """The registered name of the Latin font, for plain ``canvas.setFont`` use (labels)."""
    return font_for_script(LATIN, bold, family).ttfont.fontName


def all_font_files() -> list[Path]:
    """Every bundled font file (tests check they exist and load)."""
    out: list[Path] = []
    for regular, bold in FONT_FILES.values():
        out.append(fonts_dir() / regular)
        if bold:
            out.append(fonts_dir() / bold)
    return out
