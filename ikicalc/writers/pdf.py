"""The PDF report (``--format pdf``): the same content as the XLSX, ready to sign.

A4 landscape; the title block; the table grouped by jabatan with its header row repeated on
every page and wrapped cells (a row taller than a page is split, never cut); the summary
per jabatan; a drawn bar chart of capaian per indicator; the signature block; "Halaman n
dari N" at the foot of each page. Numbers are shown the Indonesian way (``1.234,50``).

The text font is Bitstream Vera, which ships with reportlab, so the PDF looks the same on
every machine; a character the font lacks is replaced by a close one (``Σ`` by ``∑``) or by
``?``, never drawn as an empty box. Needs the ``pdf`` extra (``pip install 'ikicalc[pdf]'``).
"""

from __future__ import annotations

import io
import math
from decimal import Decimal
from functools import cache
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from ikicalc.writers.content import (
    AVERAGE,
    NOT_COMPUTED,
    SUMMARY_HEADERS,
    Align,
    ReportContent,
    shown_number,
)
from ikicalc.writers.measure import fitted_widths

__all__ = ["pdf_bytes"]

FONT = "IkiSans"
BOLD = "IkiSans-Bold"
SIZE = 7.5
_PAGE = landscape(A4)
_MARGIN = 12 * mm
_HEADER_FILL = colors.HexColor("#D9E1F2")
_SECTION_FILL = colors.HexColor("#F2F2F2")
_GRID = colors.HexColor("#808080")
_SUBSTITUTES = {"Σ": "∑", "\u2400": "?"}


@cache
def _fonts() -> frozenset[int]:
    """Register the fonts; return the code points the text font has."""
    regular = TTFont(FONT, "Vera.ttf")
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))
    return frozenset(regular.face.charToGlyph)


def _drawable(text: str) -> str:
    known = _fonts()
    return "".join(
        ch if ord(ch) in known or ch in "\n" else _SUBSTITUTES.get(ch, "?") for ch in text
    )


_ALIGN: dict[str, Literal[0, 1, 2]] = {"left": 0, "center": 1, "right": 2}
"""reportlab's TA_LEFT, TA_CENTER, TA_RIGHT (it draws only these numbers, not the names)."""


def _style(size: float = SIZE, *, bold: bool = False, align: Align = "left") -> ParagraphStyle:
    return ParagraphStyle(
        "cell",
        fontName=BOLD if bold else FONT,
        fontSize=size,
        leading=size * 1.22,
        alignment=_ALIGN[align],
        splitLongWords=True,
    )


def _para(value: object, style: ParagraphStyle) -> Paragraph:
    """A wrapped cell. The text is escaped: nothing in it is read as markup."""
    if value is None:
        text = ""
    elif isinstance(value, Decimal):
        text = shown_number(value)
    else:
        text = str(value)
    markup = escape(_drawable(text)).replace("\n", "<br/>")
    return Paragraph(markup, style)


def _target(value: object) -> object:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return shown_number(value).rsplit(",", 1)[0]
    return value


def pdf_bytes(content: ReportContent) -> bytes:
    """The report described by ``content`` as PDF (see the module docstring)."""
    _fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=_PAGE,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 4 * mm,
        title=_drawable(" ".join(content.title)),
        author="ikicalc",
    )
    try:
        document.build(_story(content, document.width, split_rows=False),
                       canvasmaker=_NumberedCanvas)
    except LayoutError:  # a row taller than a page: split rows (headings may be orphaned)
        buffer.seek(0)
        buffer.truncate()
        document.build(_story(content, document.width, split_rows=True),
                       canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def _story(content: ReportContent, width: float, *, split_rows: bool) -> list[Flowable]:
    story: list[Flowable] = [*_title_block(content), Spacer(1, 3 * mm)]
    story += _table(content, width, split_rows=split_rows)
    story += [Spacer(1, 2 * mm), *(_para(n, _style(SIZE)) for n in content.notes)]
    story.append(Spacer(1, 4 * mm))
    if content.chart:
        story.append(KeepTogether([_chart(content, min(width, 250 * mm))]))
        story.append(Spacer(1, 4 * mm))
    story.append(_summary_and_signature(content, width))
    return story


def _title_block(content: ReportContent) -> list[Flowable]:
    flowables: list[Flowable] = [
        _para(line, _style(12 if i == 0 else 11, bold=True, align="center"))
        for i, line in enumerate(content.title)
    ]
    flowables.append(Spacer(1, 3 * mm))
    rows = [
        [_para(label, _style(8, bold=True)), _para(f": {value}", _style(8))]
        for label, value in content.meta
    ]
    if rows:
        meta = Table(rows, colWidths=[28 * mm, _PAGE[0] - 2 * _MARGIN - 28 * mm], hAlign="LEFT")
        meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_tight()]))
        flowables.append(meta)
    return flowables


