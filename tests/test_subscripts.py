"""Subscripts that fell onto lines of their own (issue 14, causes 4 and 6): ``(X -X )`` over
``A = (n) (n-1) x 100%`` over ``X`` over ``(n-1)``, and a legend whose entries carry the
subscript on a line of their own. Real cells quoted with their id (batch 11 dev rows of the
corpus helper), and the same family written with other symbols and names."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ikicalc.lang.parser import parse
from ikicalc.lang.subscripts import SUBSCRIPTS_BELOW

# jabar-dkp-renstra-review-2017-2018-github#01 (Renstra review DKP Jawa Barat, pdfplumber)
GROWTH = 'Formulasi\n(X -X )\nA = (n) (n-1) x 100%\nX\n(n-1)\nKeterangan :\nA = Prosentase Peningkatan Produksi\nPerikanan\nX = Jumlah produksi perikanan Jawa\n(n)\nBarat pada tahun ke n\nX = Jumlah produksi perikanan Jawa\n(n-1)\nBarat pada tahun ke n-1\nJumlah produksi perikanan Jawa Barat merupakan\nresultante dari Jumlah Produksi Kabupaten/Kota se-\nJawa Barat'
# jabar-dkp-renstra-review-2017-2018-github#02
SHARE = 'Formulasi\nY\nA = (n) x 100%\nX\n(n)\nKeterangan :\nA = Kontribusi pemenuhan benih ikan\nX = Jumlah Kebutuhan Benih Nasional\n(n)\ntahun ke n\nY = Jumlah Produksi Benih Ikan di\n(n)\nJawa Barat pada tahun ke n'
# jabar-dkp-renstra-review-2017-2018-github#04 (the second entry keeps its subscript glued)
GARAM = 'Formulasi\n(X -X )\nA = (n) (n-1) x 100%\nX\n(n-1)\nKeterangan :\nA = Prosentase Peningkatan Produksi\nGaram\nX = Jumlah produksi garam pada tahun\n(n)\nke n\nX(n-1) = Jumlah produksi garam pada tahun\nke n-1\nJumlah produksi garam Jawa Barat merupakan\nresultante dari Jumlah Produksi Kabupaten Indramayu,\nKabupaten Karawang dan Kabupaten Cirebon'


@pytest.mark.parametrize(
    ("text", "now", "before"),
    [
        (
            GROWTH,
            "Jumlah produksi perikanan Jawa Barat pada tahun ke n",
            "Jumlah produksi perikanan Jawa Barat pada tahun ke n-1",
        ),
        (
            GARAM,
            "Jumlah produksi garam pada tahun ke n",
            "Jumlah produksi garam pada tahun ke n-1",
        ),
        (
            "Formulasi\n(Y -Y )\nP = (t) (t-1) x 100%\nY\n(t-1)\nKeterangan :\n"
            "P = Persentase pertumbuhan PAD\nY = Realisasi PAD\n(t)\ntahun t\n"
            "Y = Realisasi PAD\n(t-1)\ntahun t-1\nPAD merupakan pendapatan asli daerah",
            "Realisasi PAD tahun t",
            "Realisasi PAD tahun t-1",
        ),
    ],
)
def test_a_growth_whose_subscripts_fell_below(text: str, now: str, before: str) -> None:
    formula = parse(text)
    assert formula.variables == (now, before)
    assert formula.evaluate({now: 120, before: 100}).exact == 20
    assert any(guess.reason == SUBSCRIPTS_BELOW for guess in formula.guesses)
    assert parse(str(formula)) == formula


def test_a_share_of_two_symbols_each_with_its_subscript() -> None:
    formula = parse(SHARE)
    produced = "Jumlah Produksi Benih Ikan di Jawa Barat pada tahun ke n"
    needed = "Jumlah Kebutuhan Benih Nasional tahun ke n"
    assert set(formula.variables) == {produced, needed}
    assert formula.evaluate({produced: 3, needed: 4}).exact == Fraction(75)


def test_a_subscript_the_legend_does_not_name_is_not_guessed() -> None:
    text = "(X -X )\nA = (n) (n-1) x 100%\nX\n(n-1)\nKeterangan :\nX = Jumlah produksi"
    try:
        formula = parse(text)
    except ValueError:
        return
    assert not any(guess.reason == SUBSCRIPTS_BELOW for guess in formula.guesses)
