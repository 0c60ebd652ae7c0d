"""Weights written before their components, with no sign between: ``IKLH = 0,3 IKA + 0,3 IKU
+ 0,4 IKTL`` (KLHK's IKLH, composite indices of RPJMD), ``60% (enam puluh persen) komponen A +
40% … komponen B``, the items of a sum said in words each opened by its percent (``penjumlahan
dari 30% A, 30% B dan 40% C``), a factor before a sum (``1/n Σ xi``, BPS's mean) and a
quantity before its growth factor in brackets (``tarif lama (1+inflasi)``, UU 2/2022): the
space between is a product, written ``×``. Each function works on the cell's characters in
place and keeps the text's length (:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.operator_words import said
from ikicalc.patterns import lazy

__all__ = ["coefficients", "weighted_items", "weighted_joins"]

# "IKLH = 0,3 IKA + 0,3 IKU + 0,4 IKTL": a weight's number (a decimal, a fraction, a percent
# with its words in brackets or not) and the space after it, before a component (a capital,
# or Σ; a percent weighs a name in lower case too: "60% (enam puluh persen) komponen …"), not
# a unit ("ton"); as a term of a sum it opens the cell or follows "=", "(", "+" or a spaced minus
_WEIGHT = (
    r"\d+(?:[.,]\d+|(?P<percent>[ \t]*%(?:[ \t]*\([^()\n]*\bpersen[ \t]*\))?)|/\d+)(?P<gap>[ \t]+)"
    r"(?=(?![xX](?![^\W_]))(?!(?i:dari|kali|bagi|per|terhadap|atau|dan|persen)(?![^\W_]))"
    r"(?!(?i:" + said(plain=True) + r"))(?:[A-Z]|[Σ∑]|(?(percent)[^\W\d_]|(?!))))"
)
_COEFFICIENT = lazy(r"(?:^|(?<=[=(+])|(?<=[ \t][-−]))[ \t]*" + _WEIGHT, re.MULTILINE)
_ITEM_WEIGHT = lazy(r"[ \t\n]*" + _WEIGHT)


# "RLS = 1/n Σ xi", "(1/n) ∑ xi", "0,5 Σ A": a factor before a sum, no sign between (BPS)
_BEFORE_SUM = lazy(  # not a scale after its operator: "---- × 100 Σ Balita" keeps its bar
    r"(?:(?<![^\s=(+\-−])(?<![×*÷/][ \t])(?<![ \t][xX][ \t])"
    r"\d+(?:[.,]\d+)?(?:[ \t]*/[ \t]*(?:\d+|[nN]))?"
    r"|\([ \t]*1[ \t]*/[ \t]*(?:\d+|[nN])[ \t]*\))(?P<gap>[ \t]+)(?=[Σ∑])"
)


# a quantity before its growth or discount factor in brackets: "tarif lama (1+inflasi)" (UU
# 2/2022), "Harga dasar (1 + r)", "NJOP lama (1 + 10%)", "harga satuan (1 - diskon)"; not a
# range in a name ("Skor (1-5)", "usia (1-4 tahun)": a digit after the sign)
_FACTOR_AFTER = lazy(
    r"(?<=[^\W\d_])(?P<gap>[ \t]+)(?=[(\[{][ \t]*1[ \t]*(?:\+|[ \t][-−–][ \t]|[-−–](?=[^\W\d_]{3}))"
    r"[ \t]*(?:\d+(?:[.,]\d+)?[ \t]*%|[^\W\d_]))"
)


@cache
def _OPERATOR_WORD() -> re.Pattern[str]:  # noqa: N802 - a pattern, named as the others
    """A word that says the operation itself, before which a bracket is an operand."""
    return re.compile(r"(?i)(?:" + said(plain=True) + r"|x|kali|dari|dengan|per|dan|atau)")


def weighted_joins(text: str, start: int, joins: list[re.Match[str]]) -> list[re.Match[str]]:
    """Of the joins of a sum said in words whose first item opens at ``start`` with a
    percent, those before another weighted item (``60% komponen A dan 40% komponen
    kompensasi peruntukan dan pengelolaan``: the second ``dan`` is a word of the name); all
    of them when the first item has no weight or no other item has one."""
    if not _ITEM_WEIGHT.match(text, start):
        return joins
    weighted = [join for join in joins if _ITEM_WEIGHT.match(text, join.end())]
    return weighted or joins


def weighted_items(chars: list[str], starts: list[int]) -> None:
    """The items of a sum said in words, each at its start in ``starts`` (``menjumlahkan 60%
    (enam puluh persen) komponen A dan 40% … komponen B``, ``penjumlahan dari 30% A, 30% B dan
    40% C``, Permen LHK's IKLH): when every item opens with a percent, the space after it
    multiplies (written ``×``)."""
    text = text_of(chars)
    weights = [found for start in starts if (found := _ITEM_WEIGHT.match(text, start))]
    if len(weights) < 2 or len(weights) < len(starts):
        return
    if all(weight.group("percent") for weight in weights):
        for weight in weights:
            chars[weight.start("gap")] = "×"


def coefficients(chars: list[str]) -> None:
    """``0,3 IKA + 0,3 IKU + 0,4 IKTL``, ``60% (enam puluh persen) komponen A + 40% …``:
    weights before their components, a weighted sum
    (KLHK's IKLH, composite indices of RPJMD). Two terms or more so written, joined by ``+``:
    the space after each weight multiplies (written ``×``); so does the space between a
    factor and a sum (``1/n Σ xi``, BPS's mean), and the space between a quantity and its
    growth factor in brackets (``tarif lama (1+inflasi)``, UU 2/2022)."""
    text = text_of(chars)
    found = list(_COEFFICIENT.finditer(text)) if "+" in text else []
    if len(found) < 2:
        found = []
    if guards.has(text, "Σ", "∑"):
        found += _BEFORE_SUM.finditer(text)
    for match in found:
        chars[match.start("gap")] = "×"
    for match in _FACTOR_AFTER.finditer(text) if "(1" in text or "[1" in text else ():
        before = text[: match.start()].split()
        if before and not _OPERATOR_WORD().fullmatch(before[-1]):  # "dikalikan (1 + r)"
            chars[match.start("gap")] = "×"
