"""Reading the cells of an indicator row: lists inside a cell, notes, targets, list markers.

* :func:`list_items` finds the items of a cell that holds a list (HTML ``<p>`` paragraphs,
  several ``$…$`` formulas, a numbered ``1. … 2. …`` list, ``- …`` bullets) and returns them
  verbatim (a numbered item loses its number and the ``;`` that ends it: list furniture);
* :func:`split_note` takes a ``Catatan : …`` note out of a cell;
* :func:`looks_like_target` tells a target written in the formula column (``500 surat``,
  ``Target 84``, ``4 jenis, 12 bulan``) from a formula;
* :func:`clean_name` is the indicator/sasaran text without HTML tags and list markers;
  :func:`strip_tags` the data-source text without HTML tags.
"""

from __future__ import annotations

import itertools
import re

from ikicalc.errors import IkiError
from ikicalc.importers.tables import LINE, PARAGRAPH, collapse, flat
from ikicalc.patterns import lazy
from ikicalc.rules.target import parse_target

__all__ = [
    "cell_kind",
    "clean_name",
    "first_word",
    "formula_text",
    "holds_bar",
    "line_items",
    "list_items",
    "looks_like_target",
    "split_at_first_word",
    "split_note",
    "strip_tags",
]

_TAG = lazy(r"<[^>]*>")
_P_OPEN = lazy(r"<(?:p|li)(?:\s[^>]*)?>", re.IGNORECASE)
_MATH = lazy(r"\$[^$]+\$")
_MARKER = lazy(r"^(?:\(?\d{1,2}[.)]\s*(?=\S)|\d{1,2}\s+(?=[^\W\d])|[-–•❖▪*]\s*)")
_NUMBERED = lazy(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+")
_BULLET = lazy(r"(?:^|(?<=\s))[-–•]\s*(?=\S)")
_NOTE = lazy(r"\s*\bCatatan\s*:\s*", re.IGNORECASE)
_OPERATOR = lazy(
    r"\\frac|\\times|(?:^|\s)[xX×*÷](?:\s|\d|$)|\bberbanding\b|\bdibagi\b|\s/\s|=|_{3,}"
)
_TARGET_START = lazy(r"^(?:[^\W\d]+\s+)?\d")
# A stacked fraction's bar as a cell's line holds it: a run of dashes, rules or underscores
# (also spaced out by the PDF's text extraction: "_ _ _ _")
_BAR = lazy(r"[-_–─—━═―‒‾¯]{4,}|(?:[_–‾¯][ \t]){4,}[_–‾¯]")


def strip_tags(text: str) -> str:
    """The text without HTML tags, on one line, whitespace collapsed."""
    return flat(_TAG.sub(" ", text))


def clean_name(text: str) -> str:
    """Indicator or sasaran text: no HTML tags, no leading list markers (``1.``, ``1 ``, ``- ``)."""
    value = strip_tags(text)
    for _ in range(2):
        stripped = _MARKER.sub("", value, count=1)
        if stripped == value:
            break
        value = stripped.strip()
    return value


def first_word(text: str) -> str:
    """The first word of a cell (tags and list markers ignored), lower case."""
    words = clean_name(text).split()
    return words[0].lower() if words else ""


def looks_like_target(text: str) -> bool:
    """True when a formula-column cell states a target rather than a formula.

    A target starts with a number (or one label word and a number: ``Target 84``,
    ``Kualitas 80%``), holds no operator (``x``, ``/`` between spaces, ``berbanding``,
    ``\\frac``, a blank ``___``) and reads as a target (:func:`ikicalc.parse_target`).
    """
    value = strip_tags(text)
    if not value or not _TARGET_START.match(value) or _OPERATOR.search(value):
        return False
    try:
        parse_target(value)
    except IkiError:
        return False
    return True


def cell_kind(text: str) -> str:
    """``empty``, ``target``, ``formula`` (has an operator) or ``text``: a cell's shape."""
    value = strip_tags(text)
    if not value:
        return "empty"
    if looks_like_target(value):
        return "target"
    if _OPERATOR.search(value) or "%" in value:
        return "formula"
    return "text"


def holds_bar(text: str) -> bool:
    """True when the text holds a stacked fraction's bar (``-----``, ``_____``, ``─────``)."""
    return _BAR.search(text) is not None


def formula_text(text: str) -> str:
    """A formula cell's text: on one line, unless one of its lines holds a fraction's bar.

    A stacked fraction (numerator, ``= ------ x 100%``, denominator) is read from its lines:
    joined into one line, the denominator would follow the bar and the ``x 100%`` instead of
    standing under the bar. Such a cell keeps its lines (``\n``), each line's white space
    collapsed; any other cell is flattened (its lines are only where the column wrapped).
    """
    lines = [flat(line) for line in text.replace(PARAGRAPH, LINE).split(LINE)]
    lines = [line for line in lines if line]
    if len(lines) > 1 and any(holds_bar(line) for line in lines):
        return "\n".join(lines)
    return flat(text)


def split_note(text: str) -> tuple[str, str | None]:
    """``(cell without the note, note)`` for a cell holding ``Catatan : …``."""
    match = _NOTE.search(text)
    if match is None:
        return text, None
    note = flat(text[match.end() :])
    return collapse(text[: match.start()]), note or None


def _cell_paragraphs(text: str) -> list[str] | None:
    items = [flat(p) for p in text.split(PARAGRAPH) if flat(p)]
    return items if len(items) >= 2 else None


def _paragraphs(text: str) -> list[str] | None:
    starts = [m.start() for m in _P_OPEN.finditer(text)]
    if len(starts) < 2 or collapse(_TAG.sub(" ", text[: starts[0]])):
        return None
    bounds = [*starts, len(text)]
    return [collapse(text[a:b]) for a, b in itertools.pairwise(bounds)]


def _formulas(text: str) -> list[str] | None:
    found = _MATH.findall(text)
    if len(found) < 2 or collapse(_MATH.sub(" ", text)):
        return None
    return [collapse(f) for f in found]


def _numbered(text: str) -> list[str] | None:
    plain = strip_tags(text)
    marks = list(_NUMBERED.finditer(plain))
    expected = 1
    cuts: list[re.Match[str]] = []
    for mark in marks:
        if int(mark.group(1)) == expected:
            cuts.append(mark)
            expected += 1
    if len(cuts) < 2 or cuts[0].start() != 0:
        return None
    bounds = [m.start() for m in cuts] + [len(plain)]
    items = []
    for mark, end in zip(cuts, bounds[1:], strict=False):
        items.append(collapse(plain[mark.end() : end]).rstrip(" ;,"))
    return items if all(items) else None


def _bullets(text: str) -> list[str] | None:
    plain = strip_tags(text)
    if not re.match(r"^[-–•]\s", plain):
        return None
    marks = list(_BULLET.finditer(plain))
    if len(marks) < 2:
        return None
    bounds = [m.start() for m in marks] + [len(plain)]
    items = [collapse(plain[m.end() : e]) for m, e in zip(marks, bounds[1:], strict=False)]
    return items if all(items) else None


def list_items(text: str) -> tuple[list[str], str] | None:
    """The items of a cell that holds a list, and how it was marked (``p``, ``math``,
    ``numbered``, ``bullets``); ``None`` when the cell is not a list."""
    for kind, reader in (
        ("paragraphs", _cell_paragraphs),
        ("p", _paragraphs),
        ("math", _formulas),
        ("numbered", _numbered),
        ("bullets", _bullets),
    ):
        items = reader(text)
        if items is not None:
            return items, kind
    return None


def line_items(text: str, count: int) -> list[str] | None:
    """The lines of a cell when there are exactly ``count`` (a PDF cell's lines also wrap,
    so lines are a list only when their number is the number of indicators)."""
    lines = [flat(line) for line in text.split(LINE) if flat(line)]
    return lines if len(lines) == count else None


def split_at_first_word(text: str, count: int) -> list[str] | None:
    """Split a plain cell into ``count`` items where its first word comes back.

    ``Persentase keaktifan Kampung Salai … Persentase Keaktifan Bank Ramli`` with a count of 2
    gives the two items; ``None`` when the first word does not occur exactly ``count`` times.
    """
    plain = flat(text)
    words = plain.split()
    if not words or len(words[0]) < 3:
        return None
    word = re.escape(words[0])
    starts = [m.start() for m in re.finditer(rf"(?:^|(?<=\s)){word}\b", plain, re.IGNORECASE)]
    if len(starts) != count:
        return None
    bounds = [*starts, len(plain)]
    return [collapse(plain[a:b]) for a, b in itertools.pairwise(bounds)]
