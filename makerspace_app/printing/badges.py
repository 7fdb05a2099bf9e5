"""Name badges: CR80 cards or label sheets, in every script.

One badge: a coloured band on top with the organisation's logo and name; the participant's
name large (shrunk, then wrapped, to fit), the preferred name under it, the role or "member
since" line, the certifications as small chips, and a QR code of the badge code with the code
printed under it. The photo is drawn only when the caller passes one (the caller checks
consent).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfgen.canvas import Canvas

from makerspace_app.printing.images import ImageCache
from makerspace_app.printing.layouts import Rect, SheetLayout, get_layout, paginate
from makerspace_app.printing.qr import draw_qr
from makerspace_app.printing.text import draw_fitted, draw_text, fit_text, measure

# The design is drawn in the units of a CR80 card and scaled to the label.
_DESIGN_W = 242.65
_DESIGN_H = 153.01

INK = HexColor("#1d2430")
MUTED = HexColor("#5b6573")
CHIP_BG = HexColor("#e9eef5")
DEFAULT_ACCENT = "#1d4e89"


@dataclass(frozen=True)
class BadgeData:
    """What one badge shows. Text is printed as given (trimmed); empty fields are left out."""

    display_name: str  # as the participant writes it
    preferred_name: str = ""
    role_or_since: str = ""  # e.g. "Volunteer" or "Member since 2023"
    certifications: tuple[str, ...] = ()
    badge_code: str = ""
    photo_png: bytes | None = None  # only passed when consent exists; drawn when present


@dataclass(frozen=True)
class OrgData:
    name: str
    logo_png: bytes | None = None
    accent: str = DEFAULT_ACCENT  # colour of the top band (a "#rrggbb" string)


def _chips(canvas, labels: Sequence[str], x: float, y_top: float, width: float, size: float,
           max_rows: int = 2) -> float:
    """Certification chips in rows from ``y_top`` down; returns the height used."""
    if not labels:
        return 0.0
    pad_x, height, gap = size * 0.55, size * 1.6, size * 0.45
    rows: list[list[tuple[str, float]]] = [[]]
    used = 0.0
    shown = 0
    for label in labels:
        w = measure(label, size) + 2 * pad_x
        w = min(w, width)
        if rows[-1] and used + gap + w > width:
            if len(rows) == max_rows:
                break
            rows.append([])
            used = 0.0
        rows[-1].append((label, w))
        used += (gap if used else 0.0) + w
        shown += 1
    hidden = len(labels) - shown
    if hidden:
        more = f"+{hidden}"
        more_w = measure(more, size) + 2 * pad_x
        last = rows[-1]
        while last and sum(w for _l, w in last) + gap * len(last) + more_w > width:
            last.pop()
            hidden += 1
            more = f"+{hidden}"
            more_w = measure(more, size) + 2 * pad_x
        last.append((more, more_w))
    y = y_top - height
    for row in rows:
        cx = x
        for label, w in row:
            canvas.setFillColor(CHIP_BG)
            canvas.roundRect(cx, y, w, height, height / 2, stroke=0, fill=1)
            chip_size, lines = fit_text(label, w - 2 * pad_x, size, size * 0.7, 1)
            draw_text(canvas, lines[0] if lines else "", cx + w / 2,
                      y + height * 0.5 - chip_size * 0.35, chip_size, align="center", color=INK)
            cx += w + gap
        y -= height + gap
    return len(rows) * height + (len(rows) - 1) * gap


def _text_block(canvas, name, preferred, role, x, top, width, accent, *, draw=True) -> float:
    """Draw (or only measure) name, preferred name and role from ``top``; returns the height."""
    y = top
    size, lines = fit_text(name, width, 20.0, 9.0, 2, bold=True)
    if draw:
        draw_fitted(canvas, name, x, y, width, 20.0, 9.0, max_lines=2, bold=True, color=INK,
                    leading=1.12)
    y -= size * 0.95 + (len(lines) - 1) * size * 1.12 + size * 0.3 + 1
    if preferred:
        size, _lines = fit_text(preferred, width, 12.0, 7.0, 1)
        if draw:
            draw_fitted(canvas, preferred, x, y, width, 12.0, 7.0, max_lines=1, color=accent)
        y -= size * 1.25 + 1
    if role:
        size, _lines = fit_text(role, width, 8.0, 6.0, 1)
        if draw:
            draw_fitted(canvas, role, x, y, width, 8.0, 6.0, max_lines=1, color=MUTED)
        y -= size * 1.25
    return top - y


def draw_badge(canvas, badge: BadgeData, org: OrgData, rect: Rect, images: ImageCache | None = None,
               *, outline: bool = False) -> None:
    """Draw one badge filling ``rect``."""
    images = images or ImageCache()
    accent = HexColor(org.accent) if org.accent else HexColor(DEFAULT_ACCENT)
    s = min(rect.width / _DESIGN_W, rect.height / _DESIGN_H)
    w, h = rect.width / s, rect.height / s  # design units
    radius = (rect.radius or 0.0) / s
    canvas.saveState()
    canvas.translate(rect.x, rect.y)
    canvas.scale(s, s)

    # Clip everything to the card or label shape.
    clip = canvas.beginPath()
    clip.roundRect(0, 0, w, h, radius)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setFillColor(white)
    canvas.rect(0, 0, w, h, stroke=0, fill=1)

    pad = 9.0
    band = 34.0
    # Top band: logo on a white tile, organisation name.
    canvas.setFillColor(accent)
    canvas.rect(0, h - band, w, band, stroke=0, fill=1)
    canvas.setFillColor(Color(1, 1, 1, alpha=0.12))
    canvas.circle(w - 22, h - 4, 30, stroke=0, fill=1)
    canvas.circle(w - 62, h + 12, 22, stroke=0, fill=1)
    name_x = pad
    if org.logo_png:
        tile = band - 10
        canvas.setFillColor(white)
        canvas.roundRect(pad, h - band + 5, tile, tile, 4, stroke=0, fill=1)
        images.draw(canvas, org.logo_png, pad + 2, h - band + 7, tile - 4, tile - 4)
        name_x = pad + tile + 7
    org_width = w - name_x - pad
    size, lines = fit_text(org.name.strip(), org_width, 11.5, 7.0, 2, bold=True)
    if lines:
        leading = size * 1.12
        block = size * 0.72 + leading * (len(lines) - 1)
        y = h - band / 2 + block / 2 - size * 0.72
        for line in lines:
            draw_text(canvas, line, name_x, y, size, bold=True, color=white)
            y -= leading

    # Right column: QR code and the code under it.
    qr_size = 64.0
    code = badge.badge_code.strip()
    qr_x = w - pad - qr_size + 4  # the quiet zone may reach into the padding
    if code:
        code_size = 6.5
        code_y = pad - 2
        draw_text(canvas, code, qr_x + qr_size / 2, code_y, code_size, align="center", color=MUTED)
        draw_qr(canvas, code, qr_x, code_y + code_size * 0.75 + 1, qr_size, color=INK)
    else:
        code_y = code_size = 0.0
    text_right = (qr_x - 2) if code else (w - pad)

    # Photo (only passed with consent).
    body_top = h - band - 8
    text_x = pad
    photo_bottom = body_top
    if badge.photo_png:
        ph_w, ph_h = 46.0, 57.0
        py = body_top - ph_h
        canvas.saveState()
        p = canvas.beginPath()
        p.roundRect(pad, py, ph_w, ph_h, 5)
        canvas.clipPath(p, stroke=0, fill=0)
        canvas.setFillColor(CHIP_BG)
        canvas.rect(pad, py, ph_w, ph_h, stroke=0, fill=1)
        images.draw(canvas, badge.photo_png, pad, py, ph_w, ph_h, cover=True)
        canvas.restoreState()
        text_x = pad + ph_w + 8
        photo_bottom = py

    # Name, preferred name and role: as wide as the badge while they stay above the QR code,
    # otherwise only as wide as the column left of it.
    qr_top = (code_y + code_size * 0.75 + 1 + qr_size - 6) if code else 0.0
    name = badge.display_name.strip()
    preferred = badge.preferred_name.strip()
    if preferred == name:
        preferred = ""
    role = badge.role_or_since.strip()
    full_w = w - pad - text_x
    narrow_w = text_right - text_x
    for text_w in (full_w, narrow_w):
        bottom = body_top - _text_block(canvas, name, preferred, role, text_x, body_top, text_w,
                                        accent, draw=False)
        if bottom >= qr_top or text_w == narrow_w:
            break
    y = body_top - _text_block(canvas, name, preferred, role, text_x, body_top, text_w, accent)

    certs = [c.strip() for c in badge.certifications if c and c.strip()]
    if certs:
        chip_size = 6.3
        chip_h = chip_size * 1.6
        lowest = min(y, photo_bottom) - 3
        rows_room = 2 if (lowest - pad) >= 2 * chip_h + chip_size * 0.45 else 1
        chips_top = pad + rows_room * chip_h + (rows_room - 1) * chip_size * 0.45
        _chips(canvas, certs, pad, chips_top, text_right - pad - 4, chip_size, rows_room)

    canvas.restoreState()
    if outline:
        canvas.saveState()
        canvas.setStrokeColor(HexColor("#b8c0cc"))
        canvas.setLineWidth(0.3)
        canvas.setDash(2, 2)
        canvas.roundRect(rect.x, rect.y, rect.width, rect.height, rect.radius, stroke=1, fill=0)
        canvas.restoreState()


def render_badges(
    badges: list[BadgeData],
    layout: str | SheetLayout,
    out: Path | str | BinaryIO,
    org: OrgData,
    *,
    skip: int = 0,
    outline: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the badges to one PDF; returns the number of pages.

    ``layout`` is a key of ``layouts.LAYOUTS`` ("cr80", "avery5395", "averyL7418").
    ``skip`` leaves labels of a part-used first sheet empty; ``outline`` draws a faint dashed
    outline of each label (for a test print on plain paper). ``progress(done, total)`` is
    called after each page (badges done so far); it may raise to stop.
    """
    sheet = get_layout(layout) if isinstance(layout, str) else layout
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=sheet.page_size)
    canvas.setTitle("Badges")
    canvas.setCreator("Makerspace App")
    images = ImageCache()
    pages = 0
    queue = iter(badges)
    done = 0
    for rects in paginate(sheet, len(badges), skip):
        for rect in rects:
            draw_badge(canvas, next(queue), org, rect, images, outline=outline)
            done += 1
        canvas.showPage()
        pages += 1
        if progress is not None:
            progress(done, len(badges))
    if pages == 0:
        canvas.showPage()  # a valid, empty one-page PDF rather than a broken file
    canvas.save()
    return pages
