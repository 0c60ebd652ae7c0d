"""The constructs of issue 14, item 7, in every back end: ``Σ (…)`` over an expression,
``rata-rata`` (over the rows of a name or an expression, and of a list), percent weights,
implicit products and long chains.

Each back end either computes the construct as the exact path does, or refuses it with a
clear :class:`ikicalc.IkiError`.
"""

from __future__ import annotations

import sqlite3
from fractions import Fraction

import duckdb
import polars as pl
import pytest

import ikicalc
from ikicalc.backends.measured import evaluate_with_units
from ikicalc.backends.polars import to_polars
from ikicalc.backends.sql import to_sql
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula

# ---- reading ------------------------------------------------------------------------------

READINGS = [
    # (as written, canonical text, variables)
    ("Σ (nilai per unsur × bobot)", "Σ (nilai per unsur × bobot)", ("nilai per unsur", "bobot")),
    ("∑(A)", "Σ (A)", ("A",)),
    (r"\sum \left( A + B \right)", "Σ (A + B)", ("A", "B")),
    (
        r"$APK=\sum\frac{siswaSDMI}{pendudukusia7-12th}\times100\%$",
        "APK = Σ (siswaSDMI / pendudukusia7-12th) × 100%",
        ("siswaSDMI", "pendudukusia7-12th"),
    ),
    (
        "100% -(rata-rata deviasi RPD Satker)",
        "100% - rata-rata deviasi RPD Satker",
        ("deviasi RPD Satker",),
    ),
    ("Nilai rata-rata dari (A1, A2, A3) x 100%", "rata-rata (A1, A2, A3) × 100%", ("A1", "A2", "A3")),
    ("rerata (nilai × bobot)", "rata-rata (nilai × bobot)", ("nilai", "bobot")),
    ("nilai rata-rata (A × B)", "rata-rata (A × B)", ("A", "B")),  # not a preamble
    (r"rata-rata dari \left( A x B \right)", "rata-rata (A × B)", ("A", "B")),
    (r"\sum (A)", "Σ (A)", ("A",)),  # not a call of sum()
    ("IGG = 1/8 (IP1 + IP2)", "IGG = 1 / 8 × (IP1 + IP2)", ("IP1", "IP2")),
    ("2(A+B)", "2 × (A + B)", ("A", "B")),
    ("(A + B)(C)", "(A + B) × C", ("A", "B", "C")),
]


@pytest.mark.parametrize(("text", "canonical", "variables"), READINGS)
def test_reading_and_round_trip(text: str, canonical: str, variables: tuple[str, ...]) -> None:
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    assert formula.variables == variables
    assert ikicalc.parse(str(formula)) == formula
    assert ikicalc.parse(formula.to_latex()) == formula  # LaTeX reads back too


@pytest.mark.parametrize(
    "text",
    [
        "Rata-rata Lama Sekolah = A / B",  # a label: '=' follows
        "indeks rata-rata lama sekolah / 2",  # inside a name
        "Waktu rata-rata pelayanan / Jumlah layanan",
        "(Harapan Lama Sekolah + Rata-rata Lama Sekolah) / 2",  # a capital starts a name
        "nilai rata-rata kepuasan / 4",
    ],
)
def test_rata_rata_inside_a_name_or_a_label_is_no_mean(text: str) -> None:
    formula = ikicalc.parse(text)
    assert not any(isinstance(n, ast.Aggregate | ast.Mean) for n in ast.walk(formula.expr))


def test_implicit_products_are_binary_products() -> None:
    for text in ("1/8 (A + B)", "2(A+B)", "(A + B)(C)"):
        expr = ikicalc.parse(text).expr
        assert isinstance(expr, ast.Binary)
        assert expr.op is ast.Op.MUL


def test_an_empty_list_item_is_a_syntax_error() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match=r"an item of 'rata-rata \(…\)' is empty"):
        ikicalc.parse("rata-rata (A, , B)")


# ---- exact --------------------------------------------------------------------------------


def test_sigma_over_an_expression_is_row_by_row_then_summed() -> None:
    formula = ikicalc.parse("Σ (nilai per unsur × bobot) / Σ bobot")
    data = {"nilai per unsur": [80, 90, 70], "bobot": ["0,5", "0,3", "0,2"]}
    assert formula.evaluate(data).exact == Fraction(40 + 27 + 14)  # Σ bobot = 1
    # a single number stands for itself on every row; only numbers: one row
    assert ikicalc.parse("Σ (A × k)").evaluate({"A": [1, 2], "k": 3}).exact == 9
    assert ikicalc.parse("Σ (A × k)").evaluate({"A": 2, "k": 3}).exact == 6


