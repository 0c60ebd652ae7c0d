"""A long run of blanks is no CPU bomb: some expressions of the layout let two quantifiers
share a run of blanks (a name's words and the gap before a bracket, ``[ \\t]*`` then ``\\s*``),
and Python's engine tried every split at every start: the cube of the run's length, minutes
for a cell of 4 000 blanks before ``(x)`` or ``:`` and an hour at the limit of 10 000
characters (found in session 19). Checked as a ratio in the same run, not a time: four times
the blanks may cost about sixteen times (the square, what is left), never sixty-four."""

from __future__ import annotations

import contextlib
import time

import pytest

import ikicalc
from ikicalc.errors import IkiError
from ikicalc.lang.parser import parse


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        parse.cache_clear()
        start = time.perf_counter()
        with contextlib.suppress(IkiError):
            ikicalc.parse(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("blank", [" ", "\t", "\n"])
@pytest.mark.parametrize(
    "end", [" (x)", " (X)", ": x", "\n:", " dengan kriteria sebagai berikut:", " maka A"]
)
def test_four_times_the_blanks_cost_far_less_than_the_cube(blank: str, end: str) -> None:
    short, long = (f"A / B x 100% {blank * n}{end}" for n in (300, 1200))
    _cost(short)  # the expressions compiled, the grammar built
    assert _cost(long) / _cost(short) < 40
