"""Values a user gives by hand are read as one data file reads its cells (issue 14, cause 10)."""

from __future__ import annotations

from fractions import Fraction

from ikicalc.given import read_given


def test_a_lone_dot_before_three_digits_groups_thousands_and_is_said() -> None:
    given = read_given({"Jumlah PNS yang hadir": "1.206", "Jumlah PNS": 1300})
    assert given.values == {"Jumlah PNS yang hadir": Fraction(1206), "Jumlah PNS": 1300}
    assert given.undecided == (("Jumlah PNS yang hadir", "1.206"),)
    (warning,) = given.warnings("--set")
    assert warning.startswith("--set: W113")
    assert "(1206)" in warning


def test_a_decimal_comma_anywhere_decides_every_value() -> None:
    given = read_given({"A": "1.206", "B": ["81,35", "2"]})
    assert given.values == {"A": Fraction(1206), "B": [Fraction(1627, 20), Fraction(2)]}
    assert given.warnings("data") == ()


def test_an_english_decimal_dot_makes_the_lone_dot_a_decimal() -> None:
    given = read_given({"A": "1.206", "B": "81.35"})
    assert given.values["A"] == Fraction(603, 500)
    assert given.style == "decimal-dot"
    assert given.warnings("data") == ()


def test_text_that_is_no_number_is_passed_on_for_the_evaluation_to_name() -> None:
    given = read_given({"A": "sebanyak-banyaknya", "B": 3.5})
    assert given.values == {"A": "sebanyak-banyaknya", "B": 3.5}
    assert given.undecided == ()
