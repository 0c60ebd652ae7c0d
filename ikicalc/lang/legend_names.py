"""The name a legend's entry gives its symbol: a unit in brackets at its end set aside
(``(orang)``, ``(Ha)``, ``(Ton/Ha)``, ``(%)``), any other word in brackets kept as part of
the name (``Skor … berdasarkan standar kompetensi (ideal)``); and the names a cell gives its
symbols, the legend's and the aliases in brackets the formula writes after a name."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources

from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang import ast, guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Formula
from ikicalc.lang.layout_cues import LIST_MARK, blank, operator
from ikicalc.lang.legend_ends import (
    SOURCE_CUES,
    comment_after,
    connectors,
    copulas,
    listed_verb,
    source_after,
)
from ikicalc.lang.legend_ends import sentence_end as sentence_end  # its old home
from ikicalc.lang.symbols import symbols_in_formula
from ikicalc.names import name_key, names_data
from ikicalc.patterns import lazy

__all__ = [
    "alias_names",
    "closed",
    "computes",
    "entries_over_lines",
    "formula_line",
    "lower_aliases",
    "named_in_brackets",
    "names_one",
    "plain",
    "says_symbol",
    "side_by_side",
    "split_entry",
    "symbol_names",
    "symbols_over_names",
    "unit_words",
    "unquoted",
    "valued",
    "without_unit",
    "written_whole",
]


_RATIO_OF = lazy(r"[ \t]*[^\W_]{1,6}(?:[ \t]*/[ \t]*[^\W_]{1,6})+[ \t]*$")
_RANGE = lazy(r"\d[ \t]*[-–−][ \t]*\d|(?i:\bke)[ \t]*[-–−][ \t]*[a-z0-9](?![^\W_])")  # "ke - i"


def plain(text: str) -> bool:
    """Whether ``text`` holds no arithmetic: a name, not a formula (a range of numbers,
    ``usia 4 - 6 tahun``, and an ordinal, ``Penduduk ke - i``, are part of a name)."""
    text = _RANGE.sub("0", text) if "-" in text or "–" in text or "−" in text else text
    return not (operator().search(text) or re.search(r"\s[-+−×÷/*]\s|\\frac|\\sum|[Σ∑]", text))


def names_one(named: str) -> bool:
    """A name above the formula, not a ratio of symbols (``IJDK = A/B`` over ``A = …``)."""
    return re.search(r"[^\W\d_]", named) is not None and not _RATIO_OF.match(named)


def formula_line(named: str, formula_text: list[str]) -> bool:
    """``ITKP = SP + KSDM + TK`` under a preamble: the formula, the legend comes after."""
    words = re.search(r"[^\W\d_]{2}", named)
    return (not plain(named) or not words) and plain("\n".join(formula_text))


# a unit after a definition: "(orang)", "(Ha)", "(Ton/Ha)", "(%)"; not "(t-1)", not "(Ekologi)"
_UNIT_IN_BRACKETS = lazy(
    r"\s*\((?![a-z](?:[-+−]\d)?\))(?:[a-z%][^()]{0,11}|[A-Z][a-z]{0,2}(?:/[A-Za-z]{1,3})?\d?"
    r"|[A-Z][a-z]{3,11}|Rp\.?)\)\s*$"
)


@cache
def unit_words() -> frozenset[str]:
    """The words a bracket at the end of a legend's name holds when it is the name's unit:
    the units of ``data/units.txt`` (names, symbols, aliases) and ``[legend] unit_words``."""
    text = resources.files("ikicalc").joinpath("data", "units.txt").read_text(encoding="utf-8")
    words = {
        piece.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
        for piece in line.split("=")
        if re.fullmatch(r"[ \t]*[A-Za-z%]+[ \t]*", piece)
    }
    return frozenset(words | {w.lower() for w in names_data()["legend"]["unit_words"]})


_QUOTED = lazy(r"^[ \t]*[“\"'‘](?P<name>[^“”\"'‘’\n]+)[”\"'’][ \t]*[.,;]?[ \t]*$")


def unquoted(name: str) -> str:
    """``name`` less the quotes around it (``A = “Jumlah desa mandiri”``)."""
    found = _QUOTED.match(name)
    return found.group("name") if found else name


# "… desa mandiri (sumber: DPMD)", "(data BPS)": where the data comes from, no part of a name;
# "(Satuan: juta Rupiah)": the unit it is counted in
_SOURCE_IN_BRACKETS = lazy(
    r"(?i)[ \t]*\([ \t]*(?:sumber|data|satuan)(?:[ \t]+data)?\b[^()]*\)[ \t]*$"
)


def without_unit(name: str) -> str:
    """``name`` less a unit in brackets at its end (``(orang)``, ``(Ha)``, ``(%)``, ``(Satuan:
    juta Rupiah)``) or the source of its data (``(sumber: DPMD)``, ``(data BPS)``); a word that
    is no unit stays
    (``… standar kompetensi (ideal)``)."""
    source = _SOURCE_IN_BRACKETS.search(name) if "(" in name else None
    name = name[: source.start()] if source and source.start() > 0 else name
    source = source_after().search(name) if guards.holds(name, *SOURCE_CUES) else None
    name = name[: source.start()] if source else name  # "…, sumber data: BKPSDM"
    said = comment_after().search(name) if ("," in name or ";" in name) and "di" in name else None
    if said and not listed_verb(name, said):  # "… ditemukan, dicatat dan dilaporkan": a list
        name = name[: said.end("before") + (name[said.end("before")] == ")")]  # "…, dihitung …"
    found = _UNIT_IN_BRACKETS.search(name)
    if found is None:
        return name
    inside = found.group(0).strip().strip("()").strip()
    first = re.split(r"[\s/]", inside)[0]  # a capitalised word of four letters and more:
    if (inside[:1].islower() or len(first) > 3) and first.lower() not in unit_words():
        return name  # a unit only if it is one ("(Orang)", "(Jiwa)"; not "(Ideal)")
    return name[: found.start()]


# "It (Indeks Harga yang Diterima): mencerminkan …": a symbol, its name in brackets, then a
# colon and what it describes; on a line of its own or after the sentence of another entry
_BRACKETED_ENTRY = lazy(
    r"(?:(?<=\n)|(?<=[.;][ \t]))[ \t]*(?P<symbol>[A-Z][A-Za-z0-9]{0,9})[ \t]*"
    r"\((?P<name>[^\W\d_][^()\n]{2,80})\)[ \t]*:"
)


def named_in_brackets(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``NTPI = (It / Ib) × 100`` / ``Penjelasan:`` / ``It (Indeks Harga yang Diterima):
    mencerminkan …. Ib (Indeks Harga yang Dibayar): …``: each entry names its symbol in
    the brackets after it; the sentence after the colon describes the quantity. When every
    entry's symbol is one the formula writes: the legend (and its introducer's line) is
    blanked and symbol → name returned."""
    text = text_of(chars)
    entries = list(_BRACKETED_ENTRY.finditer(text))
    if not entries:
        return {}
    formula = text[: entries[0].start()]
    legend: dict[str, str] = {}
    for entry in entries:
        symbol = entry.group("symbol")
        if not re.search(rf"(?<![^\W_]){re.escape(symbol)}(?![^\W_])", formula):
            return {}
        legend[symbol] = " ".join(entry.group("name").split())
    header = _INTRODUCER_LINE.search(formula)
    blank(chars, header.start() if header else entries[0].start(), len(chars))
    symbols_in_formula(chars, legend)
    notes.append("the symbols are named in brackets by the legend: " + ", ".join(legend))
    return legend


