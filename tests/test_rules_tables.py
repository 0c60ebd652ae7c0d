"""`ikicalc scales`: every table in data, with its source."""

from __future__ import annotations

import json
import tomllib
from importlib import resources

from typer.testing import CliRunner

from ikicalc.cli import app
from ikicalc.rules.tables import data_tables

runner = CliRunner()


def _data_names(file: str) -> set[str]:
    text = resources.files("ikicalc").joinpath("data", file).read_text(encoding="utf-8")
    return set(tomllib.loads(text))


def test_every_table_in_data_is_listed_with_a_source() -> None:
    tables = {t.name: t for t in data_tables()}
    assert _data_names("scales.toml") | _data_names("rules.toml") <= set(tables)
    for table in tables.values():
        assert table.source, table.name
        assert table.rows, table.name


def test_scales_command_lists_name_source_and_ranges() -> None:
    done = runner.invoke(app, ["scales"])
    assert done.exit_code == 0, done.output
    assert "capaian-iki-2021 (scale): Kategori capaian IKI" in done.output
    assert "Nomor 8 Tahun 2021" in done.output
    assert "80 – 99    Cukup" in done.output
    assert "sakip (scale)" in done.output
    assert "> 90,00 – 100,00  Sangat Memuaskan  AA" in done.output
    assert "distribusi-2022 (rule)" in done.output


def test_scales_command_one_table_as_json() -> None:
    done = runner.invoke(app, ["scales", "SAKIP", "--json"])
    assert done.exit_code == 0, done.output
    (table,) = json.loads(done.output)
    assert table["name"] == "sakip"
    assert table["rows"][0] == ["0,00 – 30,00", "Sangat Kurang", "D"]


def test_scales_command_unknown_name() -> None:
    done = runner.invoke(app, ["scales", "skp-2099"])
    assert done.exit_code == 2
    assert "there is no table named 'skp-2099'" in done.output


def test_the_rules_guide_examples_run() -> None:
    import doctest
    from pathlib import Path

    guide = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
    failures, tried = doctest.testfile(str(guide), module_relative=False)
    assert tried > 10
    assert failures == 0
