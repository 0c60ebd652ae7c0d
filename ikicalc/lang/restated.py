"""What a cell says twice, a qualifier after the whole formula, notes under it: set aside.

Indonesian writing restates a figure in brackets (``dikalikan seratus persen (100%)``,
``dikali seribu (1.000)``: the words, then the digits), and a quantity's qualifier that the
sentence already said in an explanation (``… membagi jumlah angkatan kerja yaitu penduduk
usia 15 tahun ke atas … dengan total penduduk usia kerja (15 tahun ke atas), kemudian …``,
BPS Bandung Barat). A bracket of an age or a period after the scale that ends the formula
(``… dikali 100% (0-59 bulan)``) qualifies the whole, not a quantity. Read once, each is set
aside: the figure in words stays (the layout writes it in digits), the bracket is blanked.
The other order, the digits then the words (``100 (seratus) persen``, ``dibagi 12 (dua belas)
bulan``), is blanked where the number is an operand: inside a name (``pagu anggaran 1 (satu)
tahun``) the words are the name's, as the document wrote it.

Each function works on the cell's characters in place and keeps the text's length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, divides, operator
from ikicalc.lang.operator_words import said
from ikicalc.names import names_data
from ikicalc.patterns import compiled, lazy

__all__ = [
    "components", "components_named", "components_said", "field_in_brackets", "in_aliases",
    "lines_after",
    "restated", "said_again",
]


@cache
def _figure_said() -> re.Pattern[str]:
    words = [str(w) for w in names_data()["layout"]["number_words"]]
    said = "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in words), key=len)[::-1])
    return compiled(
        r"(?i)\b(?:" + said + r")(?:[ \t]+persen)?[ \t]*(?P<bracket>\([ \t]*\d[\d.,]*[ \t]*"
        r"(?:%|persen)?[ \t]*\))"
    )


# a qualifier in brackets: an age, a range, a period ("(15 tahun ke atas)", "(0-59 bulan)")
_QUALIFIER = (
    r"\([ \t]*(?P<inside>\d[\d.,]*(?:[ \t]*[-–][ \t]*\d[\d.,]*)?[ \t]+[^()\n]{2,40}?)[ \t]*\)"
)
# after the scale that ends the formula: "… dikali 100% (0-59 bulan)."
_AFTER_SCALE = lazy(r"(?i)(?:%|\bpersen)[ \t]*(?P<bracket>" + _QUALIFIER + r")[ \t]*\.?[ \t]*$")
# at the end of an operand, before what goes on with the formula
_BEFORE_NEXT = lazy(
    r"(?i)(?<=[^\W\d_])[ \t]*(?P<bracket>" + _QUALIFIER + r")(?=[ \t]*,?[ \t]*(?:kemudian|lalu"
    r"|selanjutnya|dan|di[ \t]*kali|kali|dibagi|[×*xX/÷])\b|[ \t]*,?[ \t]*[×*/÷])"
)


# an explanation of a term inside the sentence: "jumlah angkatan kerja yaitu penduduk usia …"
_EXPLAINED = lazy(r"(?i)\b(?:yaitu|yakni|ialah|adalah)\b")


def restated(chars: list[str]) -> None:
    """Set aside what the cell says twice and a qualifier after the whole formula (see the
    module)."""
    text = text_of(chars)
    if "(" not in text:
        return
    if re.search(r"(?i)se(?:ratus|ribu|puluh)|juta", text):
        for found in _figure_said().finditer(text):  # "dikali seratus persen (100%)"
            if operator().search(text, 0, found.start()):
                blank(chars, *found.span("bracket"))
    ends = _AFTER_SCALE.search(text)
    if ends and operator().search(text, 0, ends.start()):  # "… x 100% (0-59 bulan)"
        blank(chars, *ends.span("bracket"))
    for found in _BEFORE_NEXT.finditer(text):  # "(15 tahun ke atas), kemudian …"
        inside = " ".join(found.group("inside").split()).lower()
        explained = _EXPLAINED.search(text, 0, found.start())
        earlier = (
            " ".join(text[explained.end() : found.start()].split()).lower() if explained else ""
        )
        if inside in earlier:  # said in the explanation before: the bracket restates it
            blank(chars, *found.span("bracket"))


# a line that computes: an operator, a sum or a difference in signs or words, a slash that
# divides, a sum sign (a percentage alone does not: "Hama Dan Penyakit Kali 100%" under a
# ratio is read by the other passes)
_COMPUTES = lazy(r"[-+−–][ \t]|[ \t][-+−–]|(?i:\b(?:ditambah|dikurangi)\b)|[÷×Σ∑]")
_SIGN = lazy(r"=|[+−]|\s-\s")  # a line with a sign goes on with the formula or a legend
_OPEN_END = lazy(
    r"(?:[-+−–×*/÷:(\[]|(?i:\b(?:dibagi|dikali(?:kan)?|ditambah|dikurangi|dengan|x|kali|bagi)))"
    r"\s*$"
)
_TAGS = lazy(r"<[^<>\n]*>")
# a stack's middle line alone: a bar (a stray bracket in it) and the scale, or the scale
_MIDDLE_ALONE = lazy(
    r"[ \t]*(?:[-_─—–‾=]{3,}[)(|]?[-_─—–‾=]*[ \t]*)?(?:[xX×*][ \t]*1[\d.,]*[ \t]*%?)?[ \t]*"
)
_COUNTED = lazy(r"(?i)(?:jumlah|jml|jmlh|total|banyaknya|volume|σ|∑)(?![^\W_])")
# a note under the formula: "Yang dimaksud dengan … adalah …", a field of a metadata form in
# words ("Tipologi data: Non komulatif", "Sumber data: BPS"; not a legend's symbol, "PA :
# Pagu …")
_NOTE_LINE = lazy(
    r"(?m)^[ \t]*(?:(?i:yang[ \t]+dimaksud)\b|[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*:[ \t]*"
    r"[^\W\d_])"
)


def lines_after(chars: list[str], text: str, breaks: frozenset[int] = frozenset()) -> None:
    """Notes under a formula, set aside: the one home of the rule, for plain cells (called
    by the layout's furniture) and for the HTML of an application's editor (called by
    :mod:`ikicalc.lang.markup` with the places where a ``<br/>`` broke a line, ``breaks``).

    The lines from the first that computes to the last hold the formula. Under it:

    * everything, when those lines hold a whole formula (brackets closed, nothing left open
      at its end), the lines under it compute nothing and define nothing (no ``=``), do not
      go on with a name (a line in lower case, ``… dalam kurun waktu x 100%`` / ``satu
      tahun``) nor open a quantity (``Jumlah …``: a denominator), and the formula is a ratio
      (a division with words on both sides: not the numerator of a stack) or a line under it
      is a note (``Yang dimaksud dengan … adalah …``, a field of a form, ``Tipologi data:
      Non komulatif``): e-SAKIP notes, the office that holds the data (``Dinas Lingkungan
      Hidup``);
    * a field of a form after the formula on its own line, the line break lost (``… /
      Σ kuesioner yang terisi Tipologi data: Non Komulatif``, words only);
    * else each paragraph of notes: opened where a tag broke the line or by a note's line,
      going on to the next line that computes or holds a sign; a line after an entry
      (``IPU = Indeks Pencemaran`` / ``Udara``) goes on with the entry unless a tag broke it.
    """
    if ":" not in text and "\n" not in text.strip():
        return
    plain = _TAGS.sub(lambda m: " " * len(m.group(0)), text) if "<" in text else text
    lines = list(re.finditer(r"[^\n]+", plain))
    computing = [at for at, line in enumerate(lines) if _computing(line.group(0))]
    if not computing:
        return
    if ":" in text:  # "… / Σ kuesioner yang terisi Tipologi data: Non Komulatif"
        _note_at_end(chars, lines[computing[-1]])
        plain = text_of(chars) if "<" not in text else plain
    if "\n" not in text.strip():
        return
    if _whole_rest(chars, plain, lines[computing[0]].start(), lines[computing[-1]]):
        return
    first = computing[0]
    if not breaks and not _NOTE_LINE.search(plain, lines[first].end()):
        return  # no tag broke a line and no note's line opens a paragraph
    noting = False  # inside a note: its paragraph's next lines are the note's too
    for before, line in zip(lines[first:], lines[first + 1 :], strict=False):
        body = line.group(0)
        opens = line.start() in breaks or _NOTE_LINE.match(body) is not None
        if _computing(body) or _SIGN.search(body) or not (opens or noting):
            noting = False
            continue
        if "=" in before.group(0) and line.start() not in breaks:
            continue  # "IPU = Indeks Pencemaran" / "Udara": the entry goes on
        noting = True
        blank(chars, line.start(), line.end())


# a field of a form at the end of the formula's line, its line break lost: "Tipologi data:
# Non Komulatif", "Sumber data: DPMD" (words only: no figure, no sign)
_NOTE_AT_END = lazy(
    r"(?<=[^\W_)%])[ \t]+(?P<note>[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*:[ \t]*"
    r"[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+)*)[ \t]*\.?[ \t]*$"
)


def _note_at_end(chars: list[str], line: re.Match[str]) -> None:
    """A field of a form after the formula on its line (see :func:`lines_after`): blanked,
    when what stands before it computes."""
    found = _NOTE_AT_END.search(line.group(0))
    if found and _computing(line.group(0)[: found.start()]):
        blank(chars, line.start() + found.start("note"), line.end())


def _whole_rest(chars: list[str], plain: str, start: int, last: re.Match[str]) -> bool:
    """Blank all that stands under the formula's last line when it is all notes (see
    :func:`lines_after`); whether it was."""
    end, line = last.end(), last.group(0)
    rest = plain[end:]
    if "=" in rest or not re.search(r"[^\W\d_]{2}", rest):
        return False  # nothing under it but a figure: "… kali" / "100%"
    if rest.strip()[:1].islower() or _COUNTED.match(rest.strip()):
        return False  # the name goes on ("… dalam kurun waktu x 100%" / "satu tahun"); a quantity
    above = plain[:end]  # with the lines above that open its brackets
    if above.count("(") != above.count(")") or _OPEN_END.search(line):
        return False
    if _MIDDLE_ALONE.fullmatch(line):  # "Jumlah desa /" / "___)__x 100%" / "Seluruh desa/…"
        return False  # a stack's middle line: what stands under it is the denominator
    formula = plain[start:end]
    whole = divides().search(formula)
    ratio = whole is not None and all(
        re.search(r"[^\W\d_]{3}", piece)
        for piece in (formula[: whole.start()], formula[whole.end() :])
    )
    if ratio or _NOTE_LINE.search(rest):
        blank(chars, end, len(chars))
        return True
    return False


# a slash that divides: spaced on one side, or before a Σ or a bracket
_SLASH = lazy(r"(?<=\s)/|/(?=\s)|/(?=[Σ∑(\[])|(?<=[)\]])/")


def _computing(line: str) -> bool:
    return bool(operator().search(line) or _COMPUTES.search(line) or _SLASH.search(line))


# "Indeks Desa (ID) (Formula : Nilai Total Indeks desa dibagi Jumlah Total desa)": the
# indicator's name, then its formula in brackets under a field's title (Renstra tables)
_FIELD_IN_BRACKETS = lazy(
    r"(?i)\([ \t\n]*(?:formula(?:si)?|rumus(?:an)?|cara[ \t\n]+(?:perhitungan|penghitungan"
    r"|menghitung|pengukuran))(?:[ \t\n]+(?:perhitungan|penghitungan))?[ \t\n]*:"
)


def field_in_brackets(chars: list[str]) -> None:
    """``Nilai Sakip OPD (Formula : Nilai Hasil Evaluasi …)``: the words before the bracket
    name the indicator, the title opens the formula, the bracket closes the cell; the name,
    the title and the brackets are set aside (the formula may be one quantity)."""
    text = text_of(chars)
    if "(" not in text or ":" not in text:
        return
    titles = list(_FIELD_IN_BRACKETS.finditer(text))
    if not titles:
        return
    found = titles[-1]  # the last title: the one whose bracket closes the cell
    closing = len(text.rstrip().rstrip(".").rstrip()) - 1
    inner = text[found.end() : closing]
    if text[closing] != ")" or inner.count("(") != inner.count(")"):
        return
    blank(chars, 0, found.end())
    blank(chars, closing, closing + 1)
    for index in range(found.end(), closing):  # one expression: its lines are the column's
        if chars[index] == "\n":
            chars[index] = " "


# a number said again in words in brackets after its digits: "100 (seratus) persen",
# "1% (satu perseratus)", "2,5% (dua setengah perseratus)", "11/12 (sebelas per dua belas)"
_NUMBER_WORD = (
    r"(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|setengah"
    r"|seperempat|nol|koma|belas|puluh|ratus|ribu|juta|persen|perseratus|perseribu|permil|promil"
    r"|per|mil|prosen|procent|untuk)"  # old spellings: "(lima puluh prosen)", "(lima untuk
    # perseratus)"; "(satu per mil)" (PP 41/2015)
)
# "12 (dua belas)": a number said again in words, blanked where the number is an operand
# (after an operator, or before one or the end), not inside a name ("paling banyak 12 (dua
# belas) bulan")
_TEEN_SAID = lazy(
    r"(?i)\b(\d{2})([ \t]*\([ \t]*(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
    r"sembilan)?[ \t]*belas[ \t]*\))"
)
_OPERAND_PLACE = lazy(  # the operator words: lang/operator_words.py
    r"(?i)(?:\b(?:" + said(joined=True, plain=True) + r"|kali|bagi)|[×*/÷xX])[ \t]*$"
)
_ENDS_OPERAND = lazy(
    r"[ \t]*+(?:[.;]?[ \t]*$|[)×*/÷+]|[xX](?![^\W_])|(?i:" + said(plain=True) + r")\b)"
)
# a decimal below one, said again, then the word of a share: "0,5 (nol koma lima) dari tarif"
_SHARE_AFTER = lazy(r"(?i)[ \t\n]*dari\b")
_BELOW_ONE = lazy(r"(?<![\d.,])0[.,]\d+$")
_WORDS = _NUMBER_WORD + r"(?:[ \t\n-]*" + _NUMBER_WORD + r")*"
_NUMBER_SAID = lazy(
    r"(?i)(?<=[\d½¼¾⅓⅔⅛])[ \t]*+\n?[ \t]*+\([ \t]*"  # "½ (setengah)": a vulgar fraction too
    r"(?=se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|nol)"
    + _WORDS  # "(tiga ratus enam puluh lima)", "(satu koma lima)", "(dua setengah)"
    + r"[ \t]*\)"
    # a share said in words: after a percent, or with a "per…" ("1% (satu perseratus)")
    r"|(?<=[%‰])[ \t]*+\n?[ \t]*+\([ \t]*" + _WORDS + r"[ \t]*\)"  # "1‰ (satu permil)"
    r"|(?<=[\d½¼¾⅓⅔⅛])[ \t]*+\n?[ \t]*+\((?=[^()]*\bper)[ \t]*" + _WORDS + r"[ \t]*\)"
)
_NUMBER_BEFORE = lazy(r"\d[\d.,]*$")


def _operand(text: str, number: re.Match[str] | None, end: int) -> bool:
    """Whether the number (``number``, said again in words up to ``end``) is an operand: after
    an operator, or before one or the end; not a name's words (``dalam 1 (satu) tahun``)."""
    if number is None:
        return True
    if _BELOW_ONE.search(number.group()) and _SHARE_AFTER.match(text, end):
        return True  # "0,5 (nol koma lima) dari tarif": a share
    return bool(_OPERAND_PLACE.search(text, 0, number.start()) or _ENDS_OPERAND.match(text, end))


