"""QR codes: one path, the right modules, and they decode back."""

from __future__ import annotations

import io
import re

import pytest
from reportlab.pdfgen.canvas import Canvas

from makerspace_app.printing.qr import draw_qr, qr_matrix, qr_rectangles

from .helpers import decode_qr, rasterise


def test_rectangles_cover_exactly_the_dark_modules() -> None:
    matrix = qr_matrix("MS-01234")
    covered = set()
    for col, row, w, h in qr_rectangles(matrix):
        for r in range(row, row + h):
            for c in range(col, col + w):
                assert (r, c) not in covered, "rectangles overlap"
                covered.add((r, c))
    dark = {(r, c) for r, line in enumerate(matrix) for c, v in enumerate(line) if v}
    assert covered == dark
    # Vertical merging makes far fewer rectangles than there are dark modules.
    assert len(qr_rectangles(matrix)) < len(dark) / 2


def test_a_code_is_one_filled_path() -> None:
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    draw_qr(canvas, "VX7K-42QP-9D", 10, 10, 80)
    canvas.showPage()
    canvas.save()
    content = out.getvalue().decode("latin-1")
    assert len(re.findall(r"\bre\b", content)) == len(qr_rectangles(qr_matrix("VX7K-42QP-9D")))
    assert len(re.findall(r"^f\*?$", content, re.M)) == 1  # filled once


def test_fixed_mask_is_still_a_valid_code(tmp_path) -> None:
    assert qr_matrix("MS-1", mask=3) != qr_matrix("MS-1", mask=5)
    _decodes(tmp_path, ["MS-1"], mask=3)


def _decodes(tmp_path, codes: list[str], **kw) -> None:
    pdf = tmp_path / "qr.pdf"
    canvas = Canvas(str(pdf), pagesize=(200, 200))
    for code in codes:
        draw_qr(canvas, code, 40, 40, 120, **kw)
        canvas.showPage()
    canvas.save()
    pages = rasterise(pdf, tmp_path / "png", 150)
    assert [decode_qr(p) for p in pages] == [[c] for c in codes]


@pytest.mark.parametrize(
    "codes",
    [["MS-00001", "VX7K-42QP-9D"], ["https://makerspace.example.org/verify/ABCD-1234-EFGH"],
     ["Zoë-Ünïcode-ü"]],
)
def test_codes_decode_back(tmp_path, codes: list[str]) -> None:
    _decodes(tmp_path, codes)
