"""Legends: the lines or sentences that give a formula's symbols their names.

``(x/y)*100%`` with lines ``x = …``, ``y = …`` under it (or above it), after a header
(``Keterangan:``, ``Dimana:``, ``dengan:``), bulleted (``• IS Indeks Sosial``), lettered
(``a. …``, ``(A) …``); ``TPT=PP/PAK×100% Keterangan: PP: … PAK: …`` on one line; and lines
``Jumlah kelurahan tertib (JKT)`` above ``JKT/JSK X 100%``. Each function blanks what it
reads in the cell's characters (the text keeps its length, see :mod:`ikicalc.lang.layout`)
and returns symbol → name. A symbol that looks like an operator (``x``, ``X1``, ``x_{i}``)
becomes a stand-in letter (``ⅹ``) the grammar reads as a name.
"""

from __future__ import annotations

import re

from ikicalc.lang.layout_cues import blank as _blank
from ikicalc.lang.layout_cues import operator as _operator
from ikicalc.names import clean_name

__all__ = ["HEADER_TAIL", "OPERATOR_SYMBOLS", "legend_below", "legend_inline"]

_FINAL_PERIOD = re.compile(r"(?<!\.)\.[ \t]*$")

_OPERATOR_SYMBOLS = {"x": "ⅹ", "X": "Ⅹ"}


_LETTERS = {stand_in: letter for letter, stand_in in _OPERATOR_SYMBOLS.items()}


def _SUBSCRIPT_SPELLINGS(symbol: str) -> tuple[str, ...]:  # noqa: N802 - reads as a table
    """A symbol and its other subscript spelling: ``x_1`` and ``x_{1}``."""
    braced = re.fullmatch(r"(.+)_\{(.+)\}", symbol)
    if braced:
        return (symbol, f"{braced.group(1)}_{braced.group(2)}")
    plain = re.fullmatch(r"(.+)_(.+)", symbol)
    return (symbol, f"{plain.group(1)}_{{{plain.group(2)}}}") if plain else (symbol,)


_DEFINITION = re.compile(
    r"(?:(?<=\s)|^)(?P<header>(?i:keterangan|ket\.?|dimana|di mana|where)[ \t]*:?[ \t]*"
    r"|(?i:dengan)(?:[ \t]*:[ \t]*|[ \t]+(?=[A-Za-z][A-Za-z0-9]{0,7}[ \t]*=)))?"
    r"(?P<symbol>(?:[A-Z][A-Z0-9]{0,9}|[a-z][A-Za-z0-9]?)(?:-?\([a-z](?:[-+−]\d)?\)|-[a-z](?![^\W_]))?)"
    r"(?:[ \t]*[=:][ \t]*|[ \t]+(?i:adalah|merupakan|yaitu|ialah)[ \t]+)(?=\S)(?!\d{1,2}\.\s)"
)


_HEADER_TAIL = re.compile(
    r"(?i),?[ \t]*\b(?:dengan|dimana|di mana|keterangan|ket\.?|where)[ \t]*:?[ \t]*\s*$"
)


_AND_AT_END = re.compile(r"(?i)[ \t,;]+(?:dan|serta)$")


# a unit after a definition: "(orang)", "(Ha)", "(Ton/Ha)", "(%)"; not "(t-1)", not "(Ekologi)"
_UNIT_IN_BRACKETS = re.compile(
    r"\s*\((?![a-z](?:[-+−]\d)?\))(?:[a-z%][^()]{0,11}|[A-Z][a-z]{0,2}(?:/[A-Za-z]{1,3})?\d?"
    r"|Rp\.?)\)\s*$"
)


_LETTERED = re.compile(r"(?m)^[ \t]*[A-Za-z][.)][ \t]")
_SAID = re.compile(r"(?i)\s(?:adalah|merupakan|yaitu|ialah)\s")
_FOOTNOTE_LINE = re.compile(
    r"^[ \t]*(?:\*+\)|(?i:catatan|sumber(?:[ \t]+data)?|note)[ \t]*:)", re.MULTILINE
)
_LEGEND_LINE = re.compile(
    r"^[ \t]*(?:(?i:keterangan|ket\.?|dimana|di mana|dengan|where)[ \t]*:?[ \t]+)?"
    r"(?:(?:[-•*▪●◦]|\d{1,2}[.)])[ \t]*)?"
    r"\$?(?:(?:\\sum|[Σ∑])[ \t]*)?(?P<symbol>[^\W\d_][^\W_]{0,11}(?:_\{?[^\W_]+\}?)?)\$?"
    r"(?:[ \t]*[=:][ \t]*|[ \t]+(?i:adalah|merupakan|yaitu|ialah)[ \t]+)"
    r"(?P<name>[^\n]*)$",
    re.MULTILINE,
)


