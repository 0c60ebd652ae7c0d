"""``rata-rata`` at the head of a quantity said in a sentence: the quantity's name, not the
mean over the data rows.

``100% - rata-rata deviasi RPD Satker`` averages a column of rows (one per Satker). A
regulation that says its formula in words names its quantities at length, and a
``rata-rata`` opening one of them is part of that name (``besarnya rata-rata tingkat
konsumsi … perkapita dikalikan jumlah penduduk …``, UU 11/2020; ``memperbandingkan rata-rata
capaian kinerja … dengan target …``): the reader is given one figure, not rows. Where the
name says over what it averages (``… setiap indikator``), the mean stays. A guess (lint
``W110``), made by :func:`ikicalc.lang.reading.read_evidence`.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.lang.printer import expression_text
from ikicalc.names import names_data

__all__ = ["REASON", "mean_named"]

REASON = N_(
    "'rata-rata' opens a quantity named in a sentence whose operations are said in words: "
    "the name of one figure, not the mean over the data rows"
)

# an operator written as a sign ("\times" too), or operands in brackets: the formula's notation
_SIGN = re.compile(r"[-+−–/÷×*:=\\()\[\]{}]|(?<![^\W_])[xX](?![^\W_])")
# the mean's word right before the name it opens (not "rata-rata (A)": a mean in brackets)
_MEAN_WORD = re.compile(r"(?:rata-rata|rerata)(?:[ \t]+dari)?[ \t\n]+")


@cache
def _over_rows() -> re.Pattern[str]:
    data = names_data()
    words = {*data["prose"]["mean_over"], *data["rows"]["entities"]}
    alternatives = "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))
    return re.compile(r"(?i)(?<![^\W_])(?:" + alternatives + r")(?![^\W_])")


def _named(node: ast.Expr, text: str) -> bool:
    """Whether ``node`` is a mean over rows of one name, written ``rata-rata``/``rerata`` in
    lower case, whose name does not say over what it averages."""
    return (
        isinstance(node, ast.Aggregate)
        and node.fold is ast.Fold.MEAN
        and isinstance(node.operand, ast.Variable)
        and _MEAN_WORD.fullmatch(text, node.span[0], node.operand.span[0]) is not None
        and _over_rows().search(node.operand.name) is None
    )


def mean_named(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``node`` with each mean over rows of a name that is an operand of an operation said in
    words (no sign between the operands) read as one name (see the module)."""
    if "rata" not in text and "rerata" not in text:
        return node, ()
    spans: set[tuple[int, int]] = set()
    for parent in ast.walk(node):
        if not isinstance(parent, ast.Binary):
            continue
        between = text[parent.left.span[1] : parent.right.span[0]]
        if _SIGN.search(between) or not re.search(r"[^\W\d_]{3}", between):
            continue  # an operator written as a sign: the formula's own notation
        spans |= {child.span for child in (parent.left, parent.right) if _named(child, text)}
    if not spans:
        return node, ()
    readings: list[Reading] = []

    def rewrite(current: ast.Expr) -> ast.Expr:
        if current.span not in spans or not isinstance(current, ast.Aggregate):
            return current
        operand = current.operand
        assert isinstance(operand, ast.Variable)  # noqa: S101 - _named checked it
        word = " ".join(text[current.span[0] : operand.span[0]].split())
        named = ast.Variable(f"{word} {operand.name}", current.span)
        readings.append(Reading(current.span, named.name, expression_text(current), REASON))
        return named

    return ast.transform(node, rewrite), tuple(readings)
