"""Text documents: Markdown pipe tables, tab-separated rows and text flattened from a PDF.

* A line starting with ``|`` is a Markdown table row (``|---|`` separator lines are skipped);
* a line holding a tab is a row of tab-separated cells;
* any other line is running text.

Text flattened from a PDF has no cell separators at all; when a file has no table row but
does have an indicator header in its text, :mod:`ikicalc.importers.flattened` rebuilds the
rows from the text and marks them as reconstructed.
"""

from __future__ import annotations

import re
from pathlib import Path

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.importers.limits import MAX_TEXT_BYTES
from ikicalc.importers.metadata import metadata_row
from ikicalc.importers.tables import SourceDocument, TableRow, TextLine

__all__ = ["read_text_document", "text_items"]

_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-*:?\s*)*\|?\s*$")


def _pipe_cells(line: str) -> tuple[str, ...]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return tuple(cell.strip() for cell in body.split("|"))


def text_items(text: str, path: str = "<text>") -> SourceDocument:
    """Split ``text`` into text lines and table rows (see the module docstring)."""
    doc = SourceDocument(path, "text")
    table = 0
    in_table = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if line.lstrip().startswith("|") and line.count("|") >= 2:
            if _SEPARATOR.match(line.strip()):
                continue
            cells: tuple[str, ...] | None = _pipe_cells(line)
        elif "\t" in line:
            cells = tuple(c.strip() for c in line.split("\t"))
        else:
            cells = None
        if cells is None:
            in_table = False
            doc.items.append(TextLine(line, number))
            continue
        meta = metadata_row(cells)
        if meta is not None:
            doc.items.append(TextLine(meta, number))
            continue
        if not in_table:
            table += 1
            in_table = True
        doc.items.append(TableRow(cells, number))
    return doc


def read_text_document(path: Path) -> SourceDocument:
    """Read a ``.md``/``.txt`` file (UTF-8, BOM allowed; cp1252 as a fallback)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise IkiError(
            _("{path}: cannot read the file ({reason})").format(path=path, reason=error.strerror)
        ) from None
    if size > MAX_TEXT_BYTES:
        raise IkiError(
            _(
                "{path}: the file is {size} bytes; a text document is read up to {limit} bytes"
            ).format(path=path, size=f"{size:,}", limit=f"{MAX_TEXT_BYTES:,}")
        )
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise IkiError(
            _(
                "{path}: this is not a text file; expected Markdown or tab-separated text "
                "(.md/.txt), or give a .docx, .xlsx, .pdf or .html file"
            ).format(path=path)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    doc = text_items(text, str(path))
    if not any(isinstance(item, TableRow) for item in doc.items):
        from ikicalc.importers.flattened import rebuild_flattened

        rebuilt = rebuild_flattened(doc.items)
        if rebuilt is not None:
            doc.items = rebuilt
            doc.kind = "flattened-pdf-text"
    return doc
