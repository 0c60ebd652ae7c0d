"""The input of :func:`ikicalc.evaluate_frame`: a Polars or pandas frame, or a CSV, Parquet or XLSX
file, read lazily with its column names and types, and its cells cleaned into finite numbers."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import polars as pl

from ikicalc.backends.polars import column
from ikicalc.errors import IkiError
from ikicalc.evaluation.frame_numbers import WHITESPACE, other_numbers, whole_numbers
from ikicalc.evaluation.plan import did_you_mean
from ikicalc.i18n import _
from ikicalc.numbers import NumberStyle, data_style, undecided
from ikicalc.realisasi.dialect import sniff_csv
from ikicalc.realisasi.readers import read_text_table
from ikicalc.realisasi.tables import sheet_place
from ikicalc.realisasi.undecided import DataWarning, NumberPlace, undecided_warning

_PARQUET_UNPACKING = 4


@dataclass(frozen=True)
class _Source:
    """The input: its column names and types, and how to read it with numbers as wanted."""

    names: tuple[str, ...]
    dtypes: Mapping[str, pl.DataType]
    read: Callable[[frozenset[str]], pl.LazyFrame]
    where: str
    style: NumberStyle = "mixed"
    keep_alive: object = None
    size: int | None = None  # bytes of the input file; None for a frame
    plain: Callable[[], bool] = lambda: False  # whether no input cell needs the CSV guard
    dotted: Callable[[], bool] = lambda: True  # whether a cell may hold a dot (W113)
    place: Callable[[int, str], tuple[int, str]] | None = None
    """Row ``i`` (from 0) and a column as the file names the cell: ``(row, words)``."""
    quick: Callable[[frozenset[str]], _Source] | None = None
    """The same input read faster (:func:`_quick_csv`), the given columns as whole numbers;
    ``None`` where there is no faster way."""


def _blank(path: Path) -> bool:
    """Whether the file holds nothing but white space (read only when Polars refused it)."""
    try:
        with path.open("rb") as file:
            head = file.read(_BLANK_HEAD + 1)
    except OSError:
        return False
    return len(head) <= _BLANK_HEAD and not head.strip()


_BLANK_HEAD = 65_536


def _csv_source(path: Path, separator: str | None, decimal_comma: bool | None) -> _Source:
    """A CSV file read as the exact reader reads it (:func:`ikicalc.realisasi.dialect.sniff_csv`):
    every column as text, numbers read by
    :func:`~ikicalc.evaluation.frame_numbers.number_from_text` in the file's number
    style where a formula needs them, so input columns are carried over exactly as
    written. A UTF-16 file is first copied to UTF-8 (streamed) in a temporary directory
    that lives as long as the result."""
    dialect = sniff_csv(path)
    sep = separator or dialect.delimiter
    if decimal_comma and sep == ",":
        raise IkiError(f"{path}: " + _("a CSV file separated by ',' cannot use a decimal comma"))
    style: NumberStyle = dialect.style
    if decimal_comma is not None:
        style = "decimal-comma" if decimal_comma else "decimal-dot"
    readable, keep_alive = path, None
    if not dialect.utf8:
        keep_alive = tempfile.TemporaryDirectory(prefix="ikicalc-")
        readable = Path(keep_alive.name) / "utf8.csv"
        _transcode(path, dialect.encoding, readable)

    def scan(
        encoding: Literal["utf8", "utf8-lossy"] = "utf8-lossy",
        whole: frozenset[str] = frozenset(),
    ) -> pl.LazyFrame:
        return pl.scan_csv(
            readable,
            separator=sep,
            skip_rows=dialect.skip,
            infer_schema=False,
            schema_overrides=dict.fromkeys(sorted(whole), pl.Int64) or None,
            encoding=encoding,
        )

    try:
        names = tuple(scan().collect_schema().names())
    except (pl.exceptions.PolarsError, OSError) as error:
        if _blank(readable):  # as the exact reader says it
            raise IkiError(f"{path}: " + _("the file is empty")) from None
        reason = _("cannot read the CSV file: {problem}").format(problem=error)
        raise IkiError(f"{path}: {reason}") from None
    dtypes = {name: pl.String() for name in names}
    size = readable.stat().st_size

    facts: list[CsvBytes] = []  # one pass over the bytes, for the guard and for W113

    def scanned() -> CsvBytes:
        if not facts:
            facts.append(csv_bytes(readable, sep, dialect.skip))
        return facts[0]

    first = dialect.skip + 2  # the line of the first data row: after 'sep=' and the header

    def place(index: int, name: str) -> tuple[int, str]:
        row = index + first
        words = _("row {number}").format(number=row)
        return row, words + ", " + _("column {name}").format(name=repr(name))

    exact = _Source(
        names,
        dtypes,
        lambda numeric: scan(),
        str(path),
        style,
        keep_alive,
        size,
        lambda: scanned().plain,
        lambda: scanned().dotted,
        place,
    )

    def quick(whole: frozenset[str]) -> _Source:
        """The file read faster, the columns ``whole`` by Polars' integer parser.

        The exact read takes every cell as text, any byte that is not UTF-8 replaced
        (``utf8-lossy``, which Polars checks cell by cell). This read checks the whole
        file at once (strict UTF-8) and takes a cell of ``whole`` only when it is white
        space, a sign and digits (``12``, ``+38``, ``007``, a space before ``7``): the
        number the separator rules read from it (:mod:`ikicalc.evaluation.frame_numbers`); an empty
        or blank cell is null, as there. Any other cell (``81,35``, ``12 ``, ``١٢``, a
        number beyond 64 bits) and any byte that is not UTF-8 fails the whole read, never
        gives another value: the caller then reads the exact way. Its columns ``whole``
        are numbers, not the text as written (``007`` is 7): for sums, not for output."""
        typed = {name: pl.Int64() if name in whole else pl.String() for name in names}
        return replace(exact, dtypes=typed, read=lambda numeric: scan("utf8", whole), quick=None)

    return replace(exact, quick=quick)


_PLAIN = bytes(b for b in range(0x20, 0x7F) if chr(b) not in "=+-@") + b"\n"
"""Bytes the spreadsheet guard never acts on: printable ASCII but for the formula starts,
and the line feed."""


@dataclass(frozen=True)
class CsvBytes:
    """What one pass over a CSV file's bytes after its header shows (:func:`csv_bytes`)."""

    plain: bool
    """No cell needs the spreadsheet guard (:func:`plain_csv`)."""
    dotted: bool
    """Some cell holds a dot: without one no cell is ``1.206``, and ``W113`` needs no scan."""


