"""Units (satuan) through a formula: inference, checking, and evaluation with units."""

from __future__ import annotations

import doctest
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from conftest import load_corpus
from hypothesis import given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.backends.exact import MeasuredResult, Result
from ikicalc.backends.measured import (
    UnitResult,
    UnknownSatuanError,
    evaluate_with_units,
    infer_unit,
    read_satuan,
    unit_problems,
)
from ikicalc.errors import EvaluationError, IkiError
from ikicalc.rules.units import UnitMismatchError, format_quantity, quantity

HADIR = r"$\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$"  # seed 003-004
ATTENDANCE = (  # seed 004-001
    r"$\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari tidak "
    r"masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} \times 100\%$"
)
PERSON_DAYS = "Jumlah Pegawai x (Σ hari kerja efektif - Σ hari tidak masuk kerja)"  # seed 004-020
DAYS = {"Pegawai": "orang", "hari kerja efektif": "hari", "hari tidak masuk kerja": "hari"}


def unit_of(text: str, units: Mapping[str, str | None]) -> UnitResult:
    return infer_unit(ikicalc.parse(text), units)


# ---- inference ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units", "expected"),
    [
        ("A / B", {"A": "orang", "B": "orang"}, None),  # a ratio of like quantities
        ("A / B x 100%", {"A": "orang", "B": "orang"}, "%"),
        ("A / B x 100", {"A": "orang", "B": "orang"}, None),
        ("A / B x 100%", {"A": "PNS", "B": "orang"}, "%"),  # PNS and orang are people
        ("A / B", {"A": "bulan", "B": "tahun"}, None),
        ("A x B", {"A": "orang", "B": "hari"}, "orang·hari"),
        ("A x B / C", {"A": "orang", "B": "hari", "C": "orang"}, "hari"),
        ("A x B / C", {"A": "PNS", "B": "hari", "C": "orang"}, "hari"),
        ("A / B", {"A": "dokumen", "B": "bulan"}, "dokumen/bulan"),
        ("A x A", {"A": "orang"}, "orang²"),
        ("A + B", {"A": "bulan", "B": "tahun"}, "bulan"),
        ("A + B", {"A": "tahun", "B": "bulan"}, "tahun"),
        ("A", {"A": "Rp"}, "rupiah"),
        ("A", {"A": "%"}, "%"),
        ("A + B", {"A": "persen", "B": "%"}, "%"),
        ("A / B", {"A": "%", "B": "persen"}, None),
        ("A x B", {"A": "%", "B": "orang"}, "orang"),  # a percent of people is people
        ("100% - 25%", {}, "%"),
        ("1 - A / B", {"A": "surat", "B": "surat"}, None),
        (PERSON_DAYS, DAYS | {"Jumlah Pegawai": "orang"}, "orang·hari"),
        (ATTENDANCE, DAYS, "%"),
        (HADIR, {"Jumlah PNS yang hadir": "PNS", "Jumlah PNS": "PNS"}, "%"),
    ],
)
def test_the_unit_of_a_formula(text: str, units: dict[str, str], expected: str | None) -> None:
    result = unit_of(text, units)
    assert result.known
    assert result.unit == expected
    assert result.percent == (expected == "%")
    assert result.dimensionless == (expected in (None, "%"))
    assert result.undeclared == ()


def test_a_written_number_takes_the_unit_it_is_added_to() -> None:
    # seed 004-020 with the 240 working days written in: 240 is hari
    units = {"Jumlah Pegawai": "orang", "hari tidak masuk": "hari"}
    assert unit_of("Jumlah Pegawai x (240 - hari tidak masuk)", units).unit == "orang·hari"
    result = unit_of("Jumlah Pegawai x (240 - hari tidak masuk)", {"hari tidak masuk": "hari"})
    assert result.unit is None  # Jumlah Pegawai has no satuan: the unit stays open
    assert not result.known
    assert unit_of("2 x 120 - A", {"A": "hari"}).unit == "hari"
    assert unit_of("100 - A", {"A": "%"}).unit == "%"
    # a percent literal is a number (1/100), not a count of days
    with pytest.raises(UnitMismatchError, match="a percentage"):
        unit_of("A - 10%", {"A": "hari"})


