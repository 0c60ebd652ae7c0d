"""Errors as the API returns them: ``{"error": {"message", "code", "line", "column", "excerpt"}}``.

Status 400: the input cannot be read (syntax error, invalid document or data file, a request
that does not follow the schema). Status 422: it was read but cannot be computed (a missing
value, a zero denominator, no solution, a value outside a scale, the time limit). 413: the
request is larger than the limit; 503: every worker is busy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypedDict

from ikicalc.errors import (
    EvaluationError,
    FormulaSyntaxError,
    IkiError,
    PositionedError,
    ScaleSyntaxError,
    TargetSyntaxError,
    caret_excerpt,
)

__all__ = ["Problem", "ServeError", "from_iki_error", "problem"]


class Problem(TypedDict):
    """The body of an error response, with the HTTP status it goes with."""

    status: int
    message: str
    code: str
    line: int | None
    column: int | None
    excerpt: str | None


class ServeError(Exception):
    """An error that ends a request with ``problem`` as the response."""

    def __init__(self, payload: Problem):
        self.problem = payload
        super().__init__(payload["message"])


def problem(
    status: int,
    code: str,
    message: str,
    *,
    line: int | None = None,
    column: int | None = None,
    excerpt: str | None = None,
) -> Problem:
    """A :class:`Problem` from its parts."""
    return Problem(
        status=status, message=message, code=code, line=line, column=column, excerpt=excerpt
    )


# Errors of reading (400), by class; everything else an IkiError says is 422.
_READING: tuple[tuple[type[IkiError], str], ...] = (
    (FormulaSyntaxError, "formula_syntax"),
    (ScaleSyntaxError, "scale_syntax"),
    (TargetSyntaxError, "target_syntax"),
)
_DATA_ERRORS = {"DocumentError": "document_invalid", "DataError": "data_invalid"}
_COMPUTING = {"UnitMismatchError": "unit_mismatch", "UnknownSatuanError": "unknown_satuan"}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower().removesuffix("_error")


def from_iki_error(error: IkiError, *, renames: Iterable[tuple[str, str]] = ()) -> Problem:
    """The API's error for an :class:`IkiError`: status, stable code, message, position.

    ``renames`` are ``(old, new)`` texts replaced in the message (a temporary file name by
    the name the user uploaded).
    """
    status, code = 422, "unprocessable"
    for cls, name in _READING:
        if isinstance(error, cls):
            status, code = 400, name
            break
    else:
        kind = type(error).__name__
        if kind in _DATA_ERRORS:
            status, code = 400, _DATA_ERRORS[kind]
        elif kind in _COMPUTING:
            code = _COMPUTING[kind]
        elif isinstance(error, EvaluationError):
            code = "evaluation"
        elif type(error) is not IkiError:
            code = _snake(kind)
    line: int | None = None
    column: int | None = None
    excerpt: str | None = None
    message = str(error)
    if isinstance(error, PositionedError):
        message = error.reason
        if error.text:
            line, column = error.line, error.column
            excerpt = caret_excerpt(error.text, error.start, error.end)
    else:
        found: Any = getattr(error, "line", None)
        if found is None:  # DataError: the row of the data file
            found = getattr(error, "row", None)
        line = found if isinstance(found, int) else None
    for old, new in renames:
        message = message.replace(old, new)
    return problem(status, code, message, line=line, column=column, excerpt=excerpt)
