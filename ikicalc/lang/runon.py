"""What runs on after a formula in its sentence, and amounts said the way regulations say them.

A remark after the scale of a complete ratio (``… dikali 100 % yang diukur setiap
triwulan``), a sentence defining a term with no period before it (``… (Ton/Ha) Jumlah
produksi … adalah …``), a clause citing where the rule is set (``…, sebagaimana tercantum
dalam Lampiran …``), a list announced and not there (``…, dengan kriteria sebagai
berikut:``); a share of what follows (``denda sebesar 30% dari A dikurangi B``; ``N kali A``
is :mod:`ikicalc.lang.multiples`'s). Each function works on the cell's characters in place
and keeps the text's length (see :mod:`ikicalc.lang.layout`); :mod:`ikicalc.lang.prose` calls
them.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, operator, said_again
from ikicalc.lang.multiples import TIMES_SAID, multiples_listed
from ikicalc.lang.periods import each_unit, for_each
from ikicalc.lang.said import computes as _computes
from ikicalc.lang.said import difference, operation_word, states
from ikicalc.lang.said import divides_between as _divides
from ikicalc.lang.said_joins import another_voice
from ikicalc.lang.shares_listed import shares_listed
from ikicalc.names import counting_spellings, names_data
from ikicalc.patterns import lazy

__all__ = ["after_formula", "clause_after", "predicate", "remark_after_scale",
           "value_named"]  # fmt: skip

# the noun or verb of an operation said in words ("perkalian", "membagi", …)
_CUE = lazy(
    r"(?i)\b(?:perbandingan|mem(?:per)?bandingkan|membagi(?:kan)?|pembagian|perkalian|mengalikan"
    r"|penjumlahan|menjumlahkan|proporsi)\b"
)


# "denda sebesar 30% (tiga puluh persen) dari jumlah pajak … dikurangi dengan pajak …", "1‰
# (satu permil) dari nilai kontrak" (Perpres 16/2018), "10/110 (…) dari harga …", "setengah
_SHARE_OF = lazy(  # (1⁄2, lang/spelled.py's) dari gajinya": a share of what follows, to the end
    r"(?i)(?:\d[\d.,]*[½¼¾]?[ \t]*(?:[%‰]|persen\b|p(?:er|ro)mil\b)|\b\d+[ \t]*/[ \t]*\d+"
    r"|(?<![\d.,])0[.,]\d+|\b\d+⁄\d+)(?:[ \t\n]*\([^()]*\))?"
    r"(?:\s+(?:per|setiap|tiap)\s+(?:hari|minggu|bulan|tahun|jam))?[ \t\n]+(dari(?:[ \t]+pada)?)"
    r"[ \t\n]+(?=\S)"  # "dari pada" (PP 50/1971), an old spelling of "daripada": of
)
# a product or a division after a share's "dari" (not a difference said in words)
_PRODUCT_AFTER = lazy(r"(?i)[/÷×*]|\bdi[ \t]*(?:bagi|kali)")
# a share of the whole: "100% (seratus persen) dari …"
_WHOLE = lazy(r"(?i)100(?:[.,]0+)?[ \t]*(?:%|persen\b)")
# a list announced at the end of the cell, not there ("…, dengan kriteria sebagai berikut:")
_ANNOUNCED = lazy(  # blanks taken whole (tests/test_blank_runs.py)
    r"(?i)(?<![ \t])(?:(?<!\n)[ \t\n]*+,?[ \t\n]*+(?:(?:dengan|yang|sesuai)[ \t\n]+"
    r"(?:kriteria|ketentuan|rincian|rumus)[ \t\n]+(?:sebagai[ \t\n]+berikut|bahwa)"
    # "… dengan menggunakan formula:", "…, menggunakan formulasi perhitungan:"
    r"|(?:dengan[ \t\n]+)?menggunakan[ \t\n]+(?:rumus|formula(?:si)?)(?:[ \t\n]+perhitungan)?))?"
    r"[ \t]*+:[ \t]*$"
)


# the first operation after a share's base: an addition ends the share ("… sebesar separoh dari
# tunjangan … ditambah dengan tunjangan lain …", PP 8/1975; "… 50% (…) dari jumlah anggota
# ditambah 1 (satu) anggota", UU 17/2014; "… kenaikan sebesar 25% (…) dari pokok pajak ditambah
# sanksi administrasi berupa bunga …", UU 18/1997), a deduction nets the base
_FIRST_OPERATION = lazy(
    r"(?i)(?<![^\W_])(?P<add>ditambah(?:kan)?)(?![^\W_])|(?P<plus>(?<=\s)\+(?=\s))"
    r"|(?<![^\W_])(?:dikurangi|dikurangkan|dikali(?:kan)?|dibagi|kali)(?![^\W_])|[×*÷]|(?<=\s)/(?=\s)"
    r"|(?<=\s)[-−](?=\s)"
)


_ADDED = lazy(r"(?i)(?<=[ \t\n])(?:ditambah(?:kan)?(?![^\W_])|\+(?=\s))")


def _share_of(chars: list[str], text: str) -> None:
    """``30% dari A dikurangi B``: the share multiplies its base net of what is deducted from
    it, ``30% × (A - B)``, written with its bracket where a character after the formula can
    close it; an addition ends the share: ``50% dari A ditambah 1`` is ``50% × A + 1``, ``30%
    dari A dikurangi B ditambah C`` is ``30% × (A − B) + C``."""
    found = _SHARE_OF.search(text)
    if found is None or not re.search(r"[^\W\d_]{3}", text[found.end() :]):
        return
    first = _FIRST_OPERATION.search(text, found.end())  # "… dari A ditambah B": of A only
    base_only = first is not None and first.lastgroup in {"add", "plus"}
    if "⁄" in found.group(0) and _computes(text[found.end() :]) and not base_only:
        return  # "dua pertiga dari A dikurangi B": the grammar's share of all that follows
    start, width = found.start(1), len(found.group(1))  # "dari", "dari pada"
    whole = _WHOLE.match(found.group(0))  # "100% (seratus persen) dari A": all of it, 1 × A
    one = list("1".ljust(whole.end())) if whole else []  # (never a percentage)
    if not _computes(text[found.end() :]) or base_only:
        chars[start : start + width] = list("×".ljust(width))  # "20% dari nilai kinerja"
        chars[found.start() : found.start() + len(one)] = one
        return
    end = len(text.rstrip().rstrip(".;").rstrip())
    added = _ADDED.search(text, found.end(), end)  # "… dikurangi B ditambah C": up to C
    end = added.start() - 1 if added is not None else end
    if end >= len(text) and _PRODUCT_AFTER.search(text, found.end()):
        return  # no room, and "… 80% dari target / Jumlah desa": a name's words
    chars[found.start() : found.start() + len(one)] = one
    if end < len(text):  # a character after the formula closes the bracket
        chars[start : start + width] = list("×(".ljust(width))
        chars[end] = ")"
    else:  # no room, only a difference after it: read after the grammar (said_order)
        chars[start : start + width] = list("×".ljust(width))
    for deducted in _DEDUCTED.finditer(text, found.end(), end):  # "30% dari A setelah
        blank(chars, *deducted.span(1))  # dikurangi B": what the share is of, A − B


def remark_after_scale(chars: list[str], text: str) -> bool:
    """A remark in words after the scale of a ratio (``… dikali 100 % yang diukur setiap
    triwulan``, ``… x 100% pada akhir tahun 2025``): blanked; whether it was."""
    first = text.find("100")
    worded = first >= 0 and any(char.isalpha() for char in text[first + 3 :])
    scale = _LAST_SCALE.search(text) if worded else None
    after = text[scale.end() :].split(maxsplit=1) if scale else []
    if after and after[0].lower() in names_data()["multipliers"]:
        scale = None  # "x 100 ribu penduduk": the word multiplies the scale
    if scale and _prose_after(text[scale.end() :]) and (
        _divides(text, 0, scale.start()) or _opens_clause(text[scale.end() :])
    ):
        blank(chars, scale.end(), len(chars))
        return True
    return False


def _opens_clause(rest: str) -> bool:
    """Whether ``rest`` (after a formula's scale) opens with a function word that opens a
    clause, no noun phrase (``[prose.clauses] scale_clause_openers``): no denominator."""
    first = rest.split(maxsplit=1)
    openers = names_data()["prose"]["clauses"]["scale_clause_openers"]
    return bool(first) and first[0].lower() in openers


def after_formula(chars: list[str], text: str) -> None:
    """What runs on after a formula in words (see :func:`remark_at_end`): a remark after
    the scale of a complete ratio, a sentence defining a term, a clause citing the source;
    and a difference said in words."""
    if remark_after_scale(chars, text):
        text = text_of(chars)
    if " kali" in text and multiples_listed(chars, text):  # the list's items are operands
        text = text_of(chars)
    lower = text.lower()
    defining = "adalah" in lower or "merupakan" in lower or "ialah" in lower
    for defined in _DEFINED_AFTER.finditer(text) if defining else ():
        if _computes(text[: defined.start()]) and not _computes(text[defined.start() :]):
            blank(chars, defined.start(), len(chars))  # "… (Ton/Ha) Jumlah … adalah …"
            text = text_of(chars)
            break
    if "yaitu" in lower or "yakni" in lower or "sebesar" in lower:
        value_named(chars, text)  # "… dikalikan dengan penimbang yang sama, yaitu 0,11"
        text = text_of(chars)
    subordinate = subordinated(text)
    if subordinate:
        clause_after(chars, text, subordinate_only=True)  # "… B guna mengukur capaian"
        text = text_of(chars)
    runs_on = _runs_on().search(text) if guards.may_find(_runs_on(), text) else None
    if (
        runs_on
        and _amount_before(text[: runs_on.start()])
        and not _computes(said_again(runs_on.group(0)))
    ):  # "… menunjukkan sisa lebih;", "… tidak boleh melebihi … sebesar 50 mSv (5 rem)."
        blank(chars, runs_on.start(), runs_on.end())
        text = text_of(chars)
    clause_after(chars, text, subordinate=subordinate)  # "…, yang ditetapkan dengan …"
    text = text_of(chars)
    closing = _closing().search(text) if guards.may_find(_closing(), text) else None
    while closing and (  # "…, dikurangi C, dalam hal …": the clause after it
        _computes(said_again(text[closing.start() :]))
        or (closing.group("amount") and not _shared_or_multiple(text[: closing.start()]))
    ):
        closing = _closing().search(text, closing.start() + 1)
    before = text[: closing.start()] if closing else ""  # "27,7% dari A atau diperkirakan …"
    if closing and _amount_before(before):  # "…, sebagaimana tercantum …"
        blank(chars, closing.start(), closing.end())
    if "selisih" in lower or "perbedaan" in lower:
        difference(chars)
    text = text_of(chars)
    announced = _ANNOUNCED.search(text) if ":" in text else None
    if announced and (_computes(text[: announced.start()]) or _CUE.search(text)):
        blank(chars, announced.start(), announced.end())  # (room after the formula)
    shares = "dari" in lower and _SHARE_OF.search(text) is not None
    if shares and shares_listed(chars, text):  # "10% dari A dan 0,25% dari B", "…, 30% dari C"
        return
    if shares and "tiap" in lower and each_unit().search(text):  # "2,5% dari A untuk tiap-tiap
        _share_of(chars, text_of(chars))  # tahun B": 2,5% × A × B (not "Setiap Direksi …")
        for_each(chars)
        shares = False
    if shares:
        predicate(chars)
        _share_of(chars, text_of(chars))


# "… 20% dari pensiun-janda/duda … ini diberikan kepada orang tuanya.": the verb of the sentence
# after its subject, the amount (not after "yang": "… yang diberikan kepada …", a name's)
_PREDICATE = lazy(  # its modal before it ("… dari opcenten yang dipungut itu akan diserahkan
    # kepada Negara-negara …", PP 58/1951)
    r"(?i)(?<!\byang)(?<!\byg)(?<![ \t\n])[ \t\n]+(?P<modal>(?:akan|dapat|harus|wajib)[ \t\n]+)?"
    r"(?P<verb>di[a-z]{3,}(?:kan|i))[ \t\n]+"
    r"(?:kepada|untuk|oleh|sebagai|bagi|pada|dalam)\b[^=/÷×*+:;()]*$"
)
_OPERATOR_VERB = lazy(r"(?i)di(?:kali|bagi|tambah|kurang|banding)")


def predicate(chars: list[str]) -> None:
    """``20% dari A diberikan kepada orang tuanya``: what the sentence says of the amount
    (its verb, and who receives it) is no part of it; set aside, to the end of the cell."""
    text = text_of(chars)
    found = _PREDICATE.search(text)
    if found is None or _OPERATOR_VERB.match(found.group("verb")):
        return
    if not _computes(text[: found.start()]) and not _SHARE_OF.search(text, 0, found.start()):
        return
    blank(chars, found.start("modal") if found.group("modal") else found.start("verb"), len(chars))


_DEDUCTED = lazy(r"(?i)\b(setelah|sesudah)[ \t\n]+(?=dikurangi\b)")


# the scale of a percentage, the last operation of a formula: what follows it in words is a
# remark ("… dikali 100 % (semakin tinggi semakin baik)", "… x 100% yang diukur setiap
# triwulan"), not the denominator of a flattened fraction (the ratio before it is complete)
_LAST_SCALE = lazy(
    r"(?i)(?:[xX×*·]|\b(?:dikali(?:kan)?|di[ \t]+kali|kali)(?:[ \t]+dengan)?)[ \t]*100"
    r"(?![\d.,]*\d)[ \t]*(?:%|persen\b|prosen\b)?(?!.*(?:[xX×*·]|\bdikali|\bkali)[ \t]*100)"
)
_AFTER_SCALE = lazy(r"[ \t]*(?:[-–—→,;:(][ \t]*)?(?P<word>[^\W\d_]+)")


def _prose_after(rest: str) -> bool:
    """Whether ``rest`` (after a formula's scale) is a remark in words: two words or more,
    no operator, no sign, not a counted quantity, nothing after a closing bracket."""
    found = _AFTER_SCALE.match(rest)
    if found is None or not rest.strip():
        return False
    body = rest[found.start("word") :].rstrip().rstrip(".)").rstrip()
    counted = r"(?i)(?:" + "|".join(sorted(counting_spellings())) + r")\b"
    return (
        len(re.findall(r"[^\W\d_]{3,}", body)) >= 2
        and not re.match(counted, body)
        and not _computes(body)
        and not re.search(r"[=+/÷×*^<>|&\\$()\n]", body)
    )


# a sentence that defines a term, run on after the formula with no period between:
# "… X Produktivitas (Ton/Ha) Jumlah produksi tanaman pangan adalah total produksi …"
_DEFINED_AFTER = lazy(
    r"(?<=[)%\w])[ \t\n]+(?=[A-Z][a-z]+(?:[ \t\n]+[^\W\d_]+){0,6}?[ \t\n]+(?<!yang )(?<!yg )"
    r"(?:adalah|merupakan|ialah)[ \t\n])"
)


@cache
def _closing() -> re.Pattern[str]:
    words = "|".join(names_data()["layout"]["closing_clauses"])
    bare = "|".join(names_data()["layout"]["closing_clauses_bare"])
    amount = "|".join(names_data()["layout"]["closing_clauses_amount"])
    sentences = "|".join(names_data()["layout"]["closing_sentences"])
    return re.compile(  # the blanks before a clause from their first only (else the square)
        r"(?i)(?:(?:,(?<![ \t],)|[ \t](?<![ \t]{2})[ \t]*,)[ \t\n]*\b(?:" + words + r")|[ \t\n]"
        r"(?<![ \t\n]{2})[ \t\n]*(?:" + bare + r"|(?P<amount>" + amount + r"))"
        r"|\.[ \t\n]+(?:" + sentences + r"))\b[^=/÷×*;]*$"
    )


def _shared_or_multiple(before: str) -> bool:
    """Whether ``before`` takes a share (``5% dari A``) or a multiple (``2 (dua) kali A``)."""
    return bool(_SHARE_OF.search(before) or TIMES_SAID.search(before))


def _amount_before(before: str) -> bool:
    """Whether ``before`` states a formula: an operation, a share (``27,7% dari A``) or a
    multiple (``1 kali gaji …``), so that what follows is said of it."""
    return states(before) or _shared_or_multiple(before)


@cache
def _runs_on() -> re.Pattern[str]:
    """What the sentence says of its formula after it: a verb that describes (``… yang
    bersangkutan menunjukkan sisa lebih;``, PP 2/1976) or a purpose (``… sebagai bentuk
    transparansi informasi …``), not after ``yang``, with no operator after it, to the end of
    its sentence."""
    layout = names_data()["layout"]
    words = [*(re.escape(str(verb)) for verb in layout["describing_verbs"]), *layout["runs_on"]]
    return re.compile(
        r"(?i)(?<!\byang)(?<!\byg)(?<![ \t\n])[ \t\n]+(?:" + "|".join(words) + r")\b[^=/÷×*+;]*?"
        r"(?=[ \t]*(?:[.;][ \t]*(?:\n|$|[A-Z])|$))"
    )


# the last operand named in words, then its value (an amount too: "… dikalikan bobot penilaian
# sebesar 80% (…)", "… Nilai Jual Tidak Kena Pajak sebesar Rp.10.000.000,- (…)", "… PDN neto
# atau diperkirakan sebesar Rp…"): "… dikalikan dengan penimbang yang sama, yaitu 0,11 (untuk
# 9 unsur).", "… dibandingkan dengan target pemasangan yaitu 332 titik Wifi di Kota Bandung, …"
_VALUE_NAMED = lazy(
    r"(?i)(?<=[^\W\d_])(?:[ \t\n]*+,)?[ \t\n]++(?P<cue>(?:atau[ \t\n]+diperkirakan[ \t\n]+)?"
    r"(?:yaitu|yakni|sebesar))[ \t\n]+(?:Rp\.?[ \t]*)?"
    r"(?P<value>\d(?:[\d.,]*\d)?(?:[ \t]*%)?)(?![\d.,]*\d)(?P<rest>[^=/÷×*+;]*)$"
)


_NEXT_SENTENCE = lazy(r"[\d%)][ \t]*\.[ \t\n]+[A-Z][a-z]")
# an amount in the words before a computation ("… adalah sebesar Rp30.000.000,00 yaitu …",
# "… masing-masing sebesar Rp113.700.000,00 dan …"), and a sum or a difference said in words
_RESTATED = lazy(r"(?i)\bsebesar[ \t\n]+Rp\.?[ \t]*\d")
_SUM_SAID = lazy(r"(?i)\b(?:ditambah|dikurangi|dikurangkan)\b")


# a verb between the operand and its value: the value is of a clause, not of the operand (in
# lower case: "Nilai Jual Tidak Kena Pajak" is a name)
_CLAUSE = lazy(r"\b(?:tidak|boleh|harus|wajib|me[a-z]{3,})\b")


def value_named(chars: list[str], text: str) -> None:
    """``A dikalikan dengan penimbang yang sama, yaitu 0,11 (untuk 9 unsur)``: an operand
    named in words and then given its value (``yaitu``, ``yakni``, ``sebesar``) is that value; what
    follows it in words (a remark, the unit, a clause) is set aside."""
    found = _VALUE_NAMED.search(text)
    while found is not None and _computes(found.group("rest")):  # the last one, after all
        found = _VALUE_NAMED.search(text, found.end("cue"))  # computing ("sebesar … yaitu A …")
    if found is None or " dari " in found.group("rest"):
        return
    first = operator().search(text) or _SUM_SAID.search(text)
    if first is not None and _RESTATED.search(text, 0, first.start()):
        # "Nilai buku … adalah sebesar Rp30.000.000,00 yaitu A dikurangi dengan B sebesar
        # Rp30.000.000,00." (Perka LAPAN 2/2014): a sentence that gives an amount before its
        # computation reports values; the amount after a name restates it, the name stays
        blank(chars, found.start(), len(chars))
        return
    if found.group("cue").lower() == "sebesar" and found.group("rest").lstrip()[:1].isalpha():
        return  # "… sebesar 50 mSv (5 rem)": a unit after it, a threshold, not the operand
    last = max(operator().finditer(text, 0, found.start()), key=lambda m: m.end(), default=None)
    if last is None or not re.search(r"[^\W\d_]{3}", text[last.end() : found.start()]):
        return
    if any(cue.search(text, last.end(), found.start()) for cue in (_CLAUSE, _NEXT_SENTENCE)):
        return  # "… tidak boleh melebihi … sebesar 50"; "… 100%. Realisasi 2023 sebesar 68,50"
    blank(chars, last.end(), found.start("value"))
    blank(chars, found.end("value"), len(chars))


@cache
def _clauses() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The clause openers of ``[prose.clauses]``: after a comma, joined with no comma, and a
    subordinating conjunction's, with a comma or not."""
    data = names_data()["prose"]["clauses"]
    nouns = "|".join(data["not_verbs"])
    noun = rf"(?!(?:{nouns})(?![^\W_]))"
    result = "|".join(data["said_of_result"])
    verb = rf"{noun}(?!(?:{result})(?![^\W_]))(?:{data['passive']}|{data['active']})(?![^\W_])"
    active = rf"{noun}(?:{data['active']})(?![^\W_])"

    def filled(words: list[str]) -> str:
        return "|".join(w.replace("{verb}", verb).replace("{active}", active) for w in words)

    said = r")(?![^\W_])(?=[ \t\n]+[^\W\d_])"  # a clause says something after its opener
    # each opens where a run of white space opens (never inside one) and reads the run one
    # way: the cell may hold runs of hundreds of spaces (a PDF's columns), and trying every
    # start and every split of a run is cubic in its length
    space = r"(?<![ \t\n])[ \t\n]*"
    comma = re.compile(r"(?i)" + space + r",[ \t\n]*(?:" + filled(data["after_comma"]) + said)
    joined = re.compile(r"(?i)(?<![ \t\n])[ \t\n]+(?:" + filled(data["joined"]) + said)
    subordinate = re.compile(
        r"(?i)" + space + r"(?:,[ \t\n]*)?(?<![^\W_])(?:" + filled(data["subordinate"]) + said
    )
    return comma, joined, subordinate


@cache
def _subordinators() -> tuple[str, ...] | None:
    """Words one of which every clause of ``[prose.clauses] subordinate`` holds (the guard of
    its pass; none but the shortest of those one holds another of), or ``None``."""
    words = guards.needed(_clauses()[2])
    if words is None:
        return None
    return tuple(w for w in words if not any(o != w and o in w for o in words))


def subordinated(text: str) -> bool:
    """Whether ``text`` may hold a clause of ``[prose.clauses] subordinate``."""
    words = _subordinators()
    return words is None or guards.holds(text, *words)


# the last operation said before a clause: where the last quantity's name starts
_LAST_OPERATION = lazy(r"(?i)\b(?:ditambah\w*|dikurang\w*|dari|kali)\b|[-+−](?=\s)")
_MEAN_OF = lazy(r"(?i)(?<![^\W_])(?:rata-rata|rerata)[ \t\n]+(?=[^\W\d_])")
_RELATIVE = lazy(r"(?i)(?<![^\W_])(?:yang|yg)(?![^\W_])")
_JOINT_COUNTED = lazy(
    r"(?i)(?<![^\W_])(?:dengan|terhadap)[ \t\n]+"
    r"(?:jumlah|jml|jmlh|total|banyaknya|seluruh)(?![^\W_])"
)
# the blanks before a word from their run's start only (a run set aside was tried blank by
# blank, the square of its length)
_COUNTED_AFTER = lazy(
    r"(?i)(?<![ \t\n])[ \t\n]+(?:jumlah|jml|jmlh|total|banyaknya|seluruh)(?![^\W_])"
)
_RELATED = lazy(r"(?i)(?<![ \t\n])[ \t\n]+(?:terhadap|atas)(?![^\W_])")
_PENDING = lazy(r"(?i)(?<![^\W_])(?:dengan|terhadap|atas|oleh)(?![^\W_])")  # "menerapkan A atas B"
# with no "dengan", the conjunction before the last item of a list joins an operation's
# operands ("penjumlahan A, B dan C", "selisih antara A dan B"): once it stands, a clause
# after a comma is the sentence's
_LISTED = lazy(r"(?i)(?<![^\W_])(?:dan|serta)(?![^\W_])")


def clause_after(
    chars: list[str], text: str, *, subordinate_only: bool = False, subordinate: bool = True
) -> None:
    """``A dikalikan B, yang ditetapkan dengan Keputusan Bupati.``, ``… B dan dengan semangat
    efisiensi.``: the sentence goes on after its last quantity with a clause of its own
    (``[prose.clauses]``), set aside to the end of the cell; only where the words before it
    state a formula and nothing after it computes. A clause with no comma before it only after
    a name with no relative clause (``yang diterima dan ditindaklanjuti`` is one name), but for
    ``dan dengan`` (a phrase of manner, no verb: ``… yang lalu dan dengan semangat …``); and
    none where an operation's verb waits for its ``dengan`` (``membagi A, dengan B``); nor a
    clause that states the result's unit (``[prose.clauses] said_of_result``: ``…, dinyatakan
    dalam satuan persen`` is read as the scale). A clause a subordinating conjunction opens
    (``[prose.clauses] subordinate``: ``… B agar dapat dibandingkan``) is the sentence's after
    any name; ``subordinate_only``: those alone (before a describing verb is read: ``… guna
    mengukur …``); ``subordinate``: whether ``text`` may hold one (:func:`subordinated`)."""
    if not subordinate and (
        subordinate_only or (
            "," not in text and " dan " not in text and " serta " not in text
            and "dengan" not in text
        )
    ):
        return
    comma, joined, opened_by = _clauses()
    found = [] if subordinate_only else [*comma.finditer(text), *joined.finditer(text)]
    subordinates = [*opened_by.finditer(text)] if subordinate else []
    for clause in sorted([*found, *subordinates], key=lambda m: m.start()):
        start = clause.start()
        before = text[:start]
        if before.count("(") > before.count(")"):
            continue  # "rata-rata (PNS, yang …)": inside a bracket, a list
        shared = _SHARE_OF.search(before)  # a share after the clause, none before: the formula's
        rest = said_again(text[start:])  # a mean after it computes too ("…, maka nilai asetnya
        if _computes(rest) or _MEAN_OF.search(rest) or (  # dihitung berdasarkan rata-rata …")
            not shared and _SHARE_OF.search(text, start)
        ):
            continue
        if not (states(before) or shared or TIMES_SAID.search(before)):
            continue
        if _COUNTED_AFTER.match(text, clause.end()) and "dengan" in clause.group(0).lower():
            continue  # "perbandingan antara A … dengan nilai ≥ 3,51, dengan jumlah desa …"
        verb = _operation_word_at(before)
        joint = _PENDING.search(before, verb) if verb is not None else None
        listed = verb is not None and joint is None and _LISTED.search(before, verb) is not None
        joint = _LISTED.search(before, verb) if listed and verb is not None else joint
        if listed and (
            "dengan" in clause.group(0).lower() or _RELATED.match(text, clause.end())
        ):  # "membagi A dan C, dengan B": the verb's own joint comes after the list;
            continue  # "selisih antara A dan B, dinormalisasi terhadap A": it relates again
        if verb is not None and (joint is None or _JOINT_COUNTED.search(text, start)):
            continue  # "membagi A, dengan B", "perbandingan antara A …, merugikan … dengan B"
            # (a "dengan" inside A: "membagi A dengan risiko …, yang … dengan Jumlah B")
        opened = clause.group(0).split()
        if clause in subordinates:
            pass  # "… B apabila datanya tersedia": the sentence's clause, after any name
        elif (
            opened[0] != ","
            and not opened[0].startswith(",")
            and not (opened[0].lower() in ("dan", "serta") and opened[1:2] == ["dengan"])
        ):
            operations = (*operator().finditer(before), *_LAST_OPERATION.finditer(before))
            last = max((m.end() for m in operations), default=joint.end() if joint else 0)
            if _RELATIVE.search(before, last) and not another_voice(before, clause.group(0)):
                continue  # "… yang diterima dan ditindaklanjuti": the relative clause's verbs
        blank(chars, start, len(chars))
        return


def _operation_word_at(text: str) -> int | None:
    """The end of the last verb or noun of an operation in ``text`` (``membagi``), or ``None``."""
    ends = [m.end() for m in operation_word().finditer(text)]
    return ends[-1] if ends else None
