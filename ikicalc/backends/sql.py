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
- ``Σ (…)`` is ``SUM`` and ``rata-rata …`` ``AVG`` of the row expression, NULL when a row
  has no value (:func:`fold_rows`); a sum or mean inside one is refused (SQL aggregates
  do not nest); ``rata-rata (A, B)`` is ``((A + B) / 2)`` on each row;
- the value is that of :attr:`ikicalc.Result.exact` (a percent formula ×100, ``× 100%``
  compiled to ``* 100``), see :func:`ikicalc.backends.result_tree`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

import sqlglot
from sqlglot import exp

from ikicalc.backends import PENDING, Chains, refuse_rows_beside_sums, result_tree
from ikicalc.errors import IkiError
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
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

    def aggregate(self, node: ast.Aggregate, operand: exp.Expression) -> exp.Expression:
        if ast.aggregates(node.operand):
            from ikicalc.lang.printer import expression_text

            raise IkiError(
                f"SQL cannot compute '{expression_text(node)}': it adds up (Σ) inside a sum "
                "or a mean over the rows, and SQL aggregates do not nest; compute it with the "
                "exact or the Polars engine"
            )
        if not any(isinstance(sub, ast.Variable) for sub in ast.walk(node.operand)):
            return operand  # 'Σ (3)': numbers alone are one row, as on the exact path
        return fold_rows(node.fold, operand)

    def mean(self, node: ast.Mean, *items: exp.Expression) -> exp.Expression:
        total = items[0]
        for item in items[1:]:
            total = exp.Add(this=total, expression=item)
        count = _literal(Decimal(len(items)))
        return exp.Paren(this=exp.Div(this=exp.Paren(this=total), expression=count))

    def negate(self, node: ast.Negate, operand: exp.Expression) -> exp.Expression:
        if isinstance(node.operand, ast.Binary | ast.Negate):
            operand = exp.Paren(this=operand)
        return exp.Neg(this=operand)

    def fold(self, node: ast.Expr) -> exp.Expression:
        # a long chain (16 operands and more) as a balanced tree: DuckDB and SQLite refuse
        # expressions nested 1 000 deep
        self.chains: Chains[exp.Expression] = Chains(node, LONG_CHAIN)
        return super().fold(node)

    def binary(
        self, node: ast.Binary, left: exp.Expression, right: exp.Expression
    ) -> exp.Expression:
        gathered = self.chains.gather(node, left, right)
        if gathered is PENDING:
            return left  # a link inside a chain: the top builds the chain at once
        if isinstance(gathered, list):
            return _balanced(gathered)
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


LONG_CHAIN = 16
"""Chains of this many operands and more are built as balanced trees."""


def _balanced(terms: list[tuple[ast.Op, exp.Expression]]) -> exp.Expression:
    """A flat sum (``+``/``-``) or product as a balanced tree of bracketed pairs, so the
    depth is log n: ``((a + b) + (c - d))``, each operand in brackets."""
    product = terms[-1][0] is ast.Op.MUL
    level: list[exp.Expression] = []
    for op, term in terms:
        operand: exp.Expression = exp.Paren(this=term)
        level.append(exp.Neg(this=operand) if op is ast.Op.SUB else operand)
    while len(level) > 1:
        pairs: list[exp.Expression] = [
            exp.Paren(
                this=exp.Mul(this=level[i], expression=level[i + 1])
                if product
                else exp.Add(this=level[i], expression=level[i + 1])
            )
            for i in range(0, len(level) - 1, 2)
        ]
        level = pairs + ([level[-1]] if len(level) % 2 else [])
    return level[0]


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


def fold_rows(fold: ast.Fold, rows: exp.Expression) -> exp.Expression:
    """``Σ (…)`` as ``SUM``, ``rata-rata …`` as ``AVG`` of the row expression, NULL when a
    row has no value (``COUNT(e) < COUNT(*)``: a missing value, a zero denominator); a sum
    of no rows is 0, a mean of none NULL."""
    complete = exp.EQ(this=exp.Count(this=rows.copy()), expression=exp.Count(this=exp.Star()))
    if fold is ast.Fold.SUM:
        value: exp.Expression = exp.Coalesce(
            this=exp.Sum(this=rows), expressions=[exp.Literal.number(0)]
        )
    else:
        value = exp.Avg(this=rows)
    return exp.Case().when(complete, exp.Cast(this=value, to=_DOUBLE.copy()))


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
