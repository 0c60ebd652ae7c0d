"""PP 30/2019 Pasal 41: nilai kinerja PNS and its predikat (ayat (2)–(5))."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.errors import IkiError


def test_70_30_and_60_40() -> None:
    # Ayat (2) huruf a: 70 % SKP + 30 % perilaku; huruf b: 60 % + 40 % (360° perilaku).
    assert ikicalc.nilai_kinerja_pp30(100, 90) == Decimal("97.00")
    assert ikicalc.nilai_kinerja_pp30(100, 90, bobot_skp=60) == Decimal("96.00")
    assert ikicalc.nilai_kinerja_pp30("102,8", "85,5") == Decimal("97.61")


def test_other_weights_are_refused() -> None:
    with pytest.raises(IkiError, match=r"70 .* or 60"):
        ikicalc.nilai_kinerja_pp30(100, 90, bobot_skp=50)


@pytest.mark.parametrize(
    ("nilai", "ide_baru", "predikat"),
    [
        # a. Sangat Baik: 110 ≤ x ≤ 120 and a new idea or method
        (110, True, "Sangat Baik"),
        (120, True, "Sangat Baik"),
        ("109,99", True, "Baik"),
        (110, False, "Baik"),
        # b. Baik: 90 ≤ x ≤ 120
        (90, False, "Baik"),
        (120, False, "Baik"),
        # c. Cukup: 70 ≤ x < 90
        ("89,99", False, "Cukup"),
        (70, False, "Cukup"),
        (70, True, "Cukup"),
        # d. Kurang: 50 ≤ x < 70
        ("69,99", False, "Kurang"),
        (50, False, "Kurang"),
        # e. Sangat Kurang: x < 50
        ("49,99", False, "Sangat Kurang"),
        (0, False, "Sangat Kurang"),
        (-3, False, "Sangat Kurang"),
    ],
)
def test_predikat_half_open_bounds_as_written(nilai: object, ide_baru: bool, predikat: str) -> None:
    assert ikicalc.predikat_pp30(nilai, ide_baru=ide_baru) == predikat


def test_nilai_above_120_is_refused() -> None:
    with pytest.raises(IkiError, match="outside this scale 'pp30-2019'"):
        ikicalc.predikat_pp30("120,01")


def test_predikat_uses_the_nilai_rounded_to_2_places() -> None:
    assert ikicalc.predikat_pp30(Fraction(8999, 100)) == "Cukup"
    assert ikicalc.predikat_pp30("89,995") == "Baik"
    assert ikicalc.predikat_pp30("109,995", ide_baru=True) == "Sangat Baik"


ORDER = ["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"]


@settings(deadline=None)
@given(st.fractions(min_value=-50, max_value=120), st.fractions(min_value=-50, max_value=120))
def test_predikat_never_falls_as_nilai_rises(first: Fraction, second: Fraction) -> None:
    low, high = sorted((first, second))
    for ide_baru in (False, True):
        a = ikicalc.predikat_pp30(low, ide_baru=ide_baru)
        b = ikicalc.predikat_pp30(high, ide_baru=ide_baru)
        assert ORDER.index(a) <= ORDER.index(b)
