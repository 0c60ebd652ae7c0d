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
from typing import Any, Literal

import polars as pl

from ikicalc import ast
from ikicalc.backends import refuse_rows_beside_sums, result_tree
from ikicalc.errors import IkiError
from ikicalc.formula import Formula
from ikicalc.names import name_key
from ikicalc.numbers import to_fraction
from ikicalc.printer import expression_text

__all__ = [
    "Leaves",
    "column",
    "compile_expr",
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

    def binary(self, node: ast.Binary, left: pl.Expr, right: pl.Expr) -> pl.Expr:
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


NumberStyle = Literal["auto", "comma", "dot"]
"""How text numbers are read: ``auto`` is :func:`ikicalc.numbers.parse_number`'s rule
(a single separator is the decimal one); ``comma`` a decimal-comma file (dots group
thousands); ``dot`` a decimal-point file (commas group thousands)."""

_SIGN = r"^[+-]?"
_GROUPED_DOTS = r"\d{1,3}(?:\.\d{3})"
_GROUPED_COMMAS = r"\d{1,3}(?:,\d{3})"
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    # (pattern, what to do): "keep", "comma" (',' is the decimal point), "drop-dots"
    # (dots group thousands; a comma is the decimal point), "drop-commas"
    "auto": (
        (_SIGN + r"\d+(?:\.\d+)?$", "keep"),
        (_SIGN + r"\d+,\d+$", "comma"),
        (_SIGN + _GROUPED_DOTS + r"{2,}$", "drop-dots"),
        (_SIGN + _GROUPED_DOTS + r"+,\d+$", "drop-dots"),
        (_SIGN + _GROUPED_COMMAS + r"{2,}$", "drop-commas"),
        (_SIGN + _GROUPED_COMMAS + r"+\.\d+$", "drop-commas"),
    ),
    "comma": (
        (_SIGN + r"\d+(?:,\d+)?$", "comma"),
        (_SIGN + _GROUPED_DOTS + r"+(?:,\d+)?$", "drop-dots"),
    ),
    "dot": (
        (_SIGN + r"\d+(?:\.\d+)?$", "keep"),
        (_SIGN + _GROUPED_COMMAS + r"+(?:\.\d+)?$", "drop-commas"),
    ),
}


def number_from_text(text: pl.Expr, style: NumberStyle = "auto") -> pl.Expr:
    """Text cells as ``Float64`` numbers, read as :func:`ikicalc.numbers.parse_number`
    reads them (``style="auto"``): ``81,35`` and ``81.35`` are the same number, ``1.250,5``
    and ``1,250.5`` are 1250.5, ``1.000.000`` is a million, ``+38`` is 38; anything else
    (``1e5``, ``.5``, ``2.5.3``, more than 30 digits, words) is null. The Polars twin of the
    scalar reader, property-tested against it."""
    from ikicalc import limits
    from ikicalc.numbers import MAX_DIGITS

    # a cell longer than ikicalc.limits.DATA_MAX_CELL_CHARS is no number: null before the
    # rules below, each of which would copy it (5 MB cells: a gigabyte)
    text = pl.when(text.str.len_bytes() <= limits.DATA_MAX_CELL_CHARS).then(text)
    stripped = text.str.strip_chars()
    chain: Any = None
    for pattern, action in _RULES[style]:
        if action == "keep":
            cleaned = stripped
        elif action == "comma":
            cleaned = stripped.str.replace(",", ".", literal=True)
        elif action == "drop-dots":
            cleaned = stripped.str.replace_all(".", "", literal=True).str.replace(
                ",", ".", literal=True
            )
        else:
            cleaned = stripped.str.replace_all(",", "", literal=True)
        condition = stripped.str.contains(pattern)
        chain = (
            pl.when(condition).then(cleaned)
            if chain is None
            else chain.when(condition).then(cleaned)
        )
    normalised = chain.otherwise(pl.lit(None, dtype=pl.String))
    digits = stripped.str.count_matches(r"\d")
    value = pl.when(digits <= MAX_DIGITS).then(normalised).cast(pl.Float64, strict=False)
    return pl.when(value.is_finite()).then(value)


def column(name: str) -> pl.Expr:
    """``pl.col(name)`` for a column name taken literally.

    Polars reads ``*`` and ``^…$`` as patterns that select several columns; such a name
    is refused rather than silently selecting other columns.
    """
    if name == "*" or (name.startswith("^") and name.endswith("$")):
        raise IkiError(
            f"the column name {name!r} is a pattern in Polars ('*' or '^…$'); rename the "
            "column, or pass columns={...} to map the variable to another column"
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
            raise IkiError(f"constant {name!r}: {error}; give a number such as 240") from None
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
