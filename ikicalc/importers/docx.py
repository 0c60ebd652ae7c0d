"""Word documents (.docx): paragraphs and tables in body order, read with python-docx.

Paragraphs are running text (headings, ``Jabatan : …``). A table cell's paragraphs are
joined with line breaks, so a list typed as paragraphs (``1. …`` ``2. …``) stays a list the
assembler can split. A merged cell is given once: the cells a horizontal merge spans and
the cells below a vertical merge are empty, and the assembler carries them down.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.importers.archive import check_archive, missing_extra
from ikicalc.importers.limits import MAX_CELL_CHARS, check_tables
from ikicalc.importers.metadata import metadata_row
from ikicalc.importers.tables import PARAGRAPH, SourceDocument, TableRow, TextLine

__all__ = ["read_docx"]


def _cell_text(cell: Any) -> str:
    return PARAGRAPH.join(p.text for p in cell.paragraphs)


def read_docx(path: Path) -> SourceDocument:
    """Read the paragraphs and tables of the Word document at ``path``, in order."""
    check_archive(path, "DOCX")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ModuleNotFoundError:
        raise missing_extra(path, "python-docx") from None
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many types for a damaged file
        raise IkiError(
            _("{path}: the document cannot be read ({error}); expected a .docx").format(
                path=path, error=error
            )
        ) from None
    doc = SourceDocument(str(path), "docx")
    line = 0
    tables = 0
    rows = cells = 0
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            line += 1
            doc.items.append(TextLine(Paragraph(element, document).text, line))
        elif tag == "tbl":
            tables += 1
            table = Table(element, document)
            above: list[Any] = []
            for number, row in enumerate(table.rows, start=1):
                rows += 1
                # a cell spanning N grid columns is listed N times by python-docx: count the
                # span first (a gridSpan of 2 000 000 000 would be 16 GB of references)
                cells += sum(max(tc.grid_span, 1) for tc in row._tr.tc_lst)
                check_tables(path, rows, cells)
                row_cells = list(row.cells)
                texts = []
                for index, cell in enumerate(row_cells):
                    merged_left = index > 0 and row_cells[index - 1]._tc is cell._tc
                    merged_above = index < len(above) and above[index]._tc is cell._tc
                    text = "" if merged_left or merged_above else _cell_text(cell)
                    if len(text) > MAX_CELL_CHARS:
                        raise IkiError(
                            _(
                                "{path}: table {tables} row {number}: a cell of {count} "
                                "characters; a cell is read up to {limit}"
                            ).format(
                                path=path,
                                tables=tables,
                                number=number,
                                count=f"{len(text):,}",
                                limit=f"{MAX_CELL_CHARS:,}",
                            )
                        )
                    texts.append(text)
                above = row_cells
                meta = metadata_row(tuple(texts))
                if meta is not None:
                    line += 1
                    doc.items.append(TextLine(meta, line))
                    continue
                doc.items.append(TableRow(tuple(texts), number, table=tables))
    return doc
