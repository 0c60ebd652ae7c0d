"""Realisasi data: the measured values that the formulas of a document are evaluated on.

:func:`read_realisasi` reads CSV, XLSX, JSON and YAML files in one of two layouts:

* **long** form, one value per row, with the columns ``indikator`` (the indicator id, e.g.
  ``003-004``), ``variabel`` (the variable name as the formula writes it) and ``nilai``;
  any other column (``keterangan``, ``nip`` …) is kept as a label of the value;
* **wide** form, one row per employee, kelurahan … : one or more identifying columns
  (``nip``, ``nama``, ``kelurahan``, ``jabatan``, ``no``, ``indikator`` …, see
  :data:`ID_COLUMNS`) and one column per variable.

CSV files may use ``,``, ``;`` or tab (sniffed from the header, or given by an Excel
``sep=;`` first line), decimal comma or dot (read with :func:`ikicalc.numbers.parse_number`,
so ``81,35`` and ``1.250,5`` work), and UTF-8 with or without BOM (or UTF-16 with its BOM),
as Indonesian Excel exports them. Values stay exact (:class:`fractions.Fraction`) and keep
their row, so an error can name the file, the row and the column::

    data/kehadiran.csv:7: column 'hari tidak masuk kerja': 'tiga' is not a number

Names are matched as formulas match them (:func:`ikicalc.names.name_key`: case, runs of
white space and the abbreviations ``yg``, ``jml`` … do not matter), so two columns
``Jumlah PNS yg hadir`` and ``jumlah PNS yang hadir`` are one name written twice: an error.

Bad data is an error, never a wrong number: text, NaN, infinities, yes/no values, dates and
numbers of more than :data:`~ikicalc.numbers.MAX_DIGITS` digits in a value cell, an empty
value cell, a row separated differently from the header. **Counts are not negative**: a
variable whose name starts with a counting word (``Jumlah``, ``Jenis``, ``Banyaknya``,
``Total``, ``Volume``: the ``[counting]`` words of ``ikicalc/data/names.toml``) counts
something, so a negative value for it is an error unless ``allow_negative=True``.

Nothing is dropped: every non-empty cell ends up in the result or in an error. Only rows and
columns that are completely empty (as Excel leaves them at the end of a sheet) are skipped.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Literal

from ikicalc import limits
from ikicalc.documents.model import DocumentError, load_yaml_with_lines
from ikicalc.errors import DataError
from ikicalc.names import counting_words, name_key
from ikicalc.numbers import MAX_DIGITS, parse_number, to_fraction
from ikicalc.realisasi.dialect import dialect_of_text, encoding_of

__all__ = [
    "ID_COLUMNS",
    "LONG_COLUMNS",
    "DataError",
    "RealisasiData",
    "RealisasiRow",
    "RealisasiValue",
    "read_realisasi",
]

LONG_COLUMNS = ("indikator", "variabel", "nilai")
"""The required columns of long-form data."""

ID_COLUMNS = frozenset(
    {
        "no",
        "no.",
        "nomor",
        "nip",
        "nik",
        "nama",
        "nama pegawai",
        "pegawai",
        "jabatan",
        "golongan",
        "unit",
        "unit kerja",
        "bidang",
        "seksi",
        "kelurahan",
        "desa",
        "desa/kelurahan",
        "kecamatan",
        "indikator",
        "periode",
        "bulan",
        "tahun",
        "satuan",
        "keterangan",
    }
)
"""Column names (compared case-insensitively) that identify a row of wide-form data."""

_NUMBERING = frozenset({"no", "no.", "nomor"})

Cell = object
"""A raw cell as a reader yields it: str, int, float, Decimal, bool, date or None."""


@dataclass(frozen=True)
class RealisasiValue:
    """One value: which indicator and variable, the exact number, and where it was read.

    ``labels`` holds the other cells of the row: the identifying columns of wide data
    (``('nip', '1967…'), ('nama', 'Siti Aminah')``) or the extra columns of long data.
    """

    indikator: str | None
    variabel: str
    nilai: Fraction
    text: str
    row: int
    column: str
    labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RealisasiRow:
    """The values read from one row, with its identifying labels."""

    row: int
    labels: tuple[tuple[str, str], ...]
    values: tuple[RealisasiValue, ...]

    def label(self, column: str) -> str | None:
        """Return the text of identifying column ``column`` (case-insensitive), if any."""
        key = _key(column)
        for name, text in self.labels:
            if _key(name) == key:
                return text
        return None


def _key(name: str) -> str:
    """Comparison key of a column or variable name, the one formulas match names by."""
    return name_key(name)


_FIRST_WORD = re.compile(r"[^\W_]+")


def _counting_word(name: str) -> str | None:
    """The counting word (``jumlah`` …) a variable name starts with, if any."""
    first = _FIRST_WORD.match(_key(name))
    if first is not None and first.group(0) in counting_words():
        return first.group(0)
    return None


@dataclass(frozen=True)
class RealisasiData:
    """All values of one realisasi file, in file order.

    Variable names are matched as formulas match them, ignoring case, runs of whitespace and
    abbreviations (``Jml hari kerja efektif`` is ``jumlah  hari kerja efektif``). Values not
    tied to an indicator (wide data without an ``indikator`` column) belong to every
    indicator.
    """

    source: str
    form: Literal["long", "wide"]
    columns: tuple[str, ...]
    id_columns: tuple[str, ...]
    values: tuple[RealisasiValue, ...]
    problems: tuple[DataError, ...] = ()
    """Cells that hold no usable number (read with ``strict=False``): each names its file,
    row and column; their values are left out, and the rows that need them say why."""

    def problem_at(self, row: int, column: str) -> DataError | None:
        """The problem of the cell at ``row`` and ``column`` (matched as names match)."""
        key = _key(column)
        for problem in self.problems:
            if problem.row == row and problem.column is not None and _key(problem.column) == key:
                return problem
        return None

    @property
    def variables(self) -> tuple[str, ...]:
        """Distinct variable names, as first written, in file order."""
        seen: dict[str, str] = {}
        for value in self.values:
            seen.setdefault(_key(value.variabel), value.variabel)
        return tuple(seen.values())

    @property
    def indicators(self) -> tuple[str, ...]:
        """Distinct indicator ids, in file order (empty for wide data without them)."""
        seen: dict[str, None] = {}
        for value in self.values:
            if value.indikator is not None:
                seen.setdefault(value.indikator, None)
        return tuple(seen)

    def select(self, variabel: str, indikator: str | None = None) -> tuple[RealisasiValue, ...]:
        """Return the values of ``variabel`` (for ``indikator`` when given), in file order."""
        key = _key(variabel)
        return tuple(
            v
            for v in self.values
            if _key(v.variabel) == key
            and (indikator is None or v.indikator is None or v.indikator == indikator)
        )

    def series(self, variabel: str, indikator: str | None = None) -> tuple[Fraction, ...]:
        """Return the numbers of ``variabel`` row by row (e.g. one per employee)."""
        return tuple(v.nilai for v in self._require(variabel, indikator))

    def total(self, variabel: str, indikator: str | None = None) -> Fraction:
        """Return the exact sum (Σ) of ``variabel`` over all its rows."""
        return sum(self.series(variabel, indikator), Fraction(0))

    def value(self, variabel: str, indikator: str | None = None) -> Fraction:
        """Return the single value of ``variabel``; raise :class:`DataError` if not exactly one."""
        found = self._require(variabel, indikator)
        if len(found) > 1:
            rows = ", ".join(str(v.row) for v in found[:5]) + (", …" if len(found) > 5 else "")
            raise DataError(
                f"{len(found)} values of {variabel!r} (rows {rows}); use series() or total()",
                source=self.source,
            )
        return found[0].nilai

    def for_indicator(self, indikator: str) -> dict[str, tuple[Fraction, ...]]:
        """Return ``{variabel: numbers}`` of everything that applies to ``indikator``."""
        out: dict[str, list[Fraction]] = {}
        names: dict[str, str] = {}
        for v in self.values:
            if v.indikator is None or v.indikator == indikator:
                name = names.setdefault(_key(v.variabel), v.variabel)
                out.setdefault(name, []).append(v.nilai)
        return {name: tuple(numbers) for name, numbers in out.items()}

    def rows(self) -> tuple[RealisasiRow, ...]:
        """Group the values by the row they were read from (one per employee in wide data)."""
        grouped: dict[int, list[RealisasiValue]] = {}
        for v in self.values:
            grouped.setdefault(v.row, []).append(v)
        return tuple(
            RealisasiRow(row, values[0].labels, tuple(values)) for row, values in grouped.items()
        )

    def _require(self, variabel: str, indikator: str | None) -> tuple[RealisasiValue, ...]:
        found = self.select(variabel, indikator)
        if found:
            return found
        where = f" for indikator {indikator!r}" if indikator is not None else ""
        close = difflib.get_close_matches(
            _key(variabel), [_key(name) for name in self.variables], n=1, cutoff=0.75
        )
        hint = ""
        if close:
            hint = f" (did you mean {self._spelling(close[0])!r}?)"
        raise DataError(f"no value of {variabel!r}{where}{hint}", source=self.source)

    def _spelling(self, key: str) -> str:
        for name in self.variables:
            if _key(name) == key:
                return name
        return key  # pragma: no cover - key comes from self.variables


# --------------------------------------------------------------------------------------
# Tables: what every file format is turned into before it is interpreted
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
    source: str
    kind: Literal["csv", "xlsx", "json", "yaml", "parquet"]
    header_row: int | None
    header: tuple[Cell, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    sheet: str = ""
    record_numbers: Mapping[int, int] | None = None

    def where(self, row: int | None, index: int | None, name: str | None) -> str:
        """Describe a place: file, row and column, in the words of the file format."""
        if self.kind == "xlsx":
            if row is None:
                return f"{self.source}:{self.sheet}"
            cell = f"{_column_letter(index + 1)}{row}" if index is not None else str(row)
            place = f"{self.source}:{self.sheet}!{cell}"
        elif self.kind in {"json", "parquet"}:
            place = self.source if row is None else f"{self.source}: record {row}"
        elif self.kind == "yaml" and row is not None and self.record_numbers:
            place = f"{self.source}:{row}: record {self.record_numbers.get(row, '?')}"
        else:
            place = self.source if row is None else f"{self.source}:{row}"
        if name is not None:
            word = "key" if self.kind in {"json", "yaml"} else "column"
            place += f": {word} {name!r}"
        elif index is not None and self.kind == "csv":
            place += f": column {index + 1}"
        return place

    def error(
        self, reason: str, row: int | None = None, index: int | None = None, name: str | None = None
    ) -> DataError:
        return DataError(
            reason, source=self.source, row=row, column=name, where=self.where(row, index, name)
        )


def _column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _as_text(cell: Cell) -> str:
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


def _as_number(cell: Cell) -> tuple[Fraction, str] | str:
    """Read a numeric cell exactly; return ``(value, text)`` or the reason it is not a number."""
    if isinstance(cell, bool):
        return f"{cell!r} is a yes/no value, not a number"
    if isinstance(cell, int):
        if abs(cell) >= 10**MAX_DIGITS:
            return f"a number with more than {MAX_DIGITS} digits is not supported"
        return Fraction(cell), str(cell)
    if isinstance(cell, float | Decimal):
        if isinstance(cell, Decimal) and not cell.is_finite():
            return f"{cell} is not a finite number"
        try:
            return to_fraction(cell), repr(cell) if isinstance(cell, float) else str(cell)
        except ValueError as exc:
            return str(exc)
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return f"{cell.isoformat()} is a date or time, not a number"
    if isinstance(cell, str):
        text = cell.strip()
        if text.startswith("#"):
            return f"{text!r} is a spreadsheet error value, not a number"
        try:
            return Fraction(parse_number(text)), text
        except ValueError as exc:
            hint = " (write it without '%')" if text.endswith("%") else ""
            return f"{exc}{hint}"
    if isinstance(cell, list | dict):
        return (
            f"a {'list' if isinstance(cell, list) else 'mapping'} is not a number; give one number"
        )
    return f"{cell!r} is not a number"


def _negative_count(variabel: str, value: Fraction, text: str) -> str | None:
    """Why ``value`` cannot be a value of ``variabel``, if it is a negative count."""
    word = _counting_word(variabel) if value < 0 else None
    if word is None:
        return None
    return (
        f"{text!r} is negative, but {variabel!r} is a count (it starts with {word!r}) and a "
        "count cannot be below 0; correct the value, or read the file with "
        "allow_negative=True if negative values are meant"
    )


def _interpret(
    table: _Table,
    id_columns: Iterable[str] | None,
    *,
    allow_negative: bool = False,
    strict: bool = True,
    by: Iterable[str] = (),
) -> RealisasiData:
    names: list[str] = []
    keep: list[int] = []
    by_key: dict[str, int] = {}
    for index, raw in enumerate(table.header):
        name = _as_text(raw)
        if not name:
            if any(index < len(cells) and not _blank(cells[index]) for _, cells in table.rows):
                raise table.error("this column has values but no name", table.header_row, index)
            continue
        key = _key(name)
        if key in by_key:
            first = by_key[key]
            raise table.error(
                f"duplicated column name (also column {first + 1}: {names[keep.index(first)]!r})",
                table.header_row,
                index,
                name,
            )
        by_key[key] = index
        names.append(name)
        keep.append(index)
    width = len(table.header)
    for row, cells in table.rows:
        for index in range(width, len(cells)):
            if not _blank(cells[index]):
                raise table.error("this row has more cells than the header", row, index)
    if not table.rows:
        raise table.error("no data rows below the header", table.header_row)
    keys = [_key(n) for n in names]
    if "variabel" in keys or "nilai" in keys:
        return _long(table, names, keep, allow_negative, _Problems(strict))
    return _wide(table, names, keep, id_columns, allow_negative, _Problems(strict), by)


class _Problems:
    """Cell problems: raised at once (``strict``) or collected, the value left out."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.found: list[DataError] = []

    def add(self, error: DataError) -> None:
        if self.strict:
            raise error
        self.found.append(error)


