"""Marks that belong to a name where the grammar stopped at them (issue 14, cause 2), read on
the failure path of :func:`ikicalc.lang.recovery.recover`: each candidate blanks the marks,
the grammar reads the name over the blanks, and :func:`named_back` writes the name as the
cell does, marks and all.

- ``SP4N-LAPOR!``: the ``!`` that ends the name of the national complaints service, glued to
  capitals, no factorial;
- ``Jumlah desa dengan cakupan imunisasi 80% / …``: a percent that ends a qualifying clause
  of the name (``dengan …``, ``yang …``, a word of ``[grammar] threshold_words``) before an
  operator, no factor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import operator
from ikicalc.names import names_data
from ikicalc.patterns import compiled, lazy

__all__ = [
    "NAMED_BACK",
    "REASON_EXCLAIMED",
    "REASON_PERCENT",
    "exclaimed",
    "name_before",
    "named_back",
    "percent_in_name",
    "reading",
]

REASON_EXCLAIMED = N_(
    "an '!' glued to a name in capitals ('SP4N-LAPOR!', the national complaints service) "
    "is part of that name, no factorial"
)
REASON_PERCENT = N_(
    "a percent that ends a clause qualifying a name ('… dengan cakupan imunisasi 80%') "
    "before an operator is part of the name, no factor"
)
NAMED_BACK = (REASON_EXCLAIMED, REASON_PERCENT)
"""The reasons whose reading is named back by :func:`named_back`."""

# "SP4N-LAPOR! yang ditindaklanjuti": a name in capitals that ends with '!'
_EXCLAIMED = lazy(r"(?<=[A-Z]{3})!(?=[ \t\n)]|$)")
# "80% / …", "0 % dibagi …": a percent, then an operator
_PERCENT = lazy(r"\d+(?:[.,]\d+)?[ \t]*%(?=\s*(?:[/÷)]|[xX×*][ \t]|$))")
# the words of one name before a mark: no operator sign, no bracket, no '='
_NAME_BEFORE = lazy(r"[^\W\d_][^()+=/÷×*:;\[\]{}]*$")


@cache
def _qualifying() -> re.Pattern[str]:
    """A word that opens a clause qualifying a name: ``dengan``, ``yang`` or a threshold."""
    words = ["dengan", "yang", "yg", *names_data()["grammar"]["threshold_words"]]
    return compiled(r"(?i)(?<![^\W_])(?:" + "|".join(words) + r")(?![^\W_])")


def name_before(text: str, at: int) -> re.Match[str] | None:
    """The words of a name that end at ``at`` (a word of three letters at least), computing
    nothing; ``None`` where none stand there."""
    name = _NAME_BEFORE.search(text, 0, at)
    if name is None or not re.search(r"[^\W\d_]{3,}", name.group(0)):
        return None
    return None if operator().search(name.group(0)) else name


def exclaimed(text: str, at: int) -> Iterator[tuple[int, str]]:
    """``SP4N-LAPOR!``: every such ``!`` blanked, where the grammar stopped at one."""
    if _EXCLAIMED.match(text, at) is None:
        return
    yield at, _blanked(text, [found.start() for found in _EXCLAIMED.finditer(text)])


def percent_in_name(text: str, at: int) -> Iterator[tuple[int, str]]:
    """``… dengan cakupan imunisasi 80% / …``: the percent blanked, where the grammar stopped
    at its number after the words of a name that a qualifying clause runs through."""
    found = _PERCENT.match(text, at)
    name = name_before(text, at) if found is not None else None
    if found is None or name is None or not text[at - 1 : at].isspace():
        return
    if _qualifying().search(name.group(0)) is None:
        return
    yield at, _blanked(text, [i for i in range(at, found.end()) if not text[i].isspace()])


def _blanked(text: str, positions: list[int]) -> str:
    chars = list(text)
    for index in positions:
        chars[index] = " "
    return text_of(chars)


def _changed(text: str, candidate: str) -> list[int]:
    return [index for index, (a, b) in enumerate(zip(text, candidate, strict=True)) if a != b]


def named_back(expr: ast.Expr, text: str, candidate: str) -> ast.Expr:
    """``expr`` (read from ``candidate``, ``text`` with marks blanked) with each name that
    runs over a blanked mark, or ends right before one, named as ``text`` writes it."""
    changed = _changed(text, candidate)

    def leaf(node: ast.Expr) -> ast.Expr:
        if not isinstance(node, ast.Variable):
            return node
        start, end = node.span
        inside = False
        for index in changed:
            if start <= index < end:
                inside = True
            elif index >= end and not text[end:index].strip():
                end = index + 1
        if not inside and end == node.span[1]:
            return node
        return ast.Variable(" ".join(text[start:end].split()), (start, end))

    return ast.transform(expr, leaf)


def reading(text: str, candidate: str, reason: str) -> Reading:
    """The guess of a name read over its marks: the name as written, and the other reading
    (the factor, the factorial)."""
    changed = _changed(text, candidate)
    first, last = changed[0], changed[-1] + 1
    name = _NAME_BEFORE.search(text, 0, first)
    start = name.start() if name is not None else first
    chosen = " ".join(text[start:last].split())
    if reason == REASON_PERCENT:  # "A dengan … × 80%"
        other = " ".join(text[start:first].split()) + " × " + text[first:last]
    else:
        other = chosen.replace("!", "")
    return Reading((start, last), chosen, " ".join(other.split()), reason)
