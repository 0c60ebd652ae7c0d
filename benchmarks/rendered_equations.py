"""Word equations, scanned pages and Excel's wrapped text cells as REAL tools flatten them
(issue 14, causes 4 and 6; session 14).

    python benchmarks/rendered_equations.py [--half work|fresh|both] [--show-failures N]
                                            [--extractor NAME] [--layout NAME]

Reads ``tests/data/rendered-equations.jsonl`` (written by ``tools/render_equations.py``: DRAWN
formulas, not development cells, written as Word equations (OMML fractions, brackets, ``∑``,
subscripted symbols with a legend), as typed layouts printed and read back by OCR (tesseract),
and as Excel cells of text with manual line breaks; the Formula cell's text taken by pdftotext,
pdfplumber, an XML walker, tesseract and a CSV export) and scores each rendering exactly as
``benchmarks/score_public.py`` scores a cell. A rendering whose extractor lost a name (OCR misread
a word, a PDF or an XML walker ran words together) is counted apart; of those, the ones ikicalc
reads with OTHER names (a silent misreading, worse than a refusal) are counted too.

The halves are split by a hash of the formula's names (salt ``rendered-equations``): rules come
from the work half only; the fresh half is run once at the start (its rate only) and once at the
end. ``--show-failures`` shows work-half failures only. Never reads the set-aside holdout file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.rendered_layouts import _table, renderings, score  # noqa: E402
from tests.public_scoring import pool_half, read_cell  # noqa: E402

DATA = ROOT / "tests" / "data" / "rendered-equations.jsonl"
SALT = "rendered-equations"
HALVES = {"work": 0, "fresh": 1}


def half_of(rendering: dict[str, Any]) -> int:
    """0 (work) or 1 (fresh): the half of the rendering's formula, by its names."""
    return pool_half(rendering["pool"], SALT)


def misread(found: list[dict[str, Any]]) -> int:
    """Renderings that lost a name and are still read, with other names or another value."""
    return sum(read_cell(r).outcome != "parse-failure" for r in found if not r["readable"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("work", "fresh", "both"), default="work")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N")
    parser.add_argument("--extractor", default=None)
    parser.add_argument("--layout", default=None)
    args = parser.parse_args(argv)
    chosen = ("work", "fresh") if args.half == "both" else (args.half,)
    everything = renderings(DATA)
    for name in chosen:
        found = [
            r
            for r in everything
            if half_of(r) == HALVES[name]
            and args.extractor in (None, r["extractor"])
            and args.layout in (None, r["layout"])
        ]
        readings = score(found)
        right = sum(reading.right for _, reading in readings)
        lost = len(found) - len(readings)
        rate = 100 * right / max(len(readings), 1)
        print(
            f"{name} half: {right} / {len(readings)} {rate:.1f} % ({lost} lost a name, "
            f"{misread(found)} of them still read)"
        )
        if name == "fresh":  # the honest figure: its rate only, never its failures
            continue
        _table("extractor", readings, "extractor")
        _table("layout", readings, "layout")
        shown = 0
        for rendering, reading in readings:
            if shown >= args.show_failures or reading.right:
                continue
            shown += 1
            print(
                f"- {rendering['id']} {rendering['layout']} {rendering['extractor']} {reading.outcome}"
            )
            print("  text:  " + rendering["text"].replace("\n", "\\n"))
            print(f"  label: {rendering['variables']} -> {rendering['structure']}")
            print(f"  read:  {list(reading.variables)} {reading.detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