def _long(
    table: _Table, names: list[str], keep: list[int], allow_negative: bool, problems: _Problems
) -> RealisasiData:
    keys = [_key(n) for n in names]
    missing = [c for c in LONG_COLUMNS if c not in keys]
    if missing:
        raise table.error(
            "long-form data needs the columns indikator, variabel, nilai; missing "
            + ", ".join(repr(m) for m in missing),
            table.header_row,
        )
    pos = {c: keep[keys.index(c)] for c in LONG_COLUMNS}
    col = {c: names[keys.index(c)] for c in LONG_COLUMNS}
    extra = [(names[i], keep[i]) for i, k in enumerate(keys) if k not in LONG_COLUMNS]
    values: list[RealisasiValue] = []
    seen: dict[tuple[str, str, tuple[tuple[str, str], ...]], int] = {}
    for row, cells in table.rows:

        def cell(index: int, cells: tuple[Cell, ...] = cells) -> Cell:
            return cells[index] if index < len(cells) else None

        texts = {}
        for c in ("indikator", "variabel"):
            texts[c] = _as_text(cell(pos[c]))
            if not texts[c]:
                raise table.error(f"empty {c} cell", row, pos[c], col[c])
        raw = cell(pos["nilai"])
        reason = _cell_problem(raw, texts["variabel"], allow_negative)
        if reason is not None:
            problem = table.error(reason, row, pos["nilai"], col["nilai"])
            problems.add(problem)
            continue
        number = _as_number(raw)
        assert not isinstance(number, str)  # noqa: S101 - _cell_problem said it is a number
        labels = tuple((name, _as_text(cell(i))) for name, i in extra if not _blank(cell(i)))
        significant = tuple(item for item in labels if _key(item[0]) not in _NUMBERING)
        dup_key = (texts["indikator"], _key(texts["variabel"]), significant)
        if dup_key in seen:
            raise table.error(
                f"a second value of {texts['variabel']!r} for indikator {texts['indikator']!r}"
                f" (first in row {seen[dup_key]})",
                row,
                pos["variabel"],
                col["variabel"],
            )
        seen[dup_key] = row
        values.append(
            RealisasiValue(
                texts["indikator"],
                texts["variabel"],
                number[0],
                number[1],
                row,
                col["nilai"],
                labels,
            )
        )
    return RealisasiData(
        table.source, "long", tuple(names), (), tuple(values), tuple(problems.found)
    )


