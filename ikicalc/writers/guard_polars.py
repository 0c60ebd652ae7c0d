"""The spreadsheet guard for a Polars frame written as CSV (``report --stream``).

:func:`guard_frame` applies to every text column *and every column name* what
:func:`ikicalc.writers.guard.spreadsheet_text` does to one text: control characters shown as
their pictures, a ``'`` before a formula start at the beginning of the text (after any
invisible characters) and after every ``,``, ``;``, tab or line break inside it; line
breaks as ``\n``. It stays
lazy and streaming: the frame is never collected. Needs the ``scale`` extra (Polars).

It is cheap on plain text: a column is first searched for the characters that could need
a change (controls, a carriage return or tab, ``=``, ``+``, ``-``, ``@`` and their fullwidth
forms; one Aho-Corasick pass, by Polars on every thread), and only the cells that hold one
go through the rules, in a Python callback that sees nothing else (Polars evaluates both
branches of a ``when``, so the rules are run on the cells picked out, not over the
column). Columns that are not text (numbers) are not looked at, and the caller may name
text columns it knows to be safe (``safe``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ikicalc.writers.guard import RISKY_INSIDE, RISKY_START, spreadsheet_text

if TYPE_CHECKING:
    import polars as pl

__all__ = ["guard_expression", "guard_frame"]

_CONTROLS = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)]
_PICTURES = [chr(0x2400 + ord(c)) if c != "\x7f" else "\u2421" for c in _CONTROLS]
_C1 = [chr(c) for c in range(0x80, 0xA0)]
_UNICODE_NONCHARACTERS = ["\ufffe", "\uffff"]
_FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"]
_MAY_CHANGE = _CONTROLS + _C1 + _UNICODE_NONCHARACTERS + _FORMULA_STARTS
"""Every character the rules act on or look for: text without any of them is unchanged."""


def _rules(column: pl.Expr) -> pl.Expr:
    """The guard's rules over every cell of ``column``."""
    import polars as pl

    shown = column.str.replace_many(
        _CONTROLS + _C1 + _UNICODE_NONCHARACTERS,
        _PICTURES + ["\ufffd"] * (len(_C1) + len(_UNICODE_NONCHARACTERS)),
    )
    lines = shown.str.replace_all("\r\n", "\n", literal=True).str.replace_all(
        "\r", "\n", literal=True
    )
    inside = lines.str.replace_all(RISKY_INSIDE, "${1}'${2}")
    return pl.when(inside.str.contains(RISKY_START)).then(pl.lit("'") + inside).otherwise(inside)


def _guard_batch(texts: pl.Series) -> pl.Series:
    """One batch of the cells of a text column that may change (the others null), guarded:
    the rules run on those cells only; a batch without any (almost every batch) is
    returned as it came."""
    import polars as pl

    if texts.null_count() == len(texts):
        return texts
    found = texts.is_not_null()
    guarded = pl.select(_rules(pl.lit(texts.filter(found), dtype=pl.String))).to_series()
    return texts.scatter(found.arg_true(), guarded)


def guard_expression(column: pl.Expr) -> pl.Expr:
    """``column`` (text) as :func:`~ikicalc.writers.guard.spreadsheet_text` would write it.

    A cell longer than :data:`ikicalc.limits.DATA_MAX_CELL_CHARS` bytes is written as a
    notice saying so (the exact engine refuses such a file): each rule would copy it, and a
    few cells of megabytes would take gigabytes."""
    import polars as pl

    from ikicalc import limits

    most = limits.DATA_MAX_CELL_CHARS
    too_long = column.str.len_bytes() > most
    notice = f"[sel lebih dari {most:,} karakter: ikicalc.limits.DATA_MAX_CELL_CHARS]"
    may_change = column.str.contains_any(_MAY_CHANGE)
    guarded = (
        pl.when(may_change & ~too_long)
        .then(column)
        .map_batches(_guard_batch, return_dtype=pl.String, is_elementwise=True)
    )
    return pl.when(too_long).then(pl.lit(notice)).when(may_change).then(guarded).otherwise(column)


def guard_frame(frame: pl.LazyFrame, safe: Iterable[str] = ()) -> pl.LazyFrame:
    """``frame`` with every text column and every column name guarded (see the module);
    ``safe`` names text columns known to need nothing (their names are still guarded)."""
    import polars as pl

    schema = frame.collect_schema()
    skipped = set(safe)
    text = [name for name, kind in schema.items() if kind == pl.String and name not in skipped]
    guarded = frame.with_columns(guard_expression(pl.col(name)).alias(name) for name in text)
    names = {name: spreadsheet_text(name) for name in schema.names()}
    changed = {old: new for old, new in names.items() if old != new}
    return guarded.rename(changed) if changed else guarded
