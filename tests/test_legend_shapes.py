"""Legends never seen (issue 14, cause 6): what a careful reader does with symbols defined by
``=``, ``:``, ``adalah``, ``merupakan``, ``yaitu``, ``ialah``, in a list or inline after an
introducer, on one line or many, numbered or not, the symbol plain, in a subscript, in LaTeX
or in Unicode mathematical italic, an entry that wraps; where an entry's definition stops (the
next entry, a sentence's end) and where it does not (``yang merupakan …``, a clause of the
sentence: dev ``pmk-119-2025-dak-nonfisik-pdftotext#01``)."""

from __future__ import annotations

import itertools

import pytest

from ikicalc.lang.parser import parse

NAMES = ("jumlah desa yang telah menjadi desa mandiri", "jumlah seluruh desa")
SYMBOLS = {
    "letters": ("A", "B"),
    "acronym": ("JDM", "JSD"),
    "numbered": ("X1", "X2"),
    "subscript": ("P_1", "P_2"),
    "latex": ("$P_{1}$", "$P_{2}$"),
    "italic": ("𝐴", "𝐵"),
}
SAYS = ("=", ":", "adalah", "merupakan", "yaitu", "ialah")
LAYOUTS = {
    "lines": "{f}\n{a} {s} {n1}\n{b} {s} {n2}",
    "introducer lines": "{f}\nKeterangan:\n{a} {s} {n1}\n{b} {s} {n2}",
    "numbered lines": "{f}\nDimana:\n1. {a} {s} {n1}\n2. {b} {s} {n2}",
    "dashes": "{f}\n- {a} {s} {n1}\n- {b} {s} {n2}",
    "inline dimana": "{f} dimana {a} {s} {n1} dan {b} {s} {n2}",
    "inline keterangan": "{f} Keterangan: {a} {s} {n1}; {b} {s} {n2}",
    "inline dengan": "{f}, dengan {a} {s} {n1}, {b} {s} {n2}",
    "wrapped entry": "{f}\ndimana:\n{a} {s} jumlah desa yang telah\nmenjadi desa mandiri\n{b} {s} {n2}",
    "sentences": "{f} dimana {a} {s} {n1}. {b} {s} {n2}. Data bersumber dari DPMD.",
}


def _cases() -> list[tuple[str, str]]:
    cases = []
    for (kind, (a, b)), say, (layout, shape) in itertools.product(
        SYMBOLS.items(), SAYS, LAYOUTS.items()
    ):
        if say in ("merupakan", "yaitu", "ialah") and kind in ("numbered", "acronym"):
            continue  # enough of the words with the other symbols
        formula = f"{a} / {b} x 100%"
        text = shape.format(f=formula, a=a, b=b, s=say, n1=NAMES[0], n2=NAMES[1])
        cases.append((f"{kind} {say} {layout}", text))
    return cases


@pytest.mark.parametrize(("kind", "text"), _cases())
def test_a_legend_never_seen_names_the_symbols(kind: str, text: str) -> None:
    formula = parse(text)
    assert formula.variables == NAMES, kind
    assert parse(str(formula)) == formula


def test_a_clause_of_the_sentence_is_no_entry() -> None:
    # pmk-119-2025-dak-nonfisik-pdftotext#01 (github.com/mashanz/peraturan-perundang-undangan,
    # permen/kemenkeu/pmk-119-2025.md, Pasal 14): the line "yang merupakan …" goes on with the
    # name, though the name holds the word "yang"
    text = (
        "Dana BOS Reguler, Dana BOP PAUD Reguler,\ndan Dana BOP Kesetaraan Reguler dilakukan\n"
        "berdasarkan jumlah peserta didik dikalikan\ndengan satuan biaya masing-masing Daerah\n"
        "yang\nditetapkan\noleh\nmenteri\nyang\nmenyelenggarakan suburusan pemerintahan\n"
        "pendidikan dasar dan pendidikan menengah\nyang merupakan lingkup urusan pemerintahan\n"
        "di bidang pendidikan;"
    )
    assert parse(text).variables[1].endswith(
        "pendidikan menengah yang merupakan lingkup urusan pemerintahan di bidang pendidikan"
    )
    # the same clause in an entry, one line or many: the entry's name keeps it
    for shape in (
        "A / B x 100%\nA = jumlah desa yang merupakan desa mandiri\nB = jumlah desa",
        "A / B x 100% dimana A adalah jumlah desa yang merupakan desa mandiri dan B adalah "
        "jumlah desa",
        "Jumlah A x jumlah desa\nyang merupakan desa mandiri",
    ):
        assert any("yang merupakan desa mandiri" in v for v in parse(shape).variables), shape


@pytest.mark.parametrize(
    "text",
    [
        "A / B x 100%\nDimana:\nA : jumlah desa mandiri. Data dari DPMD.\nB : jumlah desa.",
        "A / B x 100% dimana A = jumlah desa mandiri. B = jumlah desa. Sumber data DPMD",
        "A / B x 100% Keterangan: A : jumlah desa mandiri. B : jumlah desa. Data dari BPS.",
    ],
)
def test_an_entry_ends_with_its_sentence(text: str) -> None:
    assert parse(text).variables == ("jumlah desa mandiri", "jumlah desa")


def test_an_abbreviation_ends_no_sentence() -> None:
    text = "A / B x 100%\nA = jumlah PNS di Kec. Bagor\nB = jumlah PNS"
    assert parse(text).variables == ("jumlah PNS di Kec. Bagor", "jumlah PNS")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("$P_{1}$ / $P_{2}$ x 100%", "P_1 / P_2 × 100%"),
        ("$P_1$ / $P_2$ x 100%", "P_1 / P_2 × 100%"),
        ("$P_{1}/P_{2}$ x 100%", "P_1 / P_2 × 100%"),
        ("$A / B$", "A / B"),  # a formula in math: read whole, as before
        ("$PKL=\\frac{JKL}{JK}\\times100\\%$", "PKL = JKL / JK × 100%"),
    ],
)
def test_symbols_in_math_of_their_own(text: str, written: str) -> None:
    assert str(parse(text)) == written


def test_a_clause_giving_the_value_ends_the_entry() -> None:
    # semarang-bappeda-kajian-sampah-2021-github#03, its line breaks lost
    text = (
        "𝐿𝐻𝑉𝑤𝑒𝑡 = 𝐻𝐻𝑉𝑑𝑎𝑓 . (1 − (𝑓𝑤 . 𝐴𝑤)) − (𝑓𝑤. 𝛾) (2) Dimana HHVdaf adalah Higher Heating "
        "Value sampah kering dan bebas abu dan 𝛾 merupakan energi yang digunakan untuk "
        "menguapkan air pada suhu 200C dan setara dengan 2,45 GJ/ton."
    )
    assert parse(text).variables[-1] == (
        "energi yang digunakan untuk menguapkan air pada suhu 200C"
    )
    assert parse("A x B\nA = tarif dasar, sebesar 5.000\nB = jumlah unit").variables == (
        "tarif dasar",
        "jumlah unit",
    )
    # a figure inside the name, words after it: the name's own
    assert parse("A x B\nA = harga sebesar 1.000 rupiah per unit\nB = jumlah unit").variables[
        0
    ] == "harga sebesar 1.000 rupiah per unit"
