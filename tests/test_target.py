"""Reading targets: ``4 jenis, 12 bulan``, ``Kualitas 80%``, ``29 (dua puluh sembilan) …``."""

from __future__ import annotations

import dataclasses
import json
import re
from decimal import Decimal
from fractions import Fraction

import pytest
from conftest import CORPUS_PATH

from ikicalc.errors import IkiError, TargetSyntaxError
from ikicalc.rules.target import Component, Target, _parser, parse_target
from ikicalc.rules.units import format_quantity, quantity, registry, to_unit

CORPUS = CORPUS_PATH

ITEMS_002_048 = (
    "Laporan keuangan tahunan",
    "Laporan realisasi keuangan per triwulan",
    "Laporan realisasi keuangan semesteran",
)

# What a reader states for every target of the corpus, written by reading them:
# text -> (value, unit, counted, total as written by format_quantity)
EXPECTED: dict[str, tuple[str, str | None, str | None, str]] = {
    "Target 84": ("84", None, None, "84"),
    "3 (tiga) dokumen keuangan: 1. Laporan keuangan tahunan 2. Laporan realisasi keuangan"
    " per triwulan 3. Laporan realisasi keuangan semesteran": (
        "3",
        "dokumen",
        "keuangan",
        "3 dokumen",
    ),
    "500 surat": ("500", "surat", None, "500 surat"),
    "4 jenis, 12 bulan": ("4", "jenis", None, "48 jenis·bulan"),
    "45 jenis": ("45", "jenis", None, "45 jenis"),
    "6 jenis barang cetak dan kebutuhan penggandaan": (
        "6",
        "jenis",
        "barang cetak dan kebutuhan penggandaan",
        "6 jenis",
    ),
    "2 orang, 12 bulan": ("2", "orang", None, "24 orang·bulan"),
    "1 jenis": ("1", "jenis", None, "1 jenis"),
    "6 jenis": ("6", "jenis", None, "6 jenis"),
    "1 gedung kantor": ("1", "gedung", "kantor", "1 gedung"),
    "1 dokumen": ("1", "dokumen", None, "1 dokumen"),
    "1000 orang/ tamu, 12 bulan": ("1000", "orang", None, "12000 orang·bulan"),
    "3 jenis, 12 bulan": ("3", "jenis", None, "36 jenis·bulan"),
    "5 kali, 12 bulan": ("5", "kali", None, "60 kali·bulan"),
    "2 orang, 11 bulan": ("2", "orang", None, "22 orang·bulan"),
    "13 jenis": ("13", "jenis", None, "13 jenis"),
    "4 unit, 12 bulan": ("4", "unit", None, "48 unit·bulan"),
    "30 unit, 12 bulan": ("30", "unit", None, "360 unit·bulan"),
    "2 kegiatan": ("2", "kegiatan", None, "2 kegiatan"),
    "Kualitas 80%": ("80", "persen", None, "80 persen"),
    "250 surat": ("250", "surat", None, "250 surat"),
    "2 kali": ("2", "kali", None, "2 kali"),
    "81,35": ("81.35", None, None, "81,35"),
    "2 (dua) jenis": ("2", "jenis", None, "2 jenis"),
    "111 RT": ("111", "RT", None, "111 RT"),
    "75 % dari undangan": ("75", "persen", None, "75 persen"),
    "25 %": ("25", "persen", None, "25 persen"),
    "29 (dua puluh sembilan) jenis layanan": ("29", "jenis", "layanan", "29 jenis"),
    "1 (satu) dokumen": ("1", "dokumen", None, "1 dokumen"),
    "29 (dua puluh sembilan) pelayanan": ("29", "layanan", None, "29 layanan"),
}


def _corpus_targets() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    return [(row["id"], row["target"]) for row in rows if row["target"] is not None]


def test_expected_table_covers_the_corpus() -> None:
    targets = _corpus_targets()
    assert len(targets) == 34
    assert {text for _, text in targets} == set(EXPECTED)


@pytest.mark.parametrize("text", list(EXPECTED))
def test_every_corpus_target(text: str) -> None:
    value, unit, counted, total = EXPECTED[text]
    target = parse_target(text)
    assert target.text == text
    assert target.value == Decimal(value)
    assert target.unit == unit
    assert target.counted == counted
    assert format_quantity(target.total) == total
    assert target.words_disagree is False


