"""Every written cell is guarded: no formula run, no broken file, no terminal trick (issue 12)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app
from ikicalc.documents import loads_document
from ikicalc.realisasi import read_realisasi
from ikicalc.report import build_report
from ikicalc.writers import csv_bytes, write_report
from ikicalc.writers.flat import COLUMNS, csv_line
from ikicalc.writers.guard import (
    RISKY_START,
    neutralise,
    risky,
    spreadsheet_text,
    terminal_text,
    visible,
)

INVISIBLE_PREFIXES = (
    " ",
    "   ",
    "\u00a0",  # no-break space
    "\ufeff",  # BOM
    "\u200b",  # zero-width space
    "\u200e",  # left-to-right mark
    "\u202e",  # right-to-left override
    "\u2060",  # word joiner
    "\u3000",  # ideographic space
    "\x00",
    " \u00a0\ufeff\u200b",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d")


@pytest.mark.parametrize("prefix", INVISIBLE_PREFIXES)
@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_formula_behind_invisible_characters_is_still_neutralised(
    prefix: str, start: str
) -> None:
    text = f"{prefix}{start}HYPERLINK(\"http://x\")"
    assert risky(text)
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["\tx", "\rx", " \tx", "\u00a0\r=1"])
def test_tab_and_carriage_return_starts_are_neutralised(text: str) -> None:
    assert neutralise(text).startswith("'")


@pytest.mark.parametrize(
    "text", ["Jumlah PNS", "x=1", "", "'=1", "Σ Pegawai", "100%", "a - b", ",=1+1"]
)
def test_ordinary_text_is_left_as_written(text: str) -> None:
    assert neutralise(text) == text


def test_polars_reads_the_guard_expression_as_python_does() -> None:
    import polars as pl
    texts = [p + s + "1" for p in INVISIBLE_PREFIXES for s in FORMULA_STARTS]
    texts += ["Jumlah", "x=1", "\tx", ",=1"]
    flags = pl.Series(texts).str.contains(RISKY_START).to_list()
    assert flags == [re.match(RISKY_START, t) is not None for t in texts]


def test_control_characters_are_replaced_visibly() -> None:
    assert visible("a\x00b\x1bc\x7fd") == "a\u2400b\u241bc\u2421d"
    assert visible("tab\tline\nreturn\r") == "tab\tline\nreturn\r"  # legal in XML
    assert visible("\x85\ud800\ufffe") == "\ufffd" * 3
    assert spreadsheet_text("\x1b=1") == "\u241b=1"  # visible, so no longer a formula start


def test_escape_sequences_and_bidi_controls_never_reach_the_terminal() -> None:
    shown = terminal_text("\x1b[2J\x1b]0;title\x07 \u202eevil\u2066 \x9b31m")
    assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", shown)
    assert "\u241b[2J" in shown  # visible, not dropped


def test_a_comma_cell_cannot_become_its_own_formula_cell_whatever_the_separator() -> None:
    """`,=1+1` inside a `;` CSV: a spreadsheet whose list separator is `,` must not split it."""
    cells = ["a", ",=1+1", "b;+c", 'say "x"', "two\n@lines", " padded ", "x,\u00a0-1"]
    line = csv_line(cells)
    for separator in (";", ",", "\t"):
        for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_NONE):  # a reader that ignores quotes
            records = csv.reader(io.StringIO(line), delimiter=separator, quoting=quoting)
            for fields in records:
                for field in fields:
                    assert not risky(field.lstrip('"')), (separator, field)
    [fields] = list(csv.reader(io.StringIO(line), delimiter=";"))
    assert fields == ["a", ",'=1+1", "b;'+c", 'say "x"', "two\n'@lines", " padded ", "x,\u00a0'-1"]


def test_the_csv_header_row_is_guarded_too() -> None:
    assert csv_line(["=cmd|' /C calc'!A0", "ID"]).startswith("'=cmd")


DANGEROUS = """
unit: Kecamatan Contoh
tahun: 2024
jabatan:
  - nama: "\\u00a0=cmd|' /C calc'!A0"
    indikator:
      - id: s-1
        indikator: '@SUM(1+1)'
        formula: '- Jumlah seluruh surat yang terdistribusi'
        target: 100
      - id: s-2
        indikator: ',=1+1'
        formula: 'A / B x 100%'
        target: 100
