"""The house: folders that show the pipeline, short modules, old paths only as re-exports.

``ikicalc/lang`` is the front end (text → tree), ``backends`` turn the tree into values, SQL,
LaTeX…, ``rules`` hold the domain, ``documents``/``importers`` read definitions, ``realisasi``
reads data, ``evaluation`` runs documents × data, ``diagnostics`` is lint, ``writers`` write
reports. The modules left at the top level for one release (``ikicalc.ast``,
``ikicalc.scales`` …) only re-export their new homes, and the package never imports them.
"""

from __future__ import annotations

import ast as python_ast
from functools import cache
from pathlib import Path

import ikicalc

PACKAGE = Path(ikicalc.__file__).resolve().parent
SOURCES = sorted(PACKAGE.rglob("*.py"))
MAX_LINES = 500


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _tree(path: Path) -> python_ast.Module:
    return python_ast.parse(path.read_text(encoding="utf-8"))


def _is_shim(path: Path) -> bool:
    doc = python_ast.get_docstring(_tree(path)) or ""
    return path.parent == PACKAGE and doc.startswith("Moved to")


SHIMS = {_module_name(path) for path in SOURCES if _is_shim(path)}


def test_the_old_paths_are_known() -> None:
    assert {"ikicalc.ast", "ikicalc.parser", "ikicalc.scales", "ikicalc.units"} <= SHIMS


def test_no_module_is_longer_than_the_house_allows() -> None:
    long = {
        _module_name(path): n
        for path in SOURCES
        if (n := path.read_text(encoding="utf-8").count("\n")) > MAX_LINES
    }
    assert long == {}


def test_a_shim_only_re_exports() -> None:
    for path in SOURCES:
        if not _is_shim(path):
            continue
        body = _tree(path).body[1:]
        kinds = {type(node).__name__ for node in body}
        assert kinds <= {"ImportFrom", "Assign", "Import"}, path


def _imported(path: Path) -> set[str]:
    found: set[str] = set()
    for node in python_ast.walk(_tree(path)):
        if isinstance(node, python_ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, python_ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_package_never_imports_its_old_paths() -> None:
    offenders = {
        _module_name(path): sorted(_imported(path) & SHIMS)
        for path in SOURCES
        if not _is_shim(path) and _imported(path) & SHIMS
    }
    assert offenders == {}


def _module_level_imports(path: Path) -> set[str]:
    """The ikicalc modules a module imports when it is imported (not inside functions, not
    under ``TYPE_CHECKING``), with the packages whose ``__init__`` that runs."""
    modules = {_module_name(p) for p in SOURCES}
    found: set[str] = set()

    def add(name: str) -> None:
        parts = name.split(".")
        for end in range(2, len(parts) + 1):
            if ".".join(parts[:end]) in modules:
                found.add(".".join(parts[:end]))

    def visit(nodes: list[python_ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, python_ast.Import):
                for alias in node.names:
                    add(alias.name)
            elif isinstance(node, python_ast.ImportFrom) and node.module:
                add(node.module)
                for alias in node.names:
                    add(f"{node.module}.{alias.name}")
            elif isinstance(node, python_ast.If) and "TYPE_CHECKING" not in python_ast.unparse(
                node.test
            ):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, python_ast.Try):
                visit(node.body)

    visit(_tree(path).body)
    return found


def test_no_import_cycle_at_import_time() -> None:
    # A module's own packages are left out: their __init__ has already started when the
    # module runs (``from ikicalc.cli.app import app`` inside ``ikicalc.cli.formula``).
    graph = {
        name: {i for i in imports if not name.startswith(f"{i}.")}
        for name, imports in (
            (_module_name(path), _module_level_imports(path)) for path in SOURCES
        )
    }
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def walk(name: str, path: list[str]) -> None:
        state[name] = 1
        for nxt in sorted(graph.get(name, ())):
            if nxt == name:
                continue
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt] if nxt in path else [name, nxt])
            elif nxt not in state:
                walk(nxt, [*path, nxt])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            walk(name, [name])
    assert cycles == []


def test_the_house_page_shows_the_package_as_it_is() -> None:
    """``docs/house.md`` lists every module with its docstring's first sentence; a module
    added, moved or re-described without ``python tools/house.py`` fails here."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(PACKAGE.parent / "tools" / "house.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, "docs/house.md is stale: run python tools/house.py"
