"""Back ends over the formula tree: exact (:mod:`.exact`), units (:mod:`.measured`, :mod:`.satuan`),
sympy (:mod:`.symbolic`, :mod:`.sympy_tree`), LaTeX (:mod:`.latex`), and compiled for data at scale:
Polars (:mod:`.polars`) and SQL (:mod:`.sql`). This module holds what the compiled ones share."""

from __future__ import annotations

from decimal import Decimal

from ikicalc.backends.exact import is_percent
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.chains import PENDING, Chains
from ikicalc.lang.formula import Formula

__all__ = ["PENDING", "Chains", "refuse_rows_beside_sums", "result_tree"]

_HUNDRED = Decimal(100)


def result_tree(formula: Formula) -> ast.Expr:
    """The expression the compiled back ends compute: the value of :attr:`Result.exact`.

    For a percent formula (:func:`ikicalc.backends.exact.is_percent`) that is the formula × 100,
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


def refuse_rows_beside_sums(formula: Formula, constants: set[str]) -> None:
    """Refuse, before any SQL or Polars runs, a formula that adds up (``Σ``) and also uses a
    column row by row: one value per group beside one value per row has no meaning (the
    exact path refuses it too). ``constants`` are the keys of the variables bound to
    numbers, which may stand beside a sum."""
    from ikicalc.errors import IkiError
    from ikicalc.names import name_key

    summed, plain = ast.split_sums(formula.expr)
    if not summed:
        return
    for node in plain:
        if name_key(node.name) not in constants:
            raise IkiError(
                _(
                    "'{name}' has one value per row beside a Σ; write 'Σ {name}' to add it up, "
                    "or give it as a number with constants={{…}}"
                ).format(name=node.name)
            )
