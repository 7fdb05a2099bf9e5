"""Laying out one line: runs, visual order, widths, fitting."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from makerspace_app.printing import fonts
from makerspace_app.printing.text import (
    _visual_order,
    draw_fitted,
    draw_text,
    fit_text,
    is_rtl,
    layout_line,
    measure,
)

from .helpers import load_names

NAMES = load_names()
LONG = next(r["name"] for r in NAMES if "very long" in r["what_it_tests"])


def runs(text: str, **kw) -> list[tuple[str, str, bool]]:
    return [(r.source, r.font.key, r.rtl) for r in layout_line(text, **kw).runs]


def test_one_script_is_one_run() -> None:
    assert runs("José García López") == [("José García López", "NotoSans", False)]
    assert runs("अंजलि शर्मा") == [("अंजलि शर्मा", "NotoSansDevanagari", False)]


def test_right_to_left_run_and_direction() -> None:
    assert runs("محمد عبد الله") == [("محمد عبد الله", "NotoNaskhArabic", True)]
    assert is_rtl("דוד לוי")
    assert layout_line("דוד לוי").rtl
    assert not is_rtl("Anna 2 Test")


def test_mixed_direction_runs_in_visual_order() -> None:
    # A right-to-left paragraph: the Latin word is drawn first, on the left.
    line = layout_line("أحمد Smith")
    assert line.rtl
    assert [(r.source.strip(), r.rtl) for r in line.runs] == [("Smith", False), ("أحمد", True)]
    # A left-to-right paragraph keeps the Arabic word after the Latin one.
    line = layout_line("Smith أحمد")
    assert not line.rtl
    assert [(r.source.strip(), r.rtl) for r in line.runs] == [("Smith", False), ("أحمد", True)]


def test_digits_inside_right_to_left_text_stay_left_to_right() -> None:
    line = layout_line("דוד 12 לוי")
    sources = [r.source for r in line.runs]
    # Visual order: "לוי", then the number (read left to right), then "דוד".
    assert sources[0].strip() == "לוי"
    assert "12" in "".join(sources[1:-1])
    assert sources[-1].strip() == "דוד"


def test_visual_order_rule_l2() -> None:
    assert _visual_order([0, 0]) == [0, 1]
    assert _visual_order([1, 1, 1]) == [2, 1, 0]
    assert _visual_order([1, 2, 1]) == [2, 1, 0]
    assert _visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert _visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]


def test_shaping_changes_glyphs_where_the_script_needs_it() -> None:
    # Arabic letters join: the drawn glyphs are not the isolated letters typed.
    arabic = layout_line("محمد").runs[0]
    assert arabic.text != "محمد"[::-1]
    # Devanagari conjunct क्ष becomes one glyph, fewer glyphs than characters.
    devanagari = layout_line("क्षत्रिय").runs[0]
    assert len(devanagari.text) < len("क्षत्रिय")
    # Persian zero-width non-joiner is not drawn.
    persian = layout_line("رضایی\u200cپور").runs[0]
    assert "\u200c" not in persian.text


def test_cjk_without_bold_face_is_emboldened() -> None:
    run = layout_line("王 小明", bold=True).runs[0]
    assert run.font.key == "DroidSansFallback"
    assert run.fake_bold
    assert not layout_line("王 小明").runs[0].fake_bold


def test_measure_scales_with_size_and_bold_is_wider() -> None:
    assert measure("Jürgen Müller", 20) == pytest.approx(2 * measure("Jürgen Müller", 10))
    assert measure("Jürgen Müller", 10, bold=True) > measure("Jürgen Müller", 10)
    assert measure("", 10) == 0


@pytest.mark.parametrize("align", ["left", "center", "right"])
def test_draw_text_returns_width_for_every_alignment(align: str) -> None:
    canvas = Canvas(io.BytesIO())
    width = draw_text(canvas, "مرحبا Anna", 100, 100, 12, align=align, color="#336699")
    assert width == pytest.approx(measure("مرحبا Anna", 12))
    with pytest.raises(ValueError):
        draw_text(canvas, "x", 0, 0, 10, align="middle")


def test_every_name_draws_into_a_valid_pdf() -> None:
    out = io.BytesIO()
    canvas = Canvas(out)
    y = 800
    for row in NAMES:
        for family in (fonts.SANS, fonts.SERIF):
            draw_text(canvas, row["name"], 40, y, 10, bold=True, family=family)
            y -= 11
            if y < 40:
                canvas.showPage()
                y = 800
    canvas.save()
    assert out.getvalue().startswith(b"%PDF")


# ------------------------------------------------------------------------------------------
# fit_text: shrink first, then wrap


def test_fit_text_keeps_the_largest_size_when_it_fits() -> None:
    size, lines = fit_text("Anna 2 Test", 200, 20, 9)
    assert (size, lines) == (20, ["Anna 2 Test"])


def test_fit_text_shrinks_before_it_wraps() -> None:
    name = "Olexander Shevchenko"
    natural = measure(name, 20, bold=True)
    size, lines = fit_text(name, natural * 0.7, 20, 9, bold=True)
    assert lines == [name]
    assert 9 <= size < 20
    assert measure(name, size, bold=True) <= natural * 0.7 + 1e-6


def test_fit_text_wraps_a_very_long_name_at_spaces() -> None:
    width = 150.0  # about the name column of a badge
    size, lines = fit_text(LONG, width, 20, 9, max_lines=2, bold=True)
    assert len(lines) == 2
    assert " ".join(lines) == LONG
    assert size >= 9
    for line in lines:
        assert measure(line, size, bold=True) <= width + 1e-6
    # It did not wrap while one line could still be drawn at the smallest size.
    assert measure(LONG, 9, bold=True) > width


def test_fit_text_goes_below_the_smallest_size_rather_than_overflow() -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    size, lines = fit_text(word, 60, 20, 9)
    assert lines == [word]
    assert size < 9
    assert measure(word, size) <= 60


def test_fit_text_trims_and_collapses_white_space() -> None:
    assert fit_text("  Leading   Spaces  ", 500, 12, 6) == (12, ["Leading Spaces"])
    assert fit_text("   ", 100, 12, 6) == (12, [])


def test_draw_fitted_reports_the_height_used() -> None:
    canvas = Canvas(io.BytesIO())
    size, height = draw_fitted(canvas, LONG, 10, 500, 150, 20, 9, max_lines=2, bold=True)
    assert height == pytest.approx(size * 0.95 + size * 1.18 + size * 0.3)
