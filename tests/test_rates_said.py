"""Four families of arithmetic read in session 13, round 2 (benchmarks/variants_indices.py):
a rate restated in words before a product is a share, a rate's scale after a slash with its
unit is "per", a scale the export left after the legend scales the formula, and ``rata-rata``
before quantities named with a capital and joined by ``dan`` is their mean."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ikicalc import parse


def value(text: str, **data: int) -> Fraction:
    result = parse(text).evaluate({k.replace("_", " "): v for k, v in data.items()})
    return Fraction(result.exact)


@pytest.mark.parametrize(
    "text",
    [
        "100 % (seratus persen) dikalikan Jumlah pagu anggaran",
        "100% (seratus persen) x Jumlah pagu anggaran",
        "sebesar 100 % (Seratus Persen) dikali Jumlah pagu anggaran",
    ],
)
def test_a_whole_rate_said_in_words_is_all_of_what_it_multiplies(text: str) -> None:
    """Regulations state every amount twice ('100 % (seratus persen)'): before a product it is
    a share (all of the base), not the scale of a percentage."""
    assert value(text, Jumlah_pagu_anggaran=40) == 40
    assert parse(parse(text).__str__()) == parse(text)


def test_a_whole_rate_keeps_the_scale_where_a_division_follows() -> None:
    """'100% (seratus persen) x A / B' is a percentage: the division makes it one."""
    formula = parse("100% (seratus persen) x Realisasi / Target")
    assert formula.evaluate({"Realisasi": 1, "Target": 4}).exact == 25
    assert value("50% (lima puluh persen) x Nilai", Nilai=8) == 4  # a share, as before


@pytest.mark.parametrize(
    ("text", "unit", "scale"),
    [
        ("Jumlah kasus / 1.000 KH", "KH", 1000),
        ("Jumlah kasus DBD / 100.000 penduduk", "penduduk", 100000),
        ("Jumlah kematian ibu/100.000 kelahiran hidup", "kelahiran hidup", 100000),
        ("AKB = Jumlah kematian bayi / 1000 kelahiran hidup.", "kelahiran hidup", 1000),
    ],
)
def test_a_rate_scale_after_a_slash_is_per_its_unit(text: str, unit: str, scale: int) -> None:
    """'A / 1.000 KH' is the rate per 1.000 live births: A / KH × 1.000 (as 'A per 1.000 KH')."""
    formula = parse(text)
    assert unit in formula.variables
    counted = next(v for v in formula.variables if v != unit)
    assert formula.evaluate({counted: 3, unit: 600}).exact == Fraction(3 * scale, 600)
    assert parse(str(formula)) == formula


def test_a_number_that_divides_keeps_its_unit_aside() -> None:
    """Not a rate's scale: '/ 12 bulan' divides by twelve; a figure over a rate is a target."""
    assert str(parse("Total belanja / 12 bulan")) == "Total belanja / 12"
    assert not parse("47/100.000 jumlah penduduk").variables


@pytest.mark.parametrize(
    "text",
    [
        "X1 / X2\nKeterangan :\nX1 = Jumlah desa mandiri\nX2 = Jumlah desa\n× 100",
        "X1\nX2\nKeterangan :\nX1 = Jumlah desa mandiri\nX2 = Jumlah desa\n× 100",
        "P = A / B\nKeterangan:\nA = Jumlah desa mandiri\nB = Jumlah desa\nx 100%",
    ],
)
def test_a_scale_after_the_legend_scales_the_formula(text: str) -> None:
    """The last legend entry names a quantity; the scale on the line after it is the
    formula's (the middle line's, left there by the export), not a factor of that entry."""
    formula = parse(text)
    data = {"Jumlah desa mandiri": 3, "Jumlah desa": 12}
    assert formula.evaluate(data).exact == 25


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Rata-rata Indeks Kesehatan dan Indeks Pendidikan", 2),
        ("rata-rata dari Nilai SAKIP dan Nilai Reformasi Birokrasi", 2),
        ("IKM = Rata-rata Indeks A, Indeks B dan Indeks C", 3),
    ],
)
def test_a_mean_of_named_quantities(text: str, items: int) -> None:
    formula = parse(text)
    assert len(formula.variables) == items
    data = {name: 3 * (n + 1) for n, name in enumerate(formula.variables)}
    assert formula.evaluate(data).exact == Fraction(sum(data.values()), items)
    assert formula.guesses  # a guess, recorded
    assert parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    [
        "Rata-rata Lama Sekolah",
        "Rata-rata Nilai UN SD dan SMP",  # a single word after 'dan': a level
        "rata-rata lama sekolah dan pelatihan",  # lower case: one name
    ],
)
def test_a_mean_word_before_one_name_stays(text: str) -> None:
    formula = parse(text)
    assert len(formula.variables) == 1
    assert parse(str(formula)) == formula