def plain_csv(path: Path, separator: str, skip: int = 0) -> bool:
    """Whether no cell of the CSV file at ``path`` needs the spreadsheet guard (see
    :func:`csv_bytes`)."""
    return csv_bytes(path, separator, skip).plain


def csv_bytes(path: Path, separator: str, skip: int = 0) -> CsvBytes:
    """One pass over the bytes of the CSV file at ``path`` (UTF-8, after its header).

    ``plain``: whether no cell holds anything the spreadsheet guard acts on
    (:mod:`ikicalc.writers.guard_polars`), so its cells can be written back unguarded: only
    printable ASCII without ``=``, ``+``, ``-``, ``@``; a carriage return only before a line
    feed and a tab only as the separator, and then only in a file without quotes (a quoted
    cell could hold either). About 0.1 s for 150 MB; anything else (a date ``2019-01-01``,
    a negative number, a letter with an accent) says no, and the guard looks at the cells
    one by one. ``dotted``: whether any cell holds a dot (no ``W113`` without one)."""
    permitted = b"\r\t" if separator == "\t" else b"\r"  # with a line feed / as separator
    plain, dotted = True, False
    with path.open("rb") as handle:
        for _ in range(skip + 1):  # an Excel 'sep=' line, the header
            handle.readline()
        quoted = returns = False
        while chunk := handle.read(1 << 23):
            dotted = dotted or b"." in chunk
            if not plain:
                if dotted:
                    break
                continue
            quoted = quoted or b'"' in chunk
            rest = chunk.translate(None, _PLAIN)
            if not rest:
                continue
            returns = True
            if rest.translate(None, permitted) or chunk.count(b"\r") != chunk.count(b"\r\n"):
                plain = False
    return CsvBytes(plain and not (returns and quoted), dotted)


