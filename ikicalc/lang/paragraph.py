"""A sentence that a narrow column or a PDF's text wrapped over several lines: one line.

Formulas said in words (``… dihitung dengan membagi jumlah angkatan kerja yaitu penduduk usia
15 tahun ke atas … dengan total penduduk usia kerja …, kemudian hasilnya dikalikan seratus
persen``) reach ikicalc as the document's column left them: broken every 40 to 60
characters, wherever a word did not fit. The breaks mean nothing, but the layout passes read
line breaks as layout (the lines of a stacked fraction, a legend's entries, a closing
sentence). A careful reader sees a paragraph: lines of about the same length, each ending
mid-sentence, no bar, no legend, the operation said in words. :func:`join_wrapped` turns
those breaks into spaces (the text keeps its length, see :mod:`ikicalc.lang.layout`), before
any pass reads the lines. A cell whose lines carry layout keeps them: a bar or a line that is
only a scale (a stacked fraction), a line opened by a symbol and ``=`` or ``:`` (a legend),
a list number, a line ending with a scale in signs or a number alone on a line (a stack's
middle line and denominator), a short line before the last (a stack's middle line, a
heading), the sentence on the last line after one that ended (a closing sentence, ``Data
bersumber dari …``). A sentence that ends with another line goes on on the same line, as
the column's text had it (``… dengan bobotnya. Semakin tinggi …``).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import BAR
from ikicalc.lang.listed import announced_before
from ikicalc.lang.markup import plain_markup
from ikicalc.lang.operator_words import said
from ikicalc.lang.restated import field_in_brackets, in_aliases
from ikicalc.lang.symbol_font import symbol_signs
from ikicalc.lang.typos import mended
from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = ["as_sent", "join_waiting", "join_wrapped", "plain_lines", "plain_spaces", "plain_text"]


@cache
def _said() -> re.Pattern[str]:
    """The operation said in words, inside a line: an operator word of ``[grammar]``, a noun
    or verb of ``[prose] operation_words``, a ratio's words."""
    nouns = "|".join(str(word) for word in names_data()["prose"]["operation_words"])
    return re.compile(
        r"(?i)(?<![^\W_])(?:"
        + said("/×+-", plain=True)
        + "|"
        + nouns
        + r"|terhadap|persentase|rasio|proporsi)(?![^\W_])"
    )


# a line that carries layout: a legend's entry ("x = …", "A : …", "a. …"), a list number, a
# bullet, a scale alone ("x 100%"), a label's '=' alone, an introducer
_LAYOUT_LINE = lazy(
    # a list number or a bullet opening a line after the first (not a regulation's "(1)"
    # opening the paragraph, nor "(2) huruf a" after "… pada ayat")
    r"(?im)(?<!ayat)(?<!pasal)(?<!huruf)(?<!angka)\n[ \t]*(?:[a-z][.)]|\d{1,2}[.)]|\(\w{1,3}\)"
    r"|[-•●▪*])[ \t]|^[ \t]*[-•●▪*][ \t]"
    r"|^[ \t]*(?:[^\W\d_][\w']{0,11}[ \t]*"
    r"(?:\([^()\n]{1,8}\))?[ \t]*[=:](?![^\n]*[=:][ \t]*$)|[xX×*][ \t]*\d|=|"
    r"(?:keterangan|ket\.|dimana|di[ \t]+mana|dengan[ \t]*:|catatan|sumber|rumus|formula)"
    r"(?![^\W_]))"
    # a line before another that ends with a scale in signs: a stack's numerator and middle
    r"|(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*%?[ \t]*\n"
    # a line that is a number alone: a stack's denominator
    r"|\n[ \t]*\d[\d.,]*[ \t]*$"
)
# the rest of a word broken at the line's end with no hyphen ("dikali" / "kan dengan")
_SUFFIX = lazy(r"[ \t]*(?:kan|an|nya)(?![^\W_])")
_SHORTEST = 0.45
"""A line before the last shorter than this share of the longest is layout, not wrapping."""
_WIDEST = 16
"""The longest line of a wrapped paragraph holds at least this many characters."""


# a heading line that ends with a colon, then two lines or more (a paragraph under it)
_HEADING_LINE = lazy(r"\A[ \t]*[^\W\d_][^\n:]*:[ \t]*\n(?=[^\n]*\S[^\n]*\n[^\n]*\S)")
# a sum or a difference that goes on over the line break: "… + Bunga +" / "Biaya Lain"
_SIGN_AT_BREAK = lazy(r"(?<=\s[+\-−–])[ \t]*\n|(?<=\s\+)\n|\n(?=[ \t]*\+\s)")


