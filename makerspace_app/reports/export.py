"""Reports as files: a PDF to hand to funders, and a CSV file for spreadsheets.

The PDF (ReportLab, A4) has a title block with the organisation, the report and its period,
the key figures, tables (numbers right-aligned, header rows repeated on each page) and
charts drawn with ``reportlab.graphics``: horizontal bar charts (booked hours by category,
reach by age band) and the weekday-by-hour heat map, whose cells are coloured *and* carry
their number, so colour is never the only signal. Every page has a footer with the report,
its period and "page N of M"; the last section says how each figure is counted.

Text is drawn with the bundled Noto Sans (``printing.fonts``) so accents and Greek or
Cyrillic letters print; a table cell holding another script (Arabic, Devanagari, CJK...) is
shaped and drawn per script with ``printing.text``. Without the bundled fonts ReportLab's
Helvetica is used.

The CSV is one file per report: UTF-8 with a byte-order mark and CRLF (``csv_io.write_csv``),
sections separated by a blank line, each starting with its title on a row of its own, then a
header row. Cells a spreadsheet would run as a formula get a leading apostrophe.

``labels`` (both formats) maps the English texts of the report (titles, column names,
notes, row labels such as age bands, marked for translation in context "Reports") to the
words to print instead: a mapping, or a function from English text to printed text (the ui
passes its translator, the command line nothing). Text cells of the rows go through it too,
so a label like "Under 12" or "Retired" prints translated; names of items, workshops and
categories are data and come back unchanged.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from makerspace_app.domain.errors import ValidationError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.reports import queries as q
from makerspace_app.services import csv_io

CTX = "Reports"  # written out in each QT_TRANSLATE_NOOP: lupdate reads only a literal context

FORMATS = {".pdf": "pdf", ".csv": "csv"}

# Colours: a calm blue for structure, a sequential blue scale for the heat map.
INK = colors.HexColor("#1B2733")
MUTED = colors.HexColor("#5B6B7A")
ACCENT = colors.HexColor("#1F4E79")
ACCENT_LIGHT = colors.HexColor("#E8F0F8")
RULE = colors.HexColor("#C9D3DD")
ZEBRA = colors.HexColor("#F4F7FA")
BAR = colors.HexColor("#2E75B6")
HEAT_LOW = colors.HexColor("#EEF4FA")
HEAT_HIGH = colors.HexColor("#0B3C6E")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PAD = 4.0  # table cell padding, left and right

Labels = Mapping[str, str] | Callable[[str], str] | None


def format_of(path: Path | str) -> str:
    """"pdf" or "csv" from the file's extension; anything else is refused by name."""
    suffix = Path(path).suffix.lower()
    found = FORMATS.get(suffix)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A report is written as a PDF or a CSV file: name the file with "
              ".pdf or .csv at the end (not “{suffix}”)."),
            suffix=suffix or Path(path).name)
    return found


def write_report(report: q.Report, path: Path | str, org_name: str = "",
                 labels: Labels = None) -> Path:
    """Write ``report`` as the format the file name ends with (.pdf or .csv)."""
    path = Path(path)
    if format_of(path) == "pdf":
        write_pdf(report, path, org_name, labels)
    else:
        write_csv(report, path, labels)
    return path


def _translator(labels: Labels) -> Callable[[str], str]:
    if callable(labels):
        return labels
    table = dict(labels or {})
    return lambda text: table.get(text, text)


# --- Values as text ------------------------------------------------------------------------------


def _display(value: Any, kind: str) -> str:
    """A value as printed in the PDF."""
    if value is None:
        return "–"
    if kind == q.FIGURE:
        return value if isinstance(value, str) else f"{value:,}"
    if kind == q.COUNT:
        return f"{value:,}"
    if kind == q.HOURS:
        return f"{value:,.1f}"
    if kind == q.PERCENT:
        return f"{value:.1f}"
    if kind == q.DATE:
        return value.isoformat()
    return str(value)


def _headline(value: Any, kind: str) -> str:
    """A key figure: whole hours when there are many, a percent sign on shares."""
    if value is None:
        return "–"
    if kind == q.PERCENT:
        return f"{value:.1f}%"
    if kind == q.HOURS and value >= 1000:
        return f"{value:,.0f}"
    return _display(value, kind)


