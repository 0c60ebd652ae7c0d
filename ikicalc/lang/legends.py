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
from functools import cache
from itertools import pairwise

from ikicalc.lang import guards
from ikicalc.lang.layout_cues import blank as _blank
from ikicalc.lang.layout_cues import operator as _operator
from ikicalc.lang.legend_names import clause_word, plain, says_symbol, sentence_end
from ikicalc.lang.legend_names import closed as _closed
from ikicalc.lang.legend_names import entries_over_lines as _entries_over_lines
from ikicalc.lang.legend_names import formula_line as _formula_line
from ikicalc.lang.legend_names import named_in_brackets as _named_in_brackets
from ikicalc.lang.legend_names import names_one as _names_one
from ikicalc.lang.legend_names import note_after as _note_after
from ikicalc.lang.legend_names import remark as _remark
from ikicalc.lang.legend_names import side_by_side as _side_by_side
from ikicalc.lang.legend_names import split_entry as _split_entry
from ikicalc.lang.legend_names import subscript_spellings as _subscript_spellings
from ikicalc.lang.legend_names import text_around as _around
from ikicalc.lang.legend_names import valued as _valued
from ikicalc.lang.legend_names import without_unit as _without_unit
from ikicalc.lang.legend_names import written_in as _written_in
from ikicalc.lang.symbols import OPERATOR_SYMBOLS as _OPERATOR_SYMBOLS
from ikicalc.lang.symbols import symbols_in_formula
from ikicalc.names import clean_name, names_data
from ikicalc.patterns import lazy

__all__ = ["OPERATOR_SYMBOLS", "header_tail", "legend_below", "legend_inline", "plain"]

_FINAL_PERIOD = lazy(r"(?<!\.)\.[ \t]*$")


@cache
def _introducers() -> str:
    """The words that open a legend (``Keterangan``, ``Dimana``, ``dengan ketentuan`` …),
    from ``data/names.toml`` ``[legend] introducers``, longest first, as one alternation."""
    return "|".join(sorted(names_data()["legend"]["introducers"], key=len, reverse=True))


@cache
def _definition() -> re.Pattern[str]:
    """``A = …``, ``A : …``, ``A adalah …`` inside a line, after the legend's introducer;
    the symbol may carry a marker (``- A``, ``a. A``, ``1) A``), brackets or a subscript."""
    return re.compile(
        r"(?:(?<=\s)|^)(?P<header>(?i:" + _introducers() + r")[ \t]*[:,]?[ \t]*"
        r"|(?i:dengan)(?:[ \t]*:[ \t]*|[ \t]+(?=[A-Za-z][A-Za-z0-9_]{0,7}[ \t]*=)))?"
        r"(?:(?:[-•▪●◦]|\d{1,2}\)|[a-h][.)])[ \t]+)?[($]?"
        r"(?P<symbol>(?:[A-Z][A-Z0-9]{0,9}|[a-z][A-Za-z0-9]?|[A-Z](?=[a-z0-9]*[A-Z])[A-Za-z0-9]{2,9})"
        r"(?:_\{?[A-Za-z0-9]{1,3}\}?)?"
        r"(?:-?\([a-z](?:[-+−]\d)?\)|-[a-z](?![^\W_]))?)[)$]?"
        r"(?:[ \t]*[=:][ \t]*|[ \t]+(?i:ada[lI1i]ah|merupakan|yaitu|ialah)[ \t]+"
        r"|(?P<dash>[ \t]+[–—][ \t]+|[ \t]*\t[ \t]*)(?=[^\W\d_]{2,}[ \t]+[^\W\d_]))"
        r"(?=\S)(?!\d{1,2}\.\s)"
    )


@cache
def _header_tail() -> re.Pattern[str]:
    """An introducer that ends the formula's line: ``A / B x 100%, dengan:``."""
    return re.compile(r"(?i),?[ \t]*\b(?:dengan|" + _introducers() + r")[ \t]*:?[ \t]*\s*$")


def header_tail() -> re.Pattern[str]:
    """An introducer that ends the formula's line (``A / B x 100%, dengan:``)."""
    return _header_tail()


_AND_AT_END = lazy(r"(?i)[ \t,;]+(?:dan|serta|sedangkan)$")


