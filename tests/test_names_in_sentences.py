"""Where a quantity's name starts and ends in a sentence (issue 14, session 16): the marks that
open a name (``%`` for *persentase*), the colon of a list a name includes, worked examples
written after the formula. Each family on its real cells (quoted with their id) and on cells
written the same way with other names.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import ast


def _names(text: str) -> list[str]:
    formula = ikicalc.parse(text)
    return [v.name for v in ast.walk(formula.expr) if isinstance(v, ast.Variable)]


def _roundtrip(text: str) -> ikicalc.Formula:
    formula = ikicalc.parse(text)
    assert ikicalc.parse(str(formula)) == formula
    return formula


# --- '%' glued to the name it opens -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # dki-sakip-rpjmd-indi-2020#05 (batch 21): "% capaian", the sign glued to its word
        (
            "Cara penghitungan : (%capaian x Bobot SKPD x Bobot parameter)/10",
            ["%capaian", "Bobot SKPD", "Bobot parameter"],
        ),
        # the same sign opening the cell and after a slash
        ("%realisasi / %target x 100%", ["%realisasi", "%target"]),
        ("%capaian x Bobot SKPD", ["%capaian", "Bobot SKPD"]),
    ],
)
def test_a_percent_sign_glued_to_the_name_it_opens(text: str, names: list[str]) -> None:
    assert _names(text) == names
    _roundtrip(text)


def test_a_glued_percent_sign_still_ends_a_number_and_opens_a_label() -> None:
    assert _names("Jumlah A / Jumlah B x 100%") == ["Jumlah A", "Jumlah B"]
    formula = ikicalc.parse("$\\%KK=\\frac{A}{B}\\times 100\\%$")
    assert formula.label == "KK"
    assert formula.evaluate({"A": 1, "B": 4}).exact == Fraction(25)
