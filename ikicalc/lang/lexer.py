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

Lark also compiles, in every state a text reaches, each pattern terminal of the state to see
which keywords it matches entirely (its ``_create_unless``: about 11 ms of a ``check``, the
patterns being compiled before the scanner ever tries them). That relation depends on the
grammar's terminals only: :class:`UnlessTable` finds it once per machine and user and keeps it
beside the parse tables, and a state's scanner compiles a terminal only when it first tries
it (issue 18).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from functools import cache
from typing import Any

from lark import __version__ as lark_version
from lark import lexer as lark_lexer
from lark.lexer import BasicLexer, ContextualLexer, PatternRE, PatternStr

from ikicalc.patterns import compiled

__all__ = ["SharedContextualLexer", "SharedScanner", "UnlessTable"]

# Lark's own pieces of a basic lexer's scanner (untyped): which keywords a pattern also matches,
# a callback after another, and the callback that retypes a keyword.
create_unless: Any = lark_lexer._create_unless
call_chain: Any = lark_lexer.CallChain
unless_callback: Any = lark_lexer.UnlessCallback


@cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return compiled(pattern, flags)  # from the code an earlier process stored, if it can


class SharedScanner:
    """The scanner of one lexer state: Lark's :class:`~lark.lexer.Scanner`, with each
    terminal compiled alone and shared by every state (see the module's text).

    A terminal is compiled when the scanner first tries it: a state whose tokens are all
    found by its first terminals never compiles the others. ``_patterns`` holds the terminals
    compiled so far, a prefix of the state's terminals in Lark's order."""

    def __init__(self, terminals: list[Any], flags: int) -> None:
        self.terminals = terminals
        self.allowed_types = {t.name for t in terminals}
        self._flags = flags
        self._sources: list[tuple[str, str]] = [(t.pattern.to_regexp(), t.name) for t in terminals]
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        # the bound ``match`` of each, looked up once (the scanner runs once per token)
        self._matchers: list[tuple[Any, str]] = []

    def _compile_next(self) -> tuple[re.Pattern[str], str] | None:
        """Compile the next terminal in order; ``None`` when every one is compiled."""
        done = len(self._patterns)
        if done == len(self._sources):
            return None
        source, name = self._sources[done]
        compiled = (_compiled(source, self._flags), name)
        self._patterns.append(compiled)
        self._matchers.append((compiled[0].match, name))
        return compiled

    def match(self, text: Any, pos: int) -> tuple[str, str] | None:
        """The text and the terminal of the token at ``pos`` of a Lark ``TextSlice``."""
        source, end = text.text, text.end
        for matches, name in self._matchers:
            found = matches(source, pos, end)
            if found:
                return found.group(0), name
        while (following := self._compile_next()) is not None:
            found = following[0].match(source, pos, end)
            if found:
                return found.group(0), following[1]
        return None

    def fullmatch(self, text: str) -> str | None:
        """The terminal that matches all of ``text``, as Lark's scanner answers it."""
        for pattern, name in self._patterns:
            if pattern.fullmatch(text):
                return name
        while (following := self._compile_next()) is not None:
            if following[0].fullmatch(text):
                return following[1]
        return None


