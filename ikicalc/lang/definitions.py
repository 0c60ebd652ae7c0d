"""Cells that hold several equations: the indicator's formula over symbols each defined by an
equation of its own, and a legend (Kepja, Permen and Manual IKU annexes).

``ASK = (N1 + N2) / 2``, ``N1 = JT / JS x 100%``, ``N2 = …``, then ``JT : Jumlah …``: a
careful reader finds the equations (a symbol, ``=``, something that computes), takes as the
indicator's the one whose left side no other equation uses (the first of them), substitutes
the others into it (a tree rewrite: the definitions do not survive as text, only their
substitution), and names the leaves from the legend. An intermediate defined over a range
(``X 1−2 = NX1−2 / Tk1−2 x Bobot`` under ``NKA = X1 + X2``) is summed where the formula adds
all its members: ``Σ (NX1−2 / Tk1−2 × Bobot)``. Each equation is read by the parser on its
own (the cell's other equations blanked, the legend kept, so every span still points into
the cell); the reading is a guess, recorded. Only cells with two ``=`` or more come here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ikicalc.errors import FormulaSyntaxError
from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Formula, Reading
from ikicalc.lang.joined import bar_lost_between, rebreak
from ikicalc.lang.layout_cues import operator
from ikicalc.lang.sigma import Exported
from ikicalc.lang.symbols import OPERATOR_SYMBOLS
from ikicalc.lang.titled import titled
from ikicalc.names import clean_name, condition_words, name_key
from ikicalc.numbers import number_style, parse_number
from ikicalc.patterns import lazy

__all__ = ["SUBSTITUTED", "substituted"]

SUBSTITUTED = N_(
    "the cell holds several equations: the one no other uses is the indicator's, the "
    "others were substituted into it"
)

# "ASK =", "X1 =", "X 1−2 =" (a range of subscripts), "ASN-T =": a symbol and its '='
_LEFT_SIDE = lazy(
    r"(?:(?<=[\s,;])|^)(?P<symbol>[^\W\d_][^\W_]{0,11}(?:[-−–][^\W_]{1,6})?"
    r"(?:[ \t]\d{1,2}[-−–]\d{1,2})?)[ \t]*=(?!=)"
)
# "JT : Jumlah …", "JT adalah …", "∑ SKa : …", "Keterangan:": a legend's entry on its line
_ENTRY = lazy(
    r"(?m)^[ \t]*(?:[Σ∑][ \t]*)?(?P<symbol>[^\W\d_][^\W_]{0,11}(?:[-−–][^\W_]{1,6})?)"
    r"(?:[ \t]*:(?!=)|[ \t]+(?i:adalah|merupakan|yaitu|ialah)[ \t])"
)
_RANGE = lazy(r"^(?P<stem>[^\W\d_][^\W\d_]*)[ \t]?(?P<first>\d{1,2})[-−–](?P<last>\d{1,2})$")
# a right side that computes: a spaced sign, a product's sign, a slash between symbols, a
# bracket the next line closes (not the hyphen of "Rata-rata" nor the slash of "Kab/Kota")
_COMPUTES = lazy(
    r"(?<!\S)[-+−/](?!\S)|[×÷*]|(?<![^\W_])[A-Z][A-Z0-9]{0,5}[ \t]?/[ \t]?[A-Z][A-Z0-9]{0,5}"
    r"(?![^\W_])|\([^)]*$|^[^(]*\)"
)
# what ends a right side before the next equation: "…, dengan", "… dan", "dimana:"
_TRAILING = lazy(
    r"(?i)(?:[\s,;:]+(?:dengan|dimana|di\s+mana|yang\s+mana|dan|serta|keterangan|ket\.?))*"
    r"[\s,;:]*$"
)
_CUES = frozenset(
    {"rumus", "rumusnya", "formula", "formulasi", "keterangan", "ket", "catatan", "dimana",
     "dengan", "penjelasan", "definisi", "notasi", "perhitungan", "cara"}
)
_SYMBOL_SLASH = lazy(r"(?<![^\W_])([^\W_]{1,12})(/)([^\W_]{1,12})(?![^\W_])")
_OPENS_EQUATION = lazy(
    r"(?:[,;.:%)\d=]|\b(?i:dengan|dan|serta|maka|dimana|di\s+mana|sedangkan|where))[ \t]*$"
)
# "X1 / X2" / "Keterangan :" / "X1 = …" / "X2 = Jumlah desa" / "× 100": the scale the export
# left after the legend, alone on the cell's last line after an entry that names (computes
# nothing), is the formula's (:func:`ikicalc.lang.legend_beside.scale_after_legend`), never
# a factor of that entry
_SCALE_AFTER_ENTRY = lazy(  # the name's line and the blanks at the end taken once (atomic,
    # possessive: a long line cost the square of its length)
    r"(?m)^[ \t]*[^\W\d_][^\W_]{0,11}[ \t]*[=:][ \t]*(?P<name>(?>[^\n]*[^\W\d_)][^\n]*+))\n"
    r"[ \t]*(?P<scale>[xX×*][ \t]*(?P<number>\d[\d.,]*)[ \t]*(?P<percent>%)?)[ \t]*+\s*+\Z"
)
_MOST_EQUATIONS = 24  # a cell of more is no annex's system: not read as one
_CASES = lazy(r"(?i)\b(?:" + condition_words() + r")\b")
_DASHES = str.maketrans({"−": "-", "–": "-"})


@dataclass(frozen=True)
class _Equation:
    symbol: str  # as written
    start: int  # where the left side starts
    equals: int  # where its '=' is
    end: int  # where the right side ends (trailing ',' and ';' aside)
    members: tuple[str, ...]  # the symbols it defines: one, or a range's ("X1", "X2")


def _key(symbol: str) -> str:
    return name_key(symbol.translate(_DASHES).replace(" ", ""))


def _members(symbol: str) -> tuple[str, ...]:
    found = _RANGE.match(symbol)
    if found is None:
        return (symbol,)
    first, last = int(found.group("first")), int(found.group("last"))
    if not first < last <= first + 9:
        return (symbol,)
    return tuple(f"{found.group('stem')}{n}" for n in range(first, last + 1))


def _uses(body: str, symbol: str) -> bool:
    return (
        re.search(rf"(?<![^\W_]){re.escape(symbol)}(?![^\W_])", body.translate(_DASHES))
        is not None
    )


def _line_before(text: str, at: int) -> str:
    """What stands before ``at`` on its line (at most 80 characters of it)."""
    return text[max(text.rfind("\n", 0, at) + 1, at - 80) : at]


def _opens(text: str, at: int) -> bool:
    """Whether a left side at ``at`` opens an equation: it opens its line, or follows a
    sign, a figure or a joining word."""
    before = _line_before(text, at)
    return not before.strip() or _OPENS_EQUATION.search(before) is not None


def _equations(text: str) -> tuple[list[_Equation], list[tuple[int, int, str]]] | None:
    """The equations of the cell and its legend's entries (start, end, symbol), or ``None``
    when the cell is not a formula over symbols defined by equations of their own."""
    # a left side opens its line or follows a sign, a figure or a joining word, never a
    # word of a name ("Nilai penimbang = 1 / 9": the symbol is no "penimbang")
    sides = [side for side in _LEFT_SIDE.finditer(text) if _opens(text, side.start())]
    if not 2 <= len(sides) <= _MOST_EQUATIONS or any(
        _CASES.search(_line_before(text, side.start())) for side in sides
    ):
        return None  # "Jika PPkDM ≥ 75%, maka Skor = 4 …": a scale's cases, no system
    starts = sorted(
        [(m.start(), m.end(), m.group("symbol"), True) for m in sides]
        + [
            (m.start(), m.end(), m.group("symbol"), False)
            for m in _ENTRY.finditer(text)
            if m.group("symbol").lower() not in _CUES  # "Rumus:", "Keterangan:"
        ]
    )
    equations: list[_Equation] = []
    entries: list[tuple[int, int, str]] = []
    for index, (start, end, symbol, is_equation) in enumerate(starts):
        if index and start < starts[index - 1][1]:
            return None  # "A = B : C": no layout of equations
        stop = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        body = text[end:stop]
        if is_equation and (_COMPUTES.search(body.strip()) or operator().search(body)):
            trimmed = end + len(_TRAILING.sub("", body))
            equations.append(
                _Equation(symbol, start, end - 1, trimmed, _members(symbol.translate(_DASHES)))
            )
        else:
            entries.append((start, stop, symbol))
    head = text[: starts[0][0]]
    if equations and (_COMPUTES.search(head) or operator().search(head)):
        # "(A1 + A2) / 2" / "A1 = …" / "A2 = …": the indicator's formula needs no name
        start = len(head) - len(head.lstrip())
        trimmed = len(_TRAILING.sub("", head))
        equations.insert(0, _Equation("", start, start - 1, trimmed, ()))
    if len(equations) < 2 or len({_key(one.symbol) for one in equations}) < len(equations):
        return None  # "Jika … maka Skor = 4", "Jika … maka Skor = 2 + …": cases, no system
    return equations, entries


def _closure(equations: list[_Equation], text: str) -> list[_Equation] | None:
    """The indicator's equation first, then the definitions it uses (directly or not)."""

    def used_by(one: _Equation) -> list[_Equation]:
        body = text[one.equals + 1 : one.end]
        return [
            other
            for other in equations
            if other is not one and any(_uses(body, m) for m in other.members)
        ]

    users = {id(other) for one in equations for other in used_by(one)}
    roots = [one for one in equations if id(one) not in users and used_by(one)]
    if not roots:
        return None
    order = [roots[0]]
    for one in order:
        for other in used_by(one):
            if other not in order:
                order.append(other)
    return order


