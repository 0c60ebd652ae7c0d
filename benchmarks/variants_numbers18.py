"""Variant benchmark of numbers and arithmetic as Indonesian regulations write them (issue 14,
causes 7 and 10; session 18).

    python benchmarks/variants_numbers18.py [--half work|fresh|all] [--show-failures] [--family F]

Recomposes the classes of the dev misses and of the cold lists (``1 1/2 (satu setengah) kali``,
PP 19/1977; ``(3Tu x ¾)``, PP 128/2015; ``5o/o (lima persen)``, PP 22/2024; ``(Jumlah xi) X
100)/y, dimana i=1,2,...9``, Nganjuk; ``{ ^PAD + ^DAU …}``, PP 56/2018; ``Jumlah [lembar/unit)``,
Kendari) with other names (drawn from the labels of the development cells), other numbers and
the neighbouring forms of each class a reader meets in other documents:

* mixed numbers and the percent of one (``2 1/2 kali``, ``12½%``, ``7 1/2 persen``);
* percent and per mille as written (``o/o``, ``o/oo``, ``promil``, ``per seratus``, ``3/4 dari``);
* products said (``dua kali (A + B)``, ``0,5A + 0,5B``, ``x lima juta rupiah``);
* sums and marks (``Jumlah xi`` over a declared index, a caret a scan left).

Every template falls into one of two halves by a hash of its family and label
(``tests.public_scoring.pool_half``, salt ``numbers18``), and so does every name drawn: rules
are drawn from the ``work`` half only; the ``fresh`` half is the honest figure (its rate read
once before, once after the work; its failures never).
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

from benchmarks.pool_kit import Made, NamedDraw, command  # noqa: E402
from ikicalc.rules.terbilang import number_to_words  # noqa: E402
from tests.public_scoring import TemplateBenchmark, halves, label_names  # noqa: E402

SALT = "numbers18"
PER_TEMPLATE = 10
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""

_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dari|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata"
    r"|rerata|setiap|tiap|seluruh|semua|masing|jumlah|total|sebesar|persen|juta|ribu|rupiah)\b"
)


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells: words only, two to five
    of them, no operator word, no number word."""
    return label_names(5, _NOT_IN_NAME)


# symbols as regulations of tariffs write them (a capital, then up to three letters)
SYMBOLS = ["Tu", "Tph", "L", "K", "PAD", "DAU", "BW", "Nt", "Hd", "Ls", "NJOP", "Tb", "HSBKu",
           "Lt", "Pm", "Bp", "Ki", "Vt", "Rk", "Js"]  # fmt: skip
LABELS = ["Tarif", "Besaran Tunjangan", "Nilai Sewa", "Pungutan", "Iuran", "Nilai Akhir",
          "Besarnya Denda", "Biaya Layanan"]  # fmt: skip
PROPER = [(1, 2), (1, 4), (3, 4), (1, 5), (2, 5), (1, 8), (3, 8)]  # a decimal writes them
INDEX_LETTERS = ["x", "X", "n", "p", "q", "s"]


class Draw(NamedDraw):
    salt = SALT
    pool = names

    def symbols(self, count: int) -> list[str]:
        return self.sample(SYMBOLS, count)

    def whole(self) -> int:
        return int(self.rng.randint(1, 12))

    def fraction(self) -> tuple[int, int]:
        n, den = self.pick(PROPER)
        return int(n), int(den)

    def rate(self) -> str:
        return str(self.pick(["2", "5", "10", "15", "2,5", "7,5", "12,5", "20", "0,5"]))


Template = Callable[[Draw], Made]


def _words(value: int | Fraction) -> str:
    return number_to_words(value)


def _dot(text: str) -> str:
    return text.replace(",", ".")


# --- mixed numbers ---------------------------------------------------------------------------


FRACTION_WORDS = {(1, 2): "setengah", (1, 4): "seperempat", (3, 4): "tiga perempat",
                  (1, 5): "seperlima", (2, 5): "dua perlima", (1, 8): "seperdelapan",
                  (3, 8): "tiga perdelapan"}  # fmt: skip


