"""Formulas as Word's equation editor, a scanner's OCR and Excel's wrapped text cells make and
flatten them: ``tests/data/rendered-equations.jsonl`` (issue 14, causes 4 and 6; session 14).

    python tools/render_equations.py [--out PATH] [--formulas N] [--keep DIR]

The formulas are DRAWN, not copied: indicator names from word classes (a head of counting, a
thing counted, a qualifier; ``tools/render_names.py``) in the structures offices use (a ratio,
a difference or a sum over a base, sums ``∑`` over sums, a ratio per 1.000, symbols with
subscripts and a legend). Each formula is written once, in one layout drawn by a hash of its
names:

- ``omml-fraction``: a Word equation (``m:f``), a label ``… =`` before it sometimes, the
  scale after it; ``omml-bracket``: the difference over a base, its numerator in ``m:d``
  brackets; ``omml-nary``: ``m:nary ∑`` over the numerator and the denominator;
  ``omml-subscript``: ``P_KL = J_KL / J_T × 100%`` with ``m:sSub`` symbols and a legend whose
  symbols are inline equations too;
- ``scan-*``: a typed layout of ``tools/render_writers.py`` (dashes, a bordered bar, a legend,
  a one-line formula) printed and read back by OCR (the page an image by ``pdftoppm``, the
  Formula cell read by ``tesseract -l ind+eng``): what a scanned LKjIP's text layer holds;
- ``xlsx-wrapped``: an Excel cell holding the formula typed as text with manual line breaks
  (Alt+Enter: numerator, a line of dashes with the scale, denominator) or a one-line formula
  the column's width wraps, printed by LibreOffice (pdftotext, OCR) and saved as CSV.

Extractors: ``pdftotext`` (default, ``-layout``, ``-raw``), ``pdfplumber``, ``docx-xml`` (the
``w:t`` and ``m:t`` text of the cell's XML in document order, as a naive XML walker gives it),
``ocr`` and ``csv``. An extraction that lost a name's word (OCR misread it, a PDF ran words
together) is kept with ``readable: false``: the benchmark counts it apart. Each record has the
fields of ``tests/data/rendered-layouts.jsonl``. Never reads the set-aside holdout file.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import render_writers as w  # noqa: E402
from tools.render_layouts import (  # noqa: E402
    _cell_box,
    digest,
    pdf_texts,
    readable,
    render_batches,
    soffice,
)
from tools.render_layouts import record as rendering  # noqa: E402
from tools.render_names import formulas  # noqa: E402

OUT = ROOT / "tests" / "data" / "rendered-equations.jsonl"
PER_DOCUMENT = 40
OMML = ("omml-fraction", "omml-bracket", "omml-nary", "omml-subscript")
SCANNED = ("scan-bar-dashes", "scan-bar-border", "scan-legend-lines", "scan-one-line")
PDF = ("pdftotext", "pdftotext-layout", "pdftotext-raw", "pdfplumber")
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_NS = f'xmlns:m="{_M}" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def layout_of(spec: w.Spec) -> str:
    """The layout a formula is written in, drawn by a hash of its names."""
    if spec.structure.startswith("sum("):
        return "omml-nary" if digest("nary", *spec.variables) % 3 else "scan-one-line"
    if spec.structure.startswith("(v1 - v2)"):
        pool: tuple[str, ...] = ("omml-bracket", "scan-bar-dashes", "xlsx-wrapped")
    else:
        pool = ("omml-fraction", "omml-subscript", *SCANNED, "xlsx-wrapped")
    layout = pool[digest("layout", *spec.variables) % len(pool)]
    if layout.startswith("omml") and (len(spec.numerator) > 56 or len(spec.denominator) > 56):
        layout = "scan-bar-border"  # an equation never wraps: long names are typed
    return layout


# --- Word equations ---------------------------------------------------------------------------


def _r(text: str) -> str:
    return f'<m:r><m:t xml:space="preserve">{escape(text)}</m:t></m:r>'


def _frac(numerator: str, denominator: str) -> str:
    return f"<m:f><m:num>{numerator}</m:num><m:den>{denominator}</m:den></m:f>"


def _sub(base: str, under: str) -> str:
    return f"<m:sSub><m:e>{_r(base)}</m:e><m:sub>{_r(under)}</m:sub></m:sSub>"


def _nary(body: str) -> str:
    hidden = '<m:subHide m:val="1"/><m:supHide m:val="1"/>'
    return (
        f'<m:nary><m:naryPr><m:chr m:val="∑"/>{hidden}</m:naryPr><m:sub/><m:sup/>'
        f"<m:e>{body}</m:e></m:nary>"
    )


def _bracketed(body: str) -> str:
    return f'<m:d><m:dPr><m:begChr m:val="("/><m:endChr m:val=")"/></m:dPr><m:e>{body}</m:e></m:d>'


def _math(paragraph: Any, body: str) -> None:
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(f"<m:oMath {_NS}>{body}</m:oMath>"))


def subscripts(spec: w.Spec) -> tuple[tuple[str, str], ...]:
    """Each name's symbol as a base letter and a subscript: ``J`` ``KL`` (initials of the words
    after the head) or ``X`` ``1``."""
    if digest("subscript style", *spec.variables) % 2:
        return tuple(("X", str(i)) for i in range(1, len(spec.variables) + 1))
    found: list[tuple[str, str]] = []
    for name in spec.variables:
        words = [x for x in name.split() if x.isalpha() and x.lower() not in w._SKIP]
        under = "".join(x[0].upper() for x in words[1:4]) or "T"
        while any(under == u for _, u in found):
            under += str(len(found) + 1)
        found.append((words[0][0].upper() if words else "N", under))
    return tuple(found)


def fill_equation(cell: Any, spec: w.Spec, layout: str, parts: dict[str, str], room: float) -> None:
    """Write one formula as a Word equation (or a typed layout, for the scanned ones)."""
    if layout.startswith("scan-"):
        typed = layout.removeprefix("scan-")
        if typed == "one-line":
            numerator, denominator = spec.numerator, spec.denominator
            if spec.structure.startswith("sum("):
                numerator, denominator = f"∑ {numerator}", f"∑ {denominator}"
            text = f"{w._bracket(numerator)} / {w._bracket(denominator)} {parts['scale']}"
            label = parts["label"]
            cell.paragraphs[0].text = (f"{label} = " if label else "") + text.rstrip()
            return
        w.fill_cell(cell, spec, typed, parts, room)
        return
    label = _r(f"{parts['label']} = ") if parts["label"] else ""
    scale = _r(f" {parts['scale']}") if parts["scale"] else ""
    paragraph = cell.paragraphs[0]
    if layout == "omml-fraction":
        _math(paragraph, label + _frac(_r(spec.numerator), _r(spec.denominator)) + scale)
    elif layout == "omml-bracket":
        _math(
            paragraph, label + _frac(_bracketed(_r(spec.numerator)), _r(spec.denominator)) + scale
        )
    elif layout == "omml-nary":
        body = _frac(_nary(_r(spec.numerator)), _nary(_r(spec.denominator)))
        _math(paragraph, label + body + scale)
    else:
        symbols = subscripts(spec)
        (nb, nu), (db, du) = symbols[0], symbols[-1]
        head = _sub("P", "".join(u[0] for _, u in symbols)[:3] + "K") + _r(" = ")
        _math(paragraph, head + _frac(_sub(nb, nu), _sub(db, du)) + scale)
        cell.add_paragraph(parts["heading"])
        for (base, under), name in zip(symbols, spec.variables, strict=True):
            line = cell.add_paragraph()
            _math(line, _sub(base, under))
            line.add_run(f" {parts['separator'].strip()} {name}")


def xml_text(cell: Any) -> str:
    """The cell's ``w:t`` and ``m:t`` text in document order, a paragraph a line."""
    lines = []
    for paragraph in cell._tc.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
    ):
        texts = [
            node.text or ""
            for node in paragraph.iter()
            if node.tag.endswith("}t") and node.tag.split("}")[0][1:] in (_M, w._W.split('"')[1])
        ]
        lines.append("".join(texts))
    return "\n".join(lines)


