"""Variant benchmark of numbers as Indonesians write them inside arithmetic (issue 14, causes 7
and 10; session 15).

    python benchmarks/variants_amounts.py [--half work|fresh|all] [--show-failures] [--family F]

Recomposes shapes of real cells (regulations of tariffs and taxes, OJK circulars, PNBP
schedules, IKU manuals) with other names (drawn from the labels of the development cells) and
other amounts, in other layouts:

* an amount said again in words in brackets after its digits, with its unit
  (``Rp85.000,00 (delapan puluh lima ribu rupiah)``, ``7,5% (tujuh koma lima persen)``);
* a worked example after the formula, the document's figures through it after a second ``=``
  (``… = Rp85.000,00 / [Rp1.000.000,00 x 90] = 0,0944%``);
* the terms of a sum written as lettered items joined by a word at a line's end
  (``a. tarif 7,5 % dikalikan A; ditambah`` / ``b. tarif 5 % dikalikan B.``);
* a unit in brackets after a number (``n - 100 (Mbps)``);
* time-indexed names and growth (``A Th (n) − A Th (n−1)``, ``A(t) − A(t−1)``);
* means of a list said in words (``Rata-rata A, B dan C``) and ``rata-rata`` as a name's own
  word inside a product (``A x rata-rata B x C``).

Every pool item and every template falls into a half by its text, salt ``amounts15``
(``benchmarks/pool_kit.py``: rules from the work half only, the fresh half the honest figure).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made, NamedDraw, command, grouped, said  # noqa: E402
from tests.public_scoring import TemplateBenchmark, halves, label_names  # noqa: E402

SALT = "amounts15"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""


_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata|jumlah\s*$)\b"
)


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells: words only, two to eight
    of them, no operator word (the pool every template draws its operands from)."""
    return label_names(8, _NOT_IN_NAME)


# amounts of money (value) and how many decimals ",00" they get
AMOUNTS = [85000, 1000000, 1500000, 250000, 2750000, 12500, 400000, 5000000, 75000, 3000000,
           125000, 20000000, 650000, 10000]  # fmt: skip
# rates in percent written with a decimal comma, and their values
RATES = [("7,5", "0.075"), ("5", "0.05"), ("2,5", "0.025"), ("10", "0.1"), ("12,5", "0.125"),
         ("1", "0.01"), ("15", "0.15"), ("0,5", "0.005"), ("20", "0.2"), ("3", "0.03"),
         ("25", "0.25"), ("0,25", "0.0025")]  # fmt: skip
# counts said with their words (days, months, people)
COUNTS = [90, 30, 12, 365, 60, 24, 180, 45, 100, 7]
# units of measure written in brackets after a number
UNITS = ["Mbps", "kg", "km", "ha", "m2", "ton", "liter", "orang", "unit", "MW", "kWh", "m3",
         "GB", "bulan"]  # fmt: skip
# (now, then) of a time-indexed name
PERIODS = [("Th (n)", "Th (n−1)"), ("tahun (n)", "tahun (n-1)"), ("(t)", "(t−1)"),
           ("thn n", "thn (n-1)"), ("tahun t", "tahun t-1"), ("Tahun N", "Tahun N-1"),
           ("periode t", "periode t-1"), ("(n)", "(n-1)")]  # fmt: skip
# the word joining lettered items at a line's end, its sign
JOINS = [("ditambah", "+"), ("ditambah dengan", "+"), ("dikurangi", "-"), ("dan", "+"),
         ("ditambahkan dengan", "+")]  # fmt: skip
# item marks of a list
MARKS = [("a.", "b.", "c."), ("1)", "2)", "3)"), ("a)", "b)", "c)"), ("1.", "2.", "3."),
         ("(a)", "(b)", "(c)")]  # fmt: skip
LABELS = ["Tarif", "Besaran manfaat", "Nilai Sewa", "Persentase manfaat ekonomi", "Biaya layanan",
          "Pajak terutang", "Jumlah denda", "Imbalan jasa", "Nilai bantuan"]  # fmt: skip


class Draw(NamedDraw):
    salt = SALT
    pool = names


Template = Callable[[Draw], Made]


def rupiah(d: Draw, value: int) -> str:
    """An amount of rupiah in one of the ways documents write it."""
    shape: str = d.pick(["Rp{g},00", "Rp {g},00", "Rp. {g},-", "Rp{g}", "Rp {g},-"])
    return shape.format(g=grouped(value))


