"""The documents ``tools/render_layouts.py`` renders: Word tables (python-docx, OMML written as
XML) and Excel sheets (openpyxl), one formula per page, written as offices write them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side


@dataclass(frozen=True)
class Spec:
    """One formula: numerator and denominator over the names, scale, names and structure."""

    source: str
    numerator: str
    denominator: str
    scale: str | None
    variables: tuple[str, ...]
    structure: str


LABELS = ("Persentase", "Capaian", "Rasio", "IKU", "Persentase Capaian", "Tingkat", "Nilai")
SCALES = ("× 100%", "x 100%", "X 100%", "x 100 %", "× 100")
HEADINGS = ("Keterangan:", "Keterangan :", "dimana:", "Dimana", "dengan:", "Dengan :", "Ket :")
SEPARATORS = ("=", ":", "=", " = ")
SYMBOL_STYLES = ("letters", "acronyms", "X1")
SCALE_PLACES = ("bar line", "after denominator", "own line")
FORMULA_LINES = ("one line", "stacked", "equation")
_SKIP = {"yang", "yg", "dan", "di", "dari", "pada", "dalam", "untuk", "ke", "oleh", "atau"}
_MATH = (
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def choices(spec: Spec, layout: str, digest: Callable[..., int]) -> dict[str, str]:
    """The choices of one rendering, each drawn by a hash of the names and the choice."""

    def pick(name: str, pool: tuple[str, ...]) -> str:
        return pool[digest(name, layout, *spec.variables) % len(pool)]

    scale = pick("scale", SCALES) if spec.scale == "100" else ""
    if spec.scale and spec.scale != "100":
        scale = "x " + f"{int(spec.scale):,}".replace(",", ".")
    return {
        "label": pick("label", ("", "", *LABELS)),
        "scale": scale,
        "scale place": pick("place", SCALE_PLACES),
        "symbols": pick("symbols", SYMBOL_STYLES),
        "heading": pick("heading", HEADINGS),
        "separator": pick("separator", SEPARATORS),
        "formula line": pick("formula line", FORMULA_LINES),
        "header row": pick("header row", ("yes", "no")),
        "column": pick("column", ("narrow", "wide", "wide")),
    }


def symbols_of(spec: Spec, style: str) -> tuple[str, ...]:
    """The symbols standing for the names: ``A``, ``B``; ``X1``, ``X2``; acronyms."""
    count = len(spec.variables)
    if style == "letters":
        return tuple("ABCDEFGH"[:count])
    if style == "X1":
        return tuple(f"X{i}" for i in range(1, count + 1))
    found: list[str] = []
    for name in spec.variables:
        words = [x for x in re.findall(r"[^\W\d_]+", name) if x.lower() not in _SKIP]
        symbol = "".join(x[0].upper() for x in words[:4]) or "Q"
        while symbol in found or len(symbol) < 2:
            symbol += "X" if len(symbol) < 2 else str(len(found) + 1)
        found.append(symbol)
    return tuple(found)


def with_symbols(spec: Spec, symbols: tuple[str, ...]) -> tuple[str, str]:
    """Numerator and denominator with each name replaced by its symbol."""
    numerator, denominator = spec.numerator, spec.denominator
    for name, symbol in sorted(zip(spec.variables, symbols, strict=True), key=lambda p: -len(p[0])):
        numerator = numerator.replace(name, symbol)
        denominator = denominator.replace(name, symbol)
    return numerator, denominator


def indicator_text(number: int) -> str:
    """The Indikator cell of row ``number`` (it carries the number: the txt export's anchor)."""
    return f"Indikator kinerja {number}"


def source_text(number: int) -> str:
    """The Sumber data cell of row ``number``."""
    return f"Laporan dinas {number}"


# --- Word -----------------------------------------------------------------------------------


def _math_run(text: str) -> str:
    return f'<m:r><m:t xml:space="preserve">{escape(text)}</m:t></m:r>'


def equation(label: str, numerator: str, denominator: str, scale: str) -> Any:
    """An OMML equation paragraph: ``label = numerator / denominator scale``."""
    before = _math_run(f"{label} = ") if label else ""
    after = _math_run(f" {scale}") if scale else ""
    fraction = (
        f"<m:f><m:num>{_math_run(numerator)}</m:num><m:den>{_math_run(denominator)}</m:den></m:f>"
    )
    return parse_xml(f"<m:oMath {_MATH}>{before}{fraction}{after}</m:oMath>")


def _bottom_border(paragraph: Any) -> None:
    properties = paragraph._p.get_or_add_pPr()
    properties.append(
        parse_xml(
            f'<w:pBdr {_W}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
            "</w:pBdr>"
        )
    )


def _cell_bottom(cell: Any) -> None:
    properties = cell._tc.get_or_add_tcPr()
    properties.append(
        parse_xml(
            f'<w:tcBorders {_W}><w:bottom w:val="single" w:sz="6" w:color="000000"/></w:tcBorders>'
        )
    )


def _no_borders(table: Any) -> None:
    properties = table._tbl.tblPr
    edges = "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    properties.append(parse_xml(f"<w:tblBorders {_W}>{edges}</w:tblBorders>"))


def _paragraph(cell: Any, text: str, first: list[bool], center: bool = False) -> Any:
    """A new paragraph in ``cell`` (its first, empty one the first time)."""
    paragraph = cell.paragraphs[0] if first[0] else cell.add_paragraph()
    first[0] = False
    paragraph.text = text
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _stack(
    cell: Any,
    spec: Spec,
    layout: str,
    parts: dict[str, str],
    first: list[bool],
    numerator: str,
    denominator: str,
) -> None:
    """Numerator, bar, denominator as paragraphs of ``cell`` (the bar as typed or a border)."""
    label, scale, place = parts["label"], parts["scale"], parts["scale place"]
    if layout == "bar-border" or (layout == "legend-lines" and parts["formula line"] == "stacked"):
        if label:
            _paragraph(cell, f"{label} =", first)
        top = _paragraph(cell, numerator, first, center=True)
        _bottom_border(top)
        tail = f" {scale}" if scale and place != "own line" else ""
        _paragraph(cell, denominator + tail, first, center=True)
        if scale and place == "own line":
            _paragraph(cell, scale, first)
        return
    char = "_" if layout == "bar-underscores" else "-"
    bar = char * max(8, min(45, max(len(numerator), len(denominator)) * 4 // 5))
    middle = f"{label} = {bar}" if label else bar
    _paragraph(cell, numerator, first)
    _paragraph(cell, middle + (f" {scale}" if scale and place == "bar line" else ""), first)
    _paragraph(
        cell, denominator + (f" {scale}" if scale and place == "after denominator" else ""), first
    )
    if scale and place == "own line":
        _paragraph(cell, scale, first)


def _widths(table: Any, widths: tuple[Any, ...]) -> None:
    """Column widths as Word keeps them (the grid) and as LibreOffice reads them."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _legend_entries(spec: Spec, symbols: tuple[str, ...]) -> list[tuple[str, str]]:
    return list(zip(symbols, spec.variables, strict=True))


def _symbol_formula(
    cell: Any, spec: Spec, parts: dict[str, str], first: list[bool], symbols: tuple[str, ...]
) -> None:
    numerator, denominator = with_symbols(spec, symbols)
    label, scale = parts["label"], parts["scale"]
    how = parts["formula line"]
    if how == "equation":
        paragraph = _paragraph(cell, "", first)
        paragraph._p.append(equation(label, numerator, denominator, scale))
    elif how == "stacked":
        _stack(cell, spec, "legend-lines", parts, first, numerator, denominator)
    else:
        text = f"{_bracket(numerator)} / {_bracket(denominator)}" + (f" {scale}" if scale else "")
        _paragraph(cell, f"{label} = {text}" if label else text, first)


def _bracket(text: str) -> str:
    return f"({text})" if re.search(r" [+−] ", text) else text


def fill_cell(cell: Any, spec: Spec, layout: str, parts: dict[str, str], room: float) -> None:
    """Write one formula in the Formula cell, in ``layout``."""
    first = [True]
    label, scale = parts["label"], parts["scale"]
    if layout == "omml":
        paragraph = _paragraph(cell, "", first)
        paragraph._p.append(equation(label, spec.numerator, spec.denominator, scale))
    elif layout in ("bar-dashes", "bar-underscores", "bar-border"):
        _stack(cell, spec, layout, parts, first, spec.numerator, spec.denominator)
    elif layout == "bar-table":
        _paragraph(cell, "Rumus:", first)
        inner = cell.add_table(rows=2, cols=3)
        _no_borders(inner)
        _widths(inner, (Cm(room * 0.25), Cm(room * 0.55), Cm(room * 0.2)))
        inner.cell(0, 0).merge(inner.cell(1, 0)).text = f"{label} =" if label else ""
        inner.cell(0, 1).text = spec.numerator
        inner.cell(1, 1).text = spec.denominator
        _cell_bottom(inner.cell(0, 1))
        inner.cell(0, 2).merge(inner.cell(1, 2)).text = scale
        for row in inner.rows:
            row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        symbols = symbols_of(spec, parts["symbols"])
        entries = _legend_entries(spec, symbols)
        separator = parts["separator"]
        if layout == "legend-beside":
            inner = cell.add_table(rows=len(entries), cols=3)
            inner.style = "Table Grid"
            _widths(inner, (Cm(room * 0.45), Cm(1.6), Cm(room * 0.55 - 1.6)))
            merged = inner.cell(0, 0).merge(inner.cell(len(entries) - 1, 0))
            _symbol_formula(merged, spec, parts, [True], symbols)
            for row, (symbol, name) in enumerate(entries):
                inner.cell(row, 1).text = symbol
                inner.cell(row, 2).text = name
            return
        _symbol_formula(cell, spec, parts, first, symbols)
        _paragraph(cell, parts["heading"], first)
        if layout == "legend-lines":
            for symbol, name in entries:
                _paragraph(cell, f"{symbol} {separator.strip()} {name}", first)
        else:
            header = parts["header row"] == "yes"
            columns = 3 if separator.strip() in ("=", ":") else 2
            inner = cell.add_table(rows=len(entries) + header, cols=columns)
            inner.style = "Table Grid"
            if columns == 3:
                _widths(inner, (Cm(1.8), Cm(0.7), Cm(room - 2.5)))
            else:
                _widths(inner, (Cm(1.8), Cm(room - 1.8)))
            if header:
                inner.cell(0, 0).text = "Simbol"
                inner.cell(0, columns - 1).text = "Keterangan"
            for row, (symbol, name) in enumerate(entries, start=header):
                inner.cell(row, 0).text = symbol
                if columns == 3:
                    inner.cell(row, 1).text = separator.strip()
                inner.cell(row, columns - 1).text = name


def word_document(
    batch: list[tuple[Spec, str, dict[str, str]]], fill: Callable[..., None] | None = None
) -> Any:
    """A landscape document, one table ``No | Indikator | Formula | Sumber data`` a page (the
    Formula cell written by ``fill``, :func:`fill_cell` unless given)."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.5))
    document.styles["Normal"].font.size = Pt(10)
    for number, (spec, layout, parts) in enumerate(batch, start=1):
        table = document.add_table(rows=2, cols=4)
        table.style = "Table Grid"
        table.autofit = False
        formula = 7.0 if parts["column"] == "narrow" else 14.0
        widths = (Cm(1.2), Cm(5.0), Cm(formula), Cm(4.5))
        _widths(table, widths)
        for column, head in enumerate(("No", "Indikator", "Formula", "Sumber data")):
            table.cell(0, column).text = head
        table.cell(1, 0).text = str(number)
        table.cell(1, 1).text = indicator_text(number)
        table.cell(1, 3).text = source_text(number)
        (fill or fill_cell)(table.cell(1, 2), spec, layout, parts, formula - 0.4)
        if number < len(batch):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return document


def formula_cell(table: Any) -> Any:
    """The Formula cell of a rendered row."""
    return table.cell(1, 2)


# --- Excel ----------------------------------------------------------------------------------

_THIN = Side(style="thin")


def workbook(batch: list[tuple[Spec, str, dict[str, str]]]) -> tuple[Any, list[str]]:
    """One sheet a formula (printed on one landscape page) and each formula block's text as
    openpyxl gives it (each row's values joined, a row a line)."""
    book = Workbook()
    book.remove(book.active)
    blocks: list[str] = []
    for number, (spec, layout, parts) in enumerate(batch, start=1):
        sheet = book.create_sheet(f"F{number}")
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        for column, width in zip("ABCDEF", (5, 22, 14, 48, 10, 18), strict=True):
            sheet.column_dimensions[column].width = width
        for column, head in zip("ABCF", ("No", "Indikator", "Formula", "Sumber data"), strict=True):
            sheet[f"{column}1"] = head
        sheet.merge_cells("C1:E1")
        rows: list[tuple[str, str, str]] = []  # label, middle, right per row
        label, scale = parts["label"], parts["scale"]
        if layout == "xlsx-stack":
            rows = [
                (f"{label} =" if label else "", spec.numerator, scale),
                ("", spec.denominator, ""),
            ]
        else:
            symbols = symbols_of(spec, parts["symbols"])
            numerator, denominator = with_symbols(spec, symbols)
            rows = [(f"{label} =" if label else "", numerator, scale), ("", denominator, "")]
            rows.append(("", parts["heading"], ""))
            separator = parts["separator"].strip()
            rows += [
                ("", f"{s} {separator} {n}", "")
                for s, n in zip(symbols, spec.variables, strict=True)
            ]
        last = 1 + len(rows)
        for offset, (left, middle, right) in enumerate(rows, start=2):
            sheet[f"C{offset}"], sheet[f"D{offset}"], sheet[f"E{offset}"] = left, middle, right
            for column in "CDE":
                sheet[f"{column}{offset}"].alignment = Alignment(wrap_text=True, vertical="center")
            if offset > 3:
                sheet.merge_cells(f"C{offset}:E{offset}")
                sheet[f"C{offset}"] = middle
        for offset, (_, middle, _) in enumerate(rows, start=2):
            room = 45 if offset <= 3 else 75  # characters a line of D, or of C:E merged
            lines = sum(-(-max(len(part), 1) // room) for part in middle.split("\n"))
            sheet.row_dimensions[offset].height = 15 * lines + 3  # as Excel fits a row
        sheet["D2"].border = Border(bottom=_THIN)
        sheet["D2"].alignment = sheet["D3"].alignment = Alignment(
            horizontal="center", wrap_text=True, vertical="center"
        )
        sheet.merge_cells("C2:C3")
        sheet.merge_cells("E2:E3")
        sheet["A2"], sheet["B2"], sheet["F2"] = number, indicator_text(number), source_text(number)
        for column in "ABF":
            sheet.merge_cells(f"{column}2:{column}{last}")
        for row in range(1, last + 1):
            for column in "ABCDEF":
                cell = sheet[f"{column}{row}"]
                edge = cell.border
                cell.border = Border(
                    left=_THIN if column in "ABCF" else edge.left,
                    right=_THIN if column in "ABEF" else edge.right,
                    top=_THIN if row in (1, 2) else edge.top,
                    bottom=_THIN
                    if row in (1, last) or (column == "D" and row == 2)
                    else edge.bottom,
                )
        block = []
        for offset in range(2, last + 1):
            values = [sheet[f"{c}{offset}"].value for c in "CDE"]
            line = " ".join(str(v) for v in values if v not in (None, ""))
            if line:
                block.append(line)
        blocks.append("\n".join(block))
    return book, blocks