def test_variables_without_satuan_leave_the_unit_open_and_are_not_checked() -> None:
    result = unit_of("Jumlah pegawai + Jumlah hari x B", {"Jumlah pegawai": "orang"})
    assert not result.known
    assert result.unit is None
    assert result.undeclared == ("Jumlah hari", "B")
    assert str(result) == "unknown unit"
    assert unit_of("A / B x 100%", {"A": "orang"}).unit == "%"
    assert unit_of("A / B x 100%", {}).undeclared == ("A", "B")


def test_names_are_matched_like_data() -> None:
    units = {"jml  pns YG hadir": "PNS", "JUMLAH PNS": "orang"}
    assert unit_of(HADIR, units) == UnitResult("%", True, True)


def test_satuan_for_other_variables_are_ignored_but_checked() -> None:
    assert unit_of("A x B", {"A": "orang", "B": "hari", "C": "dokumen"}).unit == "orang·hari"
    with pytest.raises(UnknownSatuanError, match="'C'"):
        unit_of("A x B", {"A": "orang", "B": "hari", "C": "indeks"})


def test_blank_satuan_is_no_satuan() -> None:
    result = unit_of("A x B", {"A": "orang", "B": "", "C": None})
    assert not result.known


# ---- unlike quantities ------------------------------------------------------------------


def test_adding_unlike_quantities_is_a_positioned_error_naming_both_sides() -> None:
    text = "Jumlah pegawai + Jumlah hari"
    with pytest.raises(UnitMismatchError) as info:
        unit_of(text, {"Jumlah pegawai": "orang", "Jumlah hari": "hari"})
    error = info.value
    assert isinstance(error, IkiError)
    assert error.reason.startswith(
        "cannot add 'Jumlah pegawai' (orang) to 'Jumlah hari' (hari): they measure different"
    )
    assert (error.left, error.right) == ("orang", "hari")
    assert (error.left_text, error.right_text) == ("Jumlah pegawai", "Jumlah hari")
    assert (error.text, error.start, error.end) == (text, 0, len(text))
    assert (error.line, error.column) == (1, 1)
    assert str(error).endswith(f"  {text}\n  {'^' * len(text)}")


def test_subtraction_points_at_the_difference_in_the_latex() -> None:
    units = DAYS | {"hari tidak masuk kerja": "orang"}
    with pytest.raises(UnitMismatchError) as info:
        unit_of(ATTENDANCE, units)
    error = info.value
    assert error.reason.startswith(
        "cannot subtract 'Σ hari tidak masuk kerja' (orang) from 'Σ Hari kerja efektif' (hari)"
    )
    written = ATTENDANCE[error.start : error.end]
    assert written == r"\sum \text{Hari kerja efektif} - \sum \text{hari tidak masuk kerja}"
    assert "^^^" in str(error)


@pytest.mark.parametrize(
    ("text", "units", "left", "right"),
    [
        ("A + B", {"A": "surat", "B": "laporan"}, "surat", "laporan"),
        ("A / B + C", {"A": "orang", "B": "orang", "C": "orang"}, "a plain number", "orang"),
        ("A x 100% + B", {"A": "%", "B": "hari"}, "a percentage", "hari"),
        ("A x B - C", {"A": "orang", "B": "hari", "C": "hari"}, "orang·hari", "hari"),
        ("A + B", {"A": "RT", "B": "RW"}, "RT", "RW"),
    ],
)
def test_unlike_quantities(text: str, units: dict[str, str], left: str, right: str) -> None:
    with pytest.raises(UnitMismatchError) as info:
        unit_of(text, units)
    assert (info.value.left, info.value.right) == (left, right)