def test_corpus_walk_by_id() -> None:
    for row_id, text in _corpus_targets():
        value, unit, _, _ = EXPECTED[text]
        target = parse_target(text)
        assert (target.value, target.unit) == (Decimal(value), unit), row_id


def test_compound_target_keeps_both_parts() -> None:
    target = parse_target("4 jenis, 12 bulan")
    assert target.is_compound
    assert target.components == ((Decimal(4), "jenis"), (Decimal(12), "bulan"))
    assert all(isinstance(c, Component) for c in target.components)
    assert target.components[1].unit == "bulan"
    reg = registry()
    assert target.quantity == quantity(4, "jenis")
    assert target.total == quantity(48, "jenis") * quantity(1, "bulan")
    assert target.total.to(reg.Unit("jenis") * reg.Unit("tahun")).magnitude == 4
    assert [p.span for p in target.parts] == [(0, 7), (9, 17)]


def test_slash_alternatives_of_the_unit() -> None:
    target = parse_target("1000 orang/ tamu, 12 bulan")
    assert target.unit == "orang"
    assert target.unit_text == "orang/ tamu"
    assert target.counted is None
    assert target.components == ((Decimal(1000), "orang"), (Decimal(12), "bulan"))
    assert target.total.magnitude == 12000


def test_qualifiers() -> None:
    assert parse_target("Target 84").qualifier == "Target"
    assert parse_target("Kualitas 80%").qualifier == "Kualitas"
    # Issue 15: 'minimal' is a bound now (it was read as part of the qualifier).
    nilai = parse_target("Nilai minimal 80 %")
    assert (nilai.qualifier, nilai.bound, nilai.value) == ("Nilai", ">=", 80)
    assert parse_target("84").qualifier is None


def test_percent_and_base() -> None:
    target = parse_target("75 % dari undangan")
    assert (target.value, target.unit, target.base) == (Decimal(75), "persen", "undangan")
    assert to_unit(target.quantity, None).magnitude == Fraction(3, 4)
    assert parse_target("Kualitas 80%").quantity == quantity(80, "persen")
    assert parse_target("90 persen dari jumlah pegawai").base == "jumlah pegawai"
    assert parse_target("80 persen pegawai").counted == "pegawai"
    assert parse_target("25 %").base is None


def test_plain_numbers() -> None:
    target = parse_target("81,35")
    assert target.value == Decimal("81.35")
    assert target.unit is None
    assert target.quantity.magnitude == Fraction(8135, 100)
    assert parse_target("Target 84").to_quantity().magnitude == 84


def test_number_in_words() -> None:
    text = "29 (dua puluh sembilan) jenis layanan"
    target = parse_target(text)
    assert target.words == "dua puluh sembilan"
    assert target.words_value == 29
    assert target.words_span == (4, 22)
    assert target.words_span is not None
    assert text[slice(*target.words_span)] == "dua puluh sembilan"
    assert target.main.number_span == (0, 2)
    assert not target.words_disagree
    assert parse_target("500 surat").words is None


def test_words_that_disagree_keep_the_digits() -> None:
    text = "29 (dua puluh delapan) jenis"
    target = parse_target(text)
    assert target.value == 29
    assert target.words_value == 28
    assert target.words_disagree
    assert target.main.words_disagree
    assert target.words_span is not None
    assert text[slice(*target.words_span)] == "dua puluh delapan"


def test_words_that_are_not_numbers_disagree_without_raising() -> None:
    target = parse_target("5 ( lima bulan ) kali")
    assert target.value == 5
    assert target.unit == "kali"
    assert target.words == "lima bulan"
    assert target.words_value is None
    assert target.main.words_error is not None
    assert "bulan" in target.main.words_error
    assert target.words_disagree
    assert target.words_span == (4, 14)


def test_enumerated_items() -> None:
    text = next(t for t in EXPECTED if t.startswith("3 (tiga)"))
    target = parse_target(text)
    assert target.items == ITEMS_002_048
    assert target.words_value == 3
    assert len(target.items) == target.value


