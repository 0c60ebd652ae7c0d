"""The Polars back end (``Formula.to_polars``) and ``evaluate_frame`` over wide data."""

from __future__ import annotations

import doctest
import json
import math
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import polars as pl
import pytest

import ikicalc
from ikicalc.backends import result_tree
from ikicalc.backends.polars import to_polars
from ikicalc.evaluation.frame import FrameResult, evaluate_frame
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.numbers import data_style, parse_number
from ikicalc.realisasi import read_realisasi

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
HADIR = r"$\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$"  # seed 003-004
ATTENDANCE = (  # seed 004-001
    r"$\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari tidak "
    r"masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} \times 100\%$"
)
SEED_SCALE = (  # seed 003-001
    "25,00 – 43,75 Tidak Baik 43,76 – 62,50 Kurang Baik 62,51 – 81,25 Baik "
    "81,26 – 100,00 Sangat baik"
)


def exact(formula: Formula, data: dict[str, object]) -> Fraction | None:
    """The scalar path's value, or None where it raises."""
    try:
        return formula.evaluate(data).exact
    except ikicalc.EvaluationError:
        return None


# --------------------------------------------------------------------------------------
# to_polars
# --------------------------------------------------------------------------------------


def test_seed_attendance_formula_row_wise_with_zero_and_missing_denominators() -> None:
    formula = ikicalc.parse(HADIR)
    df = pl.DataFrame(
        {"Jumlah PNS yang hadir": [38, 19, 0, None, 7], "Jumlah PNS": [40, 20, 0, 3, None]}
    )
    out = df.with_columns(formula.to_polars())
    assert out.columns == [*df.columns, "Jumlah PNS yang hadir / Jumlah PNS × 100%"]
    assert out.get_column(out.columns[-1]).to_list() == [95.0, 95.0, None, None, None]


def test_a_zero_denominator_is_null_not_inf_or_nan() -> None:
    formula = ikicalc.parse("A / (B - C)")
    df = pl.DataFrame(
        {"A": [1.0, -1.0, 0.0, 2.0], "B": [2.0, 3.0, 3.0, 0.0], "C": [2.0, 3.0, 3.0, 4]}
    )
    values = df.select(formula.to_polars()).to_series().to_list()
    assert values == [None, None, None, -0.5]


def test_columns_map_variables_by_their_data_names() -> None:
    formula = ikicalc.parse(HADIR)
    df = pl.DataFrame({"hadir": [38], "pns": [40]})
    mapped = formula.to_polars({"jumlah pns yg hadir": "hadir", "JUMLAH PNS": "pns"})
    assert df.select(mapped).item() == 95.0


def test_constants_are_literals_and_their_sum_counts_the_rows() -> None:
    formula = ikicalc.parse(ATTENDANCE)
    df = pl.DataFrame({"Hari kerja efektif": [240, 240, 200], "hari tidak masuk kerja": [0, 12, 6]})
    expr = to_polars(formula, constants={"Pegawai": 1})
    expected = exact(
        formula,
        {
            "Pegawai": [1, 1, 1],
            "Hari kerja efektif": [240, 240, 200],
            "hari tidak masuk kerja": [0, 12, 6],
        },
    )
    assert expected is not None
    assert df.select(expr).item() == pytest.approx(float(expected), rel=1e-12)


def test_sigma_per_group_with_group_by_and_over() -> None:
    formula = ikicalc.parse("Σ hadir / Σ total x 100%")
    df = pl.DataFrame(
        {
            "unit": ["a", "a", "b", "b", "c", "d"],
            "hadir": [38, 5, 1, 3, 0, None],
            "total": [40, 10, 2, 2, 0, 5],
        }
    )
    per_group = dict(
        df.group_by("unit").agg(formula.to_polars().alias("r")).sort("unit").iter_rows()
    )
    expected = {}
    for unit in "abcd":
        rows = df.filter(pl.col("unit") == unit)
        hadir, total = rows["hadir"].to_list(), rows["total"].to_list()
        value = None if None in hadir else exact(formula, {"hadir": hadir, "total": total})
        expected[unit] = None if value is None else float(value)
    assert per_group == expected
    assert per_group["b"] == 100.0  # 4 / 4
    assert per_group["c"] is None  # Σ total is 0
    assert per_group["d"] is None  # a missing value has no sum
    over = df.select(formula.to_polars().over("unit")).to_series().to_list()
    assert over == [expected[u] for u in df["unit"]]


