"""Penalties and surcharges as criminal and tax laws say them (session 28).

Laws raise a penalty by a multiple said in words after a cap (``dihukum denda sebanyak-
banyaknya sepuluh kali jumlah pajak …``), by a fraction alone (``… maksimum pidana yang
terberat ditambah 1/3 (satu per tiga)``: a third of that penalty), or by a sanction named
before its rate (``… jumlah pajak yang sebenarnya terutang beserta sanksi administrasi berupa
denda sebesar 2 (dua) kali …``). Around the formula stand what else befalls (``selain pidana
penjara …, …``), the cap a clause of contrast sets (``…, tetapi tidak melebihi …``), what the
base leaves out (``…, tidak termasuk …``) and the amount's role (``… sebagai cadangan``).
The other families of batches 30 and 31 (a form's note over its columns, an aside that says
which division a ratio is not, a labelled quantity over a number whose bar was lost) close it.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


def _value(text: str, values: dict[str, int]) -> Fraction:
    result = ikicalc.parse(text).evaluate(values).exact
    assert isinstance(result, Fraction)
    return result


@pytest.mark.parametrize(
    ("text", "name", "times"),
    [
        (  # UU 35/1953 (pajak penjualan), Pasal 19: the PDF splits the adverb of degree
            "(1) Barangsiapa tidak, tidak selengkapnya atau tidak pada temponya membayar pajak "
            "menurut Pasal 9, dihukum denda sebanyak- banyaknya sepuluh kali jumlah pajak yang "
            "kurang dibayar.",
            "jumlah pajak yang kurang dibayar",
            10,
        ),
        (
            "dihukum denda setinggi-tingginya empat kali jumlah cukai yang tidak dibayar.",
            "jumlah cukai yang tidak dibayar",
            4,
        ),
        (  # "-fold", and the cap wrapped over two lines
            "Penyisihan dilakukan sampai cadangan mencapai sekurang-\nkurangnya 2 (dua) kali "
            "lipat dari modal yang ditempatkan.",
            "modal yang ditempatkan",
            2,
        ),
        (
            "Biaya rancang bangun adalah sebesar 3 (tiga) kali lipat biaya bahan baku yang "
            "dipergunakan.",
            "biaya bahan baku yang dipergunakan",
            3,
        ),
    ],
)
def test_a_multiple_said_after_a_cap(text: str, name: str, times: int) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (name,)
    assert _value(text, {name: 7}) == times * 7


def test_a_multiple_in_words_deducted_after_a_comma() -> None:
    # PP 22/1948 (penghargaan pengalaman kerja), Pasal 4
    text = (
        "Gaji permulaan baru dengan memperhitungkan pengalaman bekerja diatas tidak boleh "
        "melebihi gaji tertinggi menurut ruangnya, dikurangi dengan tiga kali kenaikan gaji "
        "terakhir, akan tetapi bagi pejabat-pejabat dalam golongan VI ruang g dan h gaji "
        "permulaan masing-masing ditetapkan Rp. 625,- dan Rp. 700,-."
    )
    formula = ikicalc.parse(text)
    assert formula.variables == ("gaji tertinggi menurut ruangnya", "kenaikan gaji terakhir")
    assert _value(text, {"gaji tertinggi menurut ruangnya": 1000, "kenaikan gaji terakhir": 20}) == 940
    assert str(ikicalc.parse("A ditambah dengan 2 (dua) kali B")) == "A + 2 × B"


def test_how_often_inside_a_name_stays_in_words() -> None:
    formula = ikicalc.parse(
        "Jumlah ibu hamil yang mendapat pelayanan paling sedikit empat kali kunjungan / jumlah "
        "ibu hamil x 100%"
    )
    assert formula.variables[0].endswith("paling sedikit empat kali kunjungan")


def test_what_else_befalls_is_set_aside() -> None:
    # UU 21/2014 (panas bumi), Pasal 76
    text = (
        "Dalam hal tindak pidana sebagaimana dimaksud dalam Pasal 67, Pasal 68, Pasal 69, Pasal 74 "
        "dan Pasal 75 dilakukan oleh Badan Usaha, selain pidana penjara atau pidana denda terhadap "
        "pengurusnya, pidana yang dapat dijatuhkan terhadap Badan Usaha tersebut ditambah dengan "
        "1/3 (sepertiga) dari pidana denda."
    )
    assert ikicalc.parse(text).variables == (
        "pidana yang dapat dijatuhkan terhadap Badan Usaha tersebut",
        "pidana denda",
    )


@pytest.mark.parametrize(
    "text",
    [
        (  # UU 1/2023 (KUHP), Pasal 126 ayat (1), as scanned: "l/3 (satu per tiga)"
            "(1) Jika terjadi perbarengan beberapa Tindak Pidana yang\nharus dipandang sebagai "
            "Tindak Pidana yang berdiri\nsendiri dan diancam dengan pidana pokok yang tidak\n"
            "sejenis, pidana yang dijatuhkan adalah semua jenis\npidana untuk Tindak Pidana "
            "masing-masing, tetapi\ntidak melebihi maksimum pidana yang terberat\nditambah l/3 "
            "(satu per tiga)."
        ),
        "maksimum pidana yang terberat ditambah 1/3 (sepertiga).",
    ],
)
def test_a_fraction_alone_is_a_share_of_the_penalty(text: str) -> None:
    name = "maksimum pidana yang terberat"
    assert ikicalc.parse(text).variables == (name,)
    assert _value(text, {name: 90}) == 120
    codes = [finding.code for finding in ikicalc.lint(text)]
    assert "W110" in codes  # a guess, said


def test_a_fraction_with_its_operand_or_above_one_is_not_a_share() -> None:
    assert str(ikicalc.parse("A ditambah 1/3 dari B")) == "A + 1 / 3 × B"
    assert str(ikicalc.parse("A + 3/2")) == "A + 3 / 2"
    assert ikicalc.lint("A + 3/2") == []


def test_a_sanction_together_with_the_tax_is_their_sum() -> None:
    # UU 16/2000 (KUP), Pasal 8 ayat (3)
    text = (
        "(3) Sekalipun telah dilakukan tindakan pemeriksaan, tetapi sepanjang belum dilakukan "
        "tindakan penyidikan mengenai adanya ketidakbenaran yang dilakukan Wajib Pajak "
        "sebagaimana dimaksud dalam Pasal 38, terhadap ketidakbenaran perbuatan Wajib Pajak "
        "tersebut tidak akan dilakukan penyidikan, apabila Wajib Pajak dengan kemauan sendiri "
        "mengungkapkan ketidakbenaran perbuatannya tersebut dengan disertai pelunasan kekurangan "
        "pembayaran jumlah pajak yang sebenarnya terutang beserta sanksi administrasi berupa "
        "denda sebesar 2 (dua) kali jumlah pajak yang kurang dibayar."
    )
    owed, short = (
        "kekurangan pembayaran jumlah pajak yang sebenarnya terutang",
        "jumlah pajak yang kurang dibayar",
    )
    assert ikicalc.parse(text).variables == (owed, short)
    assert _value(text, {owed: 500, short: 100}) == 700
    other = "wajib melunasi A beserta sanksi administrasi berupa kenaikan sebesar 200% dari B"
    assert _value(other, {"A": 10, "B": 10}) == 30


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # PMK 37/2025, Pasal 8 ayat (1): what the base leaves out
            "(1) Besarnya pungutan Pajak Penghasilan Pasal 22 yaitu sebesar 0,5% (nol koma lima "
            "persen) dari Peredaran Bruto yang diterima, tidak termasuk pajak pertambahan nilai.",
            "Peredaran Bruto yang diterima",
        ),
        (  # UU 6/1982 (hak cipta), Pasal 15 huruf a: the amount's role
            "a. Pengutipan ciptaan pihak lain sampai sebanyak-banyaknya 10% (sepuluh persen) dari "
            "kesatuan yang bulat tiap ciptaan yang dikutip sebagai bahan untuk menguraikan masalah "
            "yang dikemukakan;",
            "kesatuan yang bulat tiap ciptaan yang dikutip",
        ),
    ],
)
def test_words_after_a_share_close_its_base(text: str, name: str) -> None:
    assert ikicalc.parse(text).variables == (name,)


def test_a_need_a_name_states_is_the_names() -> None:
    # UU 78/1958 (penanaman modal asing), Pasal 19 ayat (2)
    formula = ikicalc.parse(
        "(2) Keuntungan dalam ayat 1 huruf a diartikan sebagai hasil perusahaan setelah dikurangi "
        "dengan semua ongkos yang perlu untuk mendapatkan dan memelihara hasil tersebut."
    )
    assert formula.variables == (
        "hasil perusahaan",
        "semua ongkos yang perlu untuk mendapatkan dan memelihara hasil tersebut",
    )
    purpose = ikicalc.parse("A dibagi B dikalikan 100 untuk mendapatkan persentasenya")
    assert purpose.variables == ("A", "B")


def test_a_multiple_of_an_amount_said_with_dari() -> None:
    # PP 45/2010 (uang kehormatan), Pasal 3 ayat (2)
    text = (
        "(2) Uang kehormatan sebagaimana dimaksud pada ayat (1) diberikan sebesar 6 (enam) kali "
        "dari penghasilan setiap bulan."
    )
    assert ikicalc.parse(text).variables == ("penghasilan setiap bulan",)
    assert _value(text, {"penghasilan setiap bulan": 5}) == 30


def test_a_factor_named_before_its_number() -> None:
    # UU 6/1953 (tanah partikelir), the explanation of Pasal 5
    text = (
        "Pendapatan bersih itu dikalikan suatu kapitalisatie-faktor 14, yang sejak tahun 1949 "
        "dengan persetujuan tuan-tuan tanah sendiri ditinjau lagi dan ditentukan oleh Pemerintah "
        "waktu itu menjadi 17,9."
    )
    assert str(ikicalc.parse(text)) == "Pendapatan bersih itu × 14"


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        (  # PP 9/1956 (perjalanan luar negeri tenaga asing): a percent deducted from a name, in words
            "uang-harian tersebut dikurangi dengan 50%;",
            "uang-harian tersebut - 50% × uang-harian tersebut",
            Fraction(50),
        ),
    ],
)
def test_a_percent_alone_is_a_share_of_the_name(text: str, left: str, right: Fraction) -> None:
    assert str(ikicalc.parse(text)) == left
    assert _value(text, {"uang-harian tersebut": 100}) == right
    assert "W110" in [finding.code for finding in ikicalc.lint(text)]
    assert str(ikicalc.parse("Realisasi / Target x 100% - 100%")) == (
        "Realisasi / Target × 100% - 100%"
    )  # a difference in points after a ratio, no share
    assert str(ikicalc.parse("Nilai capaian - 50%")) == "Nilai capaian - 50%"  # written in signs


def test_a_listed_case_before_a_share() -> None:
    # PP 135/2000 (penyitaan dalam penagihan pajak), Pasal 23
    assert str(ikicalc.parse("a. secara lelang, 1% (satu persen) dari pokok lelang.")) == (
        "1% × pokok lelang"
    )


def test_a_deduction_after_a_comma_and_a_list_of_examples() -> None:
    # UU 36/1953 (Bank Tabungan Pos), Pasal 12 ayat (6)
    text = (
        "(6) Pendapatan karena tanda-tanda bunga (coupon) dan surat utang yang telah dapat "
        "ditunaikan, setelah dikurangi dengan ongkos-ongkos yang masih harus dibayar karena "
        "komisi, upah penitipan dan lain- lain, oleh Bank Tabungan Pos ditulis sebagai tabungan "
        "biasa di dalam buku tabungan atas nama penabung."
    )
    assert ikicalc.parse(text).variables == (
        "Pendapatan karena tanda-tanda bunga (coupon) dan surat utang yang telah dapat ditunaikan",
        "ongkos-ongkos yang masih harus dibayar karena komisi, upah penitipan dan lain- lain",
    )
    plain = ikicalc.parse("Uang tunai yang telah ditegah, setelah dikurangi pembayaran sanksi")
    assert str(plain) == "Uang tunai yang telah ditegah - pembayaran sanksi"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # PP 67/2002, Pasal 14 ayat (4): when the amount stands
            "(4) Badan Pengatur dapat mempunyai cadangan dana operasional setinggi-tingginya "
            "sebesar 3 (tiga) kali biaya rata-rata operasional tahun berjalan, pada akhir tahun "
            "anggaran yang bersangkutan.",
            ("biaya rata-rata operasional tahun berjalan",),
        ),
        (  # PP 45/1994: what the tax is
            "Penghasilan yang diterima Pejabat Negara dipotong Pajak Penghasilan Pasal 21 sebesar "
            "15% (lima belas persen) dari penerimaan bruto, dan bersifat final.",
            ("penerimaan bruto",),
        ),
        (  # UU 16/2012, Pasal 42 ayat (2): what the share is for
            "Industri Pertahanan menyediakan paling rendah 5% (lima persen) dari laba bersih untuk "
            "kepentingan penelitian dan pengembangan.",
            ("laba bersih",),
        ),
        (  # UU 18/2011: how long the multiple runs
            "2) penurunan gaji sebesar 1 (satu) kali kenaikan gaji berkala paling lama 1 (satu) "
            "tahun;",
            ("kenaikan gaji berkala",),
        ),
        (  # UU 5/1997 (psikotropika), Pasal 70: what else may befall
            "kepada korporasi dikenakan pidana denda sebesar 2 (dua) kali pidana denda yang "
            "berlaku untuk tindak pidana tersebut dan dapat dijatuhkan pidana tambahan berupa "
            "pencabutan izin usaha.",
            ("pidana denda yang berlaku untuk tindak pidana tersebut",),
        ),
    ],
)
def test_what_a_sentence_says_after_its_amount(text: str, names: tuple[str, ...]) -> None:
    assert ikicalc.parse(text).variables == names


def test_the_columns_of_a_form_note() -> None:
    # Permen PUPR 5/2024, the notes of its report form
    text = (
        "7. Diisi nilai PNBP yang diberikan besaran Tarif PNBP sampai dengan Rp0,00 \n(nol rupiah "
        ") atau 0% (nol persen ) selama semester I dengan mengalikan nilai \nkolom ( 5) dan kolom "
        "( 6) pada satuan kerja bersangkutan. "
    )
    assert str(ikicalc.parse(text)) == "kolom ( 5) × kolom ( 6)"
    summed = ikicalc.parse("Diisi dengan menjumlahkan kolom 2, kolom 3 dan kolom 4.")
    assert str(summed) == "kolom 2 + kolom 3 + kolom 4"
    assert str(ikicalc.parse("diisi dengan membagi kolom (3) dengan kolom (4)")) == (
        "kolom (3) / kolom (4)"
    )


def test_an_aside_that_says_which_division_it_is_not() -> None:
    # BPS Kutai Kartanegara, glossary: tingkat pengangguran terbuka
    text = "Penganggur dibagi angkatan kerja (bukan dibagi seluruh penduduk), dikali 100."
    assert str(ikicalc.parse(text)) == "Penganggur / angkatan kerja × 100"


def test_a_labelled_quantity_over_a_number_alone() -> None:
    # Permenhut 17/2025 (kelas tiket wisata alam), its bar lost in the PDF text
    text = "nilai akhir = jumlah tertimbang semua kriteria \n100 "
    assert str(ikicalc.parse(text)) == "nilai akhir = jumlah tertimbang semua kriteria / 100"
    assert "W110" in [finding.code for finding in ikicalc.lint(text)]
    assert ikicalc.parse("Nilai = Jumlah penduduk\n2023").variables == ("Jumlah penduduk 2023",)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (  # PP 21/1948, Pasal 9 ayat (2): a time clause, then "each time" before the operator
            "(2) Pada waktu kenaikan gaji dan/atau kenaikan pangkat, jumlah tambahan gaji tersebut "
            "tiap-tiap kali dikurangi dengan jumlah tambahan gaji pokok.",
            "jumlah tambahan gaji tersebut - jumlah tambahan gaji pokok",
        ),
        (  # UU 22/2001 (migas), Pasal 56 ayat (2): a stipulation sets the cap computed
            "(2) Dalam hal tindak pidana dilakukan oleh Badan Usaha atau Bentuk Usaha Tetap, "
            "pidana yang dijatuhkan kepada Badan Usaha atau Bentuk Usaha Tetap tersebut adalah "
            "pidana denda, dengan ketentuan paling tinggi pidana denda ditambah sepertiganya.",
            "pidana denda + pidana denda / 3",
        ),
        (  # PP 57/2010, the explanation of Pasal 5: a condition with a comparison, then a mean
            "Huruf a Dalam hal salah satu pihak memiliki perbedaan antara nilai aset tahun terakhir "
            "dengan nilai aset tahun sebelumnya sebesar 30% atau lebih, maka nilai asetnya dihitung "
            "berdasarkan rata-rata nilai aset 3 (tiga) tahun terakhir.",
            "rata-rata nilai aset 3 (tiga) tahun terakhir",
        ),
        (  # PP 17/2022 (pendanaan IKN), a scan's percent read "yo"
            "(4) Persetujuan penggunaan dana dapat diberikan sampai dengan sebesar looyo (seratus "
            "persen) dari penerimaan negara bukan pajak yang diterima.",
            "1 × penerimaan negara bukan pajak yang diterima",
        ),
        (  # PP 41/2015, Pasal 48: a scan's per mille with its caret and spaces
            "b. 1 ^o / oo (satu per mil) dari nilai investasi",
            "0,1% × nilai investasi",
        ),
        (  # PP 9/1984: what an amount consists of, listed with no "dan"
            "(2) Penghasilan sebagaimana dimaksud dalam ayat (1) terdiri dari:\na. pensiun pokok;\n"
            "b. tunjangan isteri/suami;\nc. tunjangan anak;",
            "pensiun pokok + tunjangan isteri/suami + tunjangan anak",
        ),
        (  # PP 19/1952, Pasal 5 ayat (1): an alternative base after "atau,"
            "(1) Besarnya pokok pensiun janda adalah 20% dari gaji yang terakhir diterima oleh "
            "pembayar-iuran-wajib yang meninggal atau, apabila menguntungkan, dari pertengahan "
            "jumlah gaji yang tertinggi dan gaji-gaji terdekatnya, yang diterimanya untuk 12 bulan.",
            "20% × gaji yang terakhir diterima oleh pembayar-iuran-wajib yang meninggal",
        ),
    ],
)
def test_more_regulation_sentences(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written


def test_a_typed_percent_is_not_a_division_by_zero_point() -> None:
    # "50 / 0,9": digits around a spaced slash divide (Indeks Kualitas Udara)
    assert str(ikicalc.parse("IKU = 100 – ((50 / 0,9) x (Ieu – 0,1))")) == (
        "IKU = 100 - 50 / 0,9 × (Ieu - 0,1)"
    )


def test_how_a_law_was_amended_is_no_sum() -> None:
    # PP 14/1970 (tunjangan kerja Menteri Negara), Pasal 1 ayat (1): "diubah dan ditambah
    # terakhir dengan", the regulations' phrase of an amendment, before the amount
    text = (
        "(1) Di atas penghasilan yang berhak di terima menurut Peraturan Pemerintah Nomor 17 tahun "
        "1967, sebagaimana telah diubah dan ditambah terakhir dengan Peraturan Pemerintah Nomor22 "
        "tahun 1969, kepada Menteri Negara Republik Indonesia diberikan setiap bulan "
        "tunjangan-kerja sebesar 50% (lima puluh perseratus) dari penghasilan itu."
    )
    assert str(ikicalc.parse(text)) == "50% × penghasilan itu"
    named = ikicalc.parse("Jumlah peraturan yang diubah dan ditambah / Jumlah peraturan x 100%")
    assert named.variables == ("Jumlah peraturan yang diubah dan ditambah", "Jumlah peraturan")
    assert str(ikicalc.parse("A ditambah B")) == "A + B"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (  # PP 58/1959: an amount in rupiah after "ditambah dengan", said again in words
            "A ditambah dengan Rp. 45,- (empat puluh lima rupiah) sehari",
            "A + 45",
        ),
        (  # PP 37/1958, Pasal 5 ayat (2): a cap said "tidak boleh dibayarkan lebih dari"
            "(2) Uang sidang dibayarkan kepada Anggota DPRD yang hadir pada tiap-tiap sidang DPRD "
            "yang sah, akan tetapi dalam satu hari satu malam tidak boleh dibayarkan lebih dari 2 "
            "kali jumlah tersebut dalam ayat (1).",
            "2 × jumlah tersebut dalam ayat (1)",
        ),
        (  # PP 106/2021: "berjumlah" before a multiple, "kali lipat dari"
            "(6) Calon anggota DPRP atau DPRK yang diusulkan mengikuti seleksi sebagaimana dimaksud "
            "pada ayat (3) berjumlah 3 (tiga) kali lipat dari jumlah alokasi kursi pada setiap "
            "daerah pengangkatan.",
            "3 × jumlah alokasi kursi pada setiap daerah pengangkatan",
        ),
        (  # PP 5/2010 (kenavigasian), Pasal 7 ayat (3): the sentence's cap, its relative clause
            # far before it; a multiple of one and a half
            "(3) Kapal yang berlabuh jangkar pada alur sempit, sungai, atau danau yang lebar alurnya "
            "kurang dari 500 (lima ratus) meter sebagaimana dimaksud pada ayat (2) wajib menjaga "
            "jarak aman paling sedikit satu setengah kali panjang kapal.",
            "1,5 × panjang kapal",
        ),
        (  # PP 37/1985 (pos): a multiple of a fee after "dibayar"
            "maka dilakukan pencatatan oleh Perum dan pada waktu penyerahan, harus dibayar dua kali "
            "bea catat.",
            "2 × bea catat",
        ),
        (  # PP 34/1964: a rounding said as a manner closes the base
            "Tunjangan jabatan termaksud pasal 2 berjumlah 75% (tujuh puluh lima perseratus) dari "
            "gaji pokok dengan dibulatkan ke atas dalam puluhan rupiah dan dibayarkan bersama "
            "dengan pembayaran gaji tiap bulan.",
            "75% × gaji pokok",
        ),
        (  # PP 40/1956: a rate said in words "per seratus"
            "2. Jika meninggalnya itu disebabkan di dalam dan oleh karena dinas, maka pensiun janda "
            "tersebut dalam ayat 1 di atas ditambah dengan dua puluh lima per seratus dari gaji "
            "terakhir dari mendiang suaminya.",
            "pensiun janda tersebut dalam ayat 1 di atas + 0,25 × gaji terakhir dari mendiang "
            "suaminya",
        ),
        (  # PP 2/1951: the same, a share of the pension itself
            "maka pensiun-janda itu ditambah dengan lima puluh per seratus dengan ketentuan bahwa "
            "pensiun-janda itu tidak boleh lebih dari dua ratus lima puluh rupiah.",
            "pensiun-janda itu + 50% × pensiun-janda itu",
        ),
        (  # UU 30/2009, Pasal 51 ayat (2): the form the penalty takes
            "(2) Dalam hal pidana sebagaimana dimaksud pada ayat (1) dikenakan terhadap badan "
            "usaha, pidana yang dikenakan berupa denda maksimal ditambah sepertiganya.",
            "denda maksimal + denda maksimal / 3",
        ),
        (  # PP 47/1994: a condition's consequent opens with a difference
            "Dalam hal terjadi pengalihan harta perusahaan kepada pegawainya, maka keuntungan "
            "berupa selisih antara harga pasar harta tersebut dengan nilai sisa buku merupakan "
            "penghasilan bagi perusahaan.",
            "harga pasar harta tersebut - nilai sisa buku",
        ),
        (  # PP 24/1968: "sebelum dikurangkan" names the tax before the credit, no subtraction
            "a. Jumlah (investment tax) credit tersebut setiap tahun tidak melebihi 50% dari jumlah "
            "pajak yang harus dibayar seperti tersebut pada pasal 1 sebelum dikurangkan dengan "
            "investment tax credit tersebut;",
            "50% × jumlah pajak yang harus dibayar seperti tersebut pada pasal 1 sebelum "
            "dikurangkan dengan investment tax credit tersebut",
        ),
    ],
)
def test_batch_32_regulations(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written


def test_how_often_after_sebanyak_in_a_name_is_no_multiple() -> None:
    # a count inside an indicator's name ("… sebanyak 3 kali dosis"): no product, while a
    # regulation's "sebanyak 2 (dua) kali jumlah …" multiplies an amount
    formula = ikicalc.parse("Jumlah bayi yang diimunisasi sebanyak 3 kali dosis / Jumlah bayi x 100%")
    assert formula.variables == ("Jumlah bayi yang diimunisasi sebanyak 3 kali dosis", "Jumlah bayi")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a threshold inside a counted name before the division, no preamble's "sebesar"
            "Jumlah desa yang realisasi PBB sebesar 100% / Jumlah desa x 100%",
            ("Jumlah desa yang realisasi PBB sebesar 100%", "Jumlah desa"),
        ),
        (  # "dengan nilai …": no weight's noun, the name's words
            "Jumlah pegawai yang dinilai dengan nilai sebesar 80 / jumlah pegawai x 100%",
            ("Jumlah pegawai yang dinilai dengan nilai sebesar 80", "jumlah pegawai"),
        ),
    ],
)
def test_a_number_inside_an_indicators_name_stays_there(text: str, names: tuple[str, ...]) -> None:
    assert ikicalc.parse(text).variables == names
    assert str(ikicalc.parse("Nilai SKP dengan bobot 60% ditambah Nilai Perilaku dengan bobot 40%")) == (
        "Nilai SKP × 60% + Nilai Perilaku × 40%"
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Jumlah pengaduan / Jumlah pengaduan yang diselesaikan paling lama 5 hari kerja",
            ("Jumlah pengaduan", "Jumlah pengaduan yang diselesaikan paling lama 5 hari kerja"),
        ),
        (
            "Jumlah desa / Jumlah desa yang dapat dijangkau dan dapat dilayani",
            ("Jumlah desa", "Jumlah desa yang dapat dijangkau dan dapat dilayani"),
        ),
        ("Jumlah dana / jumlah dana untuk dibagikan", ("Jumlah dana", "jumlah dana untuk dibagikan")),
        (
            "Jumlah dokumen / jumlah dokumen yang digunakan sebagai bahan evaluasi",
            ("Jumlah dokumen", "jumlah dokumen yang digunakan sebagai bahan evaluasi"),
        ),
    ],
)
def test_a_ratios_names_keep_what_closes_a_share(text: str, names: tuple[str, ...]) -> None:
    # the clauses that close a share's or a multiple's base (a term, what it may befall, a
    # purpose, a role) are the words of a ratio's names
    assert ikicalc.parse(text).variables == names


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (  # UU 17/2014 (MD3), Pasal 37 ayat (2): a share, then a count added, with its unit
            "(2) Sidang paripurna MPR sebagaimana dimaksud pada ayat (1) dapat memutuskan pengubahan "
            "pasal Undang- Undang Dasar Negara Republik Indonesia Tahun 1945, dengan persetujuan "
            "paling sedikit 50% (lima puluh persen) dari jumlah anggota ditambah 1 (satu) anggota.",
            "50% × jumlah anggota + 1",
        ),
        (  # PP 8/1975: half of the allowance, then another allowance added
            "(1) Kepada janda/duda Perintis Pergerakan Kebangsaan/Kemerdekaan yang tidak menikah "
            "lagi dapat diberikan tunjangan sebesar separoh dari tunjangan yang diberikan kepada "
            "almarhum suaminya/almarhumah isterinya ditambah dengan tunjangan lain sesuai dengan "
            "Pasal 2 ayat (2).",
            "0,5 × tunjangan yang diberikan kepada almarhum suaminya/almarhumah isterinya + "
            "tunjangan lain sesuai dengan Pasal 2 ayat (2)",
        ),
        ("30% dari A dikurangi B", "30% × (A - B)"),  # a deduction nets the base
        ("30% dari A dikurangi B ditambah C", "30% × (A - B) + C"),
        ("dua pertiga dari A dikurangi B", "2 / 3 × (A - B)"),
    ],
)
def test_a_share_is_of_its_base_net_of_deductions(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written


def test_a_constants_unit_and_a_ranges_unit() -> None:
    assert str(ikicalc.parse("A ditambah 1 (satu) suara")) == "A + 1"
    ranged = ikicalc.parse("Jumlah sekolah SD dibagi jumlah penduduk usia 7-12 tahun.")
    assert ranged.variables == ("Jumlah sekolah SD", "jumlah penduduk usia 7-12 tahun")
    spaced = ikicalc.parse("Jumlah siswa / Jumlah penduduk usia 13 - 15 tahun x 100%")
    assert spaced.variables == ("Jumlah siswa", "Jumlah penduduk usia 13 - 15 tahun")


def test_for_those_who_is_no_step_of_a_script() -> None:
    # PP 58/1959: ", bagi yang menginap dilosmen dengan …" is "for those who", no "bagi A dengan B"
    text = (
        "2. menurut kwitansi losmen ditambah dengan Rp. 45,- (empat puluh lima rupiah) sehari, "
        "bagi yang menginap dilosmen dengan tidak mendapat makan;"
    )
    assert "/" not in str(ikicalc.parse(text))
