"""Back ends over the formula tree: exact (:mod:`.exact`), units (:mod:`.measured`, :mod:`.satuan`),
sympy (:mod:`.symbolic`, :mod:`.sympy_tree`), LaTeX (:mod:`.latex`), and compiled for data at scale:
Polars (:mod:`.polars`) and SQL (:mod:`.sql`). This module holds what the compiled ones share."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Final, Generic, TypeVar

from ikicalc.backends.exact import is_percent
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula

__all__ = ["PENDING", "Chains", "refuse_rows_beside_sums", "result_tree"]

T = TypeVar("T")

PENDING: Final = object()
"""What :meth:`Chains.gather` returns for a link below the top of a chain."""


class Chains(Generic[T]):
    """The long flat chains of a tree (:func:`ikicalc.lang.ast.chains`), gathered link by
    link while a :class:`~ikicalc.lang.ast.Visitor` folds it, so that a back end builds a
    sum of a thousand terms at once (``sympy.Add(*terms)``, ``pl.sum_horizontal``, a
    balanced SQL tree) instead of a thousand nested operations. Chains shorter than
    ``minimum`` operands are left to the plain fold, and so are chains with a link below
    the top that ``keep`` refuses (a link the units hook scales)."""

    def __init__(
        self, node: ast.Expr, minimum: int, keep: Callable[[ast.Binary], bool] | None = None
    ) -> None:
        self.place: dict[int, tuple[int, bool]] = {}
        for top, links in ast.chains(node).items():
            if len(links) + 1 >= minimum and (keep is None or all(map(keep, links[:-1]))):
                for index, link in enumerate(links):
                    self.place[id(link)] = (top, index == 0)
        self.terms: dict[int, list[tuple[ast.Op, T]]] = {}

    def gather(
        self, node: ast.Binary, left: T, right: T
    ) -> list[tuple[ast.Op, T]] | object | None:
        """``None`` when ``node`` is no link of a long chain; :data:`PENDING` for a link
        below the top; at the top, the chain's operands with the operator before each
        (the first has the chain's own: ``+`` or ``×``)."""
        place = self.place.get(id(node))
        if place is None:
            return None
        top, first = place
        terms = self.terms.setdefault(top, [])
        if first:
            terms.append((ast.Op.MUL if node.op is ast.Op.MUL else ast.Op.ADD, left))
        terms.append((node.op, right))
        if id(node) != top:
            return PENDING
        return self.terms.pop(top)

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
                f"'{node.name}' has one value per row beside a Σ; write 'Σ {node.name}' to add "
                "it up, or give it as a number with constants={…}"
            )
