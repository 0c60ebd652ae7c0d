"""What the three text readers share: input limits, numbers, and Lark's errors in plain words.

ikicalc reads three kinds of text with Lark grammars: formulas (:mod:`ikicalc.lang.parser`),
category scales (:mod:`ikicalc.rules.scales`) and targets (:mod:`ikicalc.rules.target`).
Each of them

* checks the text against the same limits before parsing (:func:`check_text`): it must be a
  ``str`` of at most :data:`MAX_LENGTH` characters whose brackets nest at most
  :data:`MAX_DEPTH` deep;
* reads every written number with :func:`read_number`: at most :data:`MAX_DIGITS` digits and
  one decimal separator, or a positioned error;
* parses with :func:`parse_text`, which turns Lark's exceptions into a neutral
  :class:`Problem` (where, what was found, what was expected) that the reader words in its
  own vocabulary, and guarantees that nothing but an :class:`~ikicalc.errors.IkiError`
  leaves the reader.

Lark's exception types never leave this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from lark import Lark, Token
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from ikicalc import limits
from ikicalc.errors import PositionedError
from ikicalc.i18n import N_, _, translate
from ikicalc.names import unseen_dropped
from ikicalc.numbers import MAX_DIGITS, NumberStyle, parse_number

__all__ = [
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_LENGTH",
    "Problem",
    "check_text",
    "describe",
    "join_words",
    "parse_text",
    "read_number",
]

MAX_LENGTH = limits.TEXT_MAX_CHARS
"""Longest text read as a formula, scale or target, in characters (the longest seed cell
has a few hundred)."""

MAX_DEPTH = limits.TEXT_MAX_DEPTH
"""Deepest nesting of brackets (and, in a formula, of operations)."""

E = TypeVar("E", bound=PositionedError)

END = "$END"
"""The name :attr:`Problem.found` has when the text ended too early."""

_OPENERS = "([{"
_CLOSERS = ")]}"
_EXCERPT_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Problem:
    """Where a grammar stopped reading a text, what it found there and what it expected.

    ``found`` is the grammar's name of the token found (``"NUMBER"``), :data:`END` when the
    text ended too early, or ``""`` when no token of the grammar starts at ``start`` (an
    unexpected character). ``found_text`` is the token or character as written; ``expected``
    holds the grammar's names of what would have been accepted.
    """

    text: str
    start: int
    end: int
    found: str
    found_text: str
    expected: frozenset[str]

    @property
    def at_end(self) -> bool:
        """True when the text ended where more was expected."""
        return self.found == END

    @property
    def is_character(self) -> bool:
        """True when no token of the grammar starts at :attr:`start`."""
        return self.found == ""


def problem_of(text: str, error: UnexpectedInput) -> Problem:
    """The :class:`Problem` a Lark exception describes."""
    if isinstance(error, UnexpectedCharacters):
        pos = max(0, min(error.pos_in_stream or 0, len(text)))
        char = text[pos : pos + 1]
        return Problem(text, pos, pos + 1, "", char, frozenset(error.allowed or ()))
    if isinstance(error, UnexpectedToken) and error.token.type != END:
        token = error.token
        start = token.start_pos or 0
        value = str(token.value)
        end = start + max(1, len(value.rstrip()))
        return Problem(text, start, end, str(token.type), value, frozenset(error.expected))
    end = len(text.rstrip())
    expected: Iterable[str] = getattr(error, "expected", None) or ()
    return Problem(text, end, end + 1, END, "", frozenset(expected))


def join_words(words: Iterable[str], *, default: str = "") -> str:
    """``["a", "b", "c"]`` → ``"a, b or c"``; each phrase once, in the order given."""
    unique = list(dict.fromkeys(words))
    if not unique:
        return default
    if len(unique) == 1:
        return unique[0]
    return _("{first} or {last}").format(first=", ".join(unique[:-1]), last=unique[-1])


def describe(names: Iterable[str], vocabulary: Mapping[str, str], *, default: str) -> str:
    """What the grammar names ``names`` are called, in the order of ``vocabulary``, joined.

    Names missing from ``vocabulary`` (Lark's anonymous terminals) are left out, so no
    internal name reaches a message; with nothing left, ``default`` is returned.
    """
    wanted = set(names)
    return join_words(
        (words for name, words in vocabulary.items() if name in wanted), default=default
    )


def _too_deep(text: str) -> int | None:
    """Where brackets first nest deeper than :data:`MAX_DEPTH`, or None."""
    if sum(map(text.count, _OPENERS)) <= MAX_DEPTH:
        return None  # the level never exceeds the number of openers: no need to walk
    level = 0
    for index, char in enumerate(text):
        if char in _OPENERS:
            level += 1
            if level > MAX_DEPTH:
                return index
        elif char in _CLOSERS:
            level -= 1
    return None


_WHATS = (N_("formula"), N_("scale"), N_("target"))
"""The kinds of text the readers name in messages (``what``), translated where used."""


def check_text(text: object, what: str, error: type[E]) -> str:
    """Return ``text`` as a reader reads it, the characters that take no place on a page
    dropped (:func:`ikicalc.names.unseen_dropped`); raise ``error`` if it breaks a limit.

    ``what`` names the kind of text in messages (``"formula"``, ``"scale"``, ``"target"``).
    The checks are linear in the length of the text, so they are cheap on any input.
    """
    if not isinstance(text, str):
        raise error(
            _("a {what} is text, not {kind}").format(what=translate(what), kind=type(text).__name__)
        )
    if len(text) > MAX_LENGTH:
        raise error(
            _("the {what} is {length} characters long; at most {limit} are read").format(
                what=translate(what), length=len(text), limit=MAX_LENGTH
            ),
            text[:_EXCERPT_LIMIT],
            0,
        )
    where = _too_deep(text)
    if where is not None:
        raise error(
            _("brackets nest more than {limit} deep; split the {what} into parts").format(
                limit=MAX_DEPTH, what=translate(what)
            ),
            text,
            where,
        )
    # a zero-width space, a soft hyphen: gone, as on the page ("Jum\u00adlah" is "Jumlah"; padding
    # the word kept offsets but left two blanks, a column's gap, inside the sentence)
    return unseen_dropped(text)


def read_number(
    text: str, token: Token, error: type[E], style: NumberStyle = "mixed"
) -> Decimal:
    """The exact value of a number token, or ``error`` pointing at it.

    A number has at most :data:`MAX_DIGITS` digits and at most one decimal separator (see
    :func:`ikicalc.numbers.parse_number`, which reads it in ``style``).
    """
    written = str(token.value)
    start = token.start_pos or 0
    end = start + len(written)
    if sum(ch.isdigit() for ch in written) > MAX_DIGITS:
        raise error(
            _("a number with more than {limit} digits is not supported").format(limit=MAX_DIGITS),
            text,
            start,
            end,
        )
    try:
        return parse_number(written, style)
    except ValueError as exc:
        raise error(str(exc), text, start, end) from None


def parse_text(
    parser: Lark, text: str, explain: Callable[[Problem], E], error: type[E], what: str
) -> Any:
    """Parse ``text``; any failure of the grammar becomes ``explain(problem)``.

    Errors of type ``error`` raised while parsing (by a transformer applied during parsing)
    pass through; any other Lark error, and running out of stack on a deep parse, become
    ``error`` too, so nothing but an :class:`~ikicalc.errors.IkiError` leaves a reader.
    """
    try:
        return parser.parse(text)
    except UnexpectedInput as exc:
        raise explain(problem_of(text, exc)) from None
    except LarkError as exc:  # pragma: no cover - the grammars raise no other kind
        raise error(
            _("cannot read the {what}: {problem}").format(what=translate(what), problem=exc),
            text,
            0,
        ) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH keeps parses shallow
        raise error(
            _("the {what} nests too deeply to read; split it into parts").format(
                what=translate(what)
            ),
            text,
            0,
        ) from None
