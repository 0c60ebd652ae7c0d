"""Lint rules about what a cell is: empty or unreadable (``E001``), an operand missing
(``E002``), prose (``W106``), quantities glued together (``W108``), LaTeX that does not
render (``W109``)."""

from __future__ import annotations

from collections.abc import Iterator

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.facts import quantity_name
from ikicalc.diagnostics.registry import Context, rule, whole
from ikicalc.diagnostics.sides import part_over_whole, ratio_text
from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.cells import CellKind, is_percent_word, missing_operand, prose_verb, read_cell
from ikicalc.lang.described import (
    bullets_subtracted,
    copula_name,
    defined_in_words,
    instruction,
    letters_only,
    listed,
    restarted,
    scale_name,
)
from ikicalc.lang.formula import Formula
from ikicalc.names import name_key
from ikicalc.patterns import lazy
from ikicalc.rules.scales import ScaleOverlapError


def _reason(error: IkiError | None) -> str:
    if error is None:
        return _("the text cannot be read")
    return getattr(error, "reason", None) or str(error)


@rule("E001")
def unreadable(ctx: Context) -> Iterator[Diagnostic]:
    """An empty formula cell, a formula or scale cell that cannot be read."""
    if ctx.scope == "formula":
        if ctx.cell.kind is CellKind.EMPTY:
            yield ctx.diagnostic("E001", _("the formula cell is empty: write the formula"), (0, 0))
        elif ctx.cell.kind is CellKind.UNKNOWN and missing_operand(ctx.text) is None:
            error = ctx.cell.error
            start = getattr(error, "start", 0)
            end = getattr(error, "end", start)
            yield ctx.diagnostic("E001", _reason(error), (start, end))
    elif isinstance(ctx.scale, IkiError) and not isinstance(ctx.scale, ScaleOverlapError):
        error = ctx.scale
        reason = getattr(error, "reason", str(error))
        span = (getattr(error, "start", 0), getattr(error, "end", len(ctx.text)))
        yield ctx.diagnostic("E001", reason, span)


@rule("E002")
def missing(ctx: Context) -> Iterator[Diagnostic]:
    """An operand is missing: a blank or a lone operator, a percentage that names one
    quantity, a ratio spread over two rows."""
    if ctx.scope == "rows":
        yield from _split_ratio(ctx)
        return
    if ctx.scope != "formula":
        return
    if ctx.cell.kind is CellKind.UNKNOWN:
        span = missing_operand(ctx.text)
        if span is not None:
            reason = _reason(ctx.cell.error)
            yield ctx.diagnostic(
                "E002", _("an operand is missing: {reason}").format(reason=reason), span
            )
        return
    facts, indicator = ctx.facts, ctx.indicator
    if facts is None:
        return
    if not any(isinstance(n, ast.Variable | ast.Sigma | ast.Mean) for n in facts.nodes):
        yield ctx.diagnostic(  # "0", "3,75" in the formula cell: a number is no computation
            "E002",
            _(
                "the formula names no quantity: '{text}' is a number alone, not a "
                "computation (a target belongs in the target column)"
            ).format(text=str(facts.formula)),
            whole(ctx.text),
        )
        return
    if indicator is None:
        return
    if (
        not facts.divisions
        and not any(isinstance(n, ast.Binary) for n in facts.nodes)
        and is_percent_word(indicator.indikator)
    ):
        yield ctx.diagnostic(
            "E002",
            _(
                "the indicator is a percentage ('{indicator}') but the formula names one "
                "quantity: the other operand of the ratio is missing"
            ).format(indicator=indicator.indikator),
            facts.formula.expr.span,
        )


