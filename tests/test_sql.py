"""The SQL back end (``Formula.to_sql``): sqlglot trees, run on DuckDB and SQLite."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from fractions import Fraction

import duckdb
import pytest
import sqlglot
from sqlglot import exp

import ikicalc
from ikicalc.backends.sql import TESTED_DIALECTS, sql_expression, to_sql
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from tests.conftest import read_corpus

HADIR = r"$\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$"  # seed 003-004
ATTENDANCE = (  # seed 004-001
    r"$\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari tidak "
    r"masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} \times 100\%$"
)

Row = Sequence[object]


def quoted(name: str) -> str:
    """A quoted identifier for the test's own CREATE TABLE (standard SQL doubling)."""
    return '"' + name.replace('"', '""') + '"'


class Table:
    """The same rows in DuckDB and in SQLite (stdlib), to run generated SQL on both."""

    def __init__(self, columns: dict[str, str], rows: Sequence[Row]) -> None:
        self.columns = list(columns)
        definition = ", ".join(f"{quoted(n)} {t}" for n, t in columns.items())
        marks = ", ".join("?" for _ in columns)
        self.duckdb = duckdb.connect()
        self.sqlite = sqlite3.connect(":memory:")
        for con in (self.duckdb, self.sqlite):
            con.execute(f"CREATE TABLE t ({definition})")
            if rows:
                insert = f"INSERT INTO t VALUES ({marks})"  # noqa: S608
                con.executemany(insert, [tuple(r) for r in rows])

    def select(self, formula: Formula, tail: str = "", **options: object) -> Iterator[list[Row]]:
        """The rows of ``SELECT <formula> FROM t <tail>`` in DuckDB, then in SQLite."""
        for dialect, con in (("duckdb", self.duckdb), ("sqlite", self.sqlite)):
            sql = to_sql(formula, dialect, **options)  # type: ignore[arg-type]
            query = f"SELECT {sql} FROM t {tail}"  # noqa: S608
            yield [tuple(r) for r in con.execute(query).fetchall()]


def exact(formula: Formula, data: dict[str, object]) -> float | None:
    try:
        return float(formula.evaluate(data).exact)
    except ikicalc.EvaluationError:
        return None


def test_seed_formula_in_each_dialect() -> None:
    formula = ikicalc.parse(HADIR)
    texts = {dialect: formula.to_sql(dialect) for dialect in TESTED_DIALECTS}
    assert texts["duckdb"] == (
        'CAST("Jumlah PNS yang hadir" AS DOUBLE) / CAST(NULLIF("Jumlah PNS", 0) AS DOUBLE) '
        "* CAST(100 AS DOUBLE)"
    )
    assert texts["spark"] == (
        "CAST(`Jumlah PNS yang hadir` AS DOUBLE) / CAST(NULLIF(`Jumlah PNS`, 0) AS DOUBLE) "
        "* CAST(100 AS DOUBLE)"
    )
    assert "DOUBLE PRECISION" in texts["postgres"]
    assert "AS REAL" in texts["sqlite"]
    for dialect, text in texts.items():
        # each text reads back in its dialect as one expression over the two columns
        tree = sqlglot.parse_one(text, read=dialect)
        names = {c.name for c in tree.find_all(exp.Column)}
        assert names == {"Jumlah PNS yang hadir", "Jumlah PNS"}, dialect


def test_division_is_true_division_and_a_zero_denominator_is_null() -> None:
    table = Table({"A": "INTEGER", "B": "INTEGER"}, [(1, 2), (38, 40), (5, 0), (None, 3)])
    formula = ikicalc.parse("A / B")
    for found in table.select(formula):
        assert found == [(0.5,), (0.95,), (None,), (None,)]


def test_numbers_alone_never_divide_as_integers_nor_overflow_a_decimal() -> None:
    table = Table({"x": "INTEGER"}, [(1,)])
    for found in table.select(ikicalc.parse("38 / 40 x 100%")):
        assert found == [(95.0,)]
    for found in table.select(ikicalc.parse("5 / 0")):
        assert found == [(None,)]
    # DuckDB multiplies DECIMAL literals as DECIMAL(18) and fails on overflow
    big = ikicalc.parse("(655,36 + 0%) x (71,24 x 214,19) x 1000000")
    for found in table.select(big):
        assert found == [(pytest.approx(float(big.evaluate({}).exact)),)]
        assert isinstance(found[0][0], float)


