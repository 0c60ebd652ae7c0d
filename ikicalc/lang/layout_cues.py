"""What the layout passes share: the marks of a stacked fraction's middle line, the evidence
of an operator, and blanking (see :mod:`ikicalc.lang.layout`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, cast

from ikicalc.lang.operator_words import said, words_pattern
from ikicalc.names import counting_spellings, names_data
from ikicalc.patterns import compiled, lazy

__all__ = [
    "BAR",
    "BAR_TEXT",
    "COUNTING_LINE",
    "DIVISION",
    "LINE_CLOSE",
    "LINE_OPEN",
    "LINKS_TO_TITLE",
    "LIST_MARK",
    "RATIO_SCALE",
    "RATIO_SCALED",
    "SCALE",
    "blank",
    "divides",
    "operator",
    "said_again",
]

RATIO_SCALE = r"1(?:0{2,}|0{0,2}(?:[.,]000)+)"
"""The number that scales a ratio, as a pattern: 100, 1000, 1.000, 100.000 (a power of ten
of at least a hundred, thousands grouped by a dot or a comma); each pass that finds a
formula's scale builds its expression around it."""

RATIO_SCALED = r"(?:[xX×*]|\\times)[ \t]*" + RATIO_SCALE + r"(?![\d.,]*\d)"
"""A ratio's scale with its sign, as a pattern (``x 100``, ``× 1.000``, ``\\times 100``; no
percent): not a count or a duration inside a name (``( <3 x 24 jam)``, ``x 1.0005``)."""

_ONE_SCALE = r"(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?"
SCALE = _ONE_SCALE + r"(?:[ \t]*" + _ONE_SCALE + r")*"
"""A formula's scale as a cell writes it, as a pattern: a sign of multiplication, a number,
a percent (``x 100%``, ``X 100 persen``, ``\\times 1.000``), or a chain of them (``X 100
X 80%``: the ratio in percent, then its weight; Perbup Kulon Progo 6/2021)."""

COUNTING_LINE = lazy(r"(?im)^[ \t]*(?:[Σ∑][ \t]*)?(?:jumlah|jml|jmlh|total|banyaknya)(?![^\W_])")
"""A line a counting word opens (``Jumlah …``, ``Σ Jml …``): a quantity's line in a stack."""

LIST_MARK = (
    r"(?:[-•*▪●◦►➢➤✓○■□◆❖·]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)]|\([a-h]\)"
    r"|(?:i{1,3}|iv|vi{0,3}|ix|x|I{1,3}|IV|VI{0,3}|IX)[.)]|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))"
)
"""The mark before an item of a list, as a pattern: a bullet of any glyph, a number or a
letter with a period or a bracket (``1.``, ``2)``, ``(3)``, ``a.``, ``(b)``), a roman number
(``i.``, ``iv)``, ``(ii)``, ``III.``): what a legend's entry may open with."""

LINE_OPEN = "\ue000"
LINE_CLOSE = "\ue001"


# A fraction's bar as exports leave it: dashes (also en dashes, as Word corrects "--"),
# underscores, box rules, overlines, '=', a row of dots; or underscores or dashes spaced
# out by a PDF's text extraction ("_ _ _ _ _"); two or three dashes that open a line and
# stand alone on it, or before the scale ("a" / "--- x 100%" / "b": a narrow column's bar)
_BAR = (
    r"(?:[-_–─—━═―‒‾¯=]{4,}|(?:[_–‾¯][ \t]){4,}[_–‾¯]|\.{6,}|…{2,}"
    r"|(?<![^\n])[-_–─—━―‒‾¯]{2,3}"
    r"(?=[ \t]*+(?:(?:[xX×*]|\\times)[ \t]*+\d[\d.,]*+[ \t]*+%?[ \t]*+)?(?:\n|\Z)))"
)


@cache
def _said() -> tuple[str, str, str]:
    """The operator words of ``[grammar]`` (:mod:`.operator_words`, their one home) as three
    patterns: every operation (a division word before what says it divides into groups,
    ``dibagi menjadi``, is none), and the division alone; each with the short words that
    operate only before an operand (``kali 100``, ``bagi jumlah …``, ``per jumlah …``);
    third, the division words with the short ones wherever they stand (``bagi``)."""
    table = names_data()["grammar"]
    operand = words_pattern(table["operand_words"])
    kali_bagi = words_pattern([*table["multiply_before_operand"], *table["divide_before_operand"]])
    bagi = words_pattern(table["divide_before_operand"])
    every = (
        f"{said('/')}|{said('×+-', plain=True)}"
        # "8 kali 673": a count after its number ("minimal 8 kali"), a figure after it
        rf"|(?<!\d[ \t])(?:{kali_bagi})(?=\s*(?:\d|(?:{operand}|seratus|seribu)(?![^\W_])))"
        rf"|(?:{words_pattern(table['rate_words'])})(?=\s+(?:\d|(?:{operand})(?![^\W_])))"
        # "yang dinyatakan dalam 1.000 kelahiran hidup": a rate said ([rates] phrases)
        rf"|(?=[dDuUyY])(?:{words_pattern(names_data()['rates']['phrases'])})(?=\s+\d)"
    )
    division = rf"{said('/')}|(?:{bagi})(?=\s*(?:\d|(?:{operand})(?![^\W_])))"
    return every, division, rf"{said('/')}|{bagi}"