def _csv_value(value: Any, kind: str) -> Any:
    """A value as written to the CSV: numbers as numbers, text protected from formulas."""
    if value is None:
        return ""
    if kind == q.HOURS:
        return round(float(value), 2)
    if kind == q.PERCENT:
        return round(float(value), 1)
    if kind == q.DATE:
        return value.isoformat()
    if kind in (q.COUNT, q.FIGURE) and not isinstance(value, str):
        return int(value)
    return _protect(str(value))


def _protect(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _period_text(period: q.Period, tr: Callable[[str], str]) -> str:
    if period.first_day == period.last_day:
        days = period.first_day.isoformat()
    else:
        days = f"{period.first_day.isoformat()} – {period.last_day.isoformat()}"
    zone = tr(QT_TRANSLATE_NOOP("Reports", "time zone"))
    return f"{days}  ({zone} {period.timezone})"


def _generated_text(period: q.Period) -> str:
    try:
        local = period.generated_at.astimezone(ZoneInfo(period.timezone))
    except (ValueError, KeyError):
        local = period.generated_at
    return local.strftime("%Y-%m-%d %H:%M")


# --- CSV -----------------------------------------------------------------------------------------


def write_csv(report: q.Report, path: Path | str, labels: Labels = None) -> int:
    """Write the report as one CSV file; returns the number of lines after the first."""
    tr = _translator(labels)
    path = Path(path)
    period = report.period
    rows: list[Sequence[Any]] = [
        [tr(QT_TRANSLATE_NOOP("Reports", "Period")), period.first_day.isoformat(), period.last_day.isoformat()],
        [tr(QT_TRANSLATE_NOOP("Reports", "Time zone")), period.timezone],
        [tr(QT_TRANSLATE_NOOP("Reports", "Generated")), _generated_text(period)],
        [],
        [tr(QT_TRANSLATE_NOOP("Reports", "Key figures"))],
        [tr(QT_TRANSLATE_NOOP("Reports", "Figure")), tr(QT_TRANSLATE_NOOP("Reports", "Value"))],
    ]
    rows += [[_protect(tr(f.label)), _csv_value(f.value, f.kind)] for f in report.summary]
    for section in _sections(report):
        rows.append([])
        if isinstance(section, q.Table):
            rows += _csv_table(section, tr)
        else:
            rows += _csv_heatmap(section, tr)
    rows += [[], [tr(QT_TRANSLATE_NOOP("Reports", "How these figures are counted"))]]
    rows += [[_protect(tr(note))] for note in report.notes]
    return csv_io.write_csv(path, [_protect(tr(report.title))], rows)


def _sections(report: q.Report) -> list[q.Table | q.HeatMap]:
    if isinstance(report, q.UsageReport):
        return [report.categories, report.heatmap, report.busiest, report.idle, report.items]
    return list(report.tables)


def _csv_table(table: q.Table, tr: Callable[[str], str]) -> list[Sequence[Any]]:
    out: list[Sequence[Any]] = [[_protect(tr(table.title))],
                                [_protect(tr(c.name)) for c in table.columns]]
    for row in table.rows:
        out.append([_csv_value(tr(v) if isinstance(v, str) and c.kind == q.TEXT else v, c.kind)
                    for v, c in zip(row, table.columns)])
    if table.totals is not None:
        out.append([_csv_value(tr(v) if isinstance(v, str) else v, c.kind)
                    for v, c in zip(table.totals, table.columns)])
    return out


def _csv_heatmap(heat: q.HeatMap, tr: Callable[[str], str]) -> list[Sequence[Any]]:
    out: list[Sequence[Any]] = [[_protect(tr(heat.title))],
                                [tr(QT_TRANSLATE_NOOP("Reports", "Weekday"))] + [f"{h:02d}:00" for h in heat.hours]
                                + [tr(QT_TRANSLATE_NOOP("Reports", "Total"))]]
    for label, values in zip(heat.row_labels, heat.values):
        out.append([tr(label)] + [round(v, 2) for v in values] + [round(sum(values), 2)])
    return out


# --- PDF: fonts and text -------------------------------------------------------------------------


@cache
def _fonts() -> tuple[str, str]:
    """The regular and bold font names: the bundled Noto Sans, else Helvetica."""
    try:
        from makerspace_app.printing.fonts import latin_font_name

        return latin_font_name(False), latin_font_name(True)
    except Exception:  # noqa: BLE001 - no bundled fonts: ReportLab's own still print Latin text
        return "Helvetica", "Helvetica-Bold"


def _covered(text: str) -> bool:
    """True when the Latin font has every character of ``text``."""
    if text.isascii():
        return True
    try:
        from makerspace_app.printing.fonts import LATIN, font_for_script

        font = font_for_script(LATIN)
        return all(ch.isspace() or font.covers(ch) for ch in text)
    except Exception:  # noqa: BLE001 - no bundled fonts: draw what Helvetica can
        return True


class _ShapedLine(Flowable):
    """One line of text in any script (shaped by ``printing.text``), shrunk to fit."""

    def __init__(self, text: str, size: float, bold: bool = False, color=INK,
                 align: str = "left") -> None:
        super().__init__()
        self.text, self.size, self.bold, self.color, self.align = text, size, bold, color, align
        self._size = size
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        from makerspace_app.printing.text import measure

        width = measure(self.text, self.size, self.bold)
        self._size = self.size if width <= avail_width or width == 0 else max(
            4.0, self.size * avail_width / width)
        self._width = avail_width
        return avail_width, self._size * 1.35

    def draw(self) -> None:
        from makerspace_app.printing.text import draw_text

        x = {"left": 0.0, "center": self._width / 2, "right": self._width}[self.align]
        draw_text(self.canv, self.text, x, self._size * 0.3, self._size, align=self.align,
                  bold=self.bold, color=self.color)


class _Styles:
    def __init__(self) -> None:
        regular, bold = _fonts()
        self.regular, self.bold = regular, bold
        base = dict(fontName=regular, textColor=INK)
        self.org = ParagraphStyle("org", fontName=bold, fontSize=11, leading=14, textColor=ACCENT)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=24, leading=29, textColor=INK,
                                    spaceBefore=2, spaceAfter=4)
        self.subtitle = ParagraphStyle("subtitle", fontSize=10.5, leading=14, textColor=INK,
                                       fontName=regular)
        self.small = ParagraphStyle("small", fontSize=8, leading=10.5, textColor=MUTED,
                                    fontName=regular)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=13, leading=16, textColor=ACCENT,
                                 spaceBefore=14, spaceAfter=6)
        self.body = ParagraphStyle("body", fontSize=9, leading=12.5, **base)
        self.note = ParagraphStyle("note", fontSize=8.5, leading=11.5, leftIndent=9,
                                   bulletIndent=0, **base)
        self.cell = ParagraphStyle("cell", fontSize=8, leading=9.8, **base)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", fontName=bold, fontSize=7.2, leading=8.8,
                                   textColor=colors.white)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)
        self.total = ParagraphStyle("total", parent=self.cell, fontName=bold)
        self.band = ParagraphStyle("band", parent=self.cell, fontName=bold, textColor=ACCENT)
        self.figure_value = ParagraphStyle("figure_value", fontName=bold, fontSize=17, leading=20,
                                           textColor=ACCENT, alignment=TA_LEFT)
        self.figure_label = ParagraphStyle("figure_label", fontSize=7.8, leading=9.5,
                                           textColor=MUTED, fontName=regular)

    def text(self, value: str, style: ParagraphStyle) -> Flowable:
        """A paragraph, or a shaped line when the text needs a font other than the Latin one."""
        if _covered(value):
            return Paragraph(escape(value), style)
        color = style.textColor
        align = "right" if style.alignment == TA_RIGHT else "left"
        return _ShapedLine(value, style.fontSize, style.fontName == self.bold, color, align)


