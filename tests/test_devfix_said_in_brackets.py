"""Brackets group a product said in words (issue 14, devfix; found by tests/test_fuzz.py).

``A ditambah B dibagi C`` reads in the order said, ``(A + B) / C`` (a guess, W110); but when
the writer put the division in brackets of its own the brackets decide, as they do in signs.
"""

from __future__ import annotations

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("(84,37) + ((PNS) berbanding (0))", "84,37 + PNS / 0"),
        ("Jumlah A ditambah (Jumlah B dibagi Jumlah C)", "Jumlah A + Jumlah B / Jumlah C"),
        ("Jumlah A ditambah (Jumlah B) dibagi Jumlah C", "(Jumlah A + Jumlah B) / Jumlah C"),
        ("Jumlah A ditambah Jumlah B dibagi Jumlah C", "(Jumlah A + Jumlah B) / Jumlah C"),
    ],
)
def test_brackets_around_a_said_product_keep_it_together(text: str, canonical: str) -> None:
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    assert ikicalc.parse(str(formula)).expr == formula.expr
