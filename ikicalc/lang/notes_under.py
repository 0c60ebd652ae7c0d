"""A note under a formula (``Keterangan: data dari DPMD``, ``Sumber data: …``, a target's
line ``Target SPM = 100%``, a sentence of words on the last line: ``Data bersumber dari
laporan tahunan dinas.``): set aside with what follows it, for :mod:`ikicalc.lang.layout`
(through :mod:`ikicalc.lang.prose`). Works on the cell's characters in place, keeping their
length."""

from __future__ import annotations

import re

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import TARGET_LINE, blank
from ikicalc.lang.said import computes as _computes
from ikicalc.lang.sentences import sentence
from ikicalc.patterns import lazy

__all__ = ["note_after"]

_NOTE = lazy(
    r"(?im)^[ \t]*(?:keterangan|ket\.?|catatan|sumber(?:[ \t]+data)?|note|standar|target"
    r"|satuan|nilai[ \t]+standar)(?:[ \t]+(?:tahun[ \t]+)?\d{4})?[ \t]*:[^\n]*$"
    + r"|"
    + TARGET_LINE  # "Target SPM = 100%": a target's line under the formula
    + r"|(?<=%)[ \t]*(?:≥|≤)[ \t]*\d[\d.,]*[ \t]*%?[ \t]*$"  # "… x 100% ≥ 85%": the target
    r"|(?<![ \t])[ \t]*[;.][ \t]*(?:target|standar)\b[ \t]*:?[ \t]*[≥≤<>=]*[ \t]*"
    r"\d[\d.,]*[ \t]*%?\.?[ \t]*$"
    # ", dinyatakan dalam rupiah per tahun.": the result's unit (not a percent: lang/layout.py)
    r"|,[ \t]*dinyatakan[ \t]+dalam[ \t]+(?!satuan[ \t]+persen|persen|%|p[re]{2}s[e]ntase)"
    r"(?![^\n]*(?<![^\W\d_])\d)[^\W\d_][^\n,;=()]*$"  # no figure ("per 1.000 penduduk")
    r"|(?<=\S)[ \t]+(?:target|standar|satuan|sumber[ \t]+data|sumber|catatan|keterangan|ket\.?)"
    r"(?:[ \t]+(?:tahun[ \t]+)?\d{4})?[ \t]*:[^\n]*$"  # "… 100 % Target 2025: 98%"
)


def note_after(chars: list[str]) -> None:
    """``Keterangan: data dari DPMD`` under a formula (no legend took it): a note, set
    aside with what follows it."""
    text = text_of(chars)
    found = _NOTE.search(text) if guards.may_find(_NOTE, text) else None
    after = text[found.end() :] if found else "="
    before = text[: found.start()] if found else ""
    own_line = found is not None and before.rstrip(" \t").endswith("\n")  # "Satuan: orang"
    if found and before.strip() and "=" not in after and (own_line or _computes(before)):
        opened = before.rstrip()
        start = len(opened) - 1 if opened.endswith("(") else found.start()  # "( Target : … )"
        blank(chars, start, len(chars))
        return
    if "\n" in text and _numbered_note(chars, text):
        return
    last = text.rstrip().rfind("\n")  # "… / jumlah penduduk.\nData bersumber dari …"
    closing = text[last + 1 :] if last > 0 else ""
    ended = _ENDS_SENTENCE.match(closing)  # "100%. Data bersumber …": the formula's last words
    if ended:
        last, closing = last + 1 + ended.end(), closing[ended.end() :]
    if closing.strip() and sentence(closing) and not _computes(closing) and _computes(text[:last]):
        blank(chars, last, len(chars))


# the end of the formula's sentence at the opening of the last line, before a sentence of
# words: "… dikalikan" / "100%. Data bersumber dari laporan tahunan dinas."
_ENDS_SENTENCE = lazy(r"[ \t]*[^\n.]*?[\d%)][ \t]*\.[ \t]+(?=[A-Z][a-z])")


# the last line a footnote whose mark is a figure the PDF set on the line, not raised ("1
# berdasarkan DTKS Kementerian Sosial"), its mark glued to a word of the formula ("sosial1")
_NUMBERED_NOTE = lazy(r"\n[ \t]*(?P<mark>[1-9])[ \t]+(?=[^\W\d_]{2})[^\n]*\s*\Z")


def _numbered_note(chars: list[str], text: str) -> bool:
    """Set aside a footnote on the last line and its mark glued to a word in lower case above
    it (``… bantuan sosial1`` / ``---- x 100%`` / ``… Gunungkidul`` / ``1 berdasarkan DTKS``);
    whether there was one."""
    found = _NUMBERED_NOTE.search(text)
    if found is None or _computes(found.group(0)):
        return False
    mark = found.group("mark")
    glued = list(re.finditer(rf"(?<=[a-z]{{2}}){mark}(?![^\W_])", text[: found.start()]))
    if len(glued) != 1 or not _computes(text[: found.start()]):
        return False
    blank(chars, found.start() + 1, found.end())
    chars[glued[0].start()] = " "
    return True