def test_integer_columns_cannot_overflow() -> None:
    big = 2_000_000_000
    table = Table({"A": "INTEGER", "B": "INTEGER"}, [(big, big)])
    for found in table.select(ikicalc.parse("A x B x 1000")):
        assert found == [(float(big) * big * 1000,)]


@pytest.mark.parametrize(
    "text",
    [
        "A - (B + C)",
        "A - (B - C)",
        "A / (B / C)",
        "A / (B x C)",
        "(A + B) x C",
        "-(A - B)",
        "A - -B",
        "-(-A)",
        "A x (B x 1) x 100%",
        "(A + B) / (C - A) x 50%",
    ],
)
def test_brackets_come_from_the_tree(text: str) -> None:
    formula = ikicalc.parse(text)
    rows = [(1, 2, 4), (3, 5, 7), (2, 2, 2), (0, 1, 3)]
    table = Table({"A": "INTEGER", "B": "INTEGER", "C": "INTEGER"}, rows)
    expected = [exact(formula, dict(zip("ABC", row, strict=True))) for row in rows]
    for found in table.select(formula):
        assert [r[0] for r in found] == pytest.approx(expected)


NASTY = [
    'a"; DROP TABLE t; --',
    "b' OR '1'='1",
    "c]; DELETE FROM t",
    "d` --",
    "e -- comment",
    'f""\'`]',
]


def test_names_with_quotes_and_comments_stay_identifiers() -> None:
    a, b, c, d, e, f = (ast.Variable(n) for n in NASTY)
    expr = ast.Binary(
        ast.Op.DIV,
        ast.Binary(ast.Op.ADD, a, ast.Binary(ast.Op.MUL, b, c)),
        ast.Binary(ast.Op.SUB, ast.Binary(ast.Op.ADD, d, e), f),
    )
    formula = Formula(expr)
    rows = [(1, 2, 3, 4, 5, 6), (6, 5, 4, 3, 2, 1), (1, 1, 1, 1, 1, 2)]
    table = Table(dict.fromkeys(NASTY, "INTEGER"), rows)
    expected = [exact(formula, dict(zip(NASTY, row, strict=True))) for row in rows]
    for found in table.select(formula):
        assert [r[0] for r in found] == pytest.approx(expected)
    for con in (table.duckdb, table.sqlite):  # nothing was dropped or deleted
        assert con.execute("SELECT COUNT(*) FROM t").fetchone() == (3,)
    for dialect in TESTED_DIALECTS:
        tree = sqlglot.parse_one(to_sql(formula, dialect), read=dialect)
        assert sorted(c.name for c in tree.find_all(exp.Column)) == sorted(NASTY), dialect
        assert not list(tree.find_all(exp.Drop, exp.Delete))


def test_columns_and_constants() -> None:
    formula = ikicalc.parse(HADIR)
    table = Table({"hadir": "INTEGER", "pns": "INTEGER"}, [(38, 40)])
    columns = {"jumlah pns yg hadir": "hadir", "JUMLAH PNS": "pns"}
    for found in table.select(formula, columns=columns):
        assert found == [(95.0,)]
    for found in table.select(
        formula, columns={"Jumlah PNS": "pns"}, constants={"Jumlah PNS yang hadir": "19"}
    ):
        assert found == [(47.5,)]
    with pytest.raises(ikicalc.IkiError, match="constant 'A'"):
        to_sql(ikicalc.parse("A"), constants={"A": "tiga"})


