"""A fraction with no bar and no division: where its denominator starts.

:func:`ikicalc.lang.stacking.stack` finds a stacked fraction's middle line; where there is
none these read where the export lost the bar: lines and a scale with the denominator opened
by a counting word (``Jumlah …``), after the one blank line, or on the one line opened in
capitals; two quantities side by side on one line (``Jumlah A Jumlah B``); a name over a sum
(``A Σ B``). Each place is kept as a :class:`~ikicalc.lang.lost_bars.LostBar`, a guess where
nothing in the cell shows it.
"""

from __future__ import annotations

import itertools
import re

from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import BAR, LINE_OPEN, RATIO_SCALED, SCALE, blank, divides, operator
from ikicalc.lang.layout_cues import COUNTING_LINE as _COUNTING_LINE
from ikicalc.lang.lost_bars import (
    EQUATION_HEAD,
    LostBar,
    over_blank_line,
    over_the_line,
    word_equation,
)
from ikicalc.lang.timed import SPLIT_AFTER_TIME, split_after_time
from ikicalc.patterns import lazy

__all__ = ["SCALED", "SCALE_ALONE", "lost_bar", "side_by_side", "sum_below"]

SCALE_ALONE = lazy(
    r"(?m)^[ \t]*(?P<scale>(?:(?:[xX×*]|\\times)[ \t]*)?\d[\d.,]*[ \t]*(?:%|persen)"
    r"|" + RATIO_SCALED + r")[ \t]*$"
)
_SCALE_ENDS = re.compile(  # compared by identity with a match's .re: compiled now
    r"(?m)(?<=[^\W_]|[)\],(+−-])[ \t]+"  # "A −  x100%": beside a sign or a bracket too
    r"(?P<scale>" + SCALE + r")[ \t]*$"
)
# a Word equation's scale, one piece a line: "×" / "100" / "%"
_SCALE_BROKEN = lazy(
    r"(?m)^[ \t]*(?P<scale>(?:[xX×*]|\\times)[ \t]*\n[ \t]*\d[\d.,]*"
    r"(?:[ \t]*\n[ \t]*(?:%|persen))?)[ \t]*$"
)
# the sign of a scale alone at a line's end or on a line of its own, its number further down
_LONE_SIGN = lazy(r"(?m)(?:^|(?<=[^\W\d_)])[ \t]+)(?P<sign>[xX×*])[ \t]*$")
SCALED = lazy(r"(?:[xX×*]|\\times)[ \t]*\d")
_QUANTITY_WORDS = ("Jumlah", "JUMLAH", "Jml", "Total", "Banyaknya")
_QUANTITY = lazy(r"(?<!\S)(?:" + "|".join(_QUANTITY_WORDS) + r")(?![^\W_])")


def two_quantities(name: str) -> bool:
    """Whether ``name`` holds two quantities opened by a counting word in capitals (``Jumlah
    PNS Jumlah PNS``): what :func:`side_by_side` reads as a fraction whose bar was lost, so
    the printer writes such a name in ``\\text{…}``."""
    if not guards.has(name, *_QUANTITY_WORDS):
        return False
    return any(_apart(name, *pair) for pair in itertools.pairwise(_QUANTITY.finditer(name)))


