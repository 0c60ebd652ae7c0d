"""How the reading tests read a cell and check it, in one place for every file that does it
the same way: a reading that reads back as itself, a guess said by ``W110``, the value with
the names given numbers in their order."""

from __future__ import annotations

from fractions import Fraction

import ikicalc
from ikicalc.lang.formula import Formula

SEVEN_FIVE_THREE = (Fraction(7), Fraction(5), Fraction(3))
"""The values :func:`value_of` gives the first, second and third name read."""


def read_back(text: str) -> Formula:
    """``text`` read; what it prints reads back as the same formula."""
    formula = ikicalc.parse(text)
    assert ikicalc.parse(str(formula)) == formula  # every reading reads back
    return formula


def guessed(text: str) -> str:
    """``text`` read as a guess (never a silent one: ``W110`` says it), printed; the print
    reads back as the same formula."""
    formula = ikicalc.parse(text)
    assert formula.guesses, f"a silent reading: {formula}"
    assert "W110" in {d.code for d in ikicalc.lint(formula)}
    assert ikicalc.parse(str(formula)) == formula
    return str(formula)


def reads_as(text: str, variables: tuple[str, ...], want: Fraction) -> None:
    """``text`` reads the names ``variables``, reads back as itself, and is ``want`` with the
    first name 2 and the second 3."""
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert ikicalc.parse(str(formula)) == formula
    values = dict(zip(variables, (2, 3), strict=False))
    assert formula.evaluate(values).exact == want


def value_of(text: str) -> tuple[list[str], Fraction]:
    """The names ``text`` reads and its value with them :data:`SEVEN_FIVE_THREE`."""
    formula = ikicalc.parse(text)
    names = list(formula.variables)
    data = dict(zip(names, SEVEN_FIVE_THREE, strict=False))
    return names, formula.evaluate(data).exact


def value_counting_from_two(text: str) -> tuple[tuple[str, ...], Fraction]:
    """The names ``text`` reads and its value with them 2, 3, 4 … in their order."""
    formula = ikicalc.parse(text)
    values = {name: index + 2 for index, name in enumerate(formula.variables)}
    return formula.variables, formula.evaluate(values).exact
