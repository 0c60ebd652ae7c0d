"""Legends whose line breaks were lost, read by the symbols the formula itself writes.

Web pages and the transcripts of scribd, 123dok or docplayer join a cell's lines: ``NLP = 2 x
(NA + NB + NC) + ND NA = Jumlah … NB = Jumlah …``, ``Pdt = Ko x St Pdt = Produksi … Ko =
Karkas … St = …``, ``TB = Bj x NT x 20% Keterangan: TB : TPP … Bj : Bobot jabatan NT : …``,
``IDM = 1/3 (IS + IEK + IL) • IDM Indeks Desa Membangun • IS Indeks Sosial …``, ``… dimana:
a. HCTp adalah …; b. Toll Fee adalah …``. Nothing marks where one entry ends; a careful reader knows
the symbols from the formula and starts an entry wherever one of them (or the formula's label) is
followed by ``=``, ``:``, ``adalah`` …, or opens a bulleted item followed by its name. The formula
is what stands before the first such entry (an introducer, ``Keterangan:``, set aside with the
legend); each entry's name runs to the next entry.

Two symbols of the legend side by side with no operator between them (``DPB = PBT PBI x 100%``:
a stacked fraction of symbols that lost its bar with its lines) are a ratio (``W110``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.joined_subscripts import subscripts_back
from ikicalc.lang.joined_terms import restated_terms
from ikicalc.lang.layout_cues import BAR_TEXT, blank, operator
from ikicalc.lang.legend_ends import note_after, sentence_end
from ikicalc.lang.legend_inline import LISTED  # "…, serta K koefisien …"
from ikicalc.lang.legend_names import closed, plain, unquoted, without_unit
from ikicalc.lang.symbols import OPERATOR_SYMBOLS, runs_of, symbols_in_formula, written_in
from ikicalc.lang.terms import SUM_MARK
from ikicalc.names import clean_name, counting_words, name_key, names_data
from ikicalc.patterns import lazy

__all__ = ["bar_lost_between", "legend_joined", "rebreak"]

_MARKER = lazy(  # from a blank run's start only: inside a run set aside it tried each blank
    r"(?<![ \t])[ \t]*(?::=|=|[→⇒]|[ \t]\|(?=[ \t])|(?<=[^\W\d_])[ \t]*:(?=[ \t]|[^\W\d_])"
    r"|:(?=[ \t])|[ \t](?i:ada[lI1i]ah|merupakan|yaitu|ialah)(?=[ \t])"
    r"|(?<=[A-Z0-9])(?:[ \t]{3,}|\t)(?=[^\W\d_]))[ \t]*"  # "JMHK    Jumlah …": a table's gap
)
_OTHER_SYMBOL = lazy(r"(?<!\S)([A-Z][A-Za-z0-9_]{0,9})[ \t]*$")
_OTHER_ENTRY = lazy(r"(?<!\S)[A-Z][A-Za-z0-9_]{0,11}[ \t]*=(?=[ \t]*[^\W\d_])")
# "A/B Uraian: A = …": a heading of a few words that a colon ends, right before the first entry
_HEADING_AT_END = lazy(r"(?<=\s)[^\W\d_]{3,}(?:[ \t]+[^\W\d_]{2,}){0,3}[ \t]*:[ \t]*$")
# another field of the document after the legend's last entry ("… desa Sumber data: BPS")
_FIELD = lazy(r"(?i)[ \t.;,]+(?:sumber(?:[ \t]+data)?|catatan|satuan|target|keterangan)[ \t]*:")
_SAID_ENTRY = lazy(r"[ \t](?:adalah|merupakan)[ \t]")
_SAID_AGAIN = lazy(r"\d[ \t]*\([ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)*[ \t]*\)")
_EQUALS = lazy(r"(?<![<>≤≥!])=")  # "TOEFL >= 500" is part of a name
_LIST_ITEM = lazy(r"[ \t]*\d{1,2}[.)][ \t]")
_BULLET = lazy(r"(?<!\S)[•●▪◦](?=[ \t])")
_MOST_WORDS = 6
_NAMED_TERM = lazy(r"([^\W\d_][^\W_]{0,9})[ \t]+\(((?=[^()]*[^\W\d_]{3})[^\W\d_][^()]{2,80})\)")
_WORD_START = lazy(r"(?<![^\s(\[])[^\s(\[]")  # "(A = …": a word after a bracket too
_TERM_START = lazy(r"[^\W_]|[Σ∑]")
# a symbol, not a word: capitals or a digit after its first letter (``NT``, ``HcTP``, ``X1``),
# or a capital and at most two more letters (``Bj``, ``Pdt``, ``S``); a subscript, an index
_SYMBOL_LIKE = lazy(
    r"(?:[Σ∑][ \t]*)?(?:[^\W\d_][^\W_]*[A-Z\d][^\W_]*|[A-Z][^\W\d_]{0,2}"
    r"|[^\W\d_][^\W_]*(?:_\{?[^\W_]+\}?|\([a-z](?:[-+−]\d)?\)|[-−][A-Z][^\W_]*))"
)
_NAME_TAIL = lazy(r"(?i)(?:[ \t]*(?:[;,.]|\b(?:dan|serta|sedangkan|atau)\b))+[ \t]*$")
# the mark of the next entry left at the end of a name: a bullet (" - ", " • "), a letter or a
# number after a ';' or ',' ("…; dan b.", "…, 2)"); after any space when the legend's first
# entry had one too ("dimana: a. A adalah … b. B adalah …"), never "… daerah i."
_BULLET_AT_END = lazy(r"[ \t]+[-•▪●◦*][ \t]*$")
_ITEM = r"(?:[a-z]|\d{1,2}|ii|iii|iv|vi|vii|viii)[.)]|\((?:[a-z]|\d{1,2}|ii|iii|iv|vi)\)"
_ITEM_AT_END = lazy(r"[ \t]*[;,][ \t]*(?:(?i:dan|serta|atau)[ \t]+)?(?:" + _ITEM + r")[ \t]*$")
_ANY_ITEM_AT_END = lazy(r"[ \t]+(?:" + _ITEM + r")[ \t]*$")


def _mark_gone(text: str, listed: bool) -> str:
    """``text`` less the mark of the next entry at its end (see ``_ITEM_AT_END``)."""
    text = _BULLET_AT_END.sub("", text)
    found = (_ANY_ITEM_AT_END if listed else _ITEM_AT_END).search(text)
    mark = found.group(0).strip() if found else ""
    if found is None or (mark[0] != "(" and mark.endswith(")") and _balanced(text)):
        return text  # "A/(B x 4)": the bracket closes, no "4)" of a list ("(4)" is one)
    return text[: found.start()]


def _balanced(text: str) -> bool:
    return text.count("(") >= text.count(")")


_BEFORE = r"(?:^|[(\[{+\-−×*/÷=:·⋅Σ∑]|(?<![^\W_])[xX])[ \t]*"
_AFTER = r"[ \t]*(?:$|[)\]}+\-−×*/÷·⋅%]|[xX](?![^\W_])|:(?=[ \t]*[^\W\d_(]))"  # "(a : b)"
_BEFORE_OPERAND = lazy(_BEFORE + "$")
_AFTER_OPERAND = lazy("^" + _AFTER)
_SIGN = lazy(r"[+\-−–]")
_SLASH = lazy(r"[^\W_]\)?/\(?[^\W_]")  # "A/B Keterangan: A = …": a slash between symbols
_ADJACENT_REASON = N_(
    "two symbols of the legend stand side by side with no operator: a stacked fraction that "
    "lost its bar with its line breaks"
)


@cache
def _introducer_word() -> re.Pattern[str]:
    """An introducer inside the text (``… x 100% Keterangan: …``)."""
    words = sorted(names_data()["legend"]["introducers"], key=len, reverse=True)
    return re.compile(r"(?i)(?<=\s)(?:" + "|".join(words) + r")\b[ \t]*[:,]?")


@cache
def _introducer() -> re.Pattern[str]:
    """An introducer that ends the formula (``Keterangan :``, ``dimana``, ``dengan:``)."""
    words = sorted(names_data()["legend"]["introducers"], key=len, reverse=True)
    return re.compile(
        r"(?i)(?:(?<=\s)|^)(?:" + "|".join(words) + r"|dengan(?=[ \t]*:))\b[ \t]*[:,]?[ \t]*$"
    )


def _computes(formula: str) -> bool:
    """Whether the text before a legend computes (an operator, a sign, a bar)."""
    return (
        operator().search(formula) is not None
        or _SIGN.search(formula) is not None
        or _SLASH.search(formula) is not None
    )


def _operand(formula: str, found: re.Match[str]) -> bool:
    """Whether ``found`` stands in ``formula`` as a whole operand (between operators,
    brackets or the ends): ``Toll Fee`` in ``HcTP + Toll Fee + …``."""
    return bool(
        _BEFORE_OPERAND.search(formula[: found.start()])
        and _AFTER_OPERAND.match(formula[found.end() :])
    )


def _known(
    term: str, formula: str, labels: set[str], before: str = "", together: Set[str] = frozenset()
) -> str | None:
    """How the formula writes ``term`` (a symbol, or a whole operand of words), or the
    label's key when ``term`` is the formula's label; ``None`` if it writes no such term. A
    symbol may stand ``before`` the label too (``X A = x 100% Y``: a stack's numerator, its
    line breaks lost, before the label of its middle line); or a symbol the formula writes
    run together with others of the legend (``together``: ``H=DQN``)."""
    if name_key(term) in labels or term in together:
        return term
    if term in "xX" and not re.search(r"(?<![^\W_])[xX](?![ \t]*\d)(?![^\W_])", formula):
        formula = ""  # "x 100%" multiplies: the letter of the legend is not that sign
    spelled = written_in(formula, term, set())
    symbol = _SYMBOL_LIKE.fullmatch(term) is not None
    if spelled is None and symbol and before:
        spelled = written_in(before, term, set())
    if spelled is None:
        return None
    if symbol:
        return spelled
    pattern = rf"(?<![^\W_]){re.escape(spelled)}(?![^\W_])"
    if re.search(_BEFORE + r"\n?" + pattern + _AFTER, formula) is None:
        return None  # no operand anywhere (one search, not one per place: the square)
    found = any(_operand(formula, m) for m in re.finditer(pattern, formula))
    return spelled if found else None  # a word of the formula only as a whole operand


def _last_starts(text: str, floor: int, end: int, count: int) -> list[int]:
    """Where the last ``count`` words between ``floor`` and ``end`` start: in a window before
    ``end`` grown until it holds them, not from ``floor`` each time (the square of a cell)."""
    window = 64
    while True:
        low = max(floor, end - window)
        starts = [m.start() for m in _WORD_START.finditer(text, low, end)]
        if len(starts) >= count or low == floor:
            return starts[-count:]
        window *= 4


def _term_before(
    text: str,
    end: int,
    floor: int,
    formula: str | None,
    start: int,
    labels: set[str],
    together: Set[str],
) -> tuple[int, str, str | None] | None:
    """The longest run of words ending at ``end`` (after ``floor``) that the formula writes
    (``formula``, or, before the legend is found, all that stands before the run); with the
    name in brackets after it, if the entry gives one (``It (Indeks Harga yang Diterima):
    mencerminkan …``: the symbol, its name, then what it describes)."""
    written = text[start:floor] if formula is None else formula
    for begin in _last_starts(text, floor, end, _MOST_WORDS + 4):
        term = text[begin:end].strip()
        named = _NAMED_TERM.fullmatch(term)
        if named and _known(named.group(1), written + text[floor:begin], labels, text[:start]):
            return begin, named.group(1), named.group(2)
        if not _TERM_START.match(term) or re.search(r"[;,+×*÷=]|\s[-−/:xX]\s", term):
            continue
        if term.count("(") != term.count(")"):  # "B)" of "(A + B)", not "JUM-(n-1)"
            continue
        known = _known(
            term,
            text[start:begin] if formula is None else formula,
            labels,
            text[:start],
            together,
        )
        if known is not None:
            return begin, known, None
    return None


def _term_after(text: str, begin: int, formula: str, labels: set[str]) -> tuple[int, str] | None:
    """After a bullet: the longest run of words the formula writes, then a name."""
    tokens = list(re.finditer(r"\S+", text[begin : begin + 120]))[: _MOST_WORDS + 1]
    for count in range(min(len(tokens) - 1, _MOST_WORDS), 0, -1):
        end = begin + tokens[count - 1].end()
        known = _known(text[begin + tokens[0].start() : end], formula, labels)
        if known is not None and re.match(r"[ \t]+%?[ \t]*[^\W\d_]", text[end:]):
            return end, known
    return None


_CAPITALISED = lazy(r"(?<=\s)[A-Z][a-z]{2,}(?=[ \t]+\(?[a-z])")


def _before_note(name: str, legend: str) -> str:
    """The last entry's name less a note that ran on after it, its line break lost: a new
    sentence whose subject names again a noun of the legend (the rule of a note under a
    legend's last line, :func:`~ikicalc.lang.legend_ends.note_after`)."""
    for opening in _CAPITALISED.finditer(name):
        if len(name[: opening.start()].split()) < 2:
            continue
        common = opening.group(0).lower()  # "sampel" in the legend: a noun, not a name
        counting = common in counting_words()  # "… ke n-1 Jumlah produksi … merupakan …"
        if not counting and not re.search(
            rf"(?<![^\W_]){common}(?![^\W_])", legend + name[: opening.start()]
        ):
            continue  # "… wilayah kerja Puskesmas dalam …": a proper name goes on
        if note_after(name[opening.start() :], [name[: opening.start()]], legend + name, []):
            return name[: opening.start()]
    return name


def _label(text: str) -> tuple[int, set[str]]:
    """Where the formula starts after its label (``DPB =``), and the label's spellings (its
    last words before the ``=``); ``(0, ∅)`` when the first ``=`` is no label's."""
    equals = text.find("=")
    if equals < 0:
        return 0, set()
    head = text[:equals]
    for letter in "xX":  # "X A = x 100% Y … X = Jumlah …": a symbol of the legend, no '×'
        if re.search(rf"(?<![^\W_]){letter}[ \t]*[=:]", text[equals + 1 :]):
            head = re.sub(rf"(?<![^\W_]){letter}(?![^\W_])", "Q", head)
    if operator().search(head) or re.search(r"\s[-+−–]\s", head):  # "A + B = …": no label
        return 0, set()
    words = re.findall(r"\S+", text[:equals])
    last = words[-1].strip("([") if words else ""
    before = text[:equals].rsplit(last, 1)[0] if last else ""
    if (
        not last
        or head.count("(") > head.count(")")
        or re.search(rf"(?<![^\W_]){re.escape(last)}(?![^\W_])", before)
    ):
        return 0, set()  # "A/B A = …": the symbol is the formula's, its entry no label
    return equals + 1, {name_key(" ".join(words[-n:])) for n in range(1, min(len(words), 4) + 1)}


_ENTRY_MARK = lazy(
    r"(?<=[ \t])(?P<symbol>[^\W\d_][^\W_]{0,9}(?:[-−][^\W_]{1,4})?)[ \t]*(?:=|:(?=[ \t]))"
)


def rebreak(text: str) -> str | None:
    """A cell of several equations whose line breaks were lost (``IPM = 1/3 (X1+X2+X3)
    dimana X1 = Indeks … X2 = 1/3 (…) + 1/3 (…) X3 = …``), with a line break put back
    before each entry of a symbol the text writes before it (same length: the space before
    the entry becomes the break); ``None`` when it has none."""
    if "\n" in text.strip():
        return None
    chars = list(text)
    for found in _ENTRY_MARK.finditer(text):
        written = re.sub(r"\\?[-−]", "[-−–]", re.escape(found.group("symbol")))  # "ASN-T"
        if re.search(rf"(?<![^\W_]){written}(?![^\W_])", text[: found.start()]):
            chars[found.start() - 1] = "\n"
    joined = text_of(chars)
    return joined if joined != text else None


def _cues(text: str) -> bool:
    """Whether a legend may have been joined onto the formula's line: two marks of an entry
    (``=``, ``:``; a label's and an entry's), a bullet, or a definition said in words."""
    return (
        text.count("=") + text.count(":") + text.count("|") + text.count("→") >= 2
        or any(bullet in text for bullet in "•●▪◦")  # a rule's own test, not a guard
        or re.search(r"(?i)adalah|adaiah|merupakan|yaitu|ialah", text) is not None
        or ("   " in text and len(_GAP_ENTRY.findall(text)) >= 2)  # "A    Jumlah … B    …"
    )


_MIDDLE_AFTER = lazy(r"[ \t]*(?:" + BAR_TEXT + r"|(?:[xX×*]|\\times)[ \t]*\d)")
_GAP_ENTRY = lazy(r"(?<=[A-Z0-9])(?:[ \t]{3,}|\t)(?=[^\W\d_])")


def legend_joined(chars: list[str], notes: list[str]) -> tuple[dict[str, str], list[Reading]]:
    """A formula and its legend on one line (see module): blank the legend, return symbol →
    name as the formula writes the symbol, and the readings that were guesses; failing that,
    a legend whose entries give the name first (:func:`_names_first`)."""
    text = text_of(chars)
    saved, said = chars[:], len(notes)
    legend, readings = _symbols_first(chars, notes)
    if legend and not all(_LONE_SYMBOL.fullmatch(name) for name in legend.values()):
        return legend, readings
    if " = " in text or ": " in text:  # "… = A …": or the names come first (a rule, no guard)
        aside, kept = chars[:], notes[said:]
        chars[:], notes[said:] = saved, []
        if named := _names_first(chars, notes):
            return named, []
        chars[:], notes[said:] = aside, kept
    return legend, readings


def _symbols_first(chars: list[str], notes: list[str]) -> tuple[dict[str, str], list[Reading]]:
    text = text_of(chars)
    if "\n" in text.strip():
        return {}, []
    if "=" in text and "%" in text and (restated := restated_terms(chars, notes)):
        return restated, []  # "N f(x) = x 100% D N what N counts D what D counts"
    moved = subscripts_back(chars) if "%" in text and guards.has(text, "(n", "(t") else None
    text = text_of(chars) if moved else text  # "(X -X ) A = (n) (n-1) x 100% X (n-1) …"
    if not _cues(text):
        return {}, []
    start, labels = _label(text)
    entered = {m.group("symbol") for m in _ENTRY_MARK.finditer(text, start)}
    together = runs_of(text[start:], entered) if len(entered) > 1 else set()  # "H=DQN"
    said = guards.holds(text, "adalah", "merupakan") and bool(_SAID_ENTRY.search(text, start))
    events = sorted(
        [
            (m.start(), m.end(), False)
            for m in _MARKER.finditer(text, start)
            if not _MIDDLE_AFTER.match(text, m.end())  # "A IKU = ‾‾‾‾ B": a middle line's
        ]
        + [(m.end("symbol"), m.end(), False) for m in (LISTED.finditer(text) if said else ())]
        + [(m.start(), m.end(), True) for m in _BULLET.finditer(text, start)]
    )
    if not events:
        return {}, []
    # term start, name start, term as written, the name in brackets the entry gives
    entries: list[tuple[int, int, str, str | None]] = []
    formula: str | None = None
    legend_start = len(text)
    listed = False  # the legend's first entry had a mark (a., 1), -)
    for begin, end, bullet in events[:128]:  # not filler's thousand marks (the square)
        floor = entries[-1][1] if entries else start
        if begin < floor:
            continue
        if bullet:
            if formula is None:
                head = text[start:begin]
                if not _computes(head):
                    continue
                found = _term_after(text, end, head, labels)
            else:
                found = _term_after(text, end, formula, labels)
            if found is not None:
                if formula is None:
                    intro = _introducer().search(head)  # "… Keterangan: • A …"
                    formula = head[: intro.start()] if intro else head
                    legend_start = start + len(formula)
                entries.append((begin, found[0], found[1], None))
            continue
        term = _term_before(text, begin, floor, formula, start, labels, together)
        if term is None and formula is not None and "=" in text[begin:end]:
            other = _OTHER_SYMBOL.search(text, floor, begin)  # "Q2a = …" the formula lacks
            if other and _SYMBOL_LIKE.fullmatch(other.group(1)):
                entries.append((other.start(1), end, "", None))  # ends the name before it
            continue
        if term is None:
            continue
        if formula is None:
            head = text[start : term[0]]
            listed = _ANY_ITEM_AT_END.search(head) is not None
            head = _mark_gone(head, True)  # "Keterangan: - A = …", "dimana: a. A adalah …"
            intro = _introducer().search(head)
            if intro is None and (heading := _HEADING_AT_END.search(head)):
                intro = heading if _computes(head[: heading.start()]) else None  # "Uraian:"
            head = head[: intro.start()] if intro else head
            other = _OTHER_ENTRY.search(head)  # "KTA = …" of a label the formula lost
            head = head[: other.start()] if other and _computes(head[: other.start()]) else head
            if not (_computes(head) or runs_of(head, together)) or not re.search(r"[^\W\d_]", head):
                continue
            opened = re.search(r"[ \t]*[(\[][ \t]*$", head)  # "A/B x 100% (A = …, B = …)"
            head = head[: opened.start()] if opened else head.rstrip(" \t,;")
            formula, legend_start = head, start + len(head)
        entries.append((term[0], end, term[1], term[2]))
    if formula is None or not entries:
        return {}, []
    legend: dict[str, str] = {}
    for (_, name_start, spelled, given), after in zip(entries, [*entries[1:], None], strict=True):
        if not spelled:
            continue  # an entry of a symbol the formula does not write
        written = OPERATOR_SYMBOLS.get(spelled[0], spelled[0]) + spelled[1:]  # "x1": a letter
        name = sentence_end(given or text[name_start : after[0] if after else len(text)])
        name = _FIELD.split(name, 1)[0] if after is None else name  # "… Sumber data: BPS"
        name = unquoted(name.strip())
        if _LIST_ITEM.match(name):
            return {}, []  # "… : 1. PNS 2. …": the formula's list of items, no legend
        if after is None:  # "Y = Jumlah sampel yang diambil Sampel (diambil …) berasal …"
            name = _before_note(name, text[legend_start:name_start])
        if after is None and text[legend_start:].lstrip()[:1] in "([":
            name = re.sub(r"[)\]][ \t]*[.;]?[ \t]*$", "", name)  # the bracket it opened
        name = _NAME_TAIL.sub("", _mark_gone(name, listed) if after else name)
        name = name.strip(" \t.,;:")
        name = closed(clean_name(without_unit(name)))
        words = _SAID_AGAIN.sub("0", name)  # "paling banyak 12 (dua belas) bulan"
        if not re.search(r"[^\W\d_]", name) or not plain(words) or _EQUALS.search(name):
            if name_key(spelled) in labels:
                continue  # the label's own entry ("Y = Pagu … ∑ = Penjumlahan … dikalikan …")
            return {}, []  # "X2 = 1/3 (Indeks …) + …": a system of equations, not a legend
        legend.setdefault(written, name)
    sums = [s for s in legend if s[:1] in "Σ∑"]
    for symbol in sums:  # "∑ SKa : Total …" beside "SKa : Skor …": the summand's name wins
        summand = symbol[1:].strip()
        name = legend.pop(symbol)
        if summand not in legend:
            legend[SUM_MARK + summand] = name
    if not any(name_key(symbol) not in labels for symbol in legend):
        return {}, []
    blank(chars, legend_start, len(chars))
    readings = bar_lost_between(chars, start, legend_start, legend)
    readings += [moved] if moved else []
    symbols_in_formula(chars, legend)
    notes.append("the symbols are named by the legend run together after it: " + ", ".join(legend))
    return legend, readings


# "Jumlah desa mandiri = A": a name, its sign, then a symbol the formula writes
_NAME_FIRST = lazy(
    r"(?P<name>[^\W\d_][^=:\n]*?)[ \t]*[=:][ \t]*(?P<symbol>[A-Z][A-Za-z0-9]{0,5}|[a-z])"
    r"[ \t]*[.,;]?(?=[ \t]|$)"
)


_LONE_SYMBOL = lazy(r"[A-Z][A-Za-z0-9]{0,5}|[a-z]")


def _names_first(chars: list[str], notes: list[str]) -> dict[str, str]:
    """``A / B x 100% Keterangan: Jumlah desa mandiri = A Jumlah seluruh desa = B``: after
    an introducer, entries that give the name first, each ended by a symbol the formula
    writes; the whole rest of the cell is such entries."""
    text = text_of(chars)
    intro = next((m for m in _introducer_word().finditer(text) if m.start() > 0), None)
    if intro is None or not _computes(text[: intro.start()]):
        return {}
    formula, at, legend = text[: intro.start()], intro.end(), {}
    for found in _NAME_FIRST.finditer(text, intro.end()):
        name = found.group("name").strip()
        written = written_in(formula, found.group("symbol"), set())
        if text[at : found.start()].strip():  # something between two entries
            return {}
        if not written or not plain(name) or not re.search(r"[^\W\d_]{2}", name):
            return {}
        legend[OPERATOR_SYMBOLS.get(written[0], written[0]) + written[1:]] = clean_name(name)
        at = found.end()
    if not legend or text[at:].strip(" \t.;"):
        return {}
    blank(chars, intro.start(), len(chars))
    symbols_in_formula(chars, legend)
    notes.append(
        "the symbols are named by the legend, each name before its symbol: " + ", ".join(legend)
    )
    return legend


def bar_lost_between(
    chars: list[str], start: int, end: int, legend: Mapping[str, str]
) -> list[Reading]:
    """``PBT PBI x 100%``: two symbols of the legend with only spaces between them, and no
    other division in the formula, are a ratio whose bar was lost (a guess); the symbols
    multiplied after the second are the rest of its denominator (``( TS R x P x M ) x 100%``
    is ``TS / (R × P × M) × 100%``, read as ``TS / R / P / M``, the same number); a quantity
    the legend does not name multiplies the ratio (``( NX2 Tk x Bobot) − n``: the line under
    the fraction)."""
    formula = "".join(chars[start:end])
    if re.search(r"[/÷:]", formula):
        return []
    names = "|".join(re.escape(s) for s in sorted(legend, key=len, reverse=True))
    symbol = rf"(?<![^\W_])(?:{names})(?![^\W_])"
    spaced = (
        rf"({symbol})([ \t]+)({symbol})(?P<run>(?:[ \t]*[xX×*][ \t]*{symbol})*)"
        r"(?=[ \t]*(?:$|\)|[xX×*][ \t]*(?:\d|[^\W\d_])))"
    )
    pairs = list(re.finditer(spaced, formula))
    if len(pairs) != 1:
        return []
    pair = pairs[0]
    at = start + pair.start(2)
    chars[at] = "÷"
    for sign in re.finditer(r"[xX×*]", pair.group("run")):
        chars[start + pair.start("run") + sign.start()] = "÷"
    below = " ".join([pair.group(3), *pair.group("run").split()])
    chosen = f"{pair.group(1)} / ({below})" if pair.group("run") else f"{pair.group(1)} / {below}"
    return [Reading((at, at + 1), chosen, pair.group(0), _ADJACENT_REASON)]
