"""The word classes of the rules that flag a suspicious reading (``W115`` … ``W119``), read once
from ``ikicalc/data/suspicious.toml`` and ``names.toml``, and what those rules share: the text a
variable was read from, and whether a word is a symbol."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from ikicalc.lang import ast
from ikicalc.names import names_data

__all__ = [
    "as_written",
    "cut_opening",
    "distinct",
    "either",
    "flat",
    "is_symbol",
    "legend_heading",
    "mean_of_two",
    "measure_units",
    "measure_words",
    "method_clause",
    "method_stem",
    "modal_predicate",
    "plain",
    "shortened",
    "structure_words",
    "words",
]


@cache
def words() -> dict[str, Any]:
    """The lists of ``data/suspicious.toml``."""
    raw = resources.files("ikicalc").joinpath("data", "suspicious.toml").read_text("utf-8")
    return tomllib.loads(raw)


def either(items: list[str]) -> str:
    """A regular expression's group matching any of ``items`` (patterns as written)."""
    return "(?:" + "|".join(items) + ")"


def method_stem(found: str) -> bool:
    """Whether a match of :func:`method_clause` names a method or a condition (a link whose
    stem is optional in ``names.toml``, ``melalui`` for ``melalui rumus``, is none alone)."""
    lowered = found.lower()
    sequence = re.compile(either(words()["clause"]["sequence"]), re.IGNORECASE)
    nouns = re.compile(either(words()["clause"]["computing_nouns"]), re.IGNORECASE)
    if found.lstrip().startswith(",") or nouns.match(found) is not None:
        return True
    if lowered.startswith("dengan") and not lowered.startswith("dengan cara"):
        return True  # "dengan membandingkan …": an operation said as the method
    return sequence.match(found) is not None or any(
        stem in lowered for stem in words()["clause"]["method_stems"]
    )


@cache
def method_clause() -> re.Pattern[str]:
    """A verb of computing before a link that names a method (``dihitung dengan cara``), a
    method link or ``dengan`` before an operation (``dengan cara menerapkan``, ``dengan
    membandingkan``), a condition of the
    sentence after a comma (``…, dengan syarat …``), an adverb of a procedure's sequence
    (``setelah terlebih dahulu``)."""
    frame = names_data()["prose"]["frame"]
    stems = words()["clause"]["method_stems"]
    links = [link for link in frame["links"] if any(stem in link for stem in stems)]
    heads = names_data()["prose"]["heads"]
    operations = [*heads["divide"], *heads["multiply"], *heads["apply"], *heads["subtract"]]
    operations = [op for op in operations if op.startswith("me")]
    conditions = words()["clause"]["conditions"]
    sequence = words()["clause"]["sequence"]
    pattern = (
        rf"\b{either(frame['verbs'])}\s+{either(links)}\b"
        rf"|\b(?:{either(links)}|dengan)\s+{either(operations)}\b"
        rf"|,\s*{either(conditions)}\b"
        rf"|\b{either(sequence)}\b"
        rf"|\b{either(words()['clause']['computing_nouns'])}\s+{either(frame['links'])}\b"
    )
    return re.compile(pattern, re.IGNORECASE)


@cache
def modal_predicate() -> re.Pattern[str]:
    """A modal before a passive verb after a comma, the predicate after its subject: ``…,
    dapat juga dilakukan`` (not ``yang dapat diakses``, a relative clause)."""
    clause = words()["clause"]
    passive = names_data()["prose"]["clauses"]["passive"]
    return re.compile(
        rf",\s*{either(clause['modals'])}\s+"
        rf"(?:{either(clause['adverbs'])}\s+)?{passive}\b",
        re.IGNORECASE,
    )


@cache
def mean_of_two() -> re.Pattern[str]:
    """A name that opens with a mean's word and joins two phrases with a coordinator, each of
    them a nominalised change or a counting head (``Rata-rata outcome penurunan … dan
    peningkatan …``): the mean of two quantities said in words."""
    clause = words()["clause"]
    return re.compile(
        rf"^{either(clause['means'])}\s.+?\s(?P<join>dan|serta)\s+{either(clause['second_heads'])}\b",
        re.IGNORECASE,
    )


