"""Cheap proofs that a pass of the layout has nothing to do in a cell.

Most passes of :mod:`ikicalc.lang.layout` look for something most cells do not hold (a bar
of dashes, ``numerator``, ``atau``, a remark in brackets) with a regular expression that
tries every position of the text, often ignoring case (which keeps Python's engine from
skipping ahead to a first letter). A guard here answers first, in a fraction of the time,
whether the text *can* hold it: a character or a word every match must contain. It is a
proof, never a heuristic: when a guard says no, the pass's expression finds nothing, so the
pass changes nothing (``tests/test_guards.py`` reads the dev and seed corpora with every
guard answering yes and compares every reading, and checks each guard against its
expressions).

A word is looked for in :func:`folded` text: the text in lower case as an expression with
``(?i)`` compares it, so that a guard holds for every spelling the expression matches.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as _sre
from re import _parser as _sre_parse
from typing import Any

from ikicalc.patterns import lazy

__all__ = [
    "bar",
    "beyond_ascii",
    "ends_with",
    "finds",
    "folded",
    "has",
    "holds",
    "may_find",
    "needed",
]

# Python's engine, ignoring case, also matches "i" with "ı" and "İ" (whose lower case is "i"
# and a combining dot) and "s" with "ſ"; str.lower() keeps "ı" and "ſ" (the Kelvin sign
# lowers to "k" itself). These are the only characters beyond ASCII an ASCII letter matches.
_FOLDS = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def folded(text: str) -> str:
    """``text`` in lower case as ``(?i)`` compares ASCII letters: a word of ASCII letters an
    expression ignoring case finds in ``text`` is a substring of ``folded(text)``."""
    lower = text.lower()
    return lower if lower.isascii() else lower.translate(_FOLDS)


def holds(text: str, *words: str) -> bool:
    """Whether ``text`` may hold one of ``words`` (ASCII, lower case), whatever its case."""
    lower = folded(text)
    for word in words:  # noqa: SIM110 - a loop, not any(): no generator started per call
        if word in lower:
            return True
    return False


def has(text: str, *pieces: str) -> bool:
    """Whether ``text`` holds one of ``pieces`` as written (for expressions minding case)."""
    for piece in pieces:  # noqa: SIM110 - as in holds()
        if piece in text:
            return True
    return False


def finds(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` (a cheap expression every match of a costly one must contain,
    opening with a class of characters the engine scans for at C speed) occurs in ``text``."""
    return pattern.search(text) is not None


def beyond_ascii(text: str) -> bool:
    """Whether ``text`` holds a character beyond ASCII (a mathematical letter, a
    superscript …)."""
    return not text.isascii()


def ends_with(text: str, *ends: str) -> bool:
    """Whether ``text`` ends with one of ``ends`` once white space is stripped from its end
    (what an expression anchored at the end, ``…[ \\t]*$``, needs)."""
    return text.rstrip().endswith(ends)


# Every match of layout_cues.BAR opens with two characters of these: four rules
# ("----", "═══…"), a spaced rule ("_ _ _ _ _"), six dots, two ellipses. The expression
# starts with a class of characters, so the engine scans for it at C speed.
_RULE = "-_–─—━═―‒‾¯="
_BAR_OPENING = lazy(
    rf"[{_RULE}.…](?:(?<=[{_RULE}])[{_RULE}]|(?<=[_–‾¯])[ \t][_–‾¯]|(?<=\.)\.|(?<=…)…)"
)


def bar(text: str) -> bool:
    """Whether ``text`` may hold a fraction's bar (:data:`ikicalc.lang.layout_cues.BAR`)."""
    return _BAR_OPENING.search(text) is not None


def may_find(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` may find something in ``text``: ``text`` holds one of the words
    every match of it holds (:func:`needed`), or none are known. Read from the expression
    itself, so a word added to it later keeps the guard a proof."""
    words = needed(pattern)
    return words is None or holds(text, *words)


def needed(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words (:func:`folded`) one of which the text holds wherever ``pattern`` matches (in
    the match or in its lookarounds), read from the expression's parse; ``None`` when its
    matches need no word (a class of characters, an optional part …)."""
    return _needed(pattern.pattern, pattern.flags)


@cache
def _needed(source: str, flags: int) -> tuple[str, ...] | None:
    parsed = _sre_parse.parse(source, flags)
    found = _words(list(parsed), parsed.state.flags)
    return None if found is None else tuple(sorted(found))


def _words(items: list[tuple[Any, Any]], flags: int) -> frozenset[str] | None:
    """Words one of which every match of the sequence ``items`` holds (see :func:`needed`):
    a run of literal characters, or the best such set of a part every match goes through."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            options.append(frozenset({folded("".join(run))}))
            run.clear()

    for op, value in items:
        if op is _sre.LITERAL and (not flags & re.IGNORECASE or chr(value).isascii()):
            run.append(chr(value))  # ignoring case, a letter beyond ASCII may match others
            continue
        end_run()
        found: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            _, added, removed, sub = value
            found = _words(list(sub), (flags | added) & ~removed)
        elif op is _sre.ATOMIC_GROUP:
            found = _words(list(value), flags)
        elif op is _sre.BRANCH:
            alternatives = [_words(list(sub), flags) for sub in value[1]]
            if all(words is not None for words in alternatives):
                found = frozenset().union(*(w for w in alternatives if w is not None))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            found = _words(list(value[2]), flags)
        elif op is _sre.ASSERT:  # what a lookaround asserts stands in the text too
            found = _words(list(value[1]), flags)
        if found:
            options.append(found)
    end_run()
    if not options:
        return None
    return max(options, key=lambda words: min(len(word) for word in words))
