"""The Spark SQL of ``Formula.to_sql("spark")`` runs in a local SparkSession (Java 17).

One session for the module (``local[1]``, one shuffle partition, no UI): the same
definition that runs on a laptop runs on a cluster. Spark 4 runs with ANSI mode on, where a
division by zero stops the query; the generated ``NULLIF`` keeps it a NULL.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

import pytest
from pyspark.sql import SparkSession
from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

import ikicalc
from ikicalc.backends.sql import to_sql
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula

HADIR = r"$\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$"  # seed 003-004
ATTENDANCE = (  # seed 004-001
    r"$\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari tidak "
    r"masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} \times 100\%$"
)
NASTY = ["a`b", 'c"d', "e'f; --", "g]"]

ROWS = [
    ("a", 1, 240, 0, 38, 40, 1, 2, 3, 4),
    ("a", 1, 240, 12, 19, 20, 4, 3, 2, 1),
    ("b", 1, 200, 6, 5, 0, 2, 2, 0, 5),
    ("b", 1, 220, 20, None, 3, 7, 1, 1, 1),
    ("c", 0, 240, 0, 0, 0, 0, 0, 0, 0),
]
COLUMNS = [
    ("unit", StringType()),
    ("Pegawai", LongType()),
    ("Hari kerja efektif", LongType()),
    ("hari tidak masuk kerja", LongType()),
    ("Jumlah PNS yang hadir", LongType()),
    ("Jumlah PNS", DoubleType()),
    *((name, LongType()) for name in NASTY),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    session = (
        SparkSession.builder.master("local[1]")
        .appName("ikicalc-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.default.parallelism", "1")
        .config("spark.sql.ansi.enabled", "true")
        # a quicker start for a short-lived JVM: client JIT only, serial GC
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    schema = StructType([StructField(name, kind) for name, kind in COLUMNS])
    rows = [
        tuple(
            float(value) if name == "Jumlah PNS" and value is not None else value
            for (name, _), value in zip(COLUMNS, row, strict=True)
        )
        for row in ROWS
    ]
    session.createDataFrame(rows, schema).createOrReplaceTempView("pegawai")
    yield session
    session.stop()


def exact(formula: Formula, data: dict[str, object]) -> float | None:
    try:
        return float(formula.evaluate(data).exact)
    except ikicalc.EvaluationError:
        return None


def column(name: str) -> list[object]:
    index = [n for n, _ in COLUMNS].index(name)
    return [row[index] for row in ROWS]


def test_row_wise_seed_formula_with_zero_and_missing_values(spark: SparkSession) -> None:
    formula = ikicalc.parse(HADIR)
    sql = formula.to_sql("spark")
    found = [r[0] for r in spark.sql(f"SELECT {sql} FROM pegawai").collect()]  # noqa: S608
    expected = [
        None
        if hadir is None
        else exact(formula, {"Jumlah PNS yang hadir": hadir, "Jumlah PNS": pns})
        for hadir, pns in zip(column("Jumlah PNS yang hadir"), column("Jumlah PNS"), strict=True)
    ]
    assert expected == [95.0, 95.0, None, None, None]
    assert found == expected


def test_sigma_per_unit_with_group_by(spark: SparkSession) -> None:
    formula = ikicalc.parse(ATTENDANCE)
    sql = formula.to_sql("spark")
    query = f"SELECT unit, {sql} FROM pegawai GROUP BY unit ORDER BY unit"  # noqa: S608
    found = dict(spark.sql(query).collect())
    expected = {}
    for unit in ("a", "b", "c"):
        part = [i for i, u in enumerate(column("unit")) if u == unit]
        data = {
            name: [column(name)[i] for i in part]
            for name in ("Pegawai", "Hari kerja efektif", "hari tidak masuk kerja")
        }
        expected[unit] = exact(formula, data)
    assert expected["c"] is None  # no pegawai: a zero denominator, NULL and not an error
    assert expected["a"] == float(Fraction(480 - 12, 480) * 100)
    assert found.keys() == expected.keys()
    for unit, value in expected.items():
        assert found[unit] == (None if value is None else pytest.approx(value, rel=1e-12)), unit


def test_nasty_names_and_brackets(spark: SparkSession) -> None:
    a, b, c, d = (ast.Variable(n) for n in NASTY)
    formula = Formula(
        ast.Binary(
            ast.Op.SUB,
            a,
            ast.Binary(ast.Op.DIV, ast.Negate(b), ast.Binary(ast.Op.SUB, c, d)),
        )
    )
    sql = formula.to_sql("spark")
    found = [r[0] for r in spark.sql(f"SELECT {sql} FROM pegawai").collect()]  # noqa: S608
    expected = [exact(formula, {name: column(name)[i] for name in NASTY}) for i in range(len(ROWS))]
    assert expected[2] is not None
    assert expected[4] is None
    assert found == pytest.approx(expected)
    assert spark.sql("SELECT COUNT(*) FROM pegawai").collect()[0][0] == len(ROWS)


def test_numbers_alone_and_constants(spark: SparkSession) -> None:
    big = ikicalc.parse("(655,36 + 0%) x (71,24 x 214,19) x 1000000 / 3")
    sql = big.to_sql("spark")
    (row,) = spark.sql(f"SELECT {sql}").collect()
    assert row[0] == pytest.approx(float(big.evaluate({}).exact), rel=1e-12)
    formula = ikicalc.parse(ATTENDANCE)
    sql = to_sql(formula, "spark", constants={"Pegawai": 1, "hari kerja efektif": 240})
    query = f"SELECT {sql} FROM pegawai WHERE unit = 'a'"  # noqa: S608
    (row,) = spark.sql(query).collect()
    assert row[0] == pytest.approx(float(Fraction(2 * 480 - 2 * 12, 2 * 480) * 100))
