"""A legend's symbols in the formula: letters that look like operators, slashes between them.

A legend may name a symbol ``x`` or ``X1``: in the formula it is a letter, not the ``×`` it
looks like, so it becomes a stand-in letter (``ⅹ``) the grammar reads as a name (the parser
names it ``x`` again); and a slash between two symbols of the legend (``P_1/P_2``,
``JKT/JSK``) divides. Works on the cell's characters in place (see :mod:`.legends`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.patterns import lazy

__all__ = [
    "LETTERS",
    "OPERATOR_SYMBOLS",
    "ocr_alike",
    "one_spelling",
    "run_together",
    "runs_of",
    "subscript_spellings",
    "symbols_in_formula",
    "typed_apart",
    "written_in",
]

OPERATOR_SYMBOLS = {"x": "ⅹ", "X": "Ⅹ"}
"""A symbol's letter that looks like an operator, and the stand-in the grammar reads."""

_OPERATOR_SYMBOLS = OPERATOR_SYMBOLS
LETTERS = {stand_in: letter for letter, stand_in in OPERATOR_SYMBOLS.items()}
"""The stand-ins read back as the letters they stand for."""
_LETTERS = LETTERS


def symbols_in_formula(chars: list[str], legend: dict[str, str]) -> None:
    """The legend's symbols in the formula, made readable: a symbol that looks like an
    operator (``x``, ``X1``) becomes a stand-in letter, and a slash between two symbols
    (``P_1/P_2``, ``JKT/JSK``) divides."""
    letters = [s for s in legend if s[0] in _LETTERS]  # x, X1, x_{i}: letters, no operators
    numbered = {_LETTERS[s[0]] for s in letters if _NUMBERED.fullmatch(_LETTERS[s[0]] + s[1:])}
    if numbered:  # "X1 = …" names X2 a symbol too
        text = text_of(chars)
        for found in _NUMBERED_IN.finditer(text):
            written = found.group(0)
            stand_in = _OPERATOR_SYMBOLS[written[0]] + written[1:]
            if written[0] in numbered and stand_in not in legend:
                letters.append(stand_in)
                legend[stand_in] = written  # its own name, as written
    if letters:
        spelled = "|".join(re.escape(_LETTERS[s[0]] + s[1:]) for s in letters)
        text = text_of(chars)
        for match in re.finditer(rf"(?<![^\W_Σ∑∆Δ])(?:{spelled})(?![^\W_])", text):
            before = text[: match.start()].rstrip(" \t")[-1:]  # "x/y x 100%": x multiplies
            if (
                len(match.group(0)) == 1
                and re.match(r"[ \t]*\d", text[match.end() :])
                and before
                and (before.isalnum() or before in ")]\n-_─—–‾=")
            ):  # "… x 100%" after an operand, a stack's bar or the label's "=": the scale
                continue
            chars[match.start()] = _OPERATOR_SYMBOLS[match.group(0)[0]]
    for symbol in legend:
        if "−" in symbol or "–" in symbol:  # "ASN−T" named by the legend's "ASN-T": one symbol
            text = text_of(chars)
            for match in re.finditer(rf"(?<![^\W_]){re.escape(symbol)}(?![^\W_])", text):
                for at in range(match.start(), match.end()):
                    if chars[at] in "−–":
                        chars[at] = "-"
    if "/" not in chars or not legend:
        return
    text = text_of(chars)
    names = "|".join(re.escape(s) for s in sorted(legend, key=len, reverse=True))
    symbol = rf"(?<![^\W_])(?:{names})(?![^\W_{{}}])"
    for match in re.finditer(rf"{symbol}\}}?[ \t]?(/)[ \t]?{symbol}", text):
        chars[match.start(1)] = "÷"
    # "P/Q", "K1/K2" where the legend names P or K1 only: the other is a symbol of the
    # same shape (a capital or two and a figure), not the second half of a name
    other = r"(?<![^\W_])[A-Z][A-Z]?[0-9]?(?![^\W_])"
    either = rf"{symbol}[ \t]?(/)[ \t]?{other}|{other}[ \t]?(/)[ \t]?{symbol}"
    for match in re.finditer(either, text):
        chars[match.start(1) if match.group(1) else match.start(2)] = "÷"


