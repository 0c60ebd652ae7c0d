"""The LaTeX back end: seed formulas as the documents write them, escapes, brackets, read-back."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from strategies import formulas

import ikicalc
from ikicalc.backends.latex import expression_latex, latex_text, to_latex
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from tests.conftest import read_corpus

HADIR = r"\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%"  # seed 003-004
ATTENDANCE = (  # seed 004-001, as Kecamatan Bululawang writes it
    r"\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari tidak "
    r"masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} \times 100\%"
)


def test_the_attendance_formula_prints_as_the_document_writes_it() -> None:
    formula = ikicalc.parse("Jumlah PNS yang hadir / Jumlah PNS x 100%")
    assert formula.to_latex() == HADIR
    assert ikicalc.parse(HADIR) == formula


def test_the_bululawang_formula_prints_as_the_document_writes_it() -> None:
    formula = ikicalc.parse(f"${ATTENDANCE}$")
    assert to_latex(formula) == ATTENDANCE
    assert ikicalc.parse(to_latex(formula)) == formula


def test_label_and_items() -> None:
    labelled = ikicalc.parse("Tingkat Partisipasi Masyarakat = Σ Usulan / Σ Ajuan × 100%")
    assert labelled.to_latex() == (
        r"\text{Tingkat Partisipasi Masyarakat} = "
        r"\frac{\sum \text{Usulan}}{\sum \text{Ajuan}} \times 100\%"
    )
    listed = ikicalc.parse(
        "Jumlah dokumen tersusun : 1. dokumen monografi 2. dokumen profil Kecamatan"
    )
    assert listed.to_latex() == (
        r"\text{Jumlah dokumen tersusun} : 1. \ \text{dokumen monografi} \quad "
        r"2. \ \text{dokumen profil Kecamatan}"
    )
    for formula in (labelled, listed):
        assert ikicalc.parse(formula.to_latex()) == formula


def test_special_characters_in_names_are_escaped() -> None:
    assert latex_text(r"50% & a_b #1 $2 {x} \y ^ ~ <>") == (
        r"\text{50\% \& a\_b \#1 \$2 \{x\} \textbackslash{}y \textasciicircum{} "
        r"\textasciitilde{} \textless{}\textgreater{}}"
    )
    formula = Formula(ast.Binary(ast.Op.DIV, ast.Variable("A & B"), ast.Variable("C_1")))
    assert formula.to_latex() == r"\frac{\text{A \& B}}{\text{C\_1}}"


def test_a_name_cannot_break_out_of_its_text_group() -> None:
    evil = r"x} \input{/etc/passwd} \text{"
    latex = to_latex(Formula(ast.Variable(evil)))
    assert latex == r"\text{x\} \textbackslash{}input\{/etc/passwd\} \textbackslash{}text\{}"
    assert latex.count("{") - latex.count(r"\{") == latex.count("}") - latex.count(r"\}")


@pytest.mark.parametrize(
    ("value", "latex"),
    [("0.5", "0{,}5"), ("81.35", "81{,}35"), ("100", "100"), ("1250.50", "1250{,}5")],
)
def test_numbers_keep_the_decimal_comma_braced(value: str, latex: str) -> None:
    assert expression_latex(ast.Number(Decimal(value))) == latex
    assert expression_latex(ast.Percent(Decimal(value))) == latex + r"\%"


@pytest.mark.parametrize(
    ("text", "latex"),
    [
        ("A - (B - C)", r"\text{A} - (\text{B} - \text{C})"),
        ("A - B - C", r"\text{A} - \text{B} - \text{C}"),
        ("A × (B × C)", r"\text{A} \times (\text{B} \times \text{C})"),
        ("(A + B) × C", r"(\text{A} + \text{B}) \times \text{C}"),
        ("A + B × C", r"\text{A} + \text{B} \times \text{C}"),
        ("-(A + B)", r"-(\text{A} + \text{B})"),
        ("-A × B", r"-\text{A} \times \text{B}"),
        ("A - -B", r"\text{A} - (-\text{B})"),
        ("-(-A)", r"-(-\text{A})"),
        ("A / B / C", r"\frac{\frac{\text{A}}{\text{B}}}{\text{C}}"),
        ("A / (B / C)", r"\frac{\text{A}}{\frac{\text{B}}{\text{C}}}"),
        ("A × (B / C)", r"\text{A} \times \frac{\text{B}}{\text{C}}"),
        ("-(A / B)", r"-\frac{\text{A}}{\text{B}}"),
        ("(A / B + C) × D", r"\left(\frac{\text{A}}{\text{B}} + \text{C}\right) \times \text{D}"),
        ("Rapat - (Rapat)", r"\text{Rapat} - \text{Rapat}"),
        ("Σ A × 12,5%", r"\sum \text{A} \times 12{,}5\%"),
    ],
)
def test_brackets_only_where_the_structure_needs_them(text: str, latex: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.to_latex() == latex
    assert ikicalc.parse(latex.replace("{,}", ",")) == formula


def read_back(latex: str) -> Formula:
    # The grammar does not read the braced decimal comma '0{,}5' yet (reported to the lead);
    # everything else the printer writes must read back as it is.
    return ikicalc.parse(latex.replace("{,}", ","))


@settings(max_examples=300, deadline=None)
@given(formulas)
def test_latex_reads_back_to_an_equal_formula(formula: Formula) -> None:
    assert read_back(to_latex(formula)) == formula


def test_seed_formulas_read_back_from_their_latex(corpus: list[dict[str, Any]]) -> None:
    read = 0
    for row, formula in read_corpus(corpus):
        words = [*formula.variables, formula.label or "", *formula.items]
        if any(mark in word for word in words for mark in ("&", "(", " / ")):
            # Inside \text{…} the grammar reads neither '\&' nor brackets nor ' / ' yet
            # (reported to the lead): 'makanan & minuman' (002-023 and 5 more), '… (SKM) …'
            # (000-001), 'Jumlah / Jenis ATK' (000-023).
            continue
        assert read_back(to_latex(formula)) == formula, row["id"]
        read += 1
    assert read == 241
