"""Symbols the cell spells out by their initials, with no bracket or legend between them.

A metadata sentence names its quantities in words and then writes the formula over their
acronyms: ``Indeks pendidikan dihitung sebagai rata-rata dari indeks harapan lama sekolah dan
indeks rata-rata lama sekolah, yaitu (IHLS + IRLS) / 2``. ``IHLS`` is the run of words whose
initials spell it (``indeks harapan lama sekolah``; a hyphenated word gives one letter), so
the symbol takes that name, as a legend's would. Only a symbol of two to eight capitals, only
a run found once, before the formula, that ends where a name ends and holds no operator word;
and only when every such symbol of the formula is spelt out, else all stay as written.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ikicalc.lang import ast
from ikicalc.names import name_key
from ikicalc.patterns import lazy

__all__ = ["initials_named"]

_SYMBOL = lazy(r"[A-Z]{2,8}")
_WORD = lazy(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# words a quantity's name never holds: the operations and the sentence's frame
_NOT_IN_NAME = frozenset(
    {"dibagi", "dikali", "dikalikan", "ditambah", "dikurangi", "adalah", "merupakan", "yaitu",
     "yakni", "dan", "atau", "serta", "dari", "dengan", "terhadap", "per"}
)


def initials_named(expr: ast.Expr, text: str) -> dict[str, str]:
    """The names the text before the formula gives the formula's acronyms (see the module),
    keyed by ``name_key`` of the symbol; empty when there are none."""
    symbols = {
        node.name
        for node in ast.walk(expr)
        if isinstance(node, ast.Variable) and _SYMBOL.fullmatch(node.name)
    }
    if not symbols:
        return {}
    words = list(_WORD.finditer(text))
    named: dict[str, str] = {}
    for symbol in symbols:
        first = re.search(rf"(?<![^\W_]){symbol}(?![^\W_])", text)
        before = [w for w in words if first is None or w.end() <= first.start()]
        size = len(symbol)
        found = [
            before[at : at + size]
            for at in range(len(before) - size + 1)
            if all(
                w.group(0)[0].upper() == letter and w.group(0).lower() not in _NOT_IN_NAME
                for w, letter in zip(before[at : at + size], symbol, strict=True)
            )
            and _adjacent(text, before[at : at + size])
            and _ends(text, before[at + size - 1].end())
        ]
        if len(found) != 1:
            return {}  # every acronym spelt out once, or none: "IKLH = (0.376 x IKA) + …"
        run = found[0]
        named[name_key(symbol)] = text[run[0].start() : run[-1].end()]
    return named


_NEXT_WORD = lazy(r"[ \t]+([^\W\d_]+)")


def _ends(text: str, end: int) -> bool:
    """Whether a name ends at ``end``: at a mark, or before a word no name holds (``…
    lama sekolah dan …``); not inside a longer name (``Indeks Kualitas Lingkungan Hidup``
    spells no ``IKL``)."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    return following.group(1).lower() in _NOT_IN_NAME


def _adjacent(text: str, run: list[re.Match[str]]) -> bool:
    """Whether the words of ``run`` follow each other with only blanks between them."""
    return all(not text[a.end() : b.start()].strip() for a, b in pairwise(run))