def test_sigma_per_group_with_group_by() -> None:
    formula = ikicalc.parse(ATTENDANCE)
    rows = [
        ("a", 1, 240, 0),
        ("a", 1, 240, 12),
        ("b", 1, 200, 6),
        ("c", 1, None, 6),
        ("d", 0, 240, 0),
    ]
    table = Table(
        {
            "unit": "TEXT",
            "Pegawai": "INTEGER",
            "Hari kerja efektif": "INTEGER",
            "hari tidak masuk kerja": "INTEGER",
        },
        rows,
    )
    expected = {}
    for unit in "abcd":
        part = [r for r in rows if r[0] == unit]
        columns = list(zip(*part, strict=True))
        data = {
            "Pegawai": columns[1],
            "Hari kerja efektif": columns[2],
            "hari tidak masuk kerja": columns[3],
        }
        expected[unit] = None if None in columns[2] else exact(formula, data)
    assert expected["c"] is None  # a missing value has no sum
    assert expected["d"] is None  # Σ Pegawai is 0: zero denominator
    sql = {
        "duckdb": to_sql(formula, "duckdb"),
        "sqlite": to_sql(formula, "sqlite"),
    }
    for dialect, con in (("duckdb", table.duckdb), ("sqlite", table.sqlite)):
        query = f"SELECT unit, {sql[dialect]} FROM t GROUP BY unit ORDER BY unit"  # noqa: S608
        found = dict(con.execute(query).fetchall())
        assert found.keys() == expected.keys()
        for unit, value in expected.items():
            assert found[unit] == (None if value is None else pytest.approx(value)), (dialect, unit)


def test_sigma_over_no_rows_is_zero_and_constants_sum_over_the_rows() -> None:
    empty = Table({"a": "INTEGER"}, [])
    for found in empty.select(ikicalc.parse("Σ a + 1")):
        assert found == [(1.0,)]
    table = Table({"a": "INTEGER"}, [(1,), (2,), (3,)])
    for found in table.select(ikicalc.parse("Σ k x Σ a"), constants={"k": 2}):
        assert found == [(36.0,)]  # (2 + 2 + 2) × 6


def test_literals_are_exact_decimal_text() -> None:
    formula = ikicalc.parse("A / (B x 12,5%) + 0,1 + 3")
    tree = sql_expression(formula)
    assert sorted(lit.this for lit in tree.find_all(exp.Literal)) == ["0", "0.1", "0.125", "3"]
    weight = sql_expression(ikicalc.parse("A x 12,5%"))  # a weight (issue 14): 0.125
    assert [lit.this for lit in weight.find_all(exp.Literal)] == ["0.125"]
    percent = sql_expression(ikicalc.parse("A x 12,5% x 100%"))  # × 100% folded into × 100
    assert sorted(lit.this for lit in percent.find_all(exp.Literal)) == ["0.125", "100"]


def test_unknown_dialect_is_an_iki_error() -> None:
    with pytest.raises(ikicalc.IkiError, match="unknown SQL dialect 'dukdb'"):
        ikicalc.parse("A").to_sql("dukdb")


def test_every_corpus_formula_compiles_in_every_dialect(corpus: list[dict[str, object]]) -> None:
    compiled = refused = 0
    for row, formula in read_corpus(corpus):
        nodes = list(ast.walk(formula.expr))
        summed = {id(n.variable) for n in nodes if isinstance(n, ast.Sigma)}
        mixed = bool(summed) and any(
            isinstance(n, ast.Variable) and id(n) not in summed for n in nodes
        )
        for dialect in TESTED_DIALECTS:
            if mixed:  # a per-row name beside a Σ: refused when compiled, not at run time
                with pytest.raises(ikicalc.IkiError, match="one value per row beside a Σ"):
                    formula.to_sql(dialect)
                continue
            tree = sqlglot.parse_one(formula.to_sql(dialect), read=dialect)
            names = {c.name for c in tree.find_all(exp.Column)}
            assert len(names) == len(formula.variables), (row["id"], dialect)
        refused += mixed
        compiled += not mixed
    assert compiled + refused == 249
    assert 0 < refused < 10


def test_the_exact_value_is_the_number_reported() -> None:
    table = Table({"A": "INTEGER"}, [(3,)])
    for text in ("A x 50%", "A x 100%", "A / 4", "A x 50% x 100%"):
        formula = ikicalc.parse(text)
        value = formula.evaluate({"A": 3}).exact
        for found in table.select(formula):
            assert found == [(float(value),)]
    assert ikicalc.parse("A x 50%").evaluate({"A": 3}).exact == Fraction(3, 2)  # a weight
    assert ikicalc.parse("A x 50% x 100%").evaluate({"A": 3}).exact == Fraction(150)
