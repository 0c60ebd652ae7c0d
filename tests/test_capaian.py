"""Capaian: realisasi against target, positive, negative and range targets."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

import pint
import pytest
from conftest import CORPUS_PATH, load_corpus
from hypothesis import given
from hypothesis import strategies as st

import ikicalc
from ikicalc.backends.measured import evaluate_with_units
from ikicalc.errors import IkiError
from ikicalc.rules.capaian import POLARITY_ALIASES, capaian, read_polarity
from ikicalc.rules.target import parse_target
from ikicalc.rules.units import UnitMismatchError, quantity

CORPUS = CORPUS_PATH


@pytest.mark.parametrize(
    ("realisasi", "target", "polarity", "expected"),
    [
        # PermenPAN-RB 8/2021, "semakin rendah semakin baik"
        ("6,5", 7, "negative", "107.14"),
        (9, 8, "negative", "87.50"),
        (8, 8, "negatif", "100.00"),
        # LKjIP: (rencana − (realisasi − rencana)) / rencana: 12 pengaduan against 10
        (12, 10, "semakin rendah semakin baik", "80.00"),
        # "semakin tinggi semakin baik": Nilai SKM 81,35 against Target 84 (corpus 002-047/071)
        ("81,35", 84, "positive", "96.85"),
        ("81,35", "81,35", "positif", "100.00"),
        (450, 500, "Semakin Tinggi Semakin Baik", "90.00"),
        (111, 111, "positive", "100.00"),
    ],
)
def test_worked_examples(realisasi: object, target: object, polarity: str, expected: str) -> None:
    assert capaian(realisasi, target, polarity) == Decimal(expected)


def test_negative_polarity_is_the_lkjip_formula() -> None:
    cases = [
        (Fraction(7), Fraction(13, 2)),
        (Fraction(8), Fraction(9)),
        (Fraction(3, 4), Fraction(2)),
    ]
    for rencana, realisasi in cases:
        lkjip = (rencana - (realisasi - rencana)) / rencana * 100
        assert capaian(realisasi, rencana, "negatif", exact=True) == lkjip


def test_exact_and_rounded_half_up() -> None:
    assert capaian(2, 3, exact=True) == Fraction(200, 3)
    assert capaian(2, 3) == Decimal("66.67")
    # 1/800 × 100 = 0,125: half-up gives 0,13 (half-even would give 0,12)
    assert capaian(1, 800) == Decimal("0.13")


@pytest.mark.parametrize("kind", [7, Fraction(7), Decimal("7.0"), 7.0, "7", "7,0", "7.00"])
def test_every_number_type_gives_the_same_answer(kind: object) -> None:
    assert capaian(Decimal("6.5"), kind, "negative") == Decimal("107.14")
    assert capaian(0.1, 0.3, exact=True) == Fraction(100, 3)


@pytest.mark.parametrize(
    ("realisasi", "expected"),
    [(90, "100.00"), (80, "100.00"), (85, "100.00"), (99, "110.00"), (60, "75.00"), (0, "0.00")],
)
def test_range_target(realisasi: int, expected: str) -> None:
    assert capaian(realisasi, (80, 90)) == Decimal(expected)


def test_range_target_with_negative_polarity_mirrors() -> None:
    assert capaian(99, (80, 90), "negatif") == Decimal("90.00")
    assert capaian(60, (80, 90), "negatif") == Decimal("125.00")
    assert capaian(85, ("80", "90"), "negatif") == Decimal("100.00")


def test_zero_target_says_what_to_do() -> None:
    with pytest.raises(IkiError, match="target is 0") as caught:
        capaian(5, 0)
    assert "range target" in str(caught.value)
    with pytest.raises(IkiError, match="target is 0"):
        capaian(0, "0,00", "negatif")


def test_range_starting_at_zero_is_fine_until_realisasi_is_below_it() -> None:
    assert capaian(0, (0, 5), "negatif") == Decimal("100.00")
    assert capaian(6, (0, 5), "negatif") == Decimal("80.00")
    with pytest.raises(IkiError, match="below the range target starting at 0"):
        capaian(-1, (0, 5))


@pytest.mark.parametrize(
    ("realisasi", "target", "message"),
    [
        ("lima", 5, "realisasi: 'lima' is not a number"),
        (5, "Target 84", "target: 'Target 84' is not a number"),
        (5, None, "target: None is not a number"),
        (True, 5, "realisasi: True is a yes/no value"),
        (5, float("nan"), "target: nan is not a finite number"),
        (5, -5, "target is negative"),
        (5, (90, 80), "must be written \\(low, high\\)"),
        (5, (1, 2, 3), "two numbers"),
        (5, ("x", 3), "target low: 'x' is not a number"),
    ],
)
def test_bad_input_names_the_argument(realisasi: object, target: object, message: str) -> None:
    with pytest.raises(IkiError, match=message):
        capaian(realisasi, target)


@pytest.mark.parametrize("alias", list(POLARITY_ALIASES))
def test_polarity_aliases(alias: str) -> None:
    expected = Decimal("90.00") if POLARITY_ALIASES[alias] == "positive" else Decimal("110.00")
    assert capaian(9, 10, alias) == expected


def test_polarity_is_read_loosely_but_unknown_words_are_refused() -> None:
    assert read_polarity("  Semakin  Rendah,  Semakin Baik ") == "negative"
    with pytest.raises(IkiError, match=r"unknown polarity 'naik'.*'positif'"):
        capaian(9, 10, "naik")


def test_numeric_targets_of_the_corpus_are_accepted() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    numeric = [r["target"] for r in rows if r["target"] and r["target"][0].isdigit()]
    plain = [t for t in numeric if t.replace(",", "").replace(".", "").isdigit()]
    assert plain == ["81,35"]
    assert capaian("81,35", plain[0]) == Decimal("100.00")


amounts = st.fractions(min_value=0, max_value=10_000, max_denominator=1000)
targets = st.fractions(min_value=Fraction(1, 100), max_value=10_000, max_denominator=1000)


@given(a=amounts, b=amounts, target=targets)
def test_capaian_is_monotone_in_realisasi(a: Fraction, b: Fraction, target: Fraction) -> None:
    low, high = sorted((a, b))
    up_low = capaian(low, target, exact=True)
    up_high = capaian(high, target, exact=True)
    down_low = capaian(low, target, "negative", exact=True)
    down_high = capaian(high, target, "negative", exact=True)
    if low < high:
        assert up_low < up_high
        assert down_low > down_high
    assert capaian(low, target) <= capaian(high, target)
    assert capaian(low, target, "negatif") >= capaian(high, target, "negatif")


@given(a=amounts, b=amounts, bounds=st.tuples(targets, targets))
def test_range_capaian_is_monotone_in_realisasi(
    a: Fraction, b: Fraction, bounds: tuple[Fraction, Fraction]
) -> None:
    low, high = sorted((a, b))
    target = (min(bounds), max(bounds))
    assert capaian(low, target, exact=True) <= capaian(high, target, exact=True)
    assert capaian(low, target, "negative", exact=True) >= capaian(
        high, target, "negative", exact=True
    )


# ---- quantities with units ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("realisasi", "target", "expected"),
    [
        ("6 bulan", "1 semester", "100.00"),  # the example
        (quantity(6, "bulan"), quantity(1, "semester"), "100.00"),
        (quantity(6, "bulan"), parse_target("1 semester"), "100.00"),
        (quantity(1, "tahun"), "18 bulan", "66.67"),
        (quantity(14, "hari"), "2 minggu", "100.00"),
        ("3 triwulan", "1 tahun", "75.00"),
        (quantity(38, "PNS"), "40 orang", "95.00"),
        ("450 surat", "500 surat", "90.00"),
        ("Rp 1,5 miliar", "Rp 2 miliar", "75.00"),
        (quantity(1_500_000, "rupiah"), "Rp 2 juta", "75.00"),
    ],
)
def test_compatible_units_are_converted_exactly(
    realisasi: object, target: object, expected: str
) -> None:
    assert capaian(realisasi, target) == Decimal(expected)


def test_exact_conversion_through_days() -> None:
    # 1 bulan is 365/12 hari exactly: 30 hari against 1 bulan is 360/365
    assert capaian(quantity(30, "hari"), "1 bulan", exact=True) == Fraction(36000, 365)


@pytest.mark.parametrize(
    ("realisasi", "target", "expected"),
    [
        ("85 %", "Kualitas 80%", "106.25"),
        ("85%", "75 % dari undangan", "113.33"),
        (85, "Kualitas 80%", "106.25"),  # a plain number is read in the target's unit
        (quantity("0,85"), "Kualitas 80%", "106.25"),  # a quantity is converted: 0,85 is 85 %
        (quantity(85, "persen"), 80, "106.25"),
        ("25 %", "25 %", "100.00"),
    ],
)
def test_percent_targets(realisasi: object, target: object, expected: str) -> None:
    assert capaian(realisasi, target) == Decimal(expected)


def test_a_percent_result_of_a_formula_against_a_percent_target() -> None:
    result = ikicalc.parse("Jumlah PNS yang hadir / Jumlah PNS x 100%").evaluate(
        {"Jumlah PNS yang hadir": 38, "Jumlah PNS": 40}
    )
    assert capaian(result, "Kualitas 80%") == Decimal("118.75")
    assert capaian(result, 80) == Decimal("118.75")
    plain = ikicalc.parse("A + B").evaluate({"A": 2, "B": 3})
    assert capaian(plain, "5 dokumen") == Decimal("100.00")


def test_a_measured_result_carries_its_unit_into_capaian() -> None:
    result = evaluate_with_units(
        ikicalc.parse("A + B"), {"A": 3, "B": 1}, {"A": "bulan", "B": "triwulan"}
    )
    assert capaian(result, "1 semester") == Decimal("100.00")
    with pytest.raises(UnitMismatchError):
        capaian(result, "6 orang")


def test_negative_polarity_and_ranges_with_units() -> None:
    assert capaian("13 bulan", "1 tahun", "negatif") == Decimal("91.67")
    assert capaian("6 bulan", ("1 semester", "1 tahun")) == Decimal("100.00")
    assert capaian(quantity(2, "tahun"), ("1 semester", "12 bulan")) == Decimal("200.00")
    assert capaian("1 triwulan", ("6 bulan", "1 tahun")) == Decimal("50.00")
    assert capaian(9, ("6 bulan", "1 tahun")) == Decimal("100.00")


def test_compound_targets_compare_the_part_in_the_realisasi_unit() -> None:
    target = "4 jenis, 12 bulan"
    assert capaian("3 jenis", target) == Decimal("75.00")
    assert capaian(quantity(36, "jenis") * quantity(1, "bulan"), target) == Decimal("75.00")
    assert capaian("3 jenis, 12 bulan", target) == Decimal("75.00")
    assert capaian("4 jenis, 11 bulan", target) == Decimal("91.67")
    assert capaian("1000 orang/ tamu, 12 bulan", "1000 orang/ tamu, 12 bulan") == Decimal("100.00")


@pytest.mark.parametrize(
    ("realisasi", "target", "units"),
    [
        ("6 orang", "1 semester", ("orang", "semester")),
        (quantity(2, "surat"), "3 laporan", ("surat", "laporan")),
        ("80%", "4 jenis", ("persen", "jenis")),
        (quantity("0,5"), "1 tahun", ("a plain number", "tahun")),
        ("6 bulan", ("1 semester", "2 orang"), ("orang", "semester")),
    ],
)
def test_unlike_units_are_an_error_naming_both(
    realisasi: object, target: object, units: tuple[str, str]
) -> None:
    with pytest.raises(UnitMismatchError) as caught:
        capaian(realisasi, target)
    error = caught.value
    assert isinstance(error, IkiError)
    assert {error.left, error.right} == set(units)
    assert "measure different things" in str(error)
    assert all(unit in str(error) for unit in units)


def test_text_without_a_unit_is_still_refused() -> None:
    with pytest.raises(IkiError, match="or a quantity such as '6 bulan'"):
        capaian(5, "Target 84")
    with pytest.raises(IkiError, match="realisasi: 'banyak orang' is not a number"):
        capaian("banyak orang", "5 orang")


def test_number_words_are_read_as_the_number() -> None:
    # Issue 15: targets (and realisasi) may give the number in words.
    assert capaian("lima orang", "5 orang") == Decimal("100.00")
    assert capaian(95, "seratus persen") == Decimal("95.00")


def test_a_target_written_as_a_range_is_a_range_target() -> None:
    # PermenPAN-RB 8/2021: a range target is measured against the nearer end.
    assert capaian(70, "80 - 90%") == Decimal("87.50")
    assert capaian(85, "80 - 90%") == Decimal("100.00")
    assert capaian("6,5 bulan", "7 – 8 bulan", "negatif") == Decimal("107.14")
    assert capaian(9, parse_target("7 s.d. 8 bulan"), "negatif") == Decimal("87.50")
    assert capaian("73", "72,4-73,1") == Decimal("100.00")


def test_zero_and_negative_checks_apply_after_conversion() -> None:
    with pytest.raises(IkiError, match="target is 0"):
        capaian("6 bulan", "0 semester")
    with pytest.raises(IkiError, match=r"range target \('1 tahun', '1 semester'\) must be"):
        capaian("6 bulan", ("1 tahun", "1 semester"))


def test_quantities_of_another_registry_are_refused() -> None:
    other = pint.UnitRegistry(None)
    other.define("orang = [orang]")
    with pytest.raises(IkiError, match=r"build quantities with ikicalc\.rules\.units\.quantity"):
        capaian(other.Quantity(1, "orang"), 1)


CORPUS_TARGETS = [
    pytest.param(row["target"], id=row["id"]) for row in load_corpus() if row["target"] is not None
]


@pytest.mark.parametrize("text", CORPUS_TARGETS)
def test_every_corpus_target_is_a_capaian_target(text: str) -> None:
    target = parse_target(text)
    half = target.quantity / 2
    assert capaian(target.quantity, target) == Decimal("100.00")
    assert capaian(half, target, exact=True) == 50
    assert capaian(half, target, "negatif", exact=True) == 150
    if target.unit is not None:  # text that states a unit is read as the target itself
        assert capaian(half, text, exact=True) == 50


def test_the_2021_kondisi_names_are_polarities() -> None:
    assert read_polarity("Kondisi Normal") == "positive"
    assert read_polarity("kondisi khusus") == "negative"
    assert capaian("6,5", 7, "khusus") == capaian("6,5", 7, "negatif")
