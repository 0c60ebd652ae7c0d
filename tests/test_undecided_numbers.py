"""Numbers as Indonesians write them, where the text cannot decide (issue 14 item 10).

A data file that shows nothing about its decimals reads ``1.206`` as thousands by the rule
and says so (``W113``: the file, the row, the column), in both engines and in the report;
a formula or target cell whose ``1.250`` nothing decides gets ``W114``; and the Polars
reader reads every text cell as the exact reader does, digits of other scripts and white
space of every kind included."""

from __future__ import annotations

import codecs
import json
from fractions import Fraction
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app
from ikicalc.diagnostics.registry import Context
from ikicalc.diagnostics.separators import undecided_number
from ikicalc.evaluation.exact import build_report
from ikicalc.evaluation.frame_numbers import WHITESPACE, number_from_text
from ikicalc.numbers import STYLE_ALIASES, STYLES, parse_number
from ikicalc.realisasi import read_realisasi
from ikicalc.writers import report_json

DOCUMENT = """\
unit: Kecamatan Bagor
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
        indikator: Rasio kendaraan dinas
        formula: Jumlah kendaraan / Jumlah PNS
        target: 1
"""

# a kecamatan's export: Google Sheets in Indonesian writes 1.206 for one thousand two
# hundred six, and nothing else in the file shows how it writes decimals
KECAMATAN = (
    "kelurahan,Jumlah PNS yang hadir,Jumlah PNS,Jumlah kendaraan\n"
    "Bagor,1.206,1.340,3\n"
    "Gandu,38,40,2\n"
    "Kerepkidul,57,60,4\n"
)


@pytest.fixture
def kecamatan(tmp_path: Path) -> tuple[Path, Path]:
    document = tmp_path / "iki.yaml"
    document.write_text(DOCUMENT, "utf-8")
    data = tmp_path / "bagor-2024.csv"
    data.write_text(KECAMATAN, "utf-8")
    return document, data


def test_a_kecamatan_export_with_nothing_to_decide_reads_thousands_and_warns(
    kecamatan: tuple[Path, Path],
) -> None:
    _document, data = kecamatan
    read = read_realisasi(data)
    hadir = read.select("Jumlah PNS yang hadir")
    assert [v.nilai for v in hadir] == [1206, 38, 57]  # thousands, by the rule
    (warning,) = read.warnings
    assert warning.code == "W113"
    assert warning.source == str(data)
    assert [(p.row, p.column, p.text) for p in warning.places] == [
        (2, "Jumlah PNS yang hadir", "1.206"),
        (2, "Jumlah PNS", "1.340"),
    ]
    text = str(warning)
    assert text.startswith(f"{data}: W113 2 values")
    assert "row 2, column 'Jumlah PNS yang hadir' (1.206)" in text
    assert "read as thousands (1206), not as a decimal (1,206)" in text


@pytest.mark.parametrize(
    "evidence",
    [
        "Karang,\"81,35\",90,1\n",  # a decimal comma
        "Karang,1.206.000,90,1\n",  # dots grouping twice
        "Karang,81.35,90,1\n",  # an English decimal dot: then 1.206 is one and a bit
    ],
)
def test_a_file_that_decides_does_not_warn(tmp_path: Path, evidence: str) -> None:
    data = tmp_path / "decided.csv"
    data.write_text(KECAMATAN + evidence, "utf-8")
    read = read_realisasi(data)
    assert read.warnings == ()
    frame = ikicalc.evaluate_frame("Jumlah PNS yang hadir / Jumlah PNS", data)
    assert frame.warnings() == ()


def test_an_excel_semicolon_file_decides(tmp_path: Path) -> None:
    data = tmp_path / "excel.csv"
    text = KECAMATAN.replace(",", ";")
    data.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert read_realisasi(data).warnings == ()


def test_a_file_showing_both_separators_reads_each_cell_and_warns(tmp_path: Path) -> None:
    data = tmp_path / "both.csv"
    data.write_text(KECAMATAN + 'Karang,"81,35",81.5,1\n', "utf-8")
    read = read_realisasi(data)
    assert read.select("Jumlah PNS yang hadir")[0].nilai == Fraction(1206, 1000)
    (warning,) = read.warnings
    assert "read as a decimal (1,206), not as thousands (1206)" in warning.message


