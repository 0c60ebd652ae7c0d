"""The time a regulation's rate runs, and the period a mean is taken over (session 27).

Tax and PNBP laws close a sanction's base with how long the rate runs (``… untuk jangka waktu
paling lama 24 (dua puluh empat) bulan``) and how a part of a month counts (``… dan bagian dari
bulan dihitung satu bulan penuh``); social security rules with the months a share covers
(``… dari Upah untuk 3 (tiga) bulan pertama``). None of it is part of the base's name. A
mean said over a period (``rata-rata per tahun A``, ``rerata 3 (tiga) tahun A``) is the mean
of A over the years of the data, not a name that opens with ``rata-rata``.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "base", "rate"),
    [
        (  # UU 9/2018 (PNBP), Pasal 37 ayat (3)
            "(3) Sanksi administratif sebagaimana dimaksud pada ayat (2) berupa denda sebesar 2% "
            "(dua persen) per bulan dari jumlah PNBP Terutang dan bagian dari bulan dihitung satu "
            "bulan penuh.",
            "jumlah PNBP Terutang",
            Fraction(2, 100),
        ),
        (  # the KUP laws' wording: "serta …", the count after "penuh"
            "Sanksi administratif berupa bunga sebesar 2% (dua persen) per bulan dari jumlah pajak "
            "yang kurang dibayar, serta bagian dari bulan dihitung penuh 1 (satu) bulan.",
            "jumlah pajak yang kurang dibayar",
            Fraction(2, 100),
        ),
        (  # the longest term, and the day it is counted from
            "Wajib Pajak dikenai sanksi administratif berupa bunga sebesar 1% (satu persen) per "
            "bulan dari pajak yang kurang dibayar untuk jangka waktu paling lama 24 (dua puluh "
            "empat) bulan sejak saat terutangnya pajak.",
            "pajak yang kurang dibayar",
            Fraction(1, 100),
        ),
        (  # PP 37/2021 (JKP), Pasal 21 ayat (2) huruf a, as a list's item
            "a. sebesar 45 % (empat puluh lima persen) dari Upah untuk 3 (tiga) bulan pertama; dan",
            "Upah",
            Fraction(45, 100),
        ),
        (
            "b. sebesar 25 % (dua puluh lima persen) dari Upah untuk 3 (tiga) bulan berikutnya.",
            "Upah",
            Fraction(25, 100),
        ),
    ],
)
def test_the_time_a_rate_runs_closes_its_base(text: str, base: str, rate: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (base,)
    assert formula.evaluate({base: 1000}).exact == rate * 1000


def test_months_inside_a_name_before_an_operator_stay() -> None:
    # the words are no clause after the base: an operator follows them
    formula = ikicalc.parse("Upah untuk 3 (tiga) bulan pertama dibagi jumlah hari kerja")
    assert formula.variables == ("Upah untuk 3 (tiga) bulan pertama", "jumlah hari kerja")


def test_a_mean_per_year_said_in_a_sentence_is_a_mean() -> None:
    # PP 30/2011 (Pinjaman Daerah), Penjelasan Pasal 15
    text = (
        "Besaran Kewajiban Pinjaman dihitung dari rata-rata per tahun kewajiban pinjaman lama yang "
        "belum dilunasi ditambah dengan rata-rata per tahun kewajiban pinjaman yang diusulkan."
    )
    formula = ikicalc.parse(text)
    old, new = "kewajiban pinjaman lama yang belum dilunasi", "kewajiban pinjaman yang diusulkan"
    assert formula.variables == (old, new)
    assert formula.evaluate({old: [10, 20, 30], new: [4, 6]}).exact == 25


def test_a_mean_over_years_counted_is_a_mean() -> None:
    text = (
        "Satuan biaya dihitung dari rerata 3 (tiga) tahun belanja daerah dibagi dengan rerata 3 "
        "(tiga) tahun jumlah unit layanan."
    )
    formula = ikicalc.parse(text)
    assert formula.variables == ("belanja daerah", "jumlah unit layanan")
    values = {"belanja daerah": [10, 20, 30], "jumlah unit layanan": [1, 2, 3]}
    assert formula.evaluate(values).exact == 10
    assert ikicalc.parse(str(formula)) == formula


def test_a_mean_per_month_inside_a_name_stays_a_name() -> None:
    # a noun before it: "pemakaian rata-rata per bulan" is what the pharmacy counts
    formula = ikicalc.parse(
        "Kebutuhan obat dihitung dengan cara pemakaian rata-rata per bulan dikali 18 bulan "
        "ditambah stok pengaman dikurangi sisa stok akhir."
    )
    assert formula.variables == ("pemakaian rata-rata per bulan", "stok pengaman", "sisa stok akhir")


def test_the_case_an_amount_holds_for_closes_it() -> None:
    # PP 4/2023 (PBJT tenaga listrik), Pasal 3 huruf a
    text = (
        "a. jumlah tagihan biaya/beban tetap ditambah dengan biaya pemakaian kWh/variabel yang "
        "ditagihkan dalam rekening listrik, untuk pascabayar; dan"
    )
    assert ikicalc.parse(text).variables == (
        "jumlah tagihan biaya/beban tetap",
        "biaya pemakaian kWh/variabel yang ditagihkan dalam rekening listrik",
    )


def test_a_minimum_multiple_of_a_value_measured_from_a_line() -> None:
    # PP 47/1997 (RTRWN), Pasal 37 ayat (5): the setback of a mangrove coast
    text = (
        "(5) Kriteria kawasan lindung untuk kawasan pantai berhutan bakau sebagaimana dimaksud "
        "dalam Pasal 10 ayat (8) huruf e yaitu kawasan minimal 130 kali nilai rata-rata perbedaan "
        "air pasang tertinggi dan terendah tahunan diukur dari garis air surut terendah ke arah "
        "darat yang merupakan habitat hutan bakau."
    )
    formula = ikicalc.parse(text)
    tide = "perbedaan air pasang tertinggi dan terendah tahunan"
    assert formula.variables == (tide,)
    assert formula.evaluate({tide: [2, 3]}).exact == 325


@pytest.mark.parametrize(
    "text",
    [  # a minimum count of visits is the name's, as "paling sedikit" after "yang" is
        "Ibu hamil mendapat pelayanan antenatal minimal 4 kali (K4) dibagi jumlah sasaran ibu "
        "hamil x 100%",
        "Jumlah ibu hamil K4 minimal 4 kali kunjungan / jumlah ibu hamil x 100%",
    ],
)
def test_a_minimum_count_inside_a_name_stays(text: str) -> None:
    formula = ikicalc.parse(text)
    assert "minimal 4 kali" in formula.variables[0]


def test_a_share_in_a_listed_item_is_of_that_item_only() -> None:
    # Perwali Kendari 9/2024, Pasal 4 ayat (5): the CPNS's 80% is of the basic salary alone;
    # it was read as 80% of the whole sum, silently
    text = (
        "(5) Penghasilan sebagaimana pada ayat (1) diberikan bagi CPNS\nmeliputi:\n"
        "a. 80 % (delapan puluh persen) dari gaji pokok PNS;\nb. tunjangan keluarga;\n"
        "c. tunjangan pangan; dan\nd. tunjangan umum."
    )
    formula = ikicalc.parse(text)
    assert formula.variables == (
        "gaji pokok PNS", "tunjangan keluarga", "tunjangan pangan", "tunjangan umum"
    )
    assert formula.evaluate({name: 100 for name in formula.variables}).exact == 380


def test_a_condition_closed_by_a_comma_before_any_noun_is_set_aside() -> None:
    # UU 9/2018 (PNBP), Pasal 36 ayat (2): "ditetapkan secara jabatan" qualifies the amount
    text = (
        "(2) Dalam hal Wajib Bayar tidak melakukan kewajiban sebagaimana dimaksud pada ayat (1), "
        "PNBP Terutang ditetapkan secara jabatan ditambah sanksi administratif berupa denda "
        "sebesar 2 (dua) kali jumlah PNBP Terutang yang tidak dibayar atau kurang bayar."
    )
    formula = ikicalc.parse(text)
    due, unpaid = (
        "PNBP Terutang ditetapkan secara jabatan",
        "jumlah PNBP Terutang yang tidak dibayar atau kurang bayar",
    )
    assert formula.variables == (due, unpaid)
    assert formula.evaluate({due: 100, unpaid: 30}).exact == 160


@pytest.mark.parametrize(
    "text",
    [  # PP 35/2021, Pasal 32 ayat (2): the hourly wage, a fraction's multiple said with "kali"
        "(2) Cara menghitung Upah sejam sebagaimana dimaksud pada ayat (1) yaitu 1/173 (satu per "
        "seratus tujuh puluh tiga) kali Upah sebulan.",
        "Upah sejam adalah 1/173 kali Upah sebulan",
    ],
)
def test_a_fraction_times_a_wage(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("Upah sebulan",)
    assert formula.evaluate({"Upah sebulan": 3460000}).exact == 20000


def test_a_factor_after_a_sum_under_a_bar_in_a_line_multiplies_the_fraction() -> None:
    # PP 1/2012 (PPN), Pasal 4 huruf b: PPnBM = t / (110 + t) x harga, its stack in one line
    text = (
        "b. Pajak Penjualan atas Barang Mewah = t ----------- 110 + t X harga atau pembayaran "
        "atas penyerahan Barang Kena Pajak"
    )
    formula = ikicalc.parse(text)
    price = "harga atau pembayaran atas penyerahan Barang Kena Pajak"
    assert formula.variables == ("t", price)
    assert formula.evaluate({"t": 10, price: 1200}).exact == 100
    findings = ikicalc.lint(text)
    assert "W110" in {d.code for d in findings}
    # a product inside the sum stays a product (the precedence as written)
    other = ikicalc.parse("Jumlah A ------- Jumlah B x Jumlah C")
    assert other.evaluate({"Jumlah A": 12, "Jumlah B": 2, "Jumlah C": 3}).exact == 2
