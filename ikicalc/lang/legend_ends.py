"""Where a legend's entry ends: at the end of its sentence (``A : jumlah desa mandiri. Data
dari DPMD.``), before a remark about the data (``… merupakan resultante dari …``) or a note of
its own under it (``Sampel (diambil secara acak) berasal dari …``); not before a clause that
goes on with the sentence above (``yang merupakan lingkup …``) nor after a word that waits for
more (``yang``, ``di``, ``seluruh`` …, ``data/legends.toml``)."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = [
    "clause_word",
    "comment_after",
    "connectors",
    "constant_line",
    "counting_verb",
    "listed_verb",
    "note_after",
    "remark",
    "sentence_end",
    "text_around",
    "waits_for_more",
]


# a legend's line that says what a constant of the formula is ("25 : nilai penimbang")
_CONSTANT_LINE = lazy(r"^[ \t]*(\d[\d.,]*)[ \t]*[=:][ \t]*[^\W\d_]")


def constant_line(line: str, formula: str) -> bool:
    """Whether ``line`` under a legend says what a constant the ``formula`` writes is
    (``25 = nilai dasar konversi`` under ``IKM = NRR x 25``): a line of its own, named by
    no symbol, that ends the entry above it."""
    found = _CONSTANT_LINE.match(line)
    return found is not None and (
        re.search(rf"(?<![\d.,]){re.escape(found.group(1))}(?![\d.,]*\d)", formula) is not None
    )


def remark(line: str) -> bool:
    """Whether a line under a legend's entry is a sentence about the data, not more of the
    entry's name (``Jumlah produksi … merupakan resultante dari …``): it holds a word of
    ``[legend] sentence_words`` (``merupakan``, ``dihitung`` …)."""
    return _sentence().search(line) is not None and _ITEM.match(line) is None


_ITEM = lazy(r"[ \t]*(?:[a-zA-Z]|\d{1,2})[.)][ \t]")  # "d. 0 & M adalah …": an entry


@cache
def connectors() -> frozenset[str]:
    """The words after which an entry's name goes on (``data/legends.toml``)."""
    raw = resources.files("ikicalc").joinpath("data", "legends.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw)["notes"]["entry_connectors"])


@cache
def copulas() -> str:
    """The copulas that may stand between a legend's symbol and its name (``A adalah …``,
    ``A : yakni …``; ``data/legends.toml`` ``[entries] copulas``), as one alternation."""
    raw = resources.files("ikicalc").joinpath("data", "legends.toml").read_text("utf-8")
    words = tomllib.loads(raw)["entries"]["copulas"]
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def sources() -> str:
    """What opens the source of an entry's data after its name (``sumber data:``,
    ``bersumber dari``; ``data/legends.toml`` ``[sources] openers``), as one alternation."""
    raw = resources.files("ikicalc").joinpath("data", "legends.toml").read_text("utf-8")
    words = tomllib.loads(raw)["sources"]["openers"]
    return "|".join(sorted(words, key=len, reverse=True))


SOURCE_CUES = ("sumber", "dari", "source")
"""A word every opener of ``[sources] openers`` holds, lower case (a guard)."""


@cache
def source_after() -> re.Pattern[str]:
    """The source of a name's data after it, set apart by a comma, a semicolon, a period, a
    dash or a bracket, to the end: ``, sumber data: BKPSDM``, ``(bersumber dari Bappeda)``,
    ``- data dari BPS``; not ``Jumlah sumber air`` (no sign before it, no colon or ``dari``)."""
    return re.compile(
        r"(?<=\S)[ \t]*(?:[,;.(]|[ \t][–—-])[ \t]*(?i:" + sources() + r")[^\n]*$"
    )


@cache
def comment_after() -> re.Pattern[str]:
    """A clause after a name that says how its quantity is counted or recorded, set apart by
    a comma or a semicolon, to the end (``, dihitung dari laporan tahunan``; ``data/legends.toml``
    ``[comments] verbs``): group ``before`` is the word before the sign, ``verb`` the verb.
    A verb that ends the name or that a comma or ``dan`` follows is one of a list of verbs
    of one clause (``… yang ditemukan, dicatat dan dilaporkan``): see :func:`listed_verb`."""
    return re.compile(
        r"(?P<before>[^\W\d_]+)[)]?[ \t]*[,;][ \t]*(?:yang[ \t]+|yg[ \t]+)?(?P<verb>(?i:"
        + _counting_verbs()
        + r"))(?![^\W_])[^\n]*$"
    )


@cache
def _counting_verbs() -> str:
    raw = resources.files("ikicalc").joinpath("data", "legends.toml").read_text("utf-8")
    return "|".join(sorted(tomllib.loads(raw)["comments"]["verbs"], key=len, reverse=True))


_LIST_GOES_ON = lazy(r"[ \t]*(?:$|[,;]|(?i:dan|atau|serta)(?![^\W_]))")


def listed_verb(name: str, said: re.Match[str]) -> bool:
    """Whether the verb ``said`` found (:func:`comment_after`) is one of a list of verbs of
    one clause: it ends the name, or a comma or ``dan`` follows it, or a verb of the class
    stands before its comma (``… ditemukan, dicatat dan dilaporkan``)."""
    return counting_verb(said.group("before")) or bool(_LIST_GOES_ON.match(name, said.end("verb")))


def counting_verb(word: str) -> bool:
    """Whether ``word`` is a verb of ``[comments] verbs`` (``dihitung``, ``dicatat``)."""
    return re.fullmatch(r"(?i:" + _counting_verbs() + r")", word) is not None


# a sentence ends: a period after a word, a figure or a bracket, then a capitalised word and
# another word ("… desa mandiri. Data dari DPMD.", "… tingkat SD/MI. Data …"; not "Kec.
# Bagor", "No. 5")
_SENTENCE_END = lazy(r"(?<=[^\W_]|[%)])\.[ \t]+(?=[A-Z][a-z]+[ \t]+[^\W\d_])")


# a clause that gives an entry's value after its name ("… dan setara dengan 2,45 GJ/ton",
# "…, sebesar 1.000"): the name ends before it
_VALUE_CLAUSE = lazy(
    r"(?i)[ \t]*,?[ \t]+(?:dan[ \t]+)?(?:setara[ \t]+dengan|sebesar|senilai|bernilai)[ \t]+"
    r"\d[\d.,]*[ \t]*[^\s.;]*[ \t]*[.;]?[ \t]*$"
)


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(
        str(w).rstrip(".").lower() for w in names_data()["wrapping"]["abbreviations"]
    )


def sentence_end(name: str) -> str:
    """A legend entry's name up to the end of its sentence: what follows the period is a
    note of its own (``A : jumlah desa mandiri. Data dari DPMD.``); an abbreviation's period
    (``Kec. Bagor``) ends no sentence. A clause that gives the entry's value ends the name
    too (``𝛾 merupakan energi … pada suhu 200C dan setara dengan 2,45 GJ/ton``)."""
    value = _VALUE_CLAUSE.search(name) if "setara" in name or "se" in name else None
    if value:  # "… pada suhu 200C dan setara dengan 2,45 GJ/ton": the entry's value
        name = name[: value.start()]
    if ". " not in name and ".\t" not in name:
        return name
    for found in _SENTENCE_END.finditer(name):
        word = re.search(r"[^\W\d_]*$", name[: found.start()])
        if word is None or word.group(0).lower() not in _abbreviations():
            return name[: found.start()]
    return name


@cache
def _clause_words() -> frozenset[str]:
    raw = resources.files("ikicalc").joinpath("data", "legends.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw)["notes"]["clause_words"])


def clause_word(symbol: str) -> bool:
    """Whether a legend line's "symbol" is a word in lower case that opens a clause going on
    with the sentence above (``yang merupakan lingkup …``, ``[notes] clause_words``)."""
    return symbol.islower() and symbol in _clause_words()


# a line in sentence case: a capitalised word, then a word in lower case or a bracket
_SENTENCE_CASE = lazy(r"[ \t]*(?P<first>[A-Z][a-z]{2,})[ \t]+\(?[a-z]")
_LAST_WORD = lazy(r"(?P<word>[^\s]+)[ \t]*$")
_WORD = lazy(r"[^\W\d_]{3,}")
_NOTE_LINES = 2
_NOTE_WORDS = 10


def text_around(
    text: str, line: re.Match[str], entry: re.Pattern[str], header: re.Pattern[str]
) -> tuple[str, list[str]]:
    """The text before ``line`` and the lines after it up to the next ``entry`` or
    ``header`` line or remark, for :func:`note_after`."""
    rest: list[str] = []
    for after in text[line.end() + 1 :].split("\n"):
        if entry.match(after) or header.match(after) or remark(after):
            break  # the next entry, or a note of its own ("… merupakan resultante …")
        rest.append(after)
    return text[: line.start()], [piece for piece in rest if piece.strip()]


def note_after(line: str, pieces: list[str], legend: str, rest: list[str]) -> bool:
    """Whether ``line``, under a legend's entry (``pieces``, its name so far), opens a note of
    its own rather than going on with the entry's name: ``Y = Jumlah sampel yang diambil`` /
    ``Sampel (diambil secara acak) berasal dari …``. A careful reader sees a new sentence:

    - the entry is complete: its last line ends on a word or a number, not on a comma, a
      hyphen or a word after which a name goes on (``yang``, ``di``, ``seluruh``,
      ``memiliki`` …, ``data/legends.toml``);
    - the line opens in sentence case (``Sampel (diambil``, ``Kasus pelanggaran``; not the
      Title Case of a name wrapped by its column, ``Produksi Perikanan yang``);
    - and it has its own subject: its first word names again a noun of the legend
      (``Sampel`` after ``Jumlah sampel …``; not after a capitalised word, ``… di Kota`` /
      ``Singkawang yang …`` may go on with a proper name), or it is a paragraph, ``rest``
      (the lines after it up to the next entry) making at least two lines and ten words."""
    opening = _SENTENCE_CASE.match(line)
    last = next((piece for piece in reversed(pieces) if piece.strip()), "")
    end = _LAST_WORD.search(last)
    if opening is None or end is None or waits_for_more(pieces):
        return False
    word = end.group("word")
    subject = opening.group("first").lower()
    if word[0].islower() and subject in {w.group(0).lower() for w in _WORD.finditer(legend)}:
        return True
    paragraph = [line, *rest]
    if _wrapped(legend, paragraph):
        return False  # "i. B = jumlah perpustakaan di Kota" / "Singkawang yang sesuai" / …
    return len(paragraph) >= _NOTE_LINES and sum(len(p.split()) for p in paragraph) >= _NOTE_WORDS


def waits_for_more(pieces: list[str]) -> bool:
    """Whether a legend's entry (``pieces``, its name so far) stops where its name goes on on
    the next line: on a comma, a hyphen, or a word after which a name goes on (``yang``,
    ``di``, ``seluruh`` …, ``data/legends.toml``): ``Toll Fee adalah tarif … melalui pipa
    yang`` / ``ditetapkan oleh Badan Pengatur;``."""
    last = next((piece for piece in reversed(pieces) if piece.strip()), "")
    end = _LAST_WORD.search(last)
    if end is None:
        return False
    word = end.group("word")
    return not word[-1].isalnum() or word.lower() in connectors()


def _wrapped(before: str, lines: list[str]) -> bool:
    """Whether the legend's last line in ``before`` was broken by its column before
    ``lines``: the legend shows that its column wraps names (a line above opens in lower
    case, the rest of a name), and the first word of the next line would not have fitted
    on the last line, the column being as wide as the widest of them (a writer who ends a
    line where the next word fits starts a paragraph)."""
    recent = before.rstrip("\n").split("\n")[-_RECENT:]
    above, continued = recent[-1], [line for line in recent[:-1] if line[:1].islower()]
    first = lines[0].split()[:1] if lines else []
    if not (first and continued):
        return False
    width = max(len(piece.rstrip()) for piece in [above, *continued, *lines])
    return len(above.rstrip()) + 1 + len(first[0]) > width


_RECENT = 8
"""How many of the legend's last lines show its column's width."""


@cache
def _sentence() -> re.Pattern[str]:
    words = "|".join(names_data()["legend"]["sentence_words"])
    return re.compile(r"(?i)(?<![^\W_])(?<!yang )(?:" + words + r")(?![^\W_])")
