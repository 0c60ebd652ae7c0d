"""Excel workbooks (.xlsx): every sheet's rows, read with openpyxl in read-only mode.

The archive is checked first (:func:`~ikicalc.importers.archive.check_archive`: no zip bomb,
not encrypted). A row whose text is a metadata line (``Jabatan : Camat``, in one cell or in
``Jabatan`` | ``:`` | ``Camat``) or a lone title above the first table is running text; every
other row is a table row. A merged cell has its value in its first cell only, so merged
sasaran cells arrive empty below and are carried down by the assembler.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.importers.archive import check_archive
from ikicalc.importers.header import match_header
from ikicalc.importers.limits import MAX_CELL_CHARS, check_tables
from ikicalc.importers.metadata import metadata_row
from ikicalc.importers.tables import PARAGRAPH, SourceDocument, TableRow, TextLine, collapse

__all__ = ["cell_text", "read_xlsx"]


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a person sees (``95.0`` → ``95``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        number = Decimal(repr(value))
        text = format(number.normalize(), "f") if number == number.to_integral() else repr(value)
        return text
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path) -> SourceDocument:
    """Read every sheet of the workbook at ``path`` into text lines and table rows."""
    check_archive(path, "XLSX")
    from ikicalc.workbooks import open_workbook

    try:
        book = open_workbook(path)
    except Exception as error:  # openpyxl raises many types for a damaged workbook
        raise IkiError(
            _("{path}: the workbook cannot be read ({error}); expected an .xlsx").format(
                path=path, error=error
            )
        ) from None
    doc = SourceDocument(str(path), "xlsx")
    rows = cells = 0
    try:
        for table, sheet in enumerate(book.worksheets, start=1):
            seen_header = False
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                # a line break typed in a cell (Alt+Enter) separates paragraphs
                texts = tuple(cell_text(v).replace("\n", PARAGRAPH) for v in values)
                filled = [t for t in texts if t.strip()]
                if not filled:
                    continue
                rows += 1
                cells += len(texts)
                check_tables(path, rows, cells, sheets=True)
                long = next((t for t in filled if len(t) > MAX_CELL_CHARS), None)
                if long is not None:
                    raise IkiError(
                        _(
                            "{path}: sheet {title} row {number}: a cell of {count} characters; a "
                            "cell is read up to {limit}"
                        ).format(
                            path=path,
                            title=repr(sheet.title),
                            number=number,
                            count=f"{len(long):,}",
                            limit=f"{MAX_CELL_CHARS:,}",
                        )
                    )
                joined = collapse(" ".join(filled))
                meta = metadata_row(texts)
                if meta is not None:
                    doc.items.append(TextLine(meta, number))
                    continue
                if match_header(texts) is not None:
                    seen_header = True
                elif len(filled) == 1 and not seen_header:
                    doc.items.append(TextLine(joined, number))
                    continue
                doc.items.append(TableRow(texts, number, table=table))
    except IkiError:
        raise
    except Exception as error:  # a damaged sheet inside a readable workbook
        raise IkiError(
            _("{path}: the workbook cannot be read ({error})").format(path=path, error=error)
        ) from None
    finally:
        book.close()
    return doc
