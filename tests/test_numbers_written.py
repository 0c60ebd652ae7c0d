"""Numbers as Indonesian documents write them, in formulas (issue 14, causes 2, 5, 7, 10):
vulgar fractions, multiplier words, currency, numbers said in words or again in brackets,
shares of what follows, powers of ten, numbered names, a mean whose brackets were lost."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from tests.readings import reads_as


@pytest.mark.parametrize(
    ("text", "variables", "want"),
    [
        ("½ (A + B)", ("A", "B"), Fraction(5, 2)),  # 2 + 3 = 5, halved
        ("⅓ (A + B)", ("A", "B"), Fraction(5, 3)),
        ("¾ x A", ("A",), Fraction(3, 2)),
        ("A x Rp 2,5 juta", ("A",), Fraction(5_000_000)),
        ("A / B x 100 ribu penduduk", ("A", "B"), Fraction(200_000, 3)),
        ("A x Rp 1.000.000,-", ("A",), Fraction(2_000_000)),
        ("A dikalikan Rp. 25.000,00", ("A",), Fraction(50_000)),
        ("A ditambah Rp5.000 dikurangi B", ("A", "B"), Fraction(4_999)),
        ("365 (tiga ratus enam puluh lima) dikalikan A", ("A",), Fraction(730)),
        ("A / 1,5 (satu koma lima) penduduk", ("A",), Fraction(4, 3)),
        ("A dikalikan tiga puluh", ("A",), Fraction(60)),
        ("A dikali dua setengah", ("A",), Fraction(5)),
        ("A x dua puluh lima (25)", ("A",), Fraction(50)),
        ("A / B x 10³", ("A", "B"), Fraction(2000, 3)),
        ("A / B per 10^5 penduduk", ("A", "B"), Fraction(200_000, 3)),
    ],
)
def test_a_number_as_written(text: str, variables: tuple[str, ...], want: Fraction) -> None:
    reads_as(text, variables, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a share of all that follows it, a weight: never the scale of a percentage
        ("30% (tiga puluh persen) dari A dikurangi B", Fraction(3, 10) * (7 - 3)),
        ("100% dari A", Fraction(7)),
        ("A dikurangi 100% (seratus persen) dari B", Fraction(4)),
        ("sebesar 100% (seratus persen) dari A setelah dikurangi B.", Fraction(4)),
    ],
)
def test_a_share_of_what_follows(text: str, want: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("A", "B")[: len(formula.variables)]
    values = dict(zip(formula.variables, (7, 3), strict=False))
    assert formula.evaluate(values).exact == want
    assert formula.evaluate(values).unit is None


def test_a_numbered_name_broken_before_its_number() -> None:
    formula = ikicalc.parse("Kolom (18) = Kolom\n(13) : Kolom (8) x 100%")
    assert formula.variables == ("Kolom (13)", "Kolom (8)")
    # no number in brackets after the same word elsewhere: the line break is not joined
    formula = ikicalc.parse("Jumlah A\n(12 bulan) / Jumlah B (12 bulan)")
    assert formula.variables == ("Jumlah A (12 bulan)", "Jumlah B (12 bulan)")


def test_a_unit_percent_in_a_name() -> None:
    formula = ikicalc.parse("Capaian Kinerja (%) / Target Kinerja (%) x 100%")
    assert formula.variables == ("Capaian Kinerja (%)", "Target Kinerja (%)")
    assert ikicalc.parse(str(formula)) == formula


def test_a_purpose_after_a_multiplying_number_is_a_remark() -> None:
    # prose sets the purpose aside after the formula (a remark, [layout] purpose_openers);
    # the builder does where the product's number is the last thing the grammar reads
    formula = ikicalc.parse("Nilai indeks dikalikan dengan 25 untuk dikonversi ke nilai mutu")
    assert formula.variables == ("Nilai indeks",)
    assert formula.evaluate({"Nilai indeks": 3}).exact == 75


def test_a_mean_whose_brackets_were_lost() -> None:
    formula = ikicalc.parse("Nilai A + Nilai B + Nilai C / 3 x 100%")
    assert formula.evaluate({"Nilai A": 1, "Nilai B": 2, "Nilai C": 6}).exact == 300
    assert formula.guesses
    # not the count of the terms: as written, no guess
    assert not ikicalc.parse("Nilai A + Nilai B / 3 x 100%").guesses
    # the canonical text means what it says
    assert ikicalc.parse("Nilai A + Nilai B / 2").evaluate({"Nilai A": 1, "Nilai B": 2}).exact == 2


def test_the_dot_that_text_cannot_decide_still_warns() -> None:
    assert "W114" in {finding.code for finding in ikicalc.lint("A x 1.206")}
    assert "W114" in {finding.code for finding in ikicalc.lint("A x Rp 1.500")}
    assert "W114" not in {finding.code for finding in ikicalc.lint("A x 1.206 + B x 0,5")}


@pytest.mark.parametrize(
    "text",
    [
        "rata - rata (Nilai A, Nilai B, Nilai C)",
        "rata2 (Nilai A, Nilai B, Nilai C)",
        "rata-rata (Nilai A; Nilai B; Nilai C)",
    ],
)
def test_a_mean_as_written(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("Nilai A", "Nilai B", "Nilai C")
    assert formula.evaluate({"Nilai A": 1, "Nilai B": 2, "Nilai C": 6}).exact == 3


def test_a_rate_scale_glued_to_the_name_before_it() -> None:
    formula = ikicalc.parse("Jumlah A / Jumlah Bx1.000 KH")
    assert formula.variables == ("Jumlah A", "Jumlah B")
    assert formula.evaluate({"Jumlah A": 1, "Jumlah B": 4}).exact == 250


def test_a_date_after_per_is_a_name_s() -> None:
    formula = ikicalc.parse("Jumlah penduduk per 31 Desember / Luas wilayah")
    assert formula.variables == ("Jumlah penduduk per 31 Desember", "Luas wilayah")
    rate = ikicalc.parse("A / B per 1.000 penduduk")
    assert rate.evaluate({"A": 1, "B": 4}).exact == 250


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A x Rp 2 jt", Fraction(4_000_000)),
        ("A x Rp 1,5 miliar", Fraction(3_000_000_000)),
        ("A x Rp 5.000.-", Fraction(10_000)),
        ("A / 1 juta jiwa", Fraction(1, 500_000)),
    ],
)
def test_amounts_with_their_words(text: str, want: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("A",)
    assert formula.evaluate({"A": 2}).exact == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A dikalikan bobot penilaian sebesar 80% (delapan puluh persen), dengan rumus:", 8),
        ("A dikurangi dengan Nilai Jual Tidak Kena Pajak sebesar Rp.10.000.000,-.", 10 - 10**7),
    ],
)
def test_an_operand_named_then_given_its_value(text: str, want: int) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("A",)
    assert formula.evaluate({"A": 10}).exact == want
