"""Legends whose line breaks were lost (``ikicalc/lang/joined.py``): the entries found by the
symbols the formula writes. Each family: the real dev cell joined as web pages and the
scribd/123dok/docplayer transcripts join it (its id quoted), and cells written the same way
with other symbols, names and lengths."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import ast


def _names(text: str) -> list[str]:
    formula = ikicalc.parse(text)
    seen: list[str] = []
    for node in ast.walk(formula.expr):
        if isinstance(node, ast.Variable) and node.name not in seen:
            seen.append(node.name)
    return seen


# symbol '=' / ':' entries run together after the formula
RUN_TOGETHER = [
    (  # iki-kadis-pertanian-scribd-714211306#07
        "𝑃𝑑𝑡 = 𝐾𝑜 x St Pdt = Produksi Daging waktu ke-t Ko = Karkas plus (dengan edibel offal)"
        " St = Pemotongan ternak pada tahun yang bersangkutan",
        ["Karkas plus (dengan edibel offal)", "Pemotongan ternak pada tahun yang bersangkutan"],
    ),
    (  # kulonprogo-perbup-39-2019-tpp-berbasis-kinerja-github#04
        "TB = Bj x NT x 20% Keterangan: TB : TPP berdasarkan bobot jabatan Bj : Bobot jabatan"
        " NT : Nilai Tetap",
        ["Bobot jabatan", "Nilai Tetap"],
    ),
    (  # kejaksaan-kepja-1184-2025-iku-github#10
        "Jika pengukuran indikator dilakukan secara mandiri, maka perhitungan nilai Indeks tata"
        " kelola pengadaan Kejaksaan RI sebagai berikut. ITKP = SP + KSDM + TK ITKP : Indeks"
        " tata kelola pengadaan Kejaksaan RI SP : Nilai Pemanfaatan Sistem Pengadaan (SiRUP,"
        " e-Tendering, dan Non e-Purchasing) KSDM : Nilai kualifikasi dan kompetensi SDM PBJ"
        " TK : Nilai Tingkat Kematangan UKPBJ",
        [
            "Nilai Pemanfaatan Sistem Pengadaan (SiRUP, e-Tendering, dan Non e-Purchasing)",
            "Nilai kualifikasi dan kompetensi SDM PBJ",
            "Nilai Tingkat Kematangan UKPBJ",
        ],
    ),
    (  # jabar-kepgub-061-2015-iku-pemprov-github#07 (tabs of a table's columns)
        "IDI = 1/3 (aks+ahp+ald) aks\t: aspek kebebasan sipil ahp\t: aspek hak-hak politik"
        " ald\t: aspek lembaga demokrasi",
        ["aspek kebebasan sipil", "aspek hak-hak politik", "aspek lembaga demokrasi"],
    ),
    (  # the same way, other symbols and lengths
        "Rk = Pd x Tf x 10% Keterangan: Rk : Retribusi kebersihan Pd : Jumlah pedagang pasar"
        " yang terdaftar pada tahun berjalan Tf : Tarif harian",
        ["Jumlah pedagang pasar yang terdaftar pada tahun berjalan", "Tarif harian"],
    ),
    (
        "IKP = 1/4 (ipa + ipb + ipc + ipd) ipa : indeks pangan ipb : indeks perumahan ipc :"
        " indeks pendidikan dasar ipd : indeks kesehatan ibu",
        ["indeks pangan", "indeks perumahan", "indeks pendidikan dasar", "indeks kesehatan ibu"],
    ),
    (
        "NKP = 3 x (KA + KB) + KC KA = Jumlah kegiatan yang selesai tepat waktu KB = Jumlah"
        " kegiatan dengan temuan (administrasi, keuangan) KC = Jumlah laporan",
        [
            "Jumlah kegiatan yang selesai tepat waktu",
            "Jumlah kegiatan dengan temuan (administrasi, keuangan)",
            "Jumlah laporan",
        ],
    ),
]


@pytest.mark.parametrize(("text", "names"), RUN_TOGETHER)
def test_entries_start_at_the_formulas_symbols(text: str, names: list[str]) -> None:
    assert _names(text) == names


# bulleted and lettered legends on one line
LISTED = [
    (  # tulungagung-pakisrejo-idm#02
        "IDM = 1/3 (IS + IEK + IL) • IDM Indeks Desa Membangun • IS Indeks Sosial • IEK Indeks"
        " Ekonomi • IL Indeks Lingkungan (Ekologi)",
        ["Indeks Sosial", "Indeks Ekonomi", "Indeks Lingkungan (Ekologi)"],
    ),
    (
        "IKK = (KP + KS) / 2 • KP Kepuasan pelanggan rumah sakit • KS Kepuasan staf medis",
        ["Kepuasan pelanggan rumah sakit", "Kepuasan staf medis"],
    ),
    (
        "Harga = Biaya Pokok + Margin Usaha dimana: a. Biaya Pokok adalah biaya produksi per"
        " unit; b. Margin Usaha adalah keuntungan yang wajar;",
        ["biaya produksi per unit", "keuntungan yang wajar"],
    ),
    (
        "A/B x 100% Keterangan: - A = Jumlah desa yang tertib administrasi - B = Jumlah desa",
        ["Jumlah desa yang tertib administrasi", "Jumlah desa"],
    ),
    (
        "LA x BPK dengan: a. LA = luas lahan yang diusahakan; dan b. BPK = biaya pembangunan"
        " kebun per hektare.",
        ["luas lahan yang diusahakan", "biaya pembangunan kebun per hektare"],
    ),
]


@pytest.mark.parametrize(("text", "names"), LISTED)
def test_bulleted_and_lettered_entries_on_one_line(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_name_ending_with_a_letter_and_a_period_keeps_it() -> None:
    # "… daerah i." is no list mark: only a letter after ';' or a listed legend's letter is
    text = "A/B Keterangan: A = Jml penduduk daerah i. B = Rata-rata jml penduduk secara Nasional."
    assert _names(text) == ["Jml penduduk daerah i", "Rata-rata jml penduduk secara Nasional"]


def test_a_definition_of_a_symbol_the_formula_lost_is_set_aside() -> None:
    # blitar-satudata-diskopukm#01: the label's entry spelled otherwise ("KTA" for "KUSP")
    text = (
        "KUSP = JKRAT / JKA * 100% KTA = Persentase KSP / USP Koperasi yang Sehat JKRAT ="
        " Jumlah Koperasi yang Sudah RAT JKA = Jumlah Koperasi Aktif"
    )
    assert _names(text) == ["Jumlah Koperasi yang Sudah RAT", "Jumlah Koperasi Aktif"]


def test_two_symbols_side_by_side_are_a_ratio_and_a_guess() -> None:
    # kejaksaan-kepja-1184-2025-iku-github#02: the stack "PBT" over "PBI", its bar and its
    # line breaks lost
    text = (
        "DPB = PBT PBI x 100% DPB : Persentase digitalisasi proses bisnis inti PBT : Proses"
        " bisnis yang telah di digitalisasi PBI : Total seluruh proses bisnis"
    )
    formula = ikicalc.parse(text)
    assert _names(text) == [
        "Proses bisnis yang telah di digitalisasi",
        "Total seluruh proses bisnis",
    ]
    value = formula.evaluate(
        {"Proses bisnis yang telah di digitalisasi": 3, "Total seluruh proses bisnis": 4}
    )
    assert value.exact == 75
    assert "W110" in [d.code for d in ikicalc.lint(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence whose name holds "merupakan" after a word the formula writes: no legend
        "berdasarkan jumlah peserta didik dikalikan dengan satuan biaya pendidikan dasar yang"
        " merupakan lingkup urusan pendidikan",
        # the formula's own list after a colon
        "Σ PNS + Σ PNS : 1. PNS",
        # a target after the formula
        "Kebutuhan Fiskal - Kapasitas Fiskal = 100",
    ],
)
def test_no_legend_where_the_cell_has_none(text: str) -> None:
    from ikicalc.lang.joined import legend_joined

    assert legend_joined(list(text), []) == ({}, [])


# a stack's three lines joined, its middle line between the phrases
JOINED_STACKS = [
    (  # karawang-iku-dinkes#03
        "Jumlah Puskesmas Terakreditasi Formulasi Perhitungan : x 100% Jumlah Puskesmas di"
        " Wilayah Kabupaten dalam kurun waktu satu tahun",
        [
            "Jumlah Puskesmas Terakreditasi",
            "Jumlah Puskesmas di Wilayah Kabupaten dalam kurun waktu satu tahun",
        ],
    ),
    (  # puskesmas-pimping-hand-hygiene#01
        "Jumlah petugas yang melakukan hand hygiene x 100% = x 100% = Jumlah seluruh petugas",
        ["Jumlah petugas yang melakukan hand hygiene", "Jumlah seluruh petugas"],
    ),
    (  # jabar-dkp-renstra-review-2017-2018-github#03, shortened
        "Formulasi X A = x 100% Y Keterangan : A = Prosentase Peningkatan Hasil X = Jumlah"
        " sampel yang memenuhi standar Y = Jumlah sampel yang diambil Sampel (diambil secara"
        " acak) berasal dari hasil uji di pasar",
        ["Jumlah sampel yang memenuhi standar", "Jumlah sampel yang diambil"],
    ),
    # the same ways, other names and lengths
    (
        "Jumlah bayi yang mendapat ASI eksklusif Rumus : Jumlah seluruh bayi usia 0-6 bulan x 100%",
        ["Jumlah bayi yang mendapat ASI eksklusif", "Jumlah seluruh bayi usia 0-6 bulan"],
    ),
    (
        "Jumlah ASN yang hadir tepat waktu Persentase Kehadiran = x 100% Jumlah seluruh ASN",
        ["Jumlah ASN yang hadir tepat waktu", "Jumlah seluruh ASN"],
    ),
    (
        "Realisasi PAD tahun berjalan x 1.000 = Target PAD tahun berjalan",
        ["Realisasi PAD tahun berjalan", "Target PAD tahun berjalan"],
    ),
]


@pytest.mark.parametrize(("text", "names"), JOINED_STACKS)
def test_a_joined_stack_reads_around_its_middle_line(text: str, names: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert _names(text) == names
    assert isinstance(formula.expr, ast.Binary)
    assert formula.guesses  # the place of the bar is a guess
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah A dibagi Jumlah B = x 100% Jumlah C",  # an operator elsewhere: no such stack
        "Rasio Dokter : Jumlah dokter per penduduk",  # a label's colon, no scale
    ],
)
def test_no_joined_stack_where_the_cell_shows_another_reading(text: str) -> None:
    from ikicalc.lang.joined_stack import joined_stack

    assert joined_stack(list(text), {}) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # kulonprogo-perbup-56-2011-spm-ketahanan-pangan-github#05 (batch 14)
        ("Jumlah Cad.Pangan Kabupaten/Kota\nx 100 %\n100 ton", 50),
        # the same way, other names and units
        ("Jumlah hari kerja efektif\n------------ x 100%\n250 hari", 20),
        ("Jumlah beras yang disalurkan\n-------------\n12 bulan", Fraction(50, 12)),
    ],
)
def test_a_stack_over_a_number_and_its_unit(text: str, value: object) -> None:
    formula = ikicalc.parse(text)
    (name,) = _names(text)
    assert formula.evaluate({name: 50}).exact == value


@pytest.mark.parametrize(
    ("text", "names", "data", "value"),
    [
        (  # kulonprogo-perbup-74-2018-tpp-kriteria-kinerja-github#02
            "Gap Anggaran Kas\n= Rencana Anggaran Kas x 100% - Realisasi Anggaran kas x 100%"
            "\nAPBD APBD",
            ["Rencana Anggaran Kas", "APBD", "Realisasi Anggaran kas"],
            {"Rencana Anggaran Kas": 80, "APBD": 200, "Realisasi Anggaran kas": 60},
            10,
        ),
        (  # the same way, two denominators apart by a column's gap, a sum
            "Selisih Capaian\n= Jumlah desa mandiri x 100% + Jumlah desa maju x 100%\n"
            "Jumlah desa       Jumlah desa seluruhnya",
            ["Jumlah desa mandiri", "Jumlah desa", "Jumlah desa maju", "Jumlah desa seluruhnya"],
            {"Jumlah desa mandiri": 5, "Jumlah desa": 50, "Jumlah desa maju": 5,
             "Jumlah desa seluruhnya": 100},
            15,
        ),
    ],
)
def test_two_stacks_share_a_line_of_denominators(
    text: str, names: list[str], data: dict[str, int], value: int
) -> None:
    formula = ikicalc.parse(text)
    assert _names(text) == names
    assert formula.evaluate(data).exact == value
    assert "W110" in [d.code for d in ikicalc.lint(text)]


@pytest.mark.parametrize(
    ("text", "data", "value"),
    [
        (  # kejaksaan-kepja-1184-2025-iku-github#06, joined: TS over R x P x M
            "IKLH = ( TS R 𝑥 P 𝑥 M ) 𝑥 100% IKLH : Indeks kepuasan satker TS : Jumlah total"
            " nilai R : Jumlah Responden P : Jumlah Pertanyaan M : Nilai Maksimal",
            {"Jumlah total nilai": 240, "Jumlah Responden": 10, "Jumlah Pertanyaan": 6,
             "Nilai Maksimal": 5},
            80,
        ),
        (  # the same way, other symbols
            "IK = ( Sk N x Sm ) x 100% IK : Indeks kinerja Sk : Skor yang diperoleh N : Jumlah"
            " unit Sm : Skor maksimal per unit",
            {"Skor yang diperoleh": 30, "Jumlah unit": 10, "Skor maksimal per unit": 4},
            75,
        ),
    ],
)
def test_a_symbol_over_a_product_of_symbols_side_by_side(
    text: str, data: dict[str, int], value: int
) -> None:
    formula = ikicalc.parse(text)
    assert formula.evaluate(data).exact == value
    assert "W110" in [d.code for d in ikicalc.lint(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # bps-dompu-dasar-hitung-pk-2022-github#07, joined: "Rumus : :" of an export
            "Rumus : : P = x/y × 100% Keterangan P : Persentase OPD x : Jumlah OPD yang"
            " menyampaikan metadata. y : Jumlah OPD yang melakukan kegiatan statistik.",
            ["Jumlah OPD yang menyampaikan metadata", "Jumlah OPD yang melakukan kegiatan statistik"],
        ),
        (  # jabar-dispenda-lkip-2016-github#02, joined: a field's title, then a lost label's '='
            "Rumus           : = Pendapatan Daerah 2016 – Pendapatan Daerah 2015       X 100%"
            " Pendapatan Daerah 2015",
            ["Pendapatan Daerah 2016", "Pendapatan Daerah 2015"],
        ),
        (
            "Formulasi : = Jumlah PAD tahun ini – Jumlah PAD tahun lalu   X 100% Jumlah PAD tahun lalu",
            ["Jumlah PAD tahun ini", "Jumlah PAD tahun lalu"],
        ),
    ],
)
def test_a_title_before_the_formula_on_its_line(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # perbpkp-4-2025-rusun-negara-pdf#05, joined: a bullet after the heading's colon
            "Rumus Perhitungan Biaya Perawatan: ● Biaya Perawatan Untuk Pekerjaan Standar +"
            " Biaya Perawatan Untuk Pekerjaan Non Standar",
            ["Biaya Perawatan Untuk Pekerjaan Standar", "Biaya Perawatan Untuk Pekerjaan Non Standar"],
        ),
        (
            "Rumus Perhitungan Biaya Sewa: • Biaya Pemeliharaan + Biaya Pengelolaan",
            ["Biaya Pemeliharaan", "Biaya Pengelolaan"],
        ),
        (  # jabar-diskumkm-lkip-2016-github#04, joined: a worked example beside the stack
            "Nilai Capaian Target                         5 Nilai Capaian = ---------------------"
            " x 100% = ----------- x 100 % Nilai Rencana Target                         5 = 100 %",
            ["Nilai Capaian Target", "Nilai Rencana Target"],
        ),
        (  # lpp-jambi-lkjip-2023-flipbuilder#01, joined, its legend after it
            "A 9 % narapidana yang mendapatkan hak pendidikan = x 100% = x 100% B 9 = 100%"
            " Keterangan : A = jumlah narapidana yang mendapatkan hak B = jumlah narapidana",
            ["jumlah narapidana yang mendapatkan hak", "jumlah narapidana"],
        ),
        (
            "Jumlah desa mandiri 12 Persentase Desa Mandiri = x 100% = x 100% Jumlah desa 48 = 25%",
            ["Jumlah desa mandiri", "Jumlah desa"],
        ),
    ],
)
def test_joined_furniture_around_the_formula(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_label_alone_on_its_line_is_no_numerator() -> None:
    # banyuwangi-dinkes-renstra-2025-2029-github#01: "UHH =" over "(Lo/Lx)" over "×100%"
    assert ikicalc.parse("UHH =\n(Lo/Lx)\n×100%").label == "UHH"  # it was "'÷' has no operand"
    assert str(ikicalc.parse("UHH =\n(Lo / Lx)\n×100%")) == "UHH = Lo / Lx × 100%"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # karawang-iku-dinkes#01, joined: the scale ended the denominator's first line
            "Jumlah Keluarga Sehat Formulasi Perhitungan : Jumlah Keluarga di wilayah Kabupaten"
            " dalam kurun waktu x 100% satu tahun",
            ["Jumlah Keluarga Sehat", "Jumlah Keluarga di wilayah Kabupaten dalam kurun waktu satu tahun"],
        ),
        (
            "Jumlah bayi yang diimunisasi Rumus : Jumlah bayi di wilayah kerja Puskesmas x 100%"
            " pada tahun berjalan",
            ["Jumlah bayi yang diimunisasi", "Jumlah bayi di wilayah kerja Puskesmas pada tahun berjalan"],
        ),
    ],
)
def test_a_joined_denominator_goes_on_after_its_scale(text: str, names: list[str]) -> None:
    assert _names(text) == names
    assert ikicalc.parse(text).evaluate(dict(zip(names, (3, 4), strict=True))).exact == 75


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # beltim-satudata-ntpi#02, joined: the symbol, its name in brackets, then ':'
            "NTPI = (It / Ib) × 100 Penjelasan: It (Indeks Harga yang Diterima): mencerminkan"
            " perubahan harga hasil produksi (misalnya ikan konsumsi, dsb) yang dijual. Ib (Indeks"
            " Harga yang Dibayar): mencerminkan perubahan harga barang dan jasa yang dibeli.",
            ["Indeks Harga yang Diterima", "Indeks Harga yang Dibayar"],
        ),
        (
            "NTN = (Nt / Nb) × 100 Keterangan: Nt (Nilai Tukar yang Diterima nelayan): menunjukkan"
            " harga jual ikan tangkapan. Nb (Nilai Tukar yang Dibayar nelayan): menunjukkan biaya.",
            ["Nilai Tukar yang Diterima nelayan", "Nilai Tukar yang Dibayar nelayan"],
        ),
    ],
)
def test_a_joined_entry_names_its_symbol_in_brackets(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # jabar-kepgub-061-2015-iku-pemprov-github#01, joined
            "IPM =  1/3 (X1+X2+X3) dimana X1 = Indeks Angka Harapan Hidup X2 = 1/3 (Indeks Melek"
            " Huruf) + 1/3 (Indeks Rata-rata Lama Sekolah) X3 = Indeks Konsumsi Per Kapita",
            ["Indeks Angka Harapan Hidup", "Indeks Melek Huruf", "Indeks Rata-rata Lama Sekolah",
             "Indeks Konsumsi Per Kapita"],
        ),
        (
            "IKD = (D1 + D2) / 2 dimana D1 = Nilai kinerja keuangan D2 = (Skor A + Skor B) / 2",
            ["Nilai kinerja keuangan", "Skor A", "Skor B"],
        ),
    ],
)
def test_joined_equations_are_substituted(text: str, names: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert _names(text) == names
    assert ikicalc.parse(str(formula)) == formula


def test_a_joined_legend_defines_symbols_the_formula_does_not_write() -> None:
    # kulonprogo-perbup-24-2019-analisis-standar-belanja-github#03, joined and shortened: the
    # legend defines Q2a and Q2b, the formula writes Q2; the label's entry holds a sum's
    text = (
        "Y = (P1 * Q1) + (P2* Q2) Keterangan: Y = Pagu anggaran tahun n ∑ = Penjumlahan dari"
        " harga dikalikan jumlah P1 = Satuan harga makan rapat Q1 = Frekuensi rapat P2 = Satuan"
        " harga makan tamu Q2a = Frekuensi makan tamu Q2b = Jumlah tamu"
    )
    assert _names(text) == [
        "Satuan harga makan rapat", "Frekuensi rapat", "Satuan harga makan tamu", "Q2"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # kulonprogo-perbup-56-2011-spm-ketahanan-pangan-github#03 (batch 14), joined
        ("Ketersediaan Pangan/Kapita/Hari x Kandungan kalori x BDD x 100% 100", 60),
        # kulonprogo-perbup-56-2011-spm-ketahanan-pangan-github#05 (batch 14), joined
        ("Jumlah Cad.Pangan Kabupaten/Kota x 100 % 100 ton", 50),
        ("Skor yang diperoleh unit kerja x 100% 80", Fraction(125, 2)),
    ],
)
def test_a_joined_stack_over_a_number(text: str, value: object) -> None:
    formula = ikicalc.parse(text)
    data = {name: 50 if len(_names(text)) == 1 else 2 for name in _names(text)}
    if len(data) == 3:
        data = dict(zip(_names(text), (10, 2, 3), strict=True))
    assert formula.evaluate(data).exact == value
    assert "W110" in [d.code for d in ikicalc.lint(text)]


def test_a_time_index_is_no_name_in_brackets() -> None:
    # sidoarjo-rpjmd-do#03 on one line: "PDRB(t−1) = 97700" is a data value, not an entry
    text = "PDRB(t) − PDRB(t−1) = 8853 --------------------- × 100 PDRB(t−1) = 97700"
    assert _names(text) == ["PDRB(t)", "PDRB(t−1)"]