def test_rows_that_do_not_line_up_are_an_error_naming_both() -> None:
    with pytest.raises(ikicalc.EvaluationError, match="'A' has 2 values and 'B' has 3"):
        ikicalc.parse("Σ (A × B)").evaluate({"A": [1, 2], "B": [1, 2, 3]})


def test_a_zero_denominator_names_its_row() -> None:
    with pytest.raises(ikicalc.EvaluationError, match="'B' is 0 in row 2"):
        ikicalc.parse("Σ (A / B)").evaluate({"A": [1, 2], "B": [4, 0]})


def test_the_mean_over_rows_and_of_a_list() -> None:
    deviasi = ikicalc.parse("100% - rata-rata deviasi")
    assert deviasi.evaluate({"deviasi": ["0,1", "0,2", "0,3"]}).exact == Fraction(4, 5)
    assert deviasi.evaluate({"deviasi": "0,25"}).exact == Fraction(3, 4)  # one row
    with pytest.raises(ikicalc.EvaluationError, match="no rows to average"):
        deviasi.evaluate({"deviasi": []})
    listed = ikicalc.parse("rata-rata (A, B, C)")
    assert listed.evaluate({"A": 1, "B": 2, "C": 6}).exact == 3
    assert listed.evaluate({"A": 1, "B": 2, "C": 6}).unit is None


def test_a_list_of_expressions_is_refused_not_misread() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="lists names separated by commas"):
        ikicalc.parse("rata-rata (A / B, C / D)")


def test_a_mean_of_a_sum_is_refused_as_ambiguous() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="reads two ways") as info:
        ikicalc.parse("Nilai rata-rata (A1 + A2 + A3)")
    assert info.value.column == 1


# ---- percent weights ------------------------------------------------------------------------


def test_percent_weights_are_shares_in_the_unit_of_what_they_weigh() -> None:
    weighted = ikicalc.parse("20% × Nilai B + 80% × Nilai C")
    result = weighted.evaluate({"Nilai B": 50, "Nilai C": 100})
    assert (result.exact, result.unit) == (90, None)
    with_units = evaluate_with_units(
        weighted, {"Nilai B": 50, "Nilai C": 100}, {"Nilai B": "dokumen", "Nilai C": "dokumen"}
    )
    assert (with_units.exact, with_units.unit) == (90, "dokumen")
    scaled = ikicalc.parse("(20% × A + 80% × B) / C × 100%").evaluate({"A": 5, "B": 10, "C": 10})
    assert (scaled.exact, scaled.unit) == (90, "%")
    assert ikicalc.parse("Bobot Nilai B = 20% x Nilai B").evaluate({"Nilai B": 80}).exact == 16


def test_a_weight_is_no_percent_without_a_ratio() -> None:
    assert ikicalc.lint("10% x Nilai kinerja") == []
    assert ikicalc.lint("20% × Nilai B + 80% × Nilai C") == []
    assert [d.code for d in ikicalc.lint("Jumlah layanan x 100%")] == ["W103"]


# ---- every back end on the same data ----------------------------------------------------------

FRAME = pl.DataFrame(
    {
        "nilai": [80, 90, 70, 60],
        "bobot": [0.5, 0.25, 0.125, 0.125],
        "deviasi": [0.1, 0.2, 0.3, 0.4],
        "unit": ["a", "a", "b", "b"],
    }
)

SUMMED = [
    "Σ (nilai × bobot)",
    "Σ (nilai × bobot) / Σ bobot × 100%",
    "100% - rata-rata deviasi",
    "rata-rata (nilai / bobot)",
    "Σ (nilai - 2 × deviasi) / rata-rata nilai",
]
ROW_WISE = ["rata-rata (nilai, bobot) × 2", "20% × nilai + 80% × bobot", "2(nilai + bobot)"]


def _columns(frame: pl.DataFrame) -> dict[str, list[object]]:
    return {name: frame[name].to_list() for name in ("nilai", "bobot", "deviasi")}