# --- Excel wrapped text --------------------------------------------------------------------------


def workbook(batch: list[tuple[w.Spec, str, dict[str, str]]]) -> Any:
    """One sheet a formula: ``No | Indikator | Formula | Sumber data``, the formula typed in ONE
    cell (manual line breaks, or one line its column wraps)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side

    book = Workbook()
    book.remove(book.active)
    thin = Side(style="thin")
    for number, (spec, _, parts) in enumerate(batch, start=1):
        sheet = book.create_sheet(f"F{number}")
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        for column, width in zip("ABCD", (5, 22, 34, 18), strict=True):
            sheet.column_dimensions[column].width = width
        for column, head in zip("ABCD", ("No", "Indikator", "Formula", "Sumber data"), strict=True):
            sheet[f"{column}1"] = head
        sheet["A2"], sheet["B2"], sheet["D2"] = (
            number,
            w.indicator_text(number),
            w.source_text(number),
        )
        sheet["C2"] = typed_text(spec, parts)
        lines = sum(-(-max(len(x), 1) // 32) for x in str(sheet["C2"].value).split("\n"))
        sheet.row_dimensions[2].height = 14 * lines + 4
        for row in (1, 2):
            for column in "ABCD":
                cell = sheet[f"{column}{row}"]
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    return book


def typed_text(spec: w.Spec, parts: dict[str, str]) -> str:
    """The formula as typed in one Excel cell."""
    label, scale = parts["label"], parts["scale"]
    if parts["formula line"] == "one line":
        text = f"{w._bracket(spec.numerator)} / {w._bracket(spec.denominator)} {scale}".rstrip()
        return f"{label} = {text}" if label else text
    bar = "-" * max(10, min(30, len(spec.numerator) * 2 // 3))
    middle = f"{label} = {bar}" if label else bar
    return f"{spec.numerator}\n{middle} {scale}".rstrip() + f"\n{spec.denominator}"


# --- OCR -----------------------------------------------------------------------------------------


def ocr_texts(pdf: Path, where: Path) -> list[str | None]:
    """For each page, the Formula cell read by tesseract from a 200 dpi image of it."""
    import pdfplumber

    found: list[str | None] = []
    scale = 200 / 72
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            box = _cell_box(page)
            if box is None:
                found.append(None)
                continue
            left, top, right, bottom = (v * scale for v in box)
            image = where / f"page{number}"
            area = ["-x", str(int(left) + 4), "-y", str(int(top) + 4)]
            area += ["-W", str(int(right - left) - 8), "-H", str(int(bottom - top) - 8)]
            area += ["-singlefile", "-gray", "-png"]
            subprocess.run(  # noqa: S603 - fixed programs, our own files
                [  # noqa: S607
                    "pdftoppm",
                    "-r",
                    "200",
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    *area,
                    str(pdf),
                    str(image),
                ],
                check=True,
                capture_output=True,
            )
            run = subprocess.run(  # noqa: S603
                ["tesseract", f"{image}.png", "-", "-l", "ind+eng", "--psm", "6"],  # noqa: S607
                check=True,
                capture_output=True,
                text=True,
            )
            found.append(run.stdout)
    return found


# --- the records -----------------------------------------------------------------------------


def record(
    spec: w.Spec, layout: str, extractor: str, text: str, parts: dict[str, str]
) -> dict[str, Any]:
    """One rendering as the benchmark reads it (render_layouts' record: an id of its own, and
    a name counted lost where OCR or an XML walker glued it to its neighbours)."""
    kind = "legend-lines" if layout == "scan-legend-lines" else "plain"
    legible = readable(text, spec, kind, parts) and _whole(text, spec, layout)
    return rendering(spec, layout, extractor, text, parts, "equation", legible)


def _whole(text: str, spec: w.Spec, layout: str) -> bool:
    """Whether each name is in the text as whole words in order (an OCR's or an XML walker's
    text loses names by gluing them to their neighbours: ``layakJumlah``) and, for subscripted
    symbols, each symbol twice (in the formula and in its legend)."""
    text = text.replace("\u2212", "-")
    for name in spec.variables:
        words = [re.escape(x) for x in name.split()]
        if not re.search(r"(?<![^\W_])" + r"\s+".join(words) + r"(?![^\W_])", text):
            return False
    if layout != "omml-subscript":
        return True
    for base, under in subscripts(spec):
        if len(re.findall(rf"(?<![^\W_]){base}\s?{under}(?![^\W_])", text)) < 2:
            return False
    return True


def _render_word(
    batch: list[tuple[w.Spec, str, dict[str, str]]], where: Path, profile: Path
) -> list[dict[str, Any]]:
    path = where / "cells.docx"
    document = w.word_document(batch, fill_equation)
    document.save(str(path))
    cells = [w.formula_cell(table) for table in document.tables]
    pdf = soffice(path, "pdf", profile)
    pages, scans = pdf_texts(pdf), ocr_texts(pdf, where)
    found: list[dict[str, Any]] = []
    if len(pages) != len(batch):
        print(f"  {len(pages)} pages for {len(batch)} formulas: batch left out", file=sys.stderr)
        return found
    for (spec, layout, parts), page, scan, cell in zip(batch, pages, scans, cells, strict=True):
        if page is None or scan is None:
            continue
        if layout.startswith("omml"):
            for extractor in PDF:
                found.append(record(spec, layout, extractor, page[extractor], parts))
            found.append(record(spec, layout, "docx-xml", xml_text(cell), parts))
        found.append(record(spec, layout, "ocr", scan, parts))
    return found


def _render_sheets(
    batch: list[tuple[w.Spec, str, dict[str, str]]], where: Path, profile: Path
) -> list[dict[str, Any]]:
    path = where / "cells.xlsx"
    workbook(batch).save(str(path))
    pdf = soffice(path, "pdf", profile)
    pages, scans = pdf_texts(pdf), ocr_texts(pdf, where)
    found: list[dict[str, Any]] = []
    if len(pages) != len(batch):
        print(f"  {len(pages)} pages for {len(batch)} sheets: batch left out", file=sys.stderr)
        return found
    for (spec, layout, parts), page, scan in zip(batch, pages, scans, strict=True):
        if page is None or scan is None:
            continue
        for extractor in ("pdftotext", "pdftotext-layout"):
            found.append(record(spec, layout, extractor, page[extractor], parts))
        found.append(record(spec, layout, "ocr", scan, parts))
        row = next(csv.reader(io.StringIO(_csv_row(typed_text(spec, parts)))))
        found.append(record(spec, layout, "csv", row[0], parts))
    return found


def _csv_row(text: str) -> str:
    """The formula cell as a CSV export writes it (quoted, its line breaks kept)."""
    handle = io.StringIO()
    csv.writer(handle).writerow([text])
    return handle.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--formulas", type=int, default=480)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args(argv)
    drawn = [(s, layout_of(s)) for s in formulas(args.formulas)]
    chosen = [(s, k, w.choices(s, k.removeprefix("scan-"), digest)) for s, k in drawn]
    for _, layout, parts in chosen:
        if layout.startswith("omml"):
            parts["column"] = "wide"
    words = [x for x in chosen if not x[1].startswith("xlsx")]
    sheets = [x for x in chosen if x[1].startswith("xlsx")]
    return render_batches(words, sheets, (_render_word, _render_sheets), args.keep, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
