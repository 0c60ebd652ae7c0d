"""Issue 14, transfer to documents never seen: the failure path made robust in the ways a
careful reader reads a cell never seen (session 9, helper ``phrasing``).

Each rule is tested on the real development cell (its id quoted) and on cells written the
same way with other names, lengths and operator words. The shapes are measured at scale by
``benchmarks/variants_shapes.py``.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import casing
from ikicalc.lang.formula import Formula
from tests.readings import read_back as read


def names(text: str) -> list[str]:
    return list(read(text).variables)


def reasons(formula: Formula) -> list[str]:
    return [guess.reason for guess in formula.guesses]


# ---- a cell whose case says nothing -----------------------------------------------------

# ntb-satudata-infografis-dokter#01 in capitals, as a heading style or an export leaves it
NTB = (
    "Rasio ini dihitung dengan membagi jumlah dokter dengan jumlah penduduk, lalu dikalikan "
    "1000 (untuk mendapatkan rasio per 1.000 penduduk)."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NTB.upper(), ["JUMLAH DOKTER", "JUMLAH PENDUDUK"]),
        (
            "JUMLAH BIDAN DIBAGI DENGAN JUMLAH PUSKESMAS DIKALIKAN 100%",
            ["JUMLAH BIDAN", "JUMLAH PUSKESMAS"],
        ),
        (
            "PANJANG JALAN MANTAP DIBAGI PANJANG JALAN KABUPATEN KALI 100%",
            ["PANJANG JALAN MANTAP", "PANJANG JALAN KABUPATEN"],
        ),
    ],
)
def test_a_cell_in_capitals_reads_its_operator_words(text: str, expected: list[str]) -> None:
    formula = read(text)
    assert list(formula.variables) == expected  # spelled as the cell spells them


def test_a_cell_in_title_case_reads_its_joints() -> None:
    # temanggung-iku-skpd-pertanian-123dok#04, every word capitalised
    formula = read(
        "Luas Serangan Hama Dan Penyakit Yang Tertangani Dibagi Luas Serangan\n\n"
        "Hama Dan Penyakit Kali 100%"
    )
    assert list(formula.variables) == [
        "Luas Serangan Hama Dan Penyakit Yang Tertangani",
        "Luas Serangan Hama Dan Penyakit",
    ]
    # read right as typed since the layout takes its operator words from [grammar] ('Kali 100'
    # is the grammar's ×, session 12): the reading of a cell whose case says nothing is no guess
    assert casing.REASON not in reasons(formula)
    assert names("Jumlah Pasien Yang Dirujuk Dibagi Jumlah Seluruh Pasien X 100%") == [
        "Jumlah Pasien Yang Dirujuk",
        "Jumlah Seluruh Pasien",
    ]


def test_a_cell_whose_case_carries_evidence_is_read_as_typed() -> None:
    # karangasem-sidemen-iku#01 in capitals: its aliases stay capitals, read as aliases
    text = (
        "JUMLAH DESA YANG DAPAT MELAKSANAKAN TATA KELOLA PEMERINTAHAN DENGAN BAIK (DTKB) DIBAGI "
        "JUMLAH SELURUH DESA (SLRHD) DI KECAMATAN SIDEMEN DIKALIKAN SERATUS PERSEN SAMA DENGAN "
        "SERATUS ATAU DTKB/SLRHD X 100% = 100"
    )
    assert len(read(text).variables) == 2
    # a formula of symbols, a sentence case cell: nothing folded
    assert casing.fold("IKM = (N1 + N2) / 2") is None
    assert casing.fold("Jumlah pegawai yang hadir / Jumlah pegawai x 100%") is None
    assert not reasons(read("Jumlah Pegawai Hadir / Jumlah Pegawai X 100%"))


# ---- typographic quotes around a whole cell ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Jumlah peserta Qurban”", ["Jumlah peserta Qurban"]),  # tanahdatar-lakip-2013-iku#05
        ("“∑ Produksi Padi”", ["Produksi Padi"]),
        ("“Nilai Kinerja Pelayanan = Nilai A + Nilai B”", ["Nilai A", "Nilai B"]),
        ("‘Jumlah desa mandiri / jumlah desa x 100%’", ["Jumlah desa mandiri", "jumlah desa"]),
    ],
)
def test_quotes_around_a_whole_cell_are_set_aside(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_ascii_quotes_stay_refused() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="quotes"):
        ikicalc.parse('"Jumlah PNS"')


# ---- a line that ends waiting for more --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # perumdam-tkr-kinerja-pdam-kemendagri-github#08 in a column 30 characters wide
        ("Total Biaya operasi / Total\nPendapatan Operasi", ["Total Biaya operasi", "Total Pendapatan Operasi"]),
        ("Piutang Usaha / Jumlah\nPenjualan per Hari", ["Piutang Usaha", "Jumlah Penjualan per Hari"]),
        ("Jumlah kader aktif di\nposyandu / Jumlah seluruh kader x 100%", ["Jumlah kader aktif di posyandu", "Jumlah seluruh kader"]),
        ("Jumlah desa yang memiliki /\nJumlah desa x 100%", ["Jumlah desa yang memiliki", "Jumlah desa"]),
    ],
)  # fmt: skip
def test_a_line_that_ends_waiting_goes_on(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_legend_entry_that_ends_waiting_goes_on() -> None:
    # kulonprogo-perbup-39-2019-tpp-berbasis-kinerja-github#03
    text = (
        "NT = (PA : Tbj) : 12\nKeterangan :\nNT        : Nilai Tetap\nPA        : Pagu Anggaran 1"
        " tahun\nTBj       : Total Bobot Jabatan yang telah\ndisesuaikan    dengan      faktor\n"
        "penyeimbang"
    )
    assert "Total Bobot Jabatan yang telah disesuaikan dengan faktor penyeimbang" in names(text)


def test_a_stack_keeps_its_lines() -> None:
    # the lines of a stacked fraction are layout: a numerator ending in "di" over its scale
    formula = read("Jumlah seluruh usila di\n100%\nwilayah kerja")
    assert formula is not None
    text = "Jumlah bayi yang\nditimbang\n------------ x 100%\nJumlah seluruh bayi"
    assert names(text) == ["Jumlah bayi yang ditimbang", "Jumlah seluruh bayi"]


# ---- a paragraph wrapped by a narrow column ---------------------------------------------


def test_a_sentence_wrapped_at_twenty_characters() -> None:
    # pp-23-2018-pph-umkm#01 in a column 20 characters wide
    text = (
        "Pajak Penghasilan\nterutang dihitung\nberdasarkan tarif\nsebagaimana dimaksud\n"
        "dalam Pasal 2 ayat\n(2) dikalikan dengan\ndasar pengenaan\npajak sebagaimana\n"
        "dimaksud pada ayat\n(1)."
    )
    assert names(text) == [
        "tarif sebagaimana dimaksud dalam Pasal 2 ayat (2)",
        "dasar pengenaan pajak sebagaimana dimaksud pada ayat (1)",
    ]


def test_a_heading_ending_with_a_colon_keeps_its_break() -> None:
    # pp-1-2024-hkfn-pdf#01: "… dengan formula sebagai berikut:" over a flattened stack
    text = (
        "Rasio kemampuan Keuangan Daerah untuk mengembalikan\nPembiayaan Utang Daerah menunjukkan "
        "rasio kemampuan\nmembayar kembali Pembiayaan Utang Daerah yang dikenal\ndengan istilah "
        "Debt Seruice Couerage Ratio (DSCR) dihitung\ndengan formula sebagai berikut: \n"
        "Pendapatan vans tidak ditentukan penssunaannya - Belania Pesawai\nPokok pinjaman + "
        "Bunga + Biaya Lain"
    )
    assert "Pokok pinjaman" in names(text)


# ---- a label before a capitalised counting word -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Persentase dihitung dengan membagi Jumlah Penduduk Miskin dengan Jumlah Penduduk x 100%",
            ["Jumlah Penduduk Miskin", "Jumlah Penduduk"],
        ),
        (
            "Rasio ini dihitung dengan membagi Jumlah Dokter dengan Jumlah Penduduk, lalu "
            "dikalikan 1000",
            ["Jumlah Dokter", "Jumlah Penduduk"],
        ),
        (
            "Cakupan diperoleh dari Jumlah Bayi Ditimbang dibagi Jumlah Bayi x 100%",
            ["Jumlah Bayi Ditimbang", "Jumlah Bayi"],
        ),
    ],
)
def test_a_sentence_before_a_capitalised_quantity_is_no_label(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected
    # the label of a stack is still one
    assert names("Cakupan ASI Eksklusif Jumlah bayi ASI x 100% Jumlah seluruh bayi") == [
        "Jumlah bayi ASI",
        "Jumlah seluruh bayi",
    ]


# ---- a difference said after a division -------------------------------------------------


def test_a_difference_of_one_kind_after_a_division_is_the_divisor() -> None:
    # kulonprogo-perbup-92-2019-tarif-air-minum-github#01
    formula = read(
        "9. Biaya Dasar adalah biaya usaha dibagi volume\nair terproduksi dikurangi volume "
        "kehilangan\nair standar."
    )
    values = {"biaya usaha": 100, "volume air terproduksi": 30, "volume kehilangan air standar": 5}
    assert formula.evaluate(values).exact == Fraction(100, 25)
    assert any("divisor" in reason for reason in reasons(formula))
    other = read(
        "Pendapatan asli daerah dibagi jumlah penduduk akhir tahun dikurangi jumlah penduduk pindah"
    )
    assert other.evaluate(
        {"Pendapatan asli daerah": 90, "jumlah penduduk akhir tahun": 40, "jumlah penduduk pindah": 10}
    ).exact == 3  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah A dibagi jumlah B dikurangi jumlah C",  # nothing in common: as said
        "Jumlah pegawai hadir dibagi jumlah pegawai dikurangi pegawai cuti",  # A of the kind too
        "biaya usaha / volume air terproduksi - volume kehilangan air",  # written in signs
    ],
)
def test_without_that_evidence_the_order_said_stands(text: str) -> None:
    formula = read(text)
    assert not any("divisor" in reason for reason in reasons(formula))
    assert formula.expr.op is ikicalc.lang.ast.Op.SUB  # type: ignore[union-attr]


# ---- a bracket of words is no operator before a preamble's cue --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # pp-39-2010-administrasi-prajurit-tni#01
            "d. pesangon, bagi yang telah menjalani Dinas Keprajuritan kurang dari 5 (lima) "
            "tahun, yang diterimakan sekaligus sebesar gaji pokok terakhir dikalikan dengan "
            "jumlah tahun masa Dinas Keprajuritan.",
            ["gaji pokok terakhir", "jumlah tahun masa Dinas Keprajuritan"],
        ),
        (
            "tunjangan bagi pegawai yang bekerja lebih dari 12 (dua belas) bulan diberikan "
            "sebesar gaji pokok dikalikan dengan jumlah bulan kerja",
            ["gaji pokok", "jumlah bulan kerja"],
        ),
    ],
)
def test_a_number_said_again_in_words_is_no_product(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# ---- abbreviations longer than four letters ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # jabar-dishub-lkip-2016-github#10
            "Jumlah Pemb. Dan Pengemb. Bandara\n% Realisasi Indikator Kinerja = "
            "---------------------------------------------------------- X 100 %\n"
            "Kebutuhan Pemb. Dan Pengemb. Bandara",
            ["Jumlah Pemb. Dan Pengemb. Bandara", "Kebutuhan Pemb. Dan Pengemb. Bandara"],
        ),
        (
            "Jumlah Pengemb. Pelabuhan / Kebutuhan Pengemb. Pelabuhan x 100%",
            ["Jumlah Pengemb. Pelabuhan", "Kebutuhan Pengemb. Pelabuhan"],
        ),
        (
            "Jumlah tenaga Kesehatan. dan bidan / jumlah puskesmas",
            ["Jumlah tenaga Kesehatan. dan bidan", "jumlah puskesmas"],
        ),
    ],
)
def test_an_abbreviation_no_word_ends_like(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_sentence_still_ends_at_its_period() -> None:
    assert names("Jumlah kasus / jumlah penduduk x 100%. Sumber data Dinkes") == [
        "Jumlah kasus",
        "jumlah penduduk",
    ]


# ---- a slash between two symbols in brackets of their own -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UHH = (Lo/Lx) ×100%", ["Lo", "Lx"]),  # banyuwangi-dinkes-renstra-2025-2029-github#01
        ("(PP/PAK) x 100%", ["PP", "PAK"]),
    ],
)
def test_brackets_around_one_word_with_a_slash_group_a_division(
    text: str, expected: list[str]
) -> None:
    formula = read(text)
    assert list(formula.variables) == expected
    assert formula.guesses


def test_a_slash_word_in_a_longer_name_stays_a_word() -> None:
    assert names("(Jumlah SPJ GU/TU) x 100%") == ["Jumlah SPJ GU/TU"]
    assert names("SPJ GU/TU x 100%") == ["SPJ GU/TU"]


# ---- batch 14: the shares of a village allocation, a result referred back, a unit -------

ADD_2015 = (  # kulonprogo-perbup-84-2015-add-perubahan-github#01
    "a. BHP untuk suatu Desa = 40 % x Pagu BHP x\n[(30 % x persentase jumlah penduduk Desa\n"
    "yang bersangkutan terhadap total penduduk\nDesa di Daerah) + (20 % x persentase luas\n"
    "wilayah Desa yang bersangkutan terhadap\ntotal luas wilayah desa di Daerah) + (50 % x\n"
    "persentase rumah tangga pemegang Kartu\nPerlindungan Sosial terhadap total jumlah\n"
    "rumah tangga desa di Daerah)]; dan"
)


def test_each_share_of_an_allocation_said_as_a_percentage() -> None:
    formula = read(ADD_2015)
    assert list(formula.variables) == [
        "Pagu BHP",
        "jumlah penduduk Desa yang bersangkutan",
        "total penduduk Desa di Daerah",
        "luas wilayah Desa yang bersangkutan",
        "total luas wilayah desa di Daerah",
        "rumah tangga pemegang Kartu Perlindungan Sosial",
        "total jumlah rumah tangga desa di Daerah",
    ]
    # the same allocation with other shares and other quantities, on one line
    other = read(
        "Dana untuk suatu Desa = 40 % x Pagu Dana x [(60 % x persentase jumlah murid Desa "
        "terhadap total murid di Daerah) + (40 % x persentase luas sawah Desa terhadap total "
        "luas sawah di Daerah)]"
    )
    values = {
        "Pagu Dana": 1000,
        "jumlah murid Desa": 10,
        "total murid di Daerah": 100,
        "luas sawah Desa": 5,
        "total luas sawah di Daerah": 50,
    }
    assert other.evaluate(values).exact == Fraction(2, 5) * 1000 * (
        Fraction(3, 5) * Fraction(1, 10) + Fraction(2, 5) * Fraction(1, 10)
    )
    # one "persentase A terhadap B" alone is still a percentage
    assert str(read("persentase jumlah murid terhadap total murid")) == (
        "100% × jumlah murid / total murid"
    )


@pytest.mark.parametrize(
    "text",
    [  # kulonprogo-perbup-84-2015-add-perubahan-github#02 and a variant
        "b. hasil penghitungan sebagaimana dimaksud\npada huruf a dikalikan dengan tingkat\n"
        "kesulitan geografis setiap desa.",
        "hasil perhitungan tersebut dikalikan dengan indeks kemahalan konstruksi",
    ],
)
def test_a_result_referred_back_to_is_a_quantity(text: str) -> None:
    assert read(text).variables[0].startswith(("hasil penghitungan", "hasil perhitungan"))
    # the cue still opens a computation
    assert names("berdasarkan hasil penghitungan jumlah A dibagi dengan jumlah B") == [
        "jumlah A",
        "jumlah B",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # kulonprogo-perbup-56-2011-spm-ketahanan-pangan-github#05
        ("Jumlah Cad.Pangan Kabupaten/Kota\nx 100 %\n100 ton", 100),
        ("Produksi gabah\nx 100%\n5.000 ton", 5000),
    ],
)
def test_a_stack_over_an_amount_with_its_unit(text: str, expected: int) -> None:
    formula = read(text)
    (name,) = formula.variables
    assert formula.evaluate({name: expected}).exact == 100


# ---- a formula said twice: in words over named quantities, then in their aliases ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jumlah kelurahan tertib (JKT) dibagi jumlah seluruh kelurahan (JSK)\nJKT/JSK X 100%",
            ["Jumlah kelurahan tertib", "jumlah seluruh kelurahan"],
        ),
        (
            "Jumlah desa mandiri (JDM) dibagi dengan jumlah desa (JD) JDM/JD x 100%",
            ["Jumlah desa mandiri", "jumlah desa"],
        ),
    ],
)
def test_a_formula_restated_in_its_aliases_is_read_once(text: str, expected: list[str]) -> None:
    formula = read(text)
    assert list(formula.variables) == expected
    assert formula.evaluate(dict(zip(expected, (1, 4), strict=True))).exact == 25


def test_a_second_way_with_a_target_is_not_a_restatement() -> None:
    # karangasem-sidemen-iku#01: "… atau DTKB/SLRHD X 100% = 100" (a second way, a target)
    formula = read(
        "Jumlah Desa yang dapat melaksanakan tata kelola pemerintahan dengan baik (DTKB) dibagi "
        "jumlah seluruh Desa (SLRHD) di Kecamatan Sidemen dikalikan seratus persen sama dengan "
        "seratus atau DTKB/SLRHD X 100% = 100"
    )
    assert len(formula.variables) == 2


# ---- an acronym after a slash that names the quantity again -----------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (  # bandarlampung-sdgs-indikator-github#03
            "Jumlah sekolah yang menyediakan fasilitas cuci tangan (terdiri dari air, sanitasi "
            "dan higenis bagi semua ) / WASH per total sekolah tingkat SMP dan SMA/SMK/setara",
            "Jumlah sekolah yang menyediakan fasilitas cuci tangan (terdiri dari air, sanitasi "
            "dan higenis bagi semua ) / WASH",
        ),
        (
            "Jumlah rumah tangga dengan akses sanitasi layak / STBM per jumlah rumah tangga",
            "Jumlah rumah tangga dengan akses sanitasi layak / STBM",
        ),
    ],
)
def test_an_acronym_after_a_slash_then_divided_again(text: str, first: str) -> None:
    formula = read(text)
    assert formula.variables[0] == first
    assert len(formula.variables) == 2
    assert formula.guesses
    # an acronym that divides, with nothing after it, still divides
    assert names("Jumlah dana desa / APBDes") == ["Jumlah dana desa", "APBDes"]


# ---- a numbered list inside an operand ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (  # kks-2025-instrumen-sipantas-github#05, shortened
            "Jumlah penderita hipertensi usia 15 tahun keatas yang mendapatkan pelayanan "
            "kesehatan sesuai standar yang meliputi :\n1. Pengukuran tekanan darah\n"
            "2. Edukasi  perubahan  gaya  hidup  \n3. Terapi Farmakologi \n"
            "dibagi seluruh penyandang hipertensi dikali 100%.",
            "Jumlah penderita hipertensi usia 15 tahun keatas yang mendapatkan pelayanan "
            "kesehatan sesuai standar yang meliputi : 1. Pengukuran tekanan darah 2. Edukasi "
            "perubahan gaya hidup 3. Terapi Farmakologi",
            "seluruh penyandang hipertensi",
        ),
        (
            "Jumlah balita usia 0-59 bulan di wilayah kerja puskesmas yang mendapat pelayanan "
            "kesehatan sesuai standar dalam kurun waktu satu tahun yang terdiri dari :\n"
            "1. Penimbangan\n2. Imunisasi\n/ Jumlah seluruh balita x 100%",
            "Jumlah balita usia 0-59 bulan di wilayah kerja puskesmas yang mendapat pelayanan "
            "kesehatan sesuai standar dalam kurun waktu satu tahun yang terdiri dari : 1. "
            "Penimbangan 2. Imunisasi",
            "Jumlah seluruh balita",
        ),
    ],
)
def test_a_list_of_what_a_quantity_includes_is_its_name(text: str, first: str, second: str) -> None:
    formula = read(text)  # reads back through \text{…}
    assert list(formula.variables) == [first, second]
    assert formula.guesses


def test_a_list_after_a_whole_formula_stays_its_items() -> None:
    formula = read("Jumlah dokumen tersusun : 1. Renstra 2. Renja")
    assert formula.items == ("Renstra", "Renja")


def test_a_letter_x_before_dibagi_ends_a_name_at_the_end_too() -> None:
    # desa-mataair-idm#01 said in words (lang/layout.py _LETTER_X, one guard)
    assert names("Indeks Variabel = Σ Indikator X dibagi Nilai Maksimum X") == [
        "Indikator X",
        "Nilai Maksimum X",
    ]
    with pytest.raises(ikicalc.FormulaSyntaxError, match="ends too early"):
        ikicalc.parse("Jumlah A x")


# ---- enumerators, a word alone in brackets, an amount with its unit ----------------------


def test_enumerators_of_alternatives_inside_a_name() -> None:
    # bps-indah-sdsn-github#01
    text = (
        "Jumlah kelahiran pada perempuan remaja umur\n(i) 10-14 tahun atau (ii) 15-19 tahun pada "
        "periode\ntahun tertentu dibagi jumlah perempuan umur\n10-14 tahun atau 15-19 tahun pada "
        "pertengahan\nperiode yang sama dikali 1.000."
    )
    first, _ = read(text).variables
    assert first.endswith("umur (i) 10-14 tahun atau (ii) 15-19 tahun pada periode tahun tertentu")
    assert names("Jumlah penduduk umur (i) 0-4 tahun atau (ii) 5-9 tahun / jumlah penduduk") == [
        "Jumlah penduduk umur (i) 0-4 tahun atau (ii) 5-9 tahun",
        "jumlah penduduk",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # jabar-biro-adbang-lakip-2016-github#02
            "Merupakan perhitungan APBD baik belanja\nlangsung maupun belanja tidak langsung\n"
            "dengan formulasi realisasi dikurangi rencana\n(target)",
            ["realisasi", "rencana (target)"],
        ),
        ("Jumlah A / Jumlah B x 100% (target 100%)", ["Jumlah A", "Jumlah B"]),
        ("Jumlah A / Jumlah B x 100% (dalam persen)", ["Jumlah A", "Jumlah B"]),
    ],
)
def test_a_word_alone_in_brackets_names_the_quantity_again(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "factor"),
    [
        (  # kulonprogo-perbup-92-2019-tarif-air-minum-github#03
            "(3) Beban biaya minimal atau pemakaian minimal\nadalah saat penggunaan pelanggan "
            "kurang dari\n10 m3 (sepuluh meter kubik) dan tetap\ndikenakan tarif sebesar 10 m3 "
            "(sepuluh meter\nkubik) dikalikan dengan tarif sesuai jenis\npelanggan.",
            "tarif sesuai jenis pelanggan",
            10,
        ),
        ("2 ton dikali harga beras", "harga beras", 2),
        ("10 kg x harga per kg", "harga per kg", 10),
    ],
)
def test_an_amount_with_its_unit_multiplies(text: str, name: str, factor: int) -> None:
    formula = read(text)
    assert list(formula.variables) == [name]
    assert formula.evaluate({name: 3}).exact == 3 * factor
    assert formula.guesses


@pytest.mark.parametrize(
    "text",
    [
        # blitar-disnaker-pengukuran-kinerja-2017-pdfslide#01: letters with no case
        "∑ 𝑝𝑒𝑠𝑒𝑟𝑡𝑎 𝑝𝑒𝑙𝑎𝑡𝑖ℎ𝑎𝑛 𝑦𝑎𝑛𝑔 𝑙𝑢𝑙𝑢𝑠\n\n∑ 𝑠𝑒𝑙𝑢𝑟𝑢ℎ 𝑝𝑒𝑠𝑒𝑟𝑡𝑎 𝑝𝑒𝑙𝑎𝑡𝑖ℎ𝑎𝑛× 100%",
        NTB.upper(),
        "Jumlah Pasien Yang Dirujuk Dibagi Jumlah Seluruh Pasien X 100%",
        "JUMLAH İBU HAMIL YANG DIPERIKSA DIBAGI JUMLAH İBU HAMIL",
    ],
)
def test_a_folded_cell_is_never_folded_again(text: str) -> None:
    folded = casing.fold(text)
    assert folded is None or (len(folded) == len(text) and casing.fold(folded) is None)
    read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # kulonprogo-perbup-84-2015-add-perubahan-github#02 in capitals
            "B. HASIL PENGHITUNGAN SEBAGAIMANA DIMAKSUD\nPADA HURUF A DIKALIKAN DENGAN TINGKAT\n"
            "KESULITAN GEOGRAFIS SETIAP DESA.",
            ["HASIL PENGHITUNGAN SEBAGAIMANA DIMAKSUD PADA HURUF A", "TINGKAT KESULITAN GEOGRAFIS SETIAP DESA"],
        ),
        ("T = (2‰ X NILAI TANAH) + RP100.000,00", ["NILAI TANAH"]),  # pp-128-2015-pnbp-bpn#06
    ],
)  # fmt: skip
def test_a_paragraph_letter_and_the_rupiah_in_capitals(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_abbreviation_of_a_place_at_a_line_end_waits_for_its_name() -> None:
    # banggai-bkpsdm-iki-eselon3#01 in a column 25 characters wide
    assert names("Jumlah data PNS yang\nterupdate / Jumlah\nkeseluruhan PNS di kab.\nBanggai") == [
        "Jumlah data PNS yang terupdate",
        "Jumlah keseluruhan PNS di kab. Banggai",
    ]


def test_two_acronyms_a_slash_joins_under_a_label_stay_one_name() -> None:
    # found by hypothesis (test_roundtrip): the canonical text "PNS = GU/TU" read back as
    # GU / TU; "GU/TU", "KTP/KK" are words (issue 14, cause 9)
    from ikicalc.lang import ast

    formula = Formula(ast.Variable("GU/TU"), label="PNS")
    assert ikicalc.parse(str(formula)) == formula
    assert names("Penyerapan = SMKs/SMK") == ["SMKs", "SMK"]  # a word and its plural: divides
