"""Certificates of completion, two designs, A4 or Letter landscape, one page each.

- "formal": a classic double border with corner ornaments, serif type (Noto Serif for Latin,
  Greek and Cyrillic; the other scripts keep their own fonts), a gold seal.
- "playful": for children: colourful shapes and confetti, bigger friendly sans type.

Every fixed phrase comes from ``CertificateData.labels`` (English defaults in
``DEFAULT_LABELS``), so the caller prints the certificate in the participant's language.
The QR code holds the verification code; ``verify_hint`` tells a reader where to check it.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfgen.canvas import Canvas

from makerspace_app.printing.fonts import SANS, SERIF
from makerspace_app.printing.images import ImageCache, place, reuse
from makerspace_app.printing.layouts import certificate_page_size
from makerspace_app.printing.qr import draw_qr
from makerspace_app.printing.text import (
    draw_fitted,
    draw_plain,
    draw_text,
    fit_text,
    is_rtl,
    measure,
    plain_width,
)

DESIGNS = ("formal", "playful")

DEFAULT_LABELS: dict[str, str] = {
    "title": "Certificate of Completion",
    "certifies": "This certifies that",
    "completed": "has successfully completed",
    "verification_code": "Verification code",
    "serial": "Certificate no.",
    "issued": "Issued",
    "signature": "Signature",
    "cheer": "Well done!",  # the playful design's ribbon
}


@dataclass(frozen=True)
class CertificateData:
    participant_name: str
    workshop_title: str
    dates_text: str = ""  # e.g. "12–14 March 2025"
    hours_text: str = ""  # e.g. "6 hours"
    leaders_text: str = ""  # e.g. "Led by Ana Ruiz and Tom Lee"
    org_name: str = ""
    logo_png: bytes | None = None
    signature_png: bytes | None = None
    signatory: str = ""  # name (and title) under the signature line
    issue_date_text: str = ""
    serial: str = ""
    verification_code: str = ""
    verify_hint: str = ""  # e.g. "Check it at example.org/verify"
    labels: Mapping[str, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        value = self.labels.get(key) if self.labels else None
        return DEFAULT_LABELS.get(key, key) if value is None else value


# ------------------------------------------------------------------------------------------
# Shared pieces


def _star(canvas, cx: float, cy: float, r_out: float, r_in: float, points: int = 5,
          rotation: float = 90.0) -> None:
    path = canvas.beginPath()
    for i in range(points * 2):
        r = r_out if i % 2 == 0 else r_in
        a = math.radians(rotation + i * 180.0 / points)
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _join(*parts: str, sep: str = "  ·  ") -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())


@dataclass
class _Text:
    """One block of a vertical flow: text fitted to the flow's width."""

    text: str
    max_size: float
    min_size: float
    max_lines: int = 1
    bold: bool = False
    color: object = None
    family: str = SANS
    gap: float = 0.0  # space after
    leading: float = 1.15
    reuse: bool = True  # the same on every certificate of a batch: drawn once as a form

    def fit(self, width: float, squeeze: float) -> tuple[float, list[str], float]:
        size, lines = fit_text(self.text, width, self.max_size * squeeze,
                               min(self.min_size, self.max_size * squeeze), self.max_lines,
                               bold=self.bold, family=self.family)
        height = size * 0.95 + (len(lines) - 1) * size * self.leading + size * 0.3 if lines else 0
        return size, lines, height


@dataclass
class _Shape:
    """A drawing of fixed height in a vertical flow: ``draw(canvas, top, previous_lines)``.
    ``variable``: it depends on the participant (drawn on each page, not in the form)."""

    height: float
    draw: object
    gap: float = 0.0
    variable: bool = False


def _variable(item) -> bool:
    return (not item.reuse) if isinstance(item, _Text) else item.variable


