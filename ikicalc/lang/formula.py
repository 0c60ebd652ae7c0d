"""The :class:`Formula`: a checked formula and the operations on it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ikicalc.given import read_data
from ikicalc.lang import ast
from ikicalc.names import name_key

if TYPE_CHECKING:
    from fractions import Fraction

    import polars
    import sympy

    from ikicalc.backends.exact import Data, Result
    from ikicalc.backends.measured import Units

__all__ = ["Formula", "Reading"]


@dataclass(frozen=True, slots=True)
class Reading:
    """A place where the cell could be read two ways, and the way ikicalc read it.

    ``span`` is where, in the cell; ``chosen`` and ``other`` the two readings in canonical
    text; ``reason`` the evidence that decided (``ikicalc.lint`` reports these as ``W110``).
    """

    span: ast.Span
    chosen: str
    other: str
    reason: str


@dataclass(frozen=True)
class Formula:
    """A formula read from a document cell.

    ``expr`` is the expression tree; ``label`` the words that name it (``Tingkat
    Partisipasi Masyarakat = …``, or words before a ``$…$`` formula); ``items`` an
    enumerated list that follows it (``Jumlah dokumen tersusun : 1. … 2. …``); ``source``
    the text it was read from; ``guesses`` the places where the text could be read two ways
    and the reading chosen (neither is part of equality).
    """

    expr: ast.Expr
    label: str | None = None
    items: tuple[str, ...] = ()
    source: str | None = field(default=None, compare=False, repr=False)
    guesses: tuple[Reading, ...] = field(default=(), compare=False, repr=False)

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
        from ikicalc.backends.exact import compile_formula

        return compile_formula(self)

    def evaluate(self, data: Data, units: Units | None = None) -> Result:
        """Evaluate exactly against ``data`` (variable name → number or sequence of numbers).

        Names are matched ignoring case and repeated white space, with common
        abbreviations (``yg``, ``jml``, ``dgn``, ``tdk``) expanded. Raises
        :class:`~ikicalc.errors.EvaluationError` for a missing or non-numeric value, a
        sequence used without ``Σ``, or a zero denominator. With ``units`` (variable name →
        satuan: ``{"Jumlah pegawai": "orang"}``) the value carries its unit: a
        :class:`~ikicalc.backends.exact.MeasuredResult` whose ``unit`` is ``"%"``, ``None`` or e.g.
        ``"orang·hari"``, and adding unlike quantities raises
        :class:`~ikicalc.rules.units.UnitMismatchError` (see :mod:`ikicalc.backends.measured`).

        Values given as text are read together as one data file reads its cells
        (:mod:`ikicalc.given`): ``{"A": "1.500"}`` is 1500, said with an
        :class:`~ikicalc.errors.UndecidedNumberWarning` (``W113``) since nothing decided it;
        a decimal comma (``"81,35"``) or an English decimal (``"81.35"``) in another value
        decides for all of them.
        """
        data = read_data(data)
        if units is None:
            return self._program(data)
        from ikicalc.backends.measured import evaluate_with_units

        return evaluate_with_units(self, data, units)

    # Back ends over the same AST. Each lives in its own module; the heavy libraries (sympy,
    # polars, sqlglot) are imported only when a method is called.

    def to_sympy(self) -> sympy.Expr:
        """The formula as a sympy expression, built from the AST (never from text)."""
        from ikicalc.backends.symbolic import to_sympy

        return to_sympy(self)

    def simplify(self) -> Formula:
        """An equal formula in simplest form (sympy), e.g. ``A × B / A`` → ``B``."""
        from ikicalc.backends.symbolic import simplify

        return simplify(self)

    def to_latex(self) -> str:
        r"""LaTeX text: ``\frac{\text{A}}{\text{B}} \times 100\%``."""
        from ikicalc.backends.latex import to_latex

        return to_latex(self)

    def solve(
        self, variable: str, equals: object, given: Data | None = None
    ) -> Fraction:
        """The value ``variable`` needs for the formula to equal ``equals``, the other
        variables taking their values from ``given``. Raises :class:`~ikicalc.errors.IkiError`
        when there is no solution or more than one."""
        from ikicalc.backends.symbolic import solve

        return solve(self, variable, equals, read_data(given or {}))

    def to_polars(self, columns: Mapping[str, str] | None = None) -> polars.Expr:
        """A Polars expression: row-wise over columns named as the variables (or as
        ``columns`` maps them); ``Σ name`` is the column's sum. Needs ``ikicalc[scale]``."""
        from ikicalc.backends.polars import to_polars

        return to_polars(self, columns)

    def to_sql(self, dialect: str = "duckdb", columns: Mapping[str, str] | None = None) -> str:
        """A SQL expression over quoted column identifiers, generated by sqlglot for
        ``dialect`` (duckdb, spark, postgres, sqlite …). Needs ``ikicalc[scale]``."""
        from ikicalc.backends.sql import to_sql

        return to_sql(self, dialect, columns)

    def __getstate__(self) -> dict[str, object]:
        # the fields only: cached readings (the compiled program) are rebuilt when needed
        return {name: self.__dict__[name] for name in ("expr", "label", "items", "source")}

    def __str__(self) -> str:
        """The canonical text, which reads back to this formula (``parse(str(f)) == f``):
        names are written plainly, or all as ``\\text{…}`` where plain names would read
        otherwise (a name holds a cue word of the layout such as ``atau``, or what the grammar
        reads as an operator, such as ``x100%`` in a name a lost bar left whole)."""
        known = self.__dict__.get("_canonical")
        if known is not None:
            return str(known)
        from ikicalc.lang.layout import lay_out
        from ikicalc.lang.parser import checking, reads_back_as

        text = self.stated()
        if not reads_back_as(text, self):
            protected = self._text(protect=True)  # stated() may have chosen it already
            fits = protected != text and lay_out(protected).text == protected
            if fits and reads_back_as(protected, self):
                text = protected
        if not checking():  # inside a check the text was not checked: not kept
            self.__dict__["_canonical"] = text  # immutable: the text is computed once
        return text

    def stated(self) -> str:
        """The text as the layout sees it: names written plainly, or all as ``\\text{…}``
        where a plain name holds a cue word of the layout (``atau`` …). A guess of the
        failure path must read back from this text (``ikicalc.lang.parser``): a reading
        only ``\\text{…}`` around every name can state is no reading of the cell."""
        from ikicalc.lang.layout import lay_out

        text = self._text(protect=False)
        if lay_out(text).text != text:
            protected = self._text(protect=True)
            if lay_out(protected).text == protected:
                return protected
        return text

    def _text(self, protect: bool) -> str:
        from ikicalc.lang.printer import expression_text, letter_x, name_text

        text = expression_text(self.expr, protect)
        if self.label:
            text = f"{name_text(letter_x(self.label, label=True), protect)} = {text}"
        if self.items:
            text += " : " + " ".join(
                f"{n}. {name_text(item, protect)}" for n, item in enumerate(self.items, 1)
            )
        return text
