"""Families of formula cells as offices write them (issue 14), one family per test.

Each test reads several cells written the way documents write them (not only the cells of
the public corpus) and checks the variables and the value, so that a rule that only fits
one cell fails here.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


def _reads(text: str, variables: list[str], data: dict[str, int], want: Fraction | int) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == variables
    assert formula.evaluate(data).exact == want
    assert ikicalc.parse(str(formula)) == formula


# ---- a lone X as a letter of a name (a placeholder: "Indikator X") ------------------------


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("Indeks Variabel = Σ Indikator X / Nilai Maksimum X", ["Indikator X", "Nilai Maksimum X"]),
        ("Skor Aspek X / Skor Maksimal Aspek X", ["Skor Aspek X", "Skor Maksimal Aspek X"]),
        ("(Nilai Komponen X) / Bobot x 100%", ["Nilai Komponen X", "Bobot"]),
    ],
)
def test_a_lone_x_before_a_slash_or_a_bracket_is_a_letter(text: str, variables: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == variables
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize("text", ["Jumlah A / B x", "Jumlah A x", "A / B X"])
def test_a_dangling_x_without_a_letter_x_elsewhere_is_still_an_error(text: str) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="ends too early"):
        ikicalc.parse(text)


# ---- a number that opens with 0. is a decimal, never a thousand ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("IKLH = (0.376 x IKA) + (0.405 x IKU) + (0.219 x IKL)", Fraction(1000, 1)),
        ("0.376 x IKA + 0.405 x IKU + 0.219 x IKL", Fraction(1000, 1)),
        ("(0.5 x IKA) + (0.25 x IKU) + (0.25 x IKL)", Fraction(1000, 1)),
    ],
)
def test_weights_written_with_a_leading_zero_are_decimals(text: str, want: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.evaluate({"IKA": 1000, "IKU": 1000, "IKL": 1000}).exact == want
    assert formula.guesses == ()


def test_a_dot_before_three_digits_still_groups_thousands() -> None:
    formula = ikicalc.parse("Jumlah kasus / Jumlah penduduk x 1.000")
    assert formula.evaluate({"Jumlah kasus": 3, "Jumlah penduduk": 3}).exact == 1000


# ---- th / thn are tahun --------------------------------------------------------------------


def test_th_and_thn_name_the_same_year() -> None:
    text = "Rumus:\n\n(Prod Th t) – (Prod Th t-1) x 100%\n\nProd Thn t-1"
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 2
    data = {"Prod tahun t": 120, "Prod tahun t-1": 100}
    assert formula.evaluate(data).exact == 20