def _tight() -> list[tuple[Any, ...]]:
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]


_CHUNK = 300
"""Rows per table: reportlab re-measures a whole table at every page break, so one table of
thousands of rows takes quadratic time; the header row repeats at each chunk's start."""


def _table(content: ReportContent, width: float, *, split_rows: bool) -> list[Flowable]:
    """The table, grouped by jabatan, in chunks of :data:`_CHUNK` rows."""
    columns = content.columns
    rows = [row for section in content.sections for row in section.rows]
    # Vera is about a tenth wider than the Arial metrics the fitting counts with
    widths = fitted_widths({c.key: c.width for c in columns}, rows, SIZE * 1.1)
    total = sum(widths[c.key] for c in columns)
    col_widths = _room_for_headers(
        [width * widths[c.key] / total for c in columns], [c.header for c in columns]
    )
    header_style = _style(SIZE, bold=True, align="center")
    header = [_para(c.header, header_style) for c in columns]
    styles = {c.key: _style(SIZE, align=c.align) for c in columns}
    heading = _style(SIZE, bold=True)
    tables: list[Flowable] = []
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []

    def flush() -> None:
        if data:
            table = Table([header, *data], colWidths=col_widths, repeatRows=1,
                          splitInRow=int(split_rows))
            table.setStyle(TableStyle([*_TABLE_STYLE, *commands]))
            tables.append(table)
        data.clear()
        commands.clear()

    for section in content.sections:
        if len(data) >= _CHUNK:
            flush()
        index = len(data) + 1
        data.append([_para(section.jabatan, heading)] + [""] * (len(columns) - 1))
        commands.append(("SPAN", (0, index), (-1, index)))
        commands.append(("BACKGROUND", (0, index), (-1, index), _SECTION_FILL))
        if not split_rows:  # a jabatan heading stays with its first row
            commands.append(("NOSPLIT", (0, index), (-1, index + 1)))
        for row in section.rows:
            if len(data) >= _CHUNK:
                flush()
            data.append(
                [
                    _para(_target(row.get(c.key)) if c.key == "target" else row.get(c.key),
                          styles[c.key])
                    for c in columns
                ]
            )
    flush()
    return tables


_TABLE_STYLE: list[tuple[Any, ...]] = [
    ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
    ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


def _room_for_headers(widths: list[float], headers: list[str]) -> list[float]:
    """Widen a column whose header has a word wider than it, taking the room from the widest."""
    needed = [
        max(pdfmetrics.stringWidth(word, BOLD, SIZE) for word in header.split()) + 5
        for header in headers
    ]
    widths = list(widths)
    for index, need in enumerate(needed):
        missing = need - widths[index]
        if missing > 0:
            widest = max(range(len(widths)), key=widths.__getitem__)
            widths[widest] -= missing
            widths[index] += missing
    return widths


def _summary(content: ReportContent, width: float) -> list[Flowable]:
    headers = [*SUMMARY_HEADERS, *content.kategori, NOT_COMPUTED, AVERAGE]
    center = _style(SIZE, align="center")
    bold_center = _style(SIZE, bold=True, align="center")
    data: list[list[Any]] = [[_para(h, bold_center) for h in headers]]
    for line in content.summary:
        total = line.jabatan == "Jumlah"
        style = bold_center if total else center
        data.append(
            [
                _para(line.jabatan, _style(SIZE, bold=total)),
                *(
                    _para(v, style)
                    for v in (line.indicators, *line.per_kategori, line.not_computed)
                ),
                _para(line.average, style),
            ]
        )
    name = min(66 * mm, width * 0.35)
    rest = (width - name) / (len(headers) - 1)
    table = Table(data, colWidths=[name] + [min(rest, 21 * mm)] * (len(headers) - 1),
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
                ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *_tight(),
            ]
        )
    )
    title = _para("RINGKASAN CAPAIAN PER JABATAN", _style(9, bold=True))
    return [title, Spacer(1, 1.5 * mm), table]


