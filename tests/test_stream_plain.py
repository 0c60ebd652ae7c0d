"""``report --stream`` skips the spreadsheet guard for input columns only when one pass over
the file's bytes shows no cell can need it (:func:`ikicalc.evaluation.frame_source.plain_csv`);
any doubt sends every cell through the guard."""

from __future__ import annotations

from pathlib import Path

import pytest

import ikicalc
from ikicalc.evaluation.frame_source import plain_csv


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