# --- amounts said again in words -------------------------------------------------------------


def _said_amount(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        value = d.pick(AMOUNTS)
        (rate, rate_value), count = d.pick(RATES), d.pick(COUNTS)
        a, b = d.names(2)
        text = shape.format(
            a=a, b=b, m=rupiah(d, value), w=said(value), r=rate, rw=said(rate), c=count,
            cw=said(count),
        )  # fmt: skip
        vs = [a, b] if "{b}" in shape else [a]
        return text, vs, structure.format(m=value, r=rate_value, c=count)

    return make


def _said_family() -> Iterator[tuple[str, Template]]:
    yield "times amount said", _said_amount("{a} x {m} ({w} rupiah)", "v1 * {m}")
    yield "amount said times", _said_amount("{m} ({w} rupiah) x {a}", "{m} * v1")
    yield "amount said plus", _said_amount("{a} + {m} ({w} rupiah)", "v1 + {m}")
    yield "amount said wrapped", _said_amount("{a} dikalikan {m} ({w}\nrupiah)", "v1 * {m}")
    yield "rate said", _said_amount("{a} x {r}% ({rw} persen)", "v1 * {r}")
    yield "rate said before", _said_amount("{r}% ({rw} persen) dikalikan {a}", "{r} * v1")
    yield "rate said ocr", _said_amount("tarif {r}o/o ({rw} persen) dikalikan {a}", "{r} * v1")
    yield "count said", _said_amount("{a} x {c} ({cw}) hari x {b}", "v1 * {c} * v2")
    yield "amount and rate said", _said_amount(
        "({a} - {m} ({w} rupiah)) x {r}% ({rw} persen)", "(v1 - {m}) * {r}"
    )
    yield "amount per person", _said_amount("{a} x {m} ({w} rupiah) per orang", "v1 * {m}")


# --- a worked example after the formula --------------------------------------------------------


def _worked(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        a, b, c = d.names(3)
        label = d.pick(LABELS)
        m1, m2 = d.sample(AMOUNTS, 2)
        count = d.pick(COUNTS)
        result = d.pick(["0,0944", "12,5", "80", "1,25", "0,5"])
        text = shape.format(
            L=label, a=a, b=b, c=c, m1=rupiah(d, m1), m2=rupiah(d, m2), w1=said(m1), w2=said(m2),
            n=count, nw=said(count), g1=grouped(m1), g2=grouped(m2), r=result, rw=said(result),
        )  # fmt: skip
        vs = [x for x, key in ((a, "{a}"), (b, "{b}"), (c, "{c}")) if key in shape]
        return text, vs, structure

    return make


def _worked_family() -> Iterator[tuple[str, Template]]:
    yield "ratio example", _worked("{L} = {a} / {b} x 100% = {g1} / {g2} x 100% = {r}%",
                                   "v1 / v2 * 100")  # fmt: skip
    yield "product example", _worked(
        "{L} = {a} / ({b} x {c}) = {m1} / [{m2} x {n}] = {r}%", "v1 / (v2 * v3)"
    )
    yield "product example said", _worked(
        "{L} = {a} /\n({b} x {c}) = {m1} ({w1}\nrupiah) / [{m2} ({w2} rupiah) x {n} ({nw})] ="
        " {r}% ({rw} persen).",
        "v1 / (v2 * v3)",
    )
    yield "example unlabelled", _worked("{a} / {b} x 100% = {g1} / {g2} x 100% = {r}%",
                                        "v1 / v2 * 100")  # fmt: skip
    yield "example two equals", _worked("{L} = {a} x {b} = {m1} x {n} = {g2}", "v1 * v2")
    yield "example of words", _worked(
        "{L} = {a} dibagi {b} = {g1} dibagi {g2} = {r}", "v1 / v2"
    )


# --- lettered items joined by a word -------------------------------------------------------------


def _lettered(count: int, shape: str) -> Template:
    def make(d: Draw) -> Made:
        marks = d.pick(MARKS)
        word, sign = d.pick(JOINS)
        rates = d.sample(RATES, count)
        vs = d.names(count)
        items = [
            shape.format(m=marks[i], r=rates[i][0], a=vs[i]) for i in range(count)
        ]
        text = (f"; {word}\n").join(items) + "."
        structure = f" {sign} ".join(f"{rates[i][1]} * v{i + 1}" for i in range(count))
        return text, vs, structure

    return make


def _lettered_family() -> Iterator[tuple[str, Template]]:
    yield "two rates of", _lettered(2, "{m} tarif {r}% dikalikan {a}")
    yield "two rates x", _lettered(2, "{m} {r}% x {a}")
    yield "two rates sebesar", _lettered(2, "{m} tarif sebesar {r}% dikalikan dengan {a}")
    yield "three rates", _lettered(3, "{m} tarif {r}% dikalikan {a}")
    yield "two names times rate", _lettered(2, "{m} {a} dikalikan {r}%")


# --- a unit in brackets after a number -------------------------------------------------------


def _unit(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        a, b = d.names(2)
        unit = d.pick(UNITS)
        n, k = d.pick(COUNTS), d.pick(AMOUNTS)
        text = shape.format(a=a, b=b, u=unit, n=n, k=grouped(k), k2=grouped(k * 10))
        vs = [a, b] if "{b}" in shape else [a]
        return text, vs, structure.format(n=n, k=k, k2=k * 10)

    return make


def _unit_family() -> Iterator[tuple[str, Template]]:
    yield "minus unit", _unit("{k2} + {k} x ({a} - {n} ({u}))", "{k2} + {k} * (v1 - {n})")
    yield "minus unit braces", _unit("{k2} + {{{k} x ({a} - {n} ({u}))}}", "{k2} + {k} * (v1 - {n})")
    yield "times unit", _unit("{a} x {n} ({u}) x {b}", "v1 * {n} * v2")
    yield "over unit", _unit("{a} / {n} ({u})", "v1 / {n}")


# --- time-indexed names and growth -----------------------------------------------------------


def _growth(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        base = d.names(1)[0]
        now, then = d.pick(PERIODS)
        joint = "" if now.startswith("(") else " "
        a, b = f"{base}{joint}{now}", f"{base}{joint}{then}"
        return shape.format(a=a, b=b), [a, b], structure

    return make


def _growth_family() -> Iterator[tuple[str, Template]]:
    yield "growth percent", _growth("({a} − {b}) / {b} × 100%", "(v1 - v2) / v2 * 100")
    yield "growth unbracketed", _growth("{a} −{b}\n/ {b} x 100%", "(v1 - v2) / v2 * 100")
    yield "growth labelled", _growth("Pertumbuhan = ({a} - {b}) / {b} x 100%", "(v1 - v2) / v2 * 100")
    yield "difference", _growth("Kenaikan = {a} - {b}", "v1 - v2")
    yield "growth said", _growth(
        "({a} dikurangi {b}) dibagi {b} dikali 100%", "(v1 - v2) / v2 * 100"
    )


# --- means of a list said in words ---------------------------------------------------------


def _mean(shape: str, count: int, structure: str | None = None) -> Template:
    def make(d: Draw) -> Made:
        vs = d.names(count)
        text = shape.format(*vs)
        if structure is not None:
            wanted = [f"rata-rata {v}" if "rata-rata {" + str(i) + "}" in shape else v
                      for i, v in enumerate(vs)]  # fmt: skip
            return text, wanted, structure
        total = " + ".join(f"v{i}" for i in range(1, count + 1))
        return text, vs, f"({total}) / {count}"

    return make


def _mean_family() -> Iterator[tuple[str, Template]]:
    yield "mean of three said", _mean("Rata-rata {0}, {1} dan {2}", 3)
    yield "mean of two said", _mean("Rata-rata {0} dan {1}", 2)
    yield "mean of four said", _mean("Nilai rata-rata dari {0}, {1}, {2} dan {3}", 4)
    yield "mean as a name", _mean("{0} x rata-rata {1} x {2}", 3, "v1 * v2 * v3")
    yield "mean as a name over", _mean("rata-rata {0} / {1} x 100%", 2, "v1 / v2 * 100")


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "amounts said again (10)": _said_family,
    "worked examples (7, 10)": _worked_family,
    "lettered terms (7)": _lettered_family,
    "units after numbers (10)": _unit_family,
    "time-indexed growth (7)": _growth_family,
    "means said (7)": _mean_family,
}


BENCHMARK = TemplateBenchmark(
    "amounts", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE
)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
