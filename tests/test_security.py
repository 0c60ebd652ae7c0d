"""Formula text and data are untrusted input: nothing in ikicalc executes anything from them.

The package source is scanned for every way Python can run code or a program (``eval``,
``exec``, ``compile``, ``__import__``, ``importlib.import_module``, ``os.system``,
``subprocess``, unpickling, unsafe YAML, sympy's string parsers); definition files with
Python YAML tags are refused; names reach sympy only as opaque symbols and SQL only as
quoted identifiers.
"""

from __future__ import annotations

import ast as python_ast
import tempfile
from pathlib import Path

import duckdb  # a locked dependency (the scale extra)
import pytest

import ikicalc
from ikicalc.documents import DocumentError, loads_document
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula

PACKAGE = Path(ikicalc.__file__).resolve().parent
SOURCES = sorted(PACKAGE.rglob("*.py"))

FORBIDDEN_CALLS = {
    "eval",
    "exec",
    "compile",
    "__import__",
    "execfile",
    "import_module",
    "sympify",
    "parse_expr",
    "lambdify",
    "breakpoint",
}
FORBIDDEN_ATTRIBUTES = {
    ("yaml", "load"),
    ("yaml", "unsafe_load"),
    ("yaml", "full_load"),
    ("yaml", "load_all"),
    ("yaml", "Loader"),
    ("yaml", "UnsafeLoader"),
    ("yaml", "FullLoader"),
    ("pickle", "load"),
    ("pickle", "loads"),
    ("marshal", "loads"),
    ("sympy", "sympify"),
    ("sympy", "parse_expr"),
    ("sympy", "lambdify"),
    ("sp", "sympify"),
    ("sp", "parse_expr"),
    ("sp", "lambdify"),
    ("os", "system"),
    ("os", "popen"),
    ("os", "execv"),
    ("os", "execvp"),
    ("os", "execl"),
    ("os", "spawnv"),
    ("os", "spawnl"),
    ("os", "posix_spawn"),
    ("importlib", "import_module"),
    ("importlib", "__import__"),
    ("builtins", "eval"),
    ("builtins", "exec"),
    ("builtins", "__import__"),
}
FORBIDDEN_MODULES = {"pickle", "marshal", "shelve", "dill", "subprocess", "code", "runpy"}
FORBIDDEN_FROM_IMPORTS = {"sympify", "parse_expr", "lambdify", "import_module", "system", "popen"}

PWNED = Path(tempfile.gettempdir()) / "ikicalc-pwned"
"""A file that the attacks below would create if anything ran them."""


