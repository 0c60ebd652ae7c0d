"""A symbol over the same symbol indexed is a ratio (reading.read_slashes, '_indexed_pair')."""

from __future__ import annotations

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("((A/A1)+(B/B1))/2", ["A", "A1", "B", "B1"]),
        ("((X1/Y1)+(X2/Y2))/2", ["X1", "Y1", "X2", "Y2"]),
    ],
)
def test_indexed_pairs_divide(text: str, names: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == names
    values = dict(zip(names, (1, 2, 3, 4), strict=True))
    assert formula.evaluate(values).exact == (pytest.approx((1 / 2 + 3 / 4) / 2))


@pytest.mark.parametrize("text", ["Jumlah lulusan S1/S2 / Jumlah lulusan x 100%", "TK/TKLB x 2"])
def test_abbreviation_lists_stay_names(text: str) -> None:
    formula = ikicalc.parse(text)
    assert any("/" in name for name in formula.variables)
