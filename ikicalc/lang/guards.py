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
from collections.abc import Callable
from functools import cache, partial
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
    "openings",
    "opens_word",
    "starts",
]

# Python's engine, ignoring case, also matches "i" with "ı" and "İ" (whose lower case is "i"
# and a combining dot) and "s" with "ſ"; str.lower() keeps "ı" and "ſ" (the Kelvin sign
# lowers to "k" itself). These are the only characters beyond ASCII an ASCII letter matches.
_FOLDS = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


_LAST: tuple[str, str] = ("", "")
"""The text folded last and its folding: the passes of one cell ask the guards about the
same text a dozen times between two changes (read and replaced whole: safe across threads)."""


def folded(text: str) -> str:
    """``text`` in lower case as ``(?i)`` compares ASCII letters: a word of ASCII letters an
    expression ignoring case finds in ``text`` is a substring of ``folded(text)``."""
    global _LAST  # a one-entry memo of a pure function
    last = _LAST
    if text == last[0]:
        return last[1]
    lower = text.lower()
    lower = lower if lower.isascii() else lower.translate(_FOLDS)
    _LAST = (text, lower)
    return lower


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
    known = _KNOWN.get(id(pattern))
    if known is None or known[0] is not pattern:  # read once per expression
        known = _KNOWN[id(pattern)] = (pattern, _opening_test(openings(pattern)), needed(pattern))
    _, opens, words = known
    if opens is not None and not opens(text):
        return False
    return words is None or holds(text, *words)


_FEW = 24
"""Up to so many openings, each is looked for in the text (a scan in C each); beyond, all at
once by one alternation (gathering the text's openings, :func:`starts`, costs some
microseconds a text)."""


def _opening_test(opens: frozenset[str] | None) -> Callable[[str], bool] | None:
    """Whether a word of a text opens with one of ``opens``: :func:`opens_word`, or for many
    openings one expression that finds any of them at a word's start in the folded text."""
    if opens is None:
        return None
    if len(opens) <= _FEW:
        return partial(opens_word, opens=opens)
    alternation = "|".join(sorted(map(re.escape, opens), key=len, reverse=True))
    search = re.compile(rf"(?<![^\W_])(?:{alternation})").search
    return lambda text: any(search(each) is not None for each in _start_variants(text))


def opens_word(text: str, opens: frozenset[str]) -> bool:
    """Whether a word of ``text`` opens with one of ``opens`` (as :func:`starts` reads the
    openings of ``text``: ``not opens.isdisjoint(starts(text))``), without gathering them."""
    for each in _start_variants(text):
        for opening in opens:
            at = each.find(opening)
            while at >= 0:  # a word opens there: no letter or digit before it
                if at == 0 or not each[at - 1].isalnum():
                    return True
                at = each.find(opening, at + 1)
    return False


def _start_variants(text: str) -> tuple[str, ...]:
    """``text`` folded as :func:`starts` reads its words (the dot ``İ`` leaves both ways)."""
    if text.isascii():
        return (folded(text),)
    lower = text.lower().translate(_STARTS_FOLDS)
    if _DOT_ABOVE in lower:
        return (lower.replace(_DOT_ABOVE, ""), lower.replace(_DOT_ABOVE, " "))
    return (lower,)


_KNOWN: dict[
    int, tuple[re.Pattern[str], Callable[[str], bool] | None, tuple[str, ...] | None]
] = {}
"""Each expression's test of openings and needed words, by its identity (hashing a pattern
hashes its compiled code, each time); the pattern is kept, so that its identity is never
another's."""


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



# Folding for word starts: as _FOLDS; the dot İ leaves behind ("İbu": "i̇bu") is read both
# ways, deleted (the "i" opens "ibu") and as a space (after "x̌…" a letter opens a word).
_STARTS_FOLDS = str.maketrans({"ı": "i", "ſ": "s"})
_DOT_ABOVE = "\u0307"
_RUN = re.compile(r"(?<![^\W_])[^\W_]{1,4}")
def starts(text: str) -> frozenset[str]:
    """The openings of ``text``'s words: the first one to four letters or digits (in lower
    case, as :func:`folded` compares them) of every run of letters and digits. The reference
    :func:`may_find`'s tests of openings answer as (the tests compare them), never gathered
    on the reader's path."""
    found: set[str] = set()
    for each in _start_variants(text):
        for run in _RUN.findall(each):
            found.update((run[:1], run[:2], run[:3], run))
    return frozenset(found)


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """How every match of ``pattern`` opens a word: the first one to four letters or digits
    (ASCII, in lower case) of the run of letters and digits each match starts with, where the
    expression holds its matches to a word's start (``\\b``, ``(?<![^\\W_])``, ``(?<!\\w)``,
    the text's start, white space before) and names the letters; ``None`` otherwise. A text
    none of whose words opens so (:func:`starts`) holds no match."""
    return _openings(pattern.pattern, pattern.flags)


