"""Formula text → :class:`~ikicalc.lang.formula.Formula`.

Three steps, one grammar:

1. :mod:`ikicalc.lang.layout` reads the layout of the cell (words around the formula, legends,
   stacked fractions, numbers in words) and returns a text of the same length for the grammar,
   so that every offset still points into the cell as written.
2. The grammar ``grammar/formula.lark`` (LALR(1), contextual lexer) parses it. :class:`Builder`
   is a Lark ``Transformer`` applied while parsing: each rule becomes an AST node of
   :mod:`ikicalc.lang.ast`. Numbers are read in the style the cell shows
   (:func:`ikicalc.numbers.number_style`).
3. :mod:`ikicalc.lang.reading` gives symbols their legend's names and decides slashes; guesses are
   kept in :attr:`Formula.guesses`.

Lark's exceptions never leave the reader: :mod:`ikicalc.lang.lark_errors` (shared with the scale
and target readers) applies the limits and hands over where the grammar stopped, and
:mod:`ikicalc.lang.messages` says in plain words what was expected there, or what ikicalc
does not read on purpose (function calls, powers, attribute access, code …), as a
:class:`~ikicalc.errors.FormulaSyntaxError` with the position. ``Σ (…)`` over an expression and
``rata-rata`` are read into :class:`~ikicalc.lang.ast.Aggregate` and
:class:`~ikicalc.lang.ast.Mean` nodes; ``rata-rata (A + B)``, which reads two ways, is refused
with both readings.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from functools import cache, lru_cache
from typing import Any

from lark import Lark

from ikicalc.errors import FormulaSyntaxError
from ikicalc.i18n import N_
from ikicalc.lang import ast, guards
from ikicalc.lang import casing as _casing
from ikicalc.lang import salvage as _salvage
from ikicalc.lang import symbols as _symbols
from ikicalc.lang import terms as _terms
from ikicalc.lang.bounds import bound_lines_aside
from ikicalc.lang.builder import GUESSES, STYLE, Builder, has_division
from ikicalc.lang.column_stacks import linear
from ikicalc.lang.dashes import HOLE_NAME, Hole
from ikicalc.lang.dashes import REASON as DASHES_REASON
from ikicalc.lang.formula import Formula, Reading
from ikicalc.lang.grammars import build_parser
from ikicalc.lang.headings import heading_apart
from ikicalc.lang.initials import initials_named
from ikicalc.lang.lark_errors import (
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_LENGTH,
    check_text,
    parse_text,
)
from ikicalc.lang.layout import lay_out
from ikicalc.lang.legend_names import alias_names, symbol_names, written_whole
from ikicalc.lang.marks import emphasis_aside, polarity_aside
from ikicalc.lang.messages import call_error, function_call, power_error, syntax_error
from ikicalc.lang.one_name import one_name
from ikicalc.lang.paragraph import as_sent, plain_lines, plain_spaces
from ikicalc.lang.reading import (
    CONSTANT,
    nesting,
    put_back,
    read_evidence,
    read_slashes,
    rename,
)
from ikicalc.lang.recovery import recover
from ikicalc.lang.run_together import label_colon
from ikicalc.lang.squares import squares_said
from ikicalc.lang.unexact import refuse_unexact
from ikicalc.names import name_key, visible
from ikicalc.numbers import number_style
from ikicalc.patterns import lazy

__all__ = ["MAX_CHAIN", "MAX_DEPTH", "MAX_DIGITS", "MAX_LENGTH", "parse"]

# MAX_LENGTH (characters), MAX_DEPTH (brackets and operations) and MAX_DIGITS (in a number)
# are the limits of ikicalc.lang.lark_errors, the same for formulas, scales and targets.


@cache
def _parser() -> Lark:
    parser: Lark = build_parser(
        "formula",
        parser="lalr",
        lexer="contextual",
        transformer=Builder(),
        maybe_placeholders=False,
    )
    return parser


MAX_CHAIN = 5000
"""Most operations in a row (``A1 + A2 + …``). Nesting (brackets, changes of precedence) is
limited by ``MAX_DEPTH``; a long flat chain only by this and by ``MAX_LENGTH``: every back end
folds the tree iteratively (:class:`ikicalc.lang.ast.Visitor`), so a sum of 1 000 terms parses,
evaluates, prints and compiles to SQL and Polars in linear time."""


def _check_depth(text: str, expr: ast.Expr) -> None:
    # each level of the tree takes at least one character, so a short text cannot break
    # the limits: skip the walks
    if len(text) <= min(MAX_DEPTH, MAX_CHAIN):
        return
    from ikicalc.i18n import _

    if len(text) > MAX_CHAIN and ast.depth(expr) > MAX_CHAIN:
        raise FormulaSyntaxError(
            _("the formula has more than {limit} operations in a row; split it into parts").format(
                limit=MAX_CHAIN
            ),
            text,
            expr.span[0],
            expr.span[1],
        )
    if len(text) > MAX_DEPTH and nesting(expr) > MAX_DEPTH:
        raise FormulaSyntaxError(
            _("the formula nests more than {limit} operations deep; split it into parts").format(
                limit=MAX_DEPTH
            ),
            text,
            expr.span[0],
            expr.span[1],
        )


# "1.206": a thousand and more, or one and a bit? ("100.000" is never 100 written with three
# needless zeros: no doubt there.)
_GROUPED = lazy(r"(?<![\d.,\w])([1-9]\d{0,2})\.(?!000)(\d{3})(?![\d.,]*\d)")


def _thousands(text: str) -> tuple[Reading, ...]:
    """``1.000`` read as a thousand where nothing in the cell shows how it writes decimals."""
    return tuple(
        Reading(
            found.span(),
            found.group(1) + found.group(2),
            found.group(1) + "," + found.group(2),
            N_(
                "a dot before three digits groups thousands in Indonesian; no decimal comma or "
                "decimal dot elsewhere in the cell says otherwise"
            ),
        )
        for found in _GROUPED.finditer(text)
    )


_ASKED: ContextVar[frozenset[str]] = ContextVar("_ASKED", default=frozenset())
"""The texts :func:`_is_a_name` is reading, outermost first: a legend whose definition holds
the cell itself must not ask about it again (that question never ends)."""


class _Circular(Exception):  # noqa: N818 - a signal inside the parser, never raised to a user
    """Raised by :func:`_is_a_name` asked again about a text it is reading; caught by the call
    that asked first, so that no reading made halfway through is cached."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _is_a_name(text: str) -> bool:
    """Whether ``text`` (a legend's definition) reads as one variable named as written."""
    asked = _ASKED.get()
    if text in asked:
        raise _Circular(text)
    token = _ASKED.set(asked | {text})
    try:
        return parse(text).expr == ast.Variable(text) or written_whole(text, parse)
    except FormulaSyntaxError:
        return False
    except _Circular as circular:
        if circular.text != text:
            raise
        return False  # its legend holds the text itself: no evidence that it is a name
    finally:
        _ASKED.reset(token)