def _wide(
    table: _Table,
    names: list[str],
    keep: list[int],
    id_columns: Iterable[str] | None,
    allow_negative: bool,
    problems: _Problems,
    by: Iterable[str] = (),
) -> RealisasiData:
    required = frozenset(_key(c) for c in (id_columns or ())) | frozenset(_key(c) for c in by)
    wanted = (ID_COLUMNS if id_columns is None else required) | required
    if required:
        unknown = [c for c in required if c not in {_key(n) for n in names}]
        if unknown:
            raise table.error(
                "missing required column " + ", ".join(repr(c) for c in sorted(unknown)),
                table.header_row,
            )
    ids = [(n, i) for n, i in zip(names, keep, strict=True) if _key(n) in wanted]
    variables = [(n, i) for n, i in zip(names, keep, strict=True) if _key(n) not in wanted]
    if not ids:
        raise table.error(
            "missing required column: wide data needs an identifying column such as nip, "
            "nama or kelurahan (long data needs indikator, variabel, nilai)",
            table.header_row,
        )
    if not variables:
        raise table.error("no variable columns next to the identifying columns", table.header_row)
    indikator_pos = next((i for n, i in ids if _key(n) == "indikator"), None)
    values: list[RealisasiValue] = []
    for row, cells in table.rows:

        def cell(index: int, cells: tuple[Cell, ...] = cells) -> Cell:
            return cells[index] if index < len(cells) else None

        labels = tuple((name, _as_text(cell(i))) for name, i in ids)
        indikator = None
        if indikator_pos is not None:
            indikator = _as_text(cell(indikator_pos)) or None
        for name, index in variables:
            raw = cell(index)
            reason = _cell_problem(raw, name, allow_negative)
            if reason is not None:
                problems.add(table.error(reason, row, index, name))
                continue
            number = _as_number(raw)
            assert not isinstance(number, str)  # noqa: S101 - _cell_problem said it is a number
            values.append(RealisasiValue(indikator, name, number[0], number[1], row, name, labels))
    return RealisasiData(
        table.source,
        "wide",
        tuple(names),
        tuple(n for n, _ in ids),
        tuple(values),
        tuple(problems.found),
    )


