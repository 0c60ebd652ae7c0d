"""Variant benchmark of fractions and amounts said in words where an operand stands (issue 14,
cause 10; session 19).

    python benchmarks/variants_said19.py [--half work|fresh|all] [--show-failures] [--family F]

Regulations of pay, pensions and tariffs say their numbers in words: ``setengah dari gajinya``
(PP 9/1975), ``pensiun janda yang besarnya adalah setengah dari pensiun …``, ``sebesar 6 (enam)
kali penghasilan sebulan … Rp.500.000,- (lima ratus ribu rupiah)``. The generator builds from
the CLASS, not from those cells: every proper fraction with a denominator of 2 to 12 said as
Indonesian says it (``se`` + ``per`` + the denominator's words, glued or spaced: ``sepertiga``,
``dua pertiga``, ``tiga per empat``; a half also ``setengah``, ``separuh``, ``seperdua``), every
amount said by ikicalc's own terbilang (:func:`ikicalc.rules.terbilang.number_to_words`) with
its unit of money, x the places a number stands in a sentence (before the noun it takes a
share of, before ``dari``, before ``kali`` and ``kali lipat``, said again in digits in brackets,
opening a sum).

Every template falls into one of two halves by a hash of its family and label
(``tests.public_scoring.pool_half``, salt ``said19``), and so does every name drawn: rules are
drawn from the ``work`` half only; the ``fresh`` half is the honest figure (its rate read once
before, once after the work; its failures never).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from fractions import Fraction
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made, command  # noqa: E402
from ikicalc.rules.terbilang import number_to_words  # noqa: E402
from tests.public_scoring import HalfDraw, TemplateBenchmark, halves, label_names  # noqa: E402

SALT = "said19"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""

_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dari|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata"
    r"|rerata|setiap|tiap|seluruh|semua|masing|jumlah|total|sebesar|persen|juta|ribu|rupiah"
    r"|hari|jam|minggu|bulan|tahun|menit|yang|adalah)\b"
)
LABELS = ["Besaran Tunjangan", "Uang Duka", "Pensiun Janda", "Iuran", "Denda", "Tarif",
          "Uang Pesangon", "Bagian Gaji"]  # fmt: skip
# every proper fraction of a denominator 2 to 12, in lowest terms
FRACTIONS = [Fraction(n, d) for d in range(2, 13) for n in range(1, d) if Fraction(n, d).numerator == n]  # fmt: skip
AMOUNTS = [500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 150_000, 250_000, 500_000,
           750_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000, 10_000_000]  # fmt: skip


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells: words only, two to five
    of them, no operator word, no number word, no unit of time."""
    return label_names(5, _NOT_IN_NAME)


def said_fraction(value: Fraction, spaced: bool) -> str:
    """A fraction as Indonesian says it: ``sepertiga``, ``dua pertiga``, ``tiga per empat``."""
    under = number_to_words(value.denominator)
    over = "se" if value.numerator == 1 else number_to_words(value.numerator) + " "
    return f"{over}per {under}" if spaced and value.numerator != 1 else f"{over}per{under}"


class Draw(HalfDraw):
    salt = SALT

    def name(self) -> str:
        return str(self.sample(names(), 1)[0])

    def fraction(self) -> tuple[str, Fraction]:
        value: Fraction = self.pick(FRACTIONS)
        if value == Fraction(1, 2):
            return str(self.pick(["setengah", "separuh", "seperdua"])), value
        return said_fraction(value, bool(self.rng.random() < 0.5)), value

    def amount(self) -> int:
        return int(self.pick(AMOUNTS))


Template = Callable[[Draw], Made]


def _share(shape: str) -> Template:
    def make(d: Draw) -> Made:
        a = d.name()
        said, value = d.fraction()
        text = shape.format(L=d.pick(LABELS), f=said, a=a, d=f"{value.numerator}/{value.denominator}")
        return text, [a], f"{value.numerator} / {value.denominator} * v1"

    return make


def _amount(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        a = d.name()
        n = d.amount()
        digits = f"{n:,}".replace(",", ".")
        text = shape.format(L=d.pick(LABELS), w=number_to_words(n), n=digits, a=a)
        return text, [a], structure.format(n=n)

    return make


def _fractions_family() -> Iterator[tuple[str, Template]]:
    yield "before its noun", _share("{L} = {f} {a}")
    yield "before its noun said", _share("{L} sebesar {f} {a}")
    yield "before dari", _share("{L} = {f} dari {a}")
    yield "before dari said", _share("{L} adalah {f} dari {a}")
    yield "before kali", _share("{L} = {f} kali {a}")
    yield "before kali lipat", _share("{L} sebesar {f} kali lipat {a}")
    yield "again in digits", _share("{L} = {f} ({d}) x {a}")
    yield "again in digits dari", _share("{L} sebesar {f} ({d}) dari {a}")
    yield "sentence", _share("kepada ahli warisnya diberikan {L} sebesar {f} dari {a}.")


def _amounts_family() -> Iterator[tuple[str, Template]]:
    yield "words rupiah times", _amount("{L} = {w} rupiah x {a}", "{n} * v1")
    yield "words rupiah dikali", _amount("{L} = {w} rupiah dikali {a}", "{n} * v1")
    yield "words rupiah plus", _amount("{L} = {w} rupiah + {a}", "{n} + v1")
    yield "words rupiah said", _amount("{L} sebesar {w} rupiah dikalikan dengan {a}", "{n} * v1")
    yield "digits rupiah times", _amount("{L} = {n} rupiah x {a}", "{n} * v1")
    yield "digits rupiah after", _amount("{L} = {a} + {n} rupiah", "v1 + {n}")
    yield "digits rupiah sum", _amount("{L} = {n} rupiah x {a} + {n} rupiah", "{n} * v1 + {n}")


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "fractions said (10)": _fractions_family,
    "amounts said with their money (10)": _amounts_family,
}


BENCHMARK = TemplateBenchmark("said19", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