@cache
def measure_units() -> frozenset[str]:
    """The units of measure a name must not be alone: prefixed symbols in their case (``km``,
    ``Mbps``, ``kWh``, ``m2``), bases of two letters or more, and the words of measure (in lower
    case)."""
    units = words()["units"]
    bases = units["bases"]
    found = {p + b for p in units["prefixes"] for b in bases} | {b for b in bases if len(b) > 1}
    # squares and cubes of a prefixed length (km2, cm3): "m2" alone stays a symbol's index
    found |= {p + "m" + power for p in units["prefixes"] for power in units["powers"]}
    return frozenset(found)


@cache
def measure_words() -> frozenset[str]:
    """The words of measure, in lower case (``hektar``, ``mbps``, ``rp``)."""
    return frozenset(word.lower() for word in words()["units"]["words"])


@cache
def legend_heading() -> re.Pattern[str]:
    """A legend's heading (``Keterangan``, ``Ket.``, ``Dimana``, ``Di mana``; names.toml
    [legend] introducers) or its first word alone (``Di`` of ``Di mana``), or the heading of
    a formula (``Rumus``, ``Formula``)."""
    introducers = names_data()["legend"]["introducers"]
    firsts = [re.split(r"\\s", item)[0] for item in introducers]
    headings = words()["units"]["formula_headings"]
    return re.compile(rf"{either([*introducers, *firsts, *headings])}\.?", re.IGNORECASE)


@cache
def cut_opening() -> re.Pattern[str]:
    """What a quantity's name never opens with: a function word (``yang``, ``dan``, ``untuk``),
    an active verb (names.toml [prose.clauses] active, ``memiliki …``) or a passive one
    (``Ditindaklanjuti …``): the head of the name is on the line above, or the cell is a
    sentence. Not a verb made a noun by -nya (``Meningkatnya kualitas …``, seed 002-034: a
    goal kecamatan write as an indicator's name)."""
    clauses = names_data()["prose"]["clauses"]
    functions = words()["uncovered"]["function_words"]
    passive = rf"(?!{either(clauses['not_verbs'])}\b)di[a-z]{{3,}}(?:kan|i)"
    return re.compile(
        rf"(?:{either(functions)}|{clauses['active']}|{passive})(?<!nya)\b(?!-)", re.IGNORECASE
    )


@cache
def structure_words() -> frozenset[str]:
    """The words of a document's structure that name no quantity without a number."""
    return frozenset(words()["units"]["structure"])


_SYMBOL = re.compile(
    r"[A-Z][A-Z0-9]{0,5}(?:[_.,]?[0-9]{1,2}|[_.][A-Za-z0-9]{1,3})?"  # A, JPUT, X1, IK_1, N.2
    r"(?:-?\([a-z](?:\s?[-+−]\s?[0-9])?\)|-[a-z])?"  # JUM-(n-1), JUM-n: a period's index
    r"|[a-zα-ω](?:[_.]?[0-9]{1,2})?"  # x, y, n_1
    r"|[Α-Ω](?:[_.]?[0-9]{1,2})?"
)


def is_symbol(token: str) -> bool:
    """Whether ``token`` is written as a symbol: capitals and digits (``JPUT``, ``X1``,
    ``IK_1``), or one letter with an index or none (``x``, ``n_1``)."""
    return _SYMBOL.fullmatch(token) is not None


def plain(text: str) -> str:
    """``text`` with mathematical letters as plain ones (``𝐽𝑃𝑈𝑇`` → ``JPUT``): NFKC, which
    keeps the length of such letters."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", text)


def flat(text: str) -> str:
    """``text`` on one line: runs of white space as one space."""
    return " ".join(text.split())


def shortened(name: str, width: int = 90) -> str:
    """``name`` on one line (:func:`flat`), cut with ``…`` after ``width`` characters: a name
    quoted in a message."""
    name = flat(name)
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def distinct(names: tuple[ast.Variable, ...]) -> list[ast.Variable]:
    """The variables of a formula, each name once (its first place)."""
    seen: set[str] = set()
    found = []
    for variable in names:
        if variable.name not in seen:
            seen.add(variable.name)
            found.append(variable)
    return found


def as_written(text: str, variable: ast.Variable) -> str | None:
    """The words of the cell a variable was read from, when its span holds its name (``None``
    for a symbol a legend replaced, or a name the reader rebuilt)."""
    start, end = variable.span
    if end <= start:
        return None
    written = text[start:end]
    if written == variable.name:
        return written
    if _letters(plain(written)) != _letters(plain(variable.name)):
        return None
    return written


_NOT_LETTERS = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text.lower())
