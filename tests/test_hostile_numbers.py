"""Hostile input, issue 12: a plus sign never turns a number negative.

`+38` was read as -38 wherever numbers are read (data cells, ``--set``, capaian, solve,
konstanta): a silent wrong number. Each test below reads the number through one door.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app
from ikicalc.numbers import parse_number, to_fraction


@pytest.mark.parametrize(
    ("text", "value"),
    [("+38", "38"), ("+0,5", "0.5"), ("+1.250,5", "1250.5"), ("-38", "-38"), ("38", "38")],
)
def test_a_plus_sign_keeps_the_number_positive(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)
    assert to_fraction(text) == Fraction(Decimal(value))


def test_evaluate_reads_plus_38_as_38() -> None:
    result = ikicalc.parse("A / B x 100%").evaluate({"A": "+38", "B": "40"})
    assert result.exact == 95


def test_capaian_of_a_plus_signed_realisasi_is_positive() -> None:
    assert ikicalc.capaian("+38", "40") == Decimal("95.00")


def test_cli_set_with_a_plus_sign() -> None:
    out = CliRunner().invoke(app, ["eval", "A / B x 100%", "--set", "A=+38", "--set", "B=40"])
    assert out.exit_code == 0, out.output
    assert "95" in out.output
    assert "-95" not in out.output


def test_a_data_file_cell_with_a_plus_sign(tmp_path: Path) -> None:
    data = tmp_path / "realisasi.csv"
    data.write_text("indikator;variabel;nilai\n1;A;+38\n1;B;40\n", encoding="utf-8")
    values = {v.variabel: v.nilai for v in ikicalc.read_realisasi(data).values}
    assert values == {"A": 38, "B": 40}
