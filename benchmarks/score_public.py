"""Read-right score of ikicalc on real formula cells from public government documents.

    python benchmarks/score_public.py [--holdout] [--show-failures] [--batch N]

Reads ``tests/data/public-cells.jsonl`` (dev) or, with ``--holdout``, the set-aside
``tests/data/public-cells-holdout.jsonl`` (run it only to report a final figure: never while
changing the grammar; see ``tests/data/public-cells.md``). A formula cell is *read right* when
ikicalc reads the labelled variables and, on random inputs, the labelled value
(``tests/public_scoring.py``). Prints the overall rate, how many cells of the other kinds
(scale, target, prose, defective) would be taken for a formula (and of those, how many with
no lint finding at all: the false accepts that matter) and the rate per collection batch (the
``batch`` key; rows without it are batches 1-2), per cause, per document kind, and parse
failures against wrong readings; ``--show-failures`` lists every cell that was
not read right with what ikicalc read; ``--batch N`` scores only the cells of collection
batch ``N`` (``--batch 2`` for the rows without a batch key, batches 1-2).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ikicalc
from tests.public_scoring import (
    DEV_PATH,
    HOLDOUT_PATH,
    KINDS,
    Reading,
    Score,
    accepted,
    load_cells,
    score,
    silently_wrong,
)


def _line(label: str, readings: list[Reading]) -> str:
    right = sum(r.right for r in readings)
    return f"  {label:<34} {right:>4} / {len(readings):<4} {100 * right / len(readings):6.1f} %"


def report(result: Score, name: str, show_failures: bool) -> str:
    """The text report of one scored file."""
    lines = [
        f"{name}: {len(result.cells)} cells from {len({c['doc_id'] for c in result.cells})} documents"
    ]
    readings = list(result.readings)
    lines.append(
        _line("READ RIGHT (formula cells)", readings) if readings else "  no formula cells"
    )
    outcomes = Counter(r.outcome for r in readings)
    lines.append(
        "  outcomes: "
        + ", ".join(
            f"{o} {outcomes[o]}"
            for o in ("right", "parse-failure", "wrong-variables", "wrong-value")
        )
    )
    silent, wrong = silently_wrong(readings)
    lines.append(f"  read wrong with no lint finding: {len(silent)} of {wrong}")
    lines.append("per kind (non-formula cells: how many ikicalc would accept as a formula):")
    kinds = Counter(c["kind"] for c in result.cells)
    for kind in KINDS:
        if kind == "formula":
            lines.append(
                f"  {kind:<34} {kinds[kind]:>4} cells, read right {sum(r.right for r in readings)}"
            )
            continue
        parsed = [c for c in result.cells if c["kind"] == kind and accepted(c)]
        silent = sum(not ikicalc.lint(str(c["text"])) for c in parsed)
        lines.append(
            f"  {kind:<34} {kinds[kind]:>4} cells, parsed as a formula {len(parsed)}"
            f", of which silently (no lint finding) {silent}"
        )
    lines.append("per batch (no batch key: batches 1-2):")
    for batch in sorted({_batch(c) for c in result.cells}):
        cells = [c for c in result.cells if _batch(c) == batch]
        group = [r for r in readings if _batch(r.cell) == batch]
        label = f"{batch} ({len(cells)} cells, {len({c['doc_id'] for c in cells})} docs)"
        lines.append(_line(label, group) if group else f"  {label:<34} no formula cells")
    for title, key in (("per cause", "causes"), ("per document kind", "doc_kind")):
        lines.append(f"{title}:")
        lines.extend(_line(label, group) for label, group in result.by(key).items())
    if show_failures:
        lines.append("failures:")
        for reading in readings:
            if reading.right:
                continue
            cell = reading.cell
            lines.append(f"- {cell['id']} [{reading.outcome}] causes {cell['causes']}")
            lines.append("  text:     " + cell["text"].replace("\n", "\\n"))
            lines.append(f"  label:    {cell['variables']} -> {cell['structure']}")
            if reading.variables:
                lines.append(f"  ikicalc:  {list(reading.variables)}")
            if reading.detail:
                lines.append(f"  detail:   {reading.detail}")
    return "\n".join(lines)


def _batch(cell: Mapping[str, object]) -> str:
    """The cell's collection batch as a label: ``batches 1-2`` when the row has no batch key."""
    return f"batch {cell['batch']}" if "batch" in cell else "batches 1-2"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--holdout", action="store_true", help="score the set-aside third (final figure only)"
    )
    parser.add_argument(
        "--show-failures", action="store_true", help="list every cell not read right"
    )
    parser.add_argument(
        "--batch", type=int, help="score only this collection batch (2: the rows with no batch key)"
    )
    parser.add_argument(
        "--file", type=Path, help="score these cells instead (a helper's branch, a scratch copy)"
    )
    args = parser.parse_args(argv)
    path = args.file or (HOLDOUT_PATH if args.holdout else DEV_PATH)
    cells = load_cells(path)
    name = path.name
    if args.batch is not None:
        cells = [c for c in cells if c.get("batch", 2) == args.batch]
        name = f"{path.name} (batch {args.batch})"
        if not cells:
            print(f"{name}: no cells")
            return 0
    print(report(score(cells), name, args.show_failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
