"""``ikicalc check``: lint definition files and place every diagnostic in the file.

A :class:`~ikicalc.linter.Diagnostic` of a document points into a cell (``formula``, ``target``
or ``kategori`` of an indicator) by offsets; :func:`check_file` turns those offsets into the
line and column of the YAML file, so editors and CI annotate the right place, ruff style::

    examples/kecamatan-bagor-2019.yaml:93:14: E002 an operand is missing: …
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import yaml

from ikicalc.diagnostics.api import _lint_document, lint
from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.documents.load import load_for_check
from ikicalc.documents.plain import PlainDocument
from ikicalc.documents.yaml_lines import compose

if TYPE_CHECKING:
    from ikicalc.documents.model import Document

__all__ = ["Finding", "check_file", "finding_json", "placed"]


@dataclass(frozen=True)
class Finding:
    """A diagnostic placed in a file: 1-based ``line`` and ``column``."""

    path: str
    line: int
    column: int
    diagnostic: Diagnostic

    def __str__(self) -> str:
        d = self.diagnostic
        where = f" [{d.indicator}]" if d.indicator else ""
        return f"{self.path}:{self.line}:{self.column}: {d.code} {d.message}{where}"


def finding_json(finding: Finding) -> dict[str, Any]:
    """A finding as plain JSON data."""
    d = finding.diagnostic
    return {
        "file": finding.path,
        "line": finding.line,
        "column": finding.column,
        "code": d.code,
        "severity": d.severity,
        "message": d.message,
        "indicator": d.indicator,
        "field": d.field,
        "span": list(d.span),
        "suggestion": d.suggestion,
    }


def check_file(path: str | Path) -> list[Finding]:
    """Lint the definition file at ``path``; raises :class:`~ikicalc.errors.DocumentError`
    when it cannot be read."""
    path = Path(path)
    document = load_for_check(path)
    if isinstance(document, PlainDocument):
        # lint() of a Document, read the same way; lint's own type check would import pydantic
        return placed(path, _lint_document(cast("Document", document)))
    return placed(path, lint(document))


def placed(path: str | Path, diagnostics: Iterable[Diagnostic]) -> list[Finding]:
    """The diagnostics of the document in the definition file ``path``, each placed at its
    line and column of the file (1:1 when its cell is not found)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    cells = _cell_nodes(text)
    findings = []
    for diagnostic in diagnostics:
        node = cells.get((diagnostic.indicator or "", diagnostic.field))
        line, column = _position(node, diagnostic.span[0], text) if node else (1, 1)
        findings.append(Finding(str(path), line, column, diagnostic))
    return findings


def _cell_nodes(text: str) -> dict[tuple[str, str], yaml.ScalarNode]:
    """The YAML node of every indicator cell, by (indicator id, field)."""
    root = compose(text)
    found: dict[tuple[str, str], yaml.ScalarNode] = {}
    for jabatan in _items(_get(root, "jabatan")):
        for indicator in _items(_get(jabatan, "indikator")):
            ident = _get(indicator, "id")
            if not isinstance(ident, yaml.ScalarNode):
                continue
            for name in ("formula", "target", "kategori"):
                node = _get(indicator, name)
                if isinstance(node, yaml.ScalarNode):
                    found[(ident.value, name)] = node
    return found


def _get(node: object, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                found: yaml.Node = value
                return found
    return None


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _position(node: yaml.ScalarNode, offset: int, text: str) -> tuple[int, int]:
    """1-based line and column of character ``offset`` of a scalar's value in the file."""
    start_line, start_column = node.start_mark.line, node.start_mark.column
    value: str = node.value
    if node.style in ("|", ">"):
        lines = text.splitlines()
        index = value.count("\n", 0, offset)
        line = start_line + 1 + index
        body = lines[line] if line < len(lines) else ""
        indent = len(body) - len(body.lstrip(" "))
        return line + 1, indent + offset - (value.rfind("\n", 0, offset) + 1) + 1
    if node.end_mark.line != start_line:
        return start_line + 1, start_column + 1  # a folded multi-line scalar: its start
    if node.style == "'":
        return start_line + 1, start_column + 2 + offset + value.count("'", 0, offset)
    if node.style == '"':
        return start_line + 1, start_column + 2 + offset
    return start_line + 1, start_column + 1 + offset
