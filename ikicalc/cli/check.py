"""``ikicalc check``: lint definition files and documents."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ikicalc.cli.app import (
    EXIT_PROBLEM,
    EXIT_UNREADABLE,
    app,
    definition_files,
    err,
    fail,
    load_any,
    safe,
    styled,
)
from ikicalc.errors import IkiError
from ikicalc.i18n import _, ngettext

if TYPE_CHECKING:
    from ikicalc.documents.check import Finding


class OutputFormat(StrEnum):
    """How ``check`` prints its findings."""

    TEXT = "text"
    JSON = "json"


@app.command("check")
def check_command(
    files: Annotated[
        list[Path], typer.Argument(help="Definition files (YAML) or documents to check.")
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text (file:line:col: CODE) or json.")
    ] = OutputFormat.TEXT,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="Realisasi data to evaluate every indicator on: adds the plausibility "
            "warnings (W111 a part over its whole above 100 %, W112 a capaian above 1 000 %).",
        ),
    ] = None,
    codes: Annotated[
        bool,
        typer.Option(
            "--codes",
            help="List every lint code with its severity and meaning, and exit.",
            is_eager=True,
            callback=lambda wanted: _list_codes() if wanted else None,
        ),
    ] = False,
) -> None:
    """Check definition files: every formula, target and scale cell (--codes lists the codes).

    Prints one line per problem, ruff style (file:line:col: CODE message). With --data, each
    document is also evaluated on the data and implausible values are reported. Exit 1 when
    an error-level problem (E…) is found, 2 when a file cannot be read, else 0.
    """
    from ikicalc.documents.check import finding_json

    findings = []
    unreadable = 0
    named = files
    files = definition_files(files)
    if not files:
        shown = ", ".join(str(p) for p in named)
        raise fail(
            IkiError(_("no definition files (*.yaml, *.yml) in {paths}").format(paths=shown)),
            EXIT_UNREADABLE,
        )
    for path in files:
        try:
            findings += _check_one(path, output_format)
            if data is not None:
                findings += _check_values(path, data)
        except IkiError as error:
            unreadable += 1
            err().print(styled((_("error:"), "bold red"), f" {error}"), soft_wrap=True)
    if output_format is OutputFormat.JSON:
        import json

        typer.echo(json.dumps([finding_json(f) for f in findings], ensure_ascii=False, indent=2))
    else:
        # plain lines (user text without control characters): no Rich for a clean run
        for finding in findings:
            typer.echo(safe(str(finding)))
        typer.echo(safe(_summary(findings, len(files) - unreadable, unreadable)), err=True)
    if unreadable:
        raise typer.Exit(EXIT_UNREADABLE)
    if any(f.diagnostic.severity == "error" for f in findings):
        raise typer.Exit(EXIT_PROBLEM)


def _list_codes() -> None:
    """Every lint code of ``ikicalc/data/lint.toml``: code, severity, meaning (translated);
    then exit, before the files are asked for (an eager option, as --help)."""
    from ikicalc.diagnostics.diagnostic import CODES
    from ikicalc.i18n import translate

    for code in CODES.values():
        severity = _("error") if code.severity == "error" else _("warning")
        typer.echo(f"{code.code}  {severity:<10} {translate(code.summary)}")
    raise typer.Exit(0)


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
            typer.echo(safe(line), err=True)
        else:
            typer.echo(safe(line))
    return list(findings)


def _summary(findings: list[Finding], checked: int, unreadable: int) -> str:
    """``16 problems (8 errors) in 1 file``, in the current language's singular and plural."""
    errors = sum(f.diagnostic.severity == "error" for f in findings)
    files = ngettext("{count} file", "{count} files", checked).format(count=checked)
    if findings:
        summary = ngettext(
            "{count} problem ({errors}) in {files}", "{count} problems ({errors}) in {files}",
            len(findings),
        ).format(
            count=len(findings),
            errors=ngettext("{count} error", "{count} errors", errors).format(count=errors),
            files=files,
        )
    else:
        summary = _("no problems in {files}").format(files=files)
    if unreadable:
        summary += "; " + ngettext(
            "{count} file could not be read", "{count} files could not be read", unreadable
        ).format(count=unreadable)
    return summary


def _check_values(path: Path, data: Path) -> list[Finding]:
    """The plausibility warnings of the document at ``path`` evaluated on ``data``: one per
    indicator and code, saying on how many report rows (employees, groups) it was found."""
    from ikicalc.diagnostics.diagnostic import Diagnostic
    from ikicalc.diagnostics.plausibility import PLAUSIBILITY_CODES
    from ikicalc.documents.check import Finding, placed
    from ikicalc.evaluation.exact import build_report
    from ikicalc.importers.check import is_document_file
    from ikicalc.realisasi import read_realisasi

    document = load_any(path)
    report = build_report(document, read_realisasi(data, strict=False))
    formulas = {row.id: row.formula or "" for _, row in document.iter_indicators()}
    first: dict[tuple[str, str], Diagnostic] = {}
    rows: dict[tuple[str, str], int] = {}
    for row in report.rows:
        for found in row.lint:
            if found.code not in PLAUSIBILITY_CODES:
                continue
            key = (row.indikator_id, found.code)
            rows[key] = rows.get(key, 0) + 1
            first.setdefault(
                key,
                Diagnostic(
                    found.code,
                    found.message,
                    found.span or (0, 0),
                    indicator=row.indikator_id,
                    text=formulas.get(row.indikator_id, ""),
                ),
            )
    diagnostics = []
    for key, diagnostic in first.items():
        if rows[key] > 1:
            counted = ngettext("on {count} row", "on {count} rows", rows[key])
            message = f"{diagnostic.message} ({counted.format(count=rows[key])})"
            diagnostic = Diagnostic(
                diagnostic.code, message, diagnostic.span, indicator=diagnostic.indicator,
                text=diagnostic.text,
            )
        diagnostics.append(diagnostic)
    if is_document_file(path):
        return [Finding(str(path), 1, 1, d) for d in diagnostics]
    return placed(path, diagnostics)
