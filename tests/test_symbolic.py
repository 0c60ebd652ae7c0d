"""The sympy back end: building from the AST, simplifying, constants, solving for a variable."""

from __future__ import annotations

import doctest
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import sympy
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import decimals, names

import ikicalc
from ikicalc.backends import symbolic
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.printer import expression_text
from ikicalc.names import name_key
from tests.conftest import read_corpus

ROOT = Path(__file__).resolve().parents[1]
HADIR = r"$\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$"  # seed 003-004
ATTENDANCE = (  # seed 004-001 (Kecamatan Bululawang)
    r"$\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari tidak "
    r"masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} \times 100\%$"
)


def sym(formula: Formula, name: str, *, sigma: bool = False) -> Any:
    return symbolic.sympy_form(formula).symbol(name, sigma=sigma)


# ---- to_sympy ----------------------------------------------------------------------------


def test_attendance_is_100_times_the_ratio_as_result_exact() -> None:
    formula = ikicalc.parse(HADIR)
    form = symbolic.sympy_form(formula)
    hadir, pns = sym(formula, "Jumlah PNS yang hadir"), sym(formula, "Jumlah PNS")
    assert form.expr == 100 * hadir / pns
    assert formula.to_sympy() == form.expr
    assert form.symbols == {"Jumlah PNS yang hadir": hadir, "Jumlah PNS": pns}
    assert (hadir.name, pns.name) == ("v0", "v1")
    assert form.expr.subs({hadir: 38, pns: 40}) == 95


def test_numbers_are_exact_rationals_never_floats() -> None:
    expr = ikicalc.parse("A × 0,1 + 12,5% × B").to_sympy()  # 12,5% is a weight: 1/8
    assert not expr.atoms(sympy.Float)
    a, b = sorted(expr.free_symbols, key=str)
    assert expr == a / 10 + b / 8
    scaled = ikicalc.parse("(A × 0,1 + 12,5% × B) × 100%").to_sympy()  # a percentage
    assert scaled == 100 * (a / 10 + b / 8)
    plain = ikicalc.parse("A / 50%").to_sympy()  # a percent in the denominator: no unit
    assert plain == 2 * next(iter(plain.free_symbols))


def test_names_are_matched_with_name_key() -> None:
    formula = ikicalc.parse("Jumlah PNS yg hadir / jumlah pns yang hadir")
    assert len(formula.to_sympy().free_symbols) == 0  # one symbol, cancelled: the value is 1
    assert formula.to_sympy() == 1
    assert list(symbolic.sympy_form(formula).symbols) == ["Jumlah PNS yg hadir"]


def test_sigma_x_and_x_are_different_symbols() -> None:
    formula = ikicalc.parse("Σ Pegawai / Pegawai")
    total, one = sym(formula, "Pegawai", sigma=True), sym(formula, "pegawai")
    assert total != one
    assert (total.name, one.name) == ("s0", "v0")
    assert formula.to_sympy() == total / one
    assert symbolic.sympy_form(formula).symbols == {"Σ Pegawai": total, "Pegawai": one}
    assert symbolic.constant_value(formula) is None
    with pytest.raises(ikicalc.IkiError, match="'Σ Jumlah' does not occur"):
        sym(formula, "Jumlah", sigma=True)


def test_symbol_names_are_generated_so_a_name_cannot_inject_code() -> None:
    evil = ["__import__('os').system('x')", "); import os", "v1", "lambda: 0"]
    expr: ast.Expr = ast.Variable(evil[0])
    for name in evil[1:]:
        expr = ast.Binary(ast.Op.DIV, expr, ast.Variable(name))
    formula = Formula(ast.Binary(ast.Op.MUL, expr, ast.Percent(Decimal(100))))
    form = symbolic.sympy_form(formula)
    assert sorted(symbol.name for symbol in form.expr.free_symbols) == ["v0", "v1", "v2", "v3"]
    assert "import" not in str(form.expr)
    assert "lambda" not in sympy.srepr(form.expr)
    assert [node.name for node in form.nodes.values()] == evil  # the way back keeps them
    assert form.symbol("v1").name == "v2"  # the variable named 'v1' is not symbol v1
    # and the way back writes the names as they were
    assert str(symbolic.simplify(formula)) == str(formula)


