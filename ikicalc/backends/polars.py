"""Back end: a formula as a Polars expression, for data with one row per employee, kelurahan …

``to_polars(formula)`` compiles the formula's AST (never its text) into one
:class:`polars.Expr`:

- a variable is a column: the column named as the variable is written, or as ``columns``
  maps it (keys matched like data names: case, spacing and ``yg``/``jml`` … ignored);
  ``constants`` binds a variable to a number instead (a column holding that number on
  every row);
- ``Σ name`` is the column's sum, so an expression with ``Σ`` is an aggregate: one value
  for ``df.select(expr)``, one per group in ``df.group_by("unit").agg(expr)``, the group's
  value on every row with ``expr.over("unit")``. A column with a missing value (null) has
  no sum (null), as the exact path refuses such data; an empty column sums to 0;
- ``Σ (…)`` is ``(…).sum()`` of the row-wise expression and ``rata-rata …`` its
  ``.mean()`` (:func:`fold_rows`): aggregates too, null when a row has no value;
  ``rata-rata (A, B)`` is ``(A + B) / 2`` on each row;
- values are ``Float64``; number and percent literals are the nearest doubles of their
  exact decimal values (``12,5%`` is 0.125);
- a zero denominator gives null for that row or group, never ``inf`` or ``NaN`` and never
  an error for the whole frame (the exact path raises an ``EvaluationError`` there);
- the result is in the units of :attr:`ikicalc.Result.exact`: a formula whose value carries
  a percent (``… × 100%``) is reported ×100. The scalar path folds ``× 100%`` (× 1) away;
  here ``X × p%`` at the top of a percent formula compiles to ``X × p``, so ``A / B × 100%``
  costs exactly what the hand-written ``A / B * 100`` costs. Elsewhere ``× 1`` and
  ``× 100%`` are dropped, as in the exact path.

The expression is named after the formula (its label, else its canonical text), so
``df.with_columns(f.to_polars())`` adds a column and never overwrites an input column.
Binary floating point is not exact: results agree with :attr:`ikicalc.Result.exact` to
about 1e-15 relative for well-conditioned formulas; round only for presentation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction

import polars as pl

from ikicalc.backends import PENDING, Chains, refuse_rows_beside_sums, result_tree
from ikicalc.errors import IkiError
from ikicalc.evaluation.frame_numbers import (  # the Polars twin of parse_number, moved
    number_from_text as number_from_text,
)
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.printer import expression_text
from ikicalc.names import name_key
from ikicalc.numbers import to_fraction

__all__ = [
    "Leaves",
    "column",
    "compile_expr",
    "fold_rows",
    "nonzero",
    "strict_sum",
    "to_polars",
]


@dataclass(frozen=True)
class Leaves:
    """How the variables of a formula become Polars expressions.

    ``value`` gives the row-wise value of a variable, ``total`` the value of ``Σ variable``.
    """

    value: Callable[[ast.Variable], pl.Expr]
    total: Callable[[ast.Variable], pl.Expr]


def nonzero(denominator: pl.Expr) -> pl.Expr:
    """``denominator``, or null where it is 0 (so a division by it is null, not ``inf``)."""
    return pl.when(denominator != 0).then(denominator)


def strict_sum(values: pl.Expr) -> pl.Expr:
    """The sum of ``values`` as ``Float64``; null when any value is missing (0 when empty).

    Integers are added exactly before the conversion.
    """
    return pl.when(values.null_count() == 0).then(values.sum().cast(pl.Float64))


LONG_CHAIN = 16
"""Chains of this many operands and more are built at once (:class:`Chains`)."""


def _balanced(factors: list[pl.Expr]) -> pl.Expr:
    """The product of ``factors`` as a balanced tree (depth log n, not n)."""
    while len(factors) > 1:
        pairs = [factors[i] * factors[i + 1] for i in range(0, len(factors) - 1, 2)]
        factors = pairs + ([factors[-1]] if len(factors) % 2 else [])
    return factors[0]


def _names_in(node: ast.Expr) -> bool:
    return any(isinstance(sub, ast.Variable) for sub in ast.walk(node))


def fold_rows(fold: ast.Fold, rows: pl.Expr) -> pl.Expr:
    """``Σ (…)`` / ``rata-rata …``: the row values added up or averaged, as ``Float64``;
    null when a row has no value (a missing value, a zero denominator), as the exact path
    refuses such data; a sum of no rows is 0, a mean of none null. An expression of
    variables bound to constants stands for itself on every row (its sum is the value ×
    the row count, as for ``Σ`` of a constant); numbers alone (``Σ (3)``) are one row, as
    on the exact path."""
    if not rows.meta.root_names():
        return rows * pl.len() if fold is ast.Fold.SUM else rows
    complete = rows.null_count() == 0
    if fold is ast.Fold.SUM:
        return pl.when(complete).then(rows.sum().cast(pl.Float64))
    return pl.when(complete).then(rows.mean().cast(pl.Float64))


class _PolarsCompiler(ast.Visitor[pl.Expr]):
    """The Polars back end: the tree folded into one ``Float64`` expression.

    ``factors`` is the units hook (:func:`ikicalc.backends.measured.unit_factors`), as on the exact
    path: node id → the factor its value is multiplied by.
    """

    NAME = "the Polars back end"

    def __init__(self, leaves: Leaves, factors: Mapping[int, Fraction] | None = None) -> None:
        self.leaves = leaves
        self.factors = factors or {}

    def _scaled(self, node: ast.Expr, expr: pl.Expr) -> pl.Expr:
        factor = self.factors.get(id(node))
        if factor is None or factor == 1:
            return expr
        return expr * pl.lit(float(factor), dtype=pl.Float64)

    def number(self, node: ast.Number) -> pl.Expr:
        return pl.lit(float(node.value), dtype=pl.Float64)

    def percent(self, node: ast.Percent) -> pl.Expr:
        return pl.lit(float(node.value.scaleb(-2)), dtype=pl.Float64)

    def variable(self, node: ast.Variable) -> pl.Expr:
        return self._scaled(node, self.leaves.value(node))

    def sigma(self, node: ast.Sigma) -> pl.Expr:
        return self._scaled(node, self.leaves.total(node.variable))

    def negate(self, node: ast.Negate, operand: pl.Expr) -> pl.Expr:
        return self._scaled(node, -operand)

    def aggregate(self, node: ast.Aggregate, operand: pl.Expr) -> pl.Expr:
        if not _names_in(node.operand):
            return self._scaled(node, operand)  # 'Σ (3)': numbers alone are one row
        return self._scaled(node, fold_rows(node.fold, operand))

    def mean(self, node: ast.Mean, *items: pl.Expr) -> pl.Expr:
        total = items[0]
        for item in items[1:]:
            total = total + item
        return self._scaled(node, total / pl.lit(float(len(items)), dtype=pl.Float64))

    def fold(self, node: ast.Expr) -> pl.Expr:
        # a long chain (16 operands and more) is built at once: Polars' optimiser takes
        # time quadratic in the depth of a nested chain (seconds for a thousand terms)
        factors = self.factors
        self.chains: Chains[pl.Expr] = Chains(
            node, LONG_CHAIN, lambda link: factors.get(id(link), 1) == 1
        )
        return super().fold(node)

    def binary(self, node: ast.Binary, left: pl.Expr, right: pl.Expr) -> pl.Expr:
        gathered = self.chains.gather(node, left, right)
        if gathered is PENDING:
            return left  # a link inside a chain: the top builds the chain at once
        if isinstance(gathered, list):
            if node.op is ast.Op.MUL:
                return self._scaled(node, _balanced([term for _, term in gathered]))
            plus = [term for op, term in gathered if op is not ast.Op.SUB]
            minus = [term for op, term in gathered if op is ast.Op.SUB]
            value = pl.sum_horizontal(plus, ignore_nulls=False)
            if minus:
                value = value - pl.sum_horizontal(minus, ignore_nulls=False)
            return self._scaled(node, value)
        if node.op is ast.Op.ADD:
            value = left + right
        elif node.op is ast.Op.SUB:
            value = left - right
        elif node.op is ast.Op.MUL:
            value = left * right
        else:
            value = left / nonzero(right)
        return self._scaled(node, value)


def compile_expr(
    node: ast.Expr, leaves: Leaves, factors: Mapping[int, Fraction] | None = None
) -> pl.Expr:
    """Compile an AST node into a Polars expression (``Float64``), leaves as ``leaves`` says.

    Products by ``1`` or ``100%`` are folded away first, as on the exact path; with the
    units hook ``factors`` (keyed by the ids of ``node``'s own sub-nodes) the tree is
    compiled as it is."""
    if factors:
        return _PolarsCompiler(leaves, factors).fold(node)
    return _PolarsCompiler(leaves).fold(ast.fold_ones(node))


def column(name: str) -> pl.Expr:
    """``pl.col(name)`` for a column name taken literally.

    Polars reads ``*`` and ``^…$`` as patterns that select several columns; such a name
    is refused rather than silently selecting other columns.
    """
    if name == "*" or (name.startswith("^") and name.endswith("$")):
        raise IkiError(
            _(
                "the column name {name} is a pattern in Polars ('*' or '^…$'); rename the column, "
                "or pass columns={{...}} to map the variable to another column"
            ).format(name=repr(name))
        )
    return pl.col(name)


def _bindings(
    formula: Formula,
    columns: Mapping[str, str] | None,
    constants: Mapping[str, object] | None,
) -> dict[str, str | float]:
    """Variable key → column name or constant value, for every variable of ``formula``."""
    by_column = {name_key(name): col for name, col in (columns or {}).items()}
    by_constant: dict[str, float] = {}
    for name, value in (constants or {}).items():
        try:
            by_constant[name_key(name)] = float(to_fraction(value))
        except ValueError as error:
            raise IkiError(
                _("constant {name}: {error}; give a number such as 240").format(
                    name=repr(name), error=error
                )
            ) from None
    bound: dict[str, str | float] = {}
    for name in formula.variables:
        key = name_key(name)
        if key in by_column:
            bound[key] = by_column[key]
        elif key in by_constant:
            bound[key] = by_constant[key]
        else:
            bound[key] = name
    return bound


def to_polars(
    formula: Formula,
    columns: Mapping[str, str] | None = None,
    *,
    constants: Mapping[str, object] | None = None,
) -> pl.Expr:
    """The formula as a Polars expression (see the module documentation).

    ``columns`` maps variable names (matched ignoring case, spacing and common
    abbreviations) to column names; ``constants`` binds variables to numbers. Example::

        f = ikicalc.parse("Σ hadir / Σ total x 100%")
        df.group_by("unit").agg(f.to_polars())
    """
    bound = _bindings(formula, columns, constants)
    refuse_rows_beside_sums(formula, {k for k, v in bound.items() if isinstance(v, float)})

    def value(variable: ast.Variable) -> pl.Expr:
        target = bound[name_key(variable.name)]
        if isinstance(target, float):
            return pl.lit(target, dtype=pl.Float64)
        return column(target).cast(pl.Float64)

    def total(variable: ast.Variable) -> pl.Expr:
        target = bound[name_key(variable.name)]
        if isinstance(target, float):
            return pl.lit(target, dtype=pl.Float64) * pl.len()
        return strict_sum(column(target))

    expr = compile_expr(result_tree(formula), Leaves(value, total))
    return expr.alias(formula.label or expression_text(formula.expr))