def _named(symbols: dict[str, str], used: set[str], aliases: dict[str, str]) -> dict[str, str]:
    """The symbols the formula uses, each with the legend's name if it reads as one name (or
    a constant), else the alias the formula itself gives it (``… (JKT)`` beside a legend line
    ``PAK----(JKT)`` that names nothing)."""
    named = {}
    for symbol, name in symbols.items():
        if symbol not in used:
            continue
        for candidate in (name, aliases.get(name_key(symbol))):
            if candidate and (_is_a_name(candidate) or CONSTANT.fullmatch(candidate)):
                named[symbol] = candidate
                break
    return named


def _scaled_alone(expr: ast.Expr) -> bool:
    """``A × 100%`` (or ``× 100``, ``× 1.000``: a scale of a ratio, not a weight such as
    ``2% × A``) with no ratio anywhere."""
    return (
        isinstance(expr, ast.Binary)
        and expr.op is ast.Op.MUL
        and any(
            isinstance(node, ast.Percent | ast.Number) and node.value in _RATIO_SCALES
            for node in (expr.left, expr.right)
        )
        and not has_division(expr)
    )


_LETTER_X_CODES = str.maketrans(_symbols.LETTERS)


def _unmasked(guess: Reading) -> Reading:
    """``guess`` with the layout's stand-ins for a letter x written as the letter again: the
    readings a guess quotes are shown to the user (lint ``W110``), who never wrote ``Ⅹ``."""
    chosen, other = guess.chosen.translate(_LETTER_X_CODES), guess.other.translate(_LETTER_X_CODES)
    return Reading(guess.span, chosen, other, guess.reason)
