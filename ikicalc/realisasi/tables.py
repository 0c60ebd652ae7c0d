"""Tables: what every file format is turned into before it is interpreted, with the
place of each cell in the words of its format, and the reading of one raw cell.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from ikicalc import limits
from ikicalc.errors import DataError
from ikicalc.i18n import _
from ikicalc.numbers import MAX_DIGITS, NumberStyle, data_style, parse_number, to_fraction

Cell = object
"""A raw cell as a reader yields it: str, int, float, Decimal, bool, date or None."""


@dataclass(frozen=True)
class Table:
    """A file read into a header and numbered rows of raw cells, before interpretation.
    ``style``: how the file writes numbers in text cells, decided for the whole file
    (:func:`ikicalc.numbers.data_style`)."""

    source: str
    kind: Literal["csv", "xlsx", "json", "yaml", "parquet"]
    header_row: int | None
    header: tuple[Cell, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    sheet: str = ""
    record_numbers: Mapping[int, int] | None = None
    style: NumberStyle = "mixed"

    def where(self, row: int | None, index: int | None, name: str | None) -> str:
        """Describe a place: file, row and column, in the words of the file format."""
        if self.kind == "xlsx":
            if row is None:
                return f"{self.source}:{self.sheet}"
            cell = f"{_column_letter(index + 1)}{row}" if index is not None else str(row)
            place = f"{self.source}:{self.sheet}!{cell}"
        elif self.kind in {"json", "parquet"}:
            record = _("record {number}").format(number=row)
            place = self.source if row is None else f"{self.source}: {record}"
        elif self.kind == "yaml" and row is not None and self.record_numbers:
            record = _("record {number}").format(number=self.record_numbers.get(row, "?"))
            place = f"{self.source}:{row}: {record}"
        else:
            place = self.source if row is None else f"{self.source}:{row}"
        if name is not None:
            word = _("key {name}") if self.kind in {"json", "yaml"} else _("column {name}")
            place += ": " + word.format(name=repr(name))
        elif index is not None and self.kind == "csv":
            place += ": " + _("column {name}").format(name=index + 1)
        return place

    def place(self, row: int, index: int, name: str) -> str:
        """A cell in the words of the file format, without the file: ``row 7, column
        'hadir'`` (CSV, YAML), ``Sheet1!C7, column 'hadir'`` (XLSX), ``record 3, column
        'hadir'`` (JSON, Parquet)."""
        if self.kind == "xlsx":
            return sheet_place(self.sheet, row, index, name)
        column = _("column {name}").format(name=repr(name))
        if self.kind in {"json", "parquet"}:
            return _("record {number}").format(number=row) + f", {column}"
        return _("row {number}").format(number=row) + f", {column}"

    def error(
        self, reason: str, row: int | None = None, index: int | None = None, name: str | None = None
    ) -> DataError:
        """A :class:`DataError` placed at ``row``/``index``/``name`` of this table."""
        return DataError(
            reason, source=self.source, row=row, column=name, where=self.where(row, index, name)
        )


def sheet_place(sheet: str, row: int, index: int, name: str) -> str:
    """A cell of an XLSX sheet as reports name it: ``Sheet1!C7, column 'hadir'`` (``index``
    counts columns from 0)."""
    column = _("column {name}").format(name=repr(name))
    return f"{sheet}!{_column_letter(index + 1)}{row}, {column}"


def _column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def blank(cell: Cell) -> bool:
    """Whether ``cell`` is empty (``None`` or only white space)."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def as_text(cell: Cell) -> str:
    """Text of a label cell (identifying or extra column)."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "ya" if cell else "tidak"
    if isinstance(cell, float):
        return str(Decimal(repr(cell))) if math.isfinite(cell) else repr(cell)
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return cell.isoformat()
    return " ".join(str(cell).split())


def as_number(cell: Cell, style: NumberStyle = "mixed") -> tuple[Fraction, str] | str:
    """Read a numeric cell exactly, text in the file's number ``style``; return
    ``(value, text)`` or the reason it is not a number."""
    if isinstance(cell, bool):
        return _("{value} is a yes/no value, not a number").format(value=repr(cell))
    if isinstance(cell, int):
        if abs(cell) >= 10**MAX_DIGITS:
            return _("a number with more than {limit} digits is not supported").format(
                limit=MAX_DIGITS
            )
        return Fraction(cell), str(cell)
    if isinstance(cell, float | Decimal):
        if isinstance(cell, Decimal) and not cell.is_finite():
            return _("{value} is not a finite number").format(value=cell)
        try:
            return to_fraction(cell), repr(cell) if isinstance(cell, float) else str(cell)
        except ValueError as exc:
            return str(exc)
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return _("{value} is a date or time, not a number").format(value=cell.isoformat())
    if isinstance(cell, str):
        text = cell.strip()
        if text.startswith("#"):
            return _("{value} is a spreadsheet error value, not a number").format(value=repr(text))
        try:
            return Fraction(parse_number(text, style)), text
        except ValueError as exc:
            hint = " " + _("(write it without '%')") if text.endswith("%") else ""
            return f"{exc}{hint}"
    if isinstance(cell, list | dict):
        if isinstance(cell, list):
            return _("a list is not a number; give one number")
        return _("a mapping is not a number; give one number")
    return _("{value} is not a number").format(value=repr(cell))


def header_and_rows(
    source: str,
    kind: Literal["csv", "xlsx"],
    numbered: Iterable[tuple[int, Sequence[Cell]]],
    sheet: str = "",
    style: NumberStyle | None = None,
) -> Table:
    """A table from numbered rows: the first non-empty row is the header; empty rows are
    skipped. ``style``: the file's number style (default: what its text cells show)."""
    header: tuple[Cell, ...] | None = None
    header_row = 0
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    for number, cells in numbered:
        if all(blank(c) for c in cells):
            continue
        if header is None:
            header, header_row = tuple(cells), number
        else:
            rows.append((number, tuple(cells)))
    if header is None:
        raise DataError(
            _("the file is empty"),
            source=source,
            where=source if kind == "csv" else f"{source}:{sheet}",
        )
    table = _sized(Table(source, kind, header_row, header, tuple(rows), sheet))
    if style is None:
        style = data_style(c for _row, cells in rows for c in cells if isinstance(c, str))
    return Table(source, kind, header_row, header, table.rows, sheet, style=style)


