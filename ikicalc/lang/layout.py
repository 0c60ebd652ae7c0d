"""The layout of a formula cell: what is around the formula, and how its lines stand.

Cells arrive as Word, PDF and web pages leave them: a sentence before the formula
(``cara pengukuran kinerjanya yaitu …``), its target after it (``… = 100``, ``sama dengan
seratus``), a legend under it (``x = Jumlah …``), footnote marks (``*``), numbers in words
(``dikalikan seratus persen``), and fractions stacked over three lines (numerator, a bar or
``x 100%``, denominator). :func:`lay_out` finds these and hands the grammar a text of the
**same length** in which

* what is not part of the formula is blanked with spaces (so every offset, every caret of an
  error message and every span of the AST still points into the cell as written);
* numbers in words after an operator are written in digits, padded with spaces;
* the middle line of a stacked fraction is marked: the line break before it becomes
  ``\\uE000`` and the one after it ``\\uE001`` (``grammar/formula.lark`` reads them);
* a legend's symbols that look like operators (``x``) become a letter the grammar reads as a
  name (``ⅹ``); the legend itself is returned, to give the symbols their names.

The cue words are data (``data/names.toml``, ``[layout]``). The passes live beside this
module: :mod:`ikicalc.lang.legends` (legends and aliases), :mod:`ikicalc.lang.stacking`
(stacked fractions), :mod:`ikicalc.lang.barless` (lost bars), :mod:`ikicalc.lang.inline_bars`
(bars inside a line), :mod:`ikicalc.lang.prose` (formulas said in sentences, remarks, notes
and other furniture), :mod:`ikicalc.lang.preamble` (the words before the formula),
:mod:`ikicalc.lang.layout_cues` (what they share), :mod:`ikicalc.lang.guards` (cheap proofs
that a pass has nothing to do).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from ikicalc.lang import examples as _examples
from ikicalc.lang import guards
from ikicalc.lang import terms as _terms
from ikicalc.lang import wrapping as _wrapping
from ikicalc.lang.chars import Chars, text_of
from ikicalc.lang.coefficients import coefficients
from ikicalc.lang.count_mean import semicolon_list
from ikicalc.lang.dashes import Hole, dashed_fraction
from ikicalc.lang.equals import extra_equals
from ikicalc.lang.flattened_bars import put_back
from ikicalc.lang.form_lines import form_early
from ikicalc.lang.formula import Reading
from ikicalc.lang.inline_bars import bars_in_line
from ikicalc.lang.joined import legend_joined
from ikicalc.lang.joined_stack import joined_stack
from ikicalc.lang.label_column import columns_put_back
from ikicalc.lang.labels import label_after, label_before, label_colon
from ikicalc.lang.latex import equation_lines, plain_latex, symbols_in_dollars
from ikicalc.lang.layout_cues import BAR as _BAR
from ikicalc.lang.layout_cues import DIVISION as _DIVISION
from ikicalc.lang.layout_cues import LINE_CLOSE, LINE_OPEN, LINKS_TO_TITLE, said_again
from ikicalc.lang.layout_cues import blank as _blank
from ikicalc.lang.layout_cues import operator as _operator
from ikicalc.lang.legend_beside import scale_after_legend, with_scale
from ikicalc.lang.legend_entries import legend_lines
from ikicalc.lang.legend_marks import marked_symbols
from ikicalc.lang.legends import OPERATOR_SYMBOLS as _OPERATOR_SYMBOLS
from ikicalc.lang.legends import header_tail, legend_below, legend_inline
from ikicalc.lang.letter_x import final_letter, glued_times, leading_letter, letter_before_middle
from ikicalc.lang.lettered import lettered_terms
from ikicalc.lang.numbered import numbered_wrapped
from ikicalc.lang.ocr_figures import scanned_figures
from ikicalc.lang.paragraph import plain_spaces, plain_text
from ikicalc.lang.periods import periods_said
from ikicalc.lang.preamble import parallel, percent_heading, words_before
from ikicalc.lang.prose import (
    formula_in_brackets,
    furniture,
    label_said,
    note_after,
    operation_said,
    second_way,
)
from ikicalc.lang.rates import (
    colon_divides,
    currency,
    rate_described,
    rates_restated,
    scale_marks,
    whole_rate,
)
from ikicalc.lang.remarks import remark_at_end
from ikicalc.lang.restated import components_named
from ikicalc.lang.said_digits import said_beside_digits
from ikicalc.lang.said_steps import steps_said
from ikicalc.lang.scanned import ocr_marks
from ikicalc.lang.sentences import one_sentence
from ikicalc.lang.sigma import index_below
from ikicalc.lang.spaced_subscripts import subscripts_together
from ikicalc.lang.spelled import said_first, spelled_numbers
from ikicalc.lang.stacking import LostBar, sum_below
from ikicalc.lang.stacking import fraction_words as _fraction_words
from ikicalc.lang.stacking import stack as _stack
from ikicalc.lang.term_lines import legend_of_lines
from ikicalc.lang.typos import operator_typos
from ikicalc.names import names_data
from ikicalc.patterns import compiled, lazy

__all__ = ["LINE_CLOSE", "LINE_OPEN", "Layout", "lay_out"]


@dataclass(frozen=True)
class Layout:
    """The cell as the grammar reads it (same length as the cell), and its legend.

    ``legend`` maps a symbol as it stands in ``text`` to the name the legend gives it;
    ``notes`` says in words what was set aside (for lint and ``explain``); ``lost_bar``
    where a fraction's lost bar was put back, and the scale set aside to apply to the whole.
    """

    text: str
    legend: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    lost_bar: LostBar | None = None
    readings: tuple[Reading, ...] = ()
    hole: Hole | None = None


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    layout = names_data()["layout"]
    words = {key.lower(): str(value) for key, value in layout["number_words"].items()}
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    number_word = compiled(
        r"(?i)((?:\b(?:dikali(?:kan)?|di\s+kali|kali|x|per)(?:\s+dengan)?\s+|[×*·⋅]\s*))("
        + alternatives
        + r")\b"
    )
    percent = compiled(
        r"^\s*(?:" + "|".join(names_data()["prose"]["percent_words"]) + r")\s+(?=\S)",
        re.IGNORECASE,
    )
    return number_word, percent, words


_TARGET_TAIL = lazy(
    r"(?i)(?<!\s)(?:\s*(?:(?<!=)=|\bsama\s+dengan\b)"  # not the last '=' of a bar "====="
    r"\s*+(?:\d[\d.,]*\s*+(?:%|persen)?|seratus(?:\s+persen)?)?\s*+\.?\s*+)$"  # (not the square)
)
_ALTERNATIVE = lazy(r"(?i)\s\batau\b\s")
_FOOTNOTE = lazy(
    r"(?<=[^\W\d_)])\*+\)?(?=[ \t]*(?:\n|$|[/÷×:+]|[xX][ \t]|(?i:dibagi|dikali)))"
    r"|^[ \t]*\*+\)[^\n]*$",
    re.MULTILINE,
)
_FINAL_PERIOD = lazy(r"(?<!\.)\.[ \t]*$")
_IN_PERCENT = lazy(  # also a sentence of its own: "…. Dengan satuan presentase"
    r"(?i)(?<!\s)[,.]?\s*\b(?:(?:dinyatakan|dalam)\s+(?:dalam\s+)?(?:\d{1,4}\s+)?(?:satuan\s+)?"
    r"|dengan\s+satuan\s+)(?:persen|p[re]{2}s[e]ntase|%)"
    r"(?:\s*(?:\(\s*)?(?:%|(?:dikali(?:kan)?|kali|[x×])\s*100\s*%?)(?:\s*\))?)?(?=\s*(?:\.\s*)?$)"
)  # "… dinyatakan dalam persen (dikali 100).", "… dalam persen (x 100%)" its brackets blanked
_COMMA_BEFORE_OPERATOR = lazy(
    r"(?<=[)\]])[ \t]*,(?=[ \t]*(?:(?i:berbanding|dibagi|dikali|dikalikan|ditambah|dikurangi"
    r"|di\s+(?:bagi|kali|tambah)|kali|bagi)(?![^\W_])|[xX×*/÷](?![^\W\d_])))"
)
_PERIOD_BEFORE_OPERATOR = lazy(
    r"(?i)(?<=[^\W\d_])\.(?=[ \t]+(?:(?:kemudian|lalu|selanjutnya|hasilnya)[ \t]+)?"
    r"(?:di[ \t]*kali(?:kan)?|di[ \t]*bagi|dibandingkan|ditambah|dikurangi)\b)"
)
_FILLER = lazy(
    r"(?i),?[ \t]*\b(?:(?:(?:yang[ \t]+)?(?:kemudian|selanjutnya|berikutnya|lantas"
    r"|(?:setelah|sesudah)[ \t]+itu)|(?<!yang )(?<!yg )"  # not
    r"(?<!\D\s(?:tahun|bulan)\s)(?<!(?:triwulan|semester)\s)(?<!periode\s)lalu)"  # last year
    r"(?:\s+hasil(?:nya)?)?|hasilnya)\b"
    r"(?=\s+(?:di\s*kali|di\s*bagi|kali|bagi|[×*·⋅]|[xX](?![^\W\d_])))"
)
_PERIOD_IN_BRACKETS = lazy(
    r"(?<=[^\W\d_])(?<!\b(?i:dll|dsb|dst|dkk))\.(?=[ \t]*(?:\)|\n))"  # not "(…, dll.)"
)
_RATIO_WORD = lazy(r"(?i)^\s*(?:rasio|proporsi)\s+(?:antara\s+)?(?=\S)")
_TERHADAP = lazy(r"(?i)\sterhadap\s")
_GLUED_TIMES = lazy(
    r"(?<=[^\W\d_])[xX](?=100(?!\d)|1(?:\.?000)+(?![\d.,]))|(?<=[a-z])x(?= 100(?![\d.,]))"
    r"|(?<=[^\W\d_])\.[xX](?=[ \t]?100(?![\d.,]))"
)  # "PP/PAKx100%", "Bx1.000 KH", "jalan Kab.x100%": a rate's scale glued to the name before it
_PERCENT_IN_BRACKETS = lazy(r"(?<=\d)[ \t]*(\()[ \t]*(?:%|persen)[ \t]*(\))", re.IGNORECASE)
# "… dikali (x) 100%": an operator word, then its sign in brackets, saying it again
_SIGN_RESTATED = lazy(
    r"(?i)\b(?:dikali(?:kan)?|kali|dibagi|bagi|ditambah|dikurangi)(?:[ \t]+dengan)?[ \t]*"
    r"(\([ \t]*[x×*:/÷+−-][ \t]*\))"
)
_FIELD_LABEL = lazy(
    r"(?im)^[ \t]*(?:(?:formula(?:si)?|rumus(?:nya)?|cara|metode)"
    r"(?:[ \t]+(?:perhitungan|penghitungan|pengukuran|menghitung))?"
    r"(?:[ \t]*/[ \t]*(?:rumus|formula))?"
    r"|keterangan|ket\.?|catatan|definisi|penjelasan)[ \t]*[:=][ \t]*(?:=[ \t]*)?(?=\S)"
)
_BROKEN_BAR = lazy(r"(?<=__)[)(|](?=_)")  # "_______)____x 100%": a stray bracket in a PDF's bar
_DOUBLED_COLON = lazy(r"(?m)(?<=[^\W\d_])[ \t]*:[ \t]*(:)(?=[ \t]*$|[ \t]+\S)")  # "Rumus : :"
_HEADED_BULLET = lazy(r"(?:^|:)[ \t]*([●•▪◦])[ \t]+(?=\S)")
_MATH_LETTERS = lazy("[\u2100-\u214f\U0001d400-\U0001d7ff]")


_PROTECTED = lazy(
    r"\\(?:text|textrm|textit|textbf|mathrm|mathit|mbox|operatorname)\s*\{([^{}\n]*)\}"
)


def lay_out(text: str) -> Layout:
    """Find what surrounds the formula in ``text`` and how its lines stand (see module).

    What stands inside ``\\text{…}`` is a name as written: the layout leaves it alone (the
    canonical text protects names that way when they hold a cue word).
    """
    protected = [  # a symbol (\mathrm{JDM}) holds no cue word: its legend must see it
        m.span(1)
        for m in (_PROTECTED.finditer(text) if "\\" in text else ())
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,9}", m.group(1))
    ]
    text = plain_spaces(text)  # CRLF (Windows), CR: the line's breaks; no-break spaces
    chars = Chars(text.replace(LINE_OPEN, " ").replace(LINE_CLOSE, " ").replace("¦", "|"))
    early = said_first(chars)  # "dua pertiga dari A": 2⁄3 dari A; "A (50%), B (50%)": weights
    examples = _examples.introduced(chars) if _examples.may_introduce(text) else ()  # "Contoh: …"
    if ("-" in text or "/" in text) and ("\n" in text or "- " in text):
        _wrapping.rejoin_hyphenated(chars)
    if "x\n" in text or "X\n" in text or "×\n" in text or "\n%" in text:
        _wrapping.rejoin_counts(chars)  # "… DPT-HB-Hib, 4 x" / "imunisasi polio"
    apart = None
    moved = None
    scanned = ocr_marks(chars) if guards.has(text, "—", "100", "---", "___") else ()
    fixed = text_of(chars) if scanned else text  # the scale a lost bar set aside, read back
    subscripts_together(chars, text)  # "X 1 = …", "I j ,ing" / "Ij,ing = …": subscripts apart
    if "\n" in text:
        moved = columns_put_back(chars)  # "Persentase Realisasi × 100" / "Capaian =" / …
        put_back(chars)  # "Rasio =" / "-------Jumlah …": a stack as extractors flatten it
        apart = scale_after_legend(chars)  # "A : …" / "B : …" / "X 100%": a sheet's scale
    plain_text(chars)  # "&Sigma;", a sentence wrapped over lines by a narrow column
    for start, end in protected:
        chars[start:end] = "a" * (end - start)
    laid = _lay_out(text, chars)
    laid = dataclasses.replace(laid, notes=(*examples, *laid.notes)) if examples else laid
    laid = dataclasses.replace(laid, readings=early + laid.readings) if early else laid
    if apart:
        laid = dataclasses.replace(laid, lost_bar=with_scale(laid.lost_bar, apart))
    if scanned:  # "Tingkat — A / B", "x 100 Yo": marks a scanned page's OCR confused
        laid = dataclasses.replace(laid, readings=scanned + laid.readings)
        moved = moved or (fixed if laid.lost_bar and laid.lost_bar.scale else None)
    if moved and laid.lost_bar and laid.lost_bar.scale:
        laid = dataclasses.replace(laid, lost_bar=dataclasses.replace(laid.lost_bar, source=moved))
    if not protected:
        return laid
    final = list(laid.text)
    for start, end in protected:
        final[start:end] = text[start:end]
    return Layout("".join(final), laid.legend, laid.notes, laid.lost_bar, laid.readings, laid.hole)


def _lay_out(text: str, chars: list[str]) -> Layout:
    text = text_of(chars)  # with \\text{…} masked
    notes: list[str] = []
    mathematical = guards.beyond_ascii(text)
    letters: set[int] = set()  # where they stood
    summed: list[Reading] = []  # "∑ni=1 mfi· q · pri": Σ over the whole product
    for match in _MATH_LETTERS.finditer(text) if mathematical else ():  # 𝑗𝑢𝑚𝑙𝑎ℎ
        plain = unicodedata.normalize("NFKC", match.group(0))
        if len(plain) == 1:
            chars[match.start()] = plain
            letters.add(match.start())
    if mathematical and marked_symbols(chars):  # "Δ PKA / Σ PKB" / "∆ PKA : Selisih …"
        text = text_of(chars)
    if letters:  # "𝐸𝑉𝑟 = ∑𝑛𝑖=1 𝑚𝑓𝑖. 𝑞 . 𝑝𝑟𝑖      (1)": an equation editor's export
        summed = equation_lines(chars, frozenset(letters))
    for match in _BROKEN_BAR.finditer(text) if "__" in text else ():
        chars[match.start()] = "_"
    for match in _DOUBLED_COLON.finditer(text) if "::" in text or ": :" in text else ():
        chars[match.start(1)] = " "
    text = text_of(chars) if "\\" in text and plain_latex(chars) else text  # "\\(RUTA=\\sum^N…\\)"
    if text.count("$") >= 2 and "\\" not in text:  # "$P_{1}$ / $P_{2}$ x 100%"
        symbols_in_dollars(chars)
        text = text_of(chars)
    glued = guards.holds(text, "x1", "x 100")  # what _GLUED_TIMES needs
    for match in _GLUED_TIMES.finditer(text) if glued else ():  # "PP/PAKx100%", "Kab.x100%"
        chars[match.start() : match.end()] = list(" ×"[match.start() - match.end() :])
    lettered = lettered_terms(chars) if ";" in text else ()  # "a. tarif 7,5% dikalikan A;"
    readings = lettered + scanned_figures(chars)  # "22o/o", "0,l (satu persepuluh)", "11/2 …"
    rates_restated(chars)  # "0,005 (0,5%)": the share said again; "lebih tinggi 20% daripada"
    readings += tuple(summed)
    if "%" in text and "(" in text and guards.holds(text, "seratus"):
        whole_rate(chars)  # "100 % (seratus persen) dikalikan A": a share, all of A
    if ":" in text and "(" in text:
        colon_divides(chars)  # "(Harga Perolehan Barang: Umur Ekonomis) x 30%"
    said_beside_digits(chars)  # "Rp85.000,00 (delapan puluh lima ribu rupiah)", "100 (Mbps)"
    periods_said(chars)  # "2% per bulan dari A", "… sebulan dihitung dari A", "9 bulan upah"
    if "Rp" in text or "IDR" in text or "US$" in text:
        currency(chars)  # "… + Rp100.000,00": a constant in rupiah
    if "=" in text:  # "… = Rp85.000,00 / [Rp1.000.000,00 x 90] = 0,0944%": a worked example
        _examples.after_equals(chars, notes)
    if "000" in text or "‰" in text or guards.has(text, "(x", "(X", "(×"):
        scale_marks(chars)  # "x 100 000", "x 1.000 ‰": the scale of a rate as written
    if ("+" in text and guards.has(text, ",", ".", "%", "/")) or guards.has(text, "Σ", "∑", "(1"):
        coefficients(chars)  # "IKLH = 0,3 IKA + 0,3 IKU + 0,4 IKTL", "1/n Σ xi": factors
    if ";" in text and guards.holds(text, "rata"):
        semicolon_list(chars)  # "rata-rata (A; B; C)": the list of a mean
    if "\n" in text and "(" in text:
        numbered_wrapped(chars)  # "Kolom" / "(13) : Kolom (8) x 100%": one name
    # "L Tu = ( ------ x HSBKu ) + Rp100.000,00 500": the pieces of a dashed fraction moved
    hole = dashed_fraction(chars) if "=" in text and "--" in text else None
    text = text_of(chars)
    # "(… yang sama.) x 100%", "… tahun.\n"
    period = guards.has(text, ".") and guards.has(text, ")", "\n")
    for match in _PERIOD_IN_BRACKETS.finditer(text) if period else ():
        chars[match.start()] = " "
    percent = guards.has(text, "(") and guards.holds(text, "%", "persen")
    for match in _PERCENT_IN_BRACKETS.finditer(text) if percent else ():  # "x 100 (persen)"
        chars[match.start(1)] = chars[match.start(2)] = " "
    for match in _SIGN_RESTATED.finditer(text) if guards.has(text, "(") else ():
        _blank(chars, *match.span(1))  # "dikali (x) 100%": the word says it
    indexed = ("Σ" in text or "∑" in text) and "\n" in text
    readings += tuple(index_below(chars)) if indexed else ()  # "Σ WT HT" / "T": Σ (WT × HT)
    sums = sum_below(chars) if "Σ" in text or "∑" in text else None  # "A Σ B": A / ΣB
    form_early(chars, text)  # "(NS + NP) x 100" / "NA =" / "NST + NPT"; "Rp. ....... (A - B)"
    # "… dimana, CF Provinsi i = … ∑CF Provinsi = …": terms of several words first
    # "NLP = 2 x (NA + NB) + ND NA = Jumlah … NB = …": a legend whose lines were joined
    if "\n" not in text.strip() and legend_lines(chars):  # "A/B x 100% Ket : - A : adalah …"
        text = text_of(chars)  # the legend under its formula, on lines of its own
    legend, joined = legend_joined(chars, notes) if "\n" not in text.strip() else ({}, [])
    readings += tuple(joined)
    legend = legend or _terms.legend_by_terms(chars, notes) or legend_of_lines(chars, notes)
    legend = legend or legend_below(text_of(chars), chars, notes)
    legend = legend or _terms.legend_first(chars, notes) or legend_inline(chars, notes)
    legend |= _constants(chars)
    tail = header_tail().search(text_of(chars)) if legend else None
    if tail:  # "A / B x 100%, dengan:" over the legend's lines
        _blank(chars, tail.start(), tail.end())
    # "Jumlah A x 100% = Jumlah B": a stack's three lines joined, its middle line between
    joined_bar = None
    if "\n" not in text.strip() and ("=" in text or ":" in text or "%" in text):
        joined_bar = joined_stack(chars, legend)
    if not legend:
        steps_said(chars)  # "1. hitung A; 2. bagi dengan B; 3. kalikan 100%" (lang/said_steps.py)
    if not legend and ("\n" not in text or not _under_middle_line(chars)):
        note_after(chars)  # "Keterangan: data dari DPMD" under the formula
        for mark in _HEADED_BULLET.finditer(text_of(chars)) if guards.has(text, "●", "•") else ():
            chars[mark.start(1)] = " "  # "Rumus Perhitungan …: ● (2% x …)/12", lines joined
    label_before(chars)  # "Cakupan ASI Eksklusif Jumlah bayi … x 100% Jumlah seluruh …"
    if "=" in text and not label_after(chars):  # "… Jumlah B\nX 100 Cakupan\nRumah Layak Huni\n="
        extra_equals(chars, notes)  # "A / B x 100% = Rasio …", "… = orang/km²", "IKM = Indeks … ="
    furniture(chars)
    readings += operator_typos(chars)  # "dikurangr", "dibagl": OCR's operator words
    final_letter(chars)
    if "x" in text:
        glued_times(chars)  # "Hutan=AxB", "((A-B)xCxD)xTD"
    if text.lstrip()[:1] in ("x", "X"):
        leading_letter(chars)  # "x" / "× 100" / "y"
    _fraction_words(chars)
    _examples.between_names(chars, notes)  # "A ---- x 100 % (7.012/10.456) x 100 % = 67,06 B"
    if "\n" in text and "=" in text:
        _examples.beside_stack(chars, notes)  # "A 9" / "… = x 100% = x 100%" / "B 9" / "= 100%"
    inline = bars_in_line(chars)  # "A = 2720 ---- x 100 % B": a bar inside a line
    current = text_of(chars)
    if guards.may_find(_FIELD_LABEL, current):
        for title in _FIELD_LABEL.finditer(current):  # "Formulasi Perhitungan : A / B x 100%"
            # what stands above a field's title on lines of their own is not the formula
            above = current[: title.start()]
            sentence = text[: title.start()].rstrip().endswith((".", ":"))  # "Definisi: … ."
            sentence = sentence or LINKS_TO_TITLE.search(above) is not None  # "… dengan"
            start = 0 if sentence and not _operator().search(above) else title.start()
            _blank(chars, start, title.end())
        current = text_of(chars)
    fillers = guards.holds(current, "kemudian", "lalu", "selanjutnya", "hasilnya", "berikutnya",
                           "lantas", " itu")  # fmt: skip
    for match in _FILLER.finditer(current) if fillers else ():  # "…, kemudian dikalikan"
        _blank(chars, match.start(), match.end())
    for match in _PERIOD_BEFORE_OPERATOR.finditer(current) if ". " in current else ():
        chars[match.start()] = " "  # "… jumlah penduduk. Kemudian dikalikan 100 persen."
    if ":" in current and label_colon(chars, current):  # "Prevalensi Stunting: A dibagi B"
        label_colon(chars, text_of(chars))  # "Rumus Perhitungan:" / "% CAPAIAN :" / a stack
    commas = "," in current and (")" in current or "]" in current)
    for comma in _COMMA_BEFORE_OPERATOR.finditer(current) if commas else ():  # "(SKM), dikali"
        chars[comma.start()] = " "
    remark_at_end(chars)  # "… dikalikan 1000 (untuk mendapatkan rasio …)."
    stacked = "\n" in current and any(_BAR.fullmatch(line.strip()) for line in current.split("\n"))
    said = None if stacked else operation_said(chars)  # "membagi A dengan B"; not over a bar
    readings += said.readings if said else ()  # "Rasio antara A dengan B": a guess
    one_sentence(chars)
    components_named(chars)  # "rata-rata dari dua komponen yaitu A dan B"
    label_said(chars)  # "APK SD sama dengan A dibagi B"
    current = text_of(chars)
    number_word, percent_word, words = _cues()
    found = words_before(current)
    introduced = found is not None
    if found:
        _blank(chars, 0, found.end())
        notes.append(f"the words before the formula were set aside: {found.group(0).strip()!r}")
        percent_heading(chars)  # "… dinilai dari persentase jumlah …"
    elif "=" not in current and not said:
        lead = percent_word.match(current)
        if lead and _operator().search(current, lead.end()) and not parallel(current):
            _blank(chars, 0, lead.end())
            introduced = True
        elif (ratio := _RATIO_WORD.match(current)) and len(_TERHADAP.findall(current)) == 1:
            # "Rasio A terhadap B": the ratio A / B, said in words
            _blank(chars, 0, ratio.end())
            against = _TERHADAP.search(current)
            if against:
                chars[against.start() + 1 : against.end() - 1] = list("/       ")
        elif lead and len(_TERHADAP.findall(current)) == 1:
            # "persentase A terhadap B": the ratio A / B in percent
            _blank(chars, 0, lead.end())
            chars[lead.end() - 7 : lead.end() - 1] = list("100% x")
            against = _TERHADAP.search(current)
            if against:
                chars[against.start() + 1 : against.end() - 1] = list("/       ")
        formula_in_brackets(chars, current)
    current = text_of(chars)
    if introduced and not said and not _DIVISION.search(current):
        against = _TERHADAP.search(current)  # "… adalah A terhadap B dikali 100%"
        if against and not _operator().search(current, 0, against.start()):  # not "A dikali
            # faktor penyesuaian tahun 1984 terhadap tahun perolehan": a name's words
            chars[against.start() + 1 : against.end() - 1] = list("/       ")
    current = text_of(chars)
    alternative = _ALTERNATIVE.search(current) if guards.may_find(_ALTERNATIVE, current) else None
    second = current[alternative.end() :] if alternative else ""
    if (
        alternative
        and not _BAR.search(second)  # "… KUBE atau kelompok …" / "____ x 100 %": a numerator
        and second_way(current[: alternative.start()], second)
        and _operator().search(said_again(current), 0, alternative.start())
        and _operator().search(second)
        and re.search(r"[^\W\d_]", second)
    ):
        _blank(chars, alternative.start(), len(chars))
        notes.append("a second way of writing the same formula after 'atau' was set aside")
    for match in _FOOTNOTE.finditer(current) if "*" in current else ():
        _blank(chars, match.start(), match.end())
    current = text_of(chars).rstrip()
    lower = current.lower()
    tail = _TARGET_TAIL.search(current) if "=" in current or "sama" in lower else None
    if tail and tail.group(0).strip() and _operator().search(current, 0, tail.start()):
        _blank(chars, tail.start(), tail.end())
        if tail.group(0).strip() not in {".", "="}:
            notes.append(f"the target after the formula was set aside: {tail.group(0).strip()!r}")
    current = text_of(chars)
    in_percent = _IN_PERCENT.search(current) if "dalam" in lower or "satuan" in lower else None
    if in_percent and _operator().search(current, 0, in_percent.start()):
        # "… dinyatakan dalam satuan persen (%)": the ratio is given in percent, × 100%
        _blank(chars, in_percent.start(), in_percent.end())
        if in_percent.end() - in_percent.start() >= 7:
            chars[in_percent.start() + 1 : in_percent.start() + 7] = list("x 100%")
    spelled_numbers(chars)  # "dikalikan tiga puluh", "dibagi dua belas": any number in words
    current = text_of(chars)
    for match in number_word.finditer(current) if "se" in lower or "juta" in lower else ():
        digits = words[match.group(2).lower()]
        start = match.start(2)
        chars[start : match.end(2)] = list(digits.ljust(match.end(2) - start))
    current = text_of(chars)
    final = _FINAL_PERIOD.search(current.rstrip()) if guards.ends_with(current, ".") else None
    if final:
        _blank(chars, final.start(), final.start() + 1)
    rated = "%" in current or "‰" in current or "/" in current  # "tarif 18% dikalikan A"
    if rated or guards.holds(current, "persen", "sebesar"):  # "sebesar 4 (empat) kali A"
        rate_described(chars, notes)  # "selama masa 2/5 dari pada A"
    lost = joined_bar or _stack(chars) or inline or sums
    if LINE_OPEN in chars:
        letter_before_middle(chars)
    return Layout(text_of(chars), legend, tuple(notes), lost, readings, hole)


# a stack's middle line: a bar, the scale beside it or alone ("------ x100%", "x 100%"); its
# blanks possessive (a long line of blanks was parted between them every way)
_MIDDLE_LINE = lazy(
    r"^[ \t]*+(?:(?:[-_─—–‾=]{3,}|(?:_[ \t]){3,}_)[ \t]*+)?(?:(?:[xX×*]|\\times)[ \t]*+"
    r"1[\d.,]*[ \t]*+%?)?[ \t]*+(?:[-_─—–‾=]{3,})?[ \t]*+$"
)


def _under_middle_line(chars: list[str]) -> bool:
    """Whether the cell's last line stands right under a stack's middle line: it is the
    denominator (``… ---- x100%`` / ``jumlah balita diukur …``), never a note."""
    text = text_of(chars).rstrip()
    if "\n" not in text:
        return False
    last = text.rfind("\n")
    above = text[text.rfind("\n", 0, last) + 1 : last]
    return bool(above.strip()) and _MIDDLE_LINE.match(above) is not None


_CONSTANT_AT_END = lazy(
    r"(?i)(?<![ \t,;])[ \t,;]*(?:\(|(?<=[,;])|(?<=[,;][ \t])"  # "… x K, K = 1.000": after a comma
    r"|\b(?:dengan|dimana|di mana|keterangan|ket\.?)[ \t]*:?)[ \t]*"
    r"(?P<symbol>[A-Za-z])[ \t]*=[ \t]*(?P<value>\d{1,3}(?:\.\d{3})+|\d+)[ \t]*+\)?[ \t]*+\.?\s*+$"
)


def _constants(chars: list[str]) -> dict[str, str]:
    """``… x k (k = 100.000)``: a constant named after the formula; blank it, return it."""
    text = text_of(chars)
    found = _CONSTANT_AT_END.search(text) if "=" in text else None
    if (
        found is None
        or found.group("symbol") in _OPERATOR_SYMBOLS
        or not re.search(rf"(?<![^\W_]){found.group('symbol')}(?![^\W_])", text[: found.start()])
    ):
        return {}
    _blank(chars, found.start(), found.end())
    return {found.group("symbol"): found.group("value")}
