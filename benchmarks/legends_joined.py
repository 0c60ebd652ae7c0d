"""Variant benchmark: legends whose entries share a line, and symbols typed as an equation
editor writes them (session 19, legend19).

    python benchmarks/legends_joined.py [--half work|fresh|both] [--count N] [--seed S]
                                        [--show-failures] [--by part]

Legends read 47.6 % on the set-aside third. The real cells that miss (bapeten-kepka-1-1999
#02, bapeten-kepka-4-1999 #04/#05, bapeten-perba-4-2013 #01/#02) write a legend as a
regulation's prose does: two entries in one line, the second after the first one's period
(``… dalam setahun. Ij,L adalah BMT …``), after ``dan`` or ``, sedangkan``, an entry wrapped
onto the line of the next one; and their symbols carry what an equation editor's subscripts
become in text: an index after a comma (``Hj,d``, ``Ij,ing,L``), an index in brackets
(``A2(i)``), an underscore, a Unicode subscript, or the subscript typed apart from its base
in the formula (``I j ,ing``) and together in the legend (``Ij,ing``).

This benchmark composes such cells from CLASSES, not from those cells' words: every capital
and small letter as a symbol's base (``x``/``X``, ``l``, ``o``, ``O`` and ``I`` aside: they are
operators or OCR's look-alikes), every subscript style of a formula editor, the copulas of a
definition, the ways Indonesian joins two clauses (a period, ``dan``, ``, sedangkan``, ``;``),
and names made of a head noun of measurement, an object and a qualifier.

Every pool is split in two halves by a hash of its item (``tests/public_scoring.pool_half``,
salt ``legends-joined-v1``): rules are drawn from the *work* half only; the *fresh* half is read
for its rate only (at the start and at the end of session 19). The layouts, the subscript
styles and the formulas are in both halves. The holdout file is never read.
"""

from __future__ import annotations

import random
import string
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Pools, QuotedParts, command, pooled  # noqa: E402
from tests.public_scoring import ComposedBenchmark, halves  # noqa: E402

COUNT = 500
"""How many cells are drawn from each half."""
SEED = 19
SALT = "legends-joined-v1"

LETTERS: tuple[str, ...] = tuple(
    c for c in string.ascii_uppercase + string.ascii_lowercase if c not in "xXloOI"
)
"""A symbol's base: any letter but the operator ``x`` and OCR's look-alikes."""
TAGS: tuple[str, ...] = (
    "L", "d", "T", "R", "max", "min", "tot", "ref", "eff", "ing", "inh", "in", "out", "avg",
    "k", "p", "s", "e", "a", "b", "c", "n", "m", "r",
)
"""What a subscript after a comma says: a letter, an index, an abbreviation of a kind."""
INDICES: tuple[str, ...] = ("i", "j", "k", "n", "t", "g", "r")
HEADS: tuple[str, ...] = (
    "jumlah", "nilai", "aktivitas", "dosis", "luas", "panjang", "biaya", "volume", "indeks",
    "fraksi", "kapasitas", "batas", "laju", "massa", "konsentrasi", "debit", "kadar", "bobot",
    "faktor", "koefisien", "tarif", "harga", "waktu", "frekuensi", "besaran", "tingkat",
    "persentase", "proporsi", "total", "beban",
)
"""Head nouns of a measured quantity."""
OBJECTS: tuple[str, ...] = (
    "radionuklida", "penduduk miskin", "lahan sawah", "pasien rawat inap", "kendaraan umum",
    "air limbah", "pekerja radiasi", "bahan bakar", "sampah rumah tangga", "tenaga kesehatan",
    "pelanggan air minum", "produk ekspor", "kawasan hutan", "ternak sapi", "kapal perikanan",
    "jalan kabupaten", "sekolah dasar", "usaha mikro", "wajib pajak", "aparatur desa",
    "unit pengolahan", "zat radioaktif", "bangunan gedung", "saluran irigasi", "benih padi",
    "pupuk bersubsidi", "peserta didik", "rumah layak huni", "angkutan barang", "debu bijih",
)
QUALIFIERS: tuple[str, ...] = (
    "", "", "per tahun", "pada tahun berjalan", "dalam setahun", "yang masuk ke tubuh",
    "pada tahun sebelumnya", "yang terdaftar", "yang diperiksa", "per satuan luas",
    "menurut kelompok umur", "di wilayah kerja", "pada akhir periode", "yang dilaporkan",
    "sesuai standar nasional", "untuk masing-masing jenis",
)
COPULAS: tuple[str, ...] = (
    " adalah ", " ialah ", " merupakan ", " = ", " : ", " yaitu ", "  adalah  ", "\t= ",
)
WORD_COPULAS = frozenset({" adalah ", " ialah ", " merupakan ", " yaitu ", "  adalah  "})
HEADINGS: tuple[str, ...] = ("", "", "Keterangan:", "Dengan:", "di mana:", "Ket.:", "dimana :")
STYLES: tuple[str, ...] = (
    "comma", "comma two", "bracket index", "underscore", "digits", "unicode", "typed apart",
)
LAYOUTS: tuple[str, ...] = (
    "one per line", "period", "dan", "sedangkan", "semicolon", "wrapped, then the next",
    "column gap", "inline after the formula",
)
FORMULAS: tuple[tuple[str, str, int], ...] = (
    ("{1} / {2} x 100%", "v1 / v2 * 100", 2),
    ("{1} / {2} + {3} / {4}", "v1 / v2 + v3 / v4", 4),
    ("{1} x {2}", "v1 * v2", 2),
    ("({1} - {2}) / {2} x 100%", "(v1 - v2) / v2 * 100", 2),
    ("{1} x ({2} + {3})", "v1 * (v2 + v3)", 3),
    ("{1} / ({2} x {3})", "v1 / (v2 * v3)", 3),
)
_UNICODE = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")

