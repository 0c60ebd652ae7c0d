"""Labels the export moved: a fraction's label after it, or its words between the lines.

A stacked fraction's label (``Cakupan Rumah Layak Huni =``) stands on its middle line in the
document. Exports move it: after the whole fraction, its ``=`` ending the cell
(``Jumlah A Jumlah B`` / ``X 100 Cakupan`` / ``Rumah Layak Huni`` / ``=``); or, when the
label column is narrow and wraps, its words open the lines of the numerator and the
denominator (``Jumlah pengunjung yang`` / ``Cakupan mendapat KIP/K`` / ``= x 100%`` /
``Interpersonal dan`` / ``Jumlah seluruh pengunjung``); or before the fraction, on a line of
its own or before the numerator's counting word (``Cakupan ASI Eksklusif Jumlah bayi …``); or
as a column beside the lines (``SPM = Σ A x 100`` / ``Cakupan Σ B`` / ``Pelayanan``). These
passes blank the label's words in the cell's characters (the text keeps its length, see
:mod:`ikicalc.lang.layout`); :mod:`ikicalc.lang.stacking` calls them around the middle line.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import COUNTING_LINE as _COUNTING_LINE
from ikicalc.lang.layout_cues import DIVISION, LINE_CLOSE, LINE_OPEN, SCALE, blank, operator
from ikicalc.lang.operator_words import lists_a_quantity
from ikicalc.patterns import lazy

__all__ = [
    "LABEL_WORDS",
    "label_after",
    "label_before",
    "label_beside_lone_equals",
    "label_colon",
    "label_column",
    "label_column_aligned",
    "label_interleaved",
    "label_lines_before",
    "opens_label",
    "stacking_words",
]

_SCALE = lazy(SCALE)
_WORDS = lazy(r"^[^\W\d_][^\W_]*(?:[-/.][^\W_]*)*(?:\s+[^\W_(][^\W_]*(?:[-/.][^\W_]*)*\.?)*$")


def label_after(chars: list[str]) -> bool:
    """``Jumlah A Jumlah B`` / ``X 100 Cakupan`` / ``Rumah Layak Huni`` / ``=``: the cell ends
    with an ``=`` that nothing follows, after the fraction's scale and its denominator: the
    label the export put after the fraction. Blank it and its ``=``. The denominator may
    stand between the scale and the label (``x 100%`` / ``Jumlah seluruh bayi`` / ``Cakupan
    ASI Eksklusif =``: a line opened by a counting word and the lines that go on with it in
    lower case). On the scale's own line, words after it are a rate's unit (``x 1.000
    penduduk``) unless the scale is a percentage or they open with a label's word."""
    text = text_of(chars)
    end = len(text.rstrip())
    if not text[:end].endswith("="):
        return False
    equals = end - 1
    scales = list(_SCALE.finditer(text, 0, equals))
    if not scales:
        return False
    scale = scales[-1]
    start = scale.end()
    lines = list(re.finditer(r"[^\n]+", text[start:equals]))
    opened = [i for i, line in enumerate(lines) if _OPENS.match(line.group(0))]
    if opened:  # the denominator under the scale: the label starts after it
        after = opened[-1] + 1
        while after < len(lines) and re.match(r"[ \t]*[a-z\d(]", lines[after].group(0)):
            after += 1
        if after >= len(lines):
            return False
        start += lines[after].start()
    words = " ".join(text[start:equals].split())
    if "\n" not in text[scale.end() : equals] and not (
        "%" in scale.group(0) or "persen" in scale.group(0) or opens_label(words)
    ):
        return False
    if not _WORDS.match(words) or operator().search(words):
        return False
    if not re.search(r"[^\W\d_]{3}", text[: scale.start()]):
        return False
    blank(chars, start, end)
    return True


