"""Lint ``W110``: the places where a cell could be read two ways, and the reading chosen.

The parser records them in :attr:`ikicalc.lang.formula.Formula.guesses` (a slash without spaces
read as a division because ``× 100%`` needs a ratio; ``1.000`` read as a thousand where the
cell shows no decimal separator). :func:`reading_notes` words them; the rule
:func:`two_readings` turns each into a :class:`~ikicalc.diagnostics.diagnostic.Diagnostic`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.i18n import _, translate_formatted
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.reading import COUNTING_WORD_FOLLOWS
from ikicalc.patterns import lazy

__all__ = ["guess_notes", "quiet", "reading_notes", "two_readings"]

CODE = "W110"


def reading_notes(
    formula: Formula, every: bool = False
) -> Iterator[tuple[str, str, ast.Span]]:
    """``(code, message, span)`` for each guess the parser made reading ``formula``; the
    notes of a rule that leaves no other reading (:func:`quiet`) only when ``every``."""
    from ikicalc.diagnostics.separators import thousands_guess  # W114's, not W110's

    for guess in formula.guesses:
        if thousands_guess(guess):
            continue
        if not every and quiet(guess.reason, formula.source, guess.span):
            continue
        reason = translate_formatted(guess.reason, (COUNTING_WORD_FOLLOWS,))
        if guess.chosen:
            message = _(
                "read as '{chosen}', not as '{other}': {reason}; if the other reading is "
                "meant, write the formula so that only it can be read"
            ).format(chosen=shown(guess.chosen), other=shown(guess.other), reason=reason)
        else:
            message = _(
                "'{other}' is set aside, not read as part of the formula: {reason}; if it "
                "belongs to the formula, write the operator that joins it"
            ).format(other=shown(guess.other), reason=reason)
        yield CODE, message, guess.span


def quiet(reason: str, source: str | None = None, span: ast.Span | None = None) -> bool:
    """Whether a guess's ``reason`` is a rule of the language or of a layout that leaves no
    other reading (``suspicious.toml`` [quiet]): kept in ``Formula.guesses``, no ``W110``. A
    rule of operations said in words ([quiet] ``in_words``) is one only where the guess's
    ``span`` of the cell ``source`` says every operation in words: an operator symbol among
    them (``… ditambah … /jumlah …``) mixes two ways of writing, and which one binds first is
    the writer's, a guess."""
    reasons, in_words = _quiet_reasons()
    if reason.startswith(reasons):
        return True
    if not reason.startswith(in_words) or source is None or span is None:
        return False
    return _SYMBOL.search(source, span[0], span[1]) is None


_SYMBOL = lazy(r"[/×*÷+]|\s[-–−xX:]\s")
"""An operator written as a symbol (not a hyphen inside a name, ``0-14 tahun``)."""


@cache
def _quiet_reasons() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from ikicalc.diagnostics.suspicious_words import words

    table = words()["quiet"]
    return tuple(table["reasons"]), tuple(table["in_words"])


def shown(text: str, width: int = 120) -> str:
    """``text`` on one line, as a message quotes it: whitespace runs (the line breaks and the
    column padding of a flattened layout) as one space, and at most ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def guess_notes(formula: Formula) -> Iterator[tuple[str, str, ast.Span]]:
    """``(code, message, span)`` for every guess of ``formula``: the ``W110`` notes of
    :func:`reading_notes`, then each dot read as thousands (``W114``), for the commands that
    show a value rather than a lint report (``ikicalc eval``)."""
    from ikicalc.diagnostics.separators import CELL_CODE, thousands_note

    yield from reading_notes(formula, every=True)
    for guess in formula.guesses:
        note = thousands_note(guess, formula.source)
        if note is not None:
            yield CELL_CODE, note, guess.span


@rule(CODE)
def two_readings(ctx: Context) -> Iterator[Diagnostic]:
    """Each place of a formula cell that could be read two ways."""
    if ctx.facts is None:
        return
    for code, message, span in reading_notes(ctx.facts.formula):
        yield ctx.diagnostic(code, message, span)