# what every match of _NUMBER_SAID holds: a digit or a percent, then its bracket
_NUMBER_BEFORE_BRACKET = lazy(r"[\d%‰½¼¾⅓⅔⅛][ \t]*+\n?[ \t]*+\(")


def said_again(chars: list[str], text: str) -> None:
    """Blank a number said again in words in brackets after its digits (``100 (seratus)
    persen``, ``1% (satu perseratus)``, ``dibagi 12 (dua belas) bulan``) where the number is
    an operand; inside a name (``pagu anggaran 1 (satu) tahun``) the words are the name's."""
    said = "(" in text and guards.finds(_NUMBER_BEFORE_BRACKET, text)
    for found in _NUMBER_SAID.finditer(text) if said else ():  # "100 (seratus) persen"
        if (
            text[found.start() - 1] in "%‰"
            or "per" in found.group(0).lower()
            or _operand(text, _NUMBER_BEFORE.search(text, 0, found.start()), found.end())
        ):  # not "pagu anggaran 1 (satu) tahun": a name's words
            blank(chars, found.start(), found.end())
    for found in _TEEN_SAID.finditer(text) if "belas" in text else ():  # "dibagi 12 (dua belas)"
        if _operand(text, found, found.end()):
            blank(chars, *found.span(2))


# a name's alias in brackets: "Jumlah kelurahan tertib (JKT)"
_ALIAS = lazy(r"(?<=[^\W\d_])[ \t]*\([ \t]*(?P<alias>[A-Z][A-Za-z0-9]{0,7})[ \t]*\)")
# the operator said between two aliased names: "(JKT) dibagi jumlah …", "(A) / Jumlah …"
_SAID_BETWEEN = lazy(
    r"(?i)(?<=\))[ \t\n]*(?:dibagi|dikali(?:kan)?|dikurangi|ditambah|berbanding|dibandingkan"
    r"|per|terhadap|[/÷×*xX+-])(?:[ \t]+dengan)?(?=[ \t\n]+[^\W\d_])"
)


