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


def test_a_code_is_one_stencil_image_with_one_sample_per_module() -> None:
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    draw_qr(canvas, "VX7K-42QP-9D", 10, 10, 80)
    canvas.showPage()
    canvas.save()
    content = out.getvalue().decode("latin-1")
    n = len(qr_matrix("VX7K-42QP-9D"))
    assert content.count("/IM true") == 1 and content.count(" re") == 0
    m = re.search(r"BI /W (\d+) /H (\d+) /IM true /BPC 1 /D \[1 0\] /F /AHx ID\n([0-9a-f]+)>",
                  content)
    assert m and int(m.group(1)) == int(m.group(2)) == n
    samples = bytes.fromhex(m.group(3))
    row_bytes = (n + 7) // 8
    for r, row in enumerate(qr_matrix("VX7K-42QP-9D")):
        bits = int.from_bytes(samples[r * row_bytes:(r + 1) * row_bytes], "big")
        assert [(bits >> (row_bytes * 8 - 1 - c)) & 1 for c in range(n)] == list(row)


def test_fast_encoder_gives_segno_matrix_for_every_version_level_and_mask() -> None:
    import random

    from makerspace_app.printing import qr

    rng = random.Random(7)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    checked = 0
    for length in (1, 2, 7, 16, 25, 29, 47, 61, 77, 114, 180, 300, 600, 1200):
        for error in "lmqh":
            for mask in range(8):
                text = "".join(rng.choice(alphabet) for _ in range(length))
                for sample in (text, text[::-1]):  # the first one checks the template
                    fast = qr._fast_matrix(sample, error, mask)
                    if fast is not None:
                        checked += 1
                        assert fast == qr._segno_matrix(sample, error, mask), (sample, error)
    assert checked > 700
    # Digits only (numeric mode) and other characters are left to segno.
    assert qr._fast_matrix("0123456", "m", 0) is None
    assert qr._fast_matrix("Zoë", "m", 0) is None


def test_many_verification_codes_scan(tmp_path) -> None:
    from makerspace_app.services.signing import format_code

    codes = [format_code(f"C-2026-{i:06d}", bytes((i * 37 + k * 11) % 256 for k in range(10)))
             for i in range(40)]
    pdf = tmp_path / "many.pdf"
    canvas = Canvas(str(pdf), pagesize=(400, 400))
    for k in range(0, len(codes), 4):
        for j, code in enumerate(codes[k:k + 4]):
            draw_qr(canvas, code, 20 + (j % 2) * 190, 20 + (j // 2) * 190, 170)
        canvas.showPage()
    canvas.save()
    found = [sorted(decode_qr(p)) for p in rasterise(pdf, tmp_path / "png", 100)]
    assert found == [sorted(codes[k:k + 4]) for k in range(0, len(codes), 4)]


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
