"""Symbols and slashes a reading kept inside its names (session 18's cases of lint ``W117`` and
``W124``): a symbol the cell defines that the reading kept (an acronym with a small letter
inside, ``NPkMM``; a counting word before a symbol, ``Jumlah xi``), and two phrases joined by a
slash with a space before it only (``Laba Kotor /Penjualan Bersih``). Each wrong reading is
built where the cell writes its names, so the case does not depend on today's reader; the
right reading stays quiet."""

from __future__ import annotations

from ikicalc import lint, parse
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from tests.test_lint_cuts import reading


def messages(formula: Formula, code: str) -> list[str]:
    return [d.message for d in lint(formula) if d.code == code]


# UNIB's AMI instrument (a perturbed dev cell): the legend comes first, the formula last
DEFINED_FIRST = (
    "NPkMM = Jumlah judul PkM DTPS yang dalam pelaksanaannya melibatkan mahasiswa program studi "
    "dalam 3 tahun terakhir. NPkMD = Jumlah judul PkM DTPS dalam 3 tahun terakhir. PPkMDM = "
    "(NPkMM / NPkMD) x 100%"
)


def test_an_acronym_with_a_small_letter_the_cell_defines_is_a_symbol() -> None:
    wrong = reading(DEFINED_FIRST, [("NPkMM", 1), ("NPkMD", 1)])
    found = messages(wrong, "W117")
    assert len(found) == 2
    assert "'NPkMM' is a symbol the cell defines" in found[0]
    right = reading(
        DEFINED_FIRST,
        [
            ("Jumlah judul PkM DTPS yang dalam pelaksanaannya melibatkan mahasiswa program studi dalam 3 tahun terakhir", 0),
            ("Jumlah judul PkM DTPS dalam 3 tahun terakhir", 0),
        ],
    )
    assert messages(right, "W117") == []
    # an acronym with a small letter the cell does not define is a name
    assert "W117" not in {d.code for d in lint(parse("Jumlah SMKs / Jumlah SMK x 100%"))}


# Satu Data Nganjuk's IKM (dev, read wrong): 'Jumlah xi' is Σ xi, the legend defines xi
INDEXED = (
    "IKM=((Jumlah xi) X 100)/y, dimana i=1,2,...9, xi=rata-rata kepuasaan tertimbang unsur "
    "pelayanan ke-i, y=skala maksimum penilaian"
)


def test_a_counting_word_before_a_symbol_the_cell_defines_is_said() -> None:
    wrong = reading(INDEXED, [("Jumlah xi", 0), ("skala maksimum penilaian", 0)])
    [found] = messages(wrong, "W117")
    assert "'Jumlah xi'" in found
    assert "Σ xi" in found
    right = reading(
        INDEXED,
        [("rata-rata kepuasaan tertimbang unsur pelayanan ke-i", 0), ("skala maksimum penilaian", 0)],
    )
    assert messages(right, "W117") == []
    for text in ("Luas C / Luas total x 100%", "Jumlah A / Jumlah B x 100%"):
        assert "W117" not in {d.code for d in lint(parse(text))}, text


def test_a_slash_spaced_on_one_side_between_phrases_is_said() -> None:
    # Perka LAPAN 6/2013, its ratios in capitals: 'LABA KOTOR /PENJUALAN BERSIH'
    text = "LABA\nKOTOR /PENJUALAN\nBERSIH"
    wrong = Formula(ast.Variable("LABA KOTOR /PENJUALAN BERSIH", (0, len(text))), source=text)
    [found] = messages(wrong, "W124")
    assert "slash with a space before it" in found
    for quiet in (
        "Total Populasi /penduduk x 100%",  # the word after the slash alone: one population
        "Jumlah KLB di desa/ kelurahan yang terjadi / Jumlah desa x 100%",
        "Jumlah desa/kelurahan UCI / Jumlah seluruh desa/kelurahan x 100%",
    ):
        assert not messages(parse(quiet), "W124"), quiet