def _transcode(source: Path, encoding: str, target: Path) -> None:
    """Copy ``source`` to ``target`` as UTF-8, in bounded memory."""
    try:
        with (
            source.open("r", encoding=encoding, newline="") as reader,
            target.open("w", encoding="utf-8", newline="") as writer,
        ):
            while chunk := reader.read(1 << 20):
                writer.write(chunk)
    except UnicodeDecodeError as error:
        reason = _("not {encoding} text (byte {byte}); save the file as 'CSV UTF-8'").format(
            encoding=encoding.upper(), byte=error.start
        )
        raise IkiError(f"{source}: {reason}") from None


def _lazy_source(frame: pl.LazyFrame, where: str, style: NumberStyle = "mixed") -> _Source:
    try:
        schema = frame.collect_schema()
    except (pl.exceptions.PolarsError, OSError) as error:
        reason = _("cannot read the data: {problem}").format(problem=error)
        raise IkiError(f"{where}: {reason}") from None
    return _Source(tuple(schema.names()), dict(schema), lambda numeric: frame, where, style)


def _source(frame: object, separator: str | None, decimal_comma: bool | None) -> _Source:
    if isinstance(frame, pl.LazyFrame):
        return _decided(_lazy_source(frame, _("the data")))
    if isinstance(frame, pl.DataFrame):
        return _decided(_lazy_source(frame.lazy(), _("the data")))
    if isinstance(frame, str | os.PathLike):
        path = Path(frame)
        if not path.is_file():
            raise IkiError(f"{path}: " + _("no such file"))
        suffix = path.suffix.casefold()
        if suffix in {".csv", ".txt", ".tsv"}:
            return _csv_source(path, separator, decimal_comma)
        if suffix in {".parquet", ".pq"}:
            found = _lazy_source(pl.scan_parquet(path), str(path))
            # a Parquet file unpacks to several times its size in memory
            found = replace(found, size=_PARQUET_UNPACKING * path.stat().st_size, place=_record)
            return _decided(found)  # its text columns decide, as read_realisasi decides
        if suffix == ".xlsx":
            table = read_text_table(path)
            schema = dict.fromkeys(table.names, pl.String)
            frame_ = pl.DataFrame(table.rows, schema=schema, orient="row")
            found = _lazy_source(frame_.lazy(), str(path), table.style)
            names = list(table.names)

            def cell(index: int, name: str) -> tuple[int, str]:
                row = table.numbers[index]
                return row, sheet_place(table.sheet, row, names.index(name), name)

            return replace(found, place=cell)
        reason = _("unknown file type {suffix}; use .csv, .xlsx or .parquet").format(
            suffix=repr(path.suffix)
        )
        raise IkiError(f"{path}: {reason}")
    if type(frame).__module__.split(".")[0] == "pandas":
        return _decided(_lazy_source(pl.from_pandas(frame).lazy(), _("the data")))
    raise IkiError(
        _(
            "cannot evaluate over a {kind}: give a Polars or pandas DataFrame, a Polars "
            "LazyFrame, or the path of a CSV or Parquet file"
        ).format(kind=type(frame).__name__)
    )


def _record(index: int, name: str) -> tuple[int, str]:
    """Row ``index`` (from 0) of a Parquet file as the exact reader names it: a record."""
    words = _("record {number}").format(number=index + 1)
    return index + 1, words + ", " + _("column {name}").format(name=repr(name))


def _decided(source: _Source) -> _Source:
    """``source`` with the number style its text columns show (a frame's, a Parquet
    file's): one rule for all data, ``1.206`` in a frame that shows nothing is a thousand."""
    return replace(source, style=_text_style(source))


def _text_style(source: _Source) -> NumberStyle:
    """The number style of a frame's text columns, decided as
    :func:`ikicalc.numbers.data_style` decides a file's (from each distinct text once)."""
    texts = [name for name in source.names if isinstance(source.dtypes[name], pl.String)]
    if not texts:
        return data_style(())  # nothing to learn from: the rule
    cells = pl.concat_list([pl.col(name) for name in texts]).explode()
    # only cells that may be numbers: not every name and NIP of the file held at once
    numberish = cells.filter(cells.str.contains(_NUMBERISH)).unique()
    try:
        distinct = source.read(frozenset()).select(numberish).collect(engine="streaming")
    except (pl.exceptions.PolarsError, OSError) as error:
        reason = _("cannot read the data: {problem}").format(problem=error)
        raise IkiError(f"{source.where}: {reason}") from None
    return data_style(distinct.to_series())


