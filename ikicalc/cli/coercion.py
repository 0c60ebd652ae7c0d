"""Command-line values without pydantic.

Typer (0.2x) converts every command-line value through a pydantic ``TypeAdapter``: importing
pydantic and building the adapters costs about 70 ms, more than the rest of ``ikicalc eval``
together. The commands' plain values need none of it: text is the text Click read, a flag
the ``bool`` Click gives, a path a ``Path`` checked by Typer's own path rules, a choice one
member of its ``Enum``, a list a list of those. Those are converted here with Typer's own
functions. Every other annotation (numbers, custom parsers, files) keeps Typer's
pydantic conversion, and so does a value these refuse (Typer words the message). Typer
versions without this conversion layer are left as they are. The conversion is installed in
Typer for the whole process when :mod:`ikicalc.cli` is imported; ``tests/test_cli_startup.py``
checks that it gives Typer's values and messages for every parameter of every command.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

__all__ = ["install_plain_coercion", "plain_converter"]

Converter = Callable[[Any, Any, Any], Any]
"""``(value, param, ctx) -> value``; raises :class:`NotPlainError` to hand the value to Typer."""


class NotPlainError(Exception):
    """A value that is not what Click gives for a plain annotation: Typer converts it."""


def _text(value: Any, param: Any, ctx: Any) -> Any:
    if isinstance(value, str):
        return value
    raise NotPlainError(value)


def _flag(value: Any, param: Any, ctx: Any) -> Any:
    if isinstance(value, bool):
        return value
    raise NotPlainError(value)


def _path_converter(annotation: Any, info: Any) -> Converter | None:
    try:
        from typer._param_types import coerce_cli_path
    except ImportError:
        return None
    path_type = info.path_type
    if path_type is None and isinstance(annotation, type) and issubclass(annotation, Path):
        path_type = annotation
    if path_type not in (Path, None, str):
        return None

    def convert(value: Any, param: Any, ctx: Any) -> Any:
        if not isinstance(value, str | Path):
            raise NotPlainError(value)
        if path_type is Path and isinstance(value, str):
            value = Path(value)
        return coerce_cli_path(value, info, path_type=path_type, param=param, ctx=ctx)

    return convert


def _choice_converter(choices: tuple[Any, ...], info: Any) -> Converter | None:
    try:
        from typer._param_types import coerce_cli_choice
    except ImportError:
        return None

    def convert(value: Any, param: Any, ctx: Any) -> Any:
        try:
            return coerce_cli_choice(
                value, choices=choices, case_sensitive=info.case_sensitive, ctx=ctx
            )
        except ValueError:
            raise NotPlainError(value) from None  # Typer words the message

    return convert


def _leaf(annotation: Any, info: Any) -> Converter | None:
    from typer._param_types import routes_to_path

    if info.parser is not None:
        return None
    if annotation is str:
        return _text
    if annotation is bool:
        return _flag
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return _choice_converter(tuple(annotation), info)
    if routes_to_path(annotation, info):
        return _path_converter(annotation, info)
    return None


def plain_converter(annotation: Any, info: Any) -> Converter | None:
    """The converter of a plain annotation (``str``, ``Path``, a list of one of them) with
    the Typer parameter info ``info``, or ``None`` when Typer's own conversion is needed."""
    if get_origin(annotation) is list:
        (item,) = get_args(annotation) or (Any,)
        leaf = _leaf(item, info)
        if leaf is None:
            return None

        def convert_list(value: Any, param: Any, ctx: Any) -> Any:
            items = value if isinstance(value, list | tuple) else [value]
            return [leaf(one, param, ctx) for one in items]

        return convert_list
    return _leaf(annotation, info)


def install_plain_coercion() -> None:
    """Convert plain command-line values without pydantic (see the module's text). Safe to
    call more than once; does nothing on a Typer without the pydantic conversion layer."""
    try:
        from typer import core
        from typer._coercion import RuntimeParam
    except ImportError:
        return
    found = getattr(core, "build_runtime_param", None)
    if found is None or getattr(found, "plain_values", False):
        return
    typer_build: Callable[[Any], Any] = found

    class PlainRuntimeParam(RuntimeParam):
        descriptor: Any
        convert: Converter

        def __init__(self, descriptor: Any, convert: Converter) -> None:
            super().__init__(descriptor.parameter_info, descriptor.annotation)
            object.__setattr__(self, "descriptor", descriptor)
            object.__setattr__(self, "convert", convert)

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                return self.convert(value, param, ctx)
            except NotPlainError:
                typer_param = typer_build(self.descriptor)
                return typer_param._coerce_value(value, param=param, ctx=ctx)

    def build_runtime_param(descriptor: Any) -> Any:
        convert = None
        if descriptor.file_annotation is None:
            convert = plain_converter(descriptor.annotation, descriptor.parameter_info)
        if convert is None:
            return typer_build(descriptor)
        return PlainRuntimeParam(descriptor, convert)

    build_runtime_param.plain_values = True  # type: ignore[attr-defined]
    setattr(core, "build_runtime_param", build_runtime_param)  # noqa: B010 - not re-exported
