"""The commands' help in the language of the command line.

The help texts stay English in the source (the commands' docstrings, the ``help=`` of the
application, its options and arguments): they are the message ids, which
``tools/messages.py`` extracts for the catalogue. When the command line asks for help
(``--help``, or nothing at all), :class:`SpeakingGroup` sets the language from ``--bahasa``
or ``IKICALC_LANG`` before Click reads any option (Click shows the help as soon as it meets
``--help``, before the other options are processed) and translates the help of every command
and option in place, on the Click objects Typer built for this run.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Sequence
from contextvars import Token
from typing import Any

from typer.core import TyperGroup

from ikicalc.errors import IkiError
from ikicalc.i18n import N_, Language, set_language, translate

__all__ = ["SpeakingGroup", "language_asked", "translate_help"]

CLICK_TEXTS = (N_("Show this message and exit."),)
"""Click's own help texts that the catalogue translates."""

_HELP = ("--help", "-h")


def language_asked(arguments: Sequence[str]) -> str:
    """The language the command line asks for: ``--bahasa X`` (or ``--bahasa=X``) before the
    command, else ``IKICALC_LANG``, else Indonesian."""
    for index, argument in enumerate(arguments):
        if argument == "--bahasa" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--bahasa="):
            return argument.partition("=")[2]
        if not argument.startswith("-"):
            break  # the command: its own options are not the application's
    return os.environ.get("IKICALC_LANG") or "id"


def _translated(text: str | None) -> str | None:
    if not text:
        return text
    found = translate(text)
    if found == text:
        found = translate(inspect.cleandoc(text))
    return found


def translate_help(command: Any, ctx: Any) -> None:
    """Translate, in place, the help of ``command`` (a Click command), its parameters and,
    for a group, of every command in it (the texts are message ids; see the module's
    docstring). With a ``ctx``, also the help of the ``--help`` option."""
    command.help = _translated(command.help)
    command.short_help = _translated(command.short_help)
    params = list(command.params)
    help_option = None if ctx is None else command.get_help_option(ctx)
    if help_option is not None:
        params.append(help_option)
    for param in params:
        if isinstance(getattr(param, "help", None), str):  # options and Typer's arguments
            param.help = _translated(param.help)
    for child in getattr(command, "commands", {}).values():  # a group's commands
        translate_help(child, ctx)


class SpeakingGroup(TyperGroup):
    """The application's group: speaks the language asked before any help is shown."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        token: Token[Language] | None = None
        if not args or any(argument in _HELP for argument in args):
            try:
                token = set_language(language_asked(args))
            except IkiError:
                token = None  # the --bahasa option refuses it with its own message
            else:
                translate_help(self, ctx)
        try:
            rest: list[str] = super().parse_args(ctx, args)
        except BaseException:
            if token is not None:
                token.var.reset(token)
            raise
        if token is not None:
            saved = token
            ctx.call_on_close(lambda: saved.var.reset(saved))
        return rest
