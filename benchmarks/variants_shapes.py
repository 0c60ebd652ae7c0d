"""Variant benchmark of the shapes a cell never seen takes (issue 14, transfer).

    python benchmarks/variants_shapes.py [--show-failures] [--shape SHAPE] [--limit N]

Takes the formula cells of the development corpus that ikicalc reads right and writes each
again the way another office, another export or another column width leaves the same
formula, without changing what it says: in capitals (``JUMLAH … DIBAGI …``) and in Title
Case, wrapped at the width of a table column (20 to 45 characters, as a PDF's table leaves a
cell), with typographic quotes and dashes, with another sign of multiplication (``x``, ``X``,
``×``, ``*``, glued or spaced), another way of writing percent (``100%``, ``100 %``,
``100 persen``), and the operators said in other words (``/`` and ``dibagi``, ``dibagi
dengan``, ``dikalikan dengan``). Each variant keeps the cell's labelled variables and
structure (variables are compared case and spacing aside) and is scored exactly as
``benchmarks/score_public.py`` scores a real cell (``tests/public_scoring.read_cell``).
Prints the read-right rate per shape: the shapes that fail are the reader's rules that
lean on one layout.

The holdout file is never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import (  # noqa: E402
    Rewritten,
    Way,
    rewritten,
    rewritten_failure,
    tally_rewritten,
    wrapped,
)
from tests.public_scoring import (  # noqa: E402
    Tally,
    print_tallies,
)

Shape = Callable[[str], "str | None"]
"""A way of writing a cell again: the new text, or ``None`` where the shape does not apply
(or would change what the cell says)."""

_LATEX = re.compile(r"\\[a-zA-Z]|\$|<[a-z/]")
_WORD = re.compile(r"[^\W\d_]+")
_SCALE = re.compile(r"(?<![\w.,])([xX×*])\s*(100|1\.000|100\.000)(?!\s*[\d.,])")
_PERCENT = re.compile(r"\b100\s*%")
_SPACED_SLASH = re.compile(r"(?<=\w) / (?=\w)")
_DIBAGI = re.compile(r"\bdibagi(?!\s+dengan)(?!\s+(?:dua|tiga|empat|lima|\d))\b")
_DIKALI = re.compile(r"\bdikali(?:kan)?(?!\s+dengan)\b")


def _plain(text: str) -> bool:
    return not _LATEX.search(text) and not re.search(r"[\U0001D400-\U0001D7FF]", text)


def _case_safe(text: str) -> bool:
    """Whether putting the cell in one case keeps its words apart: no two short words
    (symbols) that differ only in case (``n`` and ``N``)."""
    short: dict[str, set[str]] = defaultdict(set)
    for word in _WORD.findall(text):
        if len(word) <= 4:
            short[word.lower()].add(word)
    return all(len(spellings) == 1 for spellings in short.values())


def upper(text: str) -> str | None:
    return text.upper() if _plain(text) and _case_safe(text) else None


def title(text: str) -> str | None:
    if not _plain(text) or not _case_safe(text):
        return None
    return re.sub(r"(?<![\w'’])([a-z])", lambda m: m.group(1).upper(), text)


_SMALL = frozenset(
    [
        "yang",
        "dan",
        "dengan",
        "atau",
        "dari",
        "pada",
        "untuk",
        "dalam",
        "oleh",
        "serta",
        "per",
        "ke",
        "di",
    ]
)


def names_capitalised(cell: dict[str, Any]) -> str | None:
    """The cell with its labelled names in Title Case (``Jumlah Penduduk yang Memiliki
    KTP``), the words around them as written: how many offices write a quantity's name."""
    text = cell["text"]
    if not _plain(text):
        return None
    for name in cell["variables"]:
        if name not in text or len(name.split()) < 2:
            return None
        titled = re.sub(
            r"(?<![\w'’])([a-z])([^\W\d_]{2,})",
            lambda m: m.group(0) if m.group(0) in _SMALL else m.group(1).upper() + m.group(2),
            name,
        )
        text = text.replace(name, titled)
    return text


def wrap(width: int) -> Shape:
    def shape(text: str) -> str | None:
        if "\n" in text or len(text) <= width + 10:
            return None
        if any(len(word) > width for word in text.split()):
            return None  # a bar of dashes, a long term: no column this narrow holds it
        return wrapped(text, width)

    return shape


def typographic(text: str) -> str | None:
    made = re.sub(r'"([^"\n]*)"', r"“\1”", text)
    made = re.sub(r"(?<=\s)'([^'\n]*)'", r"‘\1’", made)
    made = re.sub(r"(?<=\d)-(?=\d)", "–", made)
    made = re.sub(r"(?<=\w) - (?=[\w(])", " − ", made)
    return made if made != text else None


def quoted(text: str) -> str | None:
    return f"“{text.strip()}”" if "\n" not in text.strip() and '"' not in text else None