def _sql(formula: Formula, frame: pl.DataFrame, dialect: str, order: bool) -> list[object]:
    query = f"SELECT {to_sql(formula, dialect)} FROM t"  # noqa: S608 - the query under test
    query += " ORDER BY rowid" if order else ""
    if dialect == "sqlite":
        con = sqlite3.connect(":memory:")
        con.execute("CREATE TABLE t (nilai, bobot, deviasi, unit)")
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", frame.rows())
        return [row[0] for row in con.execute(query).fetchall()]
    duck = duckdb.connect()
    duck.register("t", frame.with_row_index("rowid").to_arrow())
    return [row[0] for row in duck.execute(query).fetchall()]


@pytest.mark.parametrize("text", SUMMED)
def test_sums_and_means_agree_in_every_engine(text: str) -> None:
    formula = ikicalc.parse(text)
    exact = float(formula.evaluate(_columns(FRAME)).exact)
    assert FRAME.select(to_polars(formula)).item() == pytest.approx(exact, rel=1e-12)
    for dialect in ("duckdb", "sqlite"):
        assert _sql(formula, FRAME, dialect, order=False) == [pytest.approx(exact, rel=1e-12)]
    by_unit = FRAME.group_by("unit", maintain_order=True).agg(to_polars(formula).alias("v"))
    for unit, found in by_unit.rows():
        group = FRAME.filter(pl.col("unit") == unit)
        assert found == pytest.approx(float(formula.evaluate(_columns(group)).exact), rel=1e-12)


@pytest.mark.parametrize("text", ROW_WISE)
def test_row_wise_constructs_agree_in_every_engine(text: str) -> None:
    formula = ikicalc.parse(text)
    expected = [
        float(formula.evaluate({k: v[i] for k, v in _columns(FRAME).items()}).exact)
        for i in range(FRAME.height)
    ]
    found = FRAME.with_columns(to_polars(formula).alias("v"))["v"].to_list()
    assert found == pytest.approx(expected, rel=1e-12)
    for dialect in ("duckdb", "sqlite"):
        assert _sql(formula, FRAME, dialect, order=True) == pytest.approx(expected, rel=1e-12)


def test_numbers_alone_under_sigma_are_one_row() -> None:
    formula = ikicalc.parse("Σ (3) + Σ (nilai × 0)")
    assert formula.evaluate(_columns(FRAME)).exact == 3
    assert FRAME.select(to_polars(formula)).item() == 3
    assert _sql(formula, FRAME, "duckdb", order=False) == [3]


def test_a_row_without_a_value_makes_the_sum_null_where_the_exact_path_refuses() -> None:
    formula = ikicalc.parse("Σ (nilai / bobot)")
    zero = FRAME.with_columns(pl.Series("bobot", [0.5, 0.0, 0.25, 0.25]))
    with pytest.raises(ikicalc.EvaluationError, match="in row 2"):
        formula.evaluate(_columns(zero))
    assert zero.select(to_polars(formula)).item() is None
    assert _sql(formula, zero, "duckdb", order=False) == [None]


def test_sql_refuses_a_sum_inside_a_sum_that_polars_and_exact_compute() -> None:
    formula = ikicalc.parse("Σ (nilai / Σ nilai)")
    assert formula.evaluate(_columns(FRAME)).exact == 1
    assert FRAME.select(to_polars(formula)).item() == pytest.approx(1.0)
    with pytest.raises(ikicalc.IkiError, match="SQL aggregates do not nest"):
        to_sql(formula)


def test_a_per_row_value_beside_a_sum_is_refused_as_for_sigma() -> None:
    formula = ikicalc.parse("Σ (nilai × bobot) / deviasi")
    with pytest.raises(ikicalc.IkiError, match="one value per row beside a Σ"):
        to_sql(formula)
    with pytest.raises(ikicalc.IkiError, match="one value per row beside a Σ"):
        to_polars(formula)
    assert to_sql(formula, constants={"deviasi": 2})  # a number may stand beside it


