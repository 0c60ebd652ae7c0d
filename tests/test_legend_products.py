"""Symbols of a legend written side by side with nothing between them (``H=DQN``, BAPETEN
Kepka 12/1999: "Dosis Ekivalen (H) : hasil kali antara dosis serap (D), faktor kualitas (Q),
dan … (N)"): a name that no entry gives and that the legend's symbols spell in one way only
is their product, as algebra writes it; a guess (W110). The real formula with its legend
written under it, joined, and the same with other symbols, names and lengths."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang.symbols import RUN_TOGETHER

_DOSIS = ("dosis serap", "faktor kualitas", "faktor modifikasi lainnya")


@pytest.mark.parametrize(
    "text",
    [
        "H=DQN\ndengan:\nD = dosis serap\nQ = faktor kualitas\nN = faktor modifikasi lainnya",
        "H=DQN\nD : dosis serap\nQ : faktor kualitas\nN : faktor modifikasi lainnya",
        "H=DQN dengan: D = dosis serap Q = faktor kualitas N = faktor modifikasi lainnya",
        "H = DQN, dimana D = dosis serap, Q = faktor kualitas, N = faktor modifikasi lainnya",
    ],
)
def test_the_dose_as_the_regulation_writes_it(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == _DOSIS
    assert formula.evaluate(dict(zip(_DOSIS, (2, 3, 5), strict=True))).exact == 30
    assert [g.reason for g in formula.guesses].count(RUN_TOGETHER) == 1


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("E = MC\nM = massa benda\nC = kecepatan cahaya", (4, 5), Fraction(20)),
        (
            "Luas = PL x 1/2\nKeterangan:\nP = panjang sisi lahan\nL = lebar sisi lahan",
            (4, 5),
            Fraction(10),
        ),
        (
            "Rp = TkHk Keterangan: Tk = Tarif per kunjungan Hk = Jumlah hari kunjungan",
            (7, 3),
            Fraction(21),
        ),
    ],
)
def test_other_symbols_run_together(
    text: str, values: tuple[int, ...], expected: Fraction
) -> None:
    formula = ikicalc.parse(text)
    assert len(formula.variables) == len(values)
    assert formula.evaluate(dict(zip(formula.variables, values, strict=True))).exact == expected


@pytest.mark.parametrize(
    "text",
    [
        "H=DQN",  # no legend: one symbol
        "IPM = PDRB x 2\nPDRB = produk domestik\nP = Jumlah penduduk\nD = Jumlah desa",
        "DQN = D x 2\nD = dosis serap\nDQN = dosis total",  # DQN has an entry of its own
    ],
)
def test_a_word_no_run_of_symbols_spells_stays_one(text: str) -> None:
    formula = ikicalc.parse(text)
    assert RUN_TOGETHER not in [g.reason for g in formula.guesses]
