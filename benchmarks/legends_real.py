"""Variant benchmark: legend layouts seen in REAL cells, recomposed with real names.

    python benchmarks/legends_real.py [--half work|fresh|both] [--count N] [--seed S]
                                      [--show-failures] [--by layout|heading|separator]

Session 15 (issue 14, cause 6). The layouts are those of real cells (dev cells and the
cold batches 15-20): a product of symbols glued by ``x`` (``((A-B)xCxD)xTD``, pp-36-2024),
a cluster of capitals whose letters the legend defines (``H=DQN``, bapeten-kepka-12-1999), a
function as the formula's label with a legend entry naming it (``f(x) = …`` / ``Dengan :`` /
``f(x) : Persentase …``, jatim-dishub), Δ and Σ written before a symbol
(``Δ Laka Ank Umum``), symbols in mathematical italic (``𝐴/𝐵``), a legend entry naming the
symbol of the result (``NA = Nilai Akhir``, kulonprogo-perbup-36-2018), entries whose name
runs over lines, entries whose name goes on in prose (``x = jumlah …, dihitung dari …``),
lettered entries after a sentence (``Rumus … menerangkan:`` / ``a. LA = …; dan``,
pp-26-2021) and a legend that names only some of a family of symbols (``NLP = 2 x (NA + NB
+ NC) + ND``, unib-ami). The NAMES are other real names: the variables and the indicators
of the development cells' labels (batches up to VARIANTS_UP_TO_BATCH).

Every pool (names, indicators, headings, separators, clauses, sentences) is split in two
halves by a hash of the phrase (``tests/public_scoring.pool_half``, salt
``legends-real-v1``): rules are drawn from the *work* half only; the *fresh* half is read
for its rate only. The holdout file is never read.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Pools, QuotedParts, command, pooled  # noqa: E402
from tests.public_scoring import ComposedBenchmark, halves, variant_cells  # noqa: E402

COUNT = 400
SEED = 15
SALT = "legends-real-v1"

HEADINGS: tuple[str, ...] = (
    "Keterangan:", "Keterangan :", "Dengan :", "dengan:", "Dimana :", "dimana", "di mana:",
    "Di mana", "Ket:", "Ket. :", "Penjelasan :", "Notasi :", "Keterangan notasi:",
    "Keterangan simbol :", "Dengan keterangan :", "Yang mana :", "Dimana,", "Catatan :",
    "Arti simbol:", "Keterangan Rumus :", "KETERANGAN :", "Penjelasan rumus:",
    "dengan ketentuan :", "Di mana :", "DENGAN :",
)
SEPARATORS: tuple[str, ...] = (
    " = ", " : ", ": ", "\t: ", " adalah ", " merupakan ", " yaitu ", " – ", " - ", "  =  ",
    "\t=\t", " ialah ", " : adalah ", " menyatakan ", " = adalah ", "\t:\t",
)
ENDINGS: tuple[str, ...] = ("", "", ";", ".", ";|dan")
# what a prose entry says after its name, set apart by a comma (the name is the noun phrase)
CLAUSES: tuple[str, ...] = (
    "dihitung dari laporan tahunan", "diukur pada akhir tahun", "dihitung secara kumulatif",
    "dihitung pada periode yang sama", "diukur setiap triwulan", "dihitung per 31 Desember",
    "diperoleh dari hasil survei", "didapat dari rekapitulasi dinas", "dicatat setiap bulan",
    "dihitung sampai dengan akhir tahun berjalan", "diukur dalam satuan orang",
    "dihimpun dari laporan puskesmas", "direkap dari aplikasi SIPD", "diambil dari data BPS",
    "dihitung dalam satu tahun anggaran", "diverifikasi oleh inspektorat",
)
# a sentence that stands for a legend's heading before lettered entries
SENTENCES: tuple[str, ...] = (
    "Rumus sebagaimana dimaksud pada ayat (1) menerangkan:",
    "Keterangan rumus tersebut adalah sebagai berikut:",
    "Adapun penjelasan rumus di atas:",
    "Variabel dalam rumus tersebut yaitu:",
    "Dalam rumus tersebut:",
    "Unsur dalam rumus sebagaimana dimaksud terdiri atas:",
    "Rumus sebagaimana dimaksud pada huruf a menjelaskan:",
    "Adapun keterangan dari rumus tersebut sebagai berikut:",
)
MARKS: tuple[str, ...] = ("{a}. ", "{n}. ", "{a}) ", "({n}) ", "- ")
GLUED: tuple[tuple[str, str], ...] = (
    ("{1}x{2}", "v1 * v2"),
    ("{1}x{2}x{3}", "v1 * v2 * v3"),
    ("({1}-{2})x{3}", "(v1 - v2) * v3"),
    ("(({1}-{2})x{3}x{4})x{5}", "(v1 - v2) * v3 * v4 * v5"),
    ("{1}x({2}+{3})", "v1 * (v2 + v3)"),
)
PLAIN: tuple[tuple[str, str], ...] = (
    ("{1} / {2} x 100%", "v1 / v2 * 100"),
    ("({1} / {2}) x 100 %", "v1 / v2 * 100"),
    ("({1} - {2}) / {2} x 100%", "(v1 - v2) / v2 * 100"),
    ("({1} + {2}) / {3} x 100%", "(v1 + v2) / v3 * 100"),
    ("{1} : {2} x 100%", "v1 / v2 * 100"),
    ("({1} + {2}) / 2", "(v1 + v2) / 2"),
)
LAYOUTS = (
    "glued product", "glued letters", "function label", "result named", "delta sigma",
    "math italic", "over lines", "prose entry", "sentence heading", "partial family",
)
_ITALIC_A = 0x1D434  # MATHEMATICAL ITALIC CAPITAL A
_ITALIC_SMALL_A = 0x1D44E
_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9()\-., ]*\Z")


half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half of a pool a phrase falls in."""


