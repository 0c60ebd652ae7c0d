"""The Σ groups of ``evaluate_frame`` put back on their rows by looking each row's key up
(:mod:`ikicalc.evaluation.frame_groups`): the same columns as a left join on the key, for
text, integer and category keys, a null key (a group of its own), no ``by`` at all; a key
of several columns is joined."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import ikicalc
from ikicalc.evaluation.frame_groups import with_groups

FORMULA = "Σ hadir / Σ total x 100%"


def _frame(keys: list[object]) -> pl.DataFrame:
    count = len(keys)
    return pl.DataFrame(
        {
            "unit": keys,
            "nip": [str(1000 + i) for i in range(count)],
            "hadir": [(7 * i) % 11 for i in range(count)],
            "total": [10 + i % 3 for i in range(count)],
        },
        strict=False,
    )


def _joined(frame: pl.DataFrame, by: list[str] | None) -> pl.DataFrame:
    """What a left join of the rows with the group totals gives (the reference)."""
    result = ikicalc.evaluate_frame(FORMULA, frame, by=by, target=90)
    totals = result.groups
    rows = frame.lazy()
    if by:
        rows = rows.join(totals.lazy(), on=by, how="left", nulls_equal=True, maintain_order="left")
    else:
        rows = rows.join(totals.lazy(), how="cross", maintain_order="left")
    return rows.collect().select(result.collect().columns)


@pytest.mark.parametrize(
    "keys",
    [
        ["b", "a", "b", None, "a", "c", None, "é ünit", ""],
        [3, 1, 3, None, -7, 2**40, 1, 0, 0],
        ["x", "y", "x", "z"],
    ],
    ids=["text with nulls", "integers with nulls", "text"],
)
def test_looking_up_gives_what_a_join_gives(keys: list[object]) -> None:
    frame = _frame(keys)
    result = ikicalc.evaluate_frame(FORMULA, frame, by="unit", target=90)
    assert "JOIN" not in result.lazy().explain()
    assert_frame_equal(result.collect(), _joined(frame, ["unit"]))


def test_a_category_key_and_no_key() -> None:
    frame = _frame(["p", "q", None, "p"]).with_columns(pl.col("unit").cast(pl.Categorical))
    result = ikicalc.evaluate_frame(FORMULA, frame, by="unit", target=90)
    assert "JOIN" not in result.lazy().explain()
    assert_frame_equal(result.collect(), _joined(frame, ["unit"]))
    whole = ikicalc.evaluate_frame(FORMULA, frame, target=90)
    assert "JOIN" not in whole.lazy().explain()
    assert_frame_equal(whole.collect(), _joined(frame, None))


def test_a_key_of_several_columns_or_of_floats_is_joined() -> None:
    frame = _frame(["a", "b", "a", None]).with_columns(
        pl.Series("tahun", [2024, 2024, 2025, 2024]), pl.Series("skor", [0.5, -0.0, 0.0, None])
    )
    several = ikicalc.evaluate_frame(FORMULA, frame, by=["unit", "tahun"], target=90)
    assert "JOIN" in several.lazy().explain()
    assert_frame_equal(several.collect(), _joined(frame, ["unit", "tahun"]))
    floats = ikicalc.evaluate_frame(FORMULA, frame, by="skor", target=90)
    assert "JOIN" in floats.lazy().explain()
    assert_frame_equal(floats.collect(), _joined(frame, ["skor"]))


def test_with_groups_refuses_what_it_cannot_look_up() -> None:
    rows = pl.LazyFrame({"a": [1.5], "b": ["x"]})
    totals = pl.DataFrame({"a": [1.5], "v": [2.0]})
    assert with_groups(rows, totals, ("a",), ["v"]) is None
    assert with_groups(rows, totals, ("a", "b"), ["v"]) is None
    assert with_groups(rows, pl.DataFrame({"v": [1.0, 2.0]}), (), ["v"]) is None


def test_an_empty_frame() -> None:
    frame = _frame([]).with_columns(pl.col("unit").cast(pl.String))
    result = ikicalc.evaluate_frame(FORMULA, frame, by="unit", target=90)
    assert result.collect().height == 0
    assert result.groups.height == 0


@pytest.mark.parametrize("by", [["unit"], ["unit", "tahun"], []])
def test_group_text_is_guarded_once_a_group_as_each_row_would_be(
    tmp_path: Path, by: list[str]
) -> None:
    """The Σ columns' text is guarded in the totals, before it is put on the rows: what is
    written is the guard of each cell, as if every row had been guarded (keys untouched)."""
    from ikicalc.writers.guard import spreadsheet_text

    data = tmp_path / "data.csv"
    data.write_text(
        'unit,tahun,"x,=A",B\n=U1,2024,1,4\n=U1,2024,,4\nU2,2024,3,4\n,2024,5,\n',
        encoding="utf-8",
    )
    result = ikicalc.evaluate_frame("Σ x / Σ B x 100%", data, by=by or None, columns={"x": "x,=A"})
    out = tmp_path / "out.csv"
    result.write(out)
    written = pl.read_csv(out, separator=",", infer_schema=False)
    expected = result.collect()
    assert written.height == expected.height == 4
    for name in ("error", "kategori"):
        want = [None if v is None else spreadsheet_text(v) for v in expected[name].to_list()]
        assert written[name].to_list() == want
    assert any(v is not None and "x,'=A" in v for v in written["error"].to_list())
    assert written["unit"].to_list() == ["'=U1", "'=U1", "U2", None]
