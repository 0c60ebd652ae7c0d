"""Penalties and surcharges as laws say them, the words that close a share's base, a form's note
over its columns (``benchmarks/variants_penalties.py``): the shapes of batches 30 and 31's
cells composed with other names, caps, multiples, fractions, rates, amendments, closing words
and columns, split into a work half and a fresh half by a hash of each item. Floor: the work
half (0 % on session 27's code, 100 % after session 28's rules, which were drawn from the real
cells; the fresh half 11.1 % → 90.3 %)."""

from __future__ import annotations

from benchmarks.variants_penalties import CAPS, CLOSINGS, FRACTIONS, half_of, variants
from tests.public_scoring import read_cell


def test_the_pools_split_in_two_halves() -> None:
    for items in (CAPS, CLOSINGS, FRACTIONS):
        assert {half_of(item) for item in items} == {"work", "fresh"}


def test_sentences_of_the_work_half_are_read_right() -> None:
    cells = [cell for _, _, cell in variants("work")]
    right = sum(read_cell(cell).right for cell in cells)
    assert len(cells) >= 36
    assert right / len(cells) >= 0.95
