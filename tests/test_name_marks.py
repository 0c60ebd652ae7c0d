"""Marks a name holds where the grammar used to stop or misread (issue 14, cause 2), and the
lines around a formula that are no part of it (cause 8). Each shape came from a cold test set
of 160 cells written blind in the style of IKU, SPM and RSUD tables (session 21); each test
fails on session 20's code."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from tests.readings import read_back


def test_a_hospital_count_with_what_it_covers_in_brackets_is_one_quantity() -> None:
    """Depkes hospital indicators (AvLOS, BTO, TOI): 'Jumlah pasien keluar (hidup + mati)'
    names one count, the bracket says what it covers (the grammar's WORDS_ADDED); it used to
    be the sum of two quantities 'hidup' and 'mati', the count's own name set aside, or in a
    sentence their product with it."""
    formula = read_back("AvLOS = Jumlah lama dirawat pasien keluar / Jumlah pasien keluar (hidup + mati)")
    assert formula.variables == (
        "Jumlah lama dirawat pasien keluar",
        "Jumlah pasien keluar (hidup + mati)",
    )
    data = {"Jumlah lama dirawat pasien keluar": 120, "Jumlah pasien keluar (hidup + mati)": 30}
    assert formula.evaluate(data).exact == 4
    assert not ikicalc.lint(formula.source or "")  # a rule of the grammar, no guess
    sentence = read_back(
        "ALOS adalah rata-rata lama rawat seorang pasien. Rumus: jumlah lama dirawat dibagi "
        "jumlah pasien keluar (hidup + mati). Nilai ideal 6-9 hari."
    )  # it used to be 'jumlah pasien keluar × (hidup + mati)', a product
    assert sentence.variables == ("jumlah lama dirawat", "jumlah pasien keluar (hidup + mati)")


def test_a_bracket_of_quantities_still_names_what_it_computes() -> None:
    """Words before a bracket of whole quantities name the sum (the rule kept): only single
    words in lower case qualify a name."""
    formula = read_back("Jumlah kunjungan (jumlah baru + jumlah lama) / hari kerja")
    assert formula.variables == ("jumlah baru", "jumlah lama", "hari kerja")


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah aduan masyarakat melalui SP4N-LAPOR! yang ditindaklanjuti/Jumlah aduan yang "
        "masuk x100%",
        "Jumlah pengaduan SP4N-LAPOR! yang diselesaikan dibagi jumlah pengaduan SP4N-LAPOR! "
        "dikali 100%",
    ],
)
def test_the_complaints_service_keeps_its_exclamation_mark(text: str) -> None:
    formula = read_back(text)
    assert len(formula.variables) == 2
    assert "SP4N-LAPOR! yang" in formula.variables[0]
    assert not [d for d in ikicalc.lint(text) if d.code == "W110"]  # no other reading


def test_a_factorial_is_still_refused() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="factorials"):
        ikicalc.parse("n! / A")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Jumlah desa dengan cakupan imunisasi 80% / jumlah desa x 100%",
            "Jumlah desa dengan cakupan imunisasi 80%",
        ),
        (
            "Jumlah pegawai yang menerima TPP dengan potongan disiplin 0% / Jumlah pegawai "
            "penerima TPP x 100%",
            "Jumlah pegawai yang menerima TPP dengan potongan disiplin 0%",
        ),
    ],
)
def test_a_percent_that_ends_a_qualifying_clause_is_part_of_the_name(text: str, first: str) -> None:
    formula = read_back(text)
    assert formula.variables[0] == first
    assert formula.evaluate({first: 3, formula.variables[1]: 4}).exact == 75


def test_a_percent_after_a_bare_name_is_left_to_its_error() -> None:
    """'Realisasi anggaran 80% / target': no clause says the percent qualifies the name."""
    with pytest.raises(ikicalc.FormulaSyntaxError):
        ikicalc.parse("Realisasi anggaran 80% / target")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "((Luas kawasan kumuh tahun dasar (2021) - Luas kawasan kumuh tahun n) / Luas "
            "kawasan kumuh tahun dasar (2021)) x 100%",
            ("Luas kawasan kumuh tahun dasar (2021)", "Luas kawasan kumuh tahun n"),
        ),
        ("PAD(2023) - PAD(2022)", ("PAD(2023)", "PAD(2022)")),
    ],
)
def test_a_year_in_brackets_after_a_name_is_part_of_it(text: str, names: tuple[str, ...]) -> None:
    assert read_back(text).variables == names


def test_a_year_in_brackets_alone_is_still_a_number() -> None:
    assert str(read_back("Jumlah A / (2021)")) == "Jumlah A / 2021"


def test_a_target_line_under_the_formula_is_no_denominator() -> None:
    """SPM tables: 'Target SPM = 100%' on the line under the formula used to be read as a
    third name under the scale (A / B / Target SPM × 100%), a wrong value with no finding."""
    text = "Jumlah balita ditimbang / Jumlah balita x 100%\nTarget SPM = 100%"
    formula = read_back(text)
    assert formula.variables == ("Jumlah balita ditimbang", "Jumlah balita")
    assert formula.evaluate({"Jumlah balita ditimbang": 1, "Jumlah balita": 4}).exact == 25


def test_the_indicator_heading_above_a_flattened_stack_is_its_label() -> None:
    """Puskesmas SPM: the indicator's name in sentence case on its own line, then the stack
    (numerator / '= ----- x 100%' / denominator); the heading used to run into the
    numerator's name."""
    text = (
        "Persentase Ibu Hamil KEK yang mendapat makanan tambahan\n\n"
        "Jumlah ibu hamil KEK yang mendapatkan makanan tambahan\n"
        "= ------------------------------------------------------------- x 100%\n"
        "Jumlah ibu hamil KEK yang ada"
    )
    formula = read_back(text)
    assert formula.variables == (
        "Jumlah ibu hamil KEK yang mendapatkan makanan tambahan",
        "Jumlah ibu hamil KEK yang ada",
    )
    assert formula.label == "Persentase Ibu Hamil KEK yang mendapat makanan tambahan"
    values = dict(zip(formula.variables, (Fraction(1), Fraction(8)), strict=True))
    assert formula.evaluate(values).exact == Fraction(25, 2)
