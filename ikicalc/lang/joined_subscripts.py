"""A stacked fraction whose time subscripts a PDF set on lines of their own, its line breaks
then lost (Renstra review of the Jawa Barat DKP: ``(X -X ) A = (n) (n-1) x 100% X (n-1)
Keterangan : A = … X = Jumlah produksi perikanan Jawa (n) Barat pada tahun ke n X = …``).

A careful reader gives each bare symbol of the numerator the subscripts that stand after the
label's ``=``, in order (``X(n)``, ``X(n-1)``), keeps the denominator's own (``X (n-1)``),
reads the three lines as the stack they were (``A = (X(n) - X(n-1)) / X(n-1) x 100%``), and
in the legend gives each entry the subscript that fell into its name (``X = Jumlah … Jawa
(n) Barat …`` is the entry of ``X(n)``). The cell's characters are rewritten in place, the
text keeping its length (the formula's pieces move, so its spans are approximate); a guess,
recorded.
"""

from __future__ import annotations

import re

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.patterns import lazy

__all__ = ["REASON", "subscripts_back"]

REASON = N_(
    "the time subscripts of a stacked fraction stood on lines of their own and its line breaks "
    "were lost: the subscripts after '=' belong to the numerator's symbols, in order"
)

_SUB = r"\([a-z](?:[-+−][ \t]*\d)?\)"
_STACK = lazy(
    r"(?P<top>\([ \t]*(?P<s1>[A-Z])[ \t]*[-−][ \t]*(?P<s2>[A-Z])[ \t]*\)|(?P<s0>[A-Z]))[ \t]+"
    r"(?P<label>[A-Z][A-Za-z0-9]{0,5})[ \t]*=[ \t]*"
    r"(?P<subs>" + _SUB + r"(?:[ \t]*" + _SUB + r")?)[ \t]*"
    r"(?P<scale>[xX×*][ \t]*100[ \t]*%)[ \t]+(?P<below>[A-Z])[ \t]*(?P<under>" + _SUB + r")"
    r"(?=[ \t]|$)"
)
# "X = Jumlah produksi perikanan Jawa (n) Barat …": an entry whose subscript fell into its name
_ENTRY = r"(?<![^\s])(?P<symbol>{symbols})[ \t]*=[ \t]*(?P<name>[^=]*?)[ \t]+(?P<sub>{sub})[ \t]+"


def _plain(sub: str) -> str:
    return re.sub(r"\s", "", sub).replace("−", "-")


def subscripts_back(chars: list[str]) -> Reading | None:
    """The stack and its legend rewritten with each subscript beside its symbol (see module),
    or ``None`` (nothing changed) when the cell is no such stack."""
    text = text_of(chars)
    found = _STACK.search(text)
    if found is None:
        return None
    subs = [_plain(s) for s in re.findall(_SUB, found.group("subs"))]
    bare = [found.group("s1"), found.group("s2")] if found.group("s1") else [found.group("s0")]
    if len(subs) != len(bare):
        return None
    top = [f"{symbol}{sub}" for symbol, sub in zip(bare, subs, strict=True)]
    numerator = f"({top[0]} - {top[1]})" if len(top) == 2 else top[0]
    below = found.group("below") + _plain(found.group("under"))
    written = f"{found.group('label')} = {numerator} / {below} {found.group('scale')}"
    if len(written) > len(found.group(0)):
        return None
    chars[found.start() : found.end()] = written.ljust(len(found.group(0)))
    symbols = "|".join(sorted({re.escape(s) for s in [*bare, found.group("below")]}))
    entry = re.compile(_ENTRY.format(symbols=symbols, sub=_SUB))
    at = found.end()
    while (moved := entry.search(text_of(chars), at)) is not None:
        sub = _plain(moved.group("sub"))
        name = moved.group("name")
        rewritten = f"{moved.group('symbol')}{sub} = {name} "
        chars[moved.start() : moved.end()] = rewritten.ljust(moved.end() - moved.start())
        at = moved.end()
    return Reading(found.span(), written, found.group(0), REASON)
