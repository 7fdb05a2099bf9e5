"""The app's icons: line drawings in resources/icons, tinted to fit the palette.

The SVG files draw with ``currentColor``; :func:`icon` replaces it with a palette colour so
the same drawing reads on a light, dark or high-contrast theme. Rendering goes through Qt's
SVG image plugin, so the QtSvg module is not imported at start-up.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QIconEngine,
    QImage,
    QImageReader,
    QPainter,
    QPixmap,
)

from makerspace_app.config import resources_dir


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@cache
def _svg(name: str) -> str:
    try:
        return icon_path(name).read_text(encoding="utf-8")
    except OSError:
        return ""


def pixmap(name: str, size: int, color: QColor | str | None = None, ratio: float = 1.0) -> QPixmap:
    """The icon drawn at ``size`` logical pixels in ``color`` (an empty pixmap if missing)."""
    text = _svg(name)
    device = max(1, round(size * ratio))
    image = QImage()
    if text:
        if color is not None:
            text = text.replace("currentColor", QColor(color).name(QColor.NameFormat.HexRgb))
        buffer = QBuffer()
        buffer.setData(QByteArray(text.encode("utf-8")))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, QByteArray(b"svg"))
        reader.setScaledSize(QSize(device, device))
        image = reader.read()
    if image.isNull():
        pm = QPixmap(device, device)
        pm.fill(Qt.GlobalColor.transparent)
    else:
        pm = QPixmap.fromImage(image)
    pm.setDevicePixelRatio(ratio)
    return pm


class _TintedSvgEngine(QIconEngine):
    """Draws the SVG on demand at the size asked for (no blurry scaling), in two colours."""

    def __init__(self, name: str, color: QColor | None, selected: QColor | None) -> None:
        super().__init__()
        self._name = name
        self._color = color
        self._selected = selected
        self._cache: dict[tuple[int, int, bool], QPixmap] = {}

    def _colour_for(self, mode: QIcon.Mode) -> QColor | None:
        if mode == QIcon.Mode.Selected and self._selected is not None:
            return self._selected
        if mode == QIcon.Mode.Disabled and self._color is not None:
            faded = QColor(self._color)
            faded.setAlphaF(0.45)
            return faded
        return self._color

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        key = (side, round(scale * 100), mode == QIcon.Mode.Selected, mode == QIcon.Mode.Disabled)
        cached = self._cache.get(key)
        if cached is None:
            colour = self._colour_for(mode)
            cached = pixmap(self._name, side, colour, scale)
            if colour is not None and colour.alphaF() < 1.0:
                cached = _faded(cached, colour.alphaF())
            self._cache[key] = cached
        return cached

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pm = self.scaledPixmap(rect.size(), mode, state, ratio)
        painter.drawPixmap(rect, pm)

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._name, self._color, self._selected)


def _faded(source: QPixmap, opacity: float) -> QPixmap:
    out = QPixmap(source.size())
    out.setDevicePixelRatio(source.devicePixelRatio())
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setOpacity(opacity)
    painter.drawPixmap(0, 0, source)
    painter.end()
    return out


def icon(
    name: str, color: QColor | str | None = None, selected: QColor | str | None = None
) -> QIcon:
    """A QIcon drawn in ``color`` (and ``selected`` for the selected state), sharp at any size."""
    return QIcon(
        _TintedSvgEngine(
            name,
            QColor(color) if color is not None else None,
            QColor(selected) if selected is not None else None,
        )
    )


def app_icon() -> QIcon:
    return icon("app")
