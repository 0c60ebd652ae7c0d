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

import dataclasses
import re
import tomllib
from functools import cache
from importlib import resources

from ikicalc.lang.chars import text_of
from ikicalc.lang.labels import stacking_words
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.lost_bars import LostBar
from ikicalc.patterns import lazy

__all__ = [
    "columns_paired",
    "entries_without_sign",
    "header_words",
    "scale_after_legend",
    "sign_on_next_line",
    "with_scale",
]

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
    """Where the formula's lines end: its first line, and the lines after it that hold only
    symbols, signs and numbers (``IKU = (A − B) / B ×`` / ``100%``; ``Tingkat=`` / ``A`` /
    ``B``, a stack whose bar was a border); not a symbol alone again over a name (``JKKT`` /
    ``Jumlah Kab/Kota …``, its entry)."""
    end = text.find("\n", first)
    seen = set(_SYMBOL.findall(text, first, end if end >= 0 else len(text)))
    while end >= 0:
        following = text.find("\n", end + 1)
        line = text[end + 1 : following if following >= 0 else len(text)]
        if not line.strip() or not _REST.fullmatch(_SYMBOL.sub(" ", line)):
            return end
        alone = line.strip()
        after = text[following + 1 :] if following >= 0 else ""
        if alone in seen and _SYMBOL.fullmatch(alone) and re.match(r"[ \t]*[^\W\d_]{2}", after):
            return end
        seen.update(_SYMBOL.findall(line))
        end = following
    return end


def entries_without_sign(chars: list[str]) -> None:
    """``A / B x 100% A Jumlah …`` / ``B Jumlah …``: see the module."""
    text = text_of(chars)
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
    if not re.search(r"[/÷:]", formula) and "\n" not in formula.strip():
        return  # a division, or a stack whose bar was a border ("A" / "B")
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


_SIGN_BELOW = lazy(
    r"(?m)^[ \t]*(?:[A-Z][A-Z0-9]{0,7}|[A-Z]\d{1,2}|[a-z])(?P<end>[ \t]*\n)[ \t]*[=:][ \t]*"
    r"(?=[^\W\d_])"
)
"""``JKT`` / ``= jumlah KTP yang terbit``: a symbol alone on its line, its sign and name on
the next (the table's second column held ``= …``)."""