@cache
def stacking_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/stacking.toml``: quantity openers, label words, wholes."""
    raw = resources.files("ikicalc").joinpath("data", "stacking.toml").read_text("utf-8")
    return {key: frozenset(words) for key, words in tomllib.loads(raw)["salvage"].items()}


def opens_label(words: str, naming: bool = False) -> bool:
    """Whether ``words`` open with a label's word; with ``naming``, not with one that also
    makes a quantity (``Rata-rata``, ``Nilai``: ``Nilai Realisasi`` is a name)."""
    first = words.split()[0].lower() if words.split() else ""
    lists = stacking_words()
    if naming and (first in lists["quantity_openers"] or first == "nilai"):
        return False
    return first in lists["label_words"]


# the words of a label column at the start of a line: capitalised words (not counting words
# nor acronyms), a bracketed acronym, "dan" between them
_COUNTING = r"(?:Jumlah|Jml|Jmlh|Total|Banyaknya|JUMLAH)"
_LABEL_RUN = lazy(
    r"^[ \t]*(?P<run>(?!" + _COUNTING + r"\b)[A-Z][a-z]{2,}"
    r"(?:[ \t]+(?:(?!" + _COUNTING + r"\b)[A-Z][a-z]{2,}"
    r"|\([A-Z][A-Z/]*(?:[ \t][A-Z]{2,})?\)|[A-Z]{2,}[A-Z0-9]*"  # "(IR DBD)": an alias
    r"|dan(?=[ \t]*$)|&))*)"
    r"(?=[ \t]*$|[ \t]+(?P<rest>[a-z]))"
)
_OPENS = lazy(r"^[ \t]*(?:[Σ∑][ \t]*)?" + _COUNTING + r"\b")
_SENTENCE_CASE = lazy(  # "Jumlah pengunjung puskesmas yang": lower case after the first word
    r"^[ \t]*(?:[Σ∑][ \t]*)?[A-Z][a-z]+(?:[ \t]+(?:[a-z]\S*|[A-Z]{2,}\S*|\d\S*))+[ \t]*$"
)


def label_interleaved(
    chars: list[str], above: list[re.Match[str]], below: list[re.Match[str]]
) -> bool:
    """``Jumlah pengunjung puskesmas yang`` / ``Cakupan mendapat KIP/K …`` / ``Komunikasi
    tahun`` / ``= x 100%`` / ``Interpersonal dan`` / ``Jumlah seluruh pengunjung …`` /
    ``Konseling (KIP/K)`` / ``dalam kurun waktu …``: the middle line's label was lost (a bare
    ``=``), and its words open the lines of the two names, which are written in sentence
    case (after their first word, in lower case). Each name opens with a counting word;
    capitalised words that open its other lines, and lines of them before it, are the
    label's; the label, centred on the middle line, has words on both sides of it. Blank
    them."""
    runs: list[tuple[int, int]] = []
    for block in (above, below):
        found_before = len(runs)
        opener = next((i for i, line in enumerate(block) if _OPENS.match(line.group(0))), None)
        if opener is None or not _SENTENCE_CASE.match(block[opener].group(0)):
            return False
        for index, line in enumerate(block):
            if index == opener:
                continue
            found = _LABEL_RUN.match(line.group(0))
            if found is None:
                if index < opener:
                    return False
                continue
            if index < opener and found.group("rest"):
                return False  # words before the name that go on in lower case: not a label
            runs.append((line.start() + found.start("run"), line.start() + found.end("run")))
        if len(runs) == found_before:  # a label centred on the middle line has words on both sides
            return False
    for start, end in runs:
        blank(chars, start, end)
    return True


def label_lines_before(
    chars: list[str], block: list[re.Match[str]], label_word: bool = False
) -> bool:
    """``Persentase Penduduk = x 100%`` / ``Yang Melek Huruf`` / ``Jumlah penduduk …``: the
    label, wrapped, left whole lines of capitalised words before the line where the name
    opens with its counting word. Blank them. With ``label_word`` (the middle line has no
    label), only when they open with a label's word (``Persentase Cakupan Imunisasi`` /
    ``Jumlah bayi …`` / ``-----`` / ``Jumlah bayi``)."""
    opener = next((i for i, line in enumerate(block) if _OPENS.match(line.group(0))), None)
    if not opener:
        return False
    if label_word and not opens_label(block[0].group(0), naming=True):
        return False
    runs = [_LABEL_RUN.match(line.group(0)) for line in block[:opener]]
    if not all(run and not run.group("rest") for run in runs):
        return False
    for line in block[:opener]:
        blank(chars, line.start(), line.end())
    return True


# a verb that says how the value is computed: the words before the quantity are a sentence
_SAYS_HOW = lazy(
    r"(?i)\b(?:dihitung|diukur|diperoleh|didapat|membagi|membandingkan|menghitung|mengalikan"
    r"|menjumlahkan|dengan|dari|adalah|merupakan|yaitu)\b"
)
_FIRST_WORD = lazy(r"[ \t]*([^\W\d_][^\W_]*(?:-[^\W_]+)?)")
_LABEL_BEFORE = lazy(
    r"^[ \t]*(?P<label>(?P<first>[^\W\d_][^\W_]*)(?:[ \t]+[^\W\d_][^\W_]*(?:[-/][^\W_]+)*){0,5})"
    r"[ \t]+(?=" + _COUNTING + r"[ \t]+[^\W\d_])"
)


# "% Pencapaian Kinerja =": a label opened by the percent sign (Persentase), its '=' after it
_PERCENT_LABEL = lazy(r"(?m)^[ \t]*(%)[ \t]*[^\W\d_][^\n=%]*=")
# "% Pencapaian = Realisasi x 100 %" / "Kinerja          Rencana": the label's last words
# wrapped under it, a wide gap before the denominator
_LABEL_WRAPPED = lazy(
    r"(?P<above>[ \t]*[^\W\d_]+[ \t]*\n)?[ \t]*%?[ \t]*[^\W\d_][^=\n]*=[^\n]*[^\W_)][^\n]*"
    r"(?:[xX×*])[ \t]*\d[\d.,]*[ \t]*%?[ \t]*\n"
    r"(?P<words>[ \t]*[^\W\d_][^\W_]*(?:[ \t][^\W\d_][^\W_]*){0,3})[ \t]{6,}[^\s][^\n]*\s*\Z"
)
# "Rumus :" / "= A – B   X 100%": the label before the '=' lost under the field's title
_LOST_LABEL = lazy(
    r"[ \t]*(?i:rumus|formula(?:si)?)[ \t]*:[ \t]*\n[ \t]*(?P<eq>=)[ \t]*(?=[^\W\d_]{2}[^\n]*\n)"
)
# "Persentase" / "Realisasi" / "pencapaian   =   X 100 %": the label's first word alone above
# the numerator, the rest of it before the middle line's '='
_LONE_LABEL_WORD = lazy(r"[ \t]*(?P<word>[^\W\d_]+)[ \t]*\n[^\n=]+\n[ \t]*[^\W\d_][^\n=]*=")
# "Formulasi" / "(X -X )" / "A = …": the field's title alone on the cell's first line
_FIELD_WORD_LINE = lazy(
    r"[ \t]*(?P<word>(?i:formula(?:si)?|rumus(?:nya)?|cara[ \t]+(?:perhitungan|pengukuran))"
    r"[ \t]*:?)[ \t]*\n"
)
# a title over a named equation: "Formulasi NTP Provinsi (Gabungan Subsektor) :" / "NTPp ="
_TITLE_OVER_EQUATION = lazy(
    r"(?P<title>[ \t]*[^\W\d_][^\n:=]{0,80}:)[ \t]*\n[ \t]*[^\W\d_][^\W_]{0,11}[ \t]*=[ \t]*\n"
)


def _around_the_lines(chars: list[str], text: str) -> bool:
    """A label written around a stack's lines, or a field's title above the formula (see
    the patterns): blank them; ``True`` when nothing else of the label is left to find."""
    if "%" in text:  # "% Realisasi Indikator Kinerja = ----- X 100 %": the sign opens the label
        for sign in _PERCENT_LABEL.finditer(text):
            chars[sign.start(1)] = " "
    wrapped = _LABEL_WRAPPED.match(text) if text.count("\n") < 3 else None
    if wrapped is not None:  # "% Pencapaian = Realisasi x 100 %" / "Kinerja      Rencana"
        blank(chars, wrapped.start("words"), wrapped.end("words"))
        if wrapped.group("above"):  # "Persentase" over it
            blank(chars, wrapped.start("above"), wrapped.end("above"))
        return True
    lost = _LOST_LABEL.match(text)
    if lost is not None:  # "Rumus :" / "= Pendapatan Daerah 2016 – …   X 100%" / "…"
        chars[lost.start("eq")] = " "
    lone = _LONE_LABEL_WORD.match(text)
    if lone is not None and opens_label(lone.group("word"), naming=True):
        blank(chars, lone.start("word"), lone.end("word"))  # "Persentase" / "Realisasi" / …
    field = _FIELD_WORD_LINE.match(text)
    if field is not None:  # "Formulasi" alone on the first line
        blank(chars, 0, field.end("word"))
    title = _TITLE_OVER_EQUATION.match(text) if ":\n" in text else None
    if title is not None:  # "Formulasi NTP Provinsi (Gabungan Subsektor) :" / "NTPp =" / …
        blank(chars, 0, title.end("title"))
        return True
    return False


# "= Realisasi Tahun n : Target\nTahun n x 100%" (kaltim-bapenda-lkjip-2021-github#02): the
# '=' of a label another column kept, before a name of words (not a spreadsheet's "=A1*B1")
_LOST_EQUALS = lazy(r"^[ \t]*(?P<equals>=)[ \t]*(?=[^\W\d_]{2,}[ \t])")


# "1. operasional            : 90 % (…) dari jasa sarana": a table's label column (a list
# number, words, the gap of a column) and the colon that opens the next column's formula (the
# gap's blanks taken once, possessively: two quantifiers sharing them cost the square of a run)
_COLUMN_COLON = lazy(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]+)?[^\W\d_][^:\n=]{0,60}?(?:[ \t]{3}|\t)[ \t]*+:[ \t]*(?=\S)"
)


def label_before(chars: list[str]) -> bool:
    """``Cakupan ASI Eksklusif Jumlah bayi … x 100% Jumlah seluruh bayi …``: the label's words
    (opened by a label's word such as ``Cakupan``, not by one that makes a quantity such as
    ``Rata-rata``) before the numerator's counting word, written with a capital, at the
    start of a cell that goes on to compute (an operator or a percentage). Blank them; so is
    a table's label column ended by a colon (``1. operasional        : 90 % dari …``). A
    cell that opens with the ``=`` of a label another column kept (``= Realisasi Tahun n :
    Target Tahun n x 100%``), before a name of words, loses the ``=``."""
    text = text_of(chars)
    lost = _LOST_EQUALS.match(text) if text.lstrip().startswith("=") else None
    if lost and operator().search(text, lost.end()):  # "= Realisasi Tahun n : Target …"
        blank(chars, *lost.span("equals"))
        return True
    column = _COLUMN_COLON.match(text) if ":" in text and guards.has(text, "   ", "\t") else None
    if column and (operator().search(text, column.end()) or "%" in text[column.end() :]):
        blank(chars, column.start(), column.end())  # "1. operasional        : 90 % dari …"
        return True
    if "\n" in text and "=" in text:  # a label around a stack's lines, a field's title
        if _around_the_lines(chars, text):
            return True
        text = text_of(chars)
    opening = _FIRST_WORD.match(text)
    if opening is None or not opens_label(opening.group(1), naming=True):
        return False
    found = _LABEL_BEFORE.match(text)
    if found is None or "=" in text[: found.end()] or _SAYS_HOW.search(found.group("label")):
        return False  # "Persentase dihitung dengan membagi Jumlah …": a sentence, no label
    if operator().search(found.group("label")):
        return False  # "Indeks yang dibayar petani dibagi Jumlah …": a quantity, an operator
    rest = text[found.end() :]
    if not (operator().search(rest) or "%" in rest or _over_time(rest)):
        return False
    blank(chars, found.start("label"), found.end("label"))
    return True


def _over_time(text: str) -> bool:
    """``… pada kurun waktu tertentu`` / ``Luas wilayah … yang sama``: a bar lost after the
    numerator's time (:mod:`.timed`), the fraction it shows computes."""
    if not guards.holds(text, "tertentu"):
        return False
    from ikicalc.lang.timed import split_after_time

    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    return split_after_time(lines) is not None


