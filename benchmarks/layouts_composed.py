"""Stacks and legends in layouts never seen, composed from pools: the honest measure of the
layout reading (issue 14, causes 4 and 6).

    python benchmarks/layouts_composed.py [--half work|fresh|both] [--show-failures N]
                                         [--per-part]

Where :mod:`benchmarks.variants_stacked` and :mod:`benchmarks.variants_legends` write each
ratio in a fixed list of kinds, this composes each cell from independent choices, as an
office that never sent a document would combine them: a heading or none; a label (plain,
in capitals, in mathematical italic as a PDF's equation, on its own line ending in ``=``)
with ``=`` or ``:``; the middle line's parts (label, ``=``, a bar of any rule, the scale)
in any order or some missing, or the scale's sign alone there and its number on a line of
its own, or the scale at the end of the numerator's or denominator's line or under the
whole; names wrapped by a narrow column, hyphenated; trailing spaces, CRLF, tabs; and for
cells of symbols, a legend: a heading or none, a list mark, the symbol then ``=``, ``:``,
a tab, a column gap, ``adalah`` or a new line, its description wrapped over lines, an
ending, the label's own entry, the entries in either order; each also with its line breaks
lost. The names are those of the development ratios (``variants_stacked.sources``).

Every pool (sources, headings, labels, scales, bars, orders, separators …) is split in two
halves by hashing its members: the *work* half is what the rules were made on, the *fresh*
half is never looked at until the end and is the honest figure of a layout not seen. (Never
reads the set-aside holdout file.)
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import print_failures  # noqa: E402
from benchmarks.variants_stacked import Ratio, sources, wrap_column  # noqa: E402
from tests.public_scoring import Reading, read_cell  # noqa: E402

CASES_PER_SOURCE = 8
"""Composed cells per ratio (half stacks of names, half stacks of symbols with a legend)."""


def half(pool: str, member: str) -> int:
    """The half (0 work, 1 fresh) of a pool's member, by a hash of both."""
    return hashlib.sha256(f"{pool}\x00{member}".encode()).digest()[0] % 2


# --- the pools ------------------------------------------------------------------------------
# "" (none) is in both halves of every pool that has it.

HEADINGS = (
    "Rumus :",
    "Formula:",
    "Cara menghitung:",
    "Formulasi :",
    "Rumus Perhitungan:",
    "Cara Pengukuran :",
    "Perhitungan :",
    "Formulasi Perhitungan:",
    "Metode penghitungan:",
    "Rumus yang digunakan :",
)
LABELS = (
    "Persentase",
    "Capaian",
    "% Capaian",
    "Tingkat Capaian",
    "Rasio",
    "f(x)",
    "IKU",
    "Nilai",
    "Persentase Capaian Kinerja",
    "Cakupan",
    "Indeks",
    "Angka",
    "Proporsi",
    "% Realisasi",
    "Tingkat Kepatuhan",
    "Derajat",
)
LABEL_SIGNS = ("=", ":", " = ", "= ")
SCALES_100 = (
    "x 100%",
    "X 100 %",
    "× 100",
    "x100%",
    "𝑥 100%",
    "x 100 persen",
    "* 100%",
    "X 100",
    "x 100 %",
    "× 100%",
    "X100%",
    "x 100",
)
BARS = ("-", "_", "─", "—", "–", "=", "‾", "━", "_ ")
# the middle line's parts: L label and its sign, B bar, S scale (in this order)
MIDDLES = (
    "L B S",
    "L S B",
    "L S",
    "S B",
    "B S",
    "L B",
    "S",
    "= S",
    "= B S",
    "S L B",
    "L",
    "B",
    "S =",
    "L B S =",
)
# where the scale stands when not on the middle line
SCALE_PLACES = ("middle", "numerator end", "denominator end", "under", "sign alone")
WRAPS = ("none", "14", "18", "22", "26", "32", "40", "22 hyphen", "30 hyphen")
ARTEFACTS = ("none", "trailing spaces", "CRLF", "tabs", "italic label", "capitals label")
LABEL_PLACES = ("middle", "own line =", "column")

SYMBOLS = ("letters", "acronyms", "X1", "lower", "P1", "italic acronyms")
LEGEND_HEADINGS = (
    "Keterangan:",
    "Keterangan :",
    "Ket:",
    "Dengan :",
    "Dimana:",
    "Di mana :",
    "dimana",
    "Catatan :",
    "Penjelasan:",
    "Keterangan rumus:",
    "Dengan ketentuan:",
    "Ket. :",
)
SEPARATORS = (
    "=",
    ":",
    " = ",
    " : ",
    "\t",
    "    ",
    " adalah ",
    "\n",
    " = \n",
    " :\n",
    " merupakan ",
)
MARKS = ("", "- ", "• ", "a. ", "1) ", "(1) ", "i. ", "▪ ")
ENDINGS = ("", ".", ";", ",")
DESCRIPTION_WRAPS = ("none", "3 words", "5 words", "28")
ORDERS = ("formula", "reversed", "label first")


