"""A legend that spells its symbols as the formula does not (session 16,
benchmarks/legends_spelled.py): a subscript digit typed three ways, the legend in another case,
a hyphen written as a minus sign, Δ/Σ of other code points after the heading on its line, terms
of words named under a formula of one line, a legend written before a stack."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import ikicalc
from ikicalc.lang.symbols import subscript_spellings, typed_apart

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

A = "Jumlah laporan yang ditindaklanjuti"
B = "Jumlah laporan yang masuk"


@pytest.mark.parametrize(
    ("symbol", "spellings"),
    [
        ("X1", ("X1", "X_1", "X_{1}", "X₁")),
        ("X₂", ("X₂", "X_2", "X_{2}", "X2")),
        ("x_{1}", ("x_{1}", "x_1", "x1", "x₁")),
        ("P_i", ("P_i", "P_{i}")),
        ("ABC1", ("ABC1",)),  # a word with a figure, not a letter and its subscript
        ("A", ("A",)),
    ],
)
def test_a_subscript_digit_is_one_symbol_however_it_is_typed(
    symbol: str, spellings: tuple[str, ...]
) -> None:
    assert subscript_spellings(symbol) == spellings


@pytest.mark.parametrize(
    "text",
    [
        f"X₁ / X₂ x 100%\nKeterangan:\nX1 = {A}\nX2 = {B}",
        f"X1 / X2 x 100%\nKeterangan:\nX₁ = {A}\nX₂ = {B}",
        f"A_1 / A_2 x 100%\nKeterangan:\nA1 = {A}\nA2 = {B}",
        f"X1 / X2 x 100%\nX_1 = {A}\nX_2 = {B}",
    ],
)
def test_a_legend_names_a_subscript_typed_another_way(text: str) -> None:
    assert ikicalc.parse(text).variables == (A, B)


def test_typed_apart_is_never_a_guess_of_ocr() -> None:
    assert typed_apart("JTDM / JBBL x 100%", "Jtdm") == "JTDM"
    assert typed_apart("ASN−T / B", "ASN-T") == "ASN−T"
    assert typed_apart("l0 / B", "IO") is None  # OCR's letters alike are written_in's guess
    assert typed_apart("A / B", "a") is None  # one letter: both cases may be two symbols


@pytest.mark.parametrize(
    "text",
    [
        # a stack over entries in lower case, "= adalah"
        f"TRPT\n------------ x 100%\nPAPT\nKeterangan :\ntrpt = adalah {A}\npapt = adalah {B}",
        # entries joined by ';' on the heading's line, in lower case
        f"P = LSHD / PABD x 100%\nDi mana : lshd: {A}; pabd: {B}",
        # a hyphen the formula writes as a minus sign, entries joined on the heading's line
        f"P = JJK−B / JIH−Y x 100%\ndengan: JJK-B merupakan {A}; JIH-Y merupakan {B}",
        f"JSB−S\n------------ x 100%\nJSA−S\nKet. JSB-S = adalah {A}; JSA-S = adalah {B}",
        # Δ and Σ of other code points, the first entry after the heading on its line
        f"∆ JIPY\n------------ x 100%\n∑ JPD\nKeterangan : ΔJIPY: {A}; Σ JPD: {B}",
        # Δ before a piece of a stack
        f"Δ NHEA\nK = x 100%\nΣ JSS\n∆NHEA = adalah {A}\n∑JSS = adalah {B}",
    ],
)
def test_a_legend_typed_apart_from_its_formula_names_its_symbols(text: str) -> None:
    assert ikicalc.parse(text).variables == (A, B)


@pytest.mark.parametrize(
    "text",
    [
        # the terms of words of a formula of one line, each alone over its name
        f"(Σ pelanggaran tahun ini + pencari kerja ditempatkan) / Σ tingkat kematangan ukpbj x 100%\n"
        f"Di mana :\n∑ pelanggaran tahun ini\n{A}\npencari kerja ditempatkan\n{B}\n"
        f"Σ tingkat kematangan ukpbj\nNilai Tingkat Kematangan UKPBJ",
        # a term and its name on one line, after a tab or a list's mark
        f"kamar yang terjual\nP = x 100%\nhari perawatan rumah sakit\nKet:\n"
        f"kamar yang terjual\t{A}\nhari perawatan rumah sakit\t{B}",
        f"Σ tutupan hutan\nf(x) = x 100%\n∑ opd yang menggunakan data\nDi mana :\n"
        f"1. Σ tutupan hutan\t:\t{A}\n2. ∑ opd yang menggunakan data\t:\t{B}",
    ],
)
def test_terms_of_words_are_named_by_the_entries_that_write_them_again(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables[:2] == (A, B)


def test_a_formula_with_a_symbol_among_its_terms_stays_with_the_symbol_readers() -> None:
    formula = ikicalc.parse(
        "Harga jual = HcTP + Toll Fee + Pajak\n\ndimana:\n\na. HcTP adalah harga di titik "
        "penyerahan;\n\nb. Toll Fee adalah tarif pengangkutan gas bumi;\n\n"
        "c. Pajak adalah pajak bahan bakar."
    )
    assert formula.variables == (
        "harga di titik penyerahan", "tarif pengangkutan gas bumi", "pajak bahan bakar"
    )


@pytest.mark.parametrize(
    "text",
    [
        f"A merupakan {A}\nB merupakan {B}\nmaka A\nf(x) = x 100%\nB",
        f"PJYD = adalah {A}\nJPTB = adalah {B}\nmaka PJYD\n------------ x 100%\nJPTB",
        f"K : Persentase capaian\nJJSY : {A}\nJSUD : {B}\nmaka JJSY\nK = x 100%\nJSUD",
    ],
)
def test_a_legend_written_before_a_stack_names_its_symbols(text: str) -> None:
    assert ikicalc.parse(text).variables == (A, B)


@pytest.mark.parametrize("heading", ["Keterangan:", "Uraian :", ""])
def test_a_symbol_x_over_a_stack_s_scale(heading: str) -> None:
    text = f"x\n------------ x 100%\ny\n{heading}\nx = {A}\ny = {B}".replace("\n\n", "\n")
    formula = ikicalc.parse(text)
    assert formula.variables == (A, B)
    assert formula.evaluate({A: 1, B: 4}).exact == 25


def test_a_heading_over_entries_that_write_a_stack_s_lines_again() -> None:
    formula = ikicalc.parse(
        f"CPTW\n------------ x 100%\nKFPJ\nUraian :\nCPTW:\n{A}\nKFPJ :\n{B}"
    )
    assert formula.variables == (A, B)


def test_the_benchmark_halves_differ_and_the_work_half_reads() -> None:
    import legends_spelled

    work, fresh = legends_spelled.pools("work"), legends_spelled.pools("fresh")
    assert not set(work.names) & set(fresh.names)
    right, total = legends_spelled.BENCHMARK.rate("work", count=150)
    assert right / total >= 0.88


@pytest.mark.parametrize(
    "text",
    [
        "<ul>\nPDU = (NCi / NBi) x 100%\n<li>NCi = Jumlah calon mahasiswa baru reguler.</li>\n"
        "<li>NBi = Jumlah calon mahasiswa yang lulus seleksi.</li>\n</ul>",
        '<ul style="list-style-type: disc;">\nPDU = NCi / NBi x 100%\n<li>NCi = Jumlah calon '
        "mahasiswa baru reguler (Satuan: orang)</li>\n<li>NBi = Jumlah calon mahasiswa yang "
        "lulus seleksi</li>\n</ul>",
    ],
)
def test_a_legend_in_the_html_of_a_list(text: str) -> None:
    assert ikicalc.parse(text).variables == (
        "Jumlah calon mahasiswa baru reguler", "Jumlah calon mahasiswa yang lulus seleksi"
    )


def test_an_expression_under_the_scale_s_line_is_the_denominator() -> None:
    formula = ikicalc.parse("Jumlah penderita diare yang dilayani x 100%\n10% x IR")
    assert formula.variables == ("Jumlah penderita diare yang dilayani", "IR")
    assert formula.evaluate({"Jumlah penderita diare yang dilayani": 5, "IR": 100}).exact == 50
    assert formula.guesses


def test_a_stack_joined_after_a_field_s_title() -> None:
    formula = ikicalc.parse(
        f"Formulasi : A R =   ------------ B x 100 persen Dengan : • A : {A} • B : {B}"
    )
    assert formula.variables == (A, B)