# --- PDF: page furniture -------------------------------------------------------------------------


class _NumberedCanvas(pdf_canvas.Canvas):
    """Draws "page N of M" and the running footer once the page count is known."""

    footer_left = ""
    footer_right = ""
    font = "Helvetica"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _height = self._pagesize
        margin = 18 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(margin, 14 * mm, width - margin, 14 * mm)
        self.setFont(self.font, 7.5)
        self.setFillColor(MUTED)
        if _covered(self.footer_left):
            self.drawString(margin, 10 * mm, self.footer_left)
        else:
            from makerspace_app.printing.text import draw_text

            draw_text(self, self.footer_left, margin, 10 * mm, 7.5, color=MUTED)
        text = self.footer_right.format(page=self._pageNumber, pages=total)
        self.drawRightString(width - margin, 10 * mm, text)
        self.restoreState()


def _canvas_maker(footer_left: str, footer_right: str, font: str) -> type[_NumberedCanvas]:
    return type("_ReportCanvas", (_NumberedCanvas,),
                {"footer_left": footer_left, "footer_right": footer_right, "font": font})


def _top_band(canvas: pdf_canvas.Canvas, doc: SimpleDocTemplate) -> None:
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
    canvas.restoreState()


# --- PDF: building blocks -------------------------------------------------------------------------


