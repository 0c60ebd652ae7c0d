"""Lint ``W110``: the places where a cell could be read two ways, and the reading chosen.

The parser records them in :attr:`ikicalc.formula.Formula.guesses` (a slash without spaces
read as a division because ``× 100%`` needs a ratio; ``1.000`` read as a thousand where the
cell shows no decimal separator). :func:`reading_notes` words them for ``ikicalc.lint``,
which turns each into a :class:`~ikicalc.lint.Diagnostic`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ikicalc import ast
from ikicalc.formula import Formula

__all__ = ["reading_notes"]

CODE = "W110"


def reading_notes(formula: Formula) -> Iterator[tuple[str, str, ast.Span]]:
    """``(code, message, span)`` for each guess the parser made reading ``formula``."""
    for guess in formula.guesses:
        yield (
            CODE,
            f"read as '{guess.chosen}', not as '{guess.other}': {guess.reason}; write it "
            "unambiguously (spaces around a dividing '/', '1000' for a thousand)",
            guess.span,
        )