def test_sigma_of_an_empty_frame_is_zero_as_in_the_exact_path() -> None:
    formula = ikicalc.parse("Σ a + 1")
    empty = pl.DataFrame(schema={"a": pl.Int64})
    assert empty.select(formula.to_polars()).item() == float(formula.evaluate({"a": []}).exact)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("38 / 40 x 100%", 95.0),  # percent: reported x 100, like Result.exact
        ("38 / 40 x 100", 95.0),
        ("38 / 40", 0.95),
        ("A x 50%", 0.5 * 3),  # a weight (issue 14): in the unit of A
        ("50% x A", 0.5 * 3),
        ("A x 50% x 100%", 50.0 * 3),  # × 100%: a percentage
        ("A x 1% + 2%", 0.05),  # weights: 0.03 + 0.02
        ("A x 1% x 100% + 2%", 5.0),
        ("-(A x 100%)", -300.0),
        ("12,5%", 12.5),
    ],
)
def test_values_are_those_of_result_exact(text: str, value: float) -> None:
    formula = ikicalc.parse(text)
    assert float(formula.evaluate({"A": 3}).exact) == pytest.approx(value)
    assert pl.DataFrame({"A": [3]}).select(formula.to_polars()).item() == pytest.approx(value)


def test_times_100_percent_costs_what_a_hand_written_times_100_costs() -> None:
    # The percent factor is folded into one multiplication by 100: the tree computed for
    # 'A / B × 100%' is the tree of the hand-written 'A / B × 100'.
    assert result_tree(ikicalc.parse("A / B x 100%")) == ikicalc.parse("A / B x 100").expr
    # 'A / B × 1%' weighs the ratio (issue 14): no percentage, the tree is left as it is
    assert result_tree(ikicalc.parse("A / B x 1%")) == ikicalc.parse("A / B x 1%").expr
    # without a percent literal the tree is left as it is
    assert result_tree(ikicalc.parse("A / B")) == ikicalc.parse("A / B").expr


def test_the_expression_is_named_after_the_label_or_the_canonical_text() -> None:
    labelled = ikicalc.parse("Tingkat Kehadiran = A / B x 100%")
    assert labelled.to_polars().meta.output_name() == "Tingkat Kehadiran"
    assert ikicalc.parse("a / b").to_polars().meta.output_name() == "a / b"


@pytest.mark.parametrize("name", ["*", "^Jumlah.*$"])
def test_column_names_polars_reads_as_patterns_are_refused(name: str) -> None:
    with pytest.raises(ikicalc.IkiError, match="pattern"):
        ikicalc.parse("A / B").to_polars({"A": name})


def test_a_bad_constant_is_an_iki_error() -> None:
    with pytest.raises(ikicalc.IkiError, match="constant 'A'"):
        to_polars(ikicalc.parse("A / B"), constants={"A": "tiga"})


