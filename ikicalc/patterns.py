"""Regular expressions compiled on first use, not when their module is imported.

The reader's modules hold about 130 module-level expressions (cues of the layout, legends,
prose, stacking), some of several thousand characters, and Python compiles each in every
process. A formula uses a few dozen of them: ``A / B x 100%`` uses 26. :func:`lazy` defers
the compilation to the first use, which keeps ``ikicalc eval`` about 20 ms quicker to
start (issue 18; ``benchmarks/bench_startup.py``).

The object :func:`lazy` returns answers every method and attribute of
:class:`re.Pattern` (``match``, ``search``, ``finditer``, ``sub``, ``pattern`` …) by
compiling once and passing the call on. It is not an instance of :class:`re.Pattern`:
give ``re.sub`` and friends its methods (``PATTERN.sub(…)``), not the object.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy"]


class _LazyPattern:
    """A :class:`re.Pattern` compiled on first attribute access."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the expression is first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