# the label's words beside a numerator or a denominator that opens with a counting word
_ANY_COUNTING = r"(?i:jumlah|jml|jmlh|total|banyaknya)"
_LABEL_WORD = r"[^\W\d_Σ∑][^\W_]*(?:[-/][^\W_]*)*"  # Rata-rata, Jiwa/
LABEL_WORDS = lazy(
    r"^[ \t]*(?:(?:(?!"
    + _ANY_COUNTING
    + r")"
    + _LABEL_WORD
    + r"[ \t]+){1,5}(?=[Σ∑]|"
    + _ANY_COUNTING
    + r")|(?:"
    + _LABEL_WORD
    + r"[ \t]){0,4}"
    + _LABEL_WORD
    # not the middle line's marks, nor an operator the gap spaces ("PDRB tahun n  -  PDRB …")
    + r"(?:[ \t]{2,}|\t[ \t]*)(?=[^\s\ue000\ue001+\-−–—/÷:=])(?![xX×*][ \t]))"
)


_LABELLED_SCALED = lazy(
    r"^[ \t]*[^\W\d_][^=\n]{0,60}?=[ \t]*\S.*[ \t](?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*%?[ \t]*$"
)
_LABEL_TAIL = lazy(r"^[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}[ \t]*$")


def label_column(chars: list[str], lines: list[re.Match[str]]) -> bool:
    """``SPM = Σ A x 100`` / ``Cakupan Σ B`` / ``Pelayanan``: the label's column,
    interleaved by the export, opens the denominator's line and ends the cell; set aside."""
    top, middle, last = (m.group(0) for m in lines)
    words = LABEL_WORDS.match(middle)
    if not (_LABELLED_SCALED.match(top) and words and _LABEL_TAIL.match(last)):
        return False
    if _COUNTING_LINE.match(last) or operator().search(last):
        return False
    blank(chars, lines[1].start(), lines[1].start() + words.end())
    blank(chars, lines[2].start(), lines[2].end())
    return True