_RATIO_SCALES = frozenset({100, 1000, 10000, 100000})


def _piece(laid: str) -> ast.Expr:
    """One part of a cell, the rest blanked, read by the grammar (for :mod:`.salvage`)."""
    expr: ast.Expr = parse_text(_parser(), laid, syntax_error, FormulaSyntaxError, "formula")[1]
    return expr


def _fill_hole(text: str, expr: ast.Expr, hole: Hole) -> ast.Expr:
    """``expr`` with the stand-in of a dashed fraction replaced by its numerator over its
    denominator, each read apart where the cell has it (see :mod:`ikicalc.lang.dashes`)."""
    pieces: list[ast.Expr] = []
    for start, end in (hole.above, hole.below):
        alone = " " * start + text[start:end] + " " * (len(text) - end)
        laid = lay_out(alone).text
        pieces.append(parse_text(_parser(), laid, syntax_error, FormulaSyntaxError, "formula")[1])
    above, below = pieces
    fraction = ast.Binary(ast.Op.DIV, above, below, (above.span[0], below.span[1]))

    def leaf(node: ast.Expr) -> ast.Expr:
        return fraction if isinstance(node, ast.Variable) and node.name == HOLE_NAME else node

    return ast.transform(expr, leaf)


def _attempt(found: list[Reading]) -> Callable[[str], Any]:
    """Parse a laid-out text again; the guesses a failed attempt recorded are dropped."""
    kept = len(found)

    def attempt(laid: str) -> Any:
        try:
            return parse_text(_parser(), laid, syntax_error, FormulaSyntaxError, "formula")
        except FormulaSyntaxError:
            del found[kept:]
            raise

    return attempt


@lru_cache(maxsize=8192)
def parse(text: str) -> Formula:
    """Read formula text (a cell of an IKI/IKU document) as a :class:`Formula`.

    Results are cached: parsing the same text again returns the same (immutable) object.
    Raises :class:`~ikicalc.errors.FormulaSyntaxError` with the line, column and a caret
    excerpt when the text is not a formula.
    """
    # "A\r\nB", "x\xa0100"; "Jum\u00adlah", "kabupaten/ \nkota": characters dropped
    read = plain_lines(check_text(text, "formula", FormulaSyntaxError))
    try:
        return _read(read)
    except FormulaSyntaxError as error:  # its caret where it stands in the cell as sent
        if len(read) == len(text) or error.text != read:
            raise
        shown = visible(plain_spaces(text))  # the same length as the cell sent
        start, end = (as_sent(shown, read, at) for at in (error.start, error.end))
        raise FormulaSyntaxError(error.reason, shown, start, end) from None


def _read(text: str) -> Formula:
    """:func:`parse` of ``text`` as the reader reads it (:func:`plain_lines`)."""
    if not text.strip():
        from ikicalc.i18n import _

        raise FormulaSyntaxError(_("the formula is empty"), text, 0)
    text = _casing.unquoted(text)  # "“A / B x 100%”"
    folded = _casing.fold(text) if _casing.blind(text) else None
    if folded is not None:  # "JUMLAH A DIBAGI JUMLAH B": its case says nothing
        return _casing.read(text, folded, parse, _as_typed)
    return _as_typed(text)


