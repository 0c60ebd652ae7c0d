"""Stacked fractions and legends as REAL tools flatten them (issue 14, causes 4 and 6).

    python benchmarks/rendered_layouts.py [--half work|fresh|both] [--show-failures N]
                                          [--extractor NAME] [--layout NAME]

Reads ``tests/data/rendered-layouts.jsonl`` (written by ``tools/render_layouts.py``: the
development ratios written as offices write them in a Word table or an Excel sheet, rendered
by LibreOffice, the Formula cell's text taken by pdftotext, pdfplumber, python-docx,
LibreOffice's txt export and openpyxl; no LibreOffice is needed here) and scores each
rendering exactly as ``benchmarks/score_public.py`` scores a cell. The rate is given per
extractor and per layout kind; a rendering whose extractor lost a name (``readable`` false:
an equation python-docx does not see, words a PDF ran together) is counted apart, not as a
failure of the reading.

The halves are split by a hash of the formula's NAMES (``tests.public_scoring.pool_half``):
the work half is what the reading was improved on, the fresh half is run once at the start
(its rate only) and once at the end. ``--show-failures`` shows work-half failures only.
Never reads the set-aside holdout file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import print_failures  # noqa: E402
from tests.public_scoring import Reading, pool_half, read_cell  # noqa: E402

DATA = ROOT / "tests" / "data" / "rendered-layouts.jsonl"
SALT = "rendered-layouts"
HALVES = {"work": 0, "fresh": 1}


def renderings(path: Path = DATA) -> list[dict[str, Any]]:
    """Every rendering of the file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def half_of(rendering: dict[str, Any]) -> int:
    """0 (work) or 1 (fresh): the half of the rendering's formula, by its names."""
    return pool_half(rendering["pool"], SALT)


def score(found: Iterable[dict[str, Any]]) -> list[tuple[dict[str, Any], Reading]]:
    """Each readable rendering with its reading."""
    return [(r, read_cell(r)) for r in found if r["readable"]]


def _table(title: str, readings: list[tuple[dict[str, Any], Reading]], key: str) -> None:
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rendering, reading in readings:
        groups[rendering[key]][0] += reading.right
        groups[rendering[key]][1] += 1
    print(f"  by {title}:")
    for name, (right, count) in sorted(groups.items()):
        print(f"    {name:<18} {right:>5} / {count:<5} {100 * right / count:6.1f} %")


def misread(found: list[dict[str, Any]]) -> int:
    """Renderings that lost a name and are still read, with other names or another value."""
    return sum(read_cell(r).outcome != "parse-failure" for r in found if not r["readable"])


def run(argv: list[str] | None, doc: str | None, data: Path, salt: str, equations: bool) -> int:
    """The command line of a file of renderings (``data``, halves salted ``salt``); the
    equations count the renderings that lost a name and are still read, the layouts may show
    the fresh half's rates per extractor (``--fresh-rates``)."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("--half", choices=("work", "fresh", "both"), default="work")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N")
    parser.add_argument("--extractor", default=None)
    parser.add_argument("--layout", default=None)
    if not equations:
        parser.add_argument(
            "--fresh-rates", action="store_true", help="the fresh half's rates per extractor too"
        )
    args = parser.parse_args(argv)
    chosen = ("work", "fresh") if args.half == "both" else (args.half,)
    everything = renderings(data)
    for name in chosen:
        found = [
            r
            for r in everything
            if pool_half(r["pool"], salt) == HALVES[name]
            and args.extractor in (None, r["extractor"])
            and args.layout in (None, r["layout"])
        ]
        readings = score(found)
        right = sum(reading.right for _, reading in readings)
        lost = len(found) - len(readings)
        rate = 100 * right / max(len(readings), 1)
        still = f", {misread(found)} of them still read" if equations else ""
        print(f"{name} half: {right} / {len(readings)} {rate:.1f} % ({lost} lost a name{still})")
        if name == "fresh" and not getattr(args, "fresh_rates", False):
            continue  # the honest figure: its rates only, never its failures
        _table("extractor", readings, "extractor")
        _table("layout", readings, "layout")
        failures = (
            (f"{r['id']} {r['layout']} {r['extractor']} {reading.outcome}", r["text"],
             r["variables"], r["structure"], reading)
            for r, reading in readings
        )  # fmt: skip
        print_failures(failures, args.show_failures if name == "work" else 0)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(argv, __doc__, DATA, SALT, equations=False)


if __name__ == "__main__":
    raise SystemExit(main())