def label_beside_lone_equals(chars: list[str], text: str) -> bool:
    """``Rata-rata Jiwa/  Jumlah A`` / ``=`` / ``RumahTangga  Jumlah B``: the label's words
    beside the numerator and the denominator (a counting word or a column gap ends them),
    its ``=`` alone on the bar's line; the label is set aside, the ``=`` line is the middle."""
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    scaled = _EQUALS_SCALE.match(lines[1].group(0)) if len(lines) == 3 else None
    if len(lines) != 3 or (lines[1].group(0).strip() != "=" and scaled is None):
        return False  # "=" alone, or "=   X   100 %" (the scale beside the bar)
    top, bottom = (_column_end(m.group(0)) for m in (lines[0], lines[2]))
    if top is None or bottom is None:
        return False
    before, after = lines[1].start() - 1, lines[1].end()
    if chars[before] != "\n" or after >= len(chars) or chars[after] != "\n":
        return False
    blank(chars, lines[0].start(), lines[0].start() + top)
    blank(chars, lines[2].start(), lines[2].start() + bottom)
    blank(chars, lines[1].start(), lines[1].start() + (scaled.start("scale") if scaled else 0))
    if scaled is None:
        blank(chars, lines[1].start(), lines[1].end())
    chars[before], chars[after] = LINE_OPEN, LINE_CLOSE
    return True


