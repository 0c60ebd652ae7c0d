"""Variant benchmark: a legend that spells its symbols as the formula does not.

    python benchmarks/legends_spelled.py [--half work|fresh|both] [--count N] [--seed S]
                                         [--show-failures] [--by spelling|layout|shape]

Session 16 (issue 14, cause 6). A reader pairs each entry of a legend with the symbol the
formula writes even where the two are typed apart, as real cells type them: the formula in
an equation editor's mathematical italic or bold italic and the legend in plain letters
(kkp-psdkp-bitung ``𝑥 = 𝑎`` / ``𝑏 × 100%`` over ``𝑎 = …``, jatim-dishub-iku, kemendikbud
``𝑲𝑺 𝒅𝒂𝒏 𝑻𝑨𝑺``, pupr ``(𝐿𝑢𝑎𝑠 𝐶)``), the legend in another case (jatim-dishub ``𝐿𝑎𝑘𝑎 𝐴𝑛𝑘`` over
``∆ laka ank …``), Δ/∆ and Σ/∑ of other code points (jatim-dishub), a hyphen written as a
minus sign (``ASN−T`` over ``ASN-T``), a subscript digit typed three ways (``X₁``, ``X_1``,
``X1``: a class of Unicode, every subscript digit), a term of several words written again
as the legend's entry over its definition (jatim-dishub ``Σ penguji tersedia``). The
legends are laid out as real cells lay them out: ``S = …``, ``S : …``, the name on the
lines under ``S :`` or under the symbol alone, a table's tab, numbered, joined by ``;``.
The NAMES are the real names of the development cells (as ``legends_real.py`` draws them).

Every pool (names, indicators, headings, separators) is split in two halves by a hash of
the phrase (``tests/public_scoring.pool_half``, salt ``legends-spelled-v1``): rules are
drawn from the *work* half only; the *fresh* half is read for its rate only.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.legends_real import _real_names  # noqa: E402
from benchmarks.pool_kit import Pools, QuotedParts  # noqa: E402
from tests.public_scoring import ComposedBenchmark, halves  # noqa: E402

COUNT = 400
SEED = 16
SALT = "legends-spelled-v1"

HEADINGS: tuple[str, ...] = (
    "Keterangan:", "Keterangan :", "Dengan :", "dengan:", "Dimana :", "dimana", "di mana:",
    "Di mana", "Ket:", "Ket :", "Ket.", "Penjelasan :", "Notasi :", "Keterangan notasi:",
    "Dengan keterangan :", "Dimana,", "KETERANGAN :", "Keterangan Rumus :", "Di mana :",
    "DENGAN :", "Uraian :", "", "",
)
SEPARATORS: tuple[str, ...] = (
    " = ", " : ", ": ", "\t: ", " adalah ", " merupakan ", " – ", "  =  ", "\t=\t", " ialah ",
    " := ", " yaitu ", "\t:\t", " = adalah ",
)
SPELLINGS = (
    "as written", "italic formula", "bold formula", "italic legend", "other case",
    "subscript digits", "sign glyphs", "minus sign", "term of words",
)
LAYOUTS = ("one line", "name under", "symbol alone", "tab", "numbered", "joined", "before")
SHAPES: tuple[tuple[str, str, str], ...] = (
    ("ratio", "{1} / {2} x 100%", "v1 / v2 * 100"),
    ("ratio", "({1}/{2}) × 100%", "v1 / v2 * 100"),
    ("growth", "({1} - {2}) / {2} x 100%", "(v1 - v2) / v2 * 100"),
    ("sum over", "({1} + {2}) / {3} x 100%", "(v1 + v2) / v3 * 100"),
    ("stacked", "{1}\n------------ x 100%\n{2}", "v1 / v2 * 100"),
    ("editor stack", "{1}\n{L} = x 100%\n{2}", "v1 / v2 * 100"),
    ("labelled", "{L} = {1} / {2} x 100%", "v1 / v2 * 100"),
)
_ITALIC = (0x1D434, 0x1D44E)  # MATHEMATICAL ITALIC CAPITAL A, SMALL A
_BOLD_ITALIC = (0x1D468, 0x1D482)  # MATHEMATICAL BOLD ITALIC CAPITAL A, SMALL A
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half of a pool a phrase falls in."""


