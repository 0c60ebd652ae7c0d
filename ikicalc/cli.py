"""The ``ikicalc`` command line.

Exit codes: 0 success; 1 the input was read but has problems (a formula that cannot be
evaluated on the data given); 2 the input cannot be read (a formula with a syntax error, a
definition file that does not validate, a ``--set`` that is not ``NAME=VALUE``).
"""

from __future__ import annotations

import json
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text
from rich.tree import Tree

from ikicalc import ast
from ikicalc.errors import EvaluationError, IkiError
from ikicalc.formula import Formula
from ikicalc.numbers import DEFAULT_PLACES, round_half_up
from ikicalc.parser import parse
from ikicalc.printer import expression_text

if TYPE_CHECKING:
    from ikicalc.documents import Document

app = typer.Typer(
    name="ikicalc",
    rich_markup_mode=None,
    help=(
        "Read, check and evaluate the formulas of IKI/IKU documents.\n\n"
        "Exit codes: 0 success; 1 the formula was read but cannot be evaluated on the data "
        "given; 2 the input cannot be read (syntax error, invalid definition file, bad option)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# User text (formulas, names, data labels, messages quoting them) is never read as Rich
# markup: "[/x]" in a cell is printed as written. Styles are given as Text spans.
_out = Console(soft_wrap=True, markup=False, highlight=False)
_err = Console(stderr=True, markup=False, highlight=False)
_CONTROL = dict.fromkeys([*range(0, 9), *range(11, 32), 127, *range(128, 160)], "\ufffd")


def _safe(text: str) -> str:
    """``text`` without control characters (ESC sequences never reach the terminal)."""
    return text.translate(_CONTROL)


def _styled(*parts: str | tuple[str, str]) -> Text:
    """A line of plain text and ``(text, style)`` pieces, never parsed as markup."""
    return Text.assemble(
        *((_safe(p[0]), p[1]) if isinstance(p, tuple) else _safe(p) for p in parts)
    )

EXIT_PROBLEM = 1
EXIT_UNREADABLE = 2


def _fail(error: IkiError, code: int) -> typer.Exit:
    _err.print(_styled(("error:", "bold red"), f" {error}"), soft_wrap=True)
    return typer.Exit(code)


_DEFINITION_SUFFIXES = (".yaml", ".yml")


def _definition_files(paths: list[Path]) -> list[Path]:
    """The files named, with each directory replaced by its definition files (``*.yaml``,
    ``*.yml``, sorted; not its sub-directories)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.iterdir()
                if p.is_file() and p.suffix.lower() in _DEFINITION_SUFFIXES
            )
        else:
            found.append(path)
    return found


def _parse_settings(settings: list[str]) -> dict[str, str]:
    data: dict[str, str] = {}
    for setting in settings:
        name, sep, value = setting.partition("=")
        if not sep or not name.strip():
            raise IkiError(f'--set {setting!r} is not NAME=VALUE, e.g. --set "Jumlah PNS=40"')
        data[name.strip()] = value.strip()
    return data


def _formula_from(text: str | None, document: Path | None, indicator: str | None) -> Formula:
    if document is not None:
        from ikicalc.documents import load_document

        if indicator is None:
            raise IkiError("--document needs --indicator ID")
        loaded = load_document(document)
        ids = [row.id for _, row in loaded.iter_indicators()]
        if indicator not in ids:
            shown = ", ".join(ids[:8]) + (", …" if len(ids) > 8 else "")
            raise IkiError(f"{document} has no indicator {indicator!r}; its ids are {shown}")
        row = loaded.indicator(indicator)
        if not row.formula:
            raise IkiError(f"indicator {indicator} has no formula (its cell holds a target)")
        text = row.formula
    if text is None:
        raise IkiError("give a FORMULA, or --document FILE --indicator ID")
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
        data = _parse_settings(settings or [])
    except IkiError as error:
        raise _fail(error, EXIT_UNREADABLE) from None
    try:
        result = parsed.evaluate(data)
    except EvaluationError as error:
        raise _fail(error, EXIT_PROBLEM) from None
    if as_json:
        payload: dict[str, Any] = {
            "value": str(result.value),
            "unit": result.unit,
            "exact": str(result.exact),
            "formula": str(parsed),
            "variables": list(parsed.variables),
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        typer.echo(str(result))


def _tree(node: ast.Expr, parent: Tree) -> None:
    if isinstance(node, ast.Binary):
        branch = parent.add(_styled((node.op.symbol, "bold")))
        _tree(node.left, branch)
        _tree(node.right, branch)
    elif isinstance(node, ast.Negate):
        _tree(node.operand, parent.add(_styled(("-", "bold"), " (negative)")))
    elif isinstance(node, ast.Sigma):
        parent.add(_styled(("Σ", "bold"), " ", (node.variable.name, "cyan")))
    elif isinstance(node, ast.Variable):
        parent.add(_styled((node.name, "cyan")))
    else:
        parent.add(_styled(expression_text(node)))


@app.command("explain")
def explain_command(
    formula: Annotated[str, typer.Argument(help="Formula text, as the document writes it.")],
) -> None:
    """Show how a formula is read: its structure, its variables, its canonical text, its
    LaTeX and its simplest form."""
    try:
        parsed = parse(formula)
    except IkiError as error:
        raise _fail(error, EXIT_UNREADABLE) from None
    root = Tree(_styled((parsed.label or "formula", "bold")))
    _tree(parsed.expr, root)
    _out.print(root)
    _out.print(_styled(("variables:", "bold")))
    for name in parsed.variables:
        _out.print(_styled(f"  - {name}"))
    if parsed.items:
        _out.print(_styled(("items:", "bold"), " " + "; ".join(parsed.items)))
    _out.print(_styled(("canonical:", "bold"), " ", str(parsed)))
    _out.print(_styled(("latex:", "bold"), " ", parsed.to_latex()))
    try:
        simplified = str(parsed.simplify())
    except IkiError as error:
        simplified = f"(cannot simplify: {error})"
    _out.print(_styled(("simplified:", "bold"), " ", simplified))


class OutputFormat(StrEnum):
    """How ``check`` prints its findings."""

    TEXT = "text"
    JSON = "json"


@app.command("check")
def check_command(
    files: Annotated[list[Path], typer.Argument(help="Definition files (YAML) to check.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text (file:line:col: CODE) or json.")
    ] = OutputFormat.TEXT,
) -> None:
    """Check definition files: every formula, target and scale cell (lint codes E001–W109).

    Prints one line per problem, ruff style (file:line:col: CODE message). Exit 1 when an
    error-level problem (E…) is found, 2 when a file cannot be read, else 0.
    """
    from ikicalc.documents.check import finding_json

    findings = []
    unreadable = 0
    named = files
    files = _definition_files(files)
    if not files:
        shown = ", ".join(str(p) for p in named)
        raise _fail(IkiError(f"no definition files (*.yaml, *.yml) in {shown}"), EXIT_UNREADABLE)
    for path in files:
        try:
            findings += _check_one(path, output_format)
        except IkiError as error:
            unreadable += 1
            _err.print(_styled(("error:", "bold red"), f" {error}"), soft_wrap=True)
    if output_format is OutputFormat.JSON:
        typer.echo(json.dumps([finding_json(f) for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            typer.echo(str(finding))
        errors = sum(f.diagnostic.severity == "error" for f in findings)
        checked = _count(len(files) - unreadable, "file")
        summary = (
            f"{_count(len(findings), 'problem')} ({_count(errors, 'error')}) in {checked}"
            if findings
            else f"no problems in {checked}"
        )
        if unreadable:
            summary += f"; {_count(unreadable, 'file')} could not be read"
        _err.print(summary, highlight=False)
    if unreadable:
        raise typer.Exit(EXIT_UNREADABLE)
    if any(f.diagnostic.severity == "error" for f in findings):
        raise typer.Exit(EXIT_PROBLEM)


def _check_one(path: Path, output_format: OutputFormat) -> list[Any]:
    """Findings of a definition file, or of a document imported in memory (.docx, .pdf …)."""
    from ikicalc.documents.check import check_file
    from ikicalc.importers.check import check_imported, is_document_file, review_comments

    if is_document_file(path):
        findings, reviews = check_imported(path)
    else:
        findings, reviews = check_file(path), review_comments(path)
    for line in reviews:
        if output_format is OutputFormat.JSON:
            _err.print(line, highlight=False, markup=False)
        else:
            typer.echo(line)
    return list(findings)


def _load_any(path: Path) -> Document:
    """A definition file, or a document file (.docx, .xlsx, .pdf …) imported in memory."""
    from ikicalc.documents import load_document
    from ikicalc.importers.check import is_document_file

    if is_document_file(path):
        from ikicalc.importers import import_document

        return import_document(path)
    return load_document(path)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


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
        data = _parse_settings(settings or [])
    except IkiError as error:
        raise _fail(error, EXIT_UNREADABLE) from None
    try:
        value = parsed.solve(variable, equals, data)
    except IkiError as error:
        raise _fail(error, EXIT_PROBLEM) from None
    exact = "" if value.denominator == 1 else f" (exactly {value})"
    typer.echo(f"{number_text_of(value)}{exact}")


def number_text_of(value: Fraction) -> str:
    """``value`` rounded half-up to 2 places, without trailing zeros for whole numbers."""
    if value.denominator == 1:
        return str(value.numerator)
    return str(round_half_up(value, DEFAULT_PLACES))


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="The document: .docx .xlsx .pdf .html .md .txt")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the definition YAML here.")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail when a table row could not be placed.")
    ] = False,
) -> None:
    """Import an IKI/IKU document's indicator tables as a definition file (YAML).

    Prints what was read (positions, rows), the rows that need review and every table row
    that could not be placed, with the reason. Exit 0 when the YAML is written, 2 when the
    document cannot be read (or, with --strict, when a row could not be placed).
    """
    from ikicalc.importers import import_file
    from ikicalc.importers.template import write_atomically
    from ikicalc.importers.yaml_out import dump_document

    try:
        result = import_file(file, strict=strict)
        text = dump_document(result)
        if output is not None:
            write_atomically(output, text.encode("utf-8"))
    except IkiError as error:
        raise _fail(error, EXIT_UNREADABLE) from None
    if output is None:
        typer.echo(text, nl=False)
    _err.print(result.summary(), highlight=False, markup=False, soft_wrap=True)


@app.command("template")
def template_command(
    document: Annotated[Path, typer.Argument(help="Definition file (YAML) or document file.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="realisasi.xlsx or .csv")],
    wide: Annotated[
        bool, typer.Option("--wide", help="One column per variable, one row per employee.")
    ] = False,
) -> None:
    """Write the fill-in sheet for the realisasi of a document (XLSX or CSV).

    Long form (default): one row per indicator and variable (indikator, variabel, nilai), the
    indicator and its formula beside it. --wide: one column per variable. `report --data`
    reads the filled sheet back unchanged.
    """
    from ikicalc.importers.template import write_template

    try:
        count = write_template(_load_any(document), output, wide=wide)
    except IkiError as error:
        raise _fail(error, EXIT_UNREADABLE) from None
    _err.print(f"{output}: {count} rows to fill in", highlight=False, markup=False)


def main() -> None:
    """Console-script entry point."""
    app()


@app.command("scales")
def scales_command(
    name: Annotated[
        str | None, typer.Argument(help="Show only this scale or table (e.g. capaian-iki-2021).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the built-in scales and rule tables: name, source and ranges."""
    from ikicalc.rules.tables import data_tables

    tables = data_tables()
    if name is not None:
        key = " ".join(name.lower().split())
        tables = [t for t in tables if t.name == key]
        if not tables:
            known = ", ".join(t.name for t in data_tables())
            raise _fail(IkiError(f"there is no table named {name!r}; known: {known}"), 2)
    if as_json:
        typer.echo(json.dumps([t.as_json() for t in tables], ensure_ascii=False, indent=2))
        return
    for table in tables:
        typer.echo(f"{table.name} ({table.kind}): {table.title}")
        typer.echo(f"  source: {table.source}")
        width = max((len(row[0]) for row in table.rows), default=0)
        for row in table.rows:
            typer.echo(f"  {row[0].ljust(width)}  {'  '.join(row[1:])}".rstrip())
        typer.echo("")


@app.command("serve")
def serve_command(
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes for the computations (default: CPUs).")
    ] = None,
    time_limit: Annotated[
        float, typer.Option(help="Seconds of computation one request may use.")
    ] = 10.0,
    max_upload_mb: Annotated[
        float, typer.Option(help="Largest /api/report upload (document + data), in MiB.")
    ] = 16.0,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(help="Allow browser calls from this origin (e.g. https://sakip.example). "
                     "Repeat. Default: none (CORS off)."),
    ] = None,
) -> None:
    """Serve the HTTP API (/api/…, documented at /docs) and the web page (/).

    Needs the serve extra (fastapi, uvicorn, python-multipart). Listens on 127.0.0.1
    unless --host says otherwise.
    """
    try:
        import uvicorn

        from ikicalc.serve import ServeSettings, create_app
    except ImportError:
        raise _fail(
            IkiError("serve needs the serve extra: pip install 'ikicalc[serve]'"),
            EXIT_UNREADABLE,
        ) from None
    try:
        options: dict[str, Any] = {
            "time_limit": time_limit,
            "max_upload_bytes": int(max_upload_mb * 1024 * 1024),
            "cors_origins": tuple(cors_origin or ()),
        }
        if workers is not None:
            options["workers"] = workers
        settings = ServeSettings(**options)
    except ValueError as error:
        raise _fail(IkiError(f"serve: {error}"), EXIT_UNREADABLE) from None
    _err.print(f"ikicalc serve: http://{host}:{port}/  (API documentation: /docs)", highlight=False)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


# The report command lives in its own module; importing it registers it on ``app``.
from ikicalc import cli_report  # noqa: E402, F401
