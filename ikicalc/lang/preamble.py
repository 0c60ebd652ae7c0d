"""The words before a formula (``cara pengukuran kinerjanya yaitu …``, ``Rumus:``, ``dihitung
dengan …``): where the cues of ``[layout] preamble`` (``data/names.toml``) end them, for
:mod:`ikicalc.lang.layout` to set aside. With no cue, the words before the first quantity that
are not a quantity: a sentence that says what the indicator shows (``suatu indikator yang
menggambarkan tingkat pertumbuhan nilai … dibandingkan dengan …``, BPS metadata; ``Angka yang
menunjukkan …``), up to the first quantity word after its verb (``[layout] describing_verbs``,
``quantity_words``); a heading of a few words before a comma (``Tanah kosong, nilai pasar dibagi
luas tanah …``, PMK 85/2024) when a quantity word opens what follows it. Neither when the words
before hold a counted quantity themselves (``Jumlah dokumen yang menggambarkan …`` is a name)."""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.lang.operator_words import lists_a_quantity, said
from ikicalc.lang.predicate import opened_by_predicate
from ikicalc.names import counting_spellings, names_data
from ikicalc.patterns import compiled, lazy

__all__ = ["cues", "definition", "frame", "introduced", "openings", "parallel", "rate_title_masked",
           "words_before"]  # fmt: skip


@cache
def frame(numbered: bool = True) -> str:
    """The frame of a sentence that says how a value is computed (``[prose.frame]``): a
    passive verb of computing, a modal or not before it, and the link that introduces the
    computation (``ditentukan dengan cara``, ``dapat dihitung melalui``), any with any."""
    data = names_data()["prose"]["frame"]
    modals, verbs, links = ("|".join(data[key]) for key in ("modals", "verbs", "links"))
    passives = "|".join(data["passives"])
    # the number after a bare predicate opens a share or a multiple of what follows ("0,5 (nol
    # koma lima) dari …", "2 kali …", "0,5 dikalikan …"), not a name's ("… Disetujui 75)")
    operand = (
        r"\d[\d.,]*(?:[ \t]*\([^()\n]*\))?[ \t]*"
        rf"(?:dari|kali|persen|%|[xX×*/÷]|{said('/×+-')})(?![^\W_])"
    )
    # "formula dihitung 0,5 (…) dari tarif …" (where ``numbered``): the predicate, no link,
    # then the number on its line ("Skor diperoleh" / "80" / "x 100%": a stack's lines)
    bare = rf"|(?!{said('/×+-')}(?![^\W_]))(?:{verbs}|{passives})[ \t]+(?={operand})"
    return (
        rf"(?<!yang )(?<!yg )(?<!yang\n)(?<!yg\n)(?:(?:{modals})\s+)?(?:(?:{verbs})"
        rf"(?:\s+(?:{modals}))?\s+(?:{links})" + (bare if numbered else "") + ")"
    )


@cache
def definition() -> str:
    """The copula and the frame of an indicator defined in running text (``[prose.definition]``):
    ``adalah angka yang dihitung berdasarkan``, ``didefinisikan sebagai nilai yang diperoleh
    dari``, ``merupakan hasil perhitungan dari``; the words before the computation."""
    data = names_data()["prose"]
    said, computed = data["definition"], data["frame"]
    copulas, heads, results = ("|".join(said[key]) for key in ("copulas", "heads", "results"))
    determiners = "|".join(said["determiners"])
    modals, verbs, links = ("|".join(computed[key]) for key in ("modals", "verbs", "links"))
    return (
        rf"(?<![^\W_])(?<!yang )(?:{copulas})\s+(?:(?:{determiners})\s+)?"
        rf"(?:(?:{heads})\s+(?:yang|yg)\s+(?:(?:{modals})\s+)?(?:{verbs})(?:\s+(?:{links}))?"
        rf"|(?:(?:{heads})\s+)?(?:{results}))"
    )