def _stand_in(symbol: str) -> str:
    """A symbol as the grammar reads it as a name: ``X1`` → ``Ⅹ1`` (see :mod:`.symbols`)."""
    return OPERATOR_SYMBOLS.get(symbol[0], symbol[0]) + symbol[1:]


def _piece(
    text: str, one: _Equation, legend: list[tuple[int, int, str]], symbols: list[str]
) -> tuple[str, list[Reading]]:
    """The cell with only ``one`` and the legend's entries it uses kept (the text keeps its
    length); the symbols of the other equations written as the grammar reads them, and the
    legend's symbols as the legend writes them (``ASN−T`` for ``ASN-T``). Where the cell's
    line breaks were lost, a fraction of the equation that lost its bar with them (see
    :func:`_bar_lost`), and the guesses that read it."""
    chars = [c if c == "\n" else " " for c in text]
    chars[one.start : one.end] = text[one.start : one.end]
    if one.symbol:  # the left side: a letter the grammar reads as a name ("X 1−2 =")
        chars[one.start : one.equals] = ["Ⅹ"] + [" "] * (one.equals - one.start - 1)
    body = text[one.equals + 1 : one.end]
    for start, end, symbol in legend:
        if _uses(body, symbol.translate(_DASHES)):
            chars[start:end] = text[start:end]
            if "-" in symbol:  # "ASN−T" in the formula, "ASN-T" in the legend
                spelled = re.escape(symbol).replace("\\-", "[-−–]")
                for found in re.finditer(rf"(?<![^\W_]){spelled}(?![^\W_])", body):
                    at = one.equals + 1 + found.start()
                    chars[at : at + len(symbol)] = symbol
    named = {symbol.translate(_DASHES) for _, _, symbol in legend} | set(symbols)
    for found in _SYMBOL_SLASH.finditer(body):  # "JT/JS": both symbols named, it divides
        if {found.group(1), found.group(3)} <= named:
            chars[one.equals + 1 + found.start(2)] = "÷"
    readings = _bar_lost(chars, one, named) if "\n" not in text[one.start : one.end] else []
    for symbol in symbols:
        if symbol[0] not in OPERATOR_SYMBOLS:
            continue
        for found in re.finditer(rf"(?<![^\W_]){re.escape(symbol)}(?![^\W_])", body):
            chars[one.equals + 1 + found.start()] = OPERATOR_SYMBOLS[symbol[0]]
    return text_of(chars), readings