_SIGNATURE_WIDTH = 80 * mm


def _summary_and_signature(content: ReportContent, width: float) -> Flowable:
    """The summary with the signature block at its right, its last line level with the
    summary's last row; below it, kept on the same page, when the summary is too wide."""
    summary = _summary(content, width)
    summary_width = sum(summary[-1]._colWidths)  # type: ignore[attr-defined]
    signature = _signature(content)
    if summary_width + _SIGNATURE_WIDTH + 8 * mm <= width:
        table = Table(
            [[summary, signature]],
            colWidths=[width - _SIGNATURE_WIDTH, _SIGNATURE_WIDTH],
        )
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (0, 0), "TOP"), ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
                        *_tight()])
        )
        return table
    right = Table([[signature]], colWidths=[_SIGNATURE_WIDTH], hAlign="RIGHT")
    return KeepTogether([*summary, Spacer(1, 6 * mm), right])


def _signature(content: ReportContent) -> list[Flowable]:
    """Place and date, position, room to sign, name (bold, underlined when given), NIP."""
    tempat, jabatan, nama, nip = content.signature.lines()
    name_style = _style(9, bold=bool(content.signature.nama), align="center")
    plain = _style(9, align="center")
    name = _para(nama, name_style)
    if content.signature.nama:
        name = Paragraph(f"<u>{escape(_drawable(nama))}</u>", name_style)
    return [_para(tempat, plain), _para(jabatan, plain), Spacer(1, 20 * mm), name,
            _para(nip, plain)]


def _chart(content: ReportContent, width: float) -> Drawing:
    height = 56 * mm
    drawing = Drawing(width, height)
    drawing.add(
        String(0, height - 9, "GRAFIK CAPAIAN PER INDIKATOR (%)", fontName=BOLD, fontSize=9)
    )
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 28
    chart.width, chart.height = int(width - 40), int(height - 50)
    values = [min(max(float(value), -1e300), 1e300) for _, value in content.chart]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_drawable(label) for label, _ in content.chart]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    if len(values) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    low, step, high = _axis(values)
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#4472C4")
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6 if len(values) > 20 else 7
    chart.barLabels.nudge = 6
    chart.barLabelFormat = lambda value: shown_number(Decimal(str(value)))
    drawing.add(chart)
    return drawing


def _axis(values: list[float]) -> tuple[float, float, float]:
    """The value axis: from 0 (or below the lowest value) past 100 and the highest value, in
    about five steps of 1, 2 or 5 times a power of ten (a capaian of 1E+40 % gets 8 ticks,
    not 5E+38)."""
    low = min([0.0, *values])
    high = max([100.0, *values])
    raw = (high - low) / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return math.floor(low / step) * step, step, math.ceil(high / step) * step


class _NumberedCanvas(Canvas):
    """A canvas that writes "Halaman n dari N" once the number of pages is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        """Number every page, then write the file."""
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7)
            self.drawCentredString(
                _PAGE[0] / 2, 8 * mm, f"Halaman {self.getPageNumber()} dari {len(self._pages)}"
            )
            super().showPage()
        super().save()