def _key_figures(figures: Sequence[q.KeyFigure], st: _Styles, tr: Callable[[str], str],
                 width: float) -> Flowable:
    per_row = 4
    cells, row = [], []
    for f in figures:
        row.append([Paragraph(escape(_headline(f.value, f.kind)), st.figure_value),
                    Spacer(1, 2), st.text(tr(f.label), st.figure_label)])
        if len(row) == per_row:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (per_row - len(row)))
    gap = 6
    col = (width - gap * (per_row - 1)) / per_row
    widths = []
    for i in range(per_row):
        widths.append(col)
        if i < per_row - 1:
            widths.append(gap)
    grid = [sum(([c, ""] for c in r), [])[:-1] for r in cells]
    table = Table(grid, colWidths=widths, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
             ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
    for r in range(len(grid)):
        for c in range(0, len(widths), 2):
            if grid[r][c] != "":
                style += [("BACKGROUND", (c, r), (c, r), ACCENT_LIGHT),
                          ("LINEBEFORE", (c, r), (c, r), 2.5, ACCENT)]
        if r:
            style.append(("TOPPADDING", (0, r), (-1, r), 7))
    table.setStyle(TableStyle(style))
    return table


def _numeric(kind: str) -> bool:
    return kind in (q.COUNT, q.HOURS, q.PERCENT, q.FIGURE)


def _text_widths(natural: Sequence[float], free: float) -> list[float]:
    """Share ``free`` points among text columns. If all fit at their natural width, the
    spare room is spread in proportion; otherwise the narrow columns keep their natural
    width and the wide ones share what is left equally (the fairest cap)."""
    natural = [max(n, 30.0) for n in natural]
    if not natural:
        return []
    if sum(natural) <= free:
        extra = free - sum(natural)
        return [n + extra * n / sum(natural) for n in natural]
    widths = [0.0] * len(natural)
    room, left = free, len(natural)
    for i in sorted(range(len(natural)), key=lambda k: natural[k]):
        cap = room / left
        widths[i] = min(natural[i], cap)
        room -= widths[i]
        left -= 1
    return widths


def _table(table: q.Table, st: _Styles, tr: Callable[[str], str], width: float,
           group: str | None = None) -> Flowable:
    """A data table: header repeated on every page, zebra rows, numbers on the right.

    With ``group`` (a column name), that column is left out and its values head bands of
    rows instead (the rows come sorted by it)."""
    columns = list(table.columns)
    rows = [list(r) for r in table.rows]
    totals = list(table.totals) if table.totals is not None else None
    group_values: list[Any] = []
    if group is not None:
        g = table.column_names.index(group)
        group_values = [r[g] for r in rows]
        columns.pop(g)
        rows = [r[:g] + r[g + 1:] for r in rows]
        if totals is not None:
            totals = totals[:g] + totals[g + 1:]
    numeric = [_numeric(c.kind) or c.kind == q.DATE for c in columns]
    sample = rows[:400]
    widths: list[float] = [0.0] * len(columns)
    natural: list[float] = []
    pad = 2 * _PAD + 0.5
    for i, c in enumerate(columns):
        longest = max((stringWidth(_display(r[i], c.kind), st.regular, 8) for r in sample),
                      default=0)
        if totals is not None:
            shown = (_display(totals[i], c.kind) if numeric[i] or not isinstance(totals[i], str)
                     else tr(totals[i]))
            longest = max(longest, stringWidth(shown, st.bold, 8))
        word = max((stringWidth(w, st.bold, st.head.fontSize) for w in tr(c.name).split()),
                   default=0)
        if numeric[i]:
            widths[i] = min(max(longest, word, 22) + pad, 72)
        else:
            natural.append(min(max(longest, word) + pad, width * 0.45))
    text_columns = [i for i, n in enumerate(numeric) if not n]
    free = max(width - sum(widths), 40.0 * len(text_columns))
    for i, w in zip(text_columns, _text_widths(natural, free)):
        widths[i] = w

    header = [st.text(tr(c.name), st.head_right if numeric[i] else st.head)
              for i, c in enumerate(columns)]
    data: list[list[Any]] = [header]
    bands: list[int] = []
    previous = object()
    for n, row in enumerate(rows):
        if group is not None and group_values[n] != previous:
            previous = group_values[n]
            bands.append(len(data))
            data.append([st.text(str(previous), st.band)] + [""] * (len(columns) - 1))
        data.append([_display(v, c.kind) if numeric[i] else st.text(tr(_display(v, c.kind)), st.cell)
                     for i, (v, c) in enumerate(zip(row, columns))])
    if totals is not None:
        data.append([("" if v is None else _display(v, c.kind)) if numeric[i]
                     else st.text(tr(v) if isinstance(v, str) else _display(v, c.kind), st.total)
                     for i, (v, c) in enumerate(zip(totals, columns))])
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("FONT", (0, 1), (-1, -1), st.regular, 8),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD), ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    if not bands:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    for i, is_number in enumerate(numeric):
        if is_number:
            style.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
    for b in bands:
        style += [("SPAN", (0, b), (-1, b)), ("BACKGROUND", (0, b), (-1, b), ACCENT_LIGHT),
                  ("TOPPADDING", (0, b), (-1, b), 5), ("LINEBELOW", (0, b), (-1, b), 0.6, ACCENT)]
    if totals is not None:
        style += [("FONT", (0, -1), (-1, -1), st.bold, 8),
                  ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT)]
    out = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    out.setStyle(TableStyle(style))
    return out


