"""Floors of the numbers benchmark (``benchmarks/variants_numbers.py``): cells of issue 14's
causes 2, 5, 7 and 10 composed from pools split in two halves. The rules of session 12 were
made looking at half ``a``; half ``b`` was read once, at the end, as the honest figure
(85.7 % before the rules, 92.1 % after)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import variants_numbers

from tests.public_scoring import tally_readings

FLOORS = {"a": 0.97, "b": 0.90}


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_the_numbers_variants_read_right(half: str) -> None:
    tallies = tally_readings(
        (family, label, cell) for family, label, cell in variants_numbers.variants(half)
    )
    right = sum(t.right for t in tallies.values())
    total = sum(t.total for t in tallies.values())
    assert total >= 800
    assert right / total >= FLOORS[half], {k: (t.right, t.total) for k, t in tallies.items()}
