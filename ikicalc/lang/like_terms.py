"""A difference said after a division, of two quantities of one kind: ``A dibagi B dikurangi C``.

Said in words, operations apply in the order said (:mod:`ikicalc.lang.reading`), and the
grammar's precedence agrees: ``biaya usaha dibagi volume air terproduksi dikurangi volume
kehilangan air standar`` reads ``(A / B) − C``. A careful reader reads it ``A / (B − C)``:
one subtracts a volume from a volume, never from a cost per volume. The evidence is in the
names: ``B`` and ``C`` name the same kind of quantity (a noun in common, counting words such
as ``jumlah`` and ``volume`` aside) and ``A`` none of it. Only then, and only when both
operations are said in words, the difference is the divisor's; a guess (lint ``W110``).
"""

from __future__ import annotations

import re

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.lang.printer import expression_text
from ikicalc.lang.run_together import term_after_slash
from ikicalc.names import counting_spellings
from ikicalc.patterns import lazy

__all__ = ["REASON", "divisor_difference", "worded"]

REASON = N_(
    "a difference said after a division, of two quantities of one kind (a noun in common) "
    "that the dividend is not: the difference is the divisor"
)

_DIVIDED = lazy(r"(?i)^\s*(?:dibagi|di\s+bagi)(?:\s+dengan)?\s*$")
_LESS_OR_MORE = lazy(
    r"(?i)^\s*(?:dikurangi|dikurangkan|ditambah(?:kan)?|di\s+tambah)(?:\s+dengan)?\s*$"
)
_WORD = re.compile(r"[^\W\d_]+")


_JOINTS = frozenset(["yang", "dan", "atau", "serta", "di", "dari", "pada", "untuk", "dalam", "ke"])


def _nouns(name: str) -> frozenset[str]:
    """The words of ``name`` that say what it counts: not a counting word (``jumlah``,
    ``volume`` …) nor a joint (``yang``, ``di`` …), three letters and more."""
    skipped = counting_spellings() | _JOINTS
    return frozenset(w for w in _WORD.findall(name.lower()) if len(w) >= 3 and w not in skipped)


def divisor_difference(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``A dibagi B dikurangi C`` with ``B`` and ``C`` of one kind and ``A`` of another:
    ``A / (B − C)`` (see the module), else ``node`` as it is."""
    if not (
        isinstance(node, ast.Binary)
        and node.op in (ast.Op.ADD, ast.Op.SUB)
        and isinstance(node.left, ast.Binary)
        and node.left.op is ast.Op.DIV
    ):
        return node, ()
    dividend, divisor, other = node.left.left, node.left.right, node.right
    if not (
        isinstance(dividend, ast.Variable)
        and isinstance(divisor, ast.Variable)
        and isinstance(other, ast.Variable)
    ):
        return node, ()
    if not (
        _DIVIDED.match(text[dividend.span[1] : divisor.span[0]])
        and _LESS_OR_MORE.match(text[divisor.span[1] : other.span[0]])
    ):
        return node, ()
    kind = _nouns(divisor.name) & _nouns(other.name)
    if not kind or kind & _nouns(dividend.name):
        return node, ()
    difference = ast.Binary(node.op, divisor, other, (divisor.span[0], other.span[1]))
    grouped = ast.Binary(ast.Op.DIV, dividend, difference, node.span)
    guess = Reading(node.span, expression_text(grouped), expression_text(node), REASON)
    return grouped, (guess,)


def worded(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """The readings the words of the cell give evidence for: :func:`divisor_difference`, and
    an acronym after a slash that names a quantity again
    (:func:`ikicalc.lang.run_together.term_after_slash`)."""
    guesses: tuple[Reading, ...] = ()
    if text and " dibagi" in text.lower():
        node, guesses = divisor_difference(node, text)
    if text and "/" in text:
        node, term = term_after_slash(node, text)
        guesses += term
    return node, guesses
