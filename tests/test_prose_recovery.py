"""Reading as a careful reader does where the grammar alone gives up (issue 14, causes 1 and 8).

Each family quotes real cells (the development corpus, ``tests/data/public-cells.jsonl``, and
public pages with their address): a clause of prose after or before a formula, set aside
on the failure path only; operator words as OCR spells them; prose that names an operation
(``selisih antara A dan B``, ``Persentase A dengan jumlah B``) or closes a regulation's
sentence (``…, sebagaimana tercantum dalam …``). Every such reading is a guess that ``lint``
reports as ``W110``; a formula that is truly broken keeps its error and its caret.
"""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.lang.typos import operator_typos


def names(text: str) -> list[str]:
    return [str(v) for v in ikicalc.parse(text).variables]


def codes(text: str) -> list[str]:
    return [d.code for d in ikicalc.lint(text)]


# --- operator words as OCR and hurried typists spell them --------------------------------

# PP 18/2025 (PNBP batubara), OCR of the official PDF, as transcribed at
# github.com/fiskuspintar/peraturan-perpajakan (data/content/regulation_peraturan_pemerintah_
# nomor_18_tahun_2025.md): 'dikurangr' is 'dikurangi'
PP_18_2025 = (
    "(14% (empat belas persen) dikalikan harga\njual) dikurangr tarif iuran produksi atau\n"
    "royalti dikurangi tarif pemanfaatan barang\nmilik negara eks PKP2B dari hasil produksi\n"
    "per ton."
)


def test_an_ocr_misspelt_operator_word_is_that_operator_and_a_guess() -> None:
    formula = ikicalc.parse(PP_18_2025)
    assert [str(v) for v in formula.variables] == [
        "harga jual",
        "tarif iuran produksi atau royalti",
        "tarif pemanfaatan barang milik negara eks PKP2B dari hasil produksi per ton",
    ]
    assert (
        formula.evaluate(
            {
                "harga jual": 100,
                "tarif iuran produksi atau royalti": 3,
                "tarif pemanfaatan barang milik negara eks PKP2B dari hasil produksi per ton": 1,
            }
        ).exact
        == 10
    )
    assert any(g.other == "dikurangr" and g.chosen == "dikurangi" for g in formula.guesses)
    assert "W110" in codes(PP_18_2025)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jumlah kasus baru dibagl jumlah penduduk x 100.000", "/"),
        ("Jumlah kasus baru dlbagi jumlah penduduk x 100.000", "/"),
        ("Jumlah pendapatan ditambab jumlah hibah", "+"),
        ("Jumlah peserta didik dikalikn satuan biaya", "×"),
    ],
)
def test_one_letter_away_from_an_operator_word(text: str, expected: str) -> None:
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 2
    assert f" {expected} " in str(formula)
    assert formula.guesses


def test_real_words_near_an_operator_word_stay_words() -> None:
    # 'dikaji' (studied) is one letter from 'dikali'; 'dibagikan' (handed out) is a word
    assert names("Jumlah dokumen yang dikaji / Jumlah dokumen x 100%") == [
        "Jumlah dokumen yang dikaji",
        "Jumlah dokumen",
    ]
    assert names("Jumlah bantuan yang dibagikan / Jumlah bantuan x 100%")[0] == (
        "Jumlah bantuan yang dibagikan"
    )
    chars = list("Jumlah dokumen yang dikaji")
    assert operator_typos(chars) == ()


def test_an_operator_word_broken_over_two_lines() -> None:
    # PMK 119/2025 (DAK nonfisik) as pdftotext breaks its lines: "dikalikan" at a line's end
    assert names("Jumlah peserta didik dikali\nkan dengan satuan biaya masing-masing Daerah") == [
        "Jumlah peserta didik",
        "satuan biaya masing-masing Daerah",
    ]


# --- prose the grammar stops at: set aside on the failure path ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah kasus baru dibagi jumlah penduduk x 100.000; semakin rendah semakin baik",
        'Jumlah kasus baru / jumlah penduduk x 100.000 "Semakin rendah semakin baik"',
    ],
)
def test_a_remark_after_the_formula_is_set_aside_as_a_guess(text: str) -> None:
    formula = ikicalc.parse(text)
    assert [str(v) for v in formula.variables] == ["Jumlah kasus baru", "jumlah penduduk"]
    assert formula.evaluate({"Jumlah kasus baru": 3, "jumlah penduduk": 300_000}).exact == 1
    assert "W110" in codes(text)


