"""A stacked fraction of written names whose line breaks were lost with its legend, the
legend restating each name and then saying what it counts (Jawa Timur Dishub IKU: ``waktu
tempuh rill AKDP 𝑓(𝑥) = 𝑥 100% waktu tempuh sesuai KPS waktu tempuh rill AKDP waktu tempuh
rata – rata angkutan … waktu tempuh sesuai KPS waktu tempuh angkutan …``).

A careful reader sees the numerator before the middle line (a label such as ``f(x)`` aside),
then, after it, the denominator up to where the numerator is written again (or up to the
legend's introducer, ``Dengan :``): the legend. In it each term is written again and its
description follows, up to the next term. The terms are named by their descriptions; the
legend is set aside, and the stack itself is left to :mod:`ikicalc.lang.joined_stack`. A
guess like every reading of a joined cell; only where both terms are written again, in order.
"""

from __future__ import annotations

import re

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.terms import SUM_MARK
from ikicalc.names import clean_name
from ikicalc.patterns import lazy

__all__ = ["restated_terms"]

# the middle line: "[f(x)] = x 100%" or "x 100% ="
_MIDDLE = lazy(
    r"(?P<label>[ \t]+[^\W\d_]\([^\W\d_]\))?[ \t]*=[ \t]*[xX×*][ \t]*1(?:0{2,}|\.000)[ \t]*%?"
    r"|[ \t]*[xX×*][ \t]*1(?:0{2,}|\.000)[ \t]*%?[ \t]*="
)
_INTRODUCER = lazy(r"(?i)(?<=\s)(?:dengan|keterangan|ket\.|dimana|di[ \t]+mana)[ \t]*:")
_SIGMA = lazy(r"^(?:\\sum|[Σ∑])[ \t]*")
_OPERATOR = lazy(r"[=:/÷×*+]|\s[xX-]\s")
_MOST_WORDS = 12
_LABEL_WORDS = 4


def _again(term: str) -> re.Pattern[str]:
    """``term`` written again: its words in order, any spacing and case, ``∑`` for ``Σ``."""
    words = [re.escape(w) for w in _SIGMA.sub("", term).split()]
    sign = r"(?:(?:\\sum|[Σ∑])[ \t]*)?" if _SIGMA.match(term) else ""
    return re.compile(r"(?i)(?<!\S)" + sign + r"[ \t]+".join(words) + r"(?!\S)")


def _key(term: str) -> str:
    """The legend's key of a term: a sum by its summand (``Σ penguji tersedia``)."""
    plain = " ".join(term.split())
    return SUM_MARK + _SIGMA.sub("", plain) if _SIGMA.match(plain) else plain


def _named(text: str) -> bool:
    """Words that name a quantity: at least two, no operator, not too many."""
    words = text.split()
    return 1 < len(words) <= _MOST_WORDS and not _OPERATOR.search(text)


def restated_terms(chars: list[str], notes: list[str]) -> dict[str, str]:
    """The terms of a joined stack named by a legend that writes each again (see module): the
    legend blanked, term → description returned; ``{}`` when the cell is no such stack."""
    text = text_of(chars)
    middles = list(_MIDDLE.finditer(text))
    if len(middles) != 1:
        return {}
    middle = middles[0]
    head = text[: middle.start("label") if middle.group("label") else middle.start()].strip()
    tail_at = middle.end()
    tail = text[tail_at:]
    if not _named(head) or _SIGMA.sub("", head).split()[0].lower() not in tail.lower():
        return {}
    words = list(re.finditer(r"\S+", head))
    restated = None
    for count in range(len(words), max(len(words) - _LABEL_WORDS, 2) - 1, -1):
        numerator = head[: words[count - 1].end()]  # "… Persentase =": the label's words aside
        restated = next((m for m in _again(numerator).finditer(tail) if m.start() > 0), None)
        if restated is not None:
            break
    if restated is None:
        return {}
    label_end = middle.end("label") if middle.group("label") else middle.start()
    label = (text.index(head) + len(numerator), label_end)
    head = numerator
    intro = _INTRODUCER.search(tail, 0, restated.start())
    denominator = tail[: intro.start() if intro else restated.start()].strip()
    if not _named(denominator):
        return {}
    again = _again(denominator).search(tail, restated.end())
    if again is None:
        return {}
    first = tail[restated.end() : again.start()].strip(" \t.;,")
    second = tail[again.end() :].strip(" \t.;,")
    if len(first.split()) < 2 or len(second.split()) < 2:
        return {}
    legend = {_key(head): clean_name(first), _key(denominator): clean_name(second)}
    start = tail_at + (intro.start() if intro else restated.start())
    blank(chars, *label)  # "f(x)", "Persentase": the label's words before '='
    blank(chars, start, len(chars))
    notes.append("the terms are named by the legend that writes each again: " + ", ".join(legend))
    return legend
