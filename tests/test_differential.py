"""Differential tests: the exact scalar path, Polars, DuckDB and SQLite agree.

For generated formulas and data, every back end gives the value of ``Result.exact`` to 1e-9
relative, and null exactly where the scalar path raises (a zero denominator). Binary floating
point is not exact, so the comparison allows, besides the 1e-9, the rounding error a running
error analysis (below) proves possible for that formula and row; where that analysis says a
denominator that is exactly 0 might not be 0 in floating point (or the reverse), the row
cannot be judged and is skipped; the test counts such rows and requires them to be rare.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

import duckdb
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.backends import result_tree
from ikicalc.backends.polars import to_polars
from ikicalc.backends.sql import to_sql
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from tests.conftest import read_corpus

U = 2.0**-53
"""Unit roundoff of binary64."""

NAMES = ["Jumlah PNS", "hadir", 'a"b', "c'd; --", "Nilai SKM (IKM)"]
"""Distinct variable names, some of which SQL must quote carefully."""

Value = int | Decimal

literals = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False)
values: st.SearchStrategy[Value] = st.one_of(
    st.just(0),
    st.integers(min_value=-1000, max_value=1000),
    st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False, allow_infinity=False),
)
variables = st.sampled_from(NAMES).map(ast.Variable)


def trees(leaf: st.SearchStrategy[ast.Expr]) -> st.SearchStrategy[ast.Expr]:
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.builds(ast.Negate, inner),
            st.builds(ast.Binary, st.sampled_from(list(ast.Op)), inner, inner),
        ),
        max_leaves=10,
    )


numbers = st.one_of(st.builds(ast.Number, literals), st.builds(ast.Percent, literals))
means = st.builds(  # rata-rata (A, B, …): a mean on each row (issue 14)
    lambda items: ast.Mean(tuple(items)), st.lists(variables, min_size=2, max_size=3)
)
row_wise = trees(st.one_of(numbers, variables, variables, means))
folded = st.builds(  # Σ (…) and rata-rata (…) of a row-wise tree with a name in it
    ast.Aggregate,
    st.sampled_from(list(ast.Fold)),
    trees(st.one_of(numbers, variables, variables)).filter(
        lambda expr: any(isinstance(node, ast.Variable) for node in ast.walk(expr))
    ),
)
summed = trees(
    st.one_of(numbers, st.builds(ast.Sigma, variables), st.builds(ast.Sigma, variables), folded)
).filter(ast.aggregates)


# --------------------------------------------------------------------------------------
# Running error analysis: the exact value and a bound on the error of its float evaluation
# --------------------------------------------------------------------------------------


@dataclass
class Analysis:
    """Exact values and float error bounds of the tree the compiled back ends compute."""

    leaf: Callable[[ast.Variable], tuple[Fraction, float]]
    total: Callable[[ast.Variable], tuple[Fraction, float]]
    undecidable: bool = field(default=False)
    rows: Sequence[Callable[[ast.Variable], tuple[Fraction, float]]] = ()
    """The leaves of each row, for ``Σ (…)`` and ``rata-rata (…)``."""

    def fold(self, node: ast.Aggregate) -> tuple[Fraction | None, float]:
        """A sum or mean of the rows: each row's value and bound, then the float sum's."""
        values: list[Fraction] = []
        carried = 0.0
        for leaf in self.rows:
            row = Analysis(leaf=leaf, total=self.total)
            value, error = row.run(node.operand)
            self.undecidable |= row.undecidable
            if value is None:
                return None, math.inf
            values.append(value)
            carried += error
        total = sum(values, Fraction(0))
        magnitude = sum(abs(float(v)) for v in values)
        carried += len(values) * U * magnitude + U * abs(float(total))
        if node.fold is ast.Fold.SUM:
            return total, carried
        if not values:
            return None, math.inf
        mean = total / len(values)
        return mean, carried / len(values) + U * abs(float(mean)) * 2

    def run(self, node: ast.Expr) -> tuple[Fraction | None, float]:
        """``(exact value or None for a zero denominator, error bound)``."""
        match node:
            case ast.Number(value=v):
                return Fraction(v), U * abs(float(v))
            case ast.Percent(value=v):
                return Fraction(v) / 100, U * abs(float(v)) / 100
            case ast.Variable():
                return self.leaf(node)
            case ast.Sigma(variable=variable):
                return self.total(variable)
            case ast.Negate(operand=operand):
                value, error = self.run(operand)
                return (None if value is None else -value), error
            case ast.Aggregate():
                return self.fold(node)
            case ast.Mean(items=items):
                found = [self.run(item) for item in items]
                if any(value is None for value, _ in found):
                    return None, math.inf
                total = sum((value for value, _ in found if value is not None), Fraction(0))
                carried = sum(error for _, error in found)
                carried += len(items) * U * sum(abs(float(v)) for v, _ in found if v is not None)
                mean = total / len(items)
                return mean, carried / len(items) + 2 * U * abs(float(mean))
            case ast.Binary(op=op, left=left, right=right):
                if op is ast.Op.MUL and ast.is_one(right):
                    return self.run(left)
                if op is ast.Op.MUL and ast.is_one(left):
                    return self.run(right)
                a, ea = self.run(left)
                b, eb = self.run(right)
                # the float denominator might be 0 where the exact one is not, or not 0
                # where the exact one is
                if (
                    op is ast.Op.DIV
                    and b is not None
                    and ((b == 0 and eb > 0) or (b != 0 and abs(b) <= eb))
                ):
                    self.undecidable = True
                if a is None or b is None:
                    return None, math.inf
                fa, fb = abs(float(a)), abs(float(b))
                if op in (ast.Op.ADD, ast.Op.SUB):
                    value = a + b if op is ast.Op.ADD else a - b
                    carried = ea + eb
                elif op is ast.Op.MUL:
                    value = a * b
                    carried = fa * eb + fb * ea + ea * eb
                else:
                    if b == 0:
                        return None, math.inf
                    if fb <= eb:
                        return a / b, math.inf
                    value = a / b
                    carried = (ea * fb + fa * eb) / (fb * (fb - eb))
                return value, carried + U * (abs(float(value)) + carried)
        raise AssertionError(node)  # pragma: no cover


def leaf_error(value: Value) -> float:
    """Reading a value into a double: integers are exact, decimals round once."""
    return 0.0 if isinstance(value, int) else U * abs(float(value))


def agree(found: float | None, expected: Fraction | None, bound: float) -> bool:
    if expected is None:
        return found is None
    if found is None or math.isnan(found):
        return False
    return abs(found - float(expected)) <= 1e-9 * abs(float(expected)) + 4 * bound + 1e-300


# --------------------------------------------------------------------------------------
# Back ends
# --------------------------------------------------------------------------------------


def frame_of(columns: dict[str, list[Value]], height: int) -> pl.DataFrame:
    """The columns as a frame, with a ``__row`` column (so a frame always has its height)."""
    data = [pl.Series("__row", range(height), dtype=pl.Int64)]
    for name, column in columns.items():
        if all(isinstance(v, int) for v in column):
            data.append(pl.Series(name, column, dtype=pl.Int64))
        else:
            data.append(pl.Series(name, [float(v) for v in column], dtype=pl.Float64))
    return pl.DataFrame(data)


def polars_values(formula: Formula, frame: pl.DataFrame) -> list[float | None]:
    if _summed(formula):
        return [frame.select(to_polars(formula)).item()]
    return frame.with_columns(to_polars(formula).alias("__value"))["__value"].to_list()


def sql_values(
    formula: Formula, frame: pl.DataFrame, con: duckdb.DuckDBPyConnection | sqlite3.Connection
) -> list[float | None]:
    dialect = "sqlite" if isinstance(con, sqlite3.Connection) else "duckdb"
    if isinstance(con, sqlite3.Connection):
        names = ", ".join('"' + n.replace('"', '""') + '"' for n in frame.columns)
        marks = ", ".join("?" for _ in frame.columns)
        con.execute(f"CREATE TABLE t ({names})")
        con.executemany(f"INSERT INTO t VALUES ({marks})", frame.rows())  # noqa: S608
    else:
        con.register("t", frame.to_arrow())
    sql = to_sql(formula, dialect)
    order = "" if _summed(formula) else " ORDER BY __row"
    return [r[0] for r in con.execute(f"SELECT {sql} FROM t{order}").fetchall()]  # noqa: S608


DUCKDB = duckdb.connect()
"""One DuckDB connection for the module (the frame is registered anew for each example)."""


def backends(formula: Formula, frame: pl.DataFrame) -> dict[str, list[float | None]]:
    return {
        "polars": polars_values(formula, frame),
        "duckdb": sql_values(formula, frame, DUCKDB),
        "sqlite": sql_values(formula, frame, sqlite3.connect(":memory:")),
    }


def no_leaf(variable: ast.Variable) -> tuple[Fraction, float]:
    raise AssertionError(f"unexpected {variable}")


def _summed(formula: Formula) -> bool:
    return ast.aggregates(formula.expr)


def used_names(expr: ast.Expr) -> list[str]:
    return sorted({node.name for node in ast.walk(expr) if isinstance(node, ast.Variable)})


def scalar(formula: Formula, data: dict[str, object]) -> Fraction | None:
    try:
        return formula.evaluate(data).exact
    except ikicalc.EvaluationError as error:
        assert error.reason.startswith("division by zero") or error.reason.endswith(
            "has no rows to average"
        ), error.reason
        return None


@dataclass
class Tally:
    judged: int = 0
    skipped: int = 0


ROW_TALLY = Tally()
SUM_TALLY = Tally()


# --------------------------------------------------------------------------------------
# The properties
# --------------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(row_wise, st.integers(min_value=1, max_value=6), st.data())
def test_row_wise_scalar_polars_duckdb_and_sqlite_agree(
    expr: ast.Expr, height: int, draw: st.DataObject
) -> None:
    formula = Formula(expr)
    columns = {
        name: draw.draw(st.lists(values, min_size=height, max_size=height), label=name)
        for name in used_names(expr)
    }
    found = backends(formula, frame_of(columns, height))
    for index in range(height):
        row = {name: column[index] for name, column in columns.items()}
        expected = scalar(formula, row)
        analysis = Analysis(
            leaf=lambda v, row=row: (Fraction(row[v.name]), leaf_error(row[v.name])),
            total=no_leaf,
        )
        value, bound = analysis.run(result_tree(formula))
        assert value == expected  # the tree the back ends compute has the exact value
        if analysis.undecidable:
            ROW_TALLY.skipped += 1
            continue
        ROW_TALLY.judged += 1
        for backend, results in found.items():
            assert agree(results[index], expected, bound), (
                backend,
                index,
                results[index],
                expected,
            )


def sums(column: Sequence[Value]) -> tuple[Fraction, float]:
    total = sum((Fraction(v) for v in column), Fraction(0))
    size = len(column)
    magnitude = sum(abs(float(v)) for v in column)
    return total, sum(leaf_error(v) for v in column) + size * U * magnitude + U * abs(float(total))


@settings(max_examples=250, deadline=None)
@given(summed, st.integers(min_value=0, max_value=5), st.data())
def test_sigma_scalar_polars_duckdb_and_sqlite_agree(
    expr: ast.Expr, height: int, draw: st.DataObject
) -> None:
    formula = Formula(expr)
    columns = {
        name: draw.draw(st.lists(values, min_size=height, max_size=height), label=name)
        for name in used_names(expr)
    }
    expected = scalar(formula, {name: tuple(column) for name, column in columns.items()})
    analysis = Analysis(
        leaf=no_leaf,
        total=lambda v: sums(columns[v.name]),
        rows=[
            lambda v, index=index: (
                Fraction(columns[v.name][index]),
                leaf_error(columns[v.name][index]),
            )
            for index in range(height)
        ],
    )
    value, bound = analysis.run(result_tree(formula))
    assert value == expected
    if analysis.undecidable:
        SUM_TALLY.skipped += 1
        return
    SUM_TALLY.judged += 1
    for backend, results in backends(formula, frame_of(columns, height)).items():
        (result,) = results
        assert agree(result, expected, bound), (backend, result, expected)


def test_rows_that_cannot_be_judged_are_rare() -> None:
    # runs after the properties above (file order); both ran at least once by then
    for tally in (ROW_TALLY, SUM_TALLY):
        if tally.judged + tally.skipped:
            assert tally.skipped <= 0.1 * (tally.judged + tally.skipped), tally


# --------------------------------------------------------------------------------------
# The seed corpus on realistic data
# --------------------------------------------------------------------------------------


def corpus_data(formula: Formula) -> tuple[dict[str, list[Value]], dict[str, int]]:
    """Columns (one per summed or row-wise variable) and constants (plain in a Σ formula)."""
    plain = {node.name for node in _plain(formula.expr)}
    summed_formula = _summed(formula)
    columns: dict[str, list[Value]] = {}
    constants: dict[str, int] = {}
    for number, name in enumerate(formula.variables):
        if summed_formula and name in plain:
            constants[name] = 7 + number
        else:
            columns[name] = [3 + number, 40 + 2 * number, 0, 12 + number]
    return columns, constants


def _plain(node: ast.Expr) -> list[ast.Variable]:
    return ast.split_sums(node)[1]


def engine_values(
    formula: Formula,
) -> tuple[list[Fraction | None], list[float | None], list[float | None]]:
    """The exact values of :func:`corpus_data`'s rows (one, for a Σ formula), and what Polars
    and DuckDB compute for them."""
    columns, constants = corpus_data(formula)
    frame = frame_of(dict(columns), 4)
    DUCKDB.register("t", frame.to_arrow())
    sql = to_sql(formula, "duckdb", constants=constants)
    polars_expr = to_polars(formula, constants=constants)
    if _summed(formula):
        expected = [scalar(formula, {**columns, **constants})]
        polars_found = [frame.select(polars_expr).item()]
        query = f"SELECT {sql} FROM t"  # noqa: S608
    else:
        expected = [
            scalar(formula, {name: column[i] for name, column in columns.items()})
            for i in range(4)
        ]
        polars_found = frame.with_columns(polars_expr.alias("__v"))["__v"].to_list()
        query = f"SELECT {sql} FROM t ORDER BY __row"  # noqa: S608
    duckdb_found = [r[0] for r in DUCKDB.execute(query).fetchall()]
    return expected, polars_found, duckdb_found


def test_every_corpus_formula_agrees_on_realistic_data(corpus: list[dict[str, object]]) -> None:
    checked = 0
    for row, formula in read_corpus(corpus):
        expected, polars_found, duckdb_found = engine_values(formula)
        for found in (polars_found, duckdb_found):
            assert len(found) == len(expected)
            for value, exact in zip(found, expected, strict=True):
                if exact is None:
                    assert value is None, row["id"]
                else:
                    assert value == pytest.approx(float(exact), rel=1e-12), row["id"]
        checked += 1
    assert checked == 249
