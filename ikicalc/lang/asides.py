"""What a sentence says beside its operands: an item of a list cited inside a name, and other
things named after the last operand that the formula does not compute.

- ``… nilai yang diperoleh dengan cara yang diuraikan dalam butir a) harus dikalikan dengan
  faktor …`` (Kepka BAPETEN 4/1999): an enumerator closed alone after a noun that cites an item
  (``[grammar] citing_words``) is a word of the name where its bracket closes nothing opened
  before it (:func:`cited_items`);
- ``… dihitung dari rata-rata antara A dan B, setelah …``: a mean named with ``antara``
  (which joins two parties) opens the formula: the mean of the two (:func:`mean_between`);
- ``penjumlahan antara A dengan B``: the one ``dengan`` after ``antara`` joins two operands
  (:func:`joined_by_with`, for :func:`ikicalc.lang.said_lists.listed_sum`);
- ``… sebesar 2 (dua) kali penghasilan bulan terakhir dan hak lainnya sesuai dengan ketentuan
  yang berlaku`` (PP 7/2000): ``dan``/``serta`` and a noun with ``lainnya``/``lain-lain`` after
  the last operand of a product or a ratio names other things besides it, no operand
  (:func:`others_after`); in a list of addends (``A ditambah B, C dan biaya lainnya``) or a
  list of nouns inside a name (``cemaran biologis, kimia dan benda lainnya``) it is one.

Works on the cell's characters in place; the text keeps its length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = ["beside_operands", "cited_items", "joined_by_with", "mean_between", "others_after"]


@cache
def _cited() -> re.Pattern[str]:
    words = "|".join(str(word) for word in names_data()["grammar"]["citing_words"])
    return re.compile(
        r"(?i)\b(?:" + words + r")(?P<gap>[ ])(?-i:\d{1,3}[a-z]?|[a-z]|i{1,3}|iv|vi{0,3}|ix)\)"
    )


def cited_items(chars: list[str]) -> None:
    """``… yang diuraikan dalam butir a) harus dikalikan dengan …``: an item of a list cited by
    its enumerator, closed alone, where its bracket closes nothing opened before it, is a word
    of the name; the gap before it becomes a tab, which the grammar's ``_CITED_ITEM`` asks for
    (a name's white space is one space when read)."""
    text = text_of(chars)
    for found in _cited().finditer(text):
        closing = found.end() - 1
        if text.count("(", 0, closing) <= text.count(")", 0, closing):
            chars[found.start("gap")] = "\t"


# "dan hak lainnya", "serta tunjangan lain-lain", "dan biaya yang lain"
_OTHERS = lazy(
    r"(?i)(?<![^\W_])(?:dan|serta)[ \t\n]+(?:[^\W\d_][\w-]*[ \t\n]+){1,3}?"
    r"(?:lainnya|lain-lain|yang[ \t\n]+lain)(?![^\W_])"
)
# a product or a ratio said in words ("2 (dua) kali A", "A dikalikan B", "membagi A dengan B")
_TIMES = lazy(r"(?i)(?<![^\W_])(?:kali|dikali\w*|mengalikan|dibagi|membagi|perkalian)(?![^\W_])")
# an addition or a subtraction: "dan C lainnya" after it is one more term of the list (not the
# noun "pengurangan", a name's word: "total pengurangan sampah")
_ADDITIVE = lazy(
    r"(?i)(?<![^\W_])(?:ditambah\w*|dikurang\w*|tambah|kurang|menjumlahkan|penjumlahan"
    r"|dijumlahkan|mengurangkan)(?![^\W_])|[+−](?=\s)|(?<=\s)-(?=\s)"
)


def others_after(chars: list[str], text: str) -> None:
    """``… 2 (dua) kali penghasilan bulan terakhir dan hak lainnya sesuai dengan ketentuan …``:
    other things named after the last operand of a product or a ratio are no operand; they and
    the rest of the cell are set aside. Not after a comma since the last operator (a list of
    nouns: ``biologis, kimia dan benda lainnya``), not where the last operation adds or
    subtracts (``ditambah B, C dan biaya lainnya``), nor where an operator follows."""
    for found in _OTHERS.finditer(text):
        start = found.start()
        if text.count("(", 0, start) > text.count(")", 0, start):
            continue  # inside a bracket: a list of its own
        found_ops = (*operator().finditer(text, 0, start), *_TIMES.finditer(text, 0, start))
        last = max((m.end() for m in found_ops), default=None)
        if last is None or "," in text[last:start] or ";" in text[last:start]:
            continue
        if _ADDITIVE.search(text, last, start) or _ADDITIVE.search(text, 0, last):
            continue
        rest = found.end()
        if any(p.search(text, rest) for p in (operator(), _TIMES, _ADDITIVE)):
            continue
        blank(chars, start, len(chars))
        return


_WITH = lazy(r"(?i)\sdengan\s")


def joined_by_with(text: str, found: re.Match[str]) -> list[re.Match[str]]:
    """``penjumlahan antara A dengan B``: the one ``dengan`` that joins the two operands a noun
    of an operation names after ``antara`` (``found``: its ``cue`` and its ``items``), or none."""
    if "antara" not in found.group("cue").lower():
        return []
    withs = list(_WITH.finditer(text, found.start("items"), found.end("items")))
    return withs if len(withs) == 1 else []


_MEAN_BETWEEN = lazy(
    r"(?i)(?<![^\W_])(?P<mean>(?:nilai[ \t\n]+)?(?:rata-rata|rerata|rata2))[ \t\n]+"
    r"(?P<between>antara)[ \t\n]+(?=[^\W\d_])(?P<first>[^,;.=/÷×*()\n]+?)[ \t\n]+"
    r"(?P<join>dan|dengan)[ \t\n]+(?=[^\W\d_])(?P<second>[^,;.=/÷×*()]+?)[ \t]*(?P<end>[,.;])"
)


def mean_between(chars: list[str], text: str) -> None:
    """``Indikator ini dihitung dari rata-rata antara A dan B, setelah …``: ``antara`` names
    the two parties the mean is taken of; where the mean opens the formula (no operator, no
    ``=`` or ``:`` before it) it is ``rata-rata (A, B)``: the words before it and a clause after
    B that computes nothing are set aside. Only where a comma or a period after B leaves room
    for the closing bracket."""
    found = _MEAN_BETWEEN.search(text)
    if found is None:
        return
    before = text[: found.start()]
    if operator().search(before) or "=" in before or ":" in before:
        return
    if any(p.search(text, found.end("between")) for p in (operator(), _TIMES, _ADDITIVE)):
        return
    blank(chars, 0, found.start())
    chars[found.start("between") : found.end("between")] = list("(".ljust(6))
    blank(chars, *found.span("join"))
    chars[found.start("join")] = ","
    blank(chars, found.start("end"), len(chars))
    chars[found.start("end")] = ")"


def beside_operands(chars: list[str], text: str) -> None:
    """What a sentence says beside its operands (see the module): other things after the
    last operand, a mean named with ``antara``; each only where its cue stands."""
    if "lain" in text or "LAIN" in text:
        others_after(chars, text)
        text = text_of(chars)
    if ("ntara" in text or "NTARA" in text) and guards.holds(text, "rata"):
        mean_between(chars, text)