@cache
def openings() -> tuple[str, ...]:
    """The words that open a sentence before its first name (``[prose.clauses]``
    ``sentence_conjunctions`` and ``purpose``): a conjunction when an operation is said after
    it in the sentence (``Selanjutnya, A dibagi B``, ``Manakala A dikurangi B``); an active
    verb with no subject, the sentence's predicate, and its ``data`` (``Melihat data A
    dikurangi B``), not a verb that names the operation (``Membagi A dengan B``); a clause of
    purpose closed by a comma (``Agar diperoleh nilai rata-rata, A …``; after a comma with
    ``maka``: ``Selanjutnya, untuk mendapatkan …, maka …``). Patterns, to join with the cues."""
    data = names_data()["prose"]["clauses"]
    conjunctions = "|".join(data["sentence_conjunctions"])
    conditions = "|".join(data["sentence_conditions"])
    purpose = "|".join(data["purpose"])
    verb = f"(?:{data['passive']}|{data['active']})"
    operation = said("/×+-", plain=True)
    # a verb that names the operation opens its operands (lang/said_heads.py), a noun so
    # formed is a name's ("Meliputi", "Menit")
    heads = "|".join([*names_data()["prose"]["operation_words"], *data["not_verbs"]])
    return (
        rf"^\s*(?!(?:{heads})(?![^\W_])){data['active']}(?![^\W_])(?:\s+data)?"
        rf"(?=\s[^,;]*?(?<![^\W_])(?:{operation})(?![^\W_]))",
        rf"^\s*(?:{conjunctions})(?![^\W_])(?=,?\s[^;]*?(?<![^\W_])(?:{operation})(?![^\W_]))",
        rf"^\s*(?:{conditions})(?![^\W_])(?!\s+{verb}(?![^\W_]))(?=\s[^,;]*?(?<![^\W_])(?:{operation})(?![^\W_]))",
        rf"^\s*(?:\(\d{{1,2}}\)\s*)?(?:{purpose})\s+{verb}(?![^\W_])[^,:;=()]{{0,120}},\s*(?:maka)?",
        rf"(?:{purpose})\s+{verb}(?![^\W_])[^,:;=]{{0,120}},\s*maka",
    )


# a comparison with a bound: a condition that holds one opens a case of the formula, no part
# of the words before it
_COMPARES = lazy(
    r"(?i)(?<![^\W_])(?:(?:kurang|lebih)\s+(?:dari|besar|kecil|tinggi|rendah)|melebihi|mencapai"
    r"|di\s+(?:bawah|atas)|minimal|maksimal|paling\s+(?:sedikit|banyak|tinggi|rendah)"
    r"|sekurang-kurangnya|setinggi-tingginya|sama\s+dengan)(?![^\W_])|[<>≤≥]"
)


@cache
def _condition_then() -> re.Pattern[str]:
    """A condition (whatever opens it: ``Dalam hal …``, ``Apabila …``, ``Dengan tidak
    mengurangi … apabila …``), then ``, maka`` and the consequent that computes (UU 9/1976
    ``…, maka pidana denda tersebut dikalikan dua``): the words before the formula."""
    operation = said("/×+-", plain=True)
    return compiled(
        rf"(?i)^[^=;:]*?,\s*maka(?![^\W_])(?=\s[^;]*?(?<![^\W_])(?:{operation})(?![^\W_]))"
    )


@cache
def _cue(numbered: bool = True) -> re.Pattern[str]:
    """:func:`cues`; not ``numbered``, no bare predicate before a number (a digit-free guard)."""
    layout = names_data()["layout"]
    words = [definition(), *layout["preamble"], *layout["preamble_verbs"], frame(numbered)]
    return compiled(r"\b(?:" + "|".join([*words, *openings()]) + r")\b\s*[:=]?", re.IGNORECASE)


def cues() -> re.Pattern[str]:
    """The words that introduce a formula (a copula, a verb of computing and its link, a
    heading such as ``Rumus:``): what :func:`words_before` sets aside, one pattern."""
    return _cue()


def introduced(text: str, end: int) -> bool:
    """Whether the words before ``end`` say that a value is computed (a cue: ``… adalah``,
    ``… dihitung atas dasar``, ``… sebesar``): the sentence states its formula in words."""
    return guards.may_find(_cue(), text[:end]) and _cue().search(text, 0, end) is not None


