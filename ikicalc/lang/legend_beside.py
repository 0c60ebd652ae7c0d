"""A legend with no sign between a symbol and its name, as a nested table's columns flatten.

Word cells often hold the formula and, beside it, a table of two columns (the symbol, its
meaning) with no heading and no ``=``: ``IKU = JBKA / JPSH`` | ``JBKA`` | ``jumlah bantuan
keuangan …``. pdftotext (``-raw``) and pdfplumber give the first row on the formula's line
and each further one on a line of its own, the symbol and its name one space apart:
``IKU = JBKA / JPSH JBKA jumlah bantuan keuangan`` / ``APBD kabupaten/kota …`` / ``JPSH
jumlah perolehan suara …``. When the formula is written in symbols only and each symbol opens
exactly one line (or the rest of the formula's line) once, those are the legend's entries:
the break before the first is put back and the space after each symbol becomes a tab, the
gap of a column the legend reader knows (the text keeps its length, see :mod:`.layout`).
Found on ``tests/data/rendered-layouts.jsonl`` (``tools/render_layouts.py``).
"""

from __future__ import annotations

import re

from ikicalc.patterns import lazy

__all__ = ["entries_without_sign"]

_SYMBOL = lazy(r"(?<![^\W_])(?:[A-Z][A-Z0-9]{0,7}|[A-Z]\d{1,2})(?![^\W_])")
_REST = lazy(r"[\s()\[\]+\-−×*/÷:.,%\d]*")
"""What a formula of symbols holds besides them: signs, brackets, numbers, the scale."""
_NAME_AFTER = lazy(r"[ \t]+[^\W\d_]{2}")
_OPENER = lazy(
    r"(?m)^[ \t]*(?:(?P<symbol>\S+)(?P<gap>[ \t]+)|(?P<alone>\S+)[ \t]*(?P<end>\n)[ \t]*)"
    r"(?=[^\W\d_])"
)
"""A line opened by a symbol and its name (pdftotext, pdfplumber), or a symbol alone on its
line over its name (LibreOffice's txt export of the table, a cell a line)."""


def _formula_end(text: str, first: int) -> int:
    """Where the formula's lines end: its first line, and the lines after it that hold no
    word (``IKU = (A − B) / B ×`` / ``100%``)."""
    end = text.find("\n", first)
    while end >= 0:
        following = text.find("\n", end + 1)
        line = text[end + 1 : following if following >= 0 else len(text)]
        if not line.strip() or not _REST.fullmatch(line):
            return end
        end = following
    return end


def entries_without_sign(chars: list[str]) -> None:
    """``A / B x 100% A Jumlah …`` / ``B Jumlah …``: see the module."""
    text = "".join(chars)
    first = text.rfind("\n", 0, len(text) - len(text.lstrip())) + 1  # a blank first line
    end = _formula_end(text, first)
    if end < 0:
        return
    head = text[:end]
    start = max(head.find("="), first - 1) + 1
    symbols: list[str] = []
    again: re.Match[str] | None = None
    for found in _SYMBOL.finditer(head, start):
        if found.group(0) in ("X", "x") and re.match(r"[ \t]*\d", head[found.end() :]):
            continue  # the scale's sign
        if found.group(0) in symbols:
            if _NAME_AFTER.match(head, found.end()):  # "… / JPSH JBKA jumlah …": an entry
                again = found
                break
            continue  # "(A − B) / B": the symbol again, in the formula
        symbols.append(found.group(0))
    formula = head[start : again.start() if again else len(head)]
    if not symbols or not _REST.fullmatch(_SYMBOL.sub(" ", formula).replace("x", " ")):
        return
    if not re.search(r"[/÷:]", formula):
        return
    openers: list[tuple[str, int]] = []  # each symbol and the gap after it
    if again is not None:
        after = head[again.end() :]
        if head[again.start() - 1] not in " \t" or not re.match(r"[ \t]+[^\W\d_]", after):
            return
        openers.append((again.group(0), again.end()))
    for line in _OPENER.finditer(text, end + 1):
        if line.group("symbol") in symbols:
            openers.append((line.group("symbol"), line.start("gap")))
        elif line.group("alone") in symbols:
            openers.append((line.group("alone"), line.start("end")))
    if sorted(s for s, _ in openers) != sorted(symbols):
        return
    if again is not None:
        chars[again.start() - 1] = "\n"
    for _, gap in openers:
        if chars[gap] == "\n" or (chars[gap] == " " and chars[gap + 1] not in " \t"):
            chars[gap] = "\t"