def _halves(pool_name: str, pool: Sequence[str], which: int) -> tuple[str, ...]:
    chosen = tuple(m for m in pool if half(pool_name, m) == which)
    return chosen or tuple(pool)


# --- writing --------------------------------------------------------------------------------

_ITALIC_UPPER = {c: chr(0x1D434 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_ITALIC_LOWER = {c: chr(0x1D44E + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
_ITALIC_LOWER["h"] = "ℎ"  # the one letter Unicode keeps in the Letterlike block


def italic(text: str) -> str:
    """``text`` in mathematical italic, as an equation editor's PDF gives it."""
    return "".join(_ITALIC_UPPER.get(c) or _ITALIC_LOWER.get(c) or c for c in text)


def wrap(text: str, how: str) -> str:
    """``text`` broken as a column ``how`` wide breaks it (``"22 hyphen"``: a word split)."""
    if how == "none":
        return text
    width, _, hyphen = how.partition(" ")
    return wrap_column(text, int(width), bool(hyphen), shortest=7)


def _words_wrap(text: str, how: str) -> str:
    if how.endswith("words"):
        size = int(how.split()[0])
        words = text.split()
        return "\n".join(" ".join(words[i : i + size]) for i in range(0, len(words), size))
    return wrap(text, how)


def _scale_text(ratio: Ratio, rng: random.Random, pool: tuple[str, ...]) -> str:
    if ratio.scale is None:
        return ""
    if ratio.scale == "100":
        return rng.choice(pool)
    grouped = f"{int(ratio.scale):,}".replace(",", ".")
    return rng.choice([f"x {grouped}", f"X {grouped}", f"× {grouped}"])


@dataclass
class Case:
    """One composed cell: its text, the labelled reading, and the choices that made it."""

    source: str
    text: str
    variables: tuple[str, ...]
    structure: str
    parts: dict[str, str] = field(default_factory=dict)


def _label_text(label: str, artefact: str) -> str:
    if artefact == "italic label":
        return italic(label)
    if artefact == "capitals label":
        return label.upper()
    return label


def _finish(text: str, artefact: str) -> str:
    if artefact == "trailing spaces":
        return "\n".join(line + "  " for line in text.split("\n"))
    if artefact == "CRLF":
        return text.replace("\n", "\r\n")
    return text


def stack(
    numerator: str,
    denominator: str,
    scale: str,
    rng: random.Random,
    pools: dict[str, tuple[str, ...]],
    parts: dict[str, str],
) -> str:
    """A stacked fraction composed from the pools' choices (recorded in ``parts``)."""

    def pick(name: str) -> str:
        parts[name] = rng.choice(pools[name])
        return parts[name]

    heading = pick("heading") if rng.random() < 0.4 else ""
    parts["heading"] = heading or "(none)"
    label = pick("label") if rng.random() < 0.75 else ""
    if not label:
        parts["label"] = "(none)"
    sign = pick("label sign")
    artefact = pick("artefact")
    label = _label_text(label, artefact)
    bar_char = pick("bar")
    bar = (bar_char * rng.randint(6, 30)).rstrip() if bar_char else ""
    middle_order = pick("middle")
    place = pick("scale place") if scale else "middle"
    if place == "middle" and "S" not in middle_order and scale:
        place = "under"  # the scale stands somewhere
    parts["scale place"] = place
    label_place = pick("label place") if label else "middle"
    numerator = wrap(numerator, pick("wrap numerator"))
    denominator = wrap(denominator, pick("wrap denominator"))
    if "L" not in middle_order and label and label_place == "middle":
        label_place = "own line ="
    middle_scale = scale if place == "middle" else ""
    if place == "sign alone" and scale:
        found = re.match(r"([xX×*𝑥])\s*(.*)", scale)
        middle_scale = found.group(1) if found else scale
    pieces = []
    for piece in middle_order.split():
        if piece == "L":
            if label and label_place == "middle":
                pieces.append(f"{label} {sign.strip()}")
        elif piece == "B":
            pieces.append(bar)
        elif piece == "S":
            pieces.append(middle_scale)
        else:
            pieces.append(piece)
    gap = "\t" if artefact == "tabs" else " "
    middle = gap.join(p for p in pieces if p).strip()
    if middle.strip("= ") == "" and not (label and label_place == "middle"):
        middle = bar or "-" * 12  # a middle line says where the bar stood
    numerator_lines, denominator_lines = numerator.split("\n"), denominator.split("\n")
    if place == "numerator end" and scale:
        numerator_lines[-1] += " " + scale
    if place == "denominator end" and scale:
        denominator_lines[-1] += " " + scale
    if label and label_place == "column":  # the label's words beside the lines, a gap between
        words = label.split()
        above = words[0] if len(words) > 1 else ""
        below = words[-1] if len(words) > 2 else ""
        beside = " ".join(words[bool(above) : len(words) - bool(below)])
        own = middle.startswith(("=", ":")) and not middle.startswith("==")
        beside = beside if own else f"{beside} {sign.strip()}"
        width = max(len(above), len(beside), len(below)) + 3
        numerator_lines = [
            (above if i == 0 else "").ljust(width) + line for i, line in enumerate(numerator_lines)
        ]
        middle = beside.ljust(width) + middle
        denominator_lines = [
            (below if i == 0 else "").ljust(width) + line
            for i, line in enumerate(denominator_lines)
        ]
    lines = [*numerator_lines, middle, *denominator_lines]
    if place == "under" and scale:
        lines.append(scale)
    if place == "sign alone" and scale:
        number = scale[len(middle_scale) :].strip()
        lines.insert(len(numerator_lines) + 1, number)
    if label and label_place == "own line =":
        lines.insert(0, f"{label} {sign.strip()}")
    text = "\n".join(line for line in lines if line.strip())
    if heading:
        text = f"{heading}\n{text}"
    return _finish(text, artefact)


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _numbered(mark: str, number: int) -> str:
    """The list mark of the entry ``number`` (from 0): ``a.``, ``b.``; ``1)``, ``2)``; ``i.``,
    ``ii.``; a bullet stays."""
    if mark.startswith("a."):
        return f"{'abcdefghij'[number]}. "
    if mark.startswith("i."):
        return f"{_ROMAN[number]}. "
    return re.sub(r"\d+", str(number + 1), mark)


def _symbols(ratio: Ratio, style: str) -> tuple[str, ...] | None:
    count = len(ratio.variables)
    if style == "letters":
        return tuple("ABCDEFGH"[:count])
    if style == "lower":
        return tuple("abcdefgh"[:count])
    if style == "X1":
        return tuple(f"X{i}" for i in range(1, count + 1))
    if style == "P1":
        return tuple(f"P{i}" for i in range(1, count + 1))
    skip = {"yang", "yg", "dan", "di", "dari", "pada", "dalam", "untuk", "ke", "oleh", "atau"}
    found: list[str] = []
    for name in ratio.variables:
        words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in skip]
        symbol = "".join(w[0].upper() for w in words[:4]) or "Q"
        while symbol in found or len(symbol) < 2:
            symbol += "X" if len(symbol) < 2 else str(len(found) + 1)
        found.append(symbol)
    if style == "italic acronyms":
        return tuple(italic(s) for s in found)
    return tuple(found)


def legend_cell(
    ratio: Ratio, rng: random.Random, pools: dict[str, tuple[str, ...]], parts: dict[str, str]
) -> str | None:
    """A stack of symbols with a legend under it, composed from the pools' choices."""

    def pick(name: str) -> str:
        parts[name] = rng.choice(pools[name])
        return parts[name]

    symbols = _symbols(ratio, pick("symbols"))
    if symbols is None or "Σ" in ratio.numerator + ratio.denominator:
        return None
    plain = {name: symbols[i] for i, name in enumerate(ratio.variables)}
    numerator, denominator = ratio.numerator, ratio.denominator
    for name in sorted(plain, key=len, reverse=True):
        numerator = numerator.replace(name, plain[name])
        denominator = denominator.replace(name, plain[name])
    scale = _scale_text(ratio, rng, pools["scale"])
    label_symbol = rng.choice(("NA", "P", "IKU", "K", "Y", "R"))
    parts["label symbol"] = label_symbol
    inner = dict(pools)
    inner["label"] = (label_symbol,)
    inner["wrap numerator"] = inner["wrap denominator"] = ("none",)
    body = stack(numerator, denominator, scale, rng, inner, parts)
    if "\r\n" in body:
        body = body.replace("\r\n", "\n")
        parts["artefact"] = "none"
    heading = pick("legend heading") if rng.random() < 0.8 else ""
    parts["legend heading"] = heading or "(none)"
    separator, mark, ending = pick("separator"), pick("mark"), pick("ending")
    how = pick("description wrap")
    order = pick("order")
    entries = list(zip(symbols, ratio.variables, strict=True))
    if order == "reversed":
        entries.reverse()
    if order == "label first" and parts.get("label") not in (None, "(none)"):
        entries.insert(0, (label_symbol, "Nilai Akhir capaian indikator"))
    lines = [heading] if heading else []
    for number, (symbol, name) in enumerate(entries):
        description = _words_wrap(name, how)
        lines.append(f"{_numbered(mark, number)}{symbol}{separator}{description}{ending}")
    return body + "\n" + "\n".join(lines)


# --- the cases ------------------------------------------------------------------------------


def pools_of(which: int) -> dict[str, tuple[str, ...]]:
    """The members of each pool in half ``which``."""
    return {
        "heading": _halves("heading", HEADINGS, which),
        "label": _halves("label", LABELS, which),
        "label sign": _halves("label sign", LABEL_SIGNS, which),
        "scale": _halves("scale", SCALES_100, which),
        "bar": (*_halves("bar", BARS, which), ""),
        "middle": _halves("middle", MIDDLES, which),
        "scale place": _halves("scale place", SCALE_PLACES, which),
        "wrap numerator": _halves("wrap", WRAPS, which),
        "wrap denominator": _halves("wrap", WRAPS, which),
        "artefact": _halves("artefact", ARTEFACTS, which),
        "label place": _halves("label place", LABEL_PLACES, which),
        "symbols": _halves("symbols", SYMBOLS, which),
        "legend heading": _halves("legend heading", LEGEND_HEADINGS, which),
        "separator": _halves("separator", SEPARATORS, which),
        "mark": ("", *_halves("mark", MARKS[1:], which)),
        "ending": _halves("ending", ENDINGS, which),
        "description wrap": _halves("description wrap", DESCRIPTION_WRAPS, which),
        "order": _halves("order", ORDERS, which),
    }


def cases(which: int) -> list[Case]:
    """Every composed cell of half ``which`` (0 work, 1 fresh)."""
    kept, _ = sources()
    pools = pools_of(which)
    found: list[Case] = []
    for ratio in kept:
        if half("source", ratio.source) != which:
            continue
        for i in range(CASES_PER_SOURCE):
            rng = random.Random(f"{ratio.source}|{i}")  # noqa: S311 - reproducible
            parts: dict[str, str] = {}
            if i % 2 == 0:
                parts["family"] = "stack"
                scale = _scale_text(ratio, rng, pools["scale"])
                text = stack(ratio.numerator, ratio.denominator, scale, rng, pools, parts)
            else:
                parts["family"] = "legend"
                made = legend_cell(ratio, rng, pools, parts)
                if made is None:
                    continue
                text = made
            found.append(Case(ratio.source, text, ratio.variables, ratio.structure, parts))
            if parts["family"] == "legend" and rng.random() < 0.5:
                joined = re.sub(r"\s*\n\s*", " ", text).strip()
                extra = {**parts, "family": "legend joined"}
                found.append(Case(ratio.source, joined, ratio.variables, ratio.structure, extra))
    return found


def score(found: list[Case]) -> list[tuple[Case, Reading]]:
    """Each case with its reading."""
    return [
        (
            case,
            read_cell(
                {
                    "id": case.source,
                    "text": case.text,
                    "variables": list(case.variables),
                    "structure": case.structure,
                }
            ),
        )
        for case in found
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("work", "fresh", "both"), default="work")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N")
    parser.add_argument("--per-part", action="store_true", help="the rate of every choice")
    parser.add_argument("--family", default=None, help="only stack, legend or legend joined")
    args = parser.parse_args(argv)
    halves = {"work": (0,), "fresh": (1,), "both": (0, 1)}[args.half]
    for which in halves:
        found = [c for c in cases(which) if args.family in (None, c.parts["family"])]
        readings = score(found)
        name = ("work", "fresh")[which]
        right = sum(r.right for _, r in readings)
        print(f"{name} half: {right} / {len(readings)} {100 * right / max(len(readings), 1):.1f} %")
        by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_part: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for case, reading in readings:
            ok = int(reading.right)
            by_family[case.parts["family"]][0] += ok
            by_family[case.parts["family"]][1] += 1
            for key, value in case.parts.items():
                by_part[(key, value)][0] += ok
                by_part[(key, value)][1] += 1
        for family, (good, count) in sorted(by_family.items()):
            print(f"  {family:<16} {good:>5} / {count:<5} {100 * good / count:6.1f} %")
        if args.per_part:
            for (key, value), (good, count) in sorted(
                by_part.items(), key=lambda item: item[1][0] / item[1][1]
            ):
                shown = value.replace("\n", "\\n").replace("\t", "\\t")
                print(
                    f"    {key:<18} {shown!r:<30} {good:>4} / {count:<4} {100 * good / count:6.1f} %"
                )
        failures = (
            (f"{case.source} {reading.outcome} {case.parts}", case.text, case.variables,
             case.structure, reading)
            for case, reading in readings
        )  # fmt: skip
        print_failures(failures, args.show_failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
