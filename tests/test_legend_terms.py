"""Legends read by the formula's own terms (issue 14, cause 6): entries whose symbols have
several words, are written a little differently from the formula (spacing, case, ``∑`` for
``Σ``), or name a whole sum. Real cells quoted with their source, and the same family with
other words."""

from __future__ import annotations

import pytest

from ikicalc.lang import ast
from ikicalc.lang.parser import parse
from ikicalc.lang.terms import legend_by_terms, legend_first


def _ratio(text: str) -> tuple[str, str]:
    expr = parse(text).expr
    assert isinstance(expr, ast.Binary)
    assert expr.op is ast.Op.DIV
    assert isinstance(expr.left, ast.Variable)
    assert isinstance(expr.right, ast.Variable)
    return expr.left.name, expr.right.name


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        (  # PP 55/2005, Penjelasan (Dana Perimbangan): bobot provinsi
            "Bobot Provinsi i = CF Provinsi i Σ CF Provinsi dimana, CF Provinsi i = celah fiskal "
            "suatu daerah provinsi ∑CF Provinsi = total celah fiskal seluruh provinsi",
            "celah fiskal suatu daerah provinsi",
            "total celah fiskal seluruh provinsi",
        ),
        (  # PP 55/2005: the label after the fraction, its '=' before the legend
            "CF Kab/Kota i Σ CF Kab/Kota Bobot Kab/Kota i = dimana, CF Kab/Kota i = celah fiskal "
            "suatu daerah Kab/Kota ∑CF Kab/Kota = total celah fiskal seluruh Kab/Kota",
            "celah fiskal suatu daerah Kab/Kota",
            "total celah fiskal seluruh Kab/Kota",
        ),
        (  # the same family: a symbol glued in the formula, spaced in the legend
            "Indeks Kemahalan = IKKi / IKK Nasional dimana, IKK i = indeks kemahalan konstruksi "
            "daerah i; IKK Nasional = indeks kemahalan konstruksi rata-rata nasional",
            "indeks kemahalan konstruksi daerah i",
            "indeks kemahalan konstruksi rata-rata nasional",
        ),
        (  # a legend entry said with 'adalah', the sum spelled \\sum in the legend
            "Bobot = PDRB kap i / Σ PDRB kap keterangan: PDRB kap i adalah PDRB per kapita "
            "daerah i, \\sum PDRB kap adalah jumlah PDRB per kapita seluruh daerah",
            "PDRB per kapita daerah i",
            "jumlah PDRB per kapita seluruh daerah",
        ),
    ],
)
def test_legend_entries_found_by_the_formulas_terms(
    text: str, numerator: str, denominator: str
) -> None:
    assert _ratio(text) == (numerator, denominator)


def test_a_legend_of_other_words_is_left_to_the_other_readers() -> None:
    # the legend defines words the formula does not write: not read by the terms
    text = "Rasio = CF Provinsi i / CF Nasional dimana, IPM daerah = indeks pembangunan manusia"
    chars = list(text)
    assert legend_by_terms(chars, []) == {}
    assert "".join(chars) == text
    # symbols of one token: the readers of ikicalc.lang.legends read them as before
    assert legend_by_terms(list("A / B x 100% dimana A = Jumlah x, B = Jumlah y"), []) == {}


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        (  # terms of words, a legend on lines with no introducer, spelled in another case
            "ROA = Laba bersih / Total Aset x 100%\nLaba Bersih : laba setelah pajak\n"
            "Total aset : jumlah aktiva",
            "laba setelah pajak",
            "jumlah aktiva",
        ),
        (  # 'dengan:' on a line of its own, terms of two words
            "IPG = IPM perempuan / IPM laki-laki\ndengan:\nIPM perempuan = IPM untuk penduduk "
            "perempuan\nIPM laki-laki = IPM untuk penduduk laki-laki",
            "IPM untuk penduduk perempuan",
            "IPM untuk penduduk laki-laki",
        ),
    ],
)
def test_legend_lines_of_terms_in_words(text: str, numerator: str, denominator: str) -> None:
    expr = parse(text).expr
    ratio = expr.left if isinstance(expr, ast.Binary) and expr.op is ast.Op.MUL else expr
    assert isinstance(ratio, ast.Binary)
    assert isinstance(ratio.left, ast.Variable)
    assert isinstance(ratio.right, ast.Variable)
    assert (ratio.left.name, ratio.right.name) == (numerator, denominator)


