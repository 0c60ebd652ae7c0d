"""Symbols typed with no spaces and braces that group, as national regulations print them
(PP 36/2024 PNBP KLHK, PP 6/2015 PNBP BPPT: batch 20 of the public cells)."""

from __future__ import annotations

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "variables", "printed"),
    [
        ("Tarif Penggantian Biaya Penataan Batas Kawasan\nHutan=AxB", ("A", "B"), "A × B"),
        ("Tarif Penggantian Biaya Penataan Batas Kawasan\nHutan=Ax(B+C)", ("A", "B", "C"),
         "A × (B + C)"),
        ("Tarif Denda Administratif Melebihi Baku Mutu (DAMBM) =\n((A-B)xCxD)xTD",
         ("A", "B", "C", "D", "TD"), "(A - B) × C × D × TD"),
        ("Denda Administratif Melebihi Baku Mutu Air Limbah =\nCxDxTD", ("C", "D", "TD"),
         "C × D × TD"),
    ],
)
def test_an_x_glued_between_symbols_is_the_product(
    text: str, variables: tuple[str, ...], printed: str
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert str(formula).endswith(printed)
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah Box / Jumlah Taxi x 100%",  # words with an x inside stay words
        "SPM-KL x 100",  # no glued product: the hyphen stays in the name
        "Index(A) / B",
    ],
)
def test_words_with_an_x_or_a_hyphen_stay_names(text: str) -> None:
    formula = ikicalc.parse(text)
    assert all("×" not in name and "−" not in name for name in formula.variables)
    assert len(formula.variables) == (2 if "/" in text else 1)


def test_a_brace_after_a_number_groups_and_multiplies() -> None:
    text = (
        "(2) Tarif atas Jenis Penerimaan Negara Bukan Pajak sebagaimana dimaksud pada ayat (1) "
        "huruf a, dihitung berdasarkan formula sebagai berikut: Π = 0,4 {(N x P ) – C}"
    )
    formula = ikicalc.parse(text)
    assert formula.variables == ("N", "P", "C")
    assert formula.evaluate({"N": 10, "P": 3, "C": 5}) == ikicalc.parse("0,4 × 25").evaluate({})