def test_the_package_never_hands_text_to_sympy() -> None:
    forbidden = ("sym" + "pify", "parse" + "_expr", "Symbol(node", "Symbol(name")
    for module in ("symbolic.py", "latex.py"):
        source = (ROOT / "ikicalc" / module).read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in source, f"{module} mentions {word}"


def test_sympy_is_imported_only_when_a_symbolic_function_runs() -> None:
    code = (
        "import sys, ikicalc, ikicalc.backends.latex, ikicalc.backends.symbolic\n"
        "f = ikicalc.parse('A / B x 100%')\n"
        "f.to_latex()\n"
        "print('sympy' in sys.modules)\n"
        "f.to_sympy()\n"
        "print('sympy' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.split() == ["False", "True"]


def test_a_denominator_that_is_always_zero_is_an_error_with_a_caret() -> None:
    formula = ikicalc.parse("A / (B - B) x 100%")
    with pytest.raises(ikicalc.EvaluationError, match="'B - B' is 0 whatever the data") as err:
        formula.to_sympy()
    assert "^^^^^" in str(err.value)
    with pytest.raises(ikicalc.EvaluationError, match="division by zero"):
        formula.evaluate({"A": 1, "B": 2})  # the exact evaluator agrees


# ---- simplify ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "simplest"),
    [
        ("A × B / A", "B"),
        ("(A - B) / A × 100%", "(A - B) / A × 100%"),
        ("Jumlah surat / Jumlah surat × 100%", "100%"),
        ("(A + B) / (A + B) × 50%", "0,5"),  # 50% of a ratio is a weight: 1/2
        ("(A + B) / (A + B) × 100%", "100%"),
        ("-(-A)", "A"),
        ("A - A + B × 2", "2 × B"),
        ("A × A × A / (A × B)", "A × A / B"),
        ("A / (A × A)", "1 / A"),
        ("A × 3 / (A × 9)", "1 / 3"),
        ("(A + 1) / (A + 1) × 100% / 3", "1 / 3 × 100%"),
        ("Σ Pegawai / Pegawai", "Σ Pegawai / Pegawai"),
        ("Tingkat Partisipasi = Σ A × B / (Σ A × C) × 100%", "Tingkat Partisipasi = B / C × 100%"),
        (
            ATTENDANCE,
            "(Σ Hari kerja efektif - Σ hari tidak masuk kerja) / Σ Hari kerja efektif × 100%",
        ),
    ],
)
def test_simplify(text: str, simplest: str) -> None:
    formula = ikicalc.parse(text)
    simplified = formula.simplify()
    assert str(simplified) == simplest
    assert ikicalc.parse(str(simplified)) == simplified
    assert (simplified.label, simplified.items) == (formula.label, formula.items)


def test_simplify_keeps_the_percent_and_the_value() -> None:
    formula = ikicalc.parse(ATTENDANCE)
    data = {"Pegawai": [1, 1, 1], "hari kerja efektif": [20, 21, 22], "hari tidak masuk kerja": 3}
    before, after = formula.evaluate(data), formula.simplify().evaluate(data)
    assert (after.exact, after.unit) == (before.exact, before.unit) == (Fraction(2000, 21), "%")
    assert ikicalc.parse("Jumlah surat / Jumlah surat × 100%").simplify().evaluate({}).unit == "%"


def test_simplify_returns_the_formula_itself_when_nothing_is_shorter() -> None:
    formula = ikicalc.parse(HADIR)
    assert formula.simplify() is formula


