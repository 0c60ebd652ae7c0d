"""Dashes that are not two minus signs. A bar of two or three dashes that opens its line and
stands alone on it, or before the scale, as a narrow column exports a fraction ('a' / '---
x 100%' / 'b'), is the fraction's bar; two hyphens typed between two operands ('A -- B', a
dash as typists write it) are one minus sign, a guess (W110). Before, both were read as two
minus signs: A − (−B), the sum, silently."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A\n--\nB", Fraction(6, 3)),
        ("a\n--- x 100%\nb", Fraction(200)),
        ("Jumlah A\n--- x 100%\nJumlah B", Fraction(200)),
        ("A -- B", Fraction(3)),
        ("Realisasi -- Target", Fraction(3)),
    ],
)
def test_dashes_read_as_a_bar_or_one_minus(text: str, value: Fraction) -> None:
    formula = ikicalc.parse(text)
    names = list(formula.variables)
    assert len(names) == 2
    assert formula.evaluate({names[0]: 6, names[1]: 3}).exact == value


def test_two_hyphens_between_operands_are_a_guess() -> None:
    assert "W110" in [d.code for d in ikicalc.lint("A -- B")]


def test_a_minus_before_a_negative_operand_stays() -> None:
    formula = ikicalc.parse("A - -B")
    assert formula.evaluate({"A": 6, "B": 3}).exact == 9
