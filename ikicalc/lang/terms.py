"""A legend read by the formula's own terms: ``dimana, CF Provinsi i = … ∑CF Provinsi = …``.

The symbols a legend defines are the formula's terms, written as the formula writes them or
nearly so (spaces, case, ``∑`` for ``Σ``, ``x_{i}`` for ``x_i``): a careful reader finds
each entry of the legend by looking for the formula's terms before its ``=`` (``:``,
``adalah``), however many words they have, and the entry's name runs to the next entry.
A term with ``Σ`` names the whole sum (``∑CF Provinsi = total celah fiskal seluruh
provinsi``). Words of the formula that no entry defines and that end with the label's
``=`` (``CF Kab/Kota i Σ CF Kab/Kota Bobot Kab/Kota i = dimana, …``) are the label, put
after the fraction by the export: set aside. Works on the cell's characters in place (the
text keeps its length, see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.lang.legend_ends import constant_line
from ikicalc.lang.legend_names import sentence_end
from ikicalc.lang.symbols import symbols_in_formula
from ikicalc.names import clean_name, names_data
from ikicalc.patterns import lazy

__all__ = ["SUM_MARK", "legend_by_terms", "legend_first"]

SUM_MARK = "Σ "
"""How a legend's key names a sum (``Σ CF Provinsi``): the parser renames the whole ``Σ``."""

_MARKER = lazy(  # from a run's first blank, not from each (the square of a long run's length)
    r"(?<![ \t])[ \t]*(?:=|:(?=[ \t])|[ \t](?i:adalah|merupakan|yaitu|ialah)[ \t])[ \t]*"
)
_TOKEN = lazy(r"\\sum|[Σ∑]|[^\W_]+|[^\s\w$\\{}]")
_MOST_WORDS = 6
_SAID = lazy(r"(?i)[ \t](?:adalah|merupakan|yaitu|ialah)[ \t]")


def _said(text: str) -> bool:
    """Whether a definition is said in words (``adalah``, ``merupakan`` …): _SAID, where a
    guard cannot rule it out (:mod:`ikicalc.lang.guards`)."""
    return guards.may_find(_SAID, text) and bool(_SAID.search(text))


_SCALE = lazy(r"[xX×*][ \t]*\d")


@cache
def _introducer() -> re.Pattern[str]:
    words = sorted(names_data()["legend"]["introducers"], key=len, reverse=True)
    return re.compile(
        r"(?i)(?<=\s)(?:" + "|".join(words) + r"|dengan(?=[ \t]*(?::|\n)))\b[ \t]*[:,]?"
    )


def _pattern(term: str) -> re.Pattern[str] | None:
    """The term as the formula may write it: the same tokens, any spacing and case."""
    tokens = _TOKEN.findall(term)
    if not tokens or not re.search(r"[^\W\d_]", term) or _SCALE.match(term):
        return None  # "x 100%" is the formula's scale, no term
    pieces = [r"(?:Σ|∑|\\sum)" if t in {"Σ", "∑", "\\sum"} else re.escape(t) for t in tokens]
    return re.compile(
        r"(?i)(?<![^\W_])" + r"[ \t${}_]*".join(pieces) + r"(?![^\W_])(?![ \t]*[_{][^\W_])"
    )


def _term_before(text: str, end: int, start: int, formula: str) -> tuple[int, re.Match[str]] | None:
    """The longest run of words ending at ``end`` (and starting after ``start``) that the
    formula writes: where it starts in ``text`` and where the formula has it."""
    words = [m.start() for m in re.finditer(r"(?:\\sum|[Σ∑]|(?<![^\s(])[^\s(])", text[start:end])]
    for offset in words[-_MOST_WORDS:]:
        begin = start + offset
        term = text[begin:end].strip()
        if not re.match(r"[^\W_]|[Σ∑\\]", term):
            continue  # a list's mark ("- A = …") opens no term
        pattern = _pattern(term)
        found = pattern.search(formula) if pattern else None
        if found:
            return begin, found
    return None


