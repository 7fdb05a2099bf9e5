"""Text in any script on a ReportLab canvas: per-script fonts, shaping, right-to-left order.

How one line is laid out (``layout_line``):

1. Every character gets a script (``fonts.char_script``). Combining marks take the script of
   the letter before them; spaces, digits and punctuation take the script of the letters
   before them (or after them, at the start). Each character then gets the bundled font for
   its script; a character that font lacks moves to the first bundled font that has it.
2. python-bidi resolves the Unicode bidirectional embedding level of every character
   (UAX #9, rules P–I). The line is cut into items of one font and one level.
3. HarfBuzz shapes each item (left to right or right to left by the level's parity), with the
   whole line as context: Arabic joining and ligatures, Indic conjuncts and reordering, Thai
   marks, Latin combining accents and kerning. HarfBuzz gives glyphs in visual order.
4. The items are put in visual order (UAX #9 rule L2: reverse every run at or above each
   level, from the highest level down to the lowest odd one).

ReportLab then draws the glyphs: each item becomes a ``ShapedStr`` (ReportLab's own carrier
for shaped text: a string of characters standing for glyphs, plus the HarfBuzz advances and
offsets), written with a text object. Glyphs that no character maps to (an Arabic medial
form, a Devanagari conjunct) get a private-use code in the font's glyph map, which is what
ReportLab itself does when it shapes. ReportLab's own shaping entry points are not used:
``drawString(shaping=True)`` and right-to-left need rlbidi, which is GPL-only.

All widths are computed from font units, so they scale linearly with the size.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from bidi import algorithm as _bidi
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from makerspace_app.printing import fonts as _fonts
from makerspace_app.printing.fonts import INHERITED, SANS, BundledFont
from makerspace_app.printing.images import place as _place
from makerspace_app.printing.images import reuse as _reuse_form

ALIGNMENTS = ("left", "center", "right")
_FAKE_BOLD_STROKE = 0.035  # outline stroke, in em, for a bold that the font does not have

_DEFAULT_IGNORABLE = frozenset(
    [0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF]
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070))
    + list(range(0xFE00, 0xFE10))
)


@dataclass(frozen=True)
class GlyphRun:
    """One shaped item of a line, ready to draw: glyphs of one font in visual order."""

    font: BundledFont
    text: ShapedStr  # characters standing for glyphs, with HarfBuzz positions (1/1000 em)
    advance: float  # total advance in 1/1000 em
    rtl: bool
    source: str  # the logical text of the item (for debugging and tests)
    fake_bold: bool = False  # bold asked for, but the font has no bold: drawn with a stroke


@dataclass(frozen=True)
class LineLayout:
    runs: tuple[GlyphRun, ...]
    advance: float  # 1/1000 em: width at size s is advance * s / 1000
    rtl: bool  # the paragraph direction (from the first strong character)

    def width(self, size: float) -> float:
        return self.advance * size / 1000.0


# ------------------------------------------------------------------------------------------
# Step 1: fonts per character


def _resolve_scripts(text: str) -> list[str | None]:
    raw = [_fonts.char_script(ch) for ch in text]
    out: list[str | None] = list(raw)
    last: str | None = None
    for i, script in enumerate(raw):
        if script is None or script == INHERITED:
            out[i] = last  # marks and common characters go with the letters before them
        else:
            last = script
    # Leading commons and marks take the first script that follows.
    nxt: str | None = None
    for i in range(len(out) - 1, -1, -1):
        if out[i] is None:
            out[i] = nxt
        else:
            nxt = out[i]
    return out


def _font_keys(text: str, family: str) -> list[str]:
    if text.isascii() and text.isprintable():
        # The common case (codes, serials, labels, Latin names without accents): one Latin
        # font, which has every printable ASCII character.
        key = _fonts.font_key_for_script(_fonts.LATIN if any(c.isalpha() for c in text)
                                         else None, family)
        return [key] * len(text)
    scripts = _resolve_scripts(text)
    keys: list[str] = []
    for ch, script in zip(text, scripts):
        key = _fonts.font_key_for_script(script, family)
        cp = ord(ch)
        if cp not in _DEFAULT_IGNORABLE and not _fonts.bundled_font(key).covers(ch):
            fallback = _fonts.fallback_key_for(ch)
            if fallback is not None:
                key = fallback
                if family == _fonts.SERIF and key == "NotoSans" and _fonts.bundled_font(
                    "NotoSerif"
                ).covers(ch):
                    key = "NotoSerif"
        keys.append(key)
    # A mark the fallback moved away from its base goes back with the base when the base's
    # font has it (HarfBuzz then places it on the base).
    for i in range(1, len(text)):
        if unicodedata.category(text[i])[0] == "M" and keys[i] != keys[i - 1]:
            if _fonts.bundled_font(keys[i - 1]).covers(text[i]):
                keys[i] = keys[i - 1]
    # Ignorables (ZWNJ...) stay with the previous character so they never split a run.
    for i in range(1, len(text)):
        if ord(text[i]) in _DEFAULT_IGNORABLE:
            keys[i] = keys[i - 1]
    return keys


# ------------------------------------------------------------------------------------------
# Step 2: bidi levels


def _bidi_levels(text: str) -> tuple[list[int], int]:
    """The resolved embedding level of every character, and the paragraph level."""
    base = _bidi.get_base_level(text)
    if base == 0 and not any(
        unicodedata.bidirectional(ch) in ("R", "AL", "RLE", "RLO", "RLI") for ch in text
    ):
        return [0] * len(text), 0  # the common case: nothing right-to-left at all
    storage = _bidi.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    _bidi.get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["index"] = i
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage, False)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for ch in storage["chars"]:
        levels[ch["index"]] = ch["level"]
    # Characters removed by rule X9 (ZWNJ, embedding controls) take a neighbour's level.
    prev = base
    for i, level in enumerate(levels):
        if level is None:
            levels[i] = prev
        else:
            prev = level
    # Rule L1: white space at the end of the line goes back to the paragraph level.
    i = len(text) - 1
    while i >= 0 and (
        unicodedata.bidirectional(text[i]) in ("WS", "FSI", "LRI", "RLI", "PDI")
        or ord(text[i]) in _DEFAULT_IGNORABLE
    ):
        levels[i] = base
        i -= 1
    return [int(level) for level in levels], base  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------
# Step 3: shaping


_private_lock = threading.Lock()

# Latin "fi"/"fl" ligatures are left out: their glyphs map back to U+FB01/U+FB02, so the PDF's
# text would read "Certiﬁcate" when searched or copied. Scripts that need ligatures
# (Arabic's lam-alef and Allah, Indic conjuncts) keep every default feature.
_FEATURES = {"kern": True, "liga": True}
_LATIN_FEATURES = {"kern": True, "liga": False}
_LATIN_FONTS = frozenset({"NotoSans", "NotoSerif"})


def _char_for_glyph(font: BundledFont, gid: int) -> int:
    """A code point that ReportLab will draw as glyph ``gid`` of ``font``."""
    face = font.ttfont.face
    chars = face.glyphToChar.get(gid)
    if chars:
        return chars[0]
    with _private_lock:
        chars = face.glyphToChar.get(gid)
        if chars:
            return chars[0]
        code = getattr(face, "_ms_next_private", 0xE000)
        while code in face.charToGlyph:
            code += 1
        if code > 0xF8FF:
            raise ValueError(f"too many unmapped glyphs used from {font.name}")
        face._ms_next_private = code + 1
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        advance = face.hmetrics[gid][0] if gid < len(face.hmetrics) else 0
        face.charWidths[code] = advance * 1000.0 / face.unitsPerEm
        return code


def _shape(
    codepoints: list[int], start: int, end: int, font: BundledFont, rtl: bool
) -> GlyphRun:
    buf = hb.Buffer()
    buf.add_codepoints(codepoints, start, end - start)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    hb.shape(font.hb_font, buf, _LATIN_FEATURES if font.key in _LATIN_FONTS else _FEATURES)
    scale = 1000.0 / font.units_per_em
    face = font.ttfont.face
    chars: list[str] = []
    data: list[ShapeData] = []
    total = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
        code = _char_for_glyph(font, info.codepoint)
        x_advance = pos.x_advance * scale
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                pos.y_advance * scale,
                pos.x_offset * scale,
                pos.y_offset * scale,
                face.charWidths.get(code, face.defaultWidth),
            )
        )
        total += x_advance
    source = "".join(map(chr, codepoints[start:end]))
    return GlyphRun(font, ShapedStr("".join(chars), shapeData=data), total, rtl, source)


# ------------------------------------------------------------------------------------------
# Step 4: the whole line


@lru_cache(maxsize=4096)
def layout_line(text: str, bold: bool = False, family: str = SANS) -> LineLayout:
    """Shape one line of text and put its runs in visual (left to right) order."""
    text = unicodedata.normalize("NFC", text)
    if not text:
        return LineLayout((), 0.0, False)
    keys = _font_keys(text, family)
    levels, base = _bidi_levels(text)
    items: list[tuple[int, int, str, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or keys[i] != keys[start] or levels[i] != levels[start]:
            items.append((start, i, keys[start], levels[start]))
            start = i
    codepoints = [ord(ch) for ch in text]
    runs = []
    for s, e, key, level in items:
        font = _fonts.bundled_font(key, bold)
        run = _shape(codepoints, s, e, font, level % 2 == 1)
        if bold and not font.bold:
            run = GlyphRun(run.font, run.text, run.advance, run.rtl, run.source, True)
        runs.append(run)
    item_levels = [level for _s, _e, _k, level in items]
    order = _visual_order(item_levels)
    ordered = tuple(runs[i] for i in order)
    return LineLayout(ordered, sum(r.advance for r in ordered), base == 1)


def _visual_order(levels: Sequence[int]) -> list[int]:
    """UAX #9 rule L2 on items: indices of the items in visual order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order
    lowest_odd = min(odd)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


