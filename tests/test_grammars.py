"""The grammars' parse tables are built once per machine and user (Lark's cache in
``$XDG_CACHE_HOME/ikicalc``), never again in a later process; so is the table of the keywords
each pattern terminal matches, which Lark's lexer finds by compiling the patterns
(:class:`ikicalc.lang.lexer.UnlessTable`) (issue 18)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import lark
built = []
build = lark.Lark._build_parser  # runs only when Lark builds the tables, not when it loads them
def counted(self):
    built.append(1)
    return build(self)
lark.Lark._build_parser = counted
from ikicalc.lang import lexer
found = []
find = lexer.UnlessTable._found  # runs only when the keyword table is not read from the cache
def found_counted(self):
    found.append(1)
    return find(self)
lexer.UnlessTable._found = found_counted
import ikicalc
from ikicalc.rules.scale_text import _parser as scale_parser
from ikicalc.rules.target import _parser as target_parser
ikicalc.parse("Jumlah PNS yang hadir / Jumlah PNS x 100%").evaluate({"Jumlah PNS yang hadir": 1, "Jumlah PNS": 2})
assert scale_parser().parse("91 - 100 Sangat Baik")
assert target_parser().parse("100 %")
print(len(built), len(found))
"""


def _tables_built(cache_home: Path) -> tuple[int, int]:
    """How many parse tables and keyword tables a process built (the others it read)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env
    )
    parse_tables, keyword_tables = done.stdout.split()[-2:]
    return int(parse_tables), int(keyword_tables)


def test_tables_are_built_by_the_first_process_only(tmp_path: Path) -> None:
    assert _tables_built(tmp_path) == (3, 3)  # formula, scale, target: once
    cached = sorted(p.name.split("-")[0] for p in (tmp_path / "ikicalc").iterdir())
    assert cached == ["formula", "lexer", "lexer", "lexer", "re", "scale", "target"]
    assert (tmp_path / "ikicalc").stat().st_mode & 0o077 == 0
    assert _tables_built(tmp_path) == (0, 0)
    assert _tables_built(tmp_path) == (0, 0)


def test_a_damaged_keyword_table_is_found_again(tmp_path: Path) -> None:
    _tables_built(tmp_path)
    tables = sorted((tmp_path / "ikicalc").glob("lexer-*.txt"))
    tables[0].write_text("lexer\nNOT_A_TERMINAL X\n", encoding="utf-8")
    tables[1].write_bytes(b"\xffdamaged")
    assert _tables_built(tmp_path) == (0, 2)
    assert _tables_built(tmp_path) == (0, 0)


def test_without_a_usable_cache_folder_the_tables_are_built_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert _tables_built(blocker) == (3, 3)
    assert _tables_built(blocker) == (3, 3)


def test_the_keyword_table_gives_each_state_what_lark_finds() -> None:
    """Every state of every grammar: the same terminals and the same keywords behind each
    pattern as Lark's ``_create_unless``, which compiles the patterns to find them."""
    from typing import Any

    from ikicalc.lang.grammars import build_parser
    from ikicalc.lang.lexer import SharedContextualLexer, _create_unless, create_unless

    options: dict[str, dict[str, Any]] = {
        "formula": {"parser": "lalr", "lexer": "contextual", "maybe_placeholders": False},
        "target": {"parser": "lalr", "lexer": "contextual"},
        "scale": {"parser": "lalr", "propagate_positions": True},
    }
    compared = 0
    related = 0
    for name, chosen in options.items():
        lexer = build_parser(name, **chosen).parser.lexer
        assert isinstance(lexer, SharedContextualLexer)
        states: list[Any] = [*lexer.lexers.values(), lexer.root_lexer]
        for state in {id(s): s for s in states}.values():
            ours, our_callbacks = _create_unless(
                list(state.terminals), state.g_regex_flags, state.unless_table
            )
            theirs, their_callbacks = create_unless(
                state.terminals, state.g_regex_flags, state.re, state.use_bytes
            )
            assert [t.name for t in ours] == [t.name for t in theirs]
            behind = {k: [t.name for t in v.scanner.terminals] for k, v in our_callbacks.items()}
            assert behind == {
                k: [t.name for t in v.scanner.terminals] for k, v in their_callbacks.items()
            }
            compared += 1
        related += len(states[-1].unless_table.relation())
    assert compared >= 50
    assert related >= 1  # a pattern that matches a keyword (of another priority: not embedded)
