"""The commands' help in the language of the command line.

The help texts stay English in the source (the commands' docstrings, the ``help=`` of the
application, its options and arguments): they are the message ids, which
``tools/messages.py`` extracts for the catalogue. When the command line asks for help
(``--help``, or nothing at all), :class:`SpeakingGroup` sets the language from ``--bahasa``
or ``IKICALC_LANG`` before Click reads any option (Click shows the help as soon as it meets
``--help``, before the other options are processed) and translates the help of every command
and option in place, on the Click objects Typer built for this run.

Click's own usage errors ("No such option", "Missing argument", "Invalid value for …") are
English f-strings in Typer's copy of Click, with no catalogue of their own: :class:`SpeakingGroup`
catches them where they are raised (its ``parse_args`` and ``invoke``) and raises them again as a
:class:`SpokenUsageError`, its message read back against :data:`USAGE_ERRORS` and said in the
language asked, with the usage line and the ``--help`` hint. Nothing is imported for it.
"""

from __future__ import annotations

import inspect
import os
import re
from collections.abc import Sequence
from contextvars import Token
from typing import IO, Any

from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer._click.utils import echo
from typer.core import TyperGroup

from ikicalc.errors import IkiError
from ikicalc.i18n import (
    N_,
    Language,
    language,
    set_language,
    template_pattern,
    translate,
    translate_formatted,
)

__all__ = [
    "USAGE_ERRORS",
    "SpeakingGroup",
    "SpokenUsageError",
    "language_asked",
    "speak_in_help",
    "spoken_usage_error",
    "translate_help",
    "unknown_language",
]

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


_PLACEHOLDERS = (N_("COMMAND [ARGS]..."), N_("[OPTIONS]"))
"""The words of Click's usage line: ``[OPTIONS] COMMAND [ARGS]...``."""


def _placeholders(args: str) -> str:
    """The arguments of a usage line with Click's placeholders in the current language."""
    for placeholder in _PLACEHOLDERS:
        args = args.replace(placeholder, translate(placeholder))
    return args


_METAVARS = {
    N_("<path>"),
    N_("<list[Path]>"),
    N_("<str>"),
    N_("<list[str]>"),
    N_("<int>"),
    N_("<float>"),
}
"""The kinds of value Typer shows after an option or argument (a choice shows its values)."""
_METAVAR = re.compile(r"<[^<>|]*>$")


def _metavars(name: str) -> str:
    """An option's or argument's names with the kind of value it takes (``<path>``) in the
    current language."""
    found = _METAVAR.search(name)
    if found is None or found.group() not in _METAVARS:
        return name
    return name[: found.start()] + translate(found.group())


def _speaking_formatter(base: type[Any]) -> type[Any]:
    """A subclass of Click's help formatter ``base`` that says its headings, the usage
    prefix and the extras of options in the current language."""

    class SpeakingFormatter(base):  # type: ignore[misc]
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            args = _placeholders(args)
            super().write_usage(prog, args, translate(_USAGE) if prefix is None else prefix)

        def write_heading(self, heading: str) -> None:
            super().write_heading(translate(heading) if heading in _HEADINGS else heading)

        def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
            super().write_dl([(_metavars(a), _extras(b)) for a, b in rows], *args, **kwargs)

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
    """The application's group: speaks the language asked before any help is shown, and
    says Click's usage errors in it (:func:`spoken_usage_error`)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        asked = language_asked(args)
        ctx.meta[_ASKED] = asked
        token: Token[Language] | None = None
        if not args or any(argument in _HELP for argument in args):
            try:
                token = set_language(asked)
            except IkiError:
                # help in a language that is none: say so in both (not English help)
                error = SpokenUsageError(unknown_language(asked), ctx)
                error.exit_code = _EXIT_UNREADABLE
                raise error from None
            translate_help(self, ctx)
            speak_in_help(self, ctx)
        try:
            rest: list[str] = super().parse_args(ctx, args)
        except BaseException as error:
            if token is not None:
                token.var.reset(token)
            if isinstance(error, UsageError) and _unspoken(error):
                raise spoken_usage_error(error, asked) from error
            raise
        if token is not None:
            saved = token
            ctx.call_on_close(lambda: saved.var.reset(saved))
        return rest

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as error:
            if _unspoken(error):
                raise spoken_usage_error(error, ctx.meta.get(_ASKED, "id")) from error
            raise


_ASKED = "ikicalc.language_asked"
"""The key of the language the command line asks for in the meta of Click's context."""

_EXIT_UNREADABLE = 2


