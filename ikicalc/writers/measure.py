"""How much room wrapped text needs: lines per cell, from column width and the text.

A spreadsheet does not grow a row to fit wrapped text it did not lay out itself (Excel
sets the heights only when it edits the cell; LibreOffice only on some imports), so the
XLSX writer sets each row's height from :func:`wrapped_lines`: a greedy word wrap with the
character widths of Arial (``data/font_widths.toml``; Liberation Sans and Helvetica have
the same metrics).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources

__all__ = ["column_points", "line_height", "text_width", "wrapped_lines"]

_PADDING = 4.5
"""Points of a cell's width that text cannot use (margins both sides, grid line)."""


@cache
def _widths() -> tuple[dict[str, int], dict[str, int], int]:
    raw = resources.files("ikicalc").joinpath("data", "font_widths.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    tables = []
    for face in ("regular", "bold"):
        table = {ch: int(width) for width, chars in data[face].items() for ch in chars}
        tables.append(table)
    return tables[0], tables[1], int(data["default"])


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` in points at font ``size`` (Arial metrics)."""
    regular, heavy, default = _widths()
    table = heavy if bold else regular
    return sum(table.get(ch, default) for ch in text) * size / 1000


def column_points(width: float) -> float:
    """The width in points of a spreadsheet column ``width`` characters wide."""
    return (int(width * 7 + 5)) * 0.75


def line_height(size: float) -> float:
    """The height in points of one line of text at font ``size``, as Excel lays it out.

    (Excel gives a line of 9-point Arial 12 points, of 10-point 12.75; LibreOffice needs less.)
    """
    return size * 0.75 + 5.25


@lru_cache(maxsize=8192)  # one text per indicator, repeated on every employee's row
def wrapped_lines(text: str, width: float, size: float, *, bold: bool = False) -> int:
    """How many lines ``text`` takes in a cell ``width`` points wide at font ``size``.

    Words wrap at spaces (and after ``/`` or ``-`` inside a word, as spreadsheets do); a word
    wider than the cell is broken where it no longer fits. Line breaks in ``text`` count.
    """
    room = max(width - _PADDING, size)
    space = text_width(" ", size, bold=bold)
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0.0
        for word in paragraph.split():
            wide = text_width(word, size, bold=bold)
            needed = wide if used == 0 else used + space + wide
            if needed <= room:
                used = needed
                continue
            if used:
                lines += 1
            used = wide
            while used > room:  # a word longer than the line breaks where it must
                lines += 1
                used -= room
        total += lines
    return total


FLEXIBLE = ("sasaran", "indikator", "pegawai", "rumus", "keterangan")
"""The columns of long text, whose widths :func:`fitted_widths` chooses."""
_MIN_WIDTH = 10.0
_STEP = 2.0
_SAMPLE = 150


def fitted_widths(
    widths: dict[str, float], rows: Sequence[Mapping[str, object]], size: float
) -> dict[str, float]:
    """Column widths with the same total as ``widths`` that make the table shortest.

    The long-text columns (:data:`FLEXIBLE`) start narrow and, step by step, the next width
    unit goes to the column where it saves the most height (lines summed over the rows, each
    row as tall as its tallest cell), over the first rows of the table. Other columns keep
    their width.
    """
    flexible = [key for key in FLEXIBLE if key in widths]
    if not flexible or not rows:
        return dict(widths)
    widths = _room_for_numbers(widths, rows, size)
    sample = rows[:_SAMPLE]
    fixed_lines = [
        max(
            (
                wrapped_lines(value, column_points(widths[key]), size)
                for key, value in row.items()
                if key in widths and key not in flexible and isinstance(value, str)
            ),
            default=1,
        )
        for row in sample
    ]
    cache: dict[tuple[str, int, float], int] = {}

    def lines(key: str, index: int, width: float) -> int:
        found = cache.get((key, index, width))
        if found is None:
            value = sample[index].get(key)
            text = value if isinstance(value, str) else ""
            found = wrapped_lines(text, column_points(width), size) if text else 1
            cache[(key, index, width)] = found
        return found

    def height(chosen: dict[str, float]) -> int:
        return sum(
            max(fixed_lines[i], *(lines(key, i, chosen[key]) for key in flexible))
            for i in range(len(sample))
        )

    indices = range(len(sample))
    chosen = {key: _MIN_WIDTH for key in flexible}
    budget = sum(widths[key] for key in flexible) - _MIN_WIDTH * len(flexible)
    while budget >= _STEP:
        current = height(chosen)
        best, saved = None, 0
        for key in flexible:
            trial = {**chosen, key: chosen[key] + _STEP}
            gain = current - height(trial)
            if gain > saved:
                best, saved = key, gain
        if best is None:  # no single step saves a line: widen the column with most lines
            best = max(flexible, key=lambda k: sum(lines(k, i, chosen[k]) for i in indices))
        chosen[best] += _STEP
        budget -= _STEP
    if budget > 0:  # less than a step is left: the widest column takes it
        chosen[max(chosen, key=chosen.__getitem__)] += budget
    return {**widths, **chosen}


def _room_for_numbers(
    widths: dict[str, float], rows: Sequence[Mapping[str, object]], size: float
) -> dict[str, float]:
    """Widen a number column to its widest number (a number never wraps, and a spreadsheet
    shows ``###`` for one wider than its cell); the room comes from the long-text columns."""
    from decimal import Decimal

    from ikicalc.writers.content import shown_number

    widened = dict(widths)
    for key in widths:
        texts = [shown_number(v) for row in rows if isinstance(v := row.get(key), Decimal)]
        if not texts:
            continue
        points = max(text_width(t, size) for t in texts) + _PADDING + 2
        needed = (points / 0.75 - 5) / 7
        widened[key] = max(widths[key], math.ceil(needed * 2) / 2)
    extra = sum(widened.values()) - sum(widths.values())
    flexible = [key for key in FLEXIBLE if key in widths]
    for key in flexible:
        widened[key] = max(_MIN_WIDTH, widths[key] - extra / len(flexible))
    return widened
