"""Read-right score of ikicalc on formula cells written blind in the styles of the country's
documents (``tests/data/written-cells.jsonl``, sessions 21 and 22).

    python benchmarks/score_written.py [--show-failures]

Helpers who saw neither the reader nor the corpus labels wrote and labelled four sets by the
conventions of ``tests/data/public-cells.md``: ``tables`` (160 cells as staff type them in a
table), ``extracted`` (120 as PDF and Word extraction delivers them), ``sentences`` (120 of
metadata, juknis and regulations) and ``final`` (150 mixed, kept unread until the end of
session 21: session 20's code read 126, session 21's 131 before its misses were looked at).
Session 22 added four sets of 150 cells each (some scales, targets, prose and defective
cells among them; the rate is of the formula cells): ``pdf`` (tables as PDF and Word text
extraction flattens them), ``worded`` (formulas said in sentences), ``regulation-a`` and
``regulation-b`` (passages of regulations: taxes, levies, pay, fines; transfers,
allocations, technical formulas). They were scored cold, before any of their misses was
looked at: 227 of 254 and 206 of 254.

They are no public documents, so they are no part of issue 14's corpus: a cold measure of
how the reader generalises to ways of writing it was not shaped on, scored as the public
cells are (:func:`tests.public_scoring.read_cell`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.public_scoring import read_cell

PATH = Path(__file__).resolve().parent.parent / "tests" / "data" / "written-cells.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Print the rate per set (and, with ``--show-failures``, each cell read wrong)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--file", type=Path, default=PATH, help="score these cells instead")
    args = parser.parse_args(argv)
    cells = [json.loads(line) for line in args.file.read_text("utf-8").splitlines() if line]
    others = Counter(str(cell["kind"]) for cell in cells if cell["kind"] != "formula")
    if others:  # a set that holds scales, targets, prose: the rate is of its formula cells
        print("  not formulas (not scored):", dict(others))
    readings = [read_cell(cell) for cell in cells if cell["kind"] == "formula"]
    by_set: dict[str, list[bool]] = {}
    for reading in readings:
        by_set.setdefault(str(reading.cell["set"]), []).append(reading.right)
    for name, rights in by_set.items():
        print(f"  {name:<12} {sum(rights):>4} / {len(rights):<4} {100 * sum(rights) / len(rights):6.1f} %")
    right = sum(r.right for r in readings)
    print(f"  {'all':<12} {right:>4} / {len(readings):<4} {100 * right / len(readings):6.1f} %")
    print("  outcomes:", dict(Counter(r.outcome for r in readings)))
    for reading in readings if args.show_failures else ():
        if not reading.right:
            print(f"- {reading.cell['id']} [{reading.outcome}] {reading.detail}")
            print(f"  text:    {reading.cell['text']!r}")
            print(f"  label:   {reading.cell['variables']} -> {reading.cell['structure']}")
            print(f"  ikicalc: {list(reading.variables)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
