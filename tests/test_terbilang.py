"""Indonesian number words (terbilang), both ways."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ikicalc.errors import IkiError
from ikicalc.rules.terbilang import MAX_WORDS_NUMBER, number_to_words, words_to_number

KNOWN = [
    (0, "nol"),
    (1, "satu"),
    (7, "tujuh"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (29, "dua puluh sembilan"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (250, "dua ratus lima puluh"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1250, "seribu dua ratus lima puluh"),
    (2000, "dua ribu"),
    (11000, "sebelas ribu"),
    (21000, "dua puluh satu ribu"),
    (100000, "seratus ribu"),
    (101000, "seratus satu ribu"),
    (1_000_000, "satu juta"),
    (1_001_000, "satu juta seribu"),
    (2_500_000, "dua juta lima ratus ribu"),
    (1_500_000_000, "satu miliar lima ratus juta"),
    (1_000_000_000_000, "satu triliun"),
    (
        999_999_999_999_999,
        "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan"
        " miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh"
        " sembilan ribu sembilan ratus sembilan puluh sembilan",
    ),
]


@pytest.mark.parametrize(("number", "words"), KNOWN)
def test_number_to_words_known(number: int, words: str) -> None:
    assert number_to_words(number) == words


@pytest.mark.parametrize(("number", "words"), KNOWN)
def test_words_to_number_known(number: int, words: str) -> None:
    assert words_to_number(words) == number
    assert isinstance(words_to_number(words), int)


def test_issue_examples() -> None:
    assert words_to_number("dua puluh sembilan") == 29
    assert number_to_words(1250) == "seribu dua ratus lima puluh"


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("Dua Puluh Sembilan", 29),
        ("  dua   puluh\tsembilan ", 29),
        ("se-ratus", 100),
        ("se-ribu dua ratus", 1200),
        ("sejuta", 1_000_000),
        ("semiliar", 1_000_000_000),
        ("setriliun", 10**12),
        ("satu ribu", 1000),
        ("satu ratus", 100),
        ("dua milyar", 2_000_000_000),
        ("tiga trilyun", 3 * 10**12),
        ("minus lima", -5),
    ],
)
def test_words_to_number_variants(words: str, number: int) -> None:
    assert words_to_number(words) == number


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("delapan puluh satu koma tiga lima", Decimal("81.35")),
        ("tiga koma satu empat", Decimal("3.14")),
        ("nol koma lima", Decimal("0.5")),
        ("satu koma nol lima", Decimal("1.05")),
        ("satu koma dua puluh lima", Decimal("1.25")),
        ("satu koma nol dua puluh lima", Decimal("1.025")),
        ("minus dua koma lima", Decimal("-2.5")),
    ],
)
def test_koma_decimals(words: str, number: Decimal) -> None:
    result = words_to_number(words)
    assert isinstance(result, Decimal)
    assert result == number


@pytest.mark.parametrize(
    ("words", "bad"),
    [
        ("dua puluh sembilam", "sembilam"),
        ("lima jenis", "jenis"),
        ("dua tiga", "tiga"),
        ("puluh", "puluh"),
        ("dua puluh belas", "belas"),
        ("seratus dua ratus", "ratus"),
        ("sebelas satu", "satu"),
        ("ribu", "ribu"),
        ("satu juta ribu", "ribu"),
        ("dua ribu tiga juta", "juta"),
        ("lima nol", "nol"),
    ],
)
def test_bad_words_raise_naming_the_word(words: str, bad: str) -> None:
    with pytest.raises(IkiError, match=repr(bad)):
        words_to_number(words)


@pytest.mark.parametrize("words", ["", "   ", "koma lima", "lima koma"])
def test_missing_words_raise(words: str) -> None:
    with pytest.raises(IkiError):
        words_to_number(words)


def test_number_to_words_decimals_and_negatives() -> None:
    assert number_to_words(Decimal("81.35")) == "delapan puluh satu koma tiga lima"
    assert number_to_words(Decimal("0.05")) == "nol koma nol lima"
    assert number_to_words(Fraction(3, 2)) == "satu koma lima"
    assert number_to_words(Decimal("12.50")) == "dua belas koma lima"
    assert number_to_words(Decimal("12.00")) == "dua belas"
    assert number_to_words(-1250) == "minus seribu dua ratus lima puluh"


@pytest.mark.parametrize(
    "value",
    [MAX_WORDS_NUMBER, -MAX_WORDS_NUMBER, Fraction(1, 3), Decimal("NaN"), 1.5, True, "12"],
)
def test_number_to_words_refuses(value: object) -> None:
    with pytest.raises(IkiError):
        number_to_words(value)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=MAX_WORDS_NUMBER - 1))
@example(0)
@example(10**15 - 1)
@example(10**12)
@example(1_000_001)
def test_round_trip(n: int) -> None:
    """words_to_number(number_to_words(n)) == n for 0 ≤ n < 10^15 (the issue's property)."""
    assert words_to_number(number_to_words(n)) == n


def test_round_trip_range_is_the_issue_range() -> None:
    assert MAX_WORDS_NUMBER == 10**15
    with pytest.raises(IkiError):
        number_to_words(10**15)


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(0, 6))
def test_round_trip_decimals(units: int, places: int) -> None:
    value = Decimal(units).scaleb(-places)
    assert words_to_number(number_to_words(value)) == value
