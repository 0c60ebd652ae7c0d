"""The grammars ship inside the wheel and load from an installed package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GRAMMARS = sorted(path.name for path in (ROOT / "ikicalc" / "lang" / "grammar").glob("*.lark"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("ikicalc-*.whl")
    return built


def test_wheel_holds_every_grammar_and_the_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "formula.lark" in GRAMMARS
    for grammar in GRAMMARS:
        assert f"ikicalc/lang/grammar/{grammar}" in names
    assert "ikicalc/data/names.toml" in names
    assert "ikicalc/py.typed" in names
    # the Indonesian catalogue: the compiled .mo gettext reads, and its .po source
    assert "ikicalc/locale/id/LC_MESSAGES/ikicalc.mo" in names
    assert "ikicalc/locale/id/LC_MESSAGES/ikicalc.po" in names


def test_installed_wheel_parses_without_the_checkout(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = "\n".join(
        [
            "import sys; sys.path.insert(0, sys.argv[1])",
            "import ikicalc, pathlib",
            "assert pathlib.Path(ikicalc.__file__).is_relative_to(sys.argv[1]), ikicalc.__file__",
            "print(ikicalc.parse('Jumlah PNS yang hadir / Jumlah PNS x 100%')"
            ".evaluate({'Jumlah PNS yang hadir': 38, 'Jumlah PNS': 40}))",
            # the catalogue loads from the installed package
            "ikicalc.set_language('id')",
            "try:",
            "    ikicalc.parse('A / B').evaluate({'A': 1})",
            "except ikicalc.EvaluationError as error:",
            "    print(error.reason)",
        ]
    )
    # run from an empty folder so the checkout is not importable by accident
    done = subprocess.run(
        [sys.executable, "-c", script, str(site)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["95.00%", "tidak ada nilai untuk 'B'; nama dalam data: 'A'"]
