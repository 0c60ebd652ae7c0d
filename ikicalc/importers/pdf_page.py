"""A PDF page as it is seen: characters drawn twice kept once, boxes that draw nothing dropped.

Word processors draw bold (or shadowed) text a second time over itself, a hair apart:
read as drawn, every letter comes twice (``RReennccaannaa``, ``Dan Dan``); a character equal
in text, font and size to one within a point of it is dropped (the rule of pdfplumber's
``dedupe_chars``, here in ``n log n``: pdfplumber's puts the kept characters back in order
with ``list.index``, quadratic in the characters of the page). A box painted behind each
line of a cell's text, white or in the cell's own shade, draws nothing one can see, but its
edges would cut the cell into one row (or one small table) per line: such boxes are no
ruling lines. "Lies inside another box" is answered with a grid index of the boxes, not by
comparing every pair.

A page whose text runs sideways or upside down (a landscape table printed on a portrait page,
the page's ``/Rotate`` not saying so, or saying the opposite) would be read one letter per
line or backwards; it is read again turned by the quarter turns that make most of its
characters upright (the direction of each character's text matrix says how far).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

__all__ = [
    "Box",
    "BoxIndex",
    "cleaned",
    "inside",
    "invisible",
    "quarter_turns",
    "unique_chars",
    "upright",
]

Box = tuple[float, float, float, float]
"""``(x0, top, x1, bottom)`` in page points."""

_RULE_WIDTH = 2.0  # a filled box thinner than this is a ruling line, drawn as a box
_GRID = 36.0  # the side of a cell of the box index, in points (half an inch)


def inside(inner: Sequence[float], outer: Sequence[float], tol: float = 1.0) -> bool:
    """Whether the box ``inner`` lies within ``outer``, ``tol`` points allowed on each side."""
    return (
        inner[0] >= outer[0] - tol
        and inner[1] >= outer[1] - tol
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
    )


class BoxIndex:
    """The boxes of a page in a grid of cells :data:`_GRID` points wide: a box lying in
    another (``margin`` points allowed on each side) has its centre in that box widened by
    the margin, so only the boxes registered in the centre's grid cell are compared. The
    work is the boxes' grid cells, not their pairs."""

    def __init__(self, boxes: Iterable[Sequence[float]], margin: float = 1.0) -> None:
        self._margin = margin
        self._cells: dict[tuple[int, int], list[tuple[float, ...]]] = {}
        for box in boxes:
            key = tuple(float(v) for v in box)
            x0, x1 = sorted((key[0], key[2]))
            top, bottom = sorted((key[1], key[3]))
            spans = itertools.product(
                range(math.floor((x0 - margin) / _GRID), math.floor((x1 + margin) / _GRID) + 1),
                range(
                    math.floor((top - margin) / _GRID), math.floor((bottom + margin) / _GRID) + 1
                ),
            )
            for cell in spans:
                self._cells.setdefault(cell, []).append(key)

    def within_another(self, box: Sequence[float]) -> bool:
        """Whether ``box`` lies inside a box of the index that is not equal to it, the
        index's margin allowed on each side."""
        key = tuple(float(v) for v in box)
        centre = ((key[0] + key[2]) / 2, (key[1] + key[3]) / 2)
        cell = (math.floor(centre[0] / _GRID), math.floor(centre[1] / _GRID))
        return any(
            other != key and inside(key, other, self._margin) for other in self._cells.get(cell, ())
        )


def unique_chars(chars: list[dict[str, Any]], tolerance: float = 1) -> list[dict[str, Any]]:
    """The characters of a page with those drawn twice kept once, in their order.

    Characters alike in ``upright``, text, font and size are clustered by their ``doctop``
    and then their ``x0`` (within ``tolerance``); the first of each cluster by position is
    kept (pdfplumber's ``dedupe_chars``, with the same clusters and the same result).
    """
    from pdfplumber.utils.clustering import cluster_objects

    key = itemgetter("upright", "text", "fontname", "size")
    position = itemgetter("doctop", "x0")
    order = {id(char): index for index, char in enumerate(chars)}
    kept: list[dict[str, Any]] = []
    for _key, alike in itertools.groupby(sorted(chars, key=key), key=key):
        for line in cluster_objects(list(alike), itemgetter("doctop"), tolerance):
            for spot in cluster_objects(line, itemgetter("x0"), tolerance):
                kept.append(min(spot, key=position))
    kept.sort(key=lambda char: order[id(char)])
    return kept


