"""The XLSX report a kepala subbag prints and signs.

One sheet, *Laporan*, laid out for A4 landscape: the title block (unit, tahun, jabatan,
periode), the table grouped by jabatan with its header row repeated on every printed page,
fitted to the page width (``fitToWidth=1``, ``fitToHeight=0``), wrapped text in rows tall
enough for it (:mod:`ikicalc.writers.measure`), numbers stored as numbers with number
formats, the summary per jabatan, a native bar chart of capaian per indicator, and the
signature block. The summary and the chart with the signature block each start a new page
when they would not fit on the current one. The chart's data is on a hidden sheet.

Every text cell is stored as text (never a formula) and, when a spreadsheet would run it
(:func:`ikicalc.writers.guard.risky`), flagged with Excel's quote prefix, so it shows as
written and is never evaluated.
"""

from __future__ import annotations

import io
import itertools
from copy import copy
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ikicalc.writers.content import (
    AVERAGE,
    LARGEST_SHOWN,
    NOT_COMPUTED,
    SUMMARY_HEADERS,
    Column,
    ReportContent,
    shown_number,
)
from ikicalc.writers.guard import risky
from ikicalc.writers.measure import column_points, fitted_widths, line_height, wrapped_lines

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["xlsx_bytes"]

FONT = "Arial"
SIZE = 9
NUMBER_FORMAT = "#,##0.00"
"""Two decimals, thousands grouped: Indonesian Excel shows ``1.234,50``."""
WHOLE_FORMAT = "#,##0"
MAX_ROW_HEIGHT = 409.0
"""Excel's tallest row, in points; a cell needing more is cut there (the PDF splits it)."""

_A4_LANDSCAPE = (841.9, 595.3)
_MARGINS = {"left": 0.4, "right": 0.4, "top": 0.5, "bottom": 0.7, "header": 0.25, "footer": 0.3}
_CHART_ROWS = 18
_DIGIT = 5.56
"""Points per unit of column width as LibreOffice prints it: a digit of 10-point Arial."""
_ROW = 13.0


class _Sheet:
    """The *Laporan* sheet being written, with the height of every row kept for paging."""

    def __init__(self, sheet: Worksheet, columns: tuple[Column, ...], widths: list[float]) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.sheet = sheet
        self.columns = columns
        self.row = 0
        self.heights: dict[int, float] = {}
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.font = Font(name=FONT, size=SIZE)
        self.bold = Font(name=FONT, size=SIZE, bold=True)
        self.fill = PatternFill("solid", fgColor="D9E1F2")
        self.section_fill = PatternFill("solid", fgColor="F2F2F2")
        self.alignment = Alignment
        self.widths = widths
        self.points = [column_points(width) for width in widths]
        self._styles: dict[tuple[object, ...], Any] = {}

    def body(self, column: int, value: Any, align: str, number_format: str | None) -> Any:
        """A table cell: as :meth:`put` with a border, styled from a cache (styling every
        cell anew makes openpyxl hash style objects, the bulk of the time on large reports)."""
        cell: Any = self.sheet.cell(row=self.row, column=column)
        flagged = isinstance(value, str) and risky(value)
        if isinstance(value, str):
            cell.value = value
            cell.data_type = "s"  # never a formula, whatever the text starts with
        elif value is not None:
            cell.value = value
        key = (column, align, number_format, flagged)
        style = self._styles.get(key)
        if style is None:
            cell.font = self.font
            cell.alignment = self.alignment(wrap_text=True, vertical="top", horizontal=align)
            cell.border = self.border
            if number_format is not None:
                cell.number_format = number_format
            cell.quotePrefix = flagged
            self._styles[key] = copy(cell._style)  # openpyxl's style array
        else:
            cell._style = copy(style)
        return cell

    def put(self, column: int, value: Any, *, bold: bool = False, **align: Any) -> Any:
        """Write ``value`` at (current row, ``column``): text as text, numbers as numbers."""
        cell = self.sheet.cell(row=self.row, column=column)
        if isinstance(value, str):
            cell.value = value
            cell.data_type = "s"  # never a formula, whatever the text starts with
            if risky(value):
                cell.quotePrefix = True
        elif value is not None:
            cell.value = value
        cell.font = self.bold if bold else self.font
        cell.alignment = self.alignment(**{"wrap_text": True, "vertical": "top", **align})
        return cell

    def merged(self, first: int, last: int, value: Any, **style: Any) -> float:
        """Write ``value`` across columns ``first``..``last``; return the height it needs."""
        cell = self.put(first, value, **style)
        if last > first:
            self.sheet.merge_cells(
                start_row=self.row, start_column=first, end_row=self.row, end_column=last
            )
        width = sum(self.points[first - 1 : last])
        return self.height(value, width, bold=bool(style.get("bold")), size=cell.font.sz)

    def height(self, value: Any, width: float, *, bold: bool = False, size: float = SIZE) -> float:
        """The row height ``value`` needs in a cell ``width`` points wide."""
        if not isinstance(value, str) or not value:
            return _ROW
        lines = wrapped_lines(value, width, size, bold=bold)
        return lines * line_height(size) + 2

    def next(self, height: float = _ROW) -> None:
        """Close the current row at ``height`` points and move to the next one."""
        if self.row:
            height = min(height, MAX_ROW_HEIGHT)
            self.sheet.row_dimensions[self.row].height = round(height, 1)
            self.heights[self.row] = height
        self.row += 1