def test_after_five_cells_the_warning_says_how_many_more(tmp_path: Path) -> None:
    rows = "".join(f"K{i},{i}.250,40,1\n" for i in range(1, 9))
    data = tmp_path / "many.csv"
    data.write_text("kelurahan,Jumlah PNS yang hadir,Jumlah PNS,Jumlah kendaraan\n" + rows)
    (warning,) = read_realisasi(data).warnings
    assert len(warning.places) == 8
    assert warning.message.count("column 'Jumlah PNS yang hadir'") == 5
    assert "and 3 more" in warning.message
    assert "row 9, column" not in warning.message


def test_both_engines_warn_of_the_same_cells(kecamatan: tuple[Path, Path]) -> None:
    document, data = kecamatan
    loaded = ikicalc.load_document(document)
    exact = read_realisasi(data).warnings
    result = ikicalc.evaluate_frame(loaded, data)
    frame = result.warnings()
    assert [str(w) for w in frame] == [str(w) for w in exact]
    realisasi = result.collect()["001 realisasi"].to_list()
    assert realisasi == pytest.approx([1206 / 1340 * 100, 95.0, 95.0])


def test_the_report_carries_the_warning_to_rows_json_and_stderr(
    kecamatan: tuple[Path, Path],
) -> None:
    document, data = kecamatan
    loaded = ikicalc.load_document(document)
    with ikicalc.i18n.language("en"):
        report = build_report(loaded, read_realisasi(data, strict=False))
    assert [w.code for w in report.warnings] == ["W113"]
    bagor = [r for r in report.rows if r.pegawai == "Bagor"]
    hadir = next(r for r in bagor if r.indikator_id == "001")
    (note,) = [f for f in hadir.lint if f.code == "W113"]
    assert "1.206 at row 2, column 'Jumlah PNS yang hadir' read as 1206" in note.message
    assert "1.340 at row 2, column 'Jumlah PNS' read as 1340" in note.message
    vehicles = next(r for r in bagor if r.indikator_id == "002")
    assert "1.340 at row 2" in next(f for f in vehicles.lint if f.code == "W113").message
    gandu = [r for r in report.rows if r.pegawai == "Gandu"]
    assert all(f.code != "W113" for r in gandu for f in r.lint)  # its cells are plain
    data_json = report_json(report, str(data))
    (carried,) = data_json["warnings"]
    assert carried["code"] == "W113"
    assert carried["source"] == str(data)
    assert carried["cells"][0] == {
        "row": 2,
        "column": "Jumlah PNS yang hadir",
        "variabel": "Jumlah PNS yang hadir",
        "text": "1.206",
    }
    done = CliRunner().invoke(
        app, ["--bahasa", "en", "report", str(document), "--data", str(data), "-f", "json"]
    )
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["warnings"][0]["cells"][1]["text"] == "1.340"
    assert f"{data}: W113 2 values" in " ".join(done.stderr.split())


def test_report_stream_prints_the_warning(kecamatan: tuple[Path, Path], tmp_path: Path) -> None:
    document, data = kecamatan
    out = tmp_path / "out.csv"
    done = CliRunner().invoke(
        app,
        ["--bahasa", "en", "report", str(document), "--data", str(data), "--stream", "-o", str(out)],
    )
    assert done.exit_code == 0, done.output
    assert "column 'Jumlah PNS yang hadir' (1.206)" in " ".join(done.stderr.split())


def test_long_data_names_the_variable(tmp_path: Path) -> None:
    data = tmp_path / "long.csv"
    data.write_text(
        "indikator,variabel,nilai\n001,Jumlah PNS yang hadir,1.206\n001,Jumlah PNS,40\n"
    )
    (warning,) = read_realisasi(data).warnings
    (place,) = warning.places
    assert (place.row, place.column, place.variabel, place.indikator) == (
        2,
        "nilai",
        "Jumlah PNS yang hadir",
        "001",
    )


