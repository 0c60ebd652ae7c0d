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
import re
from collections.abc import Sequence
from contextvars import Token
from typing import Any

from typer.core import TyperGroup

from ikicalc.errors import IkiError
from ikicalc.i18n import N_, Language, set_language, translate

__all__ = ["SpeakingGroup", "language_asked", "speak_in_help", "translate_help"]

CLICK_TEXTS = (N_("Show this message and exit."),)
"""Click's own help texts that the catalogue translates."""

_HEADINGS = {N_("Options"), N_("Arguments"), N_("Commands")}
_USAGE = N_("Usage: ")
_REQUIRED = N_("required")
_EXTRAS = {"env var: ": N_("env var: {value}"), "default: ": N_("default: {value}")}
_EXTRA = re.compile(r"\[([^\[\]]*)\]$")


def _extras(text: str) -> str:
    """The ``[env var: …; default: …]``, ``[required]`` Typer adds to an option's help."""
    found = _EXTRA.search(text)
    if found is None:
        return text
    parts = []
    for part in found.group(1).split("; "):
        if part == _REQUIRED:
            part = translate(_REQUIRED)
        for english, message in _EXTRAS.items():
            if part.startswith(english):
                part = translate(message).format(value=part[len(english) :])
        parts.append(part)
    return text[: found.start()] + "[" + "; ".join(parts) + "]"


def _speaking_formatter(base: type[Any]) -> type[Any]:
    """A subclass of Click's help formatter ``base`` that says its headings, the usage
    prefix and the extras of options in the current language."""

    class SpeakingFormatter(base):  # type: ignore[misc]
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, translate(_USAGE) if prefix is None else prefix)

        def write_heading(self, heading: str) -> None:
            super().write_heading(translate(heading) if heading in _HEADINGS else heading)

        def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
            super().write_dl([(a, _extras(b)) for a, b in rows], *args, **kwargs)

    return SpeakingFormatter


def speak_in_help(command: Any, ctx: Any) -> None:
    """Make the help of ``command`` and of every command in it use a formatter that speaks
    the current language (Click's headings and Typer's extras are English otherwise)."""
    formatter = _speaking_formatter(type(ctx.make_formatter()))
    ctx.formatter_class = formatter
    context = type("SpeakingContext", (type(ctx),), {"formatter_class": formatter})
    for child in getattr(command, "commands", {}).values():
        child.context_class = context


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
                speak_in_help(self, ctx)
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
