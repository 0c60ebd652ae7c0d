"""Variant benchmark of the time a regulation's rate runs, a mean over a period, the case an
amount holds for, a condition before the formula, and a share inside a listed item (issue 14,
causes 7 and 8; session 27).

    python benchmarks/variants_terms.py [--half work|fresh|all] [--show-failures] [--family F]

Recomposes the shapes of the regulation cells of batch 29 read wrong at the start of session 27
(UU 9/2018 ``… denda sebesar 2% (dua persen) per bulan dari jumlah PNBP Terutang dan bagian dari
bulan dihitung satu bulan penuh``; PP 37/2021 ``sebesar 45 % (…) dari Upah untuk 3 (tiga) bulan
pertama``; PP 30/2011 ``… rata-rata per tahun kewajiban pinjaman lama … ditambah dengan
rata-rata per tahun …``; UU 28/2022 ``rerata 3 (tiga) tahun …``; PP 4/2023 ``…, untuk
pascabayar``; UU 9/2018 ``(2) Dalam hal Wajib Bayar …, PNBP Terutang ditetapkan secara jabatan
ditambah …``; Perwali Kendari 9/2024 ``a. 80 % (…) dari gaji pokok PNS;`` / ``b. …``) with other
names (drawn from the labels of the development cells, in lower case as regulations write
them), other rates, other terms, cases and conditions:

* a rate of a base, then how long it runs or how a part of a month counts;
* a mean over a period (``per tahun``, ``N (…) tahun``, ``N tahun terakhir``) of each operand;
* a sum, then the case it holds for after a comma; a condition closed by a comma before it;
* the parts of an amount listed, the first a share of its own item.

Every pool item and every template falls into one of two halves by a hash of its text
(``tests.public_scoring.pool_half``, salt ``terms27``). The rules were drawn from the real cells,
not from these pools: both halves read the rules' reach over other words; the ``fresh`` half is
the figure reported.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made, NamedDraw, command, lower_case_names  # noqa: E402
from tests.public_scoring import TemplateBenchmark, halves  # noqa: E402

SALT = "terms27"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""

_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dari|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata"
    r"|rerata|sebesar|setelah|sesudah|sama|adalah|yang|yg|untuk|dalam|jumlah\s*$|total\s*$"
    r"|di\w+kan|di\w+i|me\w+|minimal|maksimal|bulan|tahun)\b|\d|[,;:/()%]"
)


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells, in lower case (no
    abbreviation, no digit, no operator word, no verb, no word of time)."""
    return lower_case_names(5, _NOT_IN_NAME)


# a rate, and the same rate in words
RATES = [
    ("1%", "satu persen", "0.01"), ("2%", "dua persen", "0.02"), ("2 %", "dua persen", "0.02"),
    ("5%", "lima persen", "0.05"), ("10%", "sepuluh persen", "0.1"),
    ("25 %", "dua puluh lima persen", "0.25"), ("45%", "empat puluh lima persen", "0.45"),
    ("60%", "enam puluh persen", "0.6"), ("80 %", "delapan puluh persen", "0.8"),
]  # fmt: skip
# how long the rate runs, how a part of a month counts, the months it covers
TERMS = [
    "dan bagian dari bulan dihitung satu bulan penuh",
    "serta bagian dari bulan dihitung penuh 1 (satu) bulan",
    "dan bagian dari bulan dihitung 1 (satu) bulan",
    "untuk jangka waktu paling lama 24 (dua puluh empat) bulan",
    "untuk jangka waktu paling lama 15 (lima belas) bulan sejak saat terutangnya pajak",
    "untuk waktu paling lama 12 (dua belas) bulan",
    "untuk selama-lamanya dua puluh empat bulan",
    "untuk 6 (enam) bulan pertama", "untuk 3 (tiga) bulan berikutnya",
    "untuk 12 (dua belas) bulan pertama", "untuk 2 (dua) tahun pertama",
]
KINDS = ["bunga", "denda", "sanksi administratif berupa bunga", "sanksi administratif berupa denda"]
SUBJECTS = [
    "Wajib Pajak", "Wajib Bayar", "Wajib Retribusi", "Badan usaha yang terlambat menyetor",
    "Penanggung pajak yang lalai", "Pemegang izin", "Peserta yang menunggak iuran",
]
OPENINGS = ["", "(2) ", "(3) ", "a. ", "b. "]
# a period a mean is taken over
PERIODS = [
    "per tahun", "3 (tiga) tahun", "5 (lima) tahun", "3 tahun terakhir", "2 (dua) tahun",
    "setiap tahun", "per bulan",
]
HEADS = [
    "Besaran kewajiban pinjaman dihitung dari", "Satuan biaya dihitung berdasarkan",
    "Alokasi dasar dihitung dari", "Nilai referensi ditetapkan berdasarkan",
    "Kebutuhan fiskal dihitung dari",
]
# the case an amount holds for
CASES = [
    "untuk pascabayar", "untuk prabayar", "untuk pelanggan rumah tangga",
    "untuk kendaraan pribadi", "untuk usaha mikro", "untuk pelanggan bisnis",
]
# a condition closed by a comma before the formula
CONDITIONS = [
    "Dalam hal Wajib Bayar tidak melakukan kewajiban sebagaimana dimaksud pada ayat (1)",
    "Dalam hal pemeriksaan menemukan kekurangan pembayaran",
    "Apabila surat pemberitahuan tidak disampaikan dalam jangka waktu yang ditentukan",
    "Jika pembayaran dilakukan setelah jatuh tempo",
    "Dalam hal pemegang izin tidak menyampaikan laporan",
]
MULTIPLES = [("2 (dua) kali", "2"), ("3 (tiga) kali", "3"), ("4 (empat) kali", "4")]
LISTS = ["terdiri atas:", "meliputi:"]