def _mixed(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        a, b = d.names(2)
        w, (n, den) = d.whole(), d.fraction()
        value = w + Fraction(n, den)
        said = f"{_words(w)} {FRACTION_WORDS[(n, den)]}"
        decimal = str(value.numerator / value.denominator)
        text = shape.format(L=d.pick(LABELS), a=a, b=b, m=f"{w} {n}/{den}", s=said)
        return text, [a, b] if "{b}" in shape else [a], structure.format(v=decimal)

    return make


def _half(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        a = d.names(1)[0]
        w = d.whole()
        sign, part = d.pick([("½", 0.5), ("¼", 0.25), ("¾", 0.75)])
        text = shape.format(L=d.pick(LABELS), a=a, v=f"{w}{sign}", sv=f"{w} {sign}")
        return text, [a], structure.format(v=w + part, p=(w + part) / 100)

    return make


def _mixed_family() -> Iterator[tuple[str, Template]]:
    yield "mixed times", _mixed("{L} = {m} x {a}", "{v} * v1")
    yield "mixed kali said", _mixed("{L} sebesar {m} ({s}) kali {a}", "{v} * v1")
    yield "mixed kali", _mixed("{L} = {m} kali {a}", "{v} * v1")
    yield "mixed after", _mixed("{L} = {a} x {m}", "v1 * {v}")
    yield "mixed divides", _mixed("{L} = {a} / {m}", "v1 / {v}")
    yield "mixed bracket", _mixed("{L} = {m} kali ({a} + {b})", "{v} * (v1 + v2)")
    yield "mixed sentence", _mixed(
        "maka kepada yang bersangkutan diberikan {L} sebesar {m} ({s}) kali {a}.", "{v} * v1"
    )
    yield "vulgar percent", _half("{L} = {a} x {v}%", "v1 * {p}")
    yield "vulgar percent spaced", _half("{L} = {a} x {sv} %", "v1 * {p}")
    yield "vulgar percent word", _half("{L} = {a} dikalikan {v} persen", "v1 * {p}")
    yield "vulgar percent of", _half("{L} = {v}% dari {a}", "{p} * v1")
    yield "vulgar kali", _half("{L} = {v} kali {a}", "{v} * v1")


# --- percent and per mille as written --------------------------------------------------------


def _rated(shape: str, structure: str, scale: int = 100) -> Template:
    def make(d: Draw) -> Made:
        a = d.names(1)[0]
        r = d.rate()
        said = _words(Fraction(_dot(r)))
        text = shape.format(L=d.pick(LABELS), a=a, r=r, s=said)
        return text, [a], structure.format(p=float(_dot(r)) / scale)

    return make


def _share(d: Draw) -> Made:
    a = d.names(1)[0]
    n, den = d.pick([(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (10, 110), (1, 10)])
    return f"{d.pick(LABELS)} = {n}/{den} dari {a}", [a], f"{n} / {den} * v1"


def _rates_family() -> Iterator[tuple[str, Template]]:
    yield "typewriter percent", _rated("{L} = {a} x {r}o/o", "v1 * {p}")
    yield "typewriter percent spaced", _rated("{L} = {a} x {r} o/o", "v1 * {p}")
    yield "typewriter percent said", _rated("{L} = {r} o/o ({s} persen) dikalikan {a}", "{p} * v1")
    yield "typewriter per mille", _rated("{L} = {a} x {r} o/oo", "v1 * {p}", 1000)
    yield "promil", _rated("{L} = {a} x {r} promil", "v1 * {p}", 1000)
    yield "permil of", _rated("{L} = {r} permil dari {a}", "{p} * v1", 1000)
    yield "per seratus", _rated("{L} = {a} x {r} per seratus", "v1 * {p}")
    yield "perseratus of", _rated("{L} = {r} perseratus dari {a}", "{p} * v1")
    yield "per seratus said", _rated("{L} = {a} x {r} ({s}) per seratus", "v1 * {p}")
    yield "per seribu", _rated("{L} = {a} x {r} per seribu", "v1 * {p}", 1000)
    yield "percent said per seratus", _rated("{L} = {r}% ({s} per seratus) dari {a}", "{p} * v1")
    yield "fraction of", _share


# --- products said ---------------------------------------------------------------------------


def _times(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        a, b = d.names(2)
        n = int(d.rng.randint(2, 9))
        text = shape.format(L=d.pick(LABELS), a=a, b=b, n=n, s=_words(n))
        return text, [a, b] if "{b}" in shape else [a], structure.format(n=n)

    return make


def _glued(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        s, t = d.symbols(2)
        c, e = d.pick(["0,5", "2", "3", "0,25", "1,5"]), d.pick(["0,5", "4", "0,3", "2"])
        text = shape.format(L=d.pick(LABELS), s=s, t=t, c=c, e=e)
        return text, [s, t], structure.format(c=_dot(c), e=_dot(e))

    return make


def _money(d: Draw) -> Made:
    a = d.names(1)[0]
    n = int(d.rng.randint(2, 9))
    return f"{d.pick(LABELS)} = {a} x {_words(n)} juta rupiah", [a], f"v1 * {n * 1000000}"


def _products_family() -> Iterator[tuple[str, Template]]:
    yield "digits kali bracket", _times("{L} = {n} kali ({a} + {b})", "{n} * (v1 + v2)")
    yield "words kali bracket", _times("{L} = {s} kali ({a} - {b})", "{n} * (v1 - v2)")
    yield "said kali bracket", _times("{L} sebesar {n} ({s}) kali ({a} + {b})", "{n} * (v1 + v2)")
    yield "kali bracket after", _times("{L} = {a} + {n} kali ({b} + {a})", "v1 + {n} * (v2 + v1)")
    yield "glued sum", _glued("{L} = {c}{s} + {e}{t}", "{c} * v1 + {e} * v2")
    yield "glued in bracket", _glued("{L} = ({c}{s} x ¾) + {t}", "{c} * v1 * 0.75 + v2")
    yield "glued minus", _glued("{L} = {c}{s} - {e}{t}", "{c} * v1 - {e} * v2")
    yield "money words", _money


# --- sums and marks --------------------------------------------------------------------------


def _summed(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        a, b = d.names(2)
        x = d.pick(INDEX_LETTERS)
        text = shape.format(L=d.pick(LABELS), a=a, b=b, x=f"{x}i")
        return text, [f"{a} ke-i", b], structure

    return make


def _caret(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        s, t, u = d.symbols(3)
        text = shape.format(L=d.pick(LABELS), s=s, t=t, u=u)
        return text, [s, t, u], structure

    return make


def _sums_family() -> Iterator[tuple[str, Template]]:
    yield "jumlah indexed", _summed(
        "{L} = Jumlah {x} / {b}, dimana {x} = {a} ke-i", "sum(v1) / v2"
    )
    yield "jumlah indexed scaled", _summed(
        "{L} = ((Jumlah {x}) X 100) / y, dimana i = 1, 2, ..., n, {x} = {a} ke-i, y = {b}",
        "sum(v1) * 100 / v2",
    )
    yield "total indexed", _summed(
        "{L} = Total {x} / {b} x 100%, dimana {x} = {a} ke-i", "sum(v1) / v2 * 100"
    )
    yield "caret sum", _caret("{L} = ^{s} + ^{t} - ^{u}", "v1 + v2 - v3")
    yield "caret bracket", _caret("{L} = {{ ^{s} + ^{t} }} - ^{u}", "v1 + v2 - v3")
    yield "caret over", _caret("{L} = (^{s} + {t}) / ^{u} x 100%", "(v1 + v2) / v3 * 100")


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "mixed numbers (10)": _mixed_family,
    "percent and per mille (10)": _rates_family,
    "products said (7, 10)": _products_family,
    "sums and marks (6, 7)": _sums_family,
}


BENCHMARK = TemplateBenchmark("numbers18", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