def test_an_xlsx_sheet_names_the_cell_and_keeps_its_numbers(tmp_path: Path) -> None:
    """Text ``1.206`` typed into a sheet that shows nothing: a warning at its cell. A real
    number cell 1.206 (one and a bit, stored as a number) stays one and a bit in both
    engines."""
    data = tmp_path / "bagor.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Realisasi"
    sheet.append(["kelurahan", "Jumlah PNS yang hadir", "Jumlah PNS"])
    sheet.append(["Bagor", "1.206", 1340])
    sheet.append(["Gandu", 1.206, 2])
    book.save(data)
    read = read_realisasi(data)
    assert [v.nilai for v in read.select("Jumlah PNS yang hadir")] == [
        1206,
        Fraction(1206, 1000),
    ]
    (warning,) = read.warnings
    assert warning.places[0].where == "Realisasi!B2, column 'Jumlah PNS yang hadir'"
    result = ikicalc.evaluate_frame("Jumlah PNS yang hadir / Jumlah PNS", data)
    assert result.collect()["realisasi"].to_list() == pytest.approx([1206 / 1340, 0.603])
    assert [str(w) for w in result.warnings()] == [str(w) for w in read.warnings]


def test_a_parquet_file_decides_as_the_exact_reader_does(tmp_path: Path) -> None:
    data = tmp_path / "bagor.parquet"
    pl.DataFrame(
        {"kelurahan": ["Bagor", "Gandu"], "hadir": ["1.206", "38"], "pns": ["1.340", "40"]}
    ).write_parquet(data)
    exact = [float(v.nilai) for v in read_realisasi(data).select("hadir")]
    frame = ikicalc.evaluate_frame("hadir", data).collect()["realisasi"].to_list()
    assert exact == frame == [1206.0, 38.0]
    # the Polars reader warns of the columns it reads as numbers: here all of them
    (warning,) = ikicalc.evaluate_frame("hadir / pns", data).warnings()
    assert [str(w) for w in read_realisasi(data).warnings] == [str(warning)]
    assert warning.places[0].where == "record 1, column 'hadir'"


# --- W114: a number of a cell that nothing in the cell decides ---------------------------


@pytest.mark.parametrize(
    ("text", "written", "reading"),
    [
        ("Jumlah PNS yang hadir / Jumlah PNS x 1.250", "1.250", "read as 1250"),
        ("A + 2.500 / B", "2.500", "not as 2,5"),
    ],
)
def test_a_formula_number_nothing_decides_gets_w114(
    text: str, written: str, reading: str
) -> None:
    with ikicalc.i18n.language("en"):
        found = [d for d in ikicalc.lint(text) if d.code in ("W110", "W114")]
    assert [d.code for d in found] == ["W114"]  # once, not as a W110 guess too
    (diagnostic,) = found
    assert text[diagnostic.span[0] : diagnostic.span[1]] == written
    assert reading in diagnostic.message


@pytest.mark.parametrize(
    "text",
    [
        "x 100%",
        "A / B x 1.000",  # never 1 with three needless zeros
        "A / B x 100.000 penduduk",
        "A x 0.500",  # a group never starts with 0
        "A / B x 81,35",
        "A / B x 81.35",
        "A / B x 1.000.000",
        "A / B x 1.250 + 0,5",  # the decimal comma decides
        "A x 1.250 / 1.000.000",  # dots grouping twice decide
        "Jumlah bayi berat lahir < 2.500 gram / Jumlah bayi lahir hidup x 100%",  # a name
        "Jumlah PNS yang hadir / Jumlah PNS x 100%",
    ],
)
def test_clean_formula_cells_are_silent(text: str) -> None:
    assert [d.code for d in ikicalc.lint(text) if d.code in ("W110", "W114")] == []


@pytest.mark.parametrize(
    ("target", "flagged"),
    [
        ("Target 1.250", True),
        ("1.250", True),
        ("1.500 juta", True),
        ("1.500 hari", True),  # a duration may be one and a half
        ("1.500bh", False),  # a count of things is whole: 1500 buah
        ("1.250 dokumen", False),
        ("81.350 orang", False),
        ("1.000", False),
        ("81,35", False),
        ("95", False),
    ],
)
def test_target_cells(target: str, flagged: bool) -> None:
    found = list(undecided_number(Context("target", target)))
    assert bool(found) is flagged
    assert all(d.code == "W114" for d in found)


