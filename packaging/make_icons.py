"""Render the application icon (resources/icons/app.svg) into the sizes each platform wants.

Run after changing the drawing:  .venv/bin/python packaging/make_icons.py
Writes packaging/icons/: the Linux hicolor theme tree (hicolor/NxN/apps/<id>.png for 16…512 px
and hicolor/scalable/apps/<id>.svg, named after the desktop entry's Icon=), app.ico (Windows)
and app.icns (macOS). The results are committed, so building a package needs no renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402  (Pillow comes with ReportLab)
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "org.makerspace_app.Makerspace"  # as in packaging/linux/*.desktop


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        folder = OUT / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{APP_ID}.png"
        render(renderer, size).save(str(path))
        pngs[size] = path
    scalable = OUT / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(SOURCE.read_bytes())
    largest = Image.open(pngs[512])
    largest.save(OUT / "app.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(OUT / "app.icns")
    print(f"wrote {len(SIZES)} PNGs, the SVG, app.ico and app.icns to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
