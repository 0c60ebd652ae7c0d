"""What a document cell holds: a formula, a category scale, a target, or prose.

The *formulasi perhitungan* column of an IKI document does not always hold a formula. In the
seeds it also holds interval scales (``25,00 – 43,75 Tidak Baik …``), targets (``500 surat``),
sentences (``Membandingkan undangan … dan peserta yang hadir``), restated indicator names
(``Prosentase ketersediaan sarana dan prasarana``) and broken fragments (``x 100%``).
:func:`read_cell` tells them apart and keeps what it read, so nothing in a document is dropped:
a cell that cannot be read is kept with its diagnostic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.parser import parse
from ikicalc.lang.prose import sentence
from ikicalc.names import names_data
from ikicalc.patterns import lazy
from ikicalc.rules.scales import Scale
from ikicalc.rules.target import Target, parse_target

__all__ = [
    "CellClassification",
    "CellKind",
    "is_percent_word",
    "missing_operand",
    "prose_verb",
    "read_cell",
]


class CellKind(StrEnum):
    """What a formula cell holds."""

    FORMULA = "formula"
    SCALE = "scale"
    TARGET = "target"
    PROSE = "prose"
    EMPTY = "empty"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CellClassification:
    """The kind of a cell, what was read from it, and, when it cannot be read, why.

    ``value`` is the :class:`~ikicalc.lang.formula.Formula`, :class:`~ikicalc.rules.scales.Scale` or
    :class:`~ikicalc.rules.target.Target` read from the cell; ``error`` the error that explains why
    a cell is not a formula (for ``UNKNOWN`` cells: the formula's syntax error);
    ``diagnostic`` the same in words.
    """

    kind: CellKind
    diagnostic: str | None = None
    value: Formula | Scale | Target | None = None
    error: IkiError | None = None


_BLANK = lazy(r"(?P<at>_{2,})")
_LEADING_OPERATOR = lazy(
    r"^\s*[$]?\s*(?P<at>[x×X*/÷:]|\\times|\\cdot|\\div)(?=[\s\d_$]|$)"
)
_ADJACENT_OPERATORS = lazy(r"[/÷*×:]\s*(?P<at>[xX×*/÷]|\\times)(?=[\s\d])")
_TARGET_START = lazy(r"^\s*(?:\d|rp\b|target\b|kualitas\b|kuantitas\b)", re.IGNORECASE)
_LIST_MARKER = lazy(r"^\s*(?:\d{1,2}[.)]|[-•*])\s+")


@cache
def _prose_words() -> tuple[frozenset[str], re.Pattern[str]]:
    prose = names_data()["prose"]
    verbs = frozenset(word.lower() for word in prose["verbs"])
    percent = re.compile(
        r"^(?:" + "|".join(re.escape(w) for w in prose["percent_words"]) + r")\b", re.IGNORECASE
    )
    return verbs, percent


def prose_verb(text: str) -> str | None:
    """The verb a sentence-like cell opens with (``Membandingkan``), or ``None``."""
    stripped = _LIST_MARKER.sub("", text)
    first = stripped.split(maxsplit=1)[0] if stripped.split() else ""
    return first if first.lower() in _prose_words()[0] else None


def is_percent_word(text: str) -> bool:
    """Whether ``text`` opens with a spelling of *persentase* (``Prosentase``, ``Prsentase`` …)."""
    return _prose_words()[1].match(_LIST_MARKER.sub("", text)) is not None


def missing_operand(text: str) -> tuple[int, int] | None:
    """The span of a blank or of an operator with nothing before it (``x 100%``,
    ``_____x100%``, ``Jumlah A / x 100%``): an operand is missing there. ``None`` otherwise."""
    for pattern in (_BLANK, _LEADING_OPERATOR, _ADJACENT_OPERATORS):
        found = pattern.search(text)
        if found:
            return found.span("at")
    return None


def _is_restated_percentage(formula: Formula) -> bool:
    """``Prosentase ketersediaan sarana`` as the whole formula: a name, not a computation."""
    return isinstance(formula.expr, ast.Variable) and is_percent_word(formula.expr.name)


def read_cell(text: str) -> CellClassification:
    """Read one formula cell and say what it holds (see :class:`CellKind`).

    In this order: an empty cell; a formula (a lone name that is a sentence, ``Membandingkan
    …``, or a restated ``Persentase …`` is prose); a cell with a blank or a dangling operator
    (``x 100%``) is ``UNKNOWN``, an operand is missing; an interval scale; a target (``500
    surat``, ``Target 84``); a sentence or a list of restated percentages is prose; anything
    else is ``UNKNOWN`` with the formula's syntax error.
    """
    if not text.strip():
        return CellClassification(CellKind.EMPTY, _("the formula cell is empty"))
    try:
        formula = parse(text)
    except IkiError as error:
        return _not_a_formula(text, error)
    if prose_verb(text) and not any(
        isinstance(node, ast.Binary) for node in ast.walk(formula.expr)
    ):
        return CellClassification(
            CellKind.PROSE, _("the cell describes the computation in words"), formula
        )
    said = sentence(formula.expr.name) if isinstance(formula.expr, ast.Variable) else None
    if said is not None:
        return CellClassification(
            CellKind.PROSE,
            _("the cell is a sentence ('{word}'), not a quantity or a computation").format(
                word=said
            ),
            formula,
        )
    if _is_restated_percentage(formula):
        return CellClassification(
            CellKind.PROSE,
            _("the cell names a percentage but does not say how it is computed"),
            formula,
        )
    return CellClassification(CellKind.FORMULA, value=formula)


def _not_a_formula(text: str, error: IkiError) -> CellClassification:
    if missing_operand(text):
        return CellClassification(CellKind.UNKNOWN, str(error), error=error)
    try:
        return CellClassification(CellKind.SCALE, value=Scale.parse(text))
    except IkiError:
        pass
    if _TARGET_START.match(text):
        try:
            return CellClassification(CellKind.TARGET, value=parse_target(text))
        except IkiError:
            pass
    if prose_verb(text) or all(is_percent_word(part) for part in text.split(";")):
        return CellClassification(
            CellKind.PROSE,
            _("the cell names percentages but does not say how they are computed"),
        )
    return CellClassification(CellKind.UNKNOWN, str(error), error=error)
