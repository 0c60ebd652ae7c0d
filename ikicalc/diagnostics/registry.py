"""The lint rules, one function per code: the ``@rule`` decorator and the :class:`Context` a
rule receives.

A rule is a function ``(Context) -> Iterator[Diagnostic]``, registered with
``@rule("W102")``. :func:`ikicalc.lint` calls every rule on every cell it checks, in
:data:`ikicalc.diagnostics.api.ORDER`; a rule yields nothing for a cell that is not its
business. ``ikicalc/data/lint.toml`` and the registry hold the same codes (a test says so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from ikicalc.diagnostics.diagnostic import CODES, Diagnostic
from ikicalc.diagnostics.facts import FormulaFacts, formula_facts
from ikicalc.errors import ArgumentError, IkiError
from ikicalc.lang.cells import CellClassification, CellKind, read_cell
from ikicalc.lang.formula import Formula
from ikicalc.rules.target import parse_target

if TYPE_CHECKING:
    from ikicalc.documents import Indicator
    from ikicalc.rules.scales import Scale
    from ikicalc.rules.target import Target

__all__ = ["Context", "Outcome", "Rule", "Scope", "registered", "rule", "whole"]

Scope = Literal["formula", "rows", "target", "kategori"]
"""Which cell a rule is asked about: the formula cell; the formula cell against the rows
around it; the target cell; the kategori (scale) cell."""


@dataclass(frozen=True)
class Outcome:
    """What an indicator's formula gave on realisasi data: the exact realisasi (in the
    formula's unit: percent for ``… × 100%``) and capaian (percent), each ``None`` when not
    computed."""

    realisasi: Fraction | None
    capaian: Fraction | None = None


@dataclass(frozen=True)
class Context:
    """What a rule looks at: one cell (``scope``, ``text``) of one row.

    ``indicator`` is the row of a document (``None`` for a lone formula); ``before`` and
    ``after`` are the rows next to it in the same position (``jabatan``); ``given`` is the
    formula when :func:`ikicalc.lint` was handed a parsed :class:`~ikicalc.lang.formula.Formula`.
    """

    scope: Scope
    text: str
    indicator: Indicator | None = None
    before: Indicator | None = None
    after: Indicator | None = None
    given: Formula | None = None
    outcome: Outcome | None = None
    """What the formula gave on data (realisasi, capaian), for the plausibility rules; ``None``
    when only the definition is checked."""

    @cached_property
    def cell(self) -> CellClassification:
        """What the cell is (formula, scale, target, prose, empty …), read once."""
        if self.given is not None:
            return CellClassification(CellKind.FORMULA, value=self.given)
        return read_cell(self.text)

    @property
    def value(self) -> Formula | Scale | Target | None:
        """What a ``"formula"`` cell reads as (a formula, a scale or a target), or ``None``
        for an empty, unreadable or prose cell, or a cell of another scope."""
        if self.scope != "formula" or self.cell.kind in _NOT_READ:
            return None
        return self.cell.value

    @cached_property
    def facts(self) -> FormulaFacts | None:
        """The facts of the formula of a ``"formula"`` cell that reads as one, else ``None``."""
        value = self.value
        return formula_facts(value) if isinstance(value, Formula) else None

    @cached_property
    def scale(self) -> Scale | IkiError | None:
        """A ``"kategori"`` cell read as a written-out scale, or the error reading it;
        ``None`` for the name of a known scale, or a cell of another scope."""
        from ikicalc.rules.scales import is_scale_name, kategori_scale

        if self.scope != "kategori" or is_scale_name(self.text):
            return None
        try:
            return kategori_scale(self.text)
        except IkiError as error:
            return error

    @cached_property
    def target(self) -> Target | IkiError | None:
        """A ``"target"`` cell read as a target, or the error reading it; ``None`` for a cell
        of another scope."""
        if self.scope != "target":
            return None
        try:
            return parse_target(self.text)
        except IkiError as error:
            return error

    def diagnostic(
        self,
        code: str,
        message: str,
        span: tuple[int, int],
        suggestion: str | None = None,
    ) -> Diagnostic:
        """A :class:`Diagnostic` of ``code`` about this cell."""
        return Diagnostic(code, message, span, suggestion, text=self.text)


_NOT_READ = frozenset({CellKind.EMPTY, CellKind.UNKNOWN, CellKind.PROSE})

Rule = Callable[[Context], Iterator[Diagnostic]]

_RULES: dict[str, Rule] = {}


def rule(code: str) -> Callable[[Rule], Rule]:
    """Register the function as the one rule of ``code`` (a code of ``lint.toml``)."""

    def register(function: Rule) -> Rule:
        if code not in CODES:
            raise ArgumentError(f"lint code {code} is not in ikicalc/data/lint.toml")
        if code in _RULES:
            raise ArgumentError(
                f"lint code {code} has two rules: {_RULES[code].__qualname__} and "
                f"{function.__qualname__}"
            )
        _RULES[code] = function
        return function

    return register


def registered() -> Mapping[str, Rule]:
    """The rules registered so far, by code (import :mod:`ikicalc.diagnostics.api` to have
    them all)."""
    return dict(_RULES)


def whole(text: str) -> tuple[int, int]:
    """The span of ``text`` without its leading and trailing blanks."""
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))
