"""Variant benchmark of penalties and surcharges as laws say them, the words that close a
share's base, and a form's note over its columns (issue 14, causes 1, 7 and 8; session 28).

    python benchmarks/variants_penalties.py [--half work|fresh|all] [--show-failures]
        [--family F]

Recomposes the shapes of the regulation cells of batches 30 and 31 read wrong at the start of
session 28 (UU 35/1953 ``… dihukum denda sebanyak- banyaknya sepuluh kali jumlah pajak …``;
UU 1/2023 ``… tetapi tidak melebihi maksimum pidana yang terberat ditambah l/3 (satu per
tiga)``; UU 21/2014 ``Dalam hal …, selain pidana penjara …, pidana yang dapat dijatuhkan …
ditambah dengan 1/3 (sepertiga) dari pidana denda``; UU 16/2000 ``… pelunasan kekurangan
pembayaran … beserta sanksi administrasi berupa denda sebesar 2 (dua) kali …``; PP 14/1970 ``…
sebagaimana telah diubah dan ditambah terakhir dengan …, kepada … diberikan … sebesar 50% …
dari penghasilan itu``; PMK 37/2025, PP 67/2002, PP 45/1994 (what closes a share's base);
Permen PUPR 5/2024 (a form's note)) with other names (drawn from the labels of the development
cells, in lower case as regulations write them), other caps, multiples, fractions, rates,
subjects, amendments, closing words and columns:

* a multiple said in words after a cap, or after an operator word;
* a fraction alone added to a penalty, after a clause of contrast or alone;
* what else befalls, before a penalty plus a share of a fine;
* an amount together with a sanction named before its rate;
* an amount after the phrase of an amendment;
* a share whose base a clause closes;
* a form's note over its columns.

Every pool item and every template falls into one of two halves by a hash of its text
(``tests.public_scoring.pool_half``, salt ``penalties28``). The rules were drawn from the real
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

SALT = "penalties28"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""

_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dari|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata"
    r"|rerata|sebesar|setelah|sesudah|sama|adalah|yang|yg|untuk|dalam|jumlah\s*$|total\s*$"
    r"|di\w+kan|di\w+i|me\w+|minimal|maksimal|bulan|tahun|pada|oleh|tidak|kolom|sebagai"
    r"|lipat|selama|setiap|tiap|nilai\s*$)\b|\d|[,;:/()%]"
)


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells, in lower case (no
    abbreviation, no digit, no operator word, no verb, no word of time or place)."""
    return lower_case_names(5, _NOT_IN_NAME)


# a cap before a multiple, as laws and their scans write it
CAPS = [
    "sebanyak-banyaknya", "sebanyak- banyaknya", "setinggi-tingginya", "paling banyak",
    "paling tinggi", "sekurang-kurangnya",
]
# a whole number in words, and its value
WORDS = [("dua", "2"), ("tiga", "3"), ("empat", "4"), ("lima", "5"), ("sepuluh", "10")]
# a fraction added to a penalty, as written, and its value
FRACTIONS = [
    ("1/3 (sepertiga)", "1 / 3"), ("1/3 (satu per tiga)", "1 / 3"), ("l/3 (satu per tiga)", "1 / 3"),
    ("1/2 (setengah)", "1 / 2"), ("1/4 (seperempat)", "1 / 4"), ("2/3 (dua pertiga)", "2 / 3"),
]  # fmt: skip
# a rate, and the same rate in words
RATES = [
    ("2%", "dua persen", "0.02"), ("5%", "lima persen", "0.05"), ("10%", "sepuluh persen", "0.1"),
    ("15 %", "lima belas persen", "0.15"), ("25%", "dua puluh lima persen", "0.25"),
    ("50%", "lima puluh persen", "0.5"),
]  # fmt: skip
MULTIPLES = [("2 (dua) kali", "2"), ("3 (tiga) kali", "3"), ("4 (empat) kali", "4")]
SUBJECTS = [
    "Wajib Pajak", "Wajib Bayar", "Penanggung pajak", "Pemegang izin", "Badan usaha",
    "Pengusaha Kena Pajak",
]
OPENINGS = ["", "(1) ", "(2) ", "a. ", "b. "]
ENTITIES = ["korporasi", "Badan Usaha", "badan hukum", "Bentuk Usaha Tetap"]
KINDS = ["denda", "kenaikan", "bunga"]
AMENDED = [
    "sebagaimana telah diubah dan ditambah terakhir dengan",
    "sebagaimana telah beberapa kali diubah dan ditambah terakhir dengan",
    "sebagaimana telah ditambah dan diubah dengan",
]
RECEIVERS = [
    "kepada Menteri Negara diberikan setiap bulan tunjangan kerja",
    "kepada pegawai negeri diberikan tunjangan",
    "kepada pejabat yang bersangkutan diberikan uang kehormatan",
]
# what closes a share's base, after a comma or not
CLOSINGS = [
    ", tidak termasuk pajak pertambahan nilai", ", pada akhir tahun anggaran yang bersangkutan",
    ", dan bersifat final", ", oleh Bendahara disetor ke Kas Negara",
    " untuk kepentingan penelitian dan pengembangan", " paling lama 1 (satu) tahun",
    " sebagai cadangan, yang ditetapkan dengan keputusan Menteri",
    " dan dapat dijatuhkan pidana tambahan berupa pencabutan izin usaha",
]
FORM_VERBS = [("mengalikan", "*"), ("menjumlahkan", "+"), ("mengurangkan", "-")]
FILLED = [
    "nilai PNBP yang diberikan selama semester I", "akumulasi volume jenis PNBP",
    "jumlah penerimaan pada triwulan berjalan", "nilai tarif yang dikenakan",
]