def test_simplify_of_an_always_zero_denominator_is_an_error() -> None:
    with pytest.raises(ikicalc.EvaluationError, match="0 whatever the data"):
        ikicalc.parse("A / (B × 0)").simplify()


def test_from_sympy_writes_powers_out_and_refuses_what_a_formula_cannot_write() -> None:
    formula = ikicalc.parse("A + B")
    form = symbolic.sympy_form(formula)
    a, b = form.symbol("A"), form.symbol("B")
    write = symbolic.from_sympy
    assert expression_text(write(a**2 / b**3, form)) == "A × A / (B × B × B)"
    assert expression_text(write(-a / 3 - b / 2, form)) == "-A / 3 - B / 2"
    assert expression_text(write(sympy.Rational(-1, 8), form)) == "-0,125"
    for unwritable, reason in [
        (sympy.sqrt(a), "power"),
        (a ** (symbolic.MAX_POWER + 1), "power"),
        (sympy.sin(a), "cannot be written"),
        (sympy.zoo, "cannot be written"),
        (sympy.Symbol("elsewhere"), "does not belong"),
    ]:
        with pytest.raises(ikicalc.IkiError, match=reason):
            write(unwritable, form)


# ---- constants ---------------------------------------------------------------------------


@pytest.mark.parametrize("row_id", ["003-021", "003-022"])
def test_seed_ratios_of_a_quantity_to_itself_are_constant_100(
    row_id: str, corpus_by_id: dict[str, dict[str, Any]]
) -> None:
    formula = ikicalc.parse(corpus_by_id[row_id]["formula"])
    assert formula.variables  # a formula with variables …
    assert symbolic.constant_value(formula) == 100  # … that cannot vary
    assert symbolic.is_constant(formula)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (HADIR, None),
        (ATTENDANCE, None),
        (
            "Jumlah laporan pertanggungjawaban APBD / Jumlah laporan pertanggungjawaban APBD × 100%",
            100,
        ),
        ("Jumlah PNS yg hadir / jumlah pns yang hadir × 100", 100),
        ("0 × A", 0),
        ("A - A", 0),
        ("(A + B) × 2 / (B + A) / 3", Fraction(2, 3)),
        ("38 / 40 × 100%", 95),
        ("Σ A / Σ A × 100%", 100),
        ("Σ A / A", None),
    ],
)
def test_constant_value(text: str, value: Fraction | None) -> None:
    formula = ikicalc.parse(text)
    assert symbolic.constant_value(formula) == value
    assert symbolic.is_constant(formula) is (value is not None)


def test_constant_values_over_the_corpus(corpus: list[dict[str, Any]]) -> None:
    constant = []
    for row, formula in read_corpus(corpus):
        if formula.variables and symbolic.is_constant(formula):
            constant.append(row["id"])
    assert constant == ["003-021", "003-022"]


# ---- solve -------------------------------------------------------------------------------


def test_how_many_of_40_pns_must_attend_for_95_percent() -> None:
    formula = ikicalc.parse("Jumlah PNS yang hadir / Jumlah PNS x 100%")
    assert formula.solve("Jumlah PNS yang hadir", 95, {"Jumlah PNS": 40}) == 38
    assert formula.solve("jumlah pns yg hadir", "95,5", {"jumlah pns": "40"}) == Fraction(191, 5)
    assert formula.solve("Jumlah PNS yang hadir", "95%", {"Jumlah PNS": 40}) == 38
    assert formula.solve("Jumlah PNS yang hadir", Decimal("47.5"), {"Jumlah PNS": 40}) == 19
    assert formula.solve("Jumlah PNS", 95, {"Jumlah PNS yang hadir": 38}) == 40


