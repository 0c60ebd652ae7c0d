"""Variant benchmark of stacked fractions (issue 14, cause 4): the ways Word and PDF flatten them.

    python benchmarks/variants_stacked.py [--show-failures N] [--kind KIND]

Takes the real ratios of the development corpus (``tests/data/public-cells.jsonl``: every
formula cell whose labelled structure is ``N / D`` or ``N / D * S``, stacked or written on one
line) and of the seed corpus (the rows ikicalc reads as ``A / B × 100%``, readings pinned by
``tests/test_corpus.py``), and writes each as real exports write a stacked fraction: a bar of
dashes, underscores, em dashes, ``=====`` or none; the scale on the bar's line (right or
left), on the numerator's or the denominator's line or on its own last line; a label on the
middle line or on a first line of its own; names wrapped over two or three lines at the
widths of a narrow table column; a numerator that is an expression, sums; blank lines,
CRLF, trailing spaces, bullets, tabs; prose before and a note after; the centred lines of
``pdftotext -layout``. Each variant keeps the labelled variables and structure of its source,
and is scored exactly as ``benchmarks/score_public.py`` scores a cell (same variables, case
and spacing aside; same value on random inputs). A source whose plain one-line rendering
``N / D × S`` is not read right is left out (its trouble is its names, not the stack); the
count is printed.

Never reads the set-aside holdout file.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ikicalc  # noqa: E402
from benchmarks.pool_kit import print_failures  # noqa: E402
from ikicalc.errors import IkiError  # noqa: E402
from ikicalc.lang import ast as iast  # noqa: E402
from tests.public_scoring import (  # noqa: E402
    Reading,
    read_cell,
    variant_cells,
)

SEEDS = ROOT.parent / "shared" / "corpus" / "seed-indicators.jsonl"
if not SEEDS.exists():
    SEEDS = Path("/work/shared/corpus/seed-indicators.jsonl")


@dataclass(frozen=True)
class Ratio:
    """A real ratio: its numerator and denominator as text, the scale, and its label."""

    source: str
    numerator: str
    denominator: str
    scale: str | None  # "100", "1000", "100000" or None
    variables: tuple[str, ...]
    structure: str


# --- sources ---------------------------------------------------------------------------


def _render(node: ast.AST, names: list[str]) -> str | None:
    """The text of a labelled sub-structure over the variable names."""
    if isinstance(node, ast.Name):
        return names[int(node.id[1:]) - 1]
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        inner = node.args[0]
        if node.func.id == "sum" and isinstance(inner, ast.Name):
            return "Σ " + names[int(inner.id[1:]) - 1]
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        left, right = _render(node.left, names), _render(node.right, names)
        if left is None or right is None:
            return None
        if isinstance(node.right, ast.BinOp):
            right = f"({right})"
        return f"{left} {'+' if isinstance(node.op, ast.Add) else '−'} {right}"
    return None


def _split(structure: str) -> tuple[ast.AST, ast.AST, str | None] | None:
    body = ast.parse(structure, mode="eval").body
    scale: str | None = None
    if (
        isinstance(body, ast.BinOp)
        and isinstance(body.op, ast.Mult)
        and isinstance(body.right, ast.Constant)
    ):
        if not re.fullmatch(r"10+", str(body.right.value)):
            return None  # a weight ("* 0.3"), not the scale of a stacked ratio
        scale, body = str(body.right.value), body.left
    if isinstance(body, ast.BinOp) and isinstance(body.op, ast.Div):
        return body.left, body.right, scale
    return None


def dev_ratios() -> list[Ratio]:
    """Every labelled N / D (× S) of the development corpus."""
    found: list[Ratio] = []
    for cell in variant_cells():
        if cell["kind"] != "formula":
            continue
        parts = _split(cell["structure"])
        if parts is None:
            continue
        names = list(cell["variables"])
        numerator, denominator = _render(parts[0], names), _render(parts[1], names)
        if numerator is None or denominator is None:
            continue
        found.append(
            Ratio(cell["id"], numerator, denominator, parts[2], tuple(names), cell["structure"])
        )
    return found


def seed_ratios() -> list[Ratio]:
    """The seed rows ikicalc reads (pinned) as ``A / B × 100%`` with two distinct names."""
    found: list[Ratio] = []
    if not SEEDS.exists():
        return found
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row.get("formula")
        if not text:
            continue
        try:
            formula = ikicalc.parse(text)
        except IkiError:
            continue
        expr = formula.expr
        if not (isinstance(expr, iast.Binary) and expr.op is iast.Op.MUL):
            continue
        ratio, scale = expr.left, expr.right
        if not (
            isinstance(ratio, iast.Binary)
            and ratio.op is iast.Op.DIV
            and isinstance(ratio.left, iast.Variable)
            and isinstance(ratio.right, iast.Variable)
            and isinstance(scale, iast.Percent)
            and scale.value == 100
        ):
            continue
        a, b = ratio.left.name, ratio.right.name
        if a.lower() == b.lower():
            continue
        found.append(Ratio("seed:" + row["id"], a, b, "100", (a, b), "v1 / v2 * 100"))
    return found


# --- the variations --------------------------------------------------------------------

Variant = Callable[["Parts", random.Random], str]


@dataclass(frozen=True)
class Parts:
    """What a variation writes: numerator, denominator, and the scale as the cell spells it."""

    numerator: str
    denominator: str
    scale: str  # "x 100%" … or "" when there is none


def _scale(ratio: Ratio, rng: random.Random) -> str:
    if ratio.scale is None:
        return ""
    if ratio.scale == "100":
        return rng.choice(["x 100%", "X 100 %", "× 100", "x 100 %", "X 100%", "x100%"])
    grouped = f"{int(ratio.scale):,}".replace(",", ".")
    return rng.choice([f"x {grouped}", f"X {grouped}"])


def _bar(rng: random.Random, char: str | None = None) -> str:
    return (char or rng.choice("-_─")) * rng.randint(12, 60)


def wrap_column(text: str, width: int, hyphen: bool = False, shortest: int = 6) -> str:
    """``text`` broken at spaces into lines of at most ``width`` characters (a narrow
    column); with ``hyphen``, the last word of the first line is split with a hyphen when it
    has ``shortest`` letters or more."""
    words = text.split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    if hyphen and len(lines) > 1:
        last = lines[0].split(" ")
        word = last[-1]
        if len(word) >= shortest and word.isalpha():
            cut = len(word) // 2
            lines[0] = " ".join([*last[:-1], word[:cut] + "-"])
            lines[1] = word[cut:] + " " + lines[1]
    return "\n".join(lines)


def _stack(p: Parts, middle: str) -> str:
    return f"{p.numerator}\n{middle}\n{p.denominator}"


def _middle(bar: str, scale: str, left: bool = False) -> str:
    if not scale:
        return bar
    return f"{scale} {bar}" if left else f"{bar} {scale}"


VARIANTS: dict[str, dict[str, Variant]] = {
    "bar": {
        "dashes, scale right": lambda p, r: _stack(p, _middle(_bar(r, "-"), p.scale)),
        "underscores, scale right": lambda p, r: _stack(p, _bar(r, "_") + p.scale),
        "em dashes": lambda p, r: _stack(p, _middle(_bar(r, "—"), p.scale)),
        "box rule": lambda p, r: _stack(p, _middle(_bar(r, "─"), p.scale)),
        "=====": lambda p, r: _stack(p, _middle(_bar(r, "="), p.scale)),
        "en dashes (Word's --)": lambda p, r: _stack(p, _middle(_bar(r, "–"), p.scale)),
        "overline": lambda p, r: _stack(p, _middle(_bar(r, "‾"), p.scale)),
        "spaced underscores (pdf)": lambda p, r: _stack(
            p, _middle(" ".join("_" * r.randint(8, 30)), p.scale)
        ),
        "no bar, scale alone": lambda p, r: _stack(p, p.scale) if p.scale else "",
        "scale left of bar": lambda p, r: _stack(p, _middle(_bar(r), p.scale, left=True)),
        "bar with spaces before scale": lambda p, r: _stack(
            p, _bar(r, "-") + " " * r.randint(3, 12) + p.scale
        ),
    },
    "scale place": {
        "on numerator line": lambda p, r: (
            f"{p.numerator} {p.scale}\n{_bar(r)}\n{p.denominator}" if p.scale else ""
        ),
        "on denominator line": lambda p, r: (
            f"{p.numerator}\n{_bar(r)}\n{p.denominator} {p.scale}" if p.scale else ""
        ),
        "own last line, bar": lambda p, r: (
            f"{p.numerator}\n{_bar(r)}\n{p.denominator}\n{p.scale}" if p.scale else ""
        ),
        "own last line, no bar": lambda p, r: (
            f"{p.numerator}\n{p.denominator}\n{p.scale}" if p.scale else ""
        ),
    },
    "label": {
        "Persentase = bar x 100%": lambda p, r: _stack(
            p, "Persentase = " + _middle(_bar(r, "─"), p.scale)
        ),
        "IPM = bar": lambda p, r: _stack(p, "IPM = " + _middle(_bar(r, "-"), p.scale)),
        "Capaian = x 100% (no bar)": lambda p, r: (
            _stack(p, "Capaian = " + p.scale) if p.scale else ""
        ),
        "Rumus : own first line": lambda p, r: "Rumus :\n" + _stack(p, _middle(_bar(r), p.scale)),
        "Formula: own first line": lambda p, r: "Formula:\n" + _stack(p, p.scale or _bar(r)),
        "Rumus: on numerator line": lambda p, r: "Rumus: " + _stack(p, _middle(_bar(r), p.scale)),
        "label, colon": lambda p, r: _stack(p, "Capaian : " + _middle(_bar(r), p.scale)),
    },
    "label column": {  # the label left of the fraction, its words beside each line
        "three lines, column gap": lambda p, r: (
            f"Persentase    {p.numerator}\nCapaian =     {_middle(_bar(r), p.scale)}\n"
            f"Kinerja       {p.denominator}"
        ),
        "three lines, one space": lambda p, r: (
            f"Persentase {p.numerator}\nCapaian = {_middle(_bar(r), p.scale)}\n"
            f"Kinerja {p.denominator}"
        ),
        "lone = between label words": lambda p, r: (
            f"Rata-rata     {p.numerator}\n=\nCapaian       {p.denominator}" if not p.scale else ""
        ),
    },
    "wrapped": {
        "numerator at 20": lambda p, r: _stack(
            Parts(wrap_column(p.numerator, 20), p.denominator, p.scale), _middle(_bar(r), p.scale)
        ),
        "numerator at 30": lambda p, r: _stack(
            Parts(wrap_column(p.numerator, 30), p.denominator, p.scale), _middle(_bar(r), p.scale)
        ),
        "denominator at 25": lambda p, r: _stack(
            Parts(p.numerator, wrap_column(p.denominator, 25), p.scale), _middle(_bar(r), p.scale)
        ),
        "both at 40": lambda p, r: _stack(
            Parts(wrap_column(p.numerator, 40), wrap_column(p.denominator, 40), p.scale),
            _middle(_bar(r), p.scale),
        ),
        "both at 30, no bar": lambda p, r: (
            _stack(Parts(wrap_column(p.numerator, 30), wrap_column(p.denominator, 30), p.scale), p.scale)
            if p.scale
            else ""
        ),
        "numerator hyphenated at 25": lambda p, r: _stack(
            Parts(wrap_column(p.numerator, 25, hyphen=True), p.denominator, p.scale),
            _middle(_bar(r), p.scale),
        ),
    },
    "expression": {
        "growth N − D over D": lambda p, r: "",  # written by _expression (needs the label)
        "Σ over Σ": lambda p, r: "",
    },
    "furniture": {
        "blank lines between": lambda p, r: "\n\n".join(
            [p.numerator, _middle(_bar(r), p.scale), p.denominator]
        ),
        "CRLF": lambda p, r: _stack(p, _middle(_bar(r), p.scale)).replace("\n", "\r\n"),
        "trailing spaces": lambda p, r: "\n".join(
            line + " " * r.randint(1, 4)
            for line in _stack(p, _middle(_bar(r), p.scale)).split("\n")
        ),
        "bullet 1.": lambda p, r: "1. " + _stack(p, _middle(_bar(r), p.scale)),
        "bullet -": lambda p, r: "- " + _stack(p, _middle(_bar(r), p.scale)),
        "tabs (pdf)": lambda p, r: _stack(p, "\t" + _middle(_bar(r), p.scale).replace(" ", "\t")),
        "leading tabs": lambda p, r: (
            "\t" + _stack(p, _middle(_bar(r), p.scale)).replace("\n", "\n\t")
        ),
        "Keterangan after": lambda p, r: (
            _stack(p, _middle(_bar(r), p.scale))
            + "\nKeterangan: data bersumber dari laporan tahunan"
        ),
        "Cara menghitung before": lambda p, r: (
            "Cara menghitung:\n" + _stack(p, _middle(_bar(r), p.scale))
        ),
    },
    "combined": {  # several of the above at once, as real cells combine them
        "wrapped both at 30, scale last, no bar": lambda p, r: (
            f"{wrap_column(p.numerator, 30)}\n{wrap_column(p.denominator, 30)}\n{p.scale}" if p.scale else ""
        ),
        "label on numerator line, scale on denominator line": lambda p, r: (
            f"Persentase = {p.numerator}\n{_bar(r)}\n{p.denominator} {p.scale}".rstrip()
        ),
        "pdftotext wrapped at 30, label": lambda p, r: _centred(
            Parts(wrap_column(p.numerator, 30), wrap_column(p.denominator, 30), p.scale), r, "Capaian = "
        ),
        "bullet, Rumus:, wrapped at 25, CRLF": lambda p, r: (
            "1. Rumus:\n"
            + _stack(
                Parts(wrap_column(p.numerator, 25), wrap_column(p.denominator, 25), p.scale),
                _middle(_bar(r), p.scale),
            )
        ).replace("\n", "\r\n"),
    },
    "one line": {  # the stack's lines run together (IKK/LPPD tables, text of PDF tables)
        "N bar scale D": lambda p, r: f"{p.numerator} {_bar(r, '-')} {p.scale} {p.denominator}",
        "worked example between": lambda p, r: (
            f"{p.numerator} {_bar(r, '-')} {p.scale} ({_example(r)}) {p.scale} = "
            f"{r.randint(1, 99)},{r.randint(10, 99)} {p.denominator}"
            if p.scale
            else ""
        ),
        "data values after names": lambda p, r: (
            f"{p.numerator} = {r.randint(2, 9999)} {_bar(r, '-')} {p.scale} {p.denominator} = "
            f"{r.randint(2, 99999)}"
            if p.scale
            else ""
        ),
    },
    "joined": {  # the stack's three lines joined by a web page or a transcript, no bar
        "N x 100% = D": lambda p, r: (
            f"{p.numerator} {p.scale} = {p.denominator}" if p.scale else ""
        ),
        "N x 100% = x 100% = D": lambda p, r: (
            f"{p.numerator} {p.scale} = {p.scale} = {p.denominator}" if p.scale else ""
        ),
        "N = x 100% D": lambda p, r: (
            f"{p.numerator} = {p.scale} {p.denominator}" if p.scale else ""
        ),
        "N Persentase = x 100% D": lambda p, r: (
            f"{p.numerator} Persentase Capaian = {p.scale} {p.denominator}" if p.scale else ""
        ),
        "N Formulasi Perhitungan : x 100% D": lambda p, r: (
            f"{p.numerator} Formulasi Perhitungan : {p.scale} {p.denominator}" if p.scale else ""
        ),
        "N Rumus : D x 100%": lambda p, r: (
            f"{p.numerator} Rumus : {p.denominator} {p.scale}" if p.scale else ""
        ),
        "N Persentase = bar x 100% D": lambda p, r: (
            f"{p.numerator} Persentase = {_middle(_bar(r, '-'), p.scale)} {p.denominator}"
        ),
        "worked example beside, joined": lambda p, r: (
            f"{p.numerator} {r.randint(1, 999)} Persentase Capaian = {p.scale} = {p.scale} "
            f"{p.denominator} {r.randint(1, 999)} = {r.randint(1, 99)},{r.randint(10, 99)} %"
            if p.scale
            else ""
        ),

    },
    "worked example beside": {  # LKjIP (Lapas Jambi): the year's figures in a column of their own
        "= x 100% = x 100%, result line": lambda p, r: (
            f"{p.numerator} {r.randint(1, 999)}\nPersentase = {p.scale} = {p.scale}\n"
            f"{p.denominator} {r.randint(1, 999)}\n= {r.randint(1, 100)}%"
            if p.scale
            else ""
        ),
        "= bar x 100% = bar x 100%, result line": lambda p, r: (
            f"{p.numerator}      {r.randint(1, 999)}\nCapaian = {_bar(r, '-')} {p.scale} = "
            f"{_bar(r, '-')} {p.scale}\n{p.denominator}      {r.randint(1, 999)}\n"
            f"= {r.randint(1, 99)},{r.randint(10, 99)} %"
            if p.scale
            else ""
        ),
        "= x 100% = result": lambda p, r: (
            f"{p.numerator} {_example(r).split('/')[0]}\nCapaian = {p.scale} = "
            f"{r.randint(1, 99)},{r.randint(10, 99)}%\n{p.denominator} {_example(r).split('/')[1]}"
            if p.scale
            else ""
        ),
    },
    "table cells": {  # a Word table: label and scale are cells spanning the numerator's row
        "label = N x 100% / D": lambda p, r: (
            f"Persentase = {p.numerator} {p.scale}\n{p.denominator}" if p.scale else ""
        ),
        "N x 100% / D": lambda p, r: f"{p.numerator} {p.scale}\n{p.denominator}" if p.scale else "",
        "wrapped N, scale on its first line": lambda p, r: (
            _first_line_scaled(wrap_column(p.numerator, 30), p.scale) + "\n" + p.denominator
            if p.scale and len(p.numerator) > 30
            else ""
        ),
    },
    "pdftotext layout": {
        "centred, scale far right": lambda p, r: _centred(p, r, label=""),
        "centred, label and scale": lambda p, r: _centred(p, r, label="Cakupan = "),
        "centred, no bar": lambda p, r: _centred(p, r, label="", bar=False),
    },
}


def _example(rng: random.Random) -> str:
    """The document's numbers in a worked example: ``7.012/10.456``."""
    below = rng.randint(1000, 99999)
    above = rng.randint(1, below)
    return f"{above:,}/{below:,}".replace(",", ".")


