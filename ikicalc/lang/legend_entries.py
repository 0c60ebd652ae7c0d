"""A legend's entries read by their structure, whatever their marks, separators and order.

An entry of a legend is a SYMBOL the formula writes, a SEPARATOR and a NAME, perhaps after a
list MARK: ``(a) A → Jumlah …``, ``B. P := …``, ``o X1 : adalah …``, ``iii. K.1 yakni …``,
``- IK_1 | …``, ``P1<tab>…``; or the name first (``- Jumlah … = a``). A careful reader
knows an entry by that shape and by its symbol being one the formula writes, not by the
glyph of its mark or the word of its separator: a mark is any bullet, number or letter of a
list, a separator any sign of equality, colon, arrow, bar, dash or tab, with or without a
COPULA after it (``[entries] copulas`` in ``data/legends.toml``: ``adalah``, ``yakni`` …).
:func:`canonical_entries` writes each such line as ``SYMBOL = NAME`` in place (the mark
and the separator's extra characters blanked, a name-first entry turned round within its
line: the cell keeps its length), blanks the legend's heading line (a word or three of a
heading's class ending in ``:`` or ``,``) and a ``maka`` / ``Rumus:`` line between a legend
written first and its formula, and writes a symbol with a dot (``K.1``) with an underscore
(``K_1``) where the legend names it; :func:`ikicalc.lang.legends.legend_below` then reads
the lines it always read.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import BAR_TEXT, LIST_MARK
from ikicalc.lang.layout_cues import blank as _blank
from ikicalc.lang.legend_ends import SOURCE_CUES, copulas, source_after
from ikicalc.lang.legend_inline import introducers
from ikicalc.lang.legend_marks import marked_symbols
from ikicalc.lang.letter_x import unglued
from ikicalc.lang.symbols import runs_of, typed_apart
from ikicalc.patterns import lazy

__all__ = ["canonical_entries", "canonical_text", "copulas", "legend_lines", "sources_aside"]


_SYMBOL = r"[^\W\d_][^\W_]{0,9}(?:[._][^\W_]{1,3}|-[^\W\d_]{1,3}|\([a-z](?:[-+−]\d)?\))?"
"""A symbol: a word of up to ten letters or digits opened by a letter, perhaps a subscript
after ``_`` or a dot (``P_1``, ``K.1``), a hyphen and a letter or three (``ASN-T``) or a
time in brackets (``X(t-1)``)."""

_MARK = r"(?:" + LIST_MARK + r"|[A-Z][.)]|\([A-Z]\)|o|➢|→)"
"""A list's mark: :data:`LIST_MARK`, a capital letter (``A.``, ``B)``, ``(C)``) or a bullet
letter ``o``."""


@cache
def _entry() -> re.Pattern[str]:
    copula = r"(?i:" + copulas() + r")"
    return re.compile(
        r"^(?P<mark>[ \t]*" + _MARK + r"[ \t]+|[ \t]*)"
        r"(?P<symbol>" + _SYMBOL + r")"
        r"(?P<sep>[ \t]*(?::=|[=:→⇒|])(?:[ \t]*" + copula + r"(?=[ \t]|$))?[ \t]*"
        r"|[ \t]+" + copula + r"(?:[ \t]+|$)|[ \t]+[–—-][ \t]+|[ \t]*\t[ \t]*)"
        r"(?P<name>\S[^\n]*|(?<=[=:→⇒|])[ \t]*|(?<=[^\W\d_])[ \t]*)$"
    )


@cache
def _junction() -> re.Pattern[str]:
    """Two entries on one line where a list's item ends (``…; dan (2) B<tab>…``, ``…: JPYMP;
    dan Jumlah … : JPYD.``): the lines were joined after the item's ``; dan``."""
    mark = r"(?:" + _MARK + r"[ \t]+)"
    return re.compile(
        r"(?<=[;,])[ \t]*(?:(?i:dan|atau|serta)[ \t]+)?(?="
        + mark + r"?(?P<symbol>" + _SYMBOL + r")(?:[ \t]*(?::=|[=:→⇒|])|\t)"
        r"|" + mark + r"?[^\W\d_][^=:;\n]{2,80}?[ \t]*[=:][ \t]*(?P<last>" + _SYMBOL + r")"
        r"[ \t]*[.,;]?(?:[ \t]+(?i:dan|atau))?[ \t]*(?:\n|$))"
        # "…; dan Q yaitu …": after a list item's semicolon, an entry with a copula or a dash
        r"|(?<=;)[ \t]*(?:(?i:dan|atau|serta)[ \t]+)?(?=" + mark + r"?(?P<said>" + _SYMBOL + r")"
        r"(?:[ \t]+(?i:" + copulas() + r")[ \t]|[ \t]+[–—][ \t]))"
    )


