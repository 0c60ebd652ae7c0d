"""The predicate of a legal sentence opens its formula: ``(2) Atas surat-surat obligasi yang
telah terundi … dalam ayat (1) dibayarkan harga nominal dikalikan dengan sejumlah
presentase`` (UU 29/1964), ``Pasal 38 Membujuk anak … diancam dengan pidana sebagaimana …
ditambah dengan sepertiganya`` (UU 9/1976), ``Organisasi peserta Pemilihan Umum … memperoleh
wakil sejumlah angka bulat setelah bilangan … dibagi dengan BPP …`` (PP 35/1985).

A regulation's sentence names its subject first (whom or what it is about), then says what
is paid, given, threatened or obtained, its predicate: a verb (di- or me(N)-, ``[prose.clauses]``
``passive`` and ``active``) that is the sentence's own, not a relative clause's (``yang telah
terundi``, ``yang menyatakan``) nor an infinitive of purpose (``untuk dapat dilunaskan``). The
formula's first quantity is the predicate's object, after it (and after its ``dengan``): a name
never runs back over the predicate. Only where no cue of a formula was found before
(:func:`ikicalc.lang.preamble.words_before`), the words before the predicate hold no counted
quantity at their head (``Jumlah kasus diselesaikan dibagi …`` is a name: its verb qualifies the
quantity), and
a word stands between the predicate and the first operator. When the object is the result and a
conjunction of time then opens the computation (``memperoleh wakil sejumlah angka bulat setelah A
dibagi dengan B``), or the object is a kind and ``berupa`` says what it is (``dikenai sanksi
berupa bunga dikalikan …``), the formula opens after that word.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang.layout_cues import operator
from ikicalc.names import condition_words, counting_spellings, names_data
from ikicalc.patterns import compiled, lazy

__all__ = ["opened_by_predicate"]

# the shortest sentence read so: a subject, a predicate and an operation take words; a
# sentence's subject takes some (whom or what it is about, and how it is qualified)
_SHORTEST = 60
_SUBJECT = 4
# what precedes a verb of a relative clause, of an infinitive or of an adverbial clause ("yang
# telah terundi", "yang harus diintervensi", "untuk dapat dilunaskan", "sebelum mengajukan
# keberatan", "dengan menggunakan"), or of a list of verbs ("mengganggu, merugikan dan
# membahayakan"): not the sentence's predicate
_NOT_PREDICATE = lazy(
    r"(?i)(?:(?<![^\W_])(?:yang|yg|untuk|guna|agar|supaya|dan|atau|serta|sebagaimana|sebagai"
    # a conjunction of time, cause or condition opens an adverbial clause, its verb its own
    r"|sebelum|sesudah|setelah|ketika|saat|sejak|selama|hingga|sampai|karena|"
    + condition_words()
    + r"|tanpa|dengan)"
    r"(?:[ \t\n]+(?:tidak|belum|sudah|telah|akan|dapat|bisa|harus|wajib|perlu|masih|pernah"
    r"|sedang|sempat|boleh|mampu|lebih|paling|juga|hanya|benar-benar|secara\s+\w+)){0,2}"
    # the passive's prefix typed apart ("yang telah di digitalisasi"): the relative's verb
    r"(?:[ \t\n]+di)?|,)"
    r"[ \t\n]+$"
)
# the object of the predicate is the result or its kind; the conjunction of time opens its
# computation ("memperoleh wakil sejumlah angka bulat setelah A dibagi …"), the word of an
# apposition says what it is ("dikenai sanksi berupa bunga dikalikan …")
_TIME = lazy(r"(?i)(?<![^\W_])(?:setelah|sesudah|berupa)[ \t\n]+(?=[^\W\d_])")
# a sign that counts or sums ("% ibu hamil mendapatkan …", "∑Retur diproses …")
_SIGNS = lazy(r"[%Σ∑]")
_WORD = lazy(r"[^\W\d_]{2,}")
_UPTO = lazy(r"[\s\S]*")


@cache
def _verbs() -> re.Pattern[str]:
    """A verb of the sentence (di- or me(N)-), not a noun so formed (``[prose.clauses]``
    ``not_verbs``), nor the verb of an operation (``membagi``: lang/said_heads.py), nor the
    preposition ``di`` glued to a noun of place (``diatas``, ``dimana``), then its ``dengan``."""
    clauses = names_data()["prose"]["clauses"]
    nouns = "|".join([*clauses["not_verbs"], *clauses["glued_places"]])
    heads = "|".join(names_data()["prose"]["operation_words"])
    return compiled(
        rf"(?i)(?<![^\W_-])(?!(?:{nouns}|{heads})(?![^\W_]))"
        rf"(?:{clauses['passive']}|{clauses['active']})(?![^\W_-])(?:[ \t\n]+dengan(?![^\W_]))?"
    )


@cache
def _counting() -> re.Pattern[str]:
    words = counting_spellings()
    return compiled(r"(?i)(?<![^\W_])(?:" + "|".join(sorted(words)) + r")(?![^\W_])")


@cache
def _counted() -> re.Pattern[str]:
    words = {*counting_spellings(), *names_data()["layout"]["quantity_words"]}
    return compiled(r"(?i)(?<![^\W_])(?:" + "|".join(sorted(words)) + r")(?![^\W_])")


def opened_by_predicate(text: str, start: int = 0) -> re.Match[str] | None:
    """The words of ``text`` up to the predicate that opens its formula (see the module), or
    ``None``; the words before the first operator only, from ``start`` (after ``…, maka``:
    the consequent's own subject and predicate)."""
    if len(text) - start < _SHORTEST:
        return None
    subject = _WORD.search(text, start)  # first: most formulas open with a counting word
    if subject is None or _counted().match(text, subject.start()):
        return None  # "Jumlah kasus diselesaikan …": the quantity's own verb
    if _SIGNS.search(text, start, subject.start()):
        return None  # "% ibu hamil mendapatkan …", "∑Retur diproses …"
    first = operator().search(text, start)
    if first is None or first.start() - start < _SHORTEST // 2:
        return None
    if "=" in text[start : first.start()]:
        return None  # "AKI = Jumlah kematian ibu disuatu wilayah …": a label opens it
    end = None
    for verb in _verbs().finditer(text, start, first.start()):
        if _counting().search(text, start, verb.start()):
            break  # "… Jumlah kematian ibu diwilayah …": a counted quantity opened before
        if _NOT_PREDICATE.search(text, start, verb.start()):
            continue
        before = text[start : verb.start()]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue  # "(… pegawai Disetujui Jumlah) × 0": inside a bracket, a name's words
        if len(_WORD.findall(text, start, verb.start())) < _SUBJECT:
            continue  # "lama merokok dalam tahun x …": a quantity's own verb
        if _WORD.search(text, verb.end(), first.start()) is None:
            continue  # "… dibayarkan dikalikan": no object between
        if "," in text[verb.end() : first.start()].rstrip().removesuffix(","):
            continue  # "modal disetor, cadangan, dan laba, dikurangi …": a list's (not the
            # comma before the operator alone: "… melebihi A, dikurangi dengan …", PP 22/1948)
        end = verb.end()
    if end is None:
        return None
    after = _TIME.search(text, end, first.start())
    if after is not None and _WORD.search(text, after.end(), first.start()):
        end = after.end()
    return _UPTO.match(text, 0, end)
