"""``ikicalc check``: lint definition files and documents."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ikicalc.errors import IkiError

if TYPE_CHECKING:
    pass
from ikicalc.cli.app import (
    EXIT_PROBLEM,
    EXIT_UNREADABLE,
    app,
    count,
    definition_files,
    err,
    fail,
    styled,
)


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
    files = definition_files(files)
    if not files:
        shown = ", ".join(str(p) for p in named)
        raise fail(IkiError(f"no definition files (*.yaml, *.yml) in {shown}"), EXIT_UNREADABLE)
    for path in files:
        try:
            findings += _check_one(path, output_format)
        except IkiError as error:
            unreadable += 1
            err.print(styled(("error:", "bold red"), f" {error}"), soft_wrap=True)
    if output_format is OutputFormat.JSON:
        typer.echo(json.dumps([finding_json(f) for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            typer.echo(str(finding))
        errors = sum(f.diagnostic.severity == "error" for f in findings)
        checked = count(len(files) - unreadable, "file")
        summary = (
            f"{count(len(findings), 'problem')} ({count(errors, 'error')}) in {checked}"
            if findings
            else f"no problems in {checked}"
        )
        if unreadable:
            summary += f"; {count(unreadable, 'file')} could not be read"
        err.print(summary, highlight=False)
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
            err.print(line, highlight=False, markup=False)
        else:
            typer.echo(line)
    return list(findings)