def xlsx_bytes(content: ReportContent) -> bytes:
    """The report described by ``content`` as an XLSX workbook (see the module docstring)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    _default_font(book)
    sheet = book.active
    assert sheet is not None  # noqa: S101 - a new workbook has its sheet
    sheet.title = "Laporan"
    columns = content.columns
    rows = [row for section in content.sections for row in section.rows]
    widths = fitted_widths({c.key: c.width for c in columns}, rows, SIZE)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths[column.key]
    out = _Sheet(sheet, columns, [widths[c.key] for c in columns])
    out.next()
    header = _title_block(out, content)
    keep = _table(out, content, header)
    keep.update(_closing(out, content, book))
    last = get_column_letter(len(columns))
    _page_setup(sheet, f"A1:{last}{out.row - 1}", header)
    _page_breaks(out, header, keep)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _default_font(book: Any) -> None:
    """Make Arial 10 the workbook's default font (Excel's is Calibri 11).

    Column widths are counted in digits of the default font; with Arial (Liberation Sans
    on Linux, the same metrics) every office program lays out the same widths, so the
    row heights computed here fit wherever the file is opened or printed.
    """
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    font = Font(name=FONT, size=10, family=2)
    book._fonts = IndexedList([font])
    book._named_styles["Normal"].font = font


def _title_block(out: _Sheet, content: ReportContent) -> int:
    from openpyxl.styles import Font

    width = len(out.columns)
    for index, line in enumerate(content.title):
        size = 12 if index == 0 else 11
        out.merged(1, width, line, bold=True, horizontal="center")
        out.sheet.cell(row=out.row, column=1).font = Font(name=FONT, size=size, bold=True)
        out.next(size * 1.5)
    out.next(6)
    for label, value in content.meta:
        out.merged(1, 2, label, bold=True)
        needed = out.merged(3, width, f": {value}")
        out.next(max(_ROW, needed))
    out.next(6)
    header = out.row
    return header


def _table(out: _Sheet, content: ReportContent, header: int) -> dict[int, int]:
    """The header row and the rows by jabatan; returns each jabatan heading's block."""
    columns = out.columns
    heights = []
    for index, column in enumerate(columns, start=1):
        cell = out.put(index, column.header, bold=True, horizontal="center", vertical="center")
        cell.fill, cell.border = out.fill, out.border
        heights.append(out.height(column.header, out.points[index - 1], bold=True))
    out.next(max(heights))
    out.sheet.freeze_panes = f"A{header + 1}"
    keep = {}
    for section in content.sections:
        keep[out.row] = out.row + 2  # a jabatan heading stays with its first row
        needed = out.merged(1, len(columns), section.jabatan, bold=True)
        for index in range(1, len(columns) + 1):
            cell = out.sheet.cell(row=out.row, column=index)
            cell.fill, cell.border = out.section_fill, out.border
        out.next(needed)
        for row in section.rows:
            heights = [_ROW]
            for index, column in enumerate(columns, start=1):
                value = row.get(column.key)
                number_format = None
                if isinstance(value, Decimal) and abs(value) >= LARGEST_SHOWN:
                    value = shown_number(value)  # beyond a spreadsheet's digits: as text
                elif isinstance(value, Decimal):
                    whole = column.key == "target" and value == value.to_integral_value()
                    number_format = WHOLE_FORMAT if whole else NUMBER_FORMAT
                out.body(index, value, column.align, number_format)
                heights.append(out.height(value, out.points[index - 1]))
            out.next(max(heights))
    return keep


