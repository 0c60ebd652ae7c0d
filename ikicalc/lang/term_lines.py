"""A legend whose entries are the formula's own lines, each written again over its definition.

Manual IKU tables drawn with an equation editor (Dishub Jawa Timur, IKU 2014-2019) write the
fraction, then, after ``Dengan :`` and the label's own entry (``f(x) : Persentase …``), each
operand again on a line of its own, as the formula writes it (a ``:`` after it or none), and
its definition on the lines under it::

    waktu tempuh rill AKDP
    f(x) = x 100%
    waktu tempuh sesuai KPS
    waktu tempuh rill AKDP
    waktu tempuh rata – rata angkutan umum antar kota dalam provinsi
    pada kondisi rill
    …

A careful reader finds the entries by the lines that repeat a line of the formula (case,
mathematical italic, ``∑``/``Σ``, ``−``/``-`` aside); each definition runs to the next entry.
The legend is set aside and names the operands (``Σ penguji tersedia``: the whole sum). Works
on the cell's characters in place (the text keeps its length, see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import LIST_MARK, blank
from ikicalc.lang.legend_ends import copulas
from ikicalc.lang.legend_inline import AND_AT_END
from ikicalc.lang.legend_names import closed, sentence_end, without_unit
from ikicalc.lang.terms import SUM_MARK
from ikicalc.names import clean_name
from ikicalc.patterns import lazy

__all__ = ["legend_of_lines"]

_MOST_FORMULA_LINES = 4
_SIGNS = str.maketrans({"∑": "Σ", "∆": "Δ", "−": "-", "–": "-"})
_HEADER = lazy(r"(?i)^[ \t]*(?:dengan|dimana|di[ \t]+mana|keterangan|ket\.?)[ \t]*:?[ \t]*$")
_TITLE = lazy(r"^[ \t]*[^\W\d_]{3,}(?:[ \t]+[^\W\d_]{2,}){0,3}[ \t]*:[ \t]*$")  # "Uraian :"
_LABEL_ENTRY = lazy(r"^[ \t]*[^\W\d_]{1,3}\([^\W\d_]\)[ \t]*(?::|$)")  # "f(x) : Persentase …"


def _key(line: str) -> str:
    plain = unicodedata.normalize("NFKC", line).translate(_SIGNS)
    return " ".join(plain.rstrip().rstrip(":").split()).casefold()


# where an operand of a formula's line ends: an operator, a bracket, a lone x, a colon
_BETWEEN = lazy(r"[()\[\]/÷×*+]|[ \t][-−–][ \t]|(?<![^\W_])[xX](?=[ \t]|\d)|(?<=\S)[ \t]+:[ \t]")
_WORDS = lazy(r"[^\W\d_]{2,}(?:[ \t]+[^\W_]+)+")  # a term of two words or more


def _terms(line: str) -> dict[str, str] | None:
    """The operands of a formula's line after its label (``Σ penguji tersedia``, ``kamar
    yang terjual`` in ``(… + …) / … x 100%``): key → as written; ``None`` when an operand
    is a symbol or a word (``HcTP + Toll Fee + …``: the legend's symbol readers read it)."""
    found: dict[str, str] = {}
    for piece in _BETWEEN.split(line.rsplit("=", 1)[-1]):
        written = " ".join(piece.split())
        bare = written.lstrip("Σ∑Δ∆ ")
        if not re.search(r"[^\W\d_]", bare):
            continue  # "100%", a bracket's side
        if not _WORDS.fullmatch(bare) or re.search(r"\d", bare):
            return None
        found.setdefault(_key(written), written)
    return found


@cache
def _separator() -> re.Pattern[str]:
    """What stands between a term and its name on one line: a sign, a tab, a copula."""
    copula = r"(?i:" + copulas() + r")"
    return re.compile(
        r"(?:[ \t]*(?::=|[=:|→])(?:[ \t]*" + copula + r"(?![^\W_]))?|[ \t]+" + copula
        + r"(?![^\W_])|[ \t]*\t|[ \t]+[–—-](?=[ \t]))[ \t]*"
    )


def _headed(line: str, terms: dict[str, str]) -> tuple[str, str] | None:
    """``Σ penguji tersedia : Jumlah …``, ``1. kamar yang terjual<tab>Jumlah …``: a line
    opened by a term of the formula (after a list's mark), a separator, then its name:
    (the term's key, the name's words); ``None`` when no term opens it so."""
    plain = unicodedata.normalize("NFKC", line).translate(_SIGNS)
    line = line if len(line) == len(plain) else plain
    mark = re.match(r"[ \t]*(?:" + LIST_MARK + r"[ \t]+)?", plain)
    at = mark.end() if mark else 0
    for key in sorted(terms, key=len, reverse=True):
        words = r"[ \t]*".join(re.escape(w) for w in key.split())
        found = re.compile(words, re.IGNORECASE).match(plain, at)
        if found is None or re.match(r"[^\W_]", plain[found.end() : found.end() + 1]):
            continue
        after = _separator().match(plain, found.end())
        if after and after.end() > found.end() and plain[after.end() :].strip():
            return key, line[after.end() :]
    return None


def _divide(chars: list[str], line: re.Match[str], named: set[str]) -> None:
    """``Σ dosis dalam tahunan/opd yang menggunakan data``: a slash with no space between two
    terms the legend names divides (as ``JKT/JSK`` between two symbols of a legend)."""
    cuts = [m for m in _BETWEEN.finditer(line.group(0))]
    edges = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(line.group(0))]
    pieces = [_key(line.group(0)[a:b]) for a, b in zip(edges, ends, strict=True)]
    for number, cut in enumerate(cuts):
        if cut.group(0) == "/" and pieces[number] in named and pieces[number + 1] in named:
            chars[line.start() + cut.start()] = "÷"