def in_aliases(chars: list[str]) -> None:
    """``Jumlah kelurahan tertib (JKT) dibagi jumlah seluruh kelurahan (JSK)`` / ``JKT/JSK X
    100%``: the formula said in words over named quantities, then again over their aliases.
    Read once: the restatement in aliases is the formula (it holds the scale), the sentence
    names its aliases; the operator words between the aliased names are set aside, and the
    names become the aliases' legend (:func:`ikicalc.lang.legend_names.alias_names`)."""
    text = text_of(chars)
    aliases = list(_ALIAS.finditer(text))
    if len(aliases) < 2:
        return
    rest = text[aliases[-1].end() :]
    known = {found.group("alias") for found in aliases}
    used = re.findall(r"[^\W\d_][^\W_]*", rest)
    if len(set(used) & known) < 2 or not all(word in known or word in ("x", "X") for word in used):
        return
    if re.search(r"[^\w\s/÷×*+\-%().,]", rest) or not operator().search(rest):
        return  # "… atau DTKB/SLRHD X 100% = 100": a second way and a target
    for found in _SAID_BETWEEN.finditer(text, aliases[0].end(), aliases[-1].start()):
        blank(chars, found.start(), found.end())


@cache
def components_said() -> str:
    """How many operands an operation or a mean has and what they are, said before they are
    named (``dua komponen yaitu`` in ``rata-rata dari dua komponen yaitu A dan B``): a number
    (in digits or in words, ``[prose.number_words]``), a word or two, then ``yaitu``/``yakni``;
    a pattern (ignoring case is the caller's)."""
    words = "|".join(sorted((str(w) for w in names_data()["prose"]["number_words"]), key=len))
    return (
        r"(?:\d{1,2}|" + words + r")(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t\n]+[^\W\d_]{3,}){1,2}"
        r"[ \t\n]*,?[ \t\n]*(?:yaitu|yakni)(?![^\W_])[ \t]*:?"
    )


@cache
def _components() -> re.Pattern[str]:
    """:func:`components_said` right after the preposition of the operation."""
    return compiled(
        r"(?i)(?<![^\W_])(?:dari|antara|atas)[ \t\n]+(?P<said>" + components_said() + r")"
        r"[ \t\n]+(?=[^\W\d_])"
    )


def components_named(chars: list[str]) -> None:
    """``Indeks ini merupakan hasil perhitungan rata-rata dari dua komponen yaitu Harapan Lama
    Sekolah dan Rata-rata Lama Sekolah`` (RPD DKI): the number of the operands and their
    class, said before they are named, are no part of the first one's name; set aside."""
    text = text_of(chars)
    for found in _components().finditer(text) if guards.holds(text, "yaitu", "yakni") else ():
        blank(chars, *found.span("said"))


def components(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` announces the operands of an operation before it names them
    (``… rata-rata dari dua komponen yaitu A dan B``, :func:`components_said`)."""
    return _components().search(text, start, end) is not None
