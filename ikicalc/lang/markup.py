"""What web applications leave in a cell's text: HTML character references.

e-SAKIP and satu-data applications store the formula as the rich-text editor wrote it:
``(&Sigma; luasan Daerah Irigasi … / &Sigma; luasan Daerah Irigasi)x100%``, ``&times;``,
``&nbsp;``, ``&ge; 7``, ``&#8721;`` (Pemkab Gunungkidul's e-SAKIP). Tags are layout the
grammar ignores; a character reference is one character written with several: it is read as
that character, padded with spaces (the text keeps its length, see
:mod:`ikicalc.lang.layout`). Before any pass reads the cell.
"""

from __future__ import annotations

import html

from ikicalc.patterns import lazy

__all__ = ["decode_references"]

_REFERENCE = lazy(r"&(?:[A-Za-z][A-Za-z0-9]{1,10}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def decode_references(chars: list[str]) -> None:
    """Each HTML character reference (``&Sigma;``, ``&nbsp;``, ``&#931;``) read as its
    character; an unknown name is left as written."""
    text = "".join(chars)
    if "&" not in text:
        return
    for found in _REFERENCE.finditer(text):
        character = html.unescape(found.group(0))
        if len(character) != 1 or character == found.group(0):
            continue
        if character in "\u00a0\u2009\u202f":
            character = " "
        chars[found.start() : found.end()] = list(character.ljust(found.end() - found.start()))
