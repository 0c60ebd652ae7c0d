"""Where the operands of an addition or a deduction said in a sentence part: ``serta``, the
higher conjunction.

Indonesian joins two levels of a list with two conjunctions: ``dan`` inside an item, ``serta``
between the items (``pemotongan dan pemungutan pajak serta pajak yang dibayar … di luar
negeri``, UU 7/1983; ``SDM (50%), Sarana dan Prasarana (35%) serta Kesiapsiagaan Masyarakat
(15%)``, RPJMD DKI; ``penyandang cacat fisik dan mental, serta lansia tidak potensial``, Perbup
Kulon Progo 10/2011; ``keberlanjutan dan transparansi, serta mitigasi …``, BAN-PT). So after a
word of an addition or a deduction (``A dikurangi dengan B serta C``), ``serta`` before a noun
phrase parts the operands: each is added or subtracted (``A − B − C``), and a ``dan`` inside
one stays a word of its name. Not a ``serta`` before a verb (``… terkait serta dikompilasi
oleh …``: two predicates of one relative clause) nor before a reference (``Pasal 7 ayat (1),
serta Pasal 9``), nor one inside brackets. Each function works on the cell's characters in
place and keeps the text's length (:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.operator_words import said, sign_of
from ikicalc.names import names_data

__all__ = [
    "REFERENCES", "another_voice", "over_dan", "parallel_joins", "repeating_joins", "serta_parts",
    "signed_joins",
]

REFERENCES = (
    "pasal", "ayat", "huruf", "angka", "butir", "bab", "bagian", "lampiran", "nomor", "tabel",
    "kolom", "baris", "poin",
)
"""The nouns that open a reference to a part of a regulation or a document (``Pasal 21``,
``ayat (1)``, ``huruf c``): a list of them cites, it lists no quantities."""


@cache
def _serta() -> re.Pattern[str]:
    """``serta`` (a comma before it or not), or a comma, before a word that opens a noun
    phrase."""
    clauses = names_data()["prose"]["clauses"]
    nouns = "|".join(clauses["not_verbs"])
    verb = rf"(?!(?:{nouns})(?![^\W_]))(?:{clauses['passive']}|{clauses['active']})(?![^\W_])"
    never = "|".join((*REFERENCES, "yang", "yg", "dengan", "dari", "oleh", "untuk", "pada"))
    return re.compile(
        rf"(?i)(?<=[^\W_]|[)\]])(?P<join>[ \t]*(?:,?[ \t\n]+serta[ \t\n]+|,[ \t\n]*))"
        rf"(?=[^\W\d_])(?!{verb})(?!(?:{never})(?![^\W_]))"
    )


@cache
def _operation() -> re.Pattern[str]:
    """Any operator word, or a sign, the last of which before ``serta`` says what it joins."""
    return re.compile(
        rf"(?i)(?<![^\W_])(?:{said(joined=True)})(?![^\W_])|[=÷×*+;:]"
        r"|(?<![^\W_])/|/(?![^\W_])"  # not the slash inside a word ("Kementerian Negara/Lembaga")
    )


def _end(found: re.Match[str]) -> int:
    return found.end()


def serta_parts(chars: list[str]) -> None:
    """``A dikurangi dengan B serta C`` is ``A − B − C`` (``ditambah``: ``+``): each ``serta``
    after the operand of an addition's or a deduction's word, before a noun phrase, written as
    the operation's sign (see the module)."""
    text = text_of(chars)
    joins = list(_serta().finditer(text))
    for found in joins:
        if "serta" not in found.group("join").lower():
            continue  # a comma: an item's, when a "serta" closes the list (below)
        before = text[: found.start()]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue  # "(SDM, sarana serta …)": inside a bracket
        last = max(_operation().finditer(text, 0, found.start()), key=_end, default=None)
        if last is None or len(last.group(0)) == 1:
            continue  # no word of an operation, or a sign, before it: not its operand
        if re.search(r"[.;]\s", text[last.end() : found.start()]):
            continue  # another sentence
        sign = sign_of(last.group(0))
        if sign not in ("+", "-"):
            continue  # "membagi A serta B", "dikalikan B serta C": not a list of terms
        if not re.search(r"[^\W\d_]{3}", before[: last.start()]):
            continue  # the first operand is not written
        # "dikurangi dengan B, C, serta D": the commas before the "serta" part items too
        items = [j for j in joins if last.end() < j.start() < found.start() and _level(text, j)]
        for join in (*items, found):
            start, end = join.span("join")
            blank(chars, start, end)
            chars[start + (end - start > 1)] = "−" if sign == "-" else sign  # "pajak - pajak"


