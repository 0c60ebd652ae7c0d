"""Loading definition files: every problem at once, as ``file:line: field: message``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ikicalc.documents.yaml_lines import (
    LoadedYaml,
    Loc,
    check_yaml_size,
    dotted,
    load_yaml_with_lines,
)
from ikicalc.errors import DocumentError
from ikicalc.i18n import N_, _, translate

if TYPE_CHECKING:
    from pydantic import ValidationError

    from ikicalc.documents.model import Document
    from ikicalc.documents.plain import PlainDocument


def _shown(value: object) -> str | None:
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, str | int):
        return repr(value)
    return None


# pydantic's own messages, in ikicalc's words (the types of the model's validators raise
# their messages already in the current language, ikicalc.documents.model)
_MESSAGES: dict[str, str] = {
    "missing": N_("required field is missing"),
    "extra_forbidden": N_("unknown field (check the spelling)"),
    "string_type": N_("expected text"),
    "string_too_short": N_("must not be empty"),
    "int_type": N_("expected a whole number without quotes, such as 2024"),
    "int_parsing": N_("expected a whole number such as 2024"),
    "int_from_float": N_("expected a whole number such as 2024"),
    "greater_than_equal": N_("expected a number of at least {ge}"),
    "less_than_equal": N_("expected a number of at most {le}"),
    "literal_error": N_("expected {expected}"),
    "list_type": N_("expected a list (lines starting with '- ')"),
    "dict_type": N_("expected a mapping (lines of 'name: value')"),
    "model_type": N_("expected a mapping (lines of 'name: value')"),
    "model_attributes_type": N_("expected a mapping (lines of 'name: value')"),
    "bool_type": N_("expected true or false"),
    "bool_parsing": N_("expected true or false"),
    "decimal_type": N_("expected a number"),
    "decimal_parsing": N_("expected a number"),
}
# custom types whose message already names what was given
_NO_INPUT = {
    "duplicate_id",
    "number_type",
    "target_range",
    "control_character",
    "string_too_short",
}


def field_message(error: Mapping[str, Any]) -> str:
    """The message of one pydantic error in the current language: ikicalc's own words for
    pydantic's types, the model's custom messages as raised, and what the input holds
    (also the service's words for a request that does not follow its schema)."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    template = _MESSAGES.get(kind)
    if kind in ("missing", "extra_forbidden"):
        return translate(_MESSAGES[kind])
    if template is not None:
        fields = {k: str(v) for k, v in ctx.items() if k != "loc"}
        if "expected" in fields:
            fields["expected"] = fields["expected"].replace(" or ", " " + _("or") + " ")
        message = translate(template).format_map(_Missing(fields))
    else:
        message = re.sub(r"^(?:Value error, )?Input should be ", "expected ", str(error["msg"]))
    shown = _shown(error.get("input"))
    if kind not in _NO_INPUT and shown is not None:
        message = _("{message}, got {value}").format(message=message, value=shown)
    return message


class _Missing(dict[str, str]):
    """Format fields; a field pydantic did not give stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format_errors(
    exc: ValidationError, loaded: LoadedYaml, filename: str
) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    seen: set[str] = set()
    for error in exc.errors():
        ctx = error.get("ctx") or {}
        loc: Loc = tuple(ctx["loc"]) if "loc" in ctx else tuple(error["loc"])
        kind = error["type"]
        if kind == "missing":
            line = loaded.line_of(loc[:-1])
        else:
            line = loaded.line_of(loc, key=kind == "extra_forbidden")
        problem = f"{filename}:{line}: {dotted(loc)}: {field_message(error)}"
        if problem not in seen:
            seen.add(problem)
            problems.append((line, problem))
    return sorted(problems, key=lambda item: item[0])


def loads_document(text: str, filename: str = "<string>") -> Document:
    """Read a definition file from ``text``; ``filename`` is used in error messages.

    Raises :class:`DocumentError` listing every problem (``file:line: field: message``).
    """
    return _validated(_loaded(text, filename), filename)


def _loaded(text: str, filename: str) -> LoadedYaml:
    loaded = load_yaml_with_lines(text, filename)
    if not isinstance(loaded.data, dict):
        raise DocumentError(
            [f"{filename}:1: " + _("a definition file is a mapping (unit:, jabatan: ...)")], line=1
        )
    return loaded


def _validated(loaded: LoadedYaml, filename: str) -> Document:
    from pydantic import ValidationError

    from ikicalc.documents.model import Document

    try:
        return Document.model_validate(loaded.data)
    except ValidationError as exc:
        problems = _format_errors(exc, loaded, filename)
        raise DocumentError([p for _line, p in problems], line=problems[0][0]) from None


def _read_text(path: Path) -> str:
    try:
        check_yaml_size(path.stat().st_size, str(path))
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DocumentError([f"{path}: " + _("no such file")]) from None
    except OSError as exc:
        reason = _("cannot read the file ({reason})").format(reason=exc.strerror)
        raise DocumentError([f"{path}: {reason}"]) from None
    except UnicodeDecodeError as exc:
        reason = _("not UTF-8 text (byte {byte})").format(byte=exc.start)
        raise DocumentError([f"{path}: {reason}"]) from None


def load_for_check(path: str | Path) -> Document | PlainDocument:
    """The definition file at ``path`` for ``ikicalc check``: read without pydantic when it
    is plainly valid (:mod:`ikicalc.documents.plain`), else as :func:`load_document` reads
    it (a :class:`Document`, or :class:`DocumentError` with pydantic's problems)."""
    from ikicalc.documents.plain import plain_document

    path = Path(path)
    loaded = _loaded(_read_text(path), str(path))
    plain = plain_document(loaded.data)
    return plain if plain is not None else _validated(loaded, str(path))


def load_document(path: str | Path) -> Document:
    """Read and validate the definition file at ``path`` (UTF-8, BOM allowed, at most
    :data:`ikicalc.limits.YAML_MAX_BYTES`).

    Raises :class:`DocumentError` naming the file, line and field of every problem.
    """
    path = Path(path)
    return loads_document(_read_text(path), str(path))
