"""Exact evaluation against realisasi data, and its errors."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

import ikicalc

HADIR = r"$\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$"  # seed 003-004
ATTENDANCE = (  # seed 004-001
    r"$\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari tidak "
    r"masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} \times 100\%$"
)


def test_38_of_40_pns_present_is_95_percent() -> None:
    result = ikicalc.parse("38 / 40 x 100%").evaluate({})
    assert result.exact == 95
    assert result.value == Decimal("95.00")
    assert result.unit == "%"
    assert float(result) == 95.0


def test_seed_formula_with_data() -> None:
    result = ikicalc.parse(HADIR).evaluate({"Jumlah PNS yang hadir": 38, "Jumlah PNS": 40})
    assert (result.exact, result.unit) == (Fraction(95), "%")


def test_result_is_exact_and_rounded_half_up_only_for_presentation() -> None:
    result = ikicalc.parse(HADIR).evaluate({"Jumlah PNS yang hadir": 2, "Jumlah PNS": 3})
    assert result.exact == Fraction(200, 3)
    assert result.value == Decimal("66.67")
    assert result.rounded(0) == Decimal(67)
    # a tie rounds away from zero: 1/8 of 100% = 12.5 -> 13 at 0 places, 12.50 at 2
    tie = ikicalc.parse("A / B x 100%").evaluate({"A": 1, "B": 8})
    assert (tie.rounded(0), tie.value) == (Decimal(13), Decimal("12.50"))


def test_without_percent_literal_there_is_no_unit() -> None:
    # seed 003-023 multiplies by 100 without '%'
    result = ikicalc.parse("Jumlah laporan / Jumlah SPP x 100").evaluate(
        {"Jumlah laporan": 3, "Jumlah SPP": 4}
    )
    assert (result.exact, result.unit) == (75, None)


@pytest.mark.parametrize(
    "value",
    [38, Fraction(38), Decimal(38), 38.0, "38", "38,0", "38.0", " 38 "],
)
def test_values_of_every_numeric_kind(value: object) -> None:
    result = ikicalc.parse(HADIR).evaluate({"Jumlah PNS yang hadir": value, "Jumlah PNS": 40})
    assert result.exact == 95


def test_decimal_comma_strings_are_exact() -> None:
    result = ikicalc.parse("Nilai SKM x 1").evaluate({"Nilai SKM": "81,35"})
    assert result.exact == Fraction(8135, 100)


def test_floats_convert_through_their_decimal_text() -> None:
    result = ikicalc.parse("A + B").evaluate({"A": 0.1, "B": 0.2})
    assert result.exact == Fraction(3, 10)


def test_lookup_ignores_case_spacing_and_common_abbreviations() -> None:
    formula = ikicalc.parse(
        r"\frac{\text{Jumlah surat yg didistribusikan}}{\text{Jml surat masuk}}"
    )
    result = formula.evaluate({"jumlah  surat yang didistribusikan": 9, "JUMLAH SURAT MASUK": 10})
    assert result.exact == Fraction(9, 10)


def test_sigma_sums_a_sequence_per_employee() -> None:
    data = {
        "Pegawai": [1] * 4,
        "Hari kerja efektif": 240,  # a constant: its own sum
        "hari tidak masuk kerja": [0, 12, 6, 6],
    }
    result = ikicalc.parse(ATTENDANCE).evaluate(data)
    # 4 × (240 − 24) / (4 × 240) = 90 %
    assert result.exact == 90


def test_sigma_of_a_tuple_of_strings_with_decimal_comma() -> None:
    result = ikicalc.parse("Σ nilai").evaluate({"nilai": ("1,5", "2,25", Decimal("0.25"))})
    assert result.exact == 4


def test_a_sequence_without_sigma_is_an_error_that_suggests_sigma() -> None:
    with pytest.raises(ikicalc.EvaluationError, match=r"Σ hari tidak masuk kerja") as info:
        ikicalc.parse("Jumlah Pegawai x (240 - hari tidak masuk kerja)").evaluate(
            {"Jumlah Pegawai": 30, "hari tidak masuk kerja": [1, 2, 3]}
        )
    assert info.value.variable == "hari tidak masuk kerja"
    assert info.value.column == len("Jumlah Pegawai x (240 - ") + 1


def test_missing_variable_names_it_with_the_closest_known_name() -> None:
    with pytest.raises(ikicalc.EvaluationError) as info:
        ikicalc.parse(HADIR).evaluate({"Jumlah PNS yang hadr": 38, "Jumlah PNS": 40})
    error = info.value
    assert error.variable == "Jumlah PNS yang hadir"
    assert error.hint == "Jumlah PNS yang hadr"
    assert "no value given for 'Jumlah PNS yang hadir'" in str(error)
    assert "did you mean 'Jumlah PNS yang hadr'?" in str(error)
    assert "^^^^" in str(error)


def test_a_name_another_variable_takes_is_not_suggested() -> None:
    # Perbup Kulon Progo 58/2018: 'Kolom (7)' is missing, 'Kolom (12)' is the numerator's own
    with pytest.raises(ikicalc.EvaluationError) as info:
        ikicalc.parse("Kolom (17) = Kolom (12) : Kolom (7) x 100%").evaluate({"Kolom (12)": 5})
    assert info.value.variable == "Kolom (7)"
    assert info.value.hint is None
    assert "did you mean" not in str(info.value)
    with pytest.raises(ikicalc.EvaluationError) as info:
        ikicalc.parse("Realisasi / Target x 100%").evaluate({"Realisasi": 5, "Targt": 4})
    assert info.value.hint == "Targt"


def test_zero_denominator_names_the_denominator_as_written() -> None:
    with pytest.raises(ikicalc.EvaluationError, match=r"denominator 'Jumlah PNS' is 0") as info:
        ikicalc.parse("Jumlah PNS yang hadir / Jumlah PNS x 100%").evaluate(
            {"Jumlah PNS yang hadir": 0, "Jumlah PNS": 0}
        )
    assert info.value.column == len("Jumlah PNS yang hadir / ") + 1


def test_zero_denominator_in_latex_quotes_the_latex() -> None:
    with pytest.raises(ikicalc.EvaluationError, match=r"denominator '\\text\{Jumlah PNS\}' is 0"):
        ikicalc.parse(HADIR).evaluate({"Jumlah PNS yang hadir": 1, "Jumlah PNS": 0})


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("banyak", "is not a number"),
        (float("nan"), "not a finite number"),
        (float("inf"), "not a finite number"),
        (True, "yes/no value"),
        (None, "is not a number"),
        ({"a": 1}, "is a table"),
    ],
)
def test_a_value_that_is_not_a_number_is_an_error(value: object, message: str) -> None:
    with pytest.raises(ikicalc.EvaluationError, match=message):
        ikicalc.parse("Jumlah A / 2").evaluate({"Jumlah A": value})


def test_a_bad_value_in_a_sequence_names_its_row() -> None:
    with pytest.raises(ikicalc.EvaluationError, match=r"value 3 of 'nilai' is not a number"):
        ikicalc.parse("Σ nilai").evaluate({"nilai": [1, 2, "x"]})


def test_percent_arithmetic_is_exact() -> None:
    assert ikicalc.parse("100% - 25%").evaluate({}).exact == 75
    assert ikicalc.parse("50% x 50%").evaluate({}).exact == 25
    assert ikicalc.parse("50% / 25%").evaluate({}) == ikicalc.Result(Fraction(2), None)
    assert ikicalc.parse("1 - A / B").evaluate({"A": 1, "B": 4}).exact == Fraction(3, 4)


def test_str_of_result() -> None:
    assert str(ikicalc.parse("38 / 40 x 100%").evaluate({})) == "95.00%"
    assert str(ikicalc.parse("1 / 3").evaluate({})) == "0.33"


def test_missing_variable_without_a_close_name_lists_what_the_data_has() -> None:
    with pytest.raises(ikicalc.EvaluationError, match=r"the data names 'Jumlah_PNS'"):
        ikicalc.parse(HADIR).evaluate({"Jumlah_PNS": 40})
    with pytest.raises(ikicalc.EvaluationError, match=r"no values were given"):
        ikicalc.parse(HADIR).evaluate({})


def test_a_result_without_units_has_no_quantity() -> None:
    result = ikicalc.parse("38 / 40 x 100%").evaluate({})
    assert result.quantity is None
    assert type(result) is ikicalc.Result


def test_a_result_with_units_is_written_with_its_unit() -> None:
    from ikicalc.backends.exact import MeasuredResult
    from ikicalc.backends.measured import evaluate_with_units

    formula = ikicalc.parse("Jumlah pegawai x Jumlah hari")
    units = {"Jumlah pegawai": "orang", "Jumlah hari": "hari"}
    result = evaluate_with_units(formula, {"Jumlah pegawai": 3, "Jumlah hari": "2,5"}, units)
    assert isinstance(result, MeasuredResult)
    assert str(result) == "7.50 orang·hari"
    assert result == ikicalc.Result(Fraction(15, 2), "orang·hari")
    assert result != formula.evaluate({"Jumlah pegawai": 3, "Jumlah hari": "2,5"})  # unit None


def test_evaluate_with_units() -> None:
    r = ikicalc.parse("A x B").evaluate({"A": 3, "B": 4}, units={"A": "orang", "B": "hari"})
    assert (r.exact, r.unit, str(r)) == (12, "orang·hari", "12.00 orang·hari")
