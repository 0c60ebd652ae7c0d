"""Variant benchmark of arithmetic as regulations say it in a sentence, each number written
in digits and again in words in brackets (issue 14, causes 1, 7, 8 and 10; session 17).

    python benchmarks/variants_regulations.py [--half work|fresh|all] [--show-failures] [--family F]

Recomposes the shapes of real cells of at least nine regulations read cold in batches 16-22
(UU 11/2020 Cipta Kerja: ``upah sebulan sama dengan 30 (tiga puluh) dikalikan upah sehari``,
``suku bunga acuan ditambah 10% (sepuluh persen) dan dibagi 12 (dua belas)``; PP 2/1976:
``jumlah penduduknya apabila dikurangi 400.000 (empat ratus ribu) dikalikan jumlah Daerah
Tingkat II …``; Perbup Kulon Progo 1/2005, 88/2018, 97/2018, 6/2021; Perda Kulon Progo
2/2009: ``paling banyak 2,5 (dua koma lima) kali penghasilan …``; Perda Purwakarta 3/2013;
UU 7/1983: ``… dibagi 360 (tiga ratus enam puluh) dikalikan dengan pajak …``; PP 6/2015:
``formula dihitung 0,5 (nol koma lima) dari tarif …``) with other names (drawn from the labels
of the development cells, written in lower case as regulations write them), other numbers
and other openings (a paragraph's number, an item's letter, a subject):

* a factor said twice (digits, then words) before or after the quantity it multiplies;
* a rate of a quantity (``N% (… persen) dari A``, ``… per seratus``), of a difference;
* a chain of operations said in words with numbers said twice among the names.

Every pool item and every template falls into a half by its text, salt ``regulations17``
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

from benchmarks.pool_kit import Made, NamedDraw, command, grouped, lower_case_names, said  # noqa: E402
from tests.public_scoring import TemplateBenchmark, halves  # noqa: E402

SALT = "regulations17"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""


_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dari|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata"
    r"|sebesar|setelah|sama|adalah|jumlah\s*$|total\s*$)\b|\d"
)


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells, in lower case as a
    regulation writes them in a sentence (no abbreviation, no digit, no operator word)."""
    return lower_case_names(6, _NOT_IN_NAME)


# counts said with their words: (digits, value)
COUNTS = ["30", "12", "360", "3", "75", "24", "6", "365", "52", "4", "90", "15"]
# rates in percent: (written, value)
RATES = [("10", "0.1"), ("5", "0.05"), ("27,5", "0.275"), ("2,5", "0.025"), ("80", "0.8"),
         ("47,5", "0.475"), ("50", "0.5"), ("15", "0.15"), ("1", "0.01"), ("20", "0.2"),
         ("12,5", "0.125"), ("0,5", "0.005")]  # fmt: skip
# factors with a decimal comma: (written, value)
FACTORS = [("2,5", "2.5"), ("0,5", "0.5"), ("1,5", "1.5"), ("0,11", "0.11"), ("0,4", "0.4"),
           ("3", "3"), ("0,8", "0.8"), ("1,25", "1.25"), ("0,25", "0.25"), ("2", "2")]  # fmt: skip
# amounts with a grouping dot: value
AMOUNTS = [400000, 10000000, 500000, 1000000, 2500000, 150000, 75000, 20000000]
# a paragraph's or an item's opening, or none (a paragraph opens with a capital, an item not)
OPENINGS = ["", "(2) ", "(5a) ", "a. ", "b. ", "1. ", "(1) ", "c) "]
# the word of a percent in words
PERCENT_WORDS = ["persen", "per seratus", "perseratus"]


class Draw(NamedDraw):
    salt = SALT
    pool = names


Template = Callable[[Draw], Made]