def _level(text: str, join: re.Match[str]) -> bool:
    """Whether ``join`` stands outside every bracket."""
    before = text[: join.start()]
    return before.count("(") <= before.count(")") and before.count("[") <= before.count("]")


def over_dan(joins: list[re.Match[str]]) -> list[re.Match[str]]:
    """The joins of a list that part its items: where a ``serta`` joins two, a ``dan`` with no
    comma before it is a word inside an item (``penjumlahan dari A dan B, C, serta D dan E``:
    three items); so is one where a comma and ``dan`` close the list (``akumulasi dari A, B,
    dan C pimpinan dan anggota DPRD``, Perwali Kendari 9/2024); else every join."""
    closed = any(
        "," in join.group(0) and re.search(r"(?i)\bdan\b", join.group(0)) for join in joins
    )
    if not closed and not any("serta" in join.group(0).lower() for join in joins):
        return joins
    return [j for j in joins if "," in j.group(0) or "serta" in j.group(0).lower()]


def signed_joins(chars: list[str], joins: list[re.Match[str]], sign: str) -> list[re.Match[str]]:
    """Write ``sign`` for each join of a list that parts its items (:func:`over_dan`): ``", "``
    becomes ``" +"``, never glued to a word (``POKOK+`` would be a sign of the name); a minus
    as ``−``, never read as a reduplication's dash (``jumlah cadangan - cadangan katastrofa``
    would be one word ``cadangan - cadangan``, PP 28/1996); the joins written."""
    parting = over_dan(joins)
    sign = "−" if sign == "-" else sign
    for join in parting:
        blank(chars, *join.span())
        chars[join.start() + (join.end() - join.start() > 1)] = sign
    return parting


_WORD = re.compile(r"[^\W\d_]{3,}")


def repeating_joins(text: str, start: int, joins: list[re.Match[str]]) -> list[re.Match[str]]:
    """Of the joins of operands that start at ``start``, those before a word that repeats one
    of the first operand's first two words: parallel operands (``panjang jalan kondisi baik
    dan sedang dan panjang jalan seluruhnya``; ``penjumlahan capaian subbidang cipta karya …
    perkotaan dan peningkatan … sanitasi dan subbidang perumahan rakyat …``, Renstra PUPR):
    the joins that part them, a ``dan`` inside an operand is its name's."""
    first = [word.group(0).lower() for word in islice(_WORD.finditer(text, start), 2)]
    repeating = []
    for join in joins:
        after = _WORD.match(text, join.end())
        if after is not None and after.group(0).lower() in first:
            repeating.append(join)
    return repeating


def parallel_joins(text: str, start: int, joins: list[re.Match[str]]) -> list[re.Match[str]]:
    """Of several joins, those :func:`repeating_joins` finds; all of them when none repeats."""
    if len(joins) < 2:
        return joins
    return repeating_joins(text, start, joins) or joins


# the verb of the last relative clause ("yang tersisa", "yang telah diterima")
_RELATIVE_VERB = re.compile(
    r"(?i)(?<![^\W_])(?:yang|yg)[ \t\n]+(?:(?:telah|sudah|belum|tidak|masih|akan|dapat|harus)"
    r"[ \t\n]+)?(?P<verb>[^\W\d_]+)(?![^\W_])(?!.*(?<![^\W_])(?:yang|yg)(?![^\W_]))",
    re.DOTALL,
)
_SERTA_VERB = re.compile(r"(?i)[ \t\n]*serta[ \t\n]+(?P<verb>[^\W\d_]+)")
_VOICES = ("di", "me", "ter", "ber", "ke", "se")


def _voice(verb: str) -> str:
    lower = verb.lower()
    return next((prefix for prefix in _VOICES if lower.startswith(prefix)), "")


def another_voice(before: str, clause: str) -> bool:
    """Whether ``clause``, ``serta`` and a verb after a name that holds a relative clause
    (``before``), is the sentence's: its verb is of another voice (di-, me(N)-, ter-, ber-)
    than the relative clause's (``… sebesar gaji pokok dikalikan jumlah bulan yang tersisa serta
    mendapatkan hak pensiun …``, UU 8/2015: ``tersisa`` and ``mendapatkan``); ``serta`` joins
    the higher level, and two verbs of one relative clause share their voice (``yang diperoleh
    dari OPD teknis terkait serta dikompilasi oleh …``)."""
    joined = _SERTA_VERB.match(clause)
    relative = _RELATIVE_VERB.search(before) if joined else None
    if joined is None or relative is None:
        return False
    return _voice(joined.group("verb")) != _voice(relative.group("verb"))

