"""The exceptions ikicalc raises for anything a user can cause.

Every error a user can cause is an :class:`IkiError`. Errors that point into a piece of text
(a formula, a scale, a target) carry the text and a 0-based offset, and their message ends
with an excerpt of the text and a caret under the problem::

    FormulaSyntaxError: line 1, column 18: expected a number, a name or '(' here
      Jumlah PNS hadir / x 100%
                         ^
"""

from __future__ import annotations

from collections.abc import Sequence

from ikicalc.i18n import _, where_in_words

__all__ = [
    "ArgumentError",
    "DataError",
    "DocumentError",
    "EvaluationError",
    "FormulaSyntaxError",
    "IkiError",
    "IkiWarning",
    "PositionedError",
    "ScaleSyntaxError",
    "TargetSyntaxError",
    "UndecidedNumberWarning",
    "UnitMismatchError",
    "UnknownSatuanError",
    "Unsupported",
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

    def in_words(self) -> str:
        """The message on one line, for a report: without the caret excerpt, and for an
        error in a formula with its place said in words (``at word 3 of the formula``), not
        as a line and a column."""
        return str(self).split("\n", 1)[0]

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable whatever a subclass's __init__ takes (errors come back from the worker
        # processes of ikicalc.backends.budget with their class and every attribute).
        return (_restored, (type(self), self.args, self.__dict__))


def _restored(cls: type[IkiError], args: tuple[object, ...], state: dict[str, object]) -> IkiError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


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
            where = _("line {line}, column {column}").format(line=self.line, column=self.column)
            full = f"{where}: {message}\n" + caret_excerpt(text, start, self.end)
        super().__init__(full)


    def in_words(self) -> str:
        if not self.text:
            return self.reason
        return _("{reason} ({where})").format(
            reason=self.reason, where=where_in_words(self.text, self.start)
        )


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


class DocumentError(IkiError):
    """A definition file cannot be read or does not follow the format.

    ``.problems`` lists every problem found, each as ``file:line: field: message``; the
    exception message is the problems, one per line. ``.line`` is the line of the first
    problem when it is known.
    """

    def __init__(self, problems: Sequence[str], *, line: int | None = None):
        self.problems: tuple[str, ...] = tuple(problems)
        self.line = line
        super().__init__("\n".join(self.problems))


class DataError(IkiError):
    """Realisasi data cannot be read.

    ``.source`` is the file, ``.row`` the 1-based row (line in CSV and YAML, spreadsheet row
    in XLSX, record number in JSON) or ``None``, ``.column`` the column name or ``None``,
    ``.reason`` the message without the place.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str,
        row: int | None = None,
        column: str | None = None,
        where: str | None = None,
    ):
        self.reason = reason
        self.source = source
        self.row = row
        self.column = column
        if where is None:
            where = source if row is None else f"{source}:{row}"
            if column is not None:
                where += ": " + _("column {name}").format(name=repr(column))
        super().__init__(f"{where}: {reason}")


class UnknownSatuanError(IkiError):
    """A satuan that is not a unit of ``ikicalc/data/units.txt``.

    ``.satuan`` is the text as given, ``.variable`` the variable it was declared for.
    """

    def __init__(self, message: str, satuan: str, variable: str | None = None):
        self.satuan = satuan
        self.variable = variable
        super().__init__(message)


class UnitMismatchError(PositionedError):
    """Two quantities with unlike units were combined (``orang`` + ``hari``).

    ``.left`` and ``.right`` hold the two unit texts. When the quantities come from a
    formula, the error also points into it, like a syntax error: ``.text`` is the formula,
    ``.start``/``.end`` the offsets of the sum, ``.line``/``.column`` 1-based, ``.reason``
    the message without the caret excerpt, and ``.left_text``/``.right_text`` the two sides
    as written (``'Jumlah pegawai'``). Without a text the message is plain.
    """

    def __init__(
        self,
        message: str,
        left: str = "",
        right: str = "",
        *,
        text: str = "",
        start: int = 0,
        end: int | None = None,
        left_text: str | None = None,
        right_text: str | None = None,
    ):
        self.left = left
        self.right = right
        self.left_text = left_text
        self.right_text = right_text
        super().__init__(message, text, start, end)


class Unsupported(IkiError):  # noqa: N818 - the name says what a back end does
    """A back end has no handler for a node type: a clear refusal, never a wrong result."""

    def __init__(self, backend: str, node: object) -> None:
        self.backend = backend
        self.node = node
        super().__init__(f"{backend} cannot express {type(node).__name__} nodes")


class ArgumentError(IkiError, TypeError):
    """A public function was given a value of the wrong kind (``lint(None)``,
    ``evaluate([1, 2])``): an ``IkiError`` that is also a ``TypeError``."""


class IkiWarning(UserWarning):
    """Base class of the warnings ikicalc gives through Python's :mod:`warnings` where it read
    input one way of two and went on (``warnings.simplefilter("error", IkiWarning)`` makes
    them errors). ``code`` is the lint code that says the same in a report."""

    code = ""


class UndecidedNumberWarning(IkiWarning):
    """``W113``: a value given as text (``{"A": "1.500"}``) was written with a dot before three
    digits and nothing in the values given together decided whether the dot groups thousands
    (read: 1500) or marks decimals (1,5); see :mod:`ikicalc.given`."""

    code = "W113"