# A target's line under a formula or its legend ("Target SPM = 100%", "Target 2024: 90%",
# "Standar nasional = 90 %", "Sasaran 2025: 80%"): a word of a target, up to three words, a year,
# its sign, the figure; the one home of the shape (lang/notes_under.py, lang/legends.py)
TARGET_LINE = (
    r"^[ \t]*(?i:target|standar|sasaran|nilai[ \t]+(?:target|standar))"
    r"(?:[ \t]+[^\W\d_][^\W_]*){0,3}(?:[ \t]+(?i:tahun[ \t]+)?\d{4})?[ \t]*[:=][ \t]*[≥≤<>]*"
    r"[ \t]*\d[\d.,]*[ \t]*%?\.?[ \t]*$"
)


# a colon between spaces before a word divides ("A : B"); not one that ends a line over a list's
# item ("… dihitung dengan cara :" / "a. Mengalikan …"): it announces the item
_COLON_DIVIDES = r"(?<=\s):(?![ \t]*\n[ \t]*" + LIST_MARK + r"[ \t])(?=\s*[^\W\d_(\[])"


# Evidence of an operator: every spelling the grammar reads as × or /, and the layouts that
# become one (a bar, an implicit product, a rate). It must match wherever the canonical text
# of a formula has '×' or '/', so that a formula and its canonical text are laid out alike.
@cache
def operator() -> re.Pattern[str]:
    """Evidence of an operator: every spelling the grammar reads as × or /, and the layouts
    that become one (a bar, an implicit product, a rate, a slash before a counted quantity).
    It must match wherever the canonical text of a formula has '×' or '/', so that a formula
    and its canonical text are laid out alike."""
    counting = "|".join(sorted(counting_spellings()))
    return compiled(
        r"(?i)(?:(?<=\s)/(?=\s)|/\s*(?:" + counting + r")\s+[^\W\d_]|[÷×*·⋅]"
        r"|" + _COLON_DIVIDES + r"|\\(?:frac|times|div|cdot)|(?<![^\W\d_])x(?![^\W\d_])"
        r"|" + _BAR + r"|<u>|[\d)\]]\s*[(\[]"
        r"|\b(?:" + _said()[0] + r")\b)"
    )


class _Deferred:
    """A pattern built from the data and compiled on first use: answers what the
    :class:`re.Pattern` answers (as :func:`ikicalc.patterns.lazy` does)."""

    def __init__(self, build: Callable[[], re.Pattern[str]]) -> None:
        self._build = build

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._build(), name)
        self.__dict__[name] = found
        return found


@cache
def _division() -> re.Pattern[str]:
    return compiled(r"(?i)(?:[/÷:]|\\frac|\b(?:" + _said()[2] + r")\b)")


DIVISION = cast("re.Pattern[str]", _Deferred(_division))
"""A division said or written (``/``, ``÷``, ``:``, ``\\frac``, the division words of
``[grammar]``, ``bagi`` before an operand): the evidence that a sentence divides."""


@cache
def divides() -> re.Pattern[str]:
    """A division the cell writes as an operator: a slash with a space on both sides or
    before a counted quantity, ``÷``, ``\\frac``, the division words; not the slash inside a
    word (``TK/RA``, ``mesjid/mushala``), which says nothing about where a bar stood."""
    counting = "|".join(sorted(counting_spellings()))
    return compiled(
        r"(?i)(?:(?<=\s)/(?=\s)|/\s*(?:" + counting + r")(?![^\W_])|÷|\\frac|\\div"
        r"|" + _COLON_DIVIDES + r"|\b(?:" + _said()[1] + r")\b)"
    )


BAR = lazy(_BAR)
BAR_TEXT = _BAR
"""The bar's expression as text, for patterns that compose it (:mod:`.examples`)."""


def blank(chars: list[str], start: int, end: int) -> None:
    """Blank ``chars[start:end]`` with spaces, keeping the line breaks."""
    if start < end:
        chars[start:end] = ["\n" if c == "\n" else " " for c in chars[start:end]]


_SAID_AGAIN = lazy(r"(?<=\d)([ \t]*\()(?=[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)*[ \t]*\))")


def said_again(text: str) -> str:
    """``text`` with the bracket of a number said again in words (``dalam 1 (satu) tahun``)
    blanked: it is no implicit product, so no evidence of an operator."""
    return _SAID_AGAIN.sub(lambda m: " " * len(m.group(1)), text) if "(" in text else text


LINKS_TO_TITLE = lazy(
    r"(?i)(?<![^\W_])(?:dengan|menggunakan|memakai|melalui|berdasarkan)[ \t]*\n[ \t]*$"
)
"""A line ending in the word that links it to a field's title on the next line (``dihitung
melalui estimasi dengan`` / ``rumus : …``): the words above are the sentence that opens the
formula, not a formula's lines."""
