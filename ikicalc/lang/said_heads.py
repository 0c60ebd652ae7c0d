"""An operation named by its HEAD after the words that introduce a formula.

LKjIP narratives and indicator manuals say how an indicator is computed in a sentence whose
subject is the indicator, whose predicate is a copula or a verb of computing with its link
(``adalah``, ``merupakan``, ``diukur dengan``, ``diperoleh dari``: the cues of
:mod:`ikicalc.lang.preamble`), and whose object is the operation: its head, a noun
(``perbandingan``, ``hasil pembagian``, ``rasio``, ``selisih``) or an active verb
(``membandingkan``, ``mengalikan``), a preposition or not (``antara``, ``dari``), and two
operands joined by ``terhadap``, ``dengan`` or ``dan`` (a percent word, ``persentase``,
heads no operation: ``… dihitung dari persentase A dibagi B`` names a percentage, as
the development cells label it)::

    Persentase penduduk miskin diukur dengan membandingkan jumlah penduduk miskin terhadap
    jumlah penduduk, kemudian dikalikan 100%.
    Rasio elektrifikasi merupakan rasio jumlah rumah tangga berlistrik dengan jumlah rumah
    tangga.

The subject, the predicate and the head are no part of a name: they are blanked, and the join
becomes the operation's sign. The words are data (``data/names.toml``, ``[prose.heads]``);
the structure is the rule: a head right after a cue, its operands up to the first operator or
the end of the sentence. Works on the cell's characters in place, keeping their length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.compared import Said, same_time_masked
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.lang.operator_words import sign_of
from ikicalc.lang.preamble import cues, rate_title_masked
from ikicalc.lang.runon import remark_after_scale
from ikicalc.lang.said import divides_between
from ikicalc.lang.said_joins import repeating_joins
from ikicalc.lang.typos import TYPO_REASON
from ikicalc.names import counting_spellings, names_data
from ikicalc.patterns import compiled

__all__ = ["head_after_cue", "misspelt_head", "operation_head", "operation_within"]


@cache
def _head() -> re.Pattern[str]:
    heads = names_data()["prose"]["heads"]
    kinds = "|".join(
        f"(?P<{kind}>{'|'.join(heads[kind])})"
        for kind in ("divide", "multiply", "apply", "subtract")
    )
    return compiled(
        rf"(?i)(?<![^\W_])(?:{kinds})[ \t\n]+(?:(?P<between>{'|'.join(heads['linked'])})[ \t\n]+)?"
        r"(?=[^\W\d_])"
    )


@cache
def _joins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = names_data()["prose"]["heads"]
    counting = "|".join(sorted(counting_spellings()))
    words = "|".join([*heads["joins"], *heads["divide_joins"], *heads["apply_joins"]])
    return (
        # "sesuai dengan", "sama dengan", "beserta dengan" belong to a name; a name may end
        # with a bracket ("… dalam Pasal 4 ayat (1) dengan pengurangan …")
        compiled(rf"(?i)(?:(?<=[^\W_])|(?<=[)\]]))[ \t\n,]+(?P<word>{words})[ \t\n]+(?=[^\W_]|\()"),
        compiled(rf"(?i)(?:{counting})\b"),
    )


# the end of the sentence that holds the operation: a period before a capital or the end, a
# semicolon, a colon; a line that opens with a capitalised word and a lower-case one after a
# line that ends a word (its period blanked by the layout: "… jumlah penduduk.\nSemakin …")
_SENTENCE_END = compiled(
    r"[.;](?=[ \t\n]+[A-Z(]|[ \t\n]*$)|;|:(?=[ \t\n])"
    r"|(?<=[^\W\d_])[ \t]*\n(?=[ \t]*[A-Z][a-z]+[ \t]+[a-z]+[ \t]+[a-z])"
)
# "sesuai dengan", "sama dengan", and the words of relation before "dengan" ("berkaitan
# dengan", "terkait dengan", "bersama dengan") belong to a name; not every ber-/ter- word
# ("… terdaftar dengan jumlah …": the join)
_NAME_DENGAN = compiled(
    r"(?i)\b(?:sesuai|sama|beserta|bersama|seiring|sejalan|berkaitan|terkait|berhubungan"
    r"|bertalian)[ \t\n]+$"
)


def operation_head(text: str) -> re.Match[str] | None:
    """The head of an operation that stands right after a cue that introduces a formula, or
    after an active verb of the sentence, with no operator before it (see the module);
    ``None`` when there is none."""
    if not guards.may_find(_head(), text):
        return None
    introducing = cues().finditer(text) if guards.may_find(cues(), text) else iter(())
    labelled = _LABEL_COLON.finditer(text) if ":" in text else iter(())
    relative = _relative_frame().finditer(text) if ", y" in text else iter(())
    for cue in (*introducing, *_describing().finditer(text), *labelled, *relative):
        rest = text[cue.end() :]
        head = _head().match(text, cue.end() + len(rest) - len(rest.lstrip()))
        if head is None:
            continue
        before = cue.start() if cue.re is _LABEL_COLON else head.start()  # "Label : …"
        if operator().search(rate_title_masked(text, before), 0, before):
            return None  # "A dikali rasio B …": a head inside a formula
        return head
    return None


@cache
def _relative_frame() -> re.Pattern[str]:
    """A relative clause after a comma whose verb says how the subject is computed (``…
    selama masa manfaat, yang dihitung dengan cara menerapkan tarif penyusutan atas nilai
    sisa buku``, UU 36/2008; ``…, yang dihitung berdasarkan perbandingan antara A dengan B``,
    Renstra Banyuwangi): it says of the whole subject, not of a name (``[prose.frame]`` verbs
    and links, read after ``yang`` only so, and only before a head)."""
    data = names_data()["prose"]["frame"]
    modals, verbs, links = ("|".join(data[key]) for key in ("modals", "verbs", "links"))
    return compiled(
        rf"(?i),[ \t\n]*(?:yang|yg)[ \t\n]+(?:(?:{modals})[ \t\n]+)?(?:{verbs})"
        rf"(?:[ \t\n]+(?:{modals}))?[ \t\n]+(?:{links})(?![^\W_])"
    )


# the colon after a label or a field's name ("Persentase jalan mantap (%) : perbandingan …")
_LABEL_COLON = compiled(r"(?:(?<=[^\W\d_])|(?<=\)))[ \t]*:")


@cache
def _describing() -> re.Pattern[str]:
    """An active verb of the sentence before a head (``Persentase ini menunjukkan
    perbandingan A terhadap B``, ``… mengukur rasio A dengan B``): how verbs are formed
    (``[prose.clauses] active``), not a relative clause's (``yang memiliki rasio …``)."""
    clauses = names_data()["prose"]["clauses"]
    others = "|".join(clauses["not_verbs"])
    return compiled(
        rf"(?i)(?<![^\W_])(?<!yang )(?<!yg )(?!(?:{others})\b){clauses['active']}\b(?=[ \t\n])"
    )


