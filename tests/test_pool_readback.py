"""The canonical text of the variant pools' readings reads back (``parse(str(f)) == f``).

The hypothesis tests draw texts from the grammar; the pools (``benchmarks/silent_wrong.py``
``POOLS``, work halves only) hold what documents write and what the readings after the
grammar make of it: names a lost bar left whole, a bracket's remark, a hyphen a line wrap left.
Every eighth distinct text of every pool, about 3 300 readings.
"""

from __future__ import annotations

import pytest

import ikicalc
from benchmarks.silent_wrong import POOLS


@pytest.mark.parametrize("pool", sorted(POOLS))
def test_the_canonical_text_of_every_reading_reads_back(pool: str) -> None:
    seen: set[str] = set()
    wrong: list[tuple[str, str]] = []
    read = 0
    for cell in POOLS[pool]("work"):
        text = cell["text"]
        if text in seen:
            continue
        seen.add(text)
        if len(seen) % 8:
            continue
        try:
            formula = ikicalc.parse(text)
        except ikicalc.FormulaSyntaxError:
            continue
        read += 1
        try:
            again = ikicalc.parse(str(formula))
        except ikicalc.FormulaSyntaxError as error:
            wrong.append((text, str(error)))
            continue
        if again != formula:
            wrong.append((text, str(formula)))
    assert wrong == []
    assert read > 0
