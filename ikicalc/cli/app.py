"""The ``ikicalc`` application: the Typer app, the two consoles, exit codes and the helpers
every command shares."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ikicalc.cli.help_text import SpeakingGroup, unknown_language
from ikicalc.errors import IkiError
from ikicalc.i18n import _, set_language

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from ikicalc.documents import Document

app = typer.Typer(
    name="ikicalc",
    cls=SpeakingGroup,
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
@cache
def out() -> Console:
    """The console of standard output, made on first use: Rich takes 20 ms to import, and
    ``eval`` prints its value without it."""
    from rich.console import Console

    return Console(soft_wrap=True, markup=False, highlight=False)


@cache
def err() -> Console:
    """The console of standard error, made on first use (see :func:`out`)."""
    from rich.console import Console

    return Console(stderr=True, markup=False, highlight=False)


_CONTROL = dict.fromkeys([*range(0, 9), *range(11, 32), 127, *range(128, 160)], "\ufffd")


def safe(text: str) -> str:
    """``text`` without control characters (ESC sequences never reach the terminal)."""
    return text.translate(_CONTROL)


def styled(*parts: str | tuple[str, str]) -> Text:
    """A line of plain text and ``(text, style)`` pieces, never parsed as markup."""
    from rich.text import Text

    return Text.assemble(
        *((safe(p[0]), p[1]) if isinstance(p, tuple) else safe(p) for p in parts)
    )

EXIT_PROBLEM = 1
EXIT_UNREADABLE = 2


@app.callback()
def _speak(
    ctx: typer.Context,
    bahasa: Annotated[
        str,
        typer.Option(
            "--bahasa",
            envvar="IKICALC_LANG",
            metavar="id|en",
            help="Language of the messages and reports: id (Indonesian, the default) or en.",
        ),
    ] = "id",
) -> None:
    try:
        token = set_language(bahasa)
    except IkiError:
        # the reader's language is not known: say it in both
        err().print(styled(unknown_language(bahasa)), soft_wrap=True)
        raise typer.Exit(EXIT_UNREADABLE) from None
    # the language is the command's: a test (or a program) that runs the app in-process
    # speaks its own language again afterwards
    ctx.call_on_close(lambda: token.var.reset(token))


def fail(error: IkiError, code: int) -> typer.Exit:
    err().print(styled((_("error:"), "bold red"), f" {error}"), soft_wrap=True)
    return typer.Exit(code)


def warn(message: str) -> None:
    """A warning on standard error (user text in ``message`` is never read as markup)."""
    err().print(styled((_("warning:"), "bold yellow"), f" {message}"), soft_wrap=True)


_DEFINITION_SUFFIXES = (".yaml", ".yml")


def definition_files(paths: list[Path]) -> list[Path]:
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


def load_any(path: Path) -> Document:
    """A definition file, or a document file (.docx, .xlsx, .pdf …) imported in memory."""
    from ikicalc.documents import load_document
    from ikicalc.importers.check import is_document_file

    if is_document_file(path):
        from ikicalc.importers import import_document

        return import_document(path)
    return load_document(path)


def prepare_process() -> None:
    """Start-up of the ``ikicalc`` process (issue 18), called by :func:`ikicalc.cli.main`
    before anything else; never by the library, whose users keep their environment.

    - pydantic's plugins are not looked for: pydantic scans the metadata of every installed
      package for them when it builds the first model (16 ms), and the command line has no
      use for them. ``PYDANTIC_DISABLE_PLUGINS`` is set for this process (and the processes
      it starts) unless the environment already sets it.
    - Lark is imported without the optional ``regex`` package (8 ms to import), which Lark
      only uses for grammars built with ``regex=True``; ikicalc's grammars use ``re``.
      ``regex`` stays importable afterwards.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if "lark" not in sys.modules and "regex" not in sys.modules:
        sys.modules["regex"] = None  # type: ignore[assignment]  # import regex: ImportError
        try:
            import lark  # noqa: F401
        finally:
            del sys.modules["regex"]


def main() -> None:
    """Console-script entry point."""
    prepare_process()
    app()
