"""Legends on the formula's own line, and what every legend reader shares: the words that
introduce a legend (``Keterangan``, ``Dimana``, ``dengan`` …, ``[legend] introducers`` of
``data/names.toml``) and a definition inside a line (``A = …``, ``A : …``, ``A adalah …``).

``TPT=PP/PAK×100% Keterangan: PP: Jumlah … PAK: Jumlah …`` (definitions after the formula),
``A = Jumlah …; B = Jumlah …; maka A/B x 100%`` (before it), ``Jumlah kelurahan tertib (JKT)
Jumlah seluruh kelurahan (JSK) JKT/JSK x 100%`` (aliases before it), ``Harga = Biaya Pokok +
Margin Usaha dimana: a. Biaya Pokok adalah …`` (terms in words after an introducer). Each
reader blanks what it reads in the cell's characters and returns symbol → name.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from itertools import pairwise

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank as _blank
from ikicalc.lang.layout_cues import operator as _operator
from ikicalc.lang.legend_ends import copulas as _copulas
from ikicalc.lang.legend_ends import sentence_end
from ikicalc.lang.legend_names import plain
from ikicalc.lang.legend_names import valued as _valued
from ikicalc.lang.legend_names import without_unit as _without_unit
from ikicalc.lang.operator_words import said as _operator_words
from ikicalc.lang.symbols import OPERATOR_SYMBOLS as _OPERATOR_SYMBOLS
from ikicalc.lang.symbols import symbols_in_formula
from ikicalc.lang.symbols import written_in as _written_in
from ikicalc.names import clean_name, names_data
from ikicalc.patterns import compiled, lazy

__all__ = [
    "AND_AT_END",
    "LISTED",
    "SAID",
    "THEN",
    "definition",
    "header_tail",
    "introducers",
    "legend_inline",
    "said",
]


@cache
def introducers() -> str:
    """The words that open a legend (``Keterangan``, ``Dimana``, ``dengan ketentuan`` …),
    from ``data/names.toml`` ``[legend] introducers``, longest first, as one alternation."""
    return "|".join(sorted(names_data()["legend"]["introducers"], key=len, reverse=True))


@cache
def heading_words() -> tuple[str, ...]:
    """The words after an introducer in a legend's heading (``Keterangan rumus``,
    ``data/legends.toml`` ``[headings]``)."""
    raw = resources.files("ikicalc").joinpath("data", "legends.toml").read_text("utf-8")
    return tuple(tomllib.loads(raw)["headings"]["words"])


@cache
def definition() -> re.Pattern[str]:
    """``A = …``, ``A : …``, ``A adalah …`` inside a line, after the legend's introducer;
    the symbol may carry a marker (``- A``, ``a. A``, ``1) A``), brackets or a subscript."""
    return re.compile(
        r"(?:(?<=[\s;])|^)(?P<header>(?i:" + introducers() + r")"
        r"(?:[ \t]+(?i:" + "|".join(heading_words()) + r"))?[ \t]*[:,]?[ \t]*"  # "Ket. rumus"
        r"|(?i:dengan)(?:[ \t]*:[ \t]*|[ \t]+(?=[A-Za-z][A-Za-z0-9_]{0,7}[ \t]*=)))?"
        r"(?:(?:[-•▪●◦]|\d{1,2}\)|[a-h][.)])[ \t]+)?[($]?"
        r"(?P<symbol>(?:[A-Z][A-Z0-9₀-₉]{0,9}|[a-z][A-Za-z0-9₀-₉]?|[A-Z](?=[a-z0-9]*[A-Z])[A-Za-z0-9]{2,9}"
        r"|[A-Za-z][A-Za-z0-9]{0,3}(?=,[A-Za-z0-9]))"  # "Ij,L": an editor's subscript after a comma
        r"(?:_\{?[A-Za-z0-9]{1,3}\}?)?(?:,[A-Za-z0-9]{1,4}){0,2}"
        r"(?:-?\([a-z](?:[-+−]\d)?\)|-[a-z](?![^\W_]))?)[)$]?"
        r"(?:[ \t]*(?::=|[=:])[ \t]*(?:(?i:" + _copulas() + r")[ \t]+)?"  # "b = adalah …"
        r"|[ \t]+(?i:" + _copulas() + r")[ \t]+"
        r"|(?P<dash>[ \t]+[–—][ \t]+|[ \t]*\t[ \t]*)(?=[^\W\d_]{2,}[ \t]+[^\W\d_]))"
        r"(?=\S)(?!\d{1,2}\.\s)"
    )


@cache
def _header_tail() -> re.Pattern[str]:
    """An introducer that ends the formula's line: ``A / B x 100%, dengan:``."""
    return re.compile(  # from a run's first blank, its blanks taken once (else the square)
        r"(?i)(?:,|(?<![ \t]))[ \t]*\b(?:dengan|" + introducers() + r")[ \t]*+:?[ \t]*+\s*+$"
    )