@cache
def _name_first() -> re.Pattern[str]:
    return re.compile(
        r"^(?P<mark>[ \t]*" + _MARK + r"[ \t]+|[ \t]*)"
        r"(?P<name>[^\W\d_][^=:\n]*?[^\W_])(?P<sep>[ \t]*[=:][ \t]*)"
        r"(?P<symbol>" + _SYMBOL + r")(?P<end>[ \t]*[.,;]?(?:[ \t]+(?i:dan|atau))?[ \t]*)$"
    )


@cache
def _heading() -> re.Pattern[str]:
    """A legend's heading: an introducer (``Keterangan``, ``Ket.``, ``di mana``, ``dengan``)
    perhaps with a word or two after it, or a word or three ended by ``:`` or ``,``."""
    return re.compile(
        r"^[ \t]*(?:(?i:(?:" + introducers() + r"|dengan)(?:[ \t]+[^\W\d_]{3,}){0,2})[ \t]*[:,.]?"
        r"|[^\W\d_][a-z]{2,}(?:[ \t]+[a-z]{2,}){0,2}[ \t]*[:,])[ \t]*$"
    )


# "maka", "Rumus:", "Formula :", "Cara menghitung:": between a legend written first and its
# formula
_THEN = lazy(
    r"^[ \t]*(?:(?i:maka|sehingga|jadi)|[^\W\d_]{3,}(?:[ \t]+[^\W\d_]{3,})?[ \t]*:)[ \t]*$"
)
# "maka A", "Rumus : JMB−S": the word that opens the formula written after its legend
_THEN_OPENS = lazy(
    r"[ \t]*(?:(?i:maka|sehingga|jadi)|(?i:rumus(?:nya)?|formula(?:si)?)(?:[ \t]+[^\W\d_]{3,})?"
    r"[ \t]*[:=])[ \t]+(?=\S)"
)
# a heading ending the formula's line: "… x 100% Uraian :", "… Keterangan notasi:"
_HEADING_TAIL = lazy(r"(?<=[\w%)])[ \t]+[^\W\d_]{3,}(?:[ \t]+[^\W\d_]{3,}){0,2}[ \t]*:[ \t]*$")
_PROSE = lazy(r"[^\W\d_]*[a-z]{2}")  # a word of a name ("Jumlah", "desa"), not "JKL", "x"
_OPERATOR = lazy(r"[/×÷*+]|(?<=\S)[ \t][xX-][ \t](?=\S)|\\frac|(?<=[^\W_])[ \t]*:[ \t]*(?=[^\W_])")


def _symbolic(symbol: str) -> bool:
    """Whether ``symbol`` looks like a symbol, not a word of a name: up to two letters, or
    one with a capital, a digit, a dot or an underscore after its first letter."""
    return len(symbol) <= 2 or any(c.isupper() or c.isdigit() or c in "._(" for c in symbol)


def _piece(line: str) -> bool:
    """Whether ``line`` is a piece of a stacked formula: its symbols alone (``JMHK``, ``A −
    B``), perhaps after the word that opens a formula written after its legend (``maka A``)."""
    opened = _THEN_OPENS.match(line)
    return _PIECE.match(line, opened.end() if opened else 0) is not None


def _dash_computes(entry: re.Match[str]) -> bool:
    """Whether an entry whose sign is a dash (``A - …``) is a difference instead: the
    symbol named again after it (``Rencana - (Realisasi - Rencana)``, the LKjIP capaian of
    an indicator where less is better, over ``Rencana``), which no definition does."""
    if entry.group("sep").strip() not in ("-", "–", "—"):
        return False
    symbol = re.escape(entry.group("symbol"))
    return re.search(rf"(?<![^\W_]){symbol}(?![^\W_])", entry.group("name")) is not None


