"""The one expression tree of ikicalc.

Every front end (the formula grammar) produces these nodes and every back end (exact
evaluation, canonical text, and later sympy, LaTeX, Polars, SQL) consumes them. Nodes are
immutable. ``span`` is the ``(start, end)`` offsets of the node in the text it was read from;
it is kept for error messages and does not take part in equality, so a formula read from
its canonical text equals the original.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeAlias

__all__ = [
    "Binary",
    "Expr",
    "Negate",
    "Number",
    "Op",
    "Percent",
    "Sigma",
    "Span",
    "Variable",
    "is_one",
    "walk",
]

Span: TypeAlias = tuple[int, int]
"""``(start, end)`` offsets into the source text; ``(0, 0)`` for nodes built in code."""

NO_SPAN: Span = (0, 0)


class Op(enum.Enum):
    """The binary operators, with their canonical symbol and binding strength."""

    ADD = ("+", 1)
    SUB = ("-", 1)
    MUL = ("×", 2)
    DIV = ("/", 2)

    def __init__(self, symbol: str, precedence: int) -> None:
        self.symbol = symbol
        self.precedence = precedence


@dataclass(frozen=True, slots=True)
class Number:
    """A number written in the formula (``100``, ``0,5``). Never negative: see :class:`Negate`."""

    value: Decimal
    span: Span = field(default=NO_SPAN, compare=False, repr=False)

    def __post_init__(self) -> None:
        _check_literal(self)


@dataclass(frozen=True, slots=True)
class Percent:
    """A percent literal (``100%``, ``100 %``, ``100\\%``): ``value`` hundredths."""

    value: Decimal
    span: Span = field(default=NO_SPAN, compare=False, repr=False)

    def __post_init__(self) -> None:
        _check_literal(self)


@dataclass(frozen=True, slots=True)
class Variable:
    """A quantity named by a phrase, as written (``Jumlah PNS yang hadir``)."""

    name: str
    span: Span = field(default=NO_SPAN, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Sigma:
    """``Σ name``: the sum of the values bound to a variable (one per employee, kelurahan…)."""

    variable: Variable
    span: Span = field(default=NO_SPAN, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Negate:
    """Unary minus."""

    operand: Expr
    span: Span = field(default=NO_SPAN, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Binary:
    """``left op right``."""

    op: Op
    left: Expr
    right: Expr
    span: Span = field(default=NO_SPAN, compare=False, repr=False)


Expr: TypeAlias = Number | Percent | Variable | Sigma | Negate | Binary


def _check_literal(literal: Number | Percent) -> None:
    """A written number is finite and not negative (a minus sign is a :class:`Negate`)."""
    if not literal.value.is_finite() or literal.value < 0:
        name = type(literal).__name__
        raise ValueError(f"a {name} is finite and not negative, got {literal.value}")


def is_one(node: Expr) -> bool:
    """Whether ``node`` is the literal ``1`` or ``100%``: a factor that changes nothing."""
    return (isinstance(node, Number) and node.value == 1) or (
        isinstance(node, Percent) and node.value == _HUNDRED
    )


_HUNDRED = Decimal(100)


def children(node: Expr) -> tuple[Expr, ...]:
    """The direct sub-expressions of ``node``."""
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Negate):
        return (node.operand,)
    if isinstance(node, Sigma):
        return (node.variable,)
    return ()


def walk(node: Expr) -> Iterator[Expr]:
    """Yield ``node`` and all its sub-expressions, depth first, left to right (iteratively)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(children(current)))


def depth(node: Expr) -> int:
    """The number of nodes on the longest path from ``node`` down to a leaf (iteratively)."""
    deepest = 0
    stack = [(node, 1)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children(current))
    return deepest
