"""Legends as real documents write them (session 15, benchmarks/legends_real.py): a product
glued with an x over its legend, a name followed by a clause of how it is counted, Δ and Σ
written before a symbol the legend names with them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import ikicalc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # pp-36-2024's product, with the legend it omits
            "Tarif = AxB\nKeterangan:\nA = Luas kawasan hutan yang digunakan\n"
            "B = Tarif per hektare",
            ("Luas kawasan hutan yang digunakan", "Tarif per hektare"),
        ),
        (  # no heading: the first line is the formula, not an entry "Tarif = AxB"
            "Tarif = AxB\nA = Luas kawasan hutan\nB = Tarif per hektare",
            ("Luas kawasan hutan", "Tarif per hektare"),
        ),
        (  # "= adalah": the copula is no part of the name
            "JKKYx(ETBS+JIHY)\nDi mana :\nJKKY = adalah jumlah kejadian kebakaran\n"
            "ETBS = adalah equity to be split\nJIHY = adalah jumlah ibu hamil",
            ("jumlah kejadian kebakaran", "equity to be split", "jumlah ibu hamil"),
        ),
        (
            "Denda = ((A-B)xCxD)xTD\nDimana:\nA : Beban pencemaran\nB : Beban baku mutu\n"
            "C : Harga satuan\nD : Faktor lokasi\nTD : Tingkat dampak",
            ("Beban pencemaran", "Beban baku mutu", "Harga satuan", "Faktor lokasi",
             "Tingkat dampak"),
        ),
    ],
)
def test_a_legend_names_the_symbols_of_a_glued_product(
    text: str, variables: tuple[str, ...]
) -> None:
    assert ikicalc.parse(text).variables == variables


def test_a_clause_of_how_a_quantity_is_counted_is_no_part_of_its_name() -> None:
    formula = ikicalc.parse(
        "P = x / y x 100%\nKeterangan:\n"
        "x = jumlah desa yang memiliki BUMDes aktif, dihitung dari laporan tahunan\n"
        "y = jumlah desa; yang dicatat setiap bulan"
    )
    assert formula.variables == ("jumlah desa yang memiliki BUMDes aktif", "jumlah desa")


def test_verbs_of_one_clause_stay_in_the_name() -> None:
    formula = ikicalc.parse(
        "A / B x 100%\nKeterangan:\nA = Jumlah kasus yang ditemukan, dilaporkan, dicatat\n"
        "B = Jumlah kasus"
    )
    assert formula.variables[0] == "Jumlah kasus yang ditemukan, dilaporkan, dicatat"


@pytest.mark.parametrize(
    "text",
    [
        "Δ PKA / Σ PKB x 100%\nKeterangan:\n∆ PKA : Selisih jumlah penumpang\n"
        "∑ PKB : Total jumlah penumpang",
        "ΔPKA : ΣPKB x 100%\nKet:\nΔPKA – Selisih jumlah penumpang;\n∑PKB – Total jumlah penumpang.",
        "Δ PKA / ∑ PKB x 100%\nKeterangan notasi:\n∆ PKA yaitu Selisih jumlah penumpang\n"
        "∑ PKB yaitu Total jumlah penumpang",
    ],
)
def test_delta_and_sigma_before_a_symbol_the_legend_names_so_are_one_name(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("Selisih jumlah penumpang", "Total jumlah penumpang")
    value = formula.evaluate({"Selisih jumlah penumpang": 3, "Total jumlah penumpang": 4})
    assert value.exact == 75


def test_sigma_stays_before_a_symbol_the_legend_names_alone_too() -> None:
    from ikicalc.lang.legend_marks import marked_symbols

    text = (
        "CFI = ∑ SKa / ∑ SKi x 100\nCFI : Indeks kesesuaian\n∑ SKa : Total skor aparatur\n"
        "∑ SKi : Total skor standar\nSKa : Skor kompetensi aparatur\nSKi : Skor kompetensi standar"
    )
    chars = list(text)
    assert not marked_symbols(chars)
    assert "".join(chars) == text


def test_the_benchmark_halves_differ_and_the_work_half_reads() -> None:
    import legends_real

    work, fresh = legends_real.pools("work"), legends_real.pools("fresh")
    assert not set(work.names) & set(fresh.names)
    right, total = legends_real.rate("work", count=120)
    assert right / total >= 0.85


def test_a_cluster_of_capitals_over_entries_with_dashes_is_their_product() -> None:
    formula = ikicalc.parse(
        "L=BF\nKeterangan:\nB – Jumlah Perkara yang diselesaikan;\nF – jumlah seluruh OPD;"
    )
    assert formula.variables == ("Jumlah Perkara yang diselesaikan", "jumlah seluruh OPD")


@pytest.mark.parametrize("number", ["", "(2) ", "(21 "])
def test_a_sentence_after_the_formula_introduces_its_lettered_legend(number: str) -> None:
    formula = ikicalc.parse(
        f"LA x BPK. {number}Rumus sebagaimana dimaksud pada ayat (1) menerangkan:\n"
        "a. LA = luas lahan yang diusahakan; dan\nb. BPK = biaya pembangunan kebun per hektare."
    )
    assert formula.variables == ("luas lahan yang diusahakan", "biaya pembangunan kebun per hektare")


def test_a_symbol_and_a_colon_alone_on_a_line_is_an_entry_not_a_heading() -> None:
    formula = ikicalc.parse(
        "(JPUT / JOYM) x 100 %\nKeterangan simbol :\nJPUT:\nJml penduduk\n"
        "usia 15 thn keatas dapat baca tulis.\nJOYM =\nJumlah OPD\nyang memiliki website."
    )
    assert formula.variables == (
        "Jml penduduk usia 15 thn keatas dapat baca tulis", "Jumlah OPD yang memiliki website"
    )


@pytest.mark.parametrize(
    "text",
    [
        "K=AS\nK merupakan Rasio Bank dan Lembaga Keuangan;\nA merupakan Jumlah unit;\n"
        "S merupakan Jumlah kerjasama media;",
        "K = AS\nKeterangan simbol :\nK yaitu Rasio Bank dan Lembaga Keuangan;\n"
        "A yaitu Jumlah unit; dan\nS yaitu Jumlah kerjasama media.",
    ],
)
def test_the_results_own_entry_over_a_cluster_names_the_label(text: str) -> None:
    assert ikicalc.parse(text).variables == ("Jumlah unit", "Jumlah kerjasama media")


def test_a_label_of_words_over_a_glued_product_and_its_legend() -> None:
    formula = ikicalc.parse(
        "Capaian SKP aspek biaya = AxB\nPenjelasan rumus:\nA = adalah jumlah bayi baru lahir\n"
        "B = adalah Jumlah Warga Negara"
    )
    assert formula.variables == ("jumlah bayi baru lahir", "Jumlah Warga Negara")
    assert formula.label == "Capaian SKP aspek biaya"


def test_delta_and_sigma_entries_joined_after_a_list_items_dan() -> None:
    formula = ikicalc.parse(
        "Δ JHP / ΣJRTM x 100%\nKeterangan:\n∆ JHP = adalah Jumlah Pelanggan; dan\n"
        "∑JRTM = adalah Jml rumah tangga MBR."
    )
    assert formula.variables == ("Jumlah Pelanggan", "Jml rumah tangga MBR")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("((A/A1)+(B/B1))/2", ("A", "A1", "B", "B1")),  # atrbpn-indikator-kinerja, batch 21
        ("Capaian = A/B x 100%", ("A", "B")),
        ("GU/TU", ("GU/TU",)),  # a name's slash: "or"
        ("Jumlah SD/MI / Jumlah sekolah", ("Jumlah SD/MI", "Jumlah sekolah")),
    ],
)
def test_a_slash_between_symbols_of_one_capital_divides(
    text: str, variables: tuple[str, ...]
) -> None:
    assert ikicalc.parse(text).variables == variables


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_fraction_of_two_symbols_whose_bar_was_lost(gap: str) -> None:
    formula = ikicalc.parse(  # an equation editor's fraction copied as text (kkp, batch 21)
        f"𝑥 = 𝑎{gap}𝑏 × 100%{gap}Keterangan:{gap}𝑥 = Persentase tindaklanjut{gap}"
        f"𝑎 = Jumlah laporan yang ditindaklanjuti{gap}𝑏 = Jumlah laporan yang masuk"
    )
    assert formula.variables == ("Jumlah laporan yang ditindaklanjuti", "Jumlah laporan yang masuk")
    values = {"Jumlah laporan yang ditindaklanjuti": 1, "Jumlah laporan yang masuk": 4}
    assert formula.evaluate(values).exact == 25