def _in_capitals(symbol: str, text: str) -> bool:
    """Whether the cell writes ``symbol`` (``trpt``, ``Jtdm``: a word to look at) in capitals
    too, as a symbol (``TRPT``): the legend typed it in lower case."""
    upper = symbol.upper()
    found = re.search(rf"(?<![^\W_]){re.escape(upper)}(?![^\W_])", text)
    return upper != symbol and found is not None


_ARITHMETIC = lazy(
    r"(?<![^\W_.])(?P<a>" + _SYMBOL + r")\)?[ \t]*(?:[/×÷*+:]|[ \t][xX-][ \t])[ \t]*\(?"
    r"(?P<b>" + _SYMBOL + r"|\d+)(?![^\W_])"
)


def _computes(name: str) -> bool:
    """Whether an entry's "name" computes (``(X.1 : X.2) x 100% dimana :``): an operator
    between two symbols, or a symbol and a number."""
    return any(
        _symbolic(found.group("a")) and (found.group("b").isdigit() or _symbolic(found.group("b")))
        for found in _ARITHMETIC.finditer(name)
    )


def _written(symbol: str, formula: str) -> bool:
    """Whether the formula writes ``symbol``, as the legend spells it or typed apart from it
    (:func:`ikicalc.lang.symbols.typed_apart`: ``Jtdm`` for ``JTDM``, ``X1`` for ``X₁``)."""
    exact = re.search(rf"(?<![^\W_.]){re.escape(symbol)}(?![^\W_]|\.\d)", formula)
    return exact is not None or typed_apart(formula, symbol) is not None


_DOTTED = lazy(r"(?<![^\W_.])[A-Z][A-Za-z]{0,3}\.\d{1,2}(?![^\W_]|\.\d)")


def _dotted(chars: list[str]) -> None:
    """A symbol with a dot written in the formula and again in its legend (``K.1``, ``IK.2``)
    is written with an underscore: a subscript the grammar reads."""
    text = text_of(chars)
    found = [m for m in _DOTTED.finditer(text)]
    for match in found:
        if sum(other.group(0) == match.group(0) for other in found) > 1:
            chars[match.start() + match.group(0).index(".")] = "_"


