"""Amounts as a sentence of law says them (``benchmarks/variants_amounts_said.py``): the shapes
of batches 31 to 34's cells composed with other names, subjects, verbs, fractions, rates and
closing words, split into a work half and a fresh half by a hash of each item. Floor: the work
half (0 % on session 28's code, 100 % after session 29's rules, which were drawn from the real
cells; the fresh half 0 % → 97.2 %)."""

from __future__ import annotations

from benchmarks.variants_amounts_said import CLOSINGS, RATES, VERBS, half_of, variants
from tests.public_scoring import read_cell


def test_the_pools_split_in_two_halves() -> None:
    for items in (CLOSINGS, RATES, VERBS):
        assert {half_of(item) for item in items} == {"work", "fresh"}


def test_sentences_of_the_work_half_are_read_right() -> None:
    cells = [cell for _, _, cell in variants("work")]
    right = sum(read_cell(cell).right for cell in cells)
    assert len(cells) >= 36
    assert right / len(cells) >= 0.95
