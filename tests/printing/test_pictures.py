"""THE picture test: every name in names.csv, printed through the app's PDF path, must look
like the same string drawn by Qt, which shapes and orders every script correctly.

Both sides use the same bundled font files at the same size (40 px = 40 pt at 72 dpi):

- the app: ``printing.text.draw_text`` onto a ReportLab canvas, one name per page, rasterised
  by pdftoppm at 72 dpi;
- the reference: QPainter.drawText on a QImage with the bundled fonts loaded through
  QFontDatabase.addApplicationFont, the bundled family for the name's script after Noto
  Sans in the font's family list.

The comparison: each picture is cropped to its ink, the crops must have nearly the same
aspect ratio, then both are resampled to the reference's size (32 px high), blurred by one
pixel and subtracted; the mean difference, divided by the reference's mean ink, must stay
small. Sub-pixel placement and antialiasing differ a little (measured at most about 0.3);
a reversed word order, isolated Arabic letters or unshaped Devanagari differ by about 1.
To prove the comparison catches those errors, the same test also renders deliberately
wrong versions (logical order without shaping, as plain ``canvas.drawString`` does, and
right-to-left names with their words swapped) and asserts they are judged different.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PIL import Image, ImageChops, ImageFilter, ImageOps, ImageStat  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from makerspace_app.printing import fonts  # noqa: E402
from makerspace_app.printing.text import draw_text  # noqa: E402

from .helpers import load_names, rasterise  # noqa: E402

SIZE = 40  # pt in the PDF, px in Qt (72 dpi on both sides)
PAGE_W, PAGE_H = 1400, 110
X, BASELINE_FROM_BOTTOM = 20, 35

#: Limits of the comparison (see the module docstring for the measured values).
MAX_SAME_DIFFERENCE = 0.5
MAX_SAME_ASPECT = 0.10
MIN_WRONG_DIFFERENCE = 0.6

NAMES = load_names()


@dataclass
class Verdict:
    difference: float  # mean |a - b| / mean ink of the reference
    aspect: float  # relative difference of the ink boxes' width/height ratios
    size: tuple[int, int]
    reference_size: tuple[int, int]

    @property
    def same(self) -> bool:
        return self.difference <= MAX_SAME_DIFFERENCE and self.aspect <= MAX_SAME_ASPECT

    def __str__(self) -> str:
        return (f"difference {self.difference:.3f}, aspect {self.aspect:.3f}, "
                f"ink {self.size} vs reference {self.reference_size}")


def ink_crop(image: Image.Image) -> Image.Image:
    """The picture inverted (ink = white) and cropped to the ink's bounding box."""
    inverted = ImageOps.invert(image.convert("L"))
    box = inverted.point(lambda v: 255 if v > 100 else 0).getbbox()
    if box is None:
        raise AssertionError("nothing was drawn")
    return inverted.crop(box)


def compare(picture: Image.Image, reference: Image.Image, height: int = 32) -> Verdict:
    a, b = ink_crop(picture), ink_crop(reference)
    ratio_a, ratio_b = a.width / a.height, b.width / b.height
    width = max(4, round(height * ratio_b))
    small_a = a.resize((width, height), Image.Resampling.BOX).filter(ImageFilter.GaussianBlur(1))
    small_b = b.resize((width, height), Image.Resampling.BOX).filter(ImageFilter.GaussianBlur(1))
    diff = ImageStat.Stat(ImageChops.difference(small_a, small_b)).mean[0]
    ink = ImageStat.Stat(small_b).mean[0]
    return Verdict(diff / max(ink, 1e-6), abs(ratio_a - ratio_b) / ratio_b, a.size, b.size)


# ------------------------------------------------------------------------------------------
# The two renderings


def qt_reference(qapp, names: list[str]) -> list[Image.Image]:
    from PySide6.QtGui import QFontDatabase

    families: dict[str, str] = {}
    font_ids = []
    for key, (regular, _bold) in fonts.FONT_FILES.items():
        font_id = QFontDatabase.addApplicationFont(str(fonts.fonts_dir() / regular))
        assert font_id >= 0, f"Qt could not load {regular}"
        font_ids.append(font_id)
        families[key] = QFontDatabase.applicationFontFamilies(font_id)[0]
    try:
        return _draw_all(names, families)
    finally:
        for font_id in font_ids:  # leave Qt's font list as the other tests expect it
            QFontDatabase.removeApplicationFont(font_id)


def _draw_all(names: list[str], families: dict[str, str]) -> list[Image.Image]:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    pictures = []
    for name in names:
        key = fonts.font_key_for_script(fonts.primary_script(name))
        order = ["NotoSans", key, "DroidSansFallback", "NanumSquare"]
        font = QFont()
        font.setFamilies(list(dict.fromkeys(families[k] for k in order)))
        font.setPixelSize(SIZE)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        image = QImage(PAGE_W, PAGE_H, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QPointF(X, PAGE_H - BASELINE_FROM_BOTTOM), name)
        painter.end()
        pictures.append(Image.frombytes("L", (PAGE_W, PAGE_H), _qimage_bytes(image)))
    return pictures


