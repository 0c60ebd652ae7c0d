"""Two stacked fractions side by side, their middle line and their denominators' line shared.

A regulation's table writes ``Gap Anggaran Kas`` / ``= Rencana Anggaran Kas x 100% -
Realisasi Anggaran kas x 100%`` / ``APBD APBD`` (Perbup Kulon Progo 74/2018): two fractions
drawn next to each other, each numerator with its scale on the middle line, the operator
between them, and under them one line that holds both denominators, the one under each
fraction (the same phrase twice, or two phrases apart by a column's gap). A careful reader
reads ``Rencana Anggaran Kas / APBD × 100% − Realisasi Anggaran kas / APBD × 100%``; the
reading is a guess (``W110``): nothing but the places of the lines shows it. The same cell
with its line breaks lost (``… x 100% APBD APBD``) is read alike (:func:`joined`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula, Reading
from ikicalc.lang.layout_cues import RATIO_SCALE
from ikicalc.lang.salvage import Salvaged
from ikicalc.numbers import parse_number
from ikicalc.patterns import lazy

__all__ = ["REASON", "joined", "side_by_side"]

Read = Callable[[str], Formula]

REASON = N_(
    "two fractions stand side by side over one line of denominators: each numerator of the "
    "middle line is read over the denominator under it"
)

_SCALE = r"(?:[xX×*][ \t]*" + RATIO_SCALE + r"[ \t]*(?:%|persen)?)"
_MIDDLE = lazy(
    r"^[ \t]*(?:(?P<label>[^=\n]*?)[ \t]*=)?[ \t]*(?P<n1>[^=\n]+?)[ \t]+(?P<s1>" + _SCALE + r")"
    r"[ \t]*(?P<op>[-+−])[ \t]*(?P<n2>[^=\n]+?)[ \t]+(?P<s2>" + _SCALE + r")[ \t]*$"
)


def _halves(line: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two denominators of ``line`` (spans in it): the same words twice, or two phrases
    apart by a gap of three spaces or more."""
    apart = [m.span() for m in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", line)]
    if len(apart) == 2:
        return apart[0], apart[1]
    words = list(re.finditer(r"\S+", line))
    half = len(words) // 2
    if half and len(words) % 2 == 0:
        first, second = words[:half], words[half:]
        if [w.group(0).lower() for w in first] == [w.group(0).lower() for w in second]:
            return (first[0].start(), first[-1].end()), (second[0].start(), second[-1].end())
    return None


_NUMBER = lazy(r"(?P<number>\d[\d.,]*)[ \t]*(?P<percent>%|persen)?")


def _scale(written: str, at: int) -> ast.Expr:
    """The scale ``x 100%`` (``x 1.000``) as the number it multiplies by."""
    found = _NUMBER.search(written)
    if found is None:  # never: _SCALE holds a number
        raise ValueError(written)
    value = parse_number(found.group("number"), "indonesian")
    span = (at + found.start(), at + found.end())
    return ast.Percent(value, span) if found.group("percent") else ast.Number(value, span)


def _alone(text: str, start: int, end: int) -> str:
    """``text`` with all but ``text[start:end]`` blanked (line breaks kept)."""
    return "".join(c if start <= i < end or c == "\n" else " " for i, c in enumerate(text))


def side_by_side(text: str, read: Read) -> Salvaged | None:
    """The two fractions (see module), or ``None`` when the cell is not written so."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    if len(lines) < 2:
        return None
    middle = _MIDDLE.match(lines[-2].group(0))
    halves = _halves(lines[-1].group(0)) if middle else None
    if middle is None or halves is None:
        return None
    above = [line.group(0).strip() for line in lines[:-2]]
    label = " ".join([*above, (middle.group("label") or "").strip()]).strip() or None
    at, below = lines[-2].start(), lines[-1].start()
    try:
        pieces = [
            read(_alone(text, start, end)).expr
            for start, end in (
                (at + middle.start("n1"), at + middle.end("n1")),
                (below + halves[0][0], below + halves[0][1]),
                (at + middle.start("n2"), at + middle.end("n2")),
                (below + halves[1][0], below + halves[1][1]),
            )
        ]
    except ValueError:  # FormulaSyntaxError is a ValueError
        return None
    if any(isinstance(piece, ast.Binary) for piece in (pieces[1], pieces[3])):
        return None  # a denominator that computes: not one phrase under each fraction
    n1, d1, n2, d2 = pieces
    s1, s2 = (_scale(middle.group(g), at + middle.start(g)) for g in ("s1", "s2"))
    terms = [
        ast.Binary(ast.Op.MUL, ast.Binary(ast.Op.DIV, n, d, (n.span[0], d.span[1])), s, n.span)
        for n, d, s in ((n1, d1, s1), (n2, d2, s2))
    ]
    op = ast.Op.ADD if middle.group("op") == "+" else ast.Op.SUB
    expr = ast.Binary(op, terms[0], terms[1], (n1.span[0], d2.span[1]))
    reading = Reading((at, len(text.rstrip())), "", text.strip(), REASON)
    return Salvaged(label, expr, reading)


# the same cell with its line breaks lost: "Gap Anggaran Kas = Rencana Anggaran Kas x 100% -
# Realisasi Anggaran kas x 100% APBD APBD": the denominators' line after the second scale
_JOINED = lazy(r"=[^=\n]*?" + _SCALE + r"[ \t]*[-+−][^=\n]*?" + _SCALE + r"(?P<gap>[ \t]+)\S")


def joined(text: str, read: Read) -> Salvaged | None:
    """The two fractions of :func:`side_by_side` on one line, their line breaks lost: what
    follows the second scale is the denominators' line (the same phrase twice, or two
    phrases apart by a column's gap); ``None`` when the cell is not written so."""
    found = _JOINED.search(text) if "\n" not in text.strip() else None
    if found is None:
        return None
    gap = found.start("gap")
    return side_by_side(text[:gap] + "\n" + text[gap + 1 :], read)
