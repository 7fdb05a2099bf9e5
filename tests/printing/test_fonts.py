"""The bundled fonts: present, TrueType outlines, licensed, and covering every name."""

from __future__ import annotations

import pytest

from makerspace_app.printing import fonts
from makerspace_app.printing.text import layout_line

from .helpers import load_names

NAMES = load_names()


def test_every_bundled_font_file_exists_and_is_truetype() -> None:
    for path in fonts.all_font_files():
        assert path.is_file(), path
        with path.open("rb") as fh:
            # 0x00010000: TrueType outlines ("OTTO" would be CFF, which ReportLab refuses).
            assert fh.read(4) == b"\x00\x01\x00\x00", f"{path.name} is not a TrueType font"


def test_licences_and_readme_list_every_font() -> None:
    folder = fonts.fonts_dir()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for path in fonts.all_font_files():
        assert path.name in readme, f"{path.name} is missing from resources/fonts/README.md"
    licences = folder / "LICENSES"
    assert "SIL OPEN FONT LICENSE" in (licences / "OFL-1.1.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in (licences / "OFL-1.1-Nanum.txt").read_text(encoding="utf-8")
    assert "Apache License" in (licences / "Apache-2.0.txt").read_text(encoding="utf-8")
    # Only the files the code uses are shipped.
    shipped = {p.name for p in folder.glob("*.ttf")}
    assert shipped == {p.name for p in fonts.all_font_files()}


def test_registration_happens_once_and_gives_reportlab_fonts() -> None:
    first = fonts.bundled_font("NotoSans", bold=True)
    assert first is fonts.bundled_font("NotoSans", bold=True)
    assert first.ttfont is first.ttfont
    assert first.ttfont.fontName == "MS-NotoSans-Bold"
    # A font without a bold face gives its regular face.
    assert not fonts.bundled_font("DroidSansFallback", bold=True).bold


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("José", fonts.LATIN), ("Σοφία", fonts.GREEK), ("Шевченко", fonts.CYRILLIC),
        ("محمد", fonts.ARABIC), ("دוד", fonts.ARABIC), ("לוי", fonts.HEBREW),
        ("अंजलि", fonts.DEVANAGARI), ("கார்த்திக்", fonts.TAMIL), ("সৌমিত্র", fonts.BENGALI),
        ("สมชาย", fonts.THAI), ("王", fonts.HAN), ("さくら", fonts.HIRAGANA),
        ("カタカナ", fonts.KATAKANA), ("김", fonts.HANGUL), ("አበበ", fonts.ETHIOPIC),
        ("ნინო", fonts.GEORGIAN), ("Արամ", fonts.ARMENIAN), ("  2 Anna", fonts.LATIN),
        ("ગુજરાતી", "Gujarati"), ("123 - !", fonts.LATIN),
    ],
)
def test_primary_script(text: str, script: str) -> None:
    assert fonts.primary_script(text) == script


def test_marks_and_punctuation_have_no_script_of_their_own() -> None:
    assert fonts.char_script("\u0301") == fonts.INHERITED  # combining acute
    assert fonts.char_script(" ") is None
    assert fonts.char_script("-") is None
    assert fonts.char_script("7") is None
    assert fonts.scripts_in("أحمد Smith") == [fonts.ARABIC, fonts.LATIN]
    assert fonts.scripts_in("佐藤 さくら") == [fonts.HAN, fonts.HIRAGANA]


def test_script_fonts() -> None:
    assert fonts.font_key_for_script(fonts.ARABIC) == "NotoNaskhArabic"
    assert fonts.font_key_for_script(fonts.HAN) == "DroidSansFallback"
    assert fonts.font_key_for_script(fonts.HANGUL) == "NanumSquare"
    assert fonts.font_key_for_script(fonts.LATIN, fonts.SERIF) == "NotoSerif"
    assert fonts.font_key_for_script(fonts.ARABIC, fonts.SERIF) == "NotoNaskhArabic"
    assert fonts.font_key_for_script("Gujarati") == "NotoSans"


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("family", [fonts.SANS, fonts.SERIF])
def test_every_name_has_a_glyph_for_every_character(bold: bool, family: str) -> None:
    """No .notdef box anywhere: each run's font has every glyph the shaping asked for."""
    for row in NAMES:
        line = layout_line(row["name"], bold, family)
        for run in line.runs:
            face = run.font.ttfont.face
            glyphs = [face.charToGlyph.get(ord(ch)) for ch in run.text]
            assert 0 not in glyphs and None not in glyphs, (
                f"{row['name']!r}: missing glyph in {run.font.key} for {run.source!r}")