def _layout(items: list, top: float, bottom: float, width: float) -> list[tuple]:
    """Place the items of a vertical flow, the whole flow centred vertically in [bottom, top]:
    (item, size, lines, top of the item, previous text's (size, lines, item)) each.

    When the flow is taller than the room, every text's largest size shrinks a little at a
    time (down to 70 %) until it fits.
    """
    items = [i for i in items if not isinstance(i, _Text) or i.text.strip()]
    squeeze = 1.0
    while True:
        fitted = []
        total = 0.0
        for item in items:
            if isinstance(item, _Text):
                size, lines, height = item.fit(width, squeeze)
                fitted.append((item, size, lines, height))
            else:
                height = item.height
                fitted.append((item, 0.0, [], height))
            total += height + item.gap
        if items:
            total -= items[-1].gap
        if total <= top - bottom or squeeze <= 0.7:
            break
        squeeze -= 0.05
    y = top - max(0.0, (top - bottom - total) / 2)
    placed = []
    previous: tuple[float, list[str], object] = (0.0, [], None)
    for item, size, lines, height in fitted:
        placed.append((item, size, lines, y, previous))
        if isinstance(item, _Text):
            previous = (size, lines, item)
        y -= height + item.gap
    return placed


def _geometry(placed: list[tuple]) -> tuple:
    """What the form of a page's fixed parts depends on: where everything sits and, for the
    fixed texts, what they say."""
    out = []
    for item, size, lines, y, _previous in placed:
        text = tuple(lines) if isinstance(item, _Text) and item.reuse else len(lines)
        out.append((round(y, 2), size, text))
    return tuple(out)


def _draw_placed(canvas, placed: list[tuple], cx: float, *, variable: bool) -> None:
    """Draw the placed items that depend on the participant (``variable``) or the others."""
    for item, size, lines, y, previous in placed:
        if _variable(item) != variable:
            continue
        if isinstance(item, _Text):
            baseline = y - size * 0.95
            for line in lines:
                draw_text(canvas, line, cx, baseline, size, align="center", bold=item.bold,
                          color=item.color, family=item.family)
                baseline -= size * item.leading
        else:
            item.draw(canvas, y, previous)


def _fitted_height(text: str, width: float, max_size: float, min_size: float, *,
                   max_lines: int = 1, bold: bool = False, family: str = SANS,
                   leading: float = 1.18) -> float:
    """The height ``draw_fitted`` uses for ``text`` (0 for no text)."""
    size, lines = fit_text(text, width, max_size, min_size, max_lines, bold=bold, family=family)
    if not lines:
        return 0.0
    return size * 0.95 + (len(lines) - 1) * size * leading + size * 0.3


def _static_key(cert: CertificateData) -> tuple:
    """Everything of a certificate that is the same for a whole batch."""
    return (cert.workshop_title, cert.dates_text, cert.hours_text, cert.leaders_text,
            cert.org_name, cert.logo_png, cert.signature_png, cert.signatory,
            cert.issue_date_text, cert.verify_hint,
            tuple(sorted((cert.labels or {}).items())))


def _signature_block(canvas, cert: CertificateData, images: ImageCache, cx: float, line_y: float,
                     width: float, *, family: str, ink, muted, line_color) -> None:
    if cert.signature_png:
        images.draw(canvas, cert.signature_png, cx - width / 2, line_y + 2, width, 42)
    canvas.setStrokeColor(line_color)
    canvas.setLineWidth(0.8)
    canvas.line(cx - width / 2, line_y, cx + width / 2, line_y)
    top = line_y - 4
    if cert.signatory.strip():
        _s, used = draw_fitted(canvas, cert.signatory.strip(), cx, top, width, 11.5, 7.5,
                               max_lines=1, align="center", color=ink, family=family, reuse=True)
        top -= used
    label = cert.label("signature")
    if label:
        draw_fitted(canvas, label, cx, top, width, 8.5, 6.5, max_lines=1, align="center",
                    color=muted, family=family, reuse=True)


def _date_block(canvas, cert: CertificateData, cx: float, line_y: float, width: float, *,
                family: str, ink, muted, line_color) -> None:
    if not cert.issue_date_text.strip():
        return
    size, lines = fit_text(cert.issue_date_text.strip(), width, 12.5, 7.5, 1, family=family)
    draw_text(canvas, lines[0], cx, line_y + 6, size, align="center", color=ink, family=family,
              reuse=True)
    canvas.setStrokeColor(line_color)
    canvas.setLineWidth(0.8)
    canvas.line(cx - width / 2, line_y, cx + width / 2, line_y)
    draw_fitted(canvas, cert.label("issued"), cx, line_y - 4, width, 8.5, 6.5, max_lines=1,
                align="center", color=muted, family=family, reuse=True)