@cache
def _openings(source: str, flags: int) -> frozenset[str] | None:
    parsed = _sre_parse.parse(source, flags)
    return _Openings().of((((list(parsed), 0),)), False, "")


_Frames = tuple[tuple[list[tuple[Any, Any]], int], ...]
_BOUNDARIES = (_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING)
_NOT_WORD_BEHIND = (  # (?<![^\W_]) and (?<!\w)
    [(_sre.IN, [(_sre.NEGATE, None), (_sre.CATEGORY, _sre.CATEGORY_NOT_WORD), (_sre.LITERAL, 95)])],
    [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])],
)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_STOP: list[tuple[Any, Any]] = []  # a frame after which nothing is known (a repeat's first turn)


def _letter(code: int) -> str | None:
    char = chr(code)
    return char.lower() if char.isascii() and char.isalnum() else None


def _apart(op: Any, value: Any) -> bool:
    """Whether the item consumes only characters that are no letter or digit."""
    if op is _sre.LITERAL:
        return not chr(value).isalnum() and chr(value) != "_"
    if op is _sre.IN:
        return all(
            (kind is _sre.CATEGORY and code in (_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD))
            or (kind is _sre.LITERAL and not chr(code).isalnum() and chr(code) != "_")
            for kind, code in value
        )
    return False


class _Openings:
    """The walk of :func:`openings` over the parse: the first word every match opens (parts
    before it that open no word known are passed over), with a budget (optional parts and
    alternatives multiply the ways)."""

    def __init__(self) -> None:
        self.budget = 2000

    def of(self, frames: _Frames, bounded: bool, prefix: str) -> frozenset[str] | None:
        """The openings of the sequences in ``frames`` (innermost first) after ``prefix``,
        ``bounded`` when what was consumed last is no letter or digit."""
        self.budget -= 1
        if self.budget < 0:
            return None
        known = frozenset({prefix}) if prefix else None
        while len(prefix) < 4:
            if not frames:
                return known
            items, index = frames[0]
            if items is _STOP:
                return known
            if index >= len(items):
                frames = frames[1:]
                continue
            op, value = items[index]
            rest = ((items, index + 1), *frames[1:])
            if not prefix and self._bounds(op, value):
                bounded, frames = True, rest
                continue
            if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
                frames = rest  # zero width: it consumes nothing
                continue
            if not prefix and _apart(op, value):
                frames, bounded = rest, True  # "\s", "(": what follows it opens a word
                continue
            if not prefix and op in _REPEATS and all(_apart(*item) for item in value[2]):
                bounded = bounded or value[0] >= 1  # "\s*" keeps a start a start
                frames = rest
                continue
            if op is _sre.SUBPATTERN:
                frames = ((list(value[3]), 0), *rest)
                continue
            if op is _sre.BRANCH:
                ways = [((list(sub), 0), *rest) for sub in value[1]]
                return self._union([(way, bounded, prefix) for way in ways])
            if op in _REPEATS:
                # after any turn, a start stands where it stands after the first
                turn = ((list(value[2]), 0), *(((_STOP, 0),) if prefix else rest))
                ways = [turn, rest] if value[0] == 0 else [turn]
                return self._union([(way, bounded, prefix) for way in ways])
            letters: list[str | None] = [None]
            if op is _sre.LITERAL:
                letters = [_letter(value)]
            elif op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in value):
                letters = [_letter(code) for _, code in value]
            if prefix and None in letters:
                return known
            if not bounded or None in letters:
                frames, bounded = rest, False  # it opens no word known: the next one
                continue
            if len(letters) > 1:
                return self._union([(rest, bounded, prefix + str(letter)) for letter in letters])
            prefix, frames = prefix + str(letters[0]), rest
            known = frozenset({prefix})
        return known

    @staticmethod
    def _bounds(op: Any, value: Any) -> bool:
        if op is _sre.AT:
            return value in _BOUNDARIES
        if op is _sre.ASSERT and value[0] == -1 and value[1]:  # "(?<=yaitu )"
            return _apart(*list(value[1])[-1])
        return op is _sre.ASSERT_NOT and value[0] == -1 and list(value[1]) in _NOT_WORD_BEHIND

    def _union(self, ways: list[tuple[_Frames, bool, str]]) -> frozenset[str] | None:
        found: set[str] = set()
        for frames, bounded, prefix in ways:
            more = self.of(frames, bounded, prefix)
            if more is None:
                return None
            found |= more
        return frozenset(found)

