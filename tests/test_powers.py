"""Squares and cubes in superscript, and fractions that weigh a component (below). A symbol's
square is a product, whether the cell looks canonical or not (``x² + y²`` is ``x × x + y × y``, not two names ``x²`` and ``y²``); a power
of a bracket that computes (``(A / B)² x 100%``) is refused with a caret and the product to
write, where before the superscript was set aside as a footnote mark and the value was
silently that of ``A / B × 100%``; a mark after a bracket of words (``(kelurahan)²``) stays
a footnote mark, and a unit's (``m²``) stays in its name."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.errors import FormulaSyntaxError


@pytest.mark.parametrize(
    ("text", "canonical", "values", "value"),
    [
        ("x² + y²", r"\text{x} × \text{x} + y × y", {"x": 3, "y": 4}, 25),
        ("Luas = s²", "Luas = s × s", {"s": 5}, 25),
        ("Volume = s³", "Volume = s × s × s", {"s": 2}, 8),
    ],
)
def test_a_symbols_power_is_a_product(
    text: str, canonical: str, values: dict[str, int], value: int
) -> None:
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    assert ikicalc.parse(str(formula)) == formula
    assert formula.evaluate(values).exact == Fraction(value)
    assert "W110" in [d.code for d in ikicalc.lint(text)]


@pytest.mark.parametrize(
    ("text", "column", "product"),
    [
        ("(a + b)²", 8, "(a + b) × (a + b)"),
        ("(A/B)² x 100%", 6, "(A/B) × (A/B)"),
        ("(Jumlah A + Jumlah B)³", 22, "(Jumlah A + Jumlah B) × (Jumlah A + Jumlah B)"),
    ],
)
def test_a_power_of_a_bracket_is_refused_with_the_product(
    text: str, column: int, product: str
) -> None:
    with pytest.raises(FormulaSyntaxError) as raised:
        ikicalc.parse(text)
    message = str(raised.value)
    assert f"column {column}:" in message
    assert product in message
    assert message.splitlines()[-1].index("^") == column + 1


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("Jumlah desa (kelurahan)² / Jumlah seluruh desa x 100%",
         ["Jumlah desa (kelurahan)²", "Jumlah seluruh desa"]),
        ("Luas (m²) = p x l", ["p", "l"]),
    ],
)  # fmt: skip
def test_marks_and_units_stay_as_they_were(text: str, variables: list[str]) -> None:
    assert list(ikicalc.parse(text).variables) == variables


@pytest.mark.parametrize(
    ("text", "values", "value"),
    [
        ("IPM = 1/3 IK + 1/3 IP + 1/3 ID", {"IK": 3, "IP": 6, "ID": 9}, 6),
        ("Nilai = 1/2 A + 1/2 B", {"A": 4, "B": 8}, 6),
        ("1/2 Jumlah A + 1/2 Jumlah B", {"Jumlah A": 4, "Jumlah B": 8}, 6),
    ],
)
def test_a_fraction_before_a_component_weighs_it(
    text: str, values: dict[str, int], value: int
) -> None:
    """'IPM = 1/3 IK + 1/3 IP + 1/3 ID' was refused where 'IKLH = 0,3 IKA + 0,3 IKU + 0,4
    IKTL' was read: a fraction before a component weighs it as a decimal does."""
    formula = ikicalc.parse(text)
    assert formula.evaluate(values).exact == Fraction(value)
    assert ikicalc.parse(str(formula)) == formula


def test_a_fraction_inside_a_name_stays_there() -> None:
    assert ikicalc.parse("Jumlah penduduk 1/2 Tahun + B").variables[0] == "Jumlah penduduk 1/2 Tahun"
