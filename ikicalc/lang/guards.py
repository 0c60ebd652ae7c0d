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

from ikicalc.patterns import lazy

__all__ = ["bar", "beyond_ascii", "ends_with", "finds", "folded", "has", "holds", "stems"]

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


_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=][^()]*\))+")
_LEADING_LETTERS = re.compile(r"[a-z]+")


def stems(alternatives: list[str]) -> tuple[str, ...] | None:
    """The words (ASCII, lower case) one of which opens every match of the alternation of
    ``alternatives`` (expressions of a word list of ``data/names.toml``, such as
    ``dihitung\\s+dengan``, ``(?<!yang )(?:dihitung|dilakukan)\\s+berdasarkan``): the
    letters that open each, past its lookbehinds and into a first group of alternatives;
    ``None`` when an alternative opens otherwise (no guard is then possible)."""
    found: list[str] = []
    for alternative in alternatives:
        body = _LOOKBEHINDS.sub("", alternative)
        if body.startswith("(?:"):
            depth, end = 0, -1
            for index, char in enumerate(body):
                depth += (char == "(") - (char == ")")
                if depth == 0:
                    end = index
                    break
            inner = body[3:end]
            if end < 0 or any(mark in inner for mark in "()[\\"):
                return None
            pieces = inner.split("|")
        else:
            pieces = [body]
        for piece in pieces:
            letters = _LEADING_LETTERS.match(piece)
            if letters is None:
                return None
            found.append(letters.group(0))
    return tuple(found)


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
