"""Realisasi data: CSV, XLSX, JSON and YAML; long and wide; exact values; precise errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import Workbook

from ikicalc.errors import IkiError
from ikicalc.realisasi import DataError, RealisasiData, read_realisasi


def write(tmp_path: Path, name: str, text: str, *, bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def write_xlsx(tmp_path: Path, rows: Sequence[Sequence[object]], title: str = "Data") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "data.xlsx"
    workbook.save(path)
    return path


def error_of(path: Path, **kwargs: object) -> DataError:
    with pytest.raises(DataError) as info:
        read_realisasi(path, **kwargs)  # type: ignore[arg-type]
    return info.value


WIDE_CSV = (
    "no,nip,nama,hari kerja efektif,hari tidak masuk kerja\r\n"
    '1,196804121989031005,"Sutrisno, S.Sos.",240,3\r\n'
    "2,197001051992031008,Siti Aminah,240,2.5\r\n"
    "3,198909192015032003,Rina Fitriani,160,0\r\n"
)


# --------------------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------------------


def test_wide_csv_comma_decimal_dot_without_bom(tmp_path: Path) -> None:
    data = read_realisasi(write(tmp_path, "k.csv", WIDE_CSV))
    assert data.form == "wide"
    assert data.columns == ("no", "nip", "nama", "hari kerja efektif", "hari tidak masuk kerja")
    assert data.id_columns == ("no", "nip", "nama")
    assert data.variables == ("hari kerja efektif", "hari tidak masuk kerja")
    assert data.indicators == ()
    assert data.series("Hari Kerja Efektif") == (240, 240, 160)
    assert data.total("hari tidak masuk kerja") == Fraction(11, 2)
    rows = data.rows()
    assert [r.row for r in rows] == [2, 3, 4]
    assert rows[0].label("NAMA") == "Sutrisno, S.Sos."
    assert rows[0].label("kelurahan") is None
    assert rows[1].labels == (("no", "2"), ("nip", "197001051992031008"), ("nama", "Siti Aminah"))
    value = rows[1].values[1]
    assert (value.variabel, value.nilai, value.text, value.row, value.column) == (
        "hari tidak masuk kerja",
        Fraction(5, 2),
        "2.5",
        3,
        "hari tidak masuk kerja",
    )
    assert value.indikator is None


LONG_CSV = (
    "indikator;variabel;nilai;keterangan\r\n"
    "003-004;Jumlah PNS yang hadir;19,65;rata-rata harian\r\n"
    "003-004;Jumlah PNS;21;\r\n"
    "003-002;Jumlah aset kantor yang layak fungsi;1.250,5;\r\n"
)


def test_long_csv_semicolon_decimal_comma_with_bom(tmp_path: Path) -> None:
    data = read_realisasi(write(tmp_path, "r.csv", LONG_CSV, bom=True))
    assert data.form == "long"
    assert data.columns == ("indikator", "variabel", "nilai", "keterangan")
    assert data.indicators == ("003-004", "003-002")
    assert data.value("jumlah pns yang hadir", "003-004") == Fraction("19.65")
    assert data.value("Jumlah aset kantor yang layak fungsi") == Fraction("1250.5")
    assert data.for_indicator("003-004") == {
        "Jumlah PNS yang hadir": (Fraction("19.65"),),
        "Jumlah PNS": (Fraction(21),),
    }
    first = data.values[0]
    assert first.labels == (("keterangan", "rata-rata harian"),)
    assert data.values[1].labels == ()
    assert (first.text, first.row, first.column) == ("19,65", 2, "nilai")


def test_excel_sep_line_and_quoted_decimal_comma(tmp_path: Path) -> None:
    text = 'sep=,\nindikator,variabel,nilai\n004-001,"hari kerja efektif","81,35"\n'
    data = read_realisasi(write(tmp_path, "s.csv", text))
    assert data.values[0].nilai == Fraction("81.35")
    assert data.values[0].row == 3


def test_tab_separated_and_blank_rows_and_columns_are_skipped(tmp_path: Path) -> None:
    text = "\n\nkelurahan\tjumlah rt\t\n\nKasembon\t12\t\nBululawang\t9\t\n\n\t\t\n"
    data = read_realisasi(write(tmp_path, "t.csv", text))
    assert data.columns == ("kelurahan", "jumlah rt")
    assert [(v.row, v.nilai, v.labels) for v in data.values] == [
        (5, 12, (("kelurahan", "Kasembon"),)),
        (6, 9, (("kelurahan", "Bululawang"),)),
    ]


def test_multiline_quoted_cell_keeps_the_start_line_of_later_records(tmp_path: Path) -> None:
    text = 'indikator,variabel,nilai,keterangan\na,x,1,"dua\nbaris"\na,y,oops,\n'
    error = error_of(write(tmp_path, "m.csv", text))
    assert str(error).startswith(f"{tmp_path / 'm.csv'}:4: column 'nilai': 'oops' is not a number")
    assert (error.row, error.column, error.reason) == (4, "nilai", "'oops' is not a number")


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("tiga", "'tiga' is not a number"),
        ("NaN", "'NaN' is not a finite number"),
        ("-inf", "'-inf' is not a finite number"),
        ("#DIV/0!", "'#DIV/0!' is a spreadsheet error value, not a number"),
        ("95%", "'95%' is not a number (write it without '%')"),
        ("", "empty cell: give a number (0 if there is none)"),
        ("1,2,3.4.5", "'1,2,3.4.5' has more than one decimal separator"),
    ],
)
def test_bad_numeric_cell_names_file_row_and_column(tmp_path: Path, cell: str, reason: str) -> None:
    path = write(tmp_path, "k.csv", WIDE_CSV.replace(",2.5\r\n", f',"{cell}"\r\n'))
    error = error_of(path)
    assert str(error) == f"{path}:3: column 'hari tidak masuk kerja': {reason}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "{p}: the file is empty"),
        ("\r\n ; \r\n", "{p}: the file is empty"),
        ("nip,hari\r\n", "{p}:1: no data rows below the header"),
        (
            "indikator;nilai\r\na;1\r\n",
            "{p}:1: long-form data needs the columns indikator, variabel, nilai; "
            "missing 'variabel'",
        ),
        (
            "hari kerja efektif,hari tidak masuk kerja\r\n240,3\r\n",
            "{p}:1: missing required column: wide data needs an identifying column such as "
            "nip, nama or kelurahan (long data needs indikator, variabel, nilai)",
        ),
        ("nip,nama\r\n1,a\r\n", "{p}:1: no variable columns next to the identifying columns"),
        (
            "nip,Jumlah PNS,jumlah  pns\r\n1,2,3\r\n",
            "{p}:1: column 'jumlah pns': duplicated column name (also column 2: 'Jumlah PNS')",
        ),
        ("nip,,x\r\n1,2,3\r\n", "{p}:1: column 2: this column has values but no name"),
        ("nip,x\r\n1,2,3\r\n", "{p}:2: column 3: this row has more cells than the header"),
        (
            "indikator,variabel,nilai\r\n,x,1\r\n",
            "{p}:2: column 'indikator': empty indikator cell",
        ),
        (
            "indikator,variabel,nilai\r\na,x,1\r\na,X,2\r\n",
            "{p}:3: column 'variabel': a second value of 'X' for indikator 'a' (first in row 2)",
        ),
    ],
)
def test_structural_errors(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "d.csv", text)
    assert str(error_of(path)) == message.format(p=path)


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("nip;nama;hari\r\n1;Jos\xe9;2\r\n".encode("cp1252"))
    error = error_of(path)
    assert str(error) == (f"{path}:2: not UTF-8 text (byte 20); save the file as 'CSV UTF-8'")


def test_malformed_csv(tmp_path: Path) -> None:
    path = write(tmp_path, "q.csv", 'nip,x\n1,"2"3\n')
    assert str(error_of(path)).startswith(f"{path}:2: malformed CSV:")


def test_explicit_id_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "w.csv", "kode,nilai akhir\r\nA1,80\r\n")
    # 'nilai akhir' is not 'nilai', so this is wide data whose id column must be named
    assert "missing required column" in str(error_of(path))
    data = read_realisasi(path, id_columns=["Kode"])
    assert data.id_columns == ("kode",)
    assert data.value("nilai akhir") == 80
    assert "missing required column 'nip'" in str(error_of(path, id_columns=["nip"]))


def test_wide_rows_may_name_their_indicator(tmp_path: Path) -> None:
    text = "indikator,Jumlah PNS yang hadir,Jumlah PNS\r\n003-004,20,21\r\n,5,6\r\n"
    data = read_realisasi(write(tmp_path, "w.csv", text))
    assert [v.indikator for v in data.values] == ["003-004", "003-004", None, None]
    # values without an indicator belong to every indicator
    assert data.series("Jumlah PNS", "003-004") == (21, 6)
    assert data.series("Jumlah PNS", "003-999") == (6,)


# --------------------------------------------------------------------------------------
# RealisasiData look-ups
# --------------------------------------------------------------------------------------


def test_lookup_errors_are_precise(tmp_path: Path) -> None:
    path = write(tmp_path, "k.csv", WIDE_CSV)
    data = read_realisasi(path)
    with pytest.raises(DataError) as info:
        data.value("hari kerja efektif")
    assert str(info.value) == (
        f"{path}: 3 values of 'hari kerja efektif' (rows 2, 3, 4); use series() or total()"
    )
    with pytest.raises(DataError) as info:
        data.total("hari kerja efektf")
    assert str(info.value) == (
        f"{path}: no value of 'hari kerja efektf'; did you mean 'hari kerja efektif'?"
    )
    with pytest.raises(DataError, match=r"no value of 'gaji' for indikator 'x'$"):
        data.series("gaji", "x")


def test_data_error_is_an_iki_error() -> None:
    assert issubclass(DataError, IkiError)
    error = DataError("bad", source="f.csv", row=3, column="nilai")
    assert str(error) == "f.csv:3: column 'nilai': bad"


def test_realisasi_data_is_frozen(tmp_path: Path) -> None:
    data = read_realisasi(write(tmp_path, "k.csv", WIDE_CSV))
    with pytest.raises(AttributeError):
        data.form = "long"  # type: ignore[misc]
    assert isinstance(data, RealisasiData)


# --------------------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------------------


def test_xlsx_numbers_are_exact_and_rows_are_sheet_rows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path,
        [
            ["Indikator", "Variabel", "Nilai", "Keterangan"],
            ["003-001", "Nilai Interval IKM", 78.45, None],
            [None, None, None, None],
            ["003-004", "Jumlah PNS", 21, "orang"],
            ["003-004", "Jumlah PNS yang hadir", "19,65", None],
            ["003-009", "Rasio", 0.1, None],
        ],
    )
    data = read_realisasi(path)
    assert data.form == "long"
    assert [(v.nilai, v.row) for v in data.values] == [
        (Fraction("78.45"), 2),
        (Fraction(21), 4),
        (Fraction("19.65"), 5),
        (Fraction(1, 10), 6),
    ]
    assert data.values[1].labels == (("Keterangan", "orang"),)


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("sepuluh", "'sepuluh' is not a number"),
        (True, "True is a yes/no value, not a number"),
        (dt.datetime(2017, 1, 2), "2017-01-02T00:00:00 is a date or time, not a number"),
        (None, "empty cell: give a number (0 if there is none)"),
        ("#N/A", "'#N/A' is a spreadsheet error value, not a number"),
    ],
)
def test_xlsx_errors_name_sheet_and_cell(tmp_path: Path, cell: object, reason: str) -> None:
    path = write_xlsx(
        tmp_path,
        [["nip", "nama", "hari kerja efektif"], ["1", "a", 240], ["2", "b", cell]],
        title="Kehadiran",
    )
    assert str(error_of(path)) == f"{path}:Kehadiran!C3: column 'hari kerja efektif': {reason}"
    assert error_of(path).row == 3


def test_xlsx_sheet_choice_and_errors(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, [["nip", "x"], ["1", 2]], title="Satu")
    assert read_realisasi(path, sheet="Satu").value("x") == 2
    assert str(error_of(path, sheet="Dua")) == f"{path}: no sheet 'Dua' (sheets: Satu)"
    empty = write_xlsx(tmp_path, [])
    assert str(error_of(empty)) == f"{empty}:Data: the file is empty"
    broken = write(tmp_path, "broken.xlsx", "not a zip")
    assert str(error_of(broken)).startswith(f"{broken}: not an XLSX workbook")


def test_xlsx_duplicate_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, [["nip", "x", "X "], ["1", 2, 3]], title="S")
    assert str(error_of(path)) == (
        f"{path}:S!C1: column 'X': duplicated column name (also column 2: 'x')"
    )


# --------------------------------------------------------------------------------------
# JSON and YAML
# --------------------------------------------------------------------------------------


def test_json_long_records_are_exact(tmp_path: Path) -> None:
    text = (
        '[{"indikator": "004-002", "variabel": "Pengajuan yang dicairkan", "nilai": 142},'
        ' {"indikator": "004-002", "variabel": "Pengajuan yang seharusnya Cair", "nilai": 0.1},'
        ' {"indikator": "004-003", "variabel": "dokumen", "nilai": "11,5"}]'
    )
    data = read_realisasi(write(tmp_path, "r.json", text))
    assert [(v.nilai, v.row) for v in data.values] == [
        (142, 1),
        (Fraction(1, 10), 2),
        (Fraction(23, 2), 3),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[{"nip": "1", "x": NaN}]', "{p}: record 1: key 'x': NaN is not a finite number"),
        ('[{"nip": "1", "x": 1, "x": 2}]', "{p}: column 'x': duplicated key 'x' in a record"),
        ('{"nip": "1"}', "{p}: expected a list of records (one mapping per row)"),
        ("[]", "{p}: the file is empty (no records)"),
        ('[{"nip": "1", "x": 1}, 5]', "{p}: record 2: a record must be a mapping of column: value"),
        (
            '[{"nip": "1", "x": 1}, {"nip": "2", "x": true}]',
            "{p}: record 2: key 'x': True is a yes/no value, not a number",
        ),
        (
            '[{"nip": "1", "x": 1}, {"nip": "2"}]',
            "{p}: record 2: key 'x': empty cell: give a number (0 if there is none)",
        ),
        ('[{"nip": "1",', "{p}:1: invalid JSON: Expecting property name enclosed in double quotes"),
    ],
)
def test_json_errors(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "d.json", text)
    assert str(error_of(path)) == message.format(p=path)


def test_yaml_records_keep_line_numbers(tmp_path: Path) -> None:
    text = (
        "# realisasi\n"
        "- indikator: 004-034\n"
        "  variabel: Usulan Yang Disetujui\n"
        "  nilai: 38\n"
        "- indikator: 004-034\n"
        "  variabel: Usulan Yang Diajukan\n"
        "  nilai: 56.5\n"
    )
    path = write(tmp_path, "r.yaml", text)
    data = read_realisasi(path)
    assert [(v.nilai, v.row) for v in data.values] == [(38, 2), (Fraction(113, 2), 5)]
    bad = write(tmp_path, "bad.yml", text.replace("56.5", "banyak"))
    assert str(error_of(bad)) == f"{bad}:5: record 2: key 'nilai': 'banyak' is not a number"


def test_yaml_errors(tmp_path: Path) -> None:
    nan = write(tmp_path, "n.yaml", "- {nip: '1', x: .nan}\n")
    assert str(error_of(nan)) == f"{nan}:1: '.nan' is not a finite number"
    dup = write(tmp_path, "d.yaml", "- nip: '1'\n  x: 1\n  x: 2\n")
    assert str(error_of(dup)) == f"{dup}:3: [0].x: duplicate key 'x' (first on line 2)"
    unsafe = write(tmp_path, "u.yaml", "- !!python/object/apply:os.system ['true']\n")
    assert "unsupported tag" in str(error_of(unsafe))
    scalar = write(tmp_path, "s.yaml", "42\n")
    assert str(error_of(scalar)) == f"{scalar}: expected a list of records (one mapping per row)"


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    odd = write(tmp_path, "data.ods", "x")
    assert str(error_of(odd)) == (
        f"{odd}: unknown file type '.ods': use .csv, .xlsx, .json, .yaml, .yml or .parquet"
    )
    assert str(error_of(tmp_path / "none.csv")) == f"{tmp_path / 'none.csv'}: no such file"


def test_row_numbering_column_does_not_hide_a_duplicate(tmp_path: Path) -> None:
    text = "no;indikator;variabel;nilai\r\n1;a;x;1\r\n2;a;x;2\r\n"
    path = write(tmp_path, "n.csv", text)
    assert str(error_of(path)) == (
        f"{path}:3: column 'variabel': a second value of 'x' for indikator 'a' (first in row 2)"
    )
    other = write(tmp_path, "o.csv", "nip;indikator;variabel;nilai\r\n1;a;x;1\r\n2;a;x;2\r\n")
    assert read_realisasi(other).series("x", "a") == (1, 2)


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "w.csv", "\r\n  \r\n", bom=True)
    assert str(error_of(path)) == f"{path}: the file is empty"


def test_records_without_a_required_column(tmp_path: Path) -> None:
    path = write(tmp_path, "m.json", '[{"indikator": "a", "nilai": 1}]')
    assert str(error_of(path)) == (
        f"{path}: long-form data needs the columns indikator, variabel, nilai; missing 'variabel'"
    )
    path = write(tmp_path, "m.yaml", "- {indikator: a, nilai: 1}\n")
    assert str(error_of(path)).startswith(f"{path}: long-form data needs the columns")


def test_a_tab_file_whose_column_name_holds_a_comma_is_read_by_tabs(tmp_path: Path) -> None:
    """``nip<TAB>Jumlah air, Jumlah``: one tab and one comma in the header; the tab separates
    (found by the fuzzer: the comma was taken and every row had one cell too few)."""
    path = tmp_path / "data.csv"
    path.write_text("nip\tJumlah air, Jumlah\n1000\t7\n", encoding="utf-8")
    data = read_realisasi(path)
    assert [(v.variabel, v.nilai) for v in data.values] == [("Jumlah air, Jumlah", 7)]


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_name_with_more_commas_than_the_file_has_separators(
    tmp_path: Path, separator: str
) -> None:
    """``nip;Jumlah air, air, Jumlah``: two commas in a name, one ``;`` in the header. The
    data rows decide: ``;`` cuts each into as many fields as the header, the comma does not
    (found by the fuzzer in session 7: the file was refused for a missing ``nip``)."""
    path = tmp_path / "data.csv"
    header = separator.join(["nip", "Jumlah air, air, Jumlah"])
    rows = [separator.join(["1000", "5"]), separator.join(["1001", "7"])]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    data = read_realisasi(path)
    assert [(v.variabel, v.nilai) for v in data.values] == [
        ("Jumlah air, air, Jumlah", 5),
        ("Jumlah air, air, Jumlah", 7),
    ]
