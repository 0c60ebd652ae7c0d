"""A table's label column ended by a colon before the formula (``lang/labels.py``): a list
number, the label's words, the gap of a column, ``:``, then the next column's formula. The
real cells (batch 17, Perbup Kulon Progo 1/2005, the tariff shares of RSUD Wates) and cells
written the same way with other labels and shares."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "variable", "share"),
    [
        (  # kulonprogo-perbup-1-2005-tarif-rsud-wates-github#04
            "1. operasional            : 90 % (sembilan puluh per seratus) dari jasa sarana; dan",
            "jasa sarana",
            Fraction(9, 10),
        ),
        (  # kulonprogo-perbup-1-2005-tarif-rsud-wates-github#06: the label says "dibagi"
            "2. dibagi seluruh karyawan                   : 27,5% (dua puluh tujuh koma lima per"
            " seratus)\ndari total jasa medik;",
            "total jasa medik",
            Fraction(11, 40),
        ),
        (  # other labels and shares
            "a) insentif petugas lapangan\t: 15% dari total pendapatan retribusi",
            "total pendapatan retribusi",
            Fraction(3, 20),
        ),
        (
            "3. biaya pemeliharaan alat      :   10 % (sepuluh persen) dari jasa sarana",
            "jasa sarana",
            Fraction(1, 10),
        ),
    ],
)
def test_a_label_column_before_a_colon(text: str, variable: str, share: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (variable,)
    assert formula.evaluate({variable: 100}).exact == share * 100


def test_a_colon_between_two_quantities_still_divides() -> None:
    formula = ikicalc.parse("Jumlah PNS yang hadir : Jumlah PNS x 100%")
    assert formula.variables == ("Jumlah PNS yang hadir", "Jumlah PNS")