def test_unnumbered_items() -> None:
    target = parse_target("3 dokumen: RKA, DPA; LKjIP")
    assert target.items == ("RKA", "DPA", "LKjIP")
    assert parse_target("2 dokumen:").items == ()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Rp 1,5 miliar", Decimal(1_500_000_000), "rupiah"),
        ("Rp. 250 juta", Decimal(250_000_000), "rupiah"),
        ("Rp1.500.000,00", Decimal(1_500_000), "rupiah"),
        ("1,5 juta rupiah", Decimal(1_500_000), "rupiah"),
        ("Target Rp 2 triliun", Decimal(2 * 10**12), "rupiah"),
        ("10 ribu orang", Decimal(10_000), "orang"),
    ],
)
def test_money_and_scale_words(text: str, value: Decimal, unit: str) -> None:
    target = parse_target(text)
    assert target.value == value
    assert target.unit == unit
    assert target.quantity.magnitude == value


def test_money_keeps_the_written_number() -> None:
    target = parse_target("Rp 1,5 (satu koma lima) miliar")
    assert target.main.number == Decimal("1.5")
    assert target.main.scale == 10**9
    assert target.value == 1_500_000_000
    assert not target.words_disagree


@pytest.mark.parametrize(
    ("text", "unit", "counted"),
    [
        ("3 buah dokumen", "buah", "dokumen"),
        ("29 rekomendasi layanan", "layanan", "rekomendasi"),
        ("12 Laporan Bulanan", "laporan", "Bulanan"),
        ("5 berkas (KTP/KK)", "berkas", "(KTP/KK)"),
        ("7 rekomendasi", None, "rekomendasi"),
        ("500 surat.", "surat", None),
    ],
)
def test_first_known_unit_word_is_the_unit(text: str, unit: str | None, counted: str) -> None:
    target = parse_target(text)
    assert target.unit == unit
    assert target.counted == counted


def test_target_is_frozen_and_parser_cached() -> None:
    target = parse_target("500 surat")
    assert isinstance(target, Target)
    with pytest.raises(dataclasses.FrozenInstanceError):
        target.text = "x"  # type: ignore[misc]
    assert _parser() is _parser()
    assert str(target) == "500 surat"


_INTERNAL_NAMES = re.compile(r"__ANON|\$END|\b[A-Z_]{4,}\b")


@pytest.mark.parametrize(
    ("text", "column", "expected"),
    [
        ("", 1, "empty"),
        ("Target", 7, "ends too early; expected a number"),
        ("Target 84 @", 11, "unexpected '@'"),
        ("4 jenis, bulan", 10, "unexpected word 'bulan'; expected a number"),
        ("4 jenis 12 bulan", 9, "unexpected number '12'"),
        ("50 % dari", 10, "expected a word"),
        ("(dua) 2", 1, "unexpected bracket '(dua)'"),
        ("Rp", 3, "expected a number"),
        ("jenis", 6, "ends too early"),
    ],
)
def test_syntax_errors_are_positioned_and_plain(text: str, column: int, expected: str) -> None:
    with pytest.raises(TargetSyntaxError) as info:
        parse_target(text)
    error = info.value
    assert isinstance(error, IkiError)
    assert error.column == column
    assert expected in error.reason
    assert not _INTERNAL_NAMES.search(error.reason), error.reason
    if text:
        assert str(error).endswith("^" * (error.end - error.start))


# ---- robustness (issue 8): numbers, limits, and nothing but TargetSyntaxError ---------------


def test_a_scale_word_multiplies_exactly() -> None:
    # 29 significant digits times 10**12: Decimal's default 28-digit context would round
    target = parse_target("Rp 1234567890123456789012345678,5 triliun")
    assert target.value == Decimal("1234567890123456789012345678500000000000")
    assert target.main.number == Decimal("1234567890123456789012345678.5")


@pytest.mark.parametrize(
    ("text", "column", "reason"),
    [
        ("1,2.3,4 jenis", 1, "'1,2.3,4' has more than one decimal separator"),
        ("2.5.3 jenis", 1, "'2.5.3' is not a number: '.' groups thousands here"),
        (
            "4 jenis, " + "9" * 31 + " bulan",
            10,
            "a number with more than 30 digits is not supported",
        ),
    ],
)
def test_numbers_that_cannot_be_read_are_positioned_errors(
    text: str, column: int, reason: str
) -> None:
    with pytest.raises(TargetSyntaxError) as info:
        parse_target(text)
    assert info.value.column == column
    assert reason in info.value.reason