def test_import_ikicalc_does_not_import_the_scale_libraries() -> None:
    code = (
        "import sys, ikicalc; ikicalc.parse('A / B').variables; "
        "print(sorted(m for m in ('polars', 'sqlglot', 'duckdb', 'pyarrow') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"


# --------------------------------------------------------------------------------------
# evaluate_frame: the seed documents and their example data
# --------------------------------------------------------------------------------------


def test_bululawang_attendance_over_the_wide_csv_equals_the_exact_path() -> None:
    doc = ikicalc.load_document(EXAMPLES / "kecamatan-bululawang-2017.yaml")
    csv = EXAMPLES / "data" / "bululawang-2017-kehadiran.csv"
    # 'Σ Pegawai' has no column: over one row per employee each row counts one
    result = evaluate_frame(doc, csv, keep=["nip"])
    rows = result.collect()
    data = read_realisasi(csv)
    assert rows.height == len(data.rows()) == 30  # counts in = counts out
    assert rows["nip"].to_list() == [row.label("nip") for row in data.rows()]
    expected = ikicalc.parse(doc.indicator("004-001").formula or "").evaluate(
        {
            "Pegawai": [1] * 30,
            "hari kerja efektif": data.series("hari kerja efektif"),
            "hari tidak masuk kerja": data.series("hari tidak masuk kerja"),
        }
    )
    assert expected.exact == Fraction(694900, 7080)
    attendance = result.indicator("004-001")
    assert (attendance.kind, attendance.unit) == ("group", "%")
    assert rows[attendance.realisasi].to_list() == pytest.approx(
        [float(expected.exact)] * 30, rel=1e-12
    )
    assert rows[attendance.error].null_count() == 30
    # every indicator of the document is there, computable or not
    assert [i.id for i in result.indicators] == [ind.id for _, ind in doc.iter_indicators()]
    # 'Jumlah Pegawai x (Σ hari kerja efektif - Σ hari tidak masuk kerja)': 30 employees,
    # the same number the exact report gives
    days = result.indicator("004-020")
    assert (days.kind, days.problem) == ("group", None)
    assert rows[days.realisasi].to_list() == [30 * (7080 - 131)] * 30
    assert rows[days.error].null_count() == 30


def test_cells_that_are_not_formulas_still_appear_with_the_reason() -> None:
    doc = ikicalc.load_document(EXAMPLES / "kecamatan-bagor-2019.yaml")
    frame = pl.DataFrame({"nip": ["1", "2"]})
    result = evaluate_frame(doc, frame, indicators=["003-001", "003-011"])
    rows = result.collect()
    assert rows.height == 2
    blank = result.indicator("003-011")  # 'x 100%': no operand before x
    assert blank.kind == "none"
    assert blank.problem is not None
    # the place is said in words, as in every report (issue 17), not as a line and column
    assert blank.problem.startswith("not computed: 'x' has no operand before it")
    assert blank.problem.endswith("(at word 1 of the formula)")
    assert rows[blank.error].to_list() == [blank.problem] * 2


def test_a_formula_cell_holding_a_target_is_reported() -> None:
    doc = ikicalc.load_document(EXAMPLES / "kecamatan-sambutan-2023.yaml")
    targets = [ind.id for _, ind in doc.iter_indicators() if ind.formula is None]
    assert targets
    result = evaluate_frame(doc, pl.DataFrame({"x": [1]}), indicators=targets[:1])
    assert result.indicators[0].problem == "no formula: the formula cell holds a target, not a formula"


# --------------------------------------------------------------------------------------
# evaluate_frame: per-row errors, numbers, capaian, kategori
# --------------------------------------------------------------------------------------


def test_per_row_errors_name_the_variable_and_the_column() -> None:
    frame = pl.DataFrame(
        {
            "jumlah pns yg hadir": [38.0, 5.0, None, 3.0, 1.0],
            "Jumlah PNS": [40.0, 0.0, 3.0, float("nan"), float("inf")],
        }
    )
    rows = evaluate_frame(HADIR, frame).collect()
    assert rows.columns == [*frame.columns, "realisasi", "capaian", "kategori", "error"]
    assert rows["realisasi"].to_list() == [95.0, None, None, None, None]
    zero = ikicalc.parse(HADIR).evaluate
    with pytest.raises(ikicalc.EvaluationError) as info:
        zero({"Jumlah PNS yang hadir": 5, "Jumlah PNS": 0})
    assert info.value.reason == r"division by zero: the denominator '\text{Jumlah PNS}' is 0"
    assert rows["error"].to_list() == [
        None,
        info.value.reason,
        "no value for 'Jumlah PNS yang hadir' (column 'jumlah pns yg hadir'): the cell is empty",
        "the value of 'Jumlah PNS' is not finite",
        "the value of 'Jumlah PNS' is not finite",
    ]


def test_errors_come_in_the_order_the_exact_path_meets_them() -> None:
    formula = ikicalc.parse("A / B + C / D")
    frame = pl.DataFrame({"A": [1, 1, 1], "B": [0, 1, 0], "C": [1, None, 1], "D": [1, 0, 0]})
    rows = evaluate_frame(formula, frame).collect()
    for row, message in zip(frame.iter_rows(named=True), rows["error"], strict=True):
        data = {k: v for k, v in row.items() if v is not None}
        with pytest.raises(ikicalc.EvaluationError) as info:
            formula.evaluate(data)
        if info.value.variable is None:
            assert message == info.value.reason
        else:
            assert message == f"no value for '{info.value.variable}': the cell is empty"
    assert rows["error"].to_list() == [
        "division by zero: the denominator 'B' is 0",
        "no value for 'C': the cell is empty",
        "division by zero: the denominator 'B' is 0",
    ]


def test_text_cells_are_read_like_the_exact_path_reads_numbers() -> None:
    frame = pl.DataFrame(
        {"A": ["37,5", " 40 ", "1.250,5", "81.35", "tiga", "", "1.000"], "B": ["40"] * 7}
    )
    rows = evaluate_frame("A / B", frame).collect()
    # the column is one file: it writes decimals with a comma and with a dot ("mixed"), so each
    # cell is read on its own ("1.000" is one); the exact path is given each cell read so
    style = data_style(frame["A"].to_list())
    assert style == "mixed"
    expected = []
    for text in frame["A"]:
        try:
            value: object = parse_number(text, style)
        except ValueError:
            value = text
        try:
            expected.append(float(ikicalc.parse("A / B").evaluate({"A": value, "B": 40}).exact))
        except ikicalc.EvaluationError:
            expected.append(None)
    assert rows["realisasi"].to_list() == pytest.approx(expected)
    assert expected[4] is None
    assert expected[5] is None
    assert rows["error"][4] == "the value of 'A' is not a number"
    assert rows["error"][5] == "no value for 'A': the cell is empty"


@pytest.mark.parametrize(
    ("target", "polarity"),
    [(95, "positif"), (7, "negatif"), ((80, 90), "positif"), ((80, 90), "negatif")],
)
def test_capaian_is_the_scalar_rule_vectorised(target: object, polarity: str) -> None:
    values = [0.0, 6.5, 7.0, 79.99, 80.0, 85.0, 90.0, 90.01, 95.0, 120.0]
    frame = pl.DataFrame({"A": values})
    rows = evaluate_frame("A", frame, target=target, polarity=polarity).collect()
    for value, found in zip(values, rows["capaian"], strict=True):
        expected = ikicalc.capaian(Decimal(str(value)), target, polarity, exact=True)
        assert found == pytest.approx(float(expected), rel=1e-12, abs=1e-12)


def test_a_range_target_from_zero_reports_realisasi_below_it() -> None:
    rows = evaluate_frame("A", pl.DataFrame({"A": [-1, 0, 2]}), target=(0, 1)).collect()
    assert rows["capaian"].to_list() == [None, 100.0, 200.0]
    assert rows["error"][0] is not None
    assert "below the range target starting at 0" in rows["error"][0]


def test_kategori_follows_the_scale_boundary_rule() -> None:
    values = ["25", "43,75", "43,754", "43,755", "62,505", "81,25", "81,255", "100", "24,99", "101"]
    frame = pl.DataFrame({"A": values})
    rows = evaluate_frame("A", frame, scale=SEED_SCALE).collect()
    scale = ikicalc.Scale.parse(SEED_SCALE)
    for text, label, error in zip(values, rows["kategori"], rows["error"], strict=True):
        try:
            expected: str | None = scale.classify(text).label
        except ikicalc.IkiError:
            expected = None
        assert label == expected, text
        assert (error is None) == (expected is not None)
    assert rows["kategori"][3] == "Kurang Baik"  # 43,755 rounds to 43,76
    assert rows["error"][-1].startswith("the realisasi is outside the scale: it covers values")


def test_kategori_by_a_built_in_scale_name() -> None:
    rows = evaluate_frame("A", pl.DataFrame({"A": [81.35, 90.5]}), scale="skm-2017").collect()
    scale = ikicalc.scale("skm-2017")
    assert rows["kategori"].to_list() == [
        scale.classify("81.35").label,
        scale.classify("90.5").label,
    ]


def test_document_targets_as_text_and_unreadable_ones_are_noted() -> None:
    doc = ikicalc.Document.model_validate(
        {
            "unit": "Kecamatan Contoh",
            "tahun": 2024,
            "jabatan": [
                {
                    "nama": "Camat",
                    "indikator": [
                        {"id": "1", "indikator": "a", "formula": "A", "target": "Target 84"},
                        {"id": "2", "indikator": "b", "formula": "A", "target": "banyak"},
                        {"id": "3", "indikator": "c", "formula": "A", "target": 0},
                        {
                            "id": "4",
                            "indikator": "d",
                            "formula": "A",
                            "target": 8,
                            "polaritas": "negatif",
                        },
                    ],
                }
            ],
        }
    )
    result = evaluate_frame(doc, pl.DataFrame({"A": [42.0]}))
    rows = result.collect()
    assert rows["1 capaian"].item() == 50.0
    assert result.indicator("1").notes == ("the target 'Target 84' is read as 84",)
    assert rows["2 capaian"].item() is None
    assert "'banyak' is not a number" in result.indicator("2").notes[0]
    assert rows["3 capaian"].item() is None
    assert "target is 0" in result.indicator("3").notes[0]
    assert rows["4 capaian"].item() == pytest.approx(
        float(ikicalc.capaian(42, 8, "negatif", exact=True))
    )
    assert rows["1 error"].item() is None


# --------------------------------------------------------------------------------------
# evaluate_frame: groups, constants, inputs, outputs
# --------------------------------------------------------------------------------------


def grouped_frame() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "unit": ["b", "a", "b", None, "a", "c"],
            "nip": ["1", "2", "3", "4", "5", "6"],
            "hadir": [3, 38, 1, None, 5, 0],
            "total": [4, 40, 2, 5, 10, 0],
        }
    )


