"""Regression tests for each difference between the engines found before the plan (issue
13): the report and the frame used to decide these rules each for themselves."""

from __future__ import annotations

import codecs
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app

DOC = """
unit: Kecamatan Contoh
tahun: 2024
jabatan:
  - nama: Camat
    indikator:
      - id: a
        indikator: Kehadiran
        formula: Jumlah PNS yang hadir / Jumlah PNS total x 100%
        target: 100
      - id: b
        indikator: Anggaran per pegawai
        formula: Anggaran / Jumlah orang
        satuan_variabel: {Anggaran: juta rupiah, Jumlah orang: orang}
      - id: c
        indikator: Kehadiran seksi
        formula: Σ Jumlah PNS yang hadir / Σ Jumlah PNS total x 100%
"""


def _document(tmp_path: Path) -> ikicalc.Document:
    path = tmp_path / "doc.yaml"
    path.write_text(DOC, encoding="utf-8")
    return ikicalc.load_document(path)


def test_the_frame_labels_capaian_with_the_reports_default_scale(tmp_path: Path) -> None:
    document = _document(tmp_path)
    frame = pl.DataFrame(
        {"nip": ["1"], "Jumlah PNS yang hadir": [38], "Jumlah PNS total": [40],
         "Anggaran": [5], "Jumlah orang": [2]}
    )
    result = ikicalc.evaluate_frame(document, frame).collect()
    report = ikicalc.build_report(document, _wide(tmp_path, frame))
    assert result["a kategori"][0] == report.rows[0].kategori is not None


def _wide(tmp_path: Path, frame: pl.DataFrame) -> ikicalc.RealisasiData:
    path = tmp_path / "data.parquet"
    frame.write_parquet(path)
    return ikicalc.read_realisasi(path)


def test_thousands_dots_in_an_excel_csv_are_read_by_the_frame(tmp_path: Path) -> None:
    data = tmp_path / "excel.csv"
    text = "nip;Jumlah PNS yang hadir;Jumlah PNS total\n1;1.250,5;2.501\n2;1.000.000;2.000.000\n"
    data.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    result = ikicalc.evaluate_frame("Jumlah PNS yang hadir / Jumlah PNS total", data).collect()
    # a decimal-comma file (issue 14): its lone '2.501' groups thousands too
    assert result["realisasi"].to_list() == [1250.5 / 2501, 0.5]
    # the input column is carried over as written, not replaced by its number
    assert result["Jumlah PNS yang hadir"].to_list() == ["1.250,5", "1.000.000"]


def test_an_english_number_in_a_frame_of_text_is_read() -> None:
    frame = pl.DataFrame({"A": ["1,250.5"], "B": ["2"]})
    assert ikicalc.evaluate_frame("A / B", frame).collect()["realisasi"][0] == 625.25


def test_a_utf16_csv_is_read_by_both_engines(tmp_path: Path) -> None:
    data = tmp_path / "unicode.csv"
    data.write_text("nip\tA\tB\n1\t3\t4\n", encoding="utf-16")
    assert ikicalc.evaluate_frame("A / B x 100%", data).collect()["realisasi"][0] == 75.0
    values = {v.variabel: v.nilai for v in ikicalc.read_realisasi(data).values}
    assert values == {"A": 3, "B": 4}


def test_the_frame_uses_the_satuan_of_the_variables(tmp_path: Path) -> None:
    document = _document(tmp_path)
    frame = pl.DataFrame({"nip": ["1"], "Anggaran": [5], "Jumlah orang": [2],
                          "Jumlah PNS yang hadir": [1], "Jumlah PNS total": [1]})
    result = ikicalc.evaluate_frame(document, frame).collect()
    assert result["b realisasi"][0] == 2_500_000.0
    report = ikicalc.build_report(document, _wide(tmp_path, frame))
    assert report.rows[1].realisasi == 2_500_000


runner = CliRunner()


def _files(tmp_path: Path) -> tuple[Path, Path]:
    doc = tmp_path / "doc.yaml"
    doc.write_text(DOC, encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text(
        "nip,unit,Jumlah PNS yang hadir,Jumlah PNS total,Anggaran,Jumlah orang\n"
        "1,A,38,40,5,2\n2,A,40,40,5,2\n3,B,20,40,5,2\n",
        encoding="utf-8",
    )
    return doc, data


def test_stream_refuses_a_format_it_cannot_write(tmp_path: Path) -> None:
    doc, data = _files(tmp_path)
    out = tmp_path / "out.csv"
    done = runner.invoke(
        app, ["report", str(doc), "--data", str(data), "--stream", "--format", "json", "-o", str(out)]
    )
    assert done.exit_code == 2
    assert "--stream writes CSV or Parquet, not json" in done.stderr
    assert not out.exists()


def test_stream_honours_kategori(tmp_path: Path) -> None:
    doc, data = _files(tmp_path)
    out = tmp_path / "out.csv"
    done = runner.invoke(
        app,
        ["report", str(doc), "--data", str(data), "--stream", "--kategori", "none", "-o", str(out)],
    )
    assert done.exit_code == 0, done.stderr
    written = pl.read_csv(out, infer_schema=False)
    assert written["a kategori"].null_count() == written.height


def test_by_means_the_same_on_both_engines(tmp_path: Path) -> None:
    doc, data = _files(tmp_path)
    exact = runner.invoke(
        app, ["report", str(doc), "--data", str(data), "--by", "unit", "--format", "json"]
    )
    assert exact.exit_code == 0, exact.stderr
    import json

    rows = [r for r in json.loads(exact.stdout)["rows"] if r["indikator_id"] == "c"]
    assert [r["pegawai"] for r in rows] == ["A", "B"]
    frame = ikicalc.evaluate_frame(ikicalc.load_document(doc), data, by="unit").groups
    by_unit = dict(zip(frame["unit"].to_list(), frame["c realisasi"].to_list(), strict=True))
    assert by_unit == {"A": 97.5, "B": 50.0}
    assert [float(r["realisasi"]) for r in rows] == [97.5, 50.0]