def times(sign: str, glued: bool) -> Shape:
    def shape(text: str) -> str | None:
        found = list(_SCALE.finditer(text))
        if len(found) != 1:
            return None
        if found[0].group(1) == sign and glued == (found[0].end(1) == found[0].start(2)):
            return None
        match = found[0]
        joint = "" if glued else " "
        return text[: match.start()] + f"{sign}{joint}{match.group(2)}" + text[match.end() :]

    return shape


def percent(spelling: str) -> Shape:
    def shape(text: str) -> str | None:
        found = list(_PERCENT.finditer(text))
        if len(found) != 1 or found[0].group(0) == spelling:
            return None
        if not re.search(r"(?i)(?:[xX×*]|kali(?:kan)?|dengan)[ \t]*$", text[: found[0].start()]):
            return None  # a percent inside a name ("tercapai 100% atau lebih"): not the scale
        return text[: found[0].start()] + spelling + text[found[0].end() :]

    return shape


def slash_said(text: str) -> str | None:
    if len(_SPACED_SLASH.findall(text)) != 1:
        return None
    return _SPACED_SLASH.sub(" dibagi ", text)


def dibagi_dengan(text: str) -> str | None:
    return _DIBAGI.sub("dibagi dengan", text) if len(_DIBAGI.findall(text)) == 1 else None


def dibagi_slash(text: str) -> str | None:
    if re.search(r"(?i)\b(?:dikurangi|ditambah)\b", text):
        return None  # "A dibagi B dikurangi C": said in words, the order said is evidence
    return _DIBAGI.sub("/", text) if len(_DIBAGI.findall(text)) == 1 else None


def dikalikan_dengan(text: str) -> str | None:
    return _DIKALI.sub("dikalikan dengan", text) if len(_DIKALI.findall(text)) == 1 else None


def scale_said(word: str) -> Shape:
    def shape(text: str) -> str | None:
        if "\n" in text.strip() or re.search(r"[-_─–]{4,}", text):
            return None  # a stack's middle line: the sign, not words, stands beside the bar
        found = list(_SCALE.finditer(text))
        if len(found) != 1:
            return None
        match = found[0]
        return text[: match.start()] + f"{word} {match.group(2)}" + text[match.end() :]

    return shape


def both(first: Shape, second: Shape) -> Shape:
    """Two shapes at once, as a cell never seen often has them."""

    def shape(text: str) -> str | None:
        made = first(text)
        return second(made) if made is not None else None

    return shape


SHAPES: dict[str, Shape] = {
    "ALL CAPS": upper,
    "Title Case": title,
    **{f"wrapped at {w}": wrap(w) for w in (20, 25, 30, 35, 40, 45)},
    "typographic dashes and quotes": typographic,
    "in typographic quotes": quoted,
    "× 100": times("×", False),
    "X 100": times("X", False),
    "* 100": times("*", False),
    "x100": times("x", True),
    "X100": times("X", True),
    "100 %": percent("100 %"),
    "100%": percent("100%"),
    "100 persen": percent("100 persen"),
    "/ said dibagi": slash_said,
    "dibagi dengan": dibagi_dengan,
    "dibagi written /": dibagi_slash,
    "dikalikan dengan": dikalikan_dengan,
    "x said dikalikan": scale_said("dikalikan"),
    "x said dikali dengan": scale_said("dikali dengan"),
    "x said kali": scale_said("kali"),
    "Title Case wrapped at 30": both(title, wrap(30)),
    "ALL CAPS wrapped at 30": both(upper, wrap(30)),
}


Variant = Rewritten
"""One real cell written in another shape (``kind``: the shape), with its labelled reading."""


def _on_text(shape: Shape) -> Way:
    return lambda cell: shape(cell["text"])


def _labels(shape: str, cell: dict[str, Any]) -> list[str]:
    """The names as the cell written says them: in capitals where the cell is ("(EKOLOGI)")."""
    return [v.upper() for v in cell["variables"]] if shape.startswith("ALL CAPS") else cell["variables"]


def variants(shape_filter: str | None = None, limit: int | None = None) -> Iterator[Variant]:
    """Every shape applied to every base cell it applies to."""
    ways = {name: _on_text(shape) for name, shape in SHAPES.items()}
    ways["names in Title Case"] = names_capitalised
    return rewritten(ways, shape_filter, limit, _labels)


def score(
    shape_filter: str | None = None, limit: int | None = None
) -> dict[str, Tally[Variant]]:
    """The tally of each shape."""
    return tally_rewritten(variants(shape_filter, limit))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--shape", help="only the shapes whose name holds this text")
    parser.add_argument("--limit", type=int, help="at most N cells per shape")
    args = parser.parse_args(argv)
    print_tallies(
        "shape variants", score(args.shape, args.limit),
        rewritten_failure if args.show_failures else None,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