def _sized(table: Table) -> Table:
    """``table``, after checking that no row is wider than
    :data:`ikicalc.limits.DATA_MAX_COLUMNS` and no text cell longer than
    :data:`ikicalc.limits.DATA_MAX_CELL_CHARS` (an XLSX shared string may be repeated in
    every cell at no cost to the file, and each label is read once per row)."""
    most, widest = limits.DATA_MAX_CELL_CHARS, limits.DATA_MAX_COLUMNS
    header: list[tuple[int | None, Sequence[Cell]]] = [(table.header_row, table.header)]
    for row, cells in itertools.chain(header, table.rows):
        if len(cells) > widest:
            raise table.error(
                _("{count} columns, more than {limit} (ikicalc.limits.DATA_MAX_COLUMNS)").format(
                    count=f"{len(cells):,}", limit=f"{widest:,}"
                ),
                row,
            )
        for index, cell in enumerate(cells):
            if isinstance(cell, str) and len(cell) > most:
                raise table.error(
                    _(
                        "a cell of {count} characters, more than {limit} "
                        "(ikicalc.limits.DATA_MAX_CELL_CHARS)"
                    ).format(count=f"{len(cell):,}", limit=f"{most:,}"),
                    row,
                    index,
                )
    return table


def records_table(
    source: str,
    kind: Literal["json", "yaml", "parquet"],
    data: object,
    lines: Sequence[int] | None = None,
) -> Table:
    """A table from a list of records (JSON, YAML, Parquet), keys in first-seen order."""
    if not isinstance(data, list):
        raise DataError(
            _("expected a list of records (one mapping per row)"),
            source=source,
            row=1 if lines is not None else None,
        )
    if not data:
        raise DataError(_("the file is empty (no records)"), source=source)
    records: list[dict[str, Cell]] = []
    columns: dict[str, None] = {}
    for number, record in enumerate(data, 1):
        if not isinstance(record, dict):
            row = lines[number - 1] if lines is not None else None
            record_number = _("record {number}").format(number=number)
            where = f"{source}:{row}: {record_number}" if row else f"{source}: {record_number}"
            raise DataError(
                _("a record must be a mapping of column: value"),
                source=source,
                row=row,
                where=where,
            )
        records.append({str(key): value for key, value in record.items()})
        for key in records[-1]:
            columns.setdefault(key, None)
    header = tuple(columns)
    numbers = lines if lines is not None else range(1, len(records) + 1)
    rows = tuple(
        (row, tuple(record.get(name) for name in header))
        for row, record in zip(numbers, records, strict=True)
    )
    record_numbers = {row: n for n, row in enumerate(numbers, 1)} if lines is not None else None
    table = _sized(Table(source, kind, None, header, rows, record_numbers=record_numbers))
    style = data_style(c for _row, cells in rows for c in cells if isinstance(c, str))
    return Table(source, kind, None, header, table.rows, record_numbers=record_numbers, style=style)


def cell_text(cell: Cell) -> str:
    """Text of a cell with numbers written exactly and in full (``81.35``, never ``8.135E1``)."""
    if isinstance(cell, float) and math.isfinite(cell):
        return format(Decimal(repr(cell)), "f")
    if isinstance(cell, Decimal) and cell.is_finite():
        return format(cell, "f")
    return as_text(cell)
