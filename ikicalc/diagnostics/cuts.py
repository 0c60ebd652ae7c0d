"""Lint rules on WHERE the reading cut the cell between its names (``W126``, ``W127``): the
marks a wrong cut leaves whatever the words, read from the spans of the names and the text
between them.

- ``W126`` a name opens or stops at a hyphen INSIDE a word: the word glued to the hyphen belongs
  to no name, so it was read as an operator (``dibagi-bagikan kepada …``: ``dibagi`` a division,
  ``bagikan kepada …`` a name), or a range of numbers was read as a subtraction (``jumlah
  penduduk 0−18 tahun``: ``jumlah penduduk 0`` less 18). Indonesian joins the halves of a
  reduplicated word and the ends of a range with a hyphen, never an operation with its operand.
- ``W127`` the terms of a formula parted at each of two or more ``dan`` in a row, with no comma
  (``penjumlahan A … dan B … dan C …``): a list of three writes ``A, B dan C``; ``A dan B dan C``
  leaves open which ``dan`` joins words of one name (``… penurunan luasan permukiman kumuh dan
  peningkatan cakupan …`` is one capaian), so the number of terms was guessed.

- ``W128`` the formula is one name that runs over several lines, under a label that names a
  ratio (``Tingkat =`` / ``total nilai Penjaminan …`` / ``ekuitas Lembaga Penjaminan …``): a
  ratio has two sides, and a stacked fraction whose bar was lost leaves its two names on two
  lines, read as one.

- ``W129`` a number said with ``kali`` before a name that holds ``dan`` or ``serta`` (``… sebesar
  2 (dua) kali penghasilan bulan terakhir dan hak lainnya …``): whether the multiple reaches over
  the words after the conjunction (a second quantity, or a clause of the sentence) was guessed.

Each rule costs a few string tests per name, and nothing where its cue (a hyphen, a ``dan``
between two names) is absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.diagnostics.suspicious_words import either, shortened, words
from ikicalc.i18n import _
from ikicalc.lang import ast

__all__ = ["and_chain", "cut_in_word", "lost_bar", "multiple_over_and"]

_HYPHENS = "-‐‑−–"
"""The marks that join the halves of a word or the ends of a range (a hyphen, a minus, an en
dash as PDF exports write them)."""

_GLUED_BEFORE = re.compile(r"([^\W\d_]+)$")
_GLUED_AFTER = re.compile(r"^[^\W\d_]+")


def _in_order(ctx: Context) -> list[ast.Variable]:
    """The variables of the reading, once per span, in the order the cell writes them."""
    names = ctx.facts.names if ctx.facts is not None else ()
    spans = {v.span: v for v in names if v.span[1] > v.span[0]}  # a name built with no span
    return sorted(spans.values(), key=lambda v: v.span)


@rule("W126")
def cut_in_word(ctx: Context) -> Iterator[Diagnostic]:
    """A name that opens or stops at a hyphen inside a word whose other half belongs to no
    name (an operator word read inside a reduplicated word), or at the dash of a range of
    numbers (a range read as a subtraction)."""
    text = ctx.text
    if ctx.facts is None or not any(mark in text for mark in _HYPHENS):
        return
    names = _in_order(ctx)
    for at, variable in enumerate(names):
        start, end = variable.span
        before = names[at - 1].span[1] if at > 0 else 0
        after = names[at + 1].span[0] if at + 1 < len(names) else len(text)
        if start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalnum():
            glued = _GLUED_BEFORE.search(text[before : start - 1])
            if glued is not None:
                yield _word_cut(ctx, variable, glued.group(0) + "-" + _first_word(variable))
                continue
            if text[start].isdigit() and text[start - 2].isdigit():
                yield _range_cut(ctx, variable, start - 1)
                continue
        if end + 1 < len(text) and text[end] in _HYPHENS and text[end - 1].isalnum():
            glued = _GLUED_AFTER.search(text[end + 1 : after])
            if glued is not None:
                yield _word_cut(ctx, variable, _last_word(variable) + "-" + glued.group(0))
            elif text[end - 1].isdigit() and text[end + 1].isdigit():
                yield _range_cut(ctx, variable, end)


def _first_word(variable: ast.Variable) -> str:
    return variable.name.split()[0] if variable.name.split() else variable.name


def _last_word(variable: ast.Variable) -> str:
    return variable.name.split()[-1] if variable.name.split() else variable.name


def _word_cut(ctx: Context, variable: ast.Variable, word: str) -> Diagnostic:
    return ctx.diagnostic(
        "W126",
        _(
            "the name '{name}' opens or stops inside the word '{word}': the half of the word "
            "that no name holds was read as an operator; a hyphen joins the halves of one word, "
            "never an operation and its operand; check where the operation is"
        ).format(name=shortened(variable.name), word=word),
        variable.span,
    )


def _range_cut(ctx: Context, variable: ast.Variable, dash: int) -> Diagnostic:
    text = ctx.text
    start, end = dash, dash + 1
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    while end < len(text) and text[end].isdigit():
        end += 1
    written = text[start:end]
    return ctx.diagnostic(
        "W126",
        _(
            "the name '{name}' opens or stops at the dash of '{range}', a range of numbers: "
            "the range seems read as a subtraction; a range belongs inside a name ('… usia "
            "15-64 tahun')"
        ).format(name=shortened(variable.name), range=written),
        variable.span,
    )


_AND = re.compile(r"\s*dan\s*", re.IGNORECASE)
"""The text between two names that is only ``dan``."""


@rule("W127")
def and_chain(ctx: Context) -> Iterator[Diagnostic]:
    """Three or more names parted at each ``dan`` between them, no comma: which ``dan`` joins
    words of one name, and so how many terms there are, was guessed."""
    text = ctx.text
    if ctx.facts is None or len(ctx.facts.names) < 3 or "dan" not in text.lower():
        return
    names = _in_order(ctx)
    run: list[ast.Variable] = []
    for first, second in pairwise(names):
        if _AND.fullmatch(text[first.span[1] : second.span[0]]) is not None:
            run = (run or [first]) + [second]
            continue
        if len(run) >= 3:
            break
        run = []
    if len(run) < 3:
        return
    yield ctx.diagnostic(
        "W127",
        _(
            "the names {names} were parted at each 'dan' between them: 'A dan B dan C' does "
            "not say which 'dan' joins words of one name (a list of three writes 'A, B dan C'), "
            "so the number of terms was guessed; check them, or write the terms with '+'"
        ).format(names=", ".join(f"'{shortened(v.name, 40)}'" for v in run)),
        (run[0].span[0], run[-1].span[1]),
    )


@cache
def _ratio_label() -> re.Pattern[str]:
    """A label that names a ratio (suspicious.toml [cuts] ratio_labels: ``Tingkat``,
    ``Persentase``, ``Rasio``, ``Cakupan`` …), as its first word."""
    return re.compile(rf"{either(words()['cuts']['ratio_labels'])}(?![^\W_])", re.IGNORECASE)


@rule("W128")
def lost_bar(ctx: Context) -> Iterator[Diagnostic]:
    """A formula that is one name over several lines under a label that names a ratio: the
    bar of a stacked fraction seems lost, its two names read as one."""
    facts = ctx.facts
    if facts is None or not isinstance(facts.formula.expr, ast.Variable):
        return
    label = (facts.formula.label or "").strip()
    variable = facts.formula.expr
    start, end = variable.span
    if not label or "\n" not in ctx.text[start:end].strip():
        return
    found = _ratio_label().match(label)
    if found is None:
        return
    yield ctx.diagnostic(
        "W128",
        _(
            "the label '{label}' names a ratio, yet the formula is the one name '{name}', "
            "written over several lines: a stacked fraction whose bar was lost seems read as "
            "one name; write the bar ('A / B')"
        ).format(label=shortened(label, 40), name=shortened(variable.name)),
        variable.span,
    )


_TIMES = re.compile(r"(?<![^\W_])kali(?![^\W_])", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\s(?:dan|serta)\s", re.IGNORECASE)


@rule("W129")
def multiple_over_and(ctx: Context) -> Iterator[Diagnostic]:
    """A number said with ``kali`` before a name that holds ``dan`` or ``serta``: how far the
    multiple reaches was guessed."""
    facts = ctx.facts
    text = ctx.text
    if facts is None or _TIMES.search(text) is None:
        return
    for node in facts.nodes:
        if not isinstance(node, ast.Binary) or node.op is not ast.Op.MUL:
            continue
        number, name = node.left, node.right
        if not isinstance(number, ast.Number) or not isinstance(name, ast.Variable):
            continue
        if not 0 < number.span[1] <= name.span[0]:
            continue  # a number or a name built with no span
        if _TIMES.search(text[number.span[1] : name.span[0]]) is None:
            continue
        joined = _CONJUNCTION.search(name.name)
        if joined is None:
            continue
        yield ctx.diagnostic(
            "W129",
            _(
                "'{number} kali' multiplies the name '{name}', which holds '{join}': whether "
                "the multiple reaches over the words after '{join}' (a second quantity, or a "
                "clause of the sentence) was guessed; check where the name stops"
            ).format(
                number=text[number.span[0] : number.span[1]],
                name=shortened(name.name),
                join=joined.group(0).strip(),
            ),
            name.span,
        )