half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half of a pool an item falls in (a hash of it)."""


def pools(half: str) -> Pools:
    """The items of ``half``; an empty item ("no qualifier") is in both."""
    return Pools.kept(
        half_of, half, letters=LETTERS, tags=TAGS, heads=HEADS, objects=OBJECTS,
        qualifiers=QUALIFIERS, copulas=COPULAS, headings=HEADINGS,
    )


@dataclass(frozen=True)
class Variant(QuotedParts):
    """One composed cell and the reading a careful reader gives it."""

    layout: str
    style: str
    copula: str
    text: str
    variables: tuple[str, ...]
    structure: str


def _symbol(style: str, base: str, rng: random.Random, pool: Pools) -> tuple[str, str]:
    """A symbol of ``style``: as the legend writes it and as the formula writes it."""
    index = rng.choice([i for i in INDICES if i != base.lower()])
    if style == "comma":
        written = f"{base}{index},{rng.choice(pool.tags)}"
        return written, written
    if style == "comma two":
        written = f"{base}{index},{rng.choice(pool.tags)},{rng.choice(pool.tags)}"
        return written, written
    if style == "bracket index":
        written = f"{base}{rng.randint(1, 3)}({index})" if rng.random() < 0.5 else f"{base}({index})"
        return written, written
    if style == "underscore":
        written = f"{base}_{rng.choice(pool.tags)}"
        return written, written
    digit = str(rng.randint(1, 9))
    if style == "unicode":
        written = base + digit.translate(_UNICODE)
        return written, written
    if style == "typed apart":  # "Ij,ing" in the legend, "I j ,ing" in the formula
        tag = rng.choice(pool.tags)
        return f"{base}{index},{tag}", f"{base} {index} ,{tag}"
    return base + digit, base + digit


def _name(rng: random.Random, pool: Pools, taken: set[str]) -> str:
    while True:
        words = [rng.choice(pool.heads), rng.choice(pool.objects), rng.choice(pool.qualifiers)]
        name = " ".join(w for w in words if w)
        name = name[0].upper() + name[1:] if rng.random() < 0.4 else name
        if name.lower() not in taken:
            taken.add(name.lower())
            return name


def _wrap(name: str, rng: random.Random) -> tuple[str, str]:
    """A name cut after a word in its middle: the first line's part and the next's."""
    words = name.split()
    cut = rng.randint(1, len(words) - 1)
    return " ".join(words[:cut]), " ".join(words[cut:])


def _legend(layout: str, entries: list[tuple[str, str]], copula: str, rng: random.Random) -> list[str]:
    said = [f"{s}{copula}{n}" for s, n in entries]
    if layout == "one per line":
        end = rng.choice(("", ".", ";"))
        return [e + end for e in said]
    if layout == "column gap":
        width = max(len(s) for s, _ in entries) + rng.randint(3, 8)
        return [f"{s.ljust(width)}{copula.strip()} {n}" for s, n in entries]
    pairs = [said[i : i + 2] for i in range(0, len(said), 2)]
    if layout == "period":
        return [". ".join(pair) + "." for pair in pairs]
    if layout == "dan":
        return [" dan ".join(pair) + "." for pair in pairs]
    if layout == "sedangkan":
        return [", sedangkan ".join(pair) + "." for pair in pairs]
    if layout == "semicolon":
        return [";  ".join(pair) + ";" for pair in pairs]
    lines: list[str] = []  # "wrapped, then the next": "… dalam" / "setahun. B adalah …"
    for at in range(0, len(entries), 2):
        (s1, n1), *rest = entries[at : at + 2]
        head, tail = _wrap(n1, rng)
        lines.append(f"{s1}{copula}{head}")
        lines.append(f"{tail}. {rest[0][0]}{copula}{rest[0][1]}." if rest else f"{tail}.")
    return lines


def compose(rng: random.Random, pool: Pools) -> Variant:
    """One cell drawn from ``pool``."""
    template, structure, count = rng.choice(FORMULAS)
    style = rng.choice(STYLES)
    layout = rng.choice(LAYOUTS)
    copula = rng.choice(pool.copulas)
    if layout in {"dan", "sedangkan", "inline after the formula"} and copula not in WORD_COPULAS:
        copula = " adalah "  # "A = … dan B = …" is no way to write it
    bases = rng.sample(pool.letters, count)
    symbols = [_symbol(style, base, rng, pool) for base in bases]
    taken: set[str] = set()
    names = [_name(rng, pool, taken) for _ in range(count)]
    formula = template
    for n, (_, written) in enumerate(symbols, start=1):
        formula = formula.replace("{" + str(n) + "}", written)
    entries = [(legend, name) for (legend, _), name in zip(symbols, names, strict=True)]
    if layout == "inline after the formula":
        said = [f"{s}{copula}{n}" for s, n in entries]
        listed = ", ".join(said[:-1]) + " dan " + said[-1]
        text = f"{formula}, dengan {listed}."
    else:
        heading = rng.choice(pool.headings)
        text = "\n".join([formula, *([heading] if heading else []), *_legend(layout, entries, copula, rng)])
    return Variant(layout, style, copula, text, tuple(names), structure)


variants = pooled(pools, compose, COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``."""

BENCHMARK = ComposedBenchmark(
    "legends joined", variants, ("layout", "style", "copula"), "layout", COUNT, SEED,
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
