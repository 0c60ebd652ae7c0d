"""Legend entries that share a line, their symbols carrying an equation editor's subscripts
(session 19, legend19; ``benchmarks/legends_joined.py``)."""

from __future__ import annotations

import ikicalc


def _names(text: str) -> list[str]:
    return list(ikicalc.parse(text).variables)


def test_a_comma_subscript_entry_after_a_period_on_the_wrapped_line():
    # bapeten-kepka-1-1999 #02: "… dalam" / "setahun. Ij,L adalah BMT …"
    text = (
        "Hj,d / HL + Ij / Ij,L\n"
        "Hj,d adalah indeks dosis dalam tahunan\n"
        "HL adalah NBD tahunan untuk seluruh tubuh\n"
        "Ij adalah jumlah radionuklida J yang masuk dalam\n"
        "setahun. Ij,L adalah BMT dari radionuklida J."
    )
    assert _names(text) == [
        "indeks dosis dalam tahunan",
        "NBD tahunan untuk seluruh tubuh",
        "jumlah radionuklida J yang masuk dalam setahun",
        "BMT dari radionuklida J",
    ]


def test_a_bracket_index_entry_after_dan():
    text = "P(i) / Q2(i) x 100%\nP(i) adalah debit air limbah dan Q2(i) adalah kadar debu bijih."
    assert _names(text) == ["debit air limbah", "kadar debu bijih"]


def test_two_symbols_said_together_name_neither():
    # bapeten-kepka-4-1999 #04: "… dan A1(i) dan" / "A2(i) ialah nilai A1 dan A2 untuk …"
    text = (
        "B(i) / A2(i)\n"
        "B(i) ialah aktivitas radionuklida i dan A1(i) dan\n"
        "A2(i) ialah nilai A1 dan A2 untuk masing-masing radionuklida (i)."
    )
    assert _names(text) == ["aktivitas radionuklida i", "A2(i)"]


def test_a_bare_letter_of_a_bracketed_symbol_is_no_entry():
    # "nilai A1 dan A2 untuk …": 'A2' is not the formula's 'A2(i)'
    text = "B / A2(i)\nB adalah luas lahan sawah\nA2(i) adalah nilai A1 dan A2 untuk jenis i"
    assert _names(text) == ["luas lahan sawah", "nilai A1 dan A2 untuk jenis i"]


def test_symbols_side_by_side_are_their_product():
    # bapeten-kepka-1-1999 #01: "Σ WT HT" under "HT adalah …", "WT adalah …"
    text = (
        "E. Metoda evaluasi dosis efektif Dosis efektif sama dengan\nΣ WT HT\nT\n"
        "HT adalah dosis rata-rata pada organ\nWT adalah faktor bobot untuk organ."
    )
    formula = ikicalc.parse(text)
    assert list(formula.variables) == ["faktor bobot untuk organ", "dosis rata-rata pada organ"]
    assert "×" in str(formula)


def test_an_editors_subscripts_typed_apart_in_the_formula():
    # bapeten-perba-4-2013 #01: "I j ,ing" in the formula, "Ij,ing =" in the legend
    text = (
        "ET = Hp(10) + ∑ e( g ) j ,ing I j ,ing\n"
        "Hp(10)      =   Dosis ekivalen perorangan\n"
        "e(g)j,ing   =   Dosis efektif terikat per satuan masukan\n"
        "Ij,ing      =   masukan melalui pencernaan dari radionuklida j"
    )
    assert list(ikicalc.parse(text).variables) == [
        "Dosis ekivalen perorangan",
        "Dosis efektif terikat per satuan masukan",
        "masukan melalui pencernaan dari radionuklida j",
    ]


def test_a_name_of_words_is_no_product():
    text = "A / B\nA = jumlah desa\nB = jumlah desa mandiri"
    assert list(ikicalc.parse(text).variables) == ["jumlah desa", "jumlah desa mandiri"]


def test_a_legend_symbol_typed_one_character_otherwise():
    # bapeten-kepka-1-1999 #02: "HI,d adalah …" under a formula that writes "Hj,d"
    text = "Hj,d / HL\nHI,d adalah indeks dosis dalam tahunan\nHL adalah NBD tahunan untuk seluruh tubuh"
    assert list(ikicalc.parse(text).variables) == [
        "indeks dosis dalam tahunan",
        "NBD tahunan untuk seluruh tubuh",
    ]


def test_two_symbols_one_character_apart_are_not_guessed():
    # two candidates of the formula ("ABC", "ABD") for one symbol of the legend ("ABE"): none
    text = "ABC / ABD + K\nABE = jumlah desa\nK = jumlah kota"
    assert list(ikicalc.parse(text).variables)[:2] == ["ABC", "ABD"]


def test_a_line_opening_with_two_symbols_said_together():
    # "A1 dan A2 adalah …": named neither, set aside; the entry after it on the line is read
    text = (
        "IP = (A1 + A2) / B(t)\n"
        "A1 dan A2 adalah jumlah kasus pada triwulan 1 dan 2, sedangkan B(t) adalah jumlah penduduk"
    )
    assert list(ikicalc.parse(text).variables) == ["A1", "A2", "jumlah penduduk"]
    text = "A / B x 100%\nA dan B adalah jumlah desa mandiri dan jumlah desa"
    assert list(ikicalc.parse(text).variables) == ["A", "B"]