def _first_line_scaled(lines: str, scale: str) -> str:
    first, _, rest = lines.partition("\n")
    return f"{first} {scale}\n{rest}"


def _centred(p: Parts, rng: random.Random, label: str, bar: bool = True) -> str:
    """``pdftotext -layout``: the parts centred over a bar, the scale far right."""
    width = max(len(line) for line in f"{p.numerator}\n{p.denominator}".split("\n")) + 4
    rule = "_" * width if bar else " " * width
    indent = len(label)

    def centre(part: str) -> str:
        return "\n".join(" " * (indent + (width - len(x)) // 2) + x for x in part.split("\n"))

    numerator, denominator = centre(p.numerator), centre(p.denominator)
    middle = label + rule + " " * rng.randint(4, 10) + p.scale
    if not bar and not p.scale and not label:
        return ""
    return f"{numerator}\n{middle.rstrip()}\n{denominator}"


def _expression(kind: str, ratio: Ratio, rng: random.Random) -> tuple[str, tuple[str, ...], str]:
    """A numerator that is an expression: the growth ``N − D`` over ``D``, or ``Σ N`` over
    ``Σ D``, with its own label."""
    n, d = ratio.variables[0], ratio.variables[1]
    scale = _scale(ratio, rng) or "x 100%"
    factor = ratio.scale or "100"
    if kind.startswith("growth"):
        text = f"{n} − {d}\n{_middle(_bar(rng), scale)}\n{d}"
        return text, (n, d), f"(v1 - v2) / v2 * {factor}"
    text = f"Σ {n}\n{_middle(_bar(rng), scale)}\nΣ {d}"
    return text, (n, d), f"sum(v1) / sum(v2) * {factor}"


# --- scoring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One variant of one ratio, with the label it keeps."""

    family: str
    kind: str
    source: str
    text: str
    variables: tuple[str, ...]
    structure: str


def _plain(ratio: Ratio) -> str:
    scale = f" × {ratio.scale}%" if ratio.scale == "100" else ""
    if ratio.scale and ratio.scale != "100":
        scale = " × " + f"{int(ratio.scale):,}".replace(",", ".")
    numerator = f"({ratio.numerator})" if re.search(r" [+−] ", ratio.numerator) else ratio.numerator
    denominator = (
        f"({ratio.denominator})" if re.search(r" [+−] ", ratio.denominator) else ratio.denominator
    )
    return f"{numerator} / {denominator}{scale}"


def _cell(source: str, text: str, variables: tuple[str, ...], structure: str) -> dict[str, object]:
    return {"id": source, "text": text, "variables": list(variables), "structure": structure}


def sources() -> tuple[list[Ratio], list[Ratio]]:
    """The ratios kept (their plain rendering reads right) and those left out."""
    kept: list[Ratio] = []
    left: list[Ratio] = []
    seen: set[tuple[str, str]] = set()
    for ratio in dev_ratios() + seed_ratios():
        key = (ratio.numerator.lower(), ratio.denominator.lower())
        if key in seen:
            continue
        seen.add(key)
        cell = _cell(ratio.source, _plain(ratio), ratio.variables, ratio.structure)
        (kept if read_cell(cell).right else left).append(ratio)
    return kept, left


def cases(ratios: list[Ratio]) -> Iterator[Case]:
    """Every variant of every ratio."""
    for ratio in ratios:
        for family, kinds in VARIANTS.items():
            for kind, write in kinds.items():
                rng = random.Random(f"{ratio.source}|{kind}")  # noqa: S311 - reproducible
                if family == "expression":
                    if len(ratio.variables) != 2 or ratio.structure not in (
                        "v1 / v2 * 100",
                        "v1 / v2",
                        "v1 / v2 * 1000",
                    ):
                        continue
                    text, variables, structure = _expression(kind, ratio, rng)
                    yield Case(family, kind, ratio.source, text, variables, structure)
                    continue
                parts = Parts(ratio.numerator, ratio.denominator, _scale(ratio, rng))
                text = write(parts, rng)
                if text:
                    yield Case(family, kind, ratio.source, text, ratio.variables, ratio.structure)


def score(all_cases: list[Case]) -> dict[tuple[str, str], list[tuple[Case, Reading]]]:
    """The reading of every case, grouped by (family, kind)."""
    grouped: dict[tuple[str, str], list[tuple[Case, Reading]]] = defaultdict(list)
    for case in all_cases:
        reading = read_cell(_cell(case.source, case.text, case.variables, case.structure))
        grouped[(case.family, case.kind)].append((case, reading))
    return grouped


def rate() -> float:
    """The share of variants read right (for the test's floor)."""
    kept, _ = sources()
    grouped = score(list(cases(kept)))
    readings = [reading for group in grouped.values() for _, reading in group]
    return sum(r.right for r in readings) / len(readings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-failures", type=int, default=0, metavar="N")
    parser.add_argument("--kind", default=None, help="only variants whose kind contains this")
    args = parser.parse_args(argv)
    kept, left = sources()
    print(f"sources: {len(kept)} ratios ({len(left)} left out: their plain rendering misreads)")
    all_cases = [c for c in cases(kept) if args.kind is None or args.kind in c.kind]
    grouped = score(all_cases)
    total = right = 0
    family_totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (family, kind), group in grouped.items():
        good = sum(reading.right for _, reading in group)
        total += len(group)
        right += good
        family_totals[family][0] += good
        family_totals[family][1] += len(group)
        print(
            f"  {family:<17} {kind:<32} {good:>4} / {len(group):<4} {100 * good / len(group):6.1f} %"
        )
    print("per family:")
    for family, (good, count) in family_totals.items():
        print(f"  {family:<17} {good:>5} / {count:<5} {100 * good / count:6.1f} %")
    print(f"READ RIGHT (variants): {right} / {total} {100 * right / max(total, 1):.1f} %")
    failures = (
        (f"[{kind}] {case.source} {reading.outcome}", case.text, case.variables, case.structure,
         reading)
        for (_family, kind), group in grouped.items()
        for case, reading in group
    )  # fmt: skip
    print_failures(failures, args.show_failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
