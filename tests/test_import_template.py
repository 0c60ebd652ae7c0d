"""The realisasi fill-in sheet: every variable of the document, read back by report as is."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ikicalc import build_report, load_document, read_realisasi
from ikicalc.importers.template import LONG_HEADER, long_rows, wide_columns, write_template

ROOT = Path(__file__).resolve().parent.parent
BAGOR = ROOT / "examples" / "kecamatan-bagor-2019.yaml"
BULULAWANG = ROOT / "examples" / "kecamatan-bululawang-2017.yaml"


def test_long_rows_name_every_variable_and_skip_constants() -> None:
    doc = load_document(BULULAWANG)
    rows = long_rows(doc)
    first = [variable for ident, variable, _, _ in rows if ident == "004-001"]
    # 'hari kerja efektif' is a konstanta of 004-001: the document gives it, nobody fills it
    assert first == ["Pegawai", "hari tidak masuk kerja"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_filled_long_template_is_read_back_by_report(tmp_path: Path, suffix: str) -> None:
    doc = load_document(BAGOR)
    sheet = tmp_path / f"realisasi{suffix}"
    count = write_template(doc, sheet)
    assert count == len(long_rows(doc))
    filled = tmp_path / f"filled{suffix}"
    if suffix == ".csv":
        text = sheet.read_text(encoding="utf-8-sig").splitlines()
        rows = list(csv.reader(text, delimiter=";"))
        assert tuple(rows[0]) == LONG_HEADER
        for row in rows[1:]:
            row[2] = "40" if row[1] != "Jumlah PNS yang hadir" else "38"
        with filled.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out, delimiter=";").writerows(rows)
    else:
        book = load_workbook(sheet)
        ws = book.active
        assert ws is not None
        assert [c.value for c in ws[1]] == list(LONG_HEADER)
        assert ws.data_validations.dataValidation[0].type == "decimal"
        for variable, value in ((r[1], r[2]) for r in ws.iter_rows(min_row=2)):
            value.value = 38 if variable.value == "Jumlah PNS yang hadir" else 40
        book.save(filled)
    report = build_report(doc, read_realisasi(filled))
    row = next(r for r in report.rows if r.indikator_id == "003-004")
    assert row.realisasi == 95  # 38 / 40 x 100%
    assert row.error is None


def test_wide_template_has_one_column_per_variable(tmp_path: Path) -> None:
    doc = load_document(BULULAWANG)
    path = tmp_path / "pegawai.csv"
    write_template(doc, path, wide=True)
    header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert header[:2] == ["nip", "nama"]
    assert header[2:] == wide_columns(doc)
    assert len({h.lower() for h in header}) == len(header)


def test_template_refuses_another_suffix(tmp_path: Path) -> None:
    from ikicalc import IkiError

    with pytest.raises(IkiError, match=r"\.xlsx or \.csv"):
        write_template(load_document(BAGOR), tmp_path / "x.ods")


def test_filled_wide_template_is_read_back_by_report(tmp_path: Path) -> None:
    doc = load_document(BULULAWANG)
    path = tmp_path / "pegawai.xlsx"
    write_template(doc, path, wide=True)
    book = load_workbook(path)
    ws = book.active
    assert ws is not None
    header = [c.value for c in ws[1]]
    for number, nip in enumerate(("196804121989031005", "197001051992031008"), start=2):
        ws.cell(row=number, column=1, value=nip)
        ws.cell(row=number, column=2, value=f"Pegawai {number}")
        for column, name in enumerate(header[2:], start=3):
            ws.cell(row=number, column=column, value=1 if name == "Pegawai" else 2)
    book.save(path)
    data = read_realisasi(path)
    assert data.form == "wide"
    report = build_report(doc, data)
    attendance = [r for r in report.rows if r.indikator_id == "004-001"]
    assert attendance
    assert all(r.error is None for r in attendance)
