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

The parts of an amount listed after the verb that announces them (:func:`parts_listed`):
``Tunjangan Hari Raya … terdiri atas:`` / ``a. gaji pokok;`` / ``b. tunjangan keluarga;`` / …
``; dan`` / ``e. tambahan penghasilan …`` (Perwali Kendari 9/2024): a regulation sums an
amount's parts so, each item a term (Lampiran II UU 12/2011, No. 88: the items of a list end
with ``;``, the last but one with ``; dan`` when all apply, ``; atau`` when one does). Read as
their sum, a guess (``W110``), only where the last but one item ends with ``; dan`` (or
``serta``), nothing before the verb computes (a formula, then ``Dokumen dimaksud meliputi:``
lists what it counts), no item holds a ``:`` of its own and no sentence follows the list.

Works on the cell's characters in place; the text keeps its length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import operator
from ikicalc.lang.operator_words import said, sign_of
from ikicalc.patterns import lazy

__all__ = ["lettered", "lettered_terms", "parts_listed"]

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


def lettered_terms(chars: list[str]) -> tuple[Reading, ...]:
    """``a. … dikalikan A; ditambah`` / ``b. … dikalikan B.``: the items of a list joined by
    operator words are the terms of one formula, each in brackets (see the module); else the
    parts of an amount listed after ``terdiri atas:`` (:func:`parts_listed`)."""
    found = _items(text_of(chars))
    if found is None:
        return parts_listed(chars)
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
    return ()


PARTS_SUMMED = N_(
    "the items listed after 'terdiri atas:', 'meliputi:' or an operation's colon ('dikurangi "
    "dengan:'), each ending with ';' and the last after 'dan', were read as one sum"
)
# the verb that announces an amount's parts, its colon, then the first item's mark
_ANNOUNCED = lazy(
    r"(?i)(?<![^\W_])(?:terdiri[ \t\n]+(?:atas|dari)|meliputi|berupa"
    # or an operation whose operand is the list: "A dikurangi dengan:" / "a. B;" / "b. C; dan"
    r"|(?P<op>dikurangi|dikurangkan|ditambah|ditambahkan)(?:[ \t]+dengan)?)"
    r"[ \t]*(?P<colon>:)[ \t]*\n?[ \t]*(?=" + _MARK + r"[ \t])"
)
_ITEM = lazy(r"(?P<mark>" + _MARK + r")[ \t]")
_NEW_SENTENCE = lazy(r"[^\W\d_]{2}\.\s+[^\W\d_]")  # "… Daerah.\nTepat waktu berarti …"
# an item's end: ";" (then "dan" or "serta" before the last), then the next item's mark
_NEXT = lazy(
    r"(?i)(?P<end>;)(?:[ \t]*(?P<word>dan|serta|atau)(?![^\W_]))?[ \t]*(?:\n[ \t]*|[ \t]+)"
    r"(?P<mark>" + _MARK + r")[ \t]"
)


def parts_listed(chars: list[str]) -> tuple[Reading, ...]:
    """``… terdiri atas:`` / ``a. A;`` / ``b. B; dan`` / ``c. C.``: ``A + B + C`` (see the
    module), the words before the verb set aside; after an operator word, ``X dikurangi
    dengan:`` / …, the sum is its operand, ``X − (A + B + C)`` (PP 45/2013). The guess made,
    or none."""
    text = text_of(chars)
    announced = _ANNOUNCED.search(text) if ":" in text else None
    if announced is None:
        return ()
    first = _ITEM.match(text, announced.end())
    joins = list(_NEXT.finditer(text, announced.end()))
    if first is None or not joins:
        return ()
    places = [_order(first.group("mark")), *(_order(join.group("mark")) for join in joins)]
    words = [join.group("word") for join in joins]
    if places != list(range(1, len(places) + 1)) or any(words[:-1]):
        return ()  # not one list from its first item, or a conjunction before the last
    parts = announced.group(0).lower().startswith("terdiri") and not any(words)
    if (words[-1] or "").lower() not in ("dan", "serta") and not parts:
        return ()  # one of the items applies ("; atau"); not "terdiri dari:" / "a. …;" / "b. …;"
    if ":" in text[announced.end() :]:  # (PP 9/1984: what an amount consists of, no "dan")
        return ()  # an item lists its own parts
    if operator().search(text, 0, announced.start()) or _NEW_SENTENCE.search(text, joins[-1].end()):
        return ()  # "A dibagi B … Dokumen dimaksud meliputi: …": the list defines, after it
    body = text.rstrip()
    operated = announced.group("op") is not None
    if operated and not body.endswith((".", ";")):
        return ()  # no place to close the bracket of the listed operand
    if operated:  # "A dikurangi dengan: (B + C + D)": the list, summed, is the operand
        chars[announced.start("colon")] = "("
    else:
        chars[: announced.end()] = " " * announced.end()
    chars[first.start("mark") : first.end("mark")] = " " * len(first.group("mark"))
    for join in joins:
        chars[join.start("end")] = "+"
        for group in ("word", "mark"):
            if join.group(group):
                chars[join.start(group) : join.end(group)] = " " * len(join.group(group))
    if body.endswith((".", ";")):  # the items' marks and joins stand before the last item
        chars[len(body) - 1] = ")" if operated else " "
    # the guess as lint shows it: the items summed, against the list as the cell writes it
    ends = [join.start("end") for join in joins] + [len(body.rstrip(".;"))]
    starts = [first.end(), *(join.end() for join in joins)]
    chosen = " + ".join(" ".join(text[a:b].split()) for a, b in zip(starts, ends, strict=True))
    other = " ".join(text[announced.start() : len(body)].split())
    return (Reading((announced.start(), len(body)), f"({chosen})", other, PARTS_SUMMED),)