def test_sigma_per_group_keeps_every_row_and_lists_the_groups() -> None:
    frame = grouped_frame()
    result = evaluate_frame("Σ hadir / Σ total x 100%", frame, by="unit", target=90)
    rows = result.collect()
    assert rows["nip"].to_list() == frame["nip"].to_list()  # rows in, in order
    groups = result.groups
    assert groups["unit"].to_list() == ["a", "b", "c", None]
    formula = ikicalc.parse("Σ hadir / Σ total x 100%")
    for unit, value, error in groups.select("unit", "realisasi", "error").iter_rows():
        part = frame.filter(pl.col("unit").eq_missing(unit))
        hadir, total = part["hadir"].to_list(), part["total"].to_list()
        if None in hadir:
            assert value is None
            assert error == "Σ hadir: 1 of 1 rows have no number (first: row 4)"
            continue
        expected = exact(formula, {"hadir": hadir, "total": total})
        assert value == (None if expected is None else pytest.approx(float(expected)))
    assert groups.filter(pl.col("unit") == "c")["error"].item() == (
        "division by zero: the denominator 'Σ total' is 0"
    )
    by_unit = dict(groups.select("unit", "realisasi").iter_rows())
    assert rows["realisasi"].to_list() == [by_unit[u] for u in frame["unit"]]
    assert rows["capaian"][1] == pytest.approx(by_unit["a"] / 90 * 100)


