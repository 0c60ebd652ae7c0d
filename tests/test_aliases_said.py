"""Names with their aliases in brackets, said joined in words, then the formula over the
aliases after a mark (issue 14, cause 6: ``Jumlah kelurahan … (JKT) … (JSK); JKT/JSK X
100%``): the aliases name the symbols whichever mark ends the words (a semicolon, a colon, a
comma, a period) and whichever word joins the names (an operator word, ``dan``)."""

from __future__ import annotations

import pytest

import ikicalc

_NAMES = ["Jumlah kelurahan yang melaksanakan musrenbang tepat waktu", "jumlah seluruh kelurahan"]


@pytest.mark.parametrize("mark", [";", ":", ",", "."])
@pytest.mark.parametrize("joined", ["dibagi", "dan", ""])
def test_the_aliases_name_the_formulas_symbols(mark: str, joined: str) -> None:
    words = f"{_NAMES[0]} (JKT) {joined} {_NAMES[1]} (JSK){mark} JKT/JSK X 100%"
    formula = ikicalc.parse(" ".join(words.split()))
    assert list(formula.variables) == _NAMES
    assert formula.evaluate(dict(zip(_NAMES, (3, 4), strict=True))).exact == 75