"""


def dangerous_report(tmp_path: Path) -> ikicalc.report.Report:
    document = loads_document(DANGEROUS)
    data = tmp_path / "d.csv"
    data.write_text(
        "indikator,variabel,nilai\n"
        "s-1,Jumlah seluruh surat yang terdistribusi,80\n"
        "s-2,A,1\ns-2,B,2\n",
        encoding="utf-8",
    )
    return build_report(document, read_realisasi(data))


def test_csv_report_is_for_indonesian_excel_and_never_runs_a_formula(tmp_path: Path) -> None:
    raw = csv_bytes(dangerous_report(tmp_path))
    assert raw.startswith("\ufeffJabatan;ID;".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [title for title, _ in COLUMNS]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Jabatan"] == "'\u00a0=cmd|' /C calc'!A0"
    assert first["Indikator"] == "'@SUM(1+1)"
    assert first["Formula"] == "'- Jumlah seluruh surat yang terdistribusi"
    assert (first["Realisasi"], first["Capaian (%)"]) == ("80,00", "80,00")
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["Indikator"] == ",'=1+1"
    for line in raw.decode("utf-8-sig").splitlines()[1:]:
        for field in next(csv.reader([line], delimiter=",")):
            assert not field.lstrip("\u00a0 ").startswith(("=", "+", "-", "@")), line


def test_xlsx_text_cells_are_text_never_formulas(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    write_report(dangerous_report(tmp_path), out, "xlsx")
    sheet = load_workbook(out)["Laporan"]
    risky_cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)
                   and risky(c.value)]
    values = {c.value for c in risky_cells}
    assert "\u00a0=cmd|' /C calc'!A0" in values
    assert "@SUM(1+1)" in values
    texts = {c.value for row in sheet.iter_rows() for c in row}
    assert "Jumlah seluruh surat yang terdistribusi" in texts  # canonical: the bullet is gone
    for cell in risky_cells:
        assert cell.data_type == "s", cell.coordinate
        assert cell.quotePrefix, cell.coordinate
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


CONTROL_DATA = "nama,A,B\n\"\x1b[31mAni\x00\x07\",1,2\nBudi\x1f\x7f,3,4\n"


def control_report(tmp_path: Path) -> ikicalc.report.Report:
    document = loads_document(
        "unit: Kecamatan Contoh\ntahun: 2024\njabatan:\n  - nama: Staf\n    indikator:\n"
        "      - id: c-1\n        indikator: Rasio\n        formula: A / B x 100%\n"
        "        target: 100\n"
    )
    data = tmp_path / "wide.csv"
    data.write_text(CONTROL_DATA, encoding="utf-8")
    return build_report(document, read_realisasi(data))


def test_a_control_character_in_a_data_label_never_breaks_the_xlsx(tmp_path: Path) -> None:
    report = control_report(tmp_path)
    assert any(row.pegawai and "\x1b" in row.pegawai for row in report.rows)
    out = tmp_path / "r.xlsx"
    write_report(report, out, "xlsx")
    texts = [c.value for row in load_workbook(out)["Laporan"].iter_rows() for c in row]
    assert "\u241b[31mAni\u2400\u2407" in texts
    assert "Budi \u2421" in texts  # the reader made \x1f a space; DEL is shown


def test_escape_sequences_in_data_never_reach_the_report_table(tmp_path: Path) -> None:
    control_report(tmp_path)  # writes the data file
    document = tmp_path / "doc.yaml"
    document.write_text(
        "unit: Kecamatan Contoh\ntahun: 2024\njabatan:\n  - nama: '[bold]Staf[/x]'\n"
        "    indikator:\n"
        "      - id: c-1\n        indikator: Rasio [/x]\n        formula: A / B x 100%\n"
        "        target: 100\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["report", str(document), "--data", str(tmp_path / "wide.csv")],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert "\u241b[31mAni" in result.stdout
    assert "Rasio [/x]" in result.stdout  # user text is not markup


def test_a_formula_like_kode_is_text_in_the_hidden_chart_data_too(tmp_path: Path) -> None:
    """Found by tests/test_writers_hostile.py: the chart's data sheet stored kode '==' as a
    formula."""
    from fractions import Fraction

    from ikicalc.report import Report, ReportRow

    row = ReportRow(jabatan="J", indikator_id="=HYPERLINK(\"x\")", sasaran=None, indikator="i",
                    formula=None, satuan=None, target="1", realisasi=Fraction(1),
                    capaian=Fraction(1))
    out = tmp_path / "r.xlsx"
    write_report(Report((row,)), out, "xlsx")
    book = load_workbook(out)
    cells = [c for sheet in book.worksheets for r in sheet.iter_rows() for c in r]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    [label] = [c for c in book["Data grafik"]["A"] if c.value == "=HYPERLINK(\"x\")"]
    assert label.quotePrefix


def test_line_breaks_in_csv_text_are_line_feeds() -> None:
    assert csv_line(["a\r\nb\rc"]) == '"a\nb\nc"\r\n'
    assert spreadsheet_text("\r=1") == "\n'=1"