# "N1 + N2 2": symbols added, then a number alone: the number stood under the bar
_OVER_NUMBER = lazy(
    r"^[ \t]+(?P<top>(?:[^\W\d_][^\W_]*[ \t]*[-+−][ \t]*)+[^\W\d_][^\W_]*)"
    r"(?P<gap>[ \t]+)\d{1,3}[ \t]*$"
)


def _bar_lost(chars: list[str], one: _Equation, named: set[str]) -> list[Reading]:
    """An equation on one line whose fraction lost its bar with the cell's line breaks:
    two symbols side by side (``N1 = JT JS x 100%``, ``X2 = ( NX2 Tk x Bobot) − n``: the
    first over the second, :func:`~ikicalc.lang.joined.bar_lost_between`), or a sum of
    symbols and a number alone after it (``ASK = N1 + N2 2``: the sum over the number; its
    lines are put back, the stack's reader reads it). Only symbols the cell names (the
    legend's or the other equations'); a guess, recorded."""
    body = "".join(chars[one.equals + 1 : one.end])
    over = _OVER_NUMBER.match(body)
    if over and all(word in named for word in re.findall(r"[^\W_]+", over.group("top"))):
        chars[one.equals + 1] = "\n"  # "ASK =" / "N1 + N2" / "2": the stack as written
        chars[one.equals + 1 + over.start("gap")] = "\n"
        return []  # the stack's reader records its own guess
    spelled = {symbol: symbol for symbol in named if _uses(body, symbol)}
    return bar_lost_between(chars, one.equals + 1, one.end, spelled) if len(spelled) > 1 else []


