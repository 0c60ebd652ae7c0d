"""Σ over a product of factors that share its index (issue 14, cause 7)."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import ast


def test_the_weighted_index_of_the_iku_perguruan_tinggi() -> None:
    # kepmendikti-358-2025-iku-pt-portal-github#02 (batch 23): Kepmendikti 358/M/KEP/2025
    formula = ikicalc.parse("(∑ nᵢ × kᵢ) / t × 100%")
    assert isinstance(formula.expr, ast.Binary)
    assert formula.variables == ("nᵢ", "kᵢ", "t")
    data = {"nᵢ": [1, 2, 3], "kᵢ": [4, 5, 6], "t": 64}
    assert formula.evaluate(data).exact == Fraction(1 * 4 + 2 * 5 + 3 * 6, 64) * 100
    [guess] = formula.guesses
    assert guess.chosen == "Σ (nᵢ × kᵢ)"
    assert "W110" in [d.code for d in ikicalc.lint("(∑ nᵢ × kᵢ) / t × 100%")]


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("(Σ x_i × w_i × p_i) / N", "Σ (x_i × w_i × p_i) / N"),  # every factor indexed
        ("(∑ nᵢ × kᵢ × t) / 2", "Σ (nᵢ × kᵢ) × t / 2"),  # t has no index: outside
        ("(Σ nᵢ × kⱼ) / 2", "Σ nᵢ × kⱼ / 2"),  # another index: not this sum's
        ("(Σ A × B) / 2", "Σ A × B / 2"),  # names with no written index are never touched
    ],
)
def test_the_shared_index_says_how_far_the_sum_reaches(cell: str, read: str) -> None:
    assert str(ikicalc.parse(cell)) == read


def test_the_canonical_text_means_what_it_says() -> None:
    # printed without brackets, Σ binds to its operand alone; the reading round-trips
    formula = ikicalc.parse("Σ nᵢ × kᵢ")
    assert not formula.guesses
    assert ikicalc.parse(str(ikicalc.parse("(∑ nᵢ × kᵢ) / t"))) == ikicalc.parse("(∑ nᵢ × kᵢ) / t")
