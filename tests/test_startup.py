"""Start-up (issue 18): ``import ikicalc`` stays light; heavy libraries load where used."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kecamatan-bagor-2019.yaml"
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


def _cli_modules(arguments: list[str], env: dict[str, str] | None = None) -> dict[str, object]:
    """What a real ``ikicalc`` process loaded: its modules and the environment it ran in."""
    probe = (
        "import os, sys\n"
        "from ikicalc.cli import main\n"
        f"sys.argv = ['ikicalc', *{arguments!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "plugins = sys.modules.get('pydantic.plugin._loader')\n"
        "modules = sorted(sys.modules)\n"
        "import json\n"
        "print(json.dumps({'modules': modules,"
        " 'plugins': os.environ.get('PYDANTIC_DISABLE_PLUGINS'),"
        " 'scanned': getattr(plugins, '_plugins', None) is not None}), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, env=env
    )
    result: dict[str, object] = json.loads(done.stderr.strip().splitlines()[-1])
    return result


def test_check_of_a_plainly_valid_file_loads_no_heavy_library() -> None:
    found = _cli_modules(["check", str(EXAMPLE)])
    modules = found["modules"]
    assert isinstance(modules, list)
    assert [m for m in HEAVY if m in modules] == []  # not even pydantic (documents.plain)
    assert "regex" not in modules  # Lark imported without it
    assert "rich" not in modules  # a clean run prints without Rich
    assert "json" not in modules  # only --format json needs it


def _for_pydantic(tmp_path: Path) -> Path:
    """The example with a value only pydantic reads (a yes/no written as 1)."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "\n      formula:", "\n      dipisah_dari_sel: 1\n      formula:", 1
    )
    assert "\n      dipisah_dari_sel: 1\n" in text
    path = tmp_path / "pydantic.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_check_skips_pydantic_plugins(tmp_path: Path) -> None:
    found = _cli_modules(["check", str(_for_pydantic(tmp_path))])
    modules = found["modules"]
    assert isinstance(modules, list)
    assert "pydantic" in modules  # the document model
    assert [m for m in HEAVY if m != "pydantic" and m in modules] == []
    assert found["plugins"] == "__all__"
    assert found["scanned"] is False  # pydantic never looked for plugins


def test_the_users_own_plugin_setting_is_kept(tmp_path: Path) -> None:
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": "some_plugin"}
    found = _cli_modules(["check", str(_for_pydantic(tmp_path))], env)
    assert found["plugins"] == "some_plugin"
    assert found["scanned"] is True


def test_the_library_leaves_the_environment_and_regex_alone() -> None:
    probe = (
        "import os, sys\n"
        "import ikicalc\n"
        "ikicalc.load_document(sys.argv[1])\n"
        "ikicalc.parse('A / B x 100%')\n"
        "assert sys.modules.get('regex', True) is not None  # not hidden by the library\n"
        "print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(EXAMPLE)],
        capture_output=True, text=True, check=True, env=env,
    )
    assert done.stdout.split() == ["None"]


def test_regex_stays_importable_in_the_command_line_process() -> None:
    probe = (
        "import importlib.util, sys\n"
        "from ikicalc.cli.app import prepare_process\n"
        "prepare_process()\n"
        "import lark.utils\n"
        "if importlib.util.find_spec('regex') is not None:\n"
        "    import regex\n"
        "print(lark.utils._has_regex, 'regex' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    lark_has_regex, imported = done.stdout.split()
    assert lark_has_regex == "False"
    assert imported == str(importlib.util.find_spec("regex") is not None)