def _white(color: Any) -> bool:
    if isinstance(color, int | float):
        return float(color) == 1.0
    if isinstance(color, tuple | list) and color:
        values = [float(v) for v in color if isinstance(v, int | float)]
        if len(values) != len(color):
            return False
        if len(values) == 4:  # CMYK: no ink
            return all(v == 0.0 for v in values)
        return all(v == 1.0 for v in values)
    return False


def _shade(obj: dict[str, Any]) -> str | None:
    """The fill colour of a filled, unoutlined box (``None`` for a coloured rule or anything
    else; a white rule is ``white``: it draws nothing either)."""
    if obj.get("object_type") != "rect" or not obj.get("fill") or obj.get("stroke"):
        return None
    if _white(obj.get("non_stroking_color")):
        return "white"
    if min(obj["width"], obj["height"]) < _RULE_WIDTH:
        return None
    return repr(obj.get("non_stroking_color"))


def _box(obj: dict[str, Any]) -> Box:
    return (obj["x0"], obj["top"], obj["x1"], obj["bottom"])


def invisible(rects: list[dict[str, Any]]) -> set[tuple[str, Box]]:
    """The boxes that draw nothing: painted white, or painted in the colour of a larger box
    they lie in. Their edges are no ruling lines."""
    shaded: dict[str, list[Box]] = {}
    for rect in rects:
        shade = _shade(rect)
        if shade is not None:
            shaded.setdefault(shade, []).append(_box(rect))
    hidden: set[tuple[str, Box]] = set()
    for shade, boxes in shaded.items():
        if shade == "white":
            hidden.update((shade, box) for box in boxes)
            continue
        index = BoxIndex(boxes, margin=0.5)
        hidden.update((shade, box) for box in boxes if index.within_another(box))
    return hidden


def cleaned(page: Any) -> Any:
    """The page as it is seen: characters drawn twice kept once, invisible boxes dropped."""
    chars = page.chars
    kept = {id(char) for char in unique_chars(chars)}
    hidden = invisible(page.rects)
    if len(kept) == len(chars) and not hidden:
        return page

    def visible(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") == "char":
            return id(obj) in kept
        shade = _shade(obj)
        return shade is None or (shade, _box(obj)) not in hidden

    return page.filter(visible)


def quarter_turns(chars: Iterable[dict[str, Any]]) -> int:
    """How many quarter turns clockwise (0-3) make most of the characters upright.

    A character's text matrix ``(a, b, c, d, e, f)`` draws its baseline along ``(a, b)``:
    ``(1, 0)`` upright, ``(0, 1)`` upwards (a quarter turn), ``(-1, 0)`` upside down
    (two), ``(0, -1)`` downwards (three). Blank characters do not vote; a page turns only
    when more than half of its characters agree on a turn (a column heading set sideways
    in a table does not turn the page).
    """
    votes = [0, 0, 0, 0]
    for char in chars:
        matrix = char.get("matrix")
        if not matrix or not str(char.get("text", "")).strip():
            continue
        a, b = float(matrix[0]), float(matrix[1])
        if a == 0 and b == 0:
            continue
        votes[round(math.degrees(math.atan2(b, a)) / 90) % 4] += 1
    total = sum(votes)
    turn = max(range(4), key=lambda n: votes[n])
    return turn if turn and votes[turn] * 2 > total else 0


def upright(page: Any) -> Any:
    """The page turned so that its text reads upright (the page itself when it does)."""
    turns = quarter_turns(page.chars)
    if not turns:
        return page
    import copy

    from pdfplumber.page import Page

    turned = copy.copy(page.page_obj)
    turned.attrs = dict(turned.attrs)
    turned.attrs["Rotate"] = turned.rotate = (page.rotation + 90 * turns) % 360
    page.close()
    return Page(page.pdf, turned, page_number=page.page_number, initial_doctop=page.initial_doctop)
