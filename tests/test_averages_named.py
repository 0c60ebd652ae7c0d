"""'rata-rata' over one name beside another named quantity is a name (mean_list.averages_named)."""

from __future__ import annotations

import ikicalc
from ikicalc.lang import ast


def test_average_in_a_product_of_names_is_a_name() -> None:
    text = "indeks layar x tarif jasa x rata-rata rating program x koefisien jenis layanan"
    formula = ikicalc.parse(text)
    assert "rata-rata rating program" in formula.variables
    again = ikicalc.parse(str(formula))  # the canonical text reads back the same
    assert list(again.variables) == list(formula.variables)


def test_average_beside_a_number_stays_a_mean() -> None:
    formula = ikicalc.parse("10 kali rata-rata jumlah penduduk desa")
    assert list(formula.variables) == ["jumlah penduduk desa"]
    assert any(isinstance(n, ast.Aggregate) for n in ast.walk(formula.expr))


def test_average_alone_stays_a_mean() -> None:
    formula = ikicalc.parse("100% -(rata-rata deviasi RPD Satker)")
    assert list(formula.variables) == ["deviasi RPD Satker"]