_SPACE = "".join(f"\\x{{{ord(ch):x}}}" for ch in WHITESPACE)
_NUMBERISH = rf"^[{_SPACE}]*[+-]?[\d.,]+[{_SPACE}]*$"
"""Every cell :func:`ikicalc.numbers.data_style` may learn from (and a few more)."""

_LONE_GROUP = r"^[+-]?[1-9]\d{0,2}\.\d{3}$"
"""A lone dot before three digits: the cells :func:`ikicalc.numbers.undecided` names."""


def undecided_places(source: _Source, numeric: frozenset[str]) -> tuple[DataWarning, ...]:
    """``W113`` of a frame's input: the text cells of the columns read as numbers
    (``numeric``) whose dot nothing in the file decided (:func:`ikicalc.numbers.undecided`),
    found by one streaming scan, as the exact reader finds them."""
    if source.style not in ("indonesian", "mixed") or not source.dotted():
        return ()  # no cell of the file holds a dot: none is undecided
    texts = [n for n in source.names if n in numeric and isinstance(source.dtypes[n], pl.String)]
    if not texts:
        return ()
    index = "__ikicalc_row"

    def lone_group(name: str) -> pl.Expr:
        # only the cells with a dot are stripped and matched (the others masked to null)
        cell = pl.col(name)
        dotted = pl.when(cell.str.contains(".", literal=True)).then(cell)
        stripped = dotted.str.strip_chars(WHITESPACE)
        return pl.when(stripped.str.contains(_LONE_GROUP)).then(stripped).alias(name)

    matched = [lone_group(n) for n in texts]
    try:
        found = (
            source.read(numeric)
            .select(texts)
            .with_row_index(index)
            .select([pl.col(index), *matched])
            .filter(pl.any_horizontal([pl.col(n).is_not_null() for n in texts]))
            .collect(engine="streaming")
        )
    except (pl.exceptions.PolarsError, OSError) as error:
        reason = _("cannot read the data: {problem}").format(problem=error)
        raise IkiError(f"{source.where}: {reason}") from None
    places: list[NumberPlace] = []
    for record in found.iter_rows(named=True):
        for name in texts:
            text = record[name]
            if text is None or not undecided(text, source.style):
                continue
            at = record[index]
            if source.place is None:
                row, where = at + 1, _("row {number}").format(number=at + 1)
                where += ", " + _("column {name}").format(name=repr(name))
            else:
                row, where = source.place(at, name)
            places.append(NumberPlace(row, name, name, text, where))
    return undecided_warning(source.where, source.style, places)


def _is_number_type(dtype: pl.DataType) -> bool:
    return dtype.is_numeric() or isinstance(dtype, pl.Null)


def _clean(
    name: str, dtype: pl.DataType, internal: str, style: NumberStyle = "mixed"
) -> list[pl.Expr]:
    """The column ``name`` as finite ``Float64`` numbers in the column ``internal``, null
    where a cell holds none, in steps (one ``with_columns`` each, a step reading what the
    one before wrote): text by :func:`ikicalc.evaluation.frame_numbers.whole_numbers`, then
    :func:`~ikicalc.evaluation.frame_numbers.other_numbers`, the twin of the exact reader,
    in the file's number ``style``."""
    raw = column(name)
    if isinstance(dtype, pl.String):
        whole = whole_numbers(raw).alias(internal)
        return [whole, other_numbers(raw, pl.col(internal), style).alias(internal)]
    value = raw.cast(pl.Float64)
    if dtype.is_float():
        value = pl.when(value.is_finite()).then(value)
    return [value.alias(internal)]


def _names(by: str | Sequence[str] | None) -> tuple[str, ...]:
    if by is None:
        return ()
    return (by,) if isinstance(by, str) else tuple(by)


def _require(names: Iterable[str], source: _Source, what: str) -> None:
    for name in names:
        if name not in source.names:
            raise IkiError(
                _("{what} names {name}, but {where} has no such column").format(
                    what=what, name=repr(name), where=source.where
                )
                + did_you_mean(name, source.names)
            )
