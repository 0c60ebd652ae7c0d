"""Loading the ``.lark`` grammars of the front end (``ikicalc/lang/grammar/*.lark``)."""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ikicalc.patterns import lazy

__all__ = ["build_parser", "cache_dir", "grammar_text"]


_DEFINITION = lazy(r"^//\{\{(?P<name>\w+)\}\} = (?P<pattern>.*)$", re.MULTILINE)
_USE = lazy(r"\{\{(\w+)\}\}")


@cache
def grammar_text(name: str) -> str:
    """Return the text of ``grammar/<name>.lark`` with its shared pieces filled in.

    A line ``//{{NAME}} = pattern`` defines a piece of a pattern that several terminals
    share (a terminal and its negation, ``_ABBREVIATION`` and ``(?!…)``); ``{{NAME}}`` in a
    pattern uses it. A lower-case ``{{key}}`` is a word list of the ``[grammar]`` table of
    ``data/names.toml`` (an alternation of the escaped words, longest first, a space standing
    for any white space: :func:`ikicalc.lang.operator_words.words_pattern`); the operator
    words live there (``divide_words`` …)."""
    packaged = resources.files("ikicalc.lang").joinpath("grammar", f"{name}.lark")
    text = packaged.read_text(encoding="utf-8")
    if "{{" not in text:
        return text
    from ikicalc.lang.operator_words import words_pattern
    from ikicalc.names import names_data

    pieces = {found["name"]: found["pattern"] for found in _DEFINITION.finditer(text)}
    for key, words in names_data()["grammar"].items():
        pieces[key] = words_pattern(words)
        # "{{key_first}}": the first letters of the words, both cases (a quick lookahead)
        first = {char for word in words for char in (word[:1].lower(), word[:1].upper())}
        pieces[key + "_first"] = "".join(re.escape(char) for char in sorted(first))

    # "{{multiplier_words}}": the words that multiply a number ("2,5 juta"), [multipliers]
    pieces["multiplier_words"] = words_pattern(names_data()["multipliers"])
    # "{{rate_phrases}}": phrases that say "per" before a rate's number, [rates] phrases
    phrases = names_data()["rates"]["phrases"]
    pieces["rate_phrases"] = words_pattern(phrases)
    first = {char for word in phrases for char in (word[:1].lower(), word[:1].upper())}
    pieces["rate_phrases_first"] = "".join(re.escape(char) for char in sorted(first))
    # "{{share_words}}": the word that makes a percent a share of what follows ("30% dari A")
    pieces["share_words"] = words_pattern(names_data()["shares"]["of_words"])

    def fill(found: re.Match[str]) -> str:
        return _USE.sub(fill, pieces[found.group(1)])  # a piece may use another

    lines = _DEFINITION.sub("", text).splitlines(keepends=True)
    return "".join(line if line.startswith("//") else _USE.sub(fill, line) for line in lines)


def cache_dir() -> Path | None:
    """The user's own cache folder for ikicalc (``$XDG_CACHE_HOME/ikicalc`` or
    ``~/.cache/ikicalc``), created private (0700); ``None`` when it cannot be made or is
    not the user's own: the parse tables are then built in memory each time."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "ikicalc"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    if info.st_uid != os.getuid() or info.st_mode & 0o022:
        return None  # another user could write tables here: do not load them
    return folder


def build_parser(name: str, **options: Any) -> Any:
    """A Lark LALR parser of ``grammar/<name>.lark``, its tables built once per machine and
    user: Lark's cache file in :func:`cache_dir`, named by a hash of the grammar, the options
    and Lark's version (a changed grammar never meets old tables). Without a cache folder,
    or when the cache cannot be used, the tables are built in memory. A contextual lexer is
    :class:`ikicalc.lang.lexer.SharedContextualLexer`: each terminal is compiled once per
    process, not once per parser state."""
    from lark import Lark, __version__

    text = grammar_text(name)
    lalr_default = "contextual" if options.get("parser") == "lalr" else None  # Lark's "auto"
    if options.get("lexer", lalr_default) == "contextual":
        from ikicalc.lang.lexer import SharedContextualLexer

        options.setdefault("_plugins", {"ContextualLexer": SharedContextualLexer})
    folder = cache_dir()
    if folder is not None:
        key = repr(
            sorted((k, repr(v)) for k, v in options.items() if k not in ("transformer", "_plugins"))
        )
        digest = hashlib.sha256(f"{__version__}\0{key}\0{text}".encode()).hexdigest()[:24]
        try:
            return Lark(text, cache=str(folder / f"{name}-{digest}.lark"), **options)
        except Exception:  # noqa: S110 - a damaged or unwritable cache: build without
            pass
    return Lark(text, **options)
