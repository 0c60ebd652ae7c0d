"""Back end: a formula as a SQL expression, built as a sqlglot tree and rendered per dialect.

``to_sql(formula, dialect)`` compiles the formula's AST (never its text) into
:mod:`sqlglot.expressions` nodes and lets sqlglot's generator write them for ``dialect``
(``duckdb``, ``spark``, ``postgres``, ``sqlite`` are tested; any sqlglot dialect works).
Nothing is pasted into SQL text:

- a variable is a **quoted identifier** (``exp.to_identifier(name, quoted=True)``): the
  generator escapes quotes, backticks and brackets for the dialect, so a name holding
  ``"``, ``'``, ``;``, ``--`` or ``]`` stays one identifier;
- brackets come from the AST: every operand that binds looser than its operator, and every
  right operand of the same strength, is an ``exp.Paren``, so SQL evaluates exactly the
  tree the formula reads as (in the same order as the Polars back end);
- columns are read as ``CAST(col AS DOUBLE)`` (``REAL`` in SQLite, ``DOUBLE PRECISION``
  in PostgreSQL): division is true division in every dialect (SQLite and PostgreSQL divide
  integers as integers) and integer columns cannot overflow (DuckDB and Spark raise on
  integer overflow, which would stop the whole query);
- number literals are exact decimal text read as doubles: ``CAST(0.125 AS DOUBLE)`` for
  ``12,5%`` (databases fold such constants when they plan the query). Arithmetic on
  numbers alone is then floating point like the rest: it never divides as integers (SQLite,
  PostgreSQL) and never overflows a ``DECIMAL`` (DuckDB, Spark), and every value is a
  ``DOUBLE``;
- a zero denominator gives NULL: every division is ``n / NULLIF(d, 0)`` (for a column,
  ``CAST(NULLIF(col, 0) AS DOUBLE)``: the value as stored is tested). Spark's ANSI mode (on
  by default since Spark 4) would otherwise stop the query, DuckDB would give ``inf``;
- ``Σ name`` is ``CASE WHEN COUNT(col) = COUNT(*) THEN CAST(COALESCE(SUM(col), 0) AS
  DOUBLE) END``: the sum, NULL when a value is missing (the exact path refuses such data),
  0 for no rows. An expression with ``Σ`` is an aggregate: ``SELECT unit, <expr> FROM t
  GROUP BY unit`` gives one value per unit, ``SELECT <expr> FROM t`` one for the table;
- the value is that of :attr:`ikicalc.Result.exact` (a percent formula ×100, ``× 100%``
  compiled to ``* 100``), see :func:`ikicalc.backends.result_tree`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

import sqlglot
from sqlglot import exp

from ikicalc import ast
from ikicalc.backends import refuse_rows_beside_sums, result_tree
from ikicalc.errors import IkiError
from ikicalc.formula import Formula
from ikicalc.names import name_key
from ikicalc.numbers import to_fraction

__all__ = ["TESTED_DIALECTS", "SqlLeaves", "compile_sql", "sql_expression", "to_sql"]

TESTED_DIALECTS = ("duckdb", "spark", "postgres", "sqlite")
"""Dialects the test suite runs or checks; sqlglot knows many more."""

_DOUBLE = exp.DataType.build("double")


@dataclass(frozen=True)
class SqlLeaves:
    """How the variables of a formula become SQL: row-wise ``value`` and ``total`` (Σ)."""

    value: Callable[[ast.Variable], exp.Expression]
    total: Callable[[ast.Variable], exp.Expression]


def _literal(value: Decimal) -> exp.Expression:
    """``CAST(<exact decimal text> AS DOUBLE)``: arithmetic on numbers alone is then floating
    point too (DuckDB and Spark would otherwise compute in DECIMAL and fail on overflow)."""
    return exp.Cast(this=exp.Literal.number(format(value, "f")), to=_DOUBLE.copy())


def _bracketed(
    child: ast.Expr, compiled: exp.Expression, parent: ast.Op, right: bool
) -> exp.Expression:
    """``compiled`` in brackets where SQL would otherwise read the operand of ``parent``
    differently (a weaker operator, or an equally strong one on the right)."""
    if isinstance(child, ast.Binary) and (
        child.op.precedence < parent.precedence
        or (right and child.op.precedence == parent.precedence)
    ):
        return exp.Paren(this=compiled)
    return compiled


class _SqlCompiler(ast.Visitor[exp.Expression]):
    """The SQL back end: the tree folded into one sqlglot expression."""

    NAME = "the SQL back end"

    def __init__(self, leaves: SqlLeaves) -> None:
        self.leaves = leaves

    def number(self, node: ast.Number) -> exp.Expression:
        return _literal(node.value)

    def percent(self, node: ast.Percent) -> exp.Expression:
        return _literal(node.value.scaleb(-2))

    def variable(self, node: ast.Variable) -> exp.Expression:
        return self.leaves.value(node)

    def sigma(self, node: ast.Sigma) -> exp.Expression:
        return self.leaves.total(node.variable)

    def negate(self, node: ast.Negate, operand: exp.Expression) -> exp.Expression:
        if isinstance(node.operand, ast.Binary | ast.Negate):
            operand = exp.Paren(this=operand)
        return exp.Neg(this=operand)

    def binary(
        self, node: ast.Binary, left: exp.Expression, right: exp.Expression
    ) -> exp.Expression:
        op = node.op
        first = _bracketed(node.left, left, op, right=False)
        second = _bracketed(node.right, right, op, right=True)
        if op is ast.Op.ADD:
            return exp.Add(this=first, expression=second)
        if op is ast.Op.SUB:
            return exp.Sub(this=first, expression=second)
        if op is ast.Op.MUL:
            return exp.Mul(this=first, expression=second)
        return exp.Div(this=first, expression=_nonzero(second))


def compile_sql(node: ast.Expr, leaves: SqlLeaves) -> exp.Expression:
    """Compile an AST node into a sqlglot expression, leaves as ``leaves`` says (products by
    ``1`` or ``100%`` folded away first, as on the exact path)."""
    return _SqlCompiler(leaves).fold(ast.fold_ones(node))


def _nonzero(denominator: exp.Expression) -> exp.Expression:
    """``NULLIF(d, 0)``; for ``d = CAST(x AS DOUBLE)`` it is ``CAST(NULLIF(x, 0) AS DOUBLE)``,
    which tests the value as stored (exactly) and is cheaper than testing the double."""
    if isinstance(denominator, exp.Cast) and denominator.to.is_type(exp.DataType.Type.DOUBLE):
        inner = exp.Nullif(this=denominator.this, expression=exp.Literal.number(0))
        return exp.Cast(this=inner, to=_DOUBLE.copy())
    return exp.Nullif(this=denominator, expression=exp.Literal.number(0))


def column(name: str) -> exp.Column:
    """A column reference whose name is one quoted identifier, whatever it holds."""
    return exp.Column(this=exp.to_identifier(name, quoted=True))


def value_of(name: str) -> exp.Expression:
    """The row-wise value of a column: ``CAST(col AS DOUBLE)``."""
    return exp.Cast(this=column(name), to=_DOUBLE.copy())


def total_of(name: str) -> exp.Expression:
    """``Σ col``: the sum as a double; NULL when a value is missing; 0 for no rows."""
    col = column(name)
    complete = exp.EQ(this=exp.Count(this=col.copy()), expression=exp.Count(this=exp.Star()))
    summed = exp.Coalesce(this=exp.Sum(this=col), expressions=[exp.Literal.number(0)])
    return exp.Case().when(complete, exp.Cast(this=summed, to=_DOUBLE.copy()))


def sql_expression(
    formula: Formula,
    columns: Mapping[str, str] | None = None,
    *,
    constants: Mapping[str, object] | None = None,
) -> exp.Expression:
    """The formula as a sqlglot expression tree (see the module documentation).

    ``columns`` maps variable names (matched ignoring case, spacing and common
    abbreviations) to column names; ``constants`` binds variables to numbers (a constant
    stands for a column holding that number on every row, so its ``Σ`` is the number ×
    ``COUNT(*)``).
    """
    by_column = {name_key(name): col for name, col in (columns or {}).items()}
    by_constant: dict[str, Decimal] = {}
    for name, raw in (constants or {}).items():
        try:
            exact = to_fraction(raw)
        except ValueError as error:
            raise IkiError(f"constant {name!r}: {error}; give a number such as 240") from None
        by_constant[name_key(name)] = Decimal(exact.numerator) / Decimal(exact.denominator)
    written = {name_key(name): name for name in formula.variables}
    refuse_rows_beside_sums(formula, set(by_constant))

    def value(variable: ast.Variable) -> exp.Expression:
        key = name_key(variable.name)
        if key in by_column:
            return value_of(by_column[key])
        if key in by_constant:
            return _literal(by_constant[key])
        return value_of(written[key])

    def total(variable: ast.Variable) -> exp.Expression:
        key = name_key(variable.name)
        if key in by_column:
            return total_of(by_column[key])
        if key in by_constant:
            count = exp.Count(this=exp.Star())
            return exp.Mul(this=_literal(by_constant[key]), expression=count)
        return total_of(written[key])

    return compile_sql(result_tree(formula), SqlLeaves(value, total))


def to_sql(
    formula: Formula,
    dialect: str = "duckdb",
    columns: Mapping[str, str] | None = None,
    *,
    constants: Mapping[str, object] | None = None,
) -> str:
    """The formula as SQL text for ``dialect`` (see :func:`sql_expression`). Example::

    ikicalc.parse("A / B x 100%").to_sql("sqlite")
    # 'CAST("A" AS REAL) / CAST(NULLIF("B", 0) AS REAL) * CAST(100 AS REAL)'
    """
    try:
        sqlglot.Dialect.get_or_raise(dialect)
    except ValueError:
        raise IkiError(
            f"unknown SQL dialect {dialect!r}; use one of {', '.join(TESTED_DIALECTS)} "
            "(or another dialect sqlglot knows)"
        ) from None
    expression = sql_expression(formula, columns, constants=constants)
    if sqlglot.Dialect.get_or_raise(dialect) == sqlglot.Dialect.get_or_raise("bigquery"):
        for identifier in expression.find_all(exp.Identifier):
            if "." in identifier.name:
                raise IkiError(
                    f"column {identifier.name!r}: BigQuery reads a '.' in a column name, "
                    "even quoted, as a path (table.column); rename the column or map the "
                    "variable to another one with columns={...}"
                )
    return expression.sql(dialect=dialect)
