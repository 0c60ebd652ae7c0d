"""Regulation passages as PDF text and long legal sentences give them (session 23, from the
development half of batch 26): the sentence that introduces a formula wrapped over lines, a
numbered list under a legend's last entry, and the words that say an amount is made of what
follows. Session 22's code misread each (the guard excepted)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.readings import read_back


def _value(text: str, values: tuple[int, ...]) -> Fraction:
    formula = read_back(text)
    return Fraction(formula.evaluate(dict(zip(formula.variables, values, strict=True))).exact)


def test_an_intro_sentence_wrapped_over_lines_above_the_equation() -> None:
    """Perbup Kulon Progo 57/2015: the ayat's sentence over three lines, then the symbol's
    equation and its legend."""
    text = (
        "(2) Cara perhitungan besaran          sewa tanah\n"
        "sebagaimana dimaksud pada ayat (1) diatur\n"
        "dengan rumus sebagai berikut :\n"
        "St = (3,33 % x Lt x Nt)\n"
        "Keterangan:\n"
        "St         =     Sewa Tanah\n"
        "Lt         =     Luas Tanah\n"
        "Nt         =     Nilai Tanah"
    )
    assert read_back(text).variables == ("Luas Tanah", "Nilai Tanah")
    assert _value(text, (100, 1000)) == Fraction(333, 100) * 1000


def test_a_numbered_list_under_the_last_entry_is_a_note() -> None:
    """The rates of depreciation listed under 'Nsb = Nilai Sisa Bangunan' (Perbup Kulon Progo
    57/2015) say how that value is found; they end the entry, no entry of their own."""
    text = (
        "Sb = (6,64 % x Lb x Hs x Nsb)\n"
        "Keterangan :\n"
        "Sb    =    Sewa bangunan\n"
        "Lb    =    Luas lantai bangunan\n"
        "Hs    =    Harga satuan bangunan standar\n"
        "dalam keadaan baru\n"
        "Nsb   =    Nilai Sisa Bangunan\n"
        "1.   Penyusutan      untuk     bangunan\n"
        "permanen = 2 % per tahun;\n"
        "2.   Penyusutan untuk bangunan semi\n"
        "permanen = 4 % per tahun;"
    )
    assert read_back(text).variables == (
        "Luas lantai bangunan",
        "Harga satuan bangunan standar dalam keadaan baru",
        "Nilai Sisa Bangunan",
    )


@pytest.mark.parametrize(
    ("text", "variables", "values", "value"),
    [
        (  # UU 1/2009: what the tariff is made of
            "Tarif jarak terdiri dari biaya pokok rata-rata ditambah dengan keuntungan wajar.",
            ("biaya pokok rata-rata", "keuntungan wajar"),
            (10, 3),
            Fraction(13),
        ),
        (  # Perda Kulon Progo 7/1997: "diperhitungkan menurut"
            "Untuk kelebihan jarak berikutnya\ndiperhitungkan menurut sisa jarak pergi pulang "
            "dibagi dua, dikalikan harga per\nliter bahan bakar.",
            ("sisa jarak pergi pulang", "harga per liter bahan bakar"),
            (10, 3),
            Fraction(15),
        ),
        (  # Perda Kulon Progo 19/2003: "dengan perhitungan" after the condition
            "(2) Anggota Direksi yang diberhentikan dengan hormat sebelum masa\njabatannya "
            "berakhir mendapat uang jasa pengabdian dengan syarat\ntelah menjalankan tugas "
            "selama paling sedikit 1 (satu) tahun dengan\nperhitungan lama bertugas dibagi "
            "dengan masa jabatan dikali 5 %\n(lima per seratus) dari laba sebelum dipotong "
            "pajak setelah diaudit\ndari Tahun Buku sebelum tugasnya berakhir.",
            (
                "lama bertugas",
                "masa jabatan",
                "laba sebelum dipotong pajak setelah diaudit dari Tahun Buku sebelum tugasnya "
                "berakhir",
            ),
            (2, 4, 1000),
            Fraction(25),
        ),
    ],
)
def test_words_that_say_what_an_amount_is_made_of(
    text: str, variables: tuple[str, ...], values: tuple[int, ...], value: Fraction
) -> None:
    assert read_back(text).variables == variables
    assert _value(text, values) == value


def test_terdiri_dari_inside_a_bracket_stays_in_the_name() -> None:
    """'(terdiri dari air, sanitasi dan higenis …)' qualifies the facilities of a name (the
    SDG indicator of Bandar Lampung): no cue of the formula."""
    text = (
        "Jumlah sekolah yang menyediakan fasilitas cuci tangan (terdiri dari air, sanitasi dan "
        "higenis bagi semua ) / WASH per total sekolah tingkat SMP dan SMA/SMK/setara"
    )
    assert read_back(text).variables[0].startswith("Jumlah sekolah yang menyediakan")


@pytest.mark.parametrize(
    ("text", "variables", "values", "value"),
    [
        (  # PP 36/1968: an item's letter glued to its first word, a share right before a pay
            "a.Pensiun Pokok Warakawuri = 35% (tiga puluh lima perseratus) gaji pokok terakhir.",
            ("gaji pokok terakhir",),
            (1000,),
            Fraction(350),
        ),
        (  # a share before a pay after a copula, no "dari"
            "Pensiun pokok sebesar 75% (tujuh puluh lima persen) gaji pokok terakhir",
            ("gaji pokok terakhir",),
            (1000,),
            Fraction(750),
        ),
        (  # PP 54/2004: "sebanyak" before the number opens the amount
            "a. Jumlah Anggota Wakil Adat sebanyak 1/3 (sepertiga) dari jumlah Anggota MRP;",
            ("jumlah Anggota MRP",),
            (300,),
            Fraction(100),
        ),
        (  # PP 14/1997: the quote that closes an amended ayat quoted whole
            "(2) Besarnya Pajak Penghasilan sebagaimana dimaksud pada ayat (1) adalah 0,1% (satu "
            'per seribu) dari jumlah bruto nilai transaksi penjualan."',
            ("jumlah bruto nilai transaksi penjualan",),
            (1000,),
            Fraction(1),
        ),
        (  # PP 37/2003: the share is the difference's first term, not of the difference
            "kepadanya diberikan tambahan penghasilan sebesar selisih antara 15% (lima belas "
            "persen) dari pensiun pokok baru dengan kenaikan penghasilannya.",
            ("pensiun pokok baru", "kenaikan penghasilannya"),
            (1000, 100),
            Fraction(50),
        ),
        (  # Permendikbud 3/2020: the sum of the products, row by row, over the credits
            "(6) Indeks Prestasi Semester (IPS) sebagaimana dimaksud pada ayat (4) dinyatakan "
            "dalam besaran yang dihitung dengan cara menjumlahkan perkalian antara nilai huruf "
            "setiap mata kuliah yang ditempuh dan sks mata kuliah bersangkutan dibagi dengan "
            "jumlah sks mata kuliah yang diambil dalam satu semester.",
            (
                "nilai huruf setiap mata kuliah yang ditempuh",
                "sks mata kuliah bersangkutan",
                "jumlah sks mata kuliah yang diambil dalam satu semester",
            ),
            None,
            None,
        ),
        (  # Perbup Kulon Progo 13/2015: how long it is paid is no part of the amount
            "a. Kepala Desa yang diberhentikan dengan hormat diberikan Jaminan Hari Tua sebesar "
            "1/5 (satu per lima) dari Penghasilan Tetap dengan jangka waktu pemberian sesuai "
            "masa kerja;",
            ("Penghasilan Tetap",),
            (1000,),
            Fraction(200),
        ),
        (  # Perda Kulon Progo 19/2003: how the amount is shared after it
            "(1) Setiap akhir masa jabatan, Direksi mendapat uang jasa pengabdian sebesar 5 % "
            "(lima per seratus) dari laba sebelum dipotong pajak dengan perbandingan Direktur "
            "mendapat 80 % (delapan puluh per seratus) dari Direktur Utama.",
            ("laba sebelum dipotong pajak",),
            (1000,),
            Fraction(50),
        ),
        (  # the UU APBN: the amount the share is estimated at, said again
            "DAU dialokasikan sebesar 27,7% (dua puluh tujuh koma tujuh persen) dari Pendapatan "
            "Dalam Negeri (PDN) neto atau diperkirakan sebesar Rp385.360.847.100.000,00 (tiga "
            "ratus delapan puluh lima triliun rupiah).",
            ("Pendapatan Dalam Negeri (PDN) neto",),
            (1000,),
            Fraction(277),
        ),
    ],
)
def test_amounts_in_long_legal_sentences(
    text: str,
    variables: tuple[str, ...],
    values: tuple[int, ...] | None,
    value: Fraction | None,
) -> None:
    assert read_back(text).variables == variables
    if values is not None:
        assert _value(text, values) == value


def test_the_sum_of_products_adds_row_by_row() -> None:
    text = "Skor dihitung dengan menjumlahkan perkalian antara nilai dan bobot."
    formula = read_back(text)
    assert formula.variables == ("nilai", "bobot")
    result = formula.evaluate({"nilai": [1, 2, 3], "bobot": [4, 5, 6]})
    assert result.exact == 1 * 4 + 2 * 5 + 3 * 6


def test_a_share_before_words_that_name_no_pay_stays_in_the_name() -> None:
    """Only a pay (upah, gaji, penghasilan, tunjangan, pensiun …) is taken as what a share
    written right before it is of: 'Target sebesar 80% desa tertib' computes nothing."""
    assert "×" not in str(read_back("Target sebesar 80% desa tertib"))


def test_a_list_deducted_after_setelah_is_deducted_whole() -> None:
    """PP 80/2010: the rate applies to the gross income less every item of the list."""
    text = (
        "(3) Besarnya Pajak Penghasilan Pasal 21 sebagaimana dimaksud pada ayat (1) dihitung "
        "dengan menerapkan tarif Pasal 17 ayat (1) huruf a Undang-Undang Pajak Penghasilan atas "
        "jumlah penghasilan bruto setelah dikurangi dengan biaya jabatan atau biaya pensiun, "
        "iuran pensiun, dan Penghasilan Tidak Kena Pajak."
    )
    assert len(read_back(text).variables) == 5
    assert _value(text, (2, 100, 10, 20, 30)) == 2 * (100 - 10 - 20 - 30)


def test_berjumlah_and_dari_pada() -> None:
    """PP 50/1971: 'berjumlah' before the figure opens the amount, 'dari pada' (the old
    spelling of 'daripada') is the share's 'dari'."""
    text = (
        "pembayaran kepada Pemerintah berjumlah 50% (lima puluh perseratus) dari pada jumlah "
        "laba bersih perusahaan setelah dikurangi dengan kerugian tahun-tahun yang lalu."
    )
    assert read_back(text).variables == (
        "jumlah laba bersih perusahaan",
        "kerugian tahun-tahun yang lalu",
    )
    assert _value(text, (100, 20)) == 40


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # Perbup Kulon Progo 10/2014's report form: the blank left for the figure
            "Sisa Anggaran              : Rp. ...................... (Anggaran dikurangi seluruh "
            "jumlah penerimaan\nTPAPD dan tunjangan Kehormatan BPD)",
            ("Anggaran", "seluruh jumlah penerimaan TPAPD dan tunjangan Kehormatan BPD"),
        ),
        (  # Perbup Kulon Progo 62/2010: 'adalah dari' before the first quantity
            "(2) Besarnya pajak untuk jenis reklame sebagaimana\ndimaksud pada ayat (1) adalah "
            "dari Harga Dasar\nPengenaan Pajak Reklame dikalikan Tarif Pajak\nReklame.",
            ("Harga Dasar Pengenaan Pajak Reklame", "Tarif Pajak Reklame"),
        ),
        (  # Perbup Kulon Progo 25/2012: what the purpose needs is the formula
            "(3) Untuk menghitung potensi retribusi, diperlukan\nestimasi nilai bangunan menara "
            "telekomunikasi\ndikalikan dengan tarif retribusi.",
            ("estimasi nilai bangunan menara telekomunikasi", "tarif retribusi"),
        ),
    ],
)
def test_words_before_the_first_quantity(text: str, variables: tuple[str, ...]) -> None:
    assert read_back(text).variables == variables


def test_akumulasi_dari_a_list_closed_by_comma_and_dan() -> None:
    """Perwali Kendari 9/2024: 'akumulasi dari A, B, dan C' sums the list; after the comma
    and 'dan' that close it, a 'dan' is a word of the last item."""
    text = (
        "THR paling banyak sebesar akumulasi dari uang representasi, tunjangan keluarga, dan "
        "tunjangan jabatan pimpinan dan anggota DPRD."
    )
    assert read_back(text).variables == (
        "uang representasi",
        "tunjangan keluarga",
        "tunjangan jabatan pimpinan dan anggota DPRD",
    )
    assert _value(text, (1, 2, 4)) == 7