def _code_size(code: str, width: float) -> float:
    """The size of the verification code under its QR code (shrunk to fit, half points)."""
    if not code:
        return 0.0
    one = plain_width(code, 1.0, bold=True)
    return max(5.0, min(9.5, int(width / one * 2) / 2)) if one else 9.5


def _verification_static(canvas, cert: CertificateData, x: float, y: float, qr_size: float,
                         text_width: float, code_size: float, *, family: str, muted) -> None:
    """The words around the QR code: "Verification code" above the code, the hint below."""
    if not cert.verification_code.strip():
        return
    cx = x + qr_size / 2
    top = y - 1
    _s, used = draw_fitted(canvas, cert.label("verification_code"), cx, top, text_width, 7.5,
                           6.0, max_lines=1, align="center", color=muted, family=family)
    top -= used + code_size * 1.25
    if cert.verify_hint.strip():
        draw_fitted(canvas, cert.verify_hint.strip(), cx, top, text_width, 7.0, 6.5,
                    max_lines=2, align="center", color=muted, family=family)


def _verification_variable(canvas, cert: CertificateData, x: float, y: float, qr_size: float,
                           text_width: float, code_size: float, *, family: str, ink) -> None:
    """The QR code at (x, y) (bottom left of its square) and the code under it."""
    code = cert.verification_code.strip()
    if not code:
        return
    draw_qr(canvas, code, x, y, qr_size, color=ink, quiet_zone=2)
    used = _fitted_height(cert.label("verification_code"), text_width, 7.5, 6.0, family=family)
    baseline = y - 1 - used - code_size * 0.95
    draw_plain(canvas, code, x + qr_size / 2, baseline, code_size, align="center", bold=True,
               color=ink)


def _serial_line(canvas, cert: CertificateData, x: float, y: float, size: float, *,
                 align: str, family: str, color, fixed: bool) -> None:
    """"Certificate no. C-2026-000123": the words are fixed (``fixed``: drawn into the form),
    the number changes (drawn on the page); right to left, the number comes first."""
    serial = cert.serial.strip()
    if not serial:
        return
    label = cert.label("serial").strip()
    gap = measure(" ", size, family=family)
    label_w = measure(label, size, family=family) if label else 0.0
    serial_w = plain_width(serial, size, family=family)
    total = label_w + (gap if label else 0.0) + serial_w
    left = x - total / 2 if align == "center" else x
    if label and is_rtl(label):
        serial_x, label_x = left, left + serial_w + gap
    else:
        label_x, serial_x = left, left + label_w + (gap if label else 0.0)
    if fixed:
        if label:
            draw_text(canvas, label, label_x, y, size, color=color, family=family)
    else:
        draw_plain(canvas, serial, serial_x, y, size, color=color, family=family)


# ------------------------------------------------------------------------------------------
# Formal

NAVY = HexColor("#1b2a4a")
GOLD = HexColor("#b08d3c")
GOLD_LIGHT = HexColor("#d9c48f")
F_MUTED = HexColor("#5a6272")


