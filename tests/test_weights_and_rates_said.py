"""Weights written beside the quantity they weigh, rates said with their unit, and means of
listed noun phrases (session 16, issue 14 causes 7 and 10).

A composite index weighs its components with a percent in brackets after each (``Nilai SKP
(60%) + Nilai Perilaku (40%)``), or lists them in a sentence with their weights (``parameter:
SDM (50%), Sarana dan Prasarana (35%) serta Kesiapsiagaan Masyarakat (15%)``), or says the
weight after ``dengan bobot``. Regulations write a rate in digits and again in words before
``persen`` (``2 (dua) persen``), in words only (``lima persen dari A``), and with the unit it
is counted in (``2% (dua persen) per bulan dari pajak``, ``Rp 150.000 per orang per hari``).
A mean of noun phrases that repeat their head noun (``rata-rata nilai IKM dan nilai SAKIP``)
is the mean of the listed quantities.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from tests.readings import SEVEN_FIVE_THREE
from tests.readings import value_of as _value

A, B, C = SEVEN_FIVE_THREE


# (cell, the names read, the value with the first name 7, the second 5, the third 3)
READ: list[tuple[str, list[str], Fraction]] = [
    # a percent in brackets after each weighed name
    ("Nilai Akhir = Nilai SKP (60%) + Nilai Perilaku (40%)", ["Nilai SKP", "Nilai Perilaku"],
     Fraction(31, 5)),
    ("NA = NZ (40%) + NS (30%) + NP (30%)", ["NZ", "NS", "NP"], Fraction(26, 5)),
    ("NA = (NZ (40%)) + (NS (60%))", ["NZ", "NS"], Fraction(29, 5)),
    ("Nilai = SDM (50%) + Sarana dan Prasarana (35%) + Kesiapsiagaan Masyarakat (15%)",
     ["SDM", "Sarana dan Prasarana", "Kesiapsiagaan Masyarakat"], Fraction(57, 10)),
    # listed in a sentence: the weights make the whole
    ("Indeks dihitung dari tiga parameter: SDM (50%), Sarana dan Prasarana (35%) serta "
     "Kesiapsiagaan Masyarakat (15%)",
     ["SDM", "Sarana dan Prasarana", "Kesiapsiagaan Masyarakat"], Fraction(57, 10)),
    # the weight said after "dengan bobot"
    ("Nilai Akhir = Nilai SKP dengan bobot 60% ditambah Nilai Perilaku dengan bobot 40%",
     ["Nilai SKP", "Nilai Perilaku"], Fraction(31, 5)),
    # a rate said again in words before "persen", or in words only
    ("Besaran = 2 (dua) persen dari nilai transaksi", ["nilai transaksi"], Fraction(7, 50)),
    ("Besaran = 2,5 (dua koma lima) persen dari penghasilan bruto", ["penghasilan bruto"],
     Fraction(7, 40)),
    ("Besaran tunjangan = sepuluh persen dari gaji pokok", ["gaji pokok"], Fraction(7, 10)),
    ("Besaran = dua koma lima persen dari penghasilan bruto", ["penghasilan bruto"],
     Fraction(7, 40)),
    ("Besaran = 2,5% (dua koma lima persen) dari penghasilan bruto", ["penghasilan bruto"],
     Fraction(7, 40)),
    # the unit a rate or an amount is counted in
    ("Denda = 2% per bulan x jumlah pajak terutang", ["jumlah pajak terutang"], Fraction(7, 50)),
    ("Bunga = 2% (dua persen) setiap bulan dari pajak yang terutang", ["pajak yang terutang"],
     Fraction(7, 50)),
    ("Besaran = Rp 150.000 per orang per hari x jumlah peserta", ["jumlah peserta"],
     Fraction(1_050_000)),
    # the mean of noun phrases that repeat their head
    ("rata-rata nilai IKM dan nilai SAKIP", ["nilai IKM", "nilai SAKIP"], Fraction(6)),
    ("Indeks = rata-rata dari capaian indikator 1, capaian indikator 2 dan capaian indikator 3",
     ["capaian indikator 1", "capaian indikator 2", "capaian indikator 3"], Fraction(5)),
]


@pytest.mark.parametrize(("text", "names", "value"), READ)
def test_read(text: str, names: list[str], value: Fraction) -> None:
    assert _value(text) == (names, value)


# what stays as it was
KEPT: list[tuple[str, list[str]]] = [
    # the operator's own "dengan" before a named number
    ("A dikalikan dengan bilangan 100", ["A"]),
    # a head noun not repeated: one name
    ("rata-rata lama sekolah penduduk laki-laki dan perempuan",
     ["lama sekolah penduduk laki-laki dan perempuan"]),
]


@pytest.mark.parametrize(("text", "names"), KEPT)
def test_kept(text: str, names: list[str]) -> None:
    assert list(ikicalc.parse(text).variables) == names


@pytest.mark.parametrize(
    "text",
    [
        # listed weights that do not make the whole: no sum is said
        "parameter: SDM (50%), Sarana dan Prasarana (35%) serta Kesiapsiagaan Masyarakat (10%)",
        # one bracketed percent: a name's threshold, not a weight
        "Jumlah desa UCI (80%) / Jumlah desa x 100%",
    ],
)
def test_no_weights(text: str) -> None:
    try:
        formula = ikicalc.parse(text)
    except ikicalc.IkiError:
        return
    assert "+" not in str(formula)
    assert "× 80%" not in str(formula)


# a lone index letter less a number, in brackets after an operator: arithmetic, not a period
@pytest.mark.parametrize(
    ("text", "names", "value"),
    [
        ("T = 50.000 x (n - 5)", ["n"], Fraction(100_000)),
        ("Tarif = 1.000.000 + {50.000 x (n - 5 (hektar))}", ["n"], Fraction(1_100_000)),
        ("Varians = A / (n-1)", ["A", "n"], Fraction(7, 4)),
    ],
)
def test_lone_offset(text: str, names: list[str], value: Fraction) -> None:
    assert _value(text) == (names, value)


def test_period_after_a_name_stays_a_name() -> None:
    assert list(ikicalc.parse("(PAD n - PAD (n-1)) / PAD (n-1) x 100%").variables) == [
        "PAD n",
        "PAD (n-1)",
    ]


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("Rasio = Jumlah dokter / jumlah penduduk x 10,000", Fraction(10_000)),
        ("AKI = A / B per 100,000 kelahiran hidup", Fraction(100_000)),
    ],
)
def test_scale_grouped_by_commas(text: str, scale: Fraction) -> None:
    _names, value = _value(text)
    assert value == A / B * scale


def test_a_conjunction_lists_no_lost_bar() -> None:
    # "dan" before the second counted quantity coordinates: the mean of the two, no fraction
    formula = ikicalc.parse("Rata-rata Jumlah Penduduk dan Jumlah Sekolah Dasar")
    assert list(formula.variables) == ["Jumlah Penduduk", "Jumlah Sekolah Dasar"]
    assert formula.evaluate({"Jumlah Penduduk": 7, "Jumlah Sekolah Dasar": 5}).exact == 6


# growth said in words: two quantities compared, then "their difference" divided
GROWTH: list[tuple[str, list[str]]] = [
    (
        "Metode perhitungannya dilakukan dengan membandingkan jumlah penduduk pada tahun "
        "berjalan dengan jumlah penduduk pada tahun sebelumnya, kemudian selisihnya dibagi "
        "dengan jumlah penduduk pada tahun sebelumnya dan dikalikan 100 persen untuk "
        "mendapatkan laju pertumbuhan penduduk tahunan.",
        ["jumlah penduduk pada tahun berjalan", "jumlah penduduk pada tahun sebelumnya"],
    ),
    (
        "Laju pertumbuhan dihitung dengan membandingkan PAD tahun n dengan PAD tahun n-1, "
        "kemudian selisihnya dibagi PAD tahun n-1 dikali 100%",
        ["PAD tahun n", "PAD tahun n-1"],
    ),
    (
        "Dihitung dengan cara mengurangkan realisasi tahun ini dengan realisasi tahun lalu, "
        "lalu selisih tersebut dibagi realisasi tahun lalu x 100%",
        ["realisasi tahun ini", "realisasi tahun lalu"],
    ),
    (
        "PDRB tahun n dibandingkan dengan PDRB tahun n-1, kemudian selisihnya dibagi PDRB "
        "tahun n-1 dikali 100%.",
        ["PDRB tahun n", "PDRB tahun n-1"],
    ),
]


@pytest.mark.parametrize(("text", "names"), GROWTH)
def test_growth_said(text: str, names: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert list(dict.fromkeys(formula.variables)) == names
    assert formula.evaluate(dict(zip(names, (A, B), strict=True))).exact == (A - B) / B * 100


@pytest.mark.parametrize(
    "text",
    [
        "PDRB dihitung dengan menjumlahkan nilai tambah bruto seluruh lapangan usaha",
        "Dilakukan dengan cara menjumlahkan nilai tambah bruto seluruh lapangan usaha",
    ],
)
def test_sum_said_after_a_preamble(text: str) -> None:
    # "menjumlahkan A" is Σ A; the words before it are the preamble's
    formula = ikicalc.parse(text)
    assert list(formula.variables) == ["nilai tambah bruto seluruh lapangan usaha"]
    assert formula.evaluate({"nilai tambah bruto seluruh lapangan usaha": [2, 3]}).exact == 5


@pytest.mark.parametrize(
    ("text", "names", "value"),
    [
        # a vulgar fraction said again in words in brackets: read once
        ("Besaran = ½ (setengah) dari tarif normal", ["tarif normal"], Fraction(7, 2)),
        ("Besaran = ½ (satu per dua) dari tarif normal", ["tarif normal"], Fraction(7, 2)),
        ("Jumlah A x ¾ (tiga perempat)", ["Jumlah A"], Fraction(21, 4)),
        # a noun that names the number said in words after an operator
        ("Jumlah A dibagi Jumlah B dikalikan dengan angka seratus", ["Jumlah A", "Jumlah B"],
         Fraction(140)),
        ("Jumlah A dibagi Jumlah B dikalikan dengan bilangan seratus persen",
         ["Jumlah A", "Jumlah B"], Fraction(140)),
    ],
)
def test_numbers_said_again(text: str, names: list[str], value: Fraction) -> None:
    assert _value(text) == (names, value)


def test_percent_glued_to_the_name_it_opens() -> None:
    # "%capaian": the percent sign for "persentase", glued to its name after a bracket
    formula = ikicalc.parse("(%capaian x Bobot SKPD x Bobot parameter)/10")
    assert list(formula.variables) == ["%capaian", "Bobot SKPD", "Bobot parameter"]
    assert ikicalc.parse(str(formula)) == formula


def test_roman_numeral_numbering_in_a_name() -> None:
    # "IKU I. 2": a roman numeral, its period and the item's number are the name's
    formula = ikicalc.parse("Σ (% IKU I. 2 + % IKU I. 3) / 2 x 100%")
    assert list(formula.variables) == ["% IKU I. 2", "% IKU I. 3"]
    assert ikicalc.parse(str(formula)) == formula


def test_divisor_restating_the_base() -> None:
    # "… tahun sebelumnya, kemudian selisihnya dibagi dengan jumlah penduduk tahun sebelumnya":
    # the divisor names again the quantity the growth is measured from
    formula = ikicalc.parse(
        "Dihitung dengan membandingkan jumlah penduduk pada tahun berjalan dengan jumlah "
        "penduduk pada tahun sebelumnya, kemudian selisihnya dibagi dengan jumlah penduduk "
        "tahun sebelumnya dan dikalikan 100 persen."
    )
    assert sorted(set(formula.variables)) == [
        "jumlah penduduk pada tahun berjalan",
        "jumlah penduduk pada tahun sebelumnya",
    ]
    assert any("names again" in guess.reason for guess in formula.guesses)
