"""A formula said as a script of steps.

Indicator manuals, SOPs and technical guidelines say how to compute an indicator as numbered
or bulleted steps, each an imperative on the result of the one before::

    1. hitung jumlah balita gizi buruk yang mendapat perawatan;
    2. bagi dengan jumlah seluruh balita gizi buruk yang ditemukan;
    3. kalikan 100%.

The first step counts a quantity (``hitung``, ``tentukan``, ``jumlahkan``); each later one
operates on the result (``bagi dengan``, ``bagi hasilnya dengan``, ``kalikan``, ``hasilnya
dikalikan``). Read left to right, the script is the formula ``A / B × 100%``: the marks, the
imperatives and the separators between steps are blanked, each operating imperative becomes
its sign, and the words before the first step (a heading, a sentence about the data) are set
aside. The words are data (``data/names.toml``, ``[prose.steps]``). Works on the cell's
characters in place, keeping their length (see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ikicalc.lang import guards
from ikicalc.lang.layout_cues import blank
from ikicalc.names import names_data
from ikicalc.patterns import compiled

__all__ = ["steps_said"]

_SIGNS = {"divide": "/", "multiply": "×", "subtract": "-", "add": "+"}


@cache
def _step() -> re.Pattern[str]:
    data = names_data()["prose"]["steps"]

    def words(key: str) -> str:
        return "|".join(data[key])

    ops = "|".join(f"(?P<{kind}>{words(kind)})" for kind in _SIGNS)
    passive = "|".join(f"di(?:{word})" for kind in _SIGNS for word in data[kind])
    return compiled(
        rf"(?i)(?:(?<![^\s;.:,])(?P<mark>{words('marks')})[ \t\n]*"
        rf"|(?:^|(?<=[.:;])|(?<=[.:;][ \t\n]))[ \t\n]*(?=(?:{words('count')})[ \t\n]))"
        rf"(?:(?P<count>{words('count')})"
        rf"|(?:{ops})(?:[ \t\n]+(?:{words('objects')}))?(?:[ \t\n]+(?:{words('links')}))?"
        rf"|(?:(?:{words('objects')})[ \t\n]+)?(?P<passive>{passive})"
        rf"(?:[ \t\n]+(?:{words('links')}))?)"
        r"(?=[ \t\n]+[^\W_(]|[ \t\n]+\d)"
    )


@cache
def _counting() -> re.Pattern[str]:
    """The imperatives that open a script (every script holds one): the guard's words."""
    return compiled(r"(?i)(?:" + "|".join(names_data()["prose"]["steps"]["count"]) + ")")


_SEPARATOR = compiled(r";|[.](?=[ \t\n]|$)")


def steps_said(chars: list[str]) -> bool:
    """Write a script of steps (see the module) as the formula it computes; whether it did."""
    text = "".join(chars)
    if not guards.may_find(_counting(), text):
        return False
    steps = list(_step().finditer(text))
    while steps and not steps[0].group("count"):
        steps.pop(0)
    if len(steps) < 2 or any(step.group("count") for step in steps[1:]):
        return False
    blank(chars, 0, steps[0].end())
    for before, step in pairwise(steps):
        operand_end = _operand_end(text, before.end(), step.start())
        if operand_end <= before.end():
            return _undone(chars, text)
        blank(chars, operand_end, step.end())
        kind = next((k for k in _SIGNS if step.group(k)), None)
        if kind is not None and step.group("mark") is not None:
            chars[step.start("mark")] = _SIGNS[kind]
        elif kind is not None:
            return _undone(chars, text)  # an operation with no mark: no step of a script
        else:  # "hasilnya dikalikan 100%": the passive verb is an operator word
            chars[step.start("passive") : step.end("passive")] = list(step.group("passive"))
    closing = _SEPARATOR.search(text, steps[-1].end())
    last = _operand_end(text, steps[-1].end(), closing.start() if closing else len(text))
    blank(chars, last, len(chars))
    return True


def _operand_end(text: str, start: int, end: int) -> int:
    """Where the operand between ``start`` and ``end`` ends: after its last letter, digit,
    ``%`` or closing bracket (the step's separator, ``;`` ``.`` ``,``, is none of it)."""
    index = end
    while index > start and not (text[index - 1].isalnum() or text[index - 1] in "%)]"):
        index -= 1
    return index


def _undone(chars: list[str], text: str) -> bool:
    chars[:] = list(text)
    return False
