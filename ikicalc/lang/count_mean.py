"""A mean whose brackets were lost: ``Nilai A + Nilai B + Nilai C / 3`` (issue 14, cause 7).

Documents write the mean of a few quantities as their sum over their count, and a Word or
PDF export (or a hurried typist) drops the brackets: ``NA = N1 + N2 / 2``, ``IKM = Nilai A +
Nilai B + Nilai C / 3 x 100%``. Read as written, the last quantity alone is divided, a sum
that mixes a whole and a part of like quantities. Where the number that divides is the count
of the quantities added, each a quantity (a name, ``Σ …``, a mean), the formula is their mean:
``(A + B + C) / 3``. A guess, recorded (``W110``). The canonical text keeps the brackets.

The list of a mean may be separated by semicolons (``rata-rata (A; B; C)``): read as commas.
"""

from __future__ import annotations

from decimal import Decimal

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.patterns import compiled

__all__ = ["added_terms", "read_count_mean", "semicolon_list"]

# the list of a mean separated by semicolons: "rata-rata (A; B; C)", "rerata(A;B)"
_MEAN_LIST = compiled(
    r"(?i)(?:rata[ \t]*[-−–][ \t]*rata|rata2|rerata)(?:[ \t]+dari)?[ \t]*"
    r"\((?P<items>[^()\n]*;[^()\n]*)\)"
)


def semicolon_list(chars: list[str]) -> None:
    """``rata-rata (A; B; C)``: the items of a mean's list separated by semicolons, as a
    list separated by commas (the grammar's)."""
    for found in _MEAN_LIST.finditer(text_of(chars)):
        for at in range(*found.span("items")):
            if chars[at] == ";":
                chars[at] = ","


_REASON = N_(
    "the number that divides the last term is the count of the quantities added: the "
    "brackets of their mean were lost"
)
_QUANTITY = (ast.Variable, ast.Sigma, ast.Aggregate, ast.Mean)


def added_terms(node: ast.Expr) -> list[ast.Expr] | None:
    """The terms of a sum of additions only (``A + B + C``), left to right."""
    terms: list[ast.Expr] = []
    while isinstance(node, ast.Binary) and node.op is ast.Op.ADD:
        terms.append(node.right)
        node = node.left
    terms.append(node)
    return terms[::-1] if len(terms) >= 2 else None


def read_count_mean(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``A + B + C / 3`` (times a scale or not) is ``(A + B + C) / 3`` (see the module)."""
    terms = added_terms(node)
    if terms is None:
        return node, ()
    last, scale = terms[-1], None
    if isinstance(last, ast.Binary) and last.op is ast.Op.MUL:
        scale = last.right
        if not isinstance(scale, (ast.Percent, ast.Number)):
            return node, ()
        last = last.left
    if not isinstance(last, ast.Binary) or last.op is not ast.Op.DIV:
        return node, ()
    count = last.right
    if not isinstance(count, ast.Number) or count.value != Decimal(len(terms)):
        return node, ()
    added = [*terms[:-1], last.left]
    if not all(isinstance(term, _QUANTITY) for term in added):
        return node, ()
    total = added[0]
    for term in added[1:]:
        total = ast.Binary(ast.Op.ADD, total, term, (total.span[0], term.span[1]))
    expr: ast.Expr = ast.Binary(ast.Op.DIV, total, count, (total.span[0], last.span[1]))
    if scale is not None:
        expr = ast.Binary(ast.Op.MUL, expr, scale, node.span)
    summed = " + ".join(str(term) for term in added)
    chosen, written = f"({summed}) / {len(terms)}", f"{summed} / {len(terms)}"
    return expr, (Reading(node.span, chosen, written, _REASON),)