def _cell_problem(raw: Cell, variabel: str, allow_negative: bool) -> str | None:
    """Why a value cell holds no usable number, or ``None``."""
    if _blank(raw):
        return "empty cell: give a number (0 if there is none)"
    number = _as_number(raw)
    if isinstance(number, str):
        return number
    return None if allow_negative else _negative_count(variabel, *number)


# --------------------------------------------------------------------------------------
# Readers
# --------------------------------------------------------------------------------------


def _header_and_rows(
    source: str,
    kind: Literal["csv", "xlsx"],
    numbered: Iterable[tuple[int, Sequence[Cell]]],
    sheet: str = "",
) -> _Table:
    header: tuple[Cell, ...] | None = None
    header_row = 0
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    for number, cells in numbered:
        if all(_blank(c) for c in cells):
            continue
        if header is None:
            header, header_row = tuple(cells), number
        else:
            rows.append((number, tuple(cells)))
    if header is None:
        raise DataError(
            "the file is empty",
            source=source,
            where=source if kind == "csv" else f"{source}:{sheet}",
        )
    return _Table(source, kind, header_row, header, tuple(rows), sheet)


def _check_separator(
    record: Sequence[str], width: int, delimiter: str, source: str, row: int
) -> None:
    """Refuse a short row that another separator would split into the header's cells."""
    line = delimiter.join(record)
    for other in ";,\t":
        if other != delimiter and len(line.split(other)) == width:
            raise DataError(
                f"this row has {len(record)} cell(s) where the header has {width}: it seems "
                f"separated by {other!r} while the header is separated by {delimiter!r}; use "
                "one separator in the whole file",
                source=source,
                row=row,
            )


