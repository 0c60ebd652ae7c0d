"""Where a quantity's name starts in a regulation's sentence whose predicate opens the formula
(``benchmarks/variants_legal.py``): subjects, predicates, results, conditions and clauses
composed, split into a work half and a fresh half by a hash of each item. Floor: the work half
(20.0 % read right on session 17's code, 100 % after session 18's rules; the fresh half, never
looked at while the rules were written, 0.0 % before)."""

from __future__ import annotations

from benchmarks.variants_legal import ACTIVES, PASSIVES, SUBJECTS, half_of, variants
from tests.public_scoring import read_cell


def test_the_pools_split_in_two_halves() -> None:
    for items in (SUBJECTS, PASSIVES, ACTIVES):
        assert {half_of(item) for item in items} == {"work", "fresh"}


def test_sentences_of_the_work_half_are_read_right() -> None:
    cells = [cell for _, _, cell in variants("work")]
    right = sum(read_cell(cell).right for cell in cells)
    assert len(cells) == 60
    assert right / len(cells) >= 0.95