@cache
def _waiting() -> frozenset[str]:
    """The words no name ends with (``data/legends.toml``, ``[notes] entry_connectors``):
    ``yang``, ``di``, ``jumlah``, ``seluruh`` … wait for more; so do the abbreviations of a
    place or a number (``[wrapping] abbreviations`` of ``data/names.toml``: ``kab.``)."""
    raw = resources.files("ikicalc").joinpath("data", "legends.toml").read_text("utf-8")
    # "rata-rata" / "(A)": a mean's word before its bracket keeps the break of a name
    connectors = frozenset(tomllib.loads(raw)["notes"]["entry_connectors"]) - {"rata-rata"}
    return connectors | {str(w) for w in names_data()["wrapping"]["abbreviations"]}


# the break after a line that ends waiting for more: a word no name ends with, an operator
_WAITING_BREAK = lazy(
    r"(?m)(?:(?<![^\W\d_])(?P<word>[^\W\d_][\w.'/-]*)|(?<=\s)[/÷×*+])[ \t]*\n"
    # not before a line that carries layout: a legend's entry, a scale, a number, a list's mark
    r"(?![ \t]*(?:\n|$|[^\W\d_][\w']{0,11}[ \t]*[=:]|[xX×*=][ \t]*\d|\d[\d.,]*[ \t]*%?[ \t]*$"
    r"|[a-z0-9][.)][ \t]|[-•●▪][ \t]))"
)
# a stacked fraction's lines: the middle line's "=" or scale alone on a line
_STACKED = lazy(r"(?m)^[ \t]*(?:=|[xX×*][ \t]*\d[\d.,]*[ \t]*%?[ \t]*$)")


def join_waiting(chars: list[str]) -> None:
    """A line that ends waiting for more (``… / Total`` / ``Pendapatan Operasi``, ``… dalam``
    / ``kurun waktu …``, ``Jumlah A /`` / ``Jumlah B``) goes on on the next line: a narrow
    column broke it there, wherever it is (PDF tables wrap at 20 to 45 characters). Not in a
    stacked fraction's lines (a bar, an ``=`` or a scale alone on a line), and never before
    a line that carries layout of its own (a legend's entry, a scale, a list's mark)."""
    text = text_of(chars)
    if BAR.search(text) or _STACKED.search(text):
        return
    waiting = _waiting()
    for found in _WAITING_BREAK.finditer(text):
        word = found.group("word")
        if word is not None and word.lower() not in waiting:
            continue
        chars[found.start() + found.group(0).index("\n")] = " "


