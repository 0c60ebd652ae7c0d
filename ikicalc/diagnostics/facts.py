"""What the rules of one formula cell share: the nodes of its tree, its divisions, the ratio a
percentage is made of, and whether it is constant (or never has a value)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ikicalc.errors import EvaluationError
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.names import name_key

__all__ = ["FormulaFacts", "formula_facts", "quantity_name", "top_ratio"]


@dataclass(frozen=True)
class FormulaFacts:
    """The facts of one formula that several rules look at, decided once.

    ``constant`` is the value of a formula that has variables but cannot vary;
    ``never`` the error when a denominator is always 0 (the formula never has a value).
    """

    formula: Formula
    nodes: tuple[ast.Expr, ...]
    names: tuple[ast.Variable, ...]
    divisions: tuple[ast.Binary, ...]
    ratio: ast.Binary | None
    constant: Fraction | None
    never: EvaluationError | None


def formula_facts(formula: Formula) -> FormulaFacts:
    """The :class:`FormulaFacts` of ``formula``."""
    nodes = tuple(ast.walk(formula.expr))
    names = tuple(node for node in nodes if isinstance(node, ast.Variable))
    divisions = tuple(n for n in nodes if isinstance(n, ast.Binary) and n.op is ast.Op.DIV)
    constant: Fraction | None = None
    never: EvaluationError | None = None
    try:
        constant = _constant_value(formula, divisions)
    except EvaluationError as error:
        never = error
    return FormulaFacts(
        formula, nodes, names, divisions, _top_ratio(formula.expr), constant, never
    )


def scaled_by_hundred(expr: ast.Expr) -> bool:
    """Whether the formula is scaled to percent by ``× 100%``; another percent literal is a
    weight (``10% x Nilai kinerja``), not a scale to percent."""
    return any(
        isinstance(node, ast.Percent) and node.value == _HUNDRED_PERCENT for node in ast.walk(expr)
    )


_HUNDRED_PERCENT = Decimal(100)


def _top_ratio(expr: ast.Expr) -> ast.Binary | None:
    """The ratio a percentage is made of: ``A / B`` in ``A / B × 100%`` (or ``A / B``)."""
    if isinstance(expr, ast.Binary) and expr.op is ast.Op.MUL:
        if isinstance(expr.right, ast.Number | ast.Percent):
            expr = expr.left
        elif isinstance(expr.left, ast.Number | ast.Percent):
            expr = expr.right
    if isinstance(expr, ast.Binary) and expr.op is ast.Op.DIV:
        return expr
    return None


top_ratio = _top_ratio
"""The ratio a percentage is made of (public for the plausibility rules)."""


def quantity_name(node: ast.Expr) -> str | None:
    """The one quantity ``node`` names (a variable, or the variable of a Σ), or ``None``."""
    if isinstance(node, ast.Variable):
        return node.name
    if isinstance(node, ast.Sigma):
        return node.variable.name
    return None


def _keys(node: ast.Expr) -> set[str]:
    return {name_key(n.name) for n in ast.walk(node) if isinstance(n, ast.Variable)}


def _constant_value(formula: Formula, divisions: tuple[ast.Binary, ...]) -> Fraction | None:
    """The constant value of a formula that has variables but cannot vary, decided by sympy.

    Only a formula that divides by something sharing a variable with the dividend can cancel
    out, so sympy is asked only then. Raises :class:`EvaluationError` when a denominator is
    always 0.
    """
    if not formula.variables or not any(_keys(d.left) & _keys(d.right) for d in divisions):
        return None
    from ikicalc.backends.symbolic import constant_value

    return constant_value(formula)
