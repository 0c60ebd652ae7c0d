"""The Polars twin of the spreadsheet guard writes what the Python guard writes (issue 12)."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from ikicalc.writers.guard import spreadsheet_text
from ikicalc.writers.guard_polars import guard_frame

HOSTILE = [
    "=HYPERLINK(\"x\")", "\u00a0=1", "\ufeff+1", "\u200b-1", "\u202e@x", " \t=1", "\r=1",
    ",=1+1", "a;-1", "two\n@lines", "x,\u00a0'=1", "\x1b[31mred", "nul\x00", "ok", "", "\x85x",
    "＝1", "100%", "a - b",
]
_TEXT = st.text(
    alphabet=st.sampled_from(list("=+-@,;\t\r\n '\"aZ1\u00a0\ufeff\u200b\u202e\x1b\x00\x7f\x85")),
    max_size=12,
)


def test_hostile_cells_and_names_are_guarded_as_the_python_guard_does() -> None:
    frame = pl.LazyFrame({"=nama": HOSTILE, "n": list(range(len(HOSTILE)))})
    out = guard_frame(frame).collect()
    assert out.columns == ["'=nama", "n"]  # the header row is guarded too
    assert out["'=nama"].to_list() == [spreadsheet_text(t) for t in HOSTILE]
    assert out["n"].to_list() == list(range(len(HOSTILE)))


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=8))
def test_the_polars_guard_agrees_with_the_python_guard(texts: list[str]) -> None:
    out = guard_frame(pl.LazyFrame({"t": texts})).collect()
    assert out["t"].to_list() == [spreadsheet_text(t) for t in texts]