def test_sigma_over_the_whole_frame_without_by() -> None:
    frame = grouped_frame().drop_nulls()
    result = evaluate_frame("Σ hadir / Σ total x 100%", frame)
    assert result.groups.height == 1
    rows = result.collect()
    expected = exact(
        ikicalc.parse("Σ hadir / Σ total x 100%"),
        {"hadir": frame["hadir"].to_list(), "total": frame["total"].to_list()},
    )
    assert expected is not None
    assert rows["realisasi"].to_list() == pytest.approx([float(expected)] * frame.height)


def test_a_variable_without_sigma_in_a_sigma_formula_must_be_a_constant() -> None:
    formula = "Jumlah Pegawai x (Σ hadir - Σ total)"
    frame = grouped_frame().with_columns(pl.lit(2).alias("Jumlah Pegawai"))
    result = evaluate_frame(formula, frame)
    assert result.indicators[0].kind == "none"
    assert result.indicators[0].problem == (
        "'Jumlah Pegawai' has one value per row; write 'Σ Jumlah Pegawai' to add them up, "
        "or give it as a number with constants={…}"
    )
    fixed = evaluate_frame(formula, frame.drop_nulls(), constants={"Jumlah Pegawai": 2})
    assert fixed.groups["realisasi"].item() == 2 * (47 - 56)


