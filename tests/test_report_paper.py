"""What the signed report (XLSX, PDF) says, as found by looking at the rendered pages of the
Bagor and Bululawang examples (issue 17): a row not computed says why in a few words, the
data file is named by its name, the kategori columns of the summary go best first, and the
chart's labels are written like the table's numbers."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl

import ikicalc
from ikicalc.writers import report_bytes
from ikicalc.writers.content import report_content

ROOT = Path(__file__).resolve().parent.parent
BAGOR = ROOT / "examples" / "kecamatan-bagor-2019.yaml"
BAGOR_DATA = ROOT / "examples" / "data" / "bagor-2019-realisasi.csv"
BULULAWANG = ROOT / "examples" / "kecamatan-bululawang-2017.yaml"
BULULAWANG_DATA = ROOT / "examples" / "data" / "bululawang-2017-kehadiran.xlsx"


def _content(document: Path, data: Path, source: str) -> dict[str, dict[str, object]]:
    with ikicalc.i18n.language("id"):
        loaded = ikicalc.load_document(document)
        report = ikicalc.build_report(loaded, ikicalc.read_realisasi(data))
        content = report_content(report, loaded, source=source)
    return {str(row["id"]): row for section in content.sections for row in section.rows}


def test_a_formula_cell_that_is_not_a_formula_says_why_in_a_few_words() -> None:
    rows = _content(BAGOR, BAGOR_DATA, "bagor-2019-realisasi.csv")
    # the parser's whole message took seven lines of a narrow column on paper
    assert rows["003-011"]["keterangan"] == (
        "tidak dihitung: operand tidak ada, atau diganti isian kosong (E002)"
    )
    assert rows["003-003"]["keterangan"] == "Cek: W102"


def test_the_data_file_is_named_by_its_name_in_keterangan() -> None:
    rows = _content(BULULAWANG, BULULAWANG_DATA, "examples/data/bululawang-2017-kehadiran.xlsx")
    said = str(rows["004-002"]["keterangan"])
    assert " di bululawang-2017-kehadiran.xlsx (kolomnya: " in said
    assert "/" not in said.split("'Pengajuan yang dicairkan'")[1].split("(")[0]


def test_the_summary_lists_kategori_best_first() -> None:
    with ikicalc.i18n.language("id"):
        loaded = ikicalc.load_document(BAGOR)
        report = ikicalc.build_report(loaded, ikicalc.read_realisasi(BAGOR_DATA))
    # 003-001's Baik comes from its IKM scale on a capaian of 98,06 %, below Cukup's 99,47 %:
    # still Baik stands between Sangat Baik and Cukup
    assert report_content(report, loaded).kategori == ("Sangat Baik", "Baik", "Cukup")


def test_the_chart_data_is_written_with_two_decimals() -> None:
    with ikicalc.i18n.language("id"):
        loaded = ikicalc.load_document(BAGOR)
        report = ikicalc.build_report(loaded, ikicalc.read_realisasi(BAGOR_DATA))
        written = report_bytes(report, "xlsx", "bagor.csv", document=loaded)
    data = openpyxl.load_workbook(io.BytesIO(written))["Data grafik"]
    formats = {data.cell(row=r, column=2).number_format for r in range(2, data.max_row + 1)}
    assert formats == {"#,##0.00"}
