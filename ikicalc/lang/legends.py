"""Legends: the lines or sentences that give a formula's symbols their names.

``(x/y)*100%`` with lines ``x = …``, ``y = …`` under it (or above it), after a header
(``Keterangan:``, ``Dimana:``, ``dengan:``), bulleted (``• IS Indeks Sosial``), lettered
(``a. …``, ``(A) …``), and lines ``Jumlah kelurahan tertib (JKT)`` above ``JKT/JSK X 100%``;
a legend on the formula's own line (``TPT=PP/PAK×100% Keterangan: PP: … PAK: …``) is read by
:mod:`ikicalc.lang.legend_inline`. Each function blanks what it
reads in the cell's characters (the text keeps its length, see :mod:`ikicalc.lang.layout`)
and returns symbol → name. A symbol that looks like an operator (``x``, ``X1``, ``x_{i}``)
becomes a stand-in letter (``ⅹ``) the grammar reads as a name.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import BAR_TEXT, LIST_MARK, TARGET_LINE
from ikicalc.lang.layout_cues import blank as _blank
from ikicalc.lang.legend_beside import header_words
from ikicalc.lang.legend_ends import (
    clause_word,
    constant_line,
    copulas,
    sentence_end,
    waits_for_more,
)
from ikicalc.lang.legend_ends import note_after as _note_after
from ikicalc.lang.legend_ends import remark as _remark
from ikicalc.lang.legend_ends import text_around as _around
from ikicalc.lang.legend_entries import canonical_entries
from ikicalc.lang.legend_inline import AND_AT_END, SAID, THEN, definition, header_tail, introducers
from ikicalc.lang.legend_inline import heading_words as _heading_words
from ikicalc.lang.legend_inline import legend_inline as legend_inline
from ikicalc.lang.legend_names import closed as _closed
from ikicalc.lang.legend_names import computes, plain, says_symbol, symbols_over_names, unquoted
from ikicalc.lang.legend_names import entries_over_lines as _entries_over_lines
from ikicalc.lang.legend_names import formula_line as _formula_line
from ikicalc.lang.legend_names import named_in_brackets as _named_in_brackets
from ikicalc.lang.legend_names import names_one as _names_one
from ikicalc.lang.legend_names import side_by_side as _side_by_side
from ikicalc.lang.legend_names import split_entry as _split_entry
from ikicalc.lang.legend_names import without_unit as _without_unit
from ikicalc.lang.legend_typed import joint_line, typed_otherwise
from ikicalc.lang.letter_x import unglued as _unglued
from ikicalc.lang.symbols import OPERATOR_SYMBOLS as _OPERATOR_SYMBOLS
from ikicalc.lang.symbols import runs_of, symbols_in_formula
from ikicalc.lang.symbols import subscript_spellings as _subscript_spellings
from ikicalc.lang.symbols import written_in as _written_in
from ikicalc.names import clean_name
from ikicalc.patterns import lazy

__all__ = ["OPERATOR_SYMBOLS", "header_tail", "legend_below", "legend_inline", "plain"]

_FINAL_PERIOD = lazy(r"(?<!\.)\.\.?[ \t]*$")  # "… industri..": a typed period twice


_INDEXED = lazy(r"[Σ∑]|\\sum(?![a-zA-Z])")
# "A = x 100%", "NA =   ------": a middle line, its label's '=' before a scale or a bar
_SCALE_NAME = lazy(r"[ \t]*(?:(?:[xX×*]|\\times)[ \t]*\d|" + BAR_TEXT + ")")
_LETTERED = lazy(r"(?m)^[ \t]*[A-Za-z][.)][ \t]")
_FOOTNOTE_LINE = lazy(  # also a target's line under the legend ("Target 2024: 90%")
    r"^[ \t]*(?:\*+\)|(?i:catatan|sumber(?:[ \t]+data)?|note)[ \t]*:)|" + TARGET_LINE,
    re.MULTILINE,
)
_ITEM_UNDER = lazy(r"[ \t]*\d{1,2}[.)][ \t]+[^\W\d_]")  # "1. Penyusutan …" under an entry


@cache
def _legend_line() -> re.Pattern[str]:
    """A line of a legend: an introducer, a marker (``-``, ``•``, ``1)``, ``a.``), the
    symbol (``A``, ``(A)``, ``$x_1$``, ``Σ X``), ``=``/``:``/``adalah``, and the name."""
    return re.compile(
        r"^[ \t]*+\|?[ \t]*+(?:(?i:" + introducers() + r"|dengan)"
        r"(?:[ \t]+(?i:" + "|".join(_heading_words()) + r"))?(?:[ \t]*+:)?[ \t]++)?"  # "Ket. rumus"
        r"(?:(?:" + LIST_MARK + r"|>(?=[ \t]))[ \t]*+)?"  # "> A : …": '➢' as a PDF gives it
        r"\$?(?:(?:\\sum|[Σ∑])[ \t]*)?\(?"
        r"(?P<symbol>[^\W\d_][^\W_]{0,11}(?:-[^\W_]{1,6})?(?:_\{?[^\W_]+(?:[-−]\d)?\}?){0,3}"
        r"(?:\([^\W_]{1,3}\)(?=[^\W_]{1,3},|[ \t]{2,}[=:])[^\W_]{0,3})?"  # "Hp(10)", "e(g)j,ing"
        r"(?:,[^\W_]{1,4}){0,2}"  # "HI,d", "Ij,ing,L": subscripts after a comma
        r"(?:_?\([a-z](?:[-+−]\d)?\))?)\)?(?:[ \t]*\$)?(?:[ \t]_)?"  # "PDRB(t-1)", "HI,d _"
        r"(?:\.(?=[ \t]*[=:]))?"  # "A. = Jumlah …"
        r"(?:[ \t]*(?::=|[=:|→⇒])[ \t]*(?:(?i:" + copulas() + r")[ \t]+)?"  # "A = adalah …"
        r"|[ \t]+(?i:" + copulas() + r")[ \t]+)"
        r"(?P<name>[^\n]*)$",
        re.MULTILINE,
    )


# under the formula (after its heading, perhaps), a list's mark, a name, then its symbol in
# brackets: "- Jumlah ASN yang mengikuti diklat (A)", "1. Luas lahan kritis (Ha) (X₁)"
_ALIAS_BELOW = lazy(
    r"^[ \t]*(?P<mark>" + LIST_MARK + r"[ \t]+)?(?P<name>[^\W\d_]"
    r"(?:[^\n()=:]|\([^()\n=:]{1,80}\))*?)[ \t]*"
    r"\((?P<symbol>[^\W\d_][^\W_]{0,9})\)[ \t]*[.,;]?[ \t]*$"
)


def _unbracketed(symbol: str, formula: str) -> bool:
    """Whether ``formula`` writes ``symbol`` as an operand of its own, not in brackets after
    a name (``… pada tahun (t)``: a time, no symbol)."""
    mark = re.escape(symbol)
    spans = [m.span() for m in re.finditer(rf"(?<![^\W_]){mark}(?![^\W_])", formula)]
    return any(formula[max(a - 1, 0) : a] + formula[b : b + 1] != "()" for a, b in spans)


# "• IS Indeks Sosial": a bulleted line, a symbol in capitals, its name (no '=')
_BULLET_LEGEND_LINE = lazy(
    r"^[ \t]*[-•*▪●◦][ \t]*(?P<symbol>[A-Z][A-Z0-9]{0,7})[ \t]+(?P<name>[^\W\d_][^\n]*)$"
)


# "a. Jumlah desa mandiri": a lettered line names the symbol 'a' when the formula uses it
_LETTERED_LEGEND_LINE = lazy(
    r"^[ \t]*(?:(?P<symbol>[a-zA-Z])[.)]|\((?P<bracketed>[A-Za-z][A-Za-z0-9]{0,5})\))[ \t]+"
    r"(?![^\W_]{1,12}(?:[ \t]{3}|\t))"  # "i. A    Jumlah …": the mark of a symbol's line
    r"(?P<name>[^\W\d_][^\n]*)$"
)


# "b. Toll Fee adalah tarif …": a term of the formula in words (up to four), then its meaning
_TERM_LINE = lazy(
    r"^[ \t]*(?:(?:" + LIST_MARK + r"|[a-z][.)])[ \t]*)?"
    r"(?P<symbol>(?:[^\W\d_]|0(?=[ \t]*&))"  # "0 & M": OCR's 0 for O
    r"[^\W_&]*(?:[ \t]*&[ \t]*[^\W_]+|[ \t]+[^\W\d_][^\W_]*){0,3})"
    r"[ \t]+(?i:ada[lI1i]ah|merupakan|yaitu|ialah)[ \t]+(?P<name>[^\n]*)$"
)


# "Jumlah desa mandiri = A": the name first, then its symbol
_REVERSED_LEGEND_LINE = lazy(
    r"^[ \t]*(?P<name>[^\W\d_][^=:\n]*?(?:[^\W_]|[%)]))[ \t]*[=:][ \t]*"
    r"(?P<symbol>[A-Z][A-Za-z0-9]{0,5})[ \t]*[.,;]?[ \t]*$"
)
_FLIPPED = lazy(r"[A-Z][A-Za-z0-9]{0,5}|[a-z]")


def _flipped(
    symbol: str, pieces: list[str], formula: str, defined: set[str]
) -> tuple[str, list[str]] | None:
    """``Rencana = A``, ``L = A`` under ``A/B``: an entry whose "symbol" the formula does not
    write and whose "name" is one symbol it does: the name first, then its symbol (a careful
    reader goes by what the formula writes)."""
    named = " ".join(pieces).strip(" \t.,;|")
    if _FLIPPED.fullmatch(named) is None or _written_in(formula, symbol, defined):
        return None
    written = _written_in(formula, named, defined)
    return (named, [symbol]) if written else None
_ALIAS_LINE = lazy(
    r"^[ \t]*(?P<name>(?:[^\W\d_]|%[ \t]*[^\W\d_])"
    r"(?:[^\n()=:/]|\([^()\n=:]{1,80}\)|(?<=\S)/(?=\S))*?)[ \t]*"
    r"\((?P<symbol>[A-Z][A-Z0-9]{0,9})\)"
    r"[ \t]*[.,;]?[ \t]*$"
)


def _may_join(line: re.Match[str], formula_text: list[str]) -> bool:
    """Whether a line under the formula may open with symbols said together (``A1 dan A2 …``)."""
    return bool(formula_text) and " dan " in line.group(0)


@cache
def _legend_header() -> re.Pattern[str]:
    """An introducer on a line of its own: ``Keterangan:``, ``dengan ketentuan:``; with a word
    of ``[legend] heading_words`` after it (``Keterangan rumus``), or a word or two and a colon
    (``Penjelasan istilah teknis :``); never ``dengan`` and words (``… Kelurahan`` /
    ``dengan layanan internet``: the name goes on)."""
    heading = "|".join(_heading_words())
    return re.compile(
        r"^[ \t]*(?:(?:" + introducers() + r"|dengan)[ \t]*:?"
        r"|(?:" + introducers() + r")[ \t]+(?:" + heading + r")(?:[ \t]+[^\W\d_]{3,})?[ \t]*:?"
        r"|(?:" + introducers() + r")(?:[ \t]+[^\W\d_]{3,}){1,2}[ \t]*:)[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )




# "Uraian:", "Definisi :", "Simbol yang digunakan:": a heading of a few words ended by a colon,
# between the formula and the first entry of its legend
_HEADING = lazy(r"^[ \t]*[^\W\d_]{3,}(?:[ \t]+[^\W\d_]{2,}){0,3}[ \t]*:[ \t]*$")


def _name_first(found: re.Match[str]) -> bool:
    """Whether a legend line gives the name first, then its symbol (``Jumlah … = A``)."""
    return 0 <= found.start("name") < found.start("symbol")


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


# "LA x BPK. Rumus sebagaimana dimaksud pada ayat (1) menerangkan:" over "a. LA = …": the
# formula ends with a period, then a sentence that ends with a colon introduces the legend
# on the next lines (after a paragraph's number, "(2) Rumus …", lang/recovery.py sets the
# next paragraph aside, a guess it records)
_SENTENCE_HEADING = lazy(
    r"(?m)^(?P<formula>[^\n]*?[^\W_)%])\.(?P<sentence>[ \t]+"
    r"[A-Z][^\W\d_]*(?:[ \t]+[^\n:]*?)?[ \t]*:)[ \t]*\n"
)


def _sentence_heading(chars: list[str]) -> None:
    """Blank a sentence that introduces the legend after the formula on its line."""
    text = text_of(chars)
    found = _SENTENCE_HEADING.search(text)
    # an operator sign (not the hyphen of "rata-rata", "masing-masing": a word's)
    if found is None or not re.search(r"[+×*/÷:]|[ \t][-xX][ \t]", found.group("formula")):
        return
    after = text[found.end() :].split("\n", 1)[0]
    if len(found.group("sentence").split()) > 2 and (
        _legend_line().match(after) or _LETTERED.match(after)
    ):
        _blank(chars, found.start("sentence") - 1, found.end("sentence"))


def legend_below(text: str, chars: list[str], notes: list[str]) -> dict[str, str]:
    """``x = Jumlah …`` lines after the formula: blank them, return symbol → name."""
    if "\n" in text and ":" in text and ". " in text:  # "LA x BPK. Rumus … menerangkan:"
        _sentence_heading(chars)
        text = text_of(chars)
    if "\n" in text:  # "(a) A → …", "B. P := …", "- Jumlah … = a": written "A = …" first
        canonical_entries(chars)
        text = text_of(chars)
    if "\n" in text and "\n=" in text and _entries_over_lines(chars):  # "ITi" / "=" / "IT …"
        text = text_of(chars)
    if "\n" in text and symbols_over_names(chars):  # "A" / "Jumlah desa mandiri" / "B" / …
        text = text_of(chars)
    if "\n" in text and "):" in text and (bracketed := _named_in_brackets(chars, notes)):
        return bracketed  # "It (Indeks Harga yang Diterima): mencerminkan …"
    if "\n" not in text or not (
        "=" in text
        or ":" in text
        or "(" in text
        or SAID.search(text)
        or _LETTERED.search(text)
        or re.search(r"\t| [–—-] |[|→⇒]|[^\W_]   ", text)  # a column gap: "A    Jumlah …"
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
        if not line.group(0).strip() and (line.start() == line.end() or not formula_text):
            continue  # a heading blanked above the entries is no formula's line
        found = (
            _legend_line().match(line.group(0))
            or _BULLET_LEGEND_LINE.match(line.group(0))
            or _term(line.group(0), formula_text)
            or (joint_line().match(line.group(0)) if _may_join(line, formula_text) else None)
            or _LETTERED_LEGEND_LINE.match(line.group(0))
            or _REVERSED_LEGEND_LINE.match(line.group(0))
        )
        if found is not None and clause_word(_symbol(found)):
            found = None  # "yang merupakan lingkup …": the sentence above goes on
        if found is None and formula_text:  # "A – Jumlah …", "A<tab>Jumlah …", "A (Jumlah …)"
            found = _side_by_side(line.group(0), headed=_introduced(text, entries))
        if (
            formula_text
            and not entries
            and _HEADING.match(line.group(0))
            and not (found and _written_in("\n".join(formula_text), _symbol(found), set()))
        ):  # "Uraian:"; not "JPUT :" over its name, a symbol the formula writes
            entries.append(("", line.start(), line.end(), []))
            continue
        if formula_text and "|" in line.group(0) and _table_head(line.group(0)):
            entries.append(("", line.start(), line.end(), []))  # "| Simbol | Keterangan |"
            continue
        if entries and (_FOOTNOTE_LINE.match(line.group(0)) or (  # "*) data tahun berjalan"
            entries[-1][0] and _ITEM_UNDER.match(line.group(0))  # a list under an entry, not
            and not _ITEM_UNDER.match(text, entries[-1][1]))):  # the entries' own numbers
            entries.append(("", line.start(), line.end(), []))
            continue
        if entries and constant_line(line.group(0), "\n".join(formula_text)):
            # "25 = nilai dasar konversi" under "IKM = NRR x 25": the constant's own line
            entries.append(("", line.start(), line.end(), []))
            continue
        after = _ALIAS_BELOW.match(line.group(0)) if formula_text and ")" in line.group(0) else None
        if (
            after
            and (entries or after.group("mark"))  # under a heading, or a list's item
            and not any(symbol for symbol, *_ in entries)
            and _unbracketed(after.group("symbol"), "\n".join(formula_text))
        ):  # "A / B x 100%" / "Keterangan:" / "- Jumlah ASN (A)": a name, then its symbol
            name = _without_unit(after.group("name"))
            aliases.append((after.group("symbol"), line.start(), line.end(), name))
            continue
        alias = _ALIAS_LINE.match(line.group(0))
        if alias and (
            f"({alias.group('symbol')})" in alias.group("name").replace(" ", "")
            or computes(alias.group("name"))
        ):
            alias = None  # "terhadap (JKT)x(JKT)", "A (JKT) dibagi B (JSK)": it computes
        if alias and not entries and re.search(r"[^\W\d_]{2}", alias.group("name")):
            # "Jumlah kelurahan tertib (JKT)" above "JKT/JSK X 100%"; "x (JKT)" is a product
            aliases.append((alias.group("symbol"), line.start(), line.end(), alias.group("name")))
        elif (
            found
            and formula_text
            and not _SCALE_NAME.match(found.group("name"))
            and not (
                not entries
                and not _name_first(found)  # "… 95% = A": a name, then its symbol
                and _formula_line(found.group("name"), formula_text)
            )
        ):
            entries.append((_symbol(found), line.start(), line.end(), [found.group("name")]))
        elif _legend_header().match(line.group(0)) and formula_text:
            entries.append(("", line.start(), line.end(), []))
        elif (
            not formula_text
            and not THEN.match(line.group(0))
            and (
                (found and plain(named := found.group("name")) and _names_one(named))
                or (found and len(above) == 1 and _symbol(found) == above[0][0])  # "K=AS" / "K …"
                or _legend_header().match(line.group(0))
            )
        ):  # the legend above the formula: "a = Jumlah …" / "b = …" / "Rumus: a/b x 100%"
            symbol, first = (_symbol(found), [found.group("name")]) if found else ("", [])
            above.append((symbol, line.start(), line.end(), first))
        elif (
            entries
            and not found
            and (
                (
                    _remark(line.group(0))
                    and not _says("\n".join(formula_text), text, line)
                    and not waits_for_more(entries[-1][3])  # "… melalui pipa yang" / "ditetapkan …"
                )
                or (entries[-1][0] and _note_after(line.group(0), entries[-1][3], *_around_(line)))
            )
        ):  # "Y = Jumlah sampel yang diambil" / "Sampel (diambil secara acak) berasal dari …"
            entries.append(("", line.start(), line.end(), []))
        elif entries:  # a definition that goes on over the next line
            symbol, start, _, pieces = entries[-1]
            entries[-1] = (symbol, start, line.end(), [*pieces, line.group(0)])
        else:
            formula_text.append(line.group(0))
    if len(above) == 1 and formula_text and above[0][3] and above[0][0]:
        named = above[0][3][0].strip()  # "x = a" / "b × 100%" over "a = …": the label's line
        if named in {symbol for symbol, *_ in entries}:
            formula_text, above = [text[above[0][1] : above[0][2]], *formula_text], []
    if not formula_text and len(above) > 2 and above[0][3]:  # "H=DQN" over "D = …", "Q = …"
        written = text[above[0][1] : above[0][2]]  # "Capaian SKP = AxB": the whole line
        below = {symbol for symbol, *_ in above[1:] if symbol}
        apart = _unglued(written)  # "Hutan=AxB" over "A = …", "B = …"
        spelled = runs_of(written, below) or (
            apart != written and any(_written_in(apart, s, below) for s in below)
        )
        if spelled:
            formula_text, above = [text[above[0][1] : above[0][2]]], above[1:]
            entries, above = above, []
    if above and not entries and any(symbol for symbol, *_ in above):
        entries = above
    formula = _unglued("\n".join(formula_text))  # "Hutan=AxB", "((A-B)xCxD)xTD"
    entries = [part for entry in entries for part in _split_entry(entry, formula, definition())]
    legend: dict[str, str] = {}
    for symbol, start, end, name in aliases:
        inner = [m.group(1) for m in re.finditer(r"\(([A-Z][A-Z0-9]{0,9})\)", name)]
        if any(re.search(rf"(?<![^\W_]){s}(?![^\W_])", formula) for s in inner):
            continue  # "A (JKT) dibagi B (JSK)" over "JKT/JSK": two aliased names, no legend
        if re.search(rf"(?<![^\W_]){re.escape(symbol)}(?![^\W_])", formula):
            legend[symbol] = clean_name(name)
            _blank(chars, start, end)
    defined = {symbol for symbol, *_ in entries if symbol}
    together = runs_of(formula, defined) if len(defined) > 1 else set()  # "H=DQN"
    unmatched = [
        at
        for at, (s, *_) in enumerate(entries)
        if s and " " not in s and not _written_in(formula, s, defined)
    ]
    at = unmatched[0] if len(unmatched) == 1 else -1
    if at >= 0 and (typed := typed_otherwise(entries[at][0], formula, defined)):
        # "HI,d adalah …" under "Hj,d": the legend's symbol mistyped
        notes.append(f"the legend's symbol {entries[at][0]} read as the formula's {typed}")
        entries[at] = (typed, *entries[at][1:])
    used: list[_Entry] = []
    for symbol, start, end, pieces in entries:
        flipped = _flipped(symbol, pieces, formula, defined) if symbol else None
        symbol, pieces = flipped or (symbol, pieces)  # "Rencana = A": the name first
        written = (_written_in(formula, symbol, defined) or "") if symbol else ""
        written = written or (symbol if symbol in together else "")
        inside = (  # after an entry the legend uses, or under its introducer
            any(s for s, *_ in used) or used or _legend_header().match(text, start, end)
        )
        joint = " " in symbol  # "A1 dan A2 adalah …": two symbols said together, named neither
        index = symbol in "ijk" and _INDEXED.search(formula)  # "i = Tanaman Pangan, …"
        if not symbol or written or inside or joint or index:
            used.append((written, start, end, pieces))
    if not legend and not any(symbol for symbol, *_ in used):
        for symbol, start, end, _ in entries if any(" " in s for s, *_ in entries) else ():
            if " " in symbol:  # "A dan B adalah …" and nothing else: set aside, named neither
                _blank(chars, start, end)
        if _indices_only(entries, used, formula):  # "Keterangan:" / "ax = … sekolah x"
            for _, start, end, _ in used:
                _blank(chars, start, end)
            notes.append("the legend names only an index the formula's names carry")
        return {}
    for at, (symbol, start, end, pieces) in enumerate(used):
        if at == 0 or used[at - 1][1:3] != (start, end):  # a line's entries: blanked once
            _blank(chars, start, end)
        if symbol:
            name = sentence_end(clean_name(unquoted(" ".join(pieces))))  # "… mandiri. Data …"
            name = _FINAL_PERIOD.sub("", name).rstrip(" ,;|")
            name = _closed(AND_AT_END.sub("", _without_unit(name)))  # "… (Hak Cipta, Varie"
            for written in _subscript_spellings(symbol):  # x_1 and x_{1}
                legend[_OPERATOR_SYMBOLS.get(written[0], written[0]) + written[1:]] = name
    symbols_in_formula(chars, legend)
    if _bar_lost(chars, legend):
        notes.append("a bar lost between two symbols of the legend, one over the other")
    notes.append("the symbols are named by the legend: " + ", ".join(legend))
    return legend


# a table's rule in Markdown: "|---|---|", "| :--- | --- |"
_TABLE_RULE = lazy(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|){1,3}[ \t]*(?::?-{3,}:?[ \t]*)?$")


def _table_head(line: str) -> bool:
    """``| Simbol | Keterangan |`` or ``|---|---|``: the header row of a legend's table (its
    words all of ``[table_header]``) or its rule, under the formula: the legend's heading."""
    if _TABLE_RULE.match(line):
        return True
    cells = [cell.strip().casefold() for cell in line.strip().strip("|").split("|")]
    return len(cells) > 1 and all(cell in header_words() for cell in cells)


