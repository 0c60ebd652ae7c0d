"""Lint ``W117``: symbols read wrong. A formula written in symbols with a legend (``A / B × 100%``,
``A = Jumlah …``) is read right when every symbol is replaced by the name its legend gives; these
are the readings where that went wrong, by what they look like:

- a symbol the cell defines was read as itself (``JKMD`` stays a variable, yet the cell says
  ``JKMD = jumlah korban …``);
- symbols side by side were read as one name (``A R`` of ``A R = ─── = B``; ``KDAU TKDA``
  where the cell defines each): one of them a lone capital, or one the cell defines (``GT KA``,
  ``JDP PBB``, acronyms side by side, name one thing);
- a legend's entry was read into a name: a symbol before the head noun of a quantity
  (``JLDP Jumlah lingkungan …``);
- the index of a period read as a quantity of its own (``n`` of ``… thn (n−1)−n``, ``N-1``), a
  function's label read into a name (``f(x) Pemenuhan Fasilitas …``), two symbols joined by
  a slash read as one name (``SMKS/SMK``);
- a cluster of capitals was read as one symbol where the cell defines its letters one by one
  (``D``, ``Q``, ``N`` defined), or where a one-letter label equals it alone (``H = DQN``: a
  product of letters, as physics writes it; a formula that only renames one symbol is no
  computation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.diagnostics.suspicious_words import is_symbol, plain, words
from ikicalc.i18n import _
from ikicalc.lang import ast

__all__ = ["defined", "symbols"]

CODE = "W117"


@cache
def _definers() -> str:
    return "(?:" + "|".join(words()["symbols"]["definers"]) + ")"


@cache
def _heads() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in words()["symbols"]["heads"])
    return re.compile(rf"(?:\S+\s+)+?(?:{heads})\b", re.IGNORECASE)


_SPELLINGS = re.compile(r"(?:\\?[_.])")
"""The separator of a symbol's index as the reader writes it (``N_1``), and as cells do."""


def defined(text: str, symbol: str, span: tuple[int, int] = (0, 0)) -> bool:
    """Whether the cell defines ``symbol`` as a legend does (``A = …``, ``A : …``, ``A yakni
    …``, a symbol before a gap of columns and words on its line), away from ``span``."""
    spelt = _SPELLINGS.sub(r"[_.,]?", re.escape(symbol))  # N_1 is written N.1, N1, N_1
    if re.search(spelt, text) is None:
        return False
    pattern = (
        rf"(?<![\w.]){spelt}(?![\w.])"
        rf"(?:[ \t]*{_definers()}\s*(?=\S)|[ \t]{{2,}}(?=[^\W\d_]{{2}})|\t(?=[^\W\d_]))"
    )
    for found in re.finditer(pattern, text):
        if span[0] <= found.start() < span[1]:
            continue
        before = text[text.rfind("\n", 0, found.start()) + 1 : found.start()].split()
        if before and before[-1].isupper() and is_symbol(before[-1]):
            continue  # "TAC KA = …": the second word of a label, not a symbol defined
        return True
    return False


_FUNCTION_LABEL = re.compile(r"([A-Za-z]\s?\(\s?[a-z]\s?\))\s+\S")
"""A function's label opening a name: ``f(x) Pemenuhan Fasilitas …``."""


@cache
def _index_of_period(letter: str) -> re.Pattern[str]:
    """``letter`` as the index of a period in a bracket: ``(n-1)``, ``(t − 1)`` (not ``(a)``,
    a list's mark)."""
    return re.compile(rf"(?<![^\W\d_])\(\s*{re.escape(letter)}\s*[-−–+]\s*\d\s*\)")


_INDEX_ALONE = re.compile(r"[A-Za-z]\s?[-−–+]\s?[0-9]")
"""A period's index alone (``N-1``, ``t−1``), a name cut before its bracket."""

_SLASHED_SYMBOLS = re.compile(r"[A-Z][A-Z0-9]{1,5}/[A-Z][A-Z0-9]{1,5}")
"""Two symbols of capitals joined by a slash with no space (``SMKS/SMK``)."""

_MIXED_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){3})[A-Z][A-Za-z0-9]{2,7}")
"""An acronym of capitals with a small letter inside (``NPkMM``, ``PPkMDM``, ``IPKm``): three
capitals or more; a symbol as a legend defines it, not a word."""

_INDEXED_LETTER = re.compile(r"[a-z][a-z]")
"""A letter with a letter as its index, written on the line (``xi``, ``wi`` for x_i, w_i)."""


@cache
def _counting_words() -> frozenset[str]:
    """The words that count or add up (names.toml [counting]: ``jumlah``, ``total`` …)."""
    from ikicalc.names import names_data

    return frozenset(word.lower() for word in names_data()["counting"]["words"])


_LETTER = re.compile(r"[A-Z][0-9]{0,2}")
"""One capital with an index or none (``A``, ``X1``): a symbol, never an acronym's word."""


@rule(CODE)
def symbols(ctx: Context) -> Iterator[Diagnostic]:
    """Symbols read wrong: a symbol the cell defines read as itself, symbols side by side read
    as one name, a legend's entry read into a name, a cluster of letters read as one."""
    if ctx.facts is None or not ctx.facts.names:
        return
    text = plain(ctx.text)
    exact = len(text) == len(ctx.text)
    seen: set[str] = set()
    for variable in ctx.facts.names:
        name = plain(variable.name).strip()
        if name in seen:
            continue
        seen.add(name)
        span = variable.span if exact else (0, 0)
        message = _message(ctx, text, name, span)
        if message is not None:
            yield ctx.diagnostic(CODE, message, variable.span)


