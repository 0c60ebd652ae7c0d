"""A cell that is one name, read without the LALR machinery.

Most cells of an IKI table name one quantity (``Jumlah Kendaraan yang dipelihara``): no
operator, no label. For such a text Lark's lexer gives one token, a ``PHRASE`` over the whole
text (blanks aside), then the end; the parser then only reduces it to ``start(variable(name))``,
about twenty microseconds of Python for a reading known in advance. :func:`one_name` asks the
same lexer states the same questions Lark asks (the start state's scanner, the state the
``PHRASE`` leads to for what follows it) and, where the answer is that one token, calls the
builder's callbacks Lark would call, in the same order. Anything else (a second token, a
character the scanner refuses, a keyword) is left to Lark: the reading is the same either way
(``tests/test_one_name.py`` compares both on every corpus).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from lark import Lark, Token
from lark.utils import TextSlice

__all__ = ["one_name"]

_PHRASE = "PHRASE"
# characters that are tokens of their own in most cells ("A / B x 100%", "Rasio = …", "(A + B)"):
# a text holding one goes to Lark at once (a name may hold some, "80% UCI": Lark reads it too)
_PLAIN = frozenset("=%()[]{}+×*÷:$\\<>≤≥Σ∑\ue000\ue001")


@cache
def _machine(parser: Lark) -> tuple[Any, Any, Any] | None:
    """The start state's lexer, the lexer of the state a ``PHRASE`` shifts to, and the
    builder; ``None`` where the parser is not built so (no contextual lexer, no shift)."""
    lexers = getattr(parser.parser.lexer, "lexers", None)
    table = parser.parser.parser.parser.parse_table
    start = table.start_states.get("start")
    action = table.states.get(start, {}).get(_PHRASE) if start is not None else None
    if lexers is None or action is None or action[0].name != "Shift":
        return None
    first, after = lexers[start], lexers[action[1]]
    first.scanner, after.scanner  # noqa: B018 - built now, and with them their callbacks
    return first, after, parser.options.transformer


def _token(lexer: Any, text: TextSlice[str], at: int) -> tuple[int, str, str] | None:
    """The first token ``lexer`` reads from ``at`` that it does not ignore (blanks, a
    sentence's period): where it stands, its text and its terminal; the text's end and two
    empty strings when only ignored ones follow; ``None`` where the scanner reads nothing."""
    while at < text.end:
        found = lexer.match(text, at)
        if found is None or not found[0]:
            return None
        if found[1] not in lexer.ignore_types:
            return at, found[0], found[1]
        at += len(found[0])
    return at, "", ""


def one_name(parser: Lark, text: str) -> Any | None:
    """What ``parser.parse(text)`` returns where ``text`` is one name and nothing else (see
    the module); ``None`` otherwise (then the caller asks Lark)."""
    machine = _machine(parser)
    if machine is None or not text.strip() or not _PLAIN.isdisjoint(text):
        return None
    first, after, builder = machine
    whole = TextSlice(text, 0, len(text))
    found = _token(first, whole, 0)
    if found is None or found[2] != _PHRASE:
        return None
    at, value, _ = found
    end = at + len(value)
    if _token(after, whole, end) != (len(text), "", ""):
        return None  # another token follows (an operator, a bracket …)
    line = text.count("\n", 0, at) + 1
    token = Token(_PHRASE, value, at, line, at - text.rfind("\n", 0, at))
    token.end_pos = end
    token.end_line = line + value.count("\n")
    token.end_column = end - text.rfind("\n", 0, end)
    callback = first.callback.get(_PHRASE)
    if callback is not None:  # a keyword the phrase spells: its own token
        token = callback(token)
        if token.type != _PHRASE:
            return None
    return builder.start([builder.variable([builder.name([token])])])