# "• IS Indeks Sosial": a bulleted line, a symbol in capitals, its name (no '=')
_BULLET_LEGEND_LINE = re.compile(
    r"^[ \t]*[-•*▪●◦][ \t]*(?P<symbol>[A-Z][A-Z0-9]{0,7})[ \t]+(?P<name>[^\W\d_][^\n]*)$"
)


# "a. Jumlah desa mandiri": a lettered line names the symbol 'a' when the formula uses it
_LETTERED_LEGEND_LINE = re.compile(
    r"^[ \t]*(?:(?P<symbol>[a-zA-Z])[.)]|\((?P<bracketed>[A-Za-z][A-Za-z0-9]{0,5})\))[ \t]+"
    r"(?P<name>[^\W\d_][^\n]*)$"
)


# "Jumlah desa mandiri = A": the name first, then its symbol
_REVERSED_LEGEND_LINE = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_][^=:\n]*?[^\W_])[ \t]*[=:][ \t]*"
    r"(?P<symbol>[A-Z][A-Z0-9]{0,5})[ \t]*[.,;]?[ \t]*$"
)
_ALIAS_LINE = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_][^\n()=:/]*?)[ \t]*\((?P<symbol>[A-Z][A-Z0-9]{1,9})\)"
    r"[ \t]*[.,;]?[ \t]*$"
)