def _unspoken(error: UsageError) -> bool:
    """A usage error still in Click's English (not help shown for no arguments)."""
    return not isinstance(error, NoArgsIsHelpError | SpokenUsageError)


USAGE_ERRORS = (
    N_("No such option: {name} (Possible options: {options})"),
    N_("No such option: {name}"),
    N_("No such command {name}. Did you mean {suggestions}?"),
    N_("No such command {name}."),
    N_("Missing command."),
    N_("Missing argument {name}."),
    N_("Missing option {name}."),
    N_("Missing parameter {name}."),
    N_("Got unexpected extra argument(s) ({arguments})"),
    N_("Option {name} requires an argument."),
    N_("Option {name} requires {count} arguments."),
    N_("Option {name} does not take a value."),
    N_("Argument {name} takes {count} values."),
    N_("Invalid value for {name}: {reason}"),
    N_("Invalid value: {reason}"),
)
"""Click's usage errors (Typer's copy of Click writes them as English f-strings), most
specific first: a message is read back against them and said in the current language."""

REASONS = (
    N_("Value error, {value} is not one of {choices}."),
    N_("{value} is not one of {choices}."),
    N_("Input should be a valid integer, unable to parse string as an integer"),
    N_("Input should be a valid number, unable to parse string as a number"),
    N_("Value {value} is not a valid {kind}."),
)
"""Why a value is refused (the ``{reason}`` of "Invalid value for …"): Typer's and pydantic's
words for the values of ikicalc's options."""

_ERROR = N_("Error:")
_TRY = N_("Try '{command}' for help.")
_ENV_VAR = N_("(env var: {name})")




def said(message: str) -> str:
    """A usage error of Click (``message``, English) in the current language; a message it
    does not know stays as it is."""
    for template in USAGE_ERRORS:
        found = template_pattern(template).fullmatch(message)
        if found is None:
            continue
        fields = found.groupdict()
        if "reason" in fields:
            fields["reason"] = translate_formatted(fields["reason"], REASONS)
        if "name" in fields:
            env = re.search(r" \(env var: (.+)\)$", fields["name"])
            if env is not None:
                env_var = translate(_ENV_VAR).format(name=env.group(1))
                fields["name"] = f"{fields['name'][: env.start()]} {env_var}"
        return translate(template).format(**fields)
    return message


class SpokenUsageError(UsageError):
    """A usage error said in the language of the command line: its message, and the usage
    line and ``--help`` hint shown before it (``preamble``), built where it was raised."""

    def __init__(
        self, message: str, ctx: Any = None, *, preamble: str = "", label: str = ""
    ) -> None:
        super().__init__(message, ctx)
        self.preamble = preamble
        self.label = label

    def show(self, file: IO[Any] | None = None) -> None:
        color = None if self.ctx is None else self.ctx.color
        if self.preamble:
            echo(self.preamble, file=file, err=file is None, color=color)
        text = f"{self.label} {self.message}" if self.label else self.message
        echo(text, file=file, err=file is None, color=color)


def _usage_line(usage: str) -> str:
    """Click's usage line in the current language (help asked already speaks it)."""
    english = _USAGE
    if usage.startswith(english):
        usage = translate(_USAGE) + usage[len(english) :]
    return _placeholders(usage)


def spoken_usage_error(error: UsageError, asked: str) -> SpokenUsageError:
    """``error``, a usage error of Click, said in the language ``asked`` (Indonesian when
    ``asked`` is no language: :func:`unknown_language` says that when it matters)."""
    try:
        token = set_language(asked)
    except IkiError:
        token = set_language("id")
    try:
        ctx = error.ctx
        preamble = ""
        if ctx is not None:
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                command = f"{ctx.command_path} {ctx.help_option_names[0]}"
                hint = translate(_TRY).format(command=command) + "\n"
            preamble = f"{_usage_line(ctx.get_usage())}\n{hint}"
        spoken = SpokenUsageError(
            said(error.format_message()), ctx, preamble=preamble, label=translate(_ERROR)
        )
        spoken.exit_code = error.exit_code
        return spoken
    finally:
        token.var.reset(token)


_UNKNOWN = N_("unknown language {name} (--bahasa, IKICALC_LANG): use id (Indonesian) or en")


def unknown_language(name: str) -> str:
    """The error for a language that is none of ikicalc's, in Indonesian and in English (the
    reader's language is not known): two lines, each with its ``error:`` label."""
    lines = []
    for lang in ("id", "en"):
        with language(lang):
            lines.append(f"{translate(N_('error:'))} {translate(_UNKNOWN).format(name=repr(name))}")
    return "\n".join(lines)
