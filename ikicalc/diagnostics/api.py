"""Checking formula definitions before they are signed: :func:`lint`.

Each rule (one function per code, :mod:`ikicalc.diagnostics.registry`) looks at the AST (or,
for cells that are not formulas, at what :func:`ikicalc.lang.cells.read_cell` made of them) and
reports a :class:`~ikicalc.diagnostics.diagnostic.Diagnostic` with a stable code. The codes,
their severity and a seed example of each are data (``ikicalc/data/lint.toml``,
:data:`~ikicalc.diagnostics.diagnostic.CODES`). Spans are offsets into the text of the cell
the diagnostic is about: the formula cell, or, for ``E003``/``W104``/``W105`` in a document,
the ``target``/``kategori`` cell (``Diagnostic.field``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

# Importing the rule modules registers their rules.
from ikicalc.diagnostics import (  # noqa: F401
    cells,
    conditions,
    cuts,
    kinship,
    plausibility,
    ratios,
    reading,
    scales,
    separators,
    shapes,
    suspicious,
    targets,
    units,
)
from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, Rule, registered
from ikicalc.errors import ArgumentError
from ikicalc.lang.formula import Formula

if TYPE_CHECKING:
    from ikicalc.documents import Document, Indicator

__all__ = ["ORDER", "lint"]

ORDER: tuple[str, ...] = (
    "E001",
    "W106",
    "W105",
    "W104",
    "W108",
    "W110",
    "W115",
    "W116",
    "W117",
    "W118",
    "W119",
    "W120",
    "W121",
    "W122",
    "W123",
    "W124",
    "W125",
    "W126",
    "W127",
    "W128",
    "W129",
    "W114",
    "E002",
    "W103",
    "W101",
    "W102",
    "W130",
    "W131",
    "W132",
    "W107",
    "W109",
    "E003",
    "W111",
    "W112",
    "W113",
)
"""The order the rules run in on each cell, so the diagnostics of a cell come out in the
order a reader meets the problems: what the cell is, how it was read, then its arithmetic,
its units, its rendering; a target's words before its unit."""


@cache
def _rules() -> tuple[Rule, ...]:
    rules = registered()
    return tuple(rules[code] for code in ORDER)


def lint(item: str | Formula | Document) -> list[Diagnostic]:
    """Check formula text, a :class:`~ikicalc.lang.formula.Formula`, or a whole document.

    For a document every indicator row is checked with its context: the indicator's name
    (a *Persentase* whose formula names one quantity misses an operand), its target
    (``E003``, ``W104``), its scale (``W105``), the units of its variables (``W107``), and
    the rows around it (a ratio spread over two rows). Returns the diagnostics in text
    order; an empty list when nothing is wrong.
    """
    if not isinstance(item, str | Formula):
        from ikicalc.documents import Document  # pydantic: imported for documents only

        if not isinstance(item, Document):
            raise ArgumentError(
                f"lint takes formula text, a Formula or a Document, not a {type(item).__name__}"
            )
        return list(_lint_document(item))
    if isinstance(item, Formula):
        text = item.source if item.source is not None else str(item)
        return list(_run(Context("formula", text, given=item)))
    from ikicalc.lang.paragraph import plain_lines  # as the parser reads it: "A\r\nB"
    from ikicalc.names import unseen_dropped  # "Jum\u00adlah"

    return list(_run(Context("formula", plain_lines(unseen_dropped(item)))))


def _run(ctx: Context) -> Iterator[Diagnostic]:
    for rule in _rules():
        yield from rule(ctx)


def _lint_document(document: Document) -> Iterator[Diagnostic]:
    for jabatan in document.jabatan:
        rows = jabatan.indikator
        for at, indicator in enumerate(rows):
            before = rows[at - 1] if at > 0 else None
            after = rows[at + 1] if at + 1 < len(rows) else None
            for ctx, field in _cells(indicator, before, after):
                for diagnostic in _run(ctx):
                    yield replace(diagnostic, indicator=indicator.id, field=field)


def _cells(
    indicator: Indicator, before: Indicator | None, after: Indicator | None
) -> Iterator[tuple[Context, str]]:
    """The cells of one row to check, in order, with the field their diagnostics are about."""
    if indicator.formula is not None:
        yield Context("formula", indicator.formula, indicator), "formula"
    yield Context("rows", indicator.formula or "", indicator, before, after), "formula"
    if isinstance(indicator.target, str):
        yield Context("target", indicator.target, indicator), "target"
    if indicator.kategori:
        yield Context("kategori", indicator.kategori, indicator), "kategori"
