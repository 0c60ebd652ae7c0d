"""Variant benchmark of columns and rows computed from columns and rows (issue 14, causes 1, 2
and 7; session 19).

    python benchmarks/variants_columns.py [--half work|fresh|all] [--show-failures] [--family F]

Tables of regulations, budget realisations and LKjIPs compute a column from other columns:
``Kolom (17) = Kolom (12) : Kolom (7) x 100%`` (Perbup Kulon Progo 58/2018), ``Kolom -5 : Kolom 3
dikalikan kolom 4`` (Permenhut 14/2025: a spreadsheet's accounting format turned ``(5)`` into
``-5``). The generator does not copy those cells: it builds from the CLASS of how a table's
position is named in Indonesian (the nouns of a table's position: ``kolom``/``kol.``, ``baris``,
``lajur``, ``butir``, ``angka``, ``nomor``/``no.``, ``pos``, ``rincian``) x how its number is
written (bare, in brackets, in square brackets, after ``ke-``, with a closing bracket only, as
an accounting negative) x the heads that say which position the line fills (``=``, ``:``,
``diisi dengan``, ``merupakan``, ``adalah``, ``diperoleh dari``, ``dihitung dari``, ``berisi``)
x the operator words of arithmetic (symbols and the di- verbs).

Every template falls into one of two halves by a hash of its family and label
(``tests.public_scoring.pool_half``, salt ``columns19``), and so does every noun, number form
and head: rules are drawn from the ``work`` half only; the ``fresh`` half is the honest figure
(its rate read once before, once after the work; its failures never).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made, command  # noqa: E402
from tests.public_scoring import HalfDraw, TemplateBenchmark, halves  # noqa: E402

SALT = "columns19"
PER_TEMPLATE = 20
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""

# the nouns of a table's position (KBBI: kolom, baris, lajur, butir, angka, nomor, pos, rincian)
NOUNS = ["Kolom", "kolom", "Kol.", "KOLOM", "Baris", "baris", "Lajur", "lajur", "Butir",
         "Angka", "angka", "Nomor", "No.", "Pos", "Rincian"]  # fmt: skip
# how a position's number is written: bare, bracketed, square, ke-, a closing bracket only,
# and a spreadsheet's accounting negative (``(5)`` shown as ``-5``)
NUMBER_FORMS = ["{n}", "({n})", "[{n}]", "ke-{n}", "{n})", "-{n}"]
# the heads that say which position a line fills
HEADS = ["{c} = ", "{c} : ", "{c} diisi dengan ", "{c} merupakan ", "{c} adalah ",
         "{c} diperoleh dari ", "{c} dihitung dari ", "{c} berisi ", "{c}: ",
         "Isian {c} = ", "Nilai {c} = "]  # fmt: skip
TIMES = ["x", "X", "×", "*", "dikali", "dikalikan", "dikalikan dengan", "kali"]
DIVIDED = [":", "/", "dibagi", "dibagi dengan"]
PLUS = ["+", "ditambah", "ditambah dengan", "dijumlahkan dengan"]
MINUS = ["-", "dikurangi", "dikurangi dengan", "−"]
HUNDRED = ["x 100%", "X 100%", "x 100 %", "dikali 100%", "dikalikan 100%", "× 100%"]


class Draw(HalfDraw):
    salt = SALT

    def columns(self, count: int) -> tuple[str, list[str]]:
        """The label column and ``count`` operand columns of one noun and number form; the
        label's number is larger than its operands' (a table computes forward)."""
        noun = self.pick(NOUNS)
        form = self.pick(NUMBER_FORMS)
        numbers = sorted(self.rng.sample(range(1, 16), count + 1))
        written = [f"{noun} {form.format(n=n)}" for n in numbers]
        return written[-1], written[:-1]

    def head(self, label: str) -> str:
        return str(self.pick(HEADS)).format(c=label)

    def word(self, words: list[str]) -> str:
        return str(self.pick(words))


Template = Callable[[Draw], Made]


def _binary(words: list[str], symbol: str) -> Template:
    def make(d: Draw) -> Made:
        label, (a, b) = d.columns(2)
        return f"{d.head(label)}{a} {d.word(words)} {b}", [a, b], f"v1 {symbol} v2"

    return make


def _ratio(d: Draw) -> Made:
    label, (a, b) = d.columns(2)
    text = f"{d.head(label)}{a} {d.word(DIVIDED)} {b} {d.word(HUNDRED)}"
    return text, [a, b], "v1 / v2 * 100"


def _ratio_bracketed(d: Draw) -> Made:
    label, (a, b) = d.columns(2)
    opening, closing = d.pick([("(", ")"), ("[", "]")])
    text = f"{d.head(label)}{opening}{a} {d.word(DIVIDED)} {b}{closing} {d.word(HUNDRED)}"
    return text, [a, b], "v1 / v2 * 100"


def _three_sum(d: Draw) -> Made:
    label, (a, b, c) = d.columns(3)
    text = f"{d.head(label)}{a} {d.word(PLUS)} {b} {d.word(PLUS)} {c}"
    return text, [a, b, c], "v1 + v2 + v3"


def _growth(d: Draw) -> Made:
    label, (a, b) = d.columns(2)
    text = f"{d.head(label)}({b} {d.word(MINUS)} {a}) {d.word(DIVIDED)} {a} {d.word(HUNDRED)}"
    return text, [b, a], "(v1 - v2) / v2 * 100"


def _difference_over(d: Draw) -> Made:
    label, (a, b, c) = d.columns(3)
    text = f"{d.head(label)}({a} {d.word(MINUS)} {b}) {d.word(DIVIDED)} {c}"
    return text, [a, b, c], "(v1 - v2) / v3"


def _product_share(d: Draw) -> Made:
    label, (a, b) = d.columns(2)
    rate = d.pick(["10%", "5%", "2,5%", "0,5", "50%"])
    value = {"10%": "0.1", "5%": "0.05", "2,5%": "0.025", "0,5": "0.5", "50%": "0.5"}[rate]
    text = f"{d.head(label)}{a} {d.word(TIMES)} {b} {d.word(TIMES)} {rate}"
    return text, [a, b], f"v1 * v2 * {value}"


def _bare(make: Template) -> Template:
    """The same line without its head: the column it fills is the table's heading."""

    def bare(d: Draw) -> Made:
        text, names, structure = make(d)
        first = names[0] if not text.startswith("(") else None
        cut = text.find(first) if first else -1
        return (text[cut:] if cut > 0 else text), names, structure

    return bare


def _operations_family() -> Iterator[tuple[str, Template]]:
    yield "times", _binary(TIMES, "*")
    yield "divided", _binary(DIVIDED, "/")
    yield "plus", _binary(PLUS, "+")
    yield "minus", _binary(MINUS, "-")
    yield "ratio", _ratio
    yield "ratio bracketed", _ratio_bracketed
    yield "three summed", _three_sum
    yield "growth", _growth
    yield "difference over", _difference_over
    yield "product and rate", _product_share


def _bare_family() -> Iterator[tuple[str, Template]]:
    yield "bare times", _bare(_binary(TIMES, "*"))
    yield "bare divided", _bare(_binary(DIVIDED, "/"))
    yield "bare minus", _bare(_binary(MINUS, "-"))
    yield "bare ratio", _bare(_ratio)
    yield "bare three summed", _bare(_three_sum)
    yield "bare product and rate", _bare(_product_share)


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "a column filled from columns (1, 2, 7)": _operations_family,
    "columns without their label (1, 2)": _bare_family,
}


BENCHMARK = TemplateBenchmark("columns19", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