def _split_ratio(ctx: Context) -> Iterator[Diagnostic]:
    """Two consecutive rows of one indicator, each naming one quantity of the same thing
    (``Jumlah Pembangunan Fisik yang Terealisasi`` / ``… yang direncanakan``): a ratio
    spread over two rows."""
    row = ctx.indicator
    if row is None:
        return
    for first, second, other in ((ctx.before, row, ctx.before), (row, ctx.after, ctx.after)):
        if first is None or second is None or other is None:
            continue
        if first.indikator != second.indikator or first.formula is None or not second.formula:
            continue
        a, b = _lone_name(first.formula), _lone_name(second.formula)
        if a is None or b is None or name_key(a) == name_key(b):
            continue
        if name_key(a).split()[:2] != name_key(b).split()[:2]:
            continue
        yield ctx.diagnostic(
            "E002",
            _(
                "this row holds one side of a ratio and row {id} the other, with no operator "
                "between them: write the whole ratio in one cell"
            ).format(id=other.id),
            whole(ctx.text),
            ratio_text(*part_over_whole(a, b)),
        )


def _lone_name(text: str) -> str | None:
    cell = read_cell(text)
    if cell.kind is CellKind.FORMULA and isinstance(cell.value, Formula):
        return quantity_name(cell.value.expr)
    return None


@rule("W106")
def prose(ctx: Context) -> Iterator[Diagnostic]:
    """A formula cell in words; when it names two quantities, the ratio they make."""
    if ctx.scope != "formula":
        return
    if ctx.cell.kind is CellKind.FORMULA:
        yield from _described(ctx)
        return
    if ctx.cell.kind is not CellKind.PROSE:
        return
    text = ctx.text
    suggestion = None
    verb = prose_verb(text)
    if verb is not None:
        rest = text.strip()[len(verb) :].strip()
        first, sep, second = rest.rpartition(" dan ")
        if sep and first.strip() and second.strip():
            suggestion = ratio_text(*part_over_whole(first.strip(), second.strip()))
    message = _("the text is prose, not a formula: {reason}").format(
        reason=ctx.cell.diagnostic or ""
    )
    if suggestion is None and is_percent_word(text):
        message += "; " + _(
            "write it as a ratio, e.g. 'Jumlah … yang … / Jumlah seluruh … × 100%'"
        )
    yield ctx.diagnostic("W106", message, whole(text), suggestion)


def _described(ctx: Context) -> Iterator[Diagnostic]:
    """A formula read from a sentence that defines the indicator (``… didefinisikan sebagai
    perbandingan antara A dengan B.``) or through a name that holds a copula."""
    facts = ctx.facts
    if facts is None or ctx.given is not None:
        return
    defined = defined_in_words(ctx.text, facts.formula.variables)
    if defined is not None:
        copula, word = defined
        reason = _(
            "a sentence that defines the indicator ('{copula}') names a ratio in words "
            "('{word}') and writes no arithmetic; it was read as {reading}: write the formula "
            "if that is what is meant"
        ).format(copula=copula, word=word, reading=str(facts.formula))
    elif scale_name(facts.formula.expr) is not None:
        reason = _(
            "several percentages with words between them are a scale of categories or a "
            "table, not a quantity"
        )
    elif (verb := instruction(ctx.text)) is not None:
        reason = _(
            "the cell tells the reader what to do ('{verb}'); it does not write the formula"
        ).format(verb=verb)
    else:
        name = copula_name(facts.formula.expr)
        if name is None:
            return
        reason = _(
            "the name '{name}' is a clause of a sentence, not a quantity; the cell describes "
            "the computation"
        ).format(name=name)
    message = _("the text is prose, not a formula: {reason}").format(reason=reason)
    yield ctx.diagnostic("W106", message, whole(ctx.text), str(facts.formula))


_GLUED = lazy(r"(?<=\S)\s+(?=(?:Jumlah|JUMLAH)\s)")


