"""Messages in English or Indonesian, from one gettext catalogue.

The source holds English message ids wrapped in :func:`_` (or :func:`ngettext` for counts);
``ikicalc/locale/id/LC_MESSAGES/ikicalc.po`` holds their Indonesian translations, compiled to
the ``.mo`` beside it (``python tools/msgfmt.py``; a test checks both agree and that every
message of the source has a translation). The language is a context variable: English for
the Python API unless :func:`set_language` says otherwise, Indonesian for the command line
(``--bahasa``, ``IKICALC_LANG``). A message is built when it is raised, in the language
current then. The catalogue is read on the first Indonesian message, not at import.

Placeholders are ``str.format`` fields (``_("no value given for '{name}'").format(name=…)``),
so a translation may put them in another order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from gettext import GNUTranslations

__all__ = [
    "LANGUAGES",
    "N_",
    "Language",
    "get_language",
    "language",
    "ngettext",
    "set_language",
    "template_pattern",
    "translate",
    "translate_formatted",
    "where_in_words",
    "word_position",
]

Language = Literal["en", "id"]
LANGUAGES: tuple[Language, ...] = ("en", "id")
"""The languages of ikicalc's messages: English (the message ids) and Indonesian."""

DOMAIN = "ikicalc"

_language: ContextVar[Language] = ContextVar("ikicalc_language", default="en")


def _checked(name: str) -> Language:
    """``"id"``, ``"en"`` (also ``"id_ID"``, ``"en-US"``, ``"ID"``), or an error."""
    if not isinstance(name, str):
        from ikicalc.errors import ArgumentError

        raise ArgumentError(f"a language is a name such as 'id' or 'en', not {name!r}")
    key = name.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    if key in ("id", "in", "ind", "indonesia", "indonesian", "bahasa"):
        return "id"
    if key in ("en", "eng", "english", "inggris"):
        return "en"
    from ikicalc.errors import ArgumentError

    raise ArgumentError(f"unknown language {name!r}: use 'id' (Indonesian) or 'en' (English)")


def set_language(name: str) -> Token[Language]:
    """Speak ``name`` (``"id"`` or ``"en"``) from now on in this context (thread, task).

    Returns the token that :meth:`contextvars.ContextVar.reset` takes to restore the
    previous language; :func:`language` does both around a block.
    """
    return _language.set(_checked(name))


def get_language() -> Language:
    """The language messages are built in now: ``"en"`` or ``"id"``."""
    return _language.get()


@contextmanager
def language(name: str) -> Iterator[Language]:
    """Speak ``name`` inside a ``with`` block, then the language before it again."""
    token = set_language(name)
    try:
        yield token.var.get()
    finally:
        _language.reset(token)


@cache
def _catalogue(lang: Language) -> GNUTranslations | None:
    """The compiled catalogue of ``lang``, read once (``None`` if it is missing)."""
    from gettext import GNUTranslations
    from importlib import resources

    path = resources.files("ikicalc").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo")
    try:
        with path.open("rb") as handle:
            return GNUTranslations(handle)
    except OSError:  # pragma: no cover - the .mo ships in the wheel (tests/test_packaging.py)
        return None


def _(message: str) -> str:
    """``message`` (an English message id, a literal) in the current language."""
    return translate(message)


def N_(message: str) -> str:  # noqa: N802 - the gettext name for "mark, translate later"
    """Mark a literal as a message id without translating it (tables built at import time);
    :func:`translate` translates it where it is used."""
    return message


def translate(message: str) -> str:
    """``message`` in the current language: a literal marked with :func:`N_`, or a message id
    kept as data (the summaries of ``lint.toml``)."""
    lang = _language.get()
    if lang == "en":
        return message
    catalogue = _catalogue(lang)
    return message if catalogue is None else catalogue.gettext(message)


def translate_formatted(text: str, templates: Iterable[str] = ()) -> str:
    """``text`` in the current language, where ``text`` is a message id kept as data or one
    of ``templates`` (message ids with ``{fields}``) already formatted in English: the
    fields are read back and put into the translated template. Anything else is returned
    as it is."""
    if _language.get() == "en":
        return text
    for template in templates:
        found = template_pattern(template).fullmatch(text)
        if found is not None:
            return translate(template).format(**found.groupdict())
    return translate(text)


@cache
def template_pattern(template: str) -> re.Pattern[str]:
    """A pattern matching ``template`` formatted with any field values."""
    from string import Formatter

    parts = []
    for literal, name, _spec, _conversion in Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural message for ``count`` in the current language (Indonesian
    nouns do not change: ``1 indikator``, ``2 indikator``)."""
    lang = _language.get()
    catalogue = None if lang == "en" else _catalogue(lang)
    if catalogue is None:
        return singular if count == 1 else plural
    return catalogue.ngettext(singular, plural, count)


_WORD = re.compile(r"\S+")


def word_position(text: str, offset: int) -> int | None:
    """Which word of ``text`` (1-based; words are separated by blanks) holds ``offset``, an
    offset in the blanks before a word counting as that word; ``None`` at the end of the
    text (nothing follows)."""
    if offset >= len(text.rstrip()):
        return None
    for number, match in enumerate(_WORD.finditer(text), start=1):
        if offset < match.end():
            return number
    return None  # pragma: no cover - offset < len(text.rstrip()) lies in or before a word


def where_in_words(text: str, offset: int) -> str:
    """Where ``offset`` is in a formula, said in words: ``at word 3 of the formula`` (in a
    report, where line and column mean nothing to a reader)."""
    number = word_position(text, offset)
    if number is None:
        return _("at the end of the formula")
    return _("at word {number} of the formula").format(number=number)
