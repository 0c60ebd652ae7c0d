"""Subscripts that fell onto lines of their own, away from their symbols (a drawn equation
as PDF text extraction leaves it).

``(X -X )`` / ``A = (n) (n-1) x 100%`` / ``X`` / ``(n-1)`` / ``Keterangan :`` / ``X = Jumlah
produksi … Jawa`` / ``(n)`` / ``Barat pada tahun ke n`` / ``X = …`` / ``(n-1)`` / ``…``: the
subscripts on a line belong, in order, to the symbols of the line above it, and a subscript
alone on a line inside a legend's entry belongs to the entry's symbol. A careful reader puts
them back: each symbol with its subscript becomes a stand-in letter (the cell keeps its
length, every span still points into it) that the formula and the legend share, so the
legend names ``X(n)`` and ``X(n-1)`` apart. Only when every such symbol of the formula has
its entry in the legend; a guess (lint ``W110``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.patterns import lazy

__all__ = ["SUBSCRIPTS_BELOW", "subscripts_put_back"]

SUBSCRIPTS_BELOW = N_(
    "subscripts on a line of their own belong, in order, to the symbols of the line above"
)

_SUBSCRIPT = r"\([a-z](?:[-+−]\d)?\)"
_SUBSCRIPTS = lazy(_SUBSCRIPT)
_ALONE = lazy(rf"(?m)^[ \t]*{_SUBSCRIPT}[ \t]*$")
_SYMBOL = lazy(r"(?<![^\W_])[A-Z](?![^\W_(])")
_INTRODUCER = lazy(r"(?im)^[ \t]*(?:keterangan|ket\.|dimana|di\s+mana)\b[^\n]*$")
_ENTRY = lazy(rf"(?m)^[ \t]*(?P<symbol>[A-Z])(?P<glued>{_SUBSCRIPT})?[ \t]*[=:]")
_STAND_INS = "αβγδεζηθ"


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text[start:end])]


def subscripts_put_back(text: str) -> tuple[str, Reading] | None:
    """The cell with its fallen subscripts put back (see the module), or ``None``."""
    intro = _INTRODUCER.search(text)
    if intro is None or _ALONE.search(text) is None:
        return None
    chars = list(text)
    lines = [(s, e) for s, e in _line_spans(text, 0, intro.start()) if e > s]
    written: dict[tuple[str, str], list[int]] = {}  # (symbol, subscript) → places
    for (above_start, above_end), (start, end) in pairwise(lines):
        subscripts = list(_SUBSCRIPTS.finditer(text, start, end))
        symbols = list(_SYMBOL.finditer(text, above_start, above_end))
        if not subscripts or len(subscripts) != len(symbols):
            continue
        if _SUBSCRIPTS.search(text, above_start, above_end):
            continue  # the line above has subscripts of its own: no pairing
        for symbol, subscript in zip(symbols, subscripts, strict=True):
            key = (symbol.group(0), re.sub(r"[−]", "-", subscript.group(0)))
            written.setdefault(key, []).append(symbol.start())
            for index in range(subscript.start(), subscript.end()):
                chars[index] = " "
    if not written:
        return None
    entries = list(_ENTRY.finditer(text, intro.end()))
    named: dict[tuple[str, str], int] = {}
    following = [*entries[1:], None] if entries else []  # no entry: "X" / "(n)" alone
    for entry, after in zip(entries, following, strict=True):
        stop = after.start() if after else len(text)
        alone = _ALONE.search(text, entry.end(), stop)
        if entry.group("glued"):  # "X(n-1) = Jumlah …"
            index_written, span = entry.group("glued"), entry.span("glued")
        elif alone is not None:  # "X = Jumlah … Jawa" / "(n)" / "Barat pada tahun ke n"
            index_written, span = alone.group(0).strip(), alone.span()
        else:
            continue
        named[(entry.group("symbol"), index_written)] = entry.start("symbol")
        for index in range(*span):
            if chars[index] != "\n":
                chars[index] = " "
    if set(written) - set(named) or len(written) > len(_STAND_INS):
        return None  # a symbol the legend does not name with its subscript: not guessed
    in_order = sorted(written, key=lambda key: written[key][0])
    for stand_in, key in zip(_STAND_INS, in_order, strict=False):
        for place in written[key]:
            chars[place] = stand_in
        chars[named[key]] = stand_in
    _spaced_signs(chars, [start for start, _ in lines], text)
    chosen = ", ".join(f"{symbol}{subscript}" for symbol, subscript in written)
    other = " ".join(text[: intro.start()].split())
    reading = Reading((0, intro.start()), chosen, other, SUBSCRIPTS_BELOW)
    return text_of(chars), reading


def _spaced_signs(chars: list[str], starts: list[int], text: str) -> None:
    """``(α -β )``: a sign glued to the symbol after it, spaced again within its line
    (``(α - β)``) so that it subtracts."""
    for start in starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = "".join(chars[start:end])
        glued = re.search(r"(?<=\S) ([-−])(?=[^\W\d_]) ?", line)
        if glued is None:
            continue
        rebuilt = re.sub(r"[ \t]*([-−+])[ \t]*", r" \1 ", line.rstrip())
        rebuilt = re.sub(r"[ \t]+\)", ")", rebuilt)
        if len(rebuilt) <= len(line):
            chars[start:end] = list(rebuilt.ljust(len(line)))
