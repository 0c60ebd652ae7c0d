"""Quantities that ran together in one name because a comma or an operator was lost: read apart.

A careful reader sees two quantities where the export or the typist lost what stood between
them: ``penjumlahan dari Indeks Penduduk Indeks Luas Daerah, Indeks Harga Bangunan dan
Indeks Kemiskinan Relatif`` (PP 104/2000) is a list of four indices, the comma after the
first lost (the items of the list open with the same word, and one item holds it again);
``Penyerapan = SMKs/SMK`` is a ratio (a label names what the formula computes, and a name
alone computes nothing). Each reading is a guess, kept as a
:class:`~ikicalc.lang.formula.Reading` (lint ``W110``); :mod:`ikicalc.lang.reading` applies
them after the grammar, and not to the canonical text of a formula, which means what it says.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.names import counting_spellings, name_key
from ikicalc.patterns import lazy

__all__ = [
    "LABELLED_PAIR",
    "LABEL_COLON",
    "LOST_COMMA",
    "TERM_AFTER_SLASH",
    "WRAPPED_RATIO",
    "indexed_pair",
    "label_colon",
    "labelled_pair",
    "lost_commas",
    "symbols_in_brackets",
    "term_after_slash",
    "two_words",
    "wrapped_ratio",
]

LABELLED_PAIR = N_(
    "a label names what the formula computes and the one name after it is two words joined "
    "by a slash: read as their ratio"
)
_PAIR = lazy(r"[^\W\d_][^\W_]*/[^\W\d_][^\W_]*")


def labelled_pair(
    node: ast.Expr, joined: Set[str]
) -> tuple[ast.Expr, tuple[Reading, ...]] | None:
    """``Penyerapan = SMKs/SMK``: a labelled formula that is one name of two words joined by
    a slash computes nothing unless the slash divides; a guess. ``joined``: the words a
    slash joins (``dan/atau``)."""
    if not isinstance(node, ast.Variable) or not _PAIR.fullmatch(node.name):
        return None
    left, right = node.name.split("/")
    if {name_key(left), name_key(right)} & joined:
        return None
    if left.isupper() and right.isupper():
        return None  # "PNS = GU/TU", "KTP/KK": two acronyms a slash joins stay one name
    start, end = node.span
    cut = start + len(left)
    expr = ast.Binary(
        ast.Op.DIV,
        ast.Variable(left, (start, cut)),
        ast.Variable(right, (cut + 1, end)),
        node.span,
    )
    return expr, (Reading(node.span, f"{left} / {right}", node.name, LABELLED_PAIR),)


LOST_COMMA = N_(
    "the items of a sum open with the same word and one item holds it again: two items, "
    "the comma between them lost"
)
_HEAD = lazy(r"[A-Z][^\W\d_]{2,}")


def _terms(node: ast.Binary) -> list[ast.Expr]:
    """The terms of a chain of additions, left to right."""
    terms: list[ast.Expr] = []
    current: ast.Expr = node
    while isinstance(current, ast.Binary) and current.op is ast.Op.ADD:
        terms.append(current.right)
        current = current.left
    terms.append(current)
    return terms[::-1]


def _split(var: ast.Variable, head: str) -> tuple[ast.Variable, ast.Variable] | None:
    """``Indeks Penduduk Indeks Luas Daerah`` at its second ``Indeks``, each piece of two
    words or more; ``None`` when the head word is not there once again."""
    again = [m.start() for m in re.finditer(r"(?<= )" + re.escape(head) + r"(?= )", var.name)]
    if len(again) != 1:
        return None
    cut = again[0]
    left, right = var.name[:cut].rstrip(), var.name[cut:]
    if len(left.split()) < 2 or len(right.split()) < 2:
        return None
    start, end = var.span
    return ast.Variable(left, (start, start + len(left))), ast.Variable(right, (start + cut, end))


def _chain(terms: list[ast.Expr]) -> ast.Expr:
    expr = terms[0]
    for term in terms[1:]:
        expr = ast.Binary(ast.Op.ADD, expr, term, (expr.span[0], term.span[1]))
    return expr


def _apart(node: ast.Binary) -> tuple[ast.Expr, tuple[Reading, ...]] | None:
    """The chain of additions at ``node`` with its run-together item read apart."""
    terms = _terms(node)
    names = [t for t in terms if isinstance(t, ast.Variable)]
    if len(terms) < 3 or len(names) != len(terms):
        return None
    heads = Counter(h.group(0) for t in names if (h := _HEAD.match(t.name)))
    if not heads:
        return None
    head, count = heads.most_common(1)[0]
    if count < 3:  # the item that holds it again and two more
        return None
    readings: list[Reading] = []
    split: list[ast.Expr] = []
    for term in names:
        pieces = _split(term, head) if term.name.startswith(head + " ") else None
        if pieces is None:
            split.append(term)
            continue
        split.extend(pieces)
        chosen = f"{pieces[0].name} + {pieces[1].name}"
        readings.append(Reading(term.span, chosen, term.name, LOST_COMMA))
    if not readings:
        return None
    return _chain(split), tuple(readings)


_GROUPS = {
    ast.Op.ADD: ast.Op.SUB,
    ast.Op.SUB: ast.Op.ADD,
    ast.Op.MUL: ast.Op.DIV,
    ast.Op.DIV: ast.Op.MUL,
}


def lost_commas(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """The formula with the items of its sums that ran together read apart (see the
    module), and the guesses; only sums of three names or more that open alike. A chain of
    one precedence is walked as a chain (``A1 + … + A1000`` nests one deep)."""
    if not isinstance(node, ast.Binary):
        return node, ()
    if node.op is ast.Op.ADD:
        found = _apart(node)
        if found is not None:
            return found
    group = {node.op, _GROUPS.get(node.op, node.op)}
    steps: list[tuple[ast.Binary, ast.Expr]] = []
    current: ast.Expr = node
    while isinstance(current, ast.Binary) and current.op in group:
        steps.append((current, current.right))
        current = current.left
    first, readings = lost_commas(current)
    changed = first is not current
    expr = first
    for step, right in reversed(steps):
        new_right, found_here = lost_commas(right)
        readings += found_here
        changed = changed or new_right is not right
        expr = ast.Binary(step.op, expr, new_right, step.span)
    return (expr, readings) if changed else (node, ())


_SYMBOL_PAIR = lazy(r"[^\W_]{1,6}/[^\W_]{1,6}")  # two symbols: "Lo/Lx", "PP/PAK"


def symbols_in_brackets(text: str, var: ast.Variable) -> bool:
    """Whether ``var`` is two symbols joined by a slash standing alone between brackets in
    ``text`` (``UHH = (Lo/Lx) × 100%``): brackets around one word group a division."""
    start, end = var.span
    return (
        _SYMBOL_PAIR.fullmatch(var.name) is not None
        and 0 < start <= end < len(text)
        and text[:start].rstrip().endswith("(")
        and text[end:].lstrip().startswith(")")
    )


TERM_AFTER_SLASH = N_(
    "an acronym alone after a slash, with a division after it, is the quantity's other "
    "name (… / WASH per total …); the slash joins the two names"
)
_ACRONYM = lazy(r"[A-Z][A-Z0-9]{1,7}")
_THEN_DIVIDED = lazy(r"(?i)[ \t\n]*(?:per|dibagi|/|÷)(?![^\W_])")


def term_after_slash(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``Jumlah sekolah … (…) / WASH per total sekolah …``: a quantity over an acronym alone,
    divided again at once: the acronym is the quantity's name in other words (an English
    term), not a divisor; ``A / WASH`` is one name over the total (a guess)."""
    if not (
        isinstance(node, ast.Binary)
        and node.op is ast.Op.DIV
        and isinstance(node.left, ast.Binary)
        and node.left.op is ast.Op.DIV
    ):
        return node, ()
    quantity, term = node.left.left, node.left.right
    if not (
        isinstance(quantity, ast.Variable)
        and isinstance(term, ast.Variable)
        and _ACRONYM.fullmatch(term.name)
        and len(quantity.name.split()) >= 3
        and _THEN_DIVIDED.match(text, term.span[1])
        and "/" in text[quantity.span[1] : term.span[0]]
    ):
        return node, ()
    start, end = quantity.span[0], term.span[1]
    joined = ast.Variable(" ".join(text[start:end].split()), (start, end))
    read = ast.Binary(ast.Op.DIV, joined, node.right, node.span)
    guess = Reading(
        (start, end), f"{joined.name} / …", f"{quantity.name} / {term.name} / …", TERM_AFTER_SLASH
    )
    return read, (guess,)