def _corner_ornament(canvas, x: float, y: float, sx: int, sy: int) -> None:
    """An ornament in a corner of the inner frame; (sx, sy) point into the page."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(sx, sy)
    canvas.setStrokeColor(GOLD)
    canvas.setFillColor(GOLD)
    canvas.setLineWidth(1.1)
    p = canvas.beginPath()
    p.moveTo(0, 40)
    p.curveTo(0, 14, 14, 0, 40, 0)
    canvas.drawPath(p, stroke=1, fill=0)
    p = canvas.beginPath()
    p.moveTo(8, 52)
    p.curveTo(8, 22, 22, 8, 52, 8)
    canvas.drawPath(p, stroke=1, fill=0)
    # a small diamond in the corner
    p = canvas.beginPath()
    p.moveTo(13, 5)
    p.lineTo(21, 13)
    p.lineTo(13, 21)
    p.lineTo(5, 13)
    p.close()
    canvas.drawPath(p, stroke=0, fill=1)
    canvas.restoreState()


def _seal(canvas, cx: float, cy: float, r: float) -> None:
    canvas.saveState()
    canvas.setFillColor(GOLD)
    _star(canvas, cx, cy, r, r * 0.86, points=24)
    canvas.setFillColor(GOLD_LIGHT)
    canvas.circle(cx, cy, r * 0.74, stroke=0, fill=1)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.2)
    canvas.circle(cx, cy, r * 0.66, stroke=1, fill=0)
    canvas.setLineWidth(0.5)
    canvas.circle(cx, cy, r * 0.60, stroke=1, fill=0)
    canvas.setFillColor(GOLD)
    _star(canvas, cx, cy, r * 0.36, r * 0.15, points=5)
    canvas.restoreState()


def _draw_formal(canvas, cert: CertificateData, width: float, height: float,
                 images: ImageCache) -> None:
    fam = SERIF
    cx = width / 2
    m = 26.0
    inner = m + 14
    base = inner + 74  # the line of the signature

    def frame(canvas) -> None:
        # A thick navy rule, a thin one inside it, a gold one inside that, corner ornaments.
        canvas.setFillColor(HexColor("#fdfbf6"))
        canvas.rect(m, m, width - 2 * m, height - 2 * m, stroke=0, fill=1)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(3.2)
        canvas.rect(m, m, width - 2 * m, height - 2 * m, stroke=1, fill=0)
        canvas.setLineWidth(0.8)
        canvas.rect(m + 6, m + 6, width - 2 * m - 12, height - 2 * m - 12, stroke=1, fill=0)
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(1.0)
        canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner, stroke=1, fill=0)
        for x, y, sx, sy in ((inner, inner, 1, 1), (width - inner, inner, -1, 1),
                             (inner, height - inner, 1, -1),
                             (width - inner, height - inner, -1, -1)):
            _corner_ornament(canvas, x + 6 * sx, y + 6 * sy, sx, sy)
        _seal(canvas, cx, base + 16, 32)

    text_w = width - 2 * inner - 150
    top = height - inner - 22
    logo_top = top
    if cert.logo_png:
        top -= 54
    org_top = top
    org = cert.org_name.strip()
    if org:
        top -= _fitted_height(org, text_w, 13, 8, bold=True)

    def title_rule(canvas, y, _previous):
        y -= 8
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.9)
        canvas.line(cx - 120, y, cx - 10, y)
        canvas.line(cx + 10, y, cx + 120, y)
        canvas.setFillColor(GOLD)
        p = canvas.beginPath()
        p.moveTo(cx, y + 5)
        p.lineTo(cx + 5, y)
        p.lineTo(cx, y - 5)
        p.lineTo(cx - 5, y)
        p.close()
        canvas.drawPath(p, stroke=0, fill=1)

    def name_rule(canvas, y, previous):
        size, lines, item = previous
        widest = max((measure(line, size, bold=True, family=fam) for line in lines), default=0)
        half = min(text_w / 2, max(150.0, widest / 2 + 30))
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.9)
        canvas.line(cx - half, y - 3, cx + half, y - 3)

    name = " ".join(cert.participant_name.split())
    items = [
        _Text(cert.label("title"), 36, 18, bold=True, color=NAVY, family=fam),
        _Shape(16, title_rule, gap=14),
        _Text(cert.label("certifies"), 14, 9, color=F_MUTED, family=fam, gap=6),
        _Text(name, 42, 28, max_lines=2, bold=True, color=NAVY, family=fam, leading=1.1,
              reuse=False),
        _Shape(6, name_rule, gap=14, variable=True),
        _Text(cert.label("completed"), 14, 9, color=F_MUTED, family=fam, gap=4),
        _Text(cert.workshop_title.strip(), 25, 17, max_lines=2, bold=True, color=NAVY,
              family=fam, gap=6),
        _Text(_join(cert.dates_text, cert.hours_text), 12.5, 8, color=F_MUTED, family=fam,
              gap=1),
        _Text(cert.leaders_text.strip(), 12.5, 8, color=F_MUTED, family=fam),
    ]
    placed = _layout(items, top - 10, base + 58, text_w)
    qr = 66.0
    qr_x, qr_y, qr_text_w = width - inner - 150 - qr / 2, base - 8, 150
    code_size = _code_size(cert.verification_code.strip(), qr_text_w)
    serial_w = round(plain_width(cert.serial.strip(), 7, family=fam), 1)

    def fixed(canvas) -> None:
        place(canvas, reuse(canvas, ("formal-frame", width, height), frame))
        if cert.logo_png:
            images.draw(canvas, cert.logo_png, cx - 30, logo_top - 46, 60, 46)
        if org:
            draw_fitted(canvas, org, cx, org_top, text_w, 13, 8, max_lines=1, align="center",
                        color=GOLD, family=SANS, bold=True)
        _draw_placed(canvas, placed, cx, variable=False)
        # Bottom row: signature, seal and date, verification.
        _signature_block(canvas, cert, images, inner + 150, base, 190, family=fam, ink=NAVY,
                         muted=F_MUTED, line_color=NAVY)
        if cert.issue_date_text.strip():
            date_top = base - 24
            _s, used = draw_fitted(canvas, cert.issue_date_text.strip(), cx, date_top, 170, 11,
                                   7.5, max_lines=1, align="center", color=NAVY, family=fam)
            draw_fitted(canvas, cert.label("issued"), cx, date_top - used + 1, 170, 8.5, 6.5,
                        max_lines=1, align="center", color=F_MUTED, family=fam)
        _verification_static(canvas, cert, qr_x, qr_y, qr, qr_text_w, code_size, family=fam,
                             muted=F_MUTED)
        _serial_line(canvas, cert, cx, inner + 9, 7, align="center", family=fam, color=F_MUTED,
                     fixed=True)

    key = ("formal", width, height, _static_key(cert), _geometry(placed), code_size, serial_w)
    place(canvas, reuse(canvas, key, fixed))
    _draw_placed(canvas, placed, cx, variable=True)
    _verification_variable(canvas, cert, qr_x, qr_y, qr, qr_text_w, code_size, family=fam,
                           ink=NAVY)
    _serial_line(canvas, cert, cx, inner + 9, 7, align="center", family=fam, color=F_MUTED,
                 fixed=False)


# ------------------------------------------------------------------------------------------
# Playful

P_COLORS = [HexColor(c) for c in ("#ff6b6b", "#ffb703", "#06d6a0", "#118ab2", "#8338ec",
                                  "#ff8fab", "#fb5607")]
P_INK = HexColor("#2b2d42")
P_MUTED = HexColor("#5c5f77")
P_PURPLE = HexColor("#6a2bd1")
P_ORANGE = HexColor("#f3722c")


def _blob(canvas, cx, cy, r, color, alpha=1.0) -> None:
    # The colour blended with white by hand: a transparent fill inside a form XObject loses
    # its graphics state in ReportLab (the ExtGState is not added to the form's resources).
    canvas.setFillColor(Color(*(1 - alpha + alpha * c for c in (color.red, color.green,
                                                                   color.blue))))
    canvas.circle(cx, cy, r, stroke=0, fill=1)


def _draw_playful(canvas, cert: CertificateData, width: float, height: float,
                  images: ImageCache) -> None:
    fam = SANS
    cx = width / 2
    pm = 58.0

    def background(canvas) -> None:
        rng = random.Random(f"{width:.0f}x{height:.0f}")  # the same confetti on every page
        # Big soft shapes in the corners.
        _blob(canvas, 0, height, 150, P_COLORS[1], 0.9)
        _blob(canvas, 95, height - 10, 60, P_COLORS[0], 0.85)
        _blob(canvas, width, 0, 165, P_COLORS[3], 0.9)
        _blob(canvas, width - 120, 18, 55, P_COLORS[2], 0.9)
        _blob(canvas, width + 10, height - 40, 80, P_COLORS[4], 0.85)
        _blob(canvas, -10, 40, 75, P_COLORS[5], 0.9)
        # Confetti around the edge (never under the text area).
        for _ in range(70):
            while True:
                x, y = rng.uniform(20, width - 20), rng.uniform(20, height - 20)
                if not (90 < x < width - 90 and 70 < y < height - 70):
                    break
            color = rng.choice(P_COLORS)
            canvas.setFillColor(color)
            kind = rng.random()
            if kind < 0.4:
                canvas.circle(x, y, rng.uniform(2.5, 5.5), stroke=0, fill=1)
            elif kind < 0.75:
                canvas.saveState()
                canvas.translate(x, y)
                canvas.rotate(rng.uniform(0, 180))
                canvas.roundRect(-6, -2, 12, 4, 2, stroke=0, fill=1)
                canvas.restoreState()
            else:
                _star(canvas, x, y, 7, 3, rotation=rng.uniform(0, 72))
        # The white card with a thick rounded border.
        canvas.setFillColor(white)
        canvas.setStrokeColor(P_ORANGE)
        canvas.setLineWidth(5)
        canvas.roundRect(pm, pm - 8, width - 2 * pm, height - 2 * pm + 16, 28, stroke=1, fill=1)
        canvas.setStrokeColor(HexColor("#ffd6a5"))
        canvas.setLineWidth(1.5)
        canvas.setDash(6, 5)
        canvas.roundRect(pm + 9, pm + 1, width - 2 * pm - 18, height - 2 * pm - 2, 21, stroke=1,
                         fill=0)
        canvas.setDash()

    text_w = width - 2 * pm - 120
    top = height - pm - 14
    head_top = top
    cheer = cert.label("cheer")
    top -= 40
    ribbon = None
    if cheer:
        size, lines = fit_text(cheer, 300, 17, 10, 1, bold=True)
        ribbon = (size, lines[0], top)
        top = top - size * 1.9 - 12

    def stars(canvas, y, previous):
        size, lines, item = previous
        widest = max((measure(line, size, bold=True) for line in lines), default=0)
        block = size * 0.95 + (len(lines) - 1) * size * item.leading + size * 0.3
        first = y + item.gap + block - size * 0.95
        last = first - (len(lines) - 1) * size * item.leading
        mid = (first + last) / 2 + size * 0.36
        for side, color in ((-1, P_COLORS[1]), (1, P_COLORS[2])):
            canvas.setFillColor(color)
            _star(canvas, cx + side * (widest / 2 + 30), mid, 15, 6.5)

    name = " ".join(cert.participant_name.split())
    items = [
        _Text(cert.label("title"), 34, 16, bold=True, color=P_ORANGE, family=fam, gap=6),
        _Text(cert.label("certifies"), 15, 9, color=P_MUTED, family=fam, gap=4),
        _Text(name, 52, 32, max_lines=2, bold=True, color=P_PURPLE, family=fam, leading=1.08,
              reuse=False),
        _Shape(0, stars, gap=10, variable=True),
        _Text(cert.label("completed"), 15, 9, color=P_MUTED, family=fam, gap=4),
        _Text(cert.workshop_title.strip(), 27, 18, max_lines=2, bold=True, color=P_COLORS[3],
              family=fam, gap=6),
        _Text(_join(cert.dates_text, cert.hours_text, cert.leaders_text), 12.5, 8,
              max_lines=2, color=P_MUTED, family=fam),
    ]
    base = pm + 56
    placed = _layout(items, top, base + 54, text_w - 80)
    qr = 62.0
    qr_x, qr_y, qr_text_w = width - pm - 150 - qr / 2, base - 4, 130
    code_size = _code_size(cert.verification_code.strip(), qr_text_w)
    serial_w = round(plain_width(cert.serial.strip(), 7.5, family=fam), 1)

    def fixed(canvas) -> None:
        place(canvas, reuse(canvas, ("playful-background", width, height), background))
        # Logo + organisation on the top left of the card.
        if cert.logo_png:
            images.draw(canvas, cert.logo_png, pm + 22, head_top - 40, 44, 40)
        if cert.org_name.strip():
            org_x = pm + (74 if cert.logo_png else 24)
            size, lines = fit_text(cert.org_name.strip(), 260, 12, 8, 1, bold=True)
            draw_text(canvas, lines[0], org_x, head_top - 24, size, bold=True, color=P_MUTED)
        if ribbon is not None:  # the cheer on a ribbon
            size, line, ribbon_top = ribbon
            ribbon_w = measure(line, size, bold=True) + 56
            rh = size * 1.9
            ry = ribbon_top - rh
            for side in (-1, 1):  # the ribbon's tails
                ex = cx + side * (ribbon_w / 2 + 4)
                p = canvas.beginPath()
                p.moveTo(ex - side * 16, ry - 5)
                p.lineTo(ex + side * 22, ry - 5)
                p.lineTo(ex + side * 12, ry + rh / 2 - 2.5)
                p.lineTo(ex + side * 22, ry + rh)
                p.lineTo(ex - side * 16, ry + rh)
                p.close()
                canvas.setFillColor(HexColor("#d64545"))
                canvas.drawPath(p, stroke=0, fill=1)
            canvas.setFillColor(P_COLORS[0])
            canvas.roundRect(cx - ribbon_w / 2, ry + 3, ribbon_w, rh, 6, stroke=0, fill=1)
            draw_text(canvas, line, cx, ry + 3 + rh / 2 - size * 0.36, size, align="center",
                      bold=True, color=white)
        _draw_placed(canvas, placed, cx, variable=False)
        _signature_block(canvas, cert, images, pm + 150, base, 180, family=fam, ink=P_INK,
                         muted=P_MUTED, line_color=P_COLORS[4])
        _date_block(canvas, cert, cx, base, 130, family=fam, ink=P_INK, muted=P_MUTED,
                    line_color=P_COLORS[4])
        _verification_static(canvas, cert, qr_x, qr_y, qr, qr_text_w, code_size, family=fam,
                             muted=P_MUTED)
        _serial_line(canvas, cert, pm + 24, pm + 6, 7.5, align="left", family=fam,
                     color=P_MUTED, fixed=True)

    key = ("playful", width, height, _static_key(cert), _geometry(placed), code_size, serial_w)
    place(canvas, reuse(canvas, key, fixed))
    _draw_placed(canvas, placed, cx, variable=True)
    _verification_variable(canvas, cert, qr_x, qr_y, qr, qr_text_w, code_size, family=fam,
                           ink=P_INK)
    _serial_line(canvas, cert, pm + 24, pm + 6, 7.5, align="left", family=fam, color=P_MUTED,
                 fixed=False)


_DESIGN_FUNCS = {"formal": _draw_formal, "playful": _draw_playful}


def draw_certificate(canvas, cert: CertificateData, page_size: tuple[float, float],
                     design: str = "formal", images: ImageCache | None = None) -> None:
    """Draw one certificate on the canvas's current page."""
    try:
        func = _DESIGN_FUNCS[design]
    except KeyError:
        raise ValueError(f"unknown design {design!r}; known: {', '.join(DESIGNS)}") from None
    canvas.saveState()
    func(canvas, cert, page_size[0], page_size[1], images or ImageCache())
    canvas.restoreState()


def render_certificates(
    certs: list[CertificateData],
    out: Path | str | BinaryIO,
    paper: str = "A4",
    design: str = "formal",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write one landscape page per certificate into one PDF; returns the number of pages.

    ``progress(done, total)`` is called every few pages and at the end; it may raise to stop
    (nothing is written then)."""
    if design not in _DESIGN_FUNCS:
        raise ValueError(f"unknown design {design!r}; known: {', '.join(DESIGNS)}")
    page_size = certificate_page_size(paper)
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=page_size)
    canvas.setTitle("Certificates")
    canvas.setCreator("Makerspace App")
    images = ImageCache()
    total = len(certs)
    for done, cert in enumerate(certs, 1):
        draw_certificate(canvas, cert, page_size, design, images)
        canvas.showPage()
        if progress is not None and (done % 10 == 0 or done == total):
            progress(done, total)
    if not certs:
        canvas.showPage()
    canvas.save()
    return len(certs)