def _closing(out: _Sheet, content: ReportContent, book: Any) -> dict[int, int]:
    """Notes, chart, summary with the signature block; returns the blocks to keep whole."""
    starts = []
    out.next(6)
    width = len(out.columns)
    for note in content.notes:
        out.next(out.merged(1, width, note))
    out.next(8)
    if content.chart:
        starts.append(out.row)
        out.next(out.merged(1, width, "GRAFIK CAPAIAN PER INDIKATOR (%)", bold=True))
        _chart(out, content, book, out.row)
        for _ in range(_CHART_ROWS):
            out.next(_ROW)
        out.next(8)
    starts.append(out.row)
    _summary_and_signature(out, content)
    starts.append(out.row)
    return {first: end for first, end in itertools.pairwise(starts)}


_SIGNATURE_ROWS = 7
"""Place and date, position, three rows to sign in, name, NIP."""


def _summary_and_signature(out: _Sheet, content: ReportContent) -> None:
    """The summary, and the signature block at its right (below it when the summary needs
    the whole width), its last line level with the summary's last row."""
    width = len(out.columns)
    first = max(1, width - 1)  # the signature takes the last two columns
    headers = len(SUMMARY_HEADERS) + len(content.kategori) + 2
    beside = first - 1 - (headers - 1) >= 2  # the jabatan name still spans two columns
    last = first - 1 if beside else width
    top = out.row
    out.next(out.merged(1, last, "RINGKASAN CAPAIAN PER JABATAN", bold=True))
    _summary(out, content, last)
    if not beside:
        out.next(10)
        top = out.row
    start = max(top, out.row - _SIGNATURE_ROWS)
    while out.row < start + _SIGNATURE_ROWS:
        out.next(_ROW)
    _signature(out, content, start, first)


def _summary(out: _Sheet, content: ReportContent, columns: int) -> None:
    """Jabatan | Jumlah | one column per kategori | Tidak dihitung | Rata-rata capaian."""
    kategori: list[Any] = list(content.kategori)
    joined = len(SUMMARY_HEADERS) + len(kategori) + 2 > columns - 1
    if joined:  # more kategori than columns: one text cell lists them
        kategori = ["Kategori"]
    headers = [*SUMMARY_HEADERS, *kategori, NOT_COMPUTED, AVERAGE]
    name_last = columns - (len(headers) - 1)
    spans = [(1, name_last)] + [(name_last + i, name_last + i) for i in range(1, len(headers))]
    lines: list[tuple[list[Any], bool]] = [(headers, True)]
    for line in content.summary:
        counts: list[Any] = list(line.per_kategori)
        if joined:
            counts = ["; ".join(f"{k}: {n}" for k, n in zip(content.kategori, counts, strict=True))]
        values = [line.jabatan, line.indicators, *counts, line.not_computed, line.average]
        lines.append((values, line.jabatan == "Jumlah"))
    for number, (values, bold) in enumerate(lines):
        needed = [_ROW]
        for (first, last), value in zip(spans, values, strict=True):
            align = "left" if first == 1 and number else "center"
            needed.append(out.merged(first, last, value, bold=bold, horizontal=align))
            for index in range(first, last + 1):
                cell = out.sheet.cell(row=out.row, column=index)
                cell.border = out.border
                if number == 0:
                    cell.fill = out.fill
            if isinstance(value, Decimal):
                out.sheet.cell(row=out.row, column=first).number_format = NUMBER_FORMAT
        out.next(max(needed))


def _signature(out: _Sheet, content: ReportContent, start: int, first: int) -> None:
    """Place and date, position, room to sign, name (bold, underlined when given), NIP."""
    from openpyxl.styles import Font

    width = len(out.columns)
    end = out.row
    tempat, jabatan, nama, nip = content.signature.lines()
    for offset, text in ((0, tempat), (1, jabatan), (5, nama), (6, nip)):
        out.row = start + offset
        needed = out.merged(first, width, text, horizontal="center")
        if offset == 5 and content.signature.nama:
            out.sheet.cell(row=out.row, column=first).font = Font(
                name=FONT, size=SIZE, bold=True, underline="single"
            )
        height = min(max(needed, out.heights.get(out.row, _ROW)), MAX_ROW_HEIGHT)
        out.sheet.row_dimensions[out.row].height = round(height, 1)
        out.heights[out.row] = height
    out.row = end


