"""Numbers and arithmetic as Indonesian documents write them, session 18 (issue 14, causes 7,
10): a mixed number typed with a slash (``1 1/2 (satu setengah) kali A``), the percent of a
mixed number (``12½%``)."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.errors import FormulaSyntaxError
from tests.readings import reads_as


@pytest.mark.parametrize(
    ("text", "variables", "want"),
    [
        # a mixed number typed with a slash: a whole number, a space, a proper fraction
        ("Tunjangan = 1 1/2 x A", ("A",), Fraction(3)),
        ("Tunjangan = 1 1/2 (satu setengah) kali A", ("A",), Fraction(3)),
        ("Tunjangan = 2 1/2 kali A", ("A",), Fraction(5)),
        ("Tunjangan = 1½ kali A", ("A",), Fraction(3)),
        ("A / 2 1/2", ("A",), Fraction(4, 5)),
        (
            "maka kepada ahli warisnya diberikan tunjangan kematian sebesar 1 1/2 (satu "
            "setengah) kali gaji bersih sebulan.",
            ("gaji bersih sebulan",),
            Fraction(3),
        ),
        # the percent of a mixed number or of a vulgar fraction
        ("A x 12½%", ("A",), Fraction(1, 4)),
        ("A x 12 ½ %", ("A",), Fraction(1, 4)),
        ("A x 12 1/2 %", ("A",), Fraction(1, 4)),
        ("A x 2 1/2 persen", ("A",), Fraction(1, 20)),
        ("12½% dari A", ("A",), Fraction(1, 4)),
        # the typewriter's percent "o/o" and per mille "o/oo", glued or after a space
        ("A x 2,5 o/o", ("A",), Fraction(1, 20)),
        ("A x 25o/o", ("A",), Fraction(1, 2)),
        ("A x 5 o/oo", ("A",), Fraction(1, 100)),
        ("A x 5o/oo", ("A",), Fraction(1, 100)),
        ("tarif 5 o/o (lima persen) dikalikan A", ("A",), Fraction(1, 10)),
    ],
)
def test_a_mixed_number(text: str, variables: tuple[str, ...], want: Fraction) -> None:
    reads_as(text, variables, want)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("A 1/2", ("A 1",)),  # no whole number of its own: a name's number, then a division
        ("A x 1/2", ("A",)),  # a plain fraction stays a division
    ],
)
def test_no_mixed_number(text: str, variables: tuple[str, ...]) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert str(formula).endswith("/ 2")


def test_a_percent_with_no_decimal_is_refused() -> None:
    with pytest.raises(FormulaSyntaxError, match="no exact decimal"):
        ikicalc.parse("A x 2⅓%")


@pytest.mark.parametrize(
    ("text", "variables", "want"),
    [
        # a word of summing before a symbol that carries the index the cell declares: Σ
        (
            "Rata-rata = Jumlah xi / n, dimana xi = nilai responden ke-i, n = jumlah responden",
            ("nilai responden ke-i", "jumlah responden"),
            Fraction(5, 4),  # (2 + 3) / 4
        ),
        ("Nilai = Total X_i / n, dimana i = 1, 2, ..., n", ("X_i", "n"), Fraction(5, 4)),
        (
            "SKM = Total xi / n x 25, dimana xi = nilai unsur ke-i",
            ("nilai unsur ke-i", "n"),
            Fraction(125, 4),
        ),
    ],
)
def test_a_sum_said_in_words(text: str, variables: tuple[str, ...], want: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    summed = variables[0]
    assert formula.evaluate({summed: (2, 3), variables[1]: 4}).exact == want
    assert any("Σ" in guess.chosen for guess in formula.guesses)  # a guess: it says so


@pytest.mark.parametrize(
    "text",
    [
        "Nilai = Jumlah Xi / n",  # no index declared: a name ("Jumlah Xi")
        "Nilai = Jumlah Ki yang dilaporkan / n, i = 1",  # the name goes on
    ],
)
def test_no_sum_said(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables[0].startswith("Jumlah")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("DSCR = { ^PAD + ^DAU + (DBH - DBHDR)} - ^BW", ("PAD", "DAU", "DBH", "DBHDR", "BW")),
        ("A / ^B x 100%", ("A", "B")),
        ("^A + B", ("A", "B")),
    ],
)
def test_a_caret_where_an_operand_opens(text: str, variables: tuple[str, ...]) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert any(guess.other == "^" for guess in formula.guesses)  # a guess: it says so


@pytest.mark.parametrize("text", ["A = x^2 + B", "A ^ 2", "(A + B)^2"])
def test_a_power_is_still_refused(text: str) -> None:
    with pytest.raises(FormulaSyntaxError):
        ikicalc.parse(text)


@pytest.mark.parametrize(
    ("text", "variables", "want"),
    [
        # per mille said in words (promil, permil), as "‰"; after a scale of 1000 its unit
        ("A x 2 permil", ("A",), Fraction(1, 250)),
        ("2 promil dari A", ("A",), Fraction(1, 250)),
        ("A x 2 (dua) permil", ("A",), Fraction(1, 250)),
        ("A / B x 1000 promil", ("A", "B"), Fraction(2000, 3)),
        # a fraction typed with a slash before the word of a share
        ("Nilai = 1/2 dari A", ("A",), Fraction(1)),
        ("Nilai = 10/110 dari A", ("A",), Fraction(2, 11)),
        # a number (in digits, in words, said again) times a bracket
        ("Nilai = dua kali (A + B)", ("A", "B"), Fraction(10)),
        ("Nilai = 2 (dua) kali (A + B)", ("A", "B"), Fraction(10)),
        (
            "Besarnya tunjangan sebesar 3 (tiga) kali (gaji pokok + tunjangan keluarga)",
            ("gaji pokok", "tunjangan keluarga"),
            Fraction(15),
        ),
    ],
)
def test_rates_shares_and_times(text: str, variables: tuple[str, ...], want: Fraction) -> None:
    reads_as(text, variables, want)


def test_how_often_stays_in_the_name() -> None:
    formula = ikicalc.parse("Jumlah ibu hamil yang mendapat pelayanan minimal 4 kali (K4) / B")
    assert formula.variables[0].endswith("4 kali (K4)")


@pytest.mark.parametrize(
    ("text", "variables", "want"),
    [
        # a number glued to a short symbol is its factor, as algebra writes it
        ("Nilai = 0,5A + 0,5B", ("A", "B"), Fraction(5, 2)),
        ("Nilai = 2A + 3B", ("A", "B"), Fraction(13)),
        ("Tarif = (3Tu x ¾) + Tph", ("Tu", "Tph"), Fraction(15, 2)),
        # PP 128/2015: a dashed bar inline, a glued factor, a vulgar fraction
        (
            "L + 500 Tkts = ------------- + (3Tu x ¾) + Tph 0,020",
            ("L", "Tu", "Tph"),
            Fraction(502) / Fraction(2, 100) + Fraction(27, 4),
        ),
    ],
)
def test_a_factor_glued_to_its_symbol(
    text: str, variables: tuple[str, ...], want: Fraction
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert ikicalc.parse(str(formula)) == formula
    values = dict(zip(variables, (2, 3, 0), strict=False))
    assert formula.evaluate(values).exact == want


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Jumlah desa 3T / jumlah desa x 100%", "Jumlah desa 3T"),  # inside a name: the name's
        ("Jumlah BTS 4G / B", "Jumlah BTS 4G"),
    ],
)
def test_a_number_glued_inside_a_name(text: str, first: str) -> None:
    assert ikicalc.parse(text).variables[0] == first


def test_a_bracket_in_a_name_keeps_its_shape() -> None:
    # Perwali Kendari 11/2024: "Jumlah [lembar/unit)" as written, a bracket the typist mismatched
    text = (
        "Nilai Sewa Reklame = (Ukutan Reklame x NJOPR) + (NSPR) x Bahan yang\ndigunakan x "
        "Waktu Penayangan x Jumlah [lembar/unit) x tarif Pajak Reklame."
    )
    formula = ikicalc.parse(text)
    assert "Jumlah [lembar/unit)" in formula.variables
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # per cent said as the legal drafting writes it; per mille alike
        ("Nilai = A x 2,5 per seratus", Fraction(1, 20)),
        ("Nilai = A x 2,5 perseratus", Fraction(1, 20)),
        ("Nilai = A x 25 (dua puluh lima) per seratus", Fraction(1, 2)),
        ("Nilai = 10 per seratus dari A", Fraction(1, 5)),
        ("Nilai = A x 5 per seribu", Fraction(1, 100)),
        ("AKB = A / B per seribu kelahiran hidup", Fraction(2000, 3)),  # a rate's scale
    ],
)
def test_per_hundred(text: str, want: Fraction) -> None:
    formula = ikicalc.parse(text)
    values = dict(zip(formula.variables, (2, 3), strict=False))
    assert formula.evaluate(values).exact == want


@pytest.mark.parametrize("text", ["Nilai = A x satu juta rupiah", "Nilai = A x 1.000.000 rupiah"])
def test_money_after_a_number_is_its_unit(text: str) -> None:
    formula = ikicalc.parse(text)  # not the denominator of a flattened fraction (A / rupiah)
    assert formula.variables == ("A",)
    assert formula.evaluate({"A": 2}).exact == 2_000_000