def _math(text: str, starts: tuple[int, int]) -> str:
    """``text`` in a mathematical alphabet (italic h has its own code point, ℎ)."""
    out = []
    for char in text:
        if "A" <= char <= "Z":
            out.append(chr(starts[0] + ord(char) - ord("A")))
        elif char == "h" and starts == _ITALIC:
            out.append("\u210e")
        elif "a" <= char <= "z":
            out.append(chr(starts[1] + ord(char) - ord("a")))
        else:
            out.append(char)
    return "".join(out)


def pools(half: str) -> Pools:
    """The phrases of ``half``."""
    names, indicators = _real_names()
    names = tuple(n for n in names if not n.endswith(")"))  # "… (m3)": a unit the reader drops
    return Pools.kept(
        half_of, half, empty_in_both=False, names=names, indicators=indicators, headings=HEADINGS,
        separators=SEPARATORS,
    )


@dataclass(frozen=True)
class Variant(QuotedParts):
    """One composed cell and the reading a careful reader gives it."""

    spelling: str
    layout: str
    shape: str
    text: str
    variables: tuple[str, ...]
    structure: str


def _acronym(name: str, taken: set[str]) -> str:
    letters = "".join(w[0] for w in name.split() if w[0].isalpha()).upper()[:4]
    while letters in taken or len(letters) < 2:
        letters += "K"
    taken.add(letters)
    return letters


_OPEN = {"jumlah", "jml", "total", "nilai", "banyaknya", "persentase", "luas", "indeks"}
_NOT_LAST = {"yang", "dan", "di", "atau", "pada", "dari", "ke", "dengan", "per", "untuk", "oleh"}


def _term(name: str) -> str:
    """The words a formula writes for ``name`` (``Jumlah penguji yang tersedia`` →
    ``penguji yang tersedia``): the name without its counting word, up to four words, not
    ending in a word of function, in lower case."""
    words = [w for w in name.split() if w.isalpha()]
    words = words[1:] if words and words[0].lower() in _OPEN else words
    words = words[:4]
    while len(words) > 2 and words[-1].lower() in _NOT_LAST:
        words.pop()
    return " ".join(words).lower() or name.lower()


def _symbols(rng: random.Random, spelling: str, names: Sequence[str]) -> list[tuple[str, str]]:
    """(as the formula writes it, as the legend writes it) for each name."""
    count = len(names)
    if spelling == "subscript digits":
        letter = rng.choice("XAPNK")
        plain = [f"{letter}{i}" for i in range(1, count + 1)]
        kinds = [
            [f"{letter}{str(i).translate(_SUBSCRIPT)}" for i in range(1, count + 1)],
            [f"{letter}_{i}" for i in range(1, count + 1)],
            [f"{letter}_{{{i}}}" for i in range(1, count + 1)],
        ]
        other = rng.choice(kinds)
        return list(zip(other, plain, strict=True)) if rng.random() < 0.6 else list(
            zip(plain, other, strict=True)
        )
    taken: set[str] = set()
    if spelling == "term of words":
        terms = [_term(n) for n in names]
        marks = [rng.choice(("Σ ", "∑ ", "Σ", "")) for _ in names]
        written = [m + t for m, t in zip(marks, terms, strict=True)]
        italic = rng.random() < 0.5
        return [(_math(w, _ITALIC) if italic else w, w) for w in written]
    if rng.random() < 0.4 and spelling not in ("other case", "minus sign", "sign glyphs"):
        letters = rng.choice(("ABC", "abc", "xyz", "PQR"))[:count]
        pairs = [(s, s) for s in letters]
    else:
        pairs = [(s, s) for s in (_acronym(n, taken) for n in names)]
    if spelling == "italic formula":
        return [(_math(f, _ITALIC), s) for f, s in pairs]
    if spelling == "bold formula":
        return [(_math(f, _BOLD_ITALIC), s) for f, s in pairs]
    if spelling == "italic legend":
        return [(f, _math(s, _ITALIC)) for f, s in pairs]
    if spelling == "other case":
        lower = rng.random() < 0.5
        return [(f, s.lower() if lower else s.capitalize()) for f, s in pairs]
    if spelling == "minus sign":
        return [(f"{f[:-1]}−{f[-1]}", f"{s[:-1]}-{s[-1]}") for f, s in pairs]
    if spelling == "sign glyphs":
        glyphs = [("Δ", "∆"), ("∆", "Δ"), ("Σ", "∑"), ("∑", "Σ")]
        first = rng.choice(glyphs[:2])
        chosen = [first, *(rng.choice(glyphs[2:]) for _ in pairs[1:])]
        space = rng.choice(("", " "))
        return [
            (a + space + f, b + rng.choice(("", " ")) + s)
            for (a, b), (f, s) in zip(chosen, pairs, strict=True)
        ]
    return pairs


