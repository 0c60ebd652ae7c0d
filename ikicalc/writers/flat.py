"""The report as one flat table: JSON for programs, CSV for Indonesian Excel.

- **CSV** is written as Indonesian Excel reads it: UTF-8 with BOM, ``;`` between fields,
  decimal comma. Every cell, headers included, goes through the spreadsheet guard
  (:func:`ikicalc.writers.guard.spreadsheet_text`), and a field is quoted whenever a
  spreadsheet could split it, whatever its list separator: when it holds ``;``, ``,``, a
  quote, a tab, a line break, or leading or trailing space. So ``,=1+1`` stays one text
  cell even where ``,`` separates fields.
- **JSON** holds the rounded value and the exact fraction of every number.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from ikicalc.evaluation.exact import Report, ReportRow
from ikicalc.numbers import indonesian, rounded
from ikicalc.writers.guard import spreadsheet_text

__all__ = ["COLUMNS", "csv_bytes", "csv_field", "csv_line", "json_bytes", "report_json"]

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
    ("Nilai", "nilai"),
    ("Baris data", "data_row"),
    ("Keterangan", "error"),
)
"""Report columns: header as printed, :class:`~ikicalc.report.ReportRow` field."""

NUMBERS = frozenset({"realisasi", "capaian", "nilai"})
_SPLITTERS = frozenset(';,"\t\r\n')


def row_cells(row: ReportRow) -> Iterator[tuple[str, object]]:
    """The fields of ``row`` in :data:`COLUMNS` order, numbers rounded for presentation."""
    for _, name in COLUMNS:
        value = getattr(row, name)
        if name == "error" and row.lint:  # Keterangan: the reason, then the lint findings
            value = "; ".join([*([value] if value else []), *(str(f) for f in row.lint)])
        yield name, rounded(value) if name in NUMBERS else value


def report_json(report: Report, source: str = "") -> dict[str, Any]:
    """The report as JSON data: rows with rounded and exact values, counts, unused data."""
    rows = []
    for row in report.rows:
        record: dict[str, Any] = {}
        for name, value in row_cells(row):
            record[name] = str(value) if isinstance(value, Decimal) else value
        for name in sorted(NUMBERS):
            exact = getattr(row, name)
            record[f"{name}_exact"] = None if exact is None else str(exact)
        record["lint"] = [{"code": f.code, "message": f.message} for f in row.lint]
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
        "warnings": [warning.as_json() for warning in report.warnings],
    }


def json_bytes(report: Report, source: str = "") -> bytes:
    """:func:`report_json` as UTF-8 JSON text."""
    return json.dumps(report_json(report, source), ensure_ascii=False, indent=2).encode("utf-8")


def csv_field(value: object) -> str:
    """One CSV field: a number with a decimal comma, text guarded and quoted when splittable."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = indonesian(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    else:
        text = spreadsheet_text(str(value))
    if _SPLITTERS.intersection(text) or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_line(values: Iterable[object]) -> str:
    """One CSV record (``;`` between fields, CRLF at the end) of ``values``."""
    return ";".join(csv_field(value) for value in values) + "\r\n"


def csv_bytes(report: Report, source: str = "") -> bytes:
    """The report as CSV for Indonesian Excel (see the module docstring)."""
    lines = [csv_line(header for header, _ in COLUMNS)]
    lines += (csv_line(value for _, value in row_cells(row)) for row in report.rows)
    return ("\ufeff" + "".join(lines)).encode("utf-8")