class Draw(NamedDraw):
    salt = SALT
    pool = names


Template = Callable[[Draw], Made]


def _multiples() -> Iterator[tuple[str, Template]]:
    def capped(d: Draw) -> Made:
        (a,) = d.names(1)
        words, value = d.pick(WORDS)
        text = f"{d.pick(OPENINGS)}{d.pick(SUBJECTS)} dihukum denda {d.pick(CAPS)} {words} kali {a}."
        return text, [a], f"{value} * v1"

    def deducted(d: Draw) -> Made:
        a, b = d.names(2)
        words, value = d.pick(WORDS)
        text = f"{d.pick(OPENINGS)}{a}, dikurangi dengan {words} kali {b}."
        return text, [a, b], f"v1 - {value} * v2"

    yield "capped multiple in words", capped
    yield "multiple in words deducted", deducted


def _fractions() -> Iterator[tuple[str, Template]]:
    def contrast(d: Draw) -> Made:
        a, b = d.names(2)
        written, value = d.pick(FRACTIONS)
        text = f"{d.pick(OPENINGS)}pidana yang dijatuhkan adalah {a}, tetapi tidak melebihi {b} ditambah {written}."
        return text, [b], f"v1 + v1 * {value}"

    def alone(d: Draw) -> Made:
        (a,) = d.names(1)
        written, value = d.pick(FRACTIONS)
        return f"{d.pick(OPENINGS)}{a} ditambah {written}.", [a], f"v1 + v1 * {value}"

    def besides(d: Draw) -> Made:
        a, b = d.names(2)
        written, value = d.pick(FRACTIONS)
        text = (
            f"Dalam hal tindak pidana dilakukan oleh {d.pick(ENTITIES)}, selain pidana penjara "
            f"terhadap pengurusnya, {a} ditambah dengan {written} dari {b}."
        )
        return text, [a, b], f"v1 + {value} * v2"

    yield "fraction after a contrast", contrast
    yield "fraction alone", alone
    yield "besides, then a share of a fine", besides


def _together() -> Iterator[tuple[str, Template]]:
    def multiple(d: Draw) -> Made:
        a, b = d.names(2)
        said, times = d.pick(MULTIPLES)
        text = (
            f"{d.pick(OPENINGS)}{d.pick(SUBJECTS)} wajib melunasi {a} beserta sanksi "
            f"administratif berupa {d.pick(KINDS)} sebesar {said} {b}."
        )
        return text, [a, b], f"v1 + {times} * v2"

    def share(d: Draw) -> Made:
        a, b = d.names(2)
        rate, words, value = d.pick(RATES)
        text = (
            f"{d.pick(OPENINGS)}{d.pick(SUBJECTS)} wajib melunasi {a} beserta sanksi "
            f"administrasi berupa {d.pick(KINDS)} sebesar {rate} ({words}) dari {b}."
        )
        return text, [a, b], f"v1 + {value} * v2"

    yield "together with a multiple", multiple
    yield "together with a share", share


def _amended() -> Iterator[tuple[str, Template]]:
    def amended(d: Draw) -> Made:
        (a,) = d.names(1)
        rate, words, value = d.pick(RATES)
        text = (
            f"{d.pick(OPENINGS)}Di atas penghasilan menurut Peraturan Pemerintah Nomor 17 Tahun "
            f"1967, {d.pick(AMENDED)} Peraturan Pemerintah Nomor 22 Tahun 1969, "
            f"{d.pick(RECEIVERS)} sebesar {rate} ({words}) dari {a}."
        )
        return text, [a], f"{value} * v1"

    yield "share after an amendment", amended


def _closed() -> Iterator[tuple[str, Template]]:
    def closed(d: Draw) -> Made:
        (a,) = d.names(1)
        rate, words, value = d.pick(RATES)
        text = f"{d.pick(OPENINGS)}{d.pick(SUBJECTS)} membayar sebesar {rate} ({words}) dari {a}{d.pick(CLOSINGS)}."
        return text, [a], f"{value} * v1"

    yield "share, then a closing clause", closed


def _form() -> Iterator[tuple[str, Template]]:
    def columns(d: Draw) -> Made:
        verb, sign = d.pick(FORM_VERBS)
        first, second = d.pick([(5, 6), (6, 8), (5, 10), (3, 4), (7, 9)])
        text = (
            f"{d.pick(['7. ', '10. ', '11. ', ''])}Diisi {d.pick(FILLED)} dengan {verb} nilai "
            f"kolom ( {first}) dan kolom ( {second}) pada satuan kerja bersangkutan."
        )
        return text, [f"kolom ( {first})", f"kolom ( {second})"], f"v1 {sign} v2"

    yield "a form's note over two columns", columns


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "multiple in words (1, 8)": _multiples,
    "fraction added to a penalty (7, 8)": _fractions,
    "together with a sanction (1, 8)": _together,
    "after an amendment (8)": _amended,
    "closing a share's base (8)": _closed,
    "form's columns (1, 8)": _form,
}


BENCHMARK = TemplateBenchmark("penalties", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