_INDEXED = lazy(r"[Σ∑]|\\sum(?![a-zA-Z])")
_SCALE_NAME = lazy(r"[ \t]*(?:[xX×*]|\\times)[ \t]*\d")  # "A = x 100%": a middle line
_LETTERED = lazy(r"(?m)^[ \t]*[A-Za-z][.)][ \t]")
_SAID = lazy(r"(?i)\s(?:ada[lI1i]ah|merupakan|yaitu|ialah)\s")  # "adaiah": OCR's l as i


def _said(text: str) -> bool:
    """Whether a definition is said in words (``adalah``, ``merupakan`` …): _SAID, where a
    guard cannot rule it out (:mod:`ikicalc.lang.guards`)."""
    return guards.may_find(_SAID, text) and bool(_SAID.search(text))


_FOOTNOTE_LINE = lazy(
    r"^[ \t]*(?:\*+\)|(?i:catatan|sumber(?:[ \t]+data)?|note)[ \t]*:)", re.MULTILINE
)


@cache
def _legend_line() -> re.Pattern[str]:
    """A line of a legend: an introducer, a marker (``-``, ``•``, ``1)``, ``a.``), the
    symbol (``A``, ``(A)``, ``$x_1$``, ``Σ X``), ``=``/``:``/``adalah``, and the name."""
    return re.compile(
        r"^[ \t]*(?:(?i:" + _introducers() + r"|dengan)[ \t]*:?[ \t]+)?"
        r"(?:(?:[-•*▪●◦]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)])[ \t]*)?"
        r"\$?(?:(?:\\sum|[Σ∑])[ \t]*)?\(?"
        r"(?P<symbol>[^\W\d_][^\W_]{0,11}(?:-[^\W_]{1,6})?(?:_\{?[^\W_]+\}?)?"
        r"(?:,[^\W_]{1,4}){0,2}"  # "HI,d", "Ij,ing,L": subscripts after a comma
        r"(?:\([a-z](?:[-+−]\d)?\))?)\)?(?:[ \t]*\$)?(?:[ \t]_)?"  # "PDRB(t-1)", "HI,d _"
        r"(?:\.(?=[ \t]*[=:]))?"  # "A. = Jumlah …"
        r"(?:[ \t]*[=:][ \t]*|[ \t]+(?i:ada[lI1i]ah|merupakan|yaitu|ialah)[ \t]+)"
        r"(?P<name>[^\n]*)$",
        re.MULTILINE,
    )


# "• IS Indeks Sosial": a bulleted line, a symbol in capitals, its name (no '=')
_BULLET_LEGEND_LINE = lazy(
    r"^[ \t]*[-•*▪●◦][ \t]*(?P<symbol>[A-Z][A-Z0-9]{0,7})[ \t]+(?P<name>[^\W\d_][^\n]*)$"
)


# "a. Jumlah desa mandiri": a lettered line names the symbol 'a' when the formula uses it
_LETTERED_LEGEND_LINE = lazy(
    r"^[ \t]*(?:(?P<symbol>[a-zA-Z])[.)]|\((?P<bracketed>[A-Za-z][A-Za-z0-9]{0,5})\))[ \t]+"
    r"(?P<name>[^\W\d_][^\n]*)$"
)


# "b. Toll Fee adalah tarif …": a term of the formula in words (up to four), then its meaning
_TERM_LINE = lazy(
    r"^[ \t]*(?:(?:[-•*▪●◦]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])[ \t]*)?"
    r"(?P<symbol>(?:[^\W\d_]|0(?=[ \t]*&))"  # "0 & M": OCR's 0 for O
    r"[^\W_&]*(?:[ \t]*&[ \t]*[^\W_]+|[ \t]+[^\W\d_][^\W_]*){0,3})"
    r"[ \t]+(?i:ada[lI1i]ah|merupakan|yaitu|ialah)[ \t]+(?P<name>[^\n]*)$"
)


# "Jumlah desa mandiri = A": the name first, then its symbol
_REVERSED_LEGEND_LINE = lazy(
    r"^[ \t]*(?P<name>[^\W\d_][^=:\n]*?[^\W_])[ \t]*[=:][ \t]*"
    r"(?P<symbol>[A-Z][A-Z0-9]{0,5})[ \t]*[.,;]?[ \t]*$"
)
_ALIAS_LINE = lazy(
    r"^[ \t]*(?P<name>[^\W\d_](?:[^\n()=:/]|(?<=\S)/(?=\S))*?)[ \t]*"
    r"\((?P<symbol>[A-Z][A-Z0-9]{0,9})\)"
    r"[ \t]*[.,;]?[ \t]*$"
)