def _qimage_bytes(image) -> bytes:
    """The pixels of a Grayscale8 QImage without the padding at the end of each line."""
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    return b"".join(data[y * stride: y * stride + image.width()] for y in range(image.height()))


def app_pages(pdf: Path, names: list[str]) -> None:
    """One page per name, drawn the app's way."""
    canvas = Canvas(str(pdf), pagesize=(PAGE_W, PAGE_H))
    for name in names:
        draw_text(canvas, name, X, BASELINE_FROM_BOTTOM, SIZE)
        canvas.showPage()
    canvas.save()


def unshaped_pages(pdf: Path, names: list[str]) -> None:
    """What ReportLab does by itself: characters in logical order, no shaping."""
    canvas = Canvas(str(pdf), pagesize=(PAGE_W, PAGE_H))
    for name in names:
        font = fonts.font_for_script(fonts.primary_script(name)).ttfont.fontName
        canvas.setFont(font, SIZE)
        canvas.drawString(X, BASELINE_FROM_BOTTOM, name)
        canvas.showPage()
    canvas.save()


def swapped_words(name: str) -> str:
    return " ".join(reversed(name.split(" ")))


# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pictures(qapp, tmp_path_factory):
    """(app pictures, Qt pictures, wrong pictures by name) for every name."""
    work = tmp_path_factory.mktemp("pictures")
    names = [row["name"] for row in NAMES]
    app_pages(work / "app.pdf", names)
    app = [Image.open(p) for p in rasterise(work / "app.pdf", work / "app", 72)]
    reference = qt_reference(qapp, names)

    checked = [row["name"] for row in NAMES
               if any(s in row["script"] for s in ("Arabic", "Hebrew", "Devanagari"))]
    unshaped_pages(work / "wrong.pdf", checked)
    # (Only names wholly in one right-to-left script: swapping the words of "أحمد Smith"
    # makes a left-to-right paragraph that looks the same.)
    swap_names = [n for n in checked if " " in n and fonts.scripts_in(n) in
                  ([fonts.ARABIC], [fonts.HEBREW])]
    app_pages(work / "swapped.pdf", [swapped_words(n) for n in swap_names])
    unshaped = [Image.open(p) for p in rasterise(work / "wrong.pdf", work / "wrong", 72)]
    swapped = [Image.open(p) for p in rasterise(work / "swapped.pdf", work / "swapped", 72)]
    wrong: dict[str, list[tuple[str, Image.Image]]] = {}
    for name, picture in zip(checked, unshaped):
        wrong.setdefault(name, []).append(("logical order, unshaped", picture))
    for name, picture in zip(swap_names, swapped):
        wrong.setdefault(name, []).append(("words swapped", picture))
    return dict(zip(names, app)), dict(zip(names, reference)), wrong


@pytest.mark.parametrize("row", NAMES, ids=[f"{i:02d}-{r['script']}" for i, r in enumerate(NAMES)])
def test_name_prints_like_qt_draws_it(pictures, row) -> None:
    app, reference, _wrong = pictures
    verdict = compare(app[row["name"]], reference[row["name"]])
    assert verdict.same, f"{row['name']!r} ({row['what_it_tests']}): {verdict}"


def test_comparison_catches_wrong_order_and_missing_shaping(pictures) -> None:
    _app, reference, wrong = pictures
    scripts_seen = set()
    checked = 0
    for name, variants in wrong.items():
        for kind, picture in variants:
            verdict = compare(picture, reference[name])
            assert not verdict.same, f"{kind} {name!r} was judged the same as Qt's: {verdict}"
            assert verdict.difference >= MIN_WRONG_DIFFERENCE or verdict.aspect > MAX_SAME_ASPECT, (
                f"{kind} {name!r} is too close to Qt's for comfort: {verdict}")
            checked += 1
        scripts_seen.update(fonts.scripts_in(name))
    assert {fonts.ARABIC, fonts.HEBREW, fonts.DEVANAGARI} <= scripts_seen
    assert checked >= 12


def test_mixed_direction_name_keeps_latin_on_the_left(pictures) -> None:
    """أحمد Smith: the paragraph is right to left, so "Smith" comes first from the left."""
    app, reference, _wrong = pictures
    name = next(r["name"] for r in NAMES if r["direction"] == "mixed")
    crop = ink_crop(app[name])
    left = ink_crop(reference[name])
    assert compare(app[name], reference[name]).same
    # Compare the left third alone: it must hold the Latin word in both pictures.
    third_a = crop.crop((0, 0, crop.width // 3, crop.height))
    third_b = left.crop((0, 0, left.width // 3, left.height))
    assert compare(third_a, third_b).same
