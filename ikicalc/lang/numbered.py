"""A numbered name a line broke before its number: ``Kolom`` / ``(13) : Kolom (8) x 100%``.

Regulations that compute a form's columns from others name them by number (``Kolom (17) =
Kolom (12) : Kolom (7) x 100%``, Perbup Kulon Progo 58/2018), and the text of a PDF breaks a
line anywhere, also between ``Kolom`` and its ``(13)``. Read apart, ``Kolom`` ends a line (a
legend's symbol, a label) and ``(13)`` is a number in brackets. The cell is its own evidence:
where the word before the break is written elsewhere in the cell with a number in brackets
after it (``Kolom (8)``), the number after the break is its number, and the break is a space.

Keeps the text's length (see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re

from ikicalc.lang.chars import text_of
from ikicalc.patterns import lazy

__all__ = ["numbered_wrapped"]

# a word ending a line, its number in brackets opening the next (with brackets of a unit after
# it: "(22)(K)"), then what goes on with the formula: an operator, a bracket that closes, "="
_BROKEN = lazy(
    r"(?P<word>[^\W\d_]{2,})[ \t]*(?P<brk>\n)[ \t]*(?=\(\d{1,3}\)(?:[ \t]*\([^()\n]{1,6}\))*"
    r"[ \t]*(?:[-+:/÷×*=\])]|[xX](?![^\W_])))"
)


def numbered_wrapped(chars: list[str]) -> None:
    """Join a numbered name a line broke before its number (see the module)."""
    text = text_of(chars)
    for found in _BROKEN.finditer(text):
        word = re.escape(found.group("word"))
        if re.search(rf"(?<![^\W_]){word}[ \t]*\(\d{{1,3}}\)", text):
            chars[found.start("brk")] = " "
