"""Office tables in narrow columns (session 26, from the development half of batch 28: a
puskesmas' SPM table on Scribd, a BNN performance report on FlipBuilder). Session 25's code
misread each."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.readings import read_back


@pytest.mark.parametrize(
    "text",
    [
        # the sentence that opens the formula wraps in the column, its last word on the line
        # above the field's title: "dengan" / "rumus :"
        "Jumlah sasaran\nIbu Hamil\ndihitung melalui\nestimasi dengan\nrumus : 1,10\n"
        "x Crude Birth\nRate x Jumlah\nPenduduk",
        "Jumlah sasaran ibu hamil dihitung dengan menggunakan\nRumus: 1,10 x Crude Birth Rate "
        "x Jumlah Penduduk",
    ],
)
def test_a_sentence_wrapped_above_the_field_title_opens_the_formula(text: str) -> None:
    formula = read_back(text)
    assert formula.variables == ("Crude Birth Rate", "Jumlah Penduduk")
    assert formula.evaluate({"Crude Birth Rate": 2, "Jumlah Penduduk": 5}).exact == 11


@pytest.mark.parametrize("mark", ["a.  ", "1. ", "b) ", ""])
def test_a_listed_label_with_a_words_slash_over_a_blank_line_bar(mark: str) -> None:
    """'a. Proporsi penduduk per kab/kota =' on its own line, the numerator, a blank line
    where the bar was drawn, the denominator: the label is a list's item and its slash is a
    word's (kab/kota), not the formula's division."""
    text = (
        f"{mark}Proporsi penduduk per kab/kota =\njumlah penduduk per kab/kota\n\n"
        "total penduduk keseluruhan"
    )
    formula = read_back(text)
    assert formula.variables == ("jumlah penduduk per kab/kota", "total penduduk keseluruhan")
    values = {"jumlah penduduk per kab/kota": 3, "total penduduk keseluruhan": 4}
    assert Fraction(formula.evaluate(values).exact) == Fraction(3, 4)


def test_a_form_field_left_blank_before_the_formula_in_brackets() -> None:
    """Perbup Kulon Progo 10/2014's report form: the field's label over two lines, its colon,
    the blank left for the figure, then the formula in brackets. Session 25's code kept the
    colon and divided the label by the formula, a silent wrong value."""
    text = (
        "Prosentase penggunaan Tambahan Penghasilan Aparat Pemerintah Desa (TPAPD) Dan "
        "Tunjangan\nkehormatan BPD sampai dengan Triwulan ini : ......... % (jumlah TPAPD dan "
        "tunjangan Kehormatan BPD\nyang diterima/anggaran x 100%)"
    )
    formula = read_back(text)
    names = ("jumlah TPAPD dan tunjangan Kehormatan BPD yang diterima", "anggaran")
    assert formula.variables == names
    assert formula.evaluate(dict(zip(names, (3, 4), strict=True))).exact == 75