_DIGIT = lazy(r"\d")  # what the bare predicate's number opens with
# the rate in the name of a rate indicator before the words that say how it is computed
_RATE_TITLE = lazy(r"(?i)\b(?:per|setiap|tiap)[ \t]+\d[\d.,]*(?=[ \t]+[^\W\d_])")
# the mean of what follows, as the grammar reads it: "rata-rata" in lower case before a name
_MEAN = lazy(r"(?<![^\W_])(?:rata-rata|rerata)[ \t]+(?=[^\W\d_])")
# "DAU = CF + AD", "A (GKM) + B"
_SPACED_SUM = lazy(r"(?:(?<=[^\W_])|(?<=[)\]]))[ \t]+[+][ \t]+(?=[^\W_]|[(\[])")
# a sum said in words ("dihitung dengan menjumlahkan nilai tambah bruto …"), its sign written
_SIGMA = lazy(r"[Σ∑](?=[ \t]*[^\W\d_(\[])")
# a bracket of words after a number ("5 (lima) tahun", "12 (dua belas) bulan", "III-2023
# (y-on-y)"): the number said again, no implicit product
_WORDS_IN_BRACKETS = lazy(
    r"(?<=[\d)\]])[ \t]*\([ \t]*(?:[^\W\d_]{2,}|[^\W\d_](?=-))(?:-[^\W\d_]+)*"
    r"(?:[ \t]+[^\W\d_]+)*[ \t]*\)"
)


def words_before(text: str) -> re.Match[str] | None:
    """The cue that ends the words before the formula: the last cue with no operator before
    it and a word between it and the first operator after it (so that laying out the text
    again finds none). A colon inside a cue (``Rumus:``) is not an operator, nor is the rate
    in the name of a rate indicator (``Rasio dokter per 1.000 penduduk dihitung dengan
    membagi …``). With no cue, the words before the first quantity (see the module)."""
    share = _SHARE_LABEL.match(text) if (":" in text or "," in text) and "%" in text else None
    if share is not None:  # "1. operasional : 90 % (…) dari jasa sarana; dan"
        return share
    then = _condition_then().match(text) if ", maka" in text or ",maka" in text else None
    if then and _COMPARES.search(then.group(0)):
        then = None  # "Apabila jumlah pegawai hadir kurang dari 50, maka …": it opens a case
    guard = _cue(numbered=_DIGIT.search(text) is not None)  # no cue's word: no cue
    if not then and not guards.may_find(guard, text):
        return _uncued(text)
    cues = sorted([*_cue().finditer(text), *([then] if then else [])], key=lambda m: m.start())
    if not cues:
        return _uncued(text)
    masked = list(text)
    for found in cues:
        masked[found.start() : found.end()] = " " * (found.end() - found.start())
    if "(" in text:
        for said in _WORDS_IN_BRACKETS.finditer(text):
            masked[said.start() : said.end()] = " " * (said.end() - said.start())
    plain = ratio_named_masked(rate_title_masked("".join(masked), cues[-1].start()), cues[-1])
    ops = (m for m in operator().finditer(plain) if operator().match(text, m.start()))  # "dibagi
    first = next(ops, None) or _SPACED_SUM.search(plain) or _MEAN.search(plain)  # atas dasar …"
    first = first or (_SIGMA.search(plain) if "Σ" in plain or "∑" in plain else None)
    chosen = None
    counted = _COUNTED_OPENING.match(text) is not None
    for found in cues:
        if first is None or found.start() >= first.start():
            break
        if counted and _THRESHOLD_THEN_DIVISION.match(text, found.end()):
            continue  # "Jumlah desa yang realisasi PBB sebesar 100% / Jumlah desa": a threshold
        if chosen is not None and _explains(text, chosen.end(), found):
            continue  # "… menghitung jumlah A …, yaitu B, C …": an explanation inside A
        if found.group(0).endswith(":") and lists_a_quantity(
            text[chosen.end() if chosen else 0 : found.end()], text[found.end() :]
        ):
            continue  # "Jumlah dokumen yang disusun yaitu : RPJMD, RKPD …": the list of A
        after = (
            operator().search(plain, found.end())
            or _SPACED_SUM.search(plain, found.end())
            or _MEAN.match(plain, found.end())  # "… adalah rata-rata rasio capaian …"
            or _SIGMA.match(plain, found.end())  # "… dihitung dengan Σ nilai tambah bruto …"
        )
        if after is not None and after.start() == found.end():  # the mean opens the formula
            chosen = found
            continue
        if after and re.search(r"[^\W_]", plain[found.end() : after.start()]):
            chosen = found
    if chosen is not None and chosen.group(0).rstrip().lower().endswith("maka"):
        # "Apabila …, maka kepada ahli warisnya diberikan A dikalikan B": the consequent's
        # predicate opens the formula
        return opened_by_predicate(text, chosen.end()) or chosen
    return chosen or _uncued(text)