def canonical_entries(chars: list[str]) -> bool:
    """Write the legend's entries of the cell ``chars`` as ``SYMBOL = NAME``, in place;
    whether an entry is an equation of symbols (``T := Q + R``)."""
    text = text_of(chars)
    if "\n" not in text:
        return False
    if guards.has(text, "Δ", "∆", "Σ", "∑") and marked_symbols(chars):  # "∆ PKA : …"
        text = text_of(chars)
    if "." in text:  # "K.1 ialah …" under "K.1/K.2 x 100%": one symbol, "K_1"
        _dotted(chars)
        text = text_of(chars)
    junctions = list(_junction().finditer(text)) if ";" in text or "," in text else []
    spelled: set[str] = set()  # "G = WALQ" over "…; dan Q yaitu …": Q is a letter of it
    if junctions:
        heads = [_entry().match(line) for line in text.split("\n")]
        named = {h.group("symbol") for h in heads if h} | {
            j.group("symbol") or j.group("last") or j.group("said") for j in junctions
        }
        spelled = runs_of(text, named) if len(named) > 1 else set()
    for junction in junctions:
        symbol = junction.group("symbol") or junction.group("last") or junction.group("said")
        again = len(re.findall(rf"(?<![^\W_.]){re.escape(symbol)}(?![^\W_])", text)) > 1
        elsewhere = typed_apart(text.replace(symbol, " " * len(symbol)), symbol)
        again = again or symbol in spelled or elsewhere is not None  # "…; pabd: …", "JIH-Y"
        item = text[text.rfind("\n", 0, junction.start()) + 1 : junction.start()]
        if junction.group("last") and not (_entry().match(item) or _name_first().match(item)):
            continue  # "Jumlah dokter, perawat, dan mantri = A": commas of one name
        if junction.end() > junction.start() and again:
            _blank(chars, junction.start(), junction.end())
            chars[junction.start()] = "\n"
            text = text_of(chars)
    text = unglued(text)  # "Hutan=AxB" over "A = adalah …": the symbols are words of it
    lines = list(re.finditer(r"[^\n]+", text))
    found: dict[int, tuple[re.Match[str], bool]] = {}
    for number, line in enumerate(lines):
        entry = _entry().match(line.group(0))
        name = entry.group("name") if entry else ""
        if not name.strip() and number + 1 < len(lines):  # "K.1 : adalah" / "Jumlah …"
            after = lines[number + 1].group(0)
            name = "" if _entry().match(after) else after
        symbolic = entry is not None and (
            _symbolic(entry.group("symbol")) or _in_capitals(entry.group("symbol"), text)
        )
        if entry is not None and _dash_computes(entry):
            continue  # "Rencana - (Realisasi - Rencana)": a numerator, no entry
        if entry is not None and symbolic and _PROSE.search(name):
            found[number] = (entry, False)
            continue
        signed = "=" in line.group(0) or ":" in line.group(0)
        flipped = _name_first().match(line.group(0)) if signed else None
        if flipped and _symbolic(flipped.group("symbol")) and " " in flipped.group("name"):
            found[number] = (flipped, True)
    if not found:
        return False
    rest = [n for n in range(len(lines)) if n not in found]
    formula_lines = [n for n in rest if _OPERATOR.search(lines[n].group(0))]
    pieces = [n for n in rest if _piece(lines[n].group(0)) and (n < min(found) or n > max(found))]
    formula_lines = sorted({*formula_lines, *pieces}) if formula_lines else formula_lines
    if not formula_lines:  # "Capaian = (X.1 : X.2) x 100% dimana :": the label's line
        computing = [n for n, (m, t) in found.items() if not t and _computes(m.group("name"))]
        formula_lines = computing[:1]
        found = {n: v for n, v in found.items() if n not in formula_lines}
    symbols = {m.group("symbol") for m, _ in found.values()}
    if not formula_lines and len(symbols) > 1:  # "L=BF" over "B – …", "F – …": their product
        for number in rest:
            product = _entry().match(lines[number].group(0))
            if product and runs_of(product.group("name"), symbols):
                formula_lines = [number]
                break
    if not formula_lines:
        return False
    formula = "\n".join(lines[n].group(0) for n in formula_lines)
    together = runs_of(formula, symbols) if len(symbols) > 1 else set()  # "H=DQN"
    entries = {
        n: (m, t)
        for n, (m, t) in found.items()
        if _written(m.group("symbol"), formula) or m.group("symbol") in together
    }
    if not entries or any(n in entries for n in formula_lines):
        return False
    main, equations = min(formula_lines), False
    for number in formula_lines[1:] if len(formula_lines) > 1 else ():  # "2. T := Q + R"
        entry = _entry().match(lines[number].group(0))
        before = lines[main].group(0)
        if entry and _computes(entry.group("name")) and _written(entry.group("symbol"), before):
            entries[number] = (entry, False)
            equations = True
    for number, (entry, turned) in entries.items():
        offset = lines[number].start()
        symbol = entry.group("symbol")
        if turned:
            written = lines[number].group(0)
            rebuilt = f"{symbol} = {entry.group('name')}{entry.group('end')}".ljust(len(written))
            chars[offset : offset + len(written)] = list(rebuilt)
            continue
        _blank(chars, offset + entry.start("mark"), offset + entry.end("mark"))
        start, end = offset + entry.start("sep"), offset + entry.end("sep")
        sign = next((at for at in range(start, end) if chars[at] not in " \t"), start)
        if not entry.group("name").strip():  # the name on the next line
            said = _COPULA_END.search(entry.group("sep"))
            if said:  # "A : adalah", "N1 yakni": "A :" as legends read it
                _blank(chars, start, end)
                chars[offset + len(lines[number].group(0).rstrip()) - 1] = ":"
            continue  # "A = ", "A :": as written
        _blank(chars, start, end)
        chars[sign] = "="
    first, last = min(entries), max(entries)
    below = first > min(formula_lines)
    above_first = lines[first - 1] if below and first - 1 in formula_lines else None
    tail = _HEADING_TAIL.search(above_first.group(0)) if above_first else None
    if above_first and tail:  # "Cakupan = A/B x 100% Uraian :" over the entries
        _blank(chars, above_first.start() + tail.start(), above_first.start() + tail.end())
    around = first - 1 if below else last + 1
    if 0 <= around < len(lines) and around not in formula_lines:
        pattern = _heading() if below else _THEN
        if pattern.match(lines[around].group(0)):
            _blank(chars, lines[around].start(), lines[around].end())
    elif not below and around in formula_lines:  # "maka A" / "f(x) = x 100%" / "B": a stack
        opened = _THEN_OPENS.match(lines[around].group(0))
        if opened:
            _blank(chars, lines[around].start(), lines[around].start() + opened.end())
    return equations