def _join(text: str, head: re.Match[str], end: int) -> re.Match[str] | None:
    """The word that joins the head's two operands between the head and ``end``: ``terhadap``
    (a division's) before ``dengan`` before ``dan``; of several, the first before the first
    operand's head word said again, else before a counted quantity (``jumlah``, ``total``),
    else the first."""
    found, counted = _joins()
    heads = names_data()["prose"]["heads"]
    divide_only = {w.lower() for w in heads["divide_joins"]}
    applied = {w.lower() for w in heads["apply_joins"]}
    searched = same_time_masked(text)
    candidates = [
        join
        for join in found.finditer(searched, head.end(), end)
        if not (
            join.group("word").lower() == "dengan"
            and _NAME_DENGAN.search(searched[: join.start("word")])
        )
        and (head.group("divide") or join.group("word").lower() not in divide_only)
        and (
            join.group("word").lower() in applied
            if head.group("apply")
            else join.group("word").lower() not in applied - divide_only
        )
    ]
    first: re.Match[str] | None = None
    for word in (*divide_only, *applied, "dengan", "dan"):
        same = [join for join in candidates if join.group("word").lower() == word]
        if same:
            # "panjang jalan kondisi baik dan sedang dan panjang jalan seluruhnya": the second
            # operand repeats the first one's head word; else it is counted ("jumlah …")
            parallel = repeating_joins(text, head.end(), same)
            before_count = [join for join in same if counted.match(text, join.end())]
            if parallel or before_count:
                return (parallel or before_count)[0]
            first = first or same[0]
            if not head.group("between"):
                return first
    # "rasio antara jumlah A yang memiliki akses terhadap sumber … dengan jumlah B": between
    # the head's "antara" and a counted quantity, the later word joins; the first is A's
    return first