def _folded(table: q.Table, folds: int, st: _Styles, tr: Callable[[str], str],
            width: float) -> Flowable:
    """A long two-column table set in ``folds`` side-by-side blocks, read down each block."""
    per_block = max(1, -(-len(table.rows) // folds))
    if len(table.rows) <= 8:
        return _table(table, st, tr, width * 0.6)
    if per_block <= 40:  # read down each block (the caller keeps it on one page)
        blocks = [table.rows[i:i + per_block] for i in range(0, len(table.rows), per_block)]
    else:  # too long for a page: read across, so a page break never splits the order
        blocks = [table.rows[b::folds] for b in range(folds)]
    gap = 10.0
    block_w = (width - gap * (folds - 1)) / folds
    label_w, value_w = block_w - 62, 62.0
    header: list[Any] = []
    widths: list[float] = []
    for b in range(folds):
        header += [st.text(tr(table.columns[0].name), st.head),
                   st.text(tr(table.columns[1].name), st.head_right)]
        widths += [label_w, value_w]
        if b < folds - 1:
            header.append("")
            widths.append(gap)
    data: list[list[Any]] = [header]
    for i in range(per_block):
        line: list[Any] = []
        for b in range(folds):
            if b < len(blocks) and i < len(blocks[b]):
                label, value = blocks[b][i][0], blocks[b][i][1]
                line += [st.text(tr(label), st.cell), _display(value, table.columns[1].kind)]
            else:
                line += ["", ""]
            if b < folds - 1:
                line.append("")
        data.append(line)
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("FONT", (0, 1), (-1, -1), st.regular, 8),
             ("TEXTCOLOR", (0, 1), (-1, -1), INK),
             ("TOPPADDING", (0, 0), (-1, -1), 3.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
             ("LEFTPADDING", (0, 0), (-1, -1), 4.5), ("RIGHTPADDING", (0, 0), (-1, -1), 4.5)]
    for b in range(folds):
        c = b * 3
        style += [("BACKGROUND", (c, 0), (c + 1, 0), ACCENT),
                  ("ALIGN", (c + 1, 0), (c + 1, -1), "RIGHT"),
                  ("ROWBACKGROUNDS", (c, 1), (c + 1, -1), [colors.white, ZEBRA]),
                  ("LINEBELOW", (c, 1), (c + 1, -1), 0.25, RULE)]
    out = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    out.setStyle(TableStyle(style))
    return out


def _bar_chart(series: q.BarSeries, st: _Styles, tr: Callable[[str], str],
               width: float) -> Drawing:
    """Horizontal bars with the value written at the end of each bar."""
    labels = [tr(label) for label in series.labels] or [tr(QT_TRANSLATE_NOOP("Reports", "(none)"))]
    shown = [v if not isinstance(v, str) else 0 for v in series.values] or [0]
    texts = [_display(v, series.kind) for v in series.values] or ["0"]
    if series.kind == q.HOURS:
        whole = max(shown) >= 100
        texts = [f"{v:,.0f} h" if whole else f"{v:,.1f} h" for v in shown]
    label_width = min(max(stringWidth(label, st.regular, 8) for label in labels) + 8, width * 0.38)
    bar_step = 17
    height = bar_step * len(labels) + 34
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 22
    chart.width = width - label_width - 58
    chart.height = bar_step * len(labels)
    # ReportLab draws the first category at the bottom: reverse so the list reads top-down.
    chart.data = [list(reversed(shown))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = st.regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    top = max(shown) if any(shown) else 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.02
    chart.valueAxis.labels.fontName = st.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E9EF")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.labelTextFormat = (lambda v: f"{v:,.0f}") if top >= 10 else (lambda v: f"{v:g}")
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = 11
    chart.groupSpacing = 6
    chart.barLabelArray = [list(reversed(texts))]
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = st.bold
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _mix(low: colors.Color, high: colors.Color, t: float) -> colors.Color:
    return colors.Color(low.red + (high.red - low.red) * t, low.green + (high.green - low.green) * t,
                        low.blue + (high.blue - low.blue) * t)


def _heat_number(value: float, top: float) -> str:
    """Whole hours in a busy map; up to two decimals (1.5, 0.25) in a quiet one."""
    if round(value, 2) == 0:
        return "0"
    if top < 10:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value:,.0f}"


def _heatmap(heat: q.HeatMap, st: _Styles, tr: Callable[[str], str], width: float) -> Drawing:
    """Weekday rows by hour columns; each cell coloured by its hours and labelled with them."""
    used = [h for h in heat.hours if any(row[h] > 0 for row in heat.values)]
    hours = list(range(min(used), max(used) + 1)) if used else list(range(9, 18))
    top = heat.maximum
    label_w, total_w = 30.0, 40.0
    cell_w = (width - label_w - total_w - 6) / len(hours)
    cell_h = 19.0
    legend_h = 30.0
    head_h = 14.0
    height = head_h + cell_h * len(heat.values) + legend_h
    d = Drawing(width, height)
    grid_top = height - head_h
    for j, hour in enumerate(hours):
        x = label_w + j * cell_w + cell_w / 2
        d.add(String(x, grid_top + 4, f"{hour:02d}", fontName=st.regular, fontSize=7,
                     fillColor=MUTED, textAnchor="middle"))
    total_x = label_w + len(hours) * cell_w + 6
    d.add(String(total_x + total_w - 2, grid_top + 4, tr(QT_TRANSLATE_NOOP("Reports", "Total")), fontName=st.bold,
                 fontSize=7, fillColor=MUTED, textAnchor="end"))
    for i, (label, row) in enumerate(zip(heat.row_labels, heat.values)):
        y = grid_top - (i + 1) * cell_h
        d.add(String(label_w - 5, y + cell_h / 2 - 2.6, tr(label), fontName=st.bold, fontSize=8,
                     fillColor=INK, textAnchor="end"))
        for j, hour in enumerate(hours):
            value = row[hour]
            t = (value / top) ** 0.8 if top > 0 else 0.0
            fill = colors.white if value == 0 else _mix(HEAT_LOW, HEAT_HIGH, t)
            x = label_w + j * cell_w
            d.add(Rect(x, y, cell_w, cell_h, fillColor=fill, strokeColor=colors.white,
                       strokeWidth=1.2))
            text = _heat_number(value, top)
            size = min(7.2, (cell_w - 3) / max(len(text) * 0.56, 1))
            ink = colors.white if t > 0.5 else (colors.HexColor("#A5B1BC") if value == 0 else INK)
            d.add(String(x + cell_w / 2, y + cell_h / 2 - size * 0.35, text, fontName=st.regular,
                         fontSize=size, fillColor=ink, textAnchor="middle"))
        d.add(String(total_x + total_w - 2, y + cell_h / 2 - 2.6, _heat_number(sum(row), top),
                     fontName=st.bold, fontSize=7.5, fillColor=INK, textAnchor="end"))
    d.add(Line(label_w, grid_top - len(heat.values) * cell_h - 0.6,
               label_w + len(hours) * cell_w, grid_top - len(heat.values) * cell_h - 0.6,
               strokeColor=RULE, strokeWidth=0.5))
    # Legend: the scale, with numbers at both ends.
    steps = 7
    sw = 20.0
    lx = label_w
    ly = 6.0
    d.add(String(lx, ly + 3, tr(QT_TRANSLATE_NOOP("Reports", "Booked hours:")), fontName=st.regular, fontSize=7.5,
                 fillColor=MUTED))
    lx += stringWidth(tr(QT_TRANSLATE_NOOP("Reports", "Booked hours:")), st.regular, 7.5) + 6
    d.add(String(lx, ly + 3, "0", fontName=st.regular, fontSize=7.5, fillColor=MUTED))
    lx += 9
    for k in range(steps):
        t = (k + 1) / steps
        d.add(Rect(lx + k * sw, ly, sw, 10, fillColor=_mix(HEAT_LOW, HEAT_HIGH, t),
                   strokeColor=colors.white, strokeWidth=0.8))
    d.add(String(lx + steps * sw + 4, ly + 3, _heat_number(top, top), fontName=st.regular,
                 fontSize=7.5, fillColor=MUTED))
    return d


def _notes(report: q.Report, st: _Styles, tr: Callable[[str], str]) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(40 * mm),
                           st.text(tr(QT_TRANSLATE_NOOP("Reports", "How these figures are counted")), st.h2)]
    for note in report.notes:
        out.append(Paragraph(escape(tr(note)), st.note, bulletText="•"))
        out.append(Spacer(1, 2.5))
    return out


def _section(title: str, body: Sequence[Flowable], st: _Styles) -> list[Flowable]:
    """A heading kept with the start of what it heads."""
    head = st.text(title, st.h2)
    if len(body) == 1 and isinstance(body[0], Table):
        return [CondPageBreak(35 * mm), head, body[0]]
    return [KeepTogether([head, *body])]


# --- PDF: the three reports ----------------------------------------------------------------------


def _usage_story(report: q.UsageReport, st: _Styles, tr: Callable[[str], str],
                 width: float) -> list[Flowable]:
    def say(text: str) -> Flowable:
        return Paragraph(escape(tr(text)), st.body)

    if not report.items.rows:
        return _section(tr(report.items.title), [say(QT_TRANSLATE_NOOP(
            "Reports", "No equipment was registered by the end of the period."))], st)
    story: list[Flowable] = []
    if report.booked_hours > 0:
        story += _section(tr(report.hours_by_category.title),
                          [_bar_chart(report.hours_by_category, st, tr, width)], st)
    story += _section(tr(QT_TRANSLATE_NOOP("Reports", "Categories")), [_table(report.categories, st, tr, width)], st)
    story += _section(tr(report.heatmap.title), [
        Paragraph(escape(tr(QT_TRANSLATE_NOOP("Reports", "Booked hours in each local hour of the day, over the whole "
                                   "period. Darker cells are busier; every cell shows its hours."))),
                  st.small),
        Spacer(1, 5), _heatmap(report.heatmap, st, tr, width)], st)
    if report.busiest.rows:
        story += _section(tr(report.busiest.title), [_table(report.busiest, st, tr, width)], st)
    else:
        story += _section(tr(report.busiest.title),
                          [say(QT_TRANSLATE_NOOP("Reports", "No item was booked in the period."))], st)
    if report.idle.rows:
        story += _section(tr(report.idle.title), [_table(report.idle, st, tr, width)], st)
    else:
        story += _section(tr(report.idle.title),
                          [say(QT_TRANSLATE_NOOP("Reports", "Every item was booked at least once in the period."))], st)
    story += _section(tr(report.items.title),
                      [_table(report.items, st, tr, width, group=QT_TRANSLATE_NOOP("Reports", "Category"))], st)
    return story


def _workshops_story(report: q.WorkshopsReport, st: _Styles, tr: Callable[[str], str],
                     width: float) -> list[Flowable]:
    if not report.workshops.rows:
        return _section(tr(report.workshops.title), [Paragraph(escape(tr(QT_TRANSLATE_NOOP(
            "Reports", "No workshop had a session in the period."))), st.body)], st)
    return _section(tr(report.workshops.title), [_table(report.workshops, st, tr, width)], st)


def _reach_story(report: q.ReachReport, st: _Styles, tr: Callable[[str], str],
                 width: float) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 4),
        Paragraph(escape(tr(QT_TRANSLATE_NOOP("Reports", "To protect privacy, any figure from 1 to 4 is shown as “<5”, "
                                   "so that no one can be singled out."))), st.small),
    ]
    chart_w, table_w = width * 0.6, width * 0.37
    pair = Table([[_bar_chart(report.age_chart, st, tr, chart_w),
                   _table(report.age_bands, st, tr, table_w)]],
                 colWidths=[width - table_w, table_w], hAlign="LEFT")
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += _section(tr(report.age_chart.title), [pair], st)
    languages = _folded(report.languages, 3, st, tr, width)
    if len(report.languages.rows) <= 120:  # read down three blocks: keep it on one page
        story.append(KeepTogether([st.text(tr(report.languages.title), st.h2), languages]))
    else:
        story += _section(tr(report.languages.title), [languages], st)
    story += _section(tr(report.needs.title), [_table(report.needs, st, tr, width * 0.6)], st)
    return story


