"""What a careful reader does where the grammar gives up: set aside the prose around a formula.

A cell that plainly holds a formula (an operator between words) sometimes also holds a
sentence the layout passes did not foresee: a remark after it (``… x 100.000; semakin rendah
semakin baik``, ``… dikali 100 persen, dengan target minimal 90 persen``, ``… "Semakin
rendah semakin baik"``), a heading before it (``Capaian kinerja; Realisasi / Target x
100%``). The grammar stops there. :func:`recover` is tried only then, on the failure path (the
common path pays nothing): it blanks the clause the grammar stopped in when that clause is
prose (words, no operator) and the rest is a formula with an operator, and reads again. The
reading is a guess, recorded as a :class:`~ikicalc.lang.formula.Reading` (lint ``W110``). A
cell that is truly broken (``A + ``, ``A / / B``, ``A ^ 2``, code) is left to its error:
what would be set aside is not prose, or what is left has no operator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from ikicalc.i18n import N_
from ikicalc.lang import listed as _listed
from ikicalc.lang import name_marks as _marks
from ikicalc.lang.amounts import multiplier_words
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import blank, divides, operator
from ikicalc.lang.operator_words import said
from ikicalc.lang.rates import REASON_FACTOR_UNIT, factor_unit
from ikicalc.names import condition_words, counting_spellings
from ikicalc.patterns import lazy

__all__ = [
    "REASON_AFTER",
    "REASON_BEFORE",
    "REASON_CONDITION",
    "REASON_GLUED",
    "REASON_LABEL",
    "REASON_LABEL_AFTER",
    "REASON_LISTED",
    "REASON_NAMED",
    "REASON_STRAY",
    "REASON_UNCLOSED",
    "REASON_UNIT",
    "REASON_UNOPENED",
    "recover",
]

REASON_AFTER = N_(
    "the grammar stopped at a clause after the formula that holds words and no operator; "
    "it was set aside as a remark"
)
REASON_LISTED = N_(
    "a numbered list after a quantity, with the formula going on after it, lists what the "
    "quantity includes: it is part of its name"
)
REASON_UNIT = N_(
    "the word after a number that divides is the number's unit (… / 12 bulan); it was set aside"
)
REASON_STRAY = N_(
    "quotes or marks inside a name are no part of a formula; they were set aside"
)
REASON_UNOPENED = N_(
    "a ')' that closes no bracket, in words between operators, is a slip of the writer; "
    "it was set aside"
)
REASON_UNCLOSED = N_(
    "the list of a mean ('rata-rata (A, B, C') lost its ')'; it was closed where the list ends"
)
REASON_LABEL = N_(
    "the words before '=' or ':' name the formula; what they hold (a figure, a sign) was not read"
)
REASON_CONDITION = N_(
    "the grammar stopped after the condition a regulation states before the amount "
    "('Apabila …, maka'); it was set aside"
)
REASON_NAMED = N_(
    "the words before a bracket that computes name what it computes; they were set aside"
)
REASON_GLUED = N_(
    "an 'x' glued between a number and a letter is the product of the two; read as such"
)
REASON_LABEL_AFTER = N_(
    "an equation of symbols opened by '=' with words after it: the words are its label, "
    "moved after it; they were set aside"
)
REASON_BEFORE = N_(
    "the grammar stopped at the end of words before the formula that hold no operator; "
    "they were set aside as a heading"
)

# where a clause of prose starts (after the formula) or ends (before it)
_OPENS = ";,.\"“”‘'(\n:"
_ENDS = lazy(r"[;:.\n]")
_WORD = lazy(r"[^\W\d_]{3,}")
# an operation in prose: an operator, a spaced sign, an equals sign
_SIGN = lazy(r"[=+/÷×*^<>|&\\$]|\s[-−–]\s")
# lines under a formula may name things ("Pi = Persentase …") but compute nothing
_LINE_SIGN = lazy(r"[+/÷×*^<>|&\\$]|\s[-−–]\s")
_ATTEMPTS = 4
# a line under the formula that notes or names something: "Ket:", "Pi = …", "Sumber …"
_NOTE_LINE = lazy(
    r"(?i)[ \t]*(?:[^\n:=]{1,40}[:=]|(?:keterangan|ket|catatan|sumber|dimana|di[ \t]+mana|"
    r"semakin|data|target|satuan|standar|nb)\b)"
)


@cache
def _counted_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(counting_spellings()))
    return re.compile(r"(?i)\s*(?:" + words + r")(?![^\W_])")


# "… x BPK. (2) Rumus sebagaimana dimaksud …": the number of the regulation's next paragraph
# (OCR: "(21") opens a clause of prose
_PARAGRAPH_NUMBER = lazy(r"^\d{1,2}[)\]1l]?[ \t]+(?=[^\W\d_])")


def _prose(piece: str, signs: re.Pattern[str] | None = None) -> bool:
    """Whether ``piece`` reads as a clause of prose: words, no operator and no sign."""
    body = _PARAGRAPH_NUMBER.sub("", piece.strip(" \t\n" + _OPENS + ")”’"), count=1)
    return (
        bool(body)
        and body[0].isalpha()
        and not _counted_pattern().match(body)  # "Jumlah pegawai …" is a quantity
        and len(_WORD.findall(body)) >= 2
        and not operator().search(body)
        and not (signs or _SIGN).search(body)
    )


def _computes(piece: str) -> bool:
    """Whether ``piece`` holds an operator said or written between quantities (not the
    layouts that only suggest one: a bracket after a number, a bar)."""
    return any(
        not found.group(0)[:1].isdigit() and found.group(0)[:1] not in ")]-_=.…<"
        for found in operator().finditer(piece)
    ) or bool(re.search(r"\s[-−]\s|\+", piece))


# marks after the formula's percent ("100%/."); the unit after a whole formula ("} Rp/tahun.")
# is the salvage's (flat's lang/salvage.py)
_MARKS_AFTER = lazy(r"(?<=%)[/\\|*,;:]+[ \t.]*$")


def _after(text: str, at: int) -> Iterator[tuple[int, str]]:
    """Candidates that set aside the clause at ``at`` and all after it."""
    tail = _MARKS_AFTER.search(text)
    if tail and tail.start() <= at + 1 and _computes(text[: tail.start()]):
        chars = list(text)
        blank(chars, tail.start(), len(chars))
        yield tail.start(), text_of(chars)
        return
    start = max(text.rfind(c, 0, at + 1) for c in _OPENS)
    line = text.rfind("\n", 0, at + 1)
    for begin in dict.fromkeys(b for b in (start, at, line) if 0 < b <= at):
        if text[begin - 1 : begin].isdigit() and text[begin + 1 : begin + 2].isdigit():
            continue  # "/ 1,5 penduduk": a decimal comma opens no clause
        signs = _LINE_SIGN if begin == line else None
        if begin == line and not _NOTE_LINE.match(text, begin + 1):
            continue  # a line of its own under a formula: only a note or a legend
        if _prose(text[begin:], signs) and _computes(text[:begin]):
            chars = list(text)
            blank(chars, begin, len(chars))
            yield begin, text_of(chars)


def _before(text: str, at: int) -> Iterator[tuple[int, str]]:
    """Candidates that set aside the words before the formula, up to the end of the clause
    the grammar stopped in."""
    found = _ENDS.search(text, at)
    if found is None or _counted_pattern().match(text):  # "Jumlah ASN …" opens a quantity
        return
    end = found.end()
    rest = text[end:]
    if _prose(text[:end]) and divides().search(rest) and _WORD.search(rest):
        chars = list(text)
        blank(chars, 0, end)
        yield end, text_of(chars)


# "… dibagi 10 Kecamatan dikali 100%", "Total belanja / 12 bulan", "(nilai 100) : 12 indikator":
# a number that divides, with its unit after it
@cache
def _divisor_unit_pattern() -> re.Pattern[str]:
    # (a stack's denominator over its unit, "x 100 %" / "100 ton", is the layout's:
    # stacking._unit_of_number); a word that multiplies the number stays ("/ 1 juta jiwa")
    return re.compile(
        r"(?i)(?P<sign>(?<=\s)[/÷:](?=[ \t])|/|÷"
        r"|\b(?:dibagi|bagi|dibandingkan)(?:[ \t]+dengan)?)"
        r"[ \t]*\d[\d.,]*(?:[ \t]+(?:" + multiplier_words() + r")(?![^\W_]))?"
        r"[ \t]+(?P<unit>(?!(?:dikali|kali|di[ \t]+kali)(?![^\W_]))[^\W\d_]{2,}"
        r"(?:[ \t]+(?!(?:dikali|kali)(?![^\W_]))[^\W\d_]{2,})?)"
        r"(?=[ \t]*(?:$|\n|[)\]]|[xX×*](?![^\W\d_])|\b(?:dikali(?:kan)?|kali)\b))"
    )


def _divisor_unit(text: str, at: int) -> Iterator[tuple[int, str]]:
    """Candidates that set aside the unit of a number that divides, where the grammar
    stopped at it."""
    pattern = _divisor_unit_pattern()
    for found in pattern.finditer(text) if re.search(r"\d[ \t]+[^\W\d_]", text) else ():
        if found.start("sign") <= at <= found.end("unit"):
            chars = list(text)
            blank(chars, *found.span("unit"))
            if found.group("sign") == ":":
                chars[found.start("sign")] = "/"
            yield found.start("unit"), text_of(chars)
            return


# quotes and marks inside a name ("Jumlah dokumen “tepat waktu” / …", "… No. #12"): a word
# stands right before the first one
_STRAY = "\"“”‘’'«»#°"
_STRAY_IN_NAME = lazy(r"[\"“”‘’'«»#°](?=[ \t]*[^\W_])|(?<=[^\W_])[ \t]*[\"“”‘’'«»#°]")


def _strays(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate with the quotes and marks inside names blanked, where the grammar stopped
    at one of them after a word."""
    if text[at : at + 1] not in _STRAY or not re.search(r"[^\W_][ \t]*$", text[:at]):
        return
    chars = list(text)
    for found in _STRAY_IN_NAME.finditer(text):
        blank(chars, found.end() - 1, found.end())
    yield at, text_of(chars)


