"""PermenPAN-RB 8/2021: capaian IKI, kategori and nilai capaian IKI, nilai akhir SKP.

Worked examples are quoted with the page of the Salinan (Lampiran) they are printed on.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.errors import IkiError
from ikicalc.numbers import round_half_up
from ikicalc.rules.iki_2021 import (
    KATEGORI_CAPAIAN,
    capaian_iki,
    kategori_capaian,
    nilai_akhir_skp,
    nilai_capaian_iki,
    nilai_kinerja_tambahan,
    nilai_tertimbang,
)

# --- capaian IKI: the printed examples (Lampiran Bab VI, p. 100 of the Salinan) -------------


def test_range_target_realisasi_below_uses_the_lower_bound() -> None:
    # Target 80 – 90 %, realisasi 70 %: 70 % / 80 % × 100 % = 87,5 % (printed "87,5%").
    assert capaian_iki(70, (80, 90)) == Decimal("87.50")


def test_range_target_realisasi_above_uses_the_upper_bound_not_the_misprint() -> None:
    # Target 80 – 90 %, realisasi 92 %: the page prints "92% / 90% × 100% = 113%", which
    # contradicts its own formula; the arithmetic is 102,22 %, and that is what ikicalc gives.
    assert capaian_iki(92, (80, 90)) == Decimal("102.22")
    assert capaian_iki(92, (80, 90), exact=True) == Fraction(920, 9)
    assert capaian_iki(92, (80, 90)) != Decimal("113")


def test_range_target_realisasi_inside_is_100() -> None:
    assert capaian_iki(85, (80, 90)) == Decimal("100.00")


def test_kondisi_khusus_range_target_examples() -> None:
    # "Ketepatan waktu penyelesaian aplikasi", target 7 – 8 bulan:
    # realisasi 6,5 bulan: (1 + (1 − 6,5/7)) × 100 % = 107 % (printed rounded);
    # realisasi 9 bulan: (1 + (1 − 9/8)) × 100 % = 87,5 %.
    assert capaian_iki("6,5", (7, 8), kondisi="khusus") == Decimal("107.14")
    assert round(capaian_iki("6,5", (7, 8), kondisi="khusus")) == 107
    assert capaian_iki(9, (7, 8), kondisi="khusus") == Decimal("87.50")


def test_kondisi_normal_is_realisasi_over_target() -> None:
    # The Direktur Jenderal III table (p. 243): target 95, realisasi 93 → "98%".
    assert capaian_iki(93, 95) == Decimal("97.89")
    assert nilai_capaian_iki(capaian_iki(93, 95)).persen == 98


def test_unknown_kondisi_is_explained() -> None:
    with pytest.raises(IkiError, match=r"'normal'.*'khusus'"):
        capaian_iki(1, 1, kondisi="terbalik")


def test_capaian_with_units_as_the_capaian_function_reads_them() -> None:
    assert capaian_iki("6,5 bulan", "7 bulan", kondisi="khusus") == Decimal("107.14")


# --- kategori and nilai capaian IKI -------------------------------------------------------


def test_direktur_jenderal_iii_table_rows() -> None:
    # Lampiran p. 243: 85 of 85 → 100 %, Baik, 109; 93 of 95 → 98 %, Cukup, 88.
    baik = ikicalc.nilai_capaian_iki(capaian_iki(85, 85))
    assert (baik.persen, baik.kategori, baik.nilai) == (100, "Baik", Decimal("109.00"))
    cukup = ikicalc.nilai_capaian_iki(capaian_iki(93, 95))
    assert (cukup.persen, cukup.kategori, cukup.nilai) == (98, "Cukup", Decimal("88.00"))


def test_issue_example_98_is_cukup_and_100_is_baik() -> None:
    assert ikicalc.nilai_capaian_iki(98).kategori == "Cukup"
    assert ikicalc.nilai_capaian_iki(100).kategori == "Baik"


@pytest.mark.parametrize(
    ("capaian", "kategori", "nilai"),
    [
        # Cukup: 70 + (89 − 70) / (99 % − 80 %) × (capaian − 80 %)
        (80, "Cukup", Fraction(70)),
        (90, "Cukup", Fraction(80)),
        (99, "Cukup", Fraction(89)),
        # Kurang: 50 + (69 − 50) / (79 % − 60 %) × (capaian − 60 %)
        (60, "Kurang", Fraction(50)),
        (70, "Kurang", Fraction(60)),
        (79, "Kurang", Fraction(69)),
        # Sangat Kurang: capaian / 59 % × 49
        (0, "Sangat Kurang", Fraction(0)),
        (30, "Sangat Kurang", Fraction(30 * 49, 59)),
        (59, "Sangat Kurang", Fraction(49)),
        # Sangat Baik: 110 + (120 − 110) / (110 % − 101 %) × (capaian − 101 %)
        (101, "Sangat Baik", Fraction(110)),
        (105, "Sangat Baik", 110 + Fraction(10, 9) * 4),
        (110, "Sangat Baik", Fraction(120)),
        # above 110 %: 120 (huruf h)
        (111, "Sangat Baik", Fraction(120)),
        (500, "Sangat Baik", Fraction(120)),
    ],
)
def test_nilai_by_interpolation_in_each_kategori(
    capaian: int, kategori: str, nilai: Fraction
) -> None:
    result = nilai_capaian_iki(capaian)
    assert (result.kategori, result.exact) == (kategori, nilai)
    assert result.nilai == round_half_up(nilai)


def test_sangat_kurang_value_is_rounded_half_up_at_presentation() -> None:
    result = nilai_capaian_iki(30)
    assert result.exact == Fraction(1470, 59)
    assert result.nilai == Decimal("24.92")


def test_target_maksimal_makes_100_percent_sangat_baik_120() -> None:
    # Huruf (i) example: "Persentase Pengelolaan Keuangan yang Bebas dari Temuan Material",
    # target 100 %, realisasi 100 %: Sangat Baik, nilai 120.
    result = ikicalc.nilai_capaian_iki(100, target_maksimal=True)
    assert (result.kategori, result.nilai) == ("Sangat Baik", Decimal("120.00"))
    assert kategori_capaian(100, target_maksimal=True) == "Sangat Baik"
    # The flag changes nothing below or above 100 %.
    assert nilai_capaian_iki(98, target_maksimal=True) == nilai_capaian_iki(98)


@pytest.mark.parametrize(
    ("capaian", "kategori"),
    [
        ("99,49", "Cukup"),
        ("99,5", "Baik"),
        ("100,49", "Baik"),
        ("100,5", "Sangat Baik"),
        ("79,49", "Kurang"),
        ("79,5", "Cukup"),
        ("59,49", "Sangat Kurang"),
        ("59,5", "Kurang"),
        ("110,49", "Sangat Baik"),
    ],
)
def test_printed_gaps_are_split_at_the_half_percent(capaian: str, kategori: str) -> None:
    assert kategori_capaian(capaian) == kategori
    assert nilai_capaian_iki(capaian).kategori == kategori


def test_negative_capaian_is_sangat_kurang_with_nilai_0() -> None:
    # Kondisi khusus: realisasi 25 against target 10 is (1 + (1 − 2,5)) × 100 % = −50 %.
    capaian = capaian_iki(25, 10, kondisi="khusus")
    assert capaian == Decimal("-50.00")
    result = nilai_capaian_iki(capaian)
    assert (result.kategori, result.nilai, result.exact) == ("Sangat Kurang", Decimal("0.00"), 0)


def test_inputs_as_capaian_accepts_them() -> None:
    assert nilai_capaian_iki("98,5") == nilai_capaian_iki(Decimal("98.5"))
    assert nilai_capaian_iki(Fraction(197, 2)).persen == 99
    with pytest.raises(IkiError, match="capaian"):
        nilai_capaian_iki("banyak")


def test_kategori_agrees_with_the_built_in_scale() -> None:
    table = ikicalc.scale("capaian-iki-2021")
    for tenth in range(-200, 1300):
        value = Fraction(tenth, 10)
        assert kategori_capaian(value) == table.classify(value).label


@settings(deadline=None)
@given(st.fractions(min_value=-100, max_value=200))
def test_nilai_stays_in_0_to_120_and_kategori_is_known(capaian: Fraction) -> None:
    result = nilai_capaian_iki(capaian)
    assert 0 <= result.exact <= 120
    assert result.kategori in KATEGORI_CAPAIAN
    assert result.kategori == ikicalc.scale("capaian-iki-2021").classify(capaian).label


@settings(deadline=None)
@given(
    st.fractions(min_value=-100, max_value=200),
    st.fractions(min_value=-100, max_value=200),
)
def test_nilai_is_monotone_in_capaian_within_each_kategori_and_across(
    first: Fraction, second: Fraction
) -> None:
    low, high = sorted((first, second))
    a, b = nilai_capaian_iki(low), nilai_capaian_iki(high)
    assert a.exact <= b.exact
    # and a larger capaian never has a worse kategori
    assert KATEGORI_CAPAIAN.index(a.kategori) >= KATEGORI_CAPAIAN.index(b.kategori)


@pytest.mark.parametrize("kategori", KATEGORI_CAPAIAN)
def test_nilai_is_strictly_increasing_inside_each_interpolated_kategori(kategori: str) -> None:
    whole = [p for p in range(-5, 116) if nilai_capaian_iki(p).kategori == kategori]
    values = [nilai_capaian_iki(p).exact for p in whole]
    assert values == sorted(values)
    if kategori not in ("Baik",):
        inside = [v for p, v in zip(whole, values, strict=True) if 0 <= p <= 110]
        assert len(set(inside)) == len(inside)


# --- nilai tertimbang, kinerja tambahan, nilai akhir SKP ---------------------------------


def test_nilai_akhir_skp_of_the_direktur_jenderal_iii() -> None:
    # Lampiran p. 243: NILAI AKHIR SKP = (59,2 + 43,6) + 0 = 102,8.
    assert ikicalc.nilai_akhir_skp(["59,2", "43,6"]) == Decimal("102.80")
    assert ikicalc.nilai_akhir_skp([Decimal("59.2"), Decimal("43.6")], ()) == Decimal("102.80")


def test_kinerja_tambahan_is_capped_at_10() -> None:
    assert nilai_akhir_skp([100], [4, 3]) == Decimal("107.00")
    assert nilai_akhir_skp([100], [8, 8]) == Decimal("110.00")


@pytest.mark.parametrize(
    ("kategori", "factor"),
    [("Sangat Baik", 100), ("Baik", 80), ("Cukup", 60), ("Kurang", 40), ("Sangat Kurang", 20)],
)
def test_kinerja_tambahan_factor_by_kategori(kategori: str, factor: int) -> None:
    # factor × bobot / 100 × nilai / 100
    assert ikicalc.nilai_kinerja_tambahan(kategori, 10, 100) == Decimal(factor) / 10
    assert nilai_kinerja_tambahan(kategori.upper().replace(" ", "-"), "10", "120") == (
        Decimal(factor * 12) / 100
    ).quantize(Decimal("0.01"))


def test_kinerja_tambahan_errors() -> None:
    with pytest.raises(IkiError, match="unknown kategori kinerja tambahan 'Istimewa'"):
        nilai_kinerja_tambahan("Istimewa", 10, 100)
    with pytest.raises(IkiError, match="negative"):
        nilai_kinerja_tambahan("Baik", -1, 100)


def test_nilai_tertimbang_is_the_weighted_mean() -> None:
    assert nilai_tertimbang([109], 40) == Decimal("43.60")
    assert nilai_tertimbang([109, 88, 99], 60) == Decimal("59.20")
    with pytest.raises(IkiError, match="at least one"):
        nilai_tertimbang([], 40)
    with pytest.raises(IkiError, match="from 0 to 100"):
        nilai_tertimbang([100], 140)


def test_nilai_akhir_needs_the_kinerja_utama() -> None:
    with pytest.raises(IkiError, match="kinerja utama"):
        nilai_akhir_skp([])


def test_the_linear_pieces_for_column_engines_give_the_same_nilai() -> None:
    from ikicalc.rules.iki_2021 import potongan_nilai

    pieces = potongan_nilai()
    for persen in range(-30, 140):
        (piece,) = [
            p
            for p in pieces
            if (p.dari is None or p.dari <= persen) and (p.sampai is None or persen <= p.sampai)
        ]
        start = persen if piece.dari is None else piece.dari
        value = piece.dasar + piece.kemiringan * (persen - start)
        assert value == nilai_capaian_iki(persen).exact, persen