def test_solve_a_sigma_variable_for_its_total() -> None:
    formula = ikicalc.parse(ATTENDANCE)
    given = {"Pegawai": [1, 1, 1], "hari kerja efektif": [20, 20, 20]}
    absent = formula.solve("Σ hari tidak masuk kerja", 95, given)
    assert absent == 3
    assert formula.evaluate({**given, "hari tidak masuk kerja": absent}).exact == 95
    # Σ Pegawai cancels out: any number of employees gives 95% with these days
    with pytest.raises(ikicalc.IkiError, match="every value of 'Pegawai'"):
        formula.solve("Pegawai", 95, {**given, "hari tidak masuk kerja": 3})


def test_solve_in_a_formula_without_percent() -> None:
    formula = ikicalc.parse("(A - B) / 2 + 1")
    assert formula.solve("A", Fraction(7, 2), {"B": 1}) == 6
    assert formula.evaluate({"A": 6, "B": 1}).exact == Fraction(7, 2)


@pytest.mark.parametrize(
    ("text", "variable", "equals", "given", "message"),
    [
        (HADIR, "Jumlah PNS yang hadir", 95, {}, r"needs the value of 'Jumlah PNS'"),
        ("A / B + C", "A", 1, {}, r"needs the value of 'B' and 'C'"),
        (HADIR, "Jumlah PNS hadir", 95, {}, r"did you mean 'Jumlah PNS yang hadir'"),
        (HADIR, "Jumlah PNS yang hadir", "banyak", {"Jumlah PNS": 40}, "not a number"),
        (HADIR, "Jumlah PNS yang hadir", 95, {"Jumlah PNS": "x"}, "not a number"),
        (HADIR, "Jumlah PNS yang hadir", 95, {"Jumlah PNS": [20, 20]}, "write 'Σ Jumlah PNS'"),
        (HADIR, "Jumlah PNS", 0, {"Jumlah PNS yang hadir": 38}, r"no value of 'Jumlah PNS'"),
        (HADIR, "Jumlah PNS yang hadir", 95, {"Jumlah PNS": 0}, "a denominator is 0"),
        (HADIR, "Jumlah PNS", 0, {"Jumlah PNS yang hadir": 0}, "every value of 'Jumlah PNS'"),
        ("A × B / A", "A", 5, {"B": 4}, "it is 4 whatever 'A' is"),
        ("A × A / B", "A", 2, {"B": 1}, "not rational numbers"),
        ("A × A / B", "A", 4, {"B": 1}, "more than one value of 'A'.*: -2 and 2"),
        ("(A × A - 1) / (A - 1)", "A", 2, {}, "1 would make a denominator 0"),
    ],
)
def test_solve_says_clearly_why_there_is_no_one_answer(
    text: str, variable: str, equals: object, given: dict[str, Any], message: str
) -> None:
    with pytest.raises(ikicalc.IkiError, match=message):
        ikicalc.parse(text).solve(variable, equals, given)


def test_a_solution_is_checked_by_the_exact_evaluator() -> None:
    # sympy cancels (A - 1) / (A - 1); A = 1 is still no solution of the formula as written
    formula = ikicalc.parse("(A - 1) × (A - 2) / (A - 1) + 1")
    assert formula.solve("A", 1, {}) == 2
    with pytest.raises(ikicalc.IkiError, match=r"no value of 'A'.*: 1 would make a denom"):
        formula.solve("A", 0, {})  # A = 1 would be the answer, but 0/0 is not 0


# ---- properties ----------------------------------------------------------------------------

small_names = st.sampled_from(["A", "B", "Jumlah PNS", "jumlah pns", "Pegawai", "hari kerja"])
leaves = st.one_of(
    st.builds(ast.Number, decimals),
    st.builds(ast.Percent, decimals),
    st.builds(ast.Variable, small_names | names),
    st.builds(ast.Sigma, st.builds(ast.Variable, small_names)),
)
expressions = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.builds(ast.Negate, inner),
        st.builds(ast.Binary, st.sampled_from(list(ast.Op)), inner, inner),
    ),
    max_leaves=8,
)
values = st.fractions(min_value=-50, max_value=50, max_denominator=12)