_NUMBERED = lazy(r"[xX]_?\d{1,2}")
_NUMBERED_IN = lazy(r"(?<![^\W_])[xX]_?\d{1,2}(?![^\W_]|[%.,]?\d|[ \t]*%)")
"""A symbol of a numbered family (``X1``, ``X_2``): where the legend names one, the formula's
others (``X2`` it does not name) are symbols too, not a sign of times before a number."""
_WORD_THEN_SPACE = lazy(r"[^\W\d_]{3}\s")


_BRACED_SUBSCRIPT = lazy(r"_\{([^\W_]{1,6})\}(?![^\W_])")


def one_spelling(names: list[str]) -> dict[str, str]:
    """Names the cell writes twice with other spacing (``Target Waktu(TW)`` and ``Target
    Waktu (TW)``): each later spelling → the first. A reader sees one quantity. Case stays
    as written (``hari kerja efektif``, ``Hari kerja efektif``: names are matched to data
    ignoring it); only names of words. A subscript in braces is written without them
    (``x_{ij}`` is ``x_ij``: the braces are LaTeX's grouping, not the name's)."""
    first: dict[str, str] = {}
    renamed: dict[str, str] = {
        name: _BRACED_SUBSCRIPT.sub(r"_\1", name) for name in names if "_{" in name
    }  # "rutacaratanam_{ij}": the braces are LaTeX's grouping, the name is "rutacaratanam_ij"
    renamed = {name: plain for name, plain in renamed.items() if plain != name}
    if len(set(names)) < 2:  # one name (however often) has no other spelling
        return renamed
    for name in names:
        if not _WORD_THEN_SPACE.search(name):
            continue  # symbols (n and N) may differ by case alone: names of words only
        key = "".join(name.split())  # case stays as written: names match ignoring it
        if key in first and first[key] != name:
            renamed[name] = first[key]
        first.setdefault(key, name)
    return renamed


def subscript_spellings(symbol: str) -> tuple[str, ...]:
    """A symbol and its other subscript spellings: ``x_1`` and ``x_{1}``; a symbol numbered
    with a subscript digit is one symbol however the subscript is written (``X1``, ``X_1``,
    ``X_{1}``, ``X₁``: a legend typed plain under a formula an equation editor wrote, or the
    other way round). A symbol with letters only has no other spelling."""
    braced = re.fullmatch(r"(.+)_\{(.+)\}", symbol)
    plain = re.fullmatch(r"(.+)_(.+)", symbol)
    base, subscript = braced.groups() if braced else plain.groups() if plain else (symbol, "")
    if not subscript:  # "X1", "X₁": a letter (or a few) and the digits of its number
        numbered = _NUMBERED_SYMBOL.fullmatch(symbol.translate(_SUBSCRIPT_DIGITS))
        if numbered is None:
            return (symbol,)
        base, subscript = numbered.groups()
    subscript = subscript.translate(_SUBSCRIPT_DIGITS)
    spellings = [symbol, f"{base}_{subscript}", f"{base}_{{{subscript}}}"]
    if subscript.isascii() and subscript.isdigit():
        spellings += [base + subscript, base + subscript.translate(_TO_SUBSCRIPT)]
    return tuple(dict.fromkeys(spellings))


_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_TO_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_NUMBERED_SYMBOL = lazy(r"([^\W\d_][^\W\d_]?)(\d{1,2})")


