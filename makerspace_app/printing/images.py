"""Raster images (logos, photos, signatures) and reusable drawings on a ReportLab canvas.

Anything drawn on many pages of one PDF (a logo, a certificate's frame) is drawn once into a
PDF form XObject and then placed on each page: the PDF stores it once, and ReportLab does
not hash and re-check the image on every page (which it does for each ``drawImage`` call
with an in-memory image).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Hashable

from reportlab.lib.utils import ImageReader


def reuse(canvas, key: Hashable, draw: Callable[[object], None],
          bbox: tuple[float, float, float, float] | None = None) -> str:
    """The name of a form holding ``draw``'s drawing, made on first use in this canvas.

    ``draw(canvas)`` draws in the form's own coordinates; ``bbox`` (x0, y0, x1, y1) is the
    form's extent (the page by default): anything outside it is clipped.
    """
    forms = canvas.__dict__.setdefault("_ms_forms", {})
    name = forms.get(key)
    if name is None:
        # Numbered by a counter, not len(forms): a form drawn inside another (its text,
        # an image) is made before the outer one is stored.
        number = canvas.__dict__.get("_ms_form_count", 0)
        canvas.__dict__["_ms_form_count"] = number + 1
        name = f"MSForm{number}"
        if bbox is None:
            canvas.beginForm(name)
        else:
            canvas.beginForm(name, *bbox)
        draw(canvas)
        canvas.endForm()
        forms[key] = name
    return name


def place(canvas, name: str, x: float = 0.0, y: float = 0.0, sx: float = 1.0,
          sy: float = 1.0) -> None:
    """Draw the form ``name`` with its origin at (x, y), scaled by (sx, sy)."""
    if x == 0 and y == 0 and sx == 1 and sy == 1:
        canvas.doForm(name)
        return
    canvas.saveState()
    canvas.transform(sx, 0, 0, sy, x, y)
    canvas.doForm(name)
    canvas.restoreState()


class ImageCache:
    """Images by content: decoded once, stored once per PDF, drawn as a form."""

    def __init__(self) -> None:
        self._readers: dict[bytes, ImageReader] = {}

    def get(self, data: bytes) -> ImageReader:
        reader = self._readers.get(data)
        if reader is None:
            reader = self._readers[data] = ImageReader(io.BytesIO(data))
        return reader

    def draw(self, canvas, data: bytes, x: float, y: float, w: float, h: float, *,
             cover: bool = False) -> None:
        """Draw the image inside the box keeping its proportions, centred.

        With ``cover`` the image fills the whole box (the caller clips what overflows).
        """
        reader = self.get(data)
        iw, ih = reader.getSize()
        if not iw or not ih:
            return
        scale = max(w / iw, h / ih) if cover else min(w / iw, h / ih)
        dw, dh = iw * scale, ih * scale

        def unit(c) -> None:
            c.drawImage(reader, 0, 0, 1, 1, mask="auto")

        name = reuse(canvas, ("image", data), unit, (0, 0, 1, 1))
        place(canvas, name, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)

