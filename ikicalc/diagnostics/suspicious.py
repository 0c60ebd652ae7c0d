"""Lint rules that flag a SUSPICIOUS READING by what the reading looks like: a wrong reading must
not be silent.

The reader always gives a reading when it can; where it guessed wrong, the names it read show it.
These rules look at the facts of the parsed formula (its variable names and their spans) against
the text of the cell, and say where a name does not look like the name of a quantity:

- ``W115`` a name holds the predicate of the sentence (a verb of computing before a link that
  names a method, ``… dihitung dengan cara menerapkan …``; a modal before a passive verb,
  ``… dapat juga dilakukan …``; a condition after a comma, ``…, dengan syarat …``), or runs so
  long that it is a sentence;
- ``W116`` a name is only a unit of measure (``Mbps``, ``km2``), only a legend's heading
  (``Ket``, ``Di`` of ``Di mana``), or only a word of the document's structure with no number
  (``Kolom`` where ``Kolom 3`` is meant);
- ``W118`` a name whose brackets are not those of the cell: a bracket the cell leaves open
  that the reader closed, or one kind read for another (``Jumlah [lembar/unit)``): where the
  name ends is a guess;
- ``W120`` a fraction's bar of dashes written inline read over a sum that holds a product
  (``t ----------- 110 + t × harga …``): how far the bar reaches is a guess.

The symbol rules (``W117``) are in :mod:`ikicalc.diagnostics.suspicious_symbols`, the words no
variable covers (``W119``) in :mod:`ikicalc.diagnostics.suspicious_cover`. Each rule costs a few
string tests per name; the word classes are data (``data/suspicious.toml``, ``names.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ikicalc.diagnostics import suspicious_cover, suspicious_symbols  # noqa: F401 (rules)
from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.diagnostics.shapes import sentence_frame
from ikicalc.diagnostics.suspicious_symbols import defined
from ikicalc.diagnostics.suspicious_words import (
    as_written,
    distinct,
    is_symbol,
    legend_heading,
    mean_of_two,
    measure_units,
    measure_words,
    method_clause,
    method_stem,
    modal_predicate,
    plain,
    shortened,
    structure_words,
    words,
)
from ikicalc.i18n import _
from ikicalc.lang import ast

__all__ = ["bracket_guess", "clause_in_name", "inline_bar", "not_a_quantity", "open_bracket"]


def where(text: str, variable: ast.Variable, words_: str) -> tuple[int, int]:
    """The span of ``words_`` in the cell inside the variable's span, or the variable's span."""
    start, end = variable.span
    written = as_written(text, variable)
    if written is not None:
        at = " ".join(written.split()).find(words_)
        if at >= 0 and " ".join(written.split()) == written:
            return start + at, start + at + len(words_)
    return start, end


_CLAUSE_CUES: tuple[str, ...] = (",", "cara", "jalan", "rumus", "formula", "berikut", "nya")
_CLAUSE_CUES += ("dahulu", " itu", "kemudian", "dengan")
"""What every clause :func:`clause_in_name` looks for holds (a method's stem, a comma, a noun's
-nya, a sequence's adverb): a name with none of them costs one scan."""


@rule("W115")
def clause_in_name(ctx: Context) -> Iterator[Diagnostic]:
    """A name that holds the predicate of the sentence, or runs as long as a sentence."""
    if ctx.facts is None:
        return
    longest = words()["clause"]["very_long"]
    for variable in distinct(ctx.facts.names):
        name = variable.name
        if len(name) < 16 or " " not in name:
            continue
        lowered = name.lower()
        found = None
        if any(cue in lowered for cue in _CLAUSE_CUES):
            matches = method_clause().finditer(name)
            found = next((m for m in matches if method_stem(m.group(0))), None)
            found = found or modal_predicate().search(name)
        count = len(name.split())
        mean = None
        if found is None and "rata" in lowered:
            mean = mean_of_two().search(name)
        frame = sentence_frame(name) if found is None and mean is None else None
        if mean is not None:
            yield ctx.diagnostic(
                "W115",
                _(
                    "the name '{name}' opens with a mean's word and joins two phrases with "
                    "'{join}': the mean of two quantities seems read as one name; write "
                    "'(A + B) / 2'"
                ).format(name=shortened(name), join=mean.group("join")),
                variable.span,
            )
        elif found is not None:
            clause = found.group(0).lstrip(", ")
            yield ctx.diagnostic(
                "W115",
                _(
                    "the name '{name}' holds '{clause}', the predicate of a sentence that says "
                    "how something is computed, not words of a quantity: the sentence was read "
                    "as one name; write the formula with its operators (e.g. 'A × B')"
                ).format(name=shortened(name), clause=clause),
                where(ctx.text, variable, clause),
            )
        elif frame is not None:
            yield ctx.diagnostic(
                "W115",
                _(
                    "the name '{name}' holds '{frame}', the frame of a sentence (a verb of "
                    "computing, a copula, a clause after a comma), not words of a quantity: "
                    "a sentence seems read as one name; write the formula with its operators"
                ).format(name=shortened(name), frame=frame),
                where(ctx.text, variable, frame),
            )
        elif count >= longest:
            yield ctx.diagnostic(
                "W115",
                _(
                    "the name '{name}' runs {count} words, as long as a sentence: a sentence "
                    "seems read as one name; write the formula with its operators"
                ).format(name=shortened(name), count=count),
                variable.span,
            )


@rule("W116")
def not_a_quantity(ctx: Context) -> Iterator[Diagnostic]:
    """A name that is only a unit of measure, or only a structural word with no number."""
    if ctx.facts is None:
        return
    label = _label_before_dash(ctx)
    colon = _label_before_colon(ctx)
    for variable in distinct(ctx.facts.names):
        name = variable.name.strip()
        if variable is colon:
            yield ctx.diagnostic(
                "W116",
                _(
                    "'{name}' opens the cell before ':' and a bracket that holds a ratio: the "
                    "label of the formula ('{name} : (A / B) x 100'), read as a quantity divided "
                    "by the formula; write '{name} = …'"
                ).format(name=shortened(name)),
                variable.span,
            )
            continue
        if variable is label:
            yield ctx.diagnostic(
                "W116",
                _(
                    "'{name}' opens the cell before a dash and the cell does not define it: "
                    "the label of the formula ('{name} — …'), read as a quantity taken from "
                    "the rest; write '{name} = …'"
                ).format(name=name),
                variable.span,
            )
            continue
        ending = _heading_at_end(name)
        if ending is not None:
            yield ctx.diagnostic(
                "W116",
                _(
                    "the name '{name}' ends with '{heading}', the heading of a legend: the "
                    "legend seems read into the name; write the legend on lines of its own "
                    "under the formula"
                ).format(name=shortened(name), heading=ending),
                variable.span,
            )
            continue
        if len(name) > 40 or name.count(" ") > 3:
            continue
        if (number := _in_words(name)) is not None:
            yield ctx.diagnostic(
                "W116",
                _(
                    "'{name}' is a number said in words ({number}), read as a quantity: a "
                    "number in words belongs beside its digits ('10 ({name})') or in their "
                    "place"
                ).format(name=name, number=number),
                variable.span,
            )
            continue
        if " " in name or (len(name) > 12 and not _PREDICATE.fullmatch(name)):
            continue
        if _PREDICATE.fullmatch(name):
            yield ctx.diagnostic(
                "W116",
                _(
                    "'{name}' is a verb or a state (a predicate), not a quantity's name: the "
                    "noun it says something about seems read elsewhere (into the label or the "
                    "name before it); write the whole name on one line"
                ).format(name=name),
                variable.span,
            )
        elif name in measure_units() or name.lower() in measure_words():
            yield ctx.diagnostic(
                "W116",
                _(
                    "'{name}' is a unit of measure, read as a quantity: a unit in a formula "
                    "belongs to the number or the name before it; write it inside the name "
                    "('… ({name})') or leave it out"
                ).format(name=name),
                variable.span,
            )
        elif legend_heading().fullmatch(name):
            yield ctx.diagnostic(
                "W116",
                _(
                    "'{name}' is a heading (of a formula, 'Rumus', or of a legend, "
                    "'Keterangan'), read as a quantity: the words around it seem read into the "
                    "formula; write the heading on a line of its own, then ':'"
                ).format(name=name),
                variable.span,
            )
        elif name.lower() in structure_words():
            yield ctx.diagnostic(
                "W116",
                _(
                    "'{name}' names a part of the document with no number, not a quantity: "
                    "say which one ('{name} 3') or, if it is a label, write ':' or '=' after it"
                ).format(name=name),
                variable.span,
            )


_DASHES = ("—", "–")
"""The dashes a label stands before (``IKU — …``); a hyphen between two symbols is a minus."""


def _label_before_dash(ctx: Context) -> ast.Variable | None:
    """The first operand of the formula when it is a symbol that opens the cell before a dash,
    that the cell does not define, among names of words (``IKU — Luas hutan rakyat … / …``):
    the formula's label read as a quantity."""
    facts = ctx.facts
    if facts is None or not any(dash in ctx.text for dash in _DASHES):
        return None
    first = facts.formula.expr
    while isinstance(first, ast.Binary):
        first = first.left
    if not isinstance(first, ast.Variable) or not is_symbol(first.name):
        return None
    start, end = first.span
    if ctx.text[:start].strip() or ctx.text[end:].lstrip(" \t")[:1] not in _DASHES:
        return None
    others = [v for v in facts.names if v.span != first.span]
    if not others or any(len(v.name.split()) < 2 for v in others):
        return None
    return None if defined(plain(ctx.text), first.name, first.span) else first


_COLON_BRACKET = re.compile(r"[ \t\n]*:[ \t\n]*\(")


def _label_before_colon(ctx: Context) -> ast.Variable | None:
    """The first operand of the formula when it opens the cell and is divided, at a ``:``
    written before a bracket, by a ratio (``Kuantitas : (Realisasi : Target) x 100``): the
    formula's label read as a quantity. No formula divides a quantity by a bracketed ratio."""
    facts = ctx.facts
    if facts is None or ":" not in ctx.text:
        return None
    for node in facts.divisions:
        first, divisor = node.left, node.right
        if not isinstance(first, ast.Variable) or not isinstance(divisor, ast.Binary):
            continue
        if divisor.op is not ast.Op.DIV or ctx.text[: first.span[0]].strip():
            continue
        if _COLON_BRACKET.match(ctx.text, first.span[1]) is not None:
            return first
    return None


_PREDICATE = re.compile(
    r"ter[a-z]{4,}|di[a-z]{4,}(?:kan|i)|me(?:m[bp]|n[cdj]|ng[aeiougkh]|ny[aeiou]|n[aeiou]"
    r"|m[aeiou]|[lrwy])[a-z]{2,}",
    re.IGNORECASE,
)
"""One word formed as a predicate: a state ``ter-`` (``Terdaftar``), a passive ``di-…-kan/-i``,
an active verb ``me(N)-`` (names.toml [prose.clauses]); a quantity's name is a noun phrase."""


_NUMBER_STARTS = frozenset(
    {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}
    | {"sepuluh", "sebelas", "seratus", "seribu", "sejuta", "semiliar"}
)
"""How an Indonesian number in words opens (the digits' words and the se- forms)."""


def _in_words(name: str) -> int | None:
    """The whole number ``name`` says in Indonesian words (``sepuluh``), or ``None``."""
    if name.split(None, 1)[0].lower() not in _NUMBER_STARTS:
        return None
    from ikicalc.errors import IkiError
    from ikicalc.rules.terbilang import words_to_number

    try:
        value = words_to_number(name)
    except IkiError:
        return None
    return int(value) if value == int(value) else None


def _heading_at_end(name: str) -> str | None:
    """A legend's heading that ends a name (``AD dimana``), or ``None``."""
    last = name.rsplit(None, 1)
    if len(last) != 2 or last[1][:1].lower() not in _HEADING_INITIALS:
        return None
    if not legend_heading().fullmatch(last[1]):
        return None
    return last[1] if last[1].lower().rstrip(".") not in _NOT_HEADINGS_AT_END else None


_HEADING_INITIALS = frozenset("kdwcnpvfry")
"""The first letters of the legends' and formulas' headings (a cheap test before the pattern)."""

_NOT_HEADINGS_AT_END = frozenset({"di", "dengan", "yang", "where", "variabel"})
"""First words of headings (``di`` of ``di mana``) or words that end a name for other reasons."""


_BRACKETS = "()[]{}"
_HAS_BRACKET = re.compile(r"[()\[\]{}]")
_SPACE = re.compile(r"\s+")


def bracket_guess(text: str, name: str) -> tuple[int, int] | None:
    """Where the cell writes ``name`` with other brackets than the name has (a bracket the
    reader closed, dropped or changed: ``Jumlah [lembar/unit)`` read as ``Jumlah
    (lembar/unit)``), as a span of ``text``; ``None`` when the cell writes it so (white space
    aside) or does not write it at all."""
    if _HAS_BRACKET.search(name) is None:
        return None
    bare = _SPACE.sub("", name)
    if bare in _SPACE.sub("", text):
        return None
    pattern = r"\s*".join(
        "[()\\[\\]{}]?" if char in _BRACKETS else re.escape(char) for char in bare
    )
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found is not None else None


@rule("W118")
def open_bracket(ctx: Context) -> Iterator[Diagnostic]:
    """A name whose brackets are not those the cell writes: the reader closed a bracket the
    cell leaves open, or read one kind for another; where the name ends was guessed."""
    if ctx.facts is None:
        return
    for variable in distinct(ctx.facts.names):
        span = bracket_guess(ctx.text, variable.name)
        if span is None:
            continue
        yield ctx.diagnostic(
            "W118",
            _(
                "the cell writes '{written}' with its brackets unmatched (one never closed, or "
                "closed by another kind); it was read as the name '{name}': where the name "
                "ends was guessed; match the brackets"
            ).format(written=shortened(ctx.text[span[0] : span[1]]), name=shortened(variable.name)),
            span,
        )


_INLINE_BAR = re.compile(
    r"(?m)^(?P<before>[^\n]*\S[ \t]*)(?P<bar>[-_‾─—=]{3,})(?=[ \t]*[^\s\-_‾─—=])"
)
"""A fraction's bar of dashes written inline, words before and after it on its line."""


@rule("W120")
def inline_bar(ctx: Context) -> Iterator[Diagnostic]:
    """An inline bar of dashes read as a division whose denominator is a sum with a product in
    it: how far the bar reaches to its right was guessed (``t ----- 110 + t × harga``)."""
    facts = ctx.facts
    if facts is None or not facts.divisions or not any(b * 3 in ctx.text for b in "-_‾─—="):
        return
    for bar in _INLINE_BAR.finditer(ctx.text):
        at = bar.start("bar")
        for division in facts.divisions:
            start, end = division.span
            below = division.right
            if not (start <= at < end) or not isinstance(below, ast.Binary):
                continue
            if below.op not in (ast.Op.ADD, ast.Op.SUB):
                continue
            if not any(
                isinstance(n, ast.Binary) and n.op is ast.Op.MUL for n in ast.walk(below)
            ):
                continue
            yield ctx.diagnostic(
                "W120",
                _(
                    "the bar of dashes written inline was read as a fraction over '{below}', "
                    "to the end of the line: how far a bar reaches is a guess; if it stands "
                    "over a part only, write that part in brackets"
                ).format(below=shortened(str(below))),
                (at, bar.end("bar")),
            )
            return
