"""Writing a report: JSON, CSV and XLSX, safely.

- **Atomic:** the file is written to a temporary file beside the target and renamed over it
  only when complete, so an interrupted or failed report leaves no half-written file.
- **Spreadsheet safe:** text that a spreadsheet would run as a formula (it starts with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return; formula cells such as ``- Jumlah seluruh
  surat`` do) is neutralised: in CSV it gets a leading ``'``; in XLSX it is stored as text with
  Excel's quote-prefix flag, so it shows as written and is never evaluated.
- **Numbers** are rounded half-up to 2 places only here, at presentation. CSV is written as
  Indonesian Excel reads it: UTF-8 with BOM, ``;`` between fields, decimal comma. XLSX cells
  hold numbers with a number format; JSON holds the rounded value and the exact fraction.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from ikicalc.errors import IkiError
from ikicalc.numbers import DEFAULT_PLACES, round_half_up
from ikicalc.report import Report, ReportRow

__all__ = [
    "COLUMNS",
    "RISKY_START",
    "atomic_write",
    "csv_bytes",
    "neutralise",
    "report_json",
    "write_report",
]

COLUMNS: tuple[tuple[str, str], ...] = (
    ("Jabatan", "jabatan"),
    ("ID", "indikator_id"),
    ("Sasaran", "sasaran"),
    ("Indikator", "indikator"),
    ("Pegawai", "pegawai"),
    ("Formula", "formula"),
    ("Satuan", "satuan"),
    ("Target", "target"),
    ("Realisasi", "realisasi"),
    ("Capaian (%)", "capaian"),
    ("Kategori", "kategori"),
    ("Baris data", "data_row"),
    ("Keterangan", "error"),
)
"""Report columns: header as printed, :class:`~ikicalc.report.ReportRow` field."""

_RISKY = ("=", "+", "-", "@", "\t", "\r")
RISKY_START = r"^[=+\-@\t\r]"
"""A regular expression for the start of text that a spreadsheet would run as a formula."""
_NUMBERS = {"realisasi", "capaian"}


def neutralise(text: str) -> str:
    """``text`` made safe for a CSV cell: a leading ``'`` when a spreadsheet would run it."""
    return "'" + text if text.startswith(_RISKY) else text


def _rounded(value: Fraction | None) -> Decimal | None:
    return None if value is None else round_half_up(value, DEFAULT_PLACES)


def _cells(row: ReportRow) -> Iterator[tuple[str, object]]:
    for _, name in COLUMNS:
        value = getattr(row, name)
        yield name, _rounded(value) if name in _NUMBERS else value


def report_json(report: Report, source: str = "") -> dict[str, Any]:
    """The report as JSON data: rows with rounded and exact values, counts, unused data."""
    rows = []
    for row in report.rows:
        record: dict[str, Any] = {}
        for name, value in _cells(row):
            record[name] = str(value) if isinstance(value, Decimal) else value
        for name in _NUMBERS:
            exact = getattr(row, name)
            record[f"{name}_exact"] = None if exact is None else str(exact)
        rows.append(record)
    return {
        "source": source,
        "counts": {
            "rows": len(report.rows),
            "computed": len(report.rows) - report.errors,
            "errors": report.errors,
            "unused_values": len(report.unused),
        },
        "rows": rows,
        "unused": [
            {"indikator": v.indikator, "variabel": v.variabel, "row": v.row, "nilai": str(v.nilai)}
            for v in report.unused
        ],
    }


def write_report(report: Report, path: str | Path, output_format: str, source: str = "") -> None:
    """Write ``report`` to ``path`` as ``json``, ``csv`` or ``xlsx``, atomically."""
    writers: dict[str, Callable[[Report, str], bytes]] = {
        "json": _json_bytes,
        "csv": csv_bytes,
        "xlsx": _xlsx_bytes,
    }
    if output_format not in writers:
        raise IkiError(f"unknown report format {output_format!r}: use json, csv or xlsx")
    atomic_write(Path(path), writers[output_format](report, source))


def atomic_write(path: Path, data: bytes | Callable[[Path], object]) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed over it when complete.

    ``data`` is the bytes, or a function that writes the temporary file it is given.
    """
    if path.is_dir():
        raise IkiError(f"{path} is a folder; give a file name for the report")
    if not path.parent.is_dir():
        raise IkiError(f"cannot write {path}: the folder {path.parent} does not exist")
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(data, bytes):
                stream.write(data)
        if not isinstance(data, bytes):
            data(temporary)
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _json_bytes(report: Report, source: str) -> bytes:
    return json.dumps(report_json(report, source), ensure_ascii=False, indent=2).encode("utf-8")


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    return neutralise(str(value))


def csv_bytes(report: Report, source: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([header for header, _ in COLUMNS])
    for row in report.rows:
        writer.writerow([_csv_text(value) for _, value in _cells(row)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


_WIDTHS = {"jabatan": 28, "sasaran": 40, "indikator": 48, "formula": 60, "error": 60}


def _xlsx_bytes(report: Report, source: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Capaian Kinerja")
    for index, (_, name) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(name, 14)
    sheet.freeze_panes = "C2"
    last = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{len(report.rows) + 1}"
    bold = Font(bold=True)
    header = []
    for title, _ in COLUMNS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in report.rows:
        cells = []
        for _, value in _cells(row):
            cell = WriteOnlyCell(sheet)
            if isinstance(value, Decimal):
                cell.value = value
                cell.number_format = "#,##0.00"
            elif isinstance(value, int):
                cell.value = value
            elif value is not None:
                text = str(value)
                cell.value = text
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if text.startswith(_RISKY):
                    cell.quotePrefix = True
                cell.alignment = wrap
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
