"""Text cells read as numbers in Polars: the vectorised twin of
:func:`ikicalc.numbers.parse_number`.

:func:`number_from_text` reads a text column the way the scalar reader reads one cell, in
the same :data:`ikicalc.numbers.NumberStyle` (``"mixed"``, ``"indonesian"``,
``"decimal-comma"``, ``"decimal-dot"``; the old names ``"auto"``, ``"comma"`` and ``"dot"``
are accepted): a cell the scalar reader refuses is null here. A property test checks the
two agree on generated text for every style.

It is cheap where data is plain: whole numbers (``220``, ``-3``, ``+38``) are read by
Polars' integer parser, and only the other cells of a batch (``81,35``, ``1.250,5``,
``1.000.000``, words) go through the separator rules, which are regular expressions over
ASCII. A cell with any other character (a digit of another script, ``١٢٠٦`` or ``１２０６``,
which the exact reader accepts as Python does; a no-break or thin space inside it, which it
refuses) is rare, and is read by the exact reader itself, so the two cannot disagree on it.
White space around a cell is what Python's ``str.strip`` removes (:data:`WHITESPACE`).
"""

from __future__ import annotations

from typing import Any

import polars as pl

from ikicalc.numbers import MAX_DIGITS, NumberStyle, parse_number, style_name

__all__ = ["WHITESPACE", "number_from_text", "other_numbers", "whole_numbers"]

WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""The characters Python's ``str.strip`` removes (``str.isspace``), which the exact reader
strips around a cell: Polars' own stripping keeps ``\x1c``–``\x1f``."""

_SIGN = r"^[+-]?"
_DOT_GROUPS = r"[0-9]{1,3}(?:\.[0-9]{3})"
_COMMA_GROUPS = r"[0-9]{1,3}(?:,[0-9]{3})"

# (pattern, what to do), tried in order; a cell no pattern matches is not a number.
# "keep": already a Polars number; "comma": ',' is the decimal point; "drop-dots": dots
# group thousands (a comma, if any, is the decimal point); "drop-commas": commas group
# thousands. The same decisions as ikicalc.numbers.parse_number, in the same order.
_BOTH_AND_GROUPS = (
    (_SIGN + _DOT_GROUPS + r"+,\d+$", "drop-dots"),
    (_SIGN + _COMMA_GROUPS + r"+\.\d+$", "drop-commas"),
    (_SIGN + _DOT_GROUPS + r"{2,}$", "drop-dots"),
    (_SIGN + _COMMA_GROUPS + r"{2,}$", "drop-commas"),
)
_LONE_DOT_GROUPS = ((_SIGN + r"[1-9][0-9]{0,2}\.[0-9]{3}$", "drop-dots"),)
_LONE_COMMA_GROUPS = ((_SIGN + r"[1-9][0-9]{0,2},[0-9]{3}$", "drop-commas"),)
_DECIMALS = (
    (_SIGN + r"[0-9]+(?:\.[0-9]+)?$", "keep"),
    (_SIGN + r"[0-9]+,[0-9]+$", "comma"),
)
_RULES: dict[NumberStyle, tuple[tuple[str, str], ...]] = {
    "mixed": _BOTH_AND_GROUPS + _DECIMALS,
    "indonesian": _BOTH_AND_GROUPS + _LONE_DOT_GROUPS + _DECIMALS,
    "decimal-comma": _BOTH_AND_GROUPS + _LONE_DOT_GROUPS + _DECIMALS,
    "decimal-dot": _BOTH_AND_GROUPS + _LONE_COMMA_GROUPS + _DECIMALS,
}


