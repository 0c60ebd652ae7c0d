"""Σ over a product of factors that share its index: ``(∑ nᵢ × kᵢ) / t × 100%``.

Mathematics writes ``Σᵢ nᵢ kᵢ`` for the sum over ``i`` of the products: the index the factors
share says how far the sum reaches, as in every weighted index (IKU Perguruan Tinggi,
Kepmendikti 358/M/KEP/2025: ``(∑ nᵢ × kᵢ) / t × 100%``). The grammar binds ``Σ`` to the operand
after it alone (``Σ A × B`` is ``(Σ A) × B`` for names), so a product whose factors after the
first carry the same written index as the summed one (a subscript letter ``ᵢ``, ``ⱼ``, or
``_i``) is read as the sum of the product, recorded as a guess (``W110``); factors without the
index (``t``) stay outside. Names with no written index are never touched.
"""

from __future__ import annotations

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.patterns import lazy

__all__ = ["indexed_products"]

# the index a name writes at its end: a subscript letter, or "_i", "_{i}", "_j"
_INDEX = lazy(r"(?:([ᵢⱼₖₗₘₙₚₜₓ])|_\{?([a-z])\}?)$")

_SUBSCRIPTS = str.maketrans("ᵢⱼₖₗₘₙₚₜₓ", "ijklmnptx")

REASON = N_(
    "the factors after the summed one carry its index: the sum runs over the whole product"
)


def _index(node: ast.Expr) -> str | None:
    if not isinstance(node, ast.Variable):
        return None
    found = _INDEX.search(node.name)
    if found is None or len(node.name) == len(found.group(0)):
        return None
    return (found.group(1) or found.group(2)).translate(_SUBSCRIPTS)


def indexed_products(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``node`` with ``(Σ xᵢ) × yᵢ`` read as ``Σ (xᵢ × yᵢ)`` (see the module), and the guesses."""
    readings: list[Reading] = []
    indexed: dict[int, str] = {}  # the sums this pass made, by id: their index

    def rewrite(found: ast.Expr) -> ast.Expr:
        if not isinstance(found, ast.Binary) or found.op is not ast.Op.MUL:
            return found
        left, right = found.left, found.right
        index = _index(right)
        if index is None:
            return found
        if isinstance(left, ast.Sigma) and _index(left.variable) == index:
            summed_first: ast.Expr = left.variable
        elif isinstance(left, ast.Aggregate) and indexed.get(id(left)) == index:
            summed_first = left.operand
            readings.pop()  # one guess for the whole product
        else:
            return found
        operand = ast.Binary(ast.Op.MUL, summed_first, right, found.span)
        summed = ast.Aggregate(ast.Fold.SUM, operand, found.span)
        indexed[id(summed)] = index
        readings.append(Reading(found.span, str(summed), f"(Σ {summed_first}) × {right}", REASON))
        return summed

    node = ast.transform(node, rewrite)
    return node, tuple(readings)
