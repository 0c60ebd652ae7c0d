"""A flattened stacked fraction the grammar could not read, read as a careful reader would.

Only on the failure path: when the grammar stops on a cell that holds no operator but a
fraction's scale (``x 100``) and a label's ``=``, the export flattened a stacked fraction and
put its label among the names (``Indeks jumlah penduduk daerah i Jml penduduk daerah i
Rata-rata jml penduduk secara Nasional =``). A careful reader sets the scale and the ``=``
aside, finds the noun phrases (each line of the stack opened with a capital: a counting word,
``Σ``, ``Rata-rata``, or the label's word such as ``Indeks``), takes the label out (the one
before ``=``, or the one that leaves a numerator over a denominator that counts a whole:
``Rata-rata …``, ``Total …``, ``Σ …``) and reads the other two as a fraction. The reading is a
guess, kept in :attr:`Formula.guesses` (lint ``W110``); a cell that does not fall into two
names and a label is left to its syntax error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.labels import stacking_words
from ikicalc.lang.layout_cues import LINE_CLOSE, LINE_OPEN, RATIO_SCALE, operator
from ikicalc.patterns import lazy

__all__ = [
    "NUMBER_BELOW",
    "REASON",
    "UNIT_AFTER",
    "Salvaged",
    "number_below",
    "rescue",
    "salvage",
    "unit_after",
]

Piece = Callable[[str], ast.Expr]
"""Reads a laid-out text of the cell's length (the rest blanked) into an expression."""

REASON = N_(
    "no operator but the scale and the label's '=': the noun phrases of a flattened stacked "
    "fraction were read as its numerator and its denominator, the label set aside"
)


@dataclass(frozen=True)
class Salvaged:
    """What the salvage read: the label (or ``None``), the expression, the guess."""

    label: str | None
    expr: ast.Expr
    reading: Reading


def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = stacking_words()
    return words["quantity_openers"], words["label_words"], words["whole_openers"]


@cache
def _opener() -> re.Pattern[str]:
    """A capitalised word (or ``Σ``) that may open a line of the stack."""
    quantities, labels, _ = _words()
    words = sorted((w for w in quantities | labels if w[0].isalpha()), key=len, reverse=True)
    capitalised = "|".join(
        re.escape(w[0].upper() + w[1:]) + "|" + re.escape(w.upper()) for w in words
    )
    return re.compile(r"(?<!\S)(?:[Σ∑]|(?:" + capitalised + r")(?![^\W_]))")


_SCALE = lazy(
    r"(?:(?<=\s)|^|(?<=[^\W\d_]))(?:[xX×*]|\\times)[ \t]*(?P<number>" + RATIO_SCALE + r")"
    r"[ \t]*(?P<percent>%|persen)?(?![\d.,]*\d)(?![^\W_])"
)
_LEADING_LABEL = lazy(r"^(?P<label>[ \t]*[^\W\d_](?:[^=]*?[^= \t])?)[ \t]*=")
_SIGNS = lazy(r"[+÷−=]|(?<=\s)-(?=\s)")


def _kind(segment: str) -> str:
    """``q`` a quantity (a counting word, ``Σ``), ``w`` a whole (``Rata-rata``, ``Total``),
    ``l`` a label's word (``Indeks``), ``o`` anything else."""
    quantities, labels, wholes = _words()
    first = segment.split()[0].lower() if segment.split() else ""
    first = "σ" if first[:1] in {"σ", "∑"} else first
    if first in wholes:
        return "w"
    if first in quantities:
        return "q"
    return "l" if first in labels else "o"


