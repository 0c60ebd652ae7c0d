"""How far a Σ reaches over the product after it: the one home of that rule.

Mathematics writes ``Σᵢ nᵢ kᵢ`` for the sum over ``i`` of the products: the index the factors
share says how far the sum reaches, as in every weighted index (IKU Perguruan Tinggi,
Kepmendikti 358/M/KEP/2025: ``(∑ nᵢ × kᵢ) / t × 100%``; Kepja 1184/2025: ``∑ Ri × Pi`` over
``i=1``; Perka BAPETEN 4/1999: ``∑ mfi · q · pri``). The grammar binds ``Σ`` to the operand after
it alone (``Σ A × B`` is ``(Σ A) × B`` for names), so :func:`reaches` decides, from which
factors carry the index (:func:`carries`), whether the sum takes more than its first operand:
when the first factor and another carry it, the sum takes the whole product, as mathematics
reads a sum (it runs over the term after it, up to a ``+`` or ``−``); a factor without the
index (``q``, ``t``) is a constant of each row. Each reading is a guess (``W110``).

Two kinds of reader ask: the layout's passes over an equation editor's export
(:mod:`ikicalc.lang.sigma`, where the cell states the index: limits ``i=1`` or an index line, so
a plain last letter ``Ri`` carries it), and :func:`indexed_products` over the AST, where only a
written subscript (``nᵢ``, ``x_i``) does: names with no written index are never touched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import reduce

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.patterns import lazy

__all__ = ["carries", "indexed_products", "reaches", "written_index"]

# the index a name writes at its end: a subscript letter, or "_i", "_{i}", "_j"
_INDEX = lazy(r"(?:([ᵢⱼₖₗₘₙₚₜₓ])|_\{?([a-z])\}?)$")

_SUBSCRIPTS = str.maketrans("ᵢⱼₖₗₘₙₚₜₓ", "ijklmnptx")

REASON = N_(
    "the factors after the summed one carry its index: the sum runs over the whole product"
)


def written_index(name: str) -> str | None:
    """The index ``name`` writes at its end as a subscript (``nᵢ``, ``x_i``, ``w_{j}``), or
    ``None`` (a plain last letter is no index unless the cell states it)."""
    found = _INDEX.search(name)
    if found is None or len(name) == len(found.group(0)):
        return None
    return (found.group(1) or found.group(2)).translate(_SUBSCRIPTS)


def carries(factor: str, index: str, *, stated: bool) -> bool:
    """Whether ``factor`` carries the sum's ``index``: written as a subscript (``nᵢ``,
    ``x_i``) always; where the cell ``stated`` the index (limits ``i=1``, an index line), a
    plain or italic last letter (``Ri``, ``𝑃𝑖``, ``WT`` over ``T``) or ``(i)`` too."""
    if written_index(factor) == index:
        return True
    if not stated:
        return False
    plain = re.sub(r"\s", "", unicodedata.normalize("NFKC", factor))
    return len(plain) > 1 and (plain.endswith(index) or plain.endswith(f"({index})"))


def reaches(carrying: Sequence[bool]) -> bool:
    """Whether a Σ takes the whole product after it, given which of its factors carry the
    sum's index (the first is the summed one): when the first does and another does."""
    return len(carrying) > 1 and carrying[0] and sum(carrying) > 1


def _factors(node: ast.Expr) -> list[ast.Expr]:
    """The factors of a product as the grammar chains them to the left: ``a × b × c``."""
    right: list[ast.Expr] = []
    while isinstance(node, ast.Binary) and node.op is ast.Op.MUL:
        right.append(node.right)
        node = node.left
    return [node, *reversed(right)]


def _product(factors: Sequence[ast.Expr], span: ast.Span) -> ast.Expr:
    return reduce(lambda left, right: ast.Binary(ast.Op.MUL, left, right, span), factors)


def indexed_products(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``node`` with ``(Σ xᵢ) × yᵢ`` read as ``Σ (xᵢ × yᵢ)`` (see the module), and the guesses."""
    readings: list[Reading] = []
    made: dict[int, tuple[str, int]] = {}  # the sums this pass made, by id: index, factors taken

    def rewrite(found: ast.Expr) -> ast.Expr:
        if not isinstance(found, ast.Binary) or found.op is not ast.Op.MUL:
            return found
        first, *rest = _factors(found)
        if isinstance(first, ast.Sigma) and (index := written_index(first.variable.name)):
            summed, taken = [first.variable, *rest], 1
        elif isinstance(first, ast.Aggregate) and id(first) in made:
            index, taken = made[id(first)]
            summed = [*_factors(first.operand), *rest]
        else:
            return found
        names = [f.name if isinstance(f, ast.Variable) else "" for f in summed]
        if len(summed) <= taken or not reaches(
            [True] + [carries(name, index, stated=False) for name in names[1:]]
        ):
            return found
        if taken > 1:
            readings.pop()  # one guess for the whole product
        inner = _product(summed, found.span)
        result = ast.Aggregate(ast.Fold.SUM, inner, found.span)
        made[id(result)] = (index, len(summed))
        readings.append(
            Reading(
                found.span,
                str(result),
                f"(Σ {summed[0]}) × {_product(summed[1:], found.span)}",
                REASON,
            )
        )
        return result

    node = ast.transform(node, rewrite)
    return node, tuple(readings)
