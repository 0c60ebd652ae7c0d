"""One reader per file format (CSV, XLSX, JSON, YAML, Parquet), the size limits, and
:func:`read_realisasi`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ikicalc import limits
from ikicalc.documents.yaml_lines import load_yaml_with_lines
from ikicalc.errors import DataError, DocumentError
from ikicalc.i18n import _
from ikicalc.numbers import NumberStyle
from ikicalc.realisasi.dialect import dialect_of_head, encoding_of
from ikicalc.realisasi.interpret import interpret_table
from ikicalc.realisasi.model import RealisasiData
from ikicalc.realisasi.tables import (
    Cell,
    Table,
    as_text,
    cell_text,
    header_and_rows,
    records_table,
)


def _check_separator(
    record: Sequence[str], width: int, delimiter: str, source: str, row: int
) -> None:
    """Refuse a short row that another separator would split into the header's cells."""
    line = delimiter.join(record)
    for other in ";,\t":
        if other != delimiter and len(line.split(other)) == width:
            raise DataError(
                _(
                    "this row has {count} cell(s) where the header has {width}: it seems "
                    "separated by {other} while the header is separated by {delimiter}; use "
                    "one separator in the whole file"
                ).format(
                    count=len(record), width=width, other=repr(other), delimiter=repr(delimiter)
                ),
                source=source,
                row=row,
            )


def _read_csv(path: Path) -> Table:
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
            _("not {encoding} text (byte {byte}); save the file as 'CSV UTF-8'").format(
                encoding="UTF-16" if utf16 else "UTF-8", byte=exc.start
            ),
            source=source,
            row=line,
        ) from None
    if not text.strip():
        raise DataError(_("the file is empty"), source=source)
    dialect = dialect_of_head(data)  # as evaluate_frame decides it: the same reading
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
            raise DataError(
                _("malformed CSV: {problem}").format(problem=exc),
                source=source,
                row=start + offset,
            ) from None

    return header_and_rows(source, "csv", numbered(), style=dialect.style)


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > limits.DATA_MAX_BYTES:
        raise DataError(
            _(
                "the file has {size} bytes, more than {limit} (ikicalc.limits.DATA_MAX_BYTES); "
                "use report --stream for data this large"
            ).format(size=f"{size:,}", limit=f"{limits.DATA_MAX_BYTES:,}"),
            source=str(path),
        )


def _checked(path: Path) -> Path:
    _check_size(path)
    return path