def test_limits_of_every_reader_apply_to_targets() -> None:
    with pytest.raises(TargetSyntaxError, match="at most 10000 are read"):
        parse_target("4 jenis " * 2_000)
    with pytest.raises(TargetSyntaxError, match="brackets nest more than 64 deep"):
        parse_target("4 " + "(" * 65 + "empat" + ")" * 65)
    with pytest.raises(TargetSyntaxError, match="a target is text, not NoneType"):
        parse_target(None)  # type: ignore[arg-type]


# --- targets as other documents write them (issue 15) -------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("75 - 85%", "75", "85", "persen"),
        ("75% - 85%", "75", "85", "persen"),
        ("3 – 4 bulan", "3", "4", "bulan"),
        ("72,4-73,1", "72.4", "73.1", None),
        ("95 s.d. 100", "95", "100", None),
        ("95 s/d 100 %", "95", "100", "persen"),
        ("7 sampai dengan 8 bulan", "7", "8", "bulan"),
        ("Rp 1 - 2 juta", "1000000", "2000000", "rupiah"),
    ],
)
def test_ranges(text: str, low: str, high: str, unit: str | None) -> None:
    target = parse_target(text)
    assert target.is_range
    assert target.range == (Decimal(low), Decimal(high))
    assert (target.value, target.unit) == (Decimal(low), unit)
    assert target.bound is None


def test_a_range_written_backwards_is_refused() -> None:
    with pytest.raises(TargetSyntaxError, match="write the smaller number first"):
        parse_target("85 - 75 %")


@pytest.mark.parametrize(
    ("text", "bound", "value", "unit"),
    [
        ("≥ 95", ">=", "95", None),
        (">= 95 %", ">=", "95", "persen"),
        ("> 90", ">", "90", None),
        ("minimal 80 %", ">=", "80", "persen"),
        ("Minimal 80%", ">=", "80", "persen"),
        ("min. 3 dokumen", ">=", "3", "dokumen"),
        ("paling sedikit 10 orang", ">=", "10", "orang"),
        ("maks 5 hari", "<=", "5", "hari"),
        ("maksimal 2 %", "<=", "2", "persen"),
        ("≤ 14 hari", "<=", "14", "hari"),
        ("< 3", "<", "3", None),
        ("kurang dari 5 %", "<", "5", "persen"),
    ],
)
def test_bounds(text: str, bound: str, value: str, unit: str | None) -> None:
    target = parse_target(text)
    assert (target.bound, target.value, target.unit) == (bound, Decimal(value), unit)
    assert not target.is_range


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("120,5 per 100.000", "120.5", 100_000),
        ("4,2 PER 1000", "4.2", 1000),
        ("305 per 100.000 kelahiran hidup", "305", 100_000),
    ],
)
def test_rates(text: str, value: str, per: int) -> None:
    target = parse_target(text)
    assert (target.value, target.per) == (Decimal(value), per)


def test_per_before_a_word_is_part_of_the_phrase() -> None:
    target = parse_target("5 kali per tahun")
    assert (target.value, target.unit, target.per) == (5, "kali", None)
    assert target.counted == "per tahun"


def test_a_rate_per_zero_is_refused() -> None:
    with pytest.raises(TargetSyntaxError, match="above 0"):
        parse_target("3 per 0")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2.400bh", 2400, "buah"),
        ("2.400 bh", 2400, "buah"),
        ("1.000 orang", 1000, "orang"),
        ("12.500 jiwa", 12500, None),
        ("1.250,5 ton", Decimal("1250.5"), None),
        # not three digits after the dot, or a leading 0: a decimal point as before
        ("81.35", Decimal("81.35"), None),
        ("0.500", Decimal("0.5"), None),
        ("2.4 bh", Decimal("2.4"), "buah"),
    ],
)
def test_a_dot_and_three_digits_groups_thousands(
    text: str, value: int | Decimal, unit: str | None
) -> None:
    target = parse_target(text)
    assert target.value == value
    if unit is not None:
        assert target.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("seratus persen", 100, "persen"),
        ("Seratus Persen", 100, "persen"),
        ("dua puluh lima dokumen", 25, "dokumen"),
        ("Target sepuluh kegiatan", 10, "kegiatan"),
    ],
)
def test_numbers_in_words(text: str, value: int, unit: str) -> None:
    target = parse_target(text)
    assert (target.value, target.unit) == (value, unit)


def test_number_words_in_an_impossible_order_are_a_positioned_error() -> None:
    with pytest.raises(TargetSyntaxError) as caught:
        parse_target("dua tiga dokumen")
    assert caught.value.start == 0
