"""Limits of the importers: what a document may hold before it is refused, not read.

Each limit is checked before the work it bounds, and an :class:`~ikicalc.errors.IkiError`
names the file, the limit and the size found.
"""

from __future__ import annotations

from ikicalc.errors import IkiError
from ikicalc.i18n import _

__all__ = [
    "MAX_CELLS",
    "MAX_CELL_CHARS",
    "MAX_PAGES",
    "MAX_ROWS",
    "MAX_TEXT_BYTES",
    "MAX_XLSX_COMPRESSION_RATIO",
    "MAX_XLSX_UNCOMPRESSED_BYTES",
    "MAX_ZIP_MEMBERS",
    "check_tables",
]

MAX_PAGES = 1_000
"""Pages of a PDF."""

MAX_ROWS = 20_000
"""Table rows of a document (all tables, all sheets): reading them stays within seconds."""

MAX_CELLS = 2_000_000
"""Table cells of a document."""

MAX_CELL_CHARS = 100_000
"""Characters of one cell."""

MAX_TEXT_BYTES = 50_000_000
"""Bytes of a text or HTML document."""

MAX_XLSX_UNCOMPRESSED_BYTES = 500_000_000
"""Bytes a DOCX/XLSX may unpack to (the sum of its members' uncompressed sizes)."""

MAX_XLSX_COMPRESSION_RATIO = 200
"""Uncompressed/compressed size of one DOCX/XLSX member above which it is a zip bomb."""

MAX_ZIP_MEMBERS = 10_000
"""Members of a DOCX/XLSX archive."""


def check_tables(path: object, rows: int, cells: int, sheets: bool = False) -> None:
    """Refuse a document whose tables read so far hold more than :data:`MAX_ROWS` rows or
    :data:`MAX_CELLS` cells (``sheets``: the rows of a workbook's sheets)."""
    if rows <= MAX_ROWS and cells <= MAX_CELLS:
        return
    if sheets:
        message = _(
            "{path}: more than {rows} rows or {cells} cells; refused (ikicalc.importers.limits)"
        )
    else:
        message = _(
            "{path}: more than {rows} table rows or {cells} cells; refused "
            "(ikicalc.importers.limits)"
        )
    raise IkiError(message.format(path=path, rows=f"{MAX_ROWS:,}", cells=f"{MAX_CELLS:,}"))
