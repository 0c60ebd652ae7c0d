"""HTML as web apps store a formula (e-SAKIP, satu data portals), made plain before the layout.

A cell taken from an application's database keeps the markup of its rich-text editor:
``Rumus:<br/>`` / ``(&Sigma; luasan … / &Sigma; luasan …)x100%`` / ``<br/>`` / ``Tipologi
data: …``, ``G=((PDRB<sub>1</sub>-PDRB<sub>0</sub>)/PDRB<sub>0</sub>)x100%``. A careful
reader sees the characters the page shows:

- a character entity (``&Sigma;``, ``&sum;``, ``&times;``, ``&amp;``, ``&nbsp;``, ``&#8721;``)
  is the character it names, the rest of its length spaces;
- a subscript (``PDRB<sub>1</sub>``) is the subscript ``PDRB_1`` ikicalc reads (a legend's
  ``PDRB<sub>1</sub>=…`` becomes ``PDRB_1=…`` alike, so the two still meet);
- a line break tag (``<br/>``, ``<br>``) ends its line: a line break where the cell has
  none after it, else spaces; the tags of a list, a paragraph or a table (``<ul>``,
  ``<li>NAi = …</li>``, ``<p style="…">``) are spaces, so the legend's readers see its
  entries where the lines begin. Other tags are set aside by the grammar as before;
- the lines after the formula's that compute nothing are the app's other fields and notes
  (``Tipologi data: Non komulatif``, ``Yang dimaksud dengan … adalah …``, ``Dinas
  Lingkungan Hidup`` / ``Laporan tahunan``): set aside, by the rule of notes under a formula
  of every cell (:func:`ikicalc.lang.restated.lines_after`), which also knows where a tag
  broke a line.

Works on the cell's characters in place; the text keeps its length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from html.entities import html5

from ikicalc.lang.chars import text_of
from ikicalc.lang.restated import lines_after
from ikicalc.patterns import lazy

__all__ = ["plain_markup"]

_ENTITY = lazy(
    r"&(?:#(?P<decimal>\d{2,7})|#[xX](?P<hex>[0-9a-fA-F]{2,6})|(?P<name>[A-Za-z]{2,8}));"
)
_SUBSCRIPT = lazy(r"(?<=[^\W_])<sub>[ \t]*(?P<sub>[^\W_]{1,6})[ \t]*</sub>")
# the tags of a list, a paragraph or a block (their attributes too): where a page's lines and
# items begin and end, no character of the formula or its legend
_BLOCK = lazy(r"(?i)</?(?:ul|ol|li|p|div|span|dl|dt|dd|table|tr|td|th|tbody)(?:[ \t][^<>\n]*)?>")
_BREAK = lazy(r"(?i)<br[ \t]*/?>(?P<newline>[ \t]*\n)?")


def _entity(found: re.Match[str]) -> str | None:
    """The character an entity names, or ``None`` (an unknown name stays as written)."""
    if found.group("decimal") or found.group("hex"):
        decimal = found.group("decimal")
        code = int(decimal, 10) if decimal else int(found.group("hex"), 16)
        return chr(code) if 0 < code < 0x110000 else None
    named = html5.get(found.group("name") + ";")
    return named if named is not None and len(named) == 1 else None


def plain_markup(chars: list[str]) -> bool:
    """Set aside in ``chars`` the HTML of an application's editor (see the module); whether
    anything was."""
    text = text_of(chars)
    changed = False
    for found in _ENTITY.finditer(text) if "&" in text and ";" in text else ():
        char = _entity(found)
        if char is None:
            continue
        length = found.end() - found.start()
        chars[found.start() : found.end()] = [" " if char == "\xa0" else char, *" " * (length - 1)]
        changed = True
    for found in _BLOCK.finditer(text) if "<" in text else ():  # "<ul>", "<li>NAi = …</li>"
        chars[found.start() : found.end()] = " " * (found.end() - found.start())
        changed = True
    if "<sub>" not in text and "<br" not in text and "<BR" not in text:
        return changed  # "<u>" and the other tags: the grammar sets them aside
    for found in _SUBSCRIPT.finditer(text):
        sub = "_" + found.group("sub")
        chars[found.start() : found.end()] = [*sub, *" " * (found.end() - found.start() - len(sub))]
        changed = True
    breaks = list(_BREAK.finditer(text))
    for found in breaks:  # the line ends at the tag, or at the break after it
        chars[found.start() : found.end()] = [*" " * (found.end() - found.start() - 1), "\n"]
    if breaks:  # the notes under the formula: their one home; a legend's entries stay
        plain = text_of(chars)
        lines_after(chars, plain, frozenset(found.end() for found in breaks))
        for start, end in _legend_under(plain):
            chars[start:end] = list(plain[start:end])
    return changed or bool(breaks)


# a legend's entry: a symbol, ':' or '=', a word ("a: Volume sampah …", "JPUM = Jumlah …")
_ENTRY = lazy(r"(?m)^[ \t]*(?P<symbol>[^\W\d_][^\W_]{0,9})[ \t]*[:=][ \t]*[^\W\d_]{2}")


def _legend_under(text: str) -> list[tuple[int, int]]:
    """``IKU = a / b × 100<br>`` / ``Keterangan:<br>`` / ``a: Volume sampah …<br>`` / ``b: …``:
    the lines a tag broke that are a legend's entries, no notes (``a: …`` is no form's field),
    when two of them name a symbol that a line above them writes: their spans."""
    named = []
    for found in _ENTRY.finditer(text):
        symbol = re.escape(found.group("symbol"))
        if re.search(rf"(?<![^\W_]){symbol}(?![^\W_])", text[: found.start()]):
            end = text.find("\n", found.end())
            named.append((found.start(), len(text) if end < 0 else end))
    return named if len(named) >= 2 else []
