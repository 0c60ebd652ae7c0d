"""Families of formula cells as offices write them (issue 14), one family per test.

Each test reads several cells written the way documents write them (not only the cells of
the public corpus) and checks the variables and the value, so that a rule that only fits
one cell fails here.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


def _reads(text: str, variables: list[str], data: dict[str, int], want: Fraction | int) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == variables
    assert formula.evaluate(data).exact == want
    assert ikicalc.parse(str(formula)) == formula


# ---- a lone X as a letter of a name (a placeholder: "Indikator X") ------------------------


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("Indeks Variabel = Σ Indikator X / Nilai Maksimum X", ["Indikator X", "Nilai Maksimum X"]),
        ("Skor Aspek X / Skor Maksimal Aspek X", ["Skor Aspek X", "Skor Maksimal Aspek X"]),
        ("(Nilai Komponen X) / Bobot x 100%", ["Nilai Komponen X", "Bobot"]),
    ],
)
def test_a_lone_x_before_a_slash_or_a_bracket_is_a_letter(text: str, variables: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == variables
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize("text", ["Jumlah A / B x", "Jumlah A x", "A / B X"])
def test_a_dangling_x_without_a_letter_x_elsewhere_is_still_an_error(text: str) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="ends too early"):
        ikicalc.parse(text)


# ---- a number that opens with 0. is a decimal, never a thousand ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("IKLH = (0.376 x IKA) + (0.405 x IKU) + (0.219 x IKL)", Fraction(1000, 1)),
        ("0.376 x IKA + 0.405 x IKU + 0.219 x IKL", Fraction(1000, 1)),
        ("(0.5 x IKA) + (0.25 x IKU) + (0.25 x IKL)", Fraction(1000, 1)),
    ],
)
def test_weights_written_with_a_leading_zero_are_decimals(text: str, want: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.evaluate({"IKA": 1000, "IKU": 1000, "IKL": 1000}).exact == want
    assert formula.guesses == ()


def test_a_dot_before_three_digits_still_groups_thousands() -> None:
    formula = ikicalc.parse("Jumlah kasus / Jumlah penduduk x 1.000")
    assert formula.evaluate({"Jumlah kasus": 3, "Jumlah penduduk": 3}).exact == 1000


# ---- th / thn are tahun --------------------------------------------------------------------


def test_th_and_thn_name_the_same_year() -> None:
    text = "Rumus:\n\n(Prod Th t) – (Prod Th t-1) x 100%\n\nProd Thn t-1"
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 2
    data = {"Prod tahun t": 120, "Prod tahun t-1": 100}
    assert formula.evaluate(data).exact == 20


# ---- a label before ':' (with or without a space) when the formula divides on its own ------


@pytest.mark.parametrize(
    "text",
    [
        "Angka Kesakitan DBD : (Jumlah kasus baru DBD/ Jumlah populasi) x 100.000",
        "Angka Kesakitan DBD: (Jumlah kasus baru DBD / Jumlah populasi) x 100.000",
        "Insiden Rate DBD : Jumlah kasus baru DBD dibagi Jumlah populasi x 100.000",
    ],
)
def test_a_label_before_a_colon_is_set_aside(text: str) -> None:
    _reads(
        text,
        ["Jumlah kasus baru DBD", "Jumlah populasi"],
        {"Jumlah kasus baru DBD": 3, "Jumlah populasi": 300_000},
        1,
    )


def test_a_colon_between_two_names_still_divides() -> None:
    _reads("Realisasi : Target x 100%", ["Realisasi", "Target"], {"Realisasi": 1, "Target": 4}, 25)


# ---- 'Numerator' and 'Denominator' as the names themselves ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Numerator di bagi dengan denominator di kali 100%",
        "Numerator dibagi denominator x 100%",
        "Numerator / Denominator x 100%",
    ],
)
def test_numerator_and_denominator_words_can_be_the_names(text: str) -> None:
    formula = ikicalc.parse(text)
    assert [v.lower() for v in formula.variables] == ["numerator", "denominator"]
    assert formula.evaluate({"numerator": 1, "denominator": 4}).exact == 25


def test_numerator_and_denominator_labels_still_mark_the_parts() -> None:
    _reads(
        "Numerator: Jumlah pasien yang puas Denominator: Jumlah pasien yang disurvei",
        ["Jumlah pasien yang puas", "Jumlah pasien yang disurvei"],
        {"Jumlah pasien yang puas": 1, "Jumlah pasien yang disurvei": 4},
        Fraction(1, 4),
    )


# ---- the middle line of a stacked fraction: '=' of a blank result, repeated, lost label ----

_PETUGAS = ["Jumlah petugas yang melakukan hand hygiene", "Jumlah seluruh petugas"]
_PETUGAS_DATA = {_PETUGAS[0]: 3, _PETUGAS[1]: 4}


@pytest.mark.parametrize(
    "text",
    [
        f"{_PETUGAS[0]}\nx 100% =\nx 100% =\n{_PETUGAS[1]}",  # the export repeated it
        f"{_PETUGAS[0]}\nx 100% =\n{_PETUGAS[1]}",  # the result the form leaves blank
        f"{_PETUGAS[0]}\n= x 100%\n{_PETUGAS[1]}",  # the '=' of a label lost in the export
        f"{_PETUGAS[0]}\n----------------- x 100 % =\n{_PETUGAS[1]}",
        f"{_PETUGAS[0]} .---------------------- x 100 % = {_PETUGAS[1]}",  # one line, a leader
        f"{_PETUGAS[0]} ---------------------- x 100% {_PETUGAS[1]}",
    ],
)
def test_the_middle_line_of_a_stacked_fraction(text: str) -> None:
    _reads(text, _PETUGAS, _PETUGAS_DATA, 75)


def test_a_bar_inside_a_line_without_a_scale_divides() -> None:
    _reads(
        f"{_PETUGAS[0]} ---------------------- {_PETUGAS[1]}",
        _PETUGAS,
        _PETUGAS_DATA,
        Fraction(3, 4),
    )


# ---- a bulleted legend: "• IS Indeks Sosial" ---------------------------------------------


@pytest.mark.parametrize("bullet", ["•", "-", "*", "▪"])
def test_a_bulleted_legend_names_the_symbols(bullet: str) -> None:
    text = (
        f"IDM = 1/3 (IS + IEK + IL)\n  {bullet} IDM Indeks Desa Membangun\n"
        f"  {bullet} IS Indeks Sosial\n  {bullet} IEK Indeks Ekonomi\n"
        f"  {bullet} IL Indeks Lingkungan (Ekologi)"
    )
    names = ["Indeks Sosial", "Indeks Ekonomi", "Indeks Lingkungan (Ekologi)"]
    _reads(text, names, dict.fromkeys(names, 3), 3)
