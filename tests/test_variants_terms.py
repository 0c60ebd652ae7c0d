"""The time a regulation's rate runs, a mean over a period, a case or a condition beside a sum,
a share in a listed item (``benchmarks/variants_terms.py``): the shapes of batch 29's cells
composed with other names, rates, terms, cases and conditions, split into a work half and a
fresh half by a hash of each item. Floor: the work half (0 % on session 26's code for all but
the case and condition family, 100 % after session 27's rules, which were drawn from the real
cells)."""

from __future__ import annotations

from benchmarks.variants_terms import CASES, CONDITIONS, TERMS, half_of, variants
from tests.public_scoring import read_cell


def test_the_pools_split_in_two_halves() -> None:
    for items in (TERMS, CASES, CONDITIONS):
        assert {half_of(item) for item in items} == {"work", "fresh"}


def test_sentences_of_the_work_half_are_read_right() -> None:
    cells = [cell for _, _, cell in variants("work")]
    right = sum(read_cell(cell).right for cell in cells)
    assert len(cells) >= 48
    assert right / len(cells) >= 0.95