def test_a_document_target_gets_w114_in_check(tmp_path: Path) -> None:
    document = tmp_path / "iki.yaml"
    document.write_text(DOCUMENT.replace("target: 1\n", "target: Target 1.250\n"), "utf-8")
    with ikicalc.i18n.language("en"):
        found = [d for d in ikicalc.lint(ikicalc.load_document(document)) if d.code == "W114"]
    assert [(d.indicator, d.field) for d in found] == [("002", "target")]
    assert "1.250 read as 1250" in found[0].message
    assert "not as 1,25" in found[0].message


# --- the Polars reader is the exact reader, cell by cell -----------------------------------

_DIGITS = st.sampled_from(
    ["0", "1", "2", "5", "9", "٣", "٠", "１", "０", "۵", "४", "𝟙", "߁", "12", "250", "000"]
)
_OTHER = st.sampled_from(
    [".", ",", "-", "+", "%", " ", "\u00a0", "\u2009", "\u202f", "\x1c", "\t", "\u3000",
     "e", "x", "٫", "٬", "\u200b"]
)
_CELL = st.lists(st.one_of(_DIGITS, _DIGITS, _OTHER), min_size=1, max_size=9).map("".join)


def _polars(texts: list[str], style: str) -> list[float | None]:
    series = pl.Series("t", texts, dtype=pl.String)
    return pl.select(number_from_text(pl.lit(series), style)).to_series().to_list()


def _exact(text: str, style: str) -> float | None:
    try:
        return float(parse_number(text, style))
    except ValueError:
        return None


@pytest.mark.parametrize("style", [*STYLES, *STYLE_ALIASES])
@settings(max_examples=80, deadline=None)
@given(texts=st.lists(_CELL, min_size=1, max_size=30))
@example(texts=["١٢٠٦", "１２０６", "１.２０６", "+38", "+١٢", "-٣,٥", "1\u00a0206", "1\u2009206"])
@example(texts=["\u00a012\u2009", "\x1c12\x1f", "12%", "+1.206", "-1.206,5", "٣٨", "𝟙𝟚", "38"])
def test_the_polars_reader_agrees_with_the_exact_reader_on_any_script(
    style: str, texts: list[str]
) -> None:
    assert _polars(texts, style) == [_exact(text, style) for text in texts]


def test_what_the_readers_agree_on() -> None:
    cells = ["+38", "１２０６", "١٢٠٦,٥", "1\u00a0206", "\u00a012\u2009", "12%", "\x1c7"]
    expected = [38.0, 1206.0, 1206.5, None, 12.0, None, 7.0]
    assert _polars(cells, "indonesian") == expected
    assert [_exact(cell, "indonesian") for cell in cells] == expected


def test_whitespace_is_what_python_strips() -> None:
    import sys

    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    assert spaces == WHITESPACE


def test_a_json_file_of_text_numbers_decides_as_a_csv_does(tmp_path: Path) -> None:
    """Found by the fuzz test: a dot file whose one decimal, 1.001, groups three digits."""
    data = tmp_path / "data.json"
    data.write_text(json.dumps([{"nip": "1000", "hadir": "1.001"}]), encoding="utf-8")
    read = read_realisasi(data)
    assert [v.nilai for v in read.values] == [1001]
    (warning,) = read.warnings
    assert warning.places[0].where == "record 1, column 'hadir'"


def test_long_data_per_employee_names_the_employees_own_cells(
    kecamatan: tuple[Path, Path], tmp_path: Path
) -> None:
    document, _data = kecamatan
    data = tmp_path / "long.csv"
    data.write_text(
        "indikator,variabel,nilai,nip\n"
        "001,Jumlah PNS yang hadir,1.206,11\n"
        "001,Jumlah PNS,1.340,11\n"
        "001,Jumlah PNS yang hadir,38,12\n"
        "001,Jumlah PNS,40,12\n"
    )
    with ikicalc.i18n.language("en"):
        report = build_report(ikicalc.load_document(document), read_realisasi(data))
    notes = {
        row.pegawai: [f.message for f in row.lint if f.code == "W113"]
        for row in report.rows
        if row.indikator_id == "001"
    }
    (first,) = notes["11"]
    assert "1.206 at row 2, column 'nilai' read as 1206" in first
    assert "1.340 at row 3, column 'nilai' read as 1340" in first
    assert notes["12"] == []
