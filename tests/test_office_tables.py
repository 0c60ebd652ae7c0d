"""Office tables as PDF text gives them (session 23, from the development half of batch 27:
the LKIP of the Provinsi Jawa Barat's offices): the Symbol font's signs in the private use
area, and a stack whose label's column runs down its left side. Session 22's code misread
each."""

from __future__ import annotations

from fractions import Fraction

from tests.readings import read_back


def test_the_symbol_fonts_equals_sign() -> None:
    """'%PRTC \\uf03d … X 100%': the '=' drawn in the Symbol font, as pdftotext returns it."""
    text = (
        "a. Jika semakin tinggi realisasi menunjukan bahwa pencapaian kinerja adalah semakin "
        "baik,\nmaka rumus yang digunakan adalah :\nRealisasi\n%PRTC \uf03d                    "
        "X 100%\nRencana"
    )
    formula = read_back(text)
    assert formula.variables == ("Realisasi", "Rencana")
    assert Fraction(formula.evaluate({"Realisasi": 3, "Rencana": 4}).exact) == 75


def test_symbol_font_operators_between_names() -> None:
    formula = read_back("Jumlah A \uf0b4 Jumlah B \uf02b Jumlah C")
    assert formula.variables == ("Jumlah A", "Jumlah B", "Jumlah C")
    assert Fraction(formula.evaluate({"Jumlah A": 2, "Jumlah B": 3, "Jumlah C": 4}).exact) == 10


def test_a_denominator_under_a_label_column_keeps_its_first_words() -> None:
    """Dinas Bina Marga's LKIP: 'Persentase' / 'Pencapaian Rencana =' run down the left
    side; 'Target Rencana Tahun t', the line under, is the denominator whole (a target's
    name), not the label's last words and 'Tahun t'."""
    text = (
        "Rumus 1:\nPersentase                               Realisasi Tahun t\n"
        "Pencapaian Rencana           =                                                 x 100\n"
        "Target Rencana Tahun t"
    )
    assert read_back(text).variables == ("Realisasi Tahun t", "Target Rencana Tahun t")