def _apart(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether the counting words ``first`` and ``second`` each open a quantity of its own:
    words between them and words after the second ("Jumlah PNS Jumlah": a counting word alone
    counts nothing, no quantity; "Jumlah Total desa" is one)."""
    return _has_words(text[first.end() : second.start()]) and _has_words(text[second.end() :])


def lost_bar(chars: list[str]) -> LostBar | None:
    """Lines and a scale but no bar and no division: where does the denominator start? At
    the last line that opens with a counting word (``Jumlah …``), else at the one blank line
    between two paragraphs. The scale may stand at the end of any line or alone on one.
    Else an expression over one quantity (:func:`_expression_over_quantity`)."""
    found = _lost_bar(chars)
    if found is not None:
        return found
    text = text_of(chars)
    if not re.search(r"\s[-+−]\s", text) or LINE_OPEN in text or divides().search(text):
        return None
    scales = [*SCALE_ALONE.finditer(text), *_SCALE_ENDS.finditer(text)]
    if len(scales) != 1 or BAR.search(text):
        return None
    span = scales[0].span("scale")
    masked = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
    own = _LABEL_LINE.match(masked) if "=" in masked else None
    if own:
        masked = re.sub(r"[^\n]", " ", own.group(0)) + masked[own.end() :]
    sign = _LONE_SIGN.search(masked, 0, span[0]) if text[span[0]].isdigit() else None
    if sign:
        masked = masked[: sign.start("sign")] + " " + masked[sign.end("sign") :]
    over = _expression_over_quantity(chars, masked, span)
    if over is not None and sign:
        blank(chars, *sign.span("sign"))
    return over


def _lost_bar(chars: list[str]) -> LostBar | None:
    reason: str | None = None
    text = text_of(chars)
    if LINE_OPEN in text or divides().search(text) or BAR.search(text):
        return None
    equation = word_equation(chars) if "=" in text else None
    if equation is not None:  # "DPB =" / "PBT" / "PBI" / "x 100%"
        return equation
    scales = [*SCALE_ALONE.finditer(text), *_SCALE_ENDS.finditer(text)]
    scales += [] if scales else list(_SCALE_BROKEN.finditer(text))
    if len(scales) > 1:
        return None
    span = scales[0].span("scale") if scales else None
    masked = text if span is None else text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
    sign = _LONE_SIGN.search(masked, 0, span[0]) if span and text[span[0]].isdigit() else None
    if sign and len(_LONE_SIGN.findall(masked)) == 1:
        # "Daerah yang" / "x" / "Mempunyai website" / "100%": the scale's sign and number
        # on lines of their own, apart (ambon-diskominfo-renstra-2017-2023-github#01)
        blank(chars, *sign.span("sign"))
        masked = masked[: sign.start("sign")] + " " + masked[sign.end("sign") :]
        text = text_of(chars)
    own = _LABEL_LINE.match(masked) if "=" in masked else None
    if own:  # "Nilai =" / "Jumlah A …" / "Jumlah B …": the label on its own line(s) above
        masked = re.sub(r"[^\n]", " ", own.group(0)) + masked[own.end() :]
    operators = [found for found in operator().finditer(masked) if "\n" not in found.group(0)]
    if not operators and span is None and re.search(r"\s[-+−]\s", masked):
        return over_the_line(chars, masked)  # "A + B" / "Jumlah C"
    if span is not None and _BESIDE_SIGN.search(masked, 0, span[0]):
        # "Rencana − (Realisasi −  x100%" / "Rencana)" / "Rencana": the scale in its own
        # column beside an expression the line break interrupts
        split = _expression_ends(masked)
        if split < 0:
            return None
        blank(chars, *span)
        chars[split] = "÷"
        return LostBar(split, span, guess=_EXPRESSION_OVER)
    if operators:  # ("(A)" over "(B)" is no implicit product)
        if span is not None:
            return _expression_under(chars, masked, span, operators)
        return over_blank_line(chars, masked, operators[0].start()) or over_the_line(chars, masked)
    if span is None and "=" in masked and "\n" in masked.strip():
        labelled = over_the_line(chars, masked)  # "nilai akhir = A" / "100"
        if labelled is not None:
            return labelled
    lines = [m for m in re.finditer(r"[^\n]*", masked) if m.group(0).strip()]
    if len(lines) == 2 and all(_LONE_SYMBOL.fullmatch(m.group(0)) for m in lines):
        # "X1" / "X2" / "× 100" over a legend: two symbols stacked, the bar a border
        if span is not None:
            blank(chars, *span)
        chars[lines[0].end()] = "÷"
        return LostBar(lines[0].end(), span, guess=_SYMBOLS_STACKED)
    starts = [m.start() for m in lines[1:] if _COUNTING_LINE.match(m.group(0))]
    timed = split_after_time(lines) if guards.holds(masked, "tertentu") else None
    if span is None and timed is None:  # no scale: two quantities, each opened by a counting word
        head = _HEAD_LABEL.match(text)  # "Rata-rata lama penyelesaian = Total waktu …"
        after = head.end() if head and "\n" not in head.group(0) else 0
        after = own.end() if own else after
        opener = masked[max(lines[0].start(), after) : lines[0].end()].split()[:1] if lines else []
        lower = opener[0] if opener and _LOWER_QUANTITY.fullmatch(opener[0]) else None
        quantities = [  # "Jumlah A" / (a blank line) / "jumlah B": a paragraph opens it
            m  # "jumlah A …" / "… B" / "jumlah C …": the numerator's own word, in lower case
            for m in lines
            if _QUANTITY.match(masked[max(m.start(), after) : m.end()].lstrip())
            or (_LOWER_QUANTITY.match(m.group(0)) and _AFTER_BLANK.search(masked, 0, m.start()))
            or (lower and masked[max(m.start(), after) : m.end()].split()[:1] == [lower])
        ]
        if (
            len(quantities) != 2
            or quantities[0] is not lines[0]
            or re.search(r"[=:+]", text[after:])
        ):
            return None
        starts = [quantities[1].start()]
    capital = [start for start in starts if masked[start:].lstrip()[:1].isupper()]
    if capital and len(capital) < len(starts) and span is not None:
        # "… Jumlah pengawasan dalam bentuk" / "jumlah contoh/sampel yang diambil": a name
        # wrapped at a counting word goes on in lower case; the last one in capitals opens
        starts = capital
    if starts:
        split = masked.rfind("\n", 0, starts[-1])
        if len(starts) > 1 and span is not None:  # "Jumlah A" / "Jumlah B yang" / "Jumlah C"
            reason = N_(
                "several lines open with a counting word: the last was taken as the "
                "denominator's, the others as the numerator's"
            )
    else:
        gaps = list(re.finditer(r"\n[ \t]*\n", masked.strip()))
        if len(gaps) == 1:
            split = len(masked) - len(masked.lstrip()) + gaps[0].start()
        elif timed is not None:
            # "Jumlah kematian ibu … dalam kurun waktu tertentu" / "kelahiran hidup … dalam
            # kurun" / "waktu yang sama X 100.000": the numerator's time closes it (lang/timed.py)
            split, reason = timed, SPLIT_AFTER_TIME
        elif len(lines) == 2 and span is not None and not EQUATION_HEAD.match(lines[0].group(0)):
            # "Realisasi PAD" over "Target PAD"; not "UHH =" over "(Lo/Lx)": a label
            split = lines[0].end()
        elif span is not None and (opening := _one_opening(lines)) is not None:
            # "Jumlah sinyal … x 100%" / "yang direspon …" / "Jm sinyal …": lines that go on
            # with a name open in lower case; the one other line in capitals opens the
            # denominator (a guess)
            split = masked.rfind("\n", 0, opening)
            reason = N_(
                "no bar and no counting word: the one line opened in capitals, after lines "
                "that go on with a name, was taken as the denominator's"
            )
        elif span is not None and (parallel := _parallel_opening(lines)) is not None:
            # "Nilai IKS pada saat monitoring x100%" / "evaluasi Puskesmas" / "nilai IKS pada
            # awal …": the denominator opens with the numerator's first words (a guess)
            split = masked.rfind("\n", 0, parallel)
            reason = N_(
                "no bar and no counting word: the line that opens with the numerator's first "
                "words was taken as the denominator's"
            )
        elif scales and scales[0].re is _SCALE_ENDS and span and span[1] < lines[-1].start():
            # "Realisasi belanja" / "langsung x 100%" / "Anggaran belanja" / "langsung": the
            # scale stood beside the bar; a guess. After a word that goes on ("Jumlah rumah
            # tangga yang x 100%" / "dikatagorikan sehat" / "seluruh …") the name ends a line
            # further down
            split = masked.find("\n", span[1])
            reason = N_("no bar and no counting word: the scale's line was taken as the bar's")
            if _GOES_ON.search(masked, 0, span[0]):
                split = masked.find("\n", split + 1) if split >= 0 else -1
                reason = N_(
                    "no bar and no counting word: the name goes on after the scale's line "
                    "('yang', 'dan' …); the line after it was taken as the bar's"
                )
        else:
            return None
    if split < 0 or not (_quantity(masked[:split]) and _quantity(masked[split:])):
        return None
    if reason is None and not re.search(r"[^\W\d_]", masked[split:]):  # "Skor …" / "80"
        reason = N_(
            "no bar: the number alone on the line under the name was taken as the denominator"
        )
    if span is not None:
        blank(chars, *span)
    chars[split] = "÷"
    if own:  # "Persentase" / "Capaian =": one label, its words on one line
        for index in range(own.start(), own.group(0).rstrip().rfind("\n") + 1):
            chars[index] = " " if chars[index] == "\n" else chars[index]
    timed_only = reason == SPLIT_AFTER_TIME  # "… tertentu" / (a blank line) / "… yang sama"
    return LostBar(split, span, guess=reason if span is not None or timed_only else _SIDE_BY_SIDE)


_EXPRESSION_UNDER = N_("no bar and no counting word: the scale's line was taken as the bar's")


def _expression_under(
    chars: list[str], masked: str, span: tuple[int, int], operators: list[re.Match[str]]
) -> LostBar | None:
    """``Jumlah penderita diare … x 100%`` / ``10% x IR``: two lines, the scale ending the
    upper, every operator on the lower: the lower is the denominator (a guess)."""
    lines = [m for m in re.finditer(r"[^\n]*", masked) if m.group(0).strip()]
    if len(lines) != 2 or span[0] < lines[0].start() or span[1] > lines[0].end() + 1:
        return None
    if any(found.start() < lines[1].start() for found in operators):
        return None
    if not (_quantity(masked[: lines[0].end()]) and _has_words(lines[1].group(0))):
        return None
    blank(chars, *span)
    chars[lines[0].end()] = "÷"
    return LostBar(lines[0].end(), span, guess=_EXPRESSION_UNDER)


_LOWER_QUANTITY = lazy(r"[ \t]*(?:jumlah|jml|total|banyaknya)(?![^\W_])")
_AFTER_BLANK = lazy(r"\n[ \t]*\n[ \t]*$")
_LABEL_LINE = lazy(  # a list's mark before it ("a.", "1)"); a word's slash ("kab/kota")
    r"^\s*(?:(?:[a-z]|\d{1,2})[.)][ \t]+)?"
    r"(?:[^\W\d_][^\W_]*(?:/[^\W_]+)?[ \t\n]+){0,5}[^\W\d_][^\W_]*(?:/[^\W_]+)?[ \t]*=[ \t]*\n"
)
"""``Nilai =``, ``Persentase`` / ``Capaian =``: a label and its ``=`` ending a line, the
formula's lines under it (a cell whose label stood beside the lost bar, in its own column)."""
_LONE_SYMBOL = lazy(r"[ \t]*[A-ZⅩ][A-Z0-9]{0,7}[ \t]*")
_SYMBOLS_STACKED = N_(
    "no bar: a symbol over a symbol, each alone on its line, was read as a fraction"
)
_HEAD_LABEL = lazy(r"^[ \t]*[^\W\d_][^=:\n]{0,80}?[ \t]*=[ \t]*")
_OPENS_OPERAND = lazy(r"[ \t]*(?:[Σ∑]|[A-Z])")


# a word a name never ends with: the name goes on over the line break ("… yang" / "…")
_GOES_ON = lazy(
    r"(?i)(?<![^\W_])(?:yang|yg|di|dan|dari|pada|untuk|dengan|dgn|atau|ke|oleh|serta|bagi"
    r"|terhadap|dalam)[ \t]*$"
)


_BESIDE_SIGN = lazy(r"[-+−,(][ \t]*$")
_EXPRESSION_OVER = N_(
    "no bar: the scale stood beside an expression the line break interrupted; the "
    "expression ends at the first line where its brackets close and no sign goes on"
)


def _expression_ends(text: str) -> int:
    """The line break after which an expression's lines end: its brackets closed, its last
    line not ended by a sign and the next not opened by one (``Rencana − (Realisasi −`` /
    ``Rencana)`` | ``Rencana``); ``-1`` when no line break does."""
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    depth = 0
    for line, following in itertools.pairwise(lines):
        written = line.group(0)
        depth += written.count("(") - written.count(")")
        if depth < 0:
            return -1
        if depth or re.search(r"[-+−×*/÷,(][ \t]*$", written):
            continue
        if re.match(r"[ \t]*[-+−×*/÷]", following.group(0)):
            continue
        return text.find("\n", line.end())
    return -1


_OVER_QUANTITY = N_(
    "no bar: an expression over one quantity, the scale apart; the expression ends at the "
    "first line after which no sign, bracket or word of a name goes on"
)
_COUNTING_AT_END = lazy(r"(?i)(?<![^\W_])(?:jumlah|jml|total|banyaknya)[ \t]*$")


def _expression_over_quantity(
    chars: list[str], masked: str, span: tuple[int, int]
) -> LostBar | None:
    """``Capaian =`` / ``Pemenuhan Th (n) −`` / ``Pemenuhan Th (n−1)`` / ``Pemenuhan Th (n−1)
    x`` / ``100%`` (a Word cell whose bar was the numerator's border): an expression over
    one quantity and a scale, no bar. The expression ends at the first line after which no
    sign, open bracket, word that goes on (``yang``, ``Jumlah``) or name in lower case goes
    on; under it one quantity, no sign outside brackets. A guess."""
    lines = [m for m in re.finditer(r"[^\n]*", masked) if m.group(0).strip()]
    depth, split = 0, -1
    for line, following in itertools.pairwise(lines):
        written = line.group(0)
        depth += written.count("(") - written.count(")")
        if depth < 0:
            return None
        if depth or re.search(r"[-+−×*/÷,(=][ \t]*$", written):
            continue
        if _GOES_ON.search(written) or _COUNTING_AT_END.search(written):
            continue
        if re.match(r"[ \t]*(?:[-+−×*/÷]|[a-z])", following.group(0)):
            continue
        split = masked.find("\n", line.end())
        break
    if split < 0:
        return None
    above, below = masked[:split], re.sub(r"\([^()\n]*\)", " ", masked[split:])
    if not re.search(r"\s[-+−]\s", above) or re.search(r"\s[-+−]\s", below):
        return None
    if operator().search(re.sub(r"^[^=\n]*=", "", above.lstrip())) or operator().search(below):
        return None  # a product or a division stands: not this shape
    if not (_quantity(above) and _quantity(below)):
        return None
    blank(chars, *span)
    chars[split] = "÷"
    return LostBar(split, span, guess=_OVER_QUANTITY)


def _parallel_opening(lines: list[re.Match[str]]) -> int | None:
    """Where the one line after the first stands that opens with the first line's first two
    words (case aside), else with its first word: a ratio's denominator written like its
    numerator (``Nilai IKS pada saat …`` / … / ``nilai IKS pada awal …``, ``volume tempat
    sampah yang`` / ``ditangani`` / ``volume produksi sampah``); ``None`` when not exactly
    one does."""
    if len(lines) < 3:
        return None
    for width in (2, 1):  # the first two words, else the first word of four letters or more
        key = [w.lower() for w in lines[0].group(0).split()[:width]]
        if len(key) < width or (len(key[-1]) < 4 and width == 1):
            continue
        found = [
            m.start() for m in lines[1:] if [w.lower() for w in m.group(0).split()[:width]] == key
        ]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _one_opening(lines: list[re.Match[str]]) -> int | None:
    """Where the one line after the first that opens an operand stands (a capital or ``Σ``
    at its start), when every other line goes on with a name (opens in lower case or with
    a number); ``None`` when there is not exactly one."""
    openings = [m.start() for m in lines[1:] if _OPENS_OPERAND.match(m.group(0))]
    if len(openings) != 1 or len(lines) < 3:
        return None
    return openings[0]


_SIDE_BY_SIDE = N_("two quantities side by side and no operator: a fraction whose bar was lost")


def side_by_side(chars: list[str]) -> LostBar | None:
    """``Jumlah A Jumlah B`` on one line with no operator at all: two quantities, each opened
    by a counting word in capitals, side by side where a bar was lost. A guess."""
    text = text_of(chars)
    if not guards.has(text, *_QUANTITY_WORDS):
        return None  # _QUANTITY needs one of its words
    found = list(_QUANTITY.finditer(text))
    if len(found) != 2 or text[: found[0].start()].strip() or operator().search(text):
        return None
    # numbers inside the names ("usia 15 tahun") are words of them, when the two count the
    # same thing, a part over its whole ("Jumlah penduduk … Jumlah penduduk …"; not
    # "Jumlah RT/Rw … Jumlah patroli … dalam 1 tahun", two indicators in one cell)
    counted = {text[m.end() :].split()[0].lower() for m in found if text[m.end() :].split()}
    digits = re.search(r"\d", text) is not None
    named = _NUMBER_IN_NAME.sub("", text) if digits and len(counted) == 1 else text
    if re.search(r"[=:+]|\d", named) or not _apart(text, *found):
        return None
    if re.search(r"\s[-−–—][ \t]*$", text[: found[1].start()]):
        return None  # "Jumlah A tahun ini - Jumlah A tahun lalu": a difference, not a fraction
    split = found[1].start() - 1
    chars[split] = "÷"
    return LostBar(split, None, guess=_SIDE_BY_SIDE)


_NUMBER_IN_NAME = lazy(r"\d[\d.,]*(?:[ \t]*[-–—][ \t]*\d[\d.,]*)?(?=[ \t]*[^\W\d_])")
_SUM_BELOW = lazy(
    r"^(?:[^=\n]*=)?(?P<above>[ \t]*[^\W\d_][^\n=Σ∑]*?[^\W_])[ \t]+[Σ∑][ \t]*[^\W\d_]"
)
_SUM_BELOW_REASON = N_(
    "a name, then Σ and a name, and no operator: the sum is the denominator of a fraction "
    "whose bar was lost"
)


def sum_below(chars: list[str]) -> LostBar | None:
    """``Bobot Provinsi i = CF Provinsi i Σ CF Provinsi``: a name, then ``Σ`` and a name with
    no operator between them, as PDFs flatten a fraction over a sum (PP 55/2005). A guess."""
    text = text_of(chars)
    found = _SUM_BELOW.match(text) if "\n" not in text.strip() else None
    if found is None or operator().search(found.group("above")):
        return None
    if re.search(r"[-+−(]", found.group("above")):
        return None
    split = found.end("above")
    chars[split] = "÷"
    return LostBar(split, None, guess=_SUM_BELOW_REASON)


def _has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", text) is not None


def _quantity(text: str) -> bool:
    """Words, a symbol of one letter alone on its line (``x`` over ``y``), or a number alone
    on its line (``Skor diperoleh`` / ``80`` / ``x 100%``: a constant denominator)."""
    return (
        _has_words(text) or re.search(r"(?m)^[ \t]*(?:[^\W\d_]|\d[\d.,]*)[ \t]*$", text) is not None
    )
