"""Marks and remarks a cell carries that are no part of its formula, set aside where the
grammar gave up: footnote marks (``… x 100% *)``, ``Jumlah penduduk miskin*) / …``, ``**``,
``¹``), a line of words that opens the cell with a ``:`` (``Indikator ini dihitung dengan
rumus sebagai berikut:``), a remark at the cell's end (``…; semakin tinggi semakin baik``,
``… (Target 100%)``) and a stray ``;`` or ``,`` that ends it; brackets of two kinds around
words, as OCR reads ``(`` and ``)`` (``50% {limapuluh persen] dari …``), read as brackets.

On the failure path (:func:`reread`): the cell is read again from the start (layout, grammar,
every reading) with them blanked, so that a stacked fraction, a legend or a sentence that
carries a mark reads as it does without one; a cell that does not read without its marks
either keeps its error. Before the layout (:func:`polarity_aside`, cheap tests first): the
remarks that end a cell and are never a quantity (``semakin tinggi semakin baik``, ``(Target
100%)``, ``*)``). Each reading is a guess, recorded as a
:class:`~ikicalc.lang.formula.Reading` (lint ``W110``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from ikicalc.errors import FormulaSyntaxError
from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Formula, Reading
from ikicalc.lang.operator_words import said
from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = ["REASON", "emphasis_aside", "polarity_aside", "reread"]

REASON = N_(
    "footnote marks, a heading line, a remark or a target after the formula ('*)', "
    "'; semakin tinggi semakin baik', '(Target 100%)') are no part of it and were set aside; "
    "brackets of two kinds that OCR misread (a brace closed by a square bracket) were read "
    "as brackets"
)

# "*)", "**)", "***" after a word, a percent or a bracket at a line's end or before an
# operator; a superscript mark
_FOOTNOTE = lazy(
    r"(?<!\()\*{1,3}\)|(?<=[^\W\d_%)\]])\*{1,3}(?=[ \t]*(?:\n|$|[/÷×:+]|[xX][ \t]))"
    r"|(?<=\s)\*{1,3}(?=[ \t]*(?:\n|$))|(?<![\s×*]10)[¹²³⁾]"  # "x 10³": a power of ten
)


@cache
def _computes() -> re.Pattern[str]:
    """An operation written or said (the operator words: lang/operator_words.py)."""
    return re.compile(
        r"[/÷×*+=]|(?<![^\W_])[xX](?=[ \t]*\d)|\s[-–−:]\s|(?i:\b" + said(plain=True) + r"\b)"
    )
# the lines of the footnotes at the cell's end, each opened by its mark ("* berdasarkan IDM",
# "**) 245 desa"), and a mark glued to a word before them
_NOTE_LINES = lazy(r"(?m)(?:^[ \t]*\*{1,3}\)?[ \t]+\S[^\n]*(?:\n|\Z))+\Z")
_MARKED = lazy(r"[^\W_]\*{1,3}")
# a line of words ending in ':' that opens the cell, the formula on the lines under it
_HEADING_LINE = lazy(r"\A[ \t]*[^\W\d_][^\n:]*:[ \t]*\n")
# the stray marks that end the cell, all of them at once (one a reading cost a parse each, the
# square of a long run's length, and a thousand overflowed Python's stack), from the first
_STRAY_END = lazy(r"(?<![ \t])[ \t]*(?:[;,][ \t\n]*)+$")


@cache
def _remark() -> re.Pattern[str]:
    """A remark at the end of the cell: after ``;`` (words, no operator), or in brackets
    opened by a remark word (``(Target 100%)``, ``(semakin tinggi …)``)."""
    data = names_data()["last_resort"]
    words = "|".join(f"(?:{p})" for p in data["remarks"])
    return re.compile(
        r"(?i)(?:;[ \t\n]*(?=[^\W\d_])[^;=+/÷×*\n]*+"
        r"|(?<![ \t])[ \t]*+\([ \t]*(?:" + words + r")(?![^\W_])[^()\n]*\))[ \t.;]*$"
    )


def _blanked(text: str) -> tuple[str, tuple[int, int]] | None:
    chars = list(text)
    spans = (
        [m.span() for m in _FOOTNOTE.finditer(text)] if "*" in text or _superscripts(text) else []
    )
    notes = _NOTE_LINES.search(text) if "*" in text else None
    if notes is not None and _MARKED.search(text, 0, notes.start()):
        spans.append(notes.span())  # "Jumlah desa …**" … / "** 245 desa": the notes' lines
    tail = _remark().search(text) if ";" in text or "(" in text else None
    words = re.findall(r"[^\W\d_]{3,}", tail.group(0)) if tail is not None else []
    if tail is not None and tail.group(0).startswith(";") and len(words) < 2:
        tail = None  # "A / B; import os": no remark in words
    if tail is not None and _computes().search(text[: tail.start()]):
        spans.append(_remarks_run(text, tail))
    heading = _HEADING_LINE.match(text) if ":" in text else None
    if (
        heading is not None
        and len(re.findall(r"[^\W\d_]{3,}", heading.group(0))) >= 2
        and not _computes().search(heading.group(0))
        and text[heading.end() :].strip()
    ):
        spans.append(heading.span())  # "… dihitung dengan rumus sebagai berikut:" / formula
    run = len(text.rstrip(" \t\n;,"))  # where the run of marks and blanks at the end starts
    stray = _STRAY_END.search(text, run) if text.rstrip()[-1:] in (";", ",") else None
    if stray is not None and not any(start <= stray.start() < end for start, end in spans):
        spans.append(stray.span())  # "… Rencana Anggaran Kas;": a stray mark ends the cell
    for found in _OCR_BRACKETS.finditer(text) if any(c in text for c in "{}[]") else ():
        chars[found.start()], chars[found.end() - 1] = "(", ")"  # "50% {limapuluh persen]"
        spans.append((found.start(), found.start()))
    if not spans:
        return None
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return text_of(chars), (min(s for s, _ in spans), max(e for _, e in spans))


# brackets of two kinds around words, as OCR reads a "(" or a ")": "{limapuluh persen]"
_OCR_BRACKETS = lazy(
    r"\{(?=[^\W\d_])[^(){}\[\]\n]*[)\]]|\[(?=[^\W\d_])[^(){}\[\]\n]*[)}]"
    r"|\((?=[^\W\d_])[^(){}\[\]\n]*[\]}]"
)



def _superscripts(text: str) -> bool:
    """Whether ``text`` holds a superscript mark (a cheap test before the pattern)."""
    return any(c in text for c in "¹²³⁾")


_MOST_PEELED = 3


def _remarks_run(text: str, tail: re.Match[str]) -> tuple[int, int]:
    """The closing remark, or, after more than three remarks in a row (``A / B; … ; … ; …``),
    all of them at once: each remark set aside costs a parse of the cell, and a cell of
    sentences joined by ``;`` would cost one per sentence (a cell of 5 800 characters took 18
    s). A few remarks are set aside one by one from the end, the longest reading first."""
    before, count = tail, 1
    while (found := _remark().search(text, 0, before.start())) is not None:
        if found.end() != before.start() or found.start() == 0:
            break
        before, count = found, count + 1
    return tail.span() if count <= _MOST_PEELED else (before.start(), tail.end())


def reread(text: str, parse: Callable[[str], Formula]) -> Formula | None:
    """``text`` read without its footnote marks and its closing remark, or ``None`` when it
    has none or does not read without them either."""
    found = _blanked(text)
    if found is None:
        return None
    blanked, span = found
    try:
        formula = parse(blanked)
    except FormulaSyntaxError:
        return None
    guess = Reading(span, " ".join(blanked.split()), " ".join(text.split()), REASON)
    return replace(formula, source=text, guesses=(*formula.guesses, guess))


@cache
def _polarity() -> re.Pattern[str]:
    said = names_data()["last_resort"]["polarity"]
    return re.compile(
        r"(?i)(?:[ \t\n]*[;,.:\-–—→])?[ \t\n]*"
        r"(?:\([ \t]*(?:" + said + r")[ \t]*\)|(?:" + said + r"))[ \t.;]*$"
    )


@cache
def _quantity() -> re.Pattern[str]:
    """A quantity alone: a counting word or Σ opens it, no sentence word in it."""
    words = "|".join(re.escape(str(w)) for w in names_data()["layout"]["quantity_words"])
    return re.compile(r"(?i)^[ \t\n]*(?:[Σ∑][ \t]*|(?:" + words + r")\b)[^;:=.]*[^\W_)]$")


def polarity_aside(text: str) -> tuple[str, Reading | None]:
    """``text`` with the remark at its end that says which way is better (``…; semakin tinggi
    semakin baik``, ``… (makin rendah makin baik)``), states the target in brackets (``…
    (Target 100%)``) or marks a footnote (``… *)``) blanked, and the guess: none is a
    quantity, and a stack, a legend or a name before it reads as it would without it. Same
    length."""
    found = None
    if "akin" in text or "AKIN" in text:
        found = _polarity().search(text)
        before = text[: found.start()] if found is not None else ""
        if found is not None and not (_computes().search(before) or _quantity().match(before)):
            found = None  # a quantity alone ("Jumlah peserta Qurban; semakin …") is one too
    if found is None and text.rstrip().endswith(")") and "arget" in text:
        found = _TARGET_AFTER.search(text)
    if found is None and "*" in text[-6:]:  # "… Jumlah angkatan kerja (orang) *)"
        found = _MARK_AT_END.search(text)
    if found is None or not text[: found.start()].strip():
        return text, None
    kept = text[: found.start()]
    guess = Reading(found.span(), " ".join(kept.split()), " ".join(text.split()), REASON)
    return kept + " " * (found.end() - found.start()), guess


# a footnote mark that ends the cell: "… x 100% *)", "… (orang)**)", "… Aktif*"
_MARK_AT_END = lazy(r"(?<=\S)[ \t]*\*{1,3}\)[ \t.]*$|(?<=[^\W\d_%)])\*{1,3}[ \t.]*$")
# "… (Target 100%)", "… (target: 95 persen)": the target with its figure, in brackets at the end
_TARGET_AFTER = lazy(r"(?i)[ \t\n]*\([ \t]*target\b[^()\n]*\d[^()\n]*\)[ \t.;]*$")


# "_lifting_", "_equity to be split_": the marks of emphasis a Markdown copy of a regulation
# keeps around words (never a subscript: a space stands before the first; never a name of
# code, "__import__(", "A.__class__")
_EMPHASIS = lazy(r"(?<![^\s(\[])(_)(?=[^\W\d_])([^_\n]{0,80}?[^\W_])_(?![^\W_]|[(.])")


def emphasis_aside(text: str) -> str:
    """``text`` with the marks of emphasis of a Markdown copy blanked (``_lifting_ dikurangi
    …``): markup, not part of a name. Same length."""
    if "_" not in text:
        return text
    chars = list(text)
    for found in _EMPHASIS.finditer(text):
        mark = len(found.group(1))
        chars[found.start() : found.start() + mark] = " " * mark
        chars[found.end() - mark : found.end()] = " " * mark
    for found in _EMPTY_EMPHASIS.finditer(text) if "__" in text else ():
        chars[found.start() : found.end()] = " " * (found.end() - found.start())
    return text_of(chars)


# "… ditambah __ minyak dan/atau gas bumi …": the marks of an emphasis whose words were lost
# (a form's blank, "= __ %", has no word after it)
_EMPTY_EMPHASIS = lazy(r"(?<=[^\W\d_][ \t])_{2,3}(?=[ \t]+[^\W\d_])")
