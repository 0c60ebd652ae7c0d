"""Amounts listed in a regulation's sentence and shares of a base (session 23): weighted items
of a sum said in words, two amounts deducted together, a share per mille, the unit a share is
counted per. Each is a way of writing from the blind regulation sets' misses; session 22's code
refused or misread each of these cells (the guards excepted)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.readings import read_back


def _value(text: str, values: tuple[int, ...]) -> Fraction:
    formula = read_back(text)
    return Fraction(formula.evaluate(dict(zip(formula.variables, values, strict=True))).exact)


@pytest.mark.parametrize(
    ("text", "variables", "values", "value"),
    [
        (  # Permen LHK's IKLH, said as a list after "penjumlahan dari"
            "IKLH merupakan penjumlahan dari 30% Indeks Kualitas Air, 30% Indeks Kualitas Udara "
            "dan 40% Indeks Kualitas Tutupan Lahan.",
            ("Indeks Kualitas Air", "Indeks Kualitas Udara", "Indeks Kualitas Tutupan Lahan"),
            (10, 20, 30),
            Fraction(3 + 6 + 12),
        ),
        (  # two items after the verb, the weights' words in brackets; a "dan" in a name
            "(4) Faktor nilai air sebagaimana dimaksud pada ayat (3) dihitung dengan "
            "menjumlahkan 60% (enam puluh persen) komponen sumber daya alam dan 40% (empat "
            "puluh persen) komponen kompensasi peruntukan dan pengelolaan.",
            ("komponen sumber daya alam", "komponen kompensasi peruntukan dan pengelolaan"),
            (10, 20),
            Fraction(6 + 8),
        ),
        (  # names in lower case weighed by percents, the sum written with signs
            "Nilai = 60% (enam puluh persen) nilai SKP + 40% (empat puluh persen) nilai perilaku",
            ("nilai SKP", "nilai perilaku"),
            (50, 100),
            Fraction(30 + 40),
        ),
    ],
)
def test_weighted_items_of_a_sum(
    text: str, variables: tuple[str, ...], values: tuple[int, ...], value: Fraction
) -> None:
    assert read_back(text).variables == variables
    assert _value(text, values) == value


def test_coefficients_without_a_percent_keep_their_products() -> None:
    """A decimal weight already multiplied ('(0,376 × IKA)') is no weight before a name."""
    text = "IKLH = (0,376 × IKA) + (0,405 × IKU) + (0,219 × IKL)"
    assert read_back(text).variables == ("IKA", "IKU", "IKL")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # UU PPh: the two deductions of the gross income
            "(3) Penghasilan neto sebagaimana dimaksud pada ayat (2) dihitung dari penghasilan "
            "bruto dikurangi biaya jabatan dan iuran pensiun yang dibayar oleh pegawai.",
            ("penghasilan bruto", "biaya jabatan", "iuran pensiun yang dibayar oleh pegawai"),
        ),
        (
            "Ruang fiskal adalah total pendapatan daerah dikurangi pendapatan yang "
            "penggunaannya sudah ditentukan dan belanja wajib.",
            (
                "total pendapatan daerah",
                "pendapatan yang penggunaannya sudah ditentukan",
                "belanja wajib",
            ),
        ),
    ],
)
def test_two_amounts_deducted_together(text: str, variables: tuple[str, ...]) -> None:
    assert read_back(text).variables == variables
    assert _value(text, (100, 10, 20)) == 70


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # one word before "dan": its head is shared ("pemotongan dan pemungutan pajak")
        ("Pajak terutang dikurangi pemotongan dan pemungutan pajak", "pemotongan dan pemungutan pajak"),
        # one word after "dan": a qualifier of the name ("miskin dan rentan")
        ("Jumlah penduduk dikurangi jumlah penduduk miskin dan rentan", "jumlah penduduk miskin dan rentan"),
        # a verb after "dan": two predicates of one relative clause
        ("Jumlah sampah dikurangi sampah yang dipilah dan diolah", "sampah yang dipilah dan diolah"),
    ],
)
def test_a_dan_inside_the_deducted_name(text: str, second: str) -> None:
    assert read_back(text).variables[1:] == (second,)


@pytest.mark.parametrize(
    ("text", "variables", "share"),
    [
        (  # per mille, its words in brackets (Perpres 16/2018's late-delivery fine)
            "(8) Denda keterlambatan sebagaimana dimaksud pada ayat (1) huruf a untuk setiap "
            "hari keterlambatan adalah sebesar 1‰ (satu permil) dari nilai kontrak atau nilai "
            "bagian kontrak sebelum Pajak Pertambahan Nilai.",
            ("nilai kontrak atau nilai bagian kontrak sebelum Pajak Pertambahan Nilai",),
            Fraction(1, 1000),
        ),
        (  # the unit the share is counted per, after its base: the value of one unit
            "(2) Pengurangan TPP bagi Pegawai yang terlambat masuk kerja dihitung sebesar 0,5% "
            "(nol koma lima persen) dari TPP Disiplin Kerja untuk setiap 30 (tiga puluh) menit "
            "keterlambatan.",
            ("TPP Disiplin Kerja",),
            Fraction(5, 1000),
        ),
        (  # a condition with its own "kurang dari 18" and commas before the share
            "(2) Kepada Pegawai Negeri Sipil yang mempunyai anak atau anak angkat yang berumur "
            "kurang dari 18 (delapan belas) tahun, belum pernah kawin, tidak mempunyai "
            "penghasilan sendiri, dan nyata menjadi tanggungannya, diberikan tunjangan anak "
            "sebesar 2% (dua persen) dari gaji pokok untuk tiap-tiap anak.",
            ("gaji pokok",),
            Fraction(2, 100),
        ),
    ],
)
def test_a_share_of_a_base_in_a_sentence(
    text: str, variables: tuple[str, ...], share: Fraction
) -> None:
    assert read_back(text).variables == variables
    assert _value(text, (1000,)) == share * 1000


def test_a_period_before_the_quantity_counted_in_it_multiplies() -> None:
    """'2½% dari dasar pensiun untuk tiap-tiap tahun masa kerja' (UU 11/1969): the pension is
    the share of the base for each year of service, times the years."""
    text = (
        "(1) Besarnya pensiun pegawai sebulan adalah 2½% (dua setengah persen) dari dasar "
        "pensiun untuk tiap-tiap tahun masa kerja."
    )
    assert read_back(text).variables == ("dasar pensiun", "masa kerja")
    assert _value(text, (1000, 10)) == 250