# a counted quantity opening the cell, and a threshold of its name then the division
_COUNTED_OPENING = lazy(r"(?i)^[ \t\n]*(?:jumlah|jml|jmlh|banyaknya|total)(?![^\W_])")
_THRESHOLD_THEN_DIVISION = lazy(
    r"(?i)[ \t]*\d[\d.,]*(?::\d+)?[ \t]*(?:%|persen)?[ \t]*(?:/|÷|dibagi(?![^\W_]))"
)
_EXPLAINING = lazy(r"(?i)[ \t\n,]*(?:yaitu|yakni|ialah)\b")


def _explains(text: str, since: int, cue: re.Match[str]) -> bool:
    """Whether ``cue`` (``yaitu``, ``yakni``, ``ialah``) explains a quantity the formula has
    already opened since the cue before it (a counting word stands between them): ``…
    menghitung jumlah rata-rata pemustaka … Temanggung, yaitu Perpustakaan Kabupaten, …``."""
    if not _EXPLAINING.fullmatch(cue.group(0).rstrip(":= \t")):
        return False
    counted = _subject()[2]
    if _NAMED_RATIO.search(text, since, cue.start()):
        return False  # "… persentase A terhadap B, yaitu A dibagi B dikali 100%": said again
    return counted.search(text, since, cue.start()) is not None


# the ratio a definition's subject or description names in words ("Rasio panjang jalan per
# jumlah kendaraan adalah …", "persentase A terhadap B, yaitu …"), not the formula's operator
_NAMED_RATIO = lazy(r"(?i)(?<![^\W_])(?:terhadap|per(?=[ \t]+[^\W\d_]))(?![^\W_])")
_STRONG = lazy(r"(?i)(?<![^\W_])(?:dibagi|dikali(?:kan)?|x)(?![^\W_])|[/÷×*]")


def ratio_named_masked(text: str, cue: re.Match[str]) -> str:
    """``text`` with the ratio that the words before the last ``cue`` name (``per``,
    ``terhadap``) blanked, when the formula after the cue divides or multiplies in signs or
    words of its own (``Rasio panjang jalan per jumlah kendaraan adalah panjang jalan (km)
    dibagi …``): the words before it describe the formula; they do not compute."""
    if not _STRONG.search(text, cue.end()) or _STRONG.search(text, 0, cue.start()):
        return text
    masked = list(text)
    for named in _NAMED_RATIO.finditer(text, 0, cue.start()):
        masked[named.start() : named.end()] = " " * (named.end() - named.start())
    return "".join(masked)


def rate_title_masked(text: str, end: int) -> str:
    """``text`` with the rate in the name of a rate indicator before ``end`` blanked
    (``Rasio dokter per 1.000 penduduk dihitung dengan …``): no operator of the formula."""
    if "per" not in text[:end].lower() and "tiap" not in text[:end].lower():
        return text
    masked = list(text)
    for rate in _RATE_TITLE.finditer(text, 0, end):
        masked[rate.start() : rate.end()] = " " * (rate.end() - rate.start())
    return "".join(masked)


@cache
def _subject() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    layout = names_data()["layout"]
    verbs = tuple(str(v) for v in layout["describing_verbs"])
    quantity = r"(?:" + "|".join(re.escape(str(w)) for w in layout["quantity_words"]) + r")\b"
    described = compiled(
        r"^\s*(?P<subject>[^\W\d_][^=/÷×*:;\n]{0,80}?)[ \t\n]+(?:(?:yang|yg)[ \t\n]+)?"
        r"(?:" + "|".join(verbs) + r")[ \t\n]+(?:[^\s=÷×*:;]+[ \t\n]+){0,8}?(?=" + quantity + ")",
        re.IGNORECASE,
    )
    heading = compiled(
        r"^\s*(?P<subject>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}),[ \t\n]+(?=" + quantity + ")",
        re.IGNORECASE,
    )
    counted = compiled(r"\b(?:" + "|".join(sorted(counting_spellings())) + r")\b", re.I)
    return described, heading, counted, verbs


