"""What the parser decides after the grammar: names from a legend, slashes, nesting.

* **Legends and aliases.** ``(x/y)*100%`` with lines ``x = …``, ``y = …`` under it, and
  ``Jumlah kelurahan tertib (JKT) … JKT/JSK X 100%``: the symbols take the names the cell
  gives them (:func:`name_symbols`).
* **A slash without spaces** (:func:`read_slashes`) is part of a word (``GU/TU``, ``KTP/KK``,
  ``Kab/Kota``: short pieces) unless the cell shows it divides: a counting word after it
  (``jml pegawai hadir/jml pegawai``), symbols of the legend on both sides (``JKT/JSK``), or
  a ``× 100%`` that would otherwise scale no ratio (``Realisasi/Target x 100%``: a guess,
  recorded as a :class:`~ikicalc.lang.formula.Reading`).
* **Nesting** (:func:`nesting`) counts brackets and changes of precedence, not the length of
  a chain: ``A1 + A2 + … + A1000`` nests one deep.

Every walk here is iterative: a flat sum of thousands of terms is a tree thousands deep.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.names import counting_words, name_key

__all__ = ["nesting", "read_slashes", "rebuild", "rename", "symbol_names"]


def rebuild(node: ast.Expr, leaf: Callable[[ast.Variable], ast.Expr]) -> ast.Expr:
    """``node`` with every variable ``v`` (not under Σ) replaced by ``leaf(v)`` (iteratively)."""
    if any(isinstance(n, ast.Aggregate | ast.Mean) for n in ast.walk(node)):
        return ast.transform(node, lambda n: _renamed(n, leaf))
    done: dict[int, ast.Expr] = {}
    stack: list[tuple[ast.Expr, bool]] = [(node, False)]
    while stack:
        current, visited = stack.pop()
        if isinstance(current, ast.Variable):
            done[id(current)] = leaf(current)
        elif isinstance(current, ast.Binary):
            if not visited:
                stack.extend([(current, True), (current.right, False), (current.left, False)])
                continue
            left, right = done[id(current.left)], done[id(current.right)]
            same = left is current.left and right is current.right
            done[id(current)] = (
                current if same else ast.Binary(current.op, left, right, current.span)
            )
        elif isinstance(current, ast.Negate):
            if not visited:
                stack.extend([(current, True), (current.operand, False)])
                continue
            operand = done[id(current.operand)]
            done[id(current)] = (
                current if operand is current.operand else ast.Negate(operand, current.span)
            )
        elif isinstance(current, ast.Sigma):
            named = leaf(current.variable)
            done[id(current)] = (
                ast.Sigma(named, current.span) if isinstance(named, ast.Variable) else current
            )
        else:
            done[id(current)] = current
    return done[id(node)]


def _renamed(node: ast.Expr, leaf: Callable[[ast.Variable], ast.Expr]) -> ast.Expr:
    if isinstance(node, ast.Variable):
        return leaf(node)
    if isinstance(node, ast.Sigma):
        named = leaf(node.variable)
        return ast.Sigma(named, node.span) if isinstance(named, ast.Variable) else node
    return node


def nesting(node: ast.Expr) -> int:
    """How deep ``node`` nests: a chain of one precedence (``A + B - C``) is one level."""
    deepest = 0
    stack: list[tuple[ast.Expr, int]] = [(node, 1)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(current, ast.Binary):
            left = current.left
            chained = isinstance(left, ast.Binary) and left.op.precedence == current.op.precedence
            stack.append((left, level if chained else level + 1))
            stack.append((current.right, level + 1))
        elif isinstance(current, ast.Negate):
            stack.append((current.operand, level + 1))
        elif isinstance(current, ast.Aggregate | ast.Mean):
            stack.extend((child, level + 1) for child in ast.children(current))
    return deepest


_ALIAS = re.compile(r"\(\s*([A-Z][A-Z0-9]{0,9})\s*\)")


def symbol_names(node: ast.Expr, legend: Mapping[str, str]) -> dict[str, str]:
    """The names the cell gives its symbols: the legend's, and aliases in brackets after a
    name (``Jumlah kelurahan tertib (JKT)``), keyed by ``name_key`` of the symbol."""
    names: dict[str, str] = {name_key(symbol): name for symbol, name in legend.items()}
    for sub in ast.walk(node):
        if isinstance(sub, ast.Variable):
            for alias in _ALIAS.finditer(sub.name):
                names.setdefault(name_key(alias.group(1)), sub.name)
    return names


def rename(node: ast.Expr, names: Mapping[str, str]) -> ast.Expr:
    """``node`` with each symbol of ``names`` replaced by its name."""
    if not names:
        return node

    def leaf(var: ast.Variable) -> ast.Expr:
        name = names.get(name_key(var.name))
        return ast.Variable(name, var.span) if name and name != var.name else var

    return rebuild(node, leaf)


_SLASH = re.compile(r"(?<=[^\W_])(?: /|/ ?)(?=[^\W_])")
_SHORT = 4


def read_slashes(
    node: ast.Expr, symbols: Mapping[str, str], scaled_alone: bool
) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """Split the names whose slash divides (see the module); record the guesses.

    ``scaled_alone``: the formula is a name scaled to percent with no ratio (``A × 100%``),
    the evidence that a slash inside the name is the missing division.
    """
    guesses: list[Reading] = []
    counting = counting_words() | {"jml", "jmlh"}

    def leaf(var: ast.Variable) -> ast.Expr:
        for slash in _SLASH.finditer(var.name):
            left, right = var.name[: slash.start()], var.name[slash.end() :]
            # a quantity on each side: "jml pegawai hadir/jml pegawai", not "A/Jenis"
            quantities = len(left.split()) > 1 < len(right.split())
            left_word = re.split(r"[\s/]", left)[-1]
            right_word = re.split(r"[\s/]", right)[0]
            if "/" in left_word + right_word:
                continue  # K/L/D/I, TK/RA/Penitipan: a list of abbreviations
            if " " in slash.group(0):  # "tersedia/ Jumlah laporan": only a counting word says
                if right_word.lower() not in counting or not quantities:
                    continue
                reason = f"a counting word ('{right_word}') follows the slash"
            elif name_key(left_word) in symbols and name_key(right_word) in symbols:
                reason = "both sides are symbols the cell names"
            elif right_word.lower() in counting and quantities:
                reason = f"a counting word ('{right_word}') follows the slash"
            elif (
                scaled_alone
                and len(left_word) > _SHORT
                and len(right_word) > _SHORT
                and not (left_word.isupper() or right_word.isupper())
            ):
                reason = "'× 100%' needs a ratio and the pieces are words, not abbreviations"
                chosen = f"{left} / {right}"
                guesses.append(Reading(var.span, chosen, var.name, reason))
            else:
                continue
            start = var.span[0]
            cut = start + slash.start()
            numerator = ast.Variable(left.strip(), (start, cut))
            denominator = ast.Variable(right.strip(), (start + slash.end(), var.span[1]))
            return ast.Binary(ast.Op.DIV, numerator, denominator, var.span)
        return var

    return rebuild(node, leaf), tuple(guesses)
