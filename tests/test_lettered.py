"""The terms of a sum written as list items joined by an operator word (lang/lettered.py)."""

from __future__ import annotations

import pytest

import ikicalc


def test_pp_22_2024_terms() -> None:
    text = (
        "a. tartf 7,5o/o (tujuh koma lima persen) dikalikan bunga bulan\nketiga; ditambah\n"
        "b. tarif 5o/o (lima persen) dikalikan bunga yang telah\ndibayarkan di bulan pertama "
        "dan bulan kedua."
    )
    formula = ikicalc.parse(text)
    names = ["bunga bulan ketiga", "bunga yang telah dibayarkan di bulan pertama dan bulan kedua"]
    assert list(formula.variables) == names
    value = formula.evaluate({names[0]: 100, names[1]: 200}).exact
    assert value == pytest.approx(7.5 + 10)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1) A dikalikan B; dikurangi\n2) C dikalikan D.", 2 * 3 - 5 * 7),
        ("(a) A x B; ditambah dengan (b) C x D;", 2 * 3 + 5 * 7),
        ("a. A dikalikan B; ditambah\nb. C dikalikan D; ditambah\nc. B dikalikan D.", 6 + 35 + 21),
    ],
)
def test_items_are_whole_terms(text: str, value: int) -> None:
    formula = ikicalc.parse(text)
    data = {"A": 2, "B": 3, "C": 5, "D": 7}
    assert formula.evaluate({k: data[k] for k in formula.variables}).exact == value


@pytest.mark.parametrize(
    "text",
    [
        "a. A dikalikan B; dan\nb. C dikalikan D.",  # 'dan' is no operation: two rules
        "a. A dikalikan B; ditambah\nc. C dikalikan D.",  # the marks do not follow each other
    ],
)
def test_not_terms(text: str) -> None:
    with pytest.raises(ikicalc.IkiError):
        ikicalc.parse(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a cap said: "paling banyak N kali A" is N × A, with or without a verb before it
        ("Besarnya honorarium Dewan Pengawas paling banyak 1,5 (satu koma lima) kali gaji pokok.",
         ["gaji pokok"]),
        # how often, inside a name: "paling sedikit 4 kali setahun"
        ("Jumlah posyandu yang dikunjungi paling sedikit 4 kali setahun / Jumlah posyandu x 100%",
         ["Jumlah posyandu yang dikunjungi paling sedikit 4 kali setahun", "Jumlah posyandu"]),
    ],
)
def test_times_said_after_a_cap(text: str, names: list[str]) -> None:
    assert list(ikicalc.parse(text).variables) == names
