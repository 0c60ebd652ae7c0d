"""The terms of a sum written as a list: items in sequence, joined by an operator word at an
item's end.

Tax regulations write a charge of several parts as a list whose items are the terms, each a
product, the word that joins them ending the item before: ``a. tarif 7,5% (tujuh koma lima
persen) dikalikan bunga bulan ketiga; ditambah`` / ``b. tarif 5% (lima persen) dikalikan bunga
yang telah dibayarkan di bulan pertama dan bulan kedua.`` (PP 22/2024 PPh DHE SDA). A careful
reader sees one formula: the items are its terms, each whole (a product said in words reads
left to right, so ``A dikalikan B ditambah C dikalikan D`` said flat would be ``(A × B + C) ×
D``), the word between them the operation. The marks must follow each other (``a.``, ``b.``,
``c.``; ``1)``, ``2)``); each join is ``;`` then an operator word of ``[grammar]`` (any of
the four; ``dan`` is no operation and stays two rules). Each item is put in brackets (its mark
becomes ``(``, the ``;`` and the period at the end ``)``) and the word between them its sign.

Works on the cell's characters in place; the text keeps its length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang.operator_words import said, sign_of
from ikicalc.patterns import lazy

__all__ = ["lettered", "lettered_terms"]

# a letter or a number marking an item: "a.", "b)", "(c)", "1.", "2)", "(3)"
_MARK = r"(?:\((?:[a-h]|\d{1,2})\)|(?:[a-h]|\d{1,2})[.)])"
_FIRST = lazy(r"^[ \t\n]*(?P<mark>" + _MARK + r")[ \t]")


@cache
def _join() -> re.Pattern[str]:
    # the end of an item: ";", an operator word, then the next item's mark (on its line or not)
    return re.compile(
        r"(?i)(?P<end>;)[ \t]*(?P<word>" + said(joined=True, plain=True) + r")(?![^\W_])[ \t]*"
        r"(?:\n[ \t]*|[ \t]+)(?P<mark>" + _MARK + r")[ \t]"
    )


def _order(mark: str) -> int:
    """The place a mark says: ``b.`` and ``2)`` are 2."""
    key = mark.strip("().")
    return int(key) if key.isdigit() else ord(key) - ord("a") + 1


def _items(text: str) -> tuple[re.Match[str], list[re.Match[str]], int] | None:
    """The first mark, the joins and where the last item closes, when ``text`` is such a
    list (see the module)."""
    first = _FIRST.match(text) if ";" in text else None
    if first is None:
        return None
    joins = list(_join().finditer(text, first.end()))
    if not joins:
        return None
    places = [_order(first.group("mark")), *(_order(join.group("mark")) for join in joins)]
    if places != list(range(places[0], places[0] + len(places))):
        return None  # "a." then "c.": not the items of one list
    body = text.rstrip()
    close = len(body) - 1 if body[-1:] in (".", ";") else len(body) if len(text) > len(body) else -1
    if close < 0 or ";" in text[joins[-1].end() : close]:
        return None  # no place to close the last item, or a rule after it
    if any(sign_of(join.group("word")) is None for join in joins):
        return None
    return first, joins, close


def lettered(text: str) -> bool:
    """Whether the cell ``text`` is such a list: its terms are whole, the operations said
    between them do not apply in the order they are said
    (:func:`ikicalc.lang.said_order.in_order_said`)."""
    return _items(text) is not None


def lettered_terms(chars: list[str]) -> None:
    """``a. … dikalikan A; ditambah`` / ``b. … dikalikan B.``: the items of a list joined by
    operator words are the terms of one formula, each in brackets (see the module)."""
    found = _items("".join(chars))
    if found is None:
        return
    first, joins, close = found
    signs = [sign_of(join.group("word")) for join in joins]
    start, end = first.span("mark")
    chars[start:end] = list("(".ljust(end - start))
    for join, sign in zip(joins, signs, strict=True):
        chars[join.start("end")] = ")"
        start, end = join.span("word")
        chars[start:end] = list(str(sign).ljust(end - start))
        start, end = join.span("mark")
        chars[start:end] = list("(".ljust(end - start))
    chars[close] = ")"