def _fill(template: str, symbols: Sequence[str], label: str) -> str:
    for number, symbol in enumerate(symbols, start=1):
        template = template.replace("{" + str(number) + "}", symbol)
    return template.replace("{L}", label)


def compose(rng: random.Random, pool: Pools) -> Variant:
    """One cell drawn from ``pool``."""
    spelling = rng.choice(SPELLINGS)
    layout = rng.choice(LAYOUTS)
    shape, template, structure = rng.choice(SHAPES)
    if spelling == "sign glyphs":  # Δ over Σ: the change over the total
        shape, template, structure = rng.choice(SHAPES[:2] + SHAPES[4:])
    count = max(int(d) for d in structure if d.isdigit())
    names = rng.sample(pool.names, count)
    pairs = _symbols(rng, spelling, names)
    indicator = rng.choice(pool.indicators)
    label = rng.choice(("P", "f(x)", "𝑓(𝑥)", "K")) if "{L}" in template else ""
    formula = _fill(template, [f for f, _ in pairs], label)
    heading = rng.choice(pool.headings)
    separator = rng.choice(pool.separators)
    entries = [(s, n) for (_, s), n in zip(pairs, names, strict=True)]
    if label and rng.random() < 0.4:
        entries.insert(0, (label.replace("𝑓(𝑥)", "f(x)"), indicator))
    lines: list[str] = []
    for number, (symbol, name) in enumerate(entries, start=1):
        if layout == "name under":
            lines.append(f"{symbol}{rng.choice((' :', ':', ' ='))}\n{name}")
        elif layout == "symbol alone" and spelling == "term of words":
            lines.append(f"{symbol}\n{name}")
        elif layout == "tab":
            lines.append(f"{symbol}\t{name}")
        elif layout == "numbered":
            mark = rng.choice(("{n}. ", "{n}) ", "{a}. ", "- ", "• ")).format(
                n=number, a="abcdef"[number - 1]
            )
            lines.append(f"{mark}{symbol}{separator}{name}")
        else:
            lines.append(f"{symbol}{separator}{name}")
    if layout == "joined":
        text = "\n".join([formula, f"{heading or 'Keterangan:'} " + "; ".join(lines)])
    elif layout == "before":
        text = "\n".join([*lines, f"{rng.choice(('Rumus:', 'Rumus :', 'maka'))} {formula}"])
    else:
        text = "\n".join([formula, *([heading] if heading else []), *lines])
    return Variant(spelling, layout, shape, text, tuple(names), structure)


def variants(half: str, count: int, seed: int) -> Iterator[Variant]:
    """``count`` cells of ``half``."""
    rng = random.Random(f"{SALT}:{half}:{seed}")  # noqa: S311 - reproducible cells
    pool = pools(half)
    for _ in range(count):
        yield compose(rng, pool)


BENCHMARK = ComposedBenchmark(
    title="legends spelled",
    variants=variants,
    parts=("spelling", "layout", "shape"),
    by="spelling",
    count=COUNT,
    seed=SEED,
)


def main(argv: list[str] | None = None) -> int:
    """The benchmark's command line."""
    return BENCHMARK.main(argv, (__doc__ or "").split("\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
