"""The ``ikicalc`` command line.

Exit codes: 0 success; 1 the input was read but has problems (a formula that cannot be
evaluated on the data given); 2 the input cannot be read (a formula with a syntax error, a
definition file that does not validate, a ``--set`` that is not ``NAME=VALUE``).

The commands live one module each (``formula``: eval, explain, solve; ``check``; ``documents``:
import, template, scales; ``report``; ``serve``), registered on :data:`app` when imported.
:func:`main` imports only the module of the command it is asked to run (``ikicalc eval`` never
loads the report engines); ``ikicalc.cli.app``, the application, has every command.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from ikicalc.cli import app as _shared
from ikicalc.cli.coercion import install_plain_coercion

if TYPE_CHECKING:
    from typer import Typer

    app: Typer

__all__ = ["COMMAND_MODULES", "app", "check", "documents", "formula", "main", "report", "serve"]

# Importing the submodule bound ``ikicalc.cli.app`` to it; the name means the application.
globals().pop("app", None)
install_plain_coercion()

COMMAND_MODULES: dict[str, str] = {
    "check": "check",
    "import": "documents",
    "template": "documents",
    "scales": "documents",
    "eval": "formula",
    "explain": "formula",
    "solve": "formula",
    "report": "report",
    "serve": "serve",
}
"""The module of each command; ``tests/test_cli_startup.py`` checks it against the commands each
module registers. The order of first appearance is the order of ``ikicalc --help``."""


# The application's callback (``--bahasa``, in ``ikicalc.cli.app``) also keeps it a group of
# commands when one module alone is registered (Typer turns an application of one command
# into that command).


def _command_asked(arguments: list[str]) -> str:
    """The command named on the command line: the first argument that is not a global option
    (``--bahasa en``, ``--bahasa=en``) or its value."""
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--bahasa":
            skip = True
        elif not argument.startswith("-"):
            return argument
    return ""


def _register(*modules: str) -> None:
    # Static imports, one per module: the package names no module to import at run time.
    for module in modules:
        if module == "check":
            import ikicalc.cli.check
        elif module == "documents":
            import ikicalc.cli.documents
        elif module == "formula":
            import ikicalc.cli.formula
        elif module == "report":
            import ikicalc.cli.report
        elif module == "serve":
            import ikicalc.cli.serve  # noqa: F401


def _register_all() -> None:
    _register(*dict.fromkeys(COMMAND_MODULES.values()))


def __getattr__(name: str) -> Any:
    if name == "app":
        _register_all()
        return _shared.app
    if name in COMMAND_MODULES.values():
        _register(name)
        return sys.modules[f"ikicalc.cli.{name}"]
    raise AttributeError(f"module 'ikicalc.cli' has no attribute {name!r}")


def main() -> None:
    """Console-script entry point: registers the command asked for (every command for
    ``--help``, no command or an unknown one) and runs it."""
    _shared.prepare_process()
    asked = _command_asked(sys.argv[1:])
    if asked in COMMAND_MODULES:
        _register(COMMAND_MODULES[asked])
    else:
        _register_all()
    _shared.app()
