"""Shares of bases listed in one sentence: a sum of products.

``(2) Kepada Daerah tingkat I Jakarta Raya diserahkan 10% (sepuluh persen) dari pajak kekayaan
dan 0,25% (dua puluh lima per seratus persen), dari pajak perseroan …`` (PP 14/1959), ``… 20%
dari A, 30% dari B dan 50% dari C``: each rate is of its own base, ``10% × A + 0,25% × B``;
before, the first share took all that followed it (``10% × (A + 0,25% × B)``) or the list read
as one name. The text keeps its length (see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import itertools

from ikicalc.lang.layout_cues import blank
from ikicalc.lang.said import computes
from ikicalc.patterns import lazy

__all__ = ["shares_listed"]

# a rate, the words that say it again, then "dari" (a comma may stand before it)
_RATE_OF = lazy(
    r"(?i)(?<![\w.,])\d[\d.,]*[ \t]*(?:%|persen\b)(?:[ \t\n]*\([^()]*\))?"
    r"(?P<gap>[ \t\n]*,?[ \t\n]+)(?P<of>dari)\b"
)
# the join of two shares listed: "dan" (after a comma or not) right before the second's rate
_SHARES_JOINED = lazy(r"(?i)(?:[ \t\n]*+(,))?[ \t\n]*+(?:\b(dan|serta)[ \t\n]++)?$")


def shares_listed(chars: list[str], text: str) -> bool:
    """``diserahkan 10% (sepuluh persen) dari pajak kekayaan dan 0,25% (…), dari pajak
    perseroan …`` (PP 14/1959): shares of bases listed (``,``, ``dan``) are a sum of products,
    ``10% × A + 0,25% × B``; only where every share after the first is so joined to the one
    before and nothing else computes. Whether it read them."""
    found = list(_RATE_OF.finditer(text))
    if len(found) < 2 or computes(text[found[0].end() :]):
        return False
    joins = [_SHARES_JOINED.search(text, a.end(), b.start()) for a, b in itertools.pairwise(found)]
    if not all(join and (join.group(1) or join.group(2)) for join in joins):
        return False
    for share in found:
        chars[share.start("of") : share.start("of") + 4] = list("×   ")
        comma = text.find(",", *share.span("gap"))  # "0,25% (…), dari B": the comma before it
        if comma >= 0:
            chars[comma] = " "
    for join in joins:
        assert join is not None  # noqa: S101 - all() checked it
        word = 2 if join.group(2) else 1  # "dan" (blanking a comma before it), else the comma
        blank(chars, join.start(), join.end())
        chars[join.start(word)] = "+"
    return True
