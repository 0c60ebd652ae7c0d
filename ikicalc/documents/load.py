"""Loading definition files: every problem at once, as ``file:line: field: message``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import (
    ValidationError,
)

from ikicalc.documents.model import Document
from ikicalc.documents.yaml_lines import (
    LoadedYaml,
    Loc,
    check_yaml_size,
    dotted,
    load_yaml_with_lines,
)
from ikicalc.errors import DocumentError


def _shown(value: object) -> str | None:
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, str | int):
        return repr(value)
    return None


def _message(error: Mapping[str, Any]) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling)"
    message = re.sub(r"^(?:Value error, )?Input should be ", "expected ", str(error["msg"]))
    shown = _shown(error.get("input"))
    if kind != "duplicate_id" and shown is not None:
        message += f", got {shown}"
    return message


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
        problem = f"{filename}:{line}: {dotted(loc)}: {_message(error)}"
        if problem not in seen:
            seen.add(problem)
            problems.append((line, problem))
    return sorted(problems, key=lambda item: item[0])


def loads_document(text: str, filename: str = "<string>") -> Document:
    """Read a definition file from ``text``; ``filename`` is used in error messages.

    Raises :class:`DocumentError` listing every problem (``file:line: field: message``).
    """
    loaded = load_yaml_with_lines(text, filename)
    if not isinstance(loaded.data, dict):
        raise DocumentError(
            [f"{filename}:1: a definition file is a mapping (unit:, jabatan: ...)"], line=1
        )
    try:
        return Document.model_validate(loaded.data)
    except ValidationError as exc:
        problems = _format_errors(exc, loaded, filename)
        raise DocumentError([p for _, p in problems], line=problems[0][0]) from None


def load_document(path: str | Path) -> Document:
    """Read and validate the definition file at ``path`` (UTF-8, BOM allowed, at most
    :data:`ikicalc.limits.YAML_MAX_BYTES`).

    Raises :class:`DocumentError` naming the file, line and field of every problem.
    """
    path = Path(path)
    try:
        check_yaml_size(path.stat().st_size, str(path))
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DocumentError([f"{path}: no such file"]) from None
    except OSError as exc:
        raise DocumentError([f"{path}: cannot read the file ({exc.strerror})"]) from None
    except UnicodeDecodeError as exc:
        raise DocumentError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    return loads_document(text, str(path))
