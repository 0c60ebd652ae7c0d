"""The regular expressions' code kept in the user's cache (:func:`ikicalc.patterns.compiled`):
a later process gets the very pattern ``re.compile`` makes (a :class:`re.Pattern` compares its
engine code), without compiling it; a damaged, foreign or refused store is compiled afresh
(issue 18)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ikicalc import patterns

PROBE = """
import importlib, pkgutil, re, sys
import ikicalc
from ikicalc import patterns
fresh = []
compile_fresh = patterns._compile_fresh  # runs only when the store lacks the expression
def counted(pattern, flags):
    fresh.append(pattern)
    return compile_fresh(pattern, flags)
patterns._compile_fresh = counted
for info in pkgutil.walk_packages(ikicalc.__path__, "ikicalc."):
    if info.name.split(".")[1] in ("lang", "rules", "diagnostics", "documents"):
        importlib.import_module(info.name)
from ikicalc.lang.grammars import build_parser
from ikicalc.lang.lexer import _compiled
lazy = [v for m in list(sys.modules.values()) if m and m.__name__.startswith("ikicalc.")
        for v in vars(m).values() if isinstance(v, patterns._LazyPattern)]
checked = 0
for value in lazy:
    source, flags = value._source, value._flags
    value.pattern  # compiled now
    assert value._compiled == re.compile(source, flags), source
    checked += 1
for name in ("formula", "target", "scale"):
    lexer = build_parser(name, parser="lalr").parser.lexer
    for terminal in lexer.root_lexer.terminals:
        source = terminal.pattern.to_regexp()
        flags = lexer.root_lexer.g_regex_flags
        assert _compiled(source, flags) == re.compile(source, flags), source
        checked += 1
print(checked, len(fresh))
"""


def _run(cache_home: Path) -> tuple[int, int]:
    """How many expressions a process checked against ``re.compile``, and compiled itself."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env
    )
    checked, fresh = done.stdout.split()[-2:]
    return int(checked), int(fresh)


def _store(cache_home: Path) -> Path:
    (found,) = (cache_home / "ikicalc").glob("re-*.bin")
    return found


def test_a_later_process_gets_the_same_patterns_without_compiling(tmp_path: Path) -> None:
    checked, fresh = _run(tmp_path)
    assert checked >= 150  # the reader's lazy expressions and the grammars' terminals
    assert fresh >= 100
    assert _store(tmp_path).stat().st_mode & 0o077 == 0
    assert _run(tmp_path) == (checked, 0)  # every one from the store, each equal to re's


def test_a_damaged_or_foreign_store_is_compiled_afresh(tmp_path: Path) -> None:
    checked, fresh = _run(tmp_path)
    store = _store(tmp_path)
    store.write_bytes(b"\x00 not marshal")
    assert _run(tmp_path) == (checked, fresh)
    assert _run(tmp_path) == (checked, 0)  # written anew
    header, records = store.read_bytes().split(b"\n", 1)
    name, version, hexversion, magic = header.split()
    foreign = b" ".join([name, version, str(int(hexversion) - 1).encode(), magic])
    store.write_bytes(foreign + b"\n" + records)  # another Python's
    assert _run(tmp_path) == (checked, fresh)


def test_an_entry_the_engine_refuses_is_compiled_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_STORE", patterns._Store())
    source = r"(?P<year>\d{4})-(\d\d)"
    flags, code, groups, indexgroup = patterns._compile_fresh(source, 0)[1]
    broken = (flags, b"\xff\xff\xff\xff" + code[4:], groups, indexgroup)
    patterns._STORE.entries = {(source, 0): broken}
    result = patterns.compiled(source)
    assert result == re.compile(source)
    assert result.match("2024-05")
    assert result.groupindex == {"year": 1}
    assert patterns._STORE.added[(source, 0)][1] == code  # stored again, right this time


def test_debug_and_bytes_patterns_go_to_re(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_STORE", patterns._Store())
    assert patterns.compiled(r"\w+", re.IGNORECASE) == re.compile(r"\w+", re.IGNORECASE)
    assert list(patterns._STORE.added) == [(r"\w+", int(re.IGNORECASE))]
    assert patterns.compiled(b"ab+") == re.compile(b"ab+")  # type: ignore[arg-type]
    assert len(patterns._STORE.added) == 1