def header_tail() -> re.Pattern[str]:
    """An introducer that ends the formula's line (``A / B x 100%, dengan:``)."""
    return _header_tail()


AND_AT_END = lazy(r"(?i)[ \t,;]+(?:dan|serta|sedangkan)$")


SAID = lazy(r"(?i)\s(?:ada[lI1i]ah|merupakan|yaitu|ialah)\s")  # "adaiah": OCR's l as i


def said(text: str) -> bool:
    """Whether a definition is said in words (``adalah``, ``merupakan`` …): SAID, where a
    guard cannot rule it out (:mod:`ikicalc.lang.guards`)."""
    return guards.may_find(SAID, text) and bool(SAID.search(text))


# what leads from definitions given first to the formula: "…; maka A/B x 100%", "… Rumus: …"
THEN = lazy(  # blanks taken whole: a long run of them cost the cube of its length
    r"(?i)[ \t]*+[;,.]?\s*+\b(?:maka|sehingga|jadi|rumus(?:nya)?|formula(?:si)?"
    r"(?:[ \t]+perhitungan)?)\b[ \t]*[:=]?[ \t]*"
)


def _words_after(text: str, definition: re.Match[str]) -> bool:
    """Whether a definition goes on with two words (a name), not a value."""
    return re.match(r"[ \t]*[^\W\d_]{2,}[ \t]+[^\W\d_]{3,}", text[definition.end() :]) is not None