@cache
def _legend_header() -> re.Pattern[str]:
    """An introducer on a line of its own: ``Keterangan:``, ``dengan ketentuan:``."""
    return re.compile(
        r"^[ \t]*(?:" + _introducers() + r"|dengan)[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE
    )


def _symbol(found: re.Match[str]) -> str:
    """The symbol a legend line defines (``x = …``, ``a. …``, ``(A) …``)."""
    return found.group("symbol") or found.groupdict().get("bracketed") or ""


_Entry = tuple[str, int, int, list[str]]


def _introduced(text: str, entries: list[_Entry]) -> bool:
    """Whether an introducer (``Keterangan:``) opened the legend read so far."""
    return any(_legend_header().match(text, start, end) for _, start, end, _ in entries)


def _says(formula: str, text: str, line: re.Match[str]) -> bool:
    """A remark's words (``merupakan resultante …``) that say a formula's symbol instead,
    the symbol perhaps ending the line above (``… dan 𝛾`` / ``merupakan energi …``)."""
    above = re.search(r"\S+[ \t]*\n?$", text[: line.start()])
    return says_symbol((above.group(0).strip() if above else "") + " " + line.group(0), formula)


def _term(line: str, formula_text: list[str]) -> re.Match[str] | None:
    """``b. Toll Fee adalah tarif …`` under the formula: a term of words the formula writes
    (``jenis i dan ph merupakan …`` goes on with an entry's sentence)."""
    found = _TERM_LINE.match(line) if formula_text else None
    written = found and _written_in("\n".join(formula_text), found.group("symbol"), set())
    return found if written else None