def test_a_repeated_scale_line_is_no_legend() -> None:
    # Puskesmas Pimping, hand hygiene: the middle line repeated by the export
    text = "Jumlah petugas yang melakukan hand hygiene\nx 100% =\nx 100% =\nJumlah seluruh petugas"
    chars = list(text)
    assert legend_by_terms(chars, []) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a symbol spaced in the legend, glued in the formula
            "K = (A1 + A2) / B x 100%\nKeterangan:\nA 1 = jumlah laporan bulanan\nA 2 = jumlah "
            "laporan triwulan\nB = jumlah laporan wajib",
            "K = (jumlah laporan bulanan + jumlah laporan triwulan) / jumlah laporan wajib × 100%",
        ),
        (  # terms of words after commas on the formula's line, no introducer
            "Tingkat Kepatuhan (TK) = WP patuh / WP terdaftar x 100%, WP patuh: wajib pajak "
            "yang menyampaikan SPT, WP terdaftar: wajib pajak yang terdaftar",
            "Tingkat Kepatuhan (TK) = wajib pajak yang menyampaikan SPT / wajib pajak yang "
            "terdaftar × 100%",
        ),
        (  # a symbol x, and the x of the scale after an operand
            "x/y x 100%\nx : Jumlah siswa lulus\ny : Jumlah siswa",
            "Jumlah siswa lulus / Jumlah siswa × 100%",
        ),
        (  # a period after the symbol
            "Persentase = ( A / B ) x 100%\nDimana :\nA. = Jumlah kegiatan terlaksana\nB. = "
            "Jumlah kegiatan direncanakan",
            "Persentase = Jumlah kegiatan terlaksana / Jumlah kegiatan direncanakan × 100%",
        ),
        (  # the name in brackets after the symbol, under the formula
            "PK = JPK / JPP x 100%\nJPK (Jumlah Perkara yang diselesaikan)\nJPP (Jumlah Perkara "
            "yang ditangani)",
            "PK = Jumlah Perkara yang diselesaikan / Jumlah Perkara yang ditangani × 100%",
        ),
    ],
)
def test_legends_written_a_little_differently(text: str, expected: str) -> None:
    assert str(parse(text)) == expected


def test_a_time_index_in_brackets_is_no_name() -> None:
    # RPJMD Sidoarjo: "PDRB(t−1)" under the bar is a name with its time index, no legend
    text = "PDRB(t) − PDRB(t−1)\nx 100%\nPDRB(t−1)"
    assert str(parse(text)) == "(PDRB(t) - PDRB(t−1)) / PDRB(t−1) × 100%"


def test_a_list_mark_before_a_symbol_is_no_term() -> None:
    # PP 55/2005 as variants_legends writes it: "- B" is a list's mark and the symbol B
    text = "A - B\nKeterangan:\n- A = Kebutuhan Fiskal\n- B = Kapasitas Fiskal"
    assert str(parse(text)) == "Kebutuhan Fiskal - Kapasitas Fiskal"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Universitas Bengkulu AMI instrument (GitHub): definitions first, sentence by sentence
            "NPkMM = Jumlah judul PkM DTPS yang melibatkan mahasiswa dalam 3 tahun terakhir. "
            "NPkMD = Jumlah judul PkM DTPS dalam 3 tahun terakhir. PPkMDM = (NPkMM / NPkMD) x 100%",
            "PPkMDM = Jumlah judul PkM DTPS yang melibatkan mahasiswa dalam 3 tahun terakhir / "
            "Jumlah judul PkM DTPS dalam 3 tahun terakhir × 100%",
        ),
        (  # the same instrument: the legend after, glued '=', symbols in mixed case, '/ '
            "PPkMDM = (NPkMM/ NPkMD) x 100% NPkMM=Jumlah judul PkM yang melibatkan mahasiswa. "
            "NPkMD=Jumlah judul PkM DTPS",
            "PPkMDM = Jumlah judul PkM yang melibatkan mahasiswa / Jumlah judul PkM DTPS × 100%",
        ),
    ],
)
def test_definitions_as_sentences_and_symbols_in_mixed_case(text: str, expected: str) -> None:
    assert str(parse(text)) == expected


def test_one_definition_and_a_formula_is_no_legend_first() -> None:
    # a label and its formula: nothing is defined before it
    assert legend_first(list("Capaian = Realisasi / Target x 100%"), []) == {}


