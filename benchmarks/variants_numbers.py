"""Variant benchmark of the numbers family (issue 14, causes 2, 5, 7 and 10).

    python benchmarks/variants_numbers.py [--half a|b|all] [--show-failures] [--family F]

Composes formula cells from pools with a seeded generator: names of the development cells
(labelled variables of plain words), numbers written the Indonesian ways (thousands dots,
decimal commas, currency ``Rp 1.000.000,-``, a number restated in words or in brackets
``25 (dua puluh lima)``, ``0,005 (0,5%)``), shares said with their words (``10% (sepuluh
persen) dari …``), multipliers and rates with a unit (``x 1.000 KH``, ``per 100.000
penduduk``, ``dibagi 10.000``), means and Σ in their notations, implicit products, long sums
and names that carry numbers (ages and ranges, time indices ``tahun n-1``, ``PDRB(t-1)``,
numbered columns ``Kolom (12)``, roman numerals with dots ``IKU I. 2``, thresholds ``≥ 7``).
Each cell has known variables and structure and is scored exactly as the public cells are
(``tests.public_scoring.read_cell``); the rate is printed per family.

Every pool item and every template falls into one of two halves by a hash of its text. Work
was done looking at half ``a`` only; half ``b`` (names, numbers, words and templates never
looked at) is the honest figure of how the rules generalise. The holdout file is never read.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made  # noqa: E402
from tests.public_scoring import (  # noqa: E402
    Reading,
    Tally,
    pool_half,
    print_tallies,
    tally_readings,
    variant_cells,
    variant_failure_lines,
)

SALT = "numbers12"
PER_TEMPLATE = 20


def half_of(text: str) -> str:
    """``"a"`` or ``"b"``: the half a pool item or a template belongs to."""
    return "ab"[pool_half(text, SALT)]


# --- pools ---------------------------------------------------------------------------------

# a number as written, its value as the structure writes it
NUMBERS = [
    ("1.000", "1000"), ("1.206", "1206"), ("0,005", "0.005"), ("2,5", "2.5"), ("26,3", "26.3"),
    ("1.500.000", "1500000"), ("12.500,5", "12500.5"), ("0,11", "0.11"), ("3,6", "3.6"),
    ("0,00005", "0.00005"), ("Rp 1.000.000,-", "1000000"), ("Rp. 25.000,00", "25000"),
    ("Rp5.000", "5000"), ("7,25", "7.25"), ("2.400", "2400"), ("0,75", "0.75"),
    ("Rp 150.000", "150000"), ("1,5", "1.5"), ("40.000", "40000"), ("0,02", "0.02"),
    ("Rp 2,5 juta", "2500000"), ("1 juta", "1000000"), ("Rp 500 ribu", "500000"),
    ("Rp. 1.250.000,00", "1250000"), ("IDR 10.000", "10000"), ("0,5", "0.5"),
    ("81.35", "81.35"), ("0.376", "0.376"), ("2.5", "2.5"), ("1.250,75", "1250.75"),
]  # fmt: skip
RESTATED = [
    ("25 (dua puluh lima)", "25"), ("12 (dua belas)", "12"), ("30 (tiga puluh)", "30"),
    ("0,005 (0,5%)", "0.005"), ("400.000 (empat ratus ribu)", "400000"),
    ("75 (tujuh puluh lima)", "75"), ("2 (dua)", "2"), ("1.000 (seribu)", "1000"),
    ("3 (tiga)", "3"), ("1,5 (satu koma lima)", "1.5"), ("0,01 (1%)", "0.01"),
    ("4 (empat)", "4"), ("365 (tiga ratus enam puluh lima)", "365"), ("10 (sepuluh)", "10"),
    ("0,25 (nol koma dua lima)", "0.25"), ("6 (enam)", "6"), ("2,5 (dua setengah)", "2.5"),
    ("15 (lima belas)", "15"),
]  # fmt: skip
SHARES = [
    ("10% (sepuluh persen)", "0.1"), ("27,5% (dua puluh tujuh koma lima per seratus)", "0.275"),
    ("90 % (sembilan puluh per seratus)", "0.9"), ("50% (lima puluh persen)", "0.5"),
    ("2,5% (dua koma lima persen)", "0.025"), ("5% (lima persen)", "0.05"),
    ("100% (seratus persen)", "1"), ("15% (lima belas persen)", "0.15"),
    ("0,5% (nol koma lima persen)", "0.005"), ("20 % (dua puluh perseratus)", "0.2"),
    ("30% (tiga puluh persen)", "0.3"), ("47,5% (empat puluh tujuh koma lima per seratus)", "0.475"),
    ("25% (dua puluh lima persen)", "0.25"), ("1% (satu persen)", "0.01"),
    ("60 % (enam puluh persen)", "0.6"), ("12,5% (dua belas koma lima persen)", "0.125"),
]  # fmt: skip
NUMBER_WORDS = [
    ("seratus", "100"), ("seribu", "1000"), ("sepuluh", "10"), ("dua belas", "12"),
    ("dua puluh lima", "25"), ("tiga puluh", "30"), ("empat", "4"), ("setengah", "0.5"),
    ("lima puluh", "50"), ("tiga", "3"), ("enam puluh", "60"), ("seratus ribu", "100000"),
    ("dua", "2"), ("lima", "5"), ("sebelas", "11"), ("tiga ratus enam puluh lima", "365"),
]  # fmt: skip
TIME_UNITS = [
    "bulan", "hari", "tahun", "minggu", "jam", "hari kerja", "bulan kalender", "triwulan",
    "pekan", "semester", "tahun anggaran", "hari kalender", "menit", "kali kunjungan",
]  # fmt: skip
TIME_FACTORS = [("12", "12"), ("30", "30"), ("7", "7"), ("365", "365"), ("24", "24"), ("4", "4")]
BRACKET_FACTORS = [("0,5", "0.5"), ("1,5", "1.5"), ("0,25", "0.25")]
BIG_RESTATED = [
    ("1.000.000 (satu juta)", "1000000"), ("10.000 (sepuluh ribu)", "10000"),
    ("2.500 (dua ribu lima ratus)", "2500"), ("100.000 (seratus ribu)", "100000"),
]  # fmt: skip
FRACTIONS_SAID = [
    ("10/110 (sepuluh per seratus sepuluh)", "10 / 110"), ("1/3 (satu per tiga)", "1 / 3"),
    ("2/3 (dua per tiga)", "2 / 3"), ("3/4 (tiga per empat)", "3 / 4"),
]  # fmt: skip
THRESHOLDS = ["≥ 80%", "≥ 7", "< 2.500 gram", "minimal 95%", "> 3 kali", "≤ 24 jam"]
NAME_UNITS = ["(Rp)", "(Ha)", "(orang)", "(%)", "(Rp/Ha)", "(kg)", "(unit)", "(km)"]
FRACTIONS = [
    ("10/110", "10 / 110"), ("1/3", "1 / 3"), ("2/3", "2 / 3"), ("1/4", "1 / 4"),
    ("3/4", "3 / 4"), ("11/12", "11 / 12"), ("1/2", "1 / 2"), ("5/100", "5 / 100"),
]  # fmt: skip
PERIODS = [
    ("TW I", "TW II"), ("Semester I", "Semester II"), ("Tahun 2023", "Tahun 2022"),
    ("Triwulan III", "Triwulan II"), ("(n)", "(n-1)"), ("Tahun t", "Tahun t-1"),
    ("tahun berjalan", "tahun sebelumnya"), ("Tahun 2024", "Tahun 2023"), ("(t)", "(t-1)"),
    ("Bulan ke-12", "Bulan ke-11"),
]  # fmt: skip
MULTIPLIERS = [
    ("1.000", "1000"), ("10.000", "10000"), ("100.000", "100000"), ("1000", "1000"),
    ("100.000", "100000"), ("1.000.000", "1000000"), ("10000", "10000"), ("100000", "100000"),
]  # fmt: skip
UNITS = [
    "KH", "kelahiran hidup", "penduduk", "balita", "ibu hamil", "jiwa", "orang",
    "penduduk usia produktif", "kelahiran", "pasien", "rumah tangga", "bayi", "peserta",
    "anak", "keluarga", "pengunjung",
]  # fmt: skip
QUALIFIERS = [
    "usia 15-24 tahun", "usia 0 - 11 bulan", "tahun n-1", "tahun (t-1)", "yang memenuhi ≥ 7 kriteria",
    "dengan berat < 2.500 gram", "tahun 2023", "TW III", "usia 19 – 24 thn", "umur ≥ 60 tahun",
    "tahun 2019 - 2024", "usia 6-12 tahun", "dengan nilai ≥ 11", "periode Januari - Desember",
    "kelas I. 2", "usia 15 tahun ke atas", "ke-3", "sesuai SNI 01-2891", "minimal 2 x kunjungan",
    "tahun t+1", "K4", "DPT-HB-Hib 3", "Kelas VII-IX", "usia 0 s.d 11 bulan",
    "dalam 1 (satu) tahun", "tahun 2020-2024", "TT2+", "ditimbang ≥ 8 kali", "HB0 (0-7 hari)",
    "per 31 Desember 2023", "Semester II", "umur 12-23 bulan", "(15-64 th)",
]  # fmt: skip
ROMAN = ["I. 2", "I. 3", "II. 1", "II. 2", "III. 1", "III. 2", "IV. 4", "V. 1", "II. 3", "I. 1"]
COLUMNS = [str(n) for n in range(3, 30)]
MEAN_WORDS = ["rata-rata", "rerata", "nilai rata-rata dari", "rata-rata dari"]
SIGMA = ["Σ", "∑"]
_STOP = re.compile(
    r"(?i)\b(?:dari|per|kali|bagi|tambah|kurang|rata|dengan|terhadap|sebesar|atau|dibagi|"
    r"dikali\w*|ditambah|dikurangi|jumlah|total|banyaknya|x|dan|yang|di|ke|antara|sama|adalah|wajib|harus)\b"
)


_HEAD = re.compile(r"(?i)(?:persentase|rasio|tingkat|capaian|angka)\b")
"""A word that opens an indicator's label: read as the label's (prose12's rules), not ours."""


def dev_names() -> list[str]:
    """Plain names of the development cells: two to five words, letters only."""
    names: dict[str, str] = {}  # one spelling of a name (the first) per key
    for cell in variant_cells():
        if cell["kind"] != "formula":
            continue
        for name in cell["variables"]:
            words = name.split()
            if (
                2 <= len(words) <= 5
                and re.fullmatch(r"[A-Za-z ]+", name)
                and not _STOP.search(name)
                and not _HEAD.match(name)
                and any(len(word) > 2 for word in words)  # not a symbol ("H o", "HC t")
            ):
                names.setdefault(" ".join(words).lower(), " ".join(words))
    return sorted(names.values())


@dataclass
class Pools:
    names: list[str]
    numbers: list[tuple[str, str]]
    restated: list[tuple[str, str]]
    shares: list[tuple[str, str]]
    multipliers: list[tuple[str, str]]
    units: list[str]
    qualifiers: list[str]
    roman: list[str]
    columns: list[str]
    mean_words: list[str]
    sigma: list[str]
    number_words: list[tuple[str, str]]
    time_units: list[str]
    fractions: list[tuple[str, str]]
    periods: list[tuple[str, str]]


def pools(half: str) -> Pools:
    def keep(items: list[Any]) -> list[Any]:
        return [i for i in items if half == "all" or half_of(str(i)) == half]

    return Pools(
        keep(dev_names()), keep(NUMBERS), keep(RESTATED), keep(SHARES), keep(MULTIPLIERS),
        keep(UNITS), keep(QUALIFIERS), keep(ROMAN), keep(COLUMNS), keep(MEAN_WORDS), SIGMA,
        keep(NUMBER_WORDS), keep(TIME_UNITS), keep(FRACTIONS), keep(PERIODS),
    )  # fmt: skip


# --- templates -----------------------------------------------------------------------------



@dataclass
class Draw:
    rng: random.Random
    pools: Pools

    def names(self, count: int, lower: bool = False) -> list[str]:
        picked = self.rng.sample(self.pools.names, count)
        return [n[0].lower() + n[1:] if lower else n for n in picked]

    def pick(self, items: list[Any]) -> Any:
        return self.rng.choice(items)


Template = Callable[[Draw], Made]


# fmt: off
def _numbers(d: Draw) -> Iterator[tuple[str, Template]]:
    yield "times number", lambda d: _one(d, "{a} x {n}", "v1 * {v}", d.pick(d.pools.numbers))
    yield (
        "over number",
        lambda d: _one(d, "{a} / {n} x 100%", "v1 / {v} * 100", d.pick(d.pools.numbers)),
    )
    yield (
        "difference times",
        lambda d: _two(d, "({a} - {b}) x {n}", "(v1 - v2) * {v}", d.pick(d.pools.numbers)),
    )
    yield (
        "sum with number",
        lambda d: _two(d, "{a} x {n} + {b}", "v1 * {v} + v2", d.pick(d.pools.numbers)),
    )
    yield (
        "dikalikan restated",
        lambda d: _one(d, "{a} dikalikan dengan {n}", "v1 * {v}", d.pick(d.pools.restated)),
    )
    yield (
        "dibagi restated",
        lambda d: _one(d, "{a} dibagi {n}", "v1 / {v}", d.pick(d.pools.restated)),
    )
    yield (
        "restated first",
        lambda d: _one(d, "{n} dikalikan {a}", "{v} * v1", d.pick(d.pools.restated)),
    )
    yield (
        "ditambah number",
        lambda d: _two(
            d, "{a} ditambah {n} dikurangi {b}", "v1 + {v} - v2", d.pick(d.pools.numbers)
        ),
    )
    yield (
        "restated share",
        lambda d: _one(d, "{a} dikalikan dengan {n}", "v1 * {v}", d.pick(_restated_shares(d))),
    )
    yield (
        "unit of divisor",
        lambda d: _one(d, "{a} / {n} {u}", "v1 / {v}", d.pick(d.pools.restated), unit=True),
    )
    yield "words times", lambda d: _one(d, "{a} dikalikan {n}", "v1 * {v}", d.pick(d.pools.number_words))
    yield "words divides", lambda d: _one(d, "{a} dibagi {n}", "v1 / {v}", d.pick(d.pools.number_words))
    yield "time unit factor", lambda d: _one(d, "{a} x {n} {t}", "v1 * {v}", d.pick(TIME_FACTORS))
    yield "over thousand", lambda d: _two(d, "({a} / {n}) x {b}", "v1 / {v} * v2", d.pick(d.pools.multipliers))
    yield "divided restated big", lambda d: _one(d, "{a} dibagi {n}", "v1 / {v}", d.pick(BIG_RESTATED))
    yield "restated then", lambda d: _two(d, "{a} dikurangi {n} dikalikan {b}", "v1 - {v} * v2", d.pick(d.pools.restated))


def _shares(d: Draw) -> Iterator[tuple[str, Template]]:
    yield "dari", lambda d: _one(d, "{n} dari {a}", "{v} * v1", d.pick(d.pools.shares))
    yield (
        "sebesar dari",
        lambda d: _one(d, "sebesar {n} dari {a}", "{v} * v1", d.pick(d.pools.shares)),
    )
    yield "share times", lambda d: _one(d, "{n} x {a}", "{v} * v1", d.pick(_weights(d)))
    yield (
        "dari after difference",
        lambda d: _two(
            d,
            "sebesar {n} dari {a} setelah dikurangi {b}",
            "{v} * (v1 - v2)",
            d.pick(d.pools.shares),
        ),
    )
    yield "added share", lambda d: _one(d, "{a} ditambah {n}", "v1 + {v}", d.pick(d.pools.shares))
    yield "times share", lambda d: _one(d, "{a} dikalikan {n}", "v1 * {v}", d.pick(_weights(d)))
    yield "less a share", lambda d: _two(d, "{a} dikurangi {n} dari {b}", "v1 - {v} * v2", d.pick(d.pools.shares))
    yield "fraction of", lambda d: _one(d, "{n} dari {a}", "{v} * v1", d.pick(d.pools.fractions))
    yield "share of difference", lambda d: _two(d, "{n} dari {a} dikurangi {b}", "{v} * (v1 - v2)", d.pick(d.pools.shares))
    yield "plain share", lambda d: _one(d, "{n} dari {a}", "{v} * v1", d.pick([(t.split(" (")[0], v) for t, v in d.pools.shares]))
    yield "limited share", lambda d: _one(d, "paling banyak {n} dari {a}", "{v} * v1", d.pick(d.pools.shares))
    yield "fraction restated of", lambda d: _one(d, "{n} dari {a}", "{v} * v1", d.pick(FRACTIONS_SAID))
    yield "share in brackets", lambda d: _two(d, "({a} x {p}) + ({b} x {q})", "v1 * {x} + v2 * {y}", ("", ""))
    yield "list item", lambda d: _one(d, "1. dibagi seluruh karyawan : {n} dari {a};", "{v} * v1", d.pick(d.pools.shares))


def _rates(d: Draw) -> Iterator[tuple[str, Template]]:
    yield "x unit", lambda d: _rate(d, "{a} / {b} x {m} {u}")
    yield "per unit", lambda d: _rate(d, "{a} / {b} per {m} {u}")
    yield "dikali", lambda d: _rate(d, "{a} dibagi {b} dikali {m}")
    yield "bracketed", lambda d: _rate(d, "({a} / {b}) x {m}")
    yield (
        "dibagi number",
        lambda d: _one(d, "{a} dibagi {n}", "v1 / {v}", d.pick(d.pools.multipliers)),
    )
    yield "jumlah x unit", lambda d: _rate(d, "Jumlah {a} / Jumlah {b} x {m} {u}", jumlah=True)
    yield "colon unit", lambda d: _rate(d, "({a} : {b}) x {m} {u}")
    yield "labelled rate", lambda d: _rate(d, "Angka {a} = {a} / {b} x {m} {u}")
    yield "scale before", lambda d: _rate(d, "{a} x {m} / {b}")
    yield "per after bracket", lambda d: _rate(d, "({a} / {b}) per {m} {u}")
    yield "rate in brackets", lambda d: _rate(d, "{a} / {b} (per {m} {u})")
    yield "dibagi per", lambda d: _rate(d, "{a} dibagi {b} per {m} {u}")
    yield "word multiplier", lambda d: _rate(d, "{a} / {b} x {m} {u}", words=True)
    yield "per name", lambda d: _rate(d, "{a} per {m} {b}")
    yield "kali multiplier", lambda d: _rate(d, "{a} dibagi {b} kali {m}")
    yield "rate restated", lambda d: _rate(d, "{a} / {b} x {m} {u}", said=True)
    yield "wrapped scale", lambda d: _rate(d, "{a} / {b} x\n{m} {u}")
    yield "wrapped unit", lambda d: _rate(d, "{a} / {b} x {m}\n{u}")
    yield "kali unit words", lambda d: _rate(d, "{a} dibagi {b} dikalikan {m} {u}")


def _arithmetic(d: Draw) -> Iterator[tuple[str, Template]]:
    yield "mean list", _mean_list
    yield "mean by count", lambda d: _three(d, "({a} + {b} + {c}) / 3", "(v1 + v2 + v3) / 3")
    yield "implicit product", lambda d: _three(d, "1/3 ({a} + {b} + {c})", "(v1 + v2 + v3) / 3")
    yield "implicit integer", lambda d: _two(d, "2 ({a} + {b})", "2 * (v1 + v2)", ("", ""))
    yield "sigma product", lambda d: _two(d, "{s} ({a} x {b})", "sum(v1 * v2)", ("", ""))
    yield "sigma ratio", lambda d: _two(d, "{s} ({a} / {b})", "sum(v1 / v2)", ("", ""))
    yield (
        "sigma sum by count",
        lambda d: _two(d, "{s} ({a} + {b}) / 2 x 100%", "sum(v1 + v2) / 2 * 100", ("", "")),
    )
    yield "mean of rows", lambda d: _one(d, "rata-rata {a}", "mean(v1)", ("", ""), lower=True)
    yield "growth", lambda d: _two(d, "({a} - {b}) / {b} x 100%", "(v1 - v2) / v2 * 100", ("", ""))
    yield "long sum", _long_sum
    yield "half bracket", lambda d: _two(d, "½ ({a} + {b})", "(v1 + v2) / 2", ("", ""))
    yield (
        "decimal bracket",
        lambda d: _two(
            d,
            "{n} ({a} + {b})",
            "{v} * (v1 + v2)",
            d.pick(BRACKET_FACTORS),
        ),
    )
    yield "mean dari", lambda d: _one(d, "rata-rata dari {a}", "mean(v1)", ("", ""), lower=True)
    yield "half times", lambda d: _two(d, "(1/2) x ({a} + {b})", "(v1 + v2) / 2", ("", ""))
    yield "quarter of four", _quarter
    yield "decimal times bracket", lambda d: _two(d, "0,5 x ({a} + {b})", "0.5 * (v1 + v2)", ("", ""))
    yield "sigma difference", lambda d: _two(d, "{s} ({a} - {b}) / {s} {b} x 100%", "sum(v1 - v2) / sum(v2) * 100", ("", ""))
    yield "twice over three", lambda d: _two(d, "2 x ({a} + {b}) / 3", "2 * (v1 + v2) / 3", ("", ""))
    yield "mean percent", lambda d: _two(d, "({a} + {b}) / 2 x 100%", "(v1 + v2) / 2 * 100", ("", ""))
    yield "halves", lambda d: _two(d, "1/2 x {a} + 1/2 x {b}", "v1 / 2 + v2 / 2", ("", ""))
    yield "numbered sum", _numbered_sum
    yield "weighted percent", lambda d: _two(d, "{s} ({a} x {b}) / {s} {b} x 100%", "sum(v1 * v2) / sum(v2) * 100", ("", ""))
    yield "mean colon", lambda d: _three(d, "({a} + {b} + {c}) : 3", "(v1 + v2 + v3) / 3")
    yield (
        "sigma over sigma",
        lambda d: _two(d, "{s} {a} / {s} {b} x 100%", "sum(v1) / sum(v2) * 100", ("", "")),
    )
    yield (
        "weighted mean",
        lambda d: _two(d, "{s} ({a} x {b}) / {s} {b}", "sum(v1 * v2) / sum(v2)", ("", "")),
    )
    yield (
        "mean in sentence",
        lambda d: _one(
            d,
            "Nilai indeks adalah rata-rata {a} setiap indikator",
            "mean(v1)",
            ("", ""),
            lower=True,
            tail=" setiap indikator",
        ),
    )
    yield (
        "square in words",
        lambda d: _two(
            d, "{a} dikalikan dengan pangkat dua dari {b}", "v1 * v2 * v2", ("", ""), lower=True
        ),
    )
    yield "weighted", lambda d: _two(d, "{p} x {a} + {q} x {b}", "{x} * v1 + {y} * v2", ("", ""))  # fmt: skip


def _named(d: Draw) -> Iterator[tuple[str, Template]]:
    yield "qualified ratio", _qualified
    yield (
        "columns ratio",
        lambda d: _columns(d, "Kolom ({k}) = Kolom ({i}) : Kolom ({j}) x 100%", "v1 / v2 * 100"),
    )
    yield "columns sum", lambda d: _columns(d, "Kolom ({k}) = Kolom ({i}) + Kolom ({j})", "v1 + v2")
    yield (
        "columns bracket",
        lambda d: _columns(d, "Kolom ({k}) = [Kolom ({i}) : Kolom ({j})] x 100%", "v1 / v2 * 100"),
    )
    yield "roman sigma", _roman
    yield "growth years", _growth_years
    yield "time index", _time_index
    yield "growth broken", _growth_broken
    yield (
        "columns wrapped",
        lambda d: _columns(d, "Kolom ({k}) = Kolom\n({i}) : Kolom ({j}) x 100%", "v1 / v2 * 100"),
    )
    yield "qualified rate", _qualified_rate
    yield "period growth", _period_growth
    yield "period growth bracketed", lambda d: _period_growth(d, brackets=True)
    yield "periods summed", _periods_summed
    yield "threshold ratio", lambda d: _threshold(d)
    yield "units in names", _units_in_names  # fmt: skip


# fmt: on
FAMILIES: dict[str, Callable[[Draw], Iterator[tuple[str, Template]]]] = {
    "numbers (10)": _numbers,
    "shares (7, 10)": _shares,
    "rates (5)": _rates,
    "arithmetic (7)": _arithmetic,
    "names with numbers (2)": _named,
}  # fmt: skip


def _weights(d: Draw) -> list[tuple[str, str]]:
    """The shares that weigh a quantity beside them: not 100%, which makes a percentage."""
    return [share for share in d.pools.shares if share[1] != "1"]


def _fill(d: Draw, text: str, structure: str, names: list[str], number: tuple[str, str]) -> Made:
    keys = dict(zip("abc", names, strict=False))
    p, q = (d.rng.choice(_weights(d)) for _ in range(2))
    time = d.pick(d.pools.time_units) if "{t}" in text else ""
    text = text.format(n=number[0], s=d.pick(d.pools.sigma), p=p[0], q=q[0], t=time, **keys)
    return text, names, structure.format(v=number[1], x=p[1], y=q[1])


def _one(
    d: Draw,
    text: str,
    structure: str,
    number: tuple[str, str],
    lower: bool = False,
    unit: bool = False,
    tail: str = "",
) -> Made:
    made = _fill(d, text.replace("{u}", d.pick(d.pools.units)) if unit else text, structure,
                 d.names(1, lower), number)  # fmt: skip
    return made[0], [made[1][0] + tail], made[2]


def _restated_shares(d: Draw) -> list[tuple[str, str]]:
    """A share written as a number and again as a percent: ``0,005 (0,5%)``."""
    found = [(f"{v.replace('.', ',')} ({t.split(' (')[0]})", v) for t, v in _weights(d)]
    return [(t, v) for t, v in found if "," in t.split(" (")[0]]


def _two(d: Draw, text: str, structure: str, number: tuple[str, str], lower: bool = False) -> Made:
    return _fill(d, text, structure, d.names(2, lower), number)


def _three(d: Draw, text: str, structure: str) -> Made:
    return _fill(d, text, structure, d.names(3), ("", ""))


def _rate(
    d: Draw, text: str, jumlah: bool = False, words: bool = False, said: bool = False
) -> Made:
    names = d.names(2, lower=jumlah)
    m, v = d.pick(d.pools.multipliers)
    if said:  # "1.000 (seribu)"
        m, v = d.pick(
            [
                ("1.000 (seribu)", "1000"),
                ("100.000 (seratus ribu)", "100000"),
                ("10.000 (sepuluh ribu)", "10000"),
            ]
        )
    if words:  # "100 ribu", "1 juta"
        m, v = d.pick([("100 ribu", "100000"), ("1 juta", "1000000"), ("10 ribu", "10000")])
    filled = text.format(a=names[0], b=names[1], m=m, u=d.pick(d.pools.units))
    return filled, [f"Jumlah {n}" for n in names] if jumlah else names, f"v1 / v2 * {v}"


def _mean_list(d: Draw) -> Made:
    names = d.names(3)
    word = d.pick(d.pools.mean_words)
    return f"{word} ({', '.join(names)})", names, "(v1 + v2 + v3) / 3"


def _long_sum(d: Draw) -> Made:
    base = d.names(1)[0]
    count = d.rng.randint(5, 14)
    names = [f"{base} {i}" for i in range(1, count + 1)]
    return " + ".join(names), names, " + ".join(f"v{i}" for i in range(1, count + 1))


def _qualified(d: Draw) -> Made:
    a, b = d.names(2)
    qa, qb = d.pick(d.pools.qualifiers), d.pick(d.pools.qualifiers)
    names = [f"{a} {qa}", f"{b} {qb}"]
    return f"{names[0]} / {names[1]} x 100%", names, "v1 / v2 * 100"


def _quarter(d: Draw) -> Made:
    names = d.names(4)
    return f"1/4 ({' + '.join(names)})", names, "(v1 + v2 + v3 + v4) / 4"


def _period_growth(d: Draw, brackets: bool = False) -> Made:
    base = d.names(1)[0]
    now, then = (f"{base} {p}" for p in d.pick(d.pools.periods))
    text = f"({now} - {then}) / {then} x 100%" if brackets else f"{now} - {then} / {then} x 100%"
    return text, [now, then], "(v1 - v2) / v2 * 100"


def _periods_summed(d: Draw) -> Made:
    base = d.names(1)[0]
    names = [f"{base} {p}" for p in d.pick(d.pools.periods)]
    return " + ".join(names), names, "v1 + v2"


def _numbered_sum(d: Draw) -> Made:
    base = d.names(1)[0]
    count = d.rng.randint(3, 8)
    numbered = d.pick(["{b} ke-{i}", "{b} {i}", "{b} ({i})", "{b} Tahap {i}"])
    names = [numbered.format(b=base, i=i) for i in range(1, count + 1)]
    total = " + ".join(f"v{i}" for i in range(1, count + 1))
    return f"({' + '.join(names)}) / {count}", names, f"({total}) / {count}"


def _threshold(d: Draw) -> Made:
    a, b = d.names(2)
    name = f"{a} dengan capaian {d.pick(THRESHOLDS)}"
    return f"{name} / {b} x 100%", [name, b], "v1 / v2 * 100"


def _units_in_names(d: Draw) -> Made:
    a, b = d.names(2)
    names = [f"{a} {d.pick(NAME_UNITS)}", f"{b} {d.pick(NAME_UNITS)}"]
    return f"{names[0]} / {names[1]} x 100%", names, "v1 / v2 * 100"


def _growth_broken(d: Draw) -> Made:
    base = d.names(1)[0]
    now, then = f"{base} Tahun n", f"{base} Tahun n-1"
    return f"{now} - {base} Tahun n-\n1 / {then} x 100%", [now, then], "(v1 - v2) / v2 * 100"


def _qualified_rate(d: Draw) -> Made:
    a, b = d.names(2)
    qualifier = d.pick(d.pools.qualifiers)
    m, v = d.pick(d.pools.multipliers)
    names = [f"{a} {qualifier}", f"{b} {qualifier}"]
    return f"{names[0]} / {names[1]} x {m} {d.pick(d.pools.units)}", names, f"v1 / v2 * {v}"


def _columns(d: Draw, text: str, structure: str) -> Made:
    k, i, j = d.rng.sample(d.pools.columns, 3)
    return text.format(k=k, i=i, j=j), [f"Kolom ({i})", f"Kolom ({j})"], structure


def _roman(d: Draw) -> Made:
    count = d.rng.choice([2, 3])
    codes = d.rng.sample(d.pools.roman, count)
    names = [f"% IKU {c}" for c in codes]
    sigma = d.pick(d.pools.sigma)
    text = f"{sigma} ({' + '.join(names)}) / {count} x 100%"
    inner = " + ".join(f"v{i}" for i in range(1, count + 1))
    return text, names, f"sum({inner}) / {count} * 100"


def _growth_years(d: Draw) -> Made:
    base = d.names(1)[0]
    now, then = f"{base} Tahun n", f"{base} Tahun n-1"
    return f"{now} - {then} / {then} x 100%", [now, then], "(v1 - v2) / v2 * 100"


def _time_index(d: Draw) -> Made:
    word = d.pick(["PDRB", "PAD", "IHK", "Inflasi", "Nilai Ekspor"])
    now, then = f"{word}(t)", f"{word}(t-1)"
    return f"({now} - {then}) / {then} x 100%", [now, then], "(v1 - v2) / v2 * 100"


# --- running -------------------------------------------------------------------------------


def variants(half: str, family: str | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(family, template, cell)`` for every template of the half, PER_TEMPLATE cells each."""
    chosen = pools(half)
    for name, make in FAMILIES.items():
        if family and family not in name:
            continue
        for label, template in make(Draw(random.Random(0), chosen)):  # noqa: S311
            if half != "all" and half_of(f"{name}:{label}") != half:
                continue
            rng = random.Random(f"{SALT}:{label}")  # noqa: S311 - reproducible cells
            for number in range(PER_TEMPLATE):
                text, names, structure = template(Draw(rng, chosen))
                cell = {"id": f"{label}#{number}", "text": text, "variables": names,
                        "structure": structure}  # fmt: skip
                yield name, label, cell


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=["a", "b", "all"], default="a")
    parser.add_argument("--family", help="only families whose name holds this")
    parser.add_argument("--show-failures", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    tallies: dict[str, Tally[tuple[str, dict[str, Any]]]] = tally_readings(
        (family, (label, cell), cell) for family, label, cell in variants(args.half, args.family)
    )

    def lines(variation: tuple[str, dict[str, Any]], reading: Reading) -> Iterator[str]:
        return variant_failure_lines(variation[0], variation[1], reading)

    print_tallies(
        f"numbers variants, half {args.half}", tallies, lines if args.show_failures else None
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