def check_workbook_size(path: Path) -> None:
    """Refuse an XLSX whose packed files add up to more than
    :data:`ikicalc.limits.XLSX_MAX_UNPACKED_BYTES`, or with a part packed more than
    :data:`ikicalc.limits.XLSX_MAX_COMPRESSION_RATIO` times (a zip bomb), before it is
    opened."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise DataError(
            _("not an XLSX workbook ({problem}); save it from Excel as .xlsx").format(problem=exc),
            source=str(path),
        ) from None
    unpacked = sum(info.file_size for info in parts)
    ratio = limits.XLSX_MAX_COMPRESSION_RATIO
    for part in parts:
        if part.file_size > 1_000_000 and part.file_size > ratio * max(part.compress_size, 1):
            raise DataError(
                _(
                    "the part {part} unpacks {size} bytes from {packed}, more than {ratio} "
                    "times (ikicalc.limits.XLSX_MAX_COMPRESSION_RATIO): a zip bomb? refused "
                    "unread"
                ).format(
                    part=part.filename,
                    size=f"{part.file_size:,}",
                    packed=f"{part.compress_size:,}",
                    ratio=ratio,
                ),
                source=str(path),
            )
    if unpacked > limits.XLSX_MAX_UNPACKED_BYTES:
        raise DataError(
            _(
                "the workbook unpacks to {size} bytes, more than {limit} "
                "(ikicalc.limits.XLSX_MAX_UNPACKED_BYTES): refused unread"
            ).format(size=f"{unpacked:,}", limit=f"{limits.XLSX_MAX_UNPACKED_BYTES:,}"),
            source=str(path),
        )


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    from ikicalc.workbooks import open_workbook

    source = str(path)
    check_workbook_size(path)
    try:
        workbook = open_workbook(path)
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        raise DataError(
            _("cannot open the workbook: {problem}").format(problem=exc), source=source
        ) from None
    try:
        if sheet is None:
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            raise DataError(
                _("no sheet {sheet} (sheets: {names})").format(
                    sheet=repr(sheet), names=", ".join(workbook.sheetnames)
                ),
                source=source,
            )
        title = worksheet.title
        if hasattr(worksheet, "reset_dimensions"):
            # the sheet's <dimension> may claim A1:XFD1048576: read the cells it has instead
            worksheet.reset_dimensions()
        rows = []
        cells_read = 0
        for number, cells in enumerate(worksheet.iter_rows(min_row=1, values_only=True), 1):
            cells_read += len(cells)
            most_rows = min(limits.XLSX_MAX_ROWS, limits.DATA_MAX_ROWS)
            if number > most_rows or cells_read > limits.XLSX_MAX_CELLS:
                if number > most_rows:
                    too_many = _(
                        "the sheet has more than {count} rows (ikicalc.limits.XLSX_MAX_ROWS)"
                    ).format(count=f"{most_rows:,}")
                else:
                    too_many = _(
                        "the sheet has more than {count} cells (ikicalc.limits.XLSX_MAX_CELLS)"
                    ).format(count=f"{limits.XLSX_MAX_CELLS:,}")
                raise DataError(
                    too_many
                    + "; "
                    + _("split it, or save it as CSV (or Parquet) for report --stream"),
                    source=source,
                )
            rows.append((number, tuple(cells)))
    except DataError:
        raise
    except Exception as exc:  # a damaged sheet inside a readable workbook
        raise DataError(
            _("cannot read the workbook: {problem}").format(problem=exc), source=source
        ) from None
    finally:
        workbook.close()
    return header_and_rows(source, "xlsx", rows, title)


def _read_parquet(path: Path) -> Table:
    """A Parquet file (needs ``ikicalc[scale]``), one record per row."""
    try:
        import polars as pl
    except ImportError:
        raise DataError(
            _("reading Parquet needs the scale extra: pip install 'ikicalc[scale]'"),
            source=str(path),
        ) from None
    try:
        records = pl.read_parquet(path).to_dicts()
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise DataError(
            _("cannot read the Parquet file: {problem}").format(problem=exc), source=str(path)
        ) from None
    return records_table(str(path), "parquet", records)


@dataclass(frozen=True)
class TextTable:
    """An XLSX sheet as text: column ``names``, ``rows`` of cell text, and the sheet's
    number ``style`` (:func:`ikicalc.numbers.data_style` of its text cells)."""

    names: tuple[str, ...]
    rows: list[list[str]]
    style: NumberStyle
    numbers: tuple[int, ...] = ()
    """The sheet row of each of ``rows`` (empty rows are skipped)."""
    sheet: str = ""


def read_text_table(path: Path, sheet: str | None = None) -> TextTable:
    """An XLSX sheet as text, read by the reader of :func:`read_realisasi`: numbers written
    exactly (``81.35``, never ``8.135E1``; with a decimal comma, ``81,35``, in a sheet whose
    text cells write decimals so, so that its style reads them back as the same number)."""
    table = _read_xlsx(path, sheet)
    names = tuple(as_text(cell) for cell in table.header)
    # a number cell's text in a form the sheet's style reads back as the same number: with a
    # decimal comma where a lone dot would group thousands (1.206 in an undecided sheet)
    comma = table.style in ("decimal-comma", "indonesian")

    def text(cell: Cell) -> str:
        written = cell_text(cell)
        if comma and isinstance(cell, float | Decimal) and not isinstance(cell, bool):
            return written.replace(".", ",")
        return written

    rows = [
        [text(cells[i] if i < len(cells) else None) for i in range(len(names))]
        for _, cells in table.rows
    ]
    numbers = tuple(number for number, _cells in table.rows)
    return TextTable(names, rows, table.style, numbers, table.sheet)


def text_table(path: Path, sheet: str | None = None) -> tuple[tuple[str, ...], list[list[str]]]:
    """An XLSX sheet as column names and rows of cell text (:func:`read_text_table` without
    the style)."""
    found = read_text_table(path, sheet)
    return found.names, found.rows


def _read_json(path: Path) -> Table:
    source = str(path)

    def no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, value in pairs:
            if key in out:
                raise DataError(
                    _("duplicated key {key} in a record").format(key=repr(key)),
                    source=source,
                    column=key,
                )
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
        raise DataError(
            _("invalid JSON: {problem}").format(problem=exc.msg), source=source, row=exc.lineno
        ) from None
    except UnicodeDecodeError as exc:
        raise DataError(
            _("not UTF-8 text (byte {byte})").format(byte=exc.start), source=source
        ) from None
    except RecursionError:
        raise DataError(_("invalid JSON: nested too deeply"), source=source) from None
    return records_table(source, "json", data)


def _read_yaml(path: Path) -> Table:
    source = str(path)
    try:
        text = _checked(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            _("not UTF-8 text (byte {byte})").format(byte=exc.start), source=source
        ) from None
    try:
        loaded = load_yaml_with_lines(text, source)
    except ValueError:  # Python refuses to convert an integer of thousands of digits
        raise DataError(
            _("cannot read the YAML: a number in it is far too long"), source=source
        ) from None
    except DocumentError as exc:
        where = source if exc.line is None else f"{source}:{exc.line}"
        reason = exc.problems[0].removeprefix(f"{where}: ")
        raise DataError(reason, source=source, row=exc.line, where=where) from None
    data = loaded.data
    lines: list[int] | None = None
    if isinstance(data, list):
        lines = [loaded.line_of((i,)) for i in range(len(data))]
    return records_table(source, "yaml", data, lines)


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
        raise DataError(_("no such file"), source=str(path))
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
            _(
                "unknown file type {suffix}: use .csv, .xlsx, .json, .yaml, .yml or .parquet"
            ).format(suffix=repr(path.suffix)),
            source=str(path),
        )
    return interpret_table(table, id_columns, allow_negative=allow_negative, strict=strict, by=by)
