"""A mean's list as a PDF gives it (issue 14, devfix).

Real cell: Kepja Nomor 1184 Tahun 2025 (indikator kinerja Kejaksaan RI 2025-2029), rumus as
extracted from the PDF in the e-Laptri app (github.com/dpng99/e-laptriv4,
``database/data/kinerja_jambin_2025_2029.json``; dev cell
``kejaksaan-kepja-1184-2025-iku-github#11``). Three things a careful reader takes in stride:
``rata − rata`` with the PDF's minus sign is the word ``rata-rata``; the last item of a list
is joined by ``dan`` (``A, B, dan C``), which is no part of its name; the list's ``)`` was
lost at the end of the formula, before the legend (a guess, lint ``W110``).
"""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang import ast
from ikicalc.lang.recovery import REASON_UNCLOSED

KEPJA_11 = (
    "KKP = rata − rata (Tingkat Kecukupan Personil, Tingkat Pengembangan Kapasitas SDM "
    "Kejaksaan,\ndan Tingkat Pengelolaan SDM\nKKP : Persentase kecukupan, kesesuaian, dan "
    "pengembangan SDM Kejaksaan RI"
)


def test_the_mean_of_a_real_pdf_cell() -> None:
    formula = ikicalc.parse(KEPJA_11)
    assert isinstance(formula.expr, ast.Mean)
    assert formula.variables == (
        "Tingkat Kecukupan Personil",
        "Tingkat Pengembangan Kapasitas SDM Kejaksaan",
        "Tingkat Pengelolaan SDM",
    )
    assert [g for g in formula.guesses if g.reason == REASON_UNCLOSED]
    assert "W110" in [d.code for d in ikicalc.lint(KEPJA_11)]
    assert ikicalc.parse(str(formula)).expr == formula.expr


@pytest.mark.parametrize(
    "text",
    ["rata – rata (Jumlah A, Jumlah B)", "rata−rata (Jumlah A, Jumlah B)"],
)
def test_rata_rata_with_a_typographic_dash_is_the_mean(text: str) -> None:
    assert isinstance(ikicalc.parse(text).expr, ast.Mean)


def test_a_subtraction_in_signs_stays_one() -> None:
    formula = ikicalc.parse("rata - (rata (Jumlah A, Jumlah B))")
    assert isinstance(formula.expr, ast.Binary)


def test_dan_joins_the_last_item_only() -> None:
    assert ikicalc.parse("rata-rata (Jumlah A, Jumlah B, dan Jumlah C)").variables == (
        "Jumlah A",
        "Jumlah B",
        "Jumlah C",
    )
    assert ikicalc.parse("rata-rata (dan A, B)").variables == ("dan A", "B")


@pytest.mark.parametrize(
    "text", ["rata-rata (Jumlah A, Jumlah B", "(Jumlah A + Jumlah B / Jumlah C x 100%"]
)
def test_other_unclosed_brackets_keep_their_error(text: str) -> None:
    with pytest.raises(FormulaSyntaxError):
        ikicalc.parse(text)
