"""The one expression tree of ikicalc.

Every front end (the formula grammar) produces these nodes and every back end (exact
evaluation, canonical text, and later sympy, LaTeX, Polars, SQL) consumes them. Nodes are
immutable. ``span`` is the ``(start, end)`` offsets of the node in the text it was read from;
it is kept for error messages and does not take part in equality, so a formula read from
its canonical text equals the original.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import ClassVar, Generic, TypeAlias, TypeVar

from ikicalc.errors import Unsupported
from ikicalc.lang.printed import Printed

__all__ = [
    "Aggregate", "Binary", "Expr", "Fold", "Mean", "Negate", "Number", "Op", "Percent", "Sigma",
    "Span", "Unsupported", "Variable", "Visitor", "aggregates", "chains", "children", "depth",
    "fold_ones", "is_one", "is_percent", "split_sums", "structure", "transform", "walk", "written",
    "zero_division_message",
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
class Number(Printed):
    """A number written in the formula (``100``, ``0,5``). Never negative: see :class:`Negate`."""

    value: Decimal
    span: Span = field(default=NO_SPAN, compare=False, repr=False)

    def __post_init__(self) -> None:
        _check_literal(self)


@dataclass(frozen=True, slots=True)
class Percent(Printed):
    """A percent literal (``100%``, ``100 %``, ``100\\%``): ``value`` hundredths."""

    value: Decimal
    span: Span = field(default=NO_SPAN, compare=False, repr=False)

    def __post_init__(self) -> None:
        _check_literal(self)


@dataclass(frozen=True, slots=True)
class Variable(Printed):
    """A quantity named by a phrase, as written (``Jumlah PNS yang hadir``)."""

    name: str
    span: Span = field(default=NO_SPAN, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Sigma(Printed):
    """``Σ name``: the sum of the values bound to a variable (one per employee, kelurahan…)."""

    variable: Variable
    span: Span = field(default=NO_SPAN, compare=False, repr=False)


@dataclass(frozen=True, slots=True, eq=False)
class Negate(Printed):
    """Unary minus."""

    operand: Expr
    span: Span = field(default=NO_SPAN, compare=False, repr=False)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Negate) and structure(self) == structure(other)

    def __hash__(self) -> int:
        return hash(structure(self))


@dataclass(frozen=True, slots=True, eq=False)
class Binary(Printed):
    """``left op right``.

    Equality and hashing compare the structure iteratively (:func:`structure`), so a flat
    sum of thousands of terms compares and hashes without deep recursion.
    """

    op: Op
    left: Expr
    right: Expr
    span: Span = field(default=NO_SPAN, compare=False, repr=False)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Binary) and structure(self) == structure(other)

    def __hash__(self) -> int:
        return hash(structure(self))


class Fold(enum.Enum):
    """How an :class:`Aggregate` folds the values of its rows: added up or averaged."""

    SUM = "Σ"
    MEAN = "rata-rata"


@dataclass(frozen=True, slots=True, eq=False)
class Aggregate(Printed):
    """``Σ (nilai per unsur × bobot)``, ``rata-rata deviasi``: ``operand`` evaluated row by
    row (one row per employee, kelurahan …), then added up (:attr:`Fold.SUM`) or averaged
    (:attr:`Fold.MEAN`). A number stands for itself on every row; data with one value per
    name is one row. ``Σ name`` of one variable stays a :class:`Sigma` (the same value)."""

    fold: Fold
    operand: Expr
    span: Span = field(default=NO_SPAN, compare=False, repr=False)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Aggregate) and structure(self) == structure(other)

    def __hash__(self) -> int:
        return hash(structure(self))


@dataclass(frozen=True, slots=True, eq=False)
class Mean(Printed):
    """``rata-rata (A, B, C)``: the mean of the listed values, ``(A + B + C) / 3``, on each
    row. At least two items."""

    items: tuple[Expr, ...]
    span: Span = field(default=NO_SPAN, compare=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.items) < 2:
            raise ValueError(f"a Mean lists at least two items, got {len(self.items)}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mean) and structure(self) == structure(other)

    def __hash__(self) -> int:
        return hash(structure(self))


Expr: TypeAlias = Number | Percent | Variable | Sigma | Negate | Binary | Aggregate | Mean


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
    if isinstance(node, Aggregate):
        return (node.operand,)
    if isinstance(node, Mean):
        return node.items
    return ()


def walk(node: Expr) -> Iterator[Expr]:
    """Yield ``node`` and all its sub-expressions, depth first, left to right (iteratively)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        kind = type(current)
        if kind is Binary:  # the usual inner node, and leaves, without asking children()
            stack.append(current.right)  # type: ignore[union-attr]
            stack.append(current.left)  # type: ignore[union-attr]
        elif kind not in _LEAVES:
            stack.extend(reversed(children(current)))


_LEAVES = (Number, Percent, Variable)


