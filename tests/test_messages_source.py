"""Issue 17 item 3: no user-facing error message escapes the catalogue.

Walks the package's source for ``raise SomeError(...)`` whose arguments hold an English string
literal (or an f-string with words) that is not wrapped in ``_()``, ``N_()`` or
``ngettext()``: such a message would reach an Indonesian reader in English. Internal errors
(``AssertionError``, ``NotImplementedError``, ``RuntimeError``…) are not messages for staff.
``STILL_ENGLISH`` lists, per file, how many such literals are still allowed there (modules
whose messages no staff member sees yet, or not translated yet); the count may only go down.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ikicalc"

INTERNAL = {
    "AssertionError",
    "AttributeError",
    "ImportError",
    "KeyError",
    "NotImplementedError",
    "RuntimeError",
    "StopIteration",
    "SystemExit",
    "_NoPlan",
}
"""Errors for programmers (or caught inside ikicalc), never shown to staff as they are."""

TRANSLATING = {"_", "N_", "ngettext", "translate"}

STILL_ENGLISH: dict[str, int] = {
    # programmers' errors: what a back end or the symbolic engine cannot express, the
    # arguments of the Python API, broken invariants
    "ikicalc/backends/budget.py": 3,
    "ikicalc/backends/sql.py": 4,
    "ikicalc/backends/sympy_tree.py": 4,
    "ikicalc/diagnostics/api.py": 1,
    "ikicalc/diagnostics/registry.py": 2,
    "ikicalc/i18n.py": 2,
    "ikicalc/lang/ast.py": 2,
    "ikicalc/numbers.py": 4,  # style_name's and number_value's arguments
}

_WORDS = re.compile(r"[A-Za-z]{2,}[,;:]?\s+\S*[A-Za-z]")
"""Two words or more: a message, not a key or a name."""


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _english(node: ast.AST) -> list[ast.AST]:
    """The literals with words under ``node``, outside the translating calls."""
    if isinstance(node, ast.Call) and _name(node) in TRANSLATING:
        return []
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and _WORDS.search(node.value) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [node] if _WORDS.search(str(text)) else []
    if isinstance(node, ast.Call):
        # "text {x}".format(…): the receiver; a call's arguments (f(…) building a message)
        parts: list[ast.AST] = [*node.args, *(k.value for k in node.keywords)]
        if isinstance(node.func, ast.Attribute):
            parts.append(node.func.value)
        return [hit for part in parts for hit in _english(part)]
    if isinstance(node, ast.FormattedValue):
        return _english(node.value)
    return [hit for child in ast.iter_child_nodes(node) for hit in _english(child)]


def english_raises(package: Path = PACKAGE) -> dict[str, list[str]]:
    """Per file, ``line: literal`` of every English message literal of a user-facing raise."""
    found: dict[str, list[str]] = {}
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            call = node.exc
            if _name(call) in INTERNAL:
                continue
            for argument in [*call.args, *(k.value for k in call.keywords)]:
                for hit in _english(argument):
                    found.setdefault(relative, []).append(f"{node.lineno}: {ast.unparse(hit)[:80]}")
    return found


def test_no_user_facing_error_message_escapes_the_catalogue() -> None:
    found = english_raises()
    over = {path: hits for path, hits in found.items() if len(hits) > STILL_ENGLISH.get(path, 0)}
    assert over == {}, "wrap these messages in _() (from ikicalc.i18n) and translate them"
    stale = sorted(p for p in STILL_ENGLISH if p not in found)
    assert stale == [], "no English message left: drop these files from STILL_ENGLISH"


def test_the_walk_finds_an_english_raise(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "bad.py").write_text(
        "def f(name):\n"
        "    raise DataError(f'no column {name}')\n"
        "def g(name):\n"
        "    raise DataError(_('no column {name}').format(name=name))\n"
        "def h(path):\n"
        "    raise DocumentError([f'{path}: ' + _('no such file')])\n"
        "def i(path):\n"
        "    raise DocumentError([f'{path}: no such file'], line=1)\n"
        "def j():\n"
        "    raise NotImplementedError('internal')\n",
        "utf-8",
    )
    found = english_raises(package)
    assert found == {"pkg/bad.py": ["2: f'no column {name}'", "8: f'{path}: no such file'"]}