def findings(source: str, filename: str = "<probe>") -> list[str]:
    """Every way of running code the scan finds in Python ``source``, as ``file:line: what``."""
    found: list[str] = []
    for node in python_ast.walk(python_ast.parse(source, filename=filename)):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, python_ast.Call):
            func = node.func
            if isinstance(func, python_ast.Name) and func.id in FORBIDDEN_CALLS:
                found.append(f"{where}: calls {func.id}")
            # any object's .sympify() / .lambdify() …, e.g. self.sp.sympify(text)
            if isinstance(func, python_ast.Attribute) and func.attr in FORBIDDEN_CALLS - {
                "compile"  # re.compile is fine
            }:
                found.append(f"{where}: calls .{func.attr}")
        if isinstance(node, python_ast.Attribute) and isinstance(node.value, python_ast.Name):
            pair = (node.value.id, node.attr)
            if pair in FORBIDDEN_ATTRIBUTES:
                found.append(f"{where}: uses {'.'.join(pair)}")
        if isinstance(node, python_ast.Import):
            found += [
                f"{where}: imports {alias.name}"
                for alias in node.names
                if alias.name.split(".")[0] in FORBIDDEN_MODULES
            ]
        if isinstance(node, python_ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in FORBIDDEN_MODULES or node.module.startswith(
                "sympy.parsing"
            ):
                found.append(f"{where}: imports from {node.module}")
            found += [
                f"{where}: imports {alias.name}"
                for alias in node.names
                if alias.name in FORBIDDEN_FROM_IMPORTS
            ]
    return found


ALLOWED: dict[str, set[str]] = {
    # ikicalc serve starts its worker processes as `python -m ikicalc.serve.worker` (a fixed
    # command: test_serve_pool.py checks it) and talks to them over a socket with
    # multiprocessing's Connection. Nothing from a request reaches the command line.
    "serve/pool.py": {"imports subprocess"},
}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_code_execution_in_the_package(path: Path) -> None:
    allowed = ALLOWED.get(path.relative_to(PACKAGE).as_posix(), set())
    found = findings(path.read_text(encoding="utf-8"), str(path))
    assert [f for f in found if f.split(": ", 1)[1] not in allowed] == []


def test_the_scan_finds_something() -> None:
    assert len(SOURCES) >= 8


@pytest.mark.parametrize(
    "source",
    [
        "eval(text)",
        "os.system(text)",
        "import subprocess",
        "from subprocess import run",
        "from os import system",
        "importlib.import_module(name)",
        "__import__(name)",
        "yaml.load(text, Loader=yaml.Loader)",
        "self.sp.sympify(text)",
        "from sympy import sympify",
        "from sympy.parsing.sympy_parser import parse_expr",
        "pickle.loads(data)",
    ],
)
def test_the_scan_catches_each_way_of_running_code(source: str) -> None:
    assert findings(source), source


def test_the_scan_lets_ordinary_code_through() -> None:
    ordinary = "from importlib import resources\nresources.files('ikicalc')\nre.compile(x)"
    assert findings(ordinary) == []


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


@pytest.mark.parametrize(
    "tag",
    [
        f"!!python/object/apply:os.system ['touch {PWNED}']",
        f"!!python/object/new:os.system ['touch {PWNED}']",
        "!!python/name:os.system",
        "!!python/module:os",
        "!!binary aGVsbG8=",
        "!custom value",
    ],
)
def test_yaml_definition_files_with_python_tags_are_refused(tag: str) -> None:
    text = f"unit: {tag}\ntahun: 2019\n"
    with pytest.raises(DocumentError, match="unsupported tag") as info:
        loads_document(text, "evil.yaml")
    assert str(info.value).startswith("evil.yaml:1: unsupported tag")
    assert not PWNED.exists()


NASTY_NAMES = [
    f"__import__('os').system('touch {PWNED}')",
    'a"; DROP TABLE data; --',
    "b' OR 1=1 --",
    "c`) + (1",
    "x); exec('1'",
]


def nasty_formula() -> Formula:
    """A formula whose names are attacks, built directly (the parser refuses to read them)."""
    numerator = ast.Binary(ast.Op.ADD, ast.Variable(NASTY_NAMES[0]), ast.Variable(NASTY_NAMES[1]))
    denominator = ast.Binary(ast.Op.MUL, ast.Variable(NASTY_NAMES[2]), ast.Variable(NASTY_NAMES[3]))
    return Formula(
        ast.Binary(
            ast.Op.SUB, ast.Binary(ast.Op.DIV, numerator, denominator), ast.Variable(NASTY_NAMES[4])
        )
    )


def test_names_are_only_names_when_evaluated() -> None:
    data = dict(zip(NASTY_NAMES, [3, 5, 2, 4, 1], strict=True))
    assert nasty_formula().evaluate(data).exact == 0  # (3 + 5) / (2 × 4) - 1
    assert not PWNED.exists()


def test_names_reach_sympy_as_opaque_symbols() -> None:
    expression = nasty_formula().to_sympy()
    for symbol in expression.free_symbols:
        assert str(symbol).isidentifier(), symbol
        assert not any(part in str(symbol) for part in ("import", "DROP", "exec", "'", '"'))
    assert not PWNED.exists()


def test_names_reach_sql_as_quoted_identifiers() -> None:
    sql = nasty_formula().to_sql("duckdb")
    connection = duckdb.connect()
    columns = ", ".join('"' + name.replace('"', '""') + '" DOUBLE' for name in NASTY_NAMES)
    connection.execute(f"CREATE TABLE data ({columns})")
    connection.execute("INSERT INTO data VALUES (3, 5, 2, 4, 1)")
    (value,) = connection.execute(f"SELECT {sql} FROM data").fetchone()  # noqa: S608 - the point
    assert value == 0
    assert connection.execute("SELECT count(*) FROM data").fetchone() == (1,)
