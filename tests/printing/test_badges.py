"""Badges: every name on every layout, codes that scan, photos only when given."""

from __future__ import annotations

import io
import math

import pytest
from PIL import Image

from makerspace_app.printing.badges import BadgeData, OrgData, render_badges
from makerspace_app.printing.layouts import AVERY_5395, AVERY_L7418, CR80, LAYOUTS

from .helpers import decode_qr, load_names, rasterise

NAMES = load_names()
CERTS = ("Laser cutter", "3D printer", "Sewing machine", "Soldering", "CNC router",
         "Vinyl cutter", "Embroidery", "Wood lathe")


def badges_for_all_names(photo: bytes | None = None) -> list[BadgeData]:
    return [
        BadgeData(
            display_name=f"{row['given_name']} {row['family_name']}",  # untrimmed on purpose
            preferred_name=row["given_name"].strip() if i % 3 == 0 else "",
            role_or_since=("Member since 2023", "Volunteer", "Staff")[i % 3],
            certifications=CERTS[: i % (len(CERTS) + 1)],
            badge_code=f"MS-{1000 + i:05d}",
            photo_png=photo if i % 4 == 1 else None,
        )
        for i, row in enumerate(NAMES)
    ]


@pytest.mark.parametrize("layout", [CR80, AVERY_5395, AVERY_L7418])
def test_every_name_on_every_layout(tmp_path, layout, logo_png, photo_png) -> None:
    badges = badges_for_all_names(photo_png)
    pdf = tmp_path / f"{layout}.pdf"
    pages = render_badges(badges, layout, pdf, OrgData("Riverside Library Makerspace", logo_png))
    assert pages == math.ceil(len(badges) / LAYOUTS[layout].per_page)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_writes_to_a_binary_stream_and_handles_no_badges() -> None:
    out = io.BytesIO()
    assert render_badges([], "cr80", out, OrgData("Org")) == 0
    assert out.getvalue().startswith(b"%PDF")
    out = io.BytesIO()
    assert render_badges([BadgeData("Sukarno")], "avery5395", out, OrgData("Org")) == 1


def test_photo_is_drawn_only_when_passed(logo_png, photo_png) -> None:
    def images_in(badge: BadgeData) -> int:
        out = io.BytesIO()
        render_badges([badge], CR80, out, OrgData("Org", logo_png))
        return out.getvalue().count(b"/Subtype /Image")

    without = images_in(BadgeData("Zoë O'Connor-Smith", badge_code="MS-1"))
    with_photo = images_in(BadgeData("Zoë O'Connor-Smith", badge_code="MS-1", photo_png=photo_png))
    assert with_photo in (without + 1, without + 2)  # the photo (and its soft mask)


def test_logo_is_stored_once_per_pdf(logo_png) -> None:
    def size(n: int) -> int:
        out = io.BytesIO()
        render_badges([BadgeData(f"Name {i}") for i in range(n)], CR80, out,
                      OrgData("Org", logo_png))
        return out.getvalue().count(b"/Subtype /Image")

    assert size(1) == size(6)


@pytest.mark.parametrize("layout", [AVERY_5395, AVERY_L7418])
def test_badge_codes_scan_and_ink_stays_on_the_labels(tmp_path, layout, logo_png) -> None:
    badges = badges_for_all_names()[:8]
    pdf = tmp_path / "sheet.pdf"
    render_badges(badges, layout, pdf, OrgData("Riverside Library Makerspace", logo_png))
    dpi = 300
    (page,) = rasterise(pdf, tmp_path / "png", dpi)
    image = Image.open(page).convert("L")
    sheet = LAYOUTS[layout]
    scale = dpi / 72
    page_h = sheet.page_size[1]
    mask = Image.new("L", image.size, 0)
    for i, (rect, badge) in enumerate(zip(sheet.page_rects(), badges)):
        box = (int(rect.x * scale) - 2, int((page_h - rect.top) * scale) - 2,
               int(rect.right * scale) + 2, int((page_h - rect.y) * scale) + 2)
        # Each label alone, as a scanner at the desk sees one badge.
        label = tmp_path / f"label{i}.png"
        image.crop(box).save(label)
        assert decode_qr(label) == [badge.badge_code]
        mask.paste(255, box)
    # Nothing is printed outside the labels (the design is clipped to each label).
    outside = Image.composite(Image.new("L", image.size, 255), image, mask)
    assert outside.getextrema()[0] > 240, "ink outside the labels"


def test_cr80_badge_code_scans(tmp_path) -> None:
    badge = BadgeData("Maria Dos Santos Silva Pereira de Albuquerque Cavalcanti",
                      badge_code="MS-99999", certifications=CERTS)
    pdf = tmp_path / "card.pdf"
    render_badges([badge], CR80, pdf, OrgData("Org"))
    (page,) = rasterise(pdf, tmp_path / "png", 300)
    assert decode_qr(page) == ["MS-99999"]
