"""The names other apps and the acceptance checks use, exactly as the issues spell them."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import ikicalc


def test_formula_language_api() -> None:
    formula = ikicalc.parse("Jumlah PNS yang hadir / Jumlah PNS x 100%")
    assert isinstance(formula, ikicalc.Formula)
    assert formula.variables == ("Jumlah PNS yang hadir", "Jumlah PNS")
    result = formula.evaluate({"Jumlah PNS yang hadir": 38, "Jumlah PNS": 40})
    assert isinstance(result, ikicalc.Result)
    assert isinstance(result.exact, Fraction)
    assert isinstance(result.value, Decimal)
    assert issubclass(ikicalc.FormulaSyntaxError, ikicalc.IkiError)
    assert issubclass(ikicalc.FormulaSyntaxError, ValueError)
    assert issubclass(ikicalc.EvaluationError, ikicalc.IkiError)


def test_scales_and_capaian_api() -> None:
    assert callable(ikicalc.scale)
    assert ikicalc.scale("ikm-2004").classify(Decimal("90")).grade == "A"
    assert ikicalc.Scale.parse("91 – 100 : Sangat Baik").classify(95).label == "Sangat Baik"
    assert ikicalc.capaian(9, 8, polarity="negatif") == Decimal("87.50")
    target = {"kuantitas": 10, "kualitas": 100, "waktu": 12}
    realisasi = {"kuantitas": 10, "kualitas": 90, "waktu": 10}
    assert ikicalc.skp_pp46(target, realisasi).waktu == Decimal("92.67")
    assert ikicalc.skm([[4, 4, 4]]).index == Decimal("100.00")


def test_targets_and_number_words_api() -> None:
    assert ikicalc.words_to_number("dua puluh sembilan") == 29
    assert ikicalc.number_to_words(1250) == "seribu dua ratus lima puluh"
    assert ikicalc.parse_target("500 surat").value == 500


def test_lint_and_symbolic_api() -> None:
    [diagnostic] = ikicalc.lint("x 100%")
    assert isinstance(diagnostic, ikicalc.Diagnostic)
    assert (diagnostic.code, diagnostic.severity, diagnostic.span) == ("E002", "error", (0, 1))
    assert diagnostic.suggestion is None
    assert isinstance(diagnostic.message, str)
    formula = ikicalc.parse("Jumlah PNS yang hadir / Jumlah PNS x 100%")
    assert formula.solve("Jumlah PNS yang hadir", 95, {"Jumlah PNS": 40}) == 38
    assert formula.to_latex() == (
        r"\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%"
    )
    assert isinstance(formula.simplify(), ikicalc.Formula)
    assert formula.to_sympy().free_symbols


def test_document_and_report_api() -> None:
    assert callable(ikicalc.build_report)
    assert ikicalc.read_cell("500 surat").kind is ikicalc.CellKind.TARGET
    assert ikicalc.Report is not None
    assert ikicalc.ReportRow is not None