# ------------------------------------------------------------------------------------------
# Public helpers


def measure(text: str, size: float, bold: bool = False, family: str = SANS) -> float:
    """Width in points of ``text`` drawn at ``size`` points."""
    return layout_line(text, bold, family).advance * size / 1000.0


def is_rtl(text: str) -> bool:
    """True when the paragraph direction of ``text`` is right to left."""
    return _bidi.get_base_level(text) == 1 if text else False


def draw_text(
    canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    align: str = "left",
    bold: bool = False,
    color=None,
    family: str = SANS,
    reuse: bool = False,
) -> float:
    """Draw one line with its baseline at ``y``; returns the width drawn.

    ``align`` says what ``x`` is: the left end, the centre or the right end of the line.
    ``color`` is anything ReportLab's ``setFillColor`` takes (None keeps the canvas colour;
    with ``reuse`` give the colour explicitly). ``reuse`` is for text repeated on many
    pages of one PDF (labels, the organisation's name): it is drawn once into a PDF form and
    placed on each page, which is smaller and several times faster.
    """
    if align not in ALIGNMENTS:
        raise ValueError(f"align must be one of {ALIGNMENTS}, not {align!r}")
    line = layout_line(text, bold, family)
    width = line.advance * size / 1000.0
    if not line.runs:
        return 0.0
    if align == "center":
        x -= width / 2.0
    elif align == "right":
        x -= width
    if reuse:
        key = ("text", text, size, bold, family, repr(color))
        # The form's box must hold every mark above and below the line.
        box = (-size, -size, width + size, 2.0 * size)
        name = _reuse_form(canvas, key, lambda c: _draw_line(c, line, 0.0, 0.0, size, color), box)
        _place(canvas, name, x, y)
    else:
        _draw_line(canvas, line, x, y, size, color)
    return width


