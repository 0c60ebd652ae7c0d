"""How the reader grows, end to end, when a run of filler is pasted inside a real cell.

    python benchmarks/filler_growth.py [--cells N] [--seed S] [--hostile]

Takes ``N`` development cells of the public corpus (never the set-aside file), puts a run of
one unit (blanks, tabs, a bar of ``-`` or ``_``, commas, stars, ``= `` …; with ``--hostile``
units no page holds: ``/ a``, ``: a``, ``(a) `` …) at a random place, fills the cell to 1 250
and to 5 000 characters and parses both. It prints each cell whose longer text costs more than
six times the shorter (linear is four, the square sixteen) and more than 20 ms, and the worst.
Processor time, the least of three readings: a ratio in one run, never an absolute time.

Session 26 found this way that 59 of 200 cells read in the square of the run's length (6 s for
5 000 commas inside a legend, the cube for a bar of dashes inside a legend's symbol), and one
of CI's growth checks failed at 9.8 times. Runs longer than a page's line are now cut where the
parser reads (``paragraph.LONGEST_RUN``) and the expressions it found made linear: 0 of 300.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ikicalc  # noqa: E402
from ikicalc.errors import IkiError  # noqa: E402
from ikicalc.lang.parser import parse  # noqa: E402

FILLER = [" ", "\t", "\n", " \n", "_", "-", ".", "*", ";", ",", ":", "= "]
HOSTILE = ["x ", "a ", ". a", "; x", "1 ", "( ", ") ", "/ a", ": a", "(a) ", ", a", "\n-"]


def cost(text: str) -> float:
    """The least processor time of three parses of ``text`` (the cache cleared)."""
    best = float("inf")
    for _ in range(3):
        parse.cache_clear()
        start = time.process_time()
        with contextlib.suppress(IkiError):
            ikicalc.parse(text)
        best = min(best, time.process_time() - start)
        if best > 1:
            break
    return best


def main(argv: list[str] | None = None) -> int:
    """Run the probe; exit 1 if a cell grew faster than six times."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cells", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hostile", action="store_true", help="units no page holds")
    args = parser.parse_args(argv)
    path = ROOT / "tests" / "data" / "public-cells.jsonl"
    with path.open(encoding="utf-8") as handle:
        cells = [json.loads(line)["text"] for line in handle if line.strip()]
    cells = [cell for cell in cells if len(cell) < 600]
    rng = random.Random(args.seed)  # noqa: S311 - a reproducible probe, not a secret
    units = HOSTILE if args.hostile else FILLER
    worst, flagged = (0.0, 0.0, ""), 0
    for _ in range(args.cells):
        cell, unit = rng.choice(cells), rng.choice(units)
        at = rng.randrange(len(cell) + 1)
        short, long = (
            cell[:at] + unit * ((size - len(cell)) // len(unit)) + cell[at:]
            for size in (1250, 5000)
        )
        took = cost(long)
        ratio = took / max(cost(short), 1e-5)
        if ratio > 6 and took > 0.02:
            flagged += 1
            print(f"{ratio:5.1f}x {took:.3f} s  {unit!r} at {at}: {cell[:70]!r}", flush=True)
        worst = max(worst, (took, ratio, f"{unit!r} in {cell[:50]!r}"))
    print(f"{flagged} of {args.cells} cells grew faster than six times; the slowest at 5 000 "
          f"characters: {worst[0]:.3f} s ({worst[1]:.1f}x), {worst[2]}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
