"""Capaian: realisasi against target, positive, negative and range targets."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

import pytest
from conftest import CORPUS_PATH
from hypothesis import given
from hypothesis import strategies as st

from ikicalc.capaian import POLARITY_ALIASES, capaian, read_polarity
from ikicalc.errors import IkiError

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
