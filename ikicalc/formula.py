"""The :class:`Formula`: a checked formula and the operations on it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ikicalc import ast
from ikicalc.names import name_key

if TYPE_CHECKING:
    from ikicalc.evaluate import Data, Result

__all__ = ["Formula"]


@dataclass(frozen=True)
class Formula:
    """A formula read from a document cell.

    ``expr`` is the expression tree; ``label`` the words that name it (``Tingkat
    Partisipasi Masyarakat = …``, or words before a ``$…$`` formula); ``items`` an
    enumerated list that follows it (``Jumlah dokumen tersusun : 1. … 2. …``); ``source``
    the text it was read from (not part of equality).
    """

    expr: ast.Expr
    label: str | None = None
    items: tuple[str, ...] = ()
    source: str | None = field(default=None, compare=False, repr=False)

    @cached_property
    def variables(self) -> tuple[str, ...]:
        """Variable names in order of first appearance, as written, each once."""
        seen: dict[str, str] = {}
        for node in ast.walk(self.expr):
            if isinstance(node, ast.Variable):
                seen.setdefault(name_key(node.name), node.name)
        return tuple(seen.values())

    @cached_property
    def _program(self) -> Callable[[Data], Result]:
        from ikicalc.evaluate import compile_formula

        return compile_formula(self)

    def evaluate(self, data: Data) -> Result:
        """Evaluate exactly against ``data`` (variable name → number or sequence of numbers).

        Names are matched ignoring case and repeated white space, with common
        abbreviations (``yg``, ``jml``, ``dgn``, ``tdk``) expanded. Raises
        :class:`~ikicalc.errors.EvaluationError` for a missing or non-numeric value, a
        sequence used without ``Σ``, or a zero denominator.
        """
        return self._program(data)

    def __str__(self) -> str:
        from ikicalc.printer import expression_text

        text = expression_text(self.expr)
        if self.label:
            text = f"{self.label} = {text}"
        if self.items:
            text += " : " + " ".join(f"{n}. {item}" for n, item in enumerate(self.items, 1))
        return text
