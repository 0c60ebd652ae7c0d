"""Values a user gives by hand are read as one data file reads its cells (issue 14, cause 10)."""

from __future__ import annotations

import warnings
from decimal import Decimal
from fractions import Fraction

import pytest

import ikicalc
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


# The Python API reads values given as text as the command line and the service do.


def test_the_python_api_reads_a_lone_dot_as_thousands_and_warns() -> None:
    formula = ikicalc.parse("Jumlah anggaran terserap / Pagu anggaran x 100%")
    data = {"Jumlah anggaran terserap": "1.500", "Pagu anggaran": 2000}
    with pytest.warns(ikicalc.UndecidedNumberWarning, match="1.500") as caught:
        result = formula.evaluate(data)
    assert result.exact == 75
    assert caught[0].message.code == "W113"  # type: ignore[union-attr]
    assert caught[0].filename == __file__  # points at the caller's line


def test_a_decimal_comma_in_another_value_decides_with_no_warning() -> None:
    formula = ikicalc.parse("A x B")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert formula.evaluate({"A": "1.500", "B": "0,5"}).exact == 750
        assert formula.evaluate({"A": "1.500", "B": "81.35"}).exact == Fraction("122.025")
        assert formula.evaluate({"A": 1500, "B": Decimal("1.5")}).exact == 2250


def test_values_in_a_sequence_are_read_with_the_others() -> None:
    formula = ikicalc.parse("Σ Nilai")
    with pytest.warns(ikicalc.UndecidedNumberWarning):
        assert formula.evaluate({"Nilai": ["1.000", "2.000"]}).exact == 3000
    assert formula.evaluate({"Nilai": ["1.000", "2,5"]}).exact == Fraction("1002.5")


def test_solve_reads_the_given_values_the_same_way() -> None:
    formula = ikicalc.parse("A / B x 100%")
    with pytest.warns(ikicalc.UndecidedNumberWarning):
        assert formula.solve("A", 50, {"B": "1.000"}) == 500


def test_warnings_can_be_made_errors_by_the_caller() -> None:
    formula = ikicalc.parse("A x 2")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ikicalc.IkiWarning)
        with pytest.raises(ikicalc.UndecidedNumberWarning):
            formula.evaluate({"A": "2.500"})
