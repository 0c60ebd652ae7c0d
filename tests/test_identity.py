"""A constant formula is confirmed by exact polynomial algebra (ikicalc/backends/identity.py),
with the answers sympy gives, and without importing sympy."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from ikicalc.backends import identity, symbolic
from ikicalc.errors import IkiError
from ikicalc.lang.formula import Formula
from ikicalc.lang.parser import parse

DATA = Path(__file__).resolve().parent / "data"

HAND = [
    ("Jumlah PNS / jumlah pns x 100%", Fraction(100)),
    ("(A + B) / (B + A)", Fraction(1)),
    ("A x B / (B x A) x 100%", Fraction(100)),
    ("(A - A) / B", Fraction(0)),
    ("A / (A + A)", Fraction(1, 2)),
    ("(A + B) / A - B / A", Fraction(1)),
    ("(A / B) / (A / B) x 100%", Fraction(100)),
    ("2 x A / A", Fraction(2)),
    ("(A x A - B x B) / (A - B) - B", None),  # A + B - B = A: varies
    ("(A x A - B x B) / (A - B) / (A + B)", Fraction(1)),
    ("Σ A / A", None),  # the total of A over its rows is another quantity
    ("Σ A / Σ A x 100%", Fraction(100)),
    ("A x B / A", None),
    ("A / B", None),
    ("(A + 1) / (A + 1,5)", None),
    ("(1/2 x A + 0,5 x A) / A x 100%", Fraction(100)),
    ("(A + B) x (A - B) / (A x A - B x B)", Fraction(1)),
]


def _sympy_answer(formula: Formula) -> Fraction | None:
    return symbolic._constant_value(formula)


def _algebra_answer(formula: Formula) -> Fraction | None:
    probed = symbolic._probe(formula)
    if probed is None:
        return None
    proved = identity.equals_everywhere(formula, probed)
    assert proved is not None
    return probed if proved else None


@pytest.mark.parametrize(("text", "expected"), HAND)
def test_hand_formulas_agree_with_sympy(text: str, expected: Fraction | None) -> None:
    formula = parse(text)
    assert _sympy_answer(formula) == expected
    assert _algebra_answer(formula) == expected
    assert symbolic.constant_value(formula) == expected


def _corpus() -> list[Formula]:
    lines = (DATA / "seed-indicators.jsonl").read_text(encoding="utf-8").splitlines()
    found: list[Formula] = []
    for line in lines:
        text = json.loads(line).get("formula") if line.strip() else None
        try:
            found.append(parse(text))
        except (IkiError, TypeError):
            continue
    return found


def test_corpus_formulas_against_themselves_agree_with_sympy() -> None:
    """Each corpus formula F gives constants F / F, F - F, (F + F) / F and a varying F × F / F
    whenever F varies; algebra and sympy say the same of each."""
    checked = 0
    for formula in _corpus()[:60]:
        if not formula.variables or len(str(formula)) > 160:
            continue
        canonical = f"({formula})"
        for text in (
            f"{canonical} / {canonical}",
            f"{canonical} - {canonical}",
            f"({canonical} + {canonical}) / {canonical}",
            f"{canonical} x {canonical} / {canonical}",
        ):
            try:
                built = parse(text)
            except IkiError:
                continue
            assert _algebra_answer(built) == _sympy_answer(built), text
            checked += 1
    assert checked > 60


def test_a_large_expansion_is_left_to_sympy() -> None:
    terms = " + ".join(f"A{i}" for i in range(60))
    formula = parse(f"({terms}) x ({terms}) / (({terms}) x ({terms}))")
    assert identity.equals_everywhere(formula, Fraction(1)) is None


def test_lint_of_a_constant_formula_does_not_import_sympy() -> None:
    code = (
        "import sys, ikicalc\n"
        "found = ikicalc.lint('Jumlah dokumen / Jumlah dokumen x 100%')\n"
        "print(sorted(d.code for d in found), 'sympy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    codes, loaded = done.stdout.rsplit(" ", 1)
    assert "W101" in codes
    assert loaded.strip() == "False"


def test_folds_and_means_are_quantities_of_the_algebra() -> None:
    """``Σ (…)`` of the same operand is one quantity, however its product is ordered; the
    mean of a list is its sum over the count."""
    assert identity.equals_everywhere(parse("Σ (A × B) / Σ (B × A)"), Fraction(1)) is True
    mean = parse("rata-rata (A, B) × 2 / (A + B)")
    assert identity.equals_everywhere(mean, Fraction(1)) is True
    assert identity.equals_everywhere(parse("Σ (A × B) / Σ (A × C)"), Fraction(1)) is False
