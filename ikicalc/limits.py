"""Every budget of ikicalc in one place: how much input a reader takes and how much work an
expensive operation may do. Each limit is a named constant; each error that enforces one
names it, so a user who needs more knows what to raise (``ikicalc.limits.NAME = …`` before
the call, in Python). The limits of the formula language itself (:data:`TEXT_MAX_CHARS`,
:data:`TEXT_MAX_DEPTH`, :data:`NUMBER_MAX_DIGITS`) are read once, when the parser is
imported (``ikicalc.lang.lark_errors.MAX_LENGTH``, ``MAX_DEPTH``, ``ikicalc.numbers.MAX_DIGITS``);
the importers' limits are in :mod:`ikicalc.importers.limits`, the service's in
``ikicalc serve --help``.
"""

from __future__ import annotations

__all__ = [
    "DATA_MAX_BYTES",
    "DATA_MAX_CELL_CHARS",
    "DATA_MAX_COLUMNS",
    "DATA_MAX_ROWS",
    "NUMBER_MAX_DIGITS",
    "SYMBOLIC_INLINE_NODES",
    "SYMBOLIC_MAX_NODES",
    "SYMBOLIC_MAX_SECONDS",
    "TEXT_MAX_CHARS",
    "TEXT_MAX_DEPTH",
    "XLSX_MAX_CELLS",
    "XLSX_MAX_COMPRESSION_RATIO",
    "XLSX_MAX_ROWS",
    "XLSX_MAX_UNPACKED_BYTES",
    "YAML_MAX_BYTES",
    "YAML_MAX_NODES",
    "YAML_MAX_SCALAR_CHARS",
]

TEXT_MAX_CHARS = 10_000
"""Longest formula, scale or target text, in characters."""

TEXT_MAX_DEPTH = 64
"""Deepest nesting of brackets (and, in a formula, of changes of precedence)."""

NUMBER_MAX_DIGITS = 30
"""Most digits of one written number (formula, scale, target, data cell, YAML value); a
number's size (its decimal exponent) must also lie within ±30."""

SYMBOLIC_MAX_NODES = 120
"""Most nodes (names, numbers, operations) of a formula given to sympy: ``simplify``,
``solve`` and the exact confirmation of a constant formula in lint. sympy's time grows
fast with products of sums; above this ``simplify`` says "too complex to simplify" and lint
keeps its cheap checks (a constant formula is still found, by exact evaluation)."""

SYMBOLIC_MAX_SECONDS = 5.0
"""Longest time sympy may work on one ``simplify`` or ``solve`` (or on confirming a
constant formula in lint): it runs in a child process that is stopped then ("too complex to
simplify within 5 s"). 0 runs it in the caller without a limit."""

SYMBOLIC_INLINE_NODES = 40
"""Formulas of at most this many nodes are given to sympy in the calling process (sympy is
quick on them, and a worker process costs a few milliseconds); larger ones run in a worker
under :data:`SYMBOLIC_MAX_SECONDS`."""

YAML_MAX_BYTES = 20 * 1024 * 1024
"""Largest definition file (YAML) read."""

YAML_MAX_NODES = 1_000_000
"""Most values (scalars, lists, mappings) of a definition file or YAML data file, counted
with every alias expanded: a "billion laughs" of anchors is refused before it is built."""

YAML_MAX_SCALAR_CHARS = 100_000
"""Longest single value (text) in a definition file or YAML data file."""

DATA_MAX_BYTES = 512 * 1024 * 1024
"""Largest realisasi file (CSV, JSON, YAML) read into memory by the exact engine; the
streaming engine (``report --stream``) has no such limit."""

DATA_MAX_ROWS = 2_000_000
"""Most rows of a realisasi sheet read by the exact engine."""

DATA_MAX_COLUMNS = 16_384
"""Most columns of a realisasi file (Excel's own maximum)."""

DATA_MAX_CELL_CHARS = 10_000
"""Longest text of one realisasi cell (a label is read once per row: an XLSX shared string
repeated in every row costs the file nothing)."""

XLSX_MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""Largest total size of the files packed in an XLSX workbook: a zip bomb is refused before
it is opened."""

XLSX_MAX_COMPRESSION_RATIO = 100
"""Largest ratio of unpacked to packed size of one part of an XLSX workbook over 1 MB (a
real sheet packs 5 to 20 times; a zip bomb of repeated rows 300 times or more): refused
before it is opened."""

XLSX_MAX_ROWS = 100_000
"""Most rows of a realisasi XLSX sheet (openpyxl reads about 50 000 rows a second on one
core: this bounds the time to a few seconds; CSV or Parquet with ``report --stream`` for
more)."""

XLSX_MAX_CELLS = 500_000
"""Most cells read from one realisasi sheet (rows × each row's width, the empty cells
before the last one included), whatever its ``<dimension>`` claims."""