def write_pdf(report: q.Report, path: Path | str, org_name: str,
              labels: Labels = None) -> Path:
    """Write the report as a PDF (A4; the workshops table on landscape pages)."""
    tr = _translator(labels)
    st = _Styles()
    path = Path(path)
    pagesize = landscape(A4) if isinstance(report, q.WorkshopsReport) else A4
    margin = 18 * mm
    buffer = io.BytesIO()
    title = tr(report.title)
    period = _period_text(report.period, tr)
    doc = SimpleDocTemplate(
        buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
        topMargin=16 * mm, bottomMargin=20 * mm, title=f"{title} — {org_name}".strip(" —"),
        author=org_name, subject=period, creator="Makerspace",
    )
    width = doc.width
    story: list[Flowable] = []
    if org_name.strip():
        story.append(st.text(org_name, st.org))
    story.append(st.text(title, st.title))
    period_word = tr(QT_TRANSLATE_NOOP("Reports", "Period"))
    generated = tr(QT_TRANSLATE_NOOP("Reports", "Generated"))
    story.append(st.text(f"{period_word}: {period}", st.subtitle))
    story.append(Spacer(1, 2))
    story.append(Paragraph(escape(f"{generated} {_generated_text(report.period)}"), st.small))
    story.append(Spacer(1, 10))
    story.append(_key_figures(report.summary, st, tr, width))
    if isinstance(report, q.UsageReport):
        story += _usage_story(report, st, tr, width)
    elif isinstance(report, q.WorkshopsReport):
        story += _workshops_story(report, st, tr, width)
    else:
        story += _reach_story(report, st, tr, width)
    story += _notes(report, st, tr)

    footer_left = f"{org_name} · {title} · {period}" if org_name.strip() else f"{title} · {period}"
    footer_right = tr(QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}"))
    maker = _canvas_maker(footer_left, footer_right, st.regular)
    doc.build(story, onFirstPage=_top_band, onLaterPages=_top_band, canvasmaker=maker)
    try:
        path.write_bytes(buffer.getvalue())
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Cannot write {path}: {reason}."), path=str(path),
                              reason=exc.strerror or str(exc)) from None
    return path