def head_after_cue(chars: list[str]) -> Said | None:
    """Write the operation a head after a cue names (see the module) as its sign: blank the
    words up to the first operand and write the sign for the join; a :class:`Said` when done,
    else ``None`` (nothing changed)."""
    text = text_of(chars)
    head = operation_head(text)
    if head is None:
        return None
    sentence = _SENTENCE_END.search(text, head.end())
    after = operator().search(text, head.end())
    end = min(
        sentence.start() if sentence else len(text),
        after.start() if after else len(text),
    )
    if cues().search(text, head.end(), end):
        return None  # "… menunjukkan rasio A … dihitung dengan formula: …": the subject's words
    join = _join(text, head, end)
    if join is None:
        return _written(chars, text, head, after, sentence)
    closing = sentence.start() if sentence else len(text)  # the sentence's, not the next one's
    if head.group("divide") and divides_between(text, join.end(), closing):
        return None  # "membandingkan A dengan B dibagi C": the division is written
    sign = _sign(head)
    blank(chars, 0, head.end())
    if sentence is not None and sentence.start() == end and not operator().search(text, end):
        blank(chars, end, len(chars))  # "… terhadap B. Semakin tinggi …": remarks after it
    start, stop = join.span("word")
    chars[start:stop] = list(sign.ljust(stop - start))
    explained = _EXPLAINED.search(text, head.end(), start)
    if explained:  # "membagi jumlah angkatan kerja yaitu penduduk … dengan …": an explanation
        blank(chars, explained.start(), start)
    remark_after_scale(chars, text_of(chars))  # "… x 100% pada akhir tahun 2025"
    return Said()


# the spellings of a division and of a product the layout takes for an operator
_DIVIDES = compiled(r"(?i)[/÷:]|\\(?:frac|div)\b")
_SLASH = compiled(r"(?<=[^\W_])[ \t]*/[ \t]*(?=[^\W_])")  # between two words: divides here
_MULTIPLIES = compiled(r"(?i)[×*·⋅x]|\\(?:times|cdot)\b")


def _written(
    chars: list[str], text: str, head: re.Match[str], after: re.Match[str] | None,
    sentence: re.Match[str] | None,
) -> Said | None:
    """A head whose operands are joined by the operation's own sign or word, not by a join
    (``Rasio guru adalah perbandingan antara jumlah guru/jumlah murid``, ``… merupakan rasio
    jumlah A dibagi jumlah B``): the head names the operation already written, so it and the
    words before it are blanked; ``None`` (nothing changed) when the first operator after it
    is of another kind, or lies past the sentence, or no operand stands before it; an operator
    word needs the head's preposition (``perbandingan antara A dibagi B``): ``proporsi A
    berbanding B`` is the verb's subject."""
    slash = _SLASH.search(text, head.end(), after.start() if after else len(text))
    after = slash or after  # "… antara realisasi penerimaan pajak/target penerimaan pajak"
    if after is None or (sentence is not None and sentence.start() < after.start()):
        return None
    if not re.search(r"[^\W\d_]", text[head.end() : after.start()]):
        return None
    spelt = after.group(0)
    worded = sign_of(spelt)
    if worded is not None and not head.group("between"):
        return None  # "maka proporsi A berbanding B": the noun, the subject of the verb
    sign = worded or ("/" if _DIVIDES.search(spelt) else "×" if _MULTIPLIES.search(spelt) else None)
    if sign is None or sign != _sign(head):
        return None
    blank(chars, 0, head.end())
    if after is slash and slash is not None:  # "pajak/target": a division, not one name's slash
        chars[slash.start() + slash.group(0).index("/")] = "÷"
    return Said()


