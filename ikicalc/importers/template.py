"""The realisasi fill-in sheet of a document: no variable name is ever typed by hand.

* **long** (default): one row per indicator and variable, with the columns ``indikator``
  (the id), ``variabel`` (the name as the formula writes it) and ``nilai`` (empty, to fill
  in), and beside them, as labels, the indicator's name and its formula. A row whose formula
  cell holds a target or a scale gets one ``realisasi`` row (the value itself).
* **wide** (``wide=True``): one column per variable of the document (each name once), with
  ``nip`` and ``nama`` first, one row per employee to fill in.

XLSX sheets have a bold frozen header and a number validation on the value cells; text that
a spreadsheet would run as a formula is quote-prefixed (XLSX) or ``'``-prefixed (CSV, as
:mod:`ikicalc.sheets` does). ``ikicalc report --data`` reads the filled sheet unchanged.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ikicalc.documents import Document
from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.lang.cells import CellKind, read_cell
from ikicalc.lang.formula import Formula
from ikicalc.names import name_key
from ikicalc.writers import atomic_write, neutralise

__all__ = ["LONG_HEADER", "long_rows", "wide_columns", "write_atomically", "write_template"]

LONG_HEADER = ("indikator", "variabel", "nilai", "nama indikator", "formula")
WIDE_IDS = ("nip", "nama")
DIRECT = "realisasi"
"""The variable of a row whose formula cell holds a target or a scale: the value itself."""
_RISKY = ("=", "+", "-", "@", "\t", "\r")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file, then rename)."""
    atomic_write(path, data)


def long_rows(document: Document) -> list[tuple[str, str, str, str]]:
    """``(id, variable, indicator name, formula)`` for every value the document needs."""
    rows = []
    for _jabatan, ind in document.iter_indicators():
        cell = read_cell(ind.formula) if ind.formula is not None else None
        if cell is None or cell.kind in (CellKind.TARGET, CellKind.SCALE):
            rows.append((ind.id, DIRECT, ind.indikator, ind.formula or ""))
            continue
        if cell.kind is not CellKind.FORMULA or not isinstance(cell.value, Formula):
            continue
        constants = {name_key(k) for k in ind.konstanta}
        for variable in cell.value.variables:
            if name_key(variable) not in constants:
                rows.append((ind.id, variable, ind.indikator, ind.formula or ""))
    return rows


def wide_columns(document: Document) -> list[str]:
    """Every variable of the document's formulas, each once (first spelling), in order.

    Rows whose formula cell holds a target or a scale have no column: their realisasi is
    one value per indicator, given in long form.
    """
    seen: dict[str, str] = {}
    for _id, variable, _indicator, _formula in long_rows(document):
        if variable != DIRECT:  # a target or scale row has no per-employee variable
            seen.setdefault(name_key(variable), variable)
    return list(seen.values())


def _table(document: Document, wide: bool) -> tuple[list[str], list[list[str]], int]:
    if wide:
        columns = wide_columns(document)
        if not columns:
            raise IkiError(_("the document has no formula with a variable to fill in"))
        return [*WIDE_IDS, *columns], [["", ""] + [""] * len(columns)], len(WIDE_IDS)
    rows = long_rows(document)
    if not rows:
        raise IkiError(_("the document has no formula with a variable to fill in"))
    body = [[ident, variable, "", name, formula] for ident, variable, name, formula in rows]
    return list(LONG_HEADER), body, 2


def _csv(header: list[str], body: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in body:
        writer.writerow([neutralise(v) if v else "" for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _xlsx(header: list[str], body: list[list[str]], value_columns: list[int]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # noqa: S101 - a new workbook has a sheet
    sheet.title = "Realisasi"
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for number, row in enumerate(body, start=2):
        for column, value in enumerate(row, start=1):
            if not value:
                continue
            cell = sheet.cell(row=number, column=column)
            cell.value = value
            cell.data_type = "s"  # never a formula, whatever the text starts with
            if value.startswith(_RISKY):
                cell.quotePrefix = True
            cell.alignment = wrap
    for index, title in enumerate(header, start=1):
        width = 60 if title in ("formula", "nama indikator") else max(12, min(40, len(title) + 2))
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last = max(len(body) + 1, 2)
    check = DataValidation(
        type="decimal",
        operator="between",
        formula1="-1E+30",
        formula2="1E+30",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Bukan angka",
        error="Isi dengan angka (gunakan 0 bila tidak ada).",
    )
    sheet.add_data_validation(check)
    for column in value_columns:
        letter = get_column_letter(column + 1)
        end = last if len(body) > 1 else 1000
        check.add(f"{letter}2:{letter}{end}")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_template(document: Document, path: str | Path, *, wide: bool = False) -> int:
    """Write the fill-in sheet (``.xlsx`` or ``.csv``, by suffix); return its row count."""
    path = Path(path)
    header, body, first_value = _table(document, wide)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = _csv(header, body)
    elif suffix == ".xlsx":
        values = list(range(first_value, len(header))) if wide else [first_value]
        data = _xlsx(header, body, values)
    else:
        raise IkiError(
            _("{path}: a template is written as .xlsx or .csv, not {suffix}").format(
                path=path, suffix=suffix or "?"
            )
        )
    atomic_write(path, data)
    return len(body)