# a regulation's list of shares: the item's name, a colon, the share ("1. operasional : 90 %
# (sembilan puluh per seratus) dari jasa sarana; dan", "2. dibagi seluruh karyawan : 27,5% …");
# or a listed item's case, a comma, the share of a base ("a. secara lelang, 1% (satu persen)
# dari pokok lelang.", PP 135/2000)
_SHARE_LABEL = lazy(
    r"^[ \t]*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]+)?[^\W\d_][^:\n=]{0,80}?[ \t]:[ \t]*"
    r"(?=\d[\d.,]*[ \t]*%)"
    r"|^[ \t]*(?:(?:\d{1,2}|[a-z])[.)][ \t]+)?[^\W\d_][^\W\d]*(?:[ \t]+[^\W\d]+){0,5},[ \t]*"
    r"(?=\d[\d.,]*[ \t]*%[^,;:=]*?[ \t](?:dari|×)[ \t])"
)
_LIST_MARK = lazy(r"^\s*(?:\(\d{1,2}[a-z]?\)|[a-z][.)])?\s*")
# "(5) Besarnya denda … ditambah 1/3 (sepertiga) dari denda tersebut" (UU 18/2009), "(2).
# Besarnya kekayaan Negara … dikurangi dengan besarnya nilai …" (PP 29/1973): the sentence's
# subject is "the amount of" its first operand, which an operator word then works on
_AMOUNT_OPENING = lazy(
    r"^\s*(?:\(\d{1,2}[a-z]?\)\.?|[a-z0-9][.)])?[ \t]*Besarnya[ \t]+(?=[^\W\d_])"
    r"(?=[^=/÷×*:;]*?[ \t](?:ditambah|dikurangi|dikali(?:kan)?|dibagi)(?![^\W_]))"
)


def _uncued(text: str) -> re.Match[str] | None:
    """The words before the formula where no cue ends them: what is no quantity before the
    first one, the sentence's predicate, or ``Besarnya`` opening it before its first operand
    (see ``_AMOUNT_OPENING``)."""
    return (
        _not_a_quantity(text)
        or opened_by_predicate(text)
        or (_AMOUNT_OPENING.match(text) if "Besarnya" in text else None)
    )