def _fits(name: str, low: int, high: int) -> bool:
    words = name.split()
    return (
        low <= len(words) <= high
        and bool(_WORDS.match(name))
        and name.count("(") == name.count(")")
        and not re.search(r"\b(?:x|X|dibagi|dikali\w*|dikurangi|ditambah)\b", name)
        and not name.rstrip().endswith((",", ".", "-"))
    )


def _real_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The variables' names and the indicators of the development cells, each once."""
    names: dict[str, None] = {}
    indicators: dict[str, None] = {}
    for cell in variant_cells():
        if cell["kind"] != "formula":
            continue
        for name in cell["variables"]:
            if _fits(name, 3, 12):
                names[" ".join(name.split())] = None
        indicator = " ".join(str(cell.get("indicator") or "").split())
        if _fits(indicator, 2, 10):
            indicators[indicator] = None
    return tuple(names), tuple(indicators)


def pools(half: str) -> Pools:
    """The phrases of ``half``."""
    names, indicators = _real_names()
    return Pools.kept(
        half_of, half, empty_in_both=False, names=names, indicators=indicators, headings=HEADINGS,
        separators=SEPARATORS, clauses=CLAUSES, sentences=SENTENCES,
    )


@dataclass(frozen=True)
class Variant(QuotedParts):
    """One composed cell and the reading a careful reader gives it."""

    layout: str
    heading: str
    separator: str
    text: str
    variables: tuple[str, ...]
    structure: str


def _acronym(name: str, taken: set[str], most: int = 4) -> str:
    letters = "".join(w[0] for w in name.split() if w[0].isalpha()).upper()[:most]
    while letters in taken or len(letters) < 2:
        letters += "X"
    taken.add(letters)
    return letters


def _italic(text: str) -> str:
    """``text`` in mathematical italic letters (h has its own code point, ℎ)."""
    out = []
    for char in text:
        if "A" <= char <= "Z":
            out.append(chr(_ITALIC_A + ord(char) - ord("A")))
        elif char == "h":
            out.append("\u210e")
        elif "a" <= char <= "z":
            out.append(chr(_ITALIC_SMALL_A + ord(char) - ord("a")))
        else:
            out.append(char)
    return "".join(out)


def _endings(ending: str, count: int) -> list[str]:
    if ending.startswith(";|"):
        return [";"] * (count - 2) + [f"; {ending[2:]}", "."] if count > 1 else ["."]
    return [ending] * count


def _split_line(rng: random.Random, name: str) -> str:
    """``name`` broken over two lines at a word boundary (a line of the page's width)."""
    words = name.split()
    if len(words) < 4:
        return name
    cut = rng.randint(2, len(words) - 2)
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


def _fill(template: str, symbols: Sequence[str]) -> str:
    for number, symbol in enumerate(symbols, start=1):
        template = template.replace("{" + str(number) + "}", symbol)
    return template


