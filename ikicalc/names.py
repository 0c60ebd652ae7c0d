"""Variable names: how a name is written, and how names are matched to data.

A name is kept as written, with white space collapsed and markup removed. Matching a name
against the names in realisasi data uses :func:`name_key`, which ignores case and repeated
white space and expands the abbreviations of ``data/names.toml`` (``yg`` → ``yang``).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ikicalc.i18n import _
from ikicalc.patterns import lazy

__all__ = [
    "CLOSE_ENOUGH",
    "clean_name",
    "closest",
    "counting_spellings",
    "counting_words",
    "counts_rows",
    "did_you_mean",
    "name_key",
    "names_data",
]

_SPACE = lazy(r"(?:\s|\\ )+")
_WORD = lazy(r"[^\W_]+", re.UNICODE)


@cache
def names_data() -> dict[str, Any]:
    """The word lists of ``data/names.toml`` (abbreviations, counting, prose, ratio words)."""
    raw = resources.files("ikicalc").joinpath("data", "names.toml").read_text("utf-8")
    return tomllib.loads(raw)


@cache
def condition_words() -> str:
    """The conjunctions that open a condition (``apabila|jika|…``), an expression's
    alternatives: ``prose.conditions`` of ``data/names.toml``, their one home."""
    return "|".join(names_data()["prose"]["conditions"])


@cache
def _abbreviations() -> dict[str, str]:
    return {key.lower(): value.lower() for key, value in names_data()["abbreviations"].items()}


@cache
def counting_words() -> frozenset[str]:
    """Words such as ``jumlah`` that count something but name no quantity on their own."""
    return frozenset(word.lower() for word in names_data()["counting"]["words"])


@cache
def counting_spellings() -> frozenset[str]:
    """The counting words and their abbreviations (``jml``, ``jmlh``, ``jm``: the
    ``[abbreviations]`` that expand to one), in lower case: what opens a counted quantity."""
    short = {key for key, word in _abbreviations().items() if word in counting_words()}
    return counting_words() | short


@cache
def _row_entities() -> frozenset[str]:
    return frozenset(word.lower() for word in names_data()["rows"]["entities"])


def counts_rows(name: str) -> bool:
    """Whether a variable names what one row of per-employee data stands for (``Pegawai``,
    ``Jumlah PNS``): with no column of its own, each row counts one (``data/names.toml``)."""
    words = [word for word in name_key(name).split() if word not in counting_words()]
    return len(words) == 1 and words[0] in _row_entities()


def clean_name(text: str) -> str:
    """A name as written: escaped spaces and runs of white space become one space, and the
    characters that take no place on a page (:data:`INVISIBLE`) are gone."""
    if "  " not in text and "\\" not in text and text.isprintable():
        return text.strip()  # its only white space is single spaces: nothing to replace
    return _SPACE.sub(" ", text.translate(_DROP_INVISIBLE)).strip()


INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Characters that take no place on a page, which web pages, PDF extractors and Word paste
into cells: the soft hyphen, the zero-width space, non-joiner and joiner, the word joiner and
the byte-order mark (Unicode's format characters of Latin text)."""

_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
# a word holding one, from the word's start (linear: one try per word)
_WITH_INVISIBLE = lazy(r"(?<!\S)\S*?[" + INVISIBLE + r"]\S*")


def unseen_dropped(text: str) -> str:
    """``text`` without the characters of :data:`INVISIBLE` (``Jum\u00adlah`` reads
    ``Jumlah``): what a reader of formulas, scales and targets reads, where a padded word
    (:func:`visible`) would leave two blanks, a column's gap, inside a sentence."""
    if text.isascii() or not any(char in text for char in INVISIBLE):
        return text
    return text.translate(_DROP_INVISIBLE)


def visible(text: str) -> str:
    """``text`` as it shows on a page, of the same length: a character of :data:`INVISIBLE`
    leaves the word it stands in (``PDRB ADHK\u200b/Jumlah`` reads ``PDRB ADHK/Jumlah``,
    ``pember\u00addayaan`` reads ``pemberdayaan``) and the word is padded with spaces after
    it, so every offset outside the word still points where it did."""
    if text.isascii() or not any(char in text for char in INVISIBLE):
        return text
    return _WITH_INVISIBLE.sub(_padded, text)


def _padded(found: re.Match[str]) -> str:
    word = found.group(0)
    seen = word.translate(_DROP_INVISIBLE)
    return seen + " " * (len(word) - len(seen))


# The period that ends an abbreviation ("dll.", "Kec.", "Kab./Kota"): the same word with or
# without it ("dll." at the end of a cell loses its period to the sentence).
_ABBREVIATION_PERIOD = lazy(r"(?<=[^\W\d_])\.(?=[\s)/,]|$)")


# Hyphens and dashes as Word and PDF write them ("0‐1 tahun", "e‑KTP", "7–12", "t−1"): one
# hyphen in the key.
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–−", "-"))


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """The key two names are compared by: lower case, single spaces, abbreviations expanded,
    the period that ends an abbreviation aside (``dll.`` and ``dll`` are one word), every
    hyphen or dash inside a word one hyphen (``7–12`` and ``7-12``)."""
    abbreviations = _abbreviations()
    lowered = _ABBREVIATION_PERIOD.sub("", clean_name(name).lower()).translate(_DASHES)
    return _WORD.sub(lambda m: abbreviations.get(m.group(0), m.group(0)), lowered)


CLOSE_ENOUGH = 0.75
"""How alike two keys must be (:func:`difflib.get_close_matches` ratio) to suggest one."""

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
"""A number in a key: names that differ only in their numbers are different quantities
(``Kolom (7)`` and ``Kolom (12)``, ``Realisasi 2019`` and ``Realisasi 2020``), never one
misspelt as the other."""


def closest(
    name: str, candidates: Iterable[str], *, key: Callable[[str], str] = name_key
) -> str | None:
    """The candidate most like ``name`` (compared by ``key``: :func:`name_key` by default),
    as the candidate is written; ``None`` when none is :data:`CLOSE_ENOUGH`, and never a
    candidate that differs from ``name`` only in its numbers (:data:`_NUMBER`). The one "did
    you mean" of the package: data columns, formula variables, scale names, satuan."""
    wanted = key(name)
    numbered = _NUMBER.sub("#", wanted)
    keys = {
        k: candidate
        for candidate in candidates
        if (k := key(candidate)) == wanted or _NUMBER.sub("#", k) != numbered
    }
    close = difflib.get_close_matches(wanted, list(keys), n=1, cutoff=CLOSE_ENOUGH)
    return keys[close[0]] if close else None


def did_you_mean(
    name: str, candidates: Iterable[str], *, key: Callable[[str], str] = name_key
) -> str:
    """``"; did you mean 'X'?"`` with :func:`closest`, or ``""`` when nothing is close."""
    found = closest(name, candidates, key=key)
    return "" if found is None else "; " + _("did you mean '{name}'?").format(name=found)
