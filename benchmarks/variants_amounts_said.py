"""Variant benchmark of amounts as a sentence of law says them: the amount named again, the
words of the sentence before and after it (issue 14, causes 1, 7, 8 and 10; session 29).

    python benchmarks/variants_amounts_said.py [--half work|fresh|all] [--show-failures]
        [--family F]

Recomposes the shapes of the regulation cells of batches 31 to 34 read wrong at the start of
session 29 (UU 18/2009 ``Besarnya denda … ditambah 1/3 (sepertiga) dari denda tersebut``; UU
27/2003 ``… ancaman pidana denda yang dijatuhkan kepada Badan Usaha tersebut ditambah dengan 1/3
(sepertiga) dari pidana denda``; PP 29/1973 ``Besarnya kekayaan Negara … dikurangi dengan …``;
PP 11/1973 ``… adalah jumlah dari gaji pokok ditambah dengan …``; PP 63/2007 ``… dari tarif
sebagaimana tercantum pada Lampiran …``; PP 41/2015, PP 55/2010, UU 1/1995, PP 36/1972, PP
45/1986 (what closes a share's base); UU 5/2014, UU 22/2007 (a multiple said again in words
after a sentence's verb); UU 16/1951 (a rate said in words after a name); PP 30/2001 (``Bagi …,
kepadanya diberikan …``)) with other names (drawn from the labels of the development cells, in
lower case as regulations write them), other subjects, verbs, fractions, rates and closing
words:

* a share of the amount named again, by a word pointing back or by the words of its name;
* ``Besarnya`` opening the sentence before its first operand;
* a definition's sum opened by ``jumlah dari``;
* the table a tariff stands in, part of its name;
* what closes a share's base;
* a multiple whose number is said again in words, after the sentence's own verb;
* a rate said in words after a name;
* ``Bagi …,`` for whom, before a difference.

Every pool item and every template falls into one of two halves by a hash of its text
(``tests.public_scoring.pool_half``, salt ``amounts29``). The rules were drawn from the real
cells, not from these pools: both halves read the rules' reach over other words; the ``fresh``
half is the figure reported.
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

SALT = "amounts29"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""

_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dari|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata"
    r"|rerata|sebesar|setelah|sesudah|sama|adalah|yang|yg|untuk|dalam|jumlah\s*$|total\s*$"
    r"|di\w+kan|di\w+i|me\w+|minimal|maksimal|bulan|tahun|pada|oleh|tidak|kolom|sebagai"
    r"|lipat|selama|setiap|tiap|nilai\s*$|bagi|kepada|tersebut|itu|harus|wajib|besarnya"
    r"|sebagaimana|tercantum|ditetapkan)\b|\d|[,;:/()%]"
)
_AMOUNT = re.compile(r"(?i)^(?:jumlah|nilai|besaran|harga|tarif|biaya|gaji|upah|uang|penghasilan)\b")


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells, in lower case (no
    abbreviation, no digit, no operator word, no verb, no word of time or place)."""
    return lower_case_names(5, _NOT_IN_NAME)


OPENINGS = ["", "(1) ", "(2) ", "a. ", "b. "]
FRACTIONS = [
    ("1/3 (sepertiga)", "1 / 3"), ("1/2 (setengah)", "1 / 2"), ("1/4 (seperempat)", "1 / 4"),
    ("1/3 (satu per tiga)", "1 / 3"), ("2/3 (dua pertiga)", "2 / 3"),
]  # fmt: skip
RATES = [
    ("2%", "dua persen", "0.02"), ("5%", "lima persen", "0.05"), ("10%", "sepuluh persen", "0.1"),
    ("20%", "dua puluh persen", "0.2"), ("25%", "dua puluh lima persen", "0.25"),
    ("75%", "tujuh puluh lima persen", "0.75"),
]  # fmt: skip
SUBJECTS = ["Wajib Pajak", "Pemegang izin", "Badan usaha", "Pengusaha", "Pemerintah Daerah"]
ENTITIES = ["korporasi", "Badan Usaha", "badan hukum", "Bentuk Usaha Tetap"]
COPULAS = ["adalah", "ialah"]
TABLES = [
    "sebagaimana tercantum dalam Lampiran Peraturan Pemerintah ini",
    "sebagaimana tercantum pada Lampiran Peraturan Pemerintah ini",
    "sebagaimana ditetapkan dalam Lampiran Peraturan Menteri ini",
]
# what closes a share's base, with a comma or without
CLOSINGS = [
    " bagi Perusahaan Kawasan Industri", " bagi pemegang izin usaha pertambangan",
    " harus telah disetor ke Kas Negara", " wajib disetorkan ke Kas Daerah",
    ", pembayaran tersebut hanya dapat dilakukan setelah diverifikasi",
    ", tidak dikenakan Pajak Penghasilan", " harus telah ditempatkan",
    ", jumlah tersebut dapat diangsur",
]
VERBS = ["menyampaikan", "mengusulkan", "mengajukan", "menetapkan", "menyediakan"]
MULTIPLES = [("2 (dua)", "2"), ("3 (tiga)", "3"), ("4 (empat)", "4"), ("10 (sepuluh)", "10")]
PURPOSES = ["", " untuk dipilih oleh Presiden", " untuk selanjutnya diajukan kepada Menteri"]
SPELLED = [("lima puluh persen", "0.5"), ("dua puluh persen", "0.2"), ("sepuluh persen", "0.1"),
           ("dua puluh lima per seratus", "0.25")]  # fmt: skip
