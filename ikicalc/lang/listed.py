"""A numbered list inside an operand: what a quantity includes, listed before the formula goes on.

SPM instruments define a numerator by what the service includes: ``Jumlah penderita
hipertensi … yang meliputi :`` / ``1. Pengukuran tekanan darah …`` / ``2. Edukasi …`` / ``4.
Melakukan rujukan …`` / ``dibagi seluruh penyandang hipertensi dikali 100%``. The grammar
reads ``: 1. … 2. …`` as a list after a whole formula (``Formula.items``) and stops at the
operator that follows it. A careful reader sees that the formula goes on: the list belongs
to the quantity before it, and its name is written out as the cell writes it, list and all.
:func:`candidates` offers that reading to :func:`ikicalc.lang.recovery.recover` (failure path
only); :func:`named` puts the list back into the name once the grammar has read it.

A list may also stand before the formula, announced by a heading that ends with a colon
(``Perolehan dana melalui:`` / ``- pendapatan atas kegiatan …`` / ``- sumber lain …`` /
``PDL = (DL / DT) x 100%``; ``Pencapaian prestasi dosen dalam bentuk seperti:`` / ``<li>menjadi
visiting professor …</li>`` / ``RRD = NRD / NDT``, BAN-PT instruments): it says what counts,
the formula and its legend follow; :func:`announced_before` sets it aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = ["announced_before", "candidates", "named"]

# ":" ending a line, then lines opened by a list number, then an operator opening a line
_LISTED = lazy(
    r"(?P<colon>:)[ \t]*\n(?P<items>(?:[ \t]*\d{1,2}[.)][ \t]+[^\n]*\n)+)"
    r"(?=[ \t]*(?i:dibagi|dikali(?:kan)?|dikurangi|ditambah|berbanding|dibandingkan"
    r"|[/÷×*+])(?![^\W_]))"
)
_NUMBER = lazy(r"(?m)^[ \t]*\d{1,2}(?P<mark>[.)])[ \t]")


def candidates(text: str, at: int) -> Iterator[tuple[int, str]]:
    """The laid-out ``text`` with the marks of a list inside an operand (its ``:`` and the
    periods of its numbers) blanked, where the grammar stopped at the operator after it."""
    if ":" not in text or "\n" not in text:
        return
    for found in _LISTED.finditer(text):
        if not found.start() <= at <= found.end() + 1 or at < found.end("colon"):
            continue
        chars = list(text)
        chars[found.start("colon")] = " "
        for number in _NUMBER.finditer(text, found.start("items"), found.end("items")):
            chars[number.start("mark")] = " "
        yield found.start(), text_of(chars)
        return


def named(expr: ast.Expr, text: str, at: int) -> ast.Expr:
    """``expr`` with the variable whose name runs over the list at ``at`` named as ``text``
    writes it (the list's ``:`` and numbers kept)."""

    def leaf(node: ast.Expr) -> ast.Expr:
        if isinstance(node, ast.Variable) and node.span[0] <= at < node.span[1]:
            return ast.Variable(" ".join(text[node.span[0] : node.span[1]].split()), node.span)
        return node

    return ast.transform(expr, leaf)


_TAGS_ONLY = lazy(r"[ \t]*(?:<[^<>\n]*>[ \t]*)*")
_HEADING = lazy(r"[ \t]*(?:<[^<>\n]*>[ \t]*)*[^\W\d_][^\n:=<]*:[ \t]*(?:<[^<>\n]*>[ \t]*)*")
# a list's item: a bullet, a list number or letter, an HTML list item
_ITEM = lazy(
    r"[ \t]*(?:</?(?:ul|ol)[^<>\n]*>[ \t]*)*(?:[-•●▪◦*][ \t]|\d{1,2}[.)][ \t]|[a-z][.)][ \t]|<li\b)"
)


@cache
def _introducer() -> re.Pattern[str]:
    words = "|".join(str(word) for word in names_data()["legend"]["introducers"])
    return re.compile(r"(?i)[ \t]*(?:<[^<>\n]*>[ \t]*)*(?:" + words + r")(?![^\W_])")


def announced_before(chars: list[str]) -> None:
    """A list announced before the formula (see the module): the heading on the cell's first
    line of words, ending with a colon, then two items or more (no ``=``, nothing that
    computes), then the formula's line (an ``=`` or an operator): heading and items
    blanked."""
    text = text_of(chars)
    lines = text.split("\n")
    at, start = 0, 0
    while at < len(lines) and _TAGS_ONLY.fullmatch(lines[at]):
        start += len(lines[at]) + 1
        at += 1
    if at >= len(lines) or not _HEADING.fullmatch(lines[at]) or operator().search(lines[at]):
        return
    if _introducer().match(lines[at]):
        return  # "Keterangan:" / "- A = …": a legend's heading
    items, end = 0, start + len(lines[at]) + 1
    for line in lines[at + 1 :]:
        if "=" in line or operator().search(line):
            if operator().match(line.lstrip()):
                return  # "… yang meliputi :" / "1. …" / "dibagi …": the list of a quantity
            break
        if ":" in line:
            return  # "- A: jumlah …": a legend's entries, listed before the formula
        if _ITEM.match(line):
            items += 1
        elif not _TAGS_ONLY.fullmatch(line):
            return  # words of another kind: no list
        end += len(line) + 1
    else:
        return  # no formula after it
    if items >= 2:
        blank(chars, start, end)
