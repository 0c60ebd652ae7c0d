"""A formula under two labels, the indicator's name and the symbol it computes
(``ikicalc/lang/titled.py``): the formula is what the last ``=`` gives, the first name is the
label, the symbol between is set aside (a guess, W110). The real cell (batch 17) and cells
written the same way with other names, on two lines and on one."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang.titled import TITLED


@pytest.mark.parametrize(
    ("text", "label", "variables"),
    [
        (  # pupr-panduan-identifikasi-kerusakan-bangunan-2020-github#04
            "Prosentase Kerusakan Atap =\n%Luas C = ((𝐿𝑢𝑎𝑠 𝐶)/(𝐿𝑢𝑎𝑠 𝑇𝑜𝑡𝑎𝑙)) x 100%",
            "Prosentase Kerusakan Atap",
            ("Luas C", "Luas Total"),
        ),
        (
            "Indeks Kepuasan Masyarakat = IKM = (N1 + N2) / 2",
            "Indeks Kepuasan Masyarakat",
            ("N1", "N2"),
        ),
        (
            "Rasio Kemandirian Daerah =\nRKD = PAD / (Transfer Pusat + Pinjaman) x 100%",
            "Rasio Kemandirian Daerah",
            ("PAD", "Transfer Pusat", "Pinjaman"),
        ),
    ],
)
def test_the_name_then_the_symbol_then_the_formula(
    text: str, label: str, variables: tuple[str, ...]
) -> None:
    formula = ikicalc.parse(text)
    assert formula.label == label
    assert formula.variables == variables
    assert TITLED in [guess.reason for guess in formula.guesses]
    assert ikicalc.parse(str(formula)) == formula


def test_the_value_is_the_formula_s() -> None:
    formula = ikicalc.parse("Prosentase Kerusakan Atap =\n%Luas C = ((Luas C)/(Luas Total)) x 100%")
    assert formula.evaluate({"Luas C": 3, "Luas Total": 4}).exact == Fraction(75)


@pytest.mark.parametrize(
    "text",
    [
        "Capaian Kinerja = Realisasi / Target x 100% = 95%",  # a result after the formula
        "A = B = C + D",  # symbols only: no indicator's name
    ],
)
def test_no_chain_of_labels(text: str) -> None:
    try:
        formula = ikicalc.parse(text)
    except ikicalc.IkiError:
        return
    assert TITLED not in [guess.reason for guess in formula.guesses]
