"""A stacked fraction whose middle line holds only its label and ``=``, its bar lost, with a
legend under it (``ikicalc/lang/label_middle.py``): the numerator above the label, the
denominator under it up to the legend; a guess (W110). The real cells (batch 17, Perbup Kulon
Progo 36/2018 PPDB) and cells written the same way with other symbols and names."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang.label_middle import LABEL_MIDDLE

PPDB_02 = (  # kulonprogo-perbup-36-2018-ppdb-github#02
    "(NS + NP) x 100\nNA =\nNST + NPT\nKeterangan:\nNA = Nilai Akhir.\nNS = Nilai SHUSBN.\n"
    "NST = Nilai SHUSBN Tertinggi.\nNP = Nilai Prestasi.\nNPT = Nilai Prestasi Tertinggi."
)
PPDB_01 = (  # kulonprogo-perbup-36-2018-ppdb-github#01
    "{(NZ X 100) : NZT} + [{(NS + NP) X 100} : (NST+NPT)]\nNA =\n2\nKeterangan:\n"
    "NA    = Nilai Akhir.\nNZ    = Nilai Zona.\nNZT = Nilai Zona Tertinggi.\n"
    "NS    = Nilai SHUSBN.\nNST = Nilai SHUSBN Tertinggi.\nNP    = Nilai Prestasi.\n"
    "NPT = Nilai Prestasi Tertinggi."
)


def test_the_real_cells() -> None:
    formula = ikicalc.parse(PPDB_02)
    assert formula.label == "Nilai Akhir"
    values = {
        "Nilai SHUSBN": 30,
        "Nilai Prestasi": 10,
        "Nilai SHUSBN Tertinggi": 60,
        "Nilai Prestasi Tertinggi": 20,
    }
    assert formula.evaluate(values).exact == 50
    assert LABEL_MIDDLE in [guess.reason for guess in formula.guesses]
    whole = ikicalc.parse(PPDB_01)
    values |= {"Nilai Zona": 40, "Nilai Zona Tertinggi": 80}
    assert whole.evaluate(values).exact == 50  # (50 + 50) / 2


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        (
            "(PA - PB) x 100\nLPE =\nPB\nKeterangan:\nLPE = Laju pertumbuhan ekonomi\n"
            "PA = PDRB tahun ini\nPB = PDRB tahun lalu",
            {"PDRB tahun ini": 110, "PDRB tahun lalu": 100},
            Fraction(10),
        ),
        (
            "JK + JT\nRK =\n2\ndimana:\nJK = jumlah kehadiran pegawai\nJT = jumlah tepat waktu",
            {"jumlah kehadiran pegawai": 4, "jumlah tepat waktu": 6},
            Fraction(5),
        ),
    ],
)
def test_written_the_same_way(text: str, values: dict[str, int], expected: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert set(formula.variables) == set(values)
    assert formula.evaluate(values).exact == expected
    assert ikicalc.parse(str(formula)) == formula
