"""How the reader's regular expressions grow on long runs of blanks, lines and capitals.

    python benchmarks/pattern_growth.py [--size N] [--show N]

The layout sets text aside by blanking it (the cell keeps its length), so a long cell read
late in the pipeline holds runs of hundreds of blanks; offices type whole cells in capitals.
An expression that opens with a blank quantifier (``[ \\t]+word``), or holds two next to each
other (``[ \\t]*,?[ \\t]+``), or parts a word into pieces (``(?:[A-Z][a-z]{0,9})+``), tries each
blank or letter of such a run again: the square of its length, or worse. This benchmark takes
every module-level expression of ``ikicalc.lang`` (compiled, lazy, or built by a cached
function), runs ``finditer`` over texts of ``N`` and ``2N`` characters of each shape, and prints
the ratio of the two times: about 2 is linear, 4 the square, 8 the cube. It measures ratios in
one run, never an absolute time. Expressions used only with ``match`` at one place show their
scanning cost here too: the list is where to look, not a verdict.

Session 24 found five of the reader's expressions this way (``legend_entries._PIECE``, took
minutes on a line of capitals; ``joined._MARKER``, ``said._and_before_operator``,
``runon._VALUE_NAMED``, ``layout._MIDDLE_LINE``, the four of ``runon.after_formula``) and made
them linear; the others it lists are left for the sessions after.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ikicalc.lang  # noqa: E402
from ikicalc.patterns import _LazyPattern  # noqa: E402

SHAPES: dict[str, Callable[[int], str]] = {
    "blanks": lambda n: "kata" + " " * n + "kata dari jumlah",
    "blank lines": lambda n: "kata" + " \n" * (n // 2) + "kata",
    "capitals": lambda n: ("PREDIKAT SAKIP PERANGKAT DAERAH " * (n // 32 + 1))[:n] + ":",
    "words": lambda n: ("jumlah A dibagi jumlah B dan yang " * (n // 34 + 1))[:n],
}
"""The texts of each shape, ``n`` characters long."""


def expressions() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every module-level expression of ``ikicalc.lang``, named ``module.NAME``."""
    for info in pkgutil.iter_modules(ikicalc.lang.__path__):
        module = importlib.import_module(f"ikicalc.lang.{info.name}")
        for name, value in list(vars(module).items()):
            found = value
            builder = getattr(value, "cache_info", None) is not None
            if builder and getattr(value, "__module__", "") == module.__name__:
                try:
                    found = value()
                except TypeError:  # a cached function that takes arguments
                    continue
            if isinstance(found, re.Pattern | _LazyPattern):
                yield f"{info.name}.{name}", cast("re.Pattern[str]", found)


class _StoppedError(Exception):
    """A run past its limit (one match attempt can take minutes: only a signal stops it)."""


def _stop(signum: int, frame: object) -> None:
    raise _StoppedError


def _seconds(pattern: re.Pattern[str], text: str, limit: float) -> float:
    """The time of ``finditer`` over ``text``, stopped at ``limit`` seconds."""
    signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        for _ in pattern.finditer(text):
            pass
    except _StoppedError:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def growth(size: int, limit: float = 1.0) -> list[tuple[float, str, str, float]]:
    """``(ratio, expression, shape, seconds at 2N)`` for each expression and shape whose run
    at ``2 * size`` characters takes over a millisecond, worst first."""
    rows = []
    for name, pattern in expressions():
        for shape, make in SHAPES.items():
            small = _seconds(pattern, make(size), limit)
            large = _seconds(pattern, make(2 * size), limit)
            if large > 0.001:
                rows.append((large / max(small, 1e-6), name, shape, large))
    return sorted(rows, reverse=True)


def main(argv: list[str] | None = None) -> int:
    """Print the expressions whose time grows faster than the text (see the module)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--show", type=int, default=25)
    args = parser.parse_args(argv)
    rows = growth(args.size)
    square = [row for row in rows if row[0] > 3]
    print(f"{len(square)} of {len(rows)} (expression, shape) pairs grow faster than linear")
    for ratio, name, shape, seconds in rows[: args.show]:
        print(f"  {ratio:6.1f}×  {seconds:7.3f} s  {shape:<12} {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
