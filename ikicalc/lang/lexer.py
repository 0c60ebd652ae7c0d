"""Lark's contextual lexer, with every terminal compiled once per process.

Lark's contextual lexer keeps one lexer per set of terminals a parser state accepts and
builds its regular expression on first use: one alternation of every terminal the state
accepts. ``PHRASE`` (a name, ``grammar/formula.lark``) is a 2 300-character expression and
is accepted in 15 of the formula grammar's 34 terminal sets, so Python compiled it again in
every state a formula reached: about 9 ms a state, 40 ms for ``A / B x 100%``, most of the
start-up of ``ikicalc eval``.

Here every terminal is compiled alone, once per process (Lark compiles each alone anyway, to
see which keywords a pattern also matches), and a state's scanner tries the terminals it
accepts one after the other in Lark's order. An alternation takes its first alternative that
matches, so the first terminal that matches is the token Lark's one expression gives
(``tests/test_lexer.py`` compares both on the corpora). The first formula of a process parses
in 7 ms instead of 26 ms, and a new state costs nothing; trying up to twenty expressions
instead of one costs little (``bench_formula.py``'s cold parse within noise, a sum of 1 000
terms about 5 % slower a term). :func:`ikicalc.lang.grammars.build_parser` passes
:class:`SharedContextualLexer` to Lark (its ``_plugins`` option) for every grammar with a
contextual lexer.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from lark import lexer as lark_lexer
from lark.lexer import BasicLexer, ContextualLexer

__all__ = ["SharedContextualLexer", "SharedScanner"]

# Lark's own pieces of a basic lexer's scanner (untyped): which keywords a pattern also matches,
# and a callback after another.
create_unless: Any = lark_lexer._create_unless
call_chain: Any = lark_lexer.CallChain


@cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


class SharedScanner:
    """The scanner of one lexer state: Lark's :class:`~lark.lexer.Scanner`, with each
    terminal compiled alone and shared by every state (see the module's text)."""

    def __init__(self, terminals: list[Any], flags: int) -> None:
        self.terminals = terminals
        self.allowed_types = {t.name for t in terminals}
        self._patterns: list[tuple[re.Pattern[str], str]] = [
            (_compiled(t.pattern.to_regexp(), flags), t.name) for t in terminals
        ]

    def match(self, text: Any, pos: int) -> tuple[str, str] | None:
        """The text and the terminal of the token at ``pos`` of a Lark ``TextSlice``."""
        for pattern, name in self._patterns:
            found = pattern.match(text.text, pos, text.end)
            if found:
                return found.group(0), name
        return None

    def fullmatch(self, text: str) -> str | None:
        """The terminal that matches all of ``text``, as Lark's scanner answers it."""
        for pattern, name in self._patterns:
            if pattern.fullmatch(text):
                return name
        return None


class SharedBasicLexer(BasicLexer):
    """Lark's basic lexer of one state, scanning with a :class:`SharedScanner`."""

    def _build_scanner(self) -> Any:
        if self.use_bytes or self.re is not re:
            return super()._build_scanner()
        terminals, self.callback = create_unless(
            self.terminals, self.g_regex_flags, self.re, self.use_bytes
        )
        for type_, function in self.user_callbacks.items():
            if type_ in self.callback:
                self.callback[type_] = call_chain(
                    self.callback[type_], function, lambda t, type_=type_: t.type == type_
                )
            else:
                self.callback[type_] = function
        return SharedScanner(terminals, self.g_regex_flags)


class SharedContextualLexer(ContextualLexer):
    """Lark's contextual lexer whose states scan with :class:`SharedScanner`."""

    BasicLexer = SharedBasicLexer