def canonical_text(text: str) -> str:
    """``text`` with its legend's entries written ``SYMBOL = NAME`` (:func:`canonical_entries`):
    what the reader of several equations reads (``T := Q + R`` under ``P / T x 100%``)."""
    chars = list(text)
    text = text_of(chars) if sources_aside(chars) else text  # "…, sumber data: BKPSDM"
    chars = list(text)
    marked = guards.has(text, "Δ", "∆", "Σ", "∑") and marked_symbols(chars)  # "∆ JHP = …"
    return text_of(chars) if canonical_entries(chars) or marked else text


def sources_aside(chars: list[str]) -> bool:
    """The source of an entry's data after its name (``A = Jumlah pegawai, sumber data:
    BKPSDM``, ``B : … - bersumber dari Bappeda``) set aside, in place: where the data comes
    from is no part of the name (``[sources] openers`` in ``data/legends.toml``). The line
    keeps the end of its list item (``; dan``) and its length, the spaces before it (a gap
    inside the line would read as columns); whether a source was set aside."""
    text = text_of(chars)
    if "\n" not in text or not guards.holds(text, *SOURCE_CUES):
        return False
    aside = False
    for line in re.finditer(r"[^\n]+", text):
        entry = _entry().match(line.group(0))
        source = source_after().search(entry.group("name")) if entry else None
        if entry and source and _symbolic(entry.group("symbol")):
            item_end = _ITEM_END.search(source.group(0))  # "; dan": the list item's end
            kept = line.group(0)[: entry.start("name") + source.start()]
            kept += item_end.group(0) if item_end else ""
            # the line less it, moved right: a gap inside it would read as columns
            chars[line.start() : line.end()] = list(kept.rjust(line.end() - line.start()))
            aside = True
    return aside


_ITEM_END = lazy(r"[ \t]*[.,;]?(?:[ \t]+(?i:dan|atau|serta))?[ \t]*$")


def _entry_start() -> str:
    """Where an entry opens inside a line: a mark or none, a symbol, its separator."""
    return (
        r"(?:" + _MARK + r"[ \t]+)?(?P<symbol>" + _SYMBOL + r")"
        r"(?:[ \t]*(?::=|[=:→⇒|])|[ \t]*\t|[ \t]+(?i:" + copulas() + r")[ \t])"
    )


@cache
def _inline_heading() -> re.Pattern[str]:
    """A legend's heading inside the formula's line, before its first entry (``… x 100%
    Ket : a : adalah …``, ``… Keterangan rumus : (1) P : …``)."""
    return re.compile(
        r"(?<=\S)[ \t]+(?:(?i:(?:" + introducers() + r"|dengan)(?:[ \t]+[^\W\d_]{3,}){0,2})"
        r"[ \t]*[:,.]?"
        r"|[^\W\d_][a-z]{2,}(?:[ \t]+[a-z]{2,}){0,2}[ \t]*:)[ \t]+(?=" + _entry_start() + r")"
    )


@cache
def _inline_junction() -> re.Pattern[str]:
    """Between two entries on one line: ``;``, ``,``, ``; dan``, ``dan,`` and the spaces."""
    return re.compile(  # each run of blanks taken once (three in a row cost the cube of a run)
        r"(?<![ \t])[ \t]*+[;,]?[ \t]*+(?:(?i:dan|atau|serta)[ \t]*+[;,]?)?[ \t]*+(?<=[ \t])"
        r"(?=" + _entry_start() + r")"
    )


