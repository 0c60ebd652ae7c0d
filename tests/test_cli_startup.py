"""The command line starts light (issue 18): ``ikicalc eval`` imports only its own command
module, and plain option values are converted without pydantic, exactly as Typer would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer import _coercion, core
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer.main import get_command

from ikicalc.cli import COMMAND_MODULES, app

ROOT = Path(__file__).resolve().parent.parent
BAGOR = str(ROOT / "examples" / "kecamatan-bagor-2019.yaml")
HEAVY = ("sympy", "polars", "pint", "pydantic", "numpy", "duckdb", "sqlglot", "yaml", "rich")
"""Libraries ``ikicalc eval`` does without."""


def _run_main(*args: str) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        f"sys.argv = ['ikicalc', *{list(args)!r}]\n"
        "from ikicalc.cli import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    code = done.code\nelse:\n    code = 0\n"
        f"names = {HEAVY!r}\n"
        "cli = sorted(m for m in sys.modules if m.startswith('ikicalc.cli.'))\n"
        "print('LOADED', *[m for m in names if m in sys.modules], *cli)\n"
        "sys.exit(code)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )


def _loaded(done: subprocess.CompletedProcess[str]) -> set[str]:
    line = next(x for x in done.stdout.splitlines() if x.startswith("LOADED"))
    return set(line.split()[1:])


def test_every_command_is_in_the_table_under_its_module() -> None:
    registered = {
        info.name: info.callback.__module__ for info in app.registered_commands if info.callback
    }
    assert registered == {name: f"ikicalc.cli.{mod}" for name, mod in COMMAND_MODULES.items()}


def test_eval_loads_its_module_alone_and_no_heavy_library() -> None:
    done = _run_main("eval", "A / B x 100%", "--set", "A=1", "--set", "B=2")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "50.00%"
    loaded = _loaded(done)
    commands = {f"ikicalc.cli.{module}" for module in COMMAND_MODULES.values()}
    assert loaded & commands == {"ikicalc.cli.formula"}
    assert not loaded & set(HEAVY)


def test_a_command_of_one_module_alone_stays_a_command() -> None:
    # Typer turns an application of one command into that command; `check` alone must not.
    done = _run_main("check", BAGOR, "--format", "json")
    assert done.returncode == 1, done.stderr
    assert '"code": "W102"' in done.stdout
    assert "ikicalc.cli.report" not in _loaded(done)


@pytest.mark.parametrize("args", [["--help"], [], ["evl"]])
def test_help_and_unknown_commands_see_every_command(args: list[str]) -> None:
    done = _run_main(*args)
    shown = done.stdout + done.stderr
    if args == ["evl"]:
        assert done.returncode == 2
        assert "No such command 'evl'. Did you mean 'eval'?" in shown
    else:
        for name in COMMAND_MODULES:
            assert f" {name} " in shown, name
    assert {f"ikicalc.cli.{m}" for m in COMMAND_MODULES.values()} <= _loaded(done)


def _samples(annotation: Any) -> list[Any]:
    text = ["Jumlah PNS", "", "-"]
    paths = [BAGOR, str(ROOT / "no-such-file.yaml"), str(ROOT / "examples"), "-"]
    leaf = getattr(annotation, "__args__", (annotation,))[0]
    one: list[Any]
    if leaf is str:
        one = text
    elif leaf is bool:
        one = [True, False]
    elif isinstance(leaf, type) and issubclass(leaf, Path):
        one = paths
    elif hasattr(leaf, "__members__"):
        one = [*leaf.__members__.values(), *(m.value for m in leaf), "JSON", "nope"]
    else:
        one = ["8000", "1.5", "x"]
    if getattr(annotation, "__origin__", None) is list:
        return [tuple(one), list(one[:1]), ()]
    return one


def _outcome(runtime: Any, value: Any, param: Any, ctx: Context) -> Any:
    try:
        return ("value", runtime.coerce(value, param=param, ctx=ctx))
    except BadParameter as error:
        return ("refused", error.format_message())


def test_plain_conversion_equals_typers_for_every_parameter() -> None:
    group = get_command(app)
    compared = 0
    plain = 0
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        ctx = Context(command, info_name=name)
        for param in command.params:
            descriptor = param.type_descriptor
            ours = core.build_runtime_param(descriptor)  # type: ignore[attr-defined]
            typers = _coercion.build_runtime_param(descriptor)
            plain += type(ours).__name__ == "PlainRuntimeParam"
            for value in _samples(descriptor.annotation):
                expected = _outcome(typers, value, param, ctx)
                assert _outcome(ours, value, param, ctx) == expected, (name, param.name, value)
                compared += 1
    assert plain >= 25  # text, paths, flags, lists and choices: most parameters
    assert compared > 100


def test_the_command_is_found_after_the_global_language_option() -> None:
    from ikicalc.cli import _command_asked

    assert _command_asked(["--bahasa", "en", "eval", "A / B"]) == "eval"
    assert _command_asked(["--bahasa=en", "check", "x.yaml"]) == "check"
    assert _command_asked(["eval", "--set", "A=1"]) == "eval"
    assert _command_asked(["--help"]) == ""


def test_eval_in_english_from_a_fresh_process() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "ikicalc", "--bahasa", "en", "eval", "A / B x 100%", "--set",
         "A=1", "--set", "B=0"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 1
    assert "division by zero" in done.stderr