def _indices_only(entries: list[_Entry], used: list[_Entry], formula: str) -> bool:
    """``Negeriax`` / ``Tersediaax`` over ``Keterangan:`` / ``ax = merepresentasikan …
    sekolah x`` (kemendikbud-kspstk-lkj-2023-github#03): under its heading, a legend whose
    every symbol the formula writes only glued to the end of its names (at least two of
    them), as an index (``X_i``) is written: the names keep it, the legend is a note."""
    symbols = {symbol for symbol, *_ in entries if symbol}
    if not symbols or len(used) != len(entries) or used[0][3] or used[0][0]:
        return False  # a heading first ("Keterangan:"), every line the legend's
    if any(len(symbol) < 2 for symbol in symbols):
        return False  # "a. Lebih dari …": a list's letter; one letter ends many words
    for symbol in symbols:
        mark = re.escape(symbol)
        if re.search(rf"(?<![^\W_]){mark}(?![^\W_])", formula):
            return False  # written on its own: a symbol of the formula
        if len(re.findall(rf"(?<=[^\W\d_]){mark}(?![^\W_])", formula)) < 2:
            return False
    return True


def _bar_lost(chars: list[str], legend: dict[str, str]) -> bool:
    """``x = a`` / ``b × 100%`` over ``a = …``, ``b = …`` (an equation editor's fraction
    copied as text, kkp-psdkp-bitung, batch 21): the label's line ends with the numerator,
    the next line (after blank lines, perhaps) holds the denominator and the scale alone; the
    bar was lost between two symbols the legend names, so the break divides."""
    text = text_of(chars)
    lost = False
    for found in _STACKED_SYMBOLS.finditer(text) if "\n" in text else ():
        if found.group("over") in legend and found.group("under") in legend:
            chars[found.start("bar")] = "÷"
            for at in range(found.start("bar") + 1, found.end("bar")):
                chars[at] = " " if chars[at] == "\n" else chars[at]
            lost = True
    return lost


_STACKED_SYMBOLS = lazy(
    r"(?m)^(?:[^\n=]*=)?[ \t]*(?P<over>[^\W\d_][^\W_]{0,9})[ \t]*(?P<bar>\n(?:[ \t]*\n)*)"
    r"[ \t]*(?P<under>[^\W\d_][^\W_]{0,9})"
    r"(?=[ \t]*(?:[×xX*][ \t]*100[ \t]*%?)?[ \t]*(?:\n|$))"
)

OPERATOR_SYMBOLS = _OPERATOR_SYMBOLS