def test_konstanta_fill_in_and_a_column_takes_precedence() -> None:
    doc = ikicalc.Document.model_validate(
        {
            "unit": "Kecamatan Contoh",
            "tahun": 2024,
            "jabatan": [
                {
                    "nama": "Camat",
                    "indikator": [
                        {
                            "id": "k",
                            "indikator": "kehadiran",
                            "formula": ATTENDANCE,
                            "konstanta": {"hari kerja efektif": 240, "Pegawai": 1},
                        }
                    ],
                }
            ],
        }
    )
    absent = pl.DataFrame({"hari tidak masuk kerja": [0, 12, 6, 6]})
    formula = ikicalc.parse(ATTENDANCE)
    absent_days = [0, 12, 6, 6]
    # a constant stands for a column holding it on every row: Σ over 4 pegawai is 4 × 240
    from_konstanta = evaluate_frame(doc, absent).groups["k realisasi"].item()
    every_row = {"Pegawai": [1] * 4, "hari kerja efektif": [240] * 4}
    expected = exact(formula, {**every_row, "hari tidak masuk kerja": absent_days})
    assert expected == Fraction(195, 2)  # 4 × (960 − 24) / (4 × 960) × 100
    assert from_konstanta == pytest.approx(float(expected))
    days = [240, 240, 200, 200]
    own = absent.with_columns(pl.Series("hari kerja efektif", days))
    from_column = evaluate_frame(doc, own).groups["k realisasi"].item()
    expected = exact(
        formula,
        {"Pegawai": [1] * 4, "hari kerja efektif": days, "hari tidak masuk kerja": absent_days},
    )
    assert expected is not None
    assert from_column == pytest.approx(float(expected))


def test_lazy_frames_and_parquet_files(tmp_path: Path) -> None:
    frame = grouped_frame()
    path = tmp_path / "data.parquet"
    frame.write_parquet(path)
    eager = evaluate_frame(
        HADIR, frame, columns={"Jumlah PNS yang hadir": "hadir", "Jumlah PNS": "total"}
    )
    for source in (frame.lazy(), path, str(path)):
        other = evaluate_frame(
            HADIR, source, columns={"Jumlah PNS yang hadir": "hadir", "Jumlah PNS": "total"}
        )
        assert other.collect().equals(eager.collect())


def test_an_indonesian_excel_csv_with_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "kehadiran.csv"
    text = "nip;Jumlah PNS yang hadir;Jumlah PNS\r\n1;37,5;40\r\n2;19;20\r\n3;;20\r\n4;tiga;20\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    rows = evaluate_frame(HADIR, path).collect()
    assert rows["nip"].to_list() == ["1", "2", "3", "4"]
    assert rows["realisasi"].to_list() == [93.75, 95.0, None, None]
    assert rows["error"][2] == (
        "no value for 'Jumlah PNS yang hadir': the cell is empty"
    )
    excel = tmp_path / "sep.csv"
    excel.write_text("sep=;\n" + text.replace("\r\n", "\n"), encoding="utf-8")
    assert evaluate_frame(HADIR, excel).collect()["realisasi"].to_list() == [
        93.75,
        95.0,
        None,
        None,
    ]
    comma = tmp_path / "comma.csv"
    comma.write_text("A,B\n1.5,3\n", encoding="utf-8")
    assert evaluate_frame("A / B", comma).collect()["realisasi"].item() == 0.5


def test_write_streams_csv_and_parquet(tmp_path: Path) -> None:
    frame = grouped_frame()
    result = evaluate_frame("Σ hadir / Σ total x 100%", frame, by="unit", keep=["nip", "unit"])
    expected = result.collect()
    csv = result.write(tmp_path / "out.csv")
    parquet = result.write(tmp_path / "out.parquet")
    assert pl.read_parquet(parquet).equals(expected)
    back = pl.read_csv(csv, schema=expected.schema)
    assert back.equals(expected)
    with pytest.raises(ikicalc.IkiError, match=r"\.csv or \.parquet"):
        result.write(tmp_path / "out.xlsx")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"by": "unti"}, "by names 'unti', but the data has no such column; did you mean 'unit'?"),
        ({"keep": ["NIP"]}, "keep names 'NIP'"),
        ({"columns": {"hadir": "hdr"}}, "columns maps 'hadir' to 'hdr'"),
        ({"indicators": ["1"]}, "indicators= picks indicators of a document"),
    ],
)
def test_mistakes_in_the_call_are_iki_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ikicalc.IkiError) as info:
        evaluate_frame("Σ hadir / Σ total", grouped_frame(), **kwargs)  # type: ignore[arg-type]
    assert message in str(info.value)


