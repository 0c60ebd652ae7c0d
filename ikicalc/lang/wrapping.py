"""Lines wrapped by a narrow column: a word hyphenated at a line's end, a slash ending a line.

Word and PDF exports of table cells break names where the column ends. These are put back
together in the cell's characters (the text keeps its length, see
:mod:`ikicalc.lang.layout`), before the stacked fraction is read (:mod:`.stacking`).
"""

from __future__ import annotations

import re

from ikicalc.lang.chars import text_of
from ikicalc.patterns import lazy

__all__ = ["rejoin_counts", "rejoin_hyphenated"]

# a word broken at the end of a line by a hyphen, in a narrow column: "jen-" / "jang"
_HYPHENATED = lazy(r"(?<=[^\W\d_]{2})-[ \t]*\n[ \t]*(?P<rest>[a-z][^\W\d_]+)(?![^\W_])")


# an adverb of degree, se- and its stem doubled with -nya, its second half wrapped or spaced
# apart by a PDF's text ("dihukum denda sebanyak- banyaknya sepuluh kali …", UU 35/1953;
# "sekurang-" / "kurangnya"): one word, as KBBI writes it, never a subtraction
_DEGREE_APART = lazy(
    r"(?i)(?<![^\W_])se(?P<stem>[^\W\d_]{3,})(?P<hyphen>-)(?=[ \t\n])[ \t]*\n?[ \t]*"
    r"(?P<rest>(?P=stem)nya)(?![^\W_])"
)


# the same word when the line breaks were lost: "yang seha- rusnya memperoleh ban- tuan sosial"
# (a hyphen glued to a word, a space after it, the rest in lower case; a subtraction is spaced
# on both sides or on neither)
_HYPHENATED_JOINED = lazy(
    r"(?<=[^\W\d_]{2})-[ \t]+(?P<rest>(?!(?i:jumlah|jml|jmlh|total|banyaknya|dan|atau)"
    r"(?![^\W_]))[a-z][^\W\d_]+)(?![^\W_])"
)


# a time index broken at a line's end: "Realisasi Tahun n-" / "1 / Realisasi Tahun n-1"
# (kaltim-bapenda-renstra-2019-2023-perubahan-github#02)
_INDEX_AT_END = lazy(r"(?<![^\W_][nNtT])(?<=[nNtT])-(?P<gap>[ \t]*\n[ \t]*)(?P<digit>\d)(?![\d.,])")


# the export's "/-" ending a line, the line break lost: "Jumlah KLB di desa/- kelurahan yang …"
_SLASH_HYPHEN_JOINED = lazy(r"(?<=[^\W\d_])/(?P<hyphen>-)[ \t]+(?=[a-z])")


# a slash glued to a word at a line's end, the name going on in lower case below it
_SLASH_AT_END = lazy(
    r"(?<=[^\W\d_])/(?P<hyphen>-)?[ \t]*(?P<end>\n)[ \t]*"  # "desa/", "desa/-" / "kelurahan"
    r"(?=(?!(?i:jumlah|jml|jmlh|total|banyaknya)(?![^\W_]))[a-z])"
)


# the same slash spaced from its word ("Jumlah desa /" / "kelurahan UCI"), in a stack (a bar
# line in the cell: a numerator or a denominator that divides needs no bar), the name going
# on in lower case
_SPACED_SLASH_AT_END = lazy(
    r"(?<=[^\W\d_]{2}[ \t])/[ \t]*(?P<end>\n)[ \t]*"
    r"(?=(?!(?i:jumlah|jml|jmlh|total|banyaknya)(?![^\W_]))[a-z])"
)
_BAR_LINE = lazy(r"(?m)^[ \t]*[-_–─—━═―‒‾¯]{4,}")


# a count broken at a line's end, its word on the next line: "4 x" / "imunisasi polio"
_COUNT_AT_END = lazy(  # inside a name: not after an operator's sign ("(L3 x 7 x" / "tarif)")
    r"(?<=\S )(?<![xX×*+−/÷:-] )\d{1,3}[ \t]*[xX×][ \t]*(?P<end>\n)[ \t]*(?=[a-z])"
)