@cache
def _purpose() -> re.Pattern[str]:
    """``(4) Untuk Wajib Pajak orang pribadi atau perseorangan jumlah penghasilan netto …``:
    a sentence opened by whom or what it is for, then the first counted quantity."""
    layout = names_data()["layout"]
    openers = "|".join(str(w) for w in layout["purpose_openers"])
    conditions = "|".join(str(w) for w in layout["condition_openers"])
    links = "|".join(str(w) for w in layout["purpose_links"])
    besides = "|".join(str(w) for w in layout["besides_openers"])
    besides = rf"(?:{besides})[ \t\n]+[^=÷×*:;,]{{0,120}}?,[ \t\n]+(?=[^\W\d_])"
    counted = "|".join(sorted(counting_spellings()))
    quantity = "|".join(re.escape(str(w)) for w in layout["quantity_words"])
    return compiled(
        r"^\s*(?:\(\d{1,2}[a-z]?\)[ \t]*|[a-z][.)][ \t]+)?(?P<subject>"
        # a condition closed by a comma, then a noun ("Dalam hal …, PNBP Terutang …", UU 9/2018)
        r"(?:" + conditions + r")[ \t\n]+(?:(?!,[ \t\n]*maka\b)[^=÷×*:;]){0,160}?,[ \t\n]+"
        # (", maka …": W106; a list of articles goes on: "Pasal 35, Pasal 36, dan Pasal 37")
        r"(?!maka\b|(?:(?:dan|atau|serta)[ \t\n]+)?(?:pasal|ayat)\b)(?:" + besides + r")?"
        r"(?=[^\W\d_])|"
        # what else befalls, closed by its comma ("selain pidana penjara atau pidana denda
        # terhadap pengurusnya, pidana yang dapat dijatuhkan … ditambah dengan 1/3 …", UU 21/2014)
        + besides + "|"
        # "b. untuk pemanfaatan … dalam Pasal 4 ayat (1) huruf b berdasarkan besaran …
        # dikalikan …": what it is for, then the word that links it to its amount (before
        # any counted quantity)
        r"(?:" + openers + r")[ \t\n]+(?:(?!\b(?:" + counted + r")\b)[^=/÷×*:;]){0,200}?"
        r"[ \t\n]+(?:" + links + r")[ \t\n]+"
        r"|(?:" + openers + r")"
        r"[ \t\n]+[^=/÷×*:;,\n]{0,100}?[ \t\n]+(?=(?:" + counted + r")\b)"
        # "untuk uranium deplesi …, dan untuk torium beratnya dalam kilogram dikalikan …": the
        # things it is for, then a quantity of theirs (a noun with "-nya")
        r"|(?:" + openers + r")[ \t\n]+[^=/÷×*:;]{0,160}?[ \t\n]+(?=[^\W\d_]{3,}nya\b)"
        # a purpose closed by a comma before a quantity, as a condition is ("Apabila … (mSv/jam),
        # nilai …"): "b) Untuk tangki, peti kemas … yang tidak dibungkus, nilai yang diperoleh …"
        # (Kepka BAPETEN 4/1999)
        r"|(?:" + openers + r")[ \t\n]+[^=÷×*:;]{0,160}?,[ \t\n]+(?=(?:" + quantity + r")\b))",
        re.IGNORECASE,
    )


def _not_a_quantity(text: str) -> re.Match[str] | None:
    """The words before the first quantity that are not a quantity (see the module), when
    a formula follows them; ``None`` otherwise."""
    described, heading, counted, verbs = _subject()
    lower = text[:200].lower()
    found = None
    if "," in lower[:60]:
        found = heading.match(text)
    if found is None and any(verb in lower for verb in verbs):
        found = described.match(text)
    opened = _LIST_MARK.sub("", lower[:20])
    openers = ("untuk", "bagi", "dalam", "apabila", "jika", "selain", "pada")
    if found is None and opened.startswith(openers):
        found = _purpose().match(text)  # "Untuk Wajib Pajak … jumlah penghasilan netto …"
    if found is None or counted.search(found.group("subject")):
        return None
    if operator().search(text, 0, found.end()) or not operator().search(text, found.end()):
        return None
    return found


@cache
def _parallel() -> re.Pattern[str]:
    words = "|".join(names_data()["prose"]["percent_words"])
    return compiled(
        r"(?i)(?:\b(?:ditambah|dikurangi|dibagi|dikali(?:kan)?|dengan)|[-+−–/÷×*])\s+(?:"
        + words
        + r")\b",
    )


@cache
def _heading_percent() -> re.Pattern[str]:
    words = "|".join(names_data()["prose"]["percent_words"])
    counted = "|".join(sorted(counting_spellings()))
    return compiled(rf"(?i)^\s*(?:{words})\s+(?=(?:{counted})(?![^\W_]))")


def percent_heading(chars: list[str]) -> None:
    """``Capaian kinerja … dinilai dari persentase jumlah bayi … dibagi jumlah sasaran …``
    (the SPM of Permenkes 4/2019): after the preamble set aside, a word for "percentage"
    before a counting word heads the formula, no word of the first operand's name; blanked
    unless a later operand opens with it too (:func:`parallel`)."""
    text = text_of(chars)
    lead = _heading_percent().match(text)
    if lead and not parallel(text):
        blank(chars, 0, lead.end())


def parallel(text: str) -> bool:
    """Whether an operand after the first also opens with a word for "percentage"
    (``Persentase kinerja ditambah persentase kompetensi … dibagi 3``, BKPSDM Cirebon): the
    leading ``Persentase`` then names the first operand, it does not introduce the
    formula."""
    return bool(_parallel().search(text))
