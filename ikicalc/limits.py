"""Every budget of ikicalc in one place: how much input a reader takes and how much work an
expensive operation may do. Each limit is a named constant; each error that enforces one
names it, so a user who needs more knows what to raise (``ikicalc.limits.NAME = …`` before
the call, in Python). The limits of the formula language itself (length, nesting, digits)
are :data:`ikicalc.lang.parser.MAX_LENGTH`, :data:`ikicalc.lang.parser.MAX_DEPTH` and
:data:`ikicalc.numbers.MAX_DIGITS`.
"""

from __future__ import annotations

__all__ = [
    "DATA_MAX_BYTES",
    "DATA_MAX_ROWS",
    "SYMBOLIC_INLINE_NODES",
    "SYMBOLIC_MAX_NODES",
    "SYMBOLIC_MAX_SECONDS",
    "XLSX_MAX_CELLS",
    "XLSX_MAX_UNPACKED_BYTES",
    "YAML_MAX_BYTES",
]

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

DATA_MAX_BYTES = 512 * 1024 * 1024
"""Largest realisasi file (CSV, JSON, YAML) read into memory by the exact engine; the
streaming engine (``report --stream``) has no such limit."""

DATA_MAX_ROWS = 2_000_000
"""Most rows of a realisasi sheet read by the exact engine."""

XLSX_MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""Largest total size of the files packed in an XLSX workbook: a zip bomb is refused before
it is opened."""

XLSX_MAX_CELLS = 20_000_000
"""Most cells read from one sheet (its rows × its widest row), whatever its ``<dimension>``
claims."""