WRAPPED_RATIO = N_(
    "the cell is one name wrapped by a narrow column, or one name scaled as a ratio, and one "
    "slash stands between two phrases of two words or more that each open with a capital: "
    "the ratio of the two"
)


def wrapped_ratio(
    node: ast.Expr, var: ast.Variable, text: str, left: str, right: str, scaled_alone: bool
) -> bool:
    """``Laba`` / ``Kotor /Penjualan`` / ``Bersih`` (LAPAN Perka 6/2013, a table's narrow
    column), ``(Skor Hasil Hitung I/Skor Ideal i) x 100%``: the whole cell is one name (under
    a ``Σ`` too) wrapped over lines, or one name scaled as a ratio,
    with one slash, a phrase of two to four words on each side, each opened with a capital,
    the words at the slash no abbreviations in capitals."""
    wrapped = "\n" in text
    left, right = " ".join(left.split()), " ".join(right.split())
    alone = node is var or (isinstance(node, ast.Sigma) and node.variable is var)
    return (
        ((alone and wrapped) or scaled_alone)
        and left.split()[0].lower() not in counting_spellings()  # "Jenis Pemeliharaan Rutin/…"
        and var.name.count("/") == 1
        and 1 < len(left.split()) <= _PHRASE_WORDS
        and 1 < len(right.split()) <= _PHRASE_WORDS
        and left[:1].isupper()
        and right[:1].isupper()
        and not any(len(w) > 1 and w.isupper() for w in (left.split()[-1], right.split()[0]))
    )


