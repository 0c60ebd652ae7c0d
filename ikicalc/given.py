"""Values a user gives by hand, read as one data file reads its cells.

``ikicalc eval --set A=1.500`` and the service's ``{"data": {"A": "1.500"}}`` are data, and
issue 14 (cause 10) says how data writes numbers: the file decides as a whole. Here the values
given together are the file: a decimal comma in one of them (``81,35``) makes every
``1.500`` a thousand and a half; an English decimal dot (``81.35``) makes it one and a half;
where nothing decides, a lone ``1.500`` groups thousands by the rule
(:func:`ikicalc.numbers.data_style`) and the doubt is said as ``W113``
(:mod:`ikicalc.realisasi.undecided`), never silently. Numbers given as numbers (``38``,
``37.5``) are not text and decide nothing. A text that is not a number is passed on as
written, so the evaluation names the variable whose value it cannot read.

The Python API reads values given as text the same way (:func:`read_data`, called by
:meth:`Formula.evaluate <ikicalc.lang.formula.Formula.evaluate>` and ``solve``) and says the
doubt as an :class:`~ikicalc.errors.UndecidedNumberWarning` through Python's ``warnings``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ikicalc.numbers import NumberStyle, data_style, parse_number, undecided

__all__ = ["Given", "read_data", "read_given"]


@dataclass(frozen=True)
class Given:
    """The values read (``values``: texts that are numbers became exact fractions), the
    ``style`` they decided together, and the ``(name, text)`` of each value read with nothing
    to decide it (``undecided``)."""

    values: dict[str, object]
    style: NumberStyle
    undecided: tuple[tuple[str, str], ...] = ()

    def warnings(self, source: str) -> tuple[str, ...]:
        """The ``W113`` warning of the undecided values, ``source`` naming where they were
        given (``--set``, ``data``); none when every value was decided."""
        if not self.undecided:
            return ()
        from ikicalc.realisasi.undecided import NumberPlace, undecided_warning  # rare

        places = [
            NumberPlace(0, name, name, text, f"{source} {name!r}") for name, text in self.undecided
        ]
        return tuple(str(warning) for warning in undecided_warning(source, self.style, places))


def read_given(values: Mapping[str, object]) -> Given:
    """Read ``values`` (variable name → a number, a text, or a list of them) as one file."""
    style = data_style(_texts(values.values()))
    doubtful: list[tuple[str, str]] = []

    def read(name: str, value: object) -> object:
        if isinstance(value, list | tuple):
            return [read(name, item) for item in value]
        if not isinstance(value, str):
            return value
        try:
            number = Fraction(parse_number(value, style))
        except ValueError:
            return value
        if undecided(value, style):
            doubtful.append((name, value))
        return number

    read_values = {name: read(name, value) for name, value in values.items()}
    return Given(read_values, style, tuple(doubtful))


def read_data(data: Mapping[str, Any], *, stacklevel: int = 3) -> Mapping[str, Any]:
    """``data`` with its values given as text read as one file reads them (:func:`read_given`),
    the undecided ones warned of as :class:`~ikicalc.errors.UndecidedNumberWarning`
    (``stacklevel`` pointing at the caller's line); ``data`` itself when no value is text."""
    if not isinstance(data, Mapping):
        return data  # the evaluation says what it is not
    for value in data.values():  # the common case, numbers only, in a plain loop
        if isinstance(value, _MAY_HOLD_TEXT) and _is_text(value):
            break
    else:
        return data
    given = read_given(data)
    if given.undecided:
        from ikicalc.errors import UndecidedNumberWarning

        for message in given.warnings("data"):
            warnings.warn(UndecidedNumberWarning(message), stacklevel=stacklevel)
    return given.values


_MAY_HOLD_TEXT = (str, list, tuple)


def _is_text(value: object) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, list | tuple):
        return any(_is_text(item) for item in value)
    return False


def _texts(values: Iterable[object]) -> Iterator[str]:
    for value in values:
        if isinstance(value, str):
            yield value
        elif isinstance(value, list | tuple):
            yield from _texts(value)