def legend_lines(chars: list[str]) -> bool:
    """A legend on the formula's own line after its heading (``A/B x 100% Ket : - A :
    adalah …; - B : adalah …``) broken onto lines of its own, in place (a space becomes the
    line break, the words between two entries are blanked): a legend under its formula,
    read by its structure (:func:`canonical_entries`); whether it was."""
    text = text_of(chars)
    cue = ":" in text or guards.holds(text, *_INTRODUCER_CUES)
    head = _inline_heading().search(text) if cue and "\n" not in text.strip() else None
    if head is None or not _OPERATOR.search(text[: head.start()]):
        return False
    formula = text[: head.start()]
    if not _written(head.group("symbol"), formula) or not _WORDS.search(text, head.end()):
        return False  # "… dibagi dengan B = 100", "dimana, A = L B = Tu": no name of words
    marked = _OPENS_MARKED.match(text, head.end()) is not None  # the entries carry marks
    if not marked and not _SIGNED.match(text, head.end("symbol")) and "\t" not in text:
        return False  # "dimana Pb adalah …, serta K koefisien …": a sentence (legend_inline)
    if _BAR_RUN.search(formula):
        return False  # "A P = ------ B x 100% Dengan : …", "X A = x 100% Y": a stack joined
    entry = next(reversed([*_ENTRY_SAID.finditer(formula)]), None)
    if entry and _symbolic(entry.group("symbol")) and not _OPERATOR.search(formula, entry.end()):
        return False  # "A/B x 100% A = Jumlah … dengan baik B = …": the legend began before
    chars[head.start()] = chars[head.end() - 1] = "\n"  # the heading on a line of its own
    if text[head.start() : head.end()].rstrip()[-1] == ",":  # "dimana,": no heading reads it
        chars[head.start() + len(text[head.start() : head.end()].rstrip()) - 1] = " "
    ends = len(formula.rstrip()) - 1
    if formula[ends] in ",;":  # "A / B x 100%, dengan A = …": the formula's comma
        chars[ends] = " "
    for junction in _inline_junction().finditer(text, head.end()):
        if marked and _AFTER_MARK.search(text, 0, junction.start()):
            continue  # "B. N.2": the space after an entry's mark
        if not marked and _OPENS_MARKED.match(text, junction.end()):
            continue  # "… daerah i. B = …": the letter ends the name, it marks no entry
        symbol = junction.group("symbol")
        signed = _SIGNED.match(text, junction.end("symbol")) and _symbolic(symbol)
        if _written(symbol, formula) or signed:  # "… Q2a = Frekuensi …": an entry too
            _blank(chars, junction.start(), junction.end())
            chars[junction.start()] = "\n"
    for note in _NOTE_AFTER.finditer(text, head.end()):  # "… B : … Sumber data: BPS"
        chars[note.start()] = "\n"
    return True


_NOTE_AFTER = lazy(r"[ \t](?=(?i:sumber(?:[ \t]+data)?|catatan|note)[ \t]*:)")
_WORDS = lazy(r"[^\W\d_]*[a-z]{2}[ \t]+[a-z]{3,}")  # a name of words: "Jumlah desa"
_SIGNED = lazy(r"[ \t]*(?::=|[=:→⇒])")
# a piece of a stacked formula above its legend: symbols alone on a line ("JMHK", "A − B")
# (possessive: a line of capitals, "PREDIKAT SAKIP PERANGKAT DAERAH : …", has a way to part its
# words into symbols for each letter; tried one by one, a line of 60 took minutes)
_PIECE = lazy(r"[ \t]*+(?:[ΔΣ∆∑]?[A-Z][A-Za-z0-9_.]{0,9}+[ \t]*+[-+−]?[ \t]*+)++$")  # "ΔNHEA"
_COPULA_END = lazy(r"[^\W\d_]+[ \t]*$")
# a stack joined onto one line: a bar, a middle line "A = x 100%", "A X 100 = B", or the
# line of a stack's subscripts after the label's "=" ("(X -X ) A = (n) (n-1) x 100% X (n-1)")
_BAR_RUN = lazy(
    BAR_TEXT + r"|[-_—–‾─=]{3,}|=[ \t]*[xX×*𝑥][ \t]*\d|\d[ \t]*%?[ \t]*="
    r"|=[ \t]*\([ \t]*[a-z](?:[ \t]*[-−][ \t]*\d)?[ \t]*\)"
)
# an entry already in what precedes a heading: a symbol, its sign, a word of a name
_ENTRY_SAID = lazy(
    r"(?<![^\W_.])(?P<symbol>" + _SYMBOL + r")[ \t]*(?::=|[=:→⇒])[ \t]*"
    r"[^\W\d_]*[a-z]{2}"
)
_OPENS_MARKED = lazy(_MARK + r"[ \t]")
_AFTER_MARK = lazy(r"(?:^|\s)" + _MARK + r"$")
_INTRODUCER_CUES = ("ket", "mana", "dengan", "where", "catatan", "notasi", "penjelasan", "variabel")
"""A word every introducer of ``[legend] introducers`` holds (``data/names.toml``), lower case;
a heading of other words ends in ``:``."""
