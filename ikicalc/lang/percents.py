"""The percent rule: whether the value of a formula is a percentage.

One rule for every engine and back end (:func:`is_percent`); see its documentation.
"""

from __future__ import annotations

import enum
from decimal import Decimal

from ikicalc.lang import ast

__all__ = ["PercentKind", "is_percent", "percent_kind"]

_HUNDRED = Decimal(100)


class PercentKind(enum.Enum):
    """What the percent rule knows of a value (:func:`percent_kind`)."""

    PLAIN = "plain"
    """A number or a quantity in its own unit."""
    LITERAL = "literal"
    """A percent literal (``20%``), or arithmetic on percent literals alone: a percentage if
    it stands alone, a share (the number p/100) beside a quantity."""
    PERCENT = "percent"
    """A percentage: scaled by ``× 100%``, or made of one."""


_PLAIN, _LITERAL, _PERCENT = PercentKind.PLAIN, PercentKind.LITERAL, PercentKind.PERCENT


def _is_hundred_percent(node: ast.Expr) -> bool:
    while isinstance(node, ast.Negate):
        node = node.operand
    return isinstance(node, ast.Percent) and node.value == _HUNDRED


class _PercentVisitor(ast.Visitor[PercentKind]):
    NAME = "the percent rule"

    def number(self, node: ast.Number) -> PercentKind:
        return _PLAIN

    def percent(self, node: ast.Percent) -> PercentKind:
        return _LITERAL

    def variable(self, node: ast.Variable) -> PercentKind:
        return _PLAIN

    def sigma(self, node: ast.Sigma) -> PercentKind:
        return _PLAIN

    def negate(self, node: ast.Negate, operand: PercentKind) -> PercentKind:
        return operand

    def aggregate(self, node: ast.Aggregate, operand: PercentKind) -> PercentKind:
        return operand

    def mean(self, node: ast.Mean, *items: PercentKind) -> PercentKind:
        return _terms(items)

    def binary(
        self, node: ast.Binary, left: PercentKind, right: PercentKind
    ) -> PercentKind:
        if node.op is ast.Op.ADD or node.op is ast.Op.SUB:
            return _terms((left, right))
        if node.op is ast.Op.DIV:
            if left is _PERCENT and right is not _PERCENT:
                return _PERCENT
            return _LITERAL if left is _LITERAL and right is _PLAIN and _no_names(node) else _PLAIN
        # a product
        if _PERCENT in (left, right):
            return _PERCENT
        if left is _LITERAL and right is _LITERAL:
            return _LITERAL
        if _is_hundred_percent(node.left) or _is_hundred_percent(node.right):
            return _PERCENT  # "… × 100%": the scale to percent
        return _PLAIN  # "20% × Nilai B": a weight, in the unit of Nilai B


def _terms(kinds: tuple[PercentKind, ...]) -> PercentKind:
    if _PERCENT in kinds:
        return _PERCENT
    if all(kind is _LITERAL for kind in kinds):
        return _LITERAL
    return _PLAIN  # "100% - rata-rata deviasi": beside a quantity, 100% is the number 1


def _no_names(node: ast.Expr) -> bool:
    return not any(isinstance(n, ast.Variable) for n in ast.walk(node))


def percent_kind(node: ast.Expr) -> PercentKind:
    """The percent rule, with its three outcomes (see :func:`is_percent`)."""
    return _PercentVisitor().fold(node)


def is_percent(node: ast.Expr) -> bool:
    """Whether the value of ``node`` is a percentage: the one percent rule.

    - ``× 100%`` scales to percent: ``A / B × 100%`` is a percentage (a product with a
      percentage is one too); a division by a percentage cancels it.
    - Any other percent literal beside a quantity is a share, the number p/100: ``20% ×
      Nilai B + 80% × Nilai C`` is a weighted sum in the unit of Nilai, and ``100% -
      rata-rata deviasi`` is ``1 - …``, a plain number.
    - ast.Percent literals alone (``80%``, ``100% - 20%``) are a percentage.
    - A sum (and a mean) is a percentage when a term is one; ``Σ (…)`` and ``rata-rata …``
      when what they fold is.
    """
    return percent_kind(node) is not _PLAIN
