"""Certificates: both designs, both papers, every name, translated labels, codes that scan."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest

from makerspace_app.printing.certificates import (
    DEFAULT_LABELS,
    CertificateData,
    render_certificates,
)

from .helpers import IN_CI, decode_qr, load_names, rasterise

NAMES = load_names()


def make_cert(name: str, i: int = 0, *, logo=None, signature=None, **kw) -> CertificateData:
    values = dict(
        participant_name=name,
        workshop_title="Introduction to Laser Cutting",
        dates_text="12–14 March 2025",
        hours_text="6 hours",
        leaders_text="Led by Ana Ruiz and Tom Lee",
        org_name="Riverside Public Library Makerspace",
        logo_png=logo,
        signature_png=signature,
        signatory="Dana Whitfield, Makerspace Coordinator",
        issue_date_text="14 March 2025",
        serial=f"2025-{i:06d}",
        verification_code=f"VX7K-{i:04d}-9D",
        verify_hint="Check this certificate at riverside.example.org/verify",
    )
    values.update(kw)
    return CertificateData(**values)


@pytest.mark.parametrize("design", ["formal", "playful"])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_name_in_both_designs(tmp_path, design, paper, logo_png, signature_png) -> None:
    certs = [make_cert(row["name"], i, logo=logo_png, signature=signature_png)
             for i, row in enumerate(NAMES)]
    pdf = tmp_path / "certs.pdf"
    assert render_certificates(certs, pdf, paper=paper, design=design) == len(certs)
    data = pdf.read_bytes()
    box = {"A4": b"841.8898 595.2756", "Letter": b"792 612"}[paper]
    assert data.count(b"/MediaBox [ 0 0 " + box) == len(certs)
    # Logo and signature are stored once however many pages use them.
    one = io.BytesIO()
    render_certificates(certs[:1], one, paper=paper, design=design)
    assert data.count(b"/Subtype /Image") == one.getvalue().count(b"/Subtype /Image")


@pytest.mark.parametrize("design", ["formal", "playful"])
def test_verification_code_scans(tmp_path, design, logo_png, signature_png) -> None:
    certs = [make_cert("محمد عبد الله", 7, logo=logo_png, signature=signature_png),
             make_cert("佐藤 さくら", 8)]
    pdf = tmp_path / "c.pdf"
    render_certificates(certs, pdf, design=design)
    pages = rasterise(pdf, tmp_path / "png", 200)
    assert [decode_qr(p) for p in pages] == [[c.verification_code] for c in certs]


def test_labels_come_from_the_caller(tmp_path) -> None:
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        if IN_CI:
            pytest.fail("pdftotext (poppler-utils) is required under CI=true")
        pytest.skip("pdftotext is not installed (Debian package poppler-utils)")
    labels = {"title": "Teilnahmebestätigung", "certifies": "Hiermit wird bestätigt, dass",
              "completed": "erfolgreich teilgenommen hat an"}
    pdf = tmp_path / "de.pdf"
    render_certificates([make_cert("Jürgen Müller", labels=labels)], pdf)
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "\ufb01" not in flat  # no "fi" ligature glyphs: the text reads back as typed
    assert "Teilnahmebestätigung" in flat
    assert "Jürgen Müller" in flat
    assert DEFAULT_LABELS["title"] not in flat
    assert DEFAULT_LABELS["verification_code"] in flat  # not overridden: English default


def test_optional_parts_can_be_left_out() -> None:
    bare = CertificateData(participant_name="Sukarno", workshop_title="Soldering")
    for design in ("formal", "playful"):
        out = io.BytesIO()
        assert render_certificates([bare], out, design=design) == 1
        assert out.getvalue().startswith(b"%PDF")


def test_unknown_design_or_paper_is_refused() -> None:
    with pytest.raises(ValueError):
        render_certificates([], io.BytesIO(), design="gothic")
    with pytest.raises(ValueError):
        render_certificates([], io.BytesIO(), paper="A3")
