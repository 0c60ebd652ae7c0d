"""The cells written blind in the styles of the country's documents (session 21,
``benchmarks/score_written.py``): well formed, and read right at no less than the rate they
reached (a ratchet: raise it as the reader improves)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.public_scoring import parse_structure, read_cell, structure_variables

PATH = Path(__file__).resolve().parent / "data" / "written-cells.jsonl"
FLOOR = 0.93
"""513 of 550 at the end of session 21."""


def _cells() -> list[dict[str, object]]:
    return [json.loads(line) for line in PATH.read_text("utf-8").splitlines() if line]


def test_every_written_cell_is_labelled_over_its_own_words() -> None:
    cells = _cells()
    assert len({cell["id"] for cell in cells}) == len(cells) == 550
    for cell in cells:
        text = " ".join(str(cell["text"]).split())
        names = [str(name) for name in cell["variables"]]  # type: ignore[union-attr]
        assert all(" ".join(name.split()) in text for name in names), cell["id"]
        plain, summed = structure_variables(parse_structure(str(cell["structure"])))
        assert plain | summed == set(range(1, len(names) + 1)), cell["id"]


def test_the_written_cells_read_right_at_the_floor() -> None:
    readings = [read_cell(cell) for cell in _cells()]
    rate = sum(r.right for r in readings) / len(readings)
    assert rate >= FLOOR, f"{rate:.3f} < {FLOOR}: python benchmarks/score_written.py --show-failures"