# brackets in a cell: an unopened ')' is found by counting them
_BRACKETS = {"(": 1, ")": -1}


def _unopened(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate with the ``)`` the grammar stopped at blanked, where it closes no bracket
    and follows a word or a number ("… dibagi jumlah seluruh bayi selama kurun waktu yang
    sama) dikali 100%", "… SKP Bulan tsb / 26.3) x 100")."""
    if text[at : at + 1] != ")" or not re.search(r"(?:[^\W\d_]{3,}|\d)[ \t]*$", text[:at]):
        return
    if not text[at + 1 :].strip() or sum(_BRACKETS.get(c, 0) for c in text[:at]) != 0:
        return
    chars = list(text)
    blank(chars, at, at + 1)
    yield at, text_of(chars)


# "rata-rata (A, B," / "rata − rata (A, B": the opening of a mean's list of items
_MEAN_LIST = lazy(r"(?i)\b(?:rata(?:-|[ \t]*[−–][ \t]*)rata|rerata)(?:[ \t]+dari)?[ \t]*\(")


def _unclosed(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate with the ``)`` a mean's list lost put back where the list ends, where the
    grammar reached the end of the formula with that one bracket open ("KKP = rata − rata
    (Tingkat Kecukupan Personil, …,\ndan Tingkat Pengelolaan SDM")."""
    end = len(text.rstrip())
    if at < end or text[end:end + 1] == "":
        return
    opened = _MEAN_LIST.search(text)
    if opened is None or "," not in text[opened.end() : end]:
        return
    if sum(_BRACKETS.get(c, 0) for c in text[opened.end() : end]) != 0:
        return
    chars = list(text)
    chars[end] = ")"
    yield end, text_of(chars)


# the words that name a formula, before its '=', with a figure or a sign of their own:
# "Rasio Dokter per 100.000 penduduk = …", "Persentase (%) ASN yang disiplin = …"
_LABEL = lazy(r"\s*[%(]?[^\W\d_][^=+*×÷^;?!|&<>]*?(?<![ \t][-/:])[ \t]*(?P<sign>=(?!=)|:)")


def _label(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate with the label before the formula's one ``=`` blanked, where the grammar
    stopped inside it or at its ``=``."""
    found = _LABEL.match(text) if "=" in text or ":" in text else None
    heading = _NAME_LINE.match(text) if text.count("=") == 2 else None
    if heading is not None and at > heading.end():  # "Prosentase Kerusakan Atap =" / "%Luas C
        chars = list(text)  # = (Luas C / Luas Total) x 100%": the name said twice
        blank(chars, 0, heading.end())
        yield heading.end(), text_of(chars)
        return
    if found is None or text.count(found.group("sign")) != 1:
        return
    if at >= found.end() or not _WORD.search(found.group(0)):
        return
    rest = text[found.end() :]
    if _computes(rest) and _WORD.search(rest):
        chars = list(text)
        blank(chars, 0, found.end())
        yield found.end(), text_of(chars)


# a line of words ending in "=" over a labelled formula: the indicator's name, then the formula's
_NAME_LINE = lazy(r"^[ \t]*[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,8}[ \t]*=[ \t]*\n")


# "(1) Apabila pegawai tewas dan tidak meninggalkan isteri/suami ataupun anak, maka 20% …":
# the condition a regulation states before the amount
_CONDITION = lazy(
    r"(?i)^[ \t]*(?:\(\d{1,2}\)[ \t]*)?(?:" + condition_words() + r"|dalam[ \t]+hal)\b"
    r"[^;:\n=]*?,[ \t\n]*maka\b"
)
# an operation in the condition: a sign with spaces, an operator word (not a slash inside a
# word: "isteri/suami")
_CONDITION_COMPUTES = lazy(r"[=+÷×*]|\s[/:−–-]\s|(?i:\b" + said(plain=True) + r"\b)")


def _condition(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate with the condition before the formula set aside (``Apabila …, maka``),
    where the grammar stopped after it."""
    found = _CONDITION.match(text)
    if found is None or found.end() > at or _CONDITION_COMPUTES.search(found.group(0)):
        return
    chars = list(text)
    blank(chars, 0, found.end())
    yield found.end(), text_of(chars)


# the words of a name before a bracket, back to the last sign or bracket; a label of its own
# line ending in ':' above the formula ("Biaya Operasional :")
_LABEL_LINE = lazy(r"^\s*[^\W\d_][^()=+/÷×*:;]*?[ \t]*:[ \t]*(?=\n)")


def _opened_at(text: str, at: int) -> int | None:
    """Where the innermost bracket still open at ``at`` opens, or ``None``."""
    depth = 0
    for index in range(at - 1, -1, -1):
        char = text[index]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                return index
            depth -= 1
    return None


def _named_bracket(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate with the words that name a bracket set aside, where the grammar stopped at
    an operation inside it (``(Biaya operasional per bulan (Gaji Pegawai + … ))/ Jumlah Unit
    Hunian``: a bracket after a name continues the name, unless it computes), and a label
    on its own line above (``Biaya Operasional :``) with them."""
    opened = _opened_at(text, at)
    if opened is None or not _computes(text[opened : at + 1]):
        return
    name = _marks.name_before(text, opened)
    if name is None:
        return
    chars = list(text)
    blank(chars, name.start(), opened)
    label = _LABEL_LINE.match(text, 0, name.start())
    if label is not None:
        blank(chars, 0, label.end())
    yield name.start(), text_of(chars)


# "((2xa)+b)/3": the x of a product glued between a number and a one-letter symbol
_NUMBER_TIMES = lazy(r"(?<=\d)[xX](?=[^\W\d_](?![^\W_]))")


def _unglued(chars: list[str], start: int, end: int) -> None:
    for found in _NUMBER_TIMES.finditer(text_of(chars), start, end):
        chars[found.start()] = "×"


def _glued_times(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate with the ``x`` glued between a number and a letter read as the product
    (``(2xa)+b``), where the grammar stopped at it."""
    if not _NUMBER_TIMES.search(text, max(at - 2, 0), at + 2):
        return
    chars = list(text)
    _unglued(chars, 0, len(chars))
    yield at, text_of(chars)


# "… memperlihatkan tingkat kepuasan mahasiswa hasil pengukuran tersebut Skor = ((2xa)+b)/3":
# an equation that closes a long text: its one-word label, '=', an expression with signs
_LAST_EQUATION = lazy(
    r"(?<=\s)(?P<label>[A-Z][^\W_]{0,15})[ \t]*=[ \t]*(?P<expr>[^=\n]*?[+/÷×*][^=\n]*?)[ \t.]*$"
)


def _equation_at_end(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate with all before the equation that ends the cell set aside, where the
    grammar stopped in the words before it and those hold no ``=``."""
    found = _LAST_EQUATION.search(text) if "=" in text else None
    if found is None or at >= found.start() or "=" in text[: found.start()]:
        return
    if len(_WORD.findall(text, 0, found.start())) < 5:
        return
    chars = list(text)
    blank(chars, 0, found.start())
    _unglued(chars, found.start("expr"), found.end("expr"))
    yield found.start(), text_of(chars)


# "= N x K x I x C x B Biaya Hak Penggunaan Izin Pita Spektrum Frekuensi Radio" (PP 76/2010):
# the label of an equation of symbols, moved after it by the export
_LABEL_AFTER = lazy(
    r"^[ \t]*=[ \t]*(?P<expr>[A-Z][A-Za-z]{0,3}(?:[ \t]*(?:[xX×*/+]|[ \t]-)[ \t]*"
    r"[A-Z][A-Za-z]{0,3})+)[ \t]+(?P<label>[A-Z][^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){1,12})"
    r"[ \t.]*$"
)


def _label_after(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate with the leading ``=`` and the words after an equation of symbols set
    aside (the label the export moved after it), where the grammar stopped at the ``=``."""
    found = _LABEL_AFTER.match(text) if at == len(text) - len(text.lstrip()) else None
    if found is None or operator().search(found.group("label")):
        return
    chars = list(text)
    blank(chars, 0, found.start("expr"))
    blank(chars, found.end("expr"), len(chars))
    yield found.end("expr"), text_of(chars)


def recover(text: str, at: int, attempt: Callable[[str], Any]) -> tuple[Any, Reading] | None:
    """Read ``text`` (a laid-out cell the grammar refused at offset ``at``) again with the
    clause of prose it stopped in set aside: ``(attempt's result, the guess)``, or ``None``
    when nothing may be set aside or the rest does not read either. ``attempt`` parses a
    laid-out text of the same length or raises."""
    if not _computes(text) and not _divisor_unit_pattern().search(text):
        return None
    tried = 0
    for candidates, reason, after in (
        (_listed.candidates(text, at), REASON_LISTED, None),
        (_divisor_unit(text, at), REASON_UNIT, None),
        (factor_unit(text, at), REASON_FACTOR_UNIT, None),
        (_strays(text, at), REASON_STRAY, None),
        (_marks.exclaimed(text, at), _marks.REASON_EXCLAIMED, None),
        (_marks.percent_in_name(text, at), _marks.REASON_PERCENT, None),
        (_unopened(text, at), REASON_UNOPENED, None),
        (_unclosed(text, at), REASON_UNCLOSED, None),
        (_named_bracket(text, at), REASON_NAMED, None),
        (_glued_times(text, at), REASON_GLUED, None),
        (_label_after(text, at), REASON_LABEL_AFTER, True),
        (_label(text, at), REASON_LABEL, False),
        (_condition(text, at), REASON_CONDITION, False),
        (_after(text, at), REASON_AFTER, True),
        (_before(text, at), REASON_BEFORE, False),
        (_equation_at_end(text, at), REASON_BEFORE, False),
    ):
        for cut, candidate in candidates:
            tried += 1
            if tried > _ATTEMPTS:
                return None
            try:
                result = attempt(candidate)
            except ValueError:
                continue
            if reason == REASON_LISTED and isinstance(result, tuple):  # the list named back
                result = (result[0], _listed.named(result[1], text, cut), *result[2:])
            elif reason in _marks.NAMED_BACK and isinstance(result, tuple):
                result = (result[0], _marks.named_back(result[1], text, candidate), *result[2:])
            if reason == REASON_LABEL and isinstance(result, tuple) and result[0] is None:
                label = " ".join(text[: cut - 1].split())  # the formula keeps its name
                result = (label, *result[1:])
            if reason == REASON_LABEL_AFTER and isinstance(result, tuple) and result[0] is None:
                result = (" ".join(text[cut:].split()).rstrip("."), *result[1:])
            if reason in _marks.NAMED_BACK:  # one name, as the cell writes it
                return result, _marks.reading(text, candidate, reason)
            if after is None:  # the unit of a divisor: the text as read, and as written
                kept, span = candidate, (cut, cut + 1)
            else:
                kept = text[:cut] if after else text[cut:]
                span = (cut, len(text)) if after else (0, cut)
            return result, Reading(span, " ".join(kept.split()), " ".join(text.split()), reason)
    return None