# the times a difference spans after its name: "Δ Laka … thn (n−1)−n"
_SPAN = lazy(r"\)[ \t]*(?P<sign>[-−–])[ \t]*(?=[^\W\d_]{1,2}(?![^\W_])|\d)")


def _spanned(chars: list[str], lines: list[re.Match[str]], keys: list[str], key: str) -> str:
    """``Δ Laka Ank Umum thn (n−1)−n`` (jatim-dishub-iku-2014-2019#02), a formula's line
    that an entry of the legend names whole: a Δ opens a difference named as one quantity,
    the times it spans (``(n−1)−n``) are its name's, no subtraction. The sign becomes a space
    in the cell's characters; the line as the grammar now reads it (``""``: not found)."""
    at = keys.index(key) if key in keys else -1
    if at < 0:
        return ""
    line = lines[at]
    for found in _SPAN.finditer(line.group(0)):
        chars[line.start() + found.start("sign")] = " "
    return " ".join("".join(chars[line.start() : line.end()]).split())


def legend_of_lines(chars: list[str], notes: list[str]) -> dict[str, str]:
    """The entries under the formula that repeat its lines or its terms of words (see
    module): blank the legend, return the formula's term → its definition; ``{}`` when the
    cell is not written so."""
    text = text_of(chars)
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    if len(lines) < 4:
        return {}
    keys = [_key(m.group(0)) for m in lines]
    operands: dict[str, str] = {}
    start = None
    spelled: dict[str, str] | None = {}  # None once an operand is no term of words
    for at in range(1, min(len(lines), _MOST_FORMULA_LINES + 1)):
        read = _terms(lines[at - 1].group(0)) if spelled is not None else None
        spelled = None if read is None or spelled is None else spelled | read
        operands = spelled or {}
        if keys[at] in keys[:at] or keys[at] in operands or _HEADER.match(keys[at]):
            start = at
            break
    if start is None or (start < 2 and not operands):
        return {}
    if len(lines) < 5 and not _HEADER.match(keys[start]):  # "A" / "---- x 100%" / "A" / note
        return {}
    if start > 2 and _TITLE.match(lines[start - 1].group(0)):  # "Uraian :" over the entries
        start -= 1
    terms = {
        keys[at]: lines[at].group(0) for at in range(start) if re.search(r"[^\W\d_]{3}", keys[at])
    }
    terms |= {k: v for k, v in operands.items() if k not in terms}
    heads = {at: (keys[at], "") for at in range(start, len(lines)) if keys[at] in terms}
    heads |= {  # "∑ kematian yang telah dilengkapi =" over its name: a term's entry
        at: (keys[at].rstrip(" ="), "")
        for at in range(start, len(lines))
        if at not in heads and keys[at].rstrip(" =") in operands
    }
    for at in range(start, len(lines)) if operands else ():
        if at not in heads and (head := _headed(lines[at].group(0), terms)) is not None:
            heads[at] = head  # "kamar yang terjual<tab>Jumlah kamar …": the name after it
    entries = sorted(heads)
    if len(entries) < 2 and not (entries and len(terms) == 1):
        return {}
    legend: dict[str, str] = {}
    for this, after in zip(entries, [*entries[1:], len(lines)], strict=True):
        key, first = heads[this]
        body = [first, *(lines[at].group(0) for at in range(this + 1, after))]
        label = next((i for i, line in enumerate(body) if _LABEL_ENTRY.match(line)), None)
        body = body[:label] if label is not None else body  # "f(x) : …" after the last entry
        name = sentence_end(clean_name(" ".join(body))).rstrip(" .;,")
        name = closed(AND_AT_END.sub("", without_unit(name)))  # "… (orang);", "…; dan"
        if not re.search(r"[^\W\d_]{2}", name):
            return {}
        written = " ".join(terms[key].split())
        if written[:1] in "Σ∑":  # "Σ penguji tersedia": the definition names the whole sum
            written = SUM_MARK + written[1:].strip()
        elif written[:1] in "Δ∆" and _SPAN.search(written):
            written = _spanned(chars, lines, keys[:start], key) or written
        legend[written] = name
    named = {key for key, _ in heads.values()}
    for at in range(start) if "/" in text else ():
        _divide(chars, lines[at], named)
    blank(chars, lines[start].start(), len(chars))
    notes.append("the formula's lines are named by the entries under it: " + ", ".join(legend))
    return legend
