"""A list a quantity includes and a worked example after the formula
(``benchmarks/variants_listed.py``): real names (the development cells' labels) with a listing
word, a colon and a list (``… meliputi : A, B dan C``), or followed by the document's figures
put through the formula (``Contoh: 45 / 50 x 100% = 90%``), split into a work half and a fresh
half by a hash of each phrase. Floor: the work half (14.7 % read right before session 16's
rules)."""

from __future__ import annotations

from benchmarks.variants_listed import EXAMPLES, ITEMS, LISTING, half_of, rate


def test_the_pools_split_in_two_halves() -> None:
    for items in (EXAMPLES, ITEMS, LISTING):
        assert {half_of(item) for item in items} == {"work", "fresh"}


def test_cells_of_the_work_half_are_read_right() -> None:
    right, total = rate("work")
    assert total == 300
    assert right / total >= 0.95
