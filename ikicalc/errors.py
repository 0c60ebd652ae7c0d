"""The exceptions ikicalc raises for anything a user can cause.

Every error a user can cause is an :class:`IkiError`. Errors that point into a piece of text
(a formula, a scale, a target) carry the text and a 0-based offset, and their message ends
with an excerpt of the text and a caret under the problem::

    FormulaSyntaxError: line 1, column 18: expected a number, a name or '(' here
      Jumlah PNS hadir / x 100%
                         ^
"""

from __future__ import annotations

__all__ = [
    "EvaluationError",
    "FormulaSyntaxError",
    "IkiError",
    "PositionedError",
    "ScaleSyntaxError",
    "TargetSyntaxError",
    "caret_excerpt",
    "line_and_column",
]

_EXCERPT_WIDTH = 76


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of ``offset`` in ``text``."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def caret_excerpt(text: str, start: int, end: int | None = None) -> str:
    """Quote the line of ``text`` holding ``start`` with carets under ``start:end``.

    Long lines are cut around the problem so the excerpt stays readable in a terminal.
    """
    start = max(0, min(start, len(text)))
    end = start + 1 if end is None or end <= start else min(end, len(text))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end == -1:
        line_end = len(text)
    line = text[line_start:line_end]
    col = start - line_start
    width = max(1, min(end, line_end) - start)
    cut_left = 0
    if len(line) > _EXCERPT_WIDTH:
        cut_left = max(0, min(col - _EXCERPT_WIDTH // 3, len(line) - _EXCERPT_WIDTH))
        line = line[cut_left : cut_left + _EXCERPT_WIDTH]
        if cut_left:
            line = "…" + line[1:]
        if cut_left + _EXCERPT_WIDTH < line_end - line_start:
            line = line[:-1] + "…"
    col -= cut_left
    width = max(1, min(width, len(line) - col))
    # Tabs keep their width so the caret stays under the right character.
    pad = "".join("\t" if ch == "\t" else " " for ch in line[:col])
    return f"  {line}\n  {pad}{'^' * width}"


class IkiError(Exception):
    """Base class of every error ikicalc raises for bad input."""


class PositionedError(IkiError):
    """An error that points at a place in a text (formula, scale or target).

    ``.text`` is the text, ``.start``/``.end`` 0-based offsets into it, ``.line`` and
    ``.column`` 1-based, ``.reason`` the message without the place and the excerpt.
    """

    def __init__(self, message: str, text: str = "", start: int = 0, end: int | None = None):
        self.reason = message
        self.text = text
        self.start = start
        self.end = start + 1 if end is None else end
        self.line, self.column = line_and_column(text, start)
        full = message
        if text:
            full = f"line {self.line}, column {self.column}: {message}\n" + caret_excerpt(
                text, start, self.end
            )
        super().__init__(full)


_PositionedError = PositionedError  # the name it had before it was public


class FormulaSyntaxError(PositionedError, ValueError):
    """The text cannot be read as a formula.

    ``.line`` and ``.column`` are 1-based; ``.start``/``.end`` are 0-based offsets into
    ``.text``; ``.reason`` is the message without the excerpt.
    """


class EvaluationError(PositionedError):
    """A formula cannot be evaluated on the given data.

    Raised for a missing variable (``.variable`` names it, ``.hint`` the closest known
    name), a zero denominator, or a value that is not a number.
    """

    def __init__(
        self,
        message: str,
        text: str = "",
        start: int = 0,
        end: int | None = None,
        *,
        variable: str | None = None,
        hint: str | None = None,
    ):
        self.variable = variable
        self.hint = hint
        super().__init__(message, text, start, end)


class ScaleSyntaxError(PositionedError, ValueError):
    """The text cannot be read as a category scale (interval table)."""


class TargetSyntaxError(PositionedError, ValueError):
    """The text cannot be read as a target (``4 jenis, 12 bulan``, ``Target 84`` …)."""