def _template(shape: str, structure: str) -> Template:
    """A template: ``shape`` over names ``{a} {b} {c}`` (and a label ``{L}``, no variable), a count ``{n}``, a rate ``{r}``, a
    factor ``{f}``, an amount ``{m}``, each with its words (``{nw}`` …), an opening ``{o}``
    and a percent's word ``{p}``; ``structure`` over ``v1 …`` and ``{n} {r} {f} {m}``."""

    def make(d: Draw) -> Made:
        a, b, c, label = d.names(4)
        n, (r, rv), (f, fv), m = d.pick(COUNTS), d.pick(RATES), d.pick(FACTORS), d.pick(AMOUNTS)
        text = shape.format(
            a=a, b=b, c=c, n=n, nw=said(n), r=r, rw=said(r), f=f, fw=said(f), m=grouped(m),
            mw=said(str(m)), o=d.pick(OPENINGS), p=d.pick(PERCENT_WORDS), L=label,
        )  # fmt: skip
        wanted = [x for x, key in ((a, "{a}"), (b, "{b}"), (c, "{c}")) if key in shape]
        if text.startswith("("):  # "(5a) Tarif bunga …": a paragraph opens a sentence
            mark = text.index(" ") + 1
            text = text[:mark] + text[mark].upper() + text[mark + 1 :]
            wanted = [w[0].upper() + w[1:] if text[mark:].startswith(w[0].upper() + w[1:])
                      else w for w in wanted]  # fmt: skip
        return text, wanted, structure.format(n=n, r=rv, f=fv, m=m)

    return make


def _factors() -> Iterator[tuple[str, Template]]:
    yield "count times", _template("{o}{L} sama dengan {n} ({nw}) dikalikan {a}.", "{n} * v1")
    yield "factor kali", _template("{o}{L} paling banyak {f} ({fw}) kali {a}.", "{f} * v1")
    yield "factor of", _template("{o}formula dihitung {f} ({fw}) dari {a}.", "{f} * v1")
    yield "times factor", _template("{o}{a} dikalikan dengan {f} ({fw}).", "v1 * {f}")
    yield "times count words", _template("{o}{a} dikalikan {n} ({nw}) hari.", "v1 * {n}")
    yield "over count", _template("{o}{a} dibagi {n} ({nw}).", "v1 / {n}")


def _rates() -> Iterator[tuple[str, Template]]:
    yield "rate of", _template("{o}sebesar {r}% ({rw} {p}) dari {a};", "{r} * v1")
    yield "rate colon of", _template("{o}dibagi seluruh karyawan : {r}% ({rw} {p})\ndari {a};",
                                     "{r} * v1")  # fmt: skip
    yield "rate of difference", _template(
        "{o}sebesar {r}% ({rw} {p}) dari {a} setelah dikurangi dengan {b}; dan", "{r} * (v1 - v2)"
    )
    yield "plus rate over count", _template(
        "{o}dihitung berdasarkan {a} ditambah {r}% ({rw} persen) dan dibagi {n} ({nw}).",
        "(v1 + {r}) / {n}",
    )
    yield "rate times", _template("{o}tarif {r}% ({rw} persen) dikalikan {a}.", "{r} * v1")
    yield "rate per seratus", _template(
        "{o}besaran {L} yaitu {r}% ({rw} per seratus) dari {a}.", "{r} * v1"
    )


def _chains() -> Iterator[tuple[str, Template]]:
    yield "minus amount times", _template(
        "{o}{a} apabila dikurangi {m} ({mw}) dikalikan {b}", "v1 - {m} * v2"
    )
    yield "over times count", _template(
        "{o}{a} dibagi {b} dikalikan {n} ({nw}) wakil;", "v1 / v2 * {n}"
    )
    yield "over times count times", _template(
        "{o}{a} dibagi {b} dikalikan {n} ({nw}) dikalikan {c},", "v1 / v2 * {n} * v3"
    )
    yield "over count times", _template(
        "{o}{a} dibagi {n} ({nw}) dikalikan dengan {b}.", "v1 / {n} * v2"
    )
    yield "over times hundred rate", _template(
        "{o}{a} dibagi {b} dikalikan angka koefisien 100 (seratus) dikalikan bobot penilaian"
        " sebesar {r}% ({rw} persen)",
        "v1 / v2 * 100 * {r}",
    )
    yield "minus amount", _template(
        "{o}{a} dikurangi {m} ({mw} rupiah).", "v1 - {m}"
    )


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "factors said twice (10)": _factors,
    "rates said twice (10)": _rates,
    "chains said (1, 7, 10)": _chains,
}


BENCHMARK = TemplateBenchmark("regulations", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