def _read_csv(path: Path) -> _Table:
    source = str(path)
    _check_size(path)
    data = path.read_bytes()
    encoding = encoding_of(data[:4])
    utf16 = encoding != "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(
            f"not {'UTF-16' if utf16 else 'UTF-8'} text (byte {exc.start}); "
            "save the file as 'CSV UTF-8'",
            source=source,
            row=line,
        ) from None
    if not text.strip():
        raise DataError("the file is empty", source=source)
    dialect = dialect_of_text(text, encoding)
    delimiter, offset = dialect.delimiter, dialect.skip
    body = text.partition("\n")[2] if offset else text
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, strict=True)

    def numbered() -> Iterable[tuple[int, list[str]]]:
        start = 1
        width = 0  # cells in the header, once it is read
        try:
            for record in reader:
                if not width and any(cell.strip() for cell in record):
                    width = len(record)
                elif len(record) < width:
                    _check_separator(record, width, delimiter, source, start + offset)
                yield start + offset, record
                start = reader.line_num + 1
        except csv.Error as exc:
            raise DataError(f"malformed CSV: {exc}", source=source, row=start + offset) from None

    return _header_and_rows(source, "csv", numbered())


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > limits.DATA_MAX_BYTES:
        raise DataError(
            f"the file has {size:,} bytes, more than {limits.DATA_MAX_BYTES:,} "
            "(ikicalc.limits.DATA_MAX_BYTES); use report --stream for data this large",
            source=str(path),
        )