@rule("W108")
def glued(ctx: Context) -> Iterator[Diagnostic]:
    """Several quantities written one after another in one name, with no operator."""
    if ctx.facts is None:
        return
    if ctx.given is None and bullets_subtracted(ctx.text, ctx.facts.formula.expr):
        yield ctx.diagnostic(
            "W108",
            _(
                "every line opens with the same mark, as the items of a list do: the marks "
                "were read as minus signs; if the lines are items (a legend), the formula "
                "itself is missing"
            ),
            whole(ctx.text),
        )
        return
    for var in ctx.facts.names:
        if letters_only(var.name):
            yield ctx.diagnostic(
                "W108",
                _(
                    "'{name}' is letters and numbers side by side, not the words of a name: "
                    "the operators of an equation seem lost; write the formula with its "
                    "operators"
                ).format(name=var.name),
                var.span,
            )
            continue
        items = listed(var.name)
        if items:
            yield ctx.diagnostic(
                "W108",
                _(
                    "'{name}' lists {count} quantities, not one: say how they are combined "
                    "(+, ×, a mean) or give each its own row"
                ).format(name=var.name, count=items),
                var.span,
            )
            continue
        again = restarted(var.name)
        if again is not None:
            shown = ", ".join(f"'{piece}'" for piece in again)
            yield ctx.diagnostic(
                "W108",
                _(
                    "{count} quantities are written one after another with no operator: "
                    "{names}; join them with an operator or give each its own row"
                ).format(count=2, names=shown),
                var.span,
            )
            continue
        pieces = _GLUED.split(var.name)
        if len(pieces) > 1 and len(pieces[0].split()) == 1:
            # one word before 'Jumlah' qualifies it ('Akumulasi Jumlah Penelitian …',
            # 'Rata-rata Jumlah kunjungan'): a quantity needs more than a modifier
            pieces = [pieces[0] + " " + pieces[1], *pieces[2:]]
        if len(pieces) == 1 and (head := _restarted_head(var.name)) is not None:
            pieces = [var.name[:head].rstrip(), var.name[head:]]
        if len(pieces) > 1:
            shown = ", ".join(f"'{piece}'" for piece in pieces)
            yield ctx.diagnostic(
                "W108",
                _(
                    "{count} quantities are written one after another with no operator: "
                    "{names}; join them with an operator or give each its own row"
                ).format(count=len(pieces), names=shown),
                var.span,
            )


_HEAD_AGAIN = lazy(
    r"(?P<before>\S+)\s+(?P<head>(?:Jumlah|Jml|Banyaknya|Total|Nilai|Luas|Realisasi|"
    r"Target|Persentase|Rata-rata)\s+\S)"
)
_JOINS = frozenset(
    {"dan", "atau", "serta", "per", "dari", "dengan", "yang", "yg", "pada", "dalam", "atas"}
    | {"bagi", "untuk", "terhadap", "antara", "x", "jumlah", "jml", "total", "nilai"}
)


def _restarted_head(name: str) -> int | None:
    """Where a second quantity starts in a name: a capitalised head noun (``Luas wilayah``,
    ``Nilai seluruh SAKIP``) after a word in lower case that joins nothing (``… tertentu Luas
    wilayah …``, ``… tahun berjalan Nilai seluruh SAKIP``): a title-case name capitalises its
    words throughout, a sentence's names do not start again mid-way."""
    for found in _HEAD_AGAIN.finditer(name):
        before = found.group("before")
        if before.lower() in _JOINS or before[0].isupper() or not before[-1].isalnum():
            continue
        if before[-1].isupper():
            continue
        return found.start("head")
    return None


_MATH = lazy(r"\$[^$]*\$?")
_BARE_PERCENT = lazy(r"(?<!\\)%")


@rule("W109")
def latex_comment(ctx: Context) -> Iterator[Diagnostic]:
    """``$… \\times 100\\ %$``: in LaTeX an unescaped ``%`` comments out the rest of the line,
    the closing ``$`` included, so the formula does not render."""
    if ctx.facts is None or ctx.facts.never is not None:
        return
    text = ctx.text
    for formula in _MATH.finditer(text):
        percent = _BARE_PERCENT.search(formula.group(0))
        if percent:
            at = formula.start() + percent.start()
            yield ctx.diagnostic(
                "W109",
                _(
                    "an unescaped '%' inside $…$ turns the rest of the line into a LaTeX "
                    "comment, so the formula does not render: write '\\%'"
                ),
                (at, at + 1),
                text[:at] + "\\%" + text[at + 1 :],
            )