def test_unit_problems_lists_every_mismatch_for_lint() -> None:
    formula = ikicalc.parse("(A + B) x C + (C - D)")
    problems = unit_problems(formula, {"A": "orang", "B": "hari", "C": "surat", "D": "laporan"})
    assert [(p.left_text, p.right_text) for p in problems] == [("A", "B"), ("C", "D")]
    assert all(isinstance(p, UnitMismatchError) and p.text == formula.source for p in problems)
    assert unit_problems(formula, {"A": "orang", "B": "PNS"}) == []


def test_a_formula_built_in_code_has_no_excerpt() -> None:
    formula = ikicalc.Formula(ikicalc.parse("A + B").expr)
    with pytest.raises(UnitMismatchError) as info:
        infer_unit(formula, {"A": "orang", "B": "hari"})
    assert str(info.value).startswith("cannot add 'A' (orang) to 'B' (hari)")


# ---- satuan -----------------------------------------------------------------------------


ISSUE_UNITS = [
    "orang", "pegawai", "PNS", "ASN", "tamu", "peserta",
    "dokumen", "surat", "laporan", "berkas", "kegiatan", "kali", "jenis", "unit", "buah",
    "eksemplar", "paket", "layanan", "RT", "RW", "kelurahan", "desa", "gedung",
    "hari", "minggu", "bulan", "triwulan", "semester", "tahun",
    "rupiah", "Rp",
]  # fmt: skip


@pytest.mark.parametrize("satuan", ISSUE_UNITS)
def test_every_issue_unit_is_a_satuan(satuan: str) -> None:
    expected = "rupiah" if satuan == "Rp" else satuan
    assert unit_of("A", {"A": satuan}).unit == expected
    assert unit_of("A / B", {"A": satuan, "B": satuan}).unit is None


@pytest.mark.parametrize(
    ("satuan", "one"),
    [
        ("Orang", "1 orang"),
        ("Rp.", "1 rupiah"),
        ("juta rupiah", "1000000 rupiah"),
        ("ribu Rp", "1000 rupiah"),
        ("orang·hari", "1 orang·hari"),
        ("orang × hari", "1 orang·hari"),
        ("orang*hari", "1 orang·hari"),
        ("dokumen / bulan", "1 dokumen/bulan"),
        ("%", "1 persen"),
        ("pelayanan", "1 layanan"),
    ],
)
def test_read_satuan(satuan: str, one: str) -> None:
    assert format_quantity(read_satuan(satuan)) == one


