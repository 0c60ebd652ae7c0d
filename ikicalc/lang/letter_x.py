"""A lone letter x that is a letter of a name, not the operator: the layout writes it as the
stand-in the grammar reads as a letter (:data:`ikicalc.lang.symbols.OPERATOR_SYMBOLS`; the
parser names it ``x`` again). Called by :func:`ikicalc.lang.layout.lay_out`."""

from __future__ import annotations

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import LINE_OPEN
from ikicalc.lang.symbols import OPERATOR_SYMBOLS
from ikicalc.patterns import lazy

__all__ = ["final_letter", "glued_times", "leading_letter", "letter_before_middle", "unglued"]

_X_BEFORE_MIDDLE = lazy(r"(?<=[^\W\d_][ \t])([xX])[ \t]*" + LINE_OPEN)


def letter_before_middle(chars: list[str]) -> None:
    """``Σ Indikator X`` over ``Capaian = ____`` over ``Nilai Maksimum X``: a lone ``X``
    ending the numerator's line, right before the middle line, ends a name (nothing stands
    after it to multiply); the grammar gets a letter that is no operator."""
    text = text_of(chars)
    found = _X_BEFORE_MIDDLE.search(text)
    if found:
        chars[found.start(1)] = OPERATOR_SYMBOLS[found.group(1)]
        final = _FINAL_X.search(text)  # the denominator's name ends with the same letter
        if final and final.group(1) == found.group(1):
            chars[final.start(1)] = OPERATOR_SYMBOLS[final.group(1)]


# A lone x the grammar reads as a letter: before '/', '÷', ')', ']', '=' or '+' (see the
# grammar's _NOT_OPERATOR); "Σ Indikator X / Nilai Maksimum X", "… X dibagi …".
_LETTER_X = lazy(r"(?<=[^\W\d_][ \t])([xX])(?=[ \t]*[/÷)\]}=+]|[ \t]+(?i:di[ \t]*bagi)\b)")
_FINAL_X = lazy(r"(?<=[^\W\d_][ \t])([xX])[ \t]*$")
_X_AFTER_OPERATOR = lazy(r"(?<=[-+−][ \t])([xX])[ \t]*\.?[ \t]*$")  # "T = HD + x."


# a lone x that opens the cell, alone on its line or before another sign: nothing stands
# before it to multiply ("x" / "× 100" / "y", "x × 100" / "────" / "y", BPS Dompu)
_LEADING_X = lazy(r"^\s*(?P<x>[xX])(?:[ \t]*\n|[ \t]*(?=[×*÷]))")


def leading_letter(chars: list[str]) -> None:
    """``x`` over ``× 100`` over ``y``: a lone ``x`` opening the cell, alone on its line or
    before another operator's sign, is a letter (the parser names it ``x`` again)."""
    found = _LEADING_X.match(text_of(chars))
    if found:
        chars[found.start("x")] = OPERATOR_SYMBOLS[found.group("x")]


def final_letter(chars: list[str]) -> None:
    """``… Indikator X / Nilai Maksimum X``: the cell uses a lone ``X`` as a letter of its
    names (before a ``/``), so the same letter at the end of the cell ends a name too; the
    grammar gets a letter that is no operator (the parser names it ``X`` again)."""
    text = text_of(chars)
    if not guards.ends_with(text, "x", "X", "."):  # each expression below ends so
        return
    final = _FINAL_X.search(text) if guards.ends_with(text, "x", "X") else None
    if final and any(m.group(1) == final.group(1) for m in _LETTER_X.finditer(text)):
        chars[final.start(1)] = OPERATOR_SYMBOLS[final.group(1)]
    alone = _X_AFTER_OPERATOR.search(text) if final is None else None
    if alone:  # "T = HD + x.": after a plus or a minus, at the end, x multiplies nothing
        chars[alone.start(1)] = OPERATOR_SYMBOLS[alone.group(1)]


# An x glued between two symbols of capitals (``Hutan=AxB``, ``CxDxTD``) or between a
# bracket and a symbol (``((A-B)xCxD)xTD``, ``Ax(B+C)``): a symbol's product typed with no
# spaces, as OCR and hurried typing leave it (PP 36/2024, PNBP KLHK). Every piece of the
# glued word must be a symbol: capitals, at most four, a digit after them at most.
_SYMBOL = r"[A-Z]{1,4}\d?"
_BESIDE_BRACKET = lazy(  # ")xC", ")x(", "Ax(": the x touches a bracket
    r"(?<=[)\]])(x)(?=(?:" + _SYMBOL + r")(?![a-wyz])|[(\[])"
    r"|(?<![^\W_])(?:" + _SYMBOL + r")(x)(?=[(\[])"
)
_GLUED_RUN = lazy(r"(?<![^\W_])(?:" + _SYMBOL + r"x)+" + _SYMBOL + r"(?![^\W_])")
# "(A-B)": in a cell that glues its products, a hyphen between two symbols is a minus too
_GLUED_MINUS = lazy(r"(?<![^\W_])" + _SYMBOL + r"(-)" + _SYMBOL + r"(?![^\W_])")


def glued_times(chars: list[str]) -> None:
    """``AxB``, ``CxDxTD``, ``((A-B)xCxD)xTD``: a lowercase ``x`` glued between symbols of
    capitals, or between a bracket and a symbol, is the product; the grammar gets ``×``."""
    glued = False
    for found in _BESIDE_BRACKET.finditer(text_of(chars)):
        chars[found.start(1) if found.group(1) else found.start(2)] = "×"
        glued = True
    for run in _GLUED_RUN.finditer(text_of(chars)):
        for at in range(run.start(), run.end()):
            if chars[at] == "x":
                chars[at] = "×"
                glued = True
    for minus in _GLUED_MINUS.finditer(text_of(chars)) if glued else ():
        chars[minus.start(1)] = "−"


def unglued(text: str) -> str:
    """``text`` with the products it glues with an ``x`` (``AxB``, ``(A-B)xCxD``) written
    with ``×`` (:func:`glued_times`), so that a legend's symbols are words of it; the text as
    written where it glues none. The legend's readers match their symbols in it."""
    if "x" not in text:
        return text
    chars = list(text)
    glued_times(chars)
    return text_of(chars)
