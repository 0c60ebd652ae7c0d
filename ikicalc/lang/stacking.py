"""Fractions that Word and PDF flatten onto several lines, and their labelled parts.

A stacked fraction arrives as a numerator line (or several), a middle line (a bar of ``-``,
``_``, ``─``; or ``x 100%``; or both; or a label ``Persentase = x 100%``) and a denominator
line (or several). :func:`stack` marks the middle line for the grammar (the line break
before it becomes ``LINE_OPEN``, the one after it ``LINE_CLOSE``); :func:`fraction_words`
reads ``Numerator A Denumerator B``. Both work on the cell's characters in place (the text
keeps its length, see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import itertools
import re

from ikicalc.lang.layout_cues import BAR, DIVISION, LINE_CLOSE, LINE_OPEN, blank, operator

__all__ = ["fraction_words", "stack"]

# The middle line: a label and its '=' (or the '=' of a label lost in the export), the
# scale with its unit, and the '=' of the result the form leaves blank ("x 100% =").
_MIDDLE = re.compile(
    r"^[ \t]*(?:(?:(?![xX][ \t]*\d)[^\W\d_][^=:\n]*?)?(?P<sep>[=:])[ \t]*)?"
    r"(?:(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?"
    r"(?:[ \t]+[^\W\d_][^\n=]*)?)?[ \t]*(?P<result>=)?[ \t]*$"
)
_SCALE_LINE = re.compile(
    r"^[ \t]*(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?[ \t]*=?[ \t]*$"
)
_NUMERATOR = re.compile(
    r"(?i)\b(?:numerator|pembilang)\b(?:[ \t]*\((?:numerator|pembilang)\))?[ \t]*:?"
)
_DENOMINATOR = re.compile(
    r"(?i)(?:\.[ \t]*)?\b(?:denumerator|denominator|penyebut)\b"
    r"(?:[ \t]*\((?:denumerator|denominator|penyebut)\))?[ \t]*:?"
)
_OPERATOR_WORDS = re.compile(
    r"(?i)\b(?:di[ \t]*bagi|berbanding|dibandingkan|bagi|dengan|[xX])\b|[/÷:]"
)


def fraction_words(chars: list[str]) -> None:
    """``Numerator A Denumerator B``: the words that say which part stands where."""
    text = "".join(chars)
    numerator = _NUMERATOR.search(text)
    denominator = _DENOMINATOR.search(text)
    between = text[numerator.end() : denominator.start()] if numerator and denominator else ""
    if (
        numerator
        and denominator
        and numerator.end() <= denominator.start()
        # "Numerator di bagi dengan denominator": the words are the names, an operator
        # stands between them, not a numerator's own words
        and re.search(r"[^\W\d_]", _OPERATOR_WORDS.sub("", between))
    ):
        blank(chars, numerator.start(), numerator.end())
        blank(chars, denominator.start(), denominator.end())
        chars[denominator.start() + (1 if denominator.group(0).startswith(".") else 0)] = "/"


_SCALE_AT_END = re.compile(r"[ \t](?=(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?[ \t]*$)")


def _two_lines(chars: list[str], text: str, upper: re.Match[str], lower: re.Match[str]) -> None:
    """``(A) – (B) x 100%`` over ``C``: the numerator line carries the scale and the bar was
    lost; the whole upper line stands over the lower one (when neither divides already)."""
    scale = _SCALE_AT_END.search(upper.group(0))
    gap = text[upper.end() : lower.start()]
    if (
        scale is None
        or gap.strip()
        or DIVISION.search(upper.group(0))
        or operator().search(lower.group(0))
        or not re.search(r"[^\W\d_]", upper.group(0)[: scale.start()])
    ):
        return
    chars[upper.start() + scale.start()] = LINE_OPEN
    chars[upper.end() + gap.index("\n")] = LINE_CLOSE


def stack(chars: list[str]) -> None:
    """Mark the middle line of a fraction stacked over three lines (see module)."""
    text = "".join(chars)
    if "\n" not in text:
        return
    for lone in re.finditer(r"(?m)^[ \t]*=[ \t]*$", text):  # the label's '=' of a lost label
        blank(chars, lone.start(), lone.end())
    text = "".join(chars)
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    for upper, lower in itertools.pairwise(lines):
        # "x 100% =" twice: the export repeated the middle line
        if upper.group(0).strip() == lower.group(0).strip() and _SCALE_LINE.match(lower.group(0)):
            blank(chars, lower.start(), lower.end())
    text = "".join(chars)
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    if len(lines) == 2:
        _two_lines(chars, text, lines[0], lines[1])
    if len(lines) < 3:
        return
    for index in range(1, len(lines) - 1):
        line = lines[index]
        written = line.group(0)
        bar = BAR.search(written)
        probe = BAR.sub(lambda m: " " * len(m.group(0)), written)
        if not (bar or re.match(r"\s*(?:(?:[^\W\d_][^=:\n]*)?[=:]\s*)?(?:[xX×*]|\\times)", probe)):
            continue
        middle = _MIDDLE.match(probe)
        if not middle:
            continue
        numerator = text[lines[0].start() : line.start()]
        if DIVISION.search(numerator):
            return
        before, after = line.start() - 1, line.end()
        if before < 0 or after >= len(chars) or chars[before] != "\n" or chars[after] != "\n":
            return
        if bar:
            blank(chars, line.start() + bar.start(), line.start() + bar.end())
        chars[before] = LINE_OPEN
        chars[after] = LINE_CLOSE
        label = middle.group("sep") and re.search(r"[^\W\d_]", probe[: middle.start("sep")])
        if middle.group("sep") == ":" or (middle.group("sep") and not label):
            # "Formulasi Perhitungan : x 100%": a field's title; "= x 100%": a lost label
            blank(chars, line.start(), line.start() + middle.end("sep"))
        if middle.group("result"):  # "x 100% =": the result the form leaves blank
            blank(chars, line.start() + middle.start("result"), line.start() + middle.end("result"))
        return
