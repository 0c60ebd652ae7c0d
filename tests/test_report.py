"""The achievement report: every indicator in, every row out, exact values, safe files."""

from __future__ import annotations

import csv
import io
import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.documents import loads_document
from ikicalc.realisasi import read_realisasi
from ikicalc.report import build_report
from ikicalc.sheets import COLUMNS, neutralise, report_json, write_report

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = EXAMPLES / "data"
BAGOR_DOC = ikicalc.load_document(EXAMPLES / "kecamatan-bagor-2019.yaml")


@pytest.fixture(scope="module")
def bagor() -> ikicalc.Document:
    return BAGOR_DOC


def by_id(report: object) -> dict[str, object]:
    return {row.indikator_id: row for row in report.rows}  # type: ignore[attr-defined]


def test_bagor_2019_report_from_an_indonesian_excel_csv(bagor: ikicalc.Document) -> None:
    report = build_report(bagor, read_realisasi(DATA / "bagor-2019-realisasi.csv"))
    assert len(report.rows) == 25  # every indicator of the document, in document order
    assert [r.indikator_id for r in report.rows] == [i.id for _, i in bagor.iter_indicators()]
    rows = by_id(report)
    attendance = rows["003-004"]
    assert attendance.realisasi == Fraction("19.65") / 21 * 100  # type: ignore[attr-defined]
    assert attendance.capaian == Fraction("19.65") / 21 * 100 / 95 * 100  # type: ignore[attr-defined]
    # capaian 98,496… % is read as 98 %: Cukup under PermenPAN-RB 8/2021 (the default
    # scale), nilai 70 + (89 − 70)/(99 − 80) × (98 − 80) = 88; under SKP 2013 "Sangat Baik"
    assert attendance.kategori == "Cukup"  # type: ignore[attr-defined]
    assert attendance.nilai == 88  # type: ignore[attr-defined]
    data = read_realisasi(DATA / "bagor-2019-realisasi.csv")
    old = build_report(bagor, data, kategori="skp-2013")
    assert by_id(old)["003-004"].kategori == "Sangat Baik"  # type: ignore[attr-defined]
    assert attendance.satuan == "%"  # type: ignore[attr-defined]
    # 003-001's cell is the IKM interval scale: the data gives the value, the scale classifies it
    ikm = rows["003-001"]
    assert (ikm.realisasi, ikm.kategori) == (Fraction("78.45"), "Baik")  # type: ignore[attr-defined]
    # the eight cells with no operands are kept, with the reason
    broken = [r for r in report.rows if r.error is not None]
    assert [r.indikator_id for r in broken] == [f"003-{n:03d}" for n in range(11, 19)]
    assert all("operand" in r.error or "blank" in r.error for r in broken)  # type: ignore[operator]
    # 003-021's "yang selesai" stands outside the \frac: its value is used by no formula
    assert {(v.indikator, v.variabel) for v in report.unused} == {
        ("003-021", "Jumlah laporan pertanggungjawaban APBD yang selesai"),
        ("003-022", "Jumlah dokumen penyetoran pajak yang telah disetor"),
    }


def test_bululawang_attendance_over_one_row_per_employee() -> None:
    doc = ikicalc.load_document(EXAMPLES / "kecamatan-bululawang-2017.yaml")
    report = build_report(doc, read_realisasi(DATA / "bululawang-2017-kehadiran.xlsx"))
    rows = by_id(report)
    # Σ Pegawai over 30 employees, Σ hari kerja efektif 7080, Σ hari tidak masuk kerja 131
    assert rows["004-001"].realisasi == Fraction(30 * (7080 - 131) * 100, 30 * 7080)  # type: ignore[attr-defined]
    assert rows["004-020"].realisasi == 30 * (7080 - 131)  # type: ignore[attr-defined]
    assert len(report.rows) == 36


def test_a_formula_without_sigma_gives_one_row_per_employee(tmp_path: Path) -> None:
    doc = loads_document(
        """
unit: Kecamatan Contoh
tahun: 2024
jabatan:
  - nama: Sekretaris Kecamatan
    indikator:
      - id: k-1
        indikator: Tingkat kehadiran pegawai
        formula: (hari kerja efektif - hari tidak masuk kerja) / hari kerja efektif x 100%
        target: 95
"""
    )
    data = tmp_path / "kehadiran.csv"
    data.write_text(
        "nip;nama;hari kerja efektif;hari tidak masuk kerja\n"
        "1;Siti;240;12\n2;Budi;240;0\n3;Ani;0;0\n",
        encoding="utf-8",
    )
    report = build_report(doc, read_realisasi(data))
    assert [(r.pegawai, r.realisasi) for r in report.rows] == [
        ("Siti", 95),
        ("Budi", 100),
        ("Ani", None),
    ]
    assert report.rows[0].capaian == 100
    assert "division by zero" in (report.rows[2].error or "")
    assert [r.data_row for r in report.rows] == [2, 3, 4]


