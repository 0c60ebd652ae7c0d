"""The amount a law names, and the amount it names again (session 29).

A penalty raised by a share of itself names it again after ``dari``: with a word that points
back (``… ditambah 1/3 (sepertiga) dari denda tersebut``, UU 18/2009) or with the words of its
name (``ancaman pidana denda yang dijatuhkan … ditambah dengan 1/3 (sepertiga) dari pidana
denda``, UU 27/2003); where the words stand in no name before, the share is of another amount
(``pidana yang dapat dijatuhkan terhadap Badan Usaha tersebut ditambah dengan 1/3 (sepertiga)
dari pidana denda``, UU 21/2014). A sentence opened by ``Besarnya`` names the amount of its
first operand, a definition's ``jumlah dari`` its sum; a list of articles in a condition goes
on past its commas; and the table a tariff stands in (``sebagaimana tercantum dalam
Lampiran …``) is part of its name.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang.share_of_it import AGAIN


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # UU 18/2009 (peternakan), Pasal 85 ayat (5)
            "(5) Besarnya denda sebagaimana dimaksud pada ayat (4) ditambah 1/3 (sepertiga) dari "
            "denda tersebut jika pelanggaran sebagaimana dimaksud pada ayat (1) dilakukan oleh "
            "pejabat yang berwenang atau korporasi.",
            "denda sebagaimana dimaksud pada ayat (4)",
        ),
        (  # UU 27/2003 (panas bumi), Pasal 40
            "Dalam hal tindak pidana sebagaimana dimaksud dalam Pasal 35, Pasal 36, dan Pasal 37 "
            "dilakukan oleh Badan Usaha, ancaman pidana denda yang dijatuhkan kepada Badan Usaha "
            "tersebut ditambah dengan 1/3 (sepertiga) dari pidana denda.",
            "ancaman pidana denda yang dijatuhkan kepada Badan Usaha tersebut",
        ),
        (  # the same shapes with other words
            "Besarnya retribusi terutang ditambah 1/4 (seperempat) dari retribusi tersebut.",
            "retribusi terutang",
        ),
        (
            "tarif sewa gedung pertemuan pada hari libur ditambah dengan 1/2 (setengah) dari "
            "sewa gedung pertemuan.",
            "tarif sewa gedung pertemuan pada hari libur",
        ),
    ],
)
def test_a_share_of_the_amount_named_again(text: str, name: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (name,)
    over = Fraction(text.split("/")[0].split()[-1]) / Fraction(text.split("/")[1].split()[0])
    assert formula.evaluate({name: 120}).exact == 120 + over * 120
    assert any(guess.reason == AGAIN for guess in formula.guesses)  # a guess, said in lint


def test_a_share_of_an_amount_no_name_before_holds_stays_another() -> None:
    formula = ikicalc.parse(  # UU 21/2014 (panas bumi), Pasal 80
        "Dalam hal tindak pidana sebagaimana dimaksud dalam Pasal 67, Pasal 68, Pasal 69, Pasal 74 "
        "dan Pasal 75 dilakukan oleh Badan Usaha, selain pidana penjara atau pidana denda terhadap "
        "pengurusnya, pidana yang dapat dijatuhkan terhadap Badan Usaha tersebut ditambah dengan 1/3 "
        "(sepertiga) dari pidana denda."
    )
    assert formula.variables == (
        "pidana yang dapat dijatuhkan terhadap Badan Usaha tersebut",
        "pidana denda",
    )


def test_besarnya_opening_the_sentence_names_the_amount_of_its_first_operand() -> None:
    formula = ikicalc.parse(  # PP 29/1973, Pasal 3 ayat (2)
        "(2). Besarnya kekayaan Negara yang tertanam sebagai modal dalam Perusahaan Negara "
        "Perkebunan III, dikurangi dengan besarnya nilai dari unsur- unsur kekayaan yang "
        "dikeluarkan sebagaimana tersebut pada ayat (1) pasal ini, ditetapkan secara bersama."
    )
    assert formula.variables[0] == (
        "kekayaan Negara yang tertanam sebagai modal dalam Perusahaan Negara Perkebunan III"
    )
    assert formula.variables[1].startswith("besarnya nilai dari")  # inside the sentence: a name's
    # a ratio whose first name opens so is left as written (no operator word follows)
    assert ikicalc.parse("Besarnya anggaran terserap / Besarnya pagu x 100%").variables == (
        "Besarnya anggaran terserap",
        "Besarnya pagu",
    )


@pytest.mark.parametrize(
    "copula", ["adalah", "ialah"],
)
def test_a_definitions_sum_opened_by_jumlah_dari(copula: str) -> None:
    formula = ikicalc.parse(  # PP 11/1973, Pasal 2 ayat (2)
        f"(2). Yang dimaksud dengan penghasilan tersebut dalam ayat (1) Pasal ini {copula} jumlah "
        "dari gaji pokok ditambah dengan tunjangan keluarga, tunjangan khusus dan tunjangan kerja."
    )
    assert formula.variables == (
        "gaji pokok", "tunjangan keluarga", "tunjangan khusus", "tunjangan kerja",
    )
    # no sum follows: the words are a name's ("jumlah dari semua …" is read as it stands)
    assert ikicalc.parse("Jumlah dari penduduk miskin / jumlah penduduk").variables[0] == (
        "Jumlah dari penduduk miskin"
    )


def test_the_table_a_tariff_stands_in_is_part_of_its_name() -> None:
    formula = ikicalc.parse(  # PP 63/2007, Pasal 2
        "Besarnya tarif untuk siswa/mahasiswa adalah sebesar 75% (tujuh puluh lima persen) dari "
        "tarif sebagaimana tercantum pada Lampiran Peraturan Pemerintah ini."
    )
    assert formula.variables == ("tarif sebagaimana tercantum pada Lampiran Peraturan Pemerintah ini",)
    formula = ikicalc.parse(  # PP 18/2001, Pasal 3 ayat (2)
        "(2) Besarnya tarif mingguan sebagaimana dimaksud dalam ayat (1) adalah seperempat dikali "
        "tarif sewa gudang yang bersangkutan sebagaimana ditetapkan dalam Lampiran Peraturan "
        "Pemerintah ini."
    )
    assert formula.variables == (
        "tarif sewa gudang yang bersangkutan sebagaimana ditetapkan dalam Lampiran Peraturan "
        "Pemerintah ini",
    )
    assert formula.evaluate({formula.variables[0]: 100}).exact == 25
    # who set it is no part of the name, nor is where the rule is set
    assert ikicalc.parse(
        "jumlah penduduk miskin dibagi jumlah penduduk sebagaimana ditetapkan oleh kepala dinas."
    ).variables == ("jumlah penduduk miskin", "jumlah penduduk")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # PP 41/2015, Pasal 9: whom the share is of
            "b. 1 ^o / oo (satu per mil) dari nilai investasi bagi Perusahaan Kawasan Industri.",
            "nilai investasi",
        ),
        (  # PP 55/2010, Pasal 44
            "c. pembayaran sebesar 10% (sepuluh persen) dari keuntungan bersih bagi pemegang IUPK "
            "Operasi Produksi mineral logam atau batubara.",
            "keuntungan bersih",
        ),
        (  # UU 1/1995, Pasal 26: what must be done with it
            "(1) Pada saat pendirian perseroan, paling sedikit 25 % (dua puluh lima persen) dari "
            "modal dasar sebagaimana dimaksud dalam Pasal 25 harus telah ditempatkan.",
            "modal dasar sebagaimana dimaksud dalam Pasal 25",
        ),
        (  # PP 36/1972, Pasal 21: a clause of its own, its subject pointing back
            "(2). Jika dalam perjanjian dimuat ketentuan mengenai pembayaran uang muka yang "
            "besarnya tidak boleh lebih dari 20% (dua puluh perseratus) dari nilai perjanjian, "
            "pembayaran tersebut hanya dapat dilakukan, jika rekanan telah menyerahkan surat "
            "jaminan Bank Pemerintah.",
            "nilai perjanjian",
        ),
        (  # the same with other words
            "iuran sebesar 2% (dua persen) dari gaji pokok bagi pegawai kontrak wajib dibayarkan "
            "setiap bulan.",
            "gaji pokok",
        ),
    ],
)
def test_what_closes_a_shares_base(text: str, name: str) -> None:
    assert ikicalc.parse(text).variables == (name,)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # PP 1/1984: the object of a verb
            "a. masing-masing organisasi pers mengajukan kepada Menteri Penerangan calon anggota "
            "sebanyak-banyaknya 2 (dua) kali jumlah anggota yang ditetapkan bagi masing-masing "
            "organisasi pers yang bersangkutan;",
            "jumlah anggota yang ditetapkan bagi masing-masing organisasi pers yang bersangkutan",
        ),
        (  # a compound: revenue sharing
            "denda sebesar 2% (dua persen) dari Dana Bagi Hasil Dana Reboisasi",
            "Dana Bagi Hasil Dana Reboisasi",
        ),
        (  # UU 10/1995: a relative clause
            "dikenakan sanksi administrasi berupa denda sebesar sepuluh persen dari Bea Masuk yang "
            "wajib dilunasinya.",
            "Bea Masuk yang wajib dilunasinya",
        ),
    ],
)
def test_what_stays_in_a_shares_base(text: str, name: str) -> None:
    assert ikicalc.parse(text).variables == (name,)


def test_a_formula_of_a_computation_is_a_factors_name() -> None:
    formula = ikicalc.parse(  # PP 14/2012, Pasal 27 ayat (2)
        "(2) Besaran kompensasi ditetapkan berdasarkan formula perhitungan kompensasi dikalikan "
        "dengan harga tanah, bangunan dan tanaman."
    )
    assert formula.variables == ("formula perhitungan kompensasi", "harga tanah, bangunan dan tanaman")
    heading = ikicalc.parse(  # a heading of the formula, as before
        "Besaran iuran dihitung berdasarkan rumus: tarif x jumlah peserta"
    )
    assert heading.variables == ("tarif", "jumlah peserta")


@pytest.mark.parametrize(
    ("text", "name", "times"),
    [
        (  # UU 5/2014 (ASN), Pasal 37 ayat (5): the sentence's subject and verb before it
            "(5) Tim seleksi menyampaikan 2 (dua) kali jumlah anggota KASN untuk dipilih dan "
            "ditetapkan oleh Presiden.",
            "jumlah anggota KASN",
            2,
        ),
        (  # UU 22/2007, Pasal 13 ayat (1): a number of its own said before, in words again
            "(1) Presiden menetapkan 21 (dua puluh satu) nama calon atau 3 (tiga) kali jumlah "
            "anggota KPU untuk selanjutnya diajukan kepada Dewan Perwakilan Rakyat.",
            "jumlah anggota KPU",
            3,
        ),
        (  # UU 27/2022, Pasal 70 ayat (3): a cap inside the subject's relative clause
            "(3) Pidana denda yang dijatuhkan kepada Korporasi paling banyak 10 (sepuluh) kali "
            "dari maksimal pidana denda yang diancamkan.",
            "maksimal pidana denda yang diancamkan",
            10,
        ),
        (  # UU 2/2008, Pasal 48 ayat (4)
            "(4) Dalam hal terjadi pelanggaran terhadap ketentuan sebagaimana dimaksud dalam Pasal "
            "40 ayat (3) huruf a, pengurus Partai Politik yang bersangkutan dipidana dengan pidana "
            "penjara paling lama 2 (dua) tahun dan denda 2 (dua) kali lipat dari jumlah dana yang "
            "diterimanya.",
            "jumlah dana yang diterimanya",
            2,
        ),
        (  # the same with other words
            "Panitia mengusulkan 3 (tiga) kali jumlah formasi yang tersedia.",
            "jumlah formasi yang tersedia",
            3,
        ),
    ],
)
def test_a_multiple_its_number_said_again_opens_the_amount(text: str, name: str, times: int) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (name,)
    assert formula.evaluate({name: 7}).exact == 7 * times


def test_how_often_inside_a_name_stays_a_name() -> None:
    formula = ikicalc.parse(
        "Jumlah ibu hamil yang mendapat pelayanan 4 (empat) kali kunjungan / jumlah ibu hamil x 100%"
    )
    assert formula.variables[0] == "Jumlah ibu hamil yang mendapat pelayanan 4 kali kunjungan"


@pytest.mark.parametrize(
    "text",
    [  # UU 16/1951 (cukai tembakau), Pasal 1: a rate said in words after a name, after "sebanyak"
        "a. untuk rokok-rokok sigaret yang dibuat dengan mesin dan tembakau iris lima puluh persen "
        "dari harga eceran;",
        "harus dibayar cukai sebanyak lima puluh persen dari harga eceran.",
    ],
)
def test_a_rate_said_in_words_takes_its_share_wherever_it_stands(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("harga eceran",)
    assert formula.evaluate({"harga eceran": 300}).exact == 150


def test_bagi_opening_a_clause_closed_by_a_comma_is_for_whom() -> None:
    formula = ikicalc.parse(  # PP 30/2001, Pasal 3
        "Bagi penerima pensiun Janda/Duda yang setelah berlakunya Peraturan Pemerintah ini "
        "mengalami penurunan penerimaan penghasilan, kepadanya diberikan tambahan penghasilan "
        "sebesar selisih antara penerimaan penghasilan berdasarkan pensiun pokok lama dengan "
        "penghasilan berdasarkan pensiun pokok baru."
    )
    assert formula.variables == (
        "penerimaan penghasilan berdasarkan pensiun pokok lama",
        "penghasilan berdasarkan pensiun pokok baru",
    )
    assert formula.evaluate(dict(zip(formula.variables, (9, 5), strict=True))).exact == 4


def test_a_predicate_with_its_modal_after_the_base() -> None:
    formula = ikicalc.parse(  # PP 58/1951, Pasal 3
        "a. 60 % dari opcenten yang dipungut itu akan diserahkan kepada Negara-negara dan "
        "daerah-daerah yang tak termasuk golongan Negara untuk dipergunakan sebagai penutup "
        "ongkos-ongkos sebagaimana yang telah diterangkan di atas;"
    )
    assert formula.variables == ("opcenten yang dipungut itu",)


def test_a_paragraphs_number_without_its_space_and_an_amount_said_equal() -> None:
    formula = ikicalc.parse(  # PP 9/1954, Pasal 40 ayat (1)
        "(1)Ketua Panitia Pemilihan menyampaikan surat suara kepada Panitia Pemilihan Kabupaten "
        "sejumlah yang sama dengan jumlah pemilih yang terdaftar dalam daerah Kabupaten itu "
        "ditambah dengan sepuluh persen."
    )
    name = "jumlah pemilih yang terdaftar dalam daerah Kabupaten itu"
    assert formula.variables == (name,)
    assert formula.evaluate({name: 1000}).exact == 1100


def test_what_the_amount_is_not_liable_to_closes_it() -> None:
    formula = ikicalc.parse(  # PP 45/1986, Pasal 9 ayat (1)
        "(1) Selisih lebih antara jumlah awal pada 1 Januari 1987 yang telah dilaku kan "
        "penyesuaian dengan jumlah awal pada 1 Januari 1987 sebelum dilakukan penyesuaian, tidak "
        "dikenakan Pajak Penghasilan."
    )
    assert formula.variables[1] == "jumlah awal pada 1 Januari 1987 sebelum dilakukan penyesuaian"


def test_that_amount_named_again_by_its_pointing_word_alone() -> None:
    formula = ikicalc.parse("Besarnya jumlah kasus ditambah 1/2 (setengah) dari jumlah tersebut.")
    assert formula.variables == ("jumlah kasus",)
    assert formula.evaluate({"jumlah kasus": 10}).exact == 15
