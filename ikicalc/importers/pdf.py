"""PDF documents with a text layer: tables read from the page layout with pdfplumber.

Each page's tables are found from their ruling lines (pdfplumber's ``find_tables``); the text
outside the tables becomes running text lines (``Jabatan : …``), and both are put in reading
order by their position on the page, so two positions on one page keep their own tables.
A table continued on the next page, with or without its header repeated, continues the
position. A cell covered by a merged cell is empty (carried down by the assembler).

The page is read as it is seen: text drawn twice for bold is read once, boxes that draw
nothing (white, or in the shade of the box they lie in) are no ruling lines, a table inside
a table and a cell inside a cell are read once, as the larger one's text, and the lines of
a stacked fraction framed in a cell stay that cell's lines.

A PDF without a text layer (a scan) is refused with the reason: OCR is not supported. An
encrypted or damaged PDF is refused with the reason. At most
:data:`~ikicalc.importers.limits.MAX_PAGES` pages are read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.importers.archive import missing_extra
from ikicalc.importers.cells import holds_bar
from ikicalc.importers.limits import MAX_CELL_CHARS, MAX_PAGES, check_tables
from ikicalc.importers.metadata import metadata_row
from ikicalc.importers.pdf_page import BoxIndex, cleaned, inside, upright
from ikicalc.importers.tables import LINE, Item, SourceDocument, TableRow, TextLine

__all__ = ["read_pdf"]

_LINE_TOLERANCE = 3


def _text_lines(
    page: Any, boxes: list[tuple[float, float, float, float]]
) -> list[tuple[float, str]]:
    def outside(obj: dict[str, Any]) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    words = page.filter(outside).extract_words(keep_blank_chars=False, use_text_flow=True)
    lines: list[tuple[float, list[str]]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0] - word["top"]) <= _LINE_TOLERANCE:
            lines[-1][1].append(word["text"])
        else:
            lines.append((word["top"], [word["text"]]))
    return [(top, " ".join(parts)) for top, parts in lines]


def _outermost(found: list[Any]) -> list[Any]:
    """The tables not lying inside another table of the page.

    Boxes shaded behind the lines of a cell's text form small "tables" inside the cell;
    their text is already the cell's text, so they are not tables of their own.
    """
    return [
        table
        for i, table in enumerate(found)
        if not any(
            j != i and inside(table.bbox, other.bbox) and other.bbox != table.bbox
            for j, other in enumerate(found)
        )
    ]


def _table_rows(table: Any) -> list[list[str | None]]:
    """The table's rows of cell texts, a cell lying inside a larger cell left empty.

    A box drawn inside a cell (a fraction framed in the formula column) gives pdfplumber
    cells of its own beside the larger cell that already holds their text: read as rows,
    the fraction's lines would come twice, the second time one line per row (such rows
    are dropped).
    """
    texts: list[list[str | None]] = table.extract()
    boxes = BoxIndex(
        (cell for row in table.rows for cell in row.cells if cell is not None), margin=0.5
    )
    kept: list[list[str | None]] = []
    for row, cells in zip(table.rows, texts, strict=True):
        twice = False
        for index, cell in enumerate(row.cells):
            if cell is not None and boxes.within_another(cell):
                twice = twice or bool(cells[index])
                cells[index] = ""
        if not (twice and not any(cells)):  # a row that only repeated text is no row
            kept.append(cells)
    return _join_fractions(kept)


def _fragment(row: list[str | None]) -> int | None:
    """The column of a row's only text when every other cell is covered (``None``: part of
    a cell merged from above); ``None`` for any other row."""
    filled = [i for i, cell in enumerate(row) if cell]
    if len(filled) != 1 or any(c is not None for i, c in enumerate(row) if i != filled[0]):
        return None
    return filled[0]


def _join_fractions(rows: list[list[str | None]]) -> list[list[str | None]]:
    """Rows that are the lines of a stacked fraction, joined back into the cell above.

    A fraction framed in a formula cell (numerator, ``= ----- x 100%``, denominator, each
    line boxed) cuts the table into one row per line, all other cells of those rows covered
    by the cells merged from above. Such a run of one-cell rows whose lines hold a
    fraction's bar is the rest of the cell above, not rows of their own (a run without a
    bar is left alone: an indicator merged over several formula rows has several formulas).
    """
    out: list[list[str | None]] = []
    index = 0
    while index < len(rows):
        column = _fragment(rows[index]) if out else None
        end = index
        while column is not None and end < len(rows) and _fragment(rows[end]) == column:
            end += 1
        if column is not None and out[-1][column] is not None:
            lines = [str(row[column]) for row in rows[index:end]]
            if any(holds_bar(line) for line in lines):
                out[-1][column] = "\n".join([str(out[-1][column]), *lines]).strip("\n")
                index = end
                continue
        out.append(rows[index])
        index += 1
    return out


def read_pdf(path: Path) -> SourceDocument:
    """Read the text lines and tables of the PDF at ``path``, page by page."""
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
        from pdfminer.pdfparser import PDFSyntaxError
    except ModuleNotFoundError:
        raise missing_extra(path, "pdfplumber") from None
    try:
        pdf = pdfplumber.open(str(path))
    except PDFPasswordIncorrect:
        raise IkiError(
            _(
                "{path}: the PDF is password-protected; expected a PDF that opens without a "
                "password"
            ).format(path=path)
        ) from None
    except (PDFSyntaxError, Exception) as error:
        name = type(error).__name__
        causes = [error, *error.args, error.__context__]
        if any(isinstance(c, PDFPasswordIncorrect) for c in causes) or "Encrypt" in name:
            raise IkiError(
                _("{path}: the PDF is password-protected or encrypted").format(path=path)
            ) from None
        raise IkiError(
            _("{path}: the PDF is corrupt or not a PDF ({name})").format(path=path, name=name)
        ) from None
    doc = SourceDocument(str(path), "pdf")
    rows = cells = tables = chars = 0
    line_number = 0
    try:
        pages = pdf.pages
        if len(pages) > MAX_PAGES:
            raise IkiError(
                _("{path}: {count} pages; a PDF is read up to {limit}").format(
                    path=path, count=f"{len(pages):,}", limit=f"{MAX_PAGES:,}"
                )
            )
        doc.pages = len(pages)
        for page_number, drawn in enumerate(pages, start=1):
            whole = upright(drawn)
            page = cleaned(whole)
            chars += len(page.chars)
            found = _outermost(page.find_tables())
            boxes = [t.bbox for t in found]
            placed: list[tuple[float, int, Item]] = []
            for top, text in _text_lines(page, boxes):
                line_number += 1
                placed.append((top, 0, TextLine(text, line_number, page_number)))
            for table in found:
                tables += 1
                for number, row in enumerate(_table_rows(table), start=1):
                    rows += 1
                    cells += len(row)
                    check_tables(path, rows, cells)
                    texts = tuple("" if c is None else c.replace("\n", LINE) for c in row)
                    if any(len(t) > MAX_CELL_CHARS for t in texts):
                        raise IkiError(
                            _("{path}: page {page}: a cell is too long").format(
                                path=path, page=page_number
                            )
                        )
                    meta = metadata_row(texts)
                    item: Item = (
                        TextLine(meta, number, page_number)
                        if meta is not None
                        else TableRow(
                            texts,
                            number,
                            page_number,
                            tables,
                            covered=tuple(c is None for c in row),
                        )
                    )
                    placed.append((table.bbox[1] + number * 1e-3, 1, item))
            placed.sort(key=lambda p: (p[0], p[1]))
            doc.items.extend(item for _page, _place, item in placed)
            whole.close()  # free the page's parsed objects: memory stays bounded by one page
    except IkiError:
        raise
    except Exception as error:  # pdfminer raises many types for a damaged page
        raise IkiError(
            _("{path}: the PDF cannot be read ({kind}: {error})").format(
                path=path, kind=type(error).__name__, error=error
            )
        ) from None
    finally:
        pdf.close()
    if chars == 0:
        raise IkiError(
            _(
                "{path}: the PDF has no text layer (a scanned document?); OCR is not supported: "
                "give the document as .docx/.xlsx, or a PDF saved from the word processor"
            ).format(path=path)
        )
    return doc