def test_other_call_mistakes(tmp_path: Path) -> None:
    frame = grouped_frame().with_columns(pl.lit(1).alias("realisasi"))
    with pytest.raises(ikicalc.IkiError, match="already has a column 'realisasi'"):
        evaluate_frame("hadir", frame)
    assert evaluate_frame("hadir", frame, keep=["nip"]).collect().height == frame.height
    with pytest.raises(ikicalc.IkiError, match="no such file"):
        evaluate_frame("hadir", tmp_path / "missing.csv")
    with pytest.raises(ikicalc.IkiError, match="cannot evaluate over a dict"):
        evaluate_frame("hadir", {"hadir": [1]})
    with pytest.raises(ikicalc.FormulaSyntaxError):
        evaluate_frame("hadir / x 100%", frame)
    doc = ikicalc.load_document(EXAMPLES / "kecamatan-bagor-2019.yaml")
    with pytest.raises(ikicalc.DocumentError):
        evaluate_frame(doc, frame, indicators=["999"])


def test_a_result_describes_its_columns() -> None:
    result = evaluate_frame(
        HADIR, grouped_frame(), columns={"jumlah pns yg hadir": "hadir", "Jumlah PNS": "total"}
    )
    assert isinstance(result, FrameResult)
    (only,) = result.indicators
    assert only.columns == ("realisasi", "capaian", "kategori", "error")
    assert (only.id, only.kind, only.unit) == ("", "row", "%")
    assert result.indicator("") is only
    assert only.notes == ("no target: capaian is not computed",)
    assert result.groups.height == 0
    assert math.isclose(result.collect()["realisasi"][0], 75.0)


def test_variables_as_ast_nodes_built_in_code() -> None:
    formula = Formula(ast.Binary(ast.Op.DIV, ast.Variable("x"), ast.Variable("y")))
    rows = evaluate_frame(formula, pl.DataFrame({"x": [1], "y": [0]})).collect()
    assert rows["error"].item() == "division by zero: the denominator 'y' is 0"


def test_the_documented_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the guide names the example files relative to the checkout
    failures, tried = doctest.testfile(
        str(ROOT / "docs" / "scale.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried > 20
    assert failures == 0


def test_the_benchmark_runs_on_a_thousand_rows() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench_scale.py"),
            "--rows",
            "1000",
            "--units",
            "10",
            "--repeat",
            "1",
            "--sample",
            "200",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    report = json.loads(done.stdout)
    assert set(report) == {"polars", "duckdb", "scalar", "csv"}
    for engine in ("polars", "duckdb"):
        assert set(report[engine]["times"]) >= {"ratio ikicalc", "attendance hand"}
    assert report["csv"]["peak_rss_mib"] > 0


def test_an_empty_csv_file_is_said_to_be_empty_as_the_exact_reader_says(tmp_path: Path) -> None:
    path = tmp_path / "realisasi.csv"
    path.write_bytes(b"")
    with pytest.raises(ikicalc.DataError) as exact:
        read_realisasi(path)
    with pytest.raises(ikicalc.IkiError) as streamed:
        evaluate_frame(ikicalc.parse("A / B x 100%"), path)
    assert str(streamed.value) == f"{path}: the file is empty"
    assert "the file is empty" in str(exact.value)


def test_a_column_another_variable_takes_is_not_suggested() -> None:
    # Perbup Kulon Progo 58/2018: 'Kolom (7)' is missing; 'Kolom (12)' is the numerator's own
    frame = pl.DataFrame({"Kolom (12)": [1]})
    error = evaluate_frame("Kolom (12) : Kolom (7) x 100%", frame).collect()["error"][0]
    assert "no column for 'Kolom (7)'" in error
    assert "did you mean" not in error
    frame = pl.DataFrame({"Realisasi": [1], "Targt": [2]})
    error = evaluate_frame("Realisasi / Target x 100%", frame).collect()["error"][0]
    assert "did you mean 'Targt'?" in error