def _as_typed(text: str) -> Formula:
    """The reading of ``text`` as typed, case and all (see :func:`parse`)."""
    # the readers of cells with '=' (equations, exports, middle lines) load when one comes:
    # ikicalc eval "A / B x 100%" never compiles them
    power = power_error(text) if "²" in text or "³" in text else None
    if power is not None:  # "(A / B)² x 100%": not a footnote mark
        raise power
    sums = None
    if "=" in text:
        from ikicalc.lang.exports import undo

        sums = undo(text)  # Σ's limits, subscripts, a fraction of symbols on its middle line
    equations = text
    plain = sums is None or sums.text == text  # no Σ limits set aside on lines of their own
    if plain and "\n" in text and guards.has(text, "+", "-", "/", "×", "x", "*"):  # "N<tab>X2 + X3"
        from ikicalc.lang.legend_entries import canonical_text

        equations = canonical_text(text)  # a legend's entry "(b) T := Q + R" as "T = Q + R"
    if equations.count("=") > 1:  # "ASK = (N1 + N2) / 2", "N1 = JT / JS x 100%", …
        from ikicalc.lang.definitions import substituted

        defined = substituted(equations, parse, sums if equations is text else None)
        if defined is not None and _reads_back(defined):
            return defined
    columns = linear(text) if "\n" in text else None  # "A  B" / "--- + --- < 1" / "C  D"
    # same length as text: offsets point into the cell as written
    # "Rumus : A x 100%" / "B"; "…; semakin tinggi semakin baik"
    written = columns.text if columns else text if sums is None else sums.text
    laid = emphasis_aside(heading_apart(bound_lines_aside(written)))  # "_lifting_"
    laid, polarity = polarity_aside(laid)
    refuse_unexact(laid)  # "akar … dari (…)", "nilai mutlak", "maksimum (A, B)"
    layout = lay_out(laid)
    lost_bar = layout.lost_bar
    style = number_style(layout.text)
    token = STYLE.set(style)
    found: list[Reading] = list(layout.readings) + list(sums.readings if sums else ())
    found += [polarity] if polarity else []
    found += [columns.reading(text)] if columns else []
    collecting = GUESSES.set(found)
    refusal: FormulaSyntaxError | None = None  # the grammar's, when a guess read the cell
    try:
        # the Builder turns the tree into (label, expression, items) while parsing
        try:
            parsed = one_name(_parser(), layout.text) or parse_text(  # most cells: one name
                _parser(), layout.text, syntax_error, FormulaSyntaxError, "formula"
            )
        except FormulaSyntaxError as refused:  # prose the layout did not foresee? (failure path)
            recovered = recover(layout.text, refused.start, _attempt(found))
            if recovered is None:
                raise
            parsed, guess = recovered
            found.append(guess)
            refusal = FormulaSyntaxError(refused.reason, text, refused.start, refused.end)
        label, expr, items = parsed
        if layout.hole is not None:  # "L Tu = ( ------ x HSBKu ) + Rp100.000,00 500"
            expr = _fill_hole(text, expr, layout.hole)
            found.append(Reading(layout.hole.bar, str(expr), text.strip(), DASHES_REASON))
    except FormulaSyntaxError as error:
        from ikicalc.lang.marks import reread as unmarked

        marked = unmarked(text, parse)  # "… x 100% *)", "…; semakin tinggi semakin baik"
        if marked is not None:
            return marked
        # "Indeks … Jml … Rata-rata … =": a flattened stack, read by its noun phrases
        rescued = _salvage.rescue(text, layout.text, _piece) if layout.hole is None else None
        if rescued is None and layout.hole is None:  # "B" / "% L = ---- X 100 %" / "C"
            from ikicalc.lang.middle_line import rescue

            rescued = rescue(text, parse)
        if rescued is None and layout.hole is None:  # operators, then the noun phrases
            from ikicalc.lang.last_resort import rescue as last_resort

            rescued = last_resort(text, layout.text, style)
        if rescued is None:
            if error.text and layout.text == text:
                raise
            # raised by the builder, which does not know the text, or on the laid-out text
            raise FormulaSyntaxError(error.reason, text, error.start, error.end) from None
        label, expr, items = rescued.label, rescued.expr, ()
        found.append(rescued.reading)
        lost_bar = None
        refusal = FormulaSyntaxError(error.reason, text, error.start, error.end)
    finally:
        STYLE.reset(token)
        GUESSES.reset(collecting)
    if refusal is None and "=" in text and ("\n" in text or text.count("%") > 1):
        # a label's words among the names? two fractions' lines joined?
        from ikicalc.lang.middle_line import reread

        moved = reread(text, parse)
        if moved is not None:
            label, expr, items, lost_bar = moved.label, moved.expr, (), None
            found[:] = [*layout.readings, moved.reading]
    call = function_call(text, len(text)) if "(" in text else None
    if call is not None:  # 'max(A, B)' reads as a name; it is a call
        raise call_error(text, call)
    aliases = alias_names(expr) if "(" in text else {}
    if not layout.legend and text.count(" ") > 8:  # "… indeks harapan lama sekolah …, (IHLS + …"
        aliases = {**initials_named(expr, text), **aliases}
    symbols = symbol_names(layout.legend, aliases) if layout.legend or aliases else {}
    if len(layout.legend) > 1:  # "H=DQN" under D, Q and N: their product
        expr, run = _symbols.run_together(expr, layout.legend)
        found.extend(run)
    if symbols:  # only the symbols the formula uses, and only names that read as one name
        used = {
            spelled
            for v in ast.walk(expr)
            if isinstance(v, ast.Variable)
            for piece in (v.name, *v.name.split("/"))
            for spelled in (piece, name_key(piece))
        } | ({name_key(label)} if label else set())
        used |= {  # "∑CF Provinsi = …": a legend may name a whole sum
            _terms.SUM_MARK + spelled
            for v in ast.walk(expr)
            if isinstance(v, ast.Sigma)
            for spelled in (v.variable.name, name_key(v.variable.name))
        }
        # a legend's name that is no name falls back to the formula's own alias
        symbols = _named(symbols, used, aliases if layout.legend else {})
    if lost_bar is not None:
        expr, lost = put_back(text, expr, lost_bar, style)
        found.extend(lost)
    guesses: tuple[Reading, ...] = tuple(found)
    colon = label_colon(expr, text) if label is None and " : " in text else None
    if colon is not None:  # "Kualitas : (Realisasi /Target) x 100"
        expr, label, guesses = colon[0], colon[1], (*guesses, colon[2])
    if "/" in text and any(isinstance(v, ast.Variable) and "/" in v.name for v in ast.walk(expr)):
        expr, slashes = read_slashes(expr, symbols, _scaled_alone(expr), label is not None, text)
        guesses += slashes
    if lost_bar is None and _scaled_alone(expr) and isinstance(expr, ast.Binary):
        # "Jumlah … Total … Cakupan … x 100% =": a scale needs a ratio; the noun phrases and
        # a label among them (two phrases alone are read_evidence's)
        rescued = (
            _salvage.salvage(text, layout.text, _piece)
            if isinstance(expr.left, ast.Variable)
            else None
        )
        if rescued is not None and rescued.label is not None and rescued.label != label:
            label, expr, guesses = rescued.label, rescued.expr, (*guesses, rescued.reading)
    read, evident = read_evidence(expr, text)
    # the canonical text of a formula means what it says: no evidence reading applies to it
    if evident and str(Formula(expr, label=label, items=items)) != text.strip():
        expr, guesses = read, guesses + evident
    elif "²" in text or "³" in text:  # "x² + y²": a symbol's square even where it looks canonical
        expr, powers = squares_said(expr)
        guesses += powers
    if symbols:
        expr = rename(expr, symbols)
        if label is not None:
            label = symbols.get(name_key(label), label)
    spellings = _symbols.one_spelling(
        [v.name for v in ast.walk(expr) if isinstance(v, ast.Variable)]
    )
    if spellings:  # "Target Waktu(TW)" and "Target Waktu (TW)": one quantity
        expr = rename(expr, spellings)
    if "ⅹ" in layout.text or "Ⅹ" in layout.text:  # the layout's stand-in for a letter x
        expr = rename(expr, _symbols.LETTERS)
        if label is not None:
            label = label.translate(_LETTER_X_CODES)
        guesses = tuple(_unmasked(guess) for guess in guesses)
    if style == "indonesian" and guards.has(layout.text, "."):  # _GROUPED needs a dot
        guesses += _thousands(layout.text)
    _check_depth(text, expr)
    formula = Formula(expr, label=label, items=items, source=text, guesses=guesses)
    if refusal is not None and not _reads_back(formula):
        raise refusal  # a guess whose reading no text can state is no reading
    return formula


_CHECKING: ContextVar[bool] = ContextVar("_CHECKING", default=False)


def _reads_back(formula: Formula) -> bool:
    """Whether the canonical text of a reading the grammar refused (a guess of the failure
    path) reads back to it, as every reading must (``parse(str(f)) == f``)."""
    return _CHECKING.get() or reads_back_as(formula.stated(), formula)


def reads_back_as(text: str, formula: Formula) -> bool:
    """Whether ``text`` reads as ``formula``; ``True`` inside such a check (the canonical
    text of a formula met while reading a canonical text is not checked again)."""
    if _CHECKING.get():
        return True
    token = _CHECKING.set(True)
    try:  # not through the cache: what a check reads (its guesses let pass) is not kept
        return parse.__wrapped__(text) == formula
    except FormulaSyntaxError:
        return False
    finally:
        _CHECKING.reset(token)


def checking() -> bool:
    """Whether a canonical text is being read back (see :func:`reads_back_as`)."""
    return _CHECKING.get()