_PHRASE_WORDS = 4
"""The most words of a phrase on each side (longer ones are one name: ``Jumlah Unit Usaha
yang Mengikuti Kegiatan/Program …``)."""


def two_words(left: str, right: str) -> bool:
    """``Realisasi /Target``: a slash between two words, each longer than an abbreviation's
    four letters and not in capitals (``GU/ TU`` is one name)."""
    left, right = left.strip(), right.strip()
    return (
        " " not in left
        and " " not in right
        and len(left) > 4 < len(right)
        and not (left.isupper() or right.isupper())
    )


LABEL_COLON = N_(
    "the words before ':' at the start of the cell name the formula after it (a ratio in "
    "brackets or a slash): a colon there is no division"
)
# "Kualitas : (Realisasi /Target) x 100" (BKN e-Kinerja): one to three words and a spaced ':'
_LABEL_COLON = lazy(  # "e. PPnBM : (…)": a list's item mark before it
    r"\A[ \t]*(?:[a-z][.)][ \t]+)?(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]+:[ \t]"
)


def label_colon(expr: ast.Expr, text: str) -> tuple[ast.Expr, str, Reading] | None:
    """``Kualitas : (Realisasi /Target) x 100``: the words before a spaced ``:`` that opens
    the cell are its label when what follows divides (a ``/`` in it) or names its quantities
    after the label (``PPnBM : (PPnBM Terutang - PPnBM DTP)``): the division the grammar read
    at the ``:`` is undone, its right side kept; a guess."""
    found = _LABEL_COLON.match(text)
    if found is None or found.group("label").split()[0].lower() in counting_spellings():
        return None  # "Jumlah A : Jumlah B": a quantity, divided
    path: list[ast.Binary] = []
    node = expr
    while isinstance(node, ast.Binary) and node.left.span[0] <= found.start("label"):
        path.append(node)
        if isinstance(node.left, ast.Variable):
            break
        node = node.left
    if not path:
        return None
    colon = path[-1]
    label = found.group("label")
    again = any(  # "PPnBM : (PPnBM Terutang - PPnBM DTP)" (PMK 12/2025): the label names them
        isinstance(v, ast.Variable) and v.name.startswith(f"{label} ")
        for v in ast.walk(colon.right)
    )
    if not (
        colon.op is ast.Op.DIV
        and isinstance(colon.left, ast.Variable)
        and colon.left.name == label
        and ("/" in text[found.end() : colon.right.span[1] + 1] or again)
    ):
        return None
    rebuilt: ast.Expr = colon.right
    for parent in reversed(path[:-1]):
        rebuilt = ast.Binary(parent.op, rebuilt, parent.right, (rebuilt.span[0], parent.span[1]))
    chosen = text[found.end() :].strip()
    return rebuilt, found.group("label"), Reading(found.span(), chosen, text.strip(), LABEL_COLON)


_INDEXED_SYMBOLS = lazy(r"(?P<a>[A-Z]{1,3})(?P<i>\d{0,2})/(?P<b>[A-Z]{1,3})(?P<j>\d{0,2})")


def indexed_pair(name: str) -> bool:
    """A symbol on each side of a slash (``A/A1``, ``X1/Y1``, ``A/B``, ``X1/X2``): a ratio
    (``reading.read_slashes``); ``S1/S2``, ``D3/D4`` (degrees), ``TK/TKLB`` stay names."""
    found = _INDEXED_SYMBOLS.fullmatch(name)
    if found is None:
        return False
    a, i, b, j = found.group("a", "i", "b", "j")
    lone = len(a) == 1 == len(b) and not (a in "SD" and b in "SD" and i and j)  # not degrees
    return lone or (a == b and not i and bool(j)) or (a != b and bool(i) and i == j)