def written_in(formula: str, symbol: str, defined: set[str]) -> str | None:
    """How ``symbol`` of a legend is written in the formula: as in the legend (``x_1`` or
    ``x_{1}``), or in the other case when the legend does not define that spelling too
    (``a = …`` under ``A/B``; but ``n`` and ``N`` both defined are two symbols), or with the
    letters an OCR confuses alike (:func:`ocr_alike`)."""
    for spelled in subscript_spellings(symbol):
        if re.search(rf"(?<![^\W_Σ∑∆Δ]){re.escape(spelled)}(?![^\W_])", formula):
            return spelled
    if "-" in symbol:  # "ASN-T" of the legend written "ASN−T" in the formula
        found = re.search(rf"(?<![^\W_Σ∑∆Δ]){_dashed(symbol)}(?![^\W_])", formula)
        return found.group(0) if found else None
    ocr = _OCR_LETTERS.search(symbol) is not None
    if not symbol.replace(" ", "").isalpha():
        return ocr_alike(formula, symbol, defined) if ocr else None
    for found in re.finditer(rf"(?i)(?<![^\W_Σ∑∆Δ]){re.escape(symbol)}(?![^\W_])", formula):
        if found.group(0) not in defined:  # "HCTp" for "HcTP", "a" for "A"
            return found.group(0)
    return ocr_alike(formula, symbol, defined) if ocr else None


def typed_apart(formula: str, symbol: str) -> str | None:
    """How the formula writes a legend's ``symbol`` of two letters or more typed apart from
    it, never a guess of OCR: its subscript spelt another way (``X₁`` for ``X1``), a hyphen
    written as a minus sign (``ASN−T`` for ``ASN-T``) or its
    letters in capitals (``JTDM`` for ``Jtdm``, ``PKA`` for ``pka``: the legend typed in
    lower case or as a word under an equation editor's capitals; ``HcTP`` and ``HCTp`` are
    :func:`written_in`'s)."""
    for spelled in subscript_spellings(symbol)[1:]:
        if re.search(rf"(?<![^\W_]){re.escape(spelled)}(?![^\W_])", formula):
            return spelled
    if "-" in symbol:  # "ASN-T" of the legend written "ASN−T" in the formula
        found = re.search(rf"(?<![^\W_]){_dashed(symbol)}(?![^\W_])", formula)
        return found.group(0) if found else None
    if len(symbol) < 2 or not symbol.isalpha():
        return None
    found = re.search(rf"(?<![^\W_]){re.escape(symbol.upper())}(?![^\W_])", formula)
    return found.group(0) if found and symbol != symbol.upper() else None


_OCR_LETTERS = lazy(r"[0o1liI]")


def _dashed(symbol: str) -> str:
    """An expression for ``symbol`` whose hyphens may be written as minus signs or en dashes:
    a run of them one class counted (``[-−–]{40}``), so a bar of dashes in a legend makes a
    short expression, not one class a dash."""
    pieces = re.split(r"(-+)", symbol)
    return "".join(
        f"[-−–]{{{len(piece)}}}" if piece.startswith("-") else re.escape(piece)
        for piece in pieces
    )


_OCR_ALIKE = {"0": "[0Oo]", "o": "[0Oo]", "1": "[1lIi|]", "l": "[1lIi|]", "i": "[1lIi|]"}


def ocr_alike(formula: str, symbol: str, defined: set[str]) -> str | None:
    """How a legend's term of words is written in the formula when OCR read a letter apart
    (``0 & M`` for ``O&M``, ``lnvestasi`` for ``Investasi``): the letters an OCR confuses
    (``0``/``O``, ``1``/``l``/``I``) alike, spaces around ``&`` and case aside."""
    pieces = [
        r"[ \t]*&[ \t]*"
        if char == "&"
        else r"[ \t]+"
        if char.isspace()
        else _OCR_ALIKE.get(char.lower(), re.escape(char))
        for char in re.sub(r"\s*&\s*", "&", symbol.strip())
    ]
    pattern = re.compile(r"(?i)(?<![^\W_])" + "".join(pieces) + r"(?![^\W_])")
    for found in pattern.finditer(formula):
        if found.group(0) not in defined:
            return found.group(0)
    return None


RUN_TOGETHER = N_(
    "symbols of the legend written side by side with nothing between them: their product"
)
_RUN = lazy(r"(?<![^\W_])[A-Z][A-Za-z0-9]{1,7}(?![^\W_])")


