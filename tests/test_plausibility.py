"""Issue 17 item 7: plausibility warnings. A percentage of a part over its whole above 100 %
(``W111``) and a capaian above 1 000 % (``W112``) are flagged in the report and by ``check
--data``: the ``1.206`` typed in an Indonesian spreadsheet (stored as 1 206) shows up here."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app
from ikicalc.diagnostics.plausibility import is_part_of, plausibility
from ikicalc.evaluation.exact import build_report
from ikicalc.realisasi import read_realisasi
from ikicalc.writers.content import report_content

DOCUMENT = """\
unit: Kecamatan Contoh
tahun: 2024
jenis: IKI
jabatan:
  - nama: Sekretaris Camat
    indikator:
      - id: "001"
        indikator: Tingkat kehadiran pegawai
        formula: Jumlah PNS yang hadir / Jumlah PNS x 100%
        target: 95
      - id: "002"
        indikator: Persentase surat yang didistribusikan
        formula: Jumlah surat yang didistribusikan / Jumlah surat masuk x 100%
        target: 100
      - id: "003"
        indikator: Realisasi anggaran terhadap rencana
        formula: Realisasi anggaran / Rencana anggaran x 100%
        target: 95
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """The document and its realisasi as an Indonesian office keeps it: an XLSX where someone
    typed 1.206 (one point two) for the average attendance, which Indonesian Excel stores as
    the number 1206."""
    document = tmp_path / "iki.yaml"
    document.write_text(DOCUMENT, "utf-8")
    data = tmp_path / "realisasi.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ("indikator", "variabel", "nilai"),
        ("001", "Jumlah PNS yang hadir", 1206),  # typed 1.206
        ("001", "Jumlah PNS", 40),
        ("002", "Jumlah surat yang didistribusikan", 1184),
        ("002", "Jumlah surat masuk", 1206),
        ("003", "Realisasi anggaran", 1100),  # above plan: plausible, not a part of a whole
        ("003", "Rencana anggaran", 1000),
    ):
        sheet.append(row)
    book.save(data)
    return document, data


def test_the_report_flags_a_part_above_its_whole_and_a_huge_capaian(
    files: tuple[Path, Path],
) -> None:
    document, data = files
    report = build_report(ikicalc.load_document(document), read_realisasi(data))
    rows = {row.indikator_id: row for row in report.rows}
    attendance = rows["001"]
    assert attendance.realisasi == Fraction(1206, 40) * 100  # 3 015 %
    assert [f.code for f in attendance.lint] == ["W111", "W112"]
    part, huge = attendance.lint
    assert "'Jumlah PNS yang hadir' is a part of 'Jumlah PNS'" in part.message
    assert "3,015%" in part.message
    assert "1.206" in part.message  # the likely cause is named
    assert "the capaian is 3,173.68%, more than 1,000%" in huge.message
    assert part.span is not None
    assert rows["002"].lint == ()  # 98,18 %: nothing to say
    assert rows["003"].lint == ()  # 110 % of a plan is not a part above its whole
    # the signed report (XLSX, PDF) lists the codes under Keterangan
    content = report_content(report)
    keterangan = [r["keterangan"] for section in content.sections for r in section.rows]
    assert "Cek: W111, W112" in keterangan


def test_indonesian_messages(files: tuple[Path, Path]) -> None:
    document, data = files
    with ikicalc.i18n.language("id"):
        report = build_report(ikicalc.load_document(document), read_realisasi(data))
    part, huge = report.rows[0].lint
    assert part.message.startswith(
        "realisasi 3.015%, padahal 'Jumlah PNS yang hadir' adalah bagian dari 'Jumlah PNS'"
    )
    assert huge.message.startswith("capaian 3.173,68%, lebih dari 1.000%")


def test_check_with_data(files: tuple[Path, Path]) -> None:
    document, data = files
    runner = CliRunner()
    plain = runner.invoke(app, ["--bahasa", "en", "check", str(document)])
    assert plain.exit_code == 0
    assert "W111" not in plain.stdout  # a definition alone has no values to doubt
    done = runner.invoke(app, ["--bahasa", "en", "check", str(document), "--data", str(data)])
    assert done.exit_code == 0, done.output  # warnings only
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{document}:9:18: W111 the realisasi is 3,015%")
    assert lines[0].endswith("[001]")
    assert lines[1].startswith(f"{document}:9:18: W112 the capaian is 3,173.68%")
    assert done.stderr.strip() == "2 problems (0 errors) in 1 file"
    indonesian = runner.invoke(app, ["--bahasa", "id", "check", str(document), "--data", str(data)])
    assert " W111 realisasi 3.015%, padahal " in indonesian.stdout


def test_check_with_data_counts_rows_of_wide_data(tmp_path: Path) -> None:
    document = tmp_path / "iki.yaml"
    document.write_text(DOCUMENT.split('      - id: "002"')[0], "utf-8")
    data = tmp_path / "pegawai.csv"
    data.write_text(
        "nip;Jumlah PNS yang hadir;Jumlah PNS\n1;19;20\n2;25;20\n3;30;20\n", "utf-8"
    )
    done = CliRunner().invoke(
        app, ["--bahasa", "en", "check", str(document), "--data", str(data)]
    )
    [line] = done.stdout.splitlines()
    assert " W111 the realisasi is 125%, " in line
    assert line.endswith("(on 2 rows) [001]")


def test_lint_of_a_definition_never_gives_a_plausibility_code() -> None:
    assert ikicalc.lint("Jumlah PNS yang hadir / Jumlah PNS x 100%") == []


@pytest.mark.parametrize(
    ("numerator", "denominator", "part"),
    [
        ("Jumlah PNS yang hadir", "Jumlah PNS", True),
        ("Σ hari kerja yang hadir", "Σ hari kerja", True),
        ("Jumlah surat yang didistribusikan", "Jumlah seluruh surat", True),
        ("Jumlah PNS", "Jumlah PNS yang hadir", False),  # inverted: W102's business
        ("Realisasi anggaran", "Rencana anggaran", False),
        ("Jumlah PNS", "Jumlah PNS", False),
    ],
)
def test_part_of_its_whole(numerator: str, denominator: str, part: bool) -> None:
    assert is_part_of(numerator.removeprefix("Σ "), denominator.removeprefix("Σ ")) is part


def test_plausibility_of_one_result() -> None:
    formula = ikicalc.parse("Σ hari kerja yang hadir / Σ hari kerja x 100%")
    [found] = plausibility(formula, Fraction(101), indicator="007")
    assert (found.code, found.indicator) == ("W111", "007")
    assert plausibility(formula, Fraction(100), Fraction(1000)) == []
    [capaian] = plausibility(None, Fraction(5), Fraction(100001, 100))
    assert capaian.code == "W112"


def test_the_span_is_that_of_the_formula_as_written() -> None:
    """Equal formulas written differently point at their own text (the part and whole are
    remembered per formula, the span per text): in a full run an earlier test's formula
    once moved ``check --data``'s column from 18 to 25."""
    from ikicalc.diagnostics.plausibility import part_and_whole

    plain = ikicalc.parse("Jumlah PNS yang hadir / Jumlah PNS x 100%")
    indented = ikicalc.parse("       Jumlah PNS yang hadir / Jumlah PNS x 100%")
    assert plain == indented
    first, second = part_and_whole(indented), part_and_whole(plain)
    assert first is not None
    assert second is not None
    assert (first[2], second[2]) == ((7, 41), (0, 34))
