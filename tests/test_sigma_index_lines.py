"""Σ as a PDF of an equation leaves it (issue 14, causes 4 and 7; ``ikicalc/lang/sigma.py``):
its index on the line under the sign (``Σ WT HT`` / ``T``), the index and a denominator under
the summand (``∑ f (i)`` / ``i   A2(i)``), limits flattened after the sign (``∑𝑛𝑖=1 𝑚𝑓𝑖. 𝑞 .
𝑝𝑟𝑖``). A careful reader sums the whole summand; the real cells (ids of
``tests/data/public-cells.jsonl``) and the same layouts with other symbols, index letters and
lengths. Each reading is a guess (``W110``)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ikicalc import lint
from ikicalc.lang.parser import parse
from tests.readings import guessed as _read


def test_kepka_1_1999_index_under_the_sign_symbols_side_by_side() -> None:
    # bapeten-kepka-1-1999-keselamatan-kerja-radiasi-github#01 (github.com/krumboko/
    # peraturan-ketenaganukliran, Kepka 01 Tahun 1999 - Ketentuan Keselamatan Kerja Radiasi)
    text = (
        "E. Metoda evaluasi dosis efektif Dosis efektif sama dengan\nΣ WT HT\nT\n"
        "HT adalah dosis rata-rata pada organ atau jaringan T\n"
        "WT adalah faktor bobot untuk organ atau jaringan T."
    )
    formula = parse(text)
    weight, dose = (
        "faktor bobot untuk organ atau jaringan T",
        "dosis rata-rata pada organ atau jaringan T",
    )
    assert formula.variables == (weight, dose)
    assert formula.evaluate({weight: [1, 2], dose: [3, 4]}).exact == 1 * 3 + 2 * 4
    assert "W110" in {d.code for d in lint(formula)}


def test_kepka_4_1999_one_over_a_sum_of_fractions_index_under_it() -> None:
    # bapeten-kepka-4-1999-pengangkutan-zat-radioaktif-github#05 (Kepka 4/1999)
    text = (
        "Nilai A2 untuk campuran dapat ditentukan sebagai berikut :A2 untuk campuran =\n1\n"
        "∑ f (i)\ni   A2(i)\nF (i) adalah fraksi aktivitas radionuklida i dalam campuran dan "
        "A2(i) adalah nilai A2\nyang sesuai untuk nuklida i."
    )
    formula = parse(text)
    share, value = (
        "fraksi aktivitas radionuklida i dalam campuran",
        "nilai A2 yang sesuai untuk nuklida i",
    )
    assert formula.variables == (share, value)
    result = formula.evaluate({share: [1, 1], value: [2, 4]}).exact
    assert result == 1 / (Fraction(1, 2) + Fraction(1, 4))


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Σ WT HT\nT", "Σ (WT × HT)"),
        ("IKK = Σ Bk Nk\nk", "IKK = Σ (Bk × Nk)"),  # another index letter, a label
        ("Skor = ∑ Wi Si Ki\ni", "Skor = Σ (Wi × Si × Ki)"),  # three factors
        ("Σ Bobot(i) Nilai(i)\ni", "Σ (Bobot(i) × Nilai(i))"),  # the index in brackets
        ("∑ P (j)\nj   Q(j)", "Σ (P (j) / Q(j))"),  # index and denominator under the summand
        ("Indeks =\n1\n∑ n (k)\nk   N(k)", None),  # one over the sum, as Kepka 4/1999
    ],
)
def test_the_same_layout_with_other_symbols(text: str, reading: str | None) -> None:
    read = _read(text)
    if reading is not None:
        assert read == reading
    else:
        assert "Σ (n (k) / N(k))" in read


@pytest.mark.parametrize(
    "text",
    [
        "Σ Pegawai hadir\nn",  # the factors carry no index: a name, the line a note
        "Σ Pi\ni",  # one factor: nothing to group
    ],
)
def test_a_sum_whose_factors_carry_no_index_is_not_grouped(text: str) -> None:
    try:
        formula = parse(text)
    except ValueError:
        return
    assert "(" not in str(formula)


def test_semarang_limits_flattened_the_whole_product_summed() -> None:
    # semarang-bappeda-kajian-sampah-2021-github#02 (a Semarang Bappeda study, equation (1))
    text = (
        "𝐸𝑉𝑟 = ∑𝑛𝑖=1 𝑚𝑓𝑖. 𝑞 . 𝑝𝑟𝑖                                                (1)\n"
        "Dimana 𝐸𝑉𝑟 adalah nilai ekonomi sampah yang potensial didaur ulang sedangkan 𝑚𝑓𝑖\n"
        "adalah fraksi sampah jenis i dan 𝑝𝑟𝑖 merupakan harga sampah jenis i apabila didaur ulang."
    )
    formula = parse(text)
    share, price = "fraksi sampah jenis i", "harga sampah jenis i apabila didaur ulang"
    assert formula.variables == (share, "q", price)
    # q, one value, stands for itself on every row: Σ (mfi × q × pri)
    assert formula.evaluate({share: [1, 2], "q": 10, price: [3, 4]}).exact == 10 * 3 + 20 * 4
    assert "W110" in {d.code for d in lint(formula)}


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("𝐼𝐾 = ∑𝑛𝑗=1 𝑤𝑗. 𝑠𝑗                 (2)", "IK = Σ (wj × sj)"),
        ("𝑇 = ∑𝑚𝑘=1 𝑎𝑘. 𝑐 . 𝑏𝑘", "T = Σ (ak × c × bk)"),
    ],
)
def test_flattened_limits_other_symbols(text: str, reading: str) -> None:
    assert _read(text) == reading