def legend_inline(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``TPT=PP/PAK×100% Keterangan: PP: Jumlah … PAK: Jumlah …`` on one line: the
    definitions after the formula name its symbols; blank them, return symbol → name.
    Failing that, the definitions before it (:func:`_legend_before`), names with their
    aliases before it (:func:`_aliases_before`), or terms in words defined after an
    introducer (:func:`_terms_after`)."""
    text = text_of(chars)
    if "=" not in text and ":" not in text and not said(text):
        return _aliases_before(chars, notes) if "(" in text else {}
    return (
        _legend_after(chars, notes)
        or _legend_before(chars, notes)
        or (_aliases_before(chars, notes) if "(" in text else {})
        or _terms_after(chars, notes)
    )


def _legend_after(chars: list[str], notes: list[str]) -> dict[str, str]:
    text = text_of(chars)
    found = [m for m in definition().finditer(text) if m.start() > 0 or m.end() < len(text)]
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
    if any(SAID.search(m.group(0) + " ") for m in definitions):  # "…, serta K koefisien …"
        last = [
            m
            for m in LISTED.finditer(text, definitions[-1].end())
            if _written_in(formula, m.group("symbol"), set()) and m.group("symbol") not in "ijkn"
        ]
        definitions += last[:1]
    intro = re.search(r"(?i)(?<=\s)(?:" + introducers() + r")\b[ \t]*[:,]?", formula)
    if intro and _ITEM.sub("", formula[intro.end() :]).strip():
        return {}  # "… dimana: a. Nilai JDM adalah …": the symbol is a term of words
    if not (
        _operator().search(formula)
        or re.search(r"[^\W_][ \t]*[-+−–][ \t]*[^\W_]", formula)
        or ((definitions[0].group("header") or within) and re.search(r"[^\W_]/[^\W_]", formula))
    ):  # "A/B Keterangan: A = …": after an introducer, a slash between symbols divides
        return {}
    legend: dict[str, str] = {}
    opened, bracketed = (re.search(r"\([ \t]*$", formula), closing) if within else (None, None)
    for this, after in zip(definitions, [*definitions[1:], None], strict=True):
        end = after.start() if after else bracketed.start() if bracketed else len(text)
        name = _without_unit(sentence_end(text[this.end() : end].rstrip())).strip(" .,;")
        name = AND_AT_END.sub("", name)  # "B = Konsumsi Luar Rumah Tangga, dan C = …"
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
        r"[^\W_][ \t]*[-+−–][ \t]*[^\W_(]|\)[ \t]*[-+−–]", formula
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
    text = text_of(chars)
    intro = re.search(r"(?i)(?<=\s)(?:" + introducers() + r")\b[ \t]*[:,]?", text)
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


def _legend_before(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``A = Jumlah …; B = Jumlah …; maka A/B x 100%``: the definitions come first, then a
    word that leads to the formula (``maka``, ``sehingga``, ``Rumus:``); the formula uses
    the symbols defined; or the formula's own label (``A = Jumlah …; B = Jumlah …; IKU =
    A/B x 100%``: the last definition computes, the label stays)."""
    text = text_of(chars)
    then = None
    for found in THEN.finditer(text) if guards.may_find(THEN, text) else ():
        if _operates(text[found.end() :], None):
            then = found
    head_end, formula_start = (then.start(), then.end()) if then else _labelled(text)
    if not text[:head_end].strip():
        return {}
    head = text[:head_end]
    definitions = list(definition().finditer(head))
    if not definitions or head[: definitions[0].start()].strip():
        return {}
    legend: dict[str, str] = {}
    for this, after in zip(definitions, [*definitions[1:], None], strict=True):
        name = head[this.end() : after.start() if after else len(head)]
        name = AND_AT_END.sub("", _without_unit(name.strip(" .,;\n\t")))
        if not plain(name) or not re.search(r"[^\W\d_]{2}", name):
            return {}
        legend[this.group("symbol")] = clean_name(name)
    formula = text[formula_start:]
    spelled = {s: _written_in(formula, s, set(legend)) for s in legend}
    if not all(spelled.values()):
        return {}
    legend = {_OPERATOR_SYMBOLS.get(w[0], w[0]) + w[1:]: legend[s] for s, w in spelled.items() if w}
    _blank(chars, 0, then.end() if then else head_end)
    symbols_in_formula(chars, legend)
    notes.append(
        "the symbols are named by the definitions before the formula: " + ", ".join(legend)
    )
    return legend


_LABEL = lazy(r"(?<![^\s;,.])[A-Z][A-Za-z0-9]{1,9}[ \t]*=(?!=)")


# "A adalah …, B merupakan …, serta K koefisien …": the last symbol listed, its copula left
# out (the groups of a definition that never take part here); joined legends use it too
LISTED = lazy(
    r"(?:,|[ \t](?i:dan|serta|sedangkan))[ \t]+(?P<header>(?!x)x)?(?P<dash>(?!x)x)?"
    r"(?P<symbol>[A-Z][A-Za-z0-9]{0,7}|[a-z][A-Za-z0-9]?)[ \t]+"
    r"(?!(?i:ada[lI1i]ah|merupakan|yaitu|ialah)\b)(?=[^\W\d_]{3,}[ \t]+[^\W\d_])"
)


def _formula_at_end(text: str) -> tuple[int, int]:
    """``A = Jumlah …, B = Jumlah … A/B x 100%``: the definitions, then at once the formula
    over their symbols, nothing but symbols, numbers and signs (``(0, 0)`` if none)."""
    symbols = {m.group("symbol") for m in definition().finditer(text)}
    if len(symbols) < 2:
        return 0, 0
    names = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    piece = (
        rf"(?:(?<![^\W_])(?:{names})(?![^\W_])|\d[\d.,]*[ \t]*%?|[-+−×*/÷:()\[\] \t]"
        r"|[xX](?=[ \t]*[\d(]))"
    )
    at_end = re.compile(rf"(?<![^\s;,.])(?:\(|(?:{names})(?![^\W_]))(?:{piece})*$")
    found = at_end.search(text, max(len(text) - 400, 0))  # a formula of symbols is short
    if found is None or not _operates(found.group(0), None) or found.start() == 0:
        return 0, 0
    return found.start(), found.start()


def _labelled(text: str) -> tuple[int, int]:
    """Where the definitions end and the formula starts when the formula's label leads to it
    (``… B = Jumlah seluruh desa IKU = A/B x 100%``): at the last label whose right side
    computes, after two definitions at least (each a plain name, :func:`_legend_before`);
    else ``(0, 0)``."""
    labels = [m for m in _LABEL.finditer(text) if _operates(text[m.end() :], None)]
    if not labels:
        return _formula_at_end(text)
    last = labels[-1]
    if len(list(definition().finditer(text, 0, last.start()))) < 2:
        return 0, 0
    return last.start(), last.end()


_ALIASED = lazy(  # the name keeps its blanks (stripped where read): a blank both the name's
    # and a gap's cost the cube of a long run's length; a name opens the text or follows a
    # bracket or a line's end (where one fails, the next start fails too: else the square);
    # four brackets of its own at most (a thousand "(a)" each tried to the line's end)
    r"(?<![^()\n])(?P<name>[^()\n]+?(?:\([^()\n]{1,80}\)[^()\n]*?){0,4}?)"
    r"\([ \t]*(?P<symbol>[A-Z][A-Z0-9]{0,9})[ \t]*\)"
)


_ALIAS_MARK = lazy(r"\([ \t]*(?P<symbol>[A-Z][A-Z0-9]{0,9})[ \t]*\)")


def _contiguous(text: str, aliases: list[re.Match[str]]) -> bool:
    return all(
        this.end() == after.start() or not text[this.end() : after.start()].strip()
        for this, after in pairwise(aliases)
    )


def _used_aliases(text: str) -> list[re.Match[str]]:
    """The aliases the formula after them uses, each ending its name, when the names hold
    brackets of their own (``Jumlah Pasangan Usia Subur (PUS) yang … (JPUS) Jumlah PUS (JP)
    JPUS/JP x 100%``: ``PUS`` is no alias of the formula): the last alias ends the names."""
    marks = list(_ALIAS_MARK.finditer(text))
    for last in reversed(marks):
        formula = text[last.end() :]
        used = [
            m
            for m in marks
            if m.end() <= last.end() and _written_in(formula, m["symbol"], set())
        ]
        if len(used) > 1 and used[-1] is last:
            spans = [(0, used[0].end()), *((a.end(), b.end()) for a, b in pairwise(used))]
            found = [_ALIASED.fullmatch(text, start, end) for start, end in spans]
            return [m for m in found if m] if all(found) else []
    return []


@cache
def _joined_by() -> re.Pattern[str]:
    """The operator word or conjunction that joins a name to the aliased name before it."""
    words = _operator_words(plain=True)
    return compiled(rf"(?i)(?:{words}|dan|serta|dengan|terhadap)(?![^\W_])[ \t]*+")


# the mark that ends the words naming the aliases before the formula over them
_SAID_THEN = lazy(r"[ \t]*+[;:,.](?=[ \t\n])")


_SENTENCE_BEFORE_NAME = lazy(
    r"(?i)^[ \t,;]*(?:(?:dan|serta)[ \t]+)?"
    r"(?:(?:yang[ \t]+)?(?:merupakan|adalah|ialah|yaitu|yakni)[ \t]+)?"
    r"(?:(?:rata-rata|rerata|jumlah|penjumlahan|gabungan|komposit)[ \t]+(?:dari|antara)[ \t]+)?"
)


def _aliases_before(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``Jumlah kelurahan tertib (JKT) Jumlah seluruh kelurahan (JSK) JKT/JSK x 100%`` on one
    line: names, each with its alias in brackets, then the formula over the aliases."""
    text = text_of(chars)
    if ")" in text and "=" not in text and (valued := _valued(chars, notes)):
        return valued  # "… dibagi nilai standar menurut IFLA (0,02)"
    aliases = list(_ALIASED.finditer(text))
    rest = text[aliases[-1].end() :] if aliases else ""
    if (
        len(aliases) < 2
        or text[: aliases[0].start()].strip()
        or not _contiguous(text, aliases)
        or not all(_written_in(rest, symbol, set()) for symbol in {m["symbol"] for m in aliases})
    ):
        aliases = _used_aliases(text)  # "… Umum (pasar, tempat ibadah, …) yang … (JTTU) …"
    if len(aliases) < 2 or text[: aliases[0].start()].strip():
        return {}
    if len({alias.group("symbol") for alias in aliases}) < len(aliases):
        return {}  # "Kolom (15)(K) = Kolom (14)(K) / …": a qualifier, no alias of a name
    said = _SAID_THEN.match(text, aliases[-1].end())  # "… (JSK); JKT/JSK X 100%"
    formula = text[said.end() if said else aliases[-1].end() :]
    legend: dict[str, str] = {}
    opens = formula.lstrip()[:1] == "(" or any(
        formula.lstrip().startswith(alias.group("symbol")) for alias in aliases
    )
    for alias in aliases:
        name = alias.group("name").strip(" ,;")
        # "(JKT) dibagi jumlah seluruh kelurahan (JSK); JKT/JSK X 100%": the names said
        # joined, then the formula over their aliases at once
        joined = _joined_by().match(name) if opens and alias is not aliases[0] else None
        name = name[joined.end() :] if joined else name
        # "(IDM) merupakan rata-rata dari Indeks … (IKS), … dan Indeks … (IKL)": the
        # sentence's words before a name, and the list's "dan", are not the name's
        name = _SENTENCE_BEFORE_NAME.sub("", name)
        if not plain(name) or "=" in name:
            return {}
        legend[alias.group("symbol")] = clean_name(name)
    if not _operates(formula, legend) or not all(
        _written_in(formula, s, set(legend)) for s in legend
    ):
        return {}
    _blank(chars, 0, said.end() if said else aliases[-1].end())
    symbols_in_formula(chars, legend)
    notes.append("the symbols are named by the aliases before the formula: " + ", ".join(legend))
    return legend
