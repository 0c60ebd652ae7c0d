"""The quick read of a CSV file (:mod:`ikicalc.evaluation.frame_plans`): strict UTF-8, and the
number columns of the ``Σ`` totals by Polars' integer parser. It gives what the exact read
gives, or fails and the exact read runs: a cell is never read as another number, a row never
written otherwise."""

from __future__ import annotations

import io
from pathlib import Path

import polars as pl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.evaluation.frame import FrameResult
from ikicalc.evaluation.frame_numbers import number_from_text

DOCUMENT = """
unit: Kecamatan Contoh
tahun: 2024
jabatan:
  - nama: Sekretaris
    indikator:
    - id: "001"
      indikator: Kelancaran administrasi
      formula: Σ Pengajuan yang dicairkan / Σ Pengajuan yang seharusnya cair × 100%
      target: 90
    - id: "002"
      indikator: Kehadiran
      formula: Jumlah PNS yang hadir / Jumlah PNS × 100%
      target: 100
"""

HEADER = "nip,unit,Pengajuan yang dicairkan,Pengajuan yang seharusnya cair,Jumlah PNS yang hadir,Jumlah PNS\n"


def _document(tmp_path: Path) -> ikicalc.Document:
    path = tmp_path / "dokumen.yaml"
    path.write_text(DOCUMENT, encoding="utf-8")
    return ikicalc.load_document(path)


def _exact(result: FrameResult) -> FrameResult:
    """``result`` without its quick plans: what the exact read alone gives."""
    result._quick_rows = result._quick_groups = None
    return result


def _failing() -> pl.LazyFrame:
    return pl.LazyFrame({"a": [1]}).select(pl.col("no such column"))


def _rows(body: str) -> str:
    return HEADER + body


# each body holds one kind of cell in the summed columns (and the row columns)
BODIES = {
    "whole numbers": "1,A,3,4,5,6\n2,A,0,4,5,0\n3,B,7,8,1,2\n",
    "signs, zeros, spaces": "1,A,+3,004,5,6\n2,A, 7,\t4, 5,06\n3,B,-0,8,+1,2\n",
    "empty and blank cells": "1,A,,4,5,\n2,A,  ,4,5,6\n3,B,7,8,1,2\n",
    "decimals": "1,A,3,4,5,6\n2,A,81.35,4,5,6\n3,B,7,8,1,2\n",
    "a trailing space": "1,A,3,4,5,6\n2,A,3 ,4,5,6\n",
    "a digit of another script": "1,A,3,4,5,6\n2,A,\u0663,4,5,6\n",
    "beyond 64 bits": "1,A,3,4,5,6\n2,A,99999999999999999999,4,5,6\n",
    "words": "1,A,tiga,4,5,6\n2,A,3,4,5,6\n",
    "a key that is a number": "1,007,3,4,5,6\n2,7,3,4,5,6\n3,07,3,4,5,6\n",
}


@pytest.mark.parametrize("name", sorted(BODIES))
def test_the_quick_read_gives_what_the_exact_read_gives(tmp_path: Path, name: str) -> None:
    data = tmp_path / "data.csv"
    data.write_text(_rows(BODIES[name]), encoding="utf-8")
    document = _document(tmp_path)
    quick = ikicalc.evaluate_frame(document, data, by="unit")
    exact = _exact(ikicalc.evaluate_frame(document, data, by="unit"))
    assert quick.groups.equals(exact.groups)
    assert quick.collect().equals(exact.collect())
    for suffix in (".csv", ".parquet"):
        quick.write(tmp_path / f"quick{suffix}")
        exact.write(tmp_path / f"exact{suffix}")
        assert (tmp_path / f"quick{suffix}").read_bytes() == (
            tmp_path / f"exact{suffix}"
        ).read_bytes()


