"""The words a regulation's sentence says before its computation (batch 20 of the public
cells): a passive verb with no link before the number, a list item's purpose and its link, the
head of an operation before the operation written with its sign. Each family its real cell,
quoted, and cells written the same way with other names; and what stays a name."""

from __future__ import annotations

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "variables", "canonical"),
    [
        # PP 6/2015 (BPPT), Pasal 5 (5)
        (
            "(5) Dalam hal jasa teknologi budidaya tanaman tebu sebagaimana dimaksud pada ayat "
            "(3), mitra kerja menambah kontribusi berupa mengkoordinir tenaga kerja di lapangan, "
            "formula dihitung 0,5 (nol koma lima) dari tarif sebagaimana dimaksud pada ayat (3).",
            ["tarif sebagaimana dimaksud pada ayat (3)"],
            "0,5 × tarif sebagaimana dimaksud pada ayat (3)",
        ),
        ("Tarif dihitung 2 kali tarif dasar", ["tarif dasar"], "2 × tarif dasar"),
        ("Tarif dihitung 2 (dua) kali tarif dasar", ["tarif dasar"], "2 × tarif dasar"),
        ("Denda dikenakan 0,5 (nol koma lima) dari tarif dasar.", ["tarif dasar"], "0,5 × tarif dasar"),
        (
            "Sanksi dibebankan 3 kali nilai kerugian ditambah biaya.",
            ["nilai kerugian", "biaya"],
            "3 × nilai kerugian + biaya",
        ),
    ],
)
def test_a_passive_verb_then_the_number_is_the_sentences_predicate(
    text: str, variables: list[str], canonical: str
) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == variables
    assert str(formula) == canonical


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("Jumlah pasien dibagi 2 x 100%", ["Jumlah pasien"]),  # an operator word, no verb
        ("Jumlah A dikalikan 100 / jumlah B", ["Jumlah A", "jumlah B"]),
    ],
)
def test_an_operator_word_before_a_number_stays_an_operator(text: str, variables: list[str]) -> None:
    assert list(ikicalc.parse(text).variables) == variables


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # PermenESDM 1/2024, Pasal 5 huruf b
        (
            "b. untuk pemanfaatan atau pemasyarakatan data survei \numum sebagaimana dimaksud "
            "dalam Pasal 4 ayat (1) \nhuruf b berdasarkan besaran bagian pemerintah \nsebagaimana "
            "tercantum dalam kontrak kerja sama \ndikalikan nilai pemasyarakatan data survei umum. ",
            [
                "besaran bagian pemerintah sebagaimana tercantum dalam kontrak kerja sama",
                "nilai pemasyarakatan data survei umum",
            ],
        ),
        (
            "Untuk kegiatan penelitian berdasarkan tarif per hari dikali jumlah hari",
            ["tarif per hari", "jumlah hari"],
        ),
        # a counted quantity before the link: the purpose ends there
        (
            "(4) Untuk Wajib Pajak orang pribadi jumlah penghasilan netto dikurangi PTKP",
            ["jumlah penghasilan netto", "PTKP"],
        ),
    ],
)
def test_a_purpose_and_its_link_are_no_part_of_the_first_name(
    text: str, variables: list[str]
) -> None:
    assert list(ikicalc.parse(text).variables) == variables


@pytest.mark.parametrize(
    "text",
    [
        "Rasio guru adalah perbandingan antara jumlah guru/jumlah murid",
        "Rasio guru adalah perbandingan antara jumlah guru / jumlah murid",
        "Rasio guru adalah perbandingan antara jumlah guru dibagi jumlah murid",
        "Rasio guru adalah perbandingan jumlah guru/jumlah murid",
        "Rasio guru merupakan rasio jumlah guru/jumlah murid",
    ],
)
def test_the_head_of_an_operation_written_with_its_sign_is_set_aside(text: str) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == ["jumlah guru", "jumlah murid"]
    assert str(formula) == "jumlah guru / jumlah murid"


def test_a_slash_between_two_words_after_the_head_divides() -> None:
    formula = ikicalc.parse("Rasio likuiditas yaitu hasil pembagian antara aset lancar/kewajiban lancar")
    assert list(formula.variables) == ["aset lancar", "kewajiban lancar"]


def test_a_head_before_an_operator_word_with_no_preposition_is_the_verbs_subject() -> None:
    formula = ikicalc.parse(
        "Untuk menghitung besaran insentif pemungutan,\nmaka proporsi jumlah kasus pelanggaran pada"
        "\ntahun ke n berbanding jumlah perselisihan\nyang terjadi, kemudian dikalikan 100%"
    )
    assert formula.variables[0] == "proporsi jumlah kasus pelanggaran pada tahun ke n"


def test_a_heading_line_keeps_the_paragraph_under_it_one_sentence() -> None:
    cell = (
        "(2) Gearing Ratio sebagaimana dimaksud pada ayat (1)\nmerupakan perbandingan antara "
        "total nilai\nPenjaminan     atau   Penjaminan  Ulang   yang\nditanggung sendiri dengan "
        "ekuitas Lembaga\nPenjaminan pada waktu tertentu."
    )
    wanted = (
        "total nilai Penjaminan atau Penjaminan Ulang yang ditanggung sendiri",
        "ekuitas Lembaga Penjaminan pada waktu tertentu",
    )
    assert ikicalc.parse(cell).variables == wanted
    headed = "Indikator ini dihitung dengan rumus sebagai berikut:\n" + cell
    assert ikicalc.parse(headed).variables == wanted


def test_the_predicates_benchmark_splits_its_pools_and_reads_its_work_half() -> None:
    from benchmarks.variants_predicates import NAMES, PURPOSES, VERBS, half_of, rate

    for items in (NAMES, PURPOSES, VERBS):
        assert {half_of(item) for item in items} == {"work", "fresh"}
    right, total = rate("work", count=90)
    assert total == 90
    assert right / total >= 0.95


def test_a_passive_inside_a_name_before_its_number_is_no_predicate() -> None:
    # hypothesis found it: "Disetujui 75" is a name's words and number, not "dihitung 0,5 dari"
    formula = ikicalc.parse("rata-rata (PNS, Disetujui 75) x (0)")
    assert formula.variables == ("PNS", "Disetujui 75")
