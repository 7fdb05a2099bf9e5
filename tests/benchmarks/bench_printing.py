"""500 certificates with QR codes and shaped names, next to 500 text-only pages from plain
ReportLab in the same run (goal: at most 3x)."""

from __future__ import annotations

import csv
import io
import statistics
import time

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from tests.benchmarks.common import ROOT, Figure, print_table

COUNT = 500
RUNS = 3


def _names() -> list[str]:
    rows = list(csv.DictReader((ROOT / "tests" / "data" / "names.csv").open(encoding="utf-8")))
    names = [f"{r['given_name'].strip()} {r['family_name'].strip()}".strip() for r in rows]
    return [names[i % len(names)] for i in range(COUNT)]


def _plain(names: list[str]) -> float:
    started = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=landscape(A4))
    for i, name in enumerate(names):
        canvas.setFont("Helvetica-Bold", 28)
        canvas.drawCentredString(421, 400, "Certificate of completion")
        canvas.setFont("Helvetica", 22)
        canvas.drawCentredString(421, 330, name.encode("latin-1", "replace").decode("latin-1"))
        canvas.setFont("Helvetica", 14)
        canvas.drawCentredString(421, 280, "has completed Laser cutter safety training")
        canvas.drawCentredString(421, 120, f"Serial MS-2026-{i:05d}")
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - started


def _forget_texts() -> None:
    """Every batch prints names and codes never seen before: no shaped line or QR code may
    come from an earlier run's caches (registered fonts may: that is once per process)."""
    from makerspace_app.printing import qr, text

    for cached in (text.layout_line, text._fit, qr.qr_matrix, qr._stencil):
        cached.cache_clear()


def _app(names: list[str]) -> float:
    from makerspace_app.printing.certificates import (
        CertificateData,
        render_certificates,
    )

    certs = [CertificateData(participant_name=name, workshop_title="Laser cutter safety training",
                             dates_text="3–17 March 2026", hours_text="6 hours",
                             leaders_text="Led by Ana Ruiz", org_name="Riverside Public Library",
                             issue_date_text="20 March 2026", serial=f"MS-2026-{i:05d}",
                             verification_code=f"MS1-{i:05d}-Q2X8J7W4K9M3T6R1P5V0")
             for i, name in enumerate(names)]
    _forget_texts()
    started = time.perf_counter()
    render_certificates(certs, io.BytesIO(), paper="A4", design="formal")
    return time.perf_counter() - started


def run() -> list[Figure]:
    names = _names()
    _app(names)  # font registration happens once per process; not part of each batch
    plain, app = [], []
    for _ in range(RUNS):
        plain.append(_plain(names))
        app.append(_app(names))
    figures = [Figure("500 certificates: QR, shaped names, images (median)",
                      statistics.median(app) * 1000, "ms",
                      "500 text-only pages, plain ReportLab", statistics.median(plain) * 1000,
                      "<= 3x")]
    print_table(f"Printing certificates ({RUNS} runs each, one PDF)", figures)
    return figures
