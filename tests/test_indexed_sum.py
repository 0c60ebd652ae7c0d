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
        # t has no index: a constant of each row, inside as mathematics reads a sum (the
        # Semarang kajian's "∑𝑛𝑖=1 𝐿𝐻𝑉𝑖. 𝑚𝑓𝑖. 𝑞" is labelled so)
        ("(∑ nᵢ × kᵢ × t) / 2", "Σ (nᵢ × kᵢ × t) / 2"),
        ("(∑ nᵢ × t × kᵢ) / 2", "Σ (nᵢ × t × kᵢ) / 2"),
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


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        # the limits state the index: a plain last letter carries it, a constant rides along
        ("IKPA = ∑ Ri × Pi × B\n5\ni=1", "IKPA = Σ (Ri × Pi × B)"),
        ("EV = ∑ mfi · q · pri\n i=1", "EV = Σ (mfi × q × pri)"),
        # an index line under the sign states it too
        ("Σ WT HT C\nT", "Σ (WT × HT × C)"),
    ],
)
def test_one_rule_for_how_far_the_sum_reaches_whoever_reads_it(cell: str, read: str) -> None:
    # the equation editor's exports (limits, index lines) and the AST ask the same rule
    formula = ikicalc.parse(cell)
    assert str(formula) == read
    assert len(formula.guesses) == 1


def test_a_plain_last_letter_is_no_index_where_the_cell_states_none() -> None:
    # "poli" and "tunai" end with an i: no limits, no subscript, so no index
    formula = ikicalc.parse("(Σ Jumlah pasien poli × Biaya tunai) / 2")
    assert str(formula) == "Σ Jumlah pasien poli × Biaya tunai / 2"
    assert not formula.guesses