# a scale's number at a line's end, its percent sign opening the next line: "x 100" / "% …"
_PERCENT_WRAPPED = lazy(  # the sign alone on its line, or before the bar
    r"(?<=[xX×*][ \t]1)(?:0{2,}|0{0,2}(?:[.,]000)+)[ \t]*(?P<end>\n)[ \t]*%"
    r"(?=[ \t]*(?:\n|$|[-_─—–]{3}))"
)


def rejoin_counts(chars: list[str]) -> None:
    """``… DPT-HB-Hib, 4 x`` / ``imunisasi polio``: a count inside a name broken at a line's
    end, its word in lower case on the next line, is one count of the name, as on one line
    (``2 x kunjungan``); a scale's number and its percent sign broken apart (``… x 100`` /
    ``% …``) are one scale."""
    text = text_of(chars)
    for found in _COUNT_AT_END.finditer(text):
        chars[found.start("end")] = " "
    for found in _PERCENT_WRAPPED.finditer(text) if "%" in text else ():
        chars[found.start("end")] = " "


def rejoin_hyphenated(chars: list[str]) -> None:
    """``Jumlah Siswa pada jen-`` over ``jang TK/RA``: the word's rest is moved back against
    its start (the text keeps its length: spaces take the place of the hyphen and the line
    break). Not a doubled word (``rapat-`` / ``rapat``), nor a rest in capitals (``e-`` /
    ``KTP``, ``DPT-HB-`` / ``Hib``), which are words of their own. A slash ending a line
    (``mendapat penyuluhan/`` over ``pemeriksaan …``) joins its words as on one line
    (``telepon/ internet``), unless a counting word follows it (a division). The line breaks
    lost, the word stays broken on one line (``yang seha- rusnya memperoleh ban- tuan
    sosial``, dev ``kulonprogo-perbup-10-2011-spm-sosial-github#02`` joined): rejoined alike.
    A time index broken at a line's end (``Realisasi Tahun n-`` / ``1 / …``) is one index.
    The slash spaced from its word (``Jumlah desa /`` over ``kelurahan UCI`` over a bar,
    kulonprogo-perbup-15-2011#03) joins alike when a bar line follows: a stack's numerator."""
    text = text_of(chars)
    for found in _DEGREE_APART.finditer(text) if "nya" in text else ():
        spaces = found.start("rest") - found.end("hyphen")  # "sebanyak- banyaknya": one word
        chars[found.end("hyphen") : found.end("rest")] = list(found.group("rest") + " " * spaces)
    text = text_of(chars)
    for found in _SLASH_AT_END.finditer(text) if "/" in text else ():
        chars[found.start("end")] = " "
        if found.group("hyphen"):  # "desa/-": the export's hyphen, no minus; "desa/ kelurahan"
            word = re.match(r"\S+", text[found.end() :])
            moved = " " + (word.group(0) if word else "")
            end = found.end() + len(moved) - 1
            chars[found.start("hyphen") : end] = [
                *moved,
                *" " * (end - found.start("hyphen") - len(moved)),
            ]
    spaced = (" /\n" in text or " /\t" in text) and _BAR_LINE.search(text)
    for found in _SPACED_SLASH_AT_END.finditer(text) if spaced else ():
        end = text.find("\n", found.end())  # "Jumlah desa /" / "kelurahan UCI" / "____":
        end = len(text) if end < 0 else end  # one name, its next line moved back a character
        moved = "/ " + text[found.end() : end].strip()  # so that the slash is glued to its
        chars[found.start() - 1 : end] = list(moved.ljust(end - found.start() + 1))  # word
    for found in _INDEX_AT_END.finditer(text) if "-" in text else ():
        gap = found.span("gap")  # "n-" / "1": "n-1", the gap after it
        chars[gap[0]] = found.group("digit")
        chars[gap[0] + 1 : found.end("digit")] = " " * (found.end("digit") - gap[0] - 1)
    for found in _SLASH_HYPHEN_JOINED.finditer(text) if "/-" in text else ():
        chars[found.start("hyphen")] = " "  # "desa/- kelurahan": "desa/ kelurahan", one name
    joined = _HYPHENATED_JOINED.finditer(text) if "- " in text or "-\t" in text else ()
    for found in [*_HYPHENATED.finditer(text), *joined]:
        start = found.start()
        head = re.search(r"[^\W\d_]+$", text[:start])
        rest = found.group("rest")
        if head is None or head.group(0).lower() == rest.lower():
            continue
        chars[start : found.end()] = list(rest.ljust(found.end() - start))