_LEGEND_HEADER = re.compile(
    r"^[ \t]*(?:keterangan|ket\.?|dimana|di mana|dengan|where)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _plain(text: str) -> bool:
    """Whether ``text`` holds no arithmetic: a name, not a formula."""
    return not (_operator().search(text) or re.search(r"\s[-+−×÷/*]\s|\\frac", text))


def _symbol(found: re.Match[str]) -> str:
    """The symbol a legend line defines (``x = …``, ``a. …``, ``(A) …``)."""
    return found.group("symbol") or found.groupdict().get("bracketed") or ""


_Entry = tuple[str, int, int, list[str]]


def _split_entry(entry: _Entry) -> list[_Entry]:
    """``A adalah Jumlah …, B adalah Jumlah …`` on one line: one entry per definition."""
    symbol, start, end, pieces = entry
    joined = " ".join(pieces)
    inner = [m for m in _DEFINITION.finditer(joined) if m.start() > 0]
    if not symbol or not inner:
        return [entry]
    parts: list[_Entry] = [(symbol, start, end, [joined[: inner[0].start()]])]
    for this, after in zip(inner, [*inner[1:], None], strict=True):
        text = joined[this.end() : after.start() if after else len(joined)]
        parts.append((this.group("symbol"), start, end, [text]))
    return parts


def legend_below(text: str, chars: list[str], notes: list[str]) -> dict[str, str]:
    """``x = Jumlah …`` lines after the formula: blank them, return symbol → name."""
    if "\n" not in text or not (
        "=" in text or ":" in text or "(" in text or _SAID.search(text) or _LETTERED.search(text)
    ):
        return {}
    lines = list(re.finditer(r"[^\n]*", text))
    entries: list[tuple[str, int, int, list[str]]] = []  # symbol, start, end, name pieces
    formula_text: list[str] = []
    aliases: list[tuple[str, int, int, str]] = []
    above: list[tuple[str, int, int, list[str]]] = []
    for line in lines:
        if not line.group(0).strip() and line.start() == line.end():
            continue
        found = (
            _LEGEND_LINE.match(line.group(0))
            or _BULLET_LEGEND_LINE.match(line.group(0))
            or _LETTERED_LEGEND_LINE.match(line.group(0))
            or _REVERSED_LEGEND_LINE.match(line.group(0))
        )
        if entries and _FOOTNOTE_LINE.match(line.group(0)):  # "*) data tahun berjalan"
            entries.append(("", line.start(), line.end(), []))
            continue
        alias = _ALIAS_LINE.match(line.group(0))
        if alias and not entries:  # "Jumlah kelurahan tertib (JKT)" above "JKT/JSK X 100%"
            aliases.append((alias.group("symbol"), line.start(), line.end(), alias.group("name")))
        elif found and formula_text:
            entries.append((_symbol(found), line.start(), line.end(), [found.group("name")]))
        elif _LEGEND_HEADER.match(line.group(0)) and formula_text:
            entries.append(("", line.start(), line.end(), []))
        elif not formula_text and (
            (found and _plain(found.group("name"))) or _LEGEND_HEADER.match(line.group(0))
        ):  # the legend above the formula: "a = Jumlah …" / "b = …" / "Rumus: a/b x 100%"
            symbol, first = (_symbol(found), [found.group("name")]) if found else ("", [])
            above.append((symbol, line.start(), line.end(), first))
        elif entries:  # a definition that goes on over the next line
            symbol, start, _, pieces = entries[-1]
            entries[-1] = (symbol, start, line.end(), [*pieces, line.group(0)])
        else:
            formula_text.append(line.group(0))
    if above and not entries and any(symbol for symbol, *_ in above):
        entries = above
    entries = [part for entry in entries for part in _split_entry(entry)]
    formula = "\n".join(formula_text)
    legend: dict[str, str] = {}
    for symbol, start, end, name in aliases:
        if re.search(rf"(?<![^\W_]){re.escape(symbol)}(?![^\W_])", formula):
            legend[symbol] = clean_name(name)
            _blank(chars, start, end)
    used = [
        (symbol, start, end, pieces)
        for symbol, start, end, pieces in entries
        if not symbol
        or any(
            re.search(rf"(?<![^\W_]){re.escape(spelled)}(?![^\W_])", formula)
            for spelled in _SUBSCRIPT_SPELLINGS(symbol)
        )
    ]
    if not legend and not any(symbol for symbol, *_ in used):
        return {}
    for symbol, start, end, pieces in used:
        _blank(chars, start, end)
        if symbol:
            name = _FINAL_PERIOD.sub("", clean_name(" ".join(pieces))).rstrip(" ,;")
            name = _AND_AT_END.sub("", _UNIT_IN_BRACKETS.sub("", name))
            for written in _SUBSCRIPT_SPELLINGS(symbol):  # x_1 and x_{1}
                legend[_OPERATOR_SYMBOLS.get(written[0], written[0]) + written[1:]] = name
    letters = [s for s in legend if s[0] in _LETTERS]  # x, X1, x_{i}: letters, no operators
    if letters:
        spelled = "|".join(re.escape(_LETTERS[s[0]] + s[1:]) for s in letters)
        for match in re.finditer(rf"(?<![^\W_])(?:{spelled})(?![^\W_])", "".join(chars)):
            chars[match.start()] = _OPERATOR_SYMBOLS[match.group(0)[0]]
    notes.append("the symbols are named by the legend: " + ", ".join(legend))
    return legend


def _words_after(text: str, definition: re.Match[str]) -> bool:
    """Whether a definition goes on with two words (a name), not a value."""
    return re.match(r"[ \t]*[^\W\d_]{3,}[ \t]+[^\W\d_]{3,}", text[definition.end() :]) is not None


def legend_inline(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``TPT=PP/PAK×100% Keterangan: PP: Jumlah … PAK: Jumlah …`` on one line: the
    definitions after the formula name its symbols; blank them, return symbol → name."""
    text = "".join(chars)
    if "=" not in text and ":" not in text:
        return {}
    found = [m for m in _DEFINITION.finditer(text) if m.start() > 0 or m.end() < len(text)]
    definitions = [m for m in found if m.start() > 0 and text[: m.start()].strip()]
    if definitions and not definitions[0].group("header"):
        # one letter needs "dimana" or a name of words ("A = 2720" in a form is data)
        definitions = [
            m for m in definitions if len(m.group("symbol")) > 1 or _words_after(text, m)
        ]
    if not definitions:
        return {}
    formula = text[: definitions[0].start()]
    if not (_operator().search(formula) or re.search(r"[^\W_][ \t]*[-+−][ \t]*[^\W_]", formula)):
        return {}
    legend: dict[str, str] = {}
    for this, after in zip(definitions, [*definitions[1:], None], strict=True):
        end = after.start() if after else len(text)
        name = _UNIT_IN_BRACKETS.sub("", text[this.end() : end]).strip(" .,;")
        name = _AND_AT_END.sub("", name)  # "B = Konsumsi Luar Rumah Tangga, dan C = …"
        if re.search(r"[^\W\d_]", name):
            legend[this.group("symbol")] = clean_name(name)
    comma = re.search(r"[,;][ \t]*$", formula)  # "A/B x 100%, A = …, B = …"
    if comma:
        definitions[0] = comma  # blanked with the definitions
    used = [s for s in legend if re.search(rf"(?<![^\W_]){re.escape(s)}(?![^\W_])", formula)]
    if not used:
        return {}
    _blank(chars, definitions[0].start(), len(chars))
    notes.append("the symbols are named by the definitions after the formula: " + ", ".join(used))
    return legend


HEADER_TAIL = _HEADER_TAIL
OPERATOR_SYMBOLS = _OPERATOR_SYMBOLS
