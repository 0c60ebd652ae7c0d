"""HTML documents: tables (``rowspan``/``colspan`` laid out on a grid) and running text.

Read with the standard library's :mod:`html.parser`. A cell keeps its inner markup (``<p>``,
``<u>``, ``<ol>`` …) as the seed documents do, so a cell holding several ``<p>`` indicators
is split by the assembler, and so is one whose lines are broken by ``<br>``; entities
are decoded. The cells a ``rowspan`` or ``colspan``
covers are empty (carried down by the assembler). Text outside tables becomes one line per
block element (``<p>``, ``<h1>``…, ``<li>``, ``<div>``, ``<br>``).
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.importers.limits import MAX_CELLS, MAX_ROWS, MAX_TEXT_BYTES
from ikicalc.importers.metadata import metadata_row
from ikicalc.importers.tables import PARAGRAPH, SourceDocument, TableRow, TextLine, collapse

__all__ = ["html_items", "read_html"]

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "table", "title"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "col"}


class _Reader(HTMLParser):
    def __init__(self, path: str) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = SourceDocument(path, "html")
        self.depth = 0  # table nesting
        self.tables = 0
        self.text: list[str] = []
        self.rows: list[list[str]] = []
        self.spans: dict[tuple[int, int], bool] = {}
        self.cell: list[str] | None = None
        self.cell_span = (1, 1)
        self.row: list[tuple[str, int, int]] | None = None
        self.grid: list[list[tuple[str, int, int]]] = []
        self.skip = 0
        self.count_rows = 0

    def flush_text(self) -> None:
        line = collapse(html.unescape("".join(self.text)))
        if line:
            self.doc.items.append(TextLine(line, self.getpos()[0]))
        self.text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
            return
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.flush_text()
                self.tables += 1
                self.grid = []
            return
        if self.depth != 1:
            if self.cell is not None:
                self.cell.append(self.get_starttag_text() or "")
            return
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            values = dict(attrs)
            self.cell = []
            self.cell_span = (_span(values.get("rowspan")), _span(values.get("colspan")))
        elif self.cell is not None and tag == "br":
            self.cell.append(PARAGRAPH)  # a line break in a cell: the items of a list
        elif self.cell is not None:
            self.cell.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
            return
        if tag == "table":
            if self.depth == 1:
                self.emit_table()
            self.depth = max(0, self.depth - 1)
            return
        if self.depth == 0:
            if tag in _BLOCKS:
                self.flush_text()
            return
        if self.depth == 1 and tag in ("td", "th") and self.cell is not None:
            if self.row is not None:
                self.row.append(("".join(self.cell).strip(), *self.cell_span))
            self.cell = None
        elif self.depth == 1 and tag == "tr" and self.row is not None:
            self.grid.append(self.row)
            self.row = None
        elif self.cell is not None and tag not in _VOID:
            self.cell.append(f"</{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0 and tag in _BLOCKS:
            self.flush_text()
        elif self.cell is not None:
            self.cell.append(PARAGRAPH if tag == "br" else " ")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(html.escape(data, quote=False) if "<" in data else data)
        elif self.depth == 0:
            self.text.append(data)

    def emit_table(self) -> None:
        taken: dict[tuple[int, int], bool] = {}
        for r, row in enumerate(self.grid):
            self.count_rows += 1
            if self.count_rows > MAX_ROWS:
                raise IkiError(
                    _("{path}: more than {rows} table rows; refused").format(
                        path=self.doc.path, rows=f"{MAX_ROWS:,}"
                    )
                )
            cells: list[str] = []
            c = 0
            for text, rowspan, colspan in row:
                while taken.get((r, c)):
                    cells.append("")
                    c += 1
                cells.append(html.unescape(text))
                for dr in range(rowspan):
                    for dc in range(colspan):
                        if dr or dc:
                            taken[(r + dr, c + dc)] = True
                c += 1
                cells.extend("" for _cell in range(colspan - 1))
                c += colspan - 1
            while taken.get((r, c)):
                cells.append("")
                c += 1
            if len(cells) > MAX_CELLS:
                raise IkiError(
                    _("{path}: a table row of {count} cells; refused").format(
                        path=self.doc.path, count=f"{len(cells):,}"
                    )
                )
            meta = metadata_row(tuple(cells))
            if meta is not None:
                self.doc.items.append(TextLine(meta, r + 1))
                continue
            self.doc.items.append(TableRow(tuple(cells), r + 1, table=self.tables))
        self.grid = []


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 1000))
    except ValueError:
        return 1


def html_items(text: str, path: str = "<html>") -> SourceDocument:
    """Read HTML text into text lines and table rows."""
    reader = _Reader(path)
    reader.feed(text)
    reader.close()
    reader.flush_text()
    return reader.doc


def read_html(path: Path) -> SourceDocument:
    """Read the HTML file at ``path`` (UTF-8, else cp1252)."""
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise IkiError(
            _(
                "{path}: the file is {size} bytes; an HTML document is read up to {limit} bytes"
            ).format(path=path, size=f"{size:,}", limit=f"{MAX_TEXT_BYTES:,}")
        )
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return html_items(text, str(path))
