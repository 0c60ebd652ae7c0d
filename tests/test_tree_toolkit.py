"""The one tree toolkit (issue 13): a visitor with table dispatch, ``transform``, the shared
rules. Every back end folds the tree with it; these tests pin its contract."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula


def _chain(op: ast.Op, count: int) -> ast.Expr:
    node: ast.Expr = ast.Variable("A1")
    for index in range(2, count + 1):
        node = ast.Binary(op, node, ast.Variable(f"A{index}"))
    return node


def test_a_flat_sum_of_a_thousand_terms_evaluates_without_recursion() -> None:
    formula = Formula(_chain(ast.Op.ADD, 1000))
    data = {f"A{i}": i for i in range(1, 1001)}
    assert formula.evaluate(data).exact == 500500


def test_a_flat_product_of_a_thousand_factors_evaluates() -> None:
    formula = Formula(_chain(ast.Op.MUL, 1000))
    data = {f"A{i}": 1 for i in range(1, 1001)} | {"A7": 2}
    assert formula.evaluate(data).exact == 2


def test_a_long_difference_keeps_its_signs() -> None:
    formula = Formula(_chain(ast.Op.SUB, 5))
    assert formula.evaluate({"A1": 10, "A2": 1, "A3": 2, "A4": 3, "A5": 4}).exact == 0


def test_latex_and_sympy_fold_a_long_chain_too() -> None:
    formula = Formula(_chain(ast.Op.ADD, 1500))
    assert formula.to_latex().count("+") == 1499
    assert len(formula.to_sympy().args) == 1500


def test_a_node_without_a_handler_is_a_clear_refusal() -> None:
    class OnlyNumbers(ast.Visitor[int]):
        NAME = "a numbers-only back end"

        def number(self, node: ast.Number) -> int:
            return 1

    with pytest.raises(ast.Unsupported, match="numbers-only back end cannot express Variable"):
        OnlyNumbers().fold(ast.Variable("A"))


def test_transform_rebuilds_only_what_changes() -> None:
    tree = ikicalc.parse("(A + B) / C x 100%").expr
    assert ast.transform(tree, lambda node: node) is tree
    renamed = ast.transform(
        tree, lambda n: ast.Variable("D", n.span) if n == ast.Variable("C") else n
    )
    assert str(Formula(renamed)) == "(A + B) / D × 100%"


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("A / B x 100%", True),
        ("A / (B x 100%)", False),
        ("A x 100", False),
        ("10% x Nilai kinerja", False),  # a weight: the unit of Nilai kinerja (issue 14)
        ("20% × Nilai B + 80% × Nilai C", False),  # a weighted sum
        ("(20% × Nilai B + 80% × Nilai C) × 100%", True),  # × 100% at the end
        ("A / B × 100% × 20%", True),  # a weight of a percentage is a percentage
        ("100% - rata-rata deviasi", False),  # 100% beside a quantity is the number 1
        ("100% - A / B × 100%", True),
        ("80%", True),  # percent literals alone
        ("100% - 20%", True),
        ("Σ (A / B) × 100%", True),
        ("rata-rata (A, B) × 100%", True),
        ("- A x 100%", True),
        ("A + B x 100%", True),
    ],
)
def test_the_one_percent_rule(text: str, percent: bool) -> None:
    assert ast.is_percent(ikicalc.parse(text).expr) is percent


def test_fold_ones_drops_factors_that_change_nothing() -> None:
    assert ast.fold_ones(ikicalc.parse("A / B x 100%").expr) == ikicalc.parse("A / B").expr
    assert ast.fold_ones(ikicalc.parse("1 x A").expr) == ikicalc.parse("A").expr


def test_the_denominator_as_written_is_one_wording_in_every_engine() -> None:
    formula = ikicalc.parse("Jumlah hadir / Jumlah  PNS x 100%")
    with pytest.raises(ikicalc.EvaluationError) as caught:
        formula.evaluate({"Jumlah hadir": 1, "Jumlah PNS": 0})
    denominator = formula.expr.left.right  # type: ignore[union-attr]
    assert ast.zero_division_message(denominator, formula.source) in str(caught.value)


def test_units_are_the_exact_evaluator_with_a_hook() -> None:
    formula = ikicalc.parse("Anggaran / Pegawai")
    result = formula.evaluate({"Anggaran": 5, "Pegawai": 2}, units={"Anggaran": "juta rupiah"})
    assert result.exact == Fraction(2_500_000)
    long_sum = Formula(_chain(ast.Op.ADD, 800))
    units = {f"A{i}": "bulan" for i in range(1, 801)} | {"A1": "tahun"}
    value = long_sum.evaluate({f"A{i}": 1 for i in range(1, 801)}, units=units)
    assert value.exact == 1 + Fraction(799, 12)
    assert value.unit == "tahun"


def test_numbers_keep_their_exact_decimal() -> None:
    formula = Formula(ast.Binary(ast.Op.ADD, ast.Number(Decimal("0.1")), ast.Number(Decimal("0.2"))))
    assert formula.evaluate({}).exact == Fraction(3, 10)
