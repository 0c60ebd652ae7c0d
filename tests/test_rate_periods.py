"""A rate said per period before its base (ikicalc/lang/periods.py), as regulations on
interest, fines and contributions write it: the value of one period is the rate times the
base, whatever period and verb stand between them; before, the preamble took the rate for the
words before a formula and the cell was one name (prose, no value)."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "base", "rate"),
    [
        (
            "Besarnya bunga adalah 2% (dua persen) sebulan dihitung dari jumlah pajak yang "
            "terlambat dibayar.",
            "jumlah pajak yang terlambat dibayar",
            Fraction(2, 100),
        ),
        ("Bunga sebesar 2% per bulan dihitung dari jumlah pajak.", "jumlah pajak", Fraction(2, 100)),
        ("Denda sebesar 2% setiap bulan dari harga kontrak.", "harga kontrak", Fraction(2, 100)),
        ("Denda sebesar 1/1000 per hari dari nilai kontrak.", "nilai kontrak", Fraction(1, 1000)),
        ("Tunjangan sebesar 5% yang dihitung dari gaji pokok", "gaji pokok", Fraction(5, 100)),
        ("Iuran sebesar 0,5 persen setahun diperhitungkan dari nilai aset", "nilai aset", Fraction(5, 1000)),
    ],
)
def test_the_rate_of_one_period_times_its_base(text: str, base: str, rate: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == [base]
    assert formula.evaluate({base: 1000}).exact == rate * 1000


def test_a_share_with_nothing_between_reads_as_before() -> None:
    formula = ikicalc.parse("30% dari A dikurangi B")
    assert formula.evaluate({"A": 10, "B": 4}).exact == Fraction(18, 10)


@pytest.mark.parametrize(
    ("text", "base", "rate"),
    [
        ("Iuran 2 persen dari gaji pokok", "gaji pokok", Fraction(2, 100)),
        ("Iuran 0,5 persen dari nilai aset", "nilai aset", Fraction(5, 1000)),
        ("Tarif 18 persen dikalikan dasar pengenaan", "dasar pengenaan", Fraction(18, 100)),
    ],
)
def test_a_rate_in_the_word_persen_is_read_as_its_sign(
    text: str, base: str, rate: Fraction
) -> None:
    """``Iuran 2% dari gaji pokok`` was read, ``Iuran 2 persen dari gaji pokok`` refused: the
    words before a rate are set aside whichever way its percent is written."""
    formula = ikicalc.parse(text)
    assert list(formula.variables) == [base]
    assert formula.evaluate({base: 1000}).exact == rate * 1000


@pytest.mark.parametrize(
    ("text", "base", "amount"),
    [
        ("Santunan Rp 5.000.000 x jumlah korban", "jumlah korban", 5_000_000),
        ("Biaya Rp 1.500.000,- / orang / bulan x Jumlah peserta", "Jumlah peserta", 1_500_000),
        ("Uang harian Rp 150.000 per orang per hari x jumlah hari", "jumlah hari", 150_000),
        (
            "Tarif Rp10.000,00 per meter persegi dikalikan luas bangunan",
            "luas bangunan",
            10_000,
        ),
    ],
)
def test_an_amount_of_money_a_product_follows_is_a_number(
    text: str, base: str, amount: int
) -> None:
    """The words before an amount in rupiah that a product follows label it, and the units it
    is counted in ('/ orang / bulan', 'per meter persegi') are its own: before, the label and
    the amount were one name and the units were divided by ('… / orang / bulan')."""
    formula = ikicalc.parse(text)
    assert list(formula.variables) == [base]
    assert formula.evaluate({base: 3}).exact == 3 * amount


def test_an_amount_inside_a_name_stays_there() -> None:
    formula = ikicalc.parse("Jumlah UMKM dengan omzet Rp 500 juta / jumlah UMKM x 100%")
    assert list(formula.variables) == ["Jumlah UMKM dengan omzet Rp 500 juta", "jumlah UMKM"]


def test_a_fixed_amount_after_words_is_refused_as_an_amount() -> None:
    """'… adalah Rp10.000.000,00': the error names the amount, not a word joined by a dot."""
    with pytest.raises(ikicalc.FormulaSyntaxError) as raised:
        ikicalc.parse("Besarnya santunan adalah Rp10.000.000,00")
    assert "amount of money" in str(raised.value)
    assert "column 26" in str(raised.value)


@pytest.mark.parametrize(
    ("text", "pay", "times"),
    [
        ("Besarnya pesangon sama dengan 9 (sembilan) bulan upah", "upah", 9),
        ("uang pesangon paling sedikit 2 bulan gaji", "gaji", 2),
    ],
)
def test_pay_counted_in_periods_is_a_multiple(text: str, pay: str, times: int) -> None:
    """'9 (sembilan) bulan upah' (UU 13/2003 on severance pay): nine months of wages, 9 × upah."""
    formula = ikicalc.parse(text)
    assert list(formula.variables) == [pay]
    assert formula.evaluate({pay: 5}).exact == 5 * times


def test_periods_in_a_name_stay_there() -> None:
    formula = ikicalc.parse("Rata-rata penjualan 12 bulan terakhir / jumlah toko")
    assert formula.variables[0] == "Rata-rata penjualan 12 bulan terakhir"
