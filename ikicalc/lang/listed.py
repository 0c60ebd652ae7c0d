"""A numbered list inside an operand: what a quantity includes, listed before the formula goes on.

SPM instruments define a numerator by what the service includes: ``Jumlah penderita
hipertensi … yang meliputi :`` / ``1. Pengukuran tekanan darah …`` / ``2. Edukasi …`` / ``4.
Melakukan rujukan …`` / ``dibagi seluruh penyandang hipertensi dikali 100%``. The grammar
reads ``: 1. … 2. …`` as a list after a whole formula (``Formula.items``) and stops at the
operator that follows it. A careful reader sees that the formula goes on: the list belongs
to the quantity before it, and its name is written out as the cell writes it, list and all.
:func:`candidates` offers that reading to :func:`ikicalc.lang.recovery.recover` (failure path
only); :func:`named` puts the list back into the name once the grammar has read it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ikicalc.lang import ast
from ikicalc.patterns import lazy

__all__ = ["candidates", "named"]

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
        yield found.start(), "".join(chars)
        return


def named(expr: ast.Expr, text: str, at: int) -> ast.Expr:
    """``expr`` with the variable whose name runs over the list at ``at`` named as ``text``
    writes it (the list's ``:`` and numbers kept)."""

    def leaf(node: ast.Expr) -> ast.Expr:
        if isinstance(node, ast.Variable) and node.span[0] <= at < node.span[1]:
            return ast.Variable(" ".join(text[node.span[0] : node.span[1]].split()), node.span)
        return node

    return ast.transform(expr, leaf)