_WIDE_GAP = lazy(r"[ \t]{6,}(?=\S)")


def _column_end(line: str) -> int | None:
    """Where the label's column ends on a line: at its last wide gap (``Persentase
    Pencapaian`` + spaces + ``Realisasi``; words only before it), else after the label's
    words (:data:`LABEL_WORDS`)."""
    gaps = list(_WIDE_GAP.finditer(line))
    if gaps and _WORDS.match(" ".join(line[: gaps[-1].start()].split())):
        return gaps[-1].end()
    words = LABEL_WORDS.match(line)
    return words.end() if words else None


_EQUALS_SCALE = lazy(
    r"[ \t]*=[ \t]*(?P<scale>" + SCALE + r")[ \t]*$"
)


_CAPITALISED = lazy(r"[ \t]*(?!" + _ANY_COUNTING + r"(?![^\W_]))[A-Z][^\W_]*(?:-[^\W_]+)?")


def label_words_beside(
    chars: list[str], top: re.Match[str], bottom: re.Match[str], label: str
) -> bool:
    """``Persentase Skor Hasil Hitung I`` / ``Capaian = ------ x 100 %`` / ``Kinerja Skor
    Ideal i``: the label's column, as wide as the words on its middle line, opens the
    numerator's and the denominator's lines (one space apart). Taken only where the
    numerator's line shows the column: it opens with a word that only a label opens with
    (``Persentase``, ``Cakupan``; not ``Indeks``, which may open a name), or its first words
    were set aside already (it stands indented, the denominator's line not: centred lines
    are indented both). Blank the label's words on both lines."""
    count = len(label.split())
    if not 1 <= count <= 3:
        return False
    upper, lower = top.group(0), bottom.group(0)
    # the label's words set aside before: the numerator's line indented, the denominator's
    # not (centred lines of pdftotext -layout are indented both)
    first = upper.split()[0].lower() if upper.split() else ""
    labelled = first in stacking_words()["column_words"]  # not "Indeks": it may open a name
    set_aside = len(upper) - len(upper.lstrip()) >= 3 and not lower[:1].isspace()
    if not (labelled or set_aside):
        return False
    spans = []
    for line, words in ((bottom, count), (top, 1 if labelled else 0)):
        if not words:
            continue
        end = 0
        for _ in range(words):  # on the numerator's line, the word that shows the column
            word = _CAPITALISED.match(line.group(0), end)
            if word is None:
                return False
            end = word.end()
        if not re.search(r"[^\W\d_]", line.group(0)[end:]):
            return False  # the name itself must remain
        spans.append((line.start(), line.start() + end))
    for start, end in spans:
        blank(chars, start, end)
    return True