class Draw(NamedDraw):
    salt = SALT
    pool = names


Template = Callable[[Draw], Made]


def _rate_term(shape: str) -> Template:
    """``shape`` over an opening ``{o}``, a subject ``{S}``, a kind of sanction ``{k}``, a rate
    ``{r} ({w})``, a name ``{a}`` and a term ``{T}``; the structure the rate times ``v1``."""

    def make(d: Draw) -> Made:
        (a,) = d.names(1)
        rate, words, value = d.pick(RATES)
        text = shape.format(
            o=d.pick(OPENINGS), S=d.pick(SUBJECTS), k=d.pick(KINDS), r=rate, w=words, a=a,
            T=d.pick(TERMS),
        )  # fmt: skip
        return text, [a], f"{value} * v1"

    return make


def _terms() -> Iterator[tuple[str, Template]]:
    yield "per month, term", _rate_term("{o}{S} dikenai {k} sebesar {r} ({w}) per bulan dari {a} {T}.")
    yield "share, term", _rate_term("{o}sebesar {r} ({w}) dari {a} {T}; dan")
    yield "sanction, term", _rate_term("{o}{k} sebesar {r} ({w}) dari {a} {T}.")


def _mean(shape: str, sign: str) -> Template:
    """``shape`` over a head ``{H}``, a period ``{p}`` and two names; ``mean(v1) sign
    mean(v2)``."""

    def make(d: Draw) -> Made:
        a, b = d.names(2)
        text = shape.format(H=d.pick(HEADS), p=d.pick(PERIODS), a=a, b=b)
        return text, [a, b], f"mean(v1) {sign} mean(v2)"

    return make


def _means() -> Iterator[tuple[str, Template]]:
    yield "mean plus mean", _mean("{H} rata-rata {p} {a} ditambah dengan rata-rata {p} {b}.", "+")
    yield "mean over mean", _mean("{H} rerata {p} {a} dibagi dengan rerata {p} {b}.", "/")


def _cases() -> Iterator[tuple[str, Template]]:
    def case(d: Draw) -> Made:
        a, b = d.names(2)
        text = f"{d.pick(OPENINGS)}{a} ditambah dengan {b}, {d.pick(CASES)}; dan"
        return text, [a, b], "v1 + v2"

    def condition(d: Draw) -> Made:
        a, b = d.names(2)
        words, times = d.pick(MULTIPLES)
        text = (
            f"{d.pick(OPENINGS)}{d.pick(CONDITIONS)}, {a} ditambah sanksi administratif berupa "
            f"denda sebesar {words} {b}."
        )
        return text, [a, b], f"v1 + {times} * v2"

    yield "case after a comma", case
    yield "condition before", condition


def _listed() -> Iterator[tuple[str, Template]]:
    def share_first(d: Draw) -> Made:
        a, b, c = d.names(3)
        rate, words, value = d.pick(RATES)
        text = (
            f"(1) Penghasilan sebagaimana dimaksud dalam Pasal 2 {d.pick(LISTS)}\n"
            f"a. {rate} ({words}) dari {a};\nb. {b}; dan\nc. {c}."
        )
        return text, [a, b, c], f"{value} * v1 + v2 + v3"

    yield "share in the first item", share_first


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "rate then its term (8)": _terms,
    "mean over a period (7, 8)": _means,
    "case and condition (8)": _cases,
    "share in a listed item (7)": _listed,
}


BENCHMARK = TemplateBenchmark("terms", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
