"""A column name is one quoted identifier in the SQL of every dialect, whatever it holds
(issue 12: on BigQuery a name containing a dot became a path)."""

from __future__ import annotations

import pytest
import sqlglot
from sqlglot import exp

import ikicalc

HOSTILE = ["a`b", 'a"b', "a'b", "a`b'c\"d", "x\\`", "Jumlah PNS; DROP TABLE t --", "a]b"]


def _columns(sql: str, dialect: str) -> list[exp.Column]:
    return list(sqlglot.parse_one(sql, read=dialect).find_all(exp.Column))


@pytest.mark.parametrize("dialect", ["bigquery", "duckdb", "postgres", "spark", "sqlite"])
@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_column_name_is_one_quoted_identifier_that_round_trips(
    name: str, dialect: str
) -> None:
    sql = ikicalc.parse("A / B x 100%").to_sql(dialect, columns={"A": name, "B": "B"})
    columns = _columns(sql, dialect)
    assert [c.parts[0].name for c in columns if len(c.parts) == 1] == [name, "B"]
    assert all(len(c.parts) == 1 and c.parts[0].args.get("quoted") for c in columns), sql
    again = sqlglot.transpile(sql, read=dialect, write=dialect)[0]
    assert [c.name for c in _columns(again, dialect)] == [name, "B"]
    assert all(len(c.parts) == 1 for c in _columns(again, dialect))


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "spark", "sqlite"])
def test_a_dotted_column_name_stays_one_identifier_where_quoting_allows_it(dialect: str) -> None:
    name = "proj.ds.kolom`'\""
    sql = ikicalc.parse("A / B x 100%").to_sql(dialect, columns={"A": name, "B": "B"})
    columns = _columns(sql, dialect)
    assert [(len(c.parts), c.name) for c in columns] == [(1, name), (1, "B")]


@pytest.mark.parametrize("name", ["proj.ds.kolom", "a.b`c'd\"e", "."])
def test_bigquery_refuses_a_dotted_column_name_instead_of_reading_a_path(name: str) -> None:
    formula = ikicalc.parse("A / B x 100%")
    with pytest.raises(ikicalc.IkiError, match=r"BigQuery reads a '\.'"):
        formula.to_sql("bigquery", columns={"A": name, "B": "B"})
    # the same name is one identifier in DuckDB, and BigQuery takes the other names
    assert len(_columns(formula.to_sql("duckdb", columns={"A": name, "B": "B"}), "duckdb")) == 2
    assert formula.to_sql("bigquery", columns={"A": "a_b", "B": "B"}).startswith("CAST(`a_b`")
