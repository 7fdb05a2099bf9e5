"""Sheet geometry against the label makers' published numbers."""

from __future__ import annotations

import pytest
from reportlab.lib.units import inch, mm

from makerspace_app.printing import layouts
from makerspace_app.printing.layouts import (
    AVERY_5395,
    AVERY_L7418,
    CR80,
    certificate_page_size,
    get_layout,
    page_count,
    paginate,
)


def test_cr80_card_is_the_page() -> None:
    card = get_layout(CR80)
    assert card.page_size == pytest.approx((242.65, 153.01), abs=0.01)
    (rect,) = card.page_rects()
    assert (rect.x, rect.y) == (0, 0)
    assert (rect.width, rect.height) == pytest.approx((85.60 * mm, 53.98 * mm))
    assert rect.radius == pytest.approx(3 * mm)


def test_avery_5395_grid() -> None:
    sheet = get_layout(AVERY_5395)
    assert sheet.page_size == (612, 792)  # US Letter
    assert sheet.per_page == 8
    rects = sheet.page_rects()
    first = rects[0]
    # First label 0.6875 in from the left, 0.5833 in from the top.
    assert first.x == pytest.approx(0.6875 * inch)
    assert 792 - first.top == pytest.approx(0.5833 * inch)
    assert (first.width, first.height) == pytest.approx((3.375 * inch, 2.333 * inch))
    assert first.radius == pytest.approx(0.1875 * inch)
    # Pitch 3.75 in across, 2.5 in down; across then down.
    assert rects[1].x - rects[0].x == pytest.approx(3.75 * inch)
    assert rects[0].y - rects[2].y == pytest.approx(2.5 * inch)
    last = rects[-1]
    assert last.right == pytest.approx((0.6875 + 3.75 + 3.375) * inch)
    assert 792 - last.y == pytest.approx((0.5833 + 3 * 2.5 + 2.333) * inch)
    assert all(r.x >= 0 and r.right <= 612 and r.y >= 0 and r.top <= 792 for r in rects)


def test_avery_l7418_grid() -> None:
    sheet = get_layout(AVERY_L7418)
    assert sheet.page_size == pytest.approx((595.2756, 841.8898), abs=1e-3)  # A4
    rects = sheet.page_rects()
    assert len(rects) == 8
    assert rects[0].x == pytest.approx(19 * mm)
    assert 841.8898 - rects[0].top == pytest.approx(38.5 * mm, abs=1e-3)
    assert (rects[0].width, rects[0].height) == pytest.approx((86 * mm, 55 * mm))
    # No gaps: the labels touch, and the margins are the same on both sides.
    assert rects[1].x == pytest.approx(rects[0].right)
    assert rects[2].top == pytest.approx(rects[0].y)
    assert 595.2756 - rects[1].right == pytest.approx(19 * mm, abs=1e-3)
    assert rects[-1].y == pytest.approx(38.5 * mm, abs=1e-3)


def test_paginate_fills_pages_across_then_down() -> None:
    pages = list(paginate(AVERY_5395, 19))
    assert [len(p) for p in pages] == [8, 8, 3]
    assert pages[2] == get_layout(AVERY_5395).page_rects()[:3]
    assert page_count(CR80, 5) == 5
    assert list(paginate(CR80, 0)) == []


def test_paginate_can_skip_used_labels_of_the_first_sheet() -> None:
    pages = list(paginate(AVERY_L7418, 5, skip=6))
    rects = get_layout(AVERY_L7418).page_rects()
    assert pages == [rects[6:8], rects[0:3]]


def test_layout_names_and_aliases() -> None:
    assert get_layout("Avery 5395") is layouts.LAYOUTS[AVERY_5395]
    assert get_layout("L7418") is layouts.LAYOUTS[AVERY_L7418]
    assert get_layout("CR80") is layouts.LAYOUTS[CR80]
    with pytest.raises(ValueError):
        get_layout("avery9999")
    with pytest.raises(IndexError):
        get_layout(CR80).label_rect(1)


def test_certificate_pages_are_landscape() -> None:
    assert certificate_page_size("A4") == pytest.approx((841.89, 595.28), abs=0.01)
    assert certificate_page_size("letter") == (792, 612)
    with pytest.raises(ValueError):
        certificate_page_size("A5")
