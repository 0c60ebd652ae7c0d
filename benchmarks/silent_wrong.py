"""A wrong reading must not be silent: how many cells ikicalc reads WRONG get a lint finding.

    python benchmarks/silent_wrong.py [--half work|fresh] [--show-silent] [--show-alarms]
                                      [--pool P]

A cell read wrong (other variables, or another value) with no ``ikicalc.lint`` finding at all
is the harm a user sees: a number with no word that it is a guess. This benchmark counts

(a) the development formula cells read wrong, and of those the share ``lint`` flags;
(b) the development formula cells read right, and of those the share with some finding (the
    false alarms: lint is silent on a correct formula, so this must stay low);
(c) the cells of the variant benchmarks' pools (the WORK halves: ``--half work``, the default)
    read wrong, and of those the share flagged. ``--half fresh`` reads their FRESH halves
    (every pool's other half, already read by its own benchmark): it prints the rates only,
    never a cell, and is run once at the start and once at the end of a change to the rules.

``--show-silent`` lists the silent wrong readings of the dev cells and of the work half;
``--show-alarms`` the dev cells read right with a finding (code and message); ``--by-code``
counts, per code, the cells read wrong and the cells read right that carry it (and the wrong ones
only it flags), so each finding is measured by what it catches against what it cries wrongly.
The pools' cells read right are counted too: (d), the pools' false alarms (rates only). Never
reads the set-aside holdout file.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ikicalc  # noqa: E402
from tests.public_scoring import (  # noqa: E402
    DEV_PATH,
    Reading,
    composed_cell,
    load_cells,
    read_cell,
)

WRONG = ("wrong-variables", "wrong-value")

GUESSES = frozenset({"W110", "W114"})
"""The codes that say a reading was a guess (the reading chosen and the other one): on a cell
read right they are honest notes, not false alarms; (b) counts the other findings apart."""

Cells = Iterable[Mapping[str, Any]]


def _composed(
    module: str, prefix: str, halves: tuple[str, str] = ("work", "fresh")
) -> Callable[[str], Cells]:
    """The cells of a benchmark whose ``variants(half, count, seed)`` composes Variants."""

    def cells(half: str) -> Cells:
        bench = _module(module)
        named = halves[half == "fresh"]
        for number, variant in enumerate(bench.variants(named, bench.COUNT, bench.SEED)):
            yield composed_cell(f"{prefix}-{half}-{number}", variant)

    return cells


def _templated(module: str, halves: tuple[str, str] = ("work", "fresh")) -> Callable[[str], Cells]:
    """The cells of a benchmark whose ``variants(half)`` yields ``(family, template, cell)``."""

    def cells(half: str) -> Cells:
        bench = _module(module)
        for _, _, cell in bench.variants(halves[half == "fresh"]):
            if cell["structure"] is not None:  # a cell to be refused is not read wrong here
                yield cell

    return cells


def _layouts(half: str) -> Cells:
    from benchmarks import layouts_composed

    for case in layouts_composed.cases(half == "fresh"):
        yield {
            "id": case.source,
            "text": case.text,
            "variables": list(case.variables),
            "structure": case.structure,
        }


def _rendered(module: str) -> Callable[[str], Cells]:
    def cells(half: str) -> Cells:
        bench = _module(module)
        for rendering in bench.renderings(bench.DATA):
            if rendering["readable"] and bench.half_of(rendering) == (half == "fresh"):
                yield rendering

    return cells


def _derived(module: str) -> Callable[[str], Cells]:
    """The cells of a benchmark that writes the dev cells again (``variants()`` of Variants
    with a ``cell``): no fresh half of its own, read with the work halves only."""

    def cells(half: str) -> Cells:
        if half == "work":
            for variant in _module(module).variants():
                yield variant.cell

    return cells


def _module(name: str) -> Any:
    """A benchmark module by name (imported by name from a fixed table, never from input)."""
    from benchmarks import (
        legends_composed,
        lint_clauses,
        rendered_equations,
        rendered_layouts,
        variants_arith,
        variants_clauses,
        variants_definitions,
        variants_frames,
        variants_indices,
        variants_narrative,
        variants_numbers,
        variants_perturbed,
        variants_predicates,
        variants_shapes,
    )

    return {
        "legends_composed": legends_composed,
        "lint_clauses": lint_clauses,
        "rendered_equations": rendered_equations,
        "rendered_layouts": rendered_layouts,
        "variants_arith": variants_arith,
        "variants_clauses": variants_clauses,
        "variants_definitions": variants_definitions,
        "variants_frames": variants_frames,
        "variants_indices": variants_indices,
        "variants_narrative": variants_narrative,
        "variants_numbers": variants_numbers,
        "variants_predicates": variants_predicates,
        "variants_perturbed": variants_perturbed,
        "variants_shapes": variants_shapes,
    }[name]


POOLS: dict[str, Callable[[str], Cells]] = {
    "clauses": _composed("variants_clauses", "clauses"),
    "definitions": _composed("variants_definitions", "definitions"),
    "frames": _composed("variants_frames", "frames", ("dev", "fresh")),
    "narrative": _composed("variants_narrative", "narrative"),
    "predicates": _composed("variants_predicates", "predicates"),
    "legends_composed": _composed("legends_composed", "legends"),
    "arith": _templated("variants_arith"),
    "indices": _templated("variants_indices"),
    "numbers": _templated("variants_numbers", ("a", "b")),
    "layouts_composed": _layouts,
    "rendered_equations": _rendered("rendered_equations"),
    "rendered_layouts": _rendered("rendered_layouts"),
    "perturbed": _derived("variants_perturbed"),
    "shapes": _derived("variants_shapes"),
    "lint_clauses": lambda half: _module("lint_clauses").cells(half),
}
"""The variant benchmarks' pools, each with a work and a fresh half (``frames``' work half is
its ``dev`` half, ``numbers``' its half ``a``); ``perturbed`` and ``shapes`` write the dev
cells again (``tests.public_scoring.variant_cells``) and have no fresh half: work only."""


def flagged(text: str) -> bool:
    """Whether ``ikicalc.lint`` says anything about the cell."""
    return bool(ikicalc.lint(text))


def wrong_readings(cells: Cells) -> Iterator[Reading]:
    """The readings of ``cells`` that are wrong (other variables or another value)."""
    for cell in cells:
        reading = read_cell(cell)
        if reading.outcome in WRONG:
            yield reading


def codes_of(text: str) -> frozenset[str]:
    """The codes ``ikicalc.lint`` finds in the cell."""
    return frozenset(d.code for d in ikicalc.lint(text))


class ByCode:
    """Per code: the cells read wrong that carry it, those it alone flags, the cells read
    right that carry it (false alarms)."""

    def __init__(self) -> None:
        self.wrong: Counter[str] = Counter()
        self.alone: Counter[str] = Counter()
        self.right: Counter[str] = Counter()

    def add(self, codes: frozenset[str], wrong: bool) -> None:
        (self.wrong if wrong else self.right).update(codes)
        if wrong and len(codes) == 1:
            self.alone.update(codes)

    def lines(self, title: str) -> Iterator[str]:
        yield f"    {title}: code wrong (alone) / right"
        for code in sorted(set(self.wrong) | set(self.right)):
            yield (
                f"      {code} {self.wrong[code]:>5} ({self.alone[code]:>4}) / "
                f"{self.right[code]:>5}"
            )


_WORK_ONLY = frozenset({"perturbed", "shapes"})


def _rate(part: int, whole: int) -> str:
    return f"{part} of {whole} ({100 * part / max(whole, 1):.1f} %)"


def _silent_lines(reading: Reading) -> Iterator[str]:
    cell = reading.cell
    yield f"  - {cell['id']} [{reading.outcome}]: {cell['text'][:300]!r}"
    yield f"    want {list(cell['variables'])}; got {list(reading.variables)}"


def dev_report(show_silent: bool, show_alarms: bool, by_code: bool = False) -> Iterator[str]:
    """(a) and (b): the dev formula cells read wrong and flagged, read right and flagged."""
    cells = [c for c in load_cells(DEV_PATH) if c["kind"] == "formula"]
    readings = [read_cell(c) for c in cells]
    wrong = [r for r in readings if r.outcome in WRONG]
    right = [r for r in readings if r.right]
    silent = [r for r in wrong if not flagged(r.cell["text"])]
    yield "(a) dev cells read wrong, flagged: " + _rate(len(wrong) - len(silent), len(wrong))
    if show_silent:
        for reading in silent:
            yield from _silent_lines(reading)
    alarms = [(r, ikicalc.lint(r.cell["text"])) for r in right]
    alarms = [(r, found) for r, found in alarms if found]
    codes = Counter(code for _, found in alarms for code in {d.code for d in found})
    yield "(b) dev cells read right, with a finding: " + _rate(len(alarms), len(right))
    other = [r for r, found in alarms if {d.code for d in found} - GUESSES]
    yield "    of which a finding other than 'this was a guess' (W110, W114): " + _rate(
        len(other), len(right)
    )
    yield "    by code: " + ", ".join(f"{code} {n}" for code, n in sorted(codes.items()))
    if show_alarms:
        for reading, found in alarms:
            yield f"  - {reading.cell['id']}: {reading.cell['text'][:160]!r}"
            for diagnostic in found:
                yield f"    {diagnostic.code} {diagnostic.message[:200]}"
    if by_code:
        tally = ByCode()
        for reading in wrong + right:
            tally.add(codes_of(reading.cell["text"]), reading.outcome in WRONG)
        yield from tally.lines("dev by code")


def pools_report(
    half: str, show_silent: bool, only: str | None, by_code: bool = False
) -> Iterator[str]:
    """(c) and (d): the wrong readings of each pool's ``half`` and the share flagged, the
    right readings and the share flagged (rates only for the fresh half)."""
    total_wrong = total_flagged = total_right = total_alarms = 0
    tally = ByCode()
    yield f"(c) variant pools, {half} half: wrong readings flagged | (d) right readings flagged"
    for name, cells in POOLS.items():
        if only not in (None, name):
            continue
        readings = [read_cell(cell) for cell in cells(half)]
        wrong = [r for r in readings if r.outcome in WRONG]
        if not readings and half == "fresh" and name in _WORK_ONLY:
            continue
        right = [r for r in readings if r.right]
        found = {id(r): codes_of(r.cell["text"]) for r in wrong + right}
        silent = [r for r in wrong if not found[id(r)]]
        alarms = [r for r in right if found[id(r)]]
        if by_code:
            for reading in wrong + right:
                tally.add(found[id(reading)], reading.outcome in WRONG)
        total_wrong += len(wrong)
        total_flagged += len(wrong) - len(silent)
        total_right += len(right)
        total_alarms += len(alarms)
        yield (
            f"    {name:<20} "
            + _rate(len(wrong) - len(silent), len(wrong)).ljust(24)
            + " | "
            + _rate(len(alarms), len(right))
        )
        if show_silent and half == "work":
            for reading in silent:
                yield from _silent_lines(reading)
    yield (
        f"    {'all pools':<20} "
        + _rate(total_flagged, total_wrong).ljust(24)
        + " | "
        + _rate(total_alarms, total_right)
    )
    if by_code and half == "work":
        yield from tally.lines("work halves by code")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("work", "fresh"), default="work")
    parser.add_argument("--show-silent", action="store_true", help="list silent wrong readings")
    parser.add_argument("--show-alarms", action="store_true", help="list dev findings on right")
    parser.add_argument("--pool", default=None, choices=sorted(POOLS), help="only this pool")
    parser.add_argument("--no-dev", action="store_true", help="skip (a) and (b)")
    parser.add_argument("--by-code", action="store_true", help="count each code's hits")
    args = parser.parse_args(argv)
    if args.half == "fresh" and (args.show_silent or args.show_alarms):
        parser.error("the fresh half is read for its rates only")
    if not args.no_dev:
        for line in dev_report(args.show_silent, args.show_alarms, args.by_code):
            print(line)
    for line in pools_report(args.half, args.show_silent, args.pool, args.by_code):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