def test_a_target_said_after_the_formula() -> None:
    text = (
        "Jumlah pasien yang puas dibagi jumlah pasien yang disurvei dikali 100 persen, "
        "dengan target minimal 90 persen"
    )
    assert names(text) == ["Jumlah pasien yang puas", "jumlah pasien yang disurvei"]


def test_a_heading_before_the_formula_is_set_aside() -> None:
    assert names("Capaian kinerja organisasi; Realisasi anggaran / Pagu anggaran x 100%") == [
        "Realisasi anggaran",
        "Pagu anggaran",
    ]


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Jumlah A + ", 11),
        ("Jumlah A / / Jumlah B", 12),
        ("Jumlah A / B; import os", 13),
        ("Jumlah A / B ^ 2", 14),
        # a quantity, not a heading, stands before the '?': nothing is set aside
        ("Jumlah ASN yang mengikuti diklat ? jumlah ASN x 100%", 34),
        ("A ? B : C", 3),
    ],
)
def test_a_broken_formula_keeps_its_error_and_caret(text: str, column: int) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError) as info:
        ikicalc.parse(text)
    assert (info.value.line, info.value.column) == (1, column)


def test_a_number_with_its_words_is_no_formula_to_recover() -> None:
    # a target cell: '29 (…)' suggests a product only by its layout
    assert "W110" not in codes("29 (dua puluh delapan) jenis layanan")


# --- operations and closings said in words -----------------------------------------------


def test_a_closing_clause_that_cites_the_source_is_set_aside() -> None:
    # PP 19/2006 (PNBP perikanan), github.com/mblonyox/data-peraturan pp/2006/19.md
    text = (
        "Besarnya PPP sebagaimana dimaksud dalam Pasal 3 ayat (2) huruf a di bidang "
        "penangkapan ikan, ditetapkan berdasarkan rumusan tarif per Gross Tonnage (GT) "
        "dikalikan ukuran GT kapal menurut jenis kapal perikanan yang digunakan, sebagaimana "
        "tercantum dalam Lampiran Peraturan Pemerintah ini."
    )
    assert names(text)[1] == "ukuran GT kapal menurut jenis kapal perikanan yang digunakan"


def test_a_difference_said_in_words() -> None:
    # PMK 11/2025 (PPN besaran tertentu), github.com/fiskuspintar/peraturan-perpajakan
    text = (
        "titik serah Agen, diperoleh dari hasil perkalian \nformula tertentu dengan tarif "
        "Pajak Pertambahan \nNilai dikalikan dengan nilai tertentu berupa selisih \nlebih "
        "antara Harga Jual Agen dan Harga Jual \nEceran; dan"
    )
    formula = ikicalc.parse(text)
    assert [str(v) for v in formula.variables] == [
        "formula tertentu",
        "tarif Pajak Pertambahan Nilai",
        "Harga Jual Agen",
        "Harga Jual Eceran",
    ]
    values = {
        "formula tertentu": 2,
        "tarif Pajak Pertambahan Nilai": 3,
        "Harga Jual Agen": 10,
        "Harga Jual Eceran": 4,
    }
    assert formula.evaluate(values).exact == 36


def test_a_percentage_of_one_count_with_another() -> None:
    # konkep Disdukcapil (github, perjanjian kinerja): "Persentase A dengan jumlah B"
    formula = ikicalc.parse(
        "Persentase Jumlah penduduk yang memiliki KK dengan jumlah Kepala Keluarga yang tercatat "
    )
    assert [str(v) for v in formula.variables] == [
        "Jumlah penduduk yang memiliki KK",
        "jumlah Kepala Keluarga yang tercatat",
    ]
    values = {"Jumlah penduduk yang memiliki KK": 9, "jumlah Kepala Keluarga yang tercatat": 10}
    assert formula.evaluate(values).exact == 90
    # no count after 'dengan': a name (lint says it is not a formula)
    assert names("Persentase desa dengan status mandiri") == [
        "Persentase desa dengan status mandiri"
    ]


def test_a_constant_named_after_its_operator() -> None:
    # ilmuantekno.com/10186/hitunglah-angka-ketergantungan-penduduk.html
    formula = ikicalc.parse("usia non-produktif dibagi usia produktif dikali konstanta 100")
    assert [str(v) for v in formula.variables] == ["usia non-produktif", "usia produktif"]
    assert formula.evaluate({"usia non-produktif": 1, "usia produktif": 2}).exact == 50


def test_bagi_before_an_abbreviated_count() -> None:
    # puskesmas indicators (surveilans): "… bagi Jm sinyal …"
    text = (
        "Jumlah sinyal kewaspadaan dini yang direspon dalam kurun tertentu bagi Jm sinyal "
        "kewaspadaan dini yang muncul pada kurun waktu yang sama kali 100%"
    )
    assert len(names(text)) == 2


