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


def test_the_next_year_is_a_time_index_of_a_name() -> None:
    """'jumlah kasus tahun n + 1' (an IKU of Jawa Barat's Dinas Peternakan) names next year's
    count, as 'tahun n - 1' names last year's; it was read as the count plus one, with no
    word. A lone 'n' before '+ 1' stays an operand: '(n + 1) / 2'."""
    text = (
        "c. Prosentase penurunan kasus penyakit hewan =\n(A – B ) x 100%\nB\n"
        "A = jumlah kasus tahun n + 1\nB = jumlah kasus tahun n"
    )
    formula = read_back(text)
    assert formula.variables == ("jumlah kasus tahun n + 1", "jumlah kasus tahun n")
    values = {"jumlah kasus tahun n + 1": 90, "jumlah kasus tahun n": 100}
    assert Fraction(formula.evaluate(values).exact) == -10
    assert read_back("(n + 1) / 2").variables == ("n",)


def test_persentase_dari_and_dst() -> None:
    """'… adalah persentase dari jumlah A dibagi dengan jumlah B': the percentage's words
    introduce the formula; ', dst' (et cetera) ends a list, no word of its last name."""
    text = (
        "Persentase       kelahiran adalah\npersentase dari jumlah kelahiran\ndibagi dengan "
        "jumlah indukan yang\nbunting"
    )
    assert read_back(text).variables == ("jumlah kelahiran", "jumlah indukan yang bunting")
    listed = read_back(
        "jumlah kasus rabies + jumlah kasus anthrax + jumlah kasus penyakit hewan lainnya, dst"
    )
    assert listed.variables[-1] == "jumlah kasus penyakit hewan lainnya"


def test_dihitung_before_a_count_opens_the_formula() -> None:
    """Dinkes Jawa Barat's LKIP 2016: '… dari hasil pengukuran tersebut dihitung jumlah A
    dibagi jumlah B.'"""
    text = (
        "Perolehan data prevalensi Hipertensi dilakukan melalui pengukuran tekanan\ndarah pada "
        "usia 15 tahun ke atas, dari hasil pengukuran tersebut dihitung\njumlah orang dengan "
        "tekanan darah diatas standar WHO dibagi jumlah orang\nyang dilakukan pengukuran."
    )
    assert read_back(text).variables == (
        "jumlah orang dengan tekanan darah diatas standar WHO",
        "jumlah orang yang dilakukan pengukuran",
    )


def test_the_label_column_runs_on_under_the_denominator() -> None:
    """Dinas Bina Marga's LKIP, 'Rumus 3': the label 'Persentase Perbandingan dengan Tahun
    Sebelumnya' runs down the left side, its last words under the denominator."""
    text = (
        "Rumus 3:\nPersentase                               Realisasi Thn t\n"
        "Perbandingan dengan         =                                                 x 100\n"
        "Realisasi Tahun t-1\nTahun Sebelumnya"
    )
    assert read_back(text).variables == ("Realisasi Thn t", "Realisasi Tahun t-1")


def test_a_denominator_that_waits_for_more_goes_on_under_it() -> None:
    """A denominator's line that ends where its name goes on ('… usia 15' / 'tahun ke atas')
    keeps the line under it."""
    text = (
        "Persentase                               Jumlah penduduk bekerja\n"
        "Bekerja               =                                                 x 100\n"
        "Jumlah penduduk usia 15\ntahun ke atas"
    )
    assert read_back(text).variables[-1] == "Jumlah penduduk usia 15 tahun ke atas"


def test_the_sentence_over_an_lkips_capaian_stack() -> None:
    """The LKIP's capaian of an indicator where less is better (Permen PANRB's formula, the
    Dinkes Jawa Barat LKIP 2016): the sentence that introduces it, over two lines, is none of
    the stack's lines; 'rumus' was read as a quantity over the numerator."""
    text = (
        "b. Semakin tinggi realisasi menunjukkan pencapaian kinerja yang\nsemakin rendah, maka "
        "digunakan rumus :\nRencana – (Realisasi - Rencana)\nPersentase\npencapaian rencana    "
        "            =      ---------------------------------------------   X     100%\n"
        "tingkat capaian                                           Rencana"
    )
    formula = read_back(text)
    assert formula.variables == ("Rencana", "Realisasi")
    assert Fraction(formula.evaluate({"Rencana": 100, "Realisasi": 80}).exact) == 120


def test_the_labels_last_words_under_a_denominator_in_lower_case() -> None:
    """Dinas Bina Marga's LKIP, 'Rumus 2' (session 24): the label's column 'Persentase' /
    'Peningkatan/Penurunan' runs on under the denominator as 'capaian Kinerja', a line of the
    words that name an indicator only, in any case: the label's, not the denominator's."""
    text = (
        "Rumus 2:\nPersentase                      Realisasi Thn t – Realisasi Thn t-1\n"
        "Peningkatan/Penurunan        =                                                 x 100\n"
        "Realisasi Tahun t-1\ncapaian Kinerja"
    )
    formula = read_back(text)
    assert formula.variables == ("Realisasi Thn t", "Realisasi Thn t-1")
    values = {"Realisasi Thn t": 6, "Realisasi Thn t-1": 4}
    assert Fraction(formula.evaluate(values).exact) == 50
