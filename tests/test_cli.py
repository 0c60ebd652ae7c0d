"""The ikicalc command: eval and explain, through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ikicalc.cli import app

runner = CliRunner()
BAGOR = str(Path(__file__).resolve().parent.parent / "examples" / "kecamatan-bagor-2019.yaml")
PNS = ["--set", "Jumlah PNS yang hadir=38", "--set", "Jumlah PNS=40"]


def test_eval_prints_the_value() -> None:
    done = runner.invoke(app, ["eval", "Jumlah PNS yang hadir / Jumlah PNS x 100%", *PNS])
    assert done.exit_code == 0
    assert done.stdout.strip() == "95.00%"


def test_eval_json_with_decimal_comma() -> None:
    done = runner.invoke(
        app, ["eval", "A berbanding B X 100%", "-s", "A=37,5", "-s", "B=40", "--json"]
    )
    assert done.exit_code == 0
    payload = json.loads(done.stdout)
    assert (payload["value"], payload["unit"], payload["exact"]) == ("93.75", "%", "375/4")


def test_eval_a_formula_from_a_definition_file() -> None:
    done = runner.invoke(app, ["eval", "-d", BAGOR, "-i", "003-004", *PNS])
    assert done.exit_code == 0
    assert done.stdout.strip() == "95.00%"


def test_unknown_indicator_lists_the_ids_of_the_file() -> None:
    done = runner.invoke(app, ["eval", "-d", BAGOR, "-i", "003-999", *PNS])
    assert done.exit_code == 2
    assert "has no indicator '003-999'; its ids are 003-001" in done.stderr
    assert "003-004" in done.stderr


def test_syntax_error_exits_2_with_a_caret() -> None:
    done = runner.invoke(app, ["eval", "Jumlah PNS hadir / x 100%"])
    assert done.exit_code == 2
    assert "'x' has no operand before it" in done.stderr
    assert "^" in done.stderr


def test_missing_value_exits_1_naming_the_variable() -> None:
    done = runner.invoke(app, ["eval", "A / B", "-s", "A=1"])
    assert done.exit_code == 1
    assert "no value given for 'B'" in done.stderr


def test_set_without_equals_is_a_usage_error() -> None:
    done = runner.invoke(app, ["eval", "A", "--set", "A 1"])
    assert done.exit_code == 2
    assert "--set 'A 1' is not NAME=VALUE" in done.stderr


def test_explain_shows_structure_variables_and_canonical_text() -> None:
    done = runner.invoke(
        app, ["explain", r"$\frac{\sum \text{Pegawai}}{\sum \text{PNS}} \times 100\%$"]
    )
    assert done.exit_code == 0
    assert "Σ Pegawai" in done.stdout
    assert "canonical: Σ Pegawai / Σ PNS × 100%" in done.stdout
