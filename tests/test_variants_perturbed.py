"""The perturbation benchmark (``benchmarks/variants_perturbed.py``) holds its floor: the dev
cells read right, each disturbed once as public documents disturb a formula (a preamble, a
remark or a target after it, footnote marks, another operator word, spaces, a line wrap inside
a name, a stray period, ``persen``). Session 10, before the reading of last resort: all kinds
80.9 % (6 711 of 8 296); ``*)`` after the formula 2.8 %, a remark after a semicolon 57.3 %,
``(Target 100%)`` 78.0 %, ``dikali 100`` 78.3 %."""

from __future__ import annotations

from benchmarks.variants_perturbed import score

LIMIT = 60
"""Cells per kind (the whole benchmark takes about 40 s)."""


def test_perturbed_cells_are_read_right() -> None:
    scored = score(limit=LIMIT)
    right = sum(t.right for t in scored.values())
    total = sum(t.total for t in scored.values())
    assert total >= 1200
    assert right >= 0.94 * total, {k: (t.right, t.total) for k, t in scored.items()}
    for kind, tally in scored.items():  # no kind left behind
        assert tally.right >= 0.7 * tally.total, (kind, tally.failures[:3])