@pytest.mark.parametrize(
    ("satuan", "message"),
    [
        ("indeks", "unknown satuan 'indeks'"),
        ("dokumenn", "did you mean 'dokumen'"),
        ("juta indeks", "'indeks' is not a unit"),
        ("jenis layanan", "names 2 units ('jenis', 'layanan'): give one, or write a product"),
        ("orang/hari/bulan", "one ratio"),
        ("orang/", "one ratio"),
        ("  ", "empty"),
        ("__import__('os')", "unknown satuan"),
    ],
)
def test_unknown_satuan_is_a_clear_error(satuan: str, message: str) -> None:
    with pytest.raises(UnknownSatuanError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_satuan(satuan)


def test_unknown_satuan_names_the_variable() -> None:
    with pytest.raises(UnknownSatuanError) as info:
        unit_of("Nilai SKM x 1", {"Nilai SKM": "indeks"})
    assert isinstance(info.value, IkiError)
    assert (info.value.variable, info.value.satuan) == ("Nilai SKM", "indeks")
    assert str(info.value).startswith("variable 'Nilai SKM': unknown satuan 'indeks'")


def test_two_satuan_for_one_variable() -> None:
    with pytest.raises(IkiError, match="two satuan for one variable"):
        unit_of("A x 1", {"Jumlah PNS": "orang", "jumlah  pns": "hari"})


# ---- evaluation with units --------------------------------------------------------------


def test_person_days() -> None:
    data = {"Jumlah Pegawai": 30, "hari kerja efektif": 240, "hari tidak masuk kerja": [1, 2, 3]}
    result = evaluate_with_units(
        ikicalc.parse(PERSON_DAYS), data, DAYS | {"Jumlah Pegawai": "orang"}
    )
    assert isinstance(result, MeasuredResult)
    assert (result.exact, result.unit) == (30 * 234, "orang·hari")
    assert result.quantity == quantity(30 * 234, "orang") * quantity(1, "hari")
    assert str(result) == "7020.00 orang·hari"


def test_compatible_units_are_converted_when_added() -> None:
    formula = ikicalc.parse("A + B")
    result = evaluate_with_units(formula, {"A": 6, "B": 1}, {"A": "bulan", "B": "tahun"})
    assert (result.exact, result.unit) == (18, "bulan")
    result = evaluate_with_units(formula, {"A": 1, "B": 6}, {"A": "tahun", "B": "bulan"})
    assert (result.exact, result.unit) == (Fraction(3, 2), "tahun")
    days = evaluate_with_units(formula, {"A": 1, "B": 1}, {"A": "hari", "B": "bulan"})
    assert days.exact == 1 + Fraction(365, 12)


def test_a_ratio_of_like_quantities_is_converted_to_a_number() -> None:
    formula = ikicalc.parse("A / B x 100%")
    result = evaluate_with_units(formula, {"A": 6, "B": 1}, {"A": "bulan", "B": "semester"})
    assert result == Result(Fraction(100), "%")
    assert result.quantity == quantity(100, "persen")
    plain = evaluate_with_units(
        ikicalc.parse("A / B"), {"A": 6, "B": 1}, {"A": "bulan", "B": "tahun"}
    )
    assert (plain.exact, plain.unit) == (Fraction(1, 2), None)
    assert plain.quantity == quantity(Fraction(1, 2))


def test_seed_attendance_with_units_gives_the_same_90_percent() -> None:
    data = {"Pegawai": [1] * 4, "Hari kerja efektif": 240, "hari tidak masuk kerja": [0, 12, 6, 6]}
    formula = ikicalc.parse(ATTENDANCE)
    result = evaluate_with_units(formula, data, DAYS)
    assert result == formula.evaluate(data) == Result(Fraction(90), "%")
    assert str(result) == "90.00%"


def test_percent_satuan() -> None:
    formula = ikicalc.parse("100 - Persentase pengaduan")
    result = evaluate_with_units(
        formula, {"Persentase pengaduan": "12,5"}, {"Persentase pengaduan": "%"}
    )
    assert (result.exact, result.unit) == (Fraction(175, 2), "%")
    share = ikicalc.parse("100% - A")
    assert evaluate_with_units(share, {"A": 25}, {"A": "%"}).exact == 75
    people = evaluate_with_units(
        ikicalc.parse("A x B"), {"A": 50, "B": 8}, {"A": "%", "B": "orang"}
    )
    assert (people.exact, people.unit) == (4, "orang")


def test_scale_words_in_a_satuan_multiply_the_value() -> None:
    formula = ikicalc.parse("Anggaran - Realisasi anggaran")
    units = {"Anggaran": "juta rupiah", "Realisasi anggaran": "Rp"}
    result = evaluate_with_units(formula, {"Anggaran": "1,5", "Realisasi anggaran": 250_000}, units)
    assert (result.exact, result.unit) == (1_250_000, "rupiah")


def test_without_satuan_the_result_is_what_evaluate_gives() -> None:
    formula = ikicalc.parse(HADIR)
    data = {"Jumlah PNS yang hadir": 38, "Jumlah PNS": 40}
    result = evaluate_with_units(formula, data, {"Jumlah PNS": "orang"})
    assert result == formula.evaluate(data) == Result(Fraction(95), "%")
    assert result.quantity is None


def test_every_corpus_formula_evaluates_the_same_without_satuan() -> None:
    checked = 0
    for row in load_corpus():
        try:
            formula = ikicalc.parse(row["formula"] or "")
        except ikicalc.FormulaSyntaxError:
            continue
        data = {name: 7 + index for index, name in enumerate(formula.variables)}
        plain = formula.evaluate(data)
        measured = evaluate_with_units(formula, data, {})
        assert (measured.exact, measured.unit) == (plain.exact, plain.unit), row["id"]
        checked += 1
    assert checked == 249


amounts = st.fractions(min_value=0, max_value=10_000, max_denominator=1000)


@settings(max_examples=60)
@given(hadir=amounts, jumlah=amounts.filter(bool))
def test_units_do_not_change_a_ratio_of_like_quantities(hadir: Fraction, jumlah: Fraction) -> None:
    formula = ikicalc.parse(HADIR)
    data = {"Jumlah PNS yang hadir": hadir, "Jumlah PNS": jumlah}
    units = {"Jumlah PNS yang hadir": "PNS", "Jumlah PNS": "orang"}
    assert evaluate_with_units(formula, data, units) == formula.evaluate(data)


def test_evaluation_errors_are_unchanged() -> None:
    formula = ikicalc.parse("A / B x 100%")
    units = {"A": "orang", "B": "orang"}
    with pytest.raises(EvaluationError, match="denominator 'B' is 0"):
        evaluate_with_units(formula, {"A": 1, "B": 0}, units)
    with pytest.raises(EvaluationError, match="no value given for 'B'"):
        evaluate_with_units(formula, {"A": 1}, units)
    with pytest.raises(UnitMismatchError):
        evaluate_with_units(ikicalc.parse("A + B"), {"A": 1, "B": 1}, {"A": "orang", "B": "hari"})


# ---- quantities in the data --------------------------------------------------------------


def test_quantities_in_data_are_converted_to_the_declared_satuan() -> None:
    formula = ikicalc.parse("A / B x 100%")
    data: dict[str, Any] = {"A": quantity(6, "bulan"), "B": quantity(1, "semester")}
    assert evaluate_with_units(formula, data, {}).exact == 100
    assert evaluate_with_units(formula, data, {"A": "hari", "B": "tahun"}).exact == 100
    total = evaluate_with_units(ikicalc.parse("A + B"), data, {"A": "minggu"})
    assert total.unit == "minggu"
    assert total.exact == 2 * 6 * Fraction(365, 12) / 7


def test_a_sequence_of_quantities_under_sigma() -> None:
    data = {"hari": [quantity(1, "minggu"), quantity(3, "hari"), 2]}
    result = evaluate_with_units(ikicalc.parse("Σ hari"), data, {"hari": "hari"})
    assert (result.exact, result.unit) == (12, "hari")
    undeclared = evaluate_with_units(ikicalc.parse("Σ hari"), data, {})
    assert (undeclared.exact, undeclared.unit) == (Fraction(7 + 3 + 14, 7), "minggu")


def test_a_quantity_in_the_wrong_unit_is_an_error() -> None:
    with pytest.raises(
        UnitMismatchError, match="the value of 'A' is 3 orang, but its satuan is hari"
    ):
        evaluate_with_units(ikicalc.parse("A x 2"), {"A": quantity(3, "orang")}, {"A": "hari"})


# ---- results ----------------------------------------------------------------------------


def test_a_measured_result_equals_a_result() -> None:
    measured = MeasuredResult(Fraction(95), "%", quantity(95, "%"))
    assert measured == Result(Fraction(95), "%")
    assert Result(Fraction(95), "%") == measured
    assert hash(measured) == hash(Result(Fraction(95), "%"))
    assert measured != Result(Fraction(95), None)
    assert Result(Fraction(1)).quantity is None
    assert measured.value == Decimal("95.00")


def test_the_guide_examples_run() -> None:
    guide = Path(__file__).resolve().parents[1] / "docs" / "units-and-targets.md"
    failures, tried = doctest.testfile(
        str(guide), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried > 20
    assert failures == 0
