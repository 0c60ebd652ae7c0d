"""The bar of a flattened fraction spans the whole line above it (issue 14, devfix).

Real cells: Peraturan Pemerintah Nomor 46 Tahun 2011 (Penilaian Prestasi Kerja PNS),
Penjelasan Pasal 8, transcribed at github.com/mblonyox/data-peraturan (``pp/2011/46.md``; dev
cells ``pp-46-2011-penilaian-prestasi-kerja-pns#03`` and ``#04``). The stacked fraction
``(1,76 x TW - RW) / TW x 100`` was flattened onto one line: its numerator, the scale, its
denominator. The scale stands between numerator and denominator, so the numerator is the
whole sum before it, not its last term. A guess, recorded (lint ``W110``); brackets and an
explicit slash keep their meaning.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc

PP_46_2011 = [
    (
        "c. aspek waktu: penghitungannya menggunakan Rumus: 1,76 x Target Waktu(TW) - "
        "Realisasi Waktu (RW) X 100 Target Waktu (TW)",
        "Target Waktu",
        "Realisasi Waktu",
    ),
    (
        "d. aspek biaya: penghitungannya menggunakan Rumus: 1,76 x Target Biaya(TB) - "
        "Realisasi Biaya (RB) X 100 Target Biaya (TB)",
        "Target Biaya",
        "Realisasi Biaya",
    ),
]


@pytest.mark.parametrize(("text", "target", "actual"), PP_46_2011)
def test_a_flattened_fraction_over_a_difference_of_a_real_regulation(
    text: str, target: str, actual: str
) -> None:
    formula = ikicalc.parse(text)
    names = [str(v) for v in formula.variables]
    assert len(names) == 2
    t_name = next(n for n in names if n.startswith(target))
    r_name = next(n for n in names if n.startswith(actual))
    t, r = Fraction(466, 3), Fraction(98)
    assert formula.evaluate({t_name: t, r_name: r}).exact == (Fraction(176, 100) * t - r) * 100 / t
    assert "W110" in [d.code for d in ikicalc.lint(text)]
    assert ikicalc.parse(str(formula)).expr == formula.expr


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Jumlah A - (Jumlah B x 100 Jumlah C)", "Jumlah A - Jumlah B / Jumlah C × 100"),
        ("Jumlah A - Jumlah B / Jumlah C x 100", "Jumlah A - Jumlah B / Jumlah C × 100"),
        ("100 - Jumlah A x 100% Jumlah B", "100 - Jumlah A / Jumlah B × 100%"),
        ("Jumlah A + Jumlah B x 100% Jumlah C", "(Jumlah A + Jumlah B) / Jumlah C × 100%"),
    ],
)
def test_brackets_a_slash_or_a_number_alone_keep_their_reading(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical
