"""The grammars' parse tables are built once per machine and user (Lark's cache in
``$XDG_CACHE_HOME/ikicalc``), never again in a later process (issue 18)."""

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
import ikicalc
from ikicalc.rules.scale_text import _parser as scale_parser
from ikicalc.rules.target import _parser as target_parser
ikicalc.parse("Jumlah PNS yang hadir / Jumlah PNS x 100%").evaluate({"Jumlah PNS yang hadir": 1, "Jumlah PNS": 2})
scale_parser(); target_parser()
print(len(built))
"""


def _tables_built(cache_home: Path) -> int:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env
    )
    return int(done.stdout.split()[-1])


def test_tables_are_built_by_the_first_process_only(tmp_path: Path) -> None:
    assert _tables_built(tmp_path) == 3  # formula, scale, target: once
    cached = sorted(p.name.split("-")[0] for p in (tmp_path / "ikicalc").iterdir())
    assert cached == ["formula", "scale", "target"]
    assert (tmp_path / "ikicalc").stat().st_mode & 0o077 == 0
    assert _tables_built(tmp_path) == 0
    assert _tables_built(tmp_path) == 0


def test_without_a_usable_cache_folder_the_tables_are_built_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert _tables_built(blocker) == 3
    assert _tables_built(blocker) == 3