def _chart(out: _Sheet, content: ReportContent, book: Any, anchor_row: int) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.label import DataLabelList

    data = book.create_sheet("Data grafik")
    data.sheet_state = "hidden"
    data.append(["Kode", "Capaian (%)"])
    for index, (label, value) in enumerate(content.chart, start=2):
        cell = data.cell(row=index, column=1, value=label)
        cell.data_type = "s"  # a kode such as '=1' is text here too, never a formula
        cell.quotePrefix = risky(label)
        # the data labels show the source's format: 98,50 as in the table, not 98,5
        data.cell(row=index, column=2, value=value).number_format = NUMBER_FORMAT
    chart = BarChart()
    chart.type = "col"
    chart.style = 10
    chart.legend = None
    chart.visible_cells_only = False  # the data is on a hidden sheet
    chart.y_axis.title = "Capaian (%)"
    chart.y_axis.numFmt = "0"
    chart.y_axis.scaling.min = 0
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    rows = len(content.chart)
    values = Reference(data, min_col=2, min_row=1, max_row=rows + 1)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=rows + 1))
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    for flag in ("showCatName", "showSerName", "showLegendKey", "showPercent", "showBubbleSize"):
        setattr(chart.dataLabels, flag, False)
    # in centimetres (the stubs say int; openpyxl takes any number)
    wide = min(sum(out.points) * 0.95 / 72 * 2.54, max(20.0, 1.6 * len(content.chart)))
    setattr(chart, "width", wide)  # noqa: B010
    setattr(chart, "height", (_CHART_ROWS - 1) * _ROW / 72 * 2.54)  # noqa: B010
    out.sheet.add_chart(chart, f"A{anchor_row}")


def _page_setup(sheet: Worksheet, area: str, header: int) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    properties = sheet.sheet_properties
    if properties.pageSetUpPr is None:
        from openpyxl.worksheet.properties import PageSetupProperties

        properties.pageSetUpPr = PageSetupProperties()
    properties.pageSetUpPr.fitToPage = True
    for side, inches in _MARGINS.items():
        setattr(sheet.page_margins, side, inches)
    sheet.print_options.horizontalCentered = True
    sheet.print_title_rows = f"{header}:{header}"
    sheet.print_area = area
    footer = sheet.oddFooter.center if sheet.oddFooter is not None else None
    if footer is not None:
        footer.text = "Halaman &P dari &N"
        footer.size = 8
        footer.font = FONT


def _page_breaks(out: _Sheet, header: int, keep: dict[int, int]) -> None:
    """Page breaks so that no block is split: ``keep`` maps a block's first row to its end.

    The pages are laid out as LibreOffice prints them (fit to width: the columns, each as
    wide as its digits of 10-point Arial, scaled to the page; the header row repeats; Excel's
    columns are about 2 % narrower); a break goes before a block (a jabatan heading with its
    first row, the summary, the chart with the signature block) that would not fit in what
    is left of the page.
    """
    from openpyxl.worksheet.pagebreak import Break

    usable_width = _A4_LANDSCAPE[0] - 72 * (_MARGINS["left"] + _MARGINS["right"])
    printed = sum(width * _DIGIT + 0.75 for width in out.widths)
    scale = min(1.0, usable_width / printed)
    page = (_A4_LANDSCAPE[1] - 72 * (_MARGINS["top"] + _MARGINS["bottom"])) / scale - 4
    repeated = out.heights.get(header, _ROW)
    used = 0.0
    for row in range(1, out.row):
        height = out.heights.get(row, _ROW)
        end = keep.get(row)
        if end is not None and used > repeated:
            block = sum(out.heights.get(r, _ROW) for r in range(row, end))
            if used + block > page and block <= page - repeated:
                out.sheet.row_breaks.append(Break(id=row - 1))
                used = repeated
        if used + height > page:
            used = repeated
        used += height