RECIPIENTS = ["penerima pensiun Janda/Duda", "pegawai negeri sipil", "pejabat negara"]


class Draw(NamedDraw):
    salt = SALT
    pool = names


Template = Callable[[Draw], Made]


def _named_again() -> Iterator[tuple[str, Template]]:
    def pointing(d: Draw) -> Made:
        (a,) = d.names(1)
        written, value = d.pick(FRACTIONS)
        head = a.split()[0]
        text = f"{d.pick(OPENINGS)}Besarnya {a} ditambah {written} dari {head} tersebut."
        return text, [a], f"v1 + v1 * {value}"

    def inside(d: Draw) -> Made:
        (a,) = d.names(1)
        written, value = d.pick(FRACTIONS)
        entity = d.pick(ENTITIES)
        name = f"ancaman {a} yang dijatuhkan kepada {entity} tersebut"
        text = (
            f"Dalam hal tindak pidana sebagaimana dimaksud dalam Pasal 35, Pasal 36, dan Pasal 37 "
            f"dilakukan oleh {entity}, {name} ditambah dengan {written} dari {a}."
        )
        return text, [name], f"v1 + v1 * {value}"

    yield "a word pointing back", pointing
    yield "its words inside the amount's name", inside


def _openings() -> Iterator[tuple[str, Template]]:
    def besarnya(d: Draw) -> Made:
        a, b = d.names(2)
        return f"{d.pick(OPENINGS)}Besarnya {a} dikurangi dengan {b}.", [a, b], "v1 - v2"

    def sum_of(d: Draw) -> Made:
        a, b, c = d.names(3)
        text = (
            f"{d.pick(OPENINGS)}Yang dimaksud dengan penghasilan dalam Pasal ini {d.pick(COPULAS)} "
            f"jumlah dari {a} ditambah dengan {b} dan {c}."
        )
        return text, [a, b, c], "v1 + v2 + v3"

    yield "Besarnya opening the sentence", besarnya
    yield "a definition's sum, jumlah dari", sum_of


def _tables() -> Iterator[tuple[str, Template]]:
    def table(d: Draw) -> Made:
        (a,) = d.names(1)
        rate, words, value = d.pick(RATES)
        name = f"{a} {d.pick(TABLES)}"
        text = f"{d.pick(OPENINGS)}Besarnya tarif adalah sebesar {rate} ({words}) dari {name}."
        return text, [name], f"{value} * v1"

    yield "the table a tariff stands in", table


def _closed() -> Iterator[tuple[str, Template]]:
    def closed(d: Draw) -> Made:
        (a,) = d.names(1)
        rate, words, value = d.pick(RATES)
        text = (
            f"{d.pick(OPENINGS)}{d.pick(SUBJECTS)} membayar paling sedikit {rate} ({words}) dari "
            f"{a}{d.pick(CLOSINGS)}."
        )
        return text, [a], f"{value} * v1"

    yield "share, then what closes it", closed


def _multiples() -> Iterator[tuple[str, Template]]:
    def restated(d: Draw) -> Made:
        (a,) = d.names(1)
        base = a if _AMOUNT.match(a) else f"jumlah {a}"
        said, times = d.pick(MULTIPLES)
        text = (
            f"{d.pick(OPENINGS)}{d.pick(SUBJECTS)} {d.pick(VERBS)} {said} kali {base}"
            f"{d.pick(PURPOSES)}."
        )
        return text, [base], f"{times} * v1"

    yield "a multiple said again, after a verb", restated


def _spelled() -> Iterator[tuple[str, Template]]:
    def after_name(d: Draw) -> Made:
        item, a = d.names(2)
        words, value = d.pick(SPELLED)
        return f"{d.pick(OPENINGS)}untuk {item} {words} dari {a};", [a], f"{value} * v1"

    yield "a rate in words after a name", after_name


def _for_whom() -> Iterator[tuple[str, Template]]:
    def bagi(d: Draw) -> Made:
        a, b = d.names(2)
        text = (
            f"Bagi {d.pick(RECIPIENTS)} yang mengalami penurunan penghasilan, kepadanya "
            f"diberikan tambahan sebesar selisih antara {a} dengan {b}."
        )
        return text, [a, b], "v1 - v2"

    yield "Bagi …, a difference", bagi


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "named again (1, 7, 8)": _named_again,
    "what opens the sentence (1, 8)": _openings,
    "a tariff's table (8)": _tables,
    "closing a share's base (8)": _closed,
    "multiple said again (1, 8, 10)": _multiples,
    "rate in words (8, 10)": _spelled,
    "for whom (1, 8)": _for_whom,
}


BENCHMARK = TemplateBenchmark("amounts said", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
