"""Commands on documents and tables: ``import``, ``template``, ``scales``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ikicalc.cli.app import (
    EXIT_UNREADABLE,
    app,
    err,
    fail,
    load_any,
)
from ikicalc.errors import IkiError
from ikicalc.i18n import _, ngettext


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
        raise fail(error, EXIT_UNREADABLE) from None
    if output is None:
        typer.echo(text, nl=False)
    err().print(result.summary(), highlight=False, markup=False, soft_wrap=True)


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
        count = write_template(load_any(document), output, wide=wide)
    except IkiError as error:
        raise fail(error, EXIT_UNREADABLE) from None
    rows = ngettext("{count} row to fill in", "{count} rows to fill in", count).format(count=count)
    err().print(f"{output}: {rows}", highlight=False, markup=False)


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
            raise fail(
                IkiError(
                    _("there is no table named {name}; known: {known}").format(
                        name=repr(name), known=known
                    )
                ),
                2,
            )
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