def _message(ctx: Context, text: str, name: str, span: tuple[int, int]) -> str | None:
    tokens = name.split()
    if len(name) == 1 and _index_of_period(name).search(text):
        return _(
            "'{name}' is the index of a period in the cell ('({name}-1)'), read "
            "as a quantity of its own: the names around it seem cut at a '-' or a bracket; "
            "write each period's quantity as one name ('… tahun ({name}-1)')"
        ).format(name=name)
    if _INDEX_ALONE.fullmatch(name):
        return _(
            "'{name}' is the index of a period ('tahun ({name})'), read as a quantity of its "
            "own: the name it belongs to seems cut before its bracket; write '… ({name})' "
            "inside the name"
        ).format(name=name)
    if len(tokens) == 1 and _SLASHED_SYMBOLS.fullmatch(name):
        first, _slash, last = name.partition("/")
        return _(
            "'{name}' is two symbols joined by '/', read as one name: if it is a ratio, write "
            "'{first} / {last}' with spaces"
        ).format(name=name, first=first, last=last)
    if (label := _FUNCTION_LABEL.match(name)) is not None:
        return _(
            "the name '{name}' opens with '{label}', the label of the formula, read into the "
            "name: write the label before '=' ('{label} = …')"
        ).format(name=_short(name), label=label.group(1))
    if len(tokens) == 1 and (is_symbol(name) or _MIXED_ACRONYM.fullmatch(name)):
        if defined(text, name, span):
            return _(
                "'{name}' is a symbol the cell defines, yet it was read as itself, not as the "
                "name its legend gives: check the legend's line of '{name}' (one symbol, a "
                "mark, '=' or ':', then the name)"
            ).format(name=name)
        return _cluster(ctx, text, name) if is_symbol(name) else None
    if (
        len(tokens) == 2
        and tokens[0].lower() in _counting_words()
        and (is_symbol(tokens[1]) or _INDEXED_LETTER.fullmatch(tokens[1]))
        and defined(text, tokens[1], span)
    ):
        return _(
            "the name '{name}' is a counting word before '{symbol}', a symbol the cell "
            "defines: the sum of the symbol's values seems read as a name; if the formula "
            "adds them, write 'Σ {symbol}'"
        ).format(name=name, symbol=tokens[1])
    if (
        len(tokens) >= 2
        and all(is_symbol(t) and t.isupper() and len(t) <= 4 for t in tokens)
        and any(
            _LETTER.fullmatch(t) or (t not in _label_words(ctx) and defined(text, t))
            for t in tokens
        )
    ):
        return _(
            "'{name}' is {count} symbols side by side read as one name: an operator or a "
            "fraction's bar between them seems lost; write the formula with its operators "
            "(e.g. '{first} / {last}')"
        ).format(name=name, count=len(tokens), first=tokens[0], last=tokens[-1])
    if len(tokens) >= 3 and is_symbol(tokens[0]) and not tokens[0].islower():
        head = _heads().match(name)
        symbol = tokens[0]
        if (
            head is not None
            and all(is_symbol(t) for t in head.group(0).split()[:-1])
            and _alone(text, symbol, tokens[1])
        ):
            return _(
                "the name '{name}' opens with '{symbol}', a symbol: a legend's line seems read "
                "into the name; write each symbol's line as '{symbol} = …' under the formula"
            ).format(name=_short(name), symbol=symbol)
    return None


def _label_words(ctx: Context) -> set[str]:
    """The words of the equation's label (``PDRB per Kapita ADHK = PDRB ADHK / …``): an acronym
    there names the result, it is no legend's symbol followed by its '='."""
    formula = ctx.facts.formula if ctx.facts is not None else None
    return set((formula.label or "").split()) if formula is not None else set()


def _cluster(ctx: Context, text: str, name: str) -> str | None:
    """``DQN`` read as one symbol where the cell defines its letters, or where the equation's
    other symbols are single letters."""
    if not 2 <= len(name) <= 4 or not name.isalpha() or not name.isupper():
        return None
    letters = list(name)
    if len(set(letters)) == len(letters) and all(defined(text, letter) for letter in letters):
        reason = _("the cell defines each letter")
    else:
        formula = ctx.facts.formula if ctx.facts is not None else None
        label = (formula.label or "").strip() if formula is not None else ""
        alone = formula is not None and isinstance(formula.expr, ast.Variable)
        if len(label) != 1 or not label.isalpha() or not alone:
            return None
        reason = _("the equation's label '{label}' is one letter").format(label=label)
    product = " × ".join(letters)
    return _(
        "'{name}' was read as one symbol, but {reason}: if '{name}' is a product of "
        "symbols, write '{product}'"
    ).format(name=name, reason=reason, product=product)


def _alone(text: str, symbol: str, after: str) -> bool:
    """Whether the cell writes ``symbol`` somewhere not before ``after`` (an operand of the
    formula, or a legend's line of it), not only as the first word of the name."""
    pattern = rf"(?<![\w.]){re.escape(symbol)}(?![\w.])(?!\s+{re.escape(after)}\b)"
    return re.search(pattern, text) is not None


def _short(name: str, width: int = 90) -> str:
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"