def legend_by_terms(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``Bobot Provinsi i = CF Provinsi i Σ CF Provinsi dimana, CF Provinsi i = … ∑CF
    Provinsi = …``: after the introducer, each ``=`` (``:``, ``adalah``) follows a term of
    the formula; blank the legend, return the formula's spelling of each term → its name."""
    text = text_of(chars)
    if "=" not in text and ":" not in text and not _said(text):
        return {}  # no entry without its '=', ':' or 'adalah'
    if "$" in text or re.search(r"\\(?!sum\b)[A-Za-z]", text):
        return {}  # LaTeX legends ($D_{0}$ = …) are read by :mod:`.legends`
    start = _legend_start(text)
    if start is None:
        return {}
    cut, begin = start
    formula = text[:cut]
    entries: list[tuple[int, int, re.Match[str]]] = []  # term start, name start, in formula
    ends: list[int] = []  # "25 = nilai dasar" under "IKM = NRR Tertimbang x 25": no term's
    for marker in _MARKER.finditer(text[begin:]):  # (from the start of what it is given)
        at = begin + marker.start()
        # a term stands on the line of its '=' (a definition may go on over lines)
        line_start = text.rfind("\n", 0, at) + 1
        floor = max(entries[-1][1] if entries else begin, line_start)
        found = _term_before(text, at, floor, formula)
        line = text[line_start:].split("\n", 1)[0]
        if found is None and entries and constant_line(line, formula):
            ends.append(line_start)
            continue
        if found is None:
            if not entries:
                return {}
            continue  # a colon or '=' inside a name
        entries.append((found[0], begin + marker.end(), found[1]))
    if not entries or text[begin : entries[0][0]].strip(" \t\n,;:-•"):
        return {}
    spelled_in_legend = [_MARKER.sub("", text[start:name]) for start, name, _ in entries]
    if not any(_several_words(term) for term in spelled_in_legend):
        return {}  # symbols of one word: the legend readers of :mod:`.legends` read them
    legend: dict[str, str] = {}
    for (_, name_start, written), after in zip(entries, [*entries[1:], None], strict=True):
        stop = min([at for at in ends if at > name_start], default=len(text))
        name = sentence_end(text[name_start : min(after[0], stop) if after else stop])
        name = re.sub(r"(?i)[ \t,;]+(?:dan|serta)$", "", name.strip(" \t\n.,;"))
        if not re.search(r"[^\W\d_]{2}", name) or operator().search(name):
            return {}
        spelled = " ".join(written.group(0).split())
        sum_term = spelled[:1] in {"Σ", "∑"} or spelled.startswith("\\sum")
        key = SUM_MARK + re.sub(r"^(?:\\sum|[Σ∑])\s*", "", spelled) if sum_term else spelled
        legend[key] = clean_name(name)
    blank(chars, cut, len(chars))
    _label_after(chars, formula, [written for *_, written in entries])
    notes.append("the terms are named by the legend after the formula: " + ", ".join(legend))
    return legend


_BULLET = lazy(r"[ \t]*(?:[-•*▪●◦]|\d{1,2}[.)]|[a-h][.)])?[ \t]*")


def _legend_start(text: str) -> tuple[int, int] | None:
    """Where the formula ends and the legend's entries begin: at the introducer
    (``dimana``, ``Keterangan:``, ``dengan:``), or, with none, at the first line (or part
    after a comma) after the formula's that opens with a term of the formula of several
    words and its ``=``."""
    intro = _introducer().search(text)
    if intro is not None:
        before = text[: intro.start()]
        if not re.search(r"[^\W\d_]", before) or not _operates(before):
            return None
        return intro.start(), intro.end()
    computes = -1  # where the text first has words and computes (found at the first part)
    for part in re.finditer(r"(?:(?<=\n)|(?<=[,;][ \t]))[^\n,;]+", text):
        if computes < 0:
            words = re.search(r"[^\W\d_]{2}", text)
            computes = max(words.end(), _operates_at(text)) if words else len(text) + 1
        if part.start() < computes:
            continue
        formula = text[: part.start()]
        marker = _MARKER.search(part.group(0))
        if marker is None:
            continue
        end = part.start() + marker.start()
        found = _term_before(text, end, part.start(), formula)
        bullet = _BULLET.match(part.group(0))
        opens = part.start() + (bullet.end() if bullet else 0)
        if found and found[0] == opens and _several_words(text[found[0] : end]):
            comma = re.search(r"[,;][ \t]*$", formula)
            start = comma.start() if comma else part.start()
            if comma is None:  # "Ipar : …" / "IDM : …" / "I dist-pend : …": one legend
                start = _entries_above(text, start)
            return start, start if comma is None else part.start()
    return None


def _entries_above(text: str, start: int) -> int:
    """Where the legend starts when the entry found at ``start`` (a term of several words)
    follows entries of one word on the lines above it (``Ipar : …`` over ``I dist-pend :
    …``): the first of those lines that still leaves a formula above it."""
    while start > 0:
        line_start = text.rfind("\n", 0, start - 1) + 1
        line = text[line_start : start - 1]
        marker = _MARKER.search(line)
        formula = text[:line_start]
        if marker is None or not re.search(r"[^\W\d_]{2}", formula) or not _operates(formula):
            return start
        found = _term_before(text, line_start + marker.start(), line_start, formula)
        bullet = _BULLET.match(line)
        if found is None or found[0] != line_start + (bullet.end() if bullet else 0):
            return start
        start = line_start
    return start


def _operates_at(text: str) -> int:
    """Where the first operator (a bar, a sign) of ``text`` ends; past its end if none."""
    found = [m.end() for m in (operator().search(text), re.search(r"[+\-−–]", text)) if m]
    return min(found) if found else len(text) + 1


def _operates(formula: str) -> bool:
    """Whether the text before a legend computes (an operator, a bar, a sign)."""
    return operator().search(formula) is not None or re.search(r"[+\-−–]", formula) is not None


def _several_words(term: str) -> bool:
    """A term of several words or with Σ (``CF Provinsi i``, ``∑CF``, ``A 1``); the legend
    readers of :mod:`.legends` read symbols of one word."""
    return re.search(r"\s|[Σ∑]|\\sum", term.strip()) is not None


def _label_after(chars: list[str], formula: str, terms: list[re.Match[str]]) -> None:
    """``CF Kab/Kota i Σ CF Kab/Kota Bobot Kab/Kota i =``: words after the last term that
    end with a bare ``=`` are the label the export put after the fraction."""
    end = len(formula.rstrip())
    if not formula[:end].endswith("="):
        return
    last = max(found.end() for found in terms)
    words = formula[last : end - 1]
    if re.search(r"[^\W\d_]{2}", words) and not operator().search(words) and "=" not in words:
        blank(chars, last, end)
    elif not words.strip():
        blank(chars, end - 1, end)


_ENTRY_START = lazy(
    r"(?:^|(?<=[.;])|(?<=\n))[ \t]*(?P<symbol>[A-Za-z][A-Za-z0-9_]{0,11})[ \t]*=[ \t]*(?=\S)"
)


def legend_first(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``NPkMM = Jumlah judul PkM … terakhir. NPkMD = Jumlah judul PkM … terakhir. PPkMDM =
    (NPkMM / NPkMD) x 100%``: definitions first, each a sentence, then the formula, the last
    sentence, over the symbols defined (no word leads to it: ``maka``, ``Rumus:``). Blank
    the definitions, return symbol → name."""
    text = text_of(chars)
    starts = list(_ENTRY_START.finditer(text)) if "=" in text else []
    if len(starts) < 3 or starts[0].start() > len(text) - len(text.lstrip()):
        return {}
    last = starts[-1]
    formula = text[last.end() :]
    if not _operates(formula) or re.search(r"(?i)[;]|\b(?:maka|sehingga|jadi|rumus)\b", formula):
        return {}  # "…; maka A/B": the legend readers of :mod:`.legends` read a lead word
    legend: dict[str, str] = {}
    for this, after in pairwise(starts):
        name = text[this.end() : after.start()].strip(" \t\n.;,")
        if _operates(name) or not re.search(r"[^\W\d_]{2}", name):
            return {}
        legend[this.group("symbol")] = clean_name(name)
    used = [s for s in legend if re.search(rf"(?<![^\W_]){re.escape(s)}(?![^\W_])", formula)]
    if not used:
        return {}
    blank(chars, 0, last.start())
    symbols_in_formula(chars, legend)
    notes.append("the symbols are named by the definitions before the formula: " + ", ".join(used))
    return legend
