"""Page cleaning of the PDF reader: the near-linear rules against the pairwise ones.

    python benchmarks/bench_import_page.py [--cells 400] [--chars 6000]

A page of ``--cells`` shaded cells, each with ten line boxes of its shade inside (the DKP
Renstra review's layout, batch 11 of the public cells), and ``--chars`` characters each drawn
twice a hair apart (bold as word processors draw it). Times (CPU) which boxes draw nothing,
by the grid index (:func:`ikicalc.importers.pdf_page.invisible`) and by comparing every pair
of boxes of a shade (the rule before session 8), and the characters kept once, by
:func:`~ikicalc.importers.pdf_page.unique_chars` and by pdfplumber's ``dedupe_chars``
(whose ``list.index`` re-sort is quadratic). Both pairs must agree.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from typing import Any

from ikicalc.importers.pdf_page import Box, inside, invisible, unique_chars


def rect(box: Box, colour: tuple[float, ...]) -> dict[str, Any]:
    """A filled box as pdfplumber gives it: ``box`` is (x0, top, x1, bottom)."""
    x0, top, x1, bottom = box
    return {
        "object_type": "rect",
        "fill": True,
        "stroke": False,
        "non_stroking_color": colour,
        "x0": x0,
        "top": top,
        "x1": x1,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
    }


def shaded_cells(count: int, colour: tuple[float, ...]) -> list[dict[str, Any]]:
    """``count`` cells of one shade on a square grid, each with ten line boxes of its shade
    inside (the DKP Renstra review's layout): every line box draws nothing."""
    rects: list[dict[str, Any]] = []
    side = max(1, int(count**0.5))
    for n in range(count):
        x, y = 40.0 * (n % side), 40.0 * (n // side)
        rects.append(rect((x, y, x + 38, y + 38), colour))
        rects += [rect((x + 1, y + 1 + 3.5 * k, x + 37, y + 4 + 3.5 * k), colour) for k in range(10)]
    return rects


def pairwise(rects: list[dict[str, Any]]) -> set[tuple[str, Box]]:
    """Every box of a shade compared with every other (one shade here, no white)."""
    boxes: list[Box] = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in rects]
    shade = repr(rects[0]["non_stroking_color"])
    return {
        (shade, box)
        for box in boxes
        if any(other != box and inside(box, other, 0.5) for other in boxes)
    }


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    result = function()
    return time.process_time() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=400)
    parser.add_argument("--chars", type=int, default=6000)
    args = parser.parse_args()
    rects = shaded_cells(args.cells, (0.9, 0.9, 0.9))
    slow, expected = timed(lambda: pairwise(rects))
    fast, found = timed(lambda: invisible(rects))
    print(f"{len(rects):,} boxes: pairwise {slow:.3f} s CPU, index {fast:.3f} s CPU")
    assert found == expected

    from pdfplumber.utils.text import dedupe_chars

    rng = random.Random(8)  # noqa: S311 - reproducible input, not a secret
    chars: list[dict[str, Any]] = []
    for n in range(args.chars):
        char: dict[str, Any] = {
            "upright": True,
            "text": rng.choice("abcdefgh"),
            "fontname": "F1",
            "size": 9,
            "x0": 5.0 * (n % 100),
            "doctop": 12.0 * (n // 100),
        }
        chars += [char, {**char, "x0": char["x0"] + 0.3}]
    slow, expected = timed(lambda: dedupe_chars(chars, tolerance=1))
    fast, found = timed(lambda: unique_chars(chars))
    print(f"{len(chars):,} characters: dedupe_chars {slow:.3f} s CPU, unique_chars {fast:.3f} s")
    assert [id(c) for c in found] == [id(c) for c in expected]


if __name__ == "__main__":
    main()