def draw_data(formula: Formula, data: st.DataObject) -> dict[str, Fraction]:
    return {name: data.draw(values, label=name) for name in formula.variables}


def exact_or_none(formula: Formula, given: dict[str, Fraction]) -> ikicalc.Result | None:
    try:
        return formula.evaluate(given)
    except ikicalc.EvaluationError as error:
        assert "division by zero" in str(error)
        return None


@settings(max_examples=200, deadline=None)
@given(expressions, st.data())
def test_sympy_at_random_points_equals_exact_evaluation(
    expr: ast.Expr, data: st.DataObject
) -> None:
    formula = Formula(expr)
    given_values = draw_data(formula, data)
    result = exact_or_none(formula, given_values)
    assume(result is not None)
    assert result is not None
    form = symbolic.sympy_form(formula)
    point = {
        symbol: given_values[node.variable.name if isinstance(node, ast.Sigma) else node.name]
        for symbol, node in form.nodes.items()
    }
    value = form.expr.subs(
        {s: sympy.Rational(v.numerator, v.denominator) for s, v in point.items()}
    )
    assert value == sympy.Rational(result.exact.numerator, result.exact.denominator)


@settings(max_examples=80, deadline=None)
@given(expressions, st.data())
def test_simplify_keeps_value_and_unit(expr: ast.Expr, data: st.DataObject) -> None:
    formula = Formula(expr)
    try:
        simplified = formula.simplify()
    except ikicalc.EvaluationError:
        # only a denominator that is 0 whatever the data: the evaluator always refuses too
        assert exact_or_none(formula, draw_data(formula, data)) is None
        return
    assert sum(1 for _ in ast.walk(simplified.expr)) <= sum(1 for _ in ast.walk(expr))
    given_values = draw_data(formula, data)
    before = exact_or_none(formula, given_values)
    assume(before is not None)
    assert before is not None
    after = simplified.evaluate(given_values)
    assert (after.exact, after.unit) == (before.exact, before.unit)
    assert ikicalc.parse(str(simplified)) == simplified


@settings(max_examples=100, deadline=None)
@given(expressions, st.data())
def test_solve_then_evaluate_gives_back_the_target(expr: ast.Expr, data: st.DataObject) -> None:
    formula = Formula(expr)
    assume(formula.variables)
    unknown = data.draw(st.sampled_from(formula.variables), label="unknown")
    point = draw_data(formula, data)
    result = exact_or_none(formula, point)
    assume(result is not None)
    assert result is not None
    others = {name: value for name, value in point.items() if name != unknown}
    try:
        solution = formula.solve(unknown, result.exact, others)
    except ikicalc.IkiError as error:
        # the value drawn is a solution, so the only honest refusals are these
        assert "more than one" in str(error) or "every value" in str(error), str(error)
        return
    assert formula.evaluate({**others, unknown: solution}).exact == result.exact
    occurrences = sum(
        1
        for node in ast.walk(expr)
        if isinstance(node, ast.Variable) and name_key(node.name) == name_key(unknown)
    )
    if occurrences == 1:  # a Möbius function of the unknown: one value gives the target
        assert solution == point[unknown]


# ---- the guide ------------------------------------------------------------------------------


def test_the_documented_examples_run() -> None:
    failures, tried = doctest.testfile(
        str(ROOT / "docs" / "symbolic.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried >= 10
    assert failures == 0


def test_simplify_never_folds_to_a_number_no_formula_can_hold() -> None:
    """``316227,76 × 316227,76 × 316227,76 × 316227,79`` is a 31-digit constant: written out
    it would not read back (30 digits at most), so the formula stays as written (found by
    hypothesis)."""
    formula = ikicalc.parse("316227,76 x 316227,76 x 316227,76 x 316227,79")
    simplified = formula.simplify()
    assert simplified == formula
    assert ikicalc.parse(str(simplified)) == simplified