# --- numbers and letters inside names -----------------------------------------------------


def test_a_time_index_with_a_plus() -> None:
    # PP 6/2008 (EKPOD), Lampiran: "{PDRB (t+1) PDRB (t)} / PDRB (t) X 100%", docplayer.info
    # 41645676 (the minus, lost by the export, put back)
    formula = ikicalc.parse("{PDRB (t+1) - PDRB (t)} / PDRB (t) X 100%")
    assert [str(v) for v in formula.variables] == ["PDRB (t+1)", "PDRB (t)"]
    assert formula.evaluate({"PDRB (t+1)": 110, "PDRB (t)": 100}).exact == 10
    assert names("{Inf (t +1) - Inf (t)} / Inf (t) X 100%") == ["Inf (t +1)", "Inf (t)"]
    assert ikicalc.parse(str(formula)) == formula


def test_a_placeholder_letter_before_an_operator_word() -> None:
    text = (
        "Jumlah kelurahan yang melaksanakan musrenbang tepat waktu dibagi jumlah kelurahan "
        "di Kecamatan X dikali 100%"
    )
    assert names(text)[1] == "jumlah kelurahan di Kecamatan X"


# --- what stands after a formula ----------------------------------------------------------


def test_a_target_of_a_year_under_the_formula() -> None:
    text = (
        "Persentase = Jumlah dokumen perencanaan yang tepat waktu / Jumlah dokumen perencanaan "
        "yang disusun x 100 %\nTarget 2024: 100%"
    )
    assert len(names(text)) == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Total belanja pegawai setahun / 12 bulan", 2),
        (
            "Jumlah Kecamatan yang sudah menerapkan aplikasi SIPD dibagi 10 Kecamatan dikali 100%",
            240,
        ),
    ],
)
def test_the_unit_of_a_number_that_divides(text: str, value: int) -> None:
    formula = ikicalc.parse(text)
    (name,) = formula.variables
    assert formula.evaluate({name: 24}).exact == value
    assert formula.guesses


def test_a_number_that_divides_with_no_unit_stays_an_error() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError):
        ikicalc.parse("Jumlah A / 12 x")


def test_lines_of_notes_under_a_formula() -> None:
    # sirusa.web.bps.go.id/metadata/indikator/50810, "Metode Perhitungan"
    text = (
        "Persentase penerima layanan diperoleh dari Jumlah penerima layanan dengan kategori "
        "tertentu dibagi jumlah penerima layanan dikali 100\nKet:\nPi = Persentase penerima "
        "layanan dengan kategori tertentu ke-i"
    )
    assert names(text) == [
        "Jumlah penerima layanan dengan kategori tertentu",
        "jumlah penerima layanan",
    ]


def test_a_sum_said_with_its_verb() -> None:
    # PMK 85/2024 (PBB-P2), github.com/fiskuspintar/peraturan-perpajakan
    formula = ikicalc.parse(
        "konversi \ndilakukan dengan cara menjumlahkan nilai seluruh Bangunan dan \ndibagi luas "
        "seluruh Bangunan."
    )
    assert str(formula) == "Σ nilai seluruh Bangunan / luas seluruh Bangunan"
    values = {"nilai seluruh Bangunan": [10, 20], "luas seluruh Bangunan": 5}
    assert formula.evaluate(values).exact == 6
    # two quantities added: not a Σ
    assert str(
        ikicalc.parse("Nilai dihitung dengan menjumlahkan nilai kinerja dengan nilai perilaku")
    ) == ("nilai kinerja + nilai perilaku")


def test_quotes_inside_a_name_are_set_aside_as_a_guess() -> None:
    formula = ikicalc.parse("Jumlah dokumen “tepat waktu” / Jumlah dokumen x 100%")
    assert [str(v) for v in formula.variables] == ["Jumlah dokumen tepat waktu", "Jumlah dokumen"]
    assert formula.guesses
    # a quoted name alone, or quotes that open the formula, stay refused
    for text in ("'A' + 'B'", '"Jumlah PNS"'):
        with pytest.raises(ikicalc.FormulaSyntaxError, match="quotes"):
            ikicalc.parse(text)


def test_a_quantity_on_the_line_under_a_formula_is_not_a_note() -> None:
    # not set aside as a remark: a line opened by a counting word is a quantity
    formula = ikicalc.parse("Jumlah A yang hadir / Jumlah B x 100%\nJumlah pegawai yang ada")
    assert "Jumlah pegawai yang ada" in {str(v) for v in formula.variables}


