"""Numbers said in words as operands of a law's sentence (batch 25 read cold, UU 18/2001 and
UU 9/1976): a whole number said before any operation, one said after an operator word that
the next operation follows, and a share said with '-nya' (lang/spelled.py, share_of_it.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import ikicalc


def _value(text: str, value: int) -> Decimal:
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 1
    return Decimal(str(formula.evaluate({formula.variables[0]: value}).value))


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # UU 18/2001 Otsus Aceh, penjelasan: 125% said as its arithmetic
        ("adalah seratus dua puluh lima dibagi seratus dikalikan dengan jumlah anggota", 40, 50),
        ("Nilai A dibagi seratus dikalikan tiga", 300, 9),
        ("dua puluh lima ditambah nilai dasar", 5, 30),
        ("Nilai = tiga dikurangi Nilai A", 1, 2),
        # UU 9/1976 Narkotika: the penalty plus a third of it
        ("diancam dengan pidana penjara ditambah dengan sepertiganya", 60, 80),
        ("denda maksimum dikurangi setengahnya", 60, 30),
        ("tarif dasar ditambah dua pertiganya", 60, 100),
        ("upah pokok ditambah seperempatnya dikali dua", 60, 150),
    ],
)
def test_numbers_said_in_words_are_operands(text: str, value: int, expected: int) -> None:
    assert _value(text, value) == expected


def test_words_that_go_on_stay_a_name() -> None:
    formula = ikicalc.parse("Nilai A dibagi dua kelompok besar")
    assert "dua kelompok besar" in formula.variables


def test_a_name_ending_in_nya_is_no_share() -> None:
    formula = ikicalc.parse("Nilai A ditambah jumlahnya")
    assert "jumlahnya" in formula.variables


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # UU 2/2022 Jalan: the toll tariff grows by inflation
        ("Tarif baru = tarif lama (1+inflasi)", ["tarif lama", "inflasi"]),
        ("Nilai = Harga dasar (1 + r)", ["Harga dasar", "r"]),
        ("Biaya = Harga satuan (1 - diskon)", ["Harga satuan", "diskon"]),
    ],
)
def test_a_quantity_before_its_growth_factor_multiplies(text: str, names: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == names
    data = dict(zip(names, (200, Decimal("0.1")), strict=True))
    sign = 1 if "+" in text else -1
    assert Decimal(str(formula.evaluate(data).value)) == 200 * (1 + sign * Decimal("0.1"))
    again = ikicalc.parse(str(formula))  # the canonical text reads back the same
    assert list(again.variables) == names


@pytest.mark.parametrize("text", ["Skor (1-5) x Bobot", "Jumlah balita (1-4 tahun) / Jumlah B"])
def test_a_range_in_brackets_stays_in_the_name(text: str) -> None:
    assert "(1-" in ikicalc.parse(text).variables[0]


@pytest.mark.parametrize(
    ("text", "name", "share"),
    [
        # PP 10/1983 and PP 8/1980 (batch 25): a share said in words after a copula
        ("bagian gaji yang wajib diserahkan ialah setengah dari gajinya.", "gajinya", 3),
        ("pensiun janda yang besarnya adalah setengah dari pensiun pokok.", "pensiun pokok", 3),
        ("besarnya adalah dua pertiga dari pensiun pokok.", "pensiun pokok", 4),
    ],
)
def test_a_share_said_after_a_copula(text: str, name: str, share: int) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == [name]
    assert Decimal(str(formula.evaluate({name: 6}).value)) == share


def test_a_share_said_takes_all_that_follows() -> None:
    formula = ikicalc.parse("dua pertiga dari Nilai A dikurangi Nilai B")
    assert Decimal(str(formula.evaluate({"Nilai A": 9, "Nilai B": 3}).value)) == 4
