"""The shape variant benchmark (``benchmarks/variants_shapes.py``) holds its floor: the dev
cells read right, written again in the shapes a cell never seen takes (capitals, Title Case,
table columns 20-45 characters wide, typographic quotes, other signs and operator words).
Session 9, before the rules of ``phrasing`` (main c93bd54) and after, on the same dev
file: all shapes 92.8 → 95.0 %, capitals 93.5 → 95.6 %, Title Case 94.8 → 96.5 %, wrapped
at 20 characters 82.7 → 88.0 %, in typographic quotes 81.3 → 99.0 %."""

from __future__ import annotations

from benchmarks.variants_shapes import score

LIMIT = 60
"""Cells per shape (the whole benchmark takes 20 s; ``--limit 60`` about 8 s)."""


def test_shapes_of_cells_never_seen_are_read_right() -> None:
    scored = score(limit=LIMIT)
    right = sum(t.right for t in scored.values())
    total = sum(t.total for t in scored.values())
    assert total >= 1400
    assert right >= 0.95 * total, {s: (t.right, t.total) for s, t in scored.items()}
    for shape, tally in scored.items():  # no shape left behind
        assert tally.right >= 0.8 * tally.total, (shape, tally.failures[:3])


def test_capitals_and_quotes_no_longer_fail() -> None:
    scored = score("ALL CAPS", limit=LIMIT) | score("quotes", limit=LIMIT)
    for shape in ("ALL CAPS", "in typographic quotes"):
        tally = scored[shape]
        assert tally.right >= 0.92 * tally.total, (shape, tally.failures[:3])