# the words at a line's left before a gap (two spaces or more, a tab), then the rest of it
_BEFORE_GAP = lazy(r"^[ \t]*(?P<words>\S(?:[^\n]*?\S)??)(?P<gap>[ \t]{2,}|\t[ \t]*)(?=\S)")


def label_column_aligned(chars: list[str], lines: list[re.Match[str]], index: int, at: int) -> bool:
    """``%           Jml anak …`` / ``Capaian =   ---------`` / ``            Jml seluruh …``:
    the middle line's label stands in a column of its own at the left and the fraction (the
    bar or the scale, the names above and below it) starts further right, at column ``at``
    of the middle line. What another line holds left of that column before a gap that ends
    there (``%``, ``Persentase``, ``Kinerja``, ``Cakupan``) is the label's words, whatever
    their case: blank them. The lines' alignment is the evidence: a gap that ends elsewhere,
    or words that open with a counting word, are the names'."""
    found = False
    for number, near in enumerate(lines):
        if number == index:
            continue
        before = _BEFORE_GAP.match(near.group(0))
        if before is None or abs(before.end() - at) > 2 or before.end("words") >= at:
            continue
        words = before.group("words")
        if _COUNTING_LINE.match(words) or re.search(r"[=/÷×*+]|\d", words):
            continue
        blank(chars, near.start() + before.start("words"), near.start() + before.end("words"))
        found = True
    return found


_LABEL_COLON = lazy(
    r"^\s*(?P<item>[-•●][ \t]+)?(?:%[ \t]*)?[^\W\d_](?:[^:\n/=]{0,80}?[^\W_])?"
    r"(?:[ \t]*\((?:%|persen|Rp)\))?[ \t]?:"  # "Persentase jalan mantap (%): …": its unit
    r"(?=(?P<line>[ \t]*\n)|[ \t])"  # "% Realisasi :": the percent sign opens a label too
)
_SPACED_DIVISION = lazy(
    r"(?i)(?:(?<=\s)/(?=\s)|/\s*(?:jumlah|jml|jmlh|total|banyaknya)\b|÷|\\frac"
    r"|\b(?:dibagi|berbanding|dibanding(?:kan)?)\b)"
)


def label_colon(chars: list[str], current: str) -> bool:
    """A label or a field's title before a colon that opens the cell (on its own line, or
    before what computes on its line): blank it, and say so."""
    label = _LABEL_COLON.match(current)
    if label and lists_a_quantity(label.group(0), current[label.end() :]):
        return False  # "Jumlah kegiatan yang meliputi : A, B / C": the list of a quantity
    spaced = label is not None and label.group(0).rstrip(":").endswith((" ", "\t"))
    evidence = operator() if label and (label.group("line") or label.group("item")) else DIVISION
    if spaced and label and not label.group("line"):  # "Angka Kesakitan DBD : (A/ B) …"
        evidence = _SPACED_DIVISION
    if label and evidence.search(current, label.end()) and not operator().search(label.group(0)):
        blank(chars, 0, label.end())
        return True
    return False
