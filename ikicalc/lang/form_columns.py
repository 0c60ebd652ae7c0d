"""The columns of a form as operands: ``Diisi … dengan mengalikan nilai kolom ( 5) dan kolom (
6) pada satuan kerja bersangkutan`` (the filling-in notes of a report form, Permen PUPR 5/2024).

A form's notes compute a column from other columns of the same row. Each operand is a column,
named by its number: ``kolom (5)``, ``kolom 5``. The words before it that say "the value in"
(``nilai``, ``nilai pada``) name nothing more, and what follows the last column to the end of
the sentence says where the row's values stand (``pada satuan kerja bersangkutan``), no part of
a name. The verb before the columns says the operation (``dengan mengalikan``, ``menjumlahkan``,
``mengurangkan``, ``membagi``): what the note says before it is what is filled in, and the
joins between the columns (``dan``, ``dengan``, a comma) are the operation's sign. Only where
the cell names two columns or more, so that ``kolom`` is a form's.
Works on the cell's characters in place and keeps the text's length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import itertools

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.patterns import lazy

__all__ = ["form_columns"]

# a column named by its number, and the words before it that say "the value in"
_COLUMN = lazy(
    r"(?i)(?<![^\W_])(?P<value>nilai[ \t\n]+(?:(?:pada|di|dalam)[ \t\n]+)?)?"
    r"(?P<column>kolom[ \t]*(?:\([ \t]*\d{1,2}[ \t]*\)|\d{1,2}(?![\d.,])))"
)
# the verb of the operation right before the first column, and its sign
_VERB = lazy(
    r"(?i)(?<![^\W_])(?:dengan[ \t\n]+(?:cara[ \t\n]+)?)?"
    r"(?P<verb>mengalikan|menjumlahkan|mengurangkan|mengurangi|membagi)[ \t\n]+$"
)
_SIGNS = {"mengalikan": "×", "menjumlahkan": "+", "mengurangkan": "-", "mengurangi": "-",
          "membagi": "/"}  # fmt: skip
# what joins two columns the verb takes: a comma, "dan", "dengan" (one of them, with spaces)
_JOIN = lazy(r"(?i)[ \t\n]*(?:,[ \t\n]*(?:dan[ \t\n]+)?|(?<![^\W_])(?:dan|dengan)[ \t\n]+)")
# the end of the sentence after the last column: a period, a semicolon, or the end
_SENTENCE_END = lazy(r"[ \t]*[.;]?[ \t\n]*$|[ \t]*[.;](?=[ \t\n]+[A-Z0-9])")


def form_columns(chars: list[str]) -> None:
    """Read the columns of a form as its operands (see the module)."""
    text = text_of(chars)
    columns = list(_COLUMN.finditer(text))
    if len(columns) < 2:
        return
    for found in columns:
        if found.group("value"):
            blank(chars, *found.span("value"))
    verb = _VERB.search(text, 0, columns[0].start())
    pairs = itertools.pairwise(columns)
    joins = [_JOIN.fullmatch(text, before.end(), after.start("column")) for before, after in pairs]
    if verb is not None and all(joins):
        blank(chars, 0, verb.end())  # "Diisi nilai PNBP … dengan mengalikan": what is filled in
        sign = _SIGNS[verb.group("verb").lower()]
        for join in (join for join in joins if join is not None):
            blank(chars, *join.span())
            chars[join.start() + 1 if join.end() - join.start() > 2 else join.start()] = sign
    last = columns[-1].end()
    end = _SENTENCE_END.search(text, last)
    rest = text[last : end.start() if end else len(text)]
    if rest.strip() and not operator().search(rest) and rest[:1] in " \t\n":
        blank(chars, last, last + len(rest))  # "… kolom ( 6) pada satuan kerja bersangkutan"
