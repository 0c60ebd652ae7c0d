"""Penalties and surcharges as criminal and tax laws say them (session 28).

Laws raise a penalty by a multiple said in words after a cap (``dihukum denda sebanyak-
banyaknya sepuluh kali jumlah pajak …``), by a fraction alone (``… maksimum pidana yang
terberat ditambah 1/3 (satu per tiga)``: a third of that penalty), or by a sanction named
before its rate (``… jumlah pajak yang sebenarnya terutang beserta sanksi administrasi berupa
denda sebesar 2 (dua) kali …``). Around the formula stand what else befalls (``selain pidana
penjara …, …``), the cap a clause of contrast sets (``…, tetapi tidak melebihi …``), what the
base leaves out (``…, tidak termasuk …``) and the amount's role (``… sebagai cadangan``).
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