def test_a_definition_run_on_after_the_formula() -> None:
    # Satu Data Lombok Barat (Distan), "Produksi tanaman pangan": the formula, then the
    # definitions of its terms with no period between
    text = (
        "… dan dirumuskan sebagai berikut: Produksi = Luas Panen (Ha) X Produktivitas (Ton/Ha) "
        "Jumlah produksi tanaman pangan adalah total produksi yang dihasilkan dalam satuan Ton "
        "dari usaha komoditas per musim. Produktivitas adalah kemampuan lahan."
    )
    assert names(text) == ["Luas Panen (Ha)", "Produktivitas (Ton/Ha)"]
    assert names("Jumlah A / Jumlah B x 100% Capaian adalah perbandingan realisasi dan target") == [
        "Jumlah A",
        "Jumlah B",
    ]


def test_a_time_offset_after_an_index_letter() -> None:
    # PP 80/2015 (PNBP Kominfo), github.com/mblonyox/data-peraturan
    assert names("N penyesuaian = (IHKn-l / IHK n -2) x Nn-l") == ["IHKn-l", "IHK n -2", "Nn-l"]
    # before a word, the hyphen still subtracts
    assert names("(PAD tahun n - PAD tahun n-1) / PAD tahun n-1 x 100%") == [
        "PAD tahun n",
        "PAD tahun n-1",
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Rasio Dokter per 100.000 penduduk = jumlah dokter / jumlah penduduk x 100.000",
            "Rasio Dokter per 100.000 penduduk",
        ),
        (
            "Angka Kematian Bayi (AKB) per 1000 kelahiran hidup = Jumlah kematian bayi / "
            "jumlah kelahiran hidup x 1000",
            "Angka Kematian Bayi (AKB) per 1000 kelahiran hidup",
        ),
        (
            "Persentase (%) ASN yang disiplin = Jumlah ASN disiplin / Jumlah ASN x 100%",
            "Persentase (%) ASN yang disiplin",
        ),
    ],
)
def test_a_label_with_a_figure_or_a_sign_of_its_own(text: str, label: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.label == label
    assert len(formula.variables) == 2
    # a percent sign in brackets after a word is a name's unit, the grammar's own (no guess)
    assert formula.guesses or "(%)" in label
    assert ikicalc.parse(str(formula)) == formula


def test_a_sign_in_brackets_after_a_name() -> None:
    assert names("Jumlah Kasus Baru TB BTA (+) / Jumlah perkiraan kasus x 100%") == [
        "Jumlah Kasus Baru TB BTA (+)",
        "Jumlah perkiraan kasus",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah A dibagi Jumlah B dikali 100 % (semakin tinggi semakin baik)",
        "Jumlah A dibagi Jumlah B dikali 100 % - semakin tinggi semakin baik",
        "Jumlah A dibagi Jumlah B dikali 100 % → semakin tinggi semakin baik",
        "Jumlah A dibagi Jumlah B dikali 100 % yang diukur setiap triwulan",
        "Jumlah A dibagi Jumlah B dikali 100 persen dengan periode pengukuran tahunan",
        "Jumlah A dibagi Jumlah B dikali 100 % ( Target : 100 % )",
    ],
)
def test_a_remark_after_the_scale_of_a_complete_ratio(text: str) -> None:
    assert names(text) == ["Jumlah A", "Jumlah B"]


def test_words_after_a_scale_with_no_ratio_before_it_are_its_denominator() -> None:
    # a flattened fraction: "A x 100% B"
    assert names("Jumlah pegawai yang hadir x 100% Jumlah pegawai") == [
        "Jumlah pegawai yang hadir",
        "Jumlah pegawai",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah A terhadap jumlah B x 100%",
        "Jumlah A banding jumlah B x 100%",
        "Jumlah A dibagi oleh jumlah B dikali 100%",
    ],
)
def test_more_ways_to_say_divided_by(text: str) -> None:
    assert names(text) == ["Jumlah A", "jumlah B"]


def test_a_sum_in_signs_then_a_division_said_in_words() -> None:
    # ilmuantekno.com/10186: "usia 0-14 tahun + usia >64 tahun dibagi dengan usia 15-64 tahun
    # lalu dikali konstanta 100" (the dependency ratio)
    formula = ikicalc.parse(
        "usia 0-14 tahun + usia >64 tahun dibagi dengan usia 15-64 tahun lalu dikali konstanta 100"
    )
    assert str(formula) == "(usia 0-14 tahun + usia >64 tahun) / usia 15-64 tahun × 100"
    assert formula.guesses
    # in signs throughout, the usual precedence
    assert str(ikicalc.parse("A + B / C")) == "A + B / C"