def test_values_for_an_indicator_the_document_lacks_are_reported(bagor: ikicalc.Document, tmp_path: Path) -> None:
    data = tmp_path / "r.csv"
    data.write_text(
        "indikator,variabel,nilai\n003-004,Jumlah PNS yang hadir,38\n003-004,Jumlah PNS,40\n"
        "009-001,Jumlah tamu,12\n",
        encoding="utf-8",
    )
    report = build_report(bagor, read_realisasi(data))
    assert len(report.rows) == 25 + 1
    orphan = report.rows[-1]
    assert orphan.indikator_id == "009-001"
    assert "no indicator '009-001'" in (orphan.error or "")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["003-002", "003-004", "003-011", "003-021", "777-001"]),
            st.sampled_from(
                ["Jumlah PNS", "Jumlah PNS yang hadir", "Jumlah aset kantor yang layak fungsi",
                 "Jumlah seluruh aset yang digunakan", "lain", "target"]
            ),
            st.integers(0, 500),
        ),
        min_size=1,
        max_size=30,
        unique_by=lambda row: (row[0], row[1]),
    )
)
def test_nothing_is_lost(tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str, int]]) -> None:
    path = tmp_path_factory.mktemp("data") / "data.csv"
    path.write_text(
        "indikator,variabel,nilai\n" + "".join(f"{i},{v},{n}\n" for i, v, n in rows),
        encoding="utf-8",
    )
    data = read_realisasi(path)
    report = build_report(BAGOR_DOC, data)
    orphans = [r for r in rows if r[0] == "777-001"]
    indicators = [i.id for _, i in BAGOR_DOC.iter_indicators()]
    assert [r.indikator_id for r in report.rows] == indicators + ["777-001"] * len(orphans)
    for row in report.rows:  # each row has its value or its reason, never neither
        assert (row.realisasi is not None) or (row.error is not None)
    # every value is used by a formula, is a target, is an orphan row, or is listed unused
    used_by_formulas = {
        (i, v) for i, v, _ in rows
        if (i, v) in {("003-002", "Jumlah aset kantor yang layak fungsi"),
                      ("003-002", "Jumlah seluruh aset yang digunakan"),
                      ("003-004", "Jumlah PNS"), ("003-004", "Jumlah PNS yang hadir")}
    }
    targets = {(i, v) for i, v, _ in rows if v == "target"}
    unused = {(v.indikator, v.variabel) for v in report.unused}
    everything = {(i, v) for i, v, _ in rows}
    assert unused == everything - used_by_formulas - targets - {(i, v) for i, v, _ in orphans}


def test_neutralise() -> None:
    assert neutralise("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert neutralise("- Jumlah seluruh surat yang terdistribusi") == (
        "'- Jumlah seluruh surat yang terdistribusi"
    )
    for risky in ("+1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(risky).startswith("'")
    assert neutralise("Jumlah PNS") == "Jumlah PNS"


def dangerous_report(tmp_path: Path) -> object:
    doc = loads_document(
        """
unit: Kecamatan Contoh
tahun: 2024
jabatan:
  - nama: '=cmd|'' /C calc''!A0'
    indikator:
      - id: s-1
        indikator: '@SUM(1+1)'
        formula: '- Jumlah seluruh surat yang terdistribusi'
        target: 100
"""
    )
    data = tmp_path / "d.csv"
    data.write_text(
        "indikator,variabel,nilai\ns-1,Jumlah seluruh surat yang terdistribusi,80\n",
        encoding="utf-8",
    )
    return build_report(doc, read_realisasi(data))


def test_csv_is_for_indonesian_excel_and_never_runs_a_formula(tmp_path: Path) -> None:
    report = dangerous_report(tmp_path)
    out = tmp_path / "r.csv"
    write_report(report, out, "csv")  # type: ignore[arg-type]
    raw = out.read_bytes()
    assert raw.startswith("\ufeffJabatan;ID;".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [title for title, _ in COLUMNS]
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["Jabatan"] == "'=cmd|' /C calc'!A0"
    assert record["Indikator"] == "'@SUM(1+1)"
    assert record["Formula"] == "'- Jumlah seluruh surat yang terdistribusi"
    # the leading "- " is a bullet (as in seed 004-029), not a minus
    assert (record["Realisasi"], record["Capaian (%)"]) == ("80,00", "80,00")


def test_json_has_exact_values(bagor: ikicalc.Document) -> None:
    report = build_report(bagor, read_realisasi(DATA / "bagor-2019-realisasi.csv"))
    payload = report_json(report, "x.csv")
    assert payload["counts"] == {"rows": 25, "computed": 17, "errors": 8, "unused_values": 2}
    row = next(r for r in payload["rows"] if r["indikator_id"] == "003-004")
    assert row["realisasi"] == "93.57"
    assert Fraction(row["realisasi_exact"]) == Fraction("19.65") / 21 * 100
    json.dumps(payload)


def test_unknown_format_and_missing_folder(tmp_path: Path, bagor: ikicalc.Document) -> None:
    report = build_report(bagor, read_realisasi(DATA / "bagor-2019-realisasi.csv"))
    with pytest.raises(ikicalc.IkiError, match="unknown report format"):
        write_report(report, tmp_path / "x.docx", "docx")
    with pytest.raises(ikicalc.IkiError, match="does not exist"):
        write_report(report, tmp_path / "no" / "x.csv", "csv")


def test_lint_findings_reach_the_report(bagor: ikicalc.Document) -> None:
    """Issue 17: an inverted ratio (W102) is in the row's findings, computed or not, and in
    the JSON report as data."""
    from ikicalc.writers import report_json

    report = build_report(bagor, read_realisasi(DATA / "bagor-2019-realisasi.csv"))
    rows = by_id(report)
    assert [f.code for f in rows["003-019"].lint] == ["W102"]  # type: ignore[attr-defined]
    assert rows["003-019"].error is None  # type: ignore[attr-defined]
    record = next(r for r in report_json(report)["rows"] if r["indikator_id"] == "003-019")
    assert record["lint"][0]["code"] == "W102"
    assert "W102" in record["error"]