def legend_below(text: str, chars: list[str], notes: list[str]) -> dict[str, str]:
    """``x = Jumlah …`` lines after the formula: blank them, return symbol → name."""
    if "\n" in text and "\n=" in text and _entries_over_lines(chars):  # "ITi" / "=" / "IT …"
        text = "".join(chars)
    if "\n" in text and "):" in text and (bracketed := _named_in_brackets(chars, notes)):
        return bracketed  # "It (Indeks Harga yang Diterima): mencerminkan …"
    if "\n" not in text or not (
        "=" in text
        or ":" in text
        or "(" in text
        or _SAID.search(text)
        or _LETTERED.search(text)
        or re.search(r"\t| [–—-] ", text)
    ):
        return {}
    lines = list(re.finditer(r"[^\n]*", text))

    def _around_(line: re.Match[str]) -> tuple[str, list[str]]:
        return _around(text, line, _legend_line(), _legend_header())

    entries: list[tuple[str, int, int, list[str]]] = []  # symbol, start, end, name pieces
    formula_text: list[str] = []
    aliases: list[tuple[str, int, int, str]] = []
    above: list[tuple[str, int, int, list[str]]] = []
    for line in lines:
        if not line.group(0).strip() and line.start() == line.end():
            continue
        found = (
            _legend_line().match(line.group(0))
            or _BULLET_LEGEND_LINE.match(line.group(0))
            or _term(line.group(0), formula_text)
            or _LETTERED_LEGEND_LINE.match(line.group(0))
            or _REVERSED_LEGEND_LINE.match(line.group(0))
        )
        if found is not None and clause_word(_symbol(found)):
            found = None  # "yang merupakan lingkup …": the sentence above goes on
        if found is None and formula_text:  # "A – Jumlah …", "A<tab>Jumlah …", "A (Jumlah …)"
            found = _side_by_side(line.group(0), headed=_introduced(text, entries))
        if entries and _FOOTNOTE_LINE.match(line.group(0)):  # "*) data tahun berjalan"
            entries.append(("", line.start(), line.end(), []))
            continue
        alias = _ALIAS_LINE.match(line.group(0))
        if alias and not entries and re.search(r"[^\W\d_]{2}", alias.group("name")):
            # "Jumlah kelurahan tertib (JKT)" above "JKT/JSK X 100%"; "x (JKT)" is a product
            aliases.append((alias.group("symbol"), line.start(), line.end(), alias.group("name")))
        elif found and formula_text and not _SCALE_NAME.match(found.group("name")) and not (
            not entries and _formula_line(found.group("name"), formula_text)
        ):
            entries.append((_symbol(found), line.start(), line.end(), [found.group("name")]))
        elif _legend_header().match(line.group(0)) and formula_text:
            entries.append(("", line.start(), line.end(), []))
        elif (
            not formula_text
            and not _THEN.match(line.group(0))
            and (
                (found and plain(named := found.group("name")) and _names_one(named))
                or _legend_header().match(line.group(0))
            )
        ):  # the legend above the formula: "a = Jumlah …" / "b = …" / "Rumus: a/b x 100%"
            symbol, first = (_symbol(found), [found.group("name")]) if found else ("", [])
            above.append((symbol, line.start(), line.end(), first))
        elif (
            entries
            and not found
            and (
                (_remark(line.group(0)) and not _says("\n".join(formula_text), text, line))
                or (entries[-1][0] and _note_after(line.group(0), entries[-1][3], *_around_(line)))
            )
        ):  # "Y = Jumlah sampel yang diambil" / "Sampel (diambil secara acak) berasal dari …"
            entries.append(("", line.start(), line.end(), []))
        elif entries:  # a definition that goes on over the next line
            symbol, start, _, pieces = entries[-1]
            entries[-1] = (symbol, start, line.end(), [*pieces, line.group(0)])
        else:
            formula_text.append(line.group(0))
    if above and not entries and any(symbol for symbol, *_ in above):
        entries = above
    formula = "\n".join(formula_text)
    entries = [part for entry in entries for part in _split_entry(entry, formula, _definition())]
    legend: dict[str, str] = {}
    for symbol, start, end, name in aliases:
        if re.search(rf"(?<![^\W_]){re.escape(symbol)}(?![^\W_])", formula):
            legend[symbol] = clean_name(name)
            _blank(chars, start, end)
    defined = {symbol for symbol, *_ in entries if symbol}
    used: list[_Entry] = []
    for symbol, start, end, pieces in entries:
        written = (_written_in(formula, symbol, defined) or "") if symbol else ""
        inside = any(s for s, *_ in used) or _legend_header().match(text, start, end)
        if not symbol or written or inside or (symbol in "ijk" and _INDEXED.search(formula)):
            used.append((written, start, end, pieces))  # "i = Tanaman Pangan, …": an index
    if not legend and not any(symbol for symbol, *_ in used):
        return {}
    for symbol, start, end, pieces in used:
        _blank(chars, start, end)
        if symbol:
            name = sentence_end(clean_name(" ".join(pieces)))  # "… mandiri. Data dari …"
            name = _FINAL_PERIOD.sub("", name).rstrip(" ,;")
            name = _closed(_AND_AT_END.sub("", _without_unit(name)))  # "… (Hak Cipta, Varie"
            for written in _subscript_spellings(symbol):  # x_1 and x_{1}
                legend[_OPERATOR_SYMBOLS.get(written[0], written[0]) + written[1:]] = name
    symbols_in_formula(chars, legend)
    notes.append("the symbols are named by the legend: " + ", ".join(legend))
    return legend


def _words_after(text: str, definition: re.Match[str]) -> bool:
    """Whether a definition goes on with two words (a name), not a value."""
    return re.match(r"[ \t]*[^\W\d_]{2,}[ \t]+[^\W\d_]{3,}", text[definition.end() :]) is not None


