"""Commands on one formula: ``eval``, ``explain``, ``solve``."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ikicalc.errors import EvaluationError, IkiError
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.parser import parse
from ikicalc.lang.printer import expression_text
from ikicalc.numbers import DEFAULT_PLACES, round_half_up

if TYPE_CHECKING:
    from rich.tree import Tree
from ikicalc.cli.app import (
    EXIT_PROBLEM,
    EXIT_UNREADABLE,
    app,
    fail,
    out,
    styled,
    warn,
)


def _parse_settings(settings: list[str]) -> dict[str, str]:
    data: dict[str, str] = {}
    for setting in settings:
        name, sep, value = setting.partition("=")
        if not sep or not name.strip():
            raise IkiError(
                _('--set {setting} is not NAME=VALUE, e.g. --set "Jumlah PNS=40"').format(
                    setting=repr(setting)
                )
            )
        data[name.strip()] = value.strip()
    return data


def _read_settings(settings: list[str]) -> tuple[dict[str, object], list[str]]:
    """The ``--set`` values read as one data file reads its cells (issue 14, cause 10): the
    values together decide the number style (a decimal comma in one, ``81,35``, makes every
    ``1.500`` a thousand and a half; an English ``81.35`` makes it one and a half); where
    nothing decides, ``1.500`` groups thousands by the rule and a ``W113`` warning says so,
    with the other reading, never silently. A value that is not a number is passed on as
    written: the evaluation names the variable whose value it cannot read."""
    from ikicalc.given import read_given

    given = read_given(_parse_settings(settings))
    warnings = list(given.warnings("--set"))
    for warning in warnings:
        warn(warning)
    return given.values, warnings


def _formula_from(text: str | None, document: Path | None, indicator: str | None) -> Formula:
    if document is not None:
        from ikicalc.documents import load_document

        if indicator is None:
            raise IkiError(_("--document needs --indicator ID"))
        loaded = load_document(document)
        ids = [row.id for _jabatan, row in loaded.iter_indicators()]
        if indicator not in ids:
            shown = ", ".join(ids[:8]) + (", …" if len(ids) > 8 else "")
            raise IkiError(
                _("{document} has no indicator {id}; its ids are {ids}").format(
                    document=document, id=repr(indicator), ids=shown
                )
            )
        row = loaded.indicator(indicator)
        if not row.formula:
            raise IkiError(
                _("indicator {id} has no formula (its cell holds a target)").format(id=indicator)
            )
        text = row.formula
    if text is None:
        raise IkiError(_("give a FORMULA, or --document FILE --indicator ID"))
    return parse(text)


@app.command("eval")
def eval_command(
    formula: Annotated[
        str | None, typer.Argument(help="Formula text, as the document writes it.")
    ] = None,
    settings: Annotated[
        list[str] | None,
        typer.Option("--set", "-s", help="A value: NAME=VALUE (decimal comma allowed). Repeat."),
    ] = None,
    document: Annotated[
        Path | None, typer.Option("--document", "-d", help="Take the formula from this file.")
    ] = None,
    indicator: Annotated[
        str | None, typer.Option("--indicator", "-i", help="Indicator id in --document.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Evaluate a formula exactly and print its value (rounded half-up to 2 places)."""
    try:
        parsed = _formula_from(formula, document, indicator)
        data, warnings = _read_settings(settings or [])
    except IkiError as error:
        raise fail(error, EXIT_UNREADABLE) from None
    notes = _guesses(parsed)
    try:
        result = parsed.evaluate(data)
    except EvaluationError as error:
        _say_guesses(notes)
        raise fail(error, EXIT_PROBLEM) from None
    if as_json:
        import json

        payload: dict[str, Any] = {
            "value": str(result.value),
            "unit": result.unit,
            "exact": str(result.exact),
            "formula": str(parsed),
            "variables": list(parsed.variables),
            "guesses": [
                {"code": code, "message": message, "start": span[0], "end": span[1]}
                for code, message, span in notes
            ],
            "warnings": warnings,
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        _say_guesses(notes)
        typer.echo(str(result))


# lint codes that say the value printed is not what the cell asks for as it stands (a
# limit or a condition stated after the formula, W132): eval says them beside the value
_VALUE_CODES = frozenset({"W132"})


def _guesses(parsed: Formula) -> list[tuple[str, str, ast.Span]]:
    """The places the formula was read by a guess (lint ``W110``/``W114``), and a condition
    the cell states that the value does not apply (``W132``): a value is only as good as its
    reading, so ``eval`` says them beside it, never silently."""
    notes: list[tuple[str, str, ast.Span]] = []
    if parsed.guesses:
        from ikicalc.diagnostics.reading import guess_notes

        notes += guess_notes(parsed)
    if parsed.source and len(parsed.source) > len(str(parsed)):  # words the reading left out
        from ikicalc.diagnostics.api import lint

        notes += [(d.code, d.message, d.span) for d in lint(parsed) if d.code in _VALUE_CODES]
    return notes


def _say_guesses(notes: list[tuple[str, str, ast.Span]]) -> None:
    for code, message, _span in notes:
        warn(f"{code} {message}")


def _tree(node: ast.Expr, parent: Tree) -> None:
    if isinstance(node, ast.Binary):
        branch = parent.add(styled((node.op.symbol, "bold")))
        _tree(node.left, branch)
        _tree(node.right, branch)
    elif isinstance(node, ast.Negate):
        _tree(node.operand, parent.add(styled(("-", "bold"), " " + _("(negative)"))))
    elif isinstance(node, ast.Sigma):
        parent.add(styled(("Σ", "bold"), " ", (node.variable.name, "cyan")))
    elif isinstance(node, ast.Aggregate):  # Σ (…), rata-rata …: row by row, then folded
        label = "Σ (row by row)" if node.fold is ast.Fold.SUM else "rata-rata (over the rows)"
        _tree(node.operand, parent.add(styled((label, "bold"))))
    elif isinstance(node, ast.Mean):
        branch = parent.add(styled(("rata-rata", "bold"), f" of {len(node.items)}"))
        for item in node.items:
            _tree(item, branch)
    elif isinstance(node, ast.Variable):
        parent.add(styled((node.name, "cyan")))
    else:
        parent.add(styled(expression_text(node)))


@app.command("explain")
def explain_command(
    formula: Annotated[str, typer.Argument(help="Formula text, as the document writes it.")],
) -> None:
    """Show how a formula is read: its structure, its variables, its canonical text, its
    LaTeX and its simplest form."""
    try:
        parsed = parse(formula)
    except IkiError as error:
        raise fail(error, EXIT_UNREADABLE) from None
    from rich.tree import Tree

    root = Tree(styled((parsed.label or "formula", "bold")))
    _tree(parsed.expr, root)
    out().print(root)
    out().print(styled((_("variables:"), "bold")))
    for name in parsed.variables:
        out().print(styled(f"  - {name}"))
    if parsed.items:
        out().print(styled((_("items:"), "bold"), " " + "; ".join(parsed.items)))
    out().print(styled((_("canonical:"), "bold"), " ", str(parsed)))
    out().print(styled(("latex:", "bold"), " ", parsed.to_latex()))
    try:
        simplified = str(parsed.simplify())
    except IkiError as error:
        simplified = "(" + _("cannot simplify: {reason}").format(reason=error) + ")"
    out().print(styled((_("simplified:"), "bold"), " ", simplified))


@app.command("solve")
def solve_command(
    formula: Annotated[str, typer.Argument(help="Formula text, as the document writes it.")],
    variable: Annotated[str, typer.Option("--for", help="The variable to solve for.")],
    equals: Annotated[str, typer.Option("--equals", help="The value the formula must reach.")],
    settings: Annotated[
        list[str] | None,
        typer.Option("--set", "-s", help="Value of another variable: NAME=VALUE. Repeat."),
    ] = None,
) -> None:
    """The value a variable needs for the formula to reach a target.

    Example: ikicalc solve "Jumlah PNS yang hadir / Jumlah PNS x 100%" --for "Jumlah PNS yang
    hadir" --equals 95 --set "Jumlah PNS=40" prints 38.
    """
    try:
        parsed = parse(formula)
        data, _warnings = _read_settings(settings or [])
    except IkiError as error:
        raise fail(error, EXIT_UNREADABLE) from None
    try:
        value = parsed.solve(variable, equals, data)
    except IkiError as error:
        raise fail(error, EXIT_PROBLEM) from None
    exact = "" if value.denominator == 1 else " (" + _("exactly {value}").format(value=value) + ")"
    typer.echo(f"{number_text_of(value)}{exact}")


def number_text_of(value: Fraction) -> str:
    """``value`` rounded half-up to 2 places, without trailing zeros for whole numbers."""
    if value.denominator == 1:
        return str(value.numerator)
    return str(round_half_up(value, DEFAULT_PLACES))
