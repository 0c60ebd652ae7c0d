"""Bad data gets a precise error, never a wrong number.

Through ``ikicalc.read_realisasi`` (every message names the file, the row and the column) and
``Formula.evaluate`` (every message names the variable): NaN, infinities, negative counts,
text in a numeric column, missing and duplicated columns, empty files, BOMs, mixed
separators, numbers too long to be real.

The rule for negative counts: a variable whose name starts with a counting word (``Jumlah``,
``Jenis``, ``Banyaknya``, ``Total``, ``Volume``, the ``[counting]`` words of
``ikicalc/data/names.toml``, after abbreviations are expanded, so ``Jml …`` too) is a count,
and a negative value for it is an error unless ``read_realisasi(…, allow_negative=True)``.
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import Workbook

import ikicalc
from ikicalc.numbers import MAX_DIGITS
from ikicalc.realisasi import DataError, read_realisasi

HEADER = "nip;Jumlah PNS yang hadir;Jumlah PNS\r\n"
FORMULA = "Jumlah PNS yang hadir / Jumlah PNS x 100%"


def write(
    tmp_path: Path, name: str, text: str, *, prefix: bytes = b"", encoding: str = "utf-8"
) -> Path:
    path = tmp_path / name
    path.write_bytes(prefix + text.encode(encoding))
    return path


def message(path: Path, **options: bool) -> str:
    with pytest.raises(DataError) as info:
        read_realisasi(path, **options)
    assert isinstance(info.value, ikicalc.IkiError)
    return str(info.value)


# --------------------------------------------------------------------------------------
# One bad cell: the message names the file, the row and the column
# --------------------------------------------------------------------------------------

COLUMN = "column 'Jumlah PNS yang hadir'"


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("NaN", "'NaN' is not a finite number"),
        ("nan", "'nan' is not a finite number"),
        ("inf", "'inf' is not a finite number"),
        ("-inf", "'-inf' is not a finite number"),
        ("Infinity", "'Infinity' is not a finite number"),
        ("∞", "'∞' is not a finite number"),
        ("tiga puluh", "'tiga puluh' is not a number"),
        ("38 orang", "'38 orang' is not a number"),
        ("95%", "'95%' is not a number (write it without '%')"),
        ("#VALUE!", "'#VALUE!' is a spreadsheet error value, not a number"),
        ("1,2,3.4.5", "'1,2,3.4.5' has more than one decimal separator"),
        ("1.25,5", "'1.25,5' is not a number: '.' groups thousands here"),
        ("1" * (MAX_DIGITS + 1), f"has more than {MAX_DIGITS} digits"),
        ("", "empty cell: give a number (0 if there is none)"),
        (
            "-3",
            "'-3' is negative, but 'Jumlah PNS yang hadir' is a count (it starts with 'jumlah') "
            "and a count cannot be below 0; correct the value, or read the file with "
            "allow_negative=True if negative values are meant",
        ),
    ],
)
def test_a_bad_cell_names_file_row_and_column(tmp_path: Path, cell: str, reason: str) -> None:
    path = write(tmp_path, "kehadiran.csv", HEADER + "1;38;40\r\n2;" + cell + ";40\r\n")
    text = message(path)
    assert text.startswith(f"{path}:3: {COLUMN}: ")
    assert reason in text


def test_the_same_bad_cells_in_a_workbook_name_the_sheet_cell(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Kehadiran"
    for row in (["nip", "Jumlah PNS yang hadir", "Jumlah PNS"], ["1", 38, 40], ["2", "-inf", 40]):
        sheet.append(row)
    path = tmp_path / "kehadiran.xlsx"
    workbook.save(path)
    assert message(path) == f"{path}:Kehadiran!B3: {COLUMN}: '-inf' is not a finite number"
    sheet["B3"] = -2
    workbook.save(path)
    assert message(path).startswith(f"{path}:Kehadiran!B3: {COLUMN}: '-2' is negative")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("NaN", "NaN is not a finite number"),
        ("Infinity", "Infinity is not a finite number"),
        ("-Infinity", "-Infinity is not a finite number"),
        ('"tiga"', "'tiga' is not a number"),
        ("true", "True is a yes/no value, not a number"),
        ("null", "empty cell: give a number (0 if there is none)"),
        ("[1, 2]", "a list is not a number; give one number"),
        ('{"a": 1}', "a mapping is not a number; give one number"),
        ("-1", "'-1' is negative, but 'Jumlah PNS' is a count"),
        ("1e999999999", "is too large or too small: a value must be 0 or lie between 1e-30"),
        ("1" * 5000, "is too large or too small"),
    ],
)
def test_json_records(tmp_path: Path, value: str, reason: str) -> None:
    path = write(
        tmp_path,
        "r.json",
        f'[{{"nip": "1", "Jumlah PNS": 40}}, {{"nip": "2", "Jumlah PNS": {value}}}]',
    )
    text = message(path)
    assert text.startswith(f"{path}: record 2: key 'Jumlah PNS': ")
    assert reason in text


def test_yaml_records(tmp_path: Path) -> None:
    path = write(
        tmp_path, "r.yaml", "- {nip: '1', Jumlah PNS: 40}\n- {nip: '2', Jumlah PNS: .nan}\n"
    )
    assert message(path) == f"{path}:2: '.nan' is not a finite number"
    path = write(tmp_path, "r.yaml", "- {nip: '1', Jumlah PNS: 40}\n- {nip: '2', Jumlah PNS: -1}\n")
    assert message(path).startswith(f"{path}:2: record 2: key 'Jumlah PNS': '-1' is negative")
    path = write(tmp_path, "r.yaml", "- {nip: '1', Jumlah PNS: " + "1" * 5000 + "}\n")
    assert message(path).startswith(f"{path}:1: '1111")
    assert message(path).endswith("a number has at most 30 digits (MAX_DIGITS)")


# --------------------------------------------------------------------------------------
# Negative counts
# --------------------------------------------------------------------------------------


def test_a_negative_count_is_an_error_in_long_data_too(tmp_path: Path) -> None:
    path = write(tmp_path, "long.csv", "indikator;variabel;nilai\r\n003-004;Jumlah PNS;-40\r\n")
    assert message(path).startswith(
        f"{path}:2: column 'nilai': '-40' is negative, but 'Jumlah PNS' is a count"
    )


def test_abbreviated_counting_words_count(tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", "nip;Jml pns yg hadir\r\n1;-1\r\n")
    assert "is a count (it starts with 'jumlah')" in message(path)


def test_negative_values_that_are_not_counts_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "nip;Selisih anggaran;Jumlah PNS\r\n1;-1,5;0\r\n")
    assert read_realisasi(path).value("Selisih anggaran") == Fraction(-3, 2)


def test_negative_counts_when_the_user_allows_them(tmp_path: Path) -> None:
    path = write(tmp_path, "n.csv", HEADER + "1;-3;40\r\n")
    data = read_realisasi(path, allow_negative=True)
    assert data.value("Jumlah PNS yang hadir") == -3


# --------------------------------------------------------------------------------------
# Structure: columns, empty files, encodings, separators
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("e.csv", "", "{p}: the file is empty"),
        ("w.csv", " \r\n\r\n", "{p}: the file is empty"),
        ("h.csv", HEADER, "{p}:1: no data rows below the header"),
        ("e.json", "[]", "{p}: the file is empty (no records)"),
        ("e.yaml", "", "{p}:1: the file is empty"),
        (
            "same.csv",
            "nip;Jumlah PNS;Jumlah PNS\r\n1;2;3\r\n",
            "{p}:1: column 'Jumlah PNS': duplicated column name (also column 2: 'Jumlah PNS')",
        ),
        (
            "folded.csv",
            "nip;Jumlah PNS yg hadir;jumlah  pns YANG hadir\r\n1;2;3\r\n",
            "{p}:1: column 'jumlah pns YANG hadir': duplicated column name "
            "(also column 2: 'Jumlah PNS yg hadir')",
        ),
        (
            "dup.json",
            '[{"nip": "1", "x": 1, "x": 2}]',
            "{p}: column 'x': duplicated key 'x' in a record",
        ),
        (
            "long.csv",
            "indikator;variabel\r\n003-004;Jumlah PNS\r\n",
            "{p}:1: long-form data needs the columns indikator, variabel, nilai; missing 'nilai'",
        ),
        (
            "noid.csv",
            "Jumlah PNS yang hadir;Jumlah PNS\r\n38;40\r\n",
            "{p}:1: missing required column: wide data needs an identifying column such as nip, "
            "nama or kelurahan (long data needs indikator, variabel, nilai)",
        ),
        (
            "mixed.csv",
            HEADER + "1;38;40\r\n2,37,40\r\n",
            "{p}:3: this row has 1 cell(s) where the header has 3: it seems separated by ',' "
            "while the header is separated by ';'; use one separator in the whole file",
        ),
        (
            "mixed2.csv",
            "nip,Jumlah PNS\r\n1,40\r\n2;39\r\n",
            "{p}:3: this row has 1 cell(s) where the header has 2: it seems separated by ';' "
            "while the header is separated by ','; use one separator in the whole file",
        ),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "{p}: invalid JSON: nested too deeply"),
    ],
)
def test_structural_problems(tmp_path: Path, name: str, text: str, expected: str) -> None:
    path = write(tmp_path, name, text)
    assert message(path) == expected.format(p=path)


def test_a_missing_column_is_named_when_the_value_is_asked_for(tmp_path: Path) -> None:
    data = read_realisasi(write(tmp_path, "k.csv", "nip;Jumlah PNS yg hadir\r\n1;38\r\n"))
    with pytest.raises(DataError) as info:
        data.value("Jumlah PNS")
    assert str(info.value) == f"{tmp_path / 'k.csv'}: no value of 'Jumlah PNS'"
    with pytest.raises(DataError, match="did you mean 'Jumlah PNS yg hadir'"):
        data.value("Jumlah PNS yang hadi")


@pytest.mark.parametrize(
    ("prefix", "encoding"),
    [
        (b"", "utf-8"),
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ],
)
def test_byte_order_marks(tmp_path: Path, prefix: bytes, encoding: str) -> None:
    path = write(tmp_path, "k.csv", HEADER + "1;38;40\r\n", prefix=prefix, encoding=encoding)
    data = read_realisasi(path)
    assert data.columns == ("nip", "Jumlah PNS yang hadir", "Jumlah PNS")
    assert data.value("Jumlah PNS yang hadir") == 38


def test_a_bom_alone_is_an_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "b.csv", "", prefix=b"\xef\xbb\xbf")
    assert message(path) == f"{path}: the file is empty"


def test_names_match_the_way_formulas_match_them(tmp_path: Path) -> None:
    data = read_realisasi(
        write(tmp_path, "k.csv", "nip;Jml PNS yg hadir;jumlah  pns\r\n1;38;40\r\n")
    )
    assert data.value("Jumlah PNS yang hadir") == 38
    numbers = {name: data.value(name) for name in data.variables}
    assert ikicalc.parse(FORMULA).evaluate(numbers).exact == 95


# --------------------------------------------------------------------------------------
# Formula.evaluate
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (float("nan"), "nan is not a finite number"),
        (float("inf"), "inf is not a finite number"),
        (float("-inf"), "-inf is not a finite number"),
        (Decimal("NaN"), "Decimal('NaN') is not a finite number"),
        (Decimal("-Infinity"), "Decimal('-Infinity') is not a finite number"),
        ("NaN", "'NaN' is not a finite number"),
        ("-inf", "'-inf' is not a finite number"),
        ("tiga", "'tiga' is not a number"),
        ("38 orang", "'38 orang' is not a number"),
        ("2.5.3", "'2.5.3' is not a number"),
        ("1" * 31, "'1111111111111111111111111111111' has more than 30 digits"),
        (Decimal("1e999999999"), "'1E+999999999' is too large or too small"),
        (1e300, "'1e+300' is too large or too small"),
        (True, "True is a yes/no value, not a number"),
        (None, "None is not a number"),
    ],
)
def test_evaluate_refuses_what_is_not_a_finite_number(value: object, reason: str) -> None:
    formula = ikicalc.parse(FORMULA)
    with pytest.raises(ikicalc.EvaluationError) as info:
        formula.evaluate({"Jumlah PNS yang hadir": value, "Jumlah PNS": 40})
    error = info.value
    assert error.reason.startswith(
        f"the value of 'Jumlah PNS yang hadir' is not a number: {reason}"
    )
    assert error.variable == "Jumlah PNS yang hadir"
    assert str(error).endswith("  " + FORMULA + "\n  " + "^" * len("Jumlah PNS yang hadir"))


def test_evaluate_names_the_bad_value_in_a_sequence() -> None:
    formula = ikicalc.parse("Σ hari kerja / Σ hari")
    with pytest.raises(ikicalc.EvaluationError) as info:
        formula.evaluate({"hari kerja": [20, 21, float("nan")], "hari": [1]})
    assert (
        info.value.reason == "value 3 of 'hari kerja' is not a number: nan is not a finite number"
    )


def test_evaluate_names_a_missing_variable() -> None:
    with pytest.raises(ikicalc.EvaluationError) as info:
        ikicalc.parse(FORMULA).evaluate({"Jumlah PNS yg hadir": 38})
    # 'Jumlah PNS yg hadir' is another quantity, not a misspelling: it is listed, not suggested
    assert info.value.reason == "no value given for 'Jumlah PNS'; the data names 'Jumlah PNS yg hadir'"
    assert info.value.variable == "Jumlah PNS"


def test_a_table_is_not_a_number() -> None:
    with pytest.raises(ikicalc.EvaluationError, match="is a table, not a number"):
        ikicalc.parse(FORMULA).evaluate({"Jumlah PNS yang hadir": {"a": 1}, "Jumlah PNS": 40})


def test_json_numbers_stay_exact(tmp_path: Path) -> None:
    records = [
        {"nip": "1", "Jumlah PNS": "40", "Rasio": 0.1},
        {"nip": "2", "Jumlah PNS": 39, "Rasio": 0.2},
    ]
    data = read_realisasi(write(tmp_path, "r.json", json.dumps(records)))
    assert data.total("Rasio") == Fraction(3, 10)  # not 0.30000000000000004
    assert data.series("Jumlah PNS") == (40, 39)