def legend_inline(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``TPT=PP/PAK×100% Keterangan: PP: Jumlah … PAK: Jumlah …`` on one line: the
    definitions after the formula name its symbols; blank them, return symbol → name.
    Failing that, the definitions before it (:func:`_legend_before`), names with their
    aliases before it (:func:`_aliases_before`), or terms in words defined after an
    introducer (:func:`_terms_after`)."""
    text = "".join(chars)
    if "=" not in text and ":" not in text and not _said(text):
        return _aliases_before(chars, notes) if "(" in text else {}
    return (
        _legend_after(chars, notes)
        or _legend_before(chars, notes)
        or (_aliases_before(chars, notes) if "(" in text else {})
        or _terms_after(chars, notes)
    )


def _legend_after(chars: list[str], notes: list[str]) -> dict[str, str]:
    text = "".join(chars)
    found = [m for m in _definition().finditer(text) if m.start() > 0 or m.end() < len(text)]
    definitions = [m for m in found if m.start() > 0 and text[: m.start()].strip()]
    headed = [i for i, m in enumerate(definitions) if m.group("header")]
    if headed:  # the introducer opens the legend: "DAU = CF + AD dimana, DAU = …"
        definitions = definitions[headed[0] :]
    else:  # a dash or a tab names a symbol only in a legend an introducer opened
        definitions = [m for m in definitions if not m.group("dash")]
    closing = re.search(r"\)[ \t]*[.;]?[ \t]*$", text)  # "A/B x 100% (A = …, B = …)."
    first = definitions[0].start() + 1 if closing and definitions else 0
    within = re.search(r"\([ \t]*\S?\Z", text[:first])  # the bracket opens the definitions
    if definitions and not definitions[0].group("header") and not within:
        # one letter needs "dimana", a bracket, or a name of words ("A = 2720" is data)
        definitions = [
            m for m in definitions if len(m.group("symbol")) > 1 or _words_after(text, m)
        ]
    if not definitions:
        return {}
    formula = text[: definitions[0].start()]
    intro = re.search(r"(?i)(?<=\s)(?:" + _introducers() + r")\b[ \t]*[:,]?", formula)
    if intro and _ITEM.sub("", formula[intro.end() :]).strip():
        return {}  # "… dimana: a. Nilai JDM adalah …": the symbol is a term of words
    if not (
        _operator().search(formula)
        or re.search(r"[^\W_][ \t]*[-+−][ \t]*[^\W_]", formula)
        or ((definitions[0].group("header") or within) and re.search(r"[^\W_]/[^\W_]", formula))
    ):  # "A/B Keterangan: A = …": after an introducer, a slash between symbols divides
        return {}
    legend: dict[str, str] = {}
    opened, bracketed = (re.search(r"\([ \t]*$", formula), closing) if within else (None, None)
    for this, after in zip(definitions, [*definitions[1:], None], strict=True):
        end = after.start() if after else bracketed.start() if bracketed else len(text)
        name = _without_unit(sentence_end(text[this.end() : end].rstrip())).strip(" .,;")
        name = _AND_AT_END.sub("", name)  # "B = Konsumsi Luar Rumah Tangga, dan C = …"
        if re.search(r"[^\W\d_]", name):
            legend[this.group("symbol")] = clean_name(name)
    if comma := re.search(r"[,;][ \t]*$", formula) or opened:  # "A/B x 100%, A = …, B = …"
        definitions[0] = comma  # blanked with the definitions
    defined = set(legend)
    spelled = {s: _written_in(formula, s, defined) for s in legend}
    used = [written for written in spelled.values() if written]
    if not used:
        return {}
    legend = {spelled[s] or s: name for s, name in legend.items()}
    _blank(chars, definitions[0].start(), len(chars))
    legend = {_OPERATOR_SYMBOLS.get(s[0], s[0]) + s[1:]: name for s, name in legend.items()}
    symbols_in_formula(chars, legend)
    notes.append("the symbols are named by the definitions after the formula: " + ", ".join(used))
    return legend


def _operates(formula: str, legend: dict[str, str] | None) -> bool:
    """Whether ``formula`` computes: an operator, a spaced ``+``/``-``, or a slash between
    two symbols (``JRLH/JP``; any two when ``legend`` is ``None``)."""
    if _operator().search(formula) or re.search(
        r"[^\W_][ \t]*[-+−][ \t]*[^\W_(]|\)[ \t]*[-+−]", formula
    ):
        return True
    for found in re.finditer(r"([^\W_]+)\}?/([^\W_]+)", formula):
        if legend is None or (found.group(1) in legend and found.group(2) in legend):
            return True
    return False


_ITEM = lazy(r";|(?<=\s)(?:[a-h][.)]|\d{1,2}[.)]|[-•▪●◦])(?=\s)")
_TERM = lazy(
    r"^\s*(?P<term>[^\W\d_][^=:;\n]{0,40}?)\s*(?:[=:]|\s(?i:ada[lI1i]ah|merupakan|yaitu|ialah)\s)"
    r"\s*(?P<name>\S.*?)[\s,.]*$"
)


def _terms_after(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``Harga = Biaya Pokok + Margin Usaha dimana: a. Biaya Pokok adalah …; b. Margin
    Usaha adalah …`` on one line: after the introducer, items (split at ``;`` and list
    marks) each define a term of the formula, in words."""
    text = "".join(chars)
    intro = re.search(r"(?i)(?<=\s)(?:" + _introducers() + r")\b[ \t]*[:,]?", text)
    if intro is None or not _operates(text[: intro.start()], None):
        return {}
    formula = text[: intro.start()]
    legend: dict[str, str] = {}
    for item in _ITEM.split(text[intro.end() :]):
        if not item.strip():
            continue
        found = _TERM.match(item)
        if found is None:
            return {}
        written = _written_in(formula, found.group("term").strip(), set())
        if written is None:
            return {}
        legend[written] = clean_name(_without_unit(found.group("name")))
    if not legend:
        return {}
    _blank(chars, intro.start(), len(chars))
    notes.append("the terms are named by the legend after the formula: " + ", ".join(legend))
    return legend


# what leads from definitions given first to the formula: "…; maka A/B x 100%", "… Rumus: …"
_THEN = lazy(
    r"(?i)[ \t]*[;,.]?\s*\b(?:maka|sehingga|jadi|rumus(?:nya)?|formula(?:si)?"
    r"(?:[ \t]+perhitungan)?)\b[ \t]*[:=]?[ \t]*"
)


def _legend_before(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``A = Jumlah …; B = Jumlah …; maka A/B x 100%``: the definitions come first, then a
    word that leads to the formula (``maka``, ``sehingga``, ``Rumus:``); the formula uses
    the symbols defined."""
    text = "".join(chars)
    then = None
    for found in _THEN.finditer(text):
        if _operates(text[found.end() :], None):
            then = found
    if then is None or not text[: then.start()].strip():
        return {}
    head = text[: then.start()]
    definitions = list(_definition().finditer(head))
    if not definitions or head[: definitions[0].start()].strip():
        return {}
    legend: dict[str, str] = {}
    for this, after in zip(definitions, [*definitions[1:], None], strict=True):
        name = head[this.end() : after.start() if after else len(head)]
        name = _AND_AT_END.sub("", _without_unit(name.strip(" .,;\n\t")))
        if not plain(name) or not re.search(r"[^\W\d_]{2}", name):
            return {}
        legend[this.group("symbol")] = clean_name(name)
    formula = text[then.end() :]
    spelled = {s: _written_in(formula, s, set(legend)) for s in legend}
    if not all(spelled.values()):
        return {}
    legend = {_OPERATOR_SYMBOLS.get(w[0], w[0]) + w[1:]: legend[s] for s, w in spelled.items() if w}
    _blank(chars, 0, then.end())
    symbols_in_formula(chars, legend)
    notes.append(
        "the symbols are named by the definitions before the formula: " + ", ".join(legend)
    )
    return legend


_ALIASED = lazy(r"(?P<name>[^()\n]+?)[ \t]*\([ \t]*(?P<symbol>[A-Z][A-Z0-9]{0,9})[ \t]*\)")


def _aliases_before(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``Jumlah kelurahan tertib (JKT) Jumlah seluruh kelurahan (JSK) JKT/JSK x 100%`` on one
    line: names, each with its alias in brackets, then the formula over the aliases."""
    text = "".join(chars)
    if ")" in text and "=" not in text and (valued := _valued(chars, notes)):
        return valued  # "… dibagi nilai standar menurut IFLA (0,02)"
    aliases = list(_ALIASED.finditer(text))
    if len(aliases) < 2 or text[: aliases[0].start()].strip():
        return {}
    for this, after in pairwise(aliases):
        if this.end() != after.start() and text[this.end() : after.start()].strip():
            return {}
    formula = text[aliases[-1].end() :]
    legend: dict[str, str] = {}
    for alias in aliases:
        name = alias.group("name").strip(" ,;")
        if not plain(name):
            return {}
        legend[alias.group("symbol")] = clean_name(name)
    if not _operates(formula, legend) or not all(
        _written_in(formula, s, set(legend)) for s in legend
    ):
        return {}
    _blank(chars, 0, aliases[-1].end())
    symbols_in_formula(chars, legend)
    notes.append("the symbols are named by the aliases before the formula: " + ", ".join(legend))
    return legend


OPERATOR_SYMBOLS = _OPERATOR_SYMBOLS
