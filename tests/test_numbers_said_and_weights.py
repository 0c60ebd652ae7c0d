"""Numbers as Indonesian documents say them where an operand stands, weights named before
their number, and what has no exact reading (session 14, causes 7 and 10).

A composite index or a regulation says its numbers in words ("dua pertiga dari nilai A",
"setengah dari (A + B)"), names its weights before them ("A x bobot 0,3", "dikalikan bobot
penilaian sebesar 80%", "Nilai SAKIP (bobot 40%)") and counts amounts of money in units
("x Rp 1.500.000,- / orang / bulan"). Each reads as the number it says. A root ("akar pangkat
tiga dari (…)"), an absolute value ("nilai mutlak") or the largest of several values ("nilai
tertinggi (A, B)") has no exact arithmetic: it is refused with a message that says so, where
it was read before as the product under the root.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang.unexact import ABSOLUTE, EXTREME, ROOT
from tests.readings import SEVEN_FIVE_THREE
from tests.readings import value_of as _value

A, B, C = SEVEN_FIVE_THREE


# (cell, the names read, the value with the first name 7, the second 5, the third 3)
SAID: list[tuple[str, list[str], Fraction]] = [
    # a fraction said opening the cell: 'dari' (of) takes the share of all that follows
    ("dua pertiga dari Nilai Kinerja Anggaran", ["Nilai Kinerja Anggaran"], Fraction(14, 3)),
    ("Seperempat dari Indeks Literasi", ["Indeks Literasi"], Fraction(7, 4)),
    ("setengah dari (Jumlah guru + Jumlah dosen)", ["Jumlah guru", "Jumlah dosen"], Fraction(6)),
    ("Nilai = setengah dari A dikurangi B", ["A", "B"], Fraction(1)),
    ("tujuh per sepuluh x Jumlah kelompok tani", ["Jumlah kelompok tani"], Fraction(49, 10)),
    ("sepertiga x (A + B + C)", ["A", "B", "C"], Fraction(5)),
    ("A + dua perlima dari B", ["A", "B"], Fraction(9)),
    ("seperlima dari (Jumlah arsip yang tertata / Jumlah arsip)",
     ["Jumlah arsip yang tertata", "Jumlah arsip"], Fraction(7, 25)),
    # a whole or mixed number said before a product, a mixed number written with a space
    ("dua setengah kali Jumlah penduduk", ["Jumlah penduduk"], Fraction(35, 2)),
    ("Dua kali Jumlah guru", ["Jumlah guru"], Fraction(14)),
    ("2 ½ x A", ["A"], Fraction(35, 2)),
    ("½ dari A", ["A"], Fraction(7, 2)),
    # weights named before their number
    ("(Nilai SAKIP x bobot 0,3) + (Nilai RB x bobot 0,7)", ["Nilai SAKIP", "Nilai RB"],
     Fraction(28, 5)),
    ("Nilai SAKIP (bobot 40%) + Nilai RB (bobot 60%)", ["Nilai SAKIP", "Nilai RB"],
     Fraction(29, 5)),
    ("Indeks A dikali faktor bobot 30% ditambah Indeks B dikali faktor bobot 70%",
     ["Indeks A", "Indeks B"], Fraction(28, 5)),
    ("Skor A dikali bobot penilaian sebesar 80%", ["Skor A"], Fraction(28, 5)),
    ("Nilai Tes dikali 2,5 kali", ["Nilai Tes"], Fraction(35, 2)),
    # two terms each times its weight around a sum said in words: a weighted sum
    ("Indeks Kesehatan dikali 0,4 ditambah Indeks Pendidikan dikali 0,6",
     ["Indeks Kesehatan", "Indeks Pendidikan"], Fraction(29, 5)),
    # ... but a scale at the end still applies to all that is said before it
    ("A dikali 2 ditambah B dikali 100%", ["A", "B"], Fraction(1900)),
    # a difference said without 'antara' opening the cell
    ("selisih Nilai Ekspor dan Nilai Impor dibagi Nilai Impor x 100%",
     ["Nilai Ekspor", "Nilai Impor"], Fraction(40)),
    # an amount of money counted per person and per month
    ("Jumlah penerima x Rp. 1.500.000,- / orang / bulan", ["Jumlah penerima"],
     Fraction(10_500_000)),
    ("Jumlah penerima x Rp 750.000 / Jumlah bulan", ["Jumlah penerima", "Jumlah bulan"],
     Fraction(1_050_000)),
]


@pytest.mark.parametrize(("text", "names", "value"), SAID, ids=[t for t, _, _ in SAID])
def test_numbers_said_read_as_the_number_they_say(
    text: str, names: list[str], value: Fraction
) -> None:
    assert _value(text) == (names, value)


@pytest.mark.parametrize("text", [t for t, _, _ in SAID])
def test_what_is_read_prints_back_to_itself(text: str) -> None:
    formula = ikicalc.parse(text)
    assert ikicalc.parse(str(formula)).expr == formula.expr


# (cell, the message, the column the caret points at)
REFUSED: list[tuple[str, str, int]] = [
    ("akar pangkat tiga dari (Indeks Kesehatan x Indeks Pendidikan x Indeks Daya Beli)", ROOT, 1),
    ("IPM = ∛(IK × IP × ID)", ROOT, 7),
    ("√(A x B)", ROOT, 1),
    ("Indeks = akar kuadrat dari (A × B)", ROOT, 10),
    ("akar dari Jumlah penduduk", ROOT, 1),
    ("nilai mutlak (Target - Realisasi)", ABSOLUTE, 1),
    ("Nilai tertinggi (Skor A, Skor B, Skor C)", EXTREME, 1),
    ("A / maksimum (A, B) x 100%", EXTREME, 5),
    ("nilai terendah antara A dan B", EXTREME, 1),
]


@pytest.mark.parametrize(("text", "message", "column"), REFUSED, ids=[t for t, _, _ in REFUSED])
def test_what_has_no_exact_reading_is_refused_with_a_message(
    text: str, message: str, column: int
) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError) as info:
        ikicalc.parse(text)
    assert info.value.reason == message
    assert (info.value.line, info.value.column) == (1, column)


LOOK_ALIKES: list[tuple[str, list[str]]] = [
    # 'akar' a word of a name, or inside one
    ("Jumlah tanaman akar wangi / Luas lahan x 100%", ["Jumlah tanaman akar wangi", "Luas lahan"]),
    ("Jumlah kejadian kebakaran / Jumlah kejadian x 100%",
     ["Jumlah kejadian kebakaran", "Jumlah kejadian"]),
    # one value in the brackets: a name's
    ("Nilai maksimal (100) x A", ["Nilai maksimal (100)", "A"]),
    # a quantity, not a choice between two
    ("A / Nilai tertinggi dari seluruh kecamatan x 100%",
     ["A", "Nilai tertinggi dari seluruh kecamatan"]),
    # a name that opens with a number word, and a year after a noun of the class
    ("Satu Data Indonesia x 100%", ["Satu Data Indonesia"]),
    ("A / Nilai 2023 x 100%", ["A", "Nilai 2023"]),
]


@pytest.mark.parametrize(("text", "names"), LOOK_ALIKES, ids=[t for t, _ in LOOK_ALIKES])
def test_look_alikes_stay_names(text: str, names: list[str]) -> None:
    assert list(ikicalc.parse(text).variables) == names


@pytest.mark.parametrize(
    ("text", "variables", "printed"),
    [
        # PP 6/2015 (PNBP BPPT): a decimal below one before "dari" is a share, as 50% is
        ("Tarif adalah 0,5 (nol koma lima) dari tarif dasar", ("tarif dasar",), "0,5 × tarif dasar"),
        ("0,25 dari (A + B)", ("A", "B"), "0,25 × (A + B)"),
        (
            "Denda sebesar 0,25 dari pajak terutang dikurangi pajak dibayar",
            ("pajak terutang", "pajak dibayar"),
            "0,25 × (pajak terutang - pajak dibayar)",
        ),
        # a whole number before "dari" inside a name stays the name's
        (
            "Jumlah desa yang memenuhi 3 dari 5 kriteria / jumlah desa",
            ("Jumlah desa yang memenuhi 3 dari 5 kriteria", "jumlah desa"),
            "Jumlah desa yang memenuhi 3 dari 5 kriteria / jumlah desa",
        ),
    ],
)
def test_a_decimal_share_of_what_follows(
    text: str, variables: tuple[str, ...], printed: str
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert str(formula) == printed
    assert ikicalc.parse(str(formula)) == formula


def test_a_mixed_number_of_naught_and_a_half_before_dari_is_a_share_not_a_crash() -> None:
    # "0 ½" is a vulgar fraction, not the decimal of a share: it must not reach Decimal("0 ½")
    assert str(ikicalc.parse("0 ½ dari A")) == "0,5 × A"