# the verb after a cue that may be a head misspelt ("mengalihkan" for "mengalikan")
# a verb after a cue: "me…", "pe…", or its m as OCR reads it ("rnengalikan")
_VERB_AFTER = compiled(r"(?i)[ \t\n]*(?P<verb>(?:me|pe|rne)[a-z]{4,14})(?![^\W_])")
_LETTERS = "abdegiklmnprstu"
_LINKS = ("dengan ", "cara ", "adalah ", "merupakan ", "yaitu ", "yakni ", "ialah ", "melalui ")


@cache
def _verb() -> re.Pattern[str]:
    heads = names_data()["prose"]["heads"]
    forms = [form for kind in ("divide", "multiply", "apply", "subtract") for form in heads[kind]]
    return compiled(rf"(?i)(?:{'|'.join(forms)})")


@lru_cache(maxsize=4096)
def _one_edit_from_head(word: str) -> str | None:
    """The head verb ``word`` is one letter away from (a letter extra or changed), if any;
    the real words of ``[prose.operator_typos]`` are not typos."""
    lower = word.lower()
    if _verb().fullmatch(lower) or lower in names_data()["prose"]["operator_typos"]["not_typos"]:
        return None
    edits = (
        lower.replace("rn", "m"),  # OCR reads an m as r and n ("rnengalikan", UU 21/1997)
        *(lower[:at] + lower[at + 1 :] for at in range(len(lower))),
        *(lower[:at] + c + lower[at + 1 :] for at in range(2, len(lower)) for c in _LETTERS),
    )
    return next((edit for edit in edits if _verb().fullmatch(edit)), None)


def misspelt_head(chars: list[str]) -> Reading | None:
    """A head verb misspelt right after a cue that introduces a formula (``dihitung dengan cara
    mengalihkan tarif … dengan Dasar Pengenaan Pajak``: a letter extra or changed, as a hurried
    typist writes it): the right spelling is written in its place (the text's length kept) and
    the reading is a guess (lint ``W110``)."""
    text = text_of(chars)
    lower = guards.folded(text)
    if not any(link in lower for link in _LINKS) or not guards.may_find(cues(), text):
        return None  # the cues a verb of computing follows ("dengan cara", "adalah", …)
    for cue in cues().finditer(text):
        found = _VERB_AFTER.match(text, cue.end())
        if found is not None and len(found.group("verb")) < 7:
            continue  # shorter than any head verb less a letter
        meant = _one_edit_from_head(found.group("verb")) if found else None
        if found is None or meant is None:
            continue
        start, end = found.span("verb")
        chars[start:end] = list(meant.ljust(end - start))
        return Reading((start, end), meant, text[start:end], TYPO_REASON)
    return None


def _sign(head: re.Match[str]) -> str:
    """The sign of the operation a head names."""
    if head.group("divide"):
        return "/"
    return "×" if head.group("multiply") or head.group("apply") else "-"


_EXPLAINED = compiled(r"(?i)[ \t,]+\b(?:yaitu|yakni|ialah)\b")


def operation_within(chars: list[str], text: str, start: int, end: int) -> bool:
    """An operation named by its head that opens ``text[start:end]`` (a step's operand:
    ``hitung selisih antara A dan B``): blank the head, write the sign for the join; whether
    it did."""
    rest = text[start:end]
    head = _head().match(text, start + len(rest) - len(rest.lstrip()))
    join = _join(text, head, end) if head is not None else None
    if head is None or join is None or operator().search(text, head.end(), end):
        return False
    sign = _sign(head)
    blank(chars, head.start(), head.end())
    chars[join.start("word") : join.end("word")] = list(sign.ljust(len(join.group("word"))))
    return True
