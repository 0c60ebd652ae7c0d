"""Stacked fractions side by side in columns, joined on their middle line, and a threshold
after them (issue 14, causes 4 and 7; ``ikicalc/lang/column_stacks.py``): the real cells of
BAPETEN's regulations, the same layout with other names, numbers of fractions, bars, signs,
thresholds and sums, and the cells the rule must leave to an error. Each reading is a guess
(``W110``), never a silent one; the threshold is the limit the sum keeps, not an operand."""

from __future__ import annotations

import pytest

from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang.column_stacks import linear
from ikicalc.lang.parser import parse
from tests.readings import guessed as _read

# bapeten-kepka-12-1999-penambangan-bahan-galian-radioaktif-github#01 (github.com/krumboko/
# peraturan-ketenaganukliran, dokumen/Kepka 12 Tahun 1999 - Ketentuan Keselamatan Penambangan
# Bahan Galian Radioaktif.pdf)
KEPKA_12 = (
    "HI,d         IRND      ITND    IODU   IODTh\n"
    "------ + ------ + ------ + ------ + ------- < 1\n"
    "50       0,02        0,06     1700    200\n"
    "HI,d = indeks dosis dalam tahunan yang dinyatakan dalam milisievert\n"
    "IRND = jumlah turunan radon dinyatakan dalam Joule\n"
    "ITND = jumlah turunan thoron dinyatakan dalam Joule\n"
    "IODU = jumlah debu bijih uranium dinyatakan dalam Bequerel dari aktivitas\n"
    "total alpha berumur panjang"
)


def test_the_real_cell_a_sum_of_fractions_under_a_threshold_with_its_legend() -> None:
    assert _read(KEPKA_12) == (
        "indeks dosis dalam tahunan yang dinyatakan dalam milisievert / 50 + jumlah turunan "
        "radon dinyatakan dalam Joule / 0,02 + jumlah turunan thoron dinyatakan dalam Joule / "
        "0,06 + jumlah debu bijih uranium dinyatakan dalam Bequerel dari aktivitas total alpha "
        "berumur panjang / 1700 + IODTh / 200"
    )


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # two fractions, underscores, a threshold with '≤'
            "Ca       Mg\n______ + ______ ≤ 1\nBMa      BMg",
            "Ca / BMa + Mg / BMg",
        ),
        (  # names of words, a minus, no threshold, box rules
            "Dosis terima    Dosis latar\n──────── − ────────\nNBD tahunan    NBD harian",
            "Dosis terima / NBD tahunan - Dosis latar / NBD harian",
        ),
        (  # three fractions, the threshold glued, tabs between the columns
            "C1\tC2\tC3\n---- + ---- + ----<1\n10\t20\t30",
            "C1 / 10 + C2 / 20 + C3 / 30",
        ),
        (  # a Σ before the second bar, its index under it on the denominators' line
            "Hd        Ij\n------ + Σ ------ < 1\nHL     j  IjL",
            "Hd / HL + Σ (Ij / IjL)",
        ),
    ],
)
def test_fractions_side_by_side_with_other_names_and_bars(text: str, reading: str) -> None:
    assert _read(text) == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # bapeten-kepka-4-1999-pengangkutan-zat-radioaktif-github#04 (Kepka 4/1999): the
            # bar lost, the index glued before the sign, the threshold on the middle line
            "B(i)\ni∑             <1\nA2(i)",
            "Σ (B(i) / A2(i))",
        ),
        (  # bapeten-kepka-1-1999-keselamatan-kerja-radiasi-github#02 (Kepka 1/1999): an item's
            # mark, the sum's sign on the line of the second numerator, its index under it
            "(a).     Hj,d\n∑       Ij\n+                        <1\nHL               j      Ij,L",
            "Hj,d / HL + Σ (Ij / Ij,L)",
        ),
        (  # the bars lost, one sign and sum before each fraction but the first
            "Pa     Pb     Pc\n+Σ      +Σ      ≤1\nNa   k  Nb   k  Nc",
            "Pa / Na + Σ (Pb / Nb) + Σ (Pc / Nc)",
        ),
        (  # the same with a minus and another index letter
            "Q1      Q2\n−∑       <1\nR1   i   R2",
            "Q1 / R1 - Σ (Q2 / R2)",
        ),
    ],
)
def test_the_bars_lost_the_signs_and_sums_count_the_fractions(text: str, reading: str) -> None:
    assert _read(text) == reading


def test_the_threshold_is_no_operand() -> None:
    found = linear("A      B\n---- + ---- < 1\nC      D")
    assert found is not None
    assert found.threshold == "< 1"
    assert "<" not in found.text


@pytest.mark.parametrize(
    "text",
    [
        "A      B      C\n---- + ---- < 1\nD      E",  # three numerators over two bars
        "A      B\n---- + ---- < 1\nC      D      E",  # three denominators
        "A      B\n+ + + < 1\nC      D",  # more signs than fractions
    ],
)
def test_columns_that_do_not_pair_are_not_read_as_columns(text: str) -> None:
    assert linear(text) is None
    try:
        formula = parse(text)
    except FormulaSyntaxError:
        return
    assert formula.guesses  # never a silent reading (the reading of last resort's guess)


def test_an_ordinary_stack_is_not_read_as_columns() -> None:
    assert linear("Jumlah A\n----------\nJumlah B") is None
    assert linear("Jumlah pegawai yang hadir tepat waktu\n------ x 100%\nJumlah pegawai") is None
