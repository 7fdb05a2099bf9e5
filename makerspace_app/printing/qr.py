"""QR codes drawn as one filled path.

segno computes the module matrix; the dark modules are drawn as rectangles of one path
(horizontal runs of a row, merged with identical runs in the rows below), filled once. That
is about 1.5–2 ms a code here (most of it segno choosing the data mask), against about 50 ms
for ReportLab's QrCodeWidget, which builds and validates one shape per module.
"""

from __future__ import annotations

from functools import lru_cache

import segno
from reportlab.pdfgen.canvas import FILL_NON_ZERO

#: Modules of light margin ISO/IEC 18004 asks for around the symbol.
QUIET_ZONE = 4


@lru_cache(maxsize=256)
def qr_matrix(data: str, error: str = "m", mask: int | None = None
              ) -> tuple[tuple[bool, ...], ...]:
    """The module matrix (True = dark), without quiet zone, rows from the top.

    ``mask`` None lets segno choose the data mask by the standard's penalty rules (about
    2 ms for a short code); a fixed mask (0–7) skips that evaluation (about 0.25 ms) and
    still gives a valid code, though not always the easiest one to scan.
    """
    code = segno.make(data, error=error, micro=False, boost_error=False, mask=mask)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def qr_rectangles(matrix) -> list[tuple[int, int, int, int]]:
    """Dark areas as (column, row, width, height) in modules, rows from the top.

    Each row is cut into runs of dark modules; a run identical to one in the row above is
    merged into it, so long vertical bars become one rectangle (fewer path segments and no
    hairline seams between rows in a rasteriser).
    """
    open_runs: dict[tuple[int, int], list[int]] = {}  # (start, end) -> [col, row, w, h]
    done: list[tuple[int, int, int, int]] = []
    for r, row in enumerate(matrix):
        runs: list[tuple[int, int]] = []
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((start, c))
            else:
                c += 1
        still_open: dict[tuple[int, int], list[int]] = {}
        for run in runs:
            rect = open_runs.pop(run, None)
            if rect is None:
                rect = [run[0], r, run[1] - run[0], 1]
            else:
                rect[3] += 1
            still_open[run] = rect
        done.extend(tuple(rect) for rect in open_runs.values())  # type: ignore[misc]
        open_runs = still_open
    done.extend(tuple(rect) for rect in open_runs.values())  # type: ignore[misc]
    return done


def draw_qr(
    canvas,
    data: str,
    x: float,
    y: float,
    size: float,
    *,
    color=None,
    background=None,
    quiet_zone: int = QUIET_ZONE,
    error: str = "m",
    mask: int | None = None,
) -> float:
    """Draw the QR code of ``data`` in the square of side ``size`` at (x, y) (bottom left).

    ``size`` includes ``quiet_zone`` light modules on each side (drawn in ``background`` when
    given, otherwise left as the page is). Returns the module size in points.
    """
    matrix = qr_matrix(data, error, mask)
    n = len(matrix)
    module = size / (n + 2 * quiet_zone)
    canvas.saveState()
    if background is not None:
        canvas.setFillColor(background)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    if color is not None:
        canvas.setFillColor(color)
    else:
        canvas.setFillColorRGB(0, 0, 0)
    ox = x + quiet_zone * module
    top = y + size - quiet_zone * module
    path = canvas.beginPath()
    for col, row, w, h in qr_rectangles(matrix):
        path.rect(ox + col * module, top - (row + h) * module, w * module, h * module)
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    canvas.restoreState()
    return module