def _by_rules(text: pl.Expr, style: NumberStyle) -> pl.Expr:
    """The separator rules of ``style`` over every cell of ``text`` (no fast path)."""
    stripped = text.str.strip_chars(WHITESPACE)
    conditions: list[tuple[pl.Expr, pl.Expr]] = []
    for pattern, action in _RULES[style]:
        if action == "keep":
            cleaned = stripped
        elif action == "comma":
            cleaned = stripped.str.replace(",", ".", literal=True)
        elif action == "drop-dots":
            cleaned = stripped.str.replace_all(".", "", literal=True).str.replace(
                ",", ".", literal=True
            )
        else:
            cleaned = stripped.str.replace_all(",", "", literal=True)
        conditions.append((stripped.str.contains(pattern), cleaned))
    chain: Any = None
    for condition, cleaned in conditions:
        chain = (
            pl.when(condition).then(cleaned)
            if chain is None
            else chain.when(condition).then(cleaned)
        )
    chain = chain.otherwise(pl.lit(None, dtype=pl.String))
    digits = stripped.str.count_matches(r"[0-9]")
    value = pl.when(digits <= MAX_DIGITS).then(chain).cast(pl.Float64, strict=False)
    return pl.when(value.is_finite()).then(value)


def _read_rest(texts: pl.Series, style: NumberStyle) -> pl.Series:
    """One batch of the cells that are not whole numbers (the whole numbers masked to
    null) as numbers: the ASCII cells by the rules, the others by the exact reader, a cell
    longer than :data:`ikicalc.limits.DATA_MAX_CELL_CHARS` not at all (each rule would copy
    it: 5 MB cells, a gigabyte); a batch of whole numbers only (almost every batch of plain
    data) costs a null count."""
    from ikicalc import limits

    size = len(texts)
    if texts.null_count() == size:  # a cast, not a query: Polars calls this per morsel
        return texts.cast(pl.Float64)
    values = pl.repeat(None, size, dtype=pl.Float64, eager=True).alias(texts.name)
    present = texts.is_not_null() & (texts.str.len_bytes() <= limits.DATA_MAX_CELL_CHARS)
    foreign = present & texts.str.contains(r"[^\x00-\x7F]")
    plain = present & ~foreign
    if plain.any():
        other = texts.filter(plain)
        read = pl.select(_by_rules(pl.lit(other, dtype=pl.String), style)).to_series()
        values = values.scatter(plain.arg_true(), read)
    if foreign.any():
        exact = [_exactly(text, style) for text in texts.filter(foreign)]
        values = values.scatter(foreign.arg_true(), pl.Series(exact, dtype=pl.Float64))
    return values


def _exactly(text: str, style: NumberStyle) -> float | None:
    """A cell with characters beyond ASCII, read by the exact reader (null if it refuses)."""
    try:
        return float(parse_number(text, style))
    except ValueError:
        return None


def whole_numbers(text: pl.Expr) -> pl.Expr:
    """The cells of ``text`` that Polars' integer parser reads (``220``, ``-3``, ``+38``,
    ``007``), as ``Float64``; null elsewhere. The first step of :func:`number_from_text`,
    by Polars alone, on every thread."""
    return text.str.to_integer(strict=False).cast(pl.Float64)


def other_numbers(text: pl.Expr, whole: pl.Expr, style: str = "mixed") -> pl.Expr:
    """The second step of :func:`number_from_text`: ``whole`` (:func:`whole_numbers` of
    ``text``, best a column of its own, computed once), and where it is null the cell read
    by the separator rules or the exact reader, in Python, only for those cells (none in
    most batches)."""
    chosen = style_name(style)
    rest = pl.when(whole.is_null()).then(text)
    read = rest.map_batches(
        lambda texts: _read_rest(texts, chosen), return_dtype=pl.Float64, is_elementwise=True
    )
    return pl.coalesce(whole, read)


def number_from_text(text: pl.Expr, style: str = "mixed") -> pl.Expr:
    """Text cells as ``Float64`` numbers, read as :func:`ikicalc.numbers.parse_number` reads
    them in ``style``: ``81,35`` and ``81.35`` are the same number, ``1.250,5`` and
    ``1,250.5`` are 1250.5, ``1.000.000`` is a million, ``+38`` is 38, and in a
    ``"decimal-comma"`` file ``1.000`` is a thousand; anything else (``1e5``, ``.5``,
    ``2.5.3``, more than 30 digits, words, a cell longer than
    :data:`ikicalc.limits.DATA_MAX_CELL_CHARS`) is null."""
    return other_numbers(text, whole_numbers(text), style)