def test_units_latex_and_sympy() -> None:
    formula = ikicalc.parse("Σ (Jumlah pegawai × Jumlah hari)")
    data = {"Jumlah pegawai": [2, 3], "Jumlah hari": [10, 20]}
    units = {"Jumlah pegawai": "orang", "Jumlah hari": "hari"}
    assert str(evaluate_with_units(formula, data, units)) == "80.00 orang·hari"
    mean = ikicalc.parse("rata-rata (A, B)")
    assert str(evaluate_with_units(mean, {"A": 6, "B": 1}, {"A": "bulan", "B": "tahun"})) == (
        "9.00 bulan"
    )
    with pytest.raises(ikicalc.IkiError, match="cannot average 'A' \\(orang\\)"):
        evaluate_with_units(mean, {"A": 6, "B": 1}, {"A": "orang", "B": "tahun"})
    assert formula.to_latex() == (
        r"\sum \left(\text{Jumlah pegawai} \times \text{Jumlah hari}\right)"
    )
    assert ikicalc.parse("rata-rata (A, B)").to_latex() == (
        r"\operatorname{rata-rata}\left(\text{A, B}\right)"
    )
    # sympy: one symbol per distinct fold, however the product is ordered
    same = ikicalc.parse("Σ (A × B) / Σ (B × A) × 100%")
    assert same.to_sympy() == 100
    assert [d.code for d in ikicalc.lint(same)] == ["W101"]
    assert str(ikicalc.parse("rata-rata (A, B) × 2 - B").simplify()) == "A"
    ratio = ikicalc.parse("Σ (A × B) / C × 100%")
    assert ratio.solve("C", equals=50, given={"A": [1, 2], "B": [3, 4]}) == 22
    with pytest.raises(ikicalc.IkiError, match="folded row by row"):
        ratio.solve("A", equals=50, given={"B": [3, 4], "C": 2})


def test_report_engines_agree_on_the_new_constructs() -> None:
    for text in SUMMED[:5]:
        frame = ikicalc.evaluate_frame(text, FRAME.drop("unit"))
        realisasi = frame.collect()["realisasi"].to_list() if hasattr(frame, "collect") else (
            frame.frame["realisasi"].to_list()
        )
        exact = ikicalc.parse(text).evaluate(_columns(FRAME))
        assert realisasi[0] == pytest.approx(float(exact.exact), rel=1e-12)


# ---- long chains ------------------------------------------------------------------------------

TERMS = 1000


@pytest.mark.parametrize("symbol", [" + ", " - ", " × "])
def test_a_chain_of_a_thousand_terms_in_every_back_end(symbol: str) -> None:
    names = [f"A{i}" for i in range(1, TERMS + 1)]
    formula = ikicalc.parse(symbol.join(names))
    assert isinstance(formula.expr, ast.Binary)
    assert ast.depth(formula.expr) == TERMS
    values = {name: (2 if i % 97 == 0 else 1) for i, name in enumerate(names)}
    exact = formula.evaluate(values).exact
    assert ikicalc.parse(str(formula)) == formula  # printer
    assert formula.to_latex().count(r"\text{") == TERMS  # LaTeX
    assert len(formula.to_sympy().free_symbols) == TERMS  # sympy
    units = {name: "orang" for name in names} if symbol != " × " else {}
    assert evaluate_with_units(formula, values, units).exact == exact  # units
    frame = pl.DataFrame({name: [value] for name, value in values.items()})
    assert frame.select(to_polars(formula)).item() == pytest.approx(float(exact))  # Polars
    duck = duckdb.connect()
    duck.register("t", frame.to_arrow())
    assert duck.execute(f"SELECT {to_sql(formula)} FROM t").fetchall() == [  # noqa: S608
        (pytest.approx(float(exact)),)
    ]
    with sqlite3.connect(":memory:") as lite:
        select = ", ".join(f"{value} AS {name}" for name, value in values.items())
        query = f"SELECT {to_sql(formula, 'sqlite')} FROM (SELECT {select})"  # noqa: S608
        assert lite.execute(query).fetchall() == [(pytest.approx(float(exact)),)]


def test_a_long_sum_inside_a_sigma() -> None:
    names = [f"A{i}" for i in range(1, 201)]
    formula = ikicalc.parse("Σ (" + " + ".join(names) + ")")
    data = {name: [1, 2] for name in names}
    assert formula.evaluate(data).exact == 600
    frame = pl.DataFrame(data)
    assert frame.select(to_polars(formula)).item() == 600
    duck = duckdb.connect()
    duck.register("t", frame.to_arrow())
    assert duck.execute(f"SELECT {to_sql(formula)} FROM t").fetchall() == [(600.0,)]  # noqa: S608