def _repeated(segment: tuple[int, int], text: str) -> tuple[int, int] | None:
    """``Indeks PDRB per kapita daerah i PDRB per kapita daerah i``: the label names the
    numerator's words, which follow it; the span of the numerator (the second copy)."""
    words = list(re.finditer(r"\S+", text[segment[0] : segment[1]]))
    for size in range((len(words) - 1) // 2, 1, -1):
        tail, before = words[-size:], words[-2 * size : -size]
        if [w.group(0) for w in tail] == [w.group(0) for w in before] and len(words) > 2 * size:
            return segment[0] + tail[0].start(), segment[1]
    return None


def _choose(
    segments: list[tuple[int, int]], kinds: list[str], label_found: bool
) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None] | None:
    """Numerator, denominator and label among the phrases, or ``None``."""
    if len(segments) == 2 and all(k in "qw" for k in kinds):
        return segments[0], segments[1], None
    if len(segments) != 3 or label_found:
        return None
    options = []
    for label, (top, bottom) in ((0, (1, 2)), (2, (0, 1))):
        if kinds[label] == "q":  # a counting word opens a quantity, not a label
            continue
        score = 2 * (kinds[bottom] == "w") + (kinds[label] == "l") + (kinds[top] == "q")
        options.append((score, -label, segments[top], segments[bottom], segments[label]))
    options.sort(reverse=True)
    if not options or options[0][0] < 2 or (len(options) > 1 and options[0][0] == options[1][0]):
        return None
    _, _, top_span, bottom_span, label_span = options[0]
    return top_span, bottom_span, label_span


def salvage(text: str, laid: str, piece: Piece) -> Salvaged | None:
    """Read ``text`` (laid out as ``laid``) as a flattened stacked fraction (see module), or
    ``None`` when it is not one."""
    plain = laid.replace(LINE_OPEN, " ").replace(LINE_CLOSE, " ").replace("\n", " ")
    chars = list(plain)
    scales = list(_SCALE.finditer(plain))
    if len(scales) > 1:
        return None
    scale = scales[0] if scales else None
    if scale:
        chars[scale.start() : scale.end()] = " " * (scale.end() - scale.start())
    end = len(text.rstrip())
    trailing = text[:end].endswith("=")  # the layout may have blanked it as a blank result
    if trailing:
        chars[end - 1] = " "
    label: str | None = None
    current = text_of(chars)
    leading = _LEADING_LABEL.match(current) if not trailing else None
    if leading and not operator().search(leading.group("label")):
        label = " ".join(leading.group("label").split())
        chars[: leading.end()] = " " * leading.end()
    current = text_of(chars)
    if not (scale or trailing or label) or _SIGNS.search(current) or operator().search(current):
        return None
    starts = [m.start() for m in _opener().finditer(current)]
    first = len(current) - len(current.lstrip())
    if not starts or starts[0] != first:
        starts.insert(0, first)
    bounds = [*starts[1:], len(current)]
    segments = [(s, s + len(current[s:e].rstrip())) for s, e in zip(starts, bounds, strict=True)]
    if any(len(current[s:e].split()) < 2 for s, e in segments):
        return None  # "Jumlah Total anggaran": a counting word alone is no quantity
    kinds = [_kind(current[s:e]) for s, e in segments]
    if trailing and len(segments) == 2 and kinds[0] == "l" and kinds[1] == "w":
        numerator = _repeated(segments[0], current)
        if numerator is None:
            return None
        label = " ".join(current[segments[0][0] : numerator[0]].split())
        segments[0] = numerator
        kinds[0] = "q"
    chosen = _choose(segments, kinds, label is not None or not trailing)
    if chosen is None:
        return None
    top, bottom, label_span = chosen
    if label_span is not None:
        label = " ".join(current[label_span[0] : label_span[1]].split())
    try:
        parts = [piece(_alone(current, *span)) for span in (top, bottom)]
        factor = piece(_alone(_scale_text(text, scale), 0, len(text))) if scale else None
    except ValueError:
        return None
    if not all(isinstance(p, ast.Variable | ast.Sigma | ast.Mean) for p in parts):
        return None
    expr: ast.Expr = ast.Binary(ast.Op.DIV, parts[0], parts[1], (top[0], bottom[1]))
    if factor is not None and scale is not None:
        expr = ast.Binary(ast.Op.MUL, expr, factor, (top[0], max(bottom[1], scale.end())))
    return Salvaged(label, expr, Reading((first, end), str(expr), text.strip(), REASON))