def _checked(path: Path) -> Path:
    _check_size(path)
    return path


def check_workbook_size(path: Path) -> None:
    """Refuse an XLSX whose packed files add up to more than
    :data:`ikicalc.limits.XLSX_MAX_UNPACKED_BYTES` (a zip bomb), before it is opened."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise DataError(
            f"not an XLSX workbook ({exc}); save it from Excel as .xlsx", source=str(path)
        ) from None
    if unpacked > limits.XLSX_MAX_UNPACKED_BYTES:
        raise DataError(
            f"the workbook unpacks to {unpacked:,} bytes, more than "
            f"{limits.XLSX_MAX_UNPACKED_BYTES:,} (ikicalc.limits.XLSX_MAX_UNPACKED_BYTES): "
            "refused unread",
            source=str(path),
        )


def _read_xlsx(path: Path, sheet: str | None) -> _Table:
    from openpyxl import load_workbook

    source = str(path)
    check_workbook_size(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        raise DataError(f"cannot open the workbook: {exc}", source=source) from None
    try:
        if sheet is None:
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            raise DataError(
                f"no sheet {sheet!r} (sheets: {', '.join(workbook.sheetnames)})", source=source
            )
        title = worksheet.title
        if hasattr(worksheet, "reset_dimensions"):
            # the sheet's <dimension> may claim A1:XFD1048576: read the cells it has instead
            worksheet.reset_dimensions()
        rows = []
        cells_read = 0
        for number, cells in enumerate(worksheet.iter_rows(min_row=1, values_only=True), 1):
            cells_read += len(cells)
            if number > limits.DATA_MAX_ROWS or cells_read > limits.XLSX_MAX_CELLS:
                raise DataError(
                    f"the sheet has more than {limits.DATA_MAX_ROWS:,} rows or "
                    f"{limits.XLSX_MAX_CELLS:,} cells (ikicalc.limits.DATA_MAX_ROWS, "
                    "XLSX_MAX_CELLS); split it, or use report --stream with CSV or Parquet",
                    source=source,
                )
            rows.append((number, tuple(cells)))
    except DataError:
        raise
    except Exception as exc:  # a damaged sheet inside a readable workbook
        raise DataError(f"cannot read the workbook: {exc}", source=source) from None
    finally:
        workbook.close()
    return _header_and_rows(source, "xlsx", rows, title)


def _records_table(
    source: str,
    kind: Literal["json", "yaml", "parquet"],
    data: object,
    lines: Sequence[int] | None = None,
) -> _Table:
    if not isinstance(data, list):
        raise DataError(
            "expected a list of records (one mapping per row)",
            source=source,
            row=1 if lines is not None else None,
        )
    if not data:
        raise DataError("the file is empty (no records)", source=source)
    records: list[dict[str, Cell]] = []
    columns: dict[str, None] = {}
    for number, record in enumerate(data, 1):
        if not isinstance(record, dict):
            row = lines[number - 1] if lines is not None else None
            where = f"{source}:{row}: record {number}" if row else f"{source}: record {number}"
            raise DataError(
                "a record must be a mapping of column: value", source=source, row=row, where=where
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
    return _Table(source, kind, None, header, rows, record_numbers=record_numbers)


def _read_parquet(path: Path) -> _Table:
    """A Parquet file (needs ``ikicalc[scale]``), one record per row."""
    try:
        import polars as pl
    except ImportError:
        raise DataError(
            "reading Parquet needs the scale extra: pip install 'ikicalc[scale]'",
            source=str(path),
        ) from None
    try:
        records = pl.read_parquet(path).to_dicts()
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise DataError(f"cannot read the Parquet file: {exc}", source=str(path)) from None
    return _records_table(str(path), "parquet", records)


def text_table(path: Path, sheet: str | None = None) -> tuple[tuple[str, ...], list[list[str]]]:
    """An XLSX sheet as column names and rows of cell text, numbers written exactly
    (``81.35``, never ``8.135E1``): how :func:`ikicalc.evaluate_frame` reads a workbook with
    the same reader as :func:`read_realisasi`."""
    table = _read_xlsx(path, sheet)
    names = tuple(_as_text(cell) for cell in table.header)
    rows = [
        [_cell_text(cells[i] if i < len(cells) else None) for i in range(len(names))]
        for _, cells in table.rows
    ]
    return names, rows


def _cell_text(cell: Cell) -> str:
    if isinstance(cell, float) and math.isfinite(cell):
        return format(Decimal(repr(cell)), "f")
    if isinstance(cell, Decimal) and cell.is_finite():
        return format(cell, "f")
    return _as_text(cell)


def _read_json(path: Path) -> _Table:
    source = str(path)

    def no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, value in pairs:
            if key in out:
                raise DataError(f"duplicated key {key!r} in a record", source=source, column=key)
            out[key] = value
        return out

    try:
        # Decimal for every number: exact, and no limit on the digits of an int to trip over
        # (NaN and Infinity become Decimals too, refused with their record and key).
        data = json.loads(
            _checked(path).read_text(encoding="utf-8-sig"),
            parse_float=Decimal,
            parse_int=Decimal,
            parse_constant=Decimal,
            object_pairs_hook=no_duplicates,
        )
    except json.JSONDecodeError as exc:
        raise DataError(f"invalid JSON: {exc.msg}", source=source, row=exc.lineno) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text (byte {exc.start})", source=source) from None
    except RecursionError:
        raise DataError("invalid JSON: nested too deeply", source=source) from None
    return _records_table(source, "json", data)


def _read_yaml(path: Path) -> _Table:
    source = str(path)
    try:
        text = _checked(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text (byte {exc.start})", source=source) from None
    try:
        loaded = load_yaml_with_lines(text, source)
    except ValueError:  # Python refuses to convert an integer of thousands of digits
        raise DataError(
            "cannot read the YAML: a number in it is far too long", source=source
        ) from None
    except DocumentError as exc:
        where = source if exc.line is None else f"{source}:{exc.line}"
        reason = exc.problems[0].removeprefix(f"{where}: ")
        raise DataError(reason, source=source, row=exc.line, where=where) from None
    data = loaded.data
    lines: list[int] | None = None
    if isinstance(data, list):
        lines = [loaded.line_of((i,)) for i in range(len(data))]
    return _records_table(source, "yaml", data, lines)


def read_realisasi(
    path: str | Path,
    *,
    id_columns: Iterable[str] | None = None,
    sheet: str | None = None,
    allow_negative: bool = False,
    strict: bool = True,
    by: Iterable[str] = (),
) -> RealisasiData:
    """Read realisasi data from a ``.csv``, ``.xlsx``, ``.json``, ``.yaml``, ``.yml`` or
    ``.parquet`` file.

    The layout (long or wide, see the module documentation) is recognised from the header.
    ``id_columns`` names the identifying columns of wide data when they are not among
    :data:`ID_COLUMNS` (they replace those); ``by`` names more identifying columns (the
    groups of a report, ``unit``), kept with the usual ones; ``sheet`` picks an XLSX sheet
    (default: the first).
    ``allow_negative`` accepts negative values for counts (variables named ``Jumlah …``,
    ``Jenis …`` …), which are otherwise an error. Raises :class:`DataError` naming the file,
    row and column of the first problem; with ``strict=False`` a cell without a usable
    number (empty, text, a negative count) is left out and listed in
    :attr:`RealisasiData.problems` instead, every one of them, so a report can compute every
    row it can and give the others their reason.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError("no such file", source=str(path))
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        table = _read_csv(path)
    elif suffix == ".xlsx":
        table = _read_xlsx(path, sheet)
    elif suffix == ".json":
        table = _read_json(path)
    elif suffix in {".yaml", ".yml"}:
        table = _read_yaml(path)
    elif suffix in {".parquet", ".pq"}:
        table = _read_parquet(path)
    else:
        raise DataError(
            f"unknown file type {path.suffix!r}: use .csv, .xlsx, .json, .yaml, .yml or .parquet",
            source=str(path),
        )
    return _interpret(table, id_columns, allow_negative=allow_negative, strict=strict, by=by)