def _summed(node: ast.Expr, members: dict[str, tuple[set[str], ast.Expr]]) -> ast.Expr:
    """``X1 + X2`` over all the members of a range's definition: ``Σ (definition)``."""
    if not isinstance(node, ast.Binary) or node.op is not ast.Op.ADD:
        return node
    terms: list[ast.Expr] = []
    stack: list[ast.Expr] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, ast.Binary) and current.op is ast.Op.ADD:
            stack.extend((current.right, current.left))
        else:
            terms.append(current)
    if not all(isinstance(t, ast.Variable) for t in terms):
        return node
    keys = {name_key(t.name) for t in terms if isinstance(t, ast.Variable)}
    for wanted, definition in members.values():
        if keys == wanted and len(terms) == len(wanted):
            return ast.Aggregate(ast.Fold.SUM, definition, node.span)
    return node


def _defined(node: ast.Expr, singles: dict[str, ast.Expr]) -> ast.Expr:
    """A symbol replaced by its definition; ``Σ Xi`` over a defined ``Xi``: ``Σ (…)``."""
    if isinstance(node, ast.Variable):
        return singles.get(name_key(node.name), node)
    if isinstance(node, ast.Sigma) and name_key(node.variable.name) in singles:
        return ast.Aggregate(ast.Fold.SUM, singles[name_key(node.variable.name)], node.span)
    return node


def substituted(
    source: str, parse: Callable[[str], Formula], sums: Exported | None = None
) -> Formula | None:
    """The cell's formula with its definitions substituted, or ``None`` when the cell is not
    one of several equations (or a piece does not read): the parser reads it as usual.
    ``sums``: the cell with the limits of its sums set aside (:mod:`.sigma`). Failing that,
    a formula under two labels (:mod:`.titled`)."""
    found = _substituted(source, parse, sums)
    if found is not None:
        return found
    return titled(source, parse) if source.count("=") == 2 else None  # "Prosentase … =" / "%…"


