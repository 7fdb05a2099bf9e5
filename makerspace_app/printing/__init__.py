"""Printing: badges and certificates as PDF, in every script (ReportLab, no Qt).

- ``fonts``: the bundled font for each script, registered with ReportLab on first use.
- ``text``: one line of text drawn right: per-script runs, HarfBuzz shaping, bidi order;
  ``measure``, ``draw_text``, ``fit_text``.
- ``qr``: QR codes drawn as one path.
- ``layouts``: card and label-sheet geometry, certificate page sizes.
- ``badges``: ``render_badges``; ``certificates``: ``render_certificates``.
"""

from __future__ import annotations

from makerspace_app.printing.badges import BadgeData, OrgData, render_badges
from makerspace_app.printing.certificates import (
    DEFAULT_LABELS,
    CertificateData,
    render_certificates,
)
from makerspace_app.printing.layouts import LAYOUTS, get_layout, paginate
from makerspace_app.printing.text import draw_text, fit_text, measure

__all__ = [
    "DEFAULT_LABELS",
    "LAYOUTS",
    "BadgeData",
    "CertificateData",
    "OrgData",
    "draw_text",
    "fit_text",
    "get_layout",
    "measure",
    "paginate",
    "render_badges",
    "render_certificates",
]
