"""One vocabulary of number styles (issue 13 item 1, issue 14 item 10): the scalar reader
(:func:`ikicalc.numbers.parse_number`) and its Polars twin
(:func:`ikicalc.evaluation.frame_numbers.number_from_text`) take the same styles and read the
same numbers; a data file decides its style as a whole, the same way for both engines."""

from __future__ import annotations

import codecs
from decimal import Decimal
from pathlib import Path

import polars as pl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.evaluation.frame_numbers import number_from_text
from ikicalc.numbers import (
    STYLE_ALIASES,
    STYLES,
    NumberStyle,
    data_style,
    parse_number,
    style_name,
)
from ikicalc.realisasi.dialect import sniff_csv

# number-like text: digits, both separators, signs, spaces, and a few other characters
_PIECES = st.sampled_from(
    [
        "1",
        "0",
        "25",
        "000",
        "250",
        "5",
        "12",
        "123",
        "1234",
        "999",
        ".",
        ",",
        "-",
        "+",
        " ",
        "e",
        "x",
    ]
)
_TEXT = st.lists(_PIECES, min_size=1, max_size=8).map("".join)


def _polars(texts: list[str], style: str) -> list[float | None]:
    series = pl.Series("t", texts, dtype=pl.String)
    return pl.select(number_from_text(pl.lit(series), style)).to_series().to_list()


def _scalar(text: str, style: str) -> float | None:
    try:
        return float(parse_number(text, style))
    except ValueError:
        return None


@pytest.mark.parametrize("style", [*STYLES, *STYLE_ALIASES])
@settings(max_examples=60, deadline=None)
@given(texts=st.lists(_TEXT, min_size=1, max_size=40))
@example(texts=["1.000", "1,000", "1.250,5", "1,250.5", "1.000.000", "81,35", "81.35", "+38"])
@example(texts=["1.2.3", "12.34,5", "1,5.3", "-0", "007", "1.206", "1234.567", " 12 ", ""])
def test_the_polars_reader_is_the_scalar_reader_in_every_style(
    style: str, texts: list[str]
) -> None:
    """Cell by cell, in batches that mix whole numbers (the fast path) and the rest."""
    assert _polars(texts, style) == [_scalar(text, style) for text in texts]


def test_the_styles_read_a_lone_group_of_three_as_their_files_do() -> None:
    assert parse_number("1.000", "decimal-comma") == 1000
    assert parse_number("1.000", "mixed") == 1
    assert parse_number("1,000", "decimal-dot") == 1000
    assert parse_number("1,000", "mixed") == 1
    assert parse_number("81.35", "decimal-comma") == Decimal("81.35")  # cannot group
    assert _polars(["1.000", "1,000", "81.35"], "decimal-comma") == [1000.0, 1.0, 81.35]
    assert _polars(["1.000", "1,000", "81,35"], "decimal-dot") == [1.0, 1000.0, 81.35]


def test_old_names_are_aliases_and_unknown_names_are_refused() -> None:
    assert style_name("auto") == "mixed"
    assert style_name("comma") == "decimal-comma"
    assert style_name("dot") == "decimal-dot"
    for style in STYLES:
        assert style_name(style) == style
    with pytest.raises(ValueError, match="unknown number style 'koma'"):
        parse_number("1", "koma")
    with pytest.raises(ValueError, match="unknown number style"):
        number_from_text(pl.col("a"), "koma")


@pytest.mark.parametrize(
    ("cells", "decimal_comma", "expected"),
    [
        (["12", "81,35", "1.000"], False, "decimal-comma"),
        (["12", "81.35", "1,000"], False, "decimal-dot"),
        (["12", "1.000", "Budi"], False, "indonesian"),  # nothing decides: the rule
        (["12", "1.206.000", "1.206"], False, "decimal-comma"),  # dots group twice
        (["12", "1,206,000", "1,206"], False, "decimal-dot"),
        (["12", "1.000"], True, "decimal-comma"),
        (["81,35", "81.35"], False, "mixed"),
        (["81.35"], True, "mixed"),  # a ';' file whose cells write decimal dots
        (["2019-01-01", "1.250,5"], False, "decimal-comma"),
    ],
)
def test_a_file_decides_its_style_from_its_cells(
    cells: list[str], decimal_comma: bool, expected: NumberStyle
) -> None:
    assert data_style(cells, decimal_comma=decimal_comma) == expected


def _both_engines(path: Path, formula: str) -> tuple[list[float | None], list[float | None]]:
    parsed = ikicalc.parse(formula)
    data = ikicalc.read_realisasi(path, strict=False)
    exact: list[float | None] = []
    for row in data.rows():
        values = {value.variabel: value.nilai for value in row.values}
        try:
            exact.append(float(parsed.evaluate(values).exact))
        except ikicalc.IkiError:
            exact.append(None)
    frame = ikicalc.evaluate_frame(parsed, path).collect()["realisasi"].to_list()
    return exact, frame


def test_an_excel_csv_reads_dots_as_thousands_in_both_engines(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    text = "nip;Anggaran;Kegiatan\n1;1.000;4\n2;2.500,5;2\n3;81,35;1\n"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert sniff_csv(path).style == "decimal-comma"
    exact, frame = _both_engines(path, "Anggaran / Kegiatan")
    assert exact == frame == [250.0, 1250.25, 81.35]


def test_a_decimal_dot_csv_reads_commas_as_thousands_in_both_engines(tmp_path: Path) -> None:
    path = tmp_path / "english.csv"
    path.write_text('nip,Anggaran,Kegiatan\n1,"1,000",4\n2,81.35,1\n', encoding="utf-8")
    assert sniff_csv(path).style == "decimal-dot"
    exact, frame = _both_engines(path, "Anggaran / Kegiatan")
    assert exact == frame == [250.0, 81.35]


def test_a_file_that_shows_nothing_reads_a_dot_before_three_digits_as_thousands(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("nip,Anggaran,Kegiatan\n1,1.000,4\n2,12,3\n", encoding="utf-8")
    assert sniff_csv(path).style == "indonesian"
    exact, frame = _both_engines(path, "Anggaran / Kegiatan")
    assert exact == frame == [250.0, 4.0]


def test_a_file_that_shows_both_reads_each_cell_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "both.csv"
    path.write_text(
        'nip,Anggaran,Kegiatan\n1,1.000,4\n2,"81,5",1\n3,81.25,1\n', encoding="utf-8"
    )
    assert sniff_csv(path).style == "mixed"
    exact, frame = _both_engines(path, "Anggaran / Kegiatan")
    assert exact == frame == [0.25, 81.5, 81.25]