def structure(node: Expr) -> tuple[object, ...]:
    """The shape and contents of ``node`` as a flat tuple (pre-order), spans aside: what
    equality and hashing of nodes compare. Built iteratively."""
    out: list[object] = []
    for current in walk(node):
        kind = type(current)
        if kind is Binary:
            out.append(current.op)  # type: ignore[union-attr]
        elif kind is Negate:
            out.append("-")
        elif kind is Sigma:
            out.append("Σ")
        elif kind is Aggregate:
            out.append(current.fold)  # type: ignore[union-attr]
        elif kind is Mean:
            out.append(("mean", len(current.items)))  # type: ignore[union-attr]
        elif kind is Variable:
            out.append(("v", current.name))  # type: ignore[union-attr]
        elif kind is Percent:
            out.append(("%", current.value))  # type: ignore[union-attr]
        else:
            out.append(current)
    return tuple(out)


def split_sums(node: Expr) -> tuple[list[Variable], list[Variable]]:
    """The variables of ``node`` as ``(summed, plain)``: those under a ``Σ`` (or any
    :class:`Aggregate`: ``Σ (…)``, ``rata-rata …``) and those used row by row, each in
    formula order. One walk shared by the engines and back ends that ask whether a per-row
    value stands beside a sum."""
    nodes = list(walk(node))
    under = {id(n.variable) for n in nodes if isinstance(n, Sigma)}
    for aggregate in nodes:
        if isinstance(aggregate, Aggregate):
            under.update(id(n) for n in walk(aggregate.operand) if isinstance(n, Variable))
    summed: list[Variable] = []
    plain: list[Variable] = []
    for current in nodes:
        if isinstance(current, Variable):
            (summed if id(current) in under else plain).append(current)
    return summed, plain


def aggregates(node: Expr) -> bool:
    """Whether ``node`` adds up or averages over rows somewhere (``Σ``, ``Σ (…)``,
    ``rata-rata name``): its value is one per group of rows, not one per row."""
    return any(isinstance(n, Sigma | Aggregate) for n in walk(node))


def _chained(parent: Binary, child: Expr) -> bool:
    if not isinstance(child, Binary):
        return False
    if parent.op is Op.MUL:
        return child.op is Op.MUL
    return parent.op in (Op.ADD, Op.SUB) and child.op in (Op.ADD, Op.SUB)


def chains(node: Expr) -> dict[int, list[Binary]]:
    """The flat chains of ``node``: a sum or difference ``t1 ± t2 ± …`` or a product ``f1 ×
    f2 × …``, keyed by the id of the chain's top node, each the list of its links from the
    innermost (``t1 ± t2``) to the top. Back ends whose target degrades on deep trees
    (sympy adds term by term, query optimisers and SQL parsers have depth limits) build a
    long chain at once instead. Iterative. A tree holding a subtree twice (``A + 25% × A``,
    ``A`` one node) has none: its links, one id at two places, fold plainly."""
    inner: set[int] = set()
    visited: set[int] = set()
    found: dict[int, list[Binary]] = {}
    for current in walk(node):
        if not isinstance(current, Binary):
            continue
        if id(current) in visited:
            return {}
        visited.add(id(current))
        links = [current]
        while id(current) not in inner and _chained(links[-1], links[-1].left):
            inner.add(id(links[-1].left))
            links.append(links[-1].left)  # type: ignore[arg-type]
        if len(links) > 1:
            found[id(current)] = links[::-1]
    return found


def depth(node: Expr) -> int:
    """The number of nodes on the longest path from ``node`` down to a leaf (iteratively)."""
    deepest = 0
    stack = [(node, 1)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children(current))
    return deepest


# ---------------------------------------------------------------------------------------
# The tree toolkit: every back end walks the tree with these, never with its own recursion.
# ---------------------------------------------------------------------------------------

R = TypeVar("R")


