"""Long flat chains (``A1 + A2 + … + A1000``) gathered while a tree is folded, so that a
back end builds one at once instead of a thousand nested operations (see :class:`Chains`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Generic, TypeVar

from ikicalc.lang import ast

__all__ = ["PENDING", "Chains"]

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
