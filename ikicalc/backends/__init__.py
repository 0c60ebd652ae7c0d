"""Compiled back ends over the formula AST for data at scale: Polars and SQL (sqlglot)."""

from __future__ import annotations

from decimal import Decimal

from ikicalc import ast
from ikicalc.evaluate import is_percent
from ikicalc.formula import Formula

__all__ = ["result_tree"]

_HUNDRED = Decimal(100)


def result_tree(formula: Formula) -> ast.Expr:
    """The expression the compiled back ends compute: the value of :attr:`Result.exact`.

    For a percent formula (:func:`ikicalc.evaluate.is_percent`) that is the formula × 100,
    with the 100 folded into a top-level percent factor: ``X × p%`` becomes ``X × p``
    (and ``X × 100%`` becomes ``X × 100``). Other formulas are returned unchanged.
    """
    expr = formula.expr
    if not is_percent(expr):
        return expr
    if isinstance(expr, ast.Percent):
        return ast.Number(expr.value, expr.span)
    if isinstance(expr, ast.Binary) and expr.op is ast.Op.MUL:
        if isinstance(expr.right, ast.Percent):
            return ast.Binary(ast.Op.MUL, expr.left, ast.Number(expr.right.value), expr.span)
        if isinstance(expr.left, ast.Percent):
            return ast.Binary(ast.Op.MUL, ast.Number(expr.left.value), expr.right, expr.span)
    return ast.Binary(ast.Op.MUL, expr, ast.Number(_HUNDRED))