def test_a_name_written_twice_with_other_spacing_is_one_quantity() -> None:
    # (case stays as written: "hari kerja efektif" and "Hari kerja efektif" both print)
    # PP 46/2011 (penilaian prestasi kerja PNS): "Target Waktu(TW)" and "Target Waktu (TW)"
    formula = parse("1,76 x Target Waktu(TW) - Realisasi Waktu (RW) X 100 Target Waktu (TW)")
    names = {v.name for v in ast.walk(formula.expr) if isinstance(v, ast.Variable)}
    assert names == {"Realisasi Waktu (RW)", "Target Waktu(TW)"}
    # symbols may differ by case alone
    symbols = {v.name for v in ast.walk(parse("x = n / N").expr) if isinstance(v, ast.Variable)}
    assert symbols == {"N", "n"}


def test_definitions_first_leave_a_lead_word_to_the_legend_readers() -> None:
    # "…; maka A/(B x C)": the formula follows a lead word, read by ikicalc.lang.legends
    text = (
        "A = Jumlah hari perawatan rumah sakit; B = Jumlah tempat tidur; C = Jumlah hari "
        "dalam satu periode; maka A/(B x C) x 100%"
    )
    assert legend_first(list(text), []) == {}
    assert str(parse(text)) == (
        "Jumlah hari perawatan rumah sakit / (Jumlah tempat tidur × Jumlah hari dalam satu "
        "periode) × 100%"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Kepja 1184/2025 (Kejaksaan RI), Word equations exported line by line, a legend
            "Perhitungan nilai Persentase digitalisasi proses bisnis inti Kejaksaan RI sebagai "
            "berikut.\nDPB =\nPBT\nPBI\nx 100%\nDPB : Persentase digitalisasi proses bisnis inti\n"
            "Kejaksaan RI\nPBT : Proses bisnis inti Kejaksaan yang telah di\ndigitalisasi\nPBI : "
            "Total seluruh proses bisnis Inti",
            "Persentase digitalisasi proses bisnis inti Kejaksaan RI = Proses bisnis inti "
            "Kejaksaan yang telah di digitalisasi / Total seluruh proses bisnis Inti × 100%",
        ),
        (  # brackets around the fraction, a product under the bar
            "Perhitungan nilai Indeks kepuasan satker sebagai berikut.\nIKLH = (\nTS\nR x P x M\n"
            ") x 100%\nIKLH : Indeks kepuasan satker\nTS : Jumlah total nilai\nR : Jumlah "
            "Responden\nP : Jumlah Pertanyaan\nM : Nilai Maksimal skala",
            "Indeks kepuasan satker = Jumlah total nilai / (Jumlah Responden × Jumlah "
            "Pertanyaan × Nilai Maksimal skala) × 100%",
        ),
        (  # the formula's line under a preamble is no legend entry
            "Perhitungan nilai Indeks tata kelola pengadaan sebagai berikut.\nITKP = SP + KSDM + "
            "TK\nITKP : Indeks tata kelola pengadaan\nSP : Nilai Pemanfaatan Sistem Pengadaan\n"
            "KSDM : Nilai kualifikasi SDM PBJ\nTK : Nilai Tingkat Kematangan UKPBJ",
            "Indeks tata kelola pengadaan = Nilai Pemanfaatan Sistem Pengadaan + Nilai "
            "kualifikasi SDM PBJ + Nilai Tingkat Kematangan UKPBJ",
        ),
    ],
)
def test_equations_exported_line_by_line_with_their_legend(text: str, expected: str) -> None:
    formula = parse(text)
    assert str(formula) == expected


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # jabar-kepgub-061-2015-iku-pemprov-github#03 (batch 11, Kepgub Jabar 61/2015)
            "IDG  = 1/3 (Ipar + IDM + I dist-pend)\nIpar    : Indeks perwakilan  parlemen\n"
            "IDM   : Indeks pengambilan keputusan\nI dist-pend : Indeks distribusi pendapatan",
            ("Indeks perwakilan parlemen", "Indeks pengambilan keputusan",
             "Indeks distribusi pendapatan"),
        ),
        (
            "IPG = (IKH + IPD + I lit-ma) / 3\nIKH : Indeks kesehatan\nIPD : Indeks pendidikan\n"
            "I lit-ma : Indeks literasi masyarakat",
            ("Indeks kesehatan", "Indeks pendidikan", "Indeks literasi masyarakat"),
        ),
    ],
)
def test_entries_of_one_word_above_a_term_of_several(
    text: str, variables: tuple[str, ...]
) -> None:
    assert tuple(" ".join(v.split()) for v in parse(text).variables) == variables
