"""The neutral model every format reader produces: text lines and table rows, in order.

A reader (Markdown/tab text, DOCX, XLSX, PDF, HTML) turns a file into a flat sequence of
:class:`TextLine` (headings, ``Jabatan : …`` lines, notes) and :class:`TableRow` (the cells of
one table row, verbatim), each with its provenance (page, line or row number, table number).
The assembler (:mod:`ikicalc.importers.assemble`) only ever sees this model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ikicalc.patterns import lazy

__all__ = [
    "LINE",
    "PARAGRAPH",
    "Item",
    "SourceDocument",
    "TableRow",
    "TextLine",
    "collapse",
    "flat",
]

PARAGRAPH = "\u2029"
"""Separates the paragraphs of a cell (DOCX, HTML): a list the assembler may split."""

LINE = "\u2028"
"""Separates the lines of a PDF cell: a list only when the count matches (lines also wrap)."""

_SPACE = lazy(r"[^\S\u2028\u2029]+")
_CONTROL = lazy(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BREAKS = lazy(r"\s*[\u2028\u2029][\s\u2028\u2029]*")


def _one_break(match: re.Match[str]) -> str:
    return PARAGRAPH if PARAGRAPH in match.group() else LINE


def collapse(text: str) -> str:
    """Collapse every run of whitespace to one space and trim the ends (the paragraph and
    line breaks of a cell are kept, one per run); control characters become spaces."""
    text = _CONTROL.sub(" ", text)  # a control character is never content (YAML refuses it)
    return _BREAKS.sub(_one_break, _SPACE.sub(" ", text)).strip()


def flat(text: str) -> str:
    """The text on one line: paragraph and line breaks become spaces, whitespace collapsed."""
    return collapse(text.replace(PARAGRAPH, " ").replace(LINE, " "))


@dataclass(frozen=True)
class TextLine:
    """A line of running text outside any table (a heading, ``Jabatan : …``)."""

    text: str
    line: int
    page: int | None = None


@dataclass(frozen=True)
class TableRow:
    """One table row: the text of each cell as the document has it.

    ``line`` is the line (text formats) or the row number (DOCX, XLSX, PDF) where the row
    starts; ``table`` numbers the tables of the file from 1 (0 when the format has none);
    ``reconstructed`` marks a row rebuilt from text whose columns were interleaved;
    ``covered`` tells, cell by cell, which are covered by a cell merged from the row above
    (PDF: no ruling line separates them; empty when the format does not say); ``form``
    marks the row read from an indicator form (:mod:`ikicalc.importers.forms`), a whole
    indicator that takes nothing from the row above.
    """

    cells: tuple[str, ...]
    line: int
    page: int | None = None
    table: int = 0
    reconstructed: bool = False
    covered: tuple[bool, ...] = ()
    form: bool = False

    def where(self) -> str:
        """Provenance for messages: ``page 3, table 2, row 7`` or ``line 42``."""
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.table:
            parts.append(f"table {self.table}")
            parts.append(f"row {self.line}")
        else:
            parts.append(f"line {self.line}")
        return ", ".join(parts)


Item = TextLine | TableRow


@dataclass
class SourceDocument:
    """What a reader found in a file: its items in document order."""

    path: str
    kind: str
    items: list[Item] = field(default_factory=list)
    pages: int | None = None
