"""``report --stream`` skips the spreadsheet guard for input columns only when one pass over
the file's bytes shows no cell can need it (:func:`ikicalc.evaluation.frame_source.plain_csv`);
any doubt sends every cell through the guard."""

from __future__ import annotations

from pathlib import Path

import pytest

import ikicalc
from ikicalc.evaluation.frame_source import csv_bytes, plain_csv


@pytest.mark.parametrize(
    ("body", "separator", "plain"),
    [
        (b"1,Budi S.Sos.,12,4\n2,Ani,3,4\n", ",", True),
        (b"1,Budi,12,4\r\n2,Ani,3,4\r\n", ",", True),  # CRLF line ends
        (b'1,"Budi, S.Sos.",12,4\r\n', ",", False),  # CRLF and quotes: a cell could hold one
        (b'1,"Budi, S.Sos.",12,4\n', ",", True),
        (b"1,Budi\r,12,4\n", ",", False),  # a lone carriage return
        (b"1,=1+1,12,4\n", ",", False),
        (b"1,Budi,-12,4\n", ",", False),  # a negative number gets its ' in CSV
        (b"1,2019-01-01,12,4\n", ",", False),
        (b"1,@SUM(A1),12,4\n", ",", False),
        (b"1,Bud\ti,12,4\n", ",", False),  # a tab in a cell
        (b"1\tBudi\t12\t4\n", "\t", True),  # tabs as separators
        (b'1\t"Bu\tdi"\t12\t4\n', "\t", False),
        ("1,Andr\u00e9,12,4\n".encode(), ",", False),  # not ASCII: looked at cell by cell
        (b"1,Budi\x1b[31m,12,4\n", ",", False),
    ],
)
def test_plain_csv(tmp_path: Path, body: bytes, separator: str, plain: bool) -> None:
    path = tmp_path / "data.csv"
    header = separator.join(["no-urut", "=nama", "A", "B"]).encode()  # the header is not data
    path.write_bytes(b"\xef\xbb\xbf" + header + b"\n" + body)
    assert plain_csv(path, separator) is plain


def test_a_hostile_cell_is_guarded_and_a_plain_file_is_written_as_read(tmp_path: Path) -> None:
    for cell, written in (("Budi", "Budi"), ("=1+1", "'=1+1"), ("-3", "'-3")):
        path = tmp_path / "data.csv"
        path.write_text(f"nama,A,B\n{cell},1,4\nAni,3,4\n", encoding="utf-8")
        out = tmp_path / "out.csv"
        ikicalc.evaluate_frame("A / B x 100%", path).write(out)
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[1].split(",")[:3] == [written, "1", "4"]
        assert lines[1].split(",")[3] == "25.0"


@pytest.mark.parametrize(
    ("body", "dotted"),
    [
        (b"Bagor,1206,40\nGandu,38,40\n", False),
        (b"Bagor,1.206,40\n", True),
        (b"Bagor,1206,40\nGandu,38,40\r\nKarang,-3,4\n", False),  # not plain, no dot
        (b"Bagor,-1206,40\n" + b"x" * (1 << 23) + b"\nGandu,1.5,4\n", True),  # a later chunk
    ],
)
def test_the_same_pass_says_whether_a_cell_holds_a_dot(
    tmp_path: Path, body: bytes, dotted: bool
) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"kelurahan,Jumlah P.N.S. yang hadir,Jumlah PNS\n" + body)  # header: no data
    assert csv_bytes(path, ",").dotted is dotted


def test_a_file_without_a_dot_is_not_scanned_for_w113(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """W113 needs a cell with a dot: when the bytes show none, no Polars scan looks for one,
    and a file with one still warns."""
    import polars as pl

    path = tmp_path / "data.csv"
    path.write_text("kelurahan,A,B\nBagor,1206,40\nGandu,38,40\n", encoding="utf-8")
    result = ikicalc.evaluate_frame("A / B x 100%", path)
    scans: list[object] = []
    real = pl.LazyFrame.collect

    def counted(frame: pl.LazyFrame, *args: object, **kwargs: object) -> pl.DataFrame:
        scans.append(frame)
        return real(frame, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pl.LazyFrame, "collect", counted)
    assert result.warnings() == ()
    assert scans == []
    path.write_text("kelurahan,A,B\nBagor,1.206,40\nGandu,38,40\n", encoding="utf-8")
    (warning,) = ikicalc.evaluate_frame("A / B x 100%", path).warnings()
    assert "row 2, column 'A'" in str(warning)
    assert scans