@cache
def header_words() -> frozenset[str]:
    """The words of a legend table's header row (``[table_header]`` of ``data/legends.toml``)."""
    raw = resources.files("ikicalc").joinpath("data", "legends.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw)["table_header"]["words"])


def sign_on_next_line(chars: list[str]) -> None:
    """``A`` / ``= jumlah Jamaah …`` / ``B`` / ``= tahun sebelumnya``: a legend table's rows
    a cell a line (pdftotext, LibreOffice's txt); each symbol joins its entry's line, and the
    table's header row (``Simbol`` / ``Keterangan``, ``[table_header]`` of
    ``data/legends.toml``) right before the first entry is set aside."""
    text = text_of(chars)
    joined = list(_SIGN_BELOW.finditer(text))
    if len(joined) < 2:
        return
    for found in joined:
        chars[found.start("end") + len(found.group("end")) - 1] = " "
    before = text[: joined[0].start()].rstrip("\n \t")
    words = header_words()
    while before:
        start = before.rfind("\n") + 1
        line = before[start:]
        cells = re.split(r"[ \t|]+", line.strip())
        if not line.strip() or any(cell.lower() not in words for cell in cells):
            break
        if before[:start].strip() == "":
            break  # the header's words alone would be the whole cell
        blank(chars, start, len(before))
        before = before[:start].rstrip("\n \t")


_SCALE_LAST = lazy(r"\n[ \t]*(?P<scale>[xX×*][ \t]*\d[\d.,]*[ \t]*%?)[ \t]*\s*$")
_ENTRY = lazy(r"(?m)^[ \t]*\S{1,8}[ \t]*[=:][ \t]*[^\W\d_][^\n]*\n\s*$")


def scale_after_legend(chars: list[str]) -> tuple[int, int] | None:
    """``Rasio =`` / ``A`` / ``B`` / ``Dengan :`` / ``A : …`` / ``B : …`` / ``X 100%``: a
    sheet's scale, merged down the formula's rows, comes out after the legend; it multiplies
    the formula. Blanked; its span is returned for the reading (see
    :func:`ikicalc.lang.reading.put_back`)."""
    text = text_of(chars)
    found = _SCALE_LAST.search(text)
    if found is None or not _ENTRY.search(text, 0, found.start() + 1):
        return None
    blank(chars, found.start("scale"), found.end("scale"))
    return found.span("scale")


def with_scale(lost: LostBar | None, scale: tuple[int, int]) -> LostBar:
    """``lost`` (or no lost bar) with the scale found after the legend."""
    if lost is None:
        return LostBar(None, scale, guess=None)
    return lost if lost.scale is not None else dataclasses.replace(lost, scale=scale)


_SYMBOL_LINE = lazy(r"[ \t]*(?:[A-Z][A-Z0-9]{0,7}|[A-Z]\d{1,2}|[a-z])[ \t]*")
_SIGN_LINE = lazy(r"[ \t]*[=:][ \t]*")


def columns_paired(chars: list[str]) -> None:
    """``Ket :`` / ``A`` / ``=`` / ``B`` / ``=`` / ``Jumlah perijinan …`` / ``Jumlah …``; ``JKMK``
    / ``JK`` / ``=`` / ``=`` / ``Jumlah Keluarga …`` / ``Jumlah Keluarga``: pdftotext reads a
    legend table column by column, the symbols (and their signs), then the names. When the
    cell ends with as many one-line names as the symbols above them, each a symbol the
    formula wrote before, the rows are written back (``A = Jumlah …``), the text keeping its
    length (see :mod:`.layout`)."""
    text = text_of(chars)
    lines = list(re.finditer(r"[^\n]*", text))
    filled = [m for m in lines if m.group(0).strip()]
    names: list[re.Match[str]] = []
    while filled and re.search(r"[^\W\d_]{2}", filled[-1].group(0)) and not (
        _SYMBOL_LINE.fullmatch(filled[-1].group(0)) or _SIGN_LINE.fullmatch(filled[-1].group(0))
    ):
        names.insert(0, filled.pop())
    symbols: list[re.Match[str]] = []
    signs: list[re.Match[str]] = []
    while filled and (
        _SYMBOL_LINE.fullmatch(filled[-1].group(0)) or _SIGN_LINE.fullmatch(filled[-1].group(0))
    ):
        apart = symbols and text.count("\n", filled[-1].end(), symbols[0].start()) > 1
        if apart and len(symbols) > 1 and not signs:
            break  # "A" / "B" / "" / "A" / "B": the formula's stack above the column
        line = filled.pop()
        (signs if _SIGN_LINE.fullmatch(line.group(0)) else symbols).insert(0, line)
    if len(symbols) < 2 or len(signs) not in (0, len(symbols)):
        return
    named = _names_of(names, len(symbols))
    if named is None:
        return
    start = symbols[0].start()
    before = text[:start]
    for symbol in symbols:  # each symbol stands in the formula above
        if not re.search(rf"(?<![^\W_]){re.escape(symbol.group(0).strip())}(?![^\W_])", before):
            return
    sign = signs[0].group(0).strip() if signs else ""
    rows = [
        f"{symbol.group(0).strip()} {sign} {name}" if sign else
        f"{symbol.group(0).strip()}\t{name}"
        for symbol, name in zip(symbols, named, strict=True)
    ]
    written = "\n".join(rows)
    if len(written) > len(text) - start:
        return
    chars[start:] = list(written.ljust(len(text) - start))


def _names_of(lines: list[re.Match[str]], count: int) -> list[str] | None:
    """The legend's ``count`` names in its names' column: a line each, or names wrapped over
    lines, each opened by a counting word (``jumlah bantuan keuangan`` / ``APBD …`` /
    ``jumlah perolehan suara hasil`` / ``Pemilu DPRD …``) or by the first name's first word
    (``Nilai IKS pada saat`` / ``…`` / ``nilai IKS pada awal tahun``); ``None`` else."""
    if len(lines) == count:
        return [line.group(0).strip() for line in lines]
    if len(lines) < count or not lines:
        return None
    first = lines[0].group(0).split()[0].lower()
    openers = stacking_words()["quantity_openers"] | {first}
    starts = [
        number
        for number, line in enumerate(lines)
        if number == 0 or line.group(0).split()[0].lower() in openers
    ]
    if len(starts) != count:
        return None
    ends = [*starts[1:], len(lines)]
    return [
        " ".join(line.group(0).strip() for line in lines[start:end])
        for start, end in zip(starts, ends, strict=True)
    ]