_INTRODUCER_LINE = lazy(
    r"(?im)^[ \t]*(?:keterangan|ket\.?|penjelasan|dimana|di\s+mana|dengan)[ \t]*:?[ \t]*\n\s*\Z"
)


# "… dibagi nilai standar menurut IFLA (0,02)": a quantity named in words, its value after it
_VALUE_AT_END = lazy(  # from a run's first blank, the blanks after taken once (not the square)
    r"(?:\((?<![ \t]\()|[ \t](?<![ \t]{2})[ \t]*\()"
    r"[ \t]*(?P<value>\d{1,3}(?:[.,]\d+)?)[ \t]*\)[ \t]*+\.?\s*+$"
)
_CONSTANT_WORDS = lazy(r"(?i)\b(?:nilai|standar|konstanta|angka|koefisien|faktor|bobot)\b")
# "… sebagaimana dimaksud dalam Pasal 15 ayat (4)": a bracket after the word of a reference is
# the number of the paragraph cited, no value
_CITED = lazy(r"(?i)\b(?:ayat|pasal|angka|huruf|butir|nomor|lampiran)[ \t\n]*$")


def valued(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``A / B dibagi nilai standar menurut IFLA (0,02)``: the last operand, a standard or a
    constant named in words, gives its value in brackets: set the bracket aside and return
    the name (as the formula writes it) → its value; the parser reads the name as the value
    (:data:`ikicalc.lang.reading.CONSTANT`)."""
    text = text_of(chars)
    found = _VALUE_AT_END.search(text) if ":" not in text else None
    if found is None:
        return {}
    before = list(operator().finditer(text, 0, found.start()))
    if not before:
        return {}
    name = " ".join(text[before[-1].end() : found.start()].split())
    if len(name.split()) < 2 or not _CONSTANT_WORDS.search(name) or "(" in name:
        return {}
    if _CITED.search(name):
        return {}
    blank(chars, found.start(), found.end())
    notes.append(f"the value of {name!r} is given in brackets after it")
    return {name: found.group("value")}


# "ITi" / "=" / "IT Subsektor i di suatu Provinsi": an entry exported one piece a line
_ENTRY_OVER_LINES = lazy(
    r"(?m)^[ \t]*[^\W\d_][^\W_]{0,11}[ \t]*(?P<first>\n)[ \t]*=[ \t]*(?P<second>\n)"
    r"(?=[ \t]*[^\W\d_]{2})"
)


def entries_over_lines(chars: list[str]) -> bool:
    """``NTPp`` / ``=`` / ``NTP Gabungan …`` / ``ITi`` / ``=`` / ``IT Subsektor …``: a
    legend whose entries an equation editor exported one piece a line; each becomes one line
    (``ITi = IT Subsektor …``: the two line breaks around the ``=`` are spaces). At least two
    entries."""
    found = list(_ENTRY_OVER_LINES.finditer(text_of(chars)))
    if len(found) < 2:
        return False
    for entry in found:
        chars[entry.start("first")] = chars[entry.start("second")] = " "
    return True


# "A" / "Jumlah desa mandiri" / "B" / "Jumlah seluruh desa": a legend's table exported one
# cell a line, each symbol alone on its line over its name
_SYMBOL_OVER_NAME = lazy(
    r"(?m)^[ \t]*(?:" + LIST_MARK + r"[ \t]+)?"  # "a. A" / "Jumlah …": after a list's mark too
    r"(?P<symbol>[A-Z][A-Za-z0-9]{0,7}|[a-z][0-9]?)[ \t]*:?[ \t]*(?P<break>\n)"
    r"(?=[ \t]*[^\W\d_]{2,}[^\n=:]*(?:\n|$))"
)


def symbols_over_names(chars: list[str]) -> bool:
    """``A`` / ``Jumlah desa mandiri`` / ``B`` / ``Jumlah seluruh desa`` under the formula: each
    symbol the formula writes, alone on its line, over its name; each pair becomes one line
    (``A=Jumlah desa mandiri``: the line break is the entry's sign). At least two pairs."""
    text = text_of(chars)
    found = list(_SYMBOL_OVER_NAME.finditer(text))
    if len(found) < 2:
        return False
    formula = text[: found[0].start()]
    if not all(
        re.search(rf"(?<![^\W_]){re.escape(m.group('symbol'))}(?![^\W_])", formula) for m in found
    ):
        return False
    for pair in found:
        chars[pair.start("break")] = "="
    return True


def closed(name: str) -> str:
    """``name`` as the grammar can read it when the export cut it inside a bracket (``… HKI
    (Hak Cipta, Desain Produk Industri, Perlindungan Varie``: the cell ended there): the
    brackets it left open closed at its end. The words are kept as written; the bracket is
    closed so that the name reads back (``parse(str(f)) == f``) and a data column can be
    named after it."""
    opened = name.count("(") - name.count(")")
    return name + ")" * opened if opened > 0 else name


# "Indek yang diterima petani (lt)", "… petani(lb)": a symbol of two or three letters, not in
# capitals (OCR'd "It", "Ib"), in brackets at the end of a name, spaced or glued
_LOWER_ALIAS = lazy(r"[ \t]*\([ \t]*(?P<alias>[a-z][a-zA-Z]{1,2}|[A-Z][a-z]{1,2})[ \t]*\)$")


def lower_aliases(names: list[str]) -> dict[str, str]:
    """Names whose bracket at the end is the symbol the document gives them, not a word of
    the name: ``Indek yang diterima petani (lt) x 100`` / ``Indeks yang dibayar petani(lb)``
    → the names less the brackets. A careful reader sees the formula's symbols written beside
    its names: only when at least two names end so, each with its own symbol, none a unit
    (``Berat Badan (kg) / Tinggi Badan (m)``) and none a time (``(t)``, one letter)."""
    found = {name: _LOWER_ALIAS.search(name) for name in names}
    aliased = {name: alias for name, alias in found.items() if alias is not None}
    symbols = [alias.group("alias") for alias in aliased.values()]
    if len(aliased) < 2 or len(set(symbols)) < len(symbols):
        return {}
    if any(symbol.lower() in unit_words() for symbol in symbols):
        return {}
    return {name: name[: alias.start()] for name, alias in aliased.items() if alias.start() > 0}


# "A – Jumlah desa mandiri", "A<tab>Jumlah desa mandiri" (a table's two cells): under the
# formula, a symbol, a dash or a tab, and a name of at least two words; a column gap after a
# symbol, not after a word ("Kinerja       Jumlah …" is a label's column)
_DASHED_LINE = lazy(
    r"^[ \t]*(?:" + LIST_MARK + r"[ \t]*)?\(?(?P<symbol>[^\W\d_][^\W_]{0,11})\)?"
    r"(?:[ \t]+[–—-][ \t]+|[ \t]*\t[ \t]*|(?<![a-z]{3})[ \t]{3,})"
    r"(?P<name>[^\W\d_]+[ \t]+[^\W\d_][^\n]*)$"
)


# "A – Produktivitas", "D – kerugian": under an introducer, a name of one word after a dash
_DASHED_WORD = lazy(
    r"^[ \t]*\(?(?P<symbol>[^\W\d_][^\W_]{0,11})\)?[ \t]+[–—-][ \t]+"
    r"(?P<name>[^\W\d_][^\W_]*(?:/[^\W_]+)*)[ \t]*[.,;]?[ \t]*$"
)
_NAME_IN_BRACKETS = lazy(  # "JPK (Jumlah Perkara yang diselesaikan)" under the formula
    r"^[ \t]*(?P<symbol>[A-Z][A-Z0-9]{0,9})[ \t]*\((?P<name>[^\W\d_]+[ \t][^()\n]+)\)"
    r"[ \t]*[.,;]?[ \t]*$"
)
# "A      Jumlah …", "A<tab>Rencana" (pdftotext -layout): under a legend's introducer, a column
# gap of three spaces is enough, and a name of one word
_GAP_LINE = lazy(
    r"^[ \t]*\(?(?P<symbol>[^\W\d_][^\W_]{0,11})\)?(?:[ \t]*\t[ \t]*|[ \t]{3,})"
    r"(?P<name>[^\W\d_][^\n]*)$"
)


def side_by_side(line: str, headed: bool) -> re.Match[str] | None:
    """A legend's line that sets its symbol and its name side by side, with no ``=``: a dash,
    a tab or a column gap between them (``A – Jumlah …``, ``A<tab>Jumlah …``, ``A      Jumlah
    …``), or the name in brackets (``JPK (Jumlah Perkara …)``); a name of one word only
    after the legend's introducer (``headed``: ``Keterangan:`` / ``A      Rencana``, ``A –
    Produktivitas``)."""
    return (
        _DASHED_LINE.match(line)
        or _NAME_IN_BRACKETS.match(line)
        or ((_GAP_LINE.match(line) or _DASHED_WORD.match(line)) if headed else None)
    )


Entry = tuple[str, int, int, list[str]]
"""A legend's entry: its symbol, where its lines start and end, the pieces of its name."""


# "… sedangkan mfi adalah …", "… dan 𝛾 merupakan …": a symbol the formula writes, said
_SUBSCRIPTED = r"(?:_\{?[^\W_]{1,4}\}?|\([a-z]\)|(?:,[^\W_]{1,4}){1,2})?"
"""What an equation writes after a symbol's letters: an index in brackets (``A2(i)``) or
subscripts after a comma (``Ij,L``, ``Ij,ing,L``), as a formula editor's subscripts are typed."""
@cache
def _said_symbol() -> re.Pattern[str]:
    """``… sedangkan mfi adalah …``, ``… setahun. Ij,L yakni …``: a symbol (perhaps with an
    editor's subscript) and a copula of the class (``[entries] copulas``), inside a line."""
    return re.compile(
        r"(?<=\s)(?P<symbol>[^\W\d_][^\W_]{0,7}" + _SUBSCRIPTED + r")[ \t]+"
        r"(?:" + copulas() + r")[ \t]+"
    )
# "…;  un,out<tab>= …", "… setahun. zj,max : …": a symbol with an editor's subscript and a
# sign, after the end of the entry before it
_SET_SYMBOL = lazy(
    r"(?<=[.;,][ \t])[ \t]*(?P<symbol>[^\W\d_][^\W_]{0,7}(?:_\{?[^\W_]{1,4}\}?|\([a-z]\)"
    r"|(?:,[^\W_]{1,4}){1,2}))[ \t]*[=:][ \t]+"
)


# "…, 𝑚𝑓𝑖 merupakan fraksi … dan 𝑞 jumlah seluruh sampah": after a list's comma or "dan", a
# symbol of the formula and its name, the copula of the entries before it understood
_LISTED_SYMBOL = lazy(
    r"(?:,|[ \t](?i:dan|serta|sedangkan))[ \t]+(?P<symbol>[^\W\d_][^\W_]{0,7})[ \t]+"
    r"(?!(?i:ada[lI1i]ah|merupakan|yaitu|ialah)\b)(?=[^\W\d_]{3,}[ \t]+[^\W\d_])"
)
_INDICES = frozenset("ijkntIJKNT")


def _in(symbol: str, formula: str, exact: bool = False) -> bool:
    """Whether the formula writes ``symbol`` (not a word such as ``yang`` of its prose);
    ``exact``: as a symbol of its own, not the letters of ``A2(i)`` (``nilai A1 dan A2``)."""
    if symbol.lower() in connectors():
        return False
    after = r"(?![^\W_]|\()" if exact else r"(?![^\W_])"
    return re.search(rf"(?<![^\W_]){re.escape(symbol)}" + after, formula) is not None


def _start(found: re.Match[str]) -> int:
    return found.start("symbol")


def split_entry(entry: Entry, formula: str, definition: re.Pattern[str]) -> list[Entry]:
    """``A adalah Jumlah …, B adalah Jumlah …`` on one line: one entry per definition; so
    does a symbol of the formula's said in a sentence (``Dimana EVr adalah … sedangkan mfi
    adalah …``)."""
    symbol, start, end, pieces = entry
    joined = " ".join(piece.strip() for piece in pieces)  # "… DBD" / "<tab>yang …": no column
    inner = [m for m in definition.finditer(joined) if m.start() > 0]
    said = [m for m in _said_symbol().finditer(joined) if _in(m.group("symbol"), formula)]
    if ";" in joined or "." in joined:
        said += [m for m in _SET_SYMBOL.finditer(joined) if _in(m.group("symbol"), formula)]
        said.sort(key=_start)
    if said:  # "… dan 𝑞 jumlah seluruh sampah": the last symbol listed, its copula left out
        copulas = {m.start("symbol") for m in said}
        said += [
            m
            for m in _LISTED_SYMBOL.finditer(joined, said[0].end())
            if _in(m.group("symbol"), formula, exact=True)
            and m.group("symbol") not in _INDICES
            and m.start("symbol") not in copulas
        ]
        said.sort(key=_start)
    taken = {m.start("symbol") for m in inner}
    inner = sorted([*inner, *(m for m in said if m.start("symbol") not in taken)], key=_start)
    if not symbol or not inner:
        return [entry]
    parts: list[Entry] = [(symbol, start, end, [joined[: inner[0].start()]])]
    for this, after in zip(inner, [*inner[1:], None], strict=True):
        text = joined[this.end() : after.start() if after else len(joined)]
        parts.append((this.group("symbol"), start, end, [text]))
    return _joint(parts)


# "… dan A1(i) dan" before "A2(i) ialah nilai A1 dan A2 …": symbols listed before one copula
_JOINT = lazy(
    r"(?:[ \t,]+(?:dan|serta)|,)[ \t]+(?P<symbols>[^\W\d_][^\W_]{0,5}" + _SUBSCRIPTED
    + r"(?:[ \t]*(?:,|dan|serta)[ \t]+[^\W\d_][^\W_]{0,5}" + _SUBSCRIPTED + r")*)"
    r"[ \t]*(?:,|[ \t](?:dan|serta))[ \t]*$"
)
_SHAPED = lazy(r"[^\W\d_][^\W_]*(?:\d|\([a-z]\)|,)")


def _joint(parts: list[Entry]) -> list[Entry]:
    """``B(i) ialah aktivitas … dan A1(i) dan A2(i) ialah nilai A1 dan A2 untuk …``
    (bapeten-kepka-4-1999 #04): two symbols said together before one copula, their one name
    the names of both in turn; the entry before ends where they start, and the joint entry
    names neither symbol (no reader can tell which words are whose)."""
    for at in range(len(parts) - 1):
        found = _JOINT.search(" ".join(parts[at][3]))
        listed = found and re.split(r"[ \t]*(?:,|dan|serta)[ \t]+", found.group("symbols"))
        if found and listed and all(_SHAPED.match(s) for s in listed):
            symbol, start, end, _ = parts[at]
            parts[at] = (symbol, start, end, [" ".join(parts[at][3])[: found.start()]])
            parts[at + 1] = ("", *parts[at + 1][1:])
    return parts


def says_symbol(line: str, formula: str) -> bool:
    """Whether ``line`` says what a symbol of ``formula`` is (``… dan pri merupakan harga
    …``): more of a legend, not a remark about the data."""
    return any(_in(m.group("symbol"), formula) for m in _said_symbol().finditer(" " + line))


_ALIAS = lazy(r"\(\s*([A-Z][A-Z0-9]{0,9})\s*\)")


def symbol_names(legend: Mapping[str, str], aliases: Mapping[str, str]) -> dict[str, str]:
    """The names the cell gives its symbols: the legend's, and the aliases in brackets after
    a name (:func:`alias_names`), keyed by ``name_key`` of the symbol."""
    names: dict[str, str] = dict(legend)  # as written first: "n" and "N" may differ
    for symbol, name in legend.items():
        names.setdefault(name_key(symbol), name)
    for symbol, name in aliases.items():
        names.setdefault(symbol, name)
    return names


def alias_names(node: ast.Expr) -> dict[str, str]:
    """The aliases in brackets after a name in the formula itself (``Jumlah kelurahan tertib
    (JKT)``), keyed by ``name_key`` of the alias: what a symbol means when its legend entry
    is not a name."""
    names: dict[str, str] = {}
    for sub in ast.walk(node):
        if isinstance(sub, ast.Variable):
            for alias in _ALIAS.finditer(sub.name):
                names.setdefault(name_key(alias.group(1)), sub.name)
    variables = [sub.name for sub in ast.walk(node) if isinstance(sub, ast.Variable)]
    names |= lower_aliases(variables) if ")" in "".join(variables) else {}  # "petani (lt)"
    return names


# what makes a legend's definition a computation, not a name: a spaced sign, '=', an
# operator verb ("jumlah A dibagi jumlah B"); not the span of a difference's times after
# them ("… pada tahun (n-1) - n")
_COMPUTES = lazy(
    r"[=+×÷*{}\\\n]|\s[-−/:xX]\s(?!(?<=\)[ \t][-−][ \t])[nNtT](?![^\W_]))"
    r"|(?i:\b(?:di[ \t]*(?:bagi|kali|tambah|kurangi)\w*"
    r"|dikurangkan|berbanding|dibanding\w*|kali|bagi)\b)"
)


def computes(text: str) -> bool:
    """Whether a legend's text computes: a spaced sign, ``=``, an operator verb (``jumlah A
    dibagi jumlah B``)."""
    return _COMPUTES.search(text) is not None


def written_whole(text: str, parse: Callable[[str], object]) -> bool:
    """Whether a legend's definition that the grammar reads as more than one name is one
    name all the same (``fraksi sampah jenis i terhadap jumlah sampah …``: ``terhadap`` makes
    a ratio of a cell, never of a legend's name): it computes nothing (no sign, no ``=``, no
    operator verb) and reads back as one name written whole (``\\text{…}``, as the
    canonical text writes it)."""
    if _COMPUTES.search(text):
        return False
    probe = _TIMES_SPANNED.sub(") ", text)  # "… tahun (n-1) - n": the span is words
    try:
        read = parse("\\text{" + probe + "}")
    except FormulaSyntaxError:
        return False
    return isinstance(read, Formula) and read.expr == ast.Variable(probe)


_TIMES_SPANNED = lazy(r"\)[ \t][-−][ \t](?=[nNtT](?![^\W_]))")