class UnlessTable:
    """Which keywords (string terminals) each pattern terminal of a grammar also matches: what
    Lark's ``_create_unless`` finds by compiling every pattern terminal of a state and matching
    it against every keyword of the state, in each state a text reaches.

    The relation depends on the grammar's terminals only, so it is found once per machine and
    user and kept beside the parse tables (:func:`ikicalc.lang.grammars.cache_dir`), in a file
    named by a hash of the terminals, the flags and Lark's version (a changed grammar never
    meets an old table); it is found in memory when there is no cache folder or its file
    cannot be read. Each state then picks its part of the relation without compiling."""

    def __init__(self, terminals: list[Any], flags: int) -> None:
        self._terminals = terminals
        self._flags = flags
        self._relation: dict[str, frozenset[str]] | None = None

    def relation(self) -> dict[str, frozenset[str]]:
        """The keywords each pattern terminal matches entirely, by terminal name."""
        if self._relation is None:
            self._relation = self._load()
        return self._relation

    def _key(self) -> str:
        described = [
            (t.name, type(t.pattern).__name__, t.pattern.to_regexp(), t.priority)
            for t in self._terminals
        ]
        text = f"{lark_version}\0{self._flags}\0{described!r}"
        return hashlib.sha256(text.encode()).hexdigest()[:24]

    def _load(self) -> dict[str, frozenset[str]]:
        from ikicalc.lang.grammars import cache_dir

        folder = cache_dir()
        path = None if folder is None else folder / f"lexer-{self._key()}.txt"
        if path is not None:
            try:
                stored = self._read(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                stored = None
            if stored is not None:
                return stored
        relation = self._found()
        if path is not None:
            lines = [f"{name} {' '.join(sorted(words))}\n" for name, words in relation.items()]
            _write(path, "".join(["lexer\n", *lines]))
        return relation

    def _read(self, text: str) -> dict[str, frozenset[str]] | None:
        """The stored relation (a line ``lexer``, then a line per pattern terminal: its name
        and the keywords it matches), if it is one of these terminals'; else ``None``."""
        patterns = {t.name for t in self._terminals if isinstance(t.pattern, PatternRE)}
        words = {t.name for t in self._terminals if isinstance(t.pattern, PatternStr)}
        lines = text.splitlines()
        if not lines or lines[0] != "lexer":
            return None
        relation: dict[str, frozenset[str]] = {}
        for line in lines[1:]:
            name, *matched = line.split(" ")
            if name not in patterns or not matched or not set(matched) <= words:
                return None
            relation[name] = frozenset(matched)
        return relation

    def _found(self) -> dict[str, frozenset[str]]:
        """The relation as Lark finds it: the pattern's match at the start of the keyword is
        the whole keyword (Lark's ``_get_match``)."""
        words = [t for t in self._terminals if isinstance(t.pattern, PatternStr)]
        relation: dict[str, frozenset[str]] = {}
        for retok in self._terminals:
            if not isinstance(retok.pattern, PatternRE):
                continue
            pattern = _compiled(retok.pattern.to_regexp(), self._flags)
            matched = set()
            for strtok in words:
                text = strtok.pattern.value
                found = pattern.match(text)
                if found and found.group(0) == text:
                    matched.add(strtok.name)
            if matched:
                relation[retok.name] = frozenset(matched)
        return relation


def _write(path: Any, text: str) -> None:
    """Write ``text`` to ``path`` atomically; a folder that refuses it is no error."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".lexer-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError:
        pass


def _create_unless(
    terminals: list[Any], flags: int, table: UnlessTable
) -> tuple[list[Any], dict[str, Any]]:
    """Lark's ``_create_unless`` from the grammar's :class:`UnlessTable`, without compiling:
    the state's terminals less the keywords a pattern of the same priority embeds, and for
    each such pattern the callback that retypes a token that is one of its keywords."""
    relation = table.relation()
    words = [t for t in terminals if isinstance(t.pattern, PatternStr)]
    embedded = set()
    callback: dict[str, Any] = {}
    for retok in terminals:
        if not isinstance(retok.pattern, PatternRE):
            continue
        matched = relation.get(retok.name, frozenset())
        unless = [s for s in words if s.priority == retok.priority and s.name in matched]
        for strtok in unless:
            if strtok.pattern.flags <= retok.pattern.flags:
                embedded.add(strtok)
        if unless:
            callback[retok.name] = unless_callback(SharedScanner(unless, flags))
    return [t for t in terminals if t not in embedded], callback


class SharedBasicLexer(BasicLexer):
    """Lark's basic lexer of one state, scanning with a :class:`SharedScanner`."""

    unless_table: UnlessTable | None = None  # set by SharedContextualLexer

    def _build_scanner(self) -> Any:
        if self.use_bytes or self.re is not re:
            return super()._build_scanner()
        if self.unless_table is not None:
            terminals, self.callback = _create_unless(
                list(self.terminals), self.g_regex_flags, self.unless_table
            )
        else:
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
    """Lark's contextual lexer whose states scan with :class:`SharedScanner`, every state
    reading which keywords a pattern embeds from one :class:`UnlessTable`."""

    BasicLexer = SharedBasicLexer

    def __init__(self, conf: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(conf, *args, **kwargs)
        table = UnlessTable(list(conf.terminals), conf.g_regex_flags)
        for lexer in (*self.lexers.values(), self.root_lexer):
            if isinstance(lexer, SharedBasicLexer):
                lexer.unless_table = table
