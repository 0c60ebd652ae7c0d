"""A figure said again in words after its digits, and a unit in brackets after a number
(ikicalc/lang/said_digits.py, ikicalc.numbers.restates)."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.numbers import restates


@pytest.mark.parametrize(
    ("digits", "words", "same"),
    [
        ("85.000,00", "delapan puluh lima ribu rupiah", True),
        ("0,0944", "nol koma nol sembilan empat empat persen", True),
        ("1.000.000", "satu juta rupiah", True),
        ("90", "sembilan puluh", True),
        ("12", "tiga belas", False),  # another number: not a restatement
        ("100", "persen", False),  # no number word
        ("1.2.3", "satu", False),  # no number
    ],
)
def test_restates_by_value(digits: str, words: str, same: bool) -> None:
    assert restates(digits, words) is same


@pytest.mark.parametrize(
    ("text", "names", "value"),
    [
        ("Jumlah bantuan x Rp85.000,00 (delapan puluh lima ribu rupiah)", ["Jumlah bantuan"], 170000),
        ("Rp 5.000,- (lima ribu rupiah) x Jumlah peserta", ["Jumlah peserta"], 10000),
        ("Nilai impor x 7,5% (tujuh koma lima persen)", ["Nilai impor"], 0.15),
        ("Jumlah hari x 90 (sembilan puluh) x Tarif", ["Jumlah hari", "Tarif"], 360),
        ("300.000.000 + {3.000.000 x (n - 100 (Mbps))}", ["n"], 300000000 - 294000000),
        ("Luas x 24 (kWh) x Tarif", ["Luas", "Tarif"], 96),
    ],
)
def test_said_beside_digits_set_aside(text: str, names: list[str], value: float) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == names
    result = formula.evaluate(dict.fromkeys(names, 2)).exact
    assert float(result) == pytest.approx(value)


def test_words_in_a_name_stay() -> None:
    # "1 (satu) tahun" inside a name: the name's words, as the document wrote them
    formula = ikicalc.parse("pagu anggaran 1 (satu) tahun / Jumlah B")
    assert list(formula.variables) == ["pagu anggaran 1 (satu) tahun", "Jumlah B"]


def test_other_words_in_brackets_stay() -> None:
    # words that say another number are no restatement: they stay a name
    formula = ikicalc.parse("A x Rp85.000,00 (sembilan puluh ribu rupiah)")
    assert "sembilan puluh ribu rupiah" in formula.variables
