"""Formula text is untrusted input: nothing in ikicalc executes anything derived from it."""

from __future__ import annotations

import ast as python_ast
from pathlib import Path

import pytest

import ikicalc

PACKAGE = Path(ikicalc.__file__).resolve().parent
SOURCES = sorted(PACKAGE.rglob("*.py"))

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile"}
FORBIDDEN_ATTRIBUTES = {
    ("yaml", "load"),
    ("yaml", "unsafe_load"),
    ("yaml", "full_load"),
    ("yaml", "load_all"),
    ("pickle", "load"),
    ("pickle", "loads"),
    ("marshal", "loads"),
    ("sympy", "sympify"),
    ("sympy", "parse_expr"),
}
FORBIDDEN_MODULES = {"pickle", "marshal", "shelve", "dill"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_code_execution_in_the_package(path: Path) -> None:
    tree = python_ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in python_ast.walk(tree):
        if isinstance(node, python_ast.Call) and isinstance(node.func, python_ast.Name):
            assert node.func.id not in FORBIDDEN_CALLS, f"{path}:{node.lineno} calls {node.func.id}"
        if isinstance(node, python_ast.Attribute) and isinstance(node.value, python_ast.Name):
            pair = (node.value.id, node.attr)
            assert pair not in FORBIDDEN_ATTRIBUTES, f"{path}:{node.lineno} uses {'.'.join(pair)}"
        if isinstance(node, python_ast.Import):
            for alias in node.names:
                assert alias.name.split(".")[0] not in FORBIDDEN_MODULES, f"{path}:{node.lineno}"
        if isinstance(node, python_ast.ImportFrom) and node.module:
            assert node.module.split(".")[0] not in FORBIDDEN_MODULES, f"{path}:{node.lineno}"


def test_the_scan_finds_something() -> None:
    assert len(SOURCES) >= 8


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('echo hacked')",
        "A.__class__ / B",
        "open('/etc/passwd')",
        "lambda: 1",
        "A; import os",
    ],
)
def test_python_in_a_formula_is_refused(text: str) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError):
        ikicalc.parse(text)
