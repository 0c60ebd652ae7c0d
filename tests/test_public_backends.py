"""Every reading of the public development cells, through every back end (issue 14, "How").

The seed corpus is checked so in ``tests/test_differential.py``; the country's cells reach
constructs the seeds never do (a mean over rows, Σ over a product, a share "-nya", a name
that keeps a clause in ``\\text{…}``). For each development cell ikicalc reads, whatever its
kind: the canonical text reads back as the same formula (``parse(str(f)) == f``), the LaTeX
and sympy back ends accept it, the units back end measures it or refuses it with a position,
the exact path, Polars and DuckDB give the same value on realistic data (null exactly where
the exact path meets a zero denominator), and so do the two report engines on documents of
such indicators. The set-aside cells are never read here.
"""

from __future__ import annotations

import random
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest
import yaml

import ikicalc
from ikicalc.backends.measured import evaluate_with_units
from ikicalc.errors import PositionedError
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from tests.public_scoring import DEV_PATH, load_cells
from tests.test_differential import _summed, corpus_data, engine_values
from tests.test_engines_agree import _columns, _compare, _write


def _readings() -> list[tuple[str, Formula]]:
    found = []
    for cell in load_cells(DEV_PATH):
        try:
            found.append((cell["id"], ikicalc.parse(cell["text"])))
        except ikicalc.FormulaSyntaxError:
            continue
    return found


@pytest.fixture(scope="module")
def readings() -> list[tuple[str, Formula]]:
    return _readings()


def test_every_reading_reads_back_from_its_canonical_text(
    readings: list[tuple[str, Formula]],
) -> None:
    wrong = [ident for ident, formula in readings if ikicalc.parse(str(formula)) != formula]
    assert wrong == []
    assert len(readings) > 1200  # the dev cells read today (1 239): a reader that refuses
    # more cells must not pass this test by checking fewer


def test_every_reading_has_latex_and_sympy(readings: list[tuple[str, Formula]]) -> None:
    """Each reading has LaTeX and a sympy form; the one refusal sympy may give is a division
    by the number 0 (a defective cell of batch 28 reads as one: '… : 0 bila tidak …'), with
    its message, never a traceback."""
    for _ident, formula in readings:
        assert formula.to_latex()
        try:
            formula.to_sympy()
        except ikicalc.EvaluationError as error:
            assert "division by zero" in str(error)
            assert any(
                isinstance(node, ast.Binary)
                and node.op is ast.Op.DIV
                and isinstance(node.right, ast.Number)
                and node.right.value == 0
                for node in ast.walk(formula.expr)
            )


def test_every_reading_is_measured_or_refused_with_a_position(
    readings: list[tuple[str, Formula]],
) -> None:
    """Units (pint): every variable counted in ``orang``; a reading gives a quantity, or an
    ikicalc error that points into the formula (``100% - rata-rata …`` subtracts people from
    a percentage), never a traceback."""
    outcomes: Counter[str] = Counter()
    for ident, formula in readings:
        columns, constants = corpus_data(formula)
        data: dict[str, object] = {**constants}
        data |= columns if _summed(formula) else {name: column[0] for name, column in columns.items()}
        try:
            evaluate_with_units(formula, data, dict.fromkeys(formula.variables, "orang"))
            outcomes["measured"] += 1
        except PositionedError as error:
            assert error.text, ident
            outcomes["refused"] += 1
    assert outcomes["measured"] > 1100


def test_exact_polars_and_duckdb_agree_on_every_reading(
    readings: list[tuple[str, Formula]],
) -> None:
    outcomes: Counter[str] = Counter()
    for ident, formula in readings:
        expected, polars_found, duckdb_found = engine_values(formula)
        for found in (polars_found, duckdb_found):
            assert len(found) == len(expected), ident
            for value, exact in zip(found, expected, strict=True):
                if exact is None:
                    assert value is None, ident
                    outcomes["null"] += 1
                else:
                    assert value == pytest.approx(float(exact), rel=1e-9), ident
                    outcomes["value"] += 1
    assert outcomes["value"] > 4 * len(readings)  # most rows have a value to compare


def _document(chunk: list[tuple[str, Formula, str]], path: Path) -> ikicalc.Document:
    indicators = [
        {"id": f"p-{number:04d}", "indikator": ident, "formula": text, "target": 80}
        for number, (ident, _formula, text) in enumerate(chunk)
    ]
    document = {"unit": "Uji", "tahun": 2024, "jabatan": [{"nama": "Camat", "indikator": indicators}]}
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return ikicalc.load_document(path)


def _small_values(columns: list[str], rows: int, rng: random.Random) -> list[list[Fraction | None]]:
    """Small counts, zeros and empty cells: the public cells multiply up to seven named
    factors (a billboard tax), and a capaian's cents in a ``W112`` message are compared, so
    the values keep every product within the digits binary64 holds exactly enough for the
    cent (Polars computes in binary64: with values in the hundreds, a seven-factor capaian of
    trillions of percent came out one cent apart in its ``W112`` message)."""
    table = []
    for _ in range(rows):
        row: list[Fraction | None] = []
        for _column in columns:
            pick = rng.random()
            row.append(
                None if pick < 0.04 else Fraction(0) if pick < 0.10 else Fraction(rng.randrange(1, 40))
            )
        table.append(row)
    return table


def test_the_two_engines_agree_on_every_reading_in_a_document(tmp_path: Path) -> None:
    """``build_report`` (exact) and ``evaluate_frame`` (Polars) on documents holding the
    dev cells' readings, 60 indicators each: the same realisasi, capaian, kategori, errors
    and findings on every row (``tests/test_engines_agree.py`` on the examples). Cells with
    a tab are left out: a definitions file refuses control characters (``ikicalc import``
    writes a tab of a cell as a space)."""
    cells = [cell for cell in load_cells(DEV_PATH) if "\t" not in cell["text"]]
    chunk: list[tuple[str, Formula, str]] = []
    chunks = []
    for cell in cells:
        try:
            chunk.append((cell["id"], ikicalc.parse(cell["text"]), cell["text"]))
        except ikicalc.FormulaSyntaxError:
            continue
        if len(chunk) == 60:
            chunks.append(chunk)
            chunk = []
    chunks.append(chunk)
    rng = random.Random("ikicalc-public")  # noqa: S311 - reproducible test data
    problems: list[str] = []
    compared = 0
    for number, part in enumerate(chunks):
        document = _document(part, tmp_path / f"public-{number}.yaml")
        columns = _columns(document)
        values = _small_values(columns, 4, rng)
        data = _write("excel-csv", tmp_path / f"data-{number}", columns, values)
        problems += _compare(document, data, 4)
        compared += len(part)
    assert not problems, "\n".join(problems[:20])
    assert compared > 1200