def compose(rng: random.Random, pool: Pools) -> Variant:
    """One cell drawn from ``pool``."""
    layout = rng.choice(LAYOUTS)
    template, structure = rng.choice(GLUED if layout == "glued product" else PLAIN)
    count = max(int(d) for d in structure if d.isdigit())
    names = rng.sample(pool.names, count)
    heading = rng.choice(pool.headings)
    separator = rng.choice(pool.separators)
    endings = _endings(rng.choice(ENDINGS), count)
    indicator = rng.choice(pool.indicators)
    taken: set[str] = set()
    symbols = (
        list("ABCDE"[:count]) if rng.random() < 0.5 else [_acronym(n, taken) for n in names]
    )
    variables = list(names)
    entries = [(s, n) for s, n in zip(symbols, names, strict=True)]
    label = f"{indicator} = " if rng.random() < 0.4 else ""
    if layout == "glued product":
        if any(len(s) > 1 for s in symbols) and rng.random() < 0.5:
            symbols = [s if len(s) > 1 else s + "T" for s in symbols]  # ((A-B)xCxD)xTD
            entries = [(s, n) for s, n in zip(symbols, names, strict=True)]
        formula = label + _fill(template, symbols)
    elif layout == "glued letters":
        count = rng.randint(2, 4)
        names = rng.sample(pool.names, count)
        letters = rng.sample("ABCDEFGKLMNPQRSTVW", count + 1)
        result, symbols = letters[0], letters[1:]
        variables = list(names)
        structure = " * ".join(f"v{i}" for i in range(1, count + 1))
        endings = _endings(rng.choice(ENDINGS), count)
        entries = [(s, n) for s, n in zip(symbols, names, strict=True)]
        if rng.random() < 0.5:
            entries.insert(0, (result, indicator))
            endings.insert(0, endings[0])
        formula = rng.choice(("{r}={s}", "{r} = {s}")).format(r=result, s="".join(symbols))
    elif layout == "function label":
        formula = rng.choice(("f(x) = ", "f(x)= ", "F(x) = ")) + _fill(template, symbols)
        heading = rng.choice(pool.headings)
        entries.insert(0, (formula.split("=")[0].strip(), indicator))
        endings.insert(0, ".")
    elif layout == "result named":
        result = _acronym(indicator, taken, 3)
        formula = f"{result} = {_fill(template, symbols)}"
        entries.insert(0, (result, indicator))
        endings.insert(0, endings[0])
        if rng.random() < 0.4:
            entries.append(entries.pop(0))
    elif layout == "delta sigma":
        taken.clear()
        symbols = [_acronym(n, taken) for n in names]
        marks = [rng.choice(("Δ ", "Δ", "∆ ")), *(rng.choice(("Σ ", "Σ", "∑ ")) for _ in names[1:])]
        template, structure = rng.choice(
            (("{1} / {2} x 100%", "v1 / v2 * 100"), ("{1} : {2} x 100%", "v1 / v2 * 100"))
        )
        names = names[:2]
        variables = list(names)
        endings = endings[:2]
        written = [m + s for m, s in zip(marks, symbols, strict=False)]
        formula = label + _fill(template, written)
        legend_marks = [m.replace("Δ", rng.choice("Δ∆")).replace("Σ", rng.choice("Σ∑")) for m in marks]
        entries = [(m + s, n) for m, s, n in zip(legend_marks, symbols, names, strict=False)]
    elif layout == "math italic":
        formula = label + _italic(_fill(template, symbols))
        if rng.random() < 0.5:
            formula = _italic("f(x)") + " = " + _italic(_fill(template, symbols))
            entries.insert(0, ("f(x)", indicator))
            endings.insert(0, ".")
    elif layout == "sentence heading":
        formula = _fill(template, symbols) + "."
        heading = rng.choice(pool.sentences)
    elif layout == "partial family":
        head = rng.choice("NPKJS")
        symbols = [head + "ABCD"[i] for i in range(4)]
        names = rng.sample(pool.names, 4)
        shown = rng.randint(1, 3)
        variables = names[:shown] + symbols[shown:]
        structure = "2 * (v1 + v2 + v3) + v4"
        result = head + rng.choice(("LP", "K", "S", "T"))
        formula = f"{result} = 2 x ({symbols[0]} + {symbols[1]} + {symbols[2]}) + {symbols[3]}"
        entries = list(zip(symbols[:shown], names[:shown], strict=True))
        endings = _endings(rng.choice(ENDINGS), shown)
        heading = rng.choice(("", heading))
    else:
        formula = label + _fill(template, symbols)
    lines = [formula]
    if layout == "sentence heading":
        lines = [f"{formula} {heading}"]
    elif (
        (heading and layout != "glued letters")
        or layout in ("function label", "math italic")
        or (layout == "glued letters" and rng.random() < 0.7)
    ):
        lines.append(heading)
    for number, ((symbol, name), ending) in enumerate(zip(entries, endings, strict=False)):
        mark = ""
        if layout == "sentence heading":
            mark = rng.choice(MARKS).format(a="abcdef"[number], n=number + 1)
        if layout == "over lines":
            joint = rng.choice((" :", " =", ":", "\t:"))
            lines.append(f"{mark}{symbol}{joint}\n{_split_line(rng, name)}{ending}")
        elif layout == "prose entry" and (symbol, name) in zip(symbols, variables, strict=False):
            clause = rng.choice(pool.clauses)
            lines.append(f"{mark}{symbol}{separator}{name}, {clause}{ending or '.'}")
        elif layout == "function label" and rng.random() < 0.5:
            lines.append(f"{symbol} :\n{_split_line(rng, name)}{ending}")
        else:
            lines.append(f"{mark}{symbol}{separator}{name}{ending}")
    return Variant(layout, heading, separator, "\n".join(lines), tuple(variables), structure)


variants = pooled(pools, compose, COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``."""

BENCHMARK = ComposedBenchmark(
    "legends real", variants, ("layout", "heading", "separator"), "layout", COUNT, SEED
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
