"""Figures of scanned regulations, read back from the words that say them (session 24, from
the development half of batch 26: PP and UU of ``mblonyox/data-peraturan`` as their OCR text
layer gives them). A regulation writes a number in digits, then in words in brackets; the
scanner damages the digits and keeps the words. Session 23's code refused each or read the
sentence as one name."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from tests.readings import guessed, value_of


@pytest.mark.parametrize(
    ("text", "variable", "share"),
    [
        # PP 13/1975: 'l' for '1' after the decimal comma
        (
            "Nilai Batas untuk anggota Masyarakat (bukan pekerja radiasi) adalah 0,l (satu "
            "persepuluh) dari Nilai Batas Rata-rata tertinggi tahunan.",
            "Nilai Batas Rata-rata tertinggi tahunan",
            Fraction(1, 10),
        ),
        # PP 55/1981: the per mille sign read as '%o', a space before it
        (
            "(2) Biaya penaksiran dibebankan kepada yang berkepentingan maksimal sebesar 1 %o "
            "(satu permil) dari nilai perumahan yang ditetapkan.",
            "nilai perumahan yang ditetapkan",
            Fraction(1, 1000),
        ),
        # a vulgar fraction flattened: '11/2' is 1½, as the words say
        ("tunjangan kematian sebesar 11/2 (satu setengah) kali gaji bulanan", "gaji bulanan",
         Fraction(3, 2)),
        # a capital 'O' for a zero
        ("sebesar 1O% (sepuluh persen) dari harga jual", "harga jual", Fraction(1, 10)),
    ],
)  # fmt: skip
def test_a_damaged_figure_is_read_from_its_words_as_a_guess(
    text: str, variable: str, share: Fraction
) -> None:
    guessed(text)  # W110 says which figure was read back
    names, value = value_of(text)
    assert names == [variable]
    assert value == share * 7


def test_a_bracket_the_scanner_lost_before_the_words() -> None:
    """PP 41/1982: ``5% lima persen)``: the words again, their opening bracket lost."""
    text = (
        "(1) Besarnya retensi (fee) yang diperoleh Pertamina ditetapkan sebesar 5% lima "
        "persen) dari Penerimaan Bersih Usaha (Net Operating Income) Kontrak Production "
        "Sharing yang bersangkutan."
    )
    names, value = value_of(text)
    assert names == [
        "Penerimaan Bersih Usaha (Net Operating Income) Kontrak Production Sharing yang "
        "bersangkutan"
    ]
    assert value == Fraction(7, 20)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # PP 14/1959 (persentase penerimaan negara): the words say ten, the digits two
        ("diserahkan 2% (sepuluh persen) dari penerimaan pajak meterai", Fraction(7, 10)),
        # PP 14/1980: a digit lost ("6%" for sixty)
        ("1. bagi golongan I sebesar 6% (enam puluh persen) dari penghasilan;", Fraction(42, 10)),
        ("15 (dua puluh) kali gaji bulanan", Fraction(20 * 7)),
    ],
)
def test_clean_digits_the_words_contradict_read_the_words(text: str, want: Fraction) -> None:
    # a regulation writes a number twice so that the words settle a doubt: read them, and say
    # so (W110), naming the digits as written
    assert value_of(text)[1] == want
    guesses = ikicalc.parse(text).guesses
    assert any("disagree" in guess.reason for guess in guesses)
    assert "W110" in {d.code for d in ikicalc.lint(text)}


def test_a_mixed_numbers_fraction_agrees_with_its_words() -> None:
    # PP 19/1977: '1 1/2 (satu setengah)': the words say the whole mixed number, not '1/2'
    text = "diberikan tunjangan kematian sebesar 1 1/2 (satu setengah) kali gaji bersih sebulan."
    assert value_of(text)[1] == Fraction(21, 2)
    assert not any("disagree" in guess.reason for guess in ikicalc.parse(text).guesses)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a clean fraction said again: no scanner's damage to undo (said_again sets it aside)
        ("1/2 (setengah) dari gaji bulanan", Fraction(7, 2)),
        # clean digits the words contradict: no confusion explains it (the words are read,
        # a guess of its own: see test_clean_digits_the_words_contradict_read_the_words)
        # words that say the digits as written ('sebelas per dua' is 11/2): nothing to read
        # back; a fraction's multiple since session 27 (was refused)
        ("11/2 (sebelas per dua) kali gaji bulanan", Fraction(77, 2)),
        # a letter the words do not confirm ('2l' is not 'dua puluh')
        ("sebesar 2l% (dua puluh persen) dari harga jual", None),
    ],
)
def test_digits_the_words_do_not_explain_are_left_as_written(
    text: str, want: Fraction | None
) -> None:
    if want is None:
        with pytest.raises(ikicalc.FormulaSyntaxError):
            ikicalc.parse(text)
        return
    assert not any("scanner" in guess.reason for guess in ikicalc.parse(text).guesses)
    assert value_of(text)[1] == want


def test_a_figure_with_no_digit_left_read_back_from_its_words() -> None:
    """UU 10/2020 (Bea Meterai) as a scan reads it: 'sebesar lOOo/o (seratus persen) dari Bea
    Meterai yang terutang': every digit read as a letter and the percent as 'o/o'. Three
    characters that undo to what the words say are the figure (a W110 guess); session 25's
    code wanted one digit left and refused the cell."""
    text = "(2) Sanksi administratif sebesar lOOo/o (seratus persen) dari Bea Meterai yang terutang."
    formula = ikicalc.parse(text)
    assert formula.variables == ("Bea Meterai yang terutang",)
    assert formula.evaluate({"Bea Meterai yang terutang": 7}).exact == 7
    assert "W110" in {d.code for d in ikicalc.lint(text)}
