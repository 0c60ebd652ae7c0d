"""Floor of the weights benchmark (``benchmarks/variants_weights.py``): weights beside the
quantities they weigh, rates said as regulations say them, growth said in steps, means of noun
phrases that repeat their head, a rate's scale grouped by commas (session 16). The rules were
drawn from the work half (and the real cells of the development set and batch 22) only; the
fresh half is the honest figure, read once before the work and once after it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import variants_weights

from tests.public_scoring import tally_readings

FLOOR = 0.97


def test_the_weights_variants_read_right() -> None:
    tallies = tally_readings(
        (family, label, cell) for family, label, cell in variants_weights.variants("work")
    )
    right = sum(t.right for t in tallies.values())
    total = sum(t.total for t in tallies.values())
    assert total >= 200
    assert right / total >= FLOOR, {k: (t.right, t.total) for k, t in tallies.items()}
