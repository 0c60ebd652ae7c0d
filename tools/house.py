"""Write ``docs/house.md``: the package tree, one line per module, from the docstrings.

    python tools/house.py          # rewrite docs/house.md
    python tools/house.py --check  # exit 1 when docs/house.md is not what the package says
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ikicalc"
HOUSE = ROOT / "docs" / "house.md"
WIDTH = 96
FOLDERS = {
    "data": "names, scales, rules, lint codes, units, import spellings: data, not code",
    "grammar": "formula.lark, scale.lark, target.lark",
    "locale": "the Indonesian catalogue (gettext .po and its compiled .mo)",
}
SKIPPED = {"__pycache__", "static", "id"}
INTRO = """# The house: where each job lives

The package read as a pipeline: **front end** (`lang/`: text → one immutable tree),
**back ends** (`backends/`: tree → value, units, sympy, LaTeX, Polars, SQL), **domain rules**
(`rules/`), **documents** (`documents/`, `importers/`), **data** (`realisasi/`),
**evaluation** (`evaluation/`: one plan per indicator, two engines), **lint**
(`diagnostics/`), **output** (`writers/`), the **CLI** (`cli/`) and the **service**
(`serve/`). One line per module, the first sentence of its docstring, written by
`python tools/house.py` (`tests/test_house.py` checks that this page, module sizes, import
cycles and the old paths agree with the package).
"""


def summary(path: Path) -> str:
    """The first sentence of a module's docstring, on one line."""
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    text = " ".join(doc.strip().split("\n\n")[0].split())
    text = re.split(r"(?<=[^.][.])\s(?=[A-Z(`])", text)[0]
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def is_shim(path: Path) -> bool:
    return path.parent == PACKAGE and summary(path).startswith("Moved to")


def tree(folder: Path = PACKAGE, indent: int = 1) -> list[str]:
    lines: list[str] = []
    pad = "  " * indent
    for path in sorted(folder.glob("*.py")):
        if path.name != "__init__.py" and not is_shim(path):
            lines.append(f"{pad}{path.name:<20} {summary(path)}")
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and p.name not in SKIPPED):
        init = sub / "__init__.py"
        about = summary(init) if init.exists() else FOLDERS.get(sub.name, "")
        lines.append(f"{pad}{sub.name + '/':<20} {about}".rstrip())
        lines += tree(sub, indent + 1)
    return lines


def page() -> str:
    shims = sorted(path.stem for path in PACKAGE.glob("*.py") if is_shim(path))
    old = ", ".join(f"`ikicalc.{name}`" for name in shims)
    return (
        INTRO
        + "\n```\nikicalc/\n"
        + "\n".join(tree())
        + "\n```\n\nOld module paths kept for one release, each only re-exporting its new home "
        + f"(the package never imports them): {old}.\n"
    )


def main() -> int:
    text = page()
    if "--check" in sys.argv[1:]:
        return 0 if HOUSE.read_text(encoding="utf-8") == text else 1
    HOUSE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