class Visitor(Generic[R]):
    """Fold a tree bottom-up, dispatching on the node type from a table.

    A back end subclasses this and defines one method per node type, named in
    :attr:`HANDLERS` (``number``, ``percent``, ``variable``, ``sigma``, ``negate``,
    ``binary``, ``aggregate``, ``mean``). Leaves get the node; inner nodes get the node and
    the results of their children, already folded: ``binary(node, left, right)``,
    ``aggregate(node, operand)``, ``mean(node, *items)``. The walk is iterative
    (post-order over an explicit stack), so a flat sum of thousands of terms folds without
    touching Python's recursion limit. A node type without a handler raises
    :class:`Unsupported` naming the back end (:attr:`NAME`).
    """

    NAME: ClassVar[str] = "this back end"
    HANDLERS: ClassVar[dict[type, str]] = {
        Number: "number",
        Percent: "percent",
        Variable: "variable",
        Sigma: "sigma",
        Negate: "negate",
        Binary: "binary",
        Aggregate: "aggregate",
        Mean: "mean",
    }
    _tables: ClassVar[dict[type, dict[type, Callable[..., object]]]] = {}

    def _table(self) -> dict[type, Callable[..., object]]:
        cls = type(self)
        table = Visitor._tables.get(cls)
        if table is None:
            table = {}
            for node_type, method in self.HANDLERS.items():
                handler = getattr(cls, method, None)
                if handler is not None:
                    table[node_type] = handler
            Visitor._tables[cls] = table
        return table

    def fold(self, node: Expr) -> R:
        """The value of ``node``: each handler applied to the folded children."""
        table = self._table()
        results: list[object] = []
        stack: list[tuple[Expr, bool]] = [(node, False)]
        while stack:
            current, ready = stack.pop()
            kids = _FOLDED_CHILDREN.get(type(current), _no_children)(current)
            if kids and not ready:
                stack.append((current, True))
                stack.extend((kid, False) for kid in reversed(kids))
                continue
            handler = table.get(type(current))
            if handler is None:
                raise Unsupported(self.NAME, current)
            if kids:
                args = results[-len(kids) :]
                del results[-len(kids) :]
                results.append(handler(self, current, *args))
            else:
                results.append(handler(self, current))
        return results[0]  # type: ignore[return-value]


def _no_children(node: Expr) -> tuple[Expr, ...]:
    return ()


_FOLDED_CHILDREN: dict[type, Callable[[Expr], tuple[Expr, ...]]] = {
    Binary: lambda node: (node.left, node.right),  # type: ignore[union-attr]
    Negate: lambda node: (node.operand,),  # type: ignore[union-attr]
    Aggregate: lambda node: (node.operand,),  # type: ignore[union-attr]
    Mean: lambda node: node.items,  # type: ignore[union-attr]
}
"""The children a :class:`Visitor` folds first. ``Σ name`` is a leaf to the back ends: the
sum of a variable's values is one value, not a fold of its name."""


def transform(node: Expr, rewrite: Callable[[Expr], Expr]) -> Expr:
    """Rebuild ``node`` bottom-up, applying ``rewrite`` to every node after its children.

    The way sqlglot rewrites trees: ``rewrite`` returns the node unchanged or a new node.
    Iterative, like :meth:`Visitor.fold`; spans are kept on rebuilt nodes.
    """
    return _Transformer(rewrite).fold(node)


class _Transformer(Visitor[Expr]):
    NAME = "transform"

    def __init__(self, rewrite: Callable[[Expr], Expr]) -> None:
        self.rewrite = rewrite

    def number(self, node: Number) -> Expr:
        return self.rewrite(node)

    def percent(self, node: Percent) -> Expr:
        return self.rewrite(node)

    def variable(self, node: Variable) -> Expr:
        return self.rewrite(node)

    def sigma(self, node: Sigma) -> Expr:
        return self.rewrite(node)

    def negate(self, node: Negate, operand: Expr) -> Expr:
        if operand is not node.operand:
            node = replace(node, operand=operand)
        return self.rewrite(node)

    def binary(self, node: Binary, left: Expr, right: Expr) -> Expr:
        if left is not node.left or right is not node.right:
            node = replace(node, left=left, right=right)
        return self.rewrite(node)

    def aggregate(self, node: Aggregate, operand: Expr) -> Expr:
        if operand is not node.operand:
            node = replace(node, operand=operand)
        return self.rewrite(node)

    def mean(self, node: Mean, *items: Expr) -> Expr:
        if any(new is not old for new, old in zip(items, node.items, strict=True)):
            node = replace(node, items=items)
        return self.rewrite(node)


def fold_ones(node: Expr) -> Expr:
    """``node`` with every product by ``1`` or ``100%`` folded away (``A / B × 100%`` →
    ``A / B``): the one rule for a factor that changes nothing (see :func:`is_one`)."""

    def fold(current: Expr) -> Expr:
        if isinstance(current, Binary) and current.op is Op.MUL:
            if is_one(current.right):
                return current.left
            if is_one(current.left):
                return current.right
        return current

    return transform(node, fold)


def written(node: Expr, source: str | None) -> str:
    """``node`` as the formula writes it (its span in ``source``), else its canonical text:
    the one wording of a denominator in "division by zero" messages of every engine."""
    start, end = node.span
    if source and end > start:
        return source[start:end].strip()
    from ikicalc.lang.printer import expression_text  # the printer imports this module

    return expression_text(node).strip()


def zero_division_message(denominator: Expr, source: str | None) -> str:
    """The one message for a zero denominator, shared by the exact and compiled engines."""
    from ikicalc.i18n import _

    return _("division by zero: the denominator '{denominator}' is 0").format(
        denominator=written(denominator, source)
    )


def is_percent(node: Expr) -> bool:
    """Whether the value of ``node`` is a percentage: the one percent rule
    (:func:`ikicalc.lang.percents.is_percent`, where it is stated)."""
    from ikicalc.lang.percents import is_percent as rule  # it walks with this module

    return rule(node)