def _draw_line(canvas, line: LineLayout, x: float, y: float, size: float, color) -> None:
    fake_bold = any(run.fake_bold for run in line.runs)
    if fake_bold:
        # Fonts without a bold face (CJK) are emboldened by stroking the outlines as well.
        canvas.saveState()
        canvas.setLineWidth(size * _FAKE_BOLD_STROKE)
        canvas.setLineJoin(1)
        stroke = color if color is not None else getattr(canvas, "_fillColorObj", None)
        if stroke is not None:
            canvas.setStrokeColor(stroke)
    tx = canvas.beginText()
    if color is not None:
        tx.setFillColor(color)
    cursor = x
    mode = 0
    for run in line.runs:
        if run.fake_bold != (mode == 2):
            mode = 2 if run.fake_bold else 0
            tx.setTextRenderMode(mode)
        tx.setTextOrigin(cursor, y)
        tx.setFont(run.font.ttfont.fontName, size)
        tx.textOut(run.text)
        cursor += run.advance * size / 1000.0
    if mode:
        tx.setTextRenderMode(0)
    canvas.drawText(tx)
    if fake_bold:
        canvas.restoreState()


def _balanced_lines(words: list[str], widths: list[float], space: float, n: int):
    """Split words into at most n lines minimising the widest line (widths at 1 pt)."""
    count = len(words)
    n = min(n, count)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)

    def span(i: int, j: int) -> float:  # words i..j-1 on one line
        return prefix[j] - prefix[i] + space * (j - i - 1)

    # best[k][j]: minimal widest line putting the first j words on k lines
    inf = float("inf")
    best = [[inf] * (count + 1) for _ in range(n + 1)]
    cut = [[0] * (count + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for k in range(1, n + 1):
        for j in range(1, count + 1):
            for i in range(k - 1, j):
                value = max(best[k - 1][i], span(i, j))
                if value < best[k][j]:
                    best[k][j] = value
                    cut[k][j] = i
    lines: list[str] = []
    j = count
    for k in range(n, 0, -1):
        i = cut[k][j]
        lines.append(" ".join(words[i:j]))
        j = i
    lines.reverse()
    return best[n][count], lines


def fit_text(
    text: str,
    max_width: float,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
    *,
    bold: bool = False,
    family: str = SANS,
    step: float = 0.25,
) -> tuple[float, list[str]]:
    """The size and lines to draw ``text`` within ``max_width`` (see ``_fit``; remembered,
    since a batch fits the same labels on every page)."""
    size, lines = _fit(text, max_width, max_size, min_size, max_lines, bold, family, step)
    return size, list(lines)


@lru_cache(maxsize=8192)
def _fit(
    text: str,
    max_width: float,
    max_size: float,
    min_size: float,
    max_lines: int,
    bold: bool,
    family: str,
    step: float,
) -> tuple[float, tuple[str, ...]]:
    """The size and lines to draw ``text`` within ``max_width``.

    First the size shrinks (from ``max_size`` down to ``min_size``) so the text fits on one
    line; only when it does not fit at ``min_size`` is it wrapped at spaces, into as few lines
    (at most ``max_lines``) as let it be drawn at ``min_size`` or more, at the largest size
    that fits. When even that is not enough, the size goes below ``min_size``: a very long
    name is printed small rather than cut off.
    """
    text = " ".join(text.split())
    if not text or max_width <= 0:
        return max_size, [text] if text else []

    def snap(size: float) -> float:
        return max(0.5, min(max_size, int(size / step + 1e-9) * step))

    one = measure(text, 1.0, bold, family)
    if one * max_size <= max_width:
        return max_size, [text]
    single = snap(max_width / one)
    if single >= min_size:
        return single, [text]
    words = text.split(" ")
    best_size, best_lines = single, [text]
    if max_lines > 1 and len(words) > 1:
        widths = [measure(w, 1.0, bold, family) for w in words]
        space = measure(" ", 1.0, bold, family)
        for n in range(2, min(max_lines, len(words)) + 1):
            widest, lines = _balanced_lines(words, widths, space, n)
            # Measure each line as a whole (shaping and bidi can differ from word sums).
            widest = max(widest, max(measure(line, 1.0, bold, family) for line in lines))
            size = snap(max_width / widest)
            if size > best_size:
                best_size, best_lines = size, lines
            if size >= min_size:
                break
    return best_size, best_lines


def draw_fitted(
    canvas,
    text: str,
    x: float,
    top: float,
    max_width: float,
    max_size: float,
    min_size: float,
    *,
    max_lines: int = 2,
    align: str = "left",
    bold: bool = False,
    color=None,
    family: str = SANS,
    leading: float = 1.18,
    reuse: bool = False,
) -> tuple[float, float]:
    """Fit ``text`` (``fit_text``) and draw it from ``top`` downwards.

    ``x`` is read as in ``draw_text`` (left end, centre or right end). Returns (size, height
    used); the first baseline sits at ``top - size * 0.95``.
    """
    size, lines = fit_text(
        text, max_width, max_size, min_size, max_lines, bold=bold, family=family
    )
    if not lines:
        return size, 0.0
    y = top - size * 0.95
    for line in lines:
        draw_text(canvas, line, x, y, size, align=align, bold=bold, color=color, family=family,
                  reuse=reuse)
        y -= size * leading
    height = size * 0.95 + (len(lines) - 1) * size * leading + size * 0.3
    return size, height


# ------------------------------------------------------------------------------------------
# Plain text: codes and serial numbers


def _plain_font(bold: bool, family: str) -> str:
    key = _fonts.font_key_for_script(_fonts.LATIN, family)
    return _fonts.bundled_font(key, bold).ttfont.fontName


def plain_width(text: str, size: float, *, bold: bool = False, family: str = SANS) -> float:
    """Width of ``text`` drawn by ``draw_plain``."""
    if not text:
        return 0.0
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, _plain_font(bold, family), size)


def draw_plain(canvas, text: str, x: float, y: float, size: float, *, align: str = "left",
               bold: bool = False, color=None, family: str = SANS) -> float:
    """Draw printable ASCII (a code, a serial number) in the Latin font without shaping.

    Such text needs no shaping, no bidi and no font per script; drawing it with ReportLab's
    own string path is several times cheaper, which counts for what changes on every page of
    a batch. Anything else is drawn by ``draw_text``."""
    if not (text.isascii() and text.isprintable()):
        return draw_text(canvas, text, x, y, size, align=align, bold=bold, color=color,
                         family=family)
    if align not in ALIGNMENTS:
        raise ValueError(f"align must be one of {ALIGNMENTS}, not {align!r}")
    font = _plain_font(bold, family)
    width = plain_width(text, size, bold=bold, family=family)
    if align == "center":
        x -= width / 2.0
    elif align == "right":
        x -= width
    tx = canvas.beginText(x, y)
    if color is not None:
        tx.setFillColor(color)
    tx.setFont(font, size)
    tx.textOut(text)
    canvas.drawText(tx)
    return width