def test_whole_numbers_are_summed_by_the_quick_read_alone(tmp_path: Path) -> None:
    """For a file of whole numbers (the common case) the exact plans never run."""
    data = tmp_path / "data.csv"
    data.write_text(_rows(BODIES["signs, zeros, spaces"]), encoding="utf-8")
    result = ikicalc.evaluate_frame(_document(tmp_path), data, by="unit")
    result._group_plan = _failing()
    result._rows = _failing()
    out = tmp_path / "out.csv"
    result.write(out)
    written = pl.read_csv(out, separator=",", infer_schema=False)
    assert written.get_column("001 realisasi").to_list() == ["125.0", "125.0", "0.0"]  # 10 / 8
    # the input columns as written (a tab guarded), not as numbers
    assert written.get_column("Pengajuan yang seharusnya cair").to_list() == ["004", "'\t4", "8"]
    assert written.get_column("Jumlah PNS").to_list() == ["6", "06", "2"]


@pytest.mark.parametrize(
    "body",
    [
        BODIES["decimals"],
        BODIES["a digit of another script"],
        BODIES["beyond 64 bits"],
    ],
)
def test_a_cell_the_quick_read_does_not_take_sends_it_to_the_exact_read(
    tmp_path: Path, body: str
) -> None:
    data = tmp_path / "data.csv"
    data.write_text(_rows(body), encoding="utf-8")
    result = ikicalc.evaluate_frame(_document(tmp_path), data, by="unit")
    result._group_plan = _failing()  # the exact plan, which must now run
    with pytest.raises(ikicalc.IkiError, match="cannot evaluate the data"):
        _ = result.groups


def test_bytes_that_are_not_utf8_are_read_the_exact_way(tmp_path: Path) -> None:
    data = tmp_path / "data.csv"
    data.write_bytes(_rows("1,A,3,4,5,6\n2,A,3,4,5,6\n").encode() + b"3,B\xff,3,4,5,6\n")
    document = _document(tmp_path)
    quick = ikicalc.evaluate_frame(document, data, by="unit")
    exact = _exact(ikicalc.evaluate_frame(document, data, by="unit"))
    quick.write(tmp_path / "quick.csv")
    exact.write(tmp_path / "exact.csv")
    assert (tmp_path / "quick.csv").read_bytes() == (tmp_path / "exact.csv").read_bytes()
    assert "B\ufffd" in (tmp_path / "quick.csv").read_text(encoding="utf-8-sig")


# cell text: digits, signs, separators, white space and a few other characters
_PIECES = st.sampled_from(
    ["0", "1", "7", "12", "007", "999", " ", "\t", "+", "-", ".", ",", "e", "x", "\u0663"]
)
_CELL = st.lists(_PIECES, min_size=0, max_size=6).map("".join)


@settings(max_examples=300, deadline=None)
@given(cell=_CELL)
@example(cell=" 7")
@example(cell="+007")
@example(cell="\t\t5")
@example(cell="9223372036854775807")
@example(cell="9223372036854775808")
@example(cell="-0")
@example(cell="  ")
def test_polars_integer_parser_reads_a_cell_as_the_separator_rules_do(cell: str) -> None:
    """Where Polars' CSV integer parser takes a cell (as the quick read does: a quoted field
    in a strict UTF-8 file), its number is the one the separator rules read, and a blank
    cell is null in both; where it does not take it, the whole read fails."""
    quoted = '"' + cell.replace('"', '""') + '"'
    data = ("x,b\n1," + quoted + "\n").encode()
    try:
        read = pl.read_csv(
            io.BytesIO(data), infer_schema=False, schema_overrides={"b": pl.Int64}
        ).get_column("b")
    except pl.exceptions.PolarsError:
        return
    quick = read.cast(pl.Float64).to_list()[0]
    for style in ("mixed", "indonesian", "decimal-comma", "decimal-dot"):
        ruled = pl.select(number_from_text(pl.lit(pl.Series([cell])), style)).item()
        assert quick == ruled, (cell, style)