# the spaces of word processors and web pages that are not ASCII's: no-break (Word's "x 100 %",
# HTML's &nbsp;), narrow no-break, figure, thin, en, em, ideographic; a byte order mark
_SPACES = str.maketrans(dict.fromkeys("\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                                      "\u2008\u2009\u200a\u202f\u3000\ufeff", " "))  # fmt: skip


def plain_spaces(text: str) -> str:
    """``text`` with the line ends of Windows (``\\r\\n``) and old Macs (``\\r``) as ``\\n``
    and every other space (``_SPACES``) as ASCII's, the same length (``\\r\\n`` becomes ``
    \\n``): a cell pasted from Word or Excel, or sent by a web form, reads as the same cell
    typed plainly, and every caret still points into it. The blanks after the cell's text
    (an Excel cell's line break at its end) and before it are spaces: no line stands there;
    but a line of spaces before lines sets where their columns stand, and stays."""
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = text if text.isascii() else text.translate(_SPACES)
    if text[:1].isspace() or text[-1:].isspace():  # an Excel cell's "\n" at its end
        head, tail = len(text) - len(text.lstrip()), len(text.rstrip())
        if tail <= head:  # blanks only
            return " " * len(text)
        blank_lines = text[: text.rfind("\n", 0, head) + 1]
        if "\n" in text[head:tail] and blank_lines.strip("\n"):  # a line of spaces before
            head = 0  # the lines (pdfplumber's layout text): it sets where the columns stand
        if not (text[:head] + text[tail:]).strip(" "):
            return text
        text = " " * head + text[head:tail] + " " * (len(text) - tail)
    return text


def plain_lines(text: str) -> str:
    """``text`` as :func:`plain_spaces` gives it, and without the blanks a line ends with
    before its break (PDF text: ``… di kabupaten/ \nkota …``, ``x 100% \n``): no column
    stands there, and a blank left there joined ``kabupaten/`` and ``kota`` across two blanks,
    a column's gap. What the parser and ``lint`` read (shorter than the cell where it drops
    them: carets point into the text as read, which the excerpt shows); a run of one mark or of
    blanks longer than :data:`LONGEST_RUN` cut to its first ``LONGEST_RUN`` characters."""
    text = plain_spaces(text)
    if " \n" in text or "\t\n" in text:
        text = _LINE_END_BLANKS.sub("\n", text)
    if len(text) > LONGEST_RUN:
        text = _LONG_RUN.sub(lambda run: run.group(0)[:LONGEST_RUN], text)
    return text


# A run of one mark (or of two in turn), or of blanks, longer than any line of a page says no
# more than its first LONGEST_RUN characters: a bar of 5 000 dashes is a bar, a gap of 5 000
# tabs a gap (PDF's layout text is under 200 characters wide; the longest run of the corpora is
# 93 '_'). The rest is dropped, so that no expression of the layout walks it once a character
# (a cell of pasted filler read in seconds, the square of the run's length: session 26's probe).
LONGEST_RUN = 200
_LONG_RUN = lazy(
    rf"([\W_])\1{{{LONGEST_RUN},}}|([\W_]{{2}})\2{{{LONGEST_RUN // 2},}}"  # "----", "= = ="
    rf"|(?<![ \t])[ \t]{{{LONGEST_RUN + 1},}}"  # blanks and tabs
)


def as_sent(sent: str, read: str, offset: int) -> int:
    """Where the character at ``offset`` of ``read`` stands in ``sent``: ``read`` is ``sent``
    (as :func:`plain_spaces` gives it: the same length as the cell) with characters dropped
    (a soft hyphen, the blanks before a line's break, a long run's tail), so each character
    of ``read`` is the next equal one of ``sent``. Linear; an offset at the end of ``read`` is
    the end of ``sent``."""
    at = 0
    for char in read[:offset]:
        found = sent.find(char, at)
        if found < 0:  # not a copy with characters dropped: the offset as it is
            return min(offset, len(sent))
        at = found + 1
    if offset >= len(read):
        return len(sent)
    found = sent.find(read[offset], at)
    return found if found >= 0 else min(offset, len(sent))


# blanks before a line's break, after its text or on a line between two (a line of blanks
# that opens the cell stays: see plain_spaces)
_LINE_END_BLANKS = lazy(r"(?<=[^ \t])[ \t]++\n")


def plain_text(chars: list[str]) -> None:
    """What applications and narrow columns did to the cell's text, undone before any pass
    reads it: the HTML of an application's editor (:mod:`ikicalc.lang.markup`), a formula in
    brackets under a field's title after the indicator's name (:func:`.restated.field_in_brackets`),
    a sentence wrapped over lines (:func:`join_wrapped`); the Symbol font's signs as PDF text
    gives them (:mod:`ikicalc.lang.symbol_font`)."""
    text = text_of(chars)
    if not text.isascii() and max(text) >= "\uf000":
        symbol_signs(chars)  # "%PRTC \uf03d Realisasi / Rencana X 100%": '=' in the Symbol font
    if "&" in chars or "<" in chars:
        plain_markup(chars)
    if ":" in chars and "\n" in chars:  # "Perolehan dana melalui:" / "- …" / "- …" / "PDL = …"
        announced_before(chars)
    field_in_brackets(chars)  # "Indeks Desa (ID) (Formula : Nilai … dibagi Jumlah …)"
    if ")" in chars:
        in_aliases(chars)  # "A (JKT) dibagi B (JSK)" / "JKT/JSK X 100%": said twice
    join_wrapped(chars)
    if "\n" in chars:
        join_waiting(chars)  # "Total Biaya operasi / Total" / "Pendapatan Operasi"


def join_wrapped(chars: list[str]) -> None:
    """Turn the line breaks of a wrapped paragraph into spaces (see the module), and every
    break next to a spaced ``+`` or after a spaced minus: the sum goes on. A heading on the
    first line that ends with a colon (``Indikator ini dihitung dengan rumus sebagai
    berikut:``) keeps its line; the paragraph under it is read as one on its own."""
    text = text_of(chars)
    heading = _HEADING_LINE.match(text)
    if heading is not None:
        under = chars[heading.end() :]
        join_wrapped(under)
        chars[heading.end() :] = under
        return
    signed = "+" in text or "-" in text or "−" in text or "–" in text
    if signed and not BAR.search(text):  # a bar: a stack's lines, the sign its numerator's
        for found in _SIGN_AT_BREAK.finditer(text):
            chars[found.start() + found.group(0).index("\n")] = " "
        text = text_of(chars)
    if "\n" not in text.strip() or not (_said().search(text) or _said().search(mended(text))):
        return
    if _LAYOUT_LINE.search(text) or BAR.search(text):
        return
    lines = text.rstrip().split("\n")
    widths = [len(line.rstrip()) for line in lines]
    if max(widths) < _WIDEST or any(not line.strip() for line in lines):
        return  # a blank line: paragraphs, kept apart
    if any(width < _SHORTEST * max(widths) for width in widths[:-1]):
        return
    if any(line.rstrip().endswith(":") for line in lines[:-1]):
        return  # "… dengan formula sebagai berikut:" / the formula's own lines
    end = 0
    for index, line in enumerate(lines[:-1]):
        end += len(line)
        closing = index == len(lines) - 2 and line.rstrip().endswith(".")
        broken = _SUFFIX.match(lines[index + 1])  # "dikali" / "kan": lang/typos.py joins it
        if not broken and not (closing and lines[-1].lstrip()[:1].isupper()):
            chars[end] = " "  # not "… lalu." / "Data bersumber …": a closing sentence
        end += 1
