"""Start-up (issue 18): ``import ikicalc`` stays light; heavy libraries load where used."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pint", "sympy", "polars", "duckdb", "sqlglot", "pydantic", "numpy")


def _loaded(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_import_ikicalc_loads_no_heavy_library() -> None:
    assert _loaded("import ikicalc") == []


def test_parse_evaluate_and_lint_of_a_formula_stay_light() -> None:
    code = (
        "import ikicalc\n"
        "f = ikicalc.parse('Jumlah PNS yang hadir / Jumlah PNS x 100%')\n"
        "f.evaluate({'Jumlah PNS yang hadir': 38, 'Jumlah PNS': 40})\n"
        "ikicalc.lint('Jumlah surat yang masuk / Jumlah surat yg didistribusikan')\n"
        "ikicalc.capaian(38, 40)\n"
    )
    assert _loaded(code) == []


def test_public_names_still_resolve() -> None:
    import ikicalc

    for name in ikicalc.__all__:
        assert getattr(ikicalc, name) is not None, name
