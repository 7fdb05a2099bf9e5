"""Sheet geometry: where each badge goes on which page, and certificate page sizes.

All numbers are in PDF points (1/72 in) with ReportLab's origin at the bottom left of the
page. The label figures are the makers' published templates (the same ones glabels ships in
avery-us-templates.xml and avery-iso-templates.xml); print a test sheet on plain paper
(``render_badges(..., outline=True)``) and hold it against a real sheet before trusting a
new one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.units import inch, mm

CR80 = "cr80"
AVERY_5395 = "avery5395"
AVERY_L7418 = "averyL7418"


@dataclass(frozen=True)
class Rect:
    """A rectangle on a page, in points, origin at the bottom left."""

    x: float
    y: float
    width: float
    height: float
    radius: float = 0.0  # corner radius of the label or card

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def center_x(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class SheetLayout:
    """A page holding ``columns`` × ``rows`` labels on a regular grid.

    ``left`` and ``top`` place the first label's top-left corner, measured from the page's
    top-left corner; ``pitch_x`` and ``pitch_y`` are label size plus gap.
    """

    key: str
    title: str
    page_size: tuple[float, float]
    label_width: float
    label_height: float
    columns: int
    rows: int
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    radius: float
    die_cut: bool  # True for label sheets (no need to draw cut lines)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label_rect(self, index: int) -> Rect:
        """The rectangle of label ``index`` (0-based, across then down) on a page."""
        if not 0 <= index < self.per_page:
            raise IndexError(f"label {index} is not on a {self.columns}×{self.rows} sheet")
        row, col = divmod(index, self.columns)
        page_height = self.page_size[1]
        x = self.left + col * self.pitch_x
        y_top = page_height - self.top - row * self.pitch_y
        return Rect(x, y_top - self.label_height, self.label_width, self.label_height, self.radius)

    def page_rects(self) -> list[Rect]:
        return [self.label_rect(i) for i in range(self.per_page)]


LAYOUTS: dict[str, SheetLayout] = {
    CR80: SheetLayout(
        key=CR80,
        title="CR80 card (ID-1), one per page",
        page_size=(85.60 * mm, 53.98 * mm),
        label_width=85.60 * mm,
        label_height=53.98 * mm,
        columns=1,
        rows=1,
        left=0.0,
        top=0.0,
        pitch_x=85.60 * mm,
        pitch_y=53.98 * mm,
        radius=3.0 * mm,
        die_cut=True,
    ),
    AVERY_5395: SheetLayout(
        key=AVERY_5395,
        title="Avery 5395 name badges (US Letter, 8 per sheet)",
        page_size=letter,
        label_width=3.375 * inch,
        label_height=2.333 * inch,
        columns=2,
        rows=4,
        left=0.6875 * inch,
        top=0.5833 * inch,
        pitch_x=3.75 * inch,
        pitch_y=2.5 * inch,
        radius=0.1875 * inch,
        die_cut=True,
    ),
    AVERY_L7418: SheetLayout(
        key=AVERY_L7418,
        title="Avery L7418 name badges (A4, 8 per sheet)",
        page_size=A4,
        label_width=86 * mm,
        label_height=55 * mm,
        columns=2,
        rows=4,
        left=19 * mm,
        top=38.5 * mm,
        pitch_x=86 * mm,
        pitch_y=55 * mm,
        radius=3.0 * mm,
        die_cut=True,
    ),
}

# Other spellings a caller or a settings file may use.
_ALIASES = {
    "cr80": CR80, "card": CR80, "id1": CR80, "id-1": CR80,
    "avery5395": AVERY_5395, "5395": AVERY_5395, "avery_5395": AVERY_5395,
    "averyl7418": AVERY_L7418, "l7418": AVERY_L7418, "avery_l7418": AVERY_L7418,
}


def get_layout(name: str) -> SheetLayout:
    """The layout called ``name`` (a LAYOUTS key or a common alias, any case)."""
    key = _ALIASES.get(name.strip().lower().replace(" ", ""))
    if key is None:
        raise ValueError(f"unknown badge layout {name!r}; known: {', '.join(LAYOUTS)}")
    return LAYOUTS[key]


def paginate(layout: SheetLayout | str, count: int, skip: int = 0) -> Iterator[list[Rect]]:
    """The label rectangles for ``count`` badges, one list per page.

    ``skip`` leaves that many labels of the first page empty (a part-used sheet).
    """
    if isinstance(layout, str):
        layout = get_layout(layout)
    if count < 0 or skip < 0:
        raise ValueError("count and skip must not be negative")
    skip %= layout.per_page
    rects = layout.page_rects()
    position = skip
    remaining = count
    while remaining > 0:
        take = min(layout.per_page - position, remaining)
        yield rects[position : position + take]
        remaining -= take
        position = 0


def page_count(layout: SheetLayout | str, count: int, skip: int = 0) -> int:
    return sum(1 for _ in paginate(layout, count, skip))


# ------------------------------------------------------------------------------------------
# Certificates

CERTIFICATE_PAPERS: dict[str, tuple[float, float]] = {
    "A4": landscape(A4),  # 841.89 × 595.28 pt
    "Letter": landscape(letter),  # 792 × 612 pt
}


def certificate_page_size(paper: str) -> tuple[float, float]:
    """Landscape page size for "A4" or "Letter" (any case)."""
    for name, size in CERTIFICATE_PAPERS.items():
        if name.lower() == paper.strip().lower():
            return size
    raise ValueError(f"unknown paper {paper!r}; known: {', '.join(CERTIFICATE_PAPERS)}")
