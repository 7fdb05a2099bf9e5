"""Fixtures for the printing tests: small pictures made on the fly (logo, photo, signature)."""

from __future__ import annotations

import pytest

from .helpers import png_bytes


@pytest.fixture(scope="session")
def logo_png() -> bytes:
    def draw(d) -> None:
        d.ellipse((10, 10, 190, 190), fill=(230, 120, 40, 255))
        d.rectangle((60, 60, 140, 140), fill=(255, 255, 255, 255))
        d.polygon([(100, 70), (130, 130), (70, 130)], fill=(29, 78, 137, 255))

    return png_bytes(200, 200, draw)


@pytest.fixture(scope="session")
def photo_png() -> bytes:
    def draw(d) -> None:
        d.rectangle((0, 0, 300, 400), fill=(200, 215, 230, 255))
        d.ellipse((90, 60, 210, 200), fill=(180, 130, 100, 255))
        d.ellipse((40, 220, 260, 480), fill=(60, 90, 140, 255))

    return png_bytes(300, 400, draw)


@pytest.fixture(scope="session")
def signature_png() -> bytes:
    def draw(d) -> None:
        points = [(10, 90), (40, 30), (70, 95), (100, 40), (130, 80), (170, 20), (200, 90),
                  (240, 50), (280, 85), (330, 40), (390, 70)]
        d.line(points, fill=(20, 30, 80, 255), width=5, joint="curve")

    return png_bytes(400, 120, draw)