def _alone(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with all else blanked (the offsets kept)."""
    return " " * start + text[start:end] + " " * (len(text) - end)


def _scale_text(text: str, scale: re.Match[str]) -> str:
    """The scale's number and percent at their places, the rest blanked."""
    chars = [" "] * len(text)
    for group in ("number", "percent"):
        if scale.group(group):
            start, end = scale.span(group)
            chars[start:end] = text[start:end]
    return text_of(chars)


NUMBER_BELOW = N_(
    "a number alone after a whole expression, no operator between them: the denominator of "
    "a fraction whose bar was lost"
)
_NUMBER_BELOW = lazy(
    r"^(?P<head>[^\n]*?(?:[^\W\d_]|[)\]]))(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<number>[1-9]\d{0,2})[ \t]*\.?[ \t]*$"
)


def number_below(text: str, laid: str, piece: Piece) -> Salvaged | None:
    """``BHP ISR (Rupiah) = (HDLP x Ib x b) + (HDDP x Ip x p) 2``: the expression stood over
    the bar and the number under it (PP 80/2015, PP 7/2009); read as the expression over
    the number, a guess. Only on the failure path, where the grammar stopped at the number."""
    plain = laid.replace(LINE_OPEN, " ").replace(LINE_CLOSE, " ")
    found = _NUMBER_BELOW.match(plain.rstrip())
    if found is None or "=" in plain[found.start("number") :]:
        return None
    head_start, head_end = found.span("head")
    label: str | None = None
    equals = plain.find("=", head_start, head_end)
    if equals >= 0:
        label = " ".join(plain[head_start:equals].split())
        head_start = equals + 1
    if not (operator().search(plain, head_start, head_end) or "+" in plain[head_start:head_end]):
        return None
    try:
        above = piece(_alone(plain, head_start, head_end))
        below = piece(_alone(plain, *found.span("number")))
    except ValueError:
        return None
    if not isinstance(below, ast.Number):
        return None
    expr = ast.Binary(ast.Op.DIV, above, below, (above.span[0], below.span[1]))
    reading = Reading(expr.span, str(expr), text.strip(), NUMBER_BELOW)
    return Salvaged(label, expr, reading)


UNIT_AFTER = N_("the words after the whole formula are the unit of its result, set aside")
_UNIT_AFTER = lazy(
    r"^(?P<head>[^\n]*[)\]}])[ \t]*(?P<unit>(?i:Rp\.?|IDR|rupiah)(?:[ \t]*/[ \t]*[^\W\d_]+)?"
    r"|[^\W\d_]{1,12}/[^\W\d_]{1,12}|(?i:per)[ \t]+[^\W\d_]{3,12})[ \t]*\.?[ \t]*$"
)


def unit_after(text: str, laid: str, piece: Piece) -> Salvaged | None:
    """``PNBP = {(L1 x 1 x tarif) + (L2 x 4 x tarif)} Rp/tahun.``: after the closing bracket
    of the whole formula, its result's unit (``Rp/tahun``, ``rupiah``, ``per tahun``; PP
    33/2014). Only on the failure path, where the grammar stopped at the unit."""
    plain = laid.replace(LINE_OPEN, " ").replace(LINE_CLOSE, " ")
    found = _UNIT_AFTER.match(plain.rstrip())
    if found is None:
        return None
    head_start, head_end = found.span("head")
    label: str | None = None
    equals = plain.find("=", head_start, head_end)
    if equals >= 0 and not operator().search(plain, head_start, equals):
        label = " ".join(plain[head_start:equals].split())
        head_start = equals + 1
    try:
        expr = piece(_alone(plain, head_start, head_end))
    except ValueError:
        return None
    reading = Reading(found.span("unit"), str(expr), text.strip(), UNIT_AFTER)
    return Salvaged(label, expr, reading)


# "(HDLPx Ib x b)": the x of a product glued to a symbol in capitals, in a cell that writes
# " x " between its symbols elsewhere (PP 80/2015)
_GLUED_TIMES = lazy(r"(?<=[A-Z]{2})x(?=[ \t]+[^\W\d_])")
_TIMES = lazy(r"[ \t]x[ \t]")


def _unglued(laid: str) -> str:
    """``laid`` with the ``x`` glued to a symbol read as the product it is."""
    return _GLUED_TIMES.sub("×", laid) if _TIMES.search(laid) else laid


def rescue(text: str, laid: str, piece: Piece) -> Salvaged | None:
    """The readings of this module tried in turn on a cell the grammar refused."""
    laid = _unglued(laid)
    return (
        salvage(text, laid, piece)
        or number_below(text, laid, piece)
        or unit_after(text, laid, piece)
    )