def _split(word: str, symbols: Collection[str]) -> list[str] | None:
    """``word`` as a run of ``symbols`` (``DQN``: ``D``, ``Q``, ``N``), if exactly one run of
    two or more spells it; ``None`` otherwise."""
    runs: list[list[str]] = []

    def extend(rest: str, taken: list[str]) -> None:
        if len(runs) > 1:
            return
        if not rest:
            runs.append(taken)
            return
        for symbol in symbols:
            if rest.startswith(symbol):
                extend(rest[len(symbol) :], [*taken, symbol])

    extend(word, [])
    return runs[0] if len(runs) == 1 and len(runs[0]) > 1 else None


def runs_of(formula: str, symbols: Collection[str]) -> set[str]:
    """The symbols of a legend that ``formula`` writes only run together (``H=DQN`` under
    ``D = …``, ``Q = …``, ``N = …``): each word of the formula no symbol spells, split into
    symbols (see :func:`run_together`)."""
    found: set[str] = set()
    for word in _RUN.finditer(formula):
        if word.group(0) not in symbols:
            found |= set(_split(word.group(0), symbols) or ())
    return found


def run_together(expr: ast.Expr, legend: Mapping[str, str]) -> tuple[ast.Expr, list[Reading]]:
    """``H=DQN`` with a legend of ``D``, ``Q`` and ``N`` (BAPETEN: "Dosis Ekivalen (H) : hasil
    kali antara dosis serap (D), faktor kualitas (Q), dan …"): a name no legend entry gives
    that the legend's symbols spell, one run only, is their product, as algebra writes it; a
    guess, recorded. A symbol the legend gives itself stays one (``DQN = …`` defined)."""
    symbols = [s for s in legend if _RUN.fullmatch(s) or re.fullmatch(r"[A-Z]", s)]
    readings: list[Reading] = []

    def product(node: ast.Expr) -> ast.Expr:
        if isinstance(node, ast.Sigma) and (apart := _side_by_side(node.variable, legend)):
            readings.append(apart[1])  # "Σ WT HT": the sum of their product
            return ast.Aggregate(ast.Fold.SUM, apart[0], node.span)
        if isinstance(node, ast.Variable) and (apart := _side_by_side(node, legend)):
            readings.append(apart[1])
            return apart[0]
        if not isinstance(node, ast.Variable) or node.name in legend:
            return node
        parts = _split(node.name, symbols) if _RUN.fullmatch(node.name) else None
        if parts is None:
            return node
        term: ast.Expr = ast.Variable(parts[0], node.span)
        for part in parts[1:]:
            term = ast.Binary(ast.Op.MUL, term, ast.Variable(part, node.span), node.span)
        readings.append(Reading(node.span, " × ".join(parts), node.name, RUN_TOGETHER))
        return term

    return ast.transform(expr, product), readings


SIDE_BY_SIDE = N_("symbols of the legend written side by side, a space between them: their product")


def _side_by_side(
    node: ast.Variable, legend: Mapping[str, str]
) -> tuple[ast.Expr, Reading] | None:
    """``Σ WT HT`` under ``WT = …``, ``HT = …`` (bapeten-kepka-1-1999 #01), ``e(g)j,ing
    Ij,ing`` under ``e(g)j,ing = …``, ``Ij,ing = …`` (bapeten-perba-4-2013 #01): a name of
    two words or more, each a symbol the legend names and the whole none, is the product of
    those symbols, as algebra writes a product; a guess, recorded."""
    if " " not in node.name or node.name in legend:
        return None
    parts = node.name.split()
    if not all(part in legend for part in parts):
        return None
    term: ast.Expr = ast.Variable(parts[0], node.span)
    for part in parts[1:]:
        term = ast.Binary(ast.Op.MUL, term, ast.Variable(part, node.span), node.span)
    return term, Reading(node.span, " × ".join(parts), node.name, SIDE_BY_SIDE)