def _substituted(
    source: str, parse: Callable[[str], Formula], sums: Exported | None
) -> Formula | None:
    text = source if sums is None else sums.text
    last = _SCALE_AFTER_ENTRY.search(text) if "\n" in text else None
    if last and not _COMPUTES.search(last.group("name")):
        start, end = last.span("scale")
        text = text[:start] + " " * (end - start) + text[end:]
    else:
        last = None
    broken = rebreak(text)  # "IPM = … dimana X1 = … X2 = …": its lines joined
    found = _equations(broken) if broken is not None else None
    text, found = (broken, found) if broken and found else (text, _equations(text))
    if found is None:
        return None
    equations, entries = found
    order = _closure(equations, text)
    if order is None:
        return None
    defined = {_key(m) for one in order[1:] for m in one.members} | {_key(order[0].symbol)}
    defined_main = _key(order[0].symbol)
    # the legend, less the entries of the symbols the equations define ("X1 : Nilai …"):
    # those are no leaves (the indicator's own entry names its label)
    legend = [
        (start, end, symbol)
        for start, end, symbol in entries
        if _key(symbol) not in defined - {defined_main}
    ]
    symbols = [m for one in order[1:] for m in one.members]
    read: list[Formula] = []
    lost: list[Reading] = []
    try:
        for one in order:
            piece, readings = _piece(text, one, legend, symbols)
            read.append(parse(piece))
            lost += readings
    except FormulaSyntaxError:
        return None
    singles: dict[str, ast.Expr] = {}
    ranges: dict[str, tuple[set[str], ast.Expr]] = {}
    for one, formula in zip(order[1:], read[1:], strict=True):
        if isinstance(formula.expr, ast.Variable | ast.Number):
            return None  # a legend's entry, not a definition
        keys = {name_key(_stand_in(m)) for m in one.members}
        if len(one.members) > 1:
            ranges[one.symbol] = (keys, formula.expr)
        else:
            singles[next(iter(keys))] = formula.expr
    expr = first = read[0].expr
    for _ in range(len(order)):  # a definition may use another: at most one round each
        if ranges:
            expr = ast.transform(expr, lambda node: _summed(node, ranges))
        before = expr
        expr = ast.transform(expr, lambda node: _defined(node, singles))
        if expr is before:
            break
    if expr is first:
        return None  # nothing substituted: the left sides were words of the formula's names
    leaves = {name_key(v.name) for v in ast.walk(expr) if isinstance(v, ast.Variable)}
    if leaves & {key for keys, _ in ranges.values() for key in keys} or leaves & set(singles):
        return None  # a member used alone, or definitions that use each other in a circle
    if last is not None and not any(isinstance(n, ast.Percent) for n in ast.walk(expr)):
        value = parse_number(last.group("number"), number_style(source))
        span = last.span("number")
        factor = ast.Percent(value, span) if last.group("percent") else ast.Number(value, span)
        expr = ast.Binary(ast.Op.MUL, expr, factor, (expr.span[0], last.end("scale")))
    main = order[0]
    written = " ".join(text[main.start : main.end].split())
    guesses = [guess for formula in read for guess in formula.guesses] + lost
    guesses += sums.readings if sums is not None else ()
    chosen = str(Formula(expr, label=main.symbol or None))
    guesses.append(Reading((main.start, order[-1].end), chosen, written, SUBSTITUTED))
    for label in (*_named(text, entries, main.symbol), main.symbol or None):
        formula = Formula(expr, label=label, source=source, guesses=tuple(guesses))
        try:
            if parse(formula.stated()) == formula:
                return formula
        except FormulaSyntaxError:
            continue
    return None


def _named(text: str, entries: list[tuple[int, int, str]], symbol: str) -> list[str]:
    """The legend's name of the indicator's symbol (``ASK : Persentase aparatur …``)."""
    for start, end, entry in entries:
        if _key(entry) == _key(symbol):
            name = clean_name(re.sub(r"^[^:=]*[:=]", "", text[start:end], count=1))
            return [name.rstrip(" .;,")] if re.search(r"[^\W\d_]{2}", name) else []
    return []
